"""`siqassess lint`: what an examiner would challenge, as text, GitHub annotations and SARIF."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.core.answers import Action, Answer, Improvement
from siqassess.core.lint import RULES, link_scheme, lint
from siqassess.core.measure_types import Measure
from siqassess.core.na import flagged_na
from siqassess.i18n import t
from siqassess.io.answers import new_answers, save_answers
from siqassess.io.models import resolve_model

runner = CliRunner()
DATA = Path(__file__).resolve().parent / "data"
ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "norrvik-2026.yaml"
AREAS = frozenset({"R1", "R2", "R3", "R4", "R5"})


def _file(tmp_path: Path, **answers: Answer) -> Path:
    model = resolve_model("siq-2019-1")
    data = new_answers(model, language="en", date=dt.date(2026, 10, 15))
    data.answers.update(answers)
    path = tmp_path / "a.yaml"
    save_answers(path, data, model)
    return path


def _rules(**answers: Answer) -> list[tuple[str, str]]:
    model = resolve_model("siq-2019-1")
    data = new_answers(model, language="en", date=dt.date(2026, 10, 15))
    data.answers.update(answers)
    flagged = frozenset(f.id for f in flagged_na(model, data.answers))
    return [(f.rule, ".".join(map(str, f.path))) for f in lint(data, AREAS, flagged=flagged)]


def test_every_rule_fires_where_an_examiner_would_look() -> None:
    late = Action(text="Ny rutin", owner="Ada", due="2026-06-30")  # type: ignore[arg-type]
    nobody = Action(text="Utbilda", due="2027-01-31")  # type: ignore[arg-type]
    done = Action(text="Klart", owner="Ada", due="2026-01-01", status="done")  # type: ignore[arg-type]
    few = Measure(name="Sjukfrånvaro", values={2025: 7.4, 2026: 7.2})
    assert _rules(
        **{
            "F1.1": Answer(score=70),
            "F1.2": Answer(score=30, strengths=["s"]),
            "F1.3": Answer(score=100, improvements=["i"], evidence=["https://x"], strengths=["s"]),
            "F1.4": Answer(na=True, reason="r"),
            "F2.1": Answer(score=50, target=80),
            "F2.2": Answer(
                score=50, improvements=[Improvement(text="i", actions=[late, nobody, done])]
            ),
            "F2.3": Answer(
                score=50, evidence=["mailto:a@b.se", "Ledningssystem: mått", "https://ok"]
            ),
            "R1": Answer(score=60),
            "R2": Answer(score=50),
            "R3": Answer(score=40, measures=[few]),
        }
    ) == [
        ("SIQ001", "answers.F1.1.score"),
        ("SIQ002", "answers.F1.2.strengths"),
        ("SIQ003", "answers.F1.3.improvements"),
        ("SIQ004", "answers.F1.4.na"),
        ("SIQ009", "answers.F2.1.target"),
        ("SIQ011", "answers.F2.2.improvements.0.actions.0.due"),
        ("SIQ010", "answers.F2.2.improvements.0.actions.1"),
        ("SIQ012", "answers.F2.3.evidence.0"),
        ("SIQ006", "answers.R1.score"),
        ("SIQ005", "answers.R2.score"),
        ("SIQ007", "answers.R3.measures.0"),
        ("SIQ008", "answers.R3.measures.0"),
    ]


def test_a_link_is_a_scheme_followed_by_no_space() -> None:
    assert link_scheme("mailto:kvalitet@norrvik.example.se") == "mailto"
    assert link_scheme("FILE:///etc/passwd") == "file"
    assert link_scheme("Ledningssystem: nyckeltal felanmälan") is None
    assert link_scheme("C:\\rapport.pdf") is None  # a drive letter is not a scheme
    assert link_scheme("processer/karta.pdf") is None


def test_every_rule_has_a_message_and_a_rationale_in_both_languages() -> None:
    for rule in RULES:
        for lang in ("sv", "en"):
            for key in (f"lint_{rule}", f"lint_{rule}_short", f"lint_{rule}_why"):
                assert t(lang, key) != key


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "error SIQ006 R1 is scored 60 with no measure to show for it [answers.R1.score]"),
        ("sv", "fel SIQ006 R1 har poängen 60 utan något mätetal som visar det [answers.R1.score]"),
    ],
)
def test_text_output_is_located_and_fails_on_errors(
    tmp_path: Path, lang: str, expected: str
) -> None:
    path = _file(tmp_path, R1=Answer(score=60), R2=Answer(score=50))
    result = runner.invoke(app, ["lint", str(path), "--lang", lang])
    assert result.exit_code == 1, result.output
    line = next(i for i, text in enumerate(path.read_text().splitlines(), 1) if text == "  R1:")
    assert f"{path}:{line + 1}:5: {expected}" in result.stdout.splitlines()


def test_fail_on_and_switching_rules_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _file(tmp_path, R2=Answer(score=50))  # SIQ005, a warning
    assert runner.invoke(app, ["lint", str(path)]).exit_code == 0
    assert runner.invoke(app, ["lint", str(path), "--fail-on", "warning"]).exit_code == 1
    off = runner.invoke(app, ["lint", str(path), "--fail-on", "warning", "--disable", "siq005"])
    assert off.exit_code == 0 and off.stdout == ""
    (tmp_path / "siqassess.toml").write_text('lint_disable = ["SIQ005"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    # A folder's config may not silence the lint (#23 §1) until the user trusts the file.
    loud = runner.invoke(app, ["lint", str(path), "--fail-on", "warning", "--lang", "en"])
    assert loud.exit_code == 1
    assert "siqassess.toml: lint_disable ignored: a project file may set only" in loud.stderr
    assert runner.invoke(app, ["config", "trust", "siqassess.toml"]).exit_code == 0
    quiet = runner.invoke(app, ["lint", str(path), "--fail-on", "warning"])
    assert quiet.exit_code == 0, quiet.output
    bad = runner.invoke(app, ["lint", str(path), "--disable", "SIQ999", "--lang", "en"])
    assert bad.exit_code == 2
    assert "unknown lint rule SIQ999: the rules are SIQ001 to SIQ012" in bad.stderr


def test_github_annotations(tmp_path: Path) -> None:
    path = _file(tmp_path, **{"F1.1": Answer(score=80)})
    result = runner.invoke(app, ["lint", str(path), "-f", "github", "--lang", "en"])
    assert result.exit_code == 0
    (line,) = result.stdout.splitlines()
    assert line.startswith(f"::warning file={path},line=")
    assert line.endswith(",title=SIQ001::F1.1 is scored 80 with no evidence and no strength")


def test_sarif_is_valid_against_the_sarif_2_1_0_schema(tmp_path: Path) -> None:
    schema = json.loads((DATA / "sarif-2.1.0-subset.schema.json").read_text(encoding="utf-8"))
    out = tmp_path / "lint.sarif"
    result = runner.invoke(app, ["lint", str(EXAMPLE), "-f", "sarif", "-o", str(out), "-l", "en"])
    assert result.exit_code == 1  # the example's R1 is scored 60 without measures
    log = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(log, schema, format_checker=jsonschema.FormatChecker())
    run = log["runs"][0]
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == list(RULES)
    assert run["tool"]["driver"]["rules"][0]["fullDescription"]["text"].startswith("An examiner")
    first = run["results"][0]
    assert first["ruleId"] == "SIQ004" and first["level"] == "warning"
    assert first["locations"][0]["physicalLocation"]["region"]["startLine"] > 1
    # The schema check is not one that cannot fail: a wrong level is refused.
    first["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(log, schema)
