"""`validate` knows the shipped model by its bytes, and says of it what the full check says."""

from __future__ import annotations

import hashlib
from pathlib import Path

from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.criteria.known import KNOWN, KnownModel, known_model
from siqassess.io.models import load_model

MODEL = Path(__file__).resolve().parents[2] / "models" / "siq_2019_1.yaml"
runner = CliRunner()


def test_the_shipped_model_is_known_as_the_full_check_describes_it() -> None:
    raw = MODEL.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    model = load_model(MODEL)
    full = KnownModel(model.id, model.version, len(model.spec.success_factors), len(model.leaves))
    assert KNOWN.get(digest) == full, (
        f"models/siq_2019_1.yaml changed: set its entry in siqassess/criteria/known.py to "
        f"{digest!r}: {full!r}"
    )
    assert list(KNOWN) == [digest], "only the shipped model's bytes are known"


def test_the_known_answer_and_the_full_check_print_the_same(tmp_path: Path) -> None:
    copy = tmp_path / "model.yaml"
    copy.write_bytes(MODEL.read_bytes() + b"# one more comment\n")
    assert known_model(copy.read_bytes()) is None
    for lang in ("en", "sv"):
        fast = runner.invoke(app, ["validate", "--lang", lang, str(MODEL)])
        full = runner.invoke(app, ["validate", "--lang", lang, str(copy)])
        assert fast.exit_code == full.exit_code == 0
        assert fast.stdout.replace(str(MODEL), "M") == full.stdout.replace(str(copy), "M")


def test_changed_bytes_take_the_full_check(tmp_path: Path) -> None:
    broken = tmp_path / "model.yaml"
    broken.write_bytes(MODEL.read_bytes().replace(b"version:", b"version: [", 1))
    result = runner.invoke(app, ["validate", "--lang", "en", str(broken)])
    assert result.exit_code == 1
    assert f"{broken}:" in result.stdout
