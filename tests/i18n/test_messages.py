"""Errors and warnings in the user's language: --lang, else config, else the locale."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.criteria.tree import LoadedModel
from siqassess.errors import Location, Problem, msg
from siqassess.i18n import tn
from siqassess.io.answers import new_answers, save_answers

runner = CliRunner()


def _answers(model: LoadedModel, tmp_path: Path, lang: str, old: str = "", new: str = "") -> Path:
    path = tmp_path / f"answers-{lang}.yaml"
    save_answers(path, new_answers(model, language=lang), model)
    if old:
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


BLANK = "  F1.1:\n    score: null"


def _locale(lang: str) -> dict[str, str]:
    """A user whose locale is ``lang``: the messages follow it, whatever a file's language."""
    return {"LC_ALL": {"sv": "sv_SE.UTF-8", "en": "en_GB.UTF-8"}[lang]}


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "{path}:23:1: YAML indents with spaces; replace the tab at line 23"),
        (
            "sv",
            "{path}:23:1: YAML drar in med mellanslag; byt tabbtecknet på rad 23 mot mellanslag",
        ),
    ],
)
def test_a_tab_says_to_indent_with_spaces(
    model: LoadedModel, tmp_path: Path, lang: str, expected: str
) -> None:
    path = _answers(model, tmp_path, lang, BLANK, "  F1.1:\n\tscore: 60")
    result = runner.invoke(app, ["validate", str(path)], env=_locale(lang))
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == expected.format(path=path)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "{path}:23:5: write 60 without quotes [answers.F1.1.score]"),
        ("sv", "{path}:23:5: skriv 60 utan citattecken [answers.F1.1.score]"),
    ],
)
def test_a_quoted_number_says_to_drop_the_quotes(
    model: LoadedModel, tmp_path: Path, lang: str, expected: str
) -> None:
    path = _answers(model, tmp_path, lang, BLANK, "  F1.1:\n    score: '60'")
    result = runner.invoke(app, ["validate", str(path)], env=_locale(lang))
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == expected.format(path=path)


def test_validate_speaks_the_locale_and_counts_right(model: LoadedModel, tmp_path: Path) -> None:
    path = _answers(model, tmp_path, "sv", BLANK, "  F1.1:\n    score: 55")
    result = runner.invoke(app, ["validate", str(path)], env=_locale("sv"))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{path}:23:5: 55 finns inte på skalan (0–100 i steg om 10) [answers.F1.1.score]",
        "1 fil kontrollerad: 1 ogiltig, 1 problem",
    ]
    english = [
        f"{path}:23:5: 55 is not on the scale (0–100 in steps of 10) [answers.F1.1.score]",
        "1 file checked: 1 invalid, 1 problem",
    ]
    result = runner.invoke(app, ["validate", str(path), "--lang", "en"], env=_locale("sv"))
    assert result.stdout.splitlines() == english
    # The Swedish file does not make an English user's messages Swedish.
    result = runner.invoke(app, ["validate", str(path)], env=_locale("en"))
    assert result.stdout.splitlines() == english


def test_validate_summary_plurals(model: LoadedModel, tmp_path: Path) -> None:
    a = _answers(model, tmp_path, "sv")
    b = tmp_path / "b.yaml"
    b.write_text(a.read_text(encoding="utf-8"), encoding="utf-8")
    one = runner.invoke(app, ["validate", str(a)], env=_locale("sv")).stdout.splitlines()
    two = runner.invoke(app, ["validate", str(a), str(b)], env=_locale("sv")).stdout.splitlines()
    assert one[-1] == "1 fil kontrollerad: giltig"
    assert two[-1] == "2 filer kontrollerade: alla giltiga"
    assert (
        one[0] == f"{a}: ok (svar på siq-2019-1 2019:1, 0 besvarade · 0 ej tillämpliga · 32 saknas)"
    )
    two_en = runner.invoke(app, ["validate", "-l", "en", str(a), str(b)]).stdout.splitlines()
    assert two_en[-1] == "2 files checked: all valid"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "status is complete but 1 leaf is unanswered"),
        ("sv", "status är complete men 1 fråga är obesvarad"),
    ],
)
def test_complete_with_one_unanswered_leaf_is_singular(
    model: LoadedModel, tmp_path: Path, lang: str, expected: str
) -> None:
    path = _answers(model, tmp_path, lang)
    text = path.read_text(encoding="utf-8").replace("status: in_progress", "status: complete")
    text = text.replace("score: null", "score: 50").replace("score: 50", "score: null", 1)
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["score", str(path), "-f", "json"], env=_locale(lang))
    assert result.exit_code == 1
    assert result.stderr.rstrip().endswith(f"{expected} [status]")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "siqassess: error: {path}:23:5: na: true needs a reason [answers.F1.1.na]"),
        (
            "sv",
            "siqassess: fel: {path}:23:5: na: true kräver en motivering (reason) [answers.F1.1.na]",
        ),
    ],
)
def test_report_error_in_the_users_language(
    model: LoadedModel, tmp_path: Path, lang: str, expected: str
) -> None:
    other = {"sv": "en", "en": "sv"}[lang]  # the file's language does not decide
    path = _answers(model, tmp_path, other, BLANK, "  F1.1:\n    na: true")
    result = runner.invoke(app, ["report", str(path)], env=_locale(lang))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [expected.format(path=path)]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "siqassess: error: {path}: no such file"),
        ("sv", "siqassess: fel: {path}: filen finns inte"),
    ],
)
def test_score_error_follows_lang(tmp_path: Path, lang: str, expected: str) -> None:
    path = tmp_path / "missing.yaml"
    result = runner.invoke(app, ["score", str(path), "--lang", lang])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == expected.format(path=path)


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        (
            {"LANG": "sv_SE.UTF-8"},
            "siqassess: fel: {path} finns redan; ange --force för att "
            "skriva över den, eller -o en annan fil",
        ),
        (
            {"LANG": "en_GB.UTF-8"},
            "siqassess: error: {path} exists; pass --force to overwrite it, or -o another file",
        ),
    ],
)
def test_init_error_follows_the_locale(tmp_path: Path, env: dict[str, str], expected: str) -> None:
    path = tmp_path / "taken.yaml"
    path.write_text("x: 1\n", encoding="utf-8")
    result = runner.invoke(app, ["init", "-o", str(path)], env={"LC_ALL": "", **env})
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [expected.format(path=path)]


