"""Roster → Attendance: a month at this desk, the approved roster against what happened.

Above, the month per person (shifts and hours rostered and worked, late, no-show, left early,
extra shifts); below, one day's shifts: who was rostered and how it went (signed in, accepted,
handed over, released), late and no-show rows in colour. The month is read once
(``services.roster.attendance.attendance_month``) and again when the roster, a sign-in, a handover
or the settings change. Save as Excel… writes the month (summary and every day) in the language
chosen for printouts. A supervisor's and a manager's page.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.roster.attendance import AttendancePeriod, Outcome
from desk_app.domain.roster.month import month_days
from desk_app.reports.roster.attendance_xlsx import write_attendance_xlsx
from desk_app.services.changes import Changes
from desk_app.services.desk import Actor, Desk
from desk_app.services.roster.attendance import attendance_month
from desk_app.ui.common.book_table import fit_columns_to_samples, read_only_table
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.labels import format_date
from desk_app.ui.common.print_language import PrintLanguageBox
from desk_app.ui.common.save_as import save_workbook_as
from desk_app.ui.common.write_op import listen_while_open
from desk_app.ui.roster.attendance_labels import attendance_print_labels
from desk_app.ui.roster.attendance_models import (
    EARLY_SHADE,
    INK,
    SHADES,
    DayModel,
    SummaryModel,
)
from desk_app.ui.roster.labels import month_title

NOTICE_STYLE = "color: #555555;"
WARNING_STYLE = "color: #b03a2e; font-weight: bold;"
CHIP_STYLE = "background: {bg}; color: {ink}; border-radius: 3px; padding: 1px 6px;"


def _months_around(today: date) -> list[tuple[int, int]]:
    """This month first, then two years back."""
    return [
        (today.year + (today.month - 1 - k) // 12, (today.month - 1 - k) % 12 + 1)
        for k in range(0, 25)
    ]


def month_key(year: int, month: int) -> int:
    """A month as the month list keeps it (Qt finds plain numbers, not Python tuples)."""
    return year * 100 + month


class AttendancePage(QDialog):
    """See the module's docstring."""

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        parent: QWidget | None = None,
        year: int | None = None,
        month: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self.actor = desk, actor
        self.today = desk.clock.now().astimezone().date()
        self.period: AttendancePeriod | None = None
        self.loaded = False
        self.setObjectName("rosterAttendancePage")
        self.setWindowTitle(self.tr("Attendance"))
        self.summary_model = SummaryModel(self)
        self.day_model = DayModel(self)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.month_box = QComboBox()
        self.month_box.setObjectName("attendanceMonth")
        for y, m in _months_around(self.today):
            self.month_box.addItem(month_title(y, m), month_key(y, m))
        wanted = (year, month) if year and month else (self.today.year, self.today.month)
        self.month_box.setCurrentIndex(max(0, self.month_box.findData(month_key(*wanted))))
        month_label = QLabel(self.tr("&Month:"))
        month_label.setBuddy(self.month_box)
        top.addWidget(month_label)
        top.addWidget(self.month_box)
        self.station = QLabel(self.tr("Station: {station}").format(station=desk.station))
        top.addSpacing(16)
        top.addWidget(self.station)
        top.addStretch(1)
        layout.addLayout(top)
        self.notice = QLabel()
        self.notice.setObjectName("attendanceNotice")
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)

        layout.addWidget(self._title(self.tr("The month per person")))
        self.summary = read_only_table(self, self.summary_model, "attendanceSummary")
        layout.addWidget(self.summary, 2)

        day_bar = QHBoxLayout()
        day_bar.addWidget(self._title(self.tr("Day:")))
        self.previous_button = QPushButton(self.tr("◀ &Previous day"))
        self.previous_button.clicked.connect(lambda: self.step_day(-1))
        self.day_box = QComboBox()
        self.day_box.setObjectName("attendanceDay")
        self.next_button = QPushButton(self.tr("&Next day ▶"))
        self.next_button.clicked.connect(lambda: self.step_day(1))
        for widget in (self.previous_button, self.day_box, self.next_button):
            day_bar.addWidget(widget)
        day_bar.addSpacing(16)
        for text, shade in (
            (self.tr("Late"), SHADES[Outcome.LATE]),
            (self.tr("No-show"), SHADES[Outcome.NO_SHOW]),
            (self.tr("Extra shift"), SHADES[Outcome.EXTRA]),
            (self.tr("Left early"), EARLY_SHADE),
        ):
            chip = QLabel(text)
            chip.setStyleSheet(CHIP_STYLE.format(bg=shade, ink=INK))
            day_bar.addWidget(chip)
        day_bar.addStretch(1)
        layout.addLayout(day_bar)
        self.day_table = read_only_table(self, self.day_model, "attendanceDayTable")
        layout.addWidget(self.day_table, 3)
        self.empty_day = QLabel()
        self.empty_day.setObjectName("attendanceEmptyDay")
        self.empty_day.setStyleSheet(NOTICE_STYLE)
        layout.addWidget(self.empty_day)

        buttons = QHBoxLayout()
        self.language = PrintLanguageBox()
        language_label = QLabel(self.tr("Printout language:"))
        language_label.setBuddy(self.language)
        self.excel_button = QPushButton(self.tr("Save as &Excel…"))
        self.excel_button.setObjectName("attendanceExcel")
        self.excel_button.clicked.connect(self.save_excel)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        for button in (self.excel_button, close, self.previous_button, self.next_button):
            button.setAutoDefault(False)
        buttons.addWidget(self.excel_button)
        buttons.addSpacing(12)
        buttons.addWidget(language_label)
        buttons.addWidget(self.language)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)

        self.month_box.currentIndexChanged.connect(lambda _i: self.load())
        self.day_box.currentIndexChanged.connect(lambda _i: self.show_day())
        self._fit_columns()
        self.resize(max(self.sizeHint().width(), 1000), 680)
        self.load()
        listen_while_open(self, self.apply_changes)

    def _title(self, text: str) -> QLabel:
        label = QLabel(text)
        bold = QFont(self.font())
        bold.setBold(True)
        label.setFont(bold)
        return label

    def _fit_columns(self) -> None:
        fit_columns_to_samples(
            self, self.summary, {0: "Анна Петровна Иванова", **{c: "000.5" for c in range(1, 9)}}
        )
        fit_columns_to_samples(
            self,
            self.day_table,
            {
                0: "D 08:00–20:00",
                1: "Анна Петровна Иванова",
                2: "On time, left early (300 min)",
                3: "30 Dec 2026 19:49",
                4: "30 Dec 2026 19:49",
                5: "30 Dec 2026 19:49",
                6: "30 Dec 2026 19:49",
                7: "12.5",
            },
        )

    # -- reading -----------------------------------------------------------------------------
    @property
    def year_month(self) -> tuple[int, int]:
        return divmod(int(self.month_box.currentData()), 100)

    def load(self) -> None:
        year, month = self.year_month
        kept = self.day_box.currentData()
        period = run_op(self, lambda: attendance_month(self.desk, self.actor, year, month))
        if period is None:
            return
        self.loaded = True
        self.period = period
        self.summary_model.set_period(period)
        if period.approved:
            self.notice.setStyleSheet(NOTICE_STYLE)
            self.notice.setText(
                self.tr(
                    "Late: arrived (signed in or accepted the handover) more than {minutes} min "
                    "after the shift's start. No-show: rostered, neither signed in nor accepted "
                    "the handover."
                ).format(minutes=period.grace_minutes)
            )
        else:
            self.notice.setStyleSheet(WARNING_STYLE)
            self.notice.setText(
                self.tr(
                    "{month}'s roster is not approved: there is nothing to compare with, and every "
                    "shift worked shows as an extra shift."
                ).format(month=month_title(year, month))
            )
        days = month_days(year, month)
        self.day_box.blockSignals(True)
        self.day_box.clear()
        for day in days:
            self.day_box.addItem(
                self.tr("{weekday} {date}", "a day in the attendance's list").format(
                    weekday=QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat),
                    date=format_date(day),
                ),
                day,
            )
        if kept not in days:
            kept = (
                self.today
                if self.today in days
                else (days[-1] if self.today > days[-1] else days[0])
            )
        self.day_box.setCurrentIndex(days.index(kept))
        self.day_box.blockSignals(False)
        self.show_day()

    def show_day(self) -> None:
        day = self.day_box.currentData()
        self.day_model.set_day(self.period, day)
        index = self.day_box.currentIndex()
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(0 <= index < self.day_box.count() - 1)
        empty = self.day_model.rowCount() == 0 and day is not None
        self.empty_day.setText(self.tr("No shift on this day.") if empty else "")
        self.empty_day.setVisible(empty)

    def step_day(self, by: int) -> None:
        index = self.day_box.currentIndex() + by
        if 0 <= index < self.day_box.count():
            self.day_box.setCurrentIndex(index)

    def apply_changes(self, changes: Changes) -> None:
        """A sign-in, a handover or the roster changed (here or at another counter): read again,
        on the same day."""
        if changes.touches("roster", "people", "handover", "settings"):
            self.load()

    # -- saving ------------------------------------------------------------------------------
    def file_name(self) -> str:
        year, month = self.year_month
        return self.tr("attendance-{year}-{month}.xlsx", "a file's suggested name").format(
            year=year, month=f"{month:02d}"
        )

    def save_excel(self):
        period = self.period
        if period is None:
            return None
        labels = self.language.labels(attendance_print_labels)
        return save_workbook_as(
            self, self.file_name(), lambda path: write_attendance_xlsx(path, period, labels)
        )


def attendance_page(
    desk: Desk, actor: Actor, parent: QWidget, year: int | None = None, month: int | None = None
) -> AttendancePage | None:
    page = AttendancePage(desk, actor, parent, year, month)
    if not page.loaded:  # refused (a clerk) or failed: the error was shown
        page.deleteLater()
        return None
    return page
