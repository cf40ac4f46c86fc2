"""The user guide's screenshots, taken from the real window so they stay true.

    .venv/bin/python packaging/help_screenshots.py [--lang en|zh_CN|ru ...] [--keep DIR]

Makes a small demo database (``desk-app --db X demo --years 0.05``) in a temporary folder, opens
the real main window offscreen (``QT_QPA_PLATFORM=offscreen``) in each language, signed in as a
demo clerk (a demo supervisor for the supervision pages), and grabs the window, the quick-entry
line, a dock or a dialog into ``resources/help/images/<lang>/<name>.png``. Each image is reduced
to 256 colours, so the whole folder stays small. The data and the preferences, anchors and logs
the run writes stay in the temporary folder (``--keep DIR`` keeps them there).

Run it again after changing what a pictured window shows, and commit the images; the guide's
pages (resources/help/<lang>/*.md) name them.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IMAGES = ROOT / "resources" / "help" / "images"
LANGUAGES = ("en", "zh_CN", "ru")
WINDOW_SIZE = (1100, 700)
YEARS = "0.05"

# Who is signed in for the pictures: a clerk of the language, and a supervisor.
CLERK = {
    "en": ("Emily Carter", "7777"),
    "zh_CN": ("Zhang Wei / 张伟", "4444"),
    "ru": ("Dmitry Smirnov / Дмитрий Смирнов", "5555"),
}
SUPERVISOR = {
    "en": ("Sarah Mitchell", "333333"),
    "zh_CN": ("Olga Ivanova / Ольга Иванова", "222222"),
    "ru": ("Olga Ivanova / Ольга Иванова", "222222"),
}
# What the quick-entry line holds in its picture.
QUICK = {
    "en": ("1208", "Mr Brown", "Air conditioning not cooling; engineering called."),
    "zh_CN": ("1208", "王先生", "客人反映空调不制冷，已通知工程部。"),
    "ru": ("1208", "г-н Петров", "Не работает кондиционер; вызван инженер."),
}
COMPLAINT = {
    "en": ("Mr Brown", "1208", "Loud music from the next room after midnight."),
    "zh_CN": ("王先生", "1208", "隔壁房间午夜后音乐声太大，无法入睡。"),
    "ru": ("г-н Петров", "1208", "После полуночи в соседнем номере громкая музыка."),
}


def _setup_environment(work: Path) -> None:
    """Everything the run writes goes under ``work``: not the user's own folders."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["DESK_DATA_DIR"] = str(work / "data")
    os.environ["DESK_CONFIG_DIR"] = str(work / "config")
    os.environ["DESK_LOG_DIR"] = str(work / "logs")


def _make_demo(database: Path) -> None:
    command = Path(sys.executable).with_name("desk-app")
    args = [str(command)] if command.exists() else [sys.executable, "-m", "desk_app.cli"]
    subprocess.run(
        [*args, "--db", str(database), "demo", "--years", YEARS],
        check=True,
        stdout=subprocess.DEVNULL,
        env=os.environ.copy(),
    )


def _settle(ms: int = 150) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def _save(widget_or_pixmap, path: Path) -> None:
    """The grab as a 256-colour PNG."""
    from PIL import Image, ImageOps
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    pixmap = widget_or_pixmap if hasattr(widget_or_pixmap, "toImage") else widget_or_pixmap.grab()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    buffer.close()
    image = Image.open(io.BytesIO(bytes(data.data()))).convert("RGB")
    image = ImageOps.expand(image, border=1, fill="#9e9e9e")  # a frame: it is a picture
    small = image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    path.parent.mkdir(parents=True, exist_ok=True)
    small.save(path, optimize=True)
    print(f"  {path.relative_to(ROOT)}  {path.stat().st_size // 1024} KB")


def _modal_or(getter):
    from PySide6.QtWidgets import QApplication

    _settle()
    return QApplication.activeModalWidget() or getter()


def _close(dialog) -> None:
    if dialog is not None:
        dialog.reject()
        _settle(50)


