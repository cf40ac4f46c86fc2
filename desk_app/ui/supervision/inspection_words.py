"""An inspection's words in the language in force (the window's, or the printout's while the
export bar builds it): the head line, each item's answer and correction, the acknowledgement.
One place for the record's page on screen and its PDF."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.domain.supervision.inspection import Acknowledgement, Answer
from desk_app.reports.supervision.inspection_pdf import InspectionRow, InspectionSheet
from desk_app.services.supervision.inspection_views import InspectionView
from desk_app.ui.common.labels import format_datetime
from desk_app.ui.supervision.labels import ack_label, item_label, kind_label, result_label


def title_text(view: InspectionView) -> str:
    return QCoreApplication.translate("InspectionDetailDialog", "Inspection No. {num}").format(
        num=view.num
    )


def head_text(view: InspectionView) -> str:
    return QCoreApplication.translate(
        "InspectionDetailDialog",
        "{kind}, {at}, at {station}. Inspected by {inspector}; clerks: {clerks}.",
    ).format(
        kind=kind_label(view.kind),
        at=format_datetime(view.at),
        station=view.station,
        inspector=view.inspector_name,
        clerks=", ".join(view.clerk_names),
    )


def headings() -> tuple[str, str, str, str, str]:
    return (
        QCoreApplication.translate("InspectionDetailDialog", "Item"),
        QCoreApplication.translate("InspectionDetailDialog", "Answer"),
        QCoreApplication.translate("InspectionDetailDialog", "Note"),
        QCoreApplication.translate("InspectionDetailDialog", "Cause"),
        QCoreApplication.translate("InspectionDetailDialog", "Correction"),
    )


def answer_text(answer: Answer) -> str:
    if answer.score is not None:
        return QCoreApplication.translate("InspectionDetailDialog", "{score} of 5").format(
            score=answer.score
        )
    return result_label(answer.result) if answer.result is not None else ""


def correction_text(view: InspectionView, answer: Answer) -> str:
    correction = next((c for c in view.corrections if c.item_code == answer.code), None)
    if correction is None:
        return answer.correction
    if correction.closed_at:
        return QCoreApplication.translate(
            "InspectionDetailDialog", "{text} ({owner}, by {due}; done {at})"
        ).format(
            text=answer.correction,
            owner=correction.owner_name,
            due=format_datetime(correction.due_at),
            at=format_datetime(correction.closed_at),
        )
    return QCoreApplication.translate(
        "InspectionDetailDialog", "{text} ({owner}, by {due}; open)"
    ).format(
        text=answer.correction,
        owner=correction.owner_name,
        due=format_datetime(correction.due_at),
    )


def item_text(view: InspectionView, number: int, answer: Answer) -> str:
    item = view.checklist.item(answer.code)
    return f"{number}. {item_label(item) if item is not None else answer.code}"


def comment_text(view: InspectionView) -> str:
    if not view.comment:
        return ""
    return QCoreApplication.translate("InspectionDetailDialog", "Comment: {text}").format(
        text=view.comment
    )


def ack_text(view: InspectionView, *, with_seal: bool = True) -> str:
    if view.ack_state is Acknowledgement.PENDING:
        return ack_label(view.ack_state)
    text = QCoreApplication.translate("InspectionDetailDialog", "{state} by {name}, {at}.").format(
        state=ack_label(view.ack_state), name=view.ack_by_name, at=format_datetime(view.ack_at)
    )
    if view.ack_remark:
        text = QCoreApplication.translate(
            "InspectionDetailDialog", "{text} Remark: {remark}"
        ).format(text=text, remark=view.ack_remark)
    if with_seal and view.seal:
        text = QCoreApplication.translate("InspectionDetailDialog", "{text}\nSeal: {seal}").format(
            text=text, seal=view.seal
        )
    return text


def inspection_sheet(view: InspectionView, labels: dict[str, str]) -> InspectionSheet:
    """The record for its PDF, in the language in force; ``labels`` the footer's words."""
    item, answer, note, cause, correction = headings()
    rows = []
    for number, a in enumerate(view.answers, start=1):
        both = " · ".join(t for t in (a.cause, correction_text(view, a)) if t)
        rows.append(
            InspectionRow(
                number,
                item_text(view, number, a).split(". ", 1)[1],
                answer_text(a),
                a.note,
                both,
                a.failed,
            )
        )
    seal = (
        QCoreApplication.translate("InspectionDetailDialog", "{text}\nSeal: {seal}")
        .format(text="", seal=view.seal)
        .strip()
        if view.seal
        else ""
    )
    return InspectionSheet(
        title=title_text(view),
        subtitle=head_text(view),
        state=ack_label(view.ack_state),
        headings=(item, answer, note, f"{cause} · {correction}"),
        rows=tuple(rows),
        comment=comment_text(view),
        acknowledgement=ack_text(view, with_seal=False),
        seal=seal,
        footer=f"{view.station} · {title_text(view)}",
        labels=labels,
    )
