"""A long section laid out a page at a time (reports/paged_table.py): every row once, in order,
the header on every page, a flagged row bold, a row taller than a page broken inside."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from desk_app.domain.handover.rules import Section
from desk_app.reports.duty_report.pdf import render_duty_report_pdf
from tests.reports.test_handover_pdf import BEIJING, _flat, _texts, sample_report


def _report(rows, flagged=()):
    report = sample_report()
    start = report.period_start
    section = Section(
        key="duty_log",
        columns=("num", "at", "text"),
        rows=tuple(rows(start)),
        flagged=tuple(flagged),
    )
    return dataclasses.replace(report, sections=(section,))


def test_every_row_once_in_order_with_the_header_on_every_page():
    texts = [f"Row {n:04d}: guest in {1200 + n % 50} asked for towels, 客人要毛巾" for n in range(900)]
    report = _report(
        lambda start: ((n, start + timedelta(minutes=n), t) for n, t in enumerate(texts)),
        flagged=(3, 450, 899),
    )
    pages = _texts(render_duty_report_pdf(report, tz=BEIJING))
    body = pages[1:]  # after the summary page
    assert len(body) > 10
    assert all("Num" in page and "Text" in page for page in body)  # the header, each page
    everything = _flat("".join(body))
    places = [everything.find(_flat(t)) for t in texts]
    assert -1 not in places and places == sorted(places)
    assert all(everything.count(_flat(t)) == 1 for t in texts[::97])


def test_a_row_taller_than_a_page_is_broken_inside_it():
    words = " ".join(f"word{i}" for i in range(6000))  # some five pages in one cell
    report = _report(
        lambda start: [
            (1, start, "before"),
            (2, start + timedelta(minutes=1), words),
            (3, start + timedelta(minutes=2), "after"),
        ]
    )
    pages = _texts(render_duty_report_pdf(report, tz=BEIJING))
    everything = _flat("".join(pages[1:]))
    assert len(pages) > 4
    assert "word0" in everything and "word5999" in everything
    assert everything.index("before") < everything.index("word2999") < everything.index("after")
