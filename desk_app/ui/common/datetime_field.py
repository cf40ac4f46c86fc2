"""A moment typed as the clerk writes it: a day (:class:`~desk_app.ui.common.date_field.DateField`, with
its calendar) and a time on the 24-hour clock, for every date-and-time field of the window
(a complaint's reception and promised reply, a follow-up's due time, a found item's hour, a key's
return).

What cannot be read stays as typed with the reason under the field; asked for its value then,
the field raises the refusal (naming the form's field) instead of handing back the last good
moment, so a form never saves what the clerk did not mean. An optional field may stay empty
("— choose a time —"): its value is None until a day or a time is typed (a time alone is today).
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from desk_app.domain.date_input import parse_time
from desk_app.domain.errors import ValidationError
from desk_app.ui.common.date_field import DateField
from desk_app.ui.common.errors import error_text


class DateTimeField(QWidget):
    dateTimeChanged = Signal(QDateTime)  # noqa: N815 - QDateTimeEdit's name

    def __init__(
        self,
        value: datetime | QDateTime | None = None,
        parent: QWidget | None = None,
        *,
        optional: bool = False,
        field: str = "time",
        empty_text: str = "",
    ) -> None:
        super().__init__(parent)
        self._optional = optional
        self._field = field
        moment = _as_local(value)
        if moment is None and not optional:
            moment = datetime.now().astimezone().replace(second=0, microsecond=0)
        self._time: time | None = moment.time().replace(second=0, microsecond=0) if moment else None
        self.day = DateField(moment.date() if moment else None, optional=optional, field=field)
        self.day.setObjectName("dayPart")
        self.day.edit.setPlaceholderText(empty_text)
        if empty_text:  # the whole of it, not "— choose a ti…"
            metrics = self.day.edit.fontMetrics()
            self.day.edit.setMinimumWidth(
                max(self.day.edit.minimumWidth(), metrics.horizontalAdvance(empty_text) + 16)
            )
        self.time = QLineEdit()
        self.time.setObjectName("timeText")
        self.time.setToolTip(self.tr("The time on the 24-hour clock, e.g. 09:30 or 21:30"))
        self.time.setPlaceholderText(self.tr("hh:mm"))
        self.time.setFixedWidth(self.time.fontMetrics().horizontalAdvance("00:00") + 24)
        self.time.editingFinished.connect(self.read_typed)
        self.day.dateChanged.connect(lambda _d: self._changed())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.day, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.time, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)  # a moment is short: the form's width is not given to it
        self.setFocusProxy(self.day)
        self._show_time()

    # -- the value ------------------------------------------------------------------------------

    def value(self) -> datetime | None:
        """The moment on this computer's clock (aware); None for an empty optional field;
        ``ValidationError`` naming the field while the day or the time cannot be read."""
        day = self.day.day()
        when = self._read_time(raise_refusal=True)
        if day is None and when is None:
            if self._optional:
                return None
            raise ValidationError("Enter a date.", field=self._field)
        if when is None:
            raise ValidationError("Enter a time.", field=self._field)
        day = day or date.today()
        return datetime.combine(day, when).astimezone()

    def dateTime(self) -> QDateTime:  # noqa: N802 - QDateTimeEdit's name
        """The moment shown (an invalid QDateTime while empty)."""
        day = self.day.date()
        if not day.isValid() or self._time is None:
            return QDateTime()
        return QDateTime(day, self._time)

    def setDateTime(self, value: datetime | QDateTime | None) -> None:  # noqa: N802
        moment = _as_local(value)
        self.blockSignals(True)
        self.day.setDate(moment.date() if moment else None)
        self.blockSignals(False)
        self._time = moment.time().replace(second=0, microsecond=0) if moment else None
        self._show_time()
        self._changed()

    def clear(self) -> None:
        self.setDateTime(None)

    def error_text(self) -> str:
        return self.day.error_text()

    def text(self) -> str:
        return f"{self.day.text()} {self.time.text()}".strip()

    # -- typing ---------------------------------------------------------------------------------

    def read_typed(self) -> None:
        self.day.read_typed()
        self._read_time(raise_refusal=False)

    def _read_time(self, raise_refusal: bool) -> time | None:
        text = self.time.text().strip()
        if not text:
            if self._time is not None and not self._optional:
                self._show_time()
                return self._time
            self._time = None
            return None
        try:
            when = parse_time(text, self._field)
        except ValidationError as exc:
            self.day.show_error(error_text(exc))
            self.time.setStyleSheet(self.day.edit.styleSheet())
            if raise_refusal:
                raise
            return self._time
        if not self.day.error_text():
            self.time.setStyleSheet("")
        changed = when != self._time
        self._time = when
        self._show_time()
        if changed:
            self._changed()
        return when

    def _show_time(self) -> None:
        self.time.setText("" if self._time is None else self._time.strftime("%H:%M"))
        if not self.day.error_text():
            self.time.setStyleSheet("")

    def _changed(self) -> None:
        self.dateTimeChanged.emit(self.dateTime())


def _as_local(value: datetime | QDateTime | None) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, QDateTime):
        if not value.isValid():
            return None
        value = value.toPython()
    return value.astimezone() if value.tzinfo else value
