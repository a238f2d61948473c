"""The comparison and group reports in Markdown and HTML: golden files, drift, escaping."""

from __future__ import annotations

from pathlib import Path

import html5lib  # type: ignore[import-untyped]
import pytest
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.core.aggregate import combine
from siqassess.core.compare import compare_assessments
from siqassess.io.groupio import read_group, read_pair
from siqassess.reports.formats.interface import GroupJob
from siqassess.reports.group_context import render_comparison, render_group

from .conftest import NEW_EXAMPLE, OLD_EXAMPLE, TEAM, AnswersWriter, ModelWriter
from .test_group_cli import check_golden

runner = CliRunner()


def _strict_html(text: str) -> None:
    html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(text)


@pytest.mark.parametrize(("fmt", "lang"), [("html", "sv"), ("md", "en"), ("md", "sv")])
def test_comparison_report_matches_golden(
    fmt: str, lang: str, request: pytest.FixtureRequest
) -> None:
    old, new = read_pair(str(OLD_EXAMPLE), str(NEW_EXAMPLE))
    output = Path(f"compare.{lang}.{fmt}")
    done = render_comparison(old, new, compare_assessments(old, new), fmt, lang, output)
    check_golden(output.name, done.text, request)
    if fmt == "html":
        _strict_html(done.text)
        assert done.text.count('class="series ') == 6  # earlier, latest, target on two charts
    else:
        assert sorted(p.name for p in done.attachments) == [
            f"compare.{lang}-radar.svg",
            f"compare.{lang}-results-radar.svg",
        ]
        assert f"](compare.{lang}-radar.svg)" in done.text


@pytest.mark.parametrize(("fmt", "lang"), [("html", "sv"), ("md", "en")])
def test_group_report_matches_golden(fmt: str, lang: str, request: pytest.FixtureRequest) -> None:
    model, people = read_group([str(p) for p in TEAM])
    agg = combine(model, people, threshold=30)
    output = Path(f"group.{lang}.{fmt}")
    done = render_group(GroupJob(model, agg, lang=lang, output=output), fmt)
    check_golden(output.name, done.text, request)
    for path, svg in done.attachments.items():
        check_golden(path.name, svg, request)
    if fmt == "html":
        _strict_html(done.text)
        assert done.text.count('<g class="band"') == 2


def test_group_report_lists_disagreement_first_with_each_score() -> None:
    result = runner.invoke(app, ["aggregate", *map(str, TEAM), "-f", "md", "-l", "en"])
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert text.index("## Discuss first") < text.index("## Below target")
    assert "| F1.2 | Describe how you involve" in text
    assert "| **40** | 40 | 30 | 70 | 46.7 |" in text  # spread, each respondent, the mean
    assert "| R3 | – | – | – | – | – | 0 | 3 | 0 |  |" in text  # all N/A: dashes, never 0


def test_reports_say_model_drift_loudly(
    mini_model: ModelWriter, answers: AnswersWriter, tmp_path: Path
) -> None:
    old_path, old_model = mini_model("v1.yaml")
    new_path, new_model = mini_model("v2.yaml", ('version: "1"', 'version: "2"'))
    old = answers(old_model, "2025.yaml", {"A.1": 40}, language="en")
    new = answers(new_model, "2026.yaml", {"A.1": 60}, language="en")
    args = ["compare", str(old), str(new), "--old-model", str(old_path)]
    args += ["--new-model", str(new_path)]
    md = runner.invoke(app, [*args, "-f", "md"])
    assert md.exit_code == 0, md.output
    assert "> **Note: the assessments answer different versions of the model**" in md.stdout
    assert "> - The model version changed: 1 → 2." in md.stdout
    out = tmp_path / "c.html"
    html = runner.invoke(app, [*args, "-f", "html", "-o", str(out)])
    assert html.exit_code == 0, html.output
    page = out.read_text(encoding="utf-8")
    _strict_html(page)
    assert '<div class="drift" role="alert">' in page


def test_respondent_text_is_escaped(
    mini_model: ModelWriter, answers: AnswersWriter, tmp_path: Path
) -> None:
    path, model = mini_model()
    evil = "<script>alert(1)</script>"
    files = [
        answers(model, "a.yaml", {"A.1": 10, "A.2": {"score": 40, "note": evil}}, respondent=evil),
        answers(model, "b.yaml", {"A.1": 90}, respondent="Bo | *x*"),
    ]
    out = tmp_path / "g.html"
    args = ["aggregate", *map(str, files), "-m", str(path), "-o", str(out), "-l", "en"]
    result = runner.invoke(app, [*args, "-f", "html"])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert evil not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    _strict_html(page)
    md = runner.invoke(app, [*args[:-4], "-m", str(path), "-f", "md", "-l", "en"])
    assert md.exit_code == 0, md.output
    assert "Bo \\| \\*x\\*" in md.stdout and "| Bo | *x* |" not in md.stdout


def test_a_name_with_line_breaks_stays_on_the_group_line(
    mini_model: ModelWriter, answers: AnswersWriter
) -> None:
    path, model = mini_model()
    files = [
        answers(model, "a.yaml", {"A.1": 10}, respondent="Anna\nTotal: 100 (faked)"),
        answers(model, "b.yaml", {"A.1": 90}, respondent="Bo\u2028Cy\tDe"),
    ]
    args = ["aggregate", *map(str, files), "-m", str(path), "-l", "en"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "Group of 2: Anna␊Total: 100 (faked); Bo⟨U+2028⟩Cy␉De"
    assert not any(line.startswith("Total: 100") for line in lines)
