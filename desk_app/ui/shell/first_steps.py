"""Help → First steps…: what a new book still needs, a line a step, each opening where it is
done and ticked once it is.

Shown by itself after a manager signs in while a step is not done, unless "Don't show again"
was chosen for this book on this station; always from the Help menu. The ticks are read from the
book (``services.first_steps``) when the list opens, when a step's dialog closes and whenever
Changes arrive — so a step done from its own menu, or at another station, is ticked too.

Most steps change the book's settings, which only a manager may: a supervisor or clerk who opens
the list sees what is still to do (to tell the manager) with those lines greyed, and it never
opens by itself for them — a list they cannot act on would only be in the way at sign-in. The
label printer is this station's own choice, open to anyone who prints tags.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
)

from desk_app.domain.roles import Capability, can
from desk_app.services import first_steps as steps_service
from desk_app.services.changes import Changes
from desk_app.services.first_steps import StepKey
from desk_app.ui.common.errors import run_op
from desk_app.ui.lostfound.label_printer import chosen_label_printer, open_label_printer

if TYPE_CHECKING:
    from desk_app.ui.shell.main_window import MainWindow

DISMISSED_PREF = "first_steps_dismissed"  # {database url: True}, on this station
DONE_STYLE = "color: #2e7d32; font-size: 16pt; font-weight: bold;"
TODO_STYLE = "color: #9e9e9e; font-size: 16pt;"
STEP_STYLE = "text-align: left; padding: 4px 8px; font-weight: bold;"


class FirstStepsDialog(QDialog):
    """The list; not modal, so the window stays usable beside it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.setObjectName("firstStepsDialog")
        self.setWindowTitle(self.tr("First steps"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.manager = can(window.actor.role, Capability.CHANGE_SETTINGS)
        intro = QLabel(
            self.tr(
                "A new duty book. Set up these few things before the desk starts work: each "
                "line opens where it is done and is ticked once it is. This list opens again "
                "from Help → First steps…"
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if not self.manager:
            note = QLabel(self.tr("Only a manager can set up the greyed lines."))
            note.setObjectName("firstStepsManagerOnly")
            note.setWordWrap(True)
            layout.addWidget(note)
        # A line a step: the tick, the step's button, and under it what the step is (a label
        # that wraps: a command link button's own description was cut off when it wrapped).
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(10)
        self.ticks: dict[StepKey, QLabel] = {}
        self.buttons: dict[StepKey, QPushButton] = {}
        self.descriptions: dict[StepKey, QLabel] = {}
        for index, (key, (title, description)) in enumerate(self._texts().items()):
            tick = QLabel()
            tick.setObjectName(f"firstStepTick_{key.value}")
            tick.setAlignment(Qt.AlignmentFlag.AlignCenter)
            tick.setMinimumWidth(28)
            button = QPushButton(title)
            button.setObjectName(f"firstStep_{key.value}")
            button.setStyleSheet(STEP_STYLE)
            button.setEnabled(self.manager or key is StepKey.LABEL_PRINTER)
            button.clicked.connect(lambda _=False, k=key: self.open_step(k))
            words = QLabel(description)
            words.setWordWrap(True)
            words.setContentsMargins(8, 0, 0, 6)
            words.setEnabled(button.isEnabled())
            grid.addWidget(tick, 2 * index, 0)
            grid.addWidget(button, 2 * index, 1)
            grid.addWidget(words, 2 * index + 1, 1)
            self.ticks[key], self.buttons[key], self.descriptions[key] = tick, button, words
        layout.addLayout(grid)
        box = QDialogButtonBox()
        self.dismiss_button = box.addButton(
            self.tr("Don't show again"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.dismiss_button.setObjectName("firstStepsDismiss")
        self.dismiss_button.setToolTip(
            self.tr("Not shown by itself at sign-in any more; Help → First steps… still opens it")
        )
        self.dismiss_button.clicked.connect(self.dismiss)
        self.dismiss_button.setVisible(self.manager)
        close = box.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.close)
        layout.addWidget(box)
        window.changes_applied.connect(self._changes)
        self.finished.connect(lambda _r: window.changes_applied.disconnect(self._changes))
        self.steps: list[steps_service.Step] = []
        self.refresh()
        # As big as its content: the lines do not grow, and a bigger dialog only left gaps.
        intro.setMinimumWidth(540)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)

    def _texts(self) -> dict[StepKey, tuple[str, str]]:
        return {
            StepKey.PROPERTY: (
                self.tr("Name the property"),
                self.tr("The hotel's name, printed at the top of every handover sheet."),
            ),
            StepKey.PEOPLE: (
                self.tr("Add clerks and supervisors"),
                self.tr("Everyone who works at the desk signs in with their own name and PIN."),
            ),
            StepKey.SHIFTS: (
                self.tr("Shift starts and counted items"),
                self.tr("When the shifts change, and what is counted at each handover."),
            ),
            StepKey.LOSTFOUND: (
                self.tr("Lost-and-found categories"),
                self.tr("The kinds of found items, and how long each is kept."),
            ),
            StepKey.KEYS: (
                self.tr("The key register"),
                self.tr("The keys the desk lends, each with its hook on the board."),
            ),
            StepKey.LABEL_PRINTER: (
                self.tr("The label printer"),
                self.tr("The printer and labels this station prints found items' tags on."),
            ),
            StepKey.SECOND_BACKUP: (
                self.tr("A second backup folder"),
                self.tr("Another disk or a USB stick every backup is copied to."),
            ),
        }

    def refresh(self) -> None:
        window = self._window
        steps = run_op(
            self,
            lambda: steps_service.first_steps(
                window.desk,
                window.actor,
                label_printer_chosen=chosen_label_printer() is not None,
            ),
        )
        if steps is None:
            return
        self.steps = steps
        shown = {step.key: step.done for step in steps}
        for key, tick in self.ticks.items():
            visible = key in shown
            tick.setVisible(visible)
            self.buttons[key].setVisible(visible)
            self.descriptions[key].setVisible(visible)
            done = shown.get(key, False)
            tick.setText("✓" if done else "○")
            tick.setStyleSheet(DONE_STYLE if done else TODO_STYLE)
            tick.setToolTip(self.tr("Done") if done else self.tr("Not done yet"))
            tick.setAccessibleName(tick.toolTip())

    def _changes(self, changes: Changes) -> None:
        if changes.touches("settings", "people", "keys"):
            self.refresh()

    def open_step(self, key: StepKey) -> None:
        """The step's own dialog, as its menu opens it; the list read again when it closes."""
        self._actions()[key]()
        if self.isVisible():
            self.refresh()

    def _actions(self) -> dict[StepKey, Callable[[], object]]:
        from desk_app.ui.shell.backups_dialog import open_backups

        window = self._window
        return {
            StepKey.PROPERTY: window.handover.show_settings,
            StepKey.PEOPLE: window.show_people,
            StepKey.SHIFTS: window.handover.show_settings,
            StepKey.LOSTFOUND: window.lostfound.show_settings,
            StepKey.KEYS: window.keys.show_key_register,
            StepKey.LABEL_PRINTER: lambda: open_label_printer(window),
            StepKey.SECOND_BACKUP: lambda: open_backups(window),
        }

    def dismiss(self) -> None:
        prefs = self._window.prefs
        prefs.set(DISMISSED_PREF, {**prefs.get(DISMISSED_PREF, {}), self._window.desk.url: True})
        self.close()


def open_first_steps(window: MainWindow) -> FirstStepsDialog | None:
    """Help → First steps…: the list, or the one already open brought to the front."""
    if window.locked:
        return None
    shown = [d for d in window.findChildren(FirstStepsDialog) if d.isVisible()]
    dialog = shown[0] if shown else FirstStepsDialog(window)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def offer_first_steps(window: MainWindow) -> FirstStepsDialog | None:
    """After a manager signs in: the list, while a step is not done and it was not dismissed
    for this book on this station."""
    if not can(window.actor.role, Capability.CHANGE_SETTINGS):
        return None
    if window.prefs.get(DISMISSED_PREF, {}).get(window.desk.url):
        return None
    steps = run_op(
        window,
        lambda: steps_service.first_steps(
            window.desk, window.actor, label_printer_chosen=chosen_label_printer() is not None
        ),
    )
    if steps is None or steps_service.all_done(steps):
        return None
    return open_first_steps(window)
