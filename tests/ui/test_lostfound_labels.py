"""The log sentences the window translates are exactly the domain's templates, and every value
of the lost-and-found enums has a name in the reader's language."""

from __future__ import annotations

from desk_app.domain import lostfound as lf
from desk_app.ui import lostfound_labels as labels


def test_log_sources_are_the_domain_templates():
    assert dict(lf.LOG_TEMPLATES) == labels.LOG_SOURCES


def test_every_value_has_a_label(qapp):
    for state in lf.ItemState:
        assert labels.item_state_label(state)
    for state in lf.ReportState:
        assert labels.report_state_label(state)
    for method in lf.DisposalMethod:
        assert labels.disposal_method_label(method)
    for doc in lf.IdDocument:
        assert labels.id_document_label(doc)
    for kind in lf.FinderKind:
        assert labels.finder_kind_label(kind)
    for code in lf.BUILTIN_CATEGORIES:
        assert labels.builtin_category_label(code)
    phrases = labels.log_phrases()
    assert set(lf.LOG_TEMPLATES) <= set(phrases)
    assert phrases["method:donated"] == "Donated"


def test_category_label_prefers_the_managers_name(qapp):
    policy = lf.RetentionPolicy(
        (lf.ItemCategory("keys", "Ключи и брелоки"), lf.ItemCategory("c-1", "Зонты"))
    )
    assert labels.category_label("keys", policy) == "Ключи и брелоки"
    assert labels.category_label("c-1", policy) == "Зонты"
    assert labels.category_label("documents", policy) == "Documents"
    assert labels.category_label("c-gone", policy) == "c-gone"
