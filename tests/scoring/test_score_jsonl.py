"""`score --format jsonl`: one result document per line, streamed (issue #16)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.criteria.tree import LoadedModel
from siqassess.io.answers import Answer, new_answers, save_answers
from siqassess.reports.formats import pick_format
from siqassess.reports.formats.jsonl import JsonLinesWriter

runner = CliRunner()


def _file(model: LoadedModel, path: Path, score: int) -> Path:
    answers = new_answers(model, organisation=path.stem)
    for leaf in model.leaves:
        answers.answers[leaf.id] = Answer(score=score)
    save_answers(path, answers, model)
    return path


def _score(*args: str | Path) -> Any:
    return runner.invoke(app, ["score", "--lang", "en", *map(str, args)])


def _lines(text: str) -> list[dict[str, Any]]:
    assert text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


def test_each_line_is_the_json_formats_document_for_one_file(
    model: LoadedModel, tmp_path: Path
) -> None:
    paths = [_file(model, tmp_path / f"f{i}.yaml", 20 + i * 30) for i in range(3)]
    lines = _score(*paths, "-f", "jsonl")
    assert lines.exit_code == 0, lines.stderr
    whole = json.loads(_score(*paths, "-f", "json").stdout)
    assert _lines(lines.stdout) == whole["files"]
    assert [d["total"]["score"] for d in _lines(lines.stdout)] == [20, 50, 80]
    assert all("\n" not in line and ": " not in line for line in lines.stdout.splitlines())


def test_the_extension_picks_it_and_jobs_2_keeps_the_order(
    model: LoadedModel, tmp_path: Path
) -> None:
    assert pick_format("score", None, Path("results.JSONL")).name == "jsonl"
    paths = [_file(model, tmp_path / f"f{i}.yaml", i * 10) for i in range(8)]
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert _score(*paths, "-o", one).exit_code == 0
    assert _score(*paths, "-o", two, "--jobs", "2").exit_code == 0
    text = one.read_text(encoding="utf-8")
    assert text == two.read_text(encoding="utf-8")
    assert [d["file"] for d in _lines(text)] == [str(p) for p in paths]


def test_a_bad_file_goes_to_stderr_and_the_batch_goes_on(
    model: LoadedModel, tmp_path: Path
) -> None:
    good1 = _file(model, tmp_path / "a.yaml", 70)
    broken = tmp_path / "b.yaml"
    broken.write_text("format: 1\nanswers:\n  F1.1: {score: 50\n", encoding="utf-8")
    good2 = _file(model, tmp_path / "c.yaml", 40)
    result = _score(good1, broken, good2, "-f", "jsonl")
    assert result.exit_code == 1
    assert [d["file"] for d in _lines(result.stdout)] == [str(good1), str(good2)]
    (error,) = result.stderr.splitlines()
    assert error.startswith(f"siqassess: error: {broken}:4:1: ")


def test_nothing_scored_writes_no_line(tmp_path: Path) -> None:
    broken = tmp_path / "b.yaml"
    broken.write_text("format: 1\nanswers: [\n", encoding="utf-8")
    result = _score(broken, "-f", "jsonl")
    assert result.exit_code == 1 and result.stdout == ""


class _Sink:
    """A text stream that records what had reached it at each flush."""

    def __init__(self) -> None:
        self.text = ""
        self.flushed: list[str] = []

    def write(self, text: str) -> int:
        self.text += text
        return len(text)

    def flush(self) -> None:
        self.flushed.append(self.text)


def test_each_line_is_flushed_as_soon_as_its_file_is_scored(
    model: LoadedModel, tmp_path: Path
) -> None:
    from siqassess.io.batch import expand, score_all

    targets, _ = expand([str(_file(model, tmp_path / f"f{i}.yaml", 50)) for i in range(2)])
    sink = _Sink()
    writer = JsonLinesWriter(sink)  # type: ignore[arg-type]
    for outcome in score_all(targets):
        assert outcome.doc is not None
        writer.add(outcome.doc)
    writer.close()
    assert [text.count("\n") for text in sink.flushed] == [1, 2]
