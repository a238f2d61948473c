"""Text on a stdout that is not UTF-8 never crashes (issue #15: Windows consoles, cp1252)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import NEW, OLD, TEAM, run_cli

# Each case: the command, and a text its cp1252 output must hold (Swedish letters kept, and a
# character cp1252 lacks, such as "→", replaced by "?").
CASES = {
    "report txt": (["report", NEW], "Täckning: 30 besvarade"),
    "report md": (["report", NEW, "--format", "md"], "Översikt"),
    "compare": (["compare", OLD, NEW], "R4: 60,0 ? 70,0 (+10,0; mål 70,0)"),  # Swedish files
    "aggregate": (["aggregate", TEAM], "Anna Lind, förvaltningschef"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_cp1252_stdout_keeps_swedish_and_replaces_what_it_lacks(case: str) -> None:
    args, expected = CASES[case]
    done = run_cli(*args, env={"PYTHONIOENCODING": "cp1252"})
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert done.stderr == b""
    text = done.stdout.decode("cp1252")  # every byte is cp1252: Swedish letters survive
    assert expected in text


def test_redirected_stdout_without_a_chosen_encoding_gets_utf8() -> None:
    # The C locale without UTF-8 mode gives Python an ASCII stdout, as a redirect on an old
    # Windows code page would: siqassess writes UTF-8 there, the same bytes as -o.
    env = {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
    done = run_cli("compare", OLD, NEW, env=env)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    text = done.stdout.decode("utf-8")
    assert "→" in text


def test_output_file_is_utf8_whatever_stdout_is(tmp_path: Path) -> None:
    out = tmp_path / "r.md"
    done = run_cli("report", NEW, "-o", out, env={"PYTHONIOENCODING": "cp1252"})
    assert done.returncode == 0
    text = out.read_text(encoding="utf-8")
    assert "−" in text or "–" in text
