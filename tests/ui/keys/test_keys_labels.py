"""Every value of the key register's enums has a name in the reader's language, and a key's log
line reads in each language."""

from __future__ import annotations

from desk_app.book_text import render
from desk_app.domain import keys as rules
from desk_app.services.keys import writes as keys_writes
from desk_app.ui.keys import labels


def test_every_value_has_a_label(qapp):
    for key_type in rules.KeyType:
        assert labels.key_type_label(key_type)
    for state in rules.KeyState:
        assert labels.key_state_label(state)
        assert labels.key_state_short(state)
    assert labels.key_state_label(rules.KeyState.OUT, overdue=True) == "Overdue"
    assert labels.key_state_short(rules.KeyState.OUT, overdue=True) == "LATE"
    for movement in rules.Movement:
        assert labels.movement_label(movement)
    for kind in rules.HolderKind:
        assert labels.holder_kind_label(kind)
    for doc in rules.IdDocument:
        assert labels.key_id_document_label(doc)
    # Each state has its own word: the board never tells a state by colour alone.
    words = {labels.key_state_short(s) for s in rules.KeyState}
    assert len(words | {labels.key_state_short(rules.KeyState.OUT, True)}) == 4


def test_a_key_line_reads_in_each_language():
    line = keys_writes.log_line("lost", code="MK-01", label="Мастер-ключ", reason="уронил")
    assert render(line, "en") == "Key MK-01 (Мастер-ключ) reported lost: уронил"
    for language in ("zh_CN", "ru"):
        words = render(line, language)
        assert "MK-01" in words and "уронил" in words and "reported lost" not in words
