"""A folder's config file may set harmless defaults only, unless trusted (#23 §1, #21 config).

And config applies to every option of every command through one rule (Click's default_map).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app

from .nobody import nobody_prefix

ROOT = Path(__file__).resolve().parents[2]
NEW = ROOT / "examples" / "norrvik-2026.yaml"
runner = CliRunner()

REFUSED = (
    "siqassess: warning: {file}: {key} ignored: a project file may set only harmless "
    "defaults, not templates, models, output files or what changes a score; give it on the "
    "command line, or trust the file: siqassess config trust\n"
)
REFUSED_SV = (
    "siqassess: varning: {file}: {key} används inte: en projektfil får bara ange ofarliga "
    "standardvärden, inte mallar, modeller, utdatafiler eller det som ändrar en poäng; ange "
    "det på kommandoraden eller lita på filen: siqassess config trust\n"
)


@pytest.fixture
def client(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A client's unpacked folder, with its own templates, model and config; we run in it."""
    folder = tmp_path / "client"
    (folder / "tpl").mkdir(parents=True)
    (folder / "tpl" / "report.txt.j2").write_text("SCORE: 100 (all targets met)\n")
    (folder / "tpl" / "report.html.j2").write_text("<script>alert(1)</script>\n")
    shutil.copy(NEW, folder / "answers.yaml")
    monkeypatch.chdir(folder)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    for name in [n for n in os.environ if n.startswith("SIQASSESS_")]:
        monkeypatch.delenv(name)
    return folder


def _run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


def test_a_folders_config_never_chooses_the_report_templates(client: Path) -> None:
    config = client / "siqassess.toml"
    config.write_text('lang = "en"\ntemplate_dir = "tpl"\n')
    code, out, err = _run("report", "answers.yaml", "-f", "txt")
    assert code == 0
    assert out.startswith("Gap report: Norrvik Kommun\n")  # lang = "en" applies: harmless
    assert "SCORE: 100" not in out
    assert err == REFUSED.format(file=config, key="template_dir")
    code, out, err = _run("report", "answers.yaml", "-f", "html", "--lang", "sv")
    assert "<script>" not in out
    assert err == REFUSED_SV.format(file=config, key="template_dir")


def test_a_parent_folders_pyproject_never_swaps_the_model(client: Path) -> None:
    code, out, _ = _run("score", "answers.yaml", "-f", "json")
    plain = json.loads(out)["files"][0]["total"]
    model = client / "own.yaml"
    model.write_text((ROOT / "models" / "siq_2019_1.yaml").read_text())
    pyproject = client.parent / "pyproject.toml"
    pyproject.write_text(
        '[tool.siqassess]\nmodel = "client/own.yaml"\n[tool.siqassess.score]\nfail_under = 99\n'
    )
    code, out, err = _run("score", "answers.yaml", "-f", "json")
    assert code == 0
    assert json.loads(out)["files"][0]["total"] == plain
    assert err == REFUSED.format(file=pyproject, key="model") + REFUSED.format(
        file=pyproject, key="score.fail_under"
    )


def test_a_trusted_project_file_may_set_everything_until_it_changes(client: Path) -> None:
    config = client / "siqassess.toml"
    config.write_text('template_dir = "tpl"\n')
    code, out, err = _run("config", "trust")
    assert code == 0, err
    user = client.parent / "xdg" / "siqassess" / "config.toml"
    assert out.startswith(f"trusted {config} as it is now (sha256 ")
    assert out.endswith(f"…), recorded in {user}\n")
    code, out, err = _run("report", "answers.yaml", "-f", "txt")
    assert (code, out, err) == (0, "SCORE: 100 (all targets met)\n", "")
    config.write_text('template_dir = "tpl"\nlang = "sv"\n')  # edited: no longer trusted
    code, out, err = _run("report", "answers.yaml", "-f", "txt")
    assert out.startswith("Gapanalys: Norrvik Kommun")
    assert err == REFUSED_SV.format(file=config, key="template_dir")


