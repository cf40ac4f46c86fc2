"""What a supervisor or a manager decides on a found item's page, at its top: the disposal
proposed (who, when, how, why), a warning when an open guest's report may be this very item, and
Approve and Reject (or why this reader may not decide). The decision's form repeats the warning.

Its words are in the page's translation context ("ItemPage"), where they were first translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desk_app.services.desk import Actor
from desk_app.services.lostfound.detail import DisposalView
from desk_app.ui.common.labels import format_datetime
from desk_app.ui.lostfound.item_sections import decision_refusal, matches_warning
from desk_app.ui.lostfound.labels import disposal_method_label
from desk_app.ui.lostfound.page_base import NOTICE_STYLE
from desk_app.ui.lostfound.widgets import hide_unless, plain_button


def proposal_text(pending: DisposalView) -> str:
    return QCoreApplication.translate(
        "ItemPage", "{name} proposed on {time}: {method}. {note}"
    ).format(
        name=pending.proposed_by_name,
        time=format_datetime(pending.proposed_at),
        method=disposal_method_label(pending.method),
        note=pending.note,
    )


class DecisionBox(QWidget):
    """The proposal waiting for a decision, the warning, Approve and Reject."""

    def __init__(
        self, actor: Actor, pending: DisposalView, matches: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("decisionBox")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        waiting = QLabel(proposal_text(pending))
        waiting.setObjectName("pendingDisposal")
        waiting.setTextFormat(Qt.TextFormat.PlainText)
        waiting.setWordWrap(True)
        waiting.setStyleSheet(NOTICE_STYLE)
        layout.addWidget(waiting)
        self.matches_warning: QLabel | None = None
        if matches:
            self.matches_warning = matches_warning(matches)
            layout.addWidget(self.matches_warning)
        row = QHBoxLayout()
        self.approve_button = plain_button(
            QCoreApplication.translate("ItemPage", "Approve…"), "approveButton"
        )
        self.reject_button = plain_button(
            QCoreApplication.translate("ItemPage", "Reject…"), "rejectButton"
        )
        refusal = decision_refusal(actor, pending)
        self.approval_note = QLabel(refusal)
        self.approval_note.setObjectName("approvalNote")
        self.approval_note.setWordWrap(True)
        hide_unless(self.approval_note, bool(refusal))
        for button in (self.approve_button, self.reject_button):
            button.setEnabled(not refusal)
            button.setToolTip(refusal)
            row.addWidget(button)
        row.addWidget(self.approval_note, 1)
        if not refusal:
            row.addStretch(1)
        layout.addLayout(row)
