"""Templates are compiled once per process (``reports/compiled.py``), never used stale.

The API and a test run render many reports in one process; a kept compiled template is used
only while its source is the same and only by an environment that escapes HTML as it did.
"""

from __future__ import annotations

from pathlib import Path

from report_helpers import EXAMPLE
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.reports.render import environment

runner = CliRunner()


def test_an_edited_template_is_compiled_again_in_the_same_process(tmp_path: Path) -> None:
    template = tmp_path / "report.txt.j2"
    args = ["report", str(EXAMPLE), "--template-dir", str(tmp_path), "--lang", "en"]
    template.write_text("first: {{ title }}\n", encoding="utf-8")
    assert runner.invoke(app, args).stdout == "first: Gap report: Norrvik Kommun\n"
    template.write_text("second: {{ title }}\n", encoding="utf-8")  # the same size and second
    assert runner.invoke(app, args).stdout == "second: Gap report: Norrvik Kommun\n"


def test_one_template_file_is_escaped_for_html_and_left_alone_for_markdown(
    tmp_path: Path,
) -> None:
    (tmp_path / "part.j2").write_text("{{ '<b>' }}", encoding="utf-8")
    for _ in range(2):  # the second round uses what the first compiled
        assert environment("html", tmp_path).get_template("part.j2").render() == "&lt;b&gt;"
        assert environment("md", tmp_path).get_template("part.j2").render() == "<b>"
