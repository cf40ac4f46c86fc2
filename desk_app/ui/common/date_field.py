"""A day typed as the clerk writes it, or picked from a calendar: every date field of the window.

Shown in the language's own date style (``desk_app.formats.format_date``: "4 Dec 2026",
"2026-12-04", "04.12.2026"), read by ``domain.date_input.parse_date`` when the clerk leaves the
field or presses Enter ("12/4/26" is 4 Dec 2026 in English; a two-digit year is 20xx). What
cannot be read stays as typed, framed in red, with the reason under it; the field keeps its last
good day until it is mended. The button beside it (or Alt+Down, F4) opens a calendar; Up and Down
step a day, as in Qt's date edit.

It answers the parts of ``QDateEdit`` the window used: ``date()`` / ``setDate()`` as ``QDate``
and ``dateChanged``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from desk_app.domain.date_input import parse_date
from desk_app.domain.errors import ValidationError
from desk_app.formats import format_date, normalize_language
from desk_app.ui.common.errors import error_text
from desk_app.ui.common.forms import ERROR_STYLE, FIELD_ERROR_STYLE


def window_language() -> str:
    """The language the window's dates are in: the default locale ``install_language`` set."""
    return normalize_language(QLocale().name())


class DateField(QWidget):
    """One day: a line to type it and a calendar to pick it."""

    dateChanged = Signal(QDate)  # noqa: N815 - QDateEdit's name, the callers connect to it

    def __init__(
        self,
        day: QDate | date | None = None,
        parent: QWidget | None = None,
        *,
        optional: bool = False,
        field: str = "date",
        compact: bool = False,
    ) -> None:
        """``optional``: the field may be left empty (``day()`` None; None starts it empty);
        ``field``: the name a refusal carries (the form's field it is shown beside);
        ``compact``: a refusal pops up under the field and stays in its tooltip instead of a
        line under it (a filter bar has no room for one)."""
        super().__init__(parent)
        self._optional = optional
        self._field = field
        self._compact = compact
        self._refusal = ""
        self._date: date | None = (
            _as_date(day) if day is not None else None if optional else date.today()
        )
        self.edit = QLineEdit()
        self.edit.setObjectName("dateText")
        self.edit.installEventFilter(self)
        self.edit.editingFinished.connect(self.read_typed)
        self.pick = QToolButton()
        self.pick.setObjectName("datePick")
        self.pick.setArrowType(Qt.ArrowType.DownArrow)
        self.pick.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pick.setToolTip(self.tr("Pick the day from a calendar (Alt+Down)"))
        self.pick.clicked.connect(self.open_calendar)
        self.error = QLabel()
        self.error.setObjectName("dateError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.pick)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.error)
        self.setFocusProxy(self.edit)
        self.calendar: QCalendarWidget | None = None
        self._show_date()
        self.edit.setToolTip(self._hint())
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00 MMM. 0000") + 16)

    # -- QDateEdit's API ------------------------------------------------------------------------

    def date(self) -> QDate:
        """The day (an invalid QDate while an optional field is empty)."""
        if self._date is None:
            return QDate()
        return QDate(self._date.year, self._date.month, self._date.day)

    def setDate(self, day: QDate | date | None) -> None:  # noqa: N802 - QDateEdit's name
        self._set(None if day is None else _as_date(day))

    def day(self) -> date | None:
        """The day read from the field; ``ValidationError`` (naming the field) while what was
        typed cannot be read, so a form never saves the last good day in its place."""
        self.read_typed()
        if self.error_text():
            parse_date(self.edit.text(), window_language(), self._today(), self._field)
        return self._date

    # -- reading and showing ------------------------------------------------------------------

    def text(self) -> str:
        return self.edit.text()

    def error_text(self) -> str:
        """Why the typed text was refused ("" when it was read)."""
        return self._refusal

    def _hint(self) -> str:
        example = {"en": "12/4/26", "zh_CN": "26-12-4", "ru": "4.12.26"}[window_language()]
        return self.tr(
            "Type the day, e.g. {example} or {day}, or pick it from the calendar."
        ).format(example=example, day=format_date(date(2026, 12, 4), window_language()))

    def _today(self) -> date:
        return self._date or date.today()

    def _shown(self) -> str:
        return "" if self._date is None else format_date(self._date, window_language())

    def _show_date(self) -> None:
        self.edit.setText(self._shown())

    def _set(self, day: date | None) -> None:
        self.clear_error()
        changed = day != self._date
        self._date = day
        self._show_date()
        if changed:
            self.dateChanged.emit(self.date())

    def read_typed(self) -> None:
        """Read what was typed (Enter, leaving the field, or the caller before using the day)."""
        text = self.edit.text()
        if text == self._shown():
            self.clear_error()
            return
        if self._optional and not text.strip():
            self._set(None)
            return
        try:
            day = parse_date(text, window_language(), self._today(), self._field)
        except ValidationError as exc:
            self.show_error(error_text(exc))
            return
        self._set(day)

    def show_error(self, text: str) -> None:
        """``text`` under the field, the field framed in red (until a day is read)."""
        self._refusal = text
        self.edit.setStyleSheet(FIELD_ERROR_STYLE)
        if self._compact:
            self.edit.setToolTip(text)
            QToolTip.showText(self.edit.mapToGlobal(self.edit.rect().bottomLeft()), text, self.edit)
            return
        self.error.setText(text)
        self.error.show()

    def clear_error(self) -> None:
        if self._refusal and self._compact:
            self.edit.setToolTip(self._hint())
            QToolTip.hideText()
        self._refusal = ""
        self.error.hide()
        self.error.clear()
        self.edit.setStyleSheet("")

    # -- keys and the calendar ------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, mods = event.key(), event.modifiers()
            alt = bool(mods & Qt.KeyboardModifier.AltModifier)
            if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
                self.open_calendar()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not alt:
                self.read_typed()
                if not self._refusal and self._date is not None:
                    step = 1 if key == Qt.Key.Key_Up else -1
                    self._set(date.fromordinal(self._date.toordinal() + step))
                return True
        return super().eventFilter(watched, event)

    def open_calendar(self) -> None:
        """A month calendar under the field, on the field's day; a click picks and closes."""
        self.read_typed()
        menu = QMenu(self)
        calendar = QCalendarWidget()
        calendar.setObjectName("dateCalendar")
        calendar.setLocale(QLocale())
        calendar.setGridVisible(True)
        calendar.setSelectedDate(self.date() if self._date is not None else QDate.currentDate())
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)
        calendar.clicked.connect(lambda day: (self._set(day.toPython()), menu.close()))
        calendar.activated.connect(lambda day: (self._set(day.toPython()), menu.close()))
        self.calendar = calendar
        menu.aboutToHide.connect(lambda: setattr(self, "calendar", None))
        menu.popup(self.mapToGlobal(self.edit.geometry().bottomLeft()))
        calendar.setFocus()


def _as_date(day: QDate | date) -> date:
    return day.toPython() if isinstance(day, QDate) else day
