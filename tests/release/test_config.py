"""Config files and environment: precedence, sources, paths, errors (issue #15)."""

from __future__ import annotations

from pathlib import Path

import pytest

from siqassess import config
from siqassess.errors import UsageError

from .helpers import NEW, run_cli


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_precedence_command_line_environment_project_user(tmp_path: Path) -> None:
    user = _write(tmp_path / "user/config.toml", 'lang = "sv"\nspread = 10\ntarget = 60\n')
    project = _write(tmp_path / "work/siqassess.toml", 'lang = "en"\nspread = 20\n')
    found = config.effective(
        {"lang": "sv"},
        cwd=project.parent,
        environ={"SIQASSESS_SPREAD": "25"},
        user=user,
    )
    assert found["lang"] == config.Setting("lang", "sv", "command line")
    assert found["spread"] == config.Setting("spread", 25.0, "environment SIQASSESS_SPREAD")
    assert found["target"] == config.Setting("target", 60.0, f"user file {user}")
    assert found["model"] == config.Setting("model", None, "default")
    without_cli = config.effective(cwd=project.parent, environ={}, user=user)
    assert without_cli["lang"] == config.Setting("lang", "en", f"project file {project}")


def test_project_file_is_found_upwards_in_pyproject_and_paths_are_relative_to_it(
    tmp_path: Path,
) -> None:
    pyproject = _write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "x"\n\n[tool.siqassess]\n'
        'template_dir = "mallar"\nmodel = "m/own.yaml"\n',
    )
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    # Untrusted, a folder's file may not choose templates or a model (#23 §1).
    found = config.effective(cwd=deep, environ={}, user=tmp_path / "none.toml")
    assert (found["template_dir"].value, found["model"].value) == (None, None)
    user = _write(
        tmp_path / "user.toml",
        f'[[trusted]]\npath = "{pyproject}"\nsha256 = "{config.digest(pyproject.read_bytes())}"\n',
    )
    found = config.effective(cwd=deep, environ={}, user=user)
    assert found["template_dir"].value == str(tmp_path / "mallar")
    assert found["model"].value == str(tmp_path / "m/own.yaml")
    assert found["template_dir"].source == f"project file {pyproject}"


def test_a_pyproject_without_the_table_is_passed_over(tmp_path: Path) -> None:
    _write(tmp_path / "siqassess.toml", 'lang = "en"\n')
    _write(tmp_path / "inner/pyproject.toml", '[project]\nname = "x"\n')
    found = config.effective(cwd=tmp_path / "inner", environ={}, user=tmp_path / "none.toml")
    assert found["lang"].source == f"project file {tmp_path / 'siqassess.toml'}"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            'colour = "red"\n',
            "unknown setting 'colour' (known: lang, template_dir, model, target, spread, "
            "discuss_top, lint_disable)",
        ),
        ("discuss_top = 2.5\n", "discuss_top must be a whole number from 0 to 1000, not 2.5"),
        ("discuss_top = -1\n", "discuss_top must be a whole number from 0 to 1000, not -1"),
        ('lang = "fi"\n', "lang must be one of en, sv, not 'fi'"),
        ("spread = 130\n", "spread must be a number from 0 to 100, not 130"),
        ("lang = [\n", "not valid TOML"),
    ],
)
def test_bad_settings_are_usage_errors_naming_the_file(
    tmp_path: Path, text: str, message: str
) -> None:
    path = _write(tmp_path / "siqassess.toml", text)
    with pytest.raises(UsageError) as caught:
        config.effective(cwd=tmp_path, environ={}, user=tmp_path / "none.toml")
    problem = caught.value.problems[0]
    assert problem.location.file == str(path)
    assert message in problem.message


def test_config_command_and_report_follow_the_project_file(tmp_path: Path) -> None:
    _write(tmp_path / "siqassess.toml", 'lang = "en"\n')
    env = {"SIQASSESS_SPREAD": "15", "XDG_CONFIG_HOME": str(tmp_path / "xdg")}
    shown = run_cli("config", env=env, cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.decode().splitlines()
    assert lines[0].split() == ["lang", "en", "project", "file", str(tmp_path / "siqassess.toml")]
    assert lines[4].split() == ["spread", "15", "environment", "SIQASSESS_SPREAD"]
    report = run_cli("report", NEW, env=env, cwd=tmp_path)
    assert report.stdout.decode().startswith("Gap report: Norrvik Kommun")  # the file says sv
    forced = run_cli("report", NEW, "--lang", "sv", env=env, cwd=tmp_path)
    assert forced.stdout.decode().startswith("Gapanalys: Norrvik Kommun")
    broken = _write(tmp_path / "siqassess.toml", "lang = 1\n")
    bad = run_cli("report", NEW, env={**env, "LC_ALL": "sv_SE.UTF-8"}, cwd=tmp_path)
    assert bad.returncode == 2
    # The user's locale is Swedish, so the error is too (a file's language never decides it).
    expected = f"siqassess: fel: {broken}: lang måste vara en text som inte är tom, inte 1\n"
    assert bad.stderr.decode() == expected
    english = run_cli("report", NEW, "--lang", "en", env=env, cwd=tmp_path)
    expected = f"siqassess: error: {broken}: lang must be a non-empty string, not 1\n"
    assert english.stderr.decode() == expected


def test_config_command_speaks_the_configured_language(tmp_path: Path) -> None:
    _write(tmp_path / "siqassess.toml", 'lang = "sv"\n')
    env = {"SIQASSESS_SPREAD": "15", "XDG_CONFIG_HOME": str(tmp_path / "xdg")}
    shown = run_cli("config", env=env, cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.decode().splitlines()
    assert lines[0].split() == ["lang", "sv", "projektfil", str(tmp_path / "siqassess.toml")]
    assert lines[1].split() == ["template_dir", "–", "standard"]
    assert lines[4].split() == ["spread", "15", "miljövariabel", "SIQASSESS_SPREAD"]
    assert lines[-1] == f"användarfil: {tmp_path / 'xdg' / 'siqassess' / 'config.toml'}"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("discuss_top = 2.5\n", "discuss_top måste vara ett heltal från 0 till 1000, inte 2.5"),
        ('lang = "fi"\n', "lang måste vara något av en, sv, inte 'fi'"),
        ("spread = 130\n", "spread måste vara ett tal från 0 till 100, inte 130"),
        ('colour = "red"\n', "okänd inställning 'colour' (kända: lang, template_dir, model,"),
        ("lang = [\n", "ogiltig TOML: "),
    ],
)
def test_bad_settings_are_named_in_swedish(tmp_path: Path, text: str, message: str) -> None:
    _write(tmp_path / "siqassess.toml", text)
    with pytest.raises(UsageError) as caught:
        config.effective(cwd=tmp_path, environ={}, user=tmp_path / "none.toml")
    assert message in caught.value.problems[0].text("sv")
