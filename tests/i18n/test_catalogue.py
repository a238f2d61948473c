"""The one text catalogue: completeness, the missing-text rule, plurals, numbers, dates, locale."""

from __future__ import annotations

import datetime as dt
import re
import string
from pathlib import Path

import pytest

import siqassess.i18n as i18n
from siqassess.i18n import (
    LANGUAGES,
    Plural,
    catalogue,
    date,
    default_language,
    detect,
    number,
    t,
    texts,
    tn,
)
from siqassess.i18n import lang as lang_pkg

SOURCE = Path(i18n.__file__).resolve().parents[1]


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def _forms(text: str | Plural) -> list[str]:
    return list(text.forms.values()) if isinstance(text, Plural) else [text]


def test_sv_and_en_are_shipped() -> None:
    assert LANGUAGES == ("en", "sv")


@pytest.mark.parametrize("code", [c for c in LANGUAGES if c != "en"])
def test_every_key_exists_in_every_language_with_the_same_placeholders(code: str) -> None:
    english, other = catalogue("en").texts, catalogue(code).texts
    assert sorted(other.keys() - english.keys()) == [], "keys English lacks"
    assert sorted(english.keys() - other.keys()) == [], "keys this language lacks"
    for key, text in english.items():
        assert isinstance(other[key], Plural) == isinstance(text, Plural), key
        wanted = set().union(*(_fields(f) for f in _forms(text)))
        for form in _forms(other[key]):
            assert _fields(form) <= wanted | {"n"}, key


def test_plural_texts_have_the_forms_their_language_uses() -> None:
    for code in LANGUAGES:
        cat = catalogue(code)
        for key, text in cat.texts.items():
            if isinstance(text, Plural):
                needed = {cat.plural(n) for n in range(0, 200)}
                assert needed <= text.forms.keys(), (code, key)


def test_every_key_the_code_names_is_in_the_catalogue() -> None:
    # t(lang, "key") and tn(lang, "key", n) with a literal key: a typo would fail only at run time.
    pattern = re.compile(r"\btn?\(\s*[\w.]+,\s*['\"]([a-z0-9_]+)['\"]")
    keys = set(catalogue("en").texts)
    used: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        used |= set(pattern.findall(path.read_text(encoding="utf-8")))
    assert used, "the pattern finds the calls"
    assert sorted(used - keys) == []


def test_a_missing_text_is_shown_in_english_and_an_unknown_key_is_a_bug(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    partial = i18n.Catalogue(code="sv", name="Svenska", texts={"progress": "Fråga {n} av {total}"})
    monkeypatch.setattr(i18n, "catalogue", lambda code: partial if code == "sv" else _english)
    assert t("sv", "progress", n=1, total=2) == "Fråga 1 av 2"
    assert t("sv", "saved", path="a.yaml") == "Saved to a.yaml"
    with pytest.raises(KeyError):
        t("sv", "no_such_text")


_english = catalogue("en")


def test_an_unknown_language_gets_english() -> None:
    assert t("xx", "saved", path="a.yaml") == "Saved to a.yaml"
    assert texts("xx")["total"] == "Total"


def test_progress_reads_naturally() -> None:
    assert t("sv", "progress", n=12, total=32) == "Fråga 12 av 32"
    assert t("en", "progress", n=12, total=32) == "Question 12 of 32"


def test_plurals_pick_the_form_for_the_count() -> None:
    rule = catalogue("sv").plural
    assert [rule(n) for n in (0, 1, 2, 21)] == ["other", "one", "other", "other"]
    text = Plural(one="{n} besvarad", other="{n} besvarade")
    assert text.form("one") == "{n} besvarad"
    assert text.form("few") == "{n} besvarade"


def test_t_and_tn_refuse_the_wrong_kind_of_text(monkeypatch: pytest.MonkeyPatch) -> None:
    cat = i18n.Catalogue(
        code="en", name="English", texts={"a": "A", "b": Plural(one="{n} b", other="{n} bs")}
    )
    monkeypatch.setattr(i18n, "catalogue", lambda code: cat)
    assert tn("en", "b", 1) == "1 b"
    assert tn("en", "b", 3) == "3 bs"
    with pytest.raises(TypeError):
        t("en", "b")
    with pytest.raises(TypeError):
        tn("en", "a", 1)


@pytest.mark.parametrize(
    ("value", "digits", "sv", "en"),
    [
        (None, 1, "–", "–"),
        (62.25, 1, "62,2", "62.2"),
        (62.0, 1, "62", "62"),
        (-3.5, 1, "−3,5", "−3.5"),
        (-0.04, 1, "0", "0"),
        (0.0, 0, "0", "0"),
        (999.6, 0, "1000", "1000"),
        (12.345, 2, "12,35", "12.35"),
    ],
)
def test_numbers_have_the_languages_decimal_mark_and_a_real_minus(
    value: float | None, digits: int, sv: str, en: str
) -> None:
    assert number("sv", value, digits) == sv
    assert number("en", value, digits) == en


def test_dates_are_written_out_in_the_language() -> None:
    assert date("sv", dt.date(2025, 3, 1)) == "1 mars 2025"
    assert date("en", dt.date(2025, 3, 1)) == "1 March 2025"
    assert date("sv", None) == "–"


def test_language_default_option_then_file_then_locale() -> None:
    sv_env = {"LANG": "sv_SE.UTF-8"}
    assert default_language("en", "sv", sv_env) == "en"
    assert default_language(None, "en", sv_env) == "en"
    assert default_language(None, None, sv_env) == "sv"
    assert default_language(None, None, {"LC_ALL": "sv_FI.UTF-8", "LANG": "en_GB"}) == "sv"
    assert default_language(None, None, {"LC_MESSAGES": "sv_SE", "LANG": "en_GB"}) == "sv"
    assert default_language(None, None, {"LANG": "de_DE.UTF-8"}) == "en"
    assert default_language(None, None, {"LANG": "C.UTF-8"}) == "en"
    assert default_language(None, None, {}) == "en"


@pytest.mark.parametrize("name", ["Swedish_Sweden", "sv_SE", "sv-SE"])
def test_a_swedish_platform_locale_gives_swedish_when_no_variable_is_set(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    # A Swedish Windows sets none of LC_ALL, LC_MESSAGES, LANG; the platform's locale decides.
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(detect, "platform_locale", lambda: name)
    assert default_language() == "sv"
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert default_language() == "en"


def test_a_third_language_is_one_catalogue_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "de").mkdir()
    (tmp_path / "de" / "__init__.py").write_text(
        "from siqassess.i18n.catalogue import Catalogue, area_texts\n"
        "CATALOGUE = Catalogue(code='de', name='Deutsch', decimal=',',\n"
        "    texts=area_texts(__name__, __path__))\n",
        encoding="utf-8",
    )
    (tmp_path / "de" / "interview.py").write_text(
        "TEXTS = {'progress': 'Frage {n} von {total}'}\n", encoding="utf-8"
    )
    monkeypatch.setattr(lang_pkg, "__path__", [*lang_pkg.__path__, str(tmp_path)])
    i18n.languages.cache_clear()
    i18n.catalogue.cache_clear()
    try:
        assert "de" in i18n.languages()
        assert default_language(None, None, {"LANG": "de_DE.UTF-8"}) == "de"
        assert t("de", "progress", n=2, total=32) == "Frage 2 von 32"
        assert t("de", "saved", path="a.yaml") == "Saved to a.yaml"
        assert number("de", 2.5) == "2,5"
    finally:
        monkeypatch.undo()
        i18n.languages.cache_clear()
        i18n.catalogue.cache_clear()
        texts.cache_clear()
