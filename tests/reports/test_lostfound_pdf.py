"""Lost-and-found PDFs read back as a reader sees them: page sizes, text (Chinese and Cyrillic
intact, in the embedded font), nothing outside the page or overlapping, and QR codes that a
decoder reads as exactly the item's number. No Qt here."""

from __future__ import annotations

import dataclasses
import io
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from desk_app.domain.errors import StorageError
from desk_app.formats import LANGUAGE_KEY, format_datetime
from desk_app.reports import files
from desk_app.reports.lostfound import pdf_style, tag_pdf
from desk_app.reports.lostfound.label_size import LabelSize
from desk_app.reports.lostfound.pdf_style import PDF_LABEL_KEYS, PDF_LABELS
from desk_app.reports.lostfound.slip_pdf import (
    ReturnSlip,
    render_return_slip,
    write_return_slip_pdf,
)
from desk_app.reports.lostfound.tag_pdf import ItemTag, render_tags, write_tags_pdf
from desk_app.reports.pdf_fonts import FONT_NAME, FONT_PATH, LICENSE_PATH, register_fonts

MM = 72 / 25.4
BEIJING = timezone(timedelta(hours=8))
MOSCOW = timezone(timedelta(hours=3))
FOUND = datetime(2026, 3, 14, 1, 30, tzinfo=UTC)  # 09:30 in Beijing

TAGS = [
    ItemTag(
        number="LF-2026-00042",
        found_at=FOUND,
        category="电子产品",
        storage_place="保险柜 2 号",
        valuables=True,
        description="黑色苹果手机，屏幕有裂痕，带红色手机壳，壳内夹有一张银行卡和两张名片。" * 3,
    ),
    ItemTag(
        number="LF-2026-00043",
        found_at=FOUND + timedelta(hours=7, minutes=35),
        category="Одежда",
        storage_place="Шкаф Б, полка 3",
        valuables=False,
        description="Тёмно-синяя мужская куртка, размер 52, в кармане перчатки и ключи.",
    ),
    ItemTag(
        number="LF-2026-00044",
        found_at=FOUND,
        category="Documents",
        storage_place="",
        valuables=False,
        description="",
    ),
]

SIZES_MM = {LabelSize.LABEL_62x29: (62, 29), LabelSize.LABEL_50x30: (50, 30)}


def _signature_png() -> bytes:
    image = Image.new("RGBA", (400, 140), (255, 255, 255, 0))
    ImageDraw.Draw(image).line(
        [(15, 110), (80, 25), (130, 120), (210, 30), (280, 115), (385, 40)],
        fill=(10, 20, 90, 255),
        width=5,
    )
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _slip(**changes) -> ReturnSlip:
    slip = ReturnSlip(
        station="前台 1 / Стойка 1",
        number="LF-2026-00042",
        description="黑色苹果手机，屏幕有裂痕。Чёрный телефон в красном чехле.",
        category="电子产品",
        valuables=True,
        found_at=FOUND,
        found_place="大堂沙发",
        found_by="王芳",
        storage_place="保险柜 2 号",
        claimant_name="Иван Петрович Сидоров",
        claimant_contact="+7 912 345-67-89",
        id_document="Паспорт",
        id_last_four="1234",
        returned_by="Мария Иванова",
        returned_at=datetime(2026, 3, 20, 7, 45, tzinfo=UTC),
        signature_png=_signature_png(),
        reference="6f1c2b9e-8a4d-4e0f-9a51-2c7d3e8b1a00",
    )
    return dataclasses.replace(slip, **changes)


# --- reading a PDF back ------------------------------------------------------------------------


def _pages(pdf: bytes) -> list[pdfium.PdfPage]:
    document = pdfium.PdfDocument(pdf)
    return [document[i] for i in range(len(document))]


def _size_mm(page: pdfium.PdfPage) -> tuple[float, float]:
    w, h = page.get_size()
    return w / MM, h / MM


def _text(page: pdfium.PdfPage) -> str:
    return page.get_textpage().get_text_range()


def _qr_codes(page: pdfium.PdfPage, dpi: int = 300) -> list[str]:
    image = page.render(scale=dpi / 72).to_pil()
    return [
        r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode
    ]


def _text_boxes(page: pdfium.PdfPage) -> list[tuple[float, float, float, float]]:
    textpage = page.get_textpage()
    return [textpage.get_rect(i) for i in range(textpage.count_rects())]


def _shapes(page: pdfium.PdfPage) -> list[tuple[float, float, float, float]]:
    return [
        obj.get_bounds()
        for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=5)
    ]


def _overlap(a, b, tolerance: float = 0.2) -> bool:
    return (
        a[0] < b[2] - tolerance
        and b[0] < a[2] - tolerance
        and a[1] < b[3] - tolerance
        and b[1] < a[3] - tolerance
    )


