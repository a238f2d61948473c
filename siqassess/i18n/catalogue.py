"""The shape of a language catalogue: texts, plural forms, and how numbers and dates are written."""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass


class Plural:
    """A text with one form per CLDR plural category: ``other`` always, ``one`` and more as needed.

    Every form is a ``str.format`` template that may use ``{n}``, the count.
    """

    __slots__ = ("forms",)

    def __init__(self, *, other: str, **forms: str) -> None:
        self.forms: dict[str, str] = {**forms, "other": other}

    def form(self, category: str) -> str:
        """The form for a plural category, ``other`` when the language has no special form."""
        return self.forms.get(category, self.forms["other"])

    def __repr__(self) -> str:
        return f"Plural({self.forms!r})"


def one_other(n: int) -> str:
    """The plural rule of Swedish, English and most Germanic languages: 1 is "one", else "other"."""
    return "one" if n == 1 else "other"


Text = str | Plural


@dataclass(frozen=True)
class Catalogue:
    """Everything one language needs: its texts and the rules for plurals, numbers and dates.

    A new language is one package in ``siqassess/i18n/lang/`` named by its ISO 639-1 code whose
    ``__init__`` defines ``CATALOGUE``; nothing else changes. A key missing from it is shown in
    English.
    """

    code: str
    """ISO 639-1 code, the value of an answers file's ``language``."""
    name: str
    """The language's own name ("Svenska"), as the interview offers it."""
    texts: Mapping[str, Text]
    english: str = ""
    """The language's English name ("Swedish"), as Windows names a locale ("Swedish_Sweden")."""
    plural: Callable[[int], str] = one_other
    """CLDR plural category of a count."""
    decimal: str = "."
    """Decimal separator."""
    minus: str = "\u2212"
    """The minus sign (U+2212 reads better than a hyphen)."""
    group: str = ","
    """The thousands separator ("5,000"; Swedish writes a no-break space: "5\u00a0000")."""
    quotes: tuple[str, str] = ("\u201c", "\u201d")
    """Opening and closing quotation marks ("…" in English, ”…” in Swedish)."""
    months: tuple[str, ...] = ()
    """The twelve month names, January first, as written inside a date."""
    date: str = "{year}-{month:02d}-{day:02d}"
    """A long date: ``{day}``, ``{month}`` (number), ``{month_name}``, ``{year}``."""


def area_texts(package: str, path: Iterable[str]) -> dict[str, Text]:
    """Every text of one language: the ``TEXTS`` of each area module in its package, merged.

    Areas are found by listing the folder, so a new area is one new file. A key defined in two
    areas is a bug, reported by name.
    """
    merged: dict[str, Text] = {}
    names = sorted(
        name[:-3]
        for folder in path
        for name in os.listdir(folder)
        if name.endswith(".py") and not name.startswith("_")
    )
    for name in names:
        area: Mapping[str, Text] = importlib.import_module(f"{package}.{name}").TEXTS
        twice = merged.keys() & area.keys()
        if twice:
            raise KeyError(f"{package}.{name} repeats {sorted(twice)}")
        merged.update(area)
    return merged
