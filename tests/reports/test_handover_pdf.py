"""The handover sheet and the duty report as PDF, read back as a reader sees them: every section's
title and cells (Chinese and Cyrillic intact, in the embedded font), page N of M on every page,
both drawn signatures, the seal in text and as a QR code that decodes to the seal, the draft
banner on a sheet not sealed. No Qt here. The sample sheet is shared with the workbook's tests."""

from __future__ import annotations

import ctypes
import dataclasses
import io
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
import zxingcpp
from PIL import Image, ImageDraw

from desk_app.domain.errors import StorageError
from desk_app.domain.handover.rules import (
    DutyReport,
    HandoverSheet,
    HandoverState,
    Meaning,
    Section,
    Signer,
    seal_of,
    sheet_content,
)
from desk_app.reports import tables
from desk_app.reports.handover.pdf import render_handover_pdf, write_handover_pdf
from desk_app.reports.handover.pdf_signatures import seal_payload
from desk_app.reports.tables import HANDOVER_LABEL_KEYS, HANDOVER_LABELS

BEIJING = timezone(timedelta(hours=8))
# The night shift of 14-15 March 2026 in Beijing: 23:00 → 07:00 the next day.
SHIFT_START = datetime(2026, 3, 14, 15, 0, tzinfo=UTC)
SHIFT_END = datetime(2026, 3, 14, 23, 0, tzinfo=UTC)
JOURNAL_HASH = "ab" * 32

LOG_TEXTS = [
    "1205 房客人投诉空调噪音很大，已通知工程部值班人员上门检查。",
    "Гость из номера 814 просит поздний выезд до 14:00, согласовано с менеджером.",
    "Taxi booked for room 330 at 05:30 to the airport; wake-up call set for 04:45.",
    "大堂吧台灯不亮，报修单号 E-2026-118。",
    "Доставка цветов для номера 1010, хранится в камере хранения, полка 2.",
    "Fire alarm test postponed by engineering; no guest impact.",
]

LABELS_ZH_RU = {
    "section:log": "交接班日志",
    "section:follow_ups": "Открытые поручения",
    "column:time": "时间",
    "column:text": "内容",
    "column:category": "Категория",
    "category:guest": "客人",
    "category:maintenance": "Техническое",
    "empty": "无交接事项",
    "page": "第 {page} 页，共 {pages} 页",
}


def signature_png(seed: int) -> bytes:
    """A small drawn signature with a transparent ground, different for each ``seed``."""
    image = Image.new("RGBA", (360, 120), (255, 255, 255, 0))
    points = [(15 + 50 * i, 100 - ((i * 37 + seed * 23) % 80)) for i in range(7)]
    ImageDraw.Draw(image).line(points, fill=(10, 20, 90, 255), width=5)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _log_section(rows: int = 60) -> Section:
    people = ["王芳", "Мария Иванова", "John Smith"]
    categories = ["guest", "maintenance", "security"]
    return Section(
        key="log",
        columns=("time", "clerk", "category", "room", "text"),
        rows=tuple(
            (
                SHIFT_START + timedelta(minutes=8 * i),
                people[i % 3],
                categories[i % 3],
                str(1000 + i * 7) if i % 4 else None,
                f"{LOG_TEXTS[i % len(LOG_TEXTS)]} #{i + 1}",
            )
            for i in range(rows)
        ),
        coded=("category",),
    )