def _inside(inner, outer, tolerance: float = 0.5) -> bool:
    return (
        inner[0] >= outer[0] - tolerance
        and inner[1] >= outer[1] - tolerance
        and inner[2] <= outer[2] + tolerance
        and inner[3] <= outer[3] + tolerance
    )


def _assert_laid_out(page: pdfium.PdfPage, margin_mm: float = 0.8) -> None:
    """Every line of text inside the page's margin, no two lines overlapping, no text over a
    drawing (the QR code) unless the drawing is its background (the valuables mark)."""
    w, h = page.get_size()
    margin = margin_mm * MM
    boxes = _text_boxes(page)
    assert boxes
    for box in boxes:
        assert _inside(box, (margin, margin, w - margin, h - margin), 0), box
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not _overlap(a, b), (a, b)
    for shape in _shapes(page):
        for box in boxes:
            assert not _overlap(box, shape) or _inside(box, shape), (box, shape)


def _pdf_fonts(pdf: bytes) -> list[bytes]:
    return re.findall(rb"/BaseFont\s*/([^\s/>]+)", pdf)


# --- the font ----------------------------------------------------------------------------------


def test_the_font_and_its_licence_ship_with_the_package():
    assert FONT_PATH.is_file() and FONT_PATH.stat().st_size > 4_000_000
    licence = LICENSE_PATH.read_text(encoding="utf-8")
    assert "Apache License" in licence and "Font exception" in licence
    assert register_fonts() == FONT_NAME == register_fonts()  # registering twice is harmless


# --- tags --------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [LabelSize.LABEL_62x29, LabelSize.LABEL_50x30])
def test_label_printer_tags_one_per_page(size: LabelSize):
    pdf = render_tags(TAGS, size, tz=BEIJING)
    assert pdf.startswith(b"%PDF")
    pages = _pages(pdf)
    assert len(pages) == len(TAGS)
    for page, tag in zip(pages, TAGS, strict=True):
        assert _size_mm(page) == pytest.approx(SIZES_MM[size], abs=0.01)
        text = _text(page)
        assert tag.number in text
        assert tag.category in text
        assert tag.storage_place in text
        assert _qr_codes(page) == [tag.number]
        _assert_laid_out(page)
    first, second, third = (_text(p) for p in pages)
    assert "14 Mar 2026 09:30" in first  # local time in the zone given
    assert "VALUABLES" in first and "VALUABLES" not in second
    assert "Тёмно-синяя" in second
    assert "Stored" not in third  # no storage place: no empty caption
    # The long description is cut to fit, with an ellipsis.
    assert "…" in first
    assert TAGS[0].description not in first.replace("\r", "").replace("\n", "")


def test_font_is_embedded_and_nothing_else_is_drawn_with(tmp_path: Path):
    pdf = render_tags(TAGS, LabelSize.LABEL_62x29, tz=BEIJING)
    assert b"/FontFile2" in pdf  # the TrueType program itself is in the file
    subsets = [f for f in _pdf_fonts(pdf) if b"+" in f]
    assert subsets and all(f.split(b"+")[1].startswith(b"WenQuanYiMicroHei") for f in subsets)
    assert b"STSong" not in pdf  # never the unembedded CID font


def test_a4_sheet_fills_stickers_in_order_then_further_pages():
    tags = [dataclasses.replace(TAGS[i % 3], number=f"LF-2026-{i + 1:05d}") for i in range(26)]
    pages = _pages(render_tags(tags, LabelSize.A4_SHEET, tz=BEIJING))
    assert len(pages) == 2  # 24 stickers on a sheet
    for page in pages:
        assert _size_mm(page) == pytest.approx((210, 297), abs=0.01)
        _assert_laid_out(page, margin_mm=3)
    first = _text(pages[0])
    assert "LF-2026-00001" in first and "LF-2026-00024" in first
    assert "LF-2026-00025" not in first
    assert "LF-2026-00025" in _text(pages[1]) and "LF-2026-00026" in _text(pages[1])
    # Row by row: the first tag is top left, the second beside it.
    boxes = {}
    textpage = pages[0].get_textpage()
    for number in ("LF-2026-00001", "LF-2026-00002", "LF-2026-00004"):
        found = textpage.search(number)
        boxes[number] = textpage.get_charbox(found.get_next()[0])
    assert boxes["LF-2026-00002"][0] > boxes["LF-2026-00001"][0]
    assert boxes["LF-2026-00004"][1] < boxes["LF-2026-00001"][1]
    assert sorted(_qr_codes(pages[1], dpi=200)) == ["LF-2026-00025", "LF-2026-00026"]


