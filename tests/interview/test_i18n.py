"""Interface texts and the language default."""

from __future__ import annotations

import string

from siqassess.i18n import TEXTS, default_language, t


def test_every_text_exists_in_both_languages_with_the_same_placeholders() -> None:
    assert TEXTS["sv"].keys() == TEXTS["en"].keys()
    fields = string.Formatter()
    for key in TEXTS["sv"]:
        sv = {f for _, f, _, _ in fields.parse(TEXTS["sv"][key]) if f}
        en = {f for _, f, _, _ in fields.parse(TEXTS["en"][key]) if f}
        assert sv == en, key


def test_progress_reads_naturally() -> None:
    assert t("sv", "progress", n=12, total=32) == "Fråga 12 av 32"
    assert t("en", "progress", n=12, total=32) == "Question 12 of 32"


def test_language_default_option_then_file_then_locale() -> None:
    sv_env = {"LANG": "sv_SE.UTF-8"}
    assert default_language("en", "sv", sv_env) == "en"
    assert default_language(None, "en", sv_env) == "en"
    assert default_language(None, None, sv_env) == "sv"
    assert default_language(None, None, {"LC_ALL": "sv_FI.UTF-8", "LANG": "en_GB"}) == "sv"
    assert default_language(None, None, {"LANG": "de_DE.UTF-8"}) == "en"
    assert default_language(None, None, {}) == "en"
