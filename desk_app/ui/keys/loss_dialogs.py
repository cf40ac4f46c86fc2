"""A key taken off the board other than on loan, and put back: reporting it lost or damaged, and
restoring it to its hook. The two forms mirror each other (a reason each, built the same way),
so they live together, apart from the everyday issuing form.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from desk_app.domain.keys import KeyState, Movement, normalize_code
from desk_app.domain.roles import Capability, can
from desk_app.services.desk import Actor, Desk
from desk_app.services.keys import commands as keys_commands
from desk_app.services.keys import views as keys_views
from desk_app.ui.common.errors import run_op
from desk_app.ui.keys.forms import _KeyForm, fit_width


def _reason_edit(name: str, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
    return edit


class ReportKeyDialog(_KeyForm):
    """A key lost or damaged: off the board, with the reason; the duty log gets an incident."""

    def __init__(self, desk: Desk, actor: Actor, code: str, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.setObjectName("reportKeyDialog")
        self._code = normalize_code(code)
        key = run_op(self, lambda: keys_views.find_key(desk, actor, code))
        self.setWindowTitle(self.tr("Report key {code}").format(code=self._code))
        if key is not None:
            text = self.tr("{code} — {label}, hook {hook}.").format(
                code=key.code, label=key.label, hook=key.hook
            )
            if key.state is KeyState.OUT:
                text = self.tr("{key} Out with {holder}.").format(
                    key=text, holder=key.holder_name or "—"
                )
            self.set_intro(text)
        self.lost = QRadioButton(self.tr("&Lost"))
        self.lost.setObjectName("keyLost")
        self.damaged = QRadioButton(self.tr("&Damaged"))
        self.damaged.setObjectName("keyDamaged")
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.lost)
        self.kind_group.addButton(self.damaged)
        self.lost.setChecked(True)
        kinds = QWidget()
        kinds_layout = QHBoxLayout(kinds)
        kinds_layout.setContentsMargins(0, 0, 0, 0)
        kinds_layout.addWidget(self.lost)
        kinds_layout.addWidget(self.damaged)
        kinds_layout.addStretch(1)
        self.add_field("kind", self.tr("What happened"), kinds)
        self.reason = self.add_field(
            "reason",
            self.tr("Reason"),
            _reason_edit("keyReportReason", self.tr("Where, when, how. Ctrl+Enter saves.")),
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Take off the board")
        )
        fit_width(self, 520)
        self.reason.setFocus()

    def kind(self) -> str:
        return Movement.DAMAGED.value if self.damaged.isChecked() else Movement.LOST.value

    def submit(self) -> None:
        self._done(
            self._write(
                lambda: keys_commands.report_key(
                    self._desk,
                    self._actor,
                    self._code,
                    self.kind(),
                    self.reason.toPlainText(),
                )
            )
        )


class RestoreKeyDialog(_KeyForm):
    """A lost key found or a damaged one repaired: back on its hook (a supervisor's call)."""

    def __init__(self, desk: Desk, actor: Actor, code: str, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.setObjectName("restoreKeyDialog")
        self._code = normalize_code(code)
        key = run_op(self, lambda: keys_views.find_key(desk, actor, code))
        self.setWindowTitle(self.tr("Put key {code} back").format(code=self._code))
        if key is not None:
            self.set_intro(
                self.tr("{code} — {label} goes back on hook {hook}.").format(
                    code=key.code, label=key.label, hook=key.hook
                )
            )
        self.reason = self.add_field(
            "reason",
            self.tr("Reason"),
            _reason_edit(
                "keyRestoreReason", self.tr("Found where, or repaired how. Ctrl+Enter saves.")
            ),
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Put back on the board"))
        if not can(actor.role, Capability.REVIEW_LOG):
            self.form.addRow(
                "", QLabel(self.tr("Only a supervisor or the manager can put a key back."))
            )
            ok.setEnabled(False)
        fit_width(self, 520)
        self.reason.setFocus()

    def submit(self) -> None:
        self._done(
            self._write(
                lambda: keys_commands.restore_key(
                    self._desk,
                    self._actor,
                    self._code,
                    self.reason.toPlainText(),
                )
            )
        )


class RetireKeyDialog(_KeyForm):
    """A key taken off the register for good (the manager's): final for the board, so the
    reason is asked, and the key's history keeps it."""

    def __init__(self, desk: Desk, actor: Actor, code: str, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.setObjectName("retireKeyDialog")
        self._code = normalize_code(code)
        key = run_op(self, lambda: keys_views.find_key(desk, actor, code))
        self.setWindowTitle(self.tr("Retire key {code}").format(code=self._code))
        if key is not None:
            self.set_intro(
                self.tr(
                    "{code} — {label} leaves the register and hook {hook} is freed. It cannot "
                    "be issued again unless it is brought back; its history stays."
                ).format(code=key.code, label=key.label, hook=key.hook)
            )
        self.reason = self.add_field(
            "reason",
            self.tr("Reason"),
            _reason_edit(
                "keyRetireReason",
                self.tr("Worn out, replaced, the lock changed… Ctrl+Enter saves."),
            ),
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Retire the key"))
        fit_width(self, 520)
        self.reason.setFocus()

    def submit(self) -> None:
        self._done(
            self._write(
                lambda: keys_commands.retire_key(
                    self._desk, self._actor, self._code, self.reason.toPlainText()
                )
            )
        )
