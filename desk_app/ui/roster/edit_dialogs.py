"""The grid's bigger edits, each a small form that hands back a new Roster (so one undo takes it
away): a rotation repeated over days, a week copied to another, the people on the month.

Days of approved leave are never overwritten and never copied (leave comes from a request).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from desk_app.domain.errors import DeskError, ValidationError
from desk_app.domain.roster.month import Roster, parse_cycle
from desk_app.domain.roster.pattern import OFF
from desk_app.ui.common.forms import FormDialog
from desk_app.ui.common.labels import role_label

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1


def _people_list(roster: Roster, names: dict[str, str], checked: Sequence[str]) -> QListWidget:
    box = QListWidget()
    box.setObjectName("rosterPeopleChoice")
    for person in roster.people:
        item = QListWidgetItem(names.get(person, person))
        item.setData(PERSON_ROLE, person)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if person in checked else Qt.CheckState.Unchecked)
        box.addItem(item)
    rows = max(3, min(len(roster.people), 8))
    box.setMinimumHeight(box.fontMetrics().height() * rows + 12)
    return box


def _checked(box: QListWidget) -> list[str]:
    return [
        box.item(i).data(PERSON_ROLE)
        for i in range(box.count())
        if box.item(i).checkState() == Qt.CheckState.Checked
    ]


def _day_box(roster: Roster, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(1, len(roster.days))
    box.setValue(min(max(value, 1), len(roster.days)))
    return box


class _GridEdit(FormDialog):
    """A form whose result is a new Roster (``result_roster``) once OK is pressed."""

    def __init__(self, roster: Roster, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.roster = roster
        self.result_roster: Roster | None = None

    def make(self) -> Roster:  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def submit(self) -> None:
        try:
            self.result_roster = self.make()
        except DeskError as exc:
            self.show_error(exc)
            return
        self.accept()


class RotationDialog(_GridEdit):
    """Repeat a rotation (day-night-off-off) over a range of days, for one or more people."""

    def __init__(
        self,
        roster: Roster,
        names: dict[str, str],
        people: Sequence[str],
        first: int,
        last: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(roster, parent)
        self.setObjectName("rosterRotationDialog")
        self.setWindowTitle(self.tr("Repeat a rotation"))
        self.cycle = QLineEdit()
        self.cycle.setObjectName("rotationCycle")
        codes = " ".join(roster.pattern.codes)
        self.cycle.setPlaceholderText(
            self.tr("e.g. {example}").format(example=" ".join([*roster.pattern.codes, OFF, OFF]))
        )
        self.cycle.setToolTip(
            self.tr(
                "Shift codes in order ({codes}; O is a day off), repeated over the days"
            ).format(codes=codes)
        )
        self.add_field("cycle", self.tr("&Rotation"), self.cycle)
        self.first = self.add_field("first", self.tr("&From day"), _day_box(roster, first))
        self.last = self.add_field("last", self.tr("&To day"), _day_box(roster, last))
        self.people = self.add_field(
            "people", self.tr("&People"), _people_list(roster, names, people)
        )
        self.stagger = QCheckBox(self.tr("Each next person starts one day further in the rotation"))
        self.stagger.setObjectName("rotationStagger")
        self.form.addRow("", self.stagger)
        self.cycle.setFocus()

    def make(self) -> Roster:
        people = _checked(self.people)
        if not people:
            raise ValidationError("Choose at least one person.", field="people")
        cycle = parse_cycle(self.cycle.text(), self.roster.pattern)
        days = self.roster.days
        return self.roster.with_rotation(
            people,
            days[self.first.value() - 1],
            days[self.last.value() - 1],
            cycle,
            self.stagger.isChecked(),
        )


class CopyWeekDialog(_GridEdit):
    """Seven days of some people typed again from another day."""

    def __init__(
        self,
        roster: Roster,
        names: dict[str, str],
        people: Sequence[str],
        from_day: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(roster, parent)
        self.setObjectName("rosterCopyWeekDialog")
        self.setWindowTitle(self.tr("Copy a week"))
        self.set_intro(
            self.tr("The seven days from the first day are typed again from the second.")
        )
        self.source = self.add_field("from", self.tr("&Week from day"), _day_box(roster, from_day))
        self.target = self.add_field("to", self.tr("&Copy to day"), _day_box(roster, from_day + 7))
        self.people = self.add_field(
            "people", self.tr("&People"), _people_list(roster, names, people)
        )
        self.source.setFocus()

    def make(self) -> Roster:
        people = _checked(self.people)
        if not people:
            raise ValidationError("Choose at least one person.", field="people")
        days = self.roster.days
        if self.source.value() == self.target.value():
            raise ValidationError("Copy the week to another day.", field="to")
        return self.roster.with_week_copied(
            people, days[self.source.value() - 1], days[self.target.value() - 1]
        )


class MonthPeopleDialog(_GridEdit):
    """Who is on the month: the desk's active clerks and supervisors, ticked; someone taken off
    takes their shifts along (one undo brings them back)."""

    def __init__(
        self,
        roster: Roster,
        names: dict[str, str],
        candidates: Sequence,  # RosterPerson: id, name, role
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(roster, parent)
        self.setObjectName("rosterPeopleDialog")
        self.setWindowTitle(self.tr("People on the month"))
        self.set_intro(
            self.tr("Tick who is on this month's roster. Someone taken off loses their shifts.")
        )
        self.names = dict(names)
        self.list = QListWidget()
        self.list.setObjectName("rosterPeopleList")
        known = {p.id for p in candidates}
        rows = [(p, names.get(p, p), "") for p in roster.people if p not in known]
        rows += [(p.id, p.name, role_label(p.role)) for p in candidates]
        on = set(roster.people)
        for person, name, role in rows:
            text = self.tr("{name} ({role})").format(name=name, role=role) if role else name
            if person not in known:
                text = self.tr("{name} (no longer active)").format(name=name)
            item = QListWidgetItem(text)
            item.setData(PERSON_ROLE, person)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person in on else Qt.CheckState.Unchecked)
            self.list.addItem(item)
            self.names.setdefault(person, name)
        self.list.setMinimumHeight(self.list.fontMetrics().height() * 12)
        self.add_field("people", self.tr("&People"), self.list)
        self.list.setFocus()

    def make(self) -> Roster:
        ticked = _checked(self.list)
        # Those already on the month keep their place; the newly ticked come after them.
        kept = [p for p in self.roster.people if p in ticked]
        return self.roster.with_people(kept + [p for p in ticked if p not in kept])
