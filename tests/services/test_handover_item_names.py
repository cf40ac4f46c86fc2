"""Counted items and checks named per language: the manager's names are kept with the policy
(the name given stays the item's key), the sheet carries them, each printout reads its
language's, a sealed sheet reads back byte for byte, and settings saved before read the same."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from desk_app.domain.errors import ValidationError
from desk_app.domain.handover.rules import sheet_content
from desk_app.domain.local_name import LocalName
from desk_app.formats import LANGUAGE_KEY
from desk_app.reports.handover.xlsx import write_handover_xlsx
from desk_app.reports.tables import cell_text
from desk_app.services.handover import commands as handover_commands
from desk_app.services.handover import sheet as handover_sheet
from desk_app.services.handover import views as handover_views
from desk_app.services.handover.sheet import sheet_from_content
from desk_app.services.handover.views import policy_from_json

PASSES = LocalName("Parking passes", zh_CN="停车证", ru="Пропуска на парковку")
SAFE = LocalName("Сейф закрыт", en="Safe locked", zh_CN="保险柜已上锁")


def _policy(**names: LocalName) -> handover_views.HandoverPolicy:
    return handover_views.HandoverPolicy(
        count_items=("Cash float", "Parking passes"),
        checklist=("Сейф закрыт",),
        item_names={n.given: n for n in names.values()},
    )


def test_names_per_language_are_kept_and_printed_in_each_language(desk, manager, clerk, tmp_path):
    saved = handover_commands.set_policy(desk, manager, _policy(passes=PASSES, safe=SAFE))
    assert saved.local_name("Parking passes") == PASSES
    assert saved.local_name("Сейф закрыт") == SAFE
    assert saved.local_name("Cash float").in_language("zh_CN") == "备用金"  # a default's
    assert saved.count_items == ("Cash float", "Parking passes")  # the keys are unchanged

    draft = handover_commands.start_handover(desk, clerk)
    sheet = handover_sheet.sheet(desk, clerk, draft.id)
    counts, checks = sheet.section("counts"), sheet.section("checklist")
    printed = {
        lang: (
            [cell_text(counts, 0, row[0], {LANGUAGE_KEY: lang}, None) for row in counts.rows],
            cell_text(checks, 0, checks.rows[0][0], {LANGUAGE_KEY: lang}, None),
        )
        for lang in ("en", "zh_CN", "ru")
    }
    assert printed == {
        "en": (["Cash float", "Parking passes"], "Safe locked"),
        "zh_CN": (["备用金", "停车证"], "保险柜已上锁"),
        "ru": (["Разменная касса", "Пропуска на парковку"], "Сейф закрыт"),
    }
    # The workbook too.
    path = tmp_path / "sheet.xlsx"
    write_handover_xlsx(path, sheet, {LANGUAGE_KEY: "zh_CN"})
    cells = {
        c.value for ws in load_workbook(path).worksheets for row in ws.iter_rows() for c in row
    }
    assert {"备用金", "停车证", "保险柜已上锁"} <= cells and "Parking passes" not in cells
    # What is sealed reads back the same, names included.
    again = sheet_from_content(sheet_content(sheet), sheet.signers)
    assert again.section("counts").names == counts.names
    assert sheet_content(again) == sheet_content(sheet)


def test_one_reader_never_sees_two_items_under_one_name(desk, manager):
    twice = LocalName("Cash float", zh_CN="停车证")
    with pytest.raises(ValidationError) as caught:
        handover_commands.set_policy(desk, manager, _policy(passes=PASSES, cash=twice))
    assert caught.value.field == "count_items" and caught.value.params["item"] == "停车证"


def test_settings_saved_before_names_had_languages_read_as_before():
    old = {
        "property": "",
        "shift_starts": ["07:00", "19:00"],
        "count_items": ["Касса", "Cash float"],
        "checklist": ["Сейф закрыт"],
    }
    policy = policy_from_json(old)
    assert policy.local_name("Касса") == LocalName("Касса")  # the old name: every reader's
    assert policy.local_name("Cash float").in_language("ru") == "Разменная касса"
    assert policy.as_json() == old  # stored back as it was