def test_a4_sheet_qr_codes_all_read():
    pages = _pages(render_tags(TAGS, LabelSize.A4_SHEET, tz=BEIJING))
    assert sorted(_qr_codes(pages[0], dpi=300)) == sorted(t.number for t in TAGS)


def test_a4_sheet_can_start_after_used_stickers():
    pages = _pages(render_tags(TAGS, LabelSize.A4_SHEET, tz=BEIJING, skip=22))
    assert len(pages) == 2
    assert "LF-2026-00042" in _text(pages[0]) and "LF-2026-00043" in _text(pages[0])
    assert "LF-2026-00044" in _text(pages[1])


def test_translated_captions_and_a_broken_translation_falls_back():
    labels = {
        "tag_found": "拾获 {time}",
        "tag_storage": "Хранение: {место}",  # placeholder lost in translation
        "valuables_mark": "贵重物品",
        LANGUAGE_KEY: "zh_CN",  # the tag's times in the Chinese pattern
    }
    text = _text(_pages(render_tags(TAGS[:1], LabelSize.LABEL_62x29, labels, tz=BEIJING))[0])
    assert "拾获 2026-03-14 09:30" in text
    assert "Stored: 保险柜 2 号" in text
    assert "贵重物品" in text


def test_times_print_in_the_zone_asked_for_and_naive_times_are_refused():
    text = _text(_pages(render_tags(TAGS[:1], LabelSize.LABEL_50x30, tz=MOSCOW))[0])
    assert "14 Mar 2026 04:30" in text
    naive = dataclasses.replace(TAGS[0], found_at=datetime(2026, 3, 14, 9, 30))
    with pytest.raises(ValueError):
        render_tags([naive], LabelSize.LABEL_62x29)


def test_default_zone_is_this_computers():
    local = format_datetime(FOUND.astimezone(), "en")
    assert local in _text(_pages(render_tags(TAGS[:1], LabelSize.LABEL_62x29))[0])


def test_no_tags_or_a_number_that_is_no_qr_payload_is_refused():
    with pytest.raises(ValueError):
        render_tags([], LabelSize.LABEL_62x29)
    with pytest.raises(ValueError):
        render_tags([dataclasses.replace(TAGS[0], number="LF-二〇二六")], LabelSize.LABEL_62x29)


def test_long_words_and_lines_never_leave_the_label():
    tag = dataclasses.replace(
        TAGS[1],
        category="Электроника и бытовая техника для проживающих гостей",
        storage_place="Камера хранения на минус первом этаже, стеллаж 14, ячейка 7",
        description="Оченьдлинноесловобезпробеловкотороененаконецзаканчивается " * 5,
        valuables=True,
    )
    for size in (LabelSize.LABEL_62x29, LabelSize.LABEL_50x30):
        page = _pages(render_tags([tag], size, tz=MOSCOW))[0]
        _assert_laid_out(page)
        assert _qr_codes(page) == [tag.number]


# --- fitting text --------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(list("ab cd 漏水投诉，。 Жалоба смена. xyz1234567890-")),
        max_size=200,
    ),
    lines=st.integers(min_value=1, max_value=4),
    width=st.floats(min_value=20, max_value=200),
)
def test_wrapped_lines_fit_and_say_when_cut(text: str, lines: int, width: float):
    font = register_fonts()
    wrapped = tag_pdf._wrap(text, font, 6.5, width, lines)
    assert len(wrapped) <= lines
    for line in wrapped:
        assert pdf_style._width(line, font, 6.5) <= width + 0.01
    joined = "".join("".join(w.split()) for w in wrapped)
    whole = "".join(text.split())
    if not joined.endswith("…"):
        assert joined == whole  # nothing lost unless marked
    else:
        assert whole.startswith(joined[:-1])


def test_cjk_wraps_between_characters_and_punctuation_keeps_its_place():
    font = register_fonts()
    width = pdf_style._width("漏水投诉漏", font, 10)
    # Five characters fit a line, but the fifth may not leave its comma to start the next one.
    lines = tag_pdf._wrap("漏水投诉漏，水投诉", font, 10, width, 5)
    assert lines == ["漏水投诉", "漏，水投诉"]
    assert not any(line.startswith("，") for line in lines)


# --- return slip -------------------------------------------------------------------------------


def test_return_slip_is_an_a4_form_with_everything_on_it():
    pdf = render_return_slip(_slip(), tz=BEIJING)
    pages = _pages(pdf)
    assert len(pages) == 1
    page = pages[0]
    assert _size_mm(page) == pytest.approx((210, 297), abs=0.01)
    text = _text(page)
    for expected in (
        "Lost property return slip",
        "LF-2026-00042",
        "电子产品",
        "大堂沙发",
        "王芳",
        "保险柜 2 号",
        "Иван Петрович Сидоров",
        "Мария Иванова",
        "Чёрный телефон",
        "14 Mar 2026 09:30",
        "20 Mar 2026 15:45",
        "I confirm I have received the item described above.",
        "VALUABLES",
        "Page 1 of 1",
        "6f1c2b9e-8a4d-4e0f-9a51-2c7d3e8b1a00",
    ):
        assert expected in text, expected
    assert "Паспорт ···1234" in text
    assert _qr_codes(page, dpi=200) == ["LF-2026-00042"]
    images = list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=5))
    assert len(images) == 1  # the signature
    assert b"/FontFile2" in pdf