def test_a_problem_is_english_in_logs_and_localised_on_screen() -> None:
    problem = Problem.of(Location("a.yaml", 3, 5), msg("err_na_reason"), "answers.F1.1.na")
    assert str(problem) == "a.yaml:3:5: na: true needs a reason [answers.F1.1.na]"
    assert problem.render("sv") == (
        "a.yaml:3:5: na: true kräver en motivering (reason) [answers.F1.1.na]"
    )
    nested = msg("err_not_mapping", what=msg("what_answers_file"), found=msg("kind_list"))
    assert nested.text("sv") == "väntade en svarsfil (en YAML-mappning överst), fann en lista"
    assert str(nested) == (
        "expected an answers file (a YAML mapping at the top level), found a list"
    )


EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.parametrize(
    ("lang", "rows", "header"),
    [
        ("en", ["Total ", "  Ways of working ", "  Results ", "    F1 Creates value"], "Node "),
        ("sv", ["Totalt ", "  Arbetssätt ", "  Resultat ", "    F1 Skapar värde"], "Del "),
    ],
)
def test_compare_and_aggregate_tables_name_their_groups(
    lang: str, rows: list[str], header: str
) -> None:
    old, new = EXAMPLES / "norrvik-2025.yaml", EXAMPLES / "norrvik-2026.yaml"
    for argv in (["compare", str(old), str(new)], ["aggregate", str(EXAMPLES / "team")]):
        result = runner.invoke(app, [*argv, "--lang", lang])
        assert result.exit_code == 0, result.output
        lines = result.stdout.splitlines()
        for row in rows:
            assert any(line.startswith(row) for line in lines), (argv[0], row)
        assert any(line.startswith(header) for line in lines)
        assert "ways_of_working" not in result.stdout
        firsts = {line.split()[0] for line in lines if line.strip()}
        assert not firsts & {"results", "total"}


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("sv", "1 besvarad · 1 ej tillämplig · 30 saknas"),
        ("en", "1 answered · 1 not applicable · 30 missing"),
    ],
)
def test_report_coverage_counts_are_singular_for_one(
    model: LoadedModel, tmp_path: Path, lang: str, expected: str
) -> None:
    path = _answers(model, tmp_path, lang, BLANK, "  F1.1:\n    score: 50")
    na = "  F1.2:\n    na: true\n    reason: x"
    text = path.read_text(encoding="utf-8").replace("  F1.2:\n    score: null", na, 1)
    path.write_text(text, encoding="utf-8")
    for fmt in ("txt", "md", "html"):
        result = runner.invoke(app, ["report", str(path), "-f", fmt])
        assert result.exit_code == 0, result.output
        shown = " ".join(re.sub(r"<[^>]+>", "", result.stdout).split())  # HTML as read
        assert expected in shown, fmt


