"""A report template cannot hang the tool or exhaust it: each bound is a one-line error (#11 §4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.reports import limits

from .cases import EXAMPLE_EN as EXAMPLE

runner = CliRunner()

ATTACKS = {
    "repeat_string": ("{{ 'a' * 10**10 }}", "a value of more than"),
    "repeat_list": ("{{ ([1] * 10**9) | length }}", "a value of more than"),
    "repeat_reversed": ("{{ 10**10 * 'ab' }}", "a value of more than"),
    "huge_power": ("{{ 10 ** 100000 }}", "a number of more than 4096 bits"),
    "huge_power_negative_base": ("{{ (-7) ** 100000 }}", "a number of more than 4096 bits"),
    "recursive_macro": (
        "{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}{{ m(0) }}",
        "recursion is too deep",
    ),
    "mutual_recursion": (
        "{% macro a() %}{{ b() }}{% endmacro %}{% macro b() %}{{ a() }}{% endmacro %}{{ a() }}",
        "recursion is too deep",
    ),
    "big_output": (
        "{% for i in range(100000) %}{% for j in range(100000) %}"
        "{{ 'x' * 1000 }}{% endfor %}{% endfor %}",
        "the report grew over 64 MiB",
    ),
    "doubling": (
        "{% set ns = namespace(s='ab') %}{% for i in range(60) %}"
        "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s | length }}",
        "",
    ),
}


def _report(tmp_path: Path, template: str) -> tuple[int, str]:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "report.md.j2").write_text(template, encoding="utf-8")
    result = runner.invoke(app, ["report", "-f", "md", "--template-dir", str(folder), str(EXAMPLE)])
    assert "Traceback" not in result.output
    return result.exit_code, result.stderr


@pytest.mark.parametrize("case", sorted(ATTACKS))
def test_template_attack_is_a_one_line_error(case: str, tmp_path: Path) -> None:
    template, message = ATTACKS[case]
    code, err = _report(tmp_path, template)
    assert code == 1, err
    (line,) = err.splitlines()
    assert line.startswith("siqassess: error: "), line
    assert "template stopped: " in line and message in line, line
    assert str(tmp_path / "templates" / "report.md.j2") in line


@pytest.mark.parametrize(
    "template",
    [
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
        "{% for i in range(100000) %}{% for j in range(100000) %}{{ j if 0 }}{% endfor %}"
        "{% endfor %}",
    ],
)
def test_a_template_that_loops_is_stopped(
    template: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stopped by the loops' step budget (#23 §3), well before the clock (kept as a backstop)."""
    monkeypatch.setattr(limits, "MAX_SECONDS", 20)
    code, err = _report(tmp_path, template)
    assert code == 1
    (line,) = err.splitlines()
    assert line.endswith("template stopped: the loops took more than 1,000,000 steps; refused")


def test_normal_templates_still_render(tmp_path: Path) -> None:
    code, err = _report(tmp_path, "{{ 'ab' * 3 }} {{ 2 ** 10 }} {{ [1, 2] * 2 }}\n")
    assert (code, err) == (0, "")
    result = runner.invoke(
        app,
        ["report", "-f", "md", "--template-dir", str(tmp_path / "templates"), str(EXAMPLE)],
    )
    assert result.stdout == "ababab 1024 [1, 2, 1, 2]\n"
