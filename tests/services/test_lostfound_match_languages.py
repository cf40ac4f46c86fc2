"""A guest's report and a found item written in different languages find each other."""

from __future__ import annotations

from datetime import timedelta

from desk_app.services.lostfound import matching as lostfound_matching
from tests.services.test_lostfound import register, report


def test_a_chinese_report_finds_a_russian_item_and_the_reverse(desk, clerk, clock):
    wallet = register(
        desk, clerk, description="Чёрный кошелёк, внутри карты", category="valuables",
        found_place="Ресторан", valuables=True,
    )  # fmt: skip
    register(
        desk, clerk, description="серебряная цепочка", category="valuables",
        found_place="Ресторан", valuables=True,
    )  # fmt: skip
    clock.advance(timedelta(minutes=30))
    guest = report(desk, clerk, description="黑色钱包", category="valuables", lost_place="餐厅")
    found = lostfound_matching.matches_for_report(desk, clerk, guest.id)
    assert found[0].item.number == wallet.number and found[0].reason.text == 1.0

    clock.advance(timedelta(minutes=30))
    russian = report(desk, clerk, description="синий зонт", category="other", lost_place="холл")
    clock.advance(timedelta(minutes=30))
    umbrella = register(desk, clerk, description="蓝色雨伞", found_place="大堂")
    back = lostfound_matching.matches_for_item(desk, clerk, umbrella.id)
    assert [m.report.id for m in back][0] == russian.id and back[0].reason.text == 1.0
