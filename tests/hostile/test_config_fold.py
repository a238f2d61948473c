"""Many refused keys in one project file are one warning, not one line each (#23's leftover).

A client's 1 MiB ``siqassess.toml`` with 20,000 keys it may not set gave 20,000 warning lines.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from siqassess.cli import app

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()

FOLDED = (
    "siqassess: warning: {file}: {count} keys ignored ({keys}, …): a project file may set only "
    "harmless defaults, not templates, models, output files or what changes a score; give them "
    "on the command line, or trust the file: siqassess config trust\n"
)
FOLDED_SV = (
    "siqassess: varning: {file}: {count} inställningar används inte ({keys}, …): en projektfil "
    "får bara ange ofarliga standardvärden, inte mallar, modeller, utdatafiler eller det som "
    "ändrar en poäng; ange dem på kommandoraden eller lita på filen: siqassess config trust\n"
)
ONE = (
    "siqassess: warning: {file}: {key} ignored: a project file may set only harmless "
    "defaults, not templates, models, output files or what changes a score; give it on the "
    "command line, or trust the file: siqassess config trust\n"
)


@pytest.fixture
def client(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A client's folder with an answers file; we run in it, with no user config."""
    folder = tmp_path / "client"
    folder.mkdir()
    shutil.copy(ROOT / "examples" / "norrvik-2026.yaml", folder / "answers.yaml")
    monkeypatch.chdir(folder)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    for name in [n for n in os.environ if n.startswith("SIQASSESS_")]:
        monkeypatch.delenv(name)
    return folder


def _stderr(*args: str) -> str:
    result = runner.invoke(app, ["score", "answers.yaml", "-f", "json", *args])
    assert result.exit_code == 0, result.stderr
    return result.stderr


def test_20000_refused_keys_in_a_1_mib_file_are_one_line_in_either_language(
    client: Path,
) -> None:
    config = client / "siqassess.toml"
    text = "".join(f'[t{i}]\ntemplate_dir = "x"\n' for i in range(20_000))
    assert len(text) <= 1 << 20  # under the limit: read, not skipped
    config.write_text(text)
    keys = "t0.template_dir, t1.template_dir, t2.template_dir"
    assert _stderr("--lang", "en") == FOLDED.format(file=config, count="20,000", keys=keys)
    assert _stderr("--lang", "sv") == FOLDED_SV.format(file=config, count="20\u00a0000", keys=keys)


def test_three_refused_keys_are_named_one_by_one_and_four_are_folded(client: Path) -> None:
    config = client / "siqassess.toml"
    config.write_text('model = "m.yaml"\ntemplate_dir = "t"\n[score]\nfail_under = 9\n')
    assert _stderr("--lang", "en") == "".join(
        ONE.format(file=config, key=key) for key in ("model", "template_dir", "score.fail_under")
    )
    config.write_text(config.read_text() + 'output = "o.json"\n')
    assert _stderr("--lang", "en") == FOLDED.format(
        file=config, count="4", keys="model, template_dir, score.fail_under"
    )
