"""The inspected clerk's answer to an inspection, at the supervisor's window: the record read to
them (what failed, the corrections asked, by whom and when), then their own PIN to acknowledge,
or a remark and their PIN to decline. Either seals the record; both print. "Later" leaves it
waiting (the inspections' list offers it again)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from desk_app.domain.supervision.inspection import Acknowledgement
from desk_app.services.desk import Actor, Desk
from desk_app.services.supervision import inspections
from desk_app.services.supervision.inspection_views import InspectionView
from desk_app.ui.common.forms import FormDialog
from desk_app.ui.common.labels import format_datetime
from desk_app.ui.common.write_op import write_op
from desk_app.ui.supervision.labels import item_label, kind_label


def inspection_summary(view: InspectionView) -> str:
    """What the clerk is asked to acknowledge, in the reader's language."""
    lines = [
        QCoreApplication.translate(
            "AcknowledgeDialog", "No. {num}, {kind}, {at}, by {inspector}."
        ).format(
            num=view.num,
            kind=kind_label(view.kind),
            at=format_datetime(view.at),
            inspector=view.inspector_name,
        )
    ]
    failed = [
        (n, view.checklist.item(a.code), a) for n, a in enumerate(view.answers, start=1) if a.failed
    ]
    if not failed:
        lines.append(QCoreApplication.translate("AcknowledgeDialog", "Every item passed."))
    for number, item, answer in failed:
        lines.append(
            QCoreApplication.translate(
                "AcknowledgeDialog", "{number}. {item}: {cause} → {correction}"
            ).format(
                number=number,
                item=item_label(item) if item is not None else answer.code,
                cause=answer.cause,
                correction=answer.correction,
            )
        )
    return "\n".join(lines)


class AcknowledgeDialog(FormDialog):
    def __init__(
        self, desk: Desk, actor: Actor, view: InspectionView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk, self.actor, self.view = desk, actor, view
        self.done_view: InspectionView | None = None
        self.setObjectName("acknowledgeDialog")
        self.setWindowTitle(self.tr("Acknowledge the inspection"))
        self.set_intro(
            self.tr(
                "{summary}\n\nThe clerk inspected acknowledges with their own PIN, or declines saying why."
            ).format(summary=inspection_summary(view))
        )
        self.clerk = QComboBox()
        self.clerk.setObjectName("ackClerk")
        for person_id, name in zip(view.clerk_ids, view.clerk_names, strict=True):
            self.clerk.addItem(name, person_id)
        self.pin = QLineEdit()
        self.pin.setObjectName("ackPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.remark = QPlainTextEdit()
        self.remark.setObjectName("ackRemark")
        self.remark.setTabChangesFocus(True)
        self.remark.setFixedHeight(self.remark.fontMetrics().lineSpacing() * 3 + 12)
        self.remark.setPlaceholderText(self.tr("Only to decline: why"))
        self.add_field("clerks", self.tr("&Clerk:"), self.clerk)
        self.add_field("pin", self.tr("Their &PIN:"), self.pin)
        self.add_field("remark", self.tr("&Remark:"), self.remark)
        self.buttons.clear()
        self.ack_button = QPushButton(self.tr("&Acknowledge"))
        self.ack_button.setObjectName("ackButton")
        self.ack_button.setDefault(True)
        self.decline_button = QPushButton(self.tr("&Decline…"))
        self.decline_button.setObjectName("declineButton")
        self.later_button = QPushButton(self.tr("&Later"))
        self.later_button.setObjectName("laterButton")
        for button in (self.ack_button, self.decline_button, self.later_button):
            self.buttons.addButton(button, self.buttons.ButtonRole.ActionRole)
        self.ack_button.clicked.connect(lambda: self.answer(Acknowledgement.ACKNOWLEDGED))
        self.decline_button.clicked.connect(lambda: self.answer(Acknowledgement.DECLINED))
        self.later_button.clicked.connect(self.reject)
        self.resize(620, self.height())
        self.pin.setFocus()

    def submit(self) -> None:
        self.answer(Acknowledgement.ACKNOWLEDGED)

    def answer(self, state: Acknowledgement) -> InspectionView | None:
        clerk_id, pin = self.clerk.currentData(), self.pin.text()
        if state is Acknowledgement.ACKNOWLEDGED:

            def call():
                return inspections.acknowledge(
                    self.desk, self.actor, self.view.id, clerk_id=clerk_id, pin=pin
                )
        else:

            def call():
                return inspections.decline(
                    self.desk,
                    self.actor,
                    self.view.id,
                    clerk_id=clerk_id,
                    pin=pin,
                    remark=self.remark.toPlainText(),
                )

        self.pin.clear()
        self.done_view = write_op(self, call).failure(self.show_error).run()
        if self.done_view is not None:
            self.accept()
        return self.done_view
