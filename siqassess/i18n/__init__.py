"""The one text catalogue: every text a user sees, per language, with plurals, numbers and dates.

``t(lang, key, **values)`` gives a text, ``tn(lang, key, n, **values)`` a counted text in the
right plural form, ``number`` and ``date`` format values. The one rule for a missing text: a key
a language lacks is shown in English, and a key English lacks is a bug (KeyError); a test asserts
that every key exists in every shipped language. Languages are the packages of ``i18n/lang/``.
"""

from __future__ import annotations

import datetime as _dt
import importlib
import os
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

from siqassess.i18n import lang as _lang_pkg
from siqassess.i18n.catalogue import Catalogue, Plural, Text
from siqassess.i18n.detect import detect_language, file_language

__all__ = [
    "LANGUAGES",
    "Catalogue",
    "Plural",
    "any_of",
    "catalogue",
    "date",
    "default_language",
    "grouped",
    "lang_argument",
    "language_for",
    "languages",
    "message_language",
    "number",
    "quoted",
    "t",
    "texts",
    "tn",
]

FALLBACK = "en"


@cache
def languages() -> tuple[str, ...]:
    """Every shipped language, by code: one package per language in ``siqassess/i18n/lang/``."""
    # os.listdir rather than pkgutil.iter_modules: that import alone costs every run 0.5 ms.
    codes = {
        name
        for folder in _lang_pkg.__path__
        for name in os.listdir(folder)
        if not name.startswith("_") and os.path.isfile(os.path.join(folder, name, "__init__.py"))
    }
    return tuple(sorted(codes))


LANGUAGES: tuple[str, ...] = languages()


@cache
def catalogue(lang: str) -> Catalogue:
    """The catalogue of ``lang``; English for a language we do not ship."""
    code = lang if lang in languages() else FALLBACK
    module = importlib.import_module(f"siqassess.i18n.lang.{code}")
    found: Catalogue = module.CATALOGUE
    return found


def _lookup(lang: str, key: str) -> tuple[Catalogue, Text]:
    cat = catalogue(lang)
    text = cat.texts.get(key)
    if text is None:
        cat = catalogue(FALLBACK)
        text = cat.texts[key]
    return cat, text


def t(lang: str, key: str, /, **values: object) -> str:
    """The text ``key`` in ``lang``, filled with ``values``."""
    _, text = _lookup(lang, key)
    if isinstance(text, Plural):
        raise TypeError(f"text {key!r} has plural forms: use tn()")
    return text.format(**values) if values else text


def tn(lang: str, key: str, n: int, /, **values: object) -> str:
    """The counted text ``key`` in ``lang`` in the plural form for ``n``; ``{n}`` is the count."""
    cat, text = _lookup(lang, key)
    if not isinstance(text, Plural):
        raise TypeError(f"text {key!r} has no plural forms: use t()")
    return text.form(cat.plural(n)).format(n=n, **values)


@cache
def texts(lang: str) -> Mapping[str, str]:
    """Every plain (not counted) text in ``lang``, English where it lacks one: for templates."""
    merged = {**catalogue(FALLBACK).texts, **catalogue(lang).texts}
    return {key: text for key, text in merged.items() if isinstance(text, str)}


def number(lang: str, value: float | None, digits: int = 1) -> str:
    """A number rounded to ``digits`` decimals, trailing zeros dropped; "–" when there is none.

    Our own few lines rather than Babel: Babel costs about 30 ms per process in imports and locale
    data (measured; start-up is ~200 ms), and the catalogue already carries the separators.
    """
    if value is None:
        return "–"
    cat = catalogue(lang)
    text = f"{round(float(value), digits):.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    sign = cat.minus if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    return sign + whole + (cat.decimal + fraction if fraction else "")


def grouped(lang: str, value: int) -> str:
    """A whole number with the language's thousands separator: 5,000 or 5\u00a0000."""
    return f"{value:,}".replace(",", catalogue(lang).group)


def quoted(lang: str, text: str) -> str:
    """``text`` in the language's quotation marks: “text” or ”text”."""
    opening, closing = catalogue(lang).quotes
    return f"{opening}{text}{closing}"


def any_of(lang: str, names: Iterable[str]) -> str:
    """Alternatives as the language lists them: "a, b or c", "a, b eller c"."""
    items = list(names)
    if len(items) < 2:
        return "".join(items)
    return t(lang, "list_or", head=", ".join(items[:-1]), last=items[-1])


def date(lang: str, value: _dt.date | None) -> str:
    """A date written out as ``lang`` writes it ("3 mars 2025", "3 March 2025"); "–" for none."""
    if value is None:
        return "–"
    cat = catalogue(lang)
    month_name = cat.months[value.month - 1] if cat.months else str(value.month)
    return cat.date.format(day=value.day, month=value.month, month_name=month_name, year=value.year)


def default_language(
    option: str | None = None,
    file_language: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> str:
    """The interface language: the option, else the file's, else the locale, else English."""
    known = languages()
    if option in known:
        return option
    if file_language in known:
        return file_language
    return detect_language(known, environ, english_names) or FALLBACK


@cache
def english_names() -> Mapping[str, str]:
    """Each shipped language's English name, lower case, to its code: for Windows locale names."""
    return {cat.english.lower(): cat.code for cat in map(catalogue, languages()) if cat.english}


def language_for(option: str | None, files: Iterable[Path] = ()) -> str:
    """The language of what is written into a document built from ``files``.

    The option, else the first file's own ``language``, else the locale. Never for messages:
    they follow ``message_language``.
    """
    if option in languages():
        return option
    for path in files:
        found = file_language(path)
        if found in languages():
            return found
    return default_language()


def message_language(option: str | None, configured: str | None = None) -> str:
    """The one rule for the language of the tool's messages: ``--lang``, else the configured
    ``lang``, else the locale, else English. An input file's language never decides it.
    """
    return default_language(option if option in languages() else configured)


def lang_argument(args: Iterable[str]) -> str | None:
    """The value of ``--lang``/``-l`` on a raw command line, or None.

    Used where an error escapes a command, whose parsed options are gone by then.
    """
    option: str | None = None
    words = list(args)
    for i, word in enumerate(words):
        if word in ("--lang", "-l") and i + 1 < len(words):
            option = words[i + 1]
        elif word.startswith("--lang="):
            option = word.removeprefix("--lang=")
    return option
