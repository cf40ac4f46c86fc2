"""The user guide's pages: every page in every language, with its images and its links; every
dock and dialog F1 knows goes to a page that exists; the search finds Chinese and Russian words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import desk_app
from desk_app.ui.help.pages import (
    DOCK_PAGES,
    HELP_DIR,
    IMAGES_DIR,
    LANGUAGES,
    OBJECT_PAGES,
    PAGES,
    images_in,
    page_for_name,
    page_source,
    page_title,
    search,
)

UI = Path(desk_app.__file__).resolve().parent / "ui"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_every_page_with_a_title(language):
    for page in PAGES:
        path = HELP_DIR / language / f"{page}.md"
        assert path.is_file(), path
        assert page_source(language, page).startswith("# "), path
    # No page that the contents do not list.
    assert {p.stem for p in (HELP_DIR / language).glob("*.md")} == set(PAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_image_a_page_shows_exists_in_its_own_language(language):
    shown = 0
    for page in PAGES:
        for image in images_in(language, page):
            assert image.is_file(), f"{language}/{page}.md: {image}"
            assert image.parent == (IMAGES_DIR / language).resolve(), f"{language}/{page}.md"
            shown += 1
    assert shown >= 10


@pytest.mark.parametrize("language", LANGUAGES)
def test_links_between_pages_lead_to_pages(language):
    for page in PAGES:
        for target in re.findall(r"\]\(([a-z-]+)\.md\)", page_source(language, page)):
            assert target in PAGES, f"{language}/{page}.md links to {target}.md"


def test_the_pages_have_their_own_titles_in_each_language():
    for page in PAGES:
        titles = {page_title(language, page) for language in LANGUAGES}
        assert len(titles) == len(LANGUAGES), (page, titles)


def test_the_images_stay_small():
    total = sum(p.stat().st_size for p in IMAGES_DIR.rglob("*.png"))
    assert total < 3_000_000


def test_every_dock_and_dialog_named_goes_to_a_page():
    assert set(OBJECT_PAGES.values()) <= set(PAGES)
    assert set(DOCK_PAGES.values()) <= set(PAGES)
    assert page_for_name("backupsDialog") == "backups"
    assert page_for_name("firstStepsDialog") == "first-steps"
    assert page_for_name("somethingElse") is None


def test_the_names_mapped_are_names_the_window_uses():
    """A dialog renamed in the code would silently lose its page."""
    source = "\n".join(p.read_text(encoding="utf-8") for p in UI.rglob("*.py"))
    used = set(re.findall(r'setObjectName\("([A-Za-z]+)"\)', source))
    used |= set(re.findall(r'add_(?:lazy_)?dock\(\s*"([A-Za-z]+)"', source))
    used |= {c[:1].lower() + c[1:] for c in re.findall(r"^class ([A-Za-z]+)\(", source, re.M)}
    assert set(OBJECT_PAGES) - used == set()


@pytest.mark.parametrize(
    ("language", "query", "page"),
    [
        ("zh_CN", "钥匙板", "keys"),
        ("zh_CN", "整改措施", "supervision"),
        ("zh_CN", "封存", "handover"),
        ("ru", "бюро находок", "lostfound"),
        ("ru", "ЧЕРНОВИК", "handover"),
        ("ru", "контрольные отметки", "verify"),
        ("en", "quick-entry line", "counter"),
    ],
)
def test_search_finds_words_in_each_language(language, query, page):
    hits = search(language, query)
    assert page in [hit.page for hit in hits]
    hit = next(hit for hit in hits if hit.page == page)
    assert query.split()[0].casefold() in hit.line.casefold()


def test_search_across_a_wrapped_chinese_line():
    # The source wraps lines; the words joined across the break are still found.
    assert search("zh_CN", "前台同事")
    assert not search("zh_CN", "不存在的词语")