def test_identity_shows_the_last_four_characters_only():
    text = _text(_pages(render_return_slip(_slip(id_last_four="7700 551234"), tz=BEIJING))[0])
    assert "Паспорт ···1234" in text
    assert "7700" not in text and "551234" not in text


def test_slip_in_russian_and_a_description_that_runs_over_a_page():
    labels = {
        "slip_title": "Акт возврата найденной вещи",
        "declaration": "Подтверждаю, что получил(а) описанную выше вещь.",
        "page": "Стр. {page} из {pages}",
        "valuables": "Ценности",
        "yes": "Да",
    }
    long = _slip(description="很长的描述，关于一只丢失的行李箱。\n" * 120)
    pages = _pages(render_return_slip(long, labels, tz=MOSCOW))
    n = len(pages)
    assert n >= 2
    first, last = _text(pages[0]), _text(pages[-1])
    assert "Акт возврата найденной вещи" in first
    for number, page in enumerate(pages, start=1):
        assert f"Стр. {number} из {n}" in _text(page)
        assert "LF-2026-00042" in _text(page)  # every page names the item
    # The declaration and the signature stay together, after the whole description.
    assert "Подтверждаю, что получил(а) описанную выше вещь." in last
    assert list(pages[-1].get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=5))
    assert "Да" in first


def test_slip_without_a_signature_picture_or_valuables():
    page = _pages(render_return_slip(_slip(signature_png=b"", valuables=False), tz=BEIJING))[0]
    text = _text(page)
    assert "VALUABLES" not in text and "No" in text
    assert not list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=5))


def test_label_keys_cover_what_is_printed():
    assert set(PDF_LABEL_KEYS) == set(PDF_LABELS)
    for key in ("slip_title", "declaration", "page", "valuables_mark", "tag_found"):
        assert key in PDF_LABEL_KEYS
    # Every English default fills its placeholders.
    for key, default in PDF_LABELS.items():
        pdf_style._label({}, key, time="t", place="p", page="1", pages="1")
        assert default


# --- writing files -------------------------------------------------------------------------------


def test_write_tags_and_slip(tmp_path: Path):
    tags = tmp_path / "标签 метки.pdf"
    slip = tmp_path / "slip.pdf"
    slip.write_bytes(b"an older slip")
    write_tags_pdf(tags, TAGS, LabelSize.LABEL_62x29, tz=BEIJING)
    write_return_slip_pdf(slip, _slip(), tz=BEIJING)
    assert len(_pages(tags.read_bytes())) == 3
    assert slip.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([tags.name, slip.name])


def test_writing_into_a_missing_folder_raises_and_leaves_nothing(tmp_path: Path):
    path = tmp_path / "missing" / "tags.pdf"
    with pytest.raises(StorageError) as caught:
        write_tags_pdf(path, TAGS, LabelSize.LABEL_50x30)
    assert str(path.parent) in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_writing_under_a_file_raises_and_leaves_nothing(tmp_path: Path):
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    with pytest.raises(StorageError):
        write_return_slip_pdf(blocker / "slip.pdf", _slip())
    assert [p.name for p in tmp_path.iterdir()] == ["blocker"]


def test_atomic_write_keeps_the_old_file_when_the_disk_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = tmp_path / "slip.pdf"
    path.write_bytes(b"the previous slip")

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", disk_full)
    with pytest.raises(StorageError) as caught:
        files.atomic_write_bytes(path, b"%PDF new")
    assert "No space left on device" in str(caught.value)
    assert caught.value.params["path"] == str(path)
    assert path.read_bytes() == b"the previous slip"
    assert [p.name for p in tmp_path.iterdir()] == ["slip.pdf"]


def test_atomic_write_lets_a_bug_through_but_leaves_nothing(tmp_path: Path):
    def broken(f):
        f.write(b"partial")
        raise TypeError("a bug")

    with pytest.raises(TypeError):
        files.atomic_write(tmp_path / "a.pdf", broken)
    assert list(tmp_path.iterdir()) == []


def test_atomic_write_bytes_writes(tmp_path: Path):
    path = tmp_path / "a.pdf"
    files.atomic_write_bytes(path, b"%PDF-1.4 data")
    assert path.read_bytes() == b"%PDF-1.4 data"
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]
