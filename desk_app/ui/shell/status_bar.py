"""The main window's status bar: who and where, the journal anchor, and what is overdue.

Every item has a full text and a short one, its details in a tooltip. The bar shows the full
texts when they fit its width and shortens items one by one (the longest first) when they do
not, so that on a counter's 1366 px screen no item is cut off in any language, however long its
translation ("…11 awaiting approv", "(Адм" were seen before).

The strings stay in the "MainWindow" context they were translated in when the bar was part of the
window: written out as ``QCoreApplication.translate("MainWindow", "...")`` for lupdate.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from desk_app.domain.value import Value
from desk_app.services.complaints import views as complaints_views
from desk_app.services.desk import Actor, Desk
from desk_app.services.keys import views as keys_views
from desk_app.services.log import views as log_views
from desk_app.services.lostfound import views as lostfound_views
from desk_app.ui.common.errors import run_op
from desk_app.ui.common.forms import OVERDUE_STYLE
from desk_app.ui.common.labels import role_label
from desk_app.ui.shell.anchor_status import AnchorStatus

# QStatusBar's own layout: 6 px between items, a 2 px lead; a little slack for rounding.
_SPACING = 6
_SLACK = 12


class StatusCounts(Value):
    """What the bar counts; the window titles its docks from the same figures."""

    follow_ups_overdue: int
    complaints_overdue: int
    keys_overdue: int
    lostfound_due: int
    lostfound_pending: int


class StatusItem(QLabel):
    """A status-bar label with a full and a short text; the tooltip says it in full."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setContentsMargins(6, 0, 12, 0)
        self.full_text = ""
        self.short_text = ""
        self.compact = False

    def set_texts(self, full: str, short: str, tooltip: str) -> None:
        self.full_text, self.short_text = full, short
        self.setToolTip(tooltip)
        self._show_text()

    def set_compact(self, compact: bool) -> None:
        self.compact = compact
        self._show_text()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        """As narrow as the short text: the full one must not hold the window wider than the
        screen (the bar shortens the text itself when the room is not there)."""
        hint = super().minimumSizeHint()
        margins = self.contentsMargins()
        short = (
            self.fontMetrics().horizontalAdvance(self.short_text)
            + margins.left()
            + margins.right()
            + 2 * self.frameWidth()
        )
        return QSize(min(hint.width(), short), hint.height())

    def _show_text(self) -> None:
        text = self.short_text if self.compact else self.full_text
        if text != self.text():
            self.setText(text)


