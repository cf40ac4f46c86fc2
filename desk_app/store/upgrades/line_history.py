"""Sentences earlier versions wrote into the log as words, kept to recognise them on upgrade.

Before revision 0009 the demo generator wrote the program's sentences with phrase tables of its
own, worded a little differently from the window's translations; a demo book made then holds
them. The window's own wordings of the time are kept too (``WINDOW_*``). ``line_recognition``
reads both beside the catalogue's sentences. History: never edit.
"""

from __future__ import annotations

from collections.abc import Mapping

# fmt: off
OLD_SENTENCES: Mapping[str, tuple[str, ...]] = {
    "lostfound.approve": (
        '批准处置拾获物品 {number}：{method}。{note}',
        'Списание находки {number} утверждено: {method}. {note}',
    ),
    "lostfound.close_report": (
        '{guest}的报失登记已关闭：{note}',
        'Заявка о потере ({guest}) закрыта: {note}',
    ),
    "lostfound.found": (
        '登记拾获物品 {number}：{description}。存放于：{storage}。',
        'Зарегистрирована находка {number}: {description}. Место хранения: {storage}.',
    ),
    "lostfound.link": (
        '拾获物品 {number} 可能是{guest}遗失的物品，需通知客人。',
        'Находка {number}, возможно, принадлежит гостю {guest}; гостю нужно сообщить.',
    ),
    "lostfound.photo": (
        '拾获物品 {number} 已添加照片。',
        'К находке {number} добавлено фото.',
    ),
    "lostfound.propose": (
        '申请处置拾获物品 {number}：{method}。{note}',
        'Предложено списание находки {number}: {method}. {note}',
    ),
    "lostfound.reject": (
        '驳回拾获物品 {number} 的处置申请。{note}',
        'Списание находки {number} отклонено. {note}',
    ),
    "lostfound.report": (
        '客人{guest}报失物品：{description}。',
        'Гость {guest} сообщил о потере: {description}.',
    ),
    "lostfound.return": (
        '拾获物品 {number} 已归还给{claimant}（{document} ···{tail}）。',
        'Находка {number} выдана: {claimant} ({document} ···{tail}).',
    ),
    "lostfound.unlink": (
        '拾获物品 {number} 不是{guest}遗失的物品。',
        'Находка {number} не принадлежит гостю {guest}.',
    ),
    "keys.count": (
        '钥匙板清点：缺少 {missing}；登记外借却在板上 {unexpected}；未登记的编号 {unknown}。',
        'Пересчёт ключей: нет на месте — {missing}; на доске, хотя выданы, — {unexpected}; неизвестные номера — {unknown}.',
    ),
    "keys.damaged": (
        '钥匙 {code}（{label}）损坏：{reason}',
        'Ключ {code} ({label}) повреждён: {reason}',
    ),
    "keys.issue": (
        '限制钥匙 {code}（{label}）已发给{holder}，用途：{purpose}。应于 {back} 前归还。',
        'Ключ ограниченного доступа {code} ({label}) выдан: {holder}. Цель: {purpose}. Вернуть до {back}.',
    ),
    "keys.lost": (
        '钥匙 {code}（{label}）报失：{reason}',
        'Ключ {code} ({label}) утерян: {reason}',
    ),
    "keys.restore": (
        '钥匙 {code}（{label}）已挂回钥匙板：{reason}',
        'Ключ {code} ({label}) снова на доске: {reason}',
    ),
    "keys.return": (
        '限制钥匙 {code}（{label}）已由{holder}归还。',
        'Ключ ограниченного доступа {code} ({label}) возвращён: {holder}.',
    ),
}
OLD_CODE_LABELS: Mapping[str, Mapping[str, str]] = {
    "disposal_method": {
        '寄还失主': 'returned_to_owner',
        '捐赠': 'donated',
        '销毁': 'destroyed',
        '交派出所': 'handed_to_police',
        'отправлено владельцу': 'returned_to_owner',
        'передано на благотворительность': 'donated',
        'уничтожено': 'destroyed',
        'передано в полицию': 'handed_to_police',
        'sent to the owner': 'returned_to_owner',
        'donated': 'donated',
        'destroyed': 'destroyed',
        'handed to police': 'handed_to_police',
    },
    "id_document": {
        '护照': 'passport',
        '身份证': 'national_id',
        '驾驶证': 'driving_licence',
        '居留许可': 'residence_permit',
        '工作证': 'staff_card',
        '其他证件': 'other',
        'паспорт': 'passport',
        'удостоверение личности': 'national_id',
        'водительское удостоверение': 'driving_licence',
        'вид на жительство': 'residence_permit',
        'служебный пропуск': 'staff_card',
        'другой документ': 'other',
        'passport': 'passport',
        'national ID card': 'national_id',
        'driving licence': 'driving_licence',
        'residence permit': 'residence_permit',
        'staff card': 'staff_card',
        'other document': 'other',
    },
}
# fmt: on


