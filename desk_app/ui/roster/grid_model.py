"""The month grid's models: people down and days across over a domain :class:`Roster` (each edit a
new value, so undo is a stack of them), and the coverage under it (per shift and day, how many are
rostered against the minimum).

The grid's last column is each person's hours in the month (red over the maximum). A cell shows
the shift's code on the shift's colour; off and leave in the reader's letter; weekends tinted.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from desk_app.domain.roster.checks import RosterRules, coverage, month_hours
from desk_app.domain.roster.month import Roster
from desk_app.domain.roster.pattern import LEAVE
from desk_app.ui.common.labels import format_date
from desk_app.ui.roster.labels import cell_label, cell_short, weekday_initial

_Index = QModelIndex | QPersistentModelIndex

CODE_ROLE = Qt.ItemDataRole.UserRole + 1  # a cell's code as stored ("D", "O", "L")
COLOUR_ROLE = Qt.ItemDataRole.UserRole + 2  # the fill the delegate paints (QColor or None)
MARKED_ROLE = Qt.ItemDataRole.UserRole + 3  # True when a warning concerns the cell
WEEKEND_ROLE = Qt.ItemDataRole.UserRole + 4

WEEKEND_TINT = "#E8EDF5"
LEAVE_FILL = "#D9D9D9"
SHORT_FILL = "#F4B6B6"  # a shift under its minimum; hours over the maximum
SHORT_TEXT = "#9B1C1C"
UNDO_DEPTH = 200


def is_weekend(day: date) -> bool:
    return day.weekday() >= 5


def same_grid(a: Roster | None, b: Roster | None) -> bool:
    """The same people and cells (what a save would write)."""
    if a is None or b is None:
        return a is b
    return a.people == b.people and dict(a.cells) == dict(b.cells)


def _hours_text(hours: float) -> str:
    return f"{hours:g}"


class RosterGridModel(QAbstractTableModel):
    """People down, the month's days across, then the hours column. Every edit replaces the
    Roster value; the values before it are kept for undo (``undo``/``redo``)."""

    roster_changed = Signal()  # after an edit, an undo or a load

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.roster: Roster | None = None
        self.saved: Roster | None = None
        self.names: dict[str, str] = {}
        self.rules = RosterRules()
        self.marked: frozenset[tuple[str, date]] = frozenset()
        self._days: tuple[date, ...] = ()
        self._hours: dict[str, float] = {}
        self._undo: list[Roster] = []
        self._redo: list[Roster] = []

    # -- the value ---------------------------------------------------------------------------
    def load(self, roster: Roster, names: dict[str, str], rules: RosterRules) -> None:
        """A month as read: nothing to undo, nothing unsaved."""
        self.beginResetModel()
        self.roster = self.saved = roster
        self.names = dict(names)
        self.rules = rules
        self._days = roster.days
        self._undo.clear()
        self._redo.clear()
        self._count_hours()
        self.endResetModel()
        self.roster_changed.emit()

    @property
    def dirty(self) -> bool:
        return not same_grid(self.roster, self.saved)

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def replace_roster(self, roster: Roster, names: dict[str, str] | None = None) -> None:
        """An edit: the new value shown, the old one kept for undo."""
        if self.roster is None or same_grid(roster, self.roster):
            return
        self._undo.append(self.roster)
        del self._undo[:-UNDO_DEPTH]
        self._redo.clear()
        if names:
            self.names.update(names)
        self._show(roster)

    def set_cells(self, changes: Iterable[tuple[str, date, str]]) -> None:
        """Cells typed in (checked by the domain: a ValidationError for a code not in the
        pattern)."""
        if self.roster is not None:
            self.replace_roster(self.roster.with_cells(changes))

    def undo(self) -> None:
        if self._undo and self.roster is not None:
            self._redo.append(self.roster)
            self._show(self._undo.pop())

    def redo(self) -> None:
        if self._redo and self.roster is not None:
            self._undo.append(self.roster)
            self._show(self._redo.pop())

    def _show(self, roster: Roster) -> None:
        people_changed = self.roster is None or roster.people != self.roster.people
        if people_changed:
            self.beginResetModel()
        self.roster = roster
        self._count_hours()
        if people_changed:
            self.endResetModel()
        elif self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
        self.roster_changed.emit()

    def _count_hours(self) -> None:
        roster = self.roster
        self._hours = {p: month_hours(roster, p) for p in roster.people} if roster else {}

    def set_marked(self, marked: Iterable[tuple[str, date]]) -> None:
        self.marked = frozenset(marked)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, len(self._days) - 1)
            )

    # -- where things are --------------------------------------------------------------------
    @property
    def days(self) -> tuple[date, ...]:
        return self._days

    @property
    def hours_column(self) -> int:
        return len(self._days)

    def person_at(self, row: int) -> str | None:
        if self.roster is None or not 0 <= row < len(self.roster.people):
            return None
        return self.roster.people[row]

    def day_at(self, column: int) -> date | None:
        return self._days[column] if 0 <= column < len(self._days) else None

    def index_of(self, person: str, day: date | None) -> QModelIndex:
        if self.roster is None or person not in self.roster.people:
            return QModelIndex()
        column = self._days.index(day) if day in self._days else self.hours_column
        return self.index(self.roster.people.index(person), column)

    def name(self, person: str) -> str:
        return self.names.get(person, person)

    # -- Qt ----------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() or self.roster is None:
            return 0
        return len(self.roster.people)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.roster is None else len(self._days) + 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == self.hours_column:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        person = self.person_at(index.row()) if index.isValid() else None
        if person is None or self.roster is None:
            return None
        if index.column() == self.hours_column:
            return self._hours_data(person, role)
        day = self.day_at(index.column())
        if day is None:
            return None
        code = self.roster.cell(person, day)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_short(code, self.roster.pattern.codes)
        if role == CODE_ROLE:
            return code
        if role == COLOUR_ROLE:
            shift = self.roster.pattern.shift(code)
            if shift is not None:
                return QColor(shift.colour)
            return QColor(LEAVE_FILL) if code == LEAVE else None
        if role == WEEKEND_ROLE:
            return is_weekend(day)
        if role == MARKED_ROLE:
            return (person, day) in self.marked
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tip(person, day, code)
        return None

    def _cell_tip(self, person: str, day: date, code: str) -> str:
        shift = self.roster.pattern.shift(code) if self.roster else None
        what = cell_label(code)
        if shift is not None:
            what = QCoreApplication.translate("RosterGrid", "{code} {start}–{end}").format(
                code=code, start=shift.start.strftime("%H:%M"), end=shift.end.strftime("%H:%M")
            )
        return QCoreApplication.translate("RosterGrid", "{name}, {day}: {what}").format(
            name=self.name(person), day=format_date(day), what=what
        )

    def _hours_data(self, person: str, role: int):
        hours = self._hours.get(person, 0.0)
        over = self.rules.over_hours(hours)
        if role == Qt.ItemDataRole.DisplayRole:
            return _hours_text(hours)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.BackgroundRole and over:
            return QBrush(QColor(SHORT_FILL))
        if role == Qt.ItemDataRole.ForegroundRole and over:
            return QBrush(QColor(SHORT_TEXT))
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "RosterGrid", "{name}: {hours} h this month (at most {most} h)"
            ).format(
                name=self.name(person),
                hours=_hours_text(hours),
                most=_hours_text(self.rules.max_month_hours),
            )
        return None

    def headerData(  # noqa: N802 - Qt name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Vertical:
            person = self.person_at(section)
            if person is not None and role in (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.ToolTipRole,
            ):
                return self.name(person)
            return None
        if section == self.hours_column:
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("RosterGrid", "Hours")
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("RosterGrid", "Hours rostered in the month")
            return None
        return day_header(self.day_at(section), role)


def day_header(day: date | None, role: int):
    """A day's column header: its number over its weekday's letter, weekends tinted."""
    if day is None:
        return None
    if role == Qt.ItemDataRole.DisplayRole:
        return f"{day.day}\n{weekday_initial(day)}"
    if role == Qt.ItemDataRole.ToolTipRole:
        return format_date(day)
    if role == Qt.ItemDataRole.BackgroundRole and is_weekend(day):
        return QBrush(QColor(WEEKEND_TINT))
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return Qt.AlignmentFlag.AlignCenter
    return None


class CoverageModel(QAbstractTableModel):
    """Under the grid: a row per shift, how many are rostered each day against the minimum;
    below it red. Its columns line up with the grid's (the hours column left empty)."""

    def __init__(self, grid: RosterGridModel, parent=None) -> None:
        super().__init__(parent)
        self._grid = grid
        self._counts: dict[tuple[date, str], int] = {}
        grid.roster_changed.connect(self.recount)
        grid.modelReset.connect(self.recount)

    @property
    def need(self) -> int:
        return self._grid.rules.min_per_shift

    def recount(self) -> None:
        self.beginResetModel()
        roster = self._grid.roster
        self._counts = dict(coverage(roster)) if roster else {}
        self.endResetModel()

    def shift_at(self, row: int):
        roster = self._grid.roster
        if roster is None or not 0 <= row < len(roster.pattern.shifts):
            return None
        return roster.pattern.shifts[row]

    def count(self, day: date, code: str) -> int:
        return self._counts.get((day, code), 0)

    def short(self, day: date, code: str) -> bool:
        return self._grid.rules.short(self.count(day, code))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        roster = self._grid.roster
        return 0 if parent.isValid() or roster is None else len(roster.pattern.shifts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return self._grid.columnCount(parent)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        shift = self.shift_at(index.row()) if index.isValid() else None
        day = self._grid.day_at(index.column()) if index.isValid() else None
        if shift is None or day is None:
            return None
        have = self.count(day, shift.code)
        short = self._grid.rules.short(have)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{have}/{self.need}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole:
            if short:
                return QBrush(QColor(SHORT_FILL))
            return QBrush(QColor(WEEKEND_TINT)) if is_weekend(day) else None
        if role == Qt.ItemDataRole.ForegroundRole and short:
            return QBrush(QColor(SHORT_TEXT))
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "RosterGrid", "{day}, shift {code}: {have} rostered, at least {need}"
            ).format(day=format_date(day), code=shift.code, have=have, need=self.need)
        return None

    def headerData(  # noqa: N802 - Qt name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal:
            return None
        shift = self.shift_at(section)
        if shift is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RosterGrid", "{code} {start}–{end}").format(
                code=shift.code,
                start=shift.start.strftime("%H:%M"),
                end=shift.end.strftime("%H:%M"),
            )
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(shift.colour))
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "RosterGrid", "Clerks rostered on shift {code} each day, against the minimum"
            ).format(code=shift.code)
        return None