@pytest.mark.parametrize(
    ("lang", "coverage", "partial"),
    [
        (
            "sv",
            "31 besvarade · 0 ej tillämpliga · 1 saknas (32 frågor)",
            "1 av 32 frågor är obesvarad.",
        ),
        (
            "en",
            "31 answered · 0 not applicable · 1 missing (32 questions)",
            "1 of 32 questions is unanswered.",
        ),
    ],
)
def test_report_partial_line_is_singular_for_one_missing(
    tmp_path: Path, lang: str, coverage: str, partial: str
) -> None:
    text = (EXAMPLES / "norrvik-2025.yaml").read_text(encoding="utf-8")
    text = text.replace("language: sv", f"language: {lang}").replace("score: 50", "score: null", 1)
    text = text.replace("status: complete", "status: in_progress")
    path = tmp_path / "one-missing.yaml"
    path.write_text(text, encoding="utf-8")
    for fmt in ("txt", "md", "html"):
        result = runner.invoke(app, ["report", str(path), "-f", fmt])
        assert result.exit_code == 0, result.output
        shown = " ".join(re.sub(r"<[^>]+>", "", result.stdout).replace("*", "").split())
        assert coverage in shown and partial in shown, fmt


def test_counted_texts_have_singulars() -> None:
    assert (
        tn("sv", "n_of_leaves", 1) == "av 1 fråga" and tn("sv", "n_of_leaves", 2) == "av 2 frågor"
    )
    assert tn("en", "n_of_leaves", 1) == "of 1 question"
    assert tn("en", "n_of_leaves", 32) == "of 32 questions"


# (the value after `date: `, the English message, the Swedish message)
UNBUILDABLE = [
    (
        "2026-02-30",
        "'2026-02-30' is not a date that exists",
        "'2026-02-30' är inget datum som finns",
    ),
    (
        "0000-01-01",
        "'0000-01-01' is not a date that exists",
        "'0000-01-01' är inget datum som finns",
    ),
    (
        "!!int abc",
        "'abc' is tagged !!int but is not a whole number",
        "'abc' är taggat !!int men är inget heltal",
    ),
    (
        "!!bool maybe",
        "'maybe' is tagged !!bool but is neither true nor false",
        "'maybe' är taggat !!bool men är varken true eller false",
    ),
    (
        "!!timestamp x",
        "'x' is not a date: write it as YYYY-MM-DD",
        "'x' är inget datum: skriv det som ÅÅÅÅ-MM-DD",
    ),
    (
        "!!float x",
        "'x' is tagged !!float but is not a number",
        "'x' är taggat !!float men är inget tal",
    ),
]


@pytest.mark.parametrize(("value", "en", "sv"), UNBUILDABLE)
@pytest.mark.parametrize("lang", ["en", "sv"])
def test_unbuildable_values_are_named_in_the_users_language(
    model: LoadedModel, tmp_path: Path, lang: str, value: str, en: str, sv: str
) -> None:
    path = _answers(model, tmp_path, lang)
    text = path.read_text(encoding="utf-8")
    line = next(n for n, t in enumerate(text.splitlines(), 1) if t.startswith("date: "))
    path.write_text(re.sub(r"(?m)^date: .*$", f"date: {value}", text), encoding="utf-8")
    result = runner.invoke(app, ["score", str(path)], env=_locale(lang))
    assert result.exit_code == 1
    error = "fel" if lang == "sv" else "error"
    expected = f"siqassess: {error}: {path}:{line}:7: {sv if lang == 'sv' else en}"
    assert result.stderr.splitlines() == [expected]


INVALID_MODELS = Path(__file__).resolve().parents[1] / "cases" / "models" / "invalid"


@pytest.mark.parametrize(
    ("case", "swedish"),
    [
        ("duplicate_id", "37:9: id 'A.1' finns två gånger (används redan av success_factors[0]"),
        (
            "band_gap",
            "15:18: värdet 50 ligger inte i något poängintervall: intervallet 0–40 slutar "
            "före och nästa börjar på 60",
        ),
        ("band_overlap", "16:10: poängintervallet som börjar på 40 överlappar intervallet före"),
        ("default_target_off_a_scale", "7:1: 50 finns inte på skalan 'res' (0–100 i steg om 20)"),
        ("empty_text", "35:26: texten på 'en' är tom"),
        ("undeclared_language", "35:40: språket 'de' står inte i 'languages'"),
        ("missing_language", "38:9: texten på 'en' saknas"),
        ("scale_not_0_100", "19:5: skalan går 0–5; varje skala måste gå 0–100 (stegen får"),
        ("step_does_not_divide", "13:5: steget 30 delar inte 0–100 jämnt"),
        ("unknown_scale", "23:25: okänd skala 'results'"),
    ],
)
def test_model_checks_speak_swedish(case: str, swedish: str) -> None:
    """Model authors read the checks in their language too; the English is each case's
    ``# expect:`` line, checked by tests/model/test_model_cases.py."""
    path = INVALID_MODELS / f"{case}.yaml"
    result = runner.invoke(app, ["validate", str(path), "--lang", "sv"])
    assert result.exit_code == 1
    assert f"{path}:{swedish}" in result.output