def sample_sections() -> tuple[Section, ...]:
    return (
        _log_section(),
        Section(
            key="follow_ups",
            columns=("due_at", "room", "text", "assignee", "status"),
            rows=(
                (
                    SHIFT_START - timedelta(hours=3),
                    "1205",
                    "回电客人确认空调维修结果",
                    "王芳",
                    "overdue",
                ),
                (SHIFT_END + timedelta(hours=2), "814", "Напомнить о позднем выезде", None, "open"),
            ),
            flagged=(0,),
            coded=("status",),
        ),
        Section(
            key="complaints",
            columns=(
                "number",
                "received_at",
                "guest",
                "room",
                "category",
                "severity",
                "text",
                "promised_at",
                "status",
                "overdue",
            ),
            rows=(
                (
                    "C-2026-0031",
                    SHIFT_START + timedelta(hours=1),
                    "Иван Петров",
                    "814",
                    "noise",
                    "high",
                    "Шум из соседнего номера после полуночи, второй раз за неделю.",
                    SHIFT_START + timedelta(hours=2),
                    "in_progress",
                    True,
                ),
                (
                    "C-2026-0032",
                    SHIFT_START + timedelta(hours=4),
                    "李雷",
                    "1205",
                    "room",
                    "medium",
                    "房间空调噪音大，要求换房。",
                    None,
                    "open",
                    False,
                ),
            ),
            flagged=(0,),
            coded=("category", "severity", "status"),
        ),
        Section(key="lostfound", columns=("number", "found_at", "description")),
        Section(
            key="keys_out",
            columns=("key", "holder", "since", "due_back"),
            rows=(
                ("MK-01 万能钥匙", "Housekeeping / Ольга", SHIFT_START, SHIFT_END),
                ("Car park gate", "John Smith", SHIFT_START + timedelta(hours=2), None),
            ),
        ),
        Section(
            key="board_count",
            columns=("expected", "counted", "difference"),
            rows=((48, 48, 0),),
        ),
        Section(
            key="counts",
            columns=("item", "expected", "counted", "difference", "note"),
            rows=(
                ("Cash float (CNY)", 2000, 1950, -50, "差额 50 元，已报告值班经理"),
                ("Парковочные карты", 20, 20, 0, None),
                ("Umbrellas", 12, 12, 0, None),
            ),
            flagged=(0,),
        ),
        Section(
            key="checklist",
            columns=("item", "ok", "note"),
            rows=(
                ("前台整洁", True, None),
                ("Принтер и терминал работают", True, None),
                ("Emergency torch charged", False, "Battery low, replacement ordered"),
            ),
            flagged=(2,),
        ),
        Section(
            key="remarks",
            columns=("text",),
            rows=(
                (
                    "夜班总体平稳。\nНочь прошла спокойно, кроме шума в 814.\n"
                    "VIP arriving 09:00, room 1801 pre-assigned.",
                ),
            ),
        ),
    )


def sample_sheet(**changes) -> HandoverSheet:
    """A sealed night-shift sheet: both signatures, the seal over its content."""
    sheet = HandoverSheet(
        number=42,
        station="前台 1 / Стойка 1",
        property_name="Grand Hotel 大酒店",
        shift_start=SHIFT_START,
        shift_end=SHIFT_END,
        outgoing="王芳",
        incoming="Мария Иванова",
        sections=sample_sections(),
        signers=(
            Signer(
                name="王芳",
                role="Front desk clerk",
                meaning=Meaning.HANDED_OVER,
                at=SHIFT_END - timedelta(minutes=5),
                png=signature_png(1),
                strokes_sha256="1" * 64,
            ),
            Signer(
                name="Мария Иванова",
                role="Старший администратор",
                meaning=Meaning.ACCEPTED,
                at=SHIFT_END - timedelta(minutes=2),
                png=signature_png(2),
                strokes_sha256="2" * 64,
            ),
        ),
        state=HandoverState.SEALED,
        journal_seq=1234,
        journal_hash=JOURNAL_HASH,
        sealed_at=SHIFT_END - timedelta(minutes=2),
    )
    sheet = dataclasses.replace(sheet, **changes)
    if sheet.state is HandoverState.SEALED and sheet.seal is None:
        sheet = dataclasses.replace(sheet, seal=seal_of(sheet_content(sheet), JOURNAL_HASH))
    return sheet


def draft_sheet() -> HandoverSheet:
    return sample_sheet(
        state=HandoverState.DRAFT,
        signers=(),
        seal=None,
        journal_seq=None,
        journal_hash=None,
        sealed_at=None,
    )


def sample_report(**changes) -> DutyReport:
    report = DutyReport(
        station="前台 1 / Стойка 1",
        property_name="Grand Hotel 大酒店",
        period_start=datetime(2026, 3, 13, 23, 0, tzinfo=UTC),
        period_end=datetime(2026, 3, 14, 23, 0, tzinfo=UTC),
        made_at=datetime(2026, 3, 14, 23, 30, tzinfo=UTC),
        made_by="Мария Иванова",
        sections=(_log_section(12), sample_sections()[1], Section("lostfound", ("number",))),
    )
    return dataclasses.replace(report, **changes)


