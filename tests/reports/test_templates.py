"""Custom templates: overrides inherit the rest; the sandbox refuses escapes; typos fail."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from report_helpers import EXAMPLE, render_file

from siqassess.reports.render import TemplateProblem


def _dir(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "tpl"
    root.mkdir(exist_ok=True)
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_a_partial_override_replaces_only_that_piece(tmp_path: Path) -> None:
    root = _dir(tmp_path, {"_logo.html.j2": '<div class="logo">Konsult &amp; Co AB</div>\n'})
    text = render_file(EXAMPLE, "html", "sv", template_dir=root).text
    assert "Konsult &amp; Co AB" in text
    assert "Under målet" in text and 'class="radar"' in text


def test_an_override_can_extend_the_builtin_report_and_change_one_block(tmp_path: Path) -> None:
    override = (
        '{% extends "siqassess/report.html.j2" %}\n'
        "{% block method %}<section><h2>Om rapporten</h2><p>{{ assessment.organisation }}"
        "</p></section>{% endblock %}\n"
    )
    root = _dir(tmp_path, {"report.html.j2": override})
    text = render_file(EXAMPLE, "html", "sv", template_dir=root).text
    assert "<h2>Om rapporten</h2><p>Norrvik Kommun</p>" in text
    assert "Under målet" in text
    assert "inte SIQ:s officiella text" not in text  # the replaced block is gone


def test_overrides_work_for_text_formats_too(tmp_path: Path) -> None:
    override = (
        '{% extends "siqassess/report.txt.j2" %}{% block header %}KUND: {{ title }}\n{% endblock %}'
    )
    root = _dir(tmp_path, {"report.txt.j2": override})
    text = render_file(EXAMPLE, "txt", "sv", template_dir=root).text
    assert text.startswith("KUND: Gapanalys: Norrvik Kommun\n")


def test_a_typo_is_an_error_naming_the_template_and_line(tmp_path: Path) -> None:
    root = _dir(tmp_path, {"report.txt.j2": "{{ title }}\n{{ totl.score }}\n"})
    with pytest.raises(TemplateProblem) as info:
        render_file(EXAMPLE, "txt", template_dir=root)
    problem = info.value.problems[0]
    assert problem.location.file == str(root / "report.txt.j2")
    assert problem.location.line == 2
    assert "totl" in problem.message


def test_a_syntax_error_names_the_template_and_line(tmp_path: Path) -> None:
    root = _dir(tmp_path, {"report.md.j2": "ok\n\n{% if %}\n"})
    with pytest.raises(TemplateProblem) as info:
        render_file(EXAMPLE, "md", template_dir=root)
    assert info.value.problems[0].location.line == 3
    assert str(info.value).startswith(str(root / "report.md.j2") + ":3:")


def test_reaching_python_internals_is_refused_by_the_sandbox(tmp_path: Path) -> None:
    root = _dir(tmp_path, {"report.txt.j2": "x\n{{ ''.__class__.__mro__ }}\n"})
    with pytest.raises(TemplateProblem) as info:
        render_file(EXAMPLE, "txt", template_dir=root)
    assert "sandbox" in str(info.value)
    assert info.value.problems[0].location.line == 2


def test_including_a_file_outside_the_template_dir_is_refused(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("TOP SECRET", encoding="utf-8")
    for include in ("../secret.txt", "../../etc/passwd", "/etc/passwd"):
        root = _dir(tmp_path, {"report.txt.j2": "{% include '" + include + "' %}\n"})
        with pytest.raises(TemplateProblem) as info:
            render_file(EXAMPLE, "txt", template_dir=root)
        assert "not found" in str(info.value)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_a_symlink_pointing_outside_the_template_dir_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.j2"
    secret.write_text("TOP SECRET", encoding="utf-8")
    root = _dir(tmp_path, {})
    (root / "report.txt.j2").symlink_to(secret)
    with pytest.raises(TemplateProblem) as info:
        render_file(EXAMPLE, "txt", template_dir=root)
    assert "outside the template folder" in str(info.value)


def test_html_autoescape_stays_on_in_custom_templates(tmp_path: Path) -> None:
    root = _dir(tmp_path, {"report.html.j2": "<p>{{ labels.strengths ~ '<script>' }}</p>\n"})
    text = render_file(EXAMPLE, "html", "en", template_dir=root).text
    assert text == "<p>Strengths&lt;script&gt;</p>\n"


def test_a_user_template_reads_entries_as_the_readme_documents(tmp_path: Path) -> None:
    """Entries are typed, yet `x.key`, `x["key"]`, `dict(x, ...)` and `tojson` work as on dicts."""
    template = (
        '{{ total.score | num }} {{ total["kind"] }} {{ factors[0]["children"][0].id }}\n'
        '{{ dict(total, name="Allt").name }} {{ dict(total)["id"] }} {{ dict(a=1).a }}\n'
        "{{ leaves[0].coverage | tojson }}\n"
        "{{ dict(leaves[0].coverage, na=9) | tojson }}\n"
        "{{ improvements[0].rank }} {{ improvements[0].points_at_stake is defined }}"
        " {{ leaves[0].points_at_stake is defined }} {{ 'factors' in charts }}\n"
    )
    root = _dir(tmp_path, {"report.txt.j2": template})
    lines = render_file(EXAMPLE, "txt", "sv", template_dir=root).text.splitlines()
    assert lines[0] == "54,3 total F1.1"
    assert lines[1] == "Allt total 1"
    assert lines[2] == '{"answered": 1, "complete": true, "missing": 0, "na": 0, "total": 1}'
    assert lines[3] == '{"answered": 1, "complete": true, "missing": 0, "na": 9, "total": 1}'
    assert lines[4] == "1 True False True"
