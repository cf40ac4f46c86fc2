"""The coded values of the log's lines are worded as the window words them, and every value of
the lost-and-found enums has a name in the reader's language."""

from __future__ import annotations

from desk_app.domain.book_lines import CODE_SOURCES
from desk_app.domain.lostfound import categories
from desk_app.domain.lostfound import rules as lf
from desk_app.ui.lostfound import labels


def test_coded_values_of_log_lines_are_the_windows_labels(qapp):
    """``book_lines`` renders a disposal method or a document by the catalogue's "Labels" entry:
    the very words (and so the translations) the window uses."""
    for method in lf.DisposalMethod:
        assert CODE_SOURCES["disposal_method"][method.value] == labels.disposal_method_label(method)
    for doc in lf.IdDocument:
        assert CODE_SOURCES["id_document"][doc.value] == labels.id_document_label(doc)


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
    for code in categories.BUILTIN_CATEGORIES:
        assert labels.builtin_category_label(code)


def test_category_label_prefers_the_managers_name(qapp):
    policy = categories.RetentionPolicy(
        (
            categories.ItemCategory("keys", "Ключи и брелоки"),
            categories.ItemCategory("c-1", "Зонты"),
        )
    )
    assert labels.category_label("keys", policy) == "Ключи и брелоки"
    assert labels.category_label("c-1", policy) == "Зонты"
    assert labels.category_label("documents", policy) == "Documents"
    assert labels.category_label("c-gone", policy) == "c-gone"