# --- reading a PDF back ------------------------------------------------------------------------


def _texts(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    return [document[i].get_textpage().get_text_range() for i in range(len(document))]


def _flat(text: str) -> str:
    """Text with line breaks and spaces gone: a wrapped cell reads as one string."""
    return re.sub(r"\s+", "", text)


def _qr_codes(pdf: bytes, dpi: int = 300) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    found = []
    for i in range(len(document)):
        image = document[i].render(scale=dpi / 72).to_pil()
        found += [
            r.text
            for r in zxingcpp.read_barcodes(image)
            if r.format == zxingcpp.BarcodeFormat.QRCode
        ]
    return found


def _images(pdf: bytes) -> list[tuple[int, tuple[float, float, float, float]]]:
    document = pdfium.PdfDocument(pdf)
    return [
        (i, obj.get_bounds())
        for i in range(len(document))
        for obj in document[i].get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=5)
    ]


@pytest.fixture(scope="module")
def sealed_pdf() -> bytes:
    return render_handover_pdf(sample_sheet(), tz=BEIJING)


# --- the sheet ---------------------------------------------------------------------------------


def test_sheet_header_and_every_section_in_english(sealed_pdf: bytes):
    texts = _texts(sealed_pdf)
    first = texts[0]
    for caption in ("Shift handover", "Property", "Station", "Sheet no.", "Shift", "State"):
        assert caption in first
    assert "Grand Hotel 大酒店" in first
    assert "前台 1 / Стойка 1" in first
    # The night shift in Beijing time: starts on the 14th, ends on the 15th.
    assert "14 Mar 2026 23:00 → 15 Mar 2026 07:00" in first
    assert "王芳 → Мария Иванова" in first
    assert "Signed and sealed" in first
    assert "DRAFT" not in "".join(texts)
    everything = _flat("".join(texts))
    for key in (
        "log",
        "follow_ups",
        "complaints",
        "lostfound",
        "keys_out",
        "board_count",
        "counts",
        "checklist",
        "remarks",
    ):
        assert _flat(tables.section_title(None, key)) in everything, key
    # Columns by their names, coded values as they are when no label names them.
    assert "Received at" in "".join(texts)
    assert _flat(LOG_TEXTS[0]) + "#1" in everything  # Chinese intact
    assert _flat(LOG_TEXTS[1]) + "#2" in everything  # Cyrillic intact
    assert _flat(LOG_TEXTS[5]) + "#60" in everything  # the last row is there
    assert "in_progress" in everything
    assert "Nothing to hand over" in "".join(texts)  # the empty lost-and-found section
    assert "MK-01 万能钥匙" in "".join(texts)
    assert _flat("差额 50 元，已报告值班经理") in everything
    assert "Battery low, replacement ordered" in "".join(texts)
    # yes/no for booleans, times local
    assert "Yes" in everything and "No" in everything
    assert "14 Mar 2026 23:08" in "".join(texts)  # the second log entry, in Beijing time


def test_the_log_runs_over_pages_each_numbered(sealed_pdf: bytes):
    texts = _texts(sealed_pdf)
    pages = len(texts)
    assert pages >= 3
    for n, text in enumerate(texts, start=1):
        assert f"Page {n} of {pages}" in text
        assert "Sheet no. 42" in text  # the footer: station and sheet number on every page
        assert "Station: 前台 1 / Стойка 1" in text
    # The log's header row repeats on the page it continues on.
    continued = [t for t in texts[1:] if "#30" in t or "#40" in t]
    assert continued and all("Clerk" in t for t in continued)


def _text_fonts(pdf: bytes) -> set[str]:
    """The base font of every piece of text drawn."""
    document = pdfium.PdfDocument(pdf)
    names = set()
    for i in range(len(document)):
        for obj in document[i].get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT], max_depth=5):
            font = pdfium_c.FPDFTextObj_GetFont(obj.raw)
            size = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
            buffer = ctypes.create_string_buffer(size)
            pdfium_c.FPDFFont_GetBaseFontName(font, buffer, size)
            names.add(buffer.value.decode())
    return names


