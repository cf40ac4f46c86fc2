"""What the clerks count at a handover (the cash float, blank key cards, umbrellas): one rule.

Counting is one act: a number entered for an item *is* its count (0 included). An item that
cannot be counted (the safe's key is with the manager) is said so explicitly, with the reason;
it is then not a count, and the sheet may still be sealed. An item with neither is missing, and
the incoming clerk cannot seal.

Each count is shown against what is expected: the count the same station's last sealed sheet
handed over. A manager reading "Cash float 1000" cannot tell whether 1000 is right; "expected
1000, counted 995" says it at once, and such a row is flagged (as is an item not counted).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from desk_app.domain import text as text_rule
from desk_app.domain.errors import ValidationError

if TYPE_CHECKING:  # the sheet's module imports this one
    from desk_app.domain.handover.rules import Section

MAX_COUNT = 1_000_000
REASON_MAX_LENGTH = 200

# The counts section of the sheet: the item, what the last sheet handed over, what was counted,
# and why it was not counted (the reason as typed; empty when counted).
COUNT_COLUMNS = ("item", "expected", "counted", "not_counted")


def check_count(value: int | None, item: str) -> int | None:
    """A count is a whole number from 0 to :data:`MAX_COUNT`; None: none entered."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
        raise ValidationError(
            "A count is a whole number from 0 to {limit}.",
            field="counts",
            item=item,
            limit=MAX_COUNT,
        )
    return value


def parse_count(text: str, item: str) -> int | None:
    """A count as typed in its box: empty is no count; else digits (spaces allowed)."""
    digits = "".join(text.split())
    if not digits:
        return None
    if not digits.isdigit():
        raise ValidationError(
            "A count is a whole number from 0 to {limit}.",
            field="counts",
            item=item,
            limit=MAX_COUNT,
        )
    return check_count(int(digits), item)


def clean_not_counted(
    items: Sequence[str], counts: Mapping[str, int | None], not_counted: Mapping[str, str]
) -> dict[str, str]:
    """The items said not counted, with their reasons as one line each. An item with a count
    is counted, whatever else was said of it; a reason that is blank says nothing."""
    clean: dict[str, str] = {}
    for item, reason in not_counted.items():
        if item not in items or counts.get(item) is not None:
            continue
        text = text_rule.line(reason, "counts")
        if len(text) > REASON_MAX_LENGTH:
            raise ValidationError(
                "A reason may have at most {limit} characters.",
                field="counts",
                item=item,
                limit=REASON_MAX_LENGTH,
            )
        if text:
            clean[item] = text
    return clean


def check_counts(
    items: Sequence[str],
    counts: Mapping[str, int | None],
    not_counted: Mapping[str, str] | None = None,
) -> dict[str, int]:
    """Before sealing: every item the manager listed is counted, or said not counted with a
    reason. Returns the counts. The error names the first item at fault (``item``), so the
    window can put the clerk in its box."""
    reasons = clean_not_counted(items, counts, not_counted or {})
    clean: dict[str, int] = {}
    for item in items:
        value = check_count(counts.get(item), item)
        if value is not None:
            clean[item] = value
        elif item not in reasons:
            raise ValidationError(
                "Count {item}, or say why it is not counted.", field="counts", item=item
            )
    return clean


def count_rows(
    items: Sequence[str],
    counts: Mapping[str, int | None],
    not_counted: Mapping[str, str],
    expected: Mapping[str, int],
) -> tuple[tuple[tuple[Any, ...], ...], tuple[int, ...]]:
    """The counts section's rows (:data:`COUNT_COLUMNS`) and the rows to flag: an item not
    counted, and a count that differs from what was expected."""
    rows = []
    flagged = []
    for i, item in enumerate(items):
        value = counts.get(item)
        reason = not_counted.get(item, "") if value is None else ""
        want = expected.get(item)
        rows.append((item, want, value, reason))
        if value is None or (want is not None and value != want):
            flagged.append(i)
    return tuple(rows), tuple(flagged)


def counted_on(section: Section | None, column: str = "counted") -> dict[str, int]:
    """What a sheet's counts section says was counted (or, ``column="expected"``, expected),
    item by item; sheets sealed before the counts had an expected column read the same."""
    if section is None or "item" not in section.columns or column not in section.columns:
        return {}
    item_at, count_at = section.columns.index("item"), section.columns.index(column)
    found: dict[str, int] = {}
    for row in section.rows:
        value = row[count_at] if count_at < len(row) else None
        if isinstance(value, int) and not isinstance(value, bool):
            found[str(row[item_at])] = value
    return found
