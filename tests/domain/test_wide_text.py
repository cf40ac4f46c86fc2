"""One rule says which characters are wide, for every printout, spreadsheet and terminal."""

from __future__ import annotations

import unicodedata

from desk_app.domain.wide_text import display_width, has_wide, is_wide


def test_the_rule_is_unicodes_east_asian_width_for_every_assigned_character():
    for cp in range(0x30000):
        ch = chr(cp)
        if unicodedata.category(ch) == "Cn" and cp < 0x20000:
            assert not is_wide(ch), hex(cp)  # unassigned: nobody types it
            continue
        assert is_wide(ch) == (unicodedata.east_asian_width(ch) in "WF"), hex(cp)


def test_chinese_and_its_punctuation_are_wide_cyrillic_and_latin_are_not():
    assert all(is_wide(ch) for ch in "钥匙，。（）：")
    assert not any(is_wide(ch) for ch in "Ключ key 1208-,.")
    assert has_wide("Room 1208 客人说")
    assert not has_wide("Номер 1208, гость")


def test_display_width_counts_a_wide_character_twice_at_the_widest_line():
    assert display_width("") == 0
    assert display_width("abc") == 3
    assert display_width("钥匙") == 4
    assert display_width("Ключ 钥匙\nlonger line here") == 16
    assert display_width("a\n钥匙钥匙钥匙钥匙钥匙") == 20
