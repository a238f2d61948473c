"""Every example in the README and the docs does what it says (issues #15 and #28).

The commands are read from the README and every page under ``docs/``, so an example that is added
or changed is tested as written. Each section (``## ...``) of each page runs in its own scratch
folder holding a copy of
``examples/``, its commands in README order, so the ``init -o norrvik.xlsx`` example makes the
workbook that the section's next examples read. A command is
run when every file it reads exists there; the others name a user's own files (``svar.yaml``,
``team/*.yaml``) and are counted, so a README that stops exercising the examples fails too.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shlex
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app

from .helpers import REPO, check_html

runner = CliRunner()

_BLOCK = re.compile(r"```(sh|console)\n(.*?)```", re.S)
_READS = (".yaml", ".yml", ".xlsx", "/")
_INTERACTIVE = {"assess"}
_PDF = importlib.util.find_spec("typst") is not None


@dataclass(frozen=True)
class Example:
    section: int
    line: str
    args: tuple[str, ...]
    findings: bool = False
    """The example says it exits 1 (``# exit code 1``): it shows what a check finds."""
    refused: bool = False
    """It also says ``nothing written``: the check refuses, and its output must not exist."""

    @property
    def output(self) -> str | None:
        for flag in ("-o", "--output"):
            if flag in self.args:
                return self.args[self.args.index(flag) + 1]
        return None

    @property
    def reads(self) -> list[str]:
        """The files and folders the command reads: its arguments that name one, outputs aside."""
        skip = {self.output}
        if "--template-dir" in self.args:
            skip.add(self.args[self.args.index("--template-dir") + 1])
        return [a for a in self.args[1:] if a.endswith(_READS) and a not in skip]


def _examples() -> list[Example]:
    found = []
    pages = [REPO / "README.md", *sorted((REPO / "docs").rglob("*.md"))]
    sections = [s for page in pages for s in page.read_text(encoding="utf-8").split("\n## ")]
    for number, section in enumerate(sections):
        for _, body in _BLOCK.findall(section):
            for raw in body.replace("\\\n", " ").splitlines():
                line, _, comment = raw.removeprefix("$ ").partition("  #")
                line = line.strip()
                if not line.startswith("siqassess "):
                    continue
                args = tuple(shlex.split(line)[1:])
                if args[0] not in _INTERACTIVE:
                    findings = "exit code 1" in comment
                    refused = findings and "nothing written" in comment
                    found.append(Example(number, line, args, findings, refused))
    return found


def _check_output(path: Path, workdir: Path) -> None:
    assert path.is_file(), f"{path.name} was not written"
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix == ".html":
        text = data.decode("utf-8")
        assert text.lstrip().lower().startswith("<!doctype html>")
        check_html(text)
    elif suffix == ".pdf":
        assert data.startswith(b"%PDF-")
    elif suffix == ".docx":
        with zipfile.ZipFile(path) as archive:
            assert "word/document.xml" in archive.namelist()
    elif suffix == ".json":
        json.loads(data)
    elif suffix in {".yaml", ".yml", ".xlsx"}:
        back = runner.invoke(app, ["validate", str(path)])
        assert back.exit_code in (0, 1), back.output
        assert back.exception is None or isinstance(back.exception, SystemExit), back.exception
    else:
        assert data.decode("utf-8").strip(), f"{path.name} is empty"


def _sections() -> dict[int, list[Example]]:
    found: dict[int, list[Example]] = {}
    for example in _examples():
        found.setdefault(example.section, []).append(example)
    return found


def _expected_to_run(examples: list[Example]) -> list[str]:
    """The section's examples that can run, in order: every file each reads is in
    ``examples/``, is ``mina-mallar/`` or was written by an earlier example of the section."""
    there = {"mina-mallar"}
    runs = []
    for example in examples:
        reads = [r.rstrip("/") for r in example.reads]
        if any(r not in there and not (REPO / r).exists() for r in reads):
            continue
        if any(r not in there and not r.startswith("examples") for r in reads):
            continue
        if example.output and example.output.endswith(".pdf") and not _PDF:
            continue
        runs.append(example.line)
        if example.output and not example.refused:
            there.add(example.output.rstrip("/"))
    return runs


_SECTIONS = _sections()


@pytest.mark.parametrize("section", sorted(_SECTIONS))
def test_readme_examples_run_and_write_what_they_name(
    section: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One section's examples, in order, in one scratch folder (a test per section, so that
    pytest-xdist runs sections side by side)."""
    ran: list[str] = []
    workdir = tmp_path / f"section-{section}"
    shutil.copytree(REPO / "examples", workdir / "examples")
    (workdir / "mina-mallar").mkdir()
    for example in _SECTIONS[section]:
        if any(not (workdir / r.rstrip("/")).exists() for r in example.reads):
            continue
        if example.output and example.output.endswith(".pdf") and not _PDF:
            continue
        monkeypatch.chdir(workdir)
        done = runner.invoke(app, list(example.args))
        crashed = done.exception is not None and not isinstance(done.exception, SystemExit)
        assert not crashed, (example.line, done.exception)
        # A README example of our own files succeeds; validate of a blank questionnaire may
        # report findings (exit 1), never a usage error or a crash.
        allowed = (0,) if "examples/" in example.line else (0, 1)
        if example.findings:
            allowed = (1,)
        assert done.exit_code in allowed, (example.line, done.exit_code, done.output)
        if example.output and example.refused:
            assert not (workdir / example.output).exists(), example.line
        elif example.output:
            _check_output(workdir / example.output, workdir)
        ran.append(example.line)
    assert ran == _expected_to_run(_SECTIONS[section])


def test_every_example_of_the_examples_folder_runs_and_enough_run() -> None:
    """What the section tests run (each checks it ran exactly these): every README example of
    ``examples/``, and at least 15 in all, so a README that stops exercising them fails."""
    ran = [line for examples in _SECTIONS.values() for line in _expected_to_run(examples)]
    examples_named = [e.line for e in _examples() if "examples/" in e.line]
    skipped_pdf = {e.line for e in _examples() if (e.output or "").endswith(".pdf") and not _PDF}
    missing = [line for line in examples_named if line not in ran and line not in skipped_pdf]
    assert missing == [], f"README examples of examples/ that did not run: {missing}"
    assert len(ran) >= 15, ran