def test_the_font_is_embedded_and_all_text_is_set_in_it(sealed_pdf: bytes):
    assert b"/FontFile2" in sealed_pdf  # the TrueType program itself is in the file
    subsets = re.findall(rb"/BaseFont\s*/([A-Z]{6})\+([^\s/>]+)", sealed_pdf)
    assert subsets and all(name.startswith(b"WenQuanYiMicroHei") for _tag, name in subsets)
    assert _text_fonts(sealed_pdf) == {"WenQuanYiMicroHei-0"}
    assert b"STSong" not in sealed_pdf


def test_signatures_with_names_roles_times_and_meanings(sealed_pdf: bytes):
    texts = _texts(sealed_pdf)
    last = texts[-1]
    assert "Signatures" in last
    assert "Handed over" in last and "Accepted" in last
    assert "Front desk clerk" in last and "Старший администратор" in last
    assert "Signed at: 15 Mar 2026 06:55" in last and "Signed at: 15 Mar 2026 06:58" in last
    images = _images(sealed_pdf)
    assert len(images) == 2  # the two drawn signatures, nothing else as a picture
    assert {page for page, _bounds in images} == {len(texts) - 1}
    (_, a), (_, b) = images
    assert a[2] <= b[0] or b[2] <= a[0]  # side by side, not on top of each other


def test_seal_in_text_and_as_a_qr_code(sealed_pdf: bytes):
    sheet = sample_sheet()
    assert sheet.seal is not None and len(sheet.seal) == 64
    texts = _texts(sealed_pdf)
    assert sheet.seal in _flat(texts[-1])
    assert "Journal entry: 1234" in texts[-1]
    assert "Sealed at: 15 Mar 2026 06:58" in texts[-1]
    assert JOURNAL_HASH in texts[-1]
    payload = f"DUTYDESK-SEAL:42:{sheet.seal}"
    assert seal_payload(sheet) == payload
    assert _qr_codes(sealed_pdf) == [payload]


def test_draft_sheet_has_the_banner_and_no_seal():
    pdf = render_handover_pdf(draft_sheet(), tz=BEIJING)
    texts = _texts(pdf)
    assert "DRAFT: not signed by both clerks and not sealed" in _flat_spaces(texts[0])
    assert all("DRAFT" in t for t in texts)  # the watermark on every page
    assert "Draft" in texts[0]  # the state
    assert "Not sealed" in texts[-1]
    assert texts[-1].count("Not signed") == 2  # two empty signature boxes
    assert _images(pdf) == []
    assert _qr_codes(pdf) == []
    with pytest.raises(ValueError):
        seal_payload(draft_sheet())


def _flat_spaces(text: str) -> str:
    return " ".join(text.split())


def test_half_signed_sheet_shows_the_one_signature_and_an_empty_place():
    sheet = sample_sheet(
        state=HandoverState.HANDED_OVER,
        signers=sample_sheet().signers[:1],
        seal=None,
        journal_seq=None,
        journal_hash=None,
        sealed_at=None,
    )
    texts = _texts(render_handover_pdf(sheet, tz=BEIJING))
    assert "Handed over, not yet accepted" in _flat_spaces(texts[0])
    assert "DRAFT" in texts[0]
    assert texts[-1].count("Not signed") == 1
    assert len(_images(render_handover_pdf(sheet, tz=BEIJING))) == 1


def test_translated_labels_and_a_broken_template_falls_back():
    labels = dict(LABELS_ZH_RU, handover="{outgoing} передал(а)")  # lost {incoming}
    texts = _texts(render_handover_pdf(sample_sheet(), labels, tz=BEIJING))
    everything = "".join(texts)
    assert "交接班日志" in everything and "Открытые поручения" in everything
    assert "时间" in everything and "Категория" in everything
    assert "客人" in everything and "Техническое" in everything
    assert "无交接事项" in everything
    assert "王芳 → Мария Иванова" in texts[0]  # the English template, filled in
    assert f"第 1 页，共 {len(texts)} 页" in texts[0]


