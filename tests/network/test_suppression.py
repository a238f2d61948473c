"""Suppression holds (domain rule 17): with fewer members than --min-n, no output lets a reader
work out a member's score. Proof: change every member's scores (keeping what is answered and
what is not applicable) and every shared output stays the same, byte for byte or cell for cell;
each member's own page stays the same when only the others' scores change."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.io.answers import Answer, new_answers
from siqassess.io.contribution import contribution, dump_contribution
from siqassess.io.models import resolve_model

runner = CliRunner()
MEMBERS = ("alfa", "beta", "gamma", "delta")
KEY = "key: 1\ncodes:\n  A: alfa\n  B: beta\n  C: gamma\n  D: delta\n"


def _network(folder: Path, seed: int, only: str | None = None) -> Path:
    """Four members' 2026 contributions; ``seed`` draws the scores (of ``only``, when given:
    the others keep seed 0's)."""
    model = resolve_model(None)
    folder.mkdir(parents=True)
    for index, name in enumerate(MEMBERS):
        rng = random.Random(index if only is not None and name != only else seed * 100 + index)
        answers = new_answers(model, organisation=name)
        for leaf in model.leaves:
            answers.answers[leaf.id] = Answer(score=rng.randrange(0, 11) * 10)
        answers.answers["F5.3"] = Answer(na=True, reason="x")
        made = contribution(answers, model, 2026, "small")
        (folder / f"{name}.yaml").write_text(dump_contribution(made), encoding="utf-8")
    return folder


def _outputs(folder: Path, tmp: Path) -> dict[str, object]:
    key = tmp / f"{folder.name}-key.yaml"
    key.write_text(KEY, encoding="utf-8")
    found: dict[str, object] = {}
    common = [str(folder), "--key", str(key), "--min-n", "5", "--segment", "--lang", "en"]
    for fmt in ("table", "md", "html", "json", "jsonl"):
        result = runner.invoke(app, ["benchmark", *common, "-f", fmt])
        assert result.exit_code == 0, result.stderr
        found[fmt] = result.stdout
    book = tmp / f"{folder.name}.xlsx"
    assert runner.invoke(app, ["benchmark", *common, "-o", str(book)]).exit_code == 0
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(book.read_bytes()))
    found["xlsx"] = {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb}
    pages = tmp / f"{folder.name}-pages"
    for fmt in ("md", "json"):
        args = [*common, "-f", fmt, "--per-member", str(pages / fmt), "-o", str(tmp / f"x.{fmt}")]
        assert runner.invoke(app, ["benchmark", *args]).exit_code == 0
        for page in sorted((pages / fmt).iterdir()):
            found[f"page:{page.name}"] = page.read_text(encoding="utf-8")
    return found


def test_with_four_members_and_min_n_5_no_output_depends_on_any_score(tmp_path: Path) -> None:
    first = _outputs(_network(tmp_path / "one", seed=1), tmp_path)
    second = _outputs(_network(tmp_path / "two", seed=2), tmp_path)
    shared = [k for k in first if not k.startswith("page:")]
    assert sorted(shared) == ["html", "json", "jsonl", "md", "table", "xlsx"]
    for name in shared:
        a, b = first[name], second[name]
        if isinstance(a, str) and isinstance(b, str):
            a, b = a.replace(str(tmp_path / "one"), "F"), b.replace(str(tmp_path / "two"), "F")
        assert a == b, name
    # ..and the figures really are hidden, not merely equal by chance.
    assert '"median": null' in str(first["json"]) and '"median": 5' not in str(first["json"])


@pytest.mark.parametrize("member", ["alfa", "delta"])
def test_a_members_page_does_not_depend_on_another_members_scores(
    member: str, tmp_path: Path
) -> None:
    others = [m for m in MEMBERS if m != member]
    first = _outputs(_network(tmp_path / "one", seed=1, only=others[0]), tmp_path)
    second = _outputs(_network(tmp_path / "two", seed=2, only=others[0]), tmp_path)
    for fmt in ("md", "json"):
        assert first[f"page:{member}.{fmt}"] == second[f"page:{member}.{fmt}"]
    assert first[f"page:{others[0]}.md"] != second[f"page:{others[0]}.md"]  # its own score shows
