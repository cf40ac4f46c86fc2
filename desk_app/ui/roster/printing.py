"""The roster on paper from the window: the month's 排班表 or one person's month, printed or saved
as PDF or Excel, in the language chosen for printouts.

The grid page calls :func:`print_month` (its Print… action) and :func:`save_month_as` (its Save
as…); both open :class:`RosterPrintDialog` on the month as stored: whose month (the whole desk or
one person), the printout's language and the buttons every printable dialog has (Print…, Save as
PDF…, Save as Excel…), the default button the one asked for. The month is read once
(``services.roster.printout``); its PDFs are laid out once per language and person however often
they are printed or saved. The same files ``desk-app export roster`` writes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from desk_app.reports.roster.pdf import render_roster_pdf
from desk_app.reports.roster.person_pdf import render_person_pdf
from desk_app.reports.roster.values import RosterSheet
from desk_app.reports.roster.xlsx import write_roster_xlsx
from desk_app.services.desk import Actor, Desk
from desk_app.services.roster.printout import roster_sheet
from desk_app.ui.common import pdf_print
from desk_app.ui.common.busy import busy_cursor
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.export_bar import ExportBar
from desk_app.ui.common.save_as import save_workbook_as
from desk_app.ui.roster.labels import month_title, roster_state_label
from desk_app.ui.roster.print_labels import roster_print_labels


class RosterPrintDialog(QDialog):
    """Whose month, in which language; then print it or save it as PDF or Excel."""

    def __init__(
        self, sheet: RosterSheet, parent: QWidget | None = None, person: str | None = None
    ) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self._pdfs: dict[tuple[str, str | None], bytes] = {}
        self.setObjectName("rosterPrintDialog")
        self.month = month_title(sheet.year, sheet.month)
        self.setWindowTitle(self.tr("Print the roster — {month}").format(month=self.month))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        state = QLabel(
            self.tr("{station}: {state}").format(
                station=sheet.station, state=roster_state_label(sheet.state)
            )
        )
        state.setObjectName("rosterPrintState")
        layout.addWidget(state)
        form = QFormLayout()
        self.whose = QComboBox()
        self.whose.setObjectName("rosterPrintWhose")
        self.whose.addItem(self.tr("The whole month (the desk's roster)"), None)
        for row in sheet.people:
            self.whose.addItem(self.tr("{name}'s own month").format(name=row.name), row.name)
        self.whose.setCurrentIndex(max(0, self.whose.findData(person)) if person else 0)
        form.addRow(self.tr("&Print:"), self.whose)
        layout.addLayout(form)
        if not sheet.approved:
            note = QLabel(
                self.tr("This month is not approved: the printout says so on every page.")
            )
            note.setObjectName("rosterPrintNotApproved")
            note.setWordWrap(True)
            layout.addWidget(note)
        self.export_bar = ExportBar(self.print_, self.save_pdf, self.save_excel, self.reject)
        layout.addLayout(self.export_bar)

    def person(self) -> str | None:
        """The person whose own month is printed; None for the whole month."""
        return self.whose.currentData()

    def labels(self) -> dict[str, str]:
        return self.export_bar.labels(roster_print_labels)

    def pdf(self) -> bytes | None:
        """The chosen printout, laid out once per language and person."""
        key = (self.export_bar.language(), self.person())
        if key not in self._pdfs:
            sheet, person, labels = self.sheet, self.person(), self.labels()

            def render() -> bytes:
                if person is None:
                    return render_roster_pdf(sheet, labels)
                return render_person_pdf(sheet, person, labels)

            with busy_cursor():
                pdf = run_op(self, render)
            if pdf is None:
                return None
            self._pdfs[key] = pdf
        return self._pdfs[key]

    def file_name(self, suffix: str) -> str:
        base = self.tr("roster-{year}-{month}").format(
            year=self.sheet.year, month=f"{self.sheet.month:02d}"
        )
        person = self.person()
        if person:
            base = f"{base}-{'_'.join(person.split())}"
        return f"{base}.{suffix}"

    def title(self) -> str:
        person = self.person()
        if person:
            return self.tr("{name}: roster {month}").format(name=person, month=self.month)
        return self.tr("Roster {month}").format(month=self.month)

    def print_(self) -> None:
        pdf = self.pdf()
        if pdf is not None:
            pdf_print.print_pdf(self, pdf, self.title())

    def save_pdf(self) -> Path | None:
        pdf = self.pdf()
        if pdf is None:
            return None
        return pdf_print.save_pdf_as(self, pdf, self.file_name("pdf"))

    def save_excel(self) -> Path | None:
        person, labels = self.person(), self.labels()
        sheet = self.sheet if person is None else self.sheet.only(person)

        def write(path: Path) -> None:
            with busy_cursor():
                write_roster_xlsx(path, sheet, labels)

        return save_workbook_as(self, self.file_name("xlsx"), write)


def _open(
    parent: QWidget | None,
    desk: Desk,
    actor: Actor,
    year: int,
    month: int,
    person: str | None,
    default: str,
) -> RosterPrintDialog | None:
    with busy_cursor():
        sheet = run_op(parent, lambda: roster_sheet(desk, actor, year, month))
    if sheet is None:
        return None
    dialog = RosterPrintDialog(sheet, parent, person)
    button = getattr(dialog.export_bar, default)
    button.setAutoDefault(True)
    button.setDefault(True)
    button.setFocus()
    return dialog


def print_month(
    parent: QWidget | None,
    desk: Desk,
    actor: Actor,
    year: int,
    month: int,
    person: str | None = None,
) -> None:
    """The grid page's Print…: the month's roster (or ``person``'s own month, a name as stored)
    to print, its language chosen; Print… is the default button."""
    dialog = _open(parent, desk, actor, year, month, person, "print_button")
    if dialog is not None:
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()


def save_month_as(
    parent: QWidget | None,
    desk: Desk,
    actor: Actor,
    year: int,
    month: int,
    person: str | None = None,
) -> None:
    """The grid page's Save as…: the same dialog, Save as PDF… the default button (Save as
    Excel… beside it)."""
    dialog = _open(parent, desk, actor, year, month, person, "pdf_button")
    if dialog is not None:
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