def test_flagged_rows_are_drawn_on_red():
    """An overdue follow-up is on a light red ground: find its text and look under it."""
    section = sample_sections()[1]
    sheet = sample_sheet(sections=(section,))
    pdf = render_handover_pdf(sheet, tz=BEIJING)
    page = pdfium.PdfDocument(pdf)[0]
    textpage = page.get_textpage()
    scale = 2
    image = page.render(scale=scale).to_pil().convert("RGB")
    height = page.get_size()[1]

    def ground_under(word: str) -> tuple[int, int, int]:
        index = textpage.get_text_range().index(word)
        left, bottom, right, top = textpage.get_charbox(index)
        # Just left of the text, inside the cell's padding.
        x, y = int((left - 1.5) * scale), int((height - (bottom + top) / 2) * scale)
        return image.getpixel((x, y))

    red = ground_under("回电客人")
    plain = ground_under("Напомнить")
    assert red[0] > 230 and red[1] < 225 and red[2] < 225, red
    assert plain == (255, 255, 255)


def test_a_wide_section_gets_a_landscape_page():
    wide = Section(
        key="discrepancies",
        columns=tuple(f"reference_{i}" for i in range(9)),
        rows=((tuple(f"REF-2026-{i:05d}-X" for i in range(9))),),
    )
    pdf = render_handover_pdf(sample_sheet(sections=(wide,)), tz=BEIJING)
    document = pdfium.PdfDocument(pdf)
    sizes = [document[i].get_size() for i in range(len(document))]
    assert any(w > h for w, h in sizes)
    assert sizes[0][1] > sizes[0][0]  # the header is on a portrait page
    assert sizes[-1][1] > sizes[-1][0]  # and so are the signatures
    # Nine references side by side, each on one line: the landscape page is wide enough.
    assert all(f"REF-2026-{i:05d}-X" in "".join(_texts(pdf)) for i in range(9))


def test_a_very_long_remark_runs_over_a_page():
    remark = Section("remarks", ("text",), rows=(("夜班备注。" * 900,),))
    texts = _texts(render_handover_pdf(sample_sheet(sections=(remark,)), tz=BEIJING))
    assert "夜班备注" in texts[0] and "夜班备注" in texts[1]
    for ch in "夜班备注。":  # nothing lost at the break
        assert sum(t.count(ch) for t in texts) == 900


def test_naive_times_are_refused():
    with pytest.raises(ValueError):
        render_handover_pdf(sample_sheet(shift_start=datetime(2026, 3, 14, 23, 0)))


def test_label_keys_are_the_documented_defaults():
    assert tuple(HANDOVER_LABELS) == HANDOVER_LABEL_KEYS
    for key in HANDOVER_LABELS:  # every fixed key is documented; section titles are open keys
        assert key.startswith("section:") or f"``{key}``" in tables.__doc__, key
    assert "``section:{key}``" in tables.__doc__ and "``column:{name}``" in tables.__doc__
    assert HANDOVER_LABELS["empty"] == "Nothing to hand over"
    with pytest.raises(TypeError):
        HANDOVER_LABELS["empty"] = "x"  # type: ignore[index]


# --- files -------------------------------------------------------------------------------------


def test_write_the_sheet(tmp_path: Path):
    sheet_path = tmp_path / "交接班 42.pdf"
    write_handover_pdf(sheet_path, sample_sheet(), tz=BEIJING)
    assert sheet_path.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == [sheet_path.name]


def test_writing_into_a_missing_folder_raises_and_leaves_nothing(tmp_path: Path):
    with pytest.raises(StorageError):
        write_handover_pdf(tmp_path / "missing" / "sheet.pdf", sample_sheet())
    assert list(tmp_path.iterdir()) == []


def test_writing_under_a_file_raises_and_leaves_nothing(tmp_path: Path):
    (tmp_path / "blocker").write_text("x")
    with pytest.raises(StorageError):
        write_handover_pdf(tmp_path / "blocker" / "sheet.pdf", sample_sheet())
    assert [p.name for p in tmp_path.iterdir()] == ["blocker"]


def test_a_failed_render_leaves_nothing(tmp_path: Path):
    with pytest.raises(ValueError):
        write_handover_pdf(
            tmp_path / "sheet.pdf", sample_sheet(shift_end=datetime(2026, 3, 15, 7, 0))
        )
    assert list(tmp_path.iterdir()) == []


def test_a_signers_role_is_printed_in_the_readers_words():
    signers = tuple(dataclasses.replace(s, role="clerk") for s in sample_sheet().signers)
    labels = {"role:clerk": "Администратор", "role": "Должность"}
    texts = "".join(_texts(render_handover_pdf(sample_sheet(signers=signers), labels)))
    assert "Должность: Администратор" in texts
    assert "clerk" not in texts
