"""A name a manager types, with a version per language: categories, counted items, checks.

The program's own words are translated by the catalogue; a name the manager made up ("Parking
passes", "备用金") is not in any catalogue, so a Chinese desk read the English manager's words and
the reverse. A :class:`LocalName` keeps the name as it was given (the one every reader sees
when their language has none) and, optionally, the name in each language of the desk.

Stored as it always was when there is nothing but the given name (a plain string), so settings
written before names had languages read the same, and the old single name becomes the fallback.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from desk_app.domain.value import Value

LANGUAGES: tuple[str, ...] = ("en", "zh_CN", "ru")


class LocalName(Value):
    """``given``: the name as the manager first wrote it, in any script (the fallback and the
    name's identity: counts and checks are kept under it); ``en``, ``zh_CN``, ``ru``: the name
    for a reader of that language ("" where there is none)."""

    given: str = ""
    en: str = ""
    zh_CN: str = ""  # noqa: N815 - the language's code, as everywhere else
    ru: str = ""

    def in_language(self, language: str | None) -> str:
        """The name a reader of ``language`` sees: theirs, else the one given."""
        own = getattr(self, language, "") if language in LANGUAGES else ""
        return own or self.given

    def by_language(self) -> dict[str, str]:
        """The languages that have their own name: {"zh_CN": "备用金", ...}."""
        return {lang: getattr(self, lang) for lang in LANGUAGES if getattr(self, lang)}

    def texts(self) -> tuple[str, ...]:
        """Every distinct name it has, the given one first."""
        out: list[str] = []
        for text in (self.given, *self.by_language().values()):
            if text and text not in out:
                out.append(text)
        return tuple(out)

    def __bool__(self) -> bool:
        return bool(self.texts())

    def __str__(self) -> str:
        return self.given

    def cleaned(self, clean: Callable[[str], str]) -> LocalName:
        """Each name passed through ``clean`` (the text rule, spaces tidied)."""
        return LocalName(**{key: clean(value) for key, value in self._fields().items()})

    def _fields(self) -> dict[str, str]:
        return {"given": self.given, "en": self.en, "zh_CN": self.zh_CN, "ru": self.ru}

    def as_json(self) -> str | dict[str, str]:
        """A plain string when only the given name is set (the format before languages)."""
        languages = self.by_language()
        if not languages:
            return self.given
        return {"name": self.given, **languages}

    @classmethod
    def of(cls, value: Any) -> LocalName:
        """Read a stored name: a plain string (the old single name, now the fallback), a
        mapping written by :meth:`as_json`, or a LocalName as it is."""
        if isinstance(value, LocalName):
            return value
        if isinstance(value, Mapping):
            return cls(
                given=str(value.get("name", "") or ""),
                **{lang: str(value.get(lang, "") or "") for lang in LANGUAGES},
            )
        return cls(given="" if value is None else str(value))

    @classmethod
    def with_names(cls, given: str, names: Mapping[str, str] | None) -> LocalName:
        """``given`` and the per-language ``names`` (unknown languages ignored)."""
        names = names or {}
        return cls(given=given, **{lang: names.get(lang, "") or "" for lang in LANGUAGES})
