"""The one rule every printout's words follow: the reader's words when they keep the default's
placeholders, else the English default."""

from __future__ import annotations

from desk_app.reports import tables
from desk_app.reports.captions import caption
from desk_app.reports.duty_report.summary import summary_label
from desk_app.reports.roster import words
from desk_app.reports.roster.attendance_xlsx import attendance_label


def test_the_readers_words_filled_in():
    labels = {"page": "第{page}页，共{pages}页"}
    assert caption(labels, "page", "Page {page} of {pages}", page=1, pages=2) == "第1页，共2页"
    assert caption(None, "page", "Page {page} of {pages}", page=1, pages=2) == "Page 1 of 2"
    assert caption({"yes": "да"}, "yes", "yes") == "да"


def test_a_translation_that_lost_or_invented_a_placeholder_prints_the_default():
    default = "Page {page} of {pages}"
    assert caption({"page": "Стр. {page}"}, "page", default, page=1, pages=2) == "Page 1 of 2"
    assert caption({"page": "{page} {x}"}, "page", default, page=1, pages=2) == "Page 1 of 2"
    assert caption({"page": "{page"}, "page", default, page=1, pages=2) == "Page 1 of 2"
    assert caption({"page": "Стр. {page}"}, "page", default) == default


def test_every_printout_uses_it():
    lost = {"page": "Стр. {page}"}
    for fill in (tables.label, words.label):
        assert fill(lost, "page", page=3, pages=4) == "Page 3 of 4"
        assert fill({"page": "С. {page}/{pages}"}, "page", page=3, pages=4) == "С. 3/4"
    assert attendance_label({"month_year": "{year}"}, "month_year", month="May", year=2026) == (
        "May 2026"
    )
    assert summary_label({"sign_name": "Имя"}, "sign_name") == "Имя"
