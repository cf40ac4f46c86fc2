"""The attendance page's two tables: the month per person, and one day's shifts (rostered against
what happened). Both read a :class:`~desk_app.domain.roster.attendance.AttendancePeriod` whole
(a month is a few hundred rows at most)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from desk_app.domain.roster.attendance import (
    AttendancePeriod,
    Outcome,
    PersonAttendance,
    ShiftAttendance,
)
from desk_app.formats import format_decimal
from desk_app.translators import current_language
from desk_app.ui.common.labels import format_datetime, format_integer, format_time
from desk_app.ui.roster.attendance_labels import outcome_text

_Index = QModelIndex | QPersistentModelIndex

# Row shades: late and no-show stand out, an extra shift and leaving early less so.
SHADES = {
    Outcome.LATE: "#fce3c0",
    Outcome.NO_SHOW: "#f5c6c1",
    Outcome.EXTRA: "#d6e6f5",
    Outcome.PENDING: "#f1f1f1",
}
EARLY_SHADE = "#fff2b3"
WARNING_TEXT = "#b03a2e"
INK = "#202020"  # on a shaded row, whatever the theme's text colour


def hours_text(hours: float) -> str:
    """ "12", "11.5", "11.92" ("11,5" in Russian)."""
    places = next(p for p in (0, 1, 2) if round(hours, p) == round(hours, 2))
    return format_decimal(hours, places, current_language())


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class SummaryModel(QAbstractTableModel):
    """One row per person: shifts and hours rostered and worked, late, no-show, early, extra."""

    KEYS = (
        "shifts_rostered",
        "shifts_worked",
        "hours_rostered",
        "hours_worked",
        "late",
        "no_show",
        "left_early",
        "extra",
    )
    WARNINGS = frozenset({"late", "no_show", "left_early"})

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[PersonAttendance] = []
        self.names: dict[str, str] = {}

    def set_period(self, period: AttendancePeriod | None) -> None:
        self.beginResetModel()
        self.rows = list(period.people) if period else []
        self.names = dict(period.names) if period else {}
        self.endResetModel()

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("RosterAttendance", "Name"),
            QCoreApplication.translate("RosterAttendance", "Shifts rostered"),
            QCoreApplication.translate("RosterAttendance", "Shifts worked"),
            QCoreApplication.translate("RosterAttendance", "Hours rostered"),
            QCoreApplication.translate("RosterAttendance", "Hours worked"),
            QCoreApplication.translate("RosterAttendance", "Late", "how many times late"),
            QCoreApplication.translate(
                "RosterAttendance", "No-show", "how many shifts not come to"
            ),
            QCoreApplication.translate("RosterAttendance", "Left early", "how many times"),
            QCoreApplication.translate("RosterAttendance", "Extra shifts"),
        ]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.KEYS) + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        key = self.KEYS[column - 1] if column else "name"
        value = getattr(row, key) if column else self.names.get(row.person, "")
        if role == Qt.ItemDataRole.DisplayRole:
            if not column:
                return value
            return hours_text(value) if key.startswith("hours") else format_integer(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if key in self.WARNINGS and value:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(WARNING_TEXT)
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
        return None


class DayModel(QAbstractTableModel):
    """One day's shifts in order: the shift, who, how it went, and the times that tell it."""

    COLUMNS = ("shift", "name", "outcome", "signed_in", "accepted", "handed_over", "left", "hours")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ShiftAttendance] = []
        self.names: dict[str, str] = {}
        self.day: date | None = None

    def set_day(self, period: AttendancePeriod | None, day: date | None) -> None:
        self.beginResetModel()
        self.day = day
        self.rows = [r for r in period.rows if r.day == day] if period and day else []
        self.names = dict(period.names) if period else {}
        self.endResetModel()

    def row_at(self, row: int) -> ShiftAttendance | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("RosterAttendance", "Shift"),
            QCoreApplication.translate("RosterAttendance", "Name"),
            QCoreApplication.translate(
                "RosterAttendance", "Attendance", "a column: how the shift went"
            ),
            QCoreApplication.translate("RosterAttendance", "Signed in"),
            QCoreApplication.translate(
                "RosterAttendance", "Accepted", "the handover, by the incoming clerk"
            ),
            QCoreApplication.translate(
                "RosterAttendance", "Handed over", "the handover, by the outgoing clerk"
            ),
            QCoreApplication.translate(
                "RosterAttendance", "Released", "when the incoming clerk took over"
            ),
            QCoreApplication.translate("RosterAttendance", "Hours worked"),
        ]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def _moment(self, moment: datetime | None) -> str:
        """A time of the shift's own day as "07:50", another day's with its date."""
        if moment is None:
            return ""
        if moment.astimezone().date() == self.day:
            return format_time(moment)
        return format_datetime(moment)

    def text(self, row: ShiftAttendance, key: str) -> str:
        if key == "shift":
            return QCoreApplication.translate(
                "RosterAttendance", "{code} {start}–{end}", "a shift: its letter and times"
            ).format(code=row.code, start=format_time(row.start), end=format_time(row.end))
        if key == "name":
            return self.names.get(row.person, "")
        if key == "outcome":
            return outcome_text(row)
        if key == "hours":
            return (
                ""
                if row.outcome in (Outcome.NO_SHOW, Outcome.PENDING)
                else hours_text(row.hours_worked)
            )
        moments = {
            "signed_in": row.signed_in_at,
            "accepted": row.accepted_at,
            "handed_over": row.handed_over_at,
            "left": row.left_at,
        }
        return self._moment(moments[key])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        key = self.COLUMNS[index.column()]
        shade = SHADES.get(row.outcome) or (EARLY_SHADE if row.left_early else None)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, key)
        if role == Qt.ItemDataRole.BackgroundRole and shade:
            return QColor(shade)
        if role == Qt.ItemDataRole.ForegroundRole and shade:
            warn = key == "outcome" and (row.outcome in (Outcome.LATE, Outcome.NO_SHOW))
            return QColor(WARNING_TEXT if warn else INK)
        if (
            role == Qt.ItemDataRole.FontRole
            and key == "outcome"
            and row.outcome
            in (
                Outcome.LATE,
                Outcome.NO_SHOW,
            )
        ):
            return _bold()
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "hours":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
