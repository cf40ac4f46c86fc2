"""The end of a handover sheet: the signatures and the seal.

A place for each meaning of a signature, in signing order: headed by what the signature means
("Handed over"), the signer's drawn signature scaled into its box with name, role and time under
it; while it is missing, headed by whose signature goes there ("Outgoing clerk's signature"),
never as if done, over an empty box. Then the seal: its 64 hex digits in groups, the journal
entry and hash it was made at, the time of sealing, and a QR code of
``DUTYDESK-SEAL:<number>:<seal>`` (:func:`seal_payload`). Only the sheet has these (the duty
report is not signed), so they live apart from the page furniture in
:mod:`desk_app.reports.handover.pdf`, which re-exports :data:`SEAL_QR_PREFIX` and
:func:`seal_payload`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import tzinfo

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from desk_app.domain.handover.rules import HandoverSheet, HandoverState, Meaning, Signer
from desk_app.domain.seal_text import SEAL_QR_PREFIX
from desk_app.reports.handover.pdf_style import _GREY, _L, _PORTRAIT, _frame_width, _para, _Styles
from desk_app.reports.pdf_parts import layout_style, signature_image
from desk_app.reports.tables import coded_text, time_text

__all__ = ["seal_payload"]

_QR_SIZE = 32 * mm
_QR_LEVEL = "M"
_QR_QUIET_MODULES = 4


# --- signatures --------------------------------------------------------------------------------


def _slots(signers: Sequence[Signer]) -> list[tuple[Meaning, Signer | None]]:
    """One place per meaning, in signing order, empty until signed; any further signer after."""
    slots: list[tuple[Meaning, Signer | None]] = []
    rest = list(signers)
    for meaning in Meaning:
        signer = next((g for g in rest if g.meaning is meaning), None)
        if signer is not None:
            rest.remove(signer)
        slots.append((meaning, signer))
    slots += [(g.meaning, g) for g in rest]
    return slots


def _signatures(
    sheet: HandoverSheet, st: _Styles, labels: Mapping[str, str] | None, tz: tzinfo | None
) -> Table:
    width = _frame_width(_PORTRAIT)
    gap = 10 * mm
    col_w = (width - gap) / 2
    box_h = 28 * mm
    cells = []
    for meaning, signer in _slots(sheet.signers):
        # A place still to be signed says whose signature goes there ("交班人签名"), not what
        # a signature there would mean ("已交班"): a sheet not signed must not read as done.
        key = f"meaning:{meaning.value}" if signer is not None else f"to_sign:{meaning.value}"
        caption = _para(_L(labels, key), st.meaning, bold=True)
        if signer is None:
            picture: object = _para(_L(labels, "not_signed"), st.unsigned)
            who = [_para("", st.value)]
        else:
            picture = signature_image(signer.png, col_w - 8 * mm, box_h - 6 * mm) or ""
            who = [
                _para(signer.name, st.value),
                _para(f"{_L(labels, 'role')}: {coded_text(labels, 'role', signer.role)}", st.small),
                _para(f"{_L(labels, 'signed_at')}: {time_text(signer.at, tz, labels)}", st.small),
            ]
        box = Table([[picture]], colWidths=[col_w], rowHeights=[box_h])
        box.setStyle(
            layout_style(
                ("BOX", (0, 0), (-1, -1), 0.75, _GREY),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            )
        )
        cells.append([caption, Spacer(1, 1.5 * mm), box, Spacer(1, 1.5 * mm), *who])
    rows = []
    for i in range(0, len(cells), 2):
        pair = cells[i : i + 2]
        rows.append([pair[0], "", pair[1] if len(pair) > 1 else ""])
    table = Table(rows, colWidths=[col_w, gap, col_w], hAlign="LEFT")
    table.setStyle(layout_style(("BOTTOMPADDING", (0, 0), (-1, -2), 5 * mm)))
    return table


# --- seal --------------------------------------------------------------------------------------


def seal_payload(sheet: HandoverSheet) -> str:
    """What the seal's QR code holds: ``DUTYDESK-SEAL:<number>:<seal>`` (ASCII)."""
    if not sheet.seal:
        raise ValueError("the sheet is not sealed")
    payload = f"{SEAL_QR_PREFIX}:{sheet.number}:{sheet.seal}"
    if not payload.isascii() or not payload.isprintable():
        raise ValueError(f"a seal is hex digits, not {sheet.seal!r}")
    return payload


def _qr_drawing(value: str, size: float) -> Drawing:
    widget = QrCodeWidget(
        value, barLevel=_QR_LEVEL, barBorder=_QR_QUIET_MODULES, barWidth=size, barHeight=size
    )
    drawing = Drawing(size, size)
    drawing.add(widget)
    return drawing


def _grouped(digest: str, group: int = 8, per_line: int = 4) -> str:
    """Hex in groups of ``group``, ``per_line`` groups a line: easy to read out and compare."""
    groups = [digest[i : i + group] for i in range(0, len(digest), group)]
    lines = [" ".join(groups[i : i + per_line]) for i in range(0, len(groups), per_line)]
    return "\n".join(lines)


def _seal_block(
    sheet: HandoverSheet, st: _Styles, labels: Mapping[str, str] | None, tz: tzinfo | None
) -> Table:
    width = _frame_width(_PORTRAIT)

    def L(key: str) -> str:  # noqa: N802
        return _L(labels, key)

    if not sheet.seal or sheet.state is not HandoverState.SEALED:
        text = [_para(L("seal"), st.caption), _para(L("not_sealed"), st.banner, bold=True)]
        block = Table([[text]], colWidths=[width], hAlign="LEFT")
        block.setStyle(_seal_style())
        return block
    text: list[Flowable] = [
        _para(L("seal"), st.caption),
        Spacer(1, 1 * mm),
        _para(_grouped(sheet.seal), st.seal),
        Spacer(1, 1 * mm),
        _para(L("seal_note"), st.small),
        Spacer(1, 2.5 * mm),
    ]
    facts = []
    if sheet.sealed_at is not None:
        facts.append(f"{L('sealed_at')}: {time_text(sheet.sealed_at, tz, labels)}")
    if sheet.journal_seq is not None:
        facts.append(f"{L('journal_seq')}: {sheet.journal_seq}")
    if facts:
        text.append(_para("   ·   ".join(facts), st.value))
    if sheet.journal_hash:
        text += [
            Spacer(1, 1 * mm),
            _para(f"{L('journal_hash')}: {sheet.journal_hash}", st.hash),
        ]
    qr = _qr_drawing(seal_payload(sheet), _QR_SIZE)
    block = Table([[text, qr]], colWidths=[width - _QR_SIZE - 4 * mm, _QR_SIZE + 4 * mm])
    block.hAlign = "LEFT"
    block.setStyle(_seal_style(("VALIGN", (1, 0), (1, 0), "MIDDLE")))
    return block


def _seal_style(*extra: tuple) -> TableStyle:
    return TableStyle(
        [
            ("BOX", (0, 0), (-1, -1), 0.75, _GREY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            *extra,
        ]
    )
