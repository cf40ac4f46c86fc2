"""Reading a seal back from a printed handover sheet: the QR code's text or the seal's digits.

A supervisor holding a printed sheet checks the book against it (``desk-app verify --sheet``,
or the window's Verify page). What they have is either what a scanner reads from the seal's QR
code, ``DUTYDESK-SEAL:<sheet number>:<64 hex digits>``, or the 64 digits typed from the paper,
where they are printed in groups of four: spaces, dashes and case do not matter.
"""

from __future__ import annotations

import re

from desk_app.domain.errors import ValidationError
from desk_app.domain.value import Value

SEAL_QR_PREFIX = "DUTYDESK-SEAL"
_SEPARATORS = re.compile(r"[\s\-_.·]+")
_HEX64 = re.compile(r"[0-9a-f]{64}")


class PrintedSeal(Value):
    seal: str  # 64 lowercase hex digits
    number: int | None  # the sheet's number, when the QR code gave it


def parse_printed_seal(text: str) -> PrintedSeal:
    value = text.strip()
    number: int | None = None
    if value.upper().startswith(SEAL_QR_PREFIX + ":"):
        parts = value.split(":")
        if len(parts) != 3 or not parts[1].strip().isdigit():
            raise ValidationError(
                "This is not a seal's QR code: it should read DUTYDESK-SEAL:number:seal.",
                field="sheet",
            )
        number = int(parts[1])
        value = parts[2]
    digits = _SEPARATORS.sub("", value).lower()
    if not _HEX64.fullmatch(digits):
        raise ValidationError(
            "A seal is 64 characters 0-9 and a-f (printed in groups of four); this has {count}.",
            field="sheet",
            count=len(digits),
        )
    return PrintedSeal(seal=digits, number=number)