class Shooter:
    def __init__(self, database: Path, work: Path) -> None:
        from desk_app.config import Preferences
        from desk_app.services.desk import open_desk

        self.desk = open_desk(str(database), station="Front desk")
        self.prefs = Preferences(work / "prefs.json")

    def window(self, language: str, who: tuple[str, str]):
        from PySide6.QtCore import Qt

        from desk_app.services import accounts
        from desk_app.translators import install_language
        from desk_app.ui.shell.main_window import MainWindow

        install_language(language)
        actor = accounts.sign_in_by_name(self.desk, name=who[0], pin=who[1])
        window = MainWindow(self.desk, actor, self.prefs, language)
        window.ask_before_closing = False
        window.show()
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(*WINDOW_SIZE)
        _settle(300)
        return window

    def shoot(self, language: str) -> None:
        out = IMAGES / language
        print(language)
        window = self.window(language, CLERK[language])
        try:
            self._clerk_pictures(window, out, language)
        finally:
            window.close()
            window.deleteLater()
            _settle(50)
        window = self.window(language, SUPERVISOR[language])
        try:
            self._supervisor_pictures(window, out)
        finally:
            window.close()
            window.deleteLater()
            _settle(50)

    def _clerk_pictures(self, window, out: Path, language: str) -> None:
        room, party, text = QUICK[language]
        quick = window.log_panel.quick
        quick.room.setText(room)
        quick.party.setText(party)
        quick.text.setText(text)
        window.log_dock.raise_()
        _settle()
        _save(window, out / "main.png")
        _save(quick, out / "quick-entry.png")
        quick.room.clear()
        quick.party.clear()
        quick.text.clear()

        window.complaints_dock.raise_()
        _settle()
        _save(window.complaints_dock, out / "complaints-dock.png")
        window.complaints.new_complaint()
        intake = _modal_or(window.complaints.intake_dialog)
        guest, unit, what = COMPLAINT[language]
        intake.guest.setText(guest)
        intake.room.setText(unit)
        intake.text.setPlainText(what)
        _settle()
        _save(intake, out / "complaint-intake.png")
        _close(intake)

        window.lostfound_dock.raise_()
        _settle()
        _save(window.lostfound_dock, out / "lostfound-dock.png")
        window.lostfound.new_found_item()
        found = _modal_or(window.lostfound.found_dialog)
        _save(found, out / "found-item.png")
        _close(found)

        window.keys_dock.raise_()
        _settle()
        _save(window.keys_dock, out / "keys-dock.png")

        window.handover.start_handover()
        sheet = _modal_or(window.handover.sheet_dialog)
        if sheet is not None:
            sheet.resize(1000, 700)
            _settle(300)
            _save(sheet, out / "handover.png")
            _close(sheet)

    def _supervisor_pictures(self, window, out: Path) -> None:
        from desk_app.ui.reports.duty_report_dialog import DutyReportDialog
        from desk_app.ui.shell.integrity_dialog import IntegrityDialog

        now = window.desk.clock.now().astimezone()
        window.roster.open_month(now.year, now.month)  # the month in force, approved
        month = _modal_or(window.roster.month_page)
        if month is not None:
            month.resize(1100, 470)
            _settle(300)
            _save(month, out / "roster-month.png")
            _close(month)

        review = window.supervision.open_review()
        review = _modal_or(lambda: review)
        if review is not None:
            review.resize(1000, 640)
            _settle(300)
            _save(review, out / "review-day.png")
            _close(review)

        report = DutyReportDialog(window.desk, window.actor, window)
        report.resize(1000, 640)
        report.show()
        report.make_button.click()  # yesterday and today
        _settle(800)
        _save(report, out / "duty-report.png")
        report.close()
        report.deleteLater()

        verify = IntegrityDialog(window.desk, window.actor, window)
        verify.resize(820, 380)
        verify.show()
        _settle()
        verify.check_button.click()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not verify.verdict.text():
            _settle(100)
        _settle(200)
        _save(verify, out / "verify.png")
        verify.close()
        verify.deleteLater()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", action="append", choices=LANGUAGES, help="only this language")
    parser.add_argument("--keep", metavar="DIR", help="make the demo here and keep it")
    args = parser.parse_args(argv)
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="desk-help-"))
    work.mkdir(parents=True, exist_ok=True)
    _setup_environment(work)
    try:
        database = work / "demo.sqlite"
        if not database.exists():
            _make_demo(database)
        from PySide6.QtWidgets import QApplication

        from desk_app.ui.common import errors as ui_errors

        app = QApplication.instance() or QApplication(sys.argv[:1])
        app.setApplicationName("DutyDesk")

        class Quiet(ui_errors.Messenger):
            def error(self, parent, text, details=None) -> None:
                print(f"  (message: {text})")

            def info(self, parent, text) -> None:
                print(f"  (message: {text})")

            def confirm(self, parent, text) -> bool:
                return False

        ui_errors.set_messenger(Quiet())
        shooter = Shooter(database, work)
        for language in args.lang or LANGUAGES:
            shooter.shoot(language)
        shooter.desk.db.dispose()
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    total = sum(p.stat().st_size for p in IMAGES.rglob("*.png"))
    print(f"resources/help/images: {total // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
