"""A manager's name with a version per language, falling back to the one given; stored as a
plain string while it has no other, so settings written before read the same."""

from __future__ import annotations

from desk_app.domain.local_name import LocalName


def test_each_reader_sees_their_languages_name_or_the_one_given():
    name = LocalName("Cash float", zh_CN="备用金", ru="Размен")
    assert name.in_language("zh_CN") == "备用金"
    assert name.in_language("ru") == "Размен"
    assert name.in_language("en") == "Cash float"  # no English of its own: the one given
    assert name.in_language(None) == "Cash float"
    assert name.in_language("de") == "Cash float"
    assert name.texts() == ("Cash float", "备用金", "Размен")


def test_an_old_single_name_reads_as_the_fallback_and_is_stored_as_before():
    old = LocalName.of("Parking passes")
    assert old == LocalName("Parking passes")
    assert old.as_json() == "Parking passes"  # unchanged format
    assert old.in_language("zh_CN") == "Parking passes"
    assert LocalName.of(None) == LocalName()
    assert not LocalName()


def test_names_per_language_round_trip():
    name = LocalName("Parking passes", en="Parking passes", zh_CN="停车证", ru="Пропуска")
    stored = name.as_json()
    assert stored == {
        "name": "Parking passes",
        "en": "Parking passes",
        "zh_CN": "停车证",
        "ru": "Пропуска",
    }
    assert LocalName.of(stored) == name
    assert LocalName.of({"name": "Зонты", "de": "Schirme"}) == LocalName("Зонты")


def test_cleaning_applies_to_every_name():
    name = LocalName("  Cash   float ", ru=" Размен ").cleaned(lambda t: " ".join(t.split()))
    assert name == LocalName("Cash float", ru="Размен")
    assert LocalName.with_names("Зонты", {"zh_CN": "雨伞", "xx": "?"}) == LocalName(
        "Зонты", zh_CN="雨伞"
    )
