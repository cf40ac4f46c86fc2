"""A lost-and-found category named per language: the manager enters each language's name in the
settings, each reader sees theirs (the one given where their language has none), and settings
saved before names had languages read as they were."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from desk_app.domain.lostfound import categories as rules
from desk_app.services.lostfound import views as lostfound_views
from desk_app.translators import install_language
from desk_app.ui.lostfound.labels import builtin_category_label, category_choices, category_label
from desk_app.ui.lostfound.settings import COL_EN, COL_RU, COL_ZH, LostFoundSettingsDialog


def test_a_manager_names_a_category_in_each_language(qtbot, ui_desk, people, messages):
    dialog = LostFoundSettingsDialog(ui_desk, people["manager"])
    qtbot.addWidget(dialog)
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in (COL_EN, COL_ZH, COL_RU)]
    assert headers == ["English", "简体中文", "Русский"]
    code = dialog.add_category("Umbrellas")
    dialog.set_local_name(code, "zh_CN", "雨伞")
    dialog.set_local_name(code, "ru", " Зонты ")
    dialog.set_local_name("keys", "ru", "Ключи и брелоки")  # a built-in, in Russian only
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    policy = lostfound_views.get_policy(ui_desk)
    umbrellas = policy.category(code)
    seen = {}
    try:
        for language in ("en", "zh_CN", "ru"):
            install_language(language)
            seen[language] = (category_label(umbrellas), category_label("keys", policy))
            assert (code, seen[language][0]) in category_choices(policy)
            if language == "zh_CN":  # no Chinese name given: the built-in's own translation
                assert seen[language][1] == builtin_category_label("keys") != "Keys"
    finally:
        install_language("en")
    assert seen["en"] == ("Umbrellas", "Keys")
    assert seen["zh_CN"][0] == "雨伞"
    assert seen["ru"] == ("Зонты", "Ключи и брелоки")
    # Opened again, the dialog shows what was saved.
    again = LostFoundSettingsDialog(ui_desk, people["manager"])
    qtbot.addWidget(again)
    row = again.row_of(code)
    assert [again.table.item(row, c).text() for c in (0, COL_EN, COL_ZH, COL_RU)] == [
        "Umbrellas",
        "",
        "雨伞",
        "Зонты",
    ]
    assert not messages.errors


def test_two_categories_cannot_share_a_name_in_one_language(qtbot, ui_desk, people, messages):
    dialog = LostFoundSettingsDialog(ui_desk, people["manager"])
    qtbot.addWidget(dialog)
    first = dialog.add_category("Umbrellas")
    second = dialog.add_category("Parasols")
    dialog.set_local_name(first, "zh_CN", "雨伞")
    dialog.set_local_name(second, "zh_CN", "雨伞")
    dialog.submit()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Two categories are both called 雨伞." in dialog.error.text()
    assert dialog.table.currentRow() in (dialog.row_of(first), dialog.row_of(second))


def test_settings_saved_before_names_had_languages_read_as_before():
    old = {
        "categories": [{"code": "c-1", "name": "Зонты", "days": 30, "active": True}],
        "valuables_days": 365,
    }
    policy = rules.policy_from_json(old)
    umbrellas = policy.category("c-1")
    assert umbrellas.name == "Зонты"
    assert [umbrellas.name_in(lang) for lang in ("en", "zh_CN", "ru")] == ["Зонты"] * 3
    assert policy.as_json()["categories"][0] == old["categories"][0]  # written back the same