def test_the_user_file_and_the_environment_are_trusted(client: Path) -> None:
    user = client.parent / "xdg" / "siqassess" / "config.toml"
    user.parent.mkdir(parents=True)
    user.write_text(f'template_dir = "{client / "tpl"}"\n')
    assert _run("report", "answers.yaml", "-f", "txt")[1] == "SCORE: 100 (all targets met)\n"
    user.unlink()
    env = {"SIQASSESS_REPORT_TEMPLATE_DIR": str(client / "tpl")}
    assert _run("report", "answers.yaml", "-f", "txt", env=env)[1].startswith("SCORE: 100")


def test_config_lists_every_option_and_what_was_ignored(client: Path) -> None:
    config = client / "siqassess.toml"
    config.write_text('spread = 12\ntemplate_dir = "tpl"\n[plan]\nformat = "csv"\n')
    code, out, err = _run("config")
    assert (code, err) == (0, "")
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines()[:-2]}
    assert rows["spread"] == ["12", "project", "file", str(config)]
    assert rows["template_dir"] == ["–", "default"]
    assert rows["plan.format"] == ["csv", "project", "file", str(config)]
    assert rows["score.fail_under"] == ["–", "default"]
    assert {"report.kind", "aggregate.min_respondents", "model-export.format"} <= set(rows)
    assert out.splitlines()[-2] == "ignored: " + REFUSED.format(
        file=config, key="template_dir"
    ).removeprefix("siqassess: warning: ").rstrip("\n")


def test_plan_takes_its_options_from_config_too(client: Path) -> None:
    (client / "siqassess.toml").write_text('[plan]\nformat = "csv"\n')
    code, out, _ = _run("plan", "answers.yaml")
    assert code == 0 and out.startswith("rank,list,leaf,question,")
    (client / "siqassess.toml").unlink()
    code, out, _ = _run("plan", "answers.yaml", env={"SIQASSESS_PLAN_FORMAT": "csv"})
    assert code == 0 and out.startswith("rank,list,leaf,question,")


def test_a_config_nested_3000_deep_is_one_line_not_a_crash(client: Path) -> None:
    config = client / "siqassess.toml"
    config.write_text("x = " + "[" * 3000 + "]" * 3000 + "\n")
    code, _, err = _run("score", "answers.yaml", "--lang", "en")
    assert code == 2
    assert (
        err
        == f"siqassess: error: {config}: nested more than 4 levels deep; a config file is flat\n"
    )


def test_a_sparse_4_gib_config_is_skipped_without_reading_it(client: Path) -> None:
    config = client / "siqassess.toml"
    with config.open("wb") as handle:
        handle.truncate(4 << 30)
    code, _, err = _run("score", "answers.yaml")
    assert code == 0
    assert err == (f"siqassess: warning: {config}: skipped, file is larger than the 1 MiB limit\n")


def _as_nobody() -> list[str]:
    return nobody_prefix()


def test_an_unsearchable_config_folder_is_skipped_with_a_notice(tmp_path: Path) -> None:
    prefix = _as_nobody()
    home = tmp_path / "home"
    (home / ".config").mkdir(parents=True)
    (home / ".config").chmod(0o700)  # root's, so the user cannot search it
    work = tmp_path / "work"
    work.mkdir()
    shutil.copy(NEW, work / "answers.yaml")
    tmp_path.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "SIQASSESS_"))}
    env |= {"HOME": str(home), "PYTHONPATH": str(ROOT), "LANG": "C.UTF-8"}
    done = subprocess.run(
        [*prefix, sys.executable, "-m", "siqassess", "score", "answers.yaml", "--lang", "en"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    user = home / ".config" / "siqassess" / "config.toml"
    assert done.returncode == 0, done.stderr
    assert done.stderr == f"siqassess: warning: {user}: skipped, permission denied\n"