class ClickableItem(StatusItem):
    """A status-bar item that does something when clicked (opens what it speaks of)."""

    clicked = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt name
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class DeskStatusBar(QStatusBar):
    """Station and person on the left (a reminder message covers them for a while); the anchor
    and the overdue counts on the right, always shown."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.setObjectName("deskStatusBar")
        self.station = StatusItem("statusStation")
        self.station.set_texts(
            QCoreApplication.translate("MainWindow", "Station: {station}").format(
                station=desk.station
            ),
            desk.station,
            QCoreApplication.translate(
                "MainWindow", "This counter: {station}. Every record written here carries its name."
            ).format(station=desk.station),
        )
        self.person = StatusItem("statusPerson")
        self.person.set_texts(
            QCoreApplication.translate("MainWindow", "{name} ({role})").format(
                name=actor.name, role=role_label(actor.role)
            ),
            actor.name,
            QCoreApplication.translate("MainWindow", "Signed in: {name} ({role})").format(
                name=actor.name, role=role_label(actor.role)
            ),
        )
        self.follow_ups = StatusItem("statusOverdue")
        self.complaints = StatusItem("statusComplaintsOverdue")
        self.keys = StatusItem("statusKeysOverdue")
        self.lostfound = StatusItem("statusLostFound")
        self.lostfound.hide()
        self.anchor = AnchorStatus(desk)
        self.addWidget(self.station)
        self.addWidget(self.person)
        self.addPermanentWidget(self.anchor)
        self.addPermanentWidget(self.follow_ups)
        self.addPermanentWidget(self.complaints)
        self.addPermanentWidget(self.keys)
        self.addPermanentWidget(self.lostfound)
        # Shortened first to last: the longest texts first, the overdue counts last.
        self._shortening_order = (
            self.lostfound,
            self.person,
            self.station,
            self.follow_ups,
            self.complaints,
            self.keys,
        )
        self._added: list[StatusItem] = []  # other parts' items (add_item), shortened first

    def add_item(self, item: StatusItem, *, permanent: bool = False) -> None:
        """Another part's item (the roster's: who is on duty, its reminders), fitted with the
        others and shortened before them when room is short."""
        (self.addPermanentWidget if permanent else self.addWidget)(item)
        self._added.append(item)

    def items(self) -> list[QLabel]:
        return [self.station, self.person, self.anchor, *self._shortening_order[3:], self.lostfound]

    def _permanent(self) -> list[QLabel]:
        return [self.anchor, *self._shortening_order[3:], self.lostfound]

    # -- what it shows -------------------------------------------------------------------------
    def refresh(self) -> StatusCounts | None:
        """Read the counts and show them; None when one could not be read (the error was
        shown)."""
        self.anchor.refresh()
        counts = [
            run_op(self, lambda: log_views.overdue_count(self._desk)),
            run_op(self, lambda: complaints_views.overdue_count(self._desk)),
            run_op(self, lambda: keys_views.overdue_count(self._desk)),
            run_op(self, lambda: lostfound_views.due_count(self._desk)),
            run_op(self, lambda: lostfound_views.awaiting_approval_count(self._desk)),
        ]
        if any(count is None for count in counts):
            return None
        shown = StatusCounts(*counts)
        self.show_counts(shown)
        return shown

    def show_counts(self, counts: StatusCounts) -> None:
        n = counts.follow_ups_overdue
        self.follow_ups.set_texts(
            QCoreApplication.translate("MainWindow", "Overdue follow-ups: {count}").format(count=n),
            QCoreApplication.translate(
                "MainWindow", "Follow-ups: {count}", "status bar, short: overdue follow-ups"
            ).format(count=n),
            QCoreApplication.translate(
                "MainWindow", "Follow-ups past their due time: {count} (see Open items)"
            ).format(count=n),
        )
        n = counts.complaints_overdue
        self.complaints.set_texts(
            QCoreApplication.translate("MainWindow", "Overdue complaints: {count}").format(count=n),
            QCoreApplication.translate(
                "MainWindow", "Complaints: {count}", "status bar, short: overdue complaints"
            ).format(count=n),
            QCoreApplication.translate(
                "MainWindow", "Complaints whose promised reply time has passed: {count}"
            ).format(count=n),
        )
        n = counts.keys_overdue
        self.keys.set_texts(
            QCoreApplication.translate("MainWindow", "Keys overdue: {count}").format(count=n),
            QCoreApplication.translate(
                "MainWindow", "Keys: {count}", "status bar, short: overdue keys"
            ).format(count=n),
            QCoreApplication.translate(
                "MainWindow", "Keys out past their return time: {count}"
            ).format(count=n),
        )
        due, pending = counts.lostfound_due, counts.lostfound_pending
        self.lostfound.set_texts(
            QCoreApplication.translate(
                "MainWindow", "Lost and found: {due} due for disposal, {pending} awaiting approval"
            ).format(due=due, pending=pending),
            QCoreApplication.translate(
                "MainWindow", "Found: {due} due, {pending} to approve", "status bar, short"
            ).format(due=due, pending=pending),
            QCoreApplication.translate(
                "MainWindow",
                "Found items past their keeping time: {due}; disposals awaiting a supervisor's "
                "approval: {pending}",
            ).format(due=due, pending=pending),
        )
        for item, count in (
            (self.follow_ups, counts.follow_ups_overdue),
            (self.complaints, counts.complaints_overdue),
            (self.keys, counts.keys_overdue),
            (self.lostfound, counts.lostfound_due),
        ):
            item.setStyleSheet(OVERDUE_STYLE if count else "")
        self.lostfound.setVisible(bool(due or pending))
        self.fit()

    # -- fitting -------------------------------------------------------------------------------
    def needed_width(self) -> int:
        """The width the shown items take at their texts' natural size. Station and person
        count even while a message covers them: they come back when it goes."""
        others = [*self._permanent(), *self._added]
        shown = [self.station, self.person, *(w for w in others if not w.isHidden())]
        for widget in shown:
            widget.ensurePolished()  # a style sheet's bold font counts in its size hint
        grip = 0
        if self.isSizeGripEnabled():
            grip = 16
        return (
            sum(w.sizeHint().width() for w in shown) + _SPACING * (len(shown) + 1) + grip + _SLACK
        )

    def fit(self) -> None:
        """Full texts where they fit; the items shortened one by one until they do."""
        room = self.width()
        order = (*self._added, *self._shortening_order)
        for item in order:
            item.set_compact(False)
        for item in order:
            if self.needed_width() <= room:
                return
            item.set_compact(True)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self.fit()