# The window's own wordings at 13c4e79 (its catalogue then), frozen: a later change of a
# translation must not leave the lines written before it unrecognised.
# fmt: off
WINDOW_SENTENCES: Mapping[str, tuple[str, ...]] = {
    "lostfound.found": (
        'Found item {number} registered: {description}. Stored at: {storage}.',
        '拾获物品 {number} 已登记：{description}。保管位置：{storage}。',
        'Зарегистрирована находка {number}: {description}. Место хранения: {storage}.',
    ),
    "lostfound.photo": (
        'Photo added to found item {number}.',
        '已为拾获物品 {number} 添加照片。',
        'К находке {number} добавлено фото.',
    ),
    "lostfound.report": (
        'Guest {guest} reports a lost item: {description}.',
        '客人 {guest} 报失物品：{description}。',
        'Гость {guest} сообщает о потере: {description}.',
    ),
    "lostfound.link": (
        'Found item {number} may be what {guest} lost; the guest is to be told.',
        '拾获物品 {number} 可能是 {guest} 遗失的物品，需通知客人。',
        'Находка {number}, возможно, — вещь гостя {guest}; гостю нужно сообщить.',
    ),
    "lostfound.unlink": (
        'Found item {number} is not what {guest} lost.',
        '拾获物品 {number} 不是 {guest} 遗失的物品。',
        'Находка {number} — не вещь гостя {guest}.',
    ),
    "lostfound.close_report": (
        "Report of {guest}'s lost item closed: {note}",
        '{guest} 的报失登记已关闭：{note}',
        'Заявление гостя {guest} о потере закрыто: {note}',
    ),
    "lostfound.return": (
        'Found item {number} returned to {claimant} ({document} ···{tail}).',
        '拾获物品 {number} 已归还给 {claimant}（{document} ···{tail}）。',
        'Находка {number} выдана получателю: {claimant} ({document} ···{tail}).',
    ),
    "lostfound.propose": (
        'Disposal of found item {number} proposed: {method}. {note}',
        '已申请处置拾获物品 {number}：{method}。{note}',
        'Предложено списание находки {number}: {method}. {note}',
    ),
    "lostfound.approve": (
        'Disposal of found item {number} approved: {method}. {note}',
        '拾获物品 {number} 的处置已批准：{method}。{note}',
        'Списание находки {number} согласовано: {method}. {note}',
    ),
    "lostfound.reject": (
        'Disposal of found item {number} rejected. {note}',
        '拾获物品 {number} 的处置已驳回。{note}',
        'Списание находки {number} отклонено. {note}',
    ),
    "keys.issue": (
        'Restricted key {code} ({label}) issued to {holder} for: {purpose}. Back by {back}.',
        '受限钥匙 {code}（{label}）已借给 {holder}，用途：{purpose}。预计 {back} 前归还。',
        'Ключ ограниченного доступа {code} ({label}) выдан: {holder}. Цель: {purpose}. Вернуть до {back}.',
    ),
    "keys.return": (
        'Restricted key {code} ({label}) returned by {holder}.',
        '受限钥匙 {code}（{label}）已由 {holder} 归还。',
        'Ключ ограниченного доступа {code} ({label}) возвращён; его вернул(а) {holder}.',
    ),
    "keys.lost": (
        'Key {code} ({label}) reported lost: {reason}',
        '钥匙 {code}（{label}）报告遗失：{reason}',
        'Ключ {code} ({label}) утерян: {reason}',
    ),
    "keys.damaged": (
        'Key {code} ({label}) reported damaged: {reason}',
        '钥匙 {code}（{label}）报告损坏：{reason}',
        'Ключ {code} ({label}) повреждён: {reason}',
    ),
    "keys.restore": (
        'Key {code} ({label}) is back on the board: {reason}',
        '钥匙 {code}（{label}）已恢复上板：{reason}',
        'Ключ {code} ({label}) снова на щите: {reason}',
    ),
    "keys.count": (
        'Key board counted: {missing} missing, {unexpected} on the board though out, {unknown} unknown.',
        '钥匙板已盘点：缺失 {missing} 把，借出却在板上 {unexpected} 把，未知 {unknown} 把。',
        'Пересчёт ключей на щите. Нет на месте: {missing}. На щите, хотя выданы: {unexpected}. Неизвестные: {unknown}.',
    ),
}
WINDOW_CODE_LABELS: Mapping[str, Mapping[str, str]] = {
    "disposal_method": {
        'Returned to owner': 'returned_to_owner',
        '归还失主': 'returned_to_owner',
        'Возвращено владельцу': 'returned_to_owner',
        'Donated': 'donated',
        '捐赠': 'donated',
        'Передано в благотворительность': 'donated',
        'Destroyed': 'destroyed',
        '销毁': 'destroyed',
        'Уничтожено': 'destroyed',
        'Handed to police': 'handed_to_police',
        '移交警方': 'handed_to_police',
        'Передано в полицию': 'handed_to_police',
    },
    "id_document": {
        'Passport': 'passport',
        '护照': 'passport',
        'Паспорт': 'passport',
        'National identity card': 'national_id',
        '身份证': 'national_id',
        'Удостоверение личности': 'national_id',
        'Driving licence': 'driving_licence',
        '驾驶证': 'driving_licence',
        'Водительское удостоверение': 'driving_licence',
        'Residence permit': 'residence_permit',
        '居留许可': 'residence_permit',
        'Вид на жительство': 'residence_permit',
        'Staff card': 'staff_card',
        '工作证': 'staff_card',
        'Служебное удостоверение': 'staff_card',
        'Other document': 'other',
        '其他证件': 'other',
        'Другой документ': 'other',
    },
}
# fmt: on
