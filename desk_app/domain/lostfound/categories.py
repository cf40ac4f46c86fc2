"""Lost and found: the categories of found items and how long each is kept (the retention
policy a manager edits), with the order the window lists them in."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import field, replace
from datetime import datetime, timedelta

from desk_app.domain import text as text_rule
from desk_app.domain.errors import ValidationError
from desk_app.domain.local_name import LANGUAGES, LocalName
from desk_app.domain.value import Value

DEFAULT_RETENTION_DAYS = 90
DEFAULT_VALUABLES_DAYS = 180
MAX_RETENTION_DAYS = 3 * 366


# The categories every desk starts with; a manager may rename them, set their retention, retire
# them, and add others.
BUILTIN_CATEGORIES: tuple[str, ...] = (
    "documents",
    "electronics",
    "valuables",  # money and valuables
    "clothing",
    "keys",
    "other",
)
_BUILTIN_DAYS = {"valuables": DEFAULT_VALUABLES_DAYS, "documents": DEFAULT_VALUABLES_DAYS}
CUSTOM_PREFIX = "c-"


class ItemCategory(Value):
    code: str
    name: str = ""  # the name given; empty: a built-in shown under its translated name
    retention_days: int = DEFAULT_RETENTION_DAYS
    active: bool = True
    # The name per language, falling back to ``name`` (its ``given`` is always ``name``).
    names: LocalName = field(default_factory=LocalName)

    def __post_init__(self) -> None:
        if self.names.given != self.name:
            object.__setattr__(self, "names", replace(LocalName.of(self.names), given=self.name))

    @property
    def builtin(self) -> bool:
        return self.code in BUILTIN_CATEGORIES

    def name_in(self, language: str | None) -> str:
        """The manager's name for a reader of ``language`` ("" for a built-in left unnamed in
        that language: the reader's translation of it is shown)."""
        return self.names.in_language(language)


class RetentionPolicy(Value):
    """How long found items are kept before they may be disposed of."""

    categories: tuple[ItemCategory, ...]
    valuables_days: int = DEFAULT_VALUABLES_DAYS

    def category(self, code: str) -> ItemCategory | None:
        for c in self.categories:
            if c.code == code:
                return c
        return None

    def days_for(self, category: str, valuables: bool) -> int:
        """A valuable item is kept at least as long as valuables are, whatever its category."""
        cat = self.category(category)
        days = cat.retention_days if cat else DEFAULT_RETENTION_DAYS
        return max(days, self.valuables_days) if valuables else days

    def dispose_after(self, found_at: datetime, category: str, valuables: bool) -> datetime:
        return found_at + timedelta(days=self.days_for(category, valuables))

    def is_due(self, found_at: datetime, category: str, valuables: bool, now: datetime) -> bool:
        return now >= self.dispose_after(found_at, category, valuables)

    def as_json(self) -> dict:
        return {
            "categories": [_category_json(c) for c in self.categories],
            "valuables_days": self.valuables_days,
        }


def _category_json(c: ItemCategory) -> dict:
    out: dict = {"code": c.code, "name": c.name, "days": c.retention_days, "active": c.active}
    if c.names.by_language():  # settings without names per language are stored as before
        out["names"] = c.names.by_language()
    return out


def default_policy() -> RetentionPolicy:
    return RetentionPolicy(
        tuple(
            ItemCategory(code, "", _BUILTIN_DAYS.get(code, DEFAULT_RETENTION_DAYS))
            for code in BUILTIN_CATEGORIES
        )
    )


def policy_from_json(data: Mapping | None) -> RetentionPolicy:
    """The stored policy, with any built-in category a stored list lacks added back."""
    if not data:
        return default_policy()
    cats = [
        ItemCategory(
            code=str(c["code"]),
            name=str(c.get("name", "")),
            retention_days=int(c.get("days", DEFAULT_RETENTION_DAYS)),
            active=bool(c.get("active", True)),
            names=LocalName.with_names(str(c.get("name", "")), c.get("names")),
        )
        for c in data.get("categories", [])
    ]
    known = {c.code for c in cats}
    for default in default_policy().categories:
        if default.code not in known:
            cats.append(default)
    return RetentionPolicy(tuple(cats), int(data.get("valuables_days", DEFAULT_VALUABLES_DAYS)))


def validate_retention_days(days: int, field: str = "retention_days") -> int:
    if not 1 <= days <= MAX_RETENTION_DAYS:
        raise ValidationError(
            "Retention must be between 1 and {limit} days.", field=field, limit=MAX_RETENTION_DAYS
        )
    return days


def validate_policy(policy: RetentionPolicy) -> RetentionPolicy:
    """A manager's edit of the category list: names unique, days sane, built-ins never dropped."""
    validate_retention_days(policy.valuables_days, "valuables_days")
    seen_codes: set[str] = set()
    seen_names: set[str] = set()
    seen_local: dict[str, set[str]] = {lang: set() for lang in LANGUAGES}
    cleaned = []
    for c in policy.categories:
        names = c.names.cleaned(lambda t: text_rule.line(t, "category_name"))
        name = names.given
        if not c.builtin and not c.code.startswith(CUSTOM_PREFIX):
            raise ValidationError(
                "Unknown category: {category}.", field="category", category=c.code
            )
        if not c.builtin and not name:
            raise ValidationError("Give the new category a name.", field="category_name")
        if any(len(text) > 60 for text in names.texts()):
            raise ValidationError(
                "A category name is longer than {limit} characters.",
                field="category_name",
                limit=60,
            )
        for lang, text in names.by_language().items():  # as one reader sees them
            if text.casefold() in seen_local[lang]:
                raise ValidationError(
                    "Two categories are both called {name}.", field="category_name", name=text
                )
            seen_local[lang].add(text.casefold())
        if c.code in seen_codes:
            raise ValidationError(
                "Unknown category: {category}.", field="category", category=c.code
            )
        key = name.casefold()
        if key and key in seen_names:
            raise ValidationError(
                "Two categories are both called {name}.", field="category_name", name=name
            )
        validate_retention_days(c.retention_days)
        seen_codes.add(c.code)
        if key:
            seen_names.add(key)
        cleaned.append(ItemCategory(c.code, name, c.retention_days, c.active, names))
    if not any(c.active for c in cleaned):
        raise ValidationError("Keep at least one category in use.", field="category")
    for code in BUILTIN_CATEGORIES:
        if code not in seen_codes:
            raise ValidationError(
                "A built-in category cannot be removed; retire it instead.", field="category"
            )
    return RetentionPolicy(tuple(cleaned), policy.valuables_days)


def sort_categories(cats: Sequence[ItemCategory]) -> list[ItemCategory]:
    """The built-ins in their usual order, a desk's own after them, "other" last."""

    def key(c: ItemCategory) -> tuple[int, int, str]:
        if c.code == "other":
            return (2, 0, "")
        if c.builtin:
            return (0, BUILTIN_CATEGORIES.index(c.code), "")
        return (1, 0, c.name.casefold())

    return sorted(cats, key=key)
