"""`siqassess score` as users run it: formats, batches with bad files, CI gates."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import Answer, new_answers, save_answers

runner = CliRunner()
AnswersWriter = Callable[..., Path]

EXAMPLE = {
    "A.1": {"score": 40},
    "A.2": {"score": 80},
    "B.1": {"na": True, "reason": "no staff"},
    "R1": {"score": 50, "target": 70},
    "R2": None,
}


@pytest.fixture
def example(mini: LoadedModel, answers_file: AnswersWriter) -> Path:
    """A.1 40, A.2 80, B.1 N/A, R1 50 (target 70), R2 unanswered: total 62."""
    return answers_file(mini, "example.yaml", EXAMPLE)


def _score(*args: str | Path) -> object:
    return runner.invoke(app, ["score", *map(str, args)])


def test_json_holds_total_and_every_node_with_coverage(mini_path: Path, example: Path) -> None:
    result = _score(example, "--model", mini_path, "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    schema = json.loads(runner.invoke(app, ["schema", "result"]).stdout)
    jsonschema.validate(data, schema)  # matches `schema result`
    (file,) = data["files"]
    assert file["file"] == str(example)
    assert file["total"]["score"] == pytest.approx(62)
    assert file["total"]["points"] == pytest.approx(620)
    assert file["total"]["coverage"] == {"answered": 3, "na": 1, "missing": 1}
    nodes = {n["id"]: n for n in file["nodes"]}
    order = ["total", "ways_of_working", "A", "A.1", "A.2", "B", "B.1", "results", "R1", "R2"]
    assert list(nodes) == order
    assert nodes["B"]["score"] is None  # null, never 0
    assert nodes["B"]["coverage"] == {"answered": 0, "na": 1, "missing": 0}
    assert nodes["A"] | {"effective_weight": 0} == {
        "id": "A",
        "kind": "success_factor",
        "parent": "ways_of_working",
        "score": 70.0,
        "target": 60.0,
        "gap": -10.0,
        "effective_weight": 0,
        "coverage": {"answered": 2, "na": 0, "missing": 0},
    }
    # A.1: gap 20 × importance 2/3 · 1/2; 20 × 0.1 × 10 = 20 points at stake. R1 apart.
    (a1,) = file["improvements"]
    assert a1 == {
        "rank": 1,
        "id": "A.1",
        "score": 40.0,
        "target": 60.0,
        "gap": 20.0,
        "importance": pytest.approx(1 / 3),
        "priority": pytest.approx(20 / 3),
        "points_at_stake": pytest.approx(20),
    }
    assert [p["id"] for p in file["results_below_target"]] == ["R1"]
    assert [s["id"] for s in file["at_or_above_target"]] == ["A.2"]
    assert data["files"][0]["model"]["id"] == "mini"


def test_schema_result_describes_the_document() -> None:
    result = runner.invoke(app, ["schema", "result"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "siqassess score result"
    assert {"format", "files"} <= set(schema["properties"])


def test_csv_is_long_format_with_empty_nulls(mini_path: Path, example: Path) -> None:
    result = _score(example, "--model", mini_path, "-f", "csv")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert (
        lines[0]
        == "file,organisation,respondent,node,kind,parent,score,target,gap,answered,na,missing"
    )
    assert f"{example},Acme,Anna,A,success_factor,ways_of_working,70,60,-10,2,0,0" in lines
    assert f"{example},Acme,Anna,B,success_factor,ways_of_working,,,,0,1,0" in lines
    assert f"{example},Acme,Anna,R2,result_area,results,,60,,0,0,1" in lines
    assert len(lines) == 1 + 10


def test_csv_neutralises_formulas_in_text_but_not_in_numbers(
    mini: LoadedModel, mini_path: Path, answers_file: AnswersWriter
) -> None:
    path = answers_file(
        mini,
        "evil.yaml",
        EXAMPLE,
        organisation='=HYPERLINK("http://x.invalid","click")',
        respondent="@SUM(1+1)",
    )
    result = _score(path, "--model", mini_path, "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["organisation"] == '\'=HYPERLINK("http://x.invalid","click")'
    assert rows[0]["respondent"] == "'@SUM(1+1)"
    a = next(r for r in rows if r["node"] == "A")
    assert a["gap"] == "-10"  # a number stays a number


def test_table_shows_score_with_coverage_and_dash_for_null(
    mini: LoadedModel, mini_path: Path, example: Path, answers_file: AnswersWriter
) -> None:
    empty = answers_file(mini, "empty.yaml", {}, organisation="Blank AB")
    result = runner.invoke(
        app,
        ["score", str(example), str(empty), "--model", str(mini_path), "--detail"],
        env={"COLUMNS": "160"},
    )
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    example_row = next(line for line in out.splitlines() if "example.yaml" in line)
    assert example_row.split()[1:] == ["Acme", "Anna", "62.0", "620", "3/1/1", "A", "70"]
    blank_row = next(line for line in out.splitlines() if "empty.yaml" in line and "Blank" in line)
    assert blank_row.split()[1:] == ["Blank", "AB", "Anna", "–", "–", "0/0/5", "–"]
    assert " 0.0" not in blank_row
    assert "Scores per success factor and result area" in out


def test_fail_under_names_the_file_below(
    mini: LoadedModel, mini_path: Path, example: Path, answers_file: AnswersWriter
) -> None:
    high = answers_file(mini, "high.yaml", {k: {"score": 90} for k in ("A.1", "A.2", "B.1")})
    result = _score(example, high, "--model", mini_path, "--fail-under", "70", "-f", "json")
    assert result.exit_code == 1
    assert f"{example}: a total of 62.0, under --fail-under 70" in result.stderr
    assert "high.yaml" not in result.stderr
    assert len(json.loads(result.stdout)["files"]) == 2  # the output is still complete
    assert _score(high, "--model", mini_path, "--fail-under", "70").exit_code == 0


def test_require_complete_reports_each_missing_leaf(mini_path: Path, example: Path) -> None:
    result = _score(example, "--model", mini_path, "--require-complete", "-f", "json")
    assert result.exit_code == 1
    assert f"{example}:" in result.stderr
    assert "R2 is unanswered (--require-complete)" in result.stderr
    assert json.loads(result.stdout)["files"] == []


def _builtin_file(model: LoadedModel, path: Path, score: int = 70) -> Path:
    answers = new_answers(model, organisation=path.stem)
    for leaf in model.leaves:
        answers.answers[leaf.id] = Answer(score=score)
    save_answers(path, answers, model)
    return path


def test_bad_files_do_not_stop_the_batch(model: LoadedModel, tmp_path: Path) -> None:
    good1 = _builtin_file(model, tmp_path / "good1.yaml")
    good2 = _builtin_file(model, tmp_path / "good2.yaml", 50)
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: 1\nanswers:\n  F1.1: {score: 50\n", encoding="utf-8")
    off = _builtin_file(model, tmp_path / "off.yaml")
    off.write_text(off.read_text(encoding="utf-8").replace("score: 70", "score: 75", 1))
    other = _builtin_file(model, tmp_path / "other.yaml")
    other.write_text(
        other.read_text(encoding="utf-8").replace("version: '2019:1'", "version: '2021'")
    )
    # The files say `language: sv`: --lang en asks for English messages.
    result = _score(good1, broken, off, other, good2, "-f", "json", "--lang", "en")
    assert result.exit_code == 1
    files = [f["file"] for f in json.loads(result.stdout)["files"]]
    assert files == [str(good1), str(good2)]
    err = result.stderr
    assert f"siqassess: error: {broken}:4:1:" in err
    assert f"siqassess: error: {off}:" in err and "75 is not on the scale" in err
    assert f"{other}:" in err and "answers a different model: version '2021' ≠ '2019:1'" in err


def test_unknown_model_id_needs_model_option(mini_path: Path, example: Path) -> None:
    result = _score(example)
    assert result.exit_code == 1
    assert "answers model 'mini', which is not built in" in result.stderr
    assert "--model FILE" in result.stderr


def test_folder_is_scanned_recursively_skipping_model_files(
    model: LoadedModel, tmp_path: Path
) -> None:
    (tmp_path / "clients" / "b").mkdir(parents=True)
    a = _builtin_file(model, tmp_path / "clients" / "a.yml")
    b = _builtin_file(model, tmp_path / "clients" / "b" / "b.yaml")
    (tmp_path / "clients" / "model.yaml").write_text(
        (Path(__file__).parents[2] / "models" / "siq_2019_1.yaml").read_text(encoding="utf-8")
    )
    (tmp_path / "clients" / "notes.txt").write_text("not yaml")
    os.symlink("..", tmp_path / "clients" / "b" / "loop")
    result = _score(tmp_path / "clients", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert [f["file"] for f in json.loads(result.stdout)["files"]] == [str(a), str(b)]


def test_globs_are_expanded(model: LoadedModel, tmp_path: Path) -> None:
    a = _builtin_file(model, tmp_path / "a.yaml")
    b = _builtin_file(model, tmp_path / "b.yaml")
    result = _score(str(tmp_path / "*.yaml"), "-f", "json")
    assert [f["file"] for f in json.loads(result.stdout)["files"]] == [str(a), str(b)]
    missing = _score(str(tmp_path / "nothing*.yaml"))
    assert missing.exit_code == 1
    assert "no files match this pattern" in missing.stderr


def test_named_model_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "model.yaml"
    path.write_text((Path(__file__).parents[2] / "models" / "siq_2019_1.yaml").read_text())
    result = _score(path)
    assert result.exit_code == 1
    assert "not an answers file" in result.stderr


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table", "table --detail --lang en"])
def test_jobs_2_writes_the_same_output_to_a_file(
    model: LoadedModel, tmp_path: Path, fmt: str
) -> None:
    # With --jobs 2 the workers encode each file for the writer (a JSON line, CSV rows, a
    # table row and its matrix cells); the parent only writes what they send back.
    paths = [_builtin_file(model, tmp_path / f"f{i}.yaml", i * 10) for i in range(6)]
    one, two = tmp_path / "one.out", tmp_path / "two.out"
    assert _score(*paths, "-f", *fmt.split(), "-o", one).exit_code == 0
    assert _score(*paths, "-f", *fmt.split(), "-o", two, "--jobs", "2").exit_code == 0
    assert one.read_text() == two.read_text()
    if fmt == "table --detail --lang en":
        assert "Scores per success factor and result area" in one.read_text()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_fail_under_speaks_the_users_language() -> None:
    old = Path(__file__).resolve().parents[2] / "examples" / "norrvik-2025.yaml"  # Swedish
    args = ["score", str(old), "--fail-under", "60", "-f", "json"]
    result = runner.invoke(app, args, env={"LC_ALL": "sv_SE.UTF-8"})
    assert result.exit_code == 1
    assert result.stderr == f"siqassess: {old}: totalt 42,5, under --fail-under 60\n"
    english = runner.invoke(app, [*args, "-l", "en"], env={"LC_ALL": "sv_SE.UTF-8"})
    assert english.stderr == f"siqassess: {old}: a total of 42.5, under --fail-under 60\n"
    # The file is Swedish, but an English user's messages stay English.
    english = runner.invoke(app, args, env={"LC_ALL": "en_GB.UTF-8"})
    assert english.stderr == f"siqassess: {old}: a total of 42.5, under --fail-under 60\n"
