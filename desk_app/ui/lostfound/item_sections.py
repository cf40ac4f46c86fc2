"""The parts of a found item's page that only show what the record holds: the return's facts and
the claimant's signature, the guests' reports linked to the item, the disposal history, why the
reader may not decide a proposed disposal, and the warning that an open report may be the item.

Their words are in the page's translation context ("ItemPage"), where they were first translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QTableWidget

from desk_app.domain.roles import Capability, can
from desk_app.services.desk import Actor
from desk_app.services.lostfound.detail import DisposalView, ItemDetail, ReturnView
from desk_app.ui.common.labels import format_datetime
from desk_app.ui.lostfound.labels import decision_label, disposal_method_label, report_state_label
from desk_app.ui.lostfound.widgets import (
    fit_table,
    form_layout,
    identity_text,
    make_table,
    reach_text,
    table_cell,
    time_range,
    two_lines,
    value_label,
)


def returned_facts(ret: ReturnView) -> QFormLayout:
    """Who took the item back, how they were identified, and who gave it to them."""
    form = form_layout()
    form.addRow(
        QCoreApplication.translate("ItemPage", "Claimant"),
        value_label(ret.claimant_name, "returnedName"),
    )
    if ret.claimant_contact:
        form.addRow(
            QCoreApplication.translate("ItemPage", "Contact"), value_label(ret.claimant_contact)
        )
    form.addRow(
        QCoreApplication.translate("ItemPage", "Identity checked"),
        value_label(identity_text(ret.id_document, ret.id_last_four), "returnedIdentity"),
    )
    form.addRow(
        QCoreApplication.translate("ItemPage", "Returned by"),
        value_label(
            QCoreApplication.translate("ItemPage", "{name} at {station}, {time}").format(
                name=ret.returned_by_name,
                station=ret.station,
                time=format_datetime(ret.returned_at),
            ),
            "returnedBy",
        ),
    )
    return form


def claimant_signature(png: bytes) -> QLabel:
    """The claimant's signature on white, as large as a slip's."""
    signature = QLabel()
    signature.setObjectName("returnedSignature")
    signature.setFrameShape(QFrame.Shape.StyledPanel)
    signature.setStyleSheet("background: white;")
    signature.setAlignment(Qt.AlignmentFlag.AlignCenter)
    pixmap = QPixmap()
    pixmap.loadFromData(png)
    if not pixmap.isNull():
        pixmap = pixmap.scaled(
            QSize(300, 110),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        signature.setPixmap(pixmap)
    signature.setFixedSize(320, 124)
    signature.setToolTip(QCoreApplication.translate("ItemPage", "The claimant's signature"))
    return signature


def linked_reports_table(detail: ItemDetail) -> QTableWidget:
    table = make_table(
        [
            QCoreApplication.translate("ItemPage", "Report"),
            QCoreApplication.translate("ItemPage", "Guest"),
            QCoreApplication.translate("ItemPage", "Lost"),
            QCoreApplication.translate("ItemPage", "State"),
            QCoreApplication.translate("ItemPage", "Description"),
        ],
        "linkedReports",
    )
    for r in detail.reports:
        row = table.rowCount()
        table.insertRow(row)
        for column, text in enumerate(
            (
                f"#{r.num}",
                two_lines(r.guest_name, reach_text(r)),
                two_lines(time_range(r.lost_from, r.lost_until), r.lost_place),
                report_state_label(r.state),
                " ".join(r.description.split()),
            )
        ):
            table.setItem(row, column, table_cell(text))
    fit_table(table, (1, 4))
    return table


def disposal_history_table(detail: ItemDetail) -> QTableWidget:
    table = make_table(
        [
            QCoreApplication.translate("ItemPage", "Proposed"),
            QCoreApplication.translate("ItemPage", "Method"),
            QCoreApplication.translate("ItemPage", "Note"),
            QCoreApplication.translate("ItemPage", "Decision"),
            QCoreApplication.translate("ItemPage", "Decision note"),
        ],
        "disposalHistory",
    )
    for d in detail.disposals:
        row_index = table.rowCount()
        table.insertRow(row_index)
        decided = ""
        if d.decided_by_name:
            decided = QCoreApplication.translate("ItemPage", "{name}, {time}").format(
                name=d.decided_by_name, time=format_datetime(d.decided_at)
            )
        for column, text in enumerate(
            (
                two_lines(format_datetime(d.proposed_at), d.proposed_by_name),
                disposal_method_label(d.method),
                " ".join(d.note.split()),
                two_lines(decision_label(d.decision), decided),
                " ".join((d.decision_note or "").split()),
            )
        ):
            table.setItem(row_index, column, table_cell(text))
    fit_table(table, (2, 4))
    return table


def decision_refusal(actor: Actor, pending: DisposalView) -> str:
    """Why this reader may not decide, in words; empty when they may."""
    supervisor = can(actor.role, Capability.APPROVE_DISPOSAL)
    if pending.proposed_by_id == actor.id:
        if supervisor:
            return QCoreApplication.translate(
                "ItemPage",
                "You proposed this disposal: another supervisor or a manager must approve it.",
            )
        return QCoreApplication.translate(
            "ItemPage", "You proposed this disposal: a supervisor or a manager must approve it."
        )
    if not supervisor:
        return QCoreApplication.translate(
            "ItemPage", "A supervisor or a manager approves or rejects this disposal."
        )
    return ""


WARNING_STYLE = (
    "background: #fff4e5; border: 1px solid #f0a040; border-radius: 3px; padding: 6px;"
    " color: #8a4b00; font-weight: bold;"
)


def matches_warning(count: int) -> QLabel:
    """An open guest's report may be this item: whoever approves its disposal is told first."""
    label = QLabel(
        QCoreApplication.translate(
            "ItemPage",
            "Open reports of a lost item that may be this one: {count}. A guest may still come "
            "for it: look at the reports before approving its disposal.",
        ).format(count=count)
    )
    label.setObjectName("matchesWarning")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet(WARNING_STYLE)
    return label
