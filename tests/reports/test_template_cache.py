"""Compiled built-in templates kept in the user's cache folder: the same report, compiled once."""

from __future__ import annotations

import base64
import marshal
from pathlib import Path
from typing import Any

import pytest
from report_helpers import EXAMPLE, render_file

from siqassess.io import usercache
from siqassess.reports.compiled import COMPILED
from siqassess.reports.limits import BoundedEnvironment
from siqassess.reports.render import environment
from siqassess.reports.template_cache import STORED


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of this test's own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    STORED.forget()  # as in a new process: nothing compiled in memory yet
    return usercache.folder()


@pytest.fixture
def compiled(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the templates compiled from source from here on."""
    seen: list[str] = []
    original = BoundedEnvironment.compile

    def counted(self: BoundedEnvironment, source: Any, name: Any = None, *rest: Any) -> Any:
        seen.append(str(name))
        return original(self, source, name, *rest)

    monkeypatch.setattr(BoundedEnvironment, "compile", counted)
    return seen


@pytest.mark.parametrize("fmt", ["html", "txt"])
def test_templates_compile_once_then_come_from_the_cache(
    cache: Path, compiled: list[str], fmt: str
) -> None:
    first = render_file(EXAMPLE, fmt, "sv").text
    assert f"report.{fmt}.j2" in compiled
    entries = sorted(cache.glob("template-*.txt"))
    assert len(entries) == len(compiled)
    assert {entry.stat().st_mode & 0o777 for entry in entries} == {0o600}
    compiled.clear()
    STORED.forget()  # the next run: a new process
    assert render_file(EXAMPLE, fmt, "sv").text == first
    assert compiled == []


def test_each_format_compiles_its_own(cache: Path, compiled: list[str]) -> None:
    render_file(EXAMPLE, "html", "en")
    compiled.clear()
    render_file(EXAMPLE, "md", "en")
    assert "report.md.j2" in compiled


def _not_code(entry: Path) -> None:
    head = entry.read_bytes().partition(b"\n")[0]
    entry.write_bytes(head + b"\n" + base64.b64encode(marshal.dumps(("not", "code"))))


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda entry: entry.write_text("garbage"), id="another first line"),
        pytest.param(
            lambda entry: entry.write_bytes(entry.read_bytes()[:-40] + b"!!!!"), id="not base64"
        ),
        pytest.param(
            lambda entry: entry.write_bytes(
                entry.read_bytes().partition(b"\n")[0] + b"\n" + base64.b64encode(b"\xff\x00")
            ),
            id="not marshal",
        ),
        pytest.param(_not_code, id="not code"),
        pytest.param(lambda entry: entry.chmod(0o666), id="writable by others"),
    ],
)
def test_a_damaged_entry_is_compiled_again(
    cache: Path, compiled: list[str], damage: object
) -> None:
    first = render_file(EXAMPLE, "html", "en").text
    assert callable(damage)
    for entry in cache.glob("template-*.txt"):
        damage(entry)
    compiled.clear()
    STORED.forget()
    assert render_file(EXAMPLE, "html", "en").text == first
    assert "report.html.j2" in compiled


def test_templates_of_ones_own_are_never_kept_on_disk(cache: Path, tmp_path: Path) -> None:
    own = tmp_path / "templates"
    own.mkdir()
    assert environment("html", own).bytecode_cache is COMPILED  # in memory only
    assert environment("html").bytecode_cache is STORED
    render_file(EXAMPLE, "html", "en", template_dir=own)
    assert not list(cache.glob("template-*.txt"))
