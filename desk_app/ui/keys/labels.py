"""Translated names of the key register's values, in the reader's language.

The sentences a key movement writes into the duty log are not here: they are messages of
``domain.book_lines``, marked for translation in ``ui.common.book_line_texts`` (generated from it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk_app.domain.keys import HolderKind, IdDocument, KeyState, KeyType, Movement


def key_type_label(key_type: KeyType) -> str:
    return {
        KeyType.MASTER: QCoreApplication.translate("Labels", "Master key"),
        KeyType.FLOOR: QCoreApplication.translate("Labels", "Floor key"),
        KeyType.ROOM: QCoreApplication.translate("Labels", "Room key"),
        KeyType.SERVICE: QCoreApplication.translate("Labels", "Service key"),
        KeyType.RADIO: QCoreApplication.translate("Labels", "Radio"),
        KeyType.VEHICLE: QCoreApplication.translate("Labels", "Vehicle key"),
        KeyType.OTHER: QCoreApplication.translate("Labels", "Other", "key or asset type"),
    }[key_type]


def key_state_label(state: KeyState, overdue: bool = False) -> str:
    """Where a key is: on its hook, out (overdue if its time has passed), off the board."""
    if state is KeyState.OUT and overdue:
        return QCoreApplication.translate("Labels", "Overdue", "a key not back in time")
    return {
        KeyState.IN: QCoreApplication.translate("Labels", "On the board"),
        KeyState.OUT: QCoreApplication.translate("Labels", "Out", "a key issued to someone"),
        KeyState.OFF: QCoreApplication.translate("Labels", "Off the board (lost or damaged)"),
    }[state]


def key_state_short(state: KeyState, overdue: bool = False) -> str:
    """The one word a hook on the board shows beside the code (so state is not colour alone)."""
    if state is KeyState.OUT and overdue:
        return QCoreApplication.translate("KeyBoard", "LATE", "a key not back in time; short")
    return {
        KeyState.IN: QCoreApplication.translate("KeyBoard", "IN", "a key on its hook; short"),
        KeyState.OUT: QCoreApplication.translate("KeyBoard", "OUT", "a key issued; short"),
        KeyState.OFF: QCoreApplication.translate("KeyBoard", "OFF", "a key lost or damaged; short"),
    }[state]


def movement_label(movement: Movement) -> str:
    return {
        Movement.ISSUE: QCoreApplication.translate("Labels", "Issued", "key movement"),
        Movement.RETURN: QCoreApplication.translate("Labels", "Returned", "key movement"),
        Movement.LOST: QCoreApplication.translate("Labels", "Reported lost", "key movement"),
        Movement.DAMAGED: QCoreApplication.translate("Labels", "Reported damaged", "key movement"),
        Movement.RESTORE: QCoreApplication.translate("Labels", "Back on the board", "key movement"),
        Movement.RETIRE: QCoreApplication.translate("Labels", "Retired", "key movement"),
        Movement.REINSTATE: QCoreApplication.translate("Labels", "Brought back", "key movement"),
    }[movement]


def holder_kind_label(kind: HolderKind) -> str:
    return {
        HolderKind.STAFF: QCoreApplication.translate(
            "Labels", "Desk account", "a member of staff who signs in to the desk, taking a key"
        ),
        HolderKind.DIRECTORY: QCoreApplication.translate(
            "Labels", "Staff directory", "housekeeping, engineering, security... taking a key"
        ),
        HolderKind.OUTSIDE: QCoreApplication.translate(
            "Labels", "Someone from outside", "contractor, guest or visitor taking a key"
        ),
    }[kind]


def key_id_document_label(doc: IdDocument) -> str:
    return {
        IdDocument.PASSPORT: QCoreApplication.translate("Labels", "Passport"),
        IdDocument.NATIONAL_ID: QCoreApplication.translate("Labels", "National identity card"),
        IdDocument.DRIVING_LICENCE: QCoreApplication.translate("Labels", "Driving licence"),
        IdDocument.COMPANY_ID: QCoreApplication.translate("Labels", "Company ID card"),
        IdDocument.OTHER: QCoreApplication.translate("Labels", "Other document"),
    }[doc]
