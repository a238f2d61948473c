"""The built-in model cache: the same model as a full validation, used only when it is safe."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from siqassess.criteria.rebuild import spec_dump, spec_from_dump
from siqassess.criteria.tree import LoadedModel
from siqassess.io import model_cache, models, usercache
from siqassess.io.models import builtin_model, builtin_text, parse_model


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of this test's own; returns where the model's entries go."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return usercache.folder()


@pytest.fixture
def validations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the model files validated in full from here on."""
    seen: list[str] = []

    def counted(name: str, text: str) -> LoadedModel:
        seen.append(name)
        return parse_model(name, text)

    monkeypatch.setattr(models, "parse_model", counted)
    return seen


def _entry(cache: Path) -> Path:
    (entry,) = cache.glob("model-*.json")
    return entry


def validated() -> LoadedModel:
    return parse_model(*builtin_text("siq-2019-1"))


def test_the_rebuilt_model_is_the_validated_one_down_to_the_keys_the_file_set() -> None:
    full = validated()
    rebuilt = spec_from_dump(spec_dump(full.spec))
    assert rebuilt == full.spec
    assert spec_dump(rebuilt) == spec_dump(full.spec)
    assert rebuilt.model_dump(mode="json") == full.spec.model_dump(mode="json")
    assert (
        rebuilt.scales["ways_of_working"].bands[0] == full.spec.scales["ways_of_working"].bands[0]
    )
    assert rebuilt.success_factors[0].criteria[0].model_fields_set == (
        full.spec.success_factors[0].criteria[0].model_fields_set
    )


def test_the_first_run_validates_and_writes_the_cache_the_next_reads_it(
    cache: Path, validations: list[str]
) -> None:
    first = builtin_model("siq-2019-1")
    assert validations == ["builtin:siq-2019-1"]
    entry = _entry(cache)
    assert entry.stat().st_mode & 0o777 == 0o600
    second = builtin_model("siq-2019-1")
    assert validations == ["builtin:siq-2019-1"]  # not validated again
    full = validated()
    for loaded in (first, second):
        assert (loaded.spec, loaded.root, loaded.sha256) == (full.spec, full.root, full.sha256)


def test_other_bytes_have_another_key() -> None:
    _, text = builtin_text("siq-2019-1")
    assert model_cache.key(text.encode()) != model_cache.key((text + " ").encode())
    assert model_cache.load((text + "\n# edited\n").encode()) is None


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda entry: entry.write_text("{not json"), id="not JSON"),
        pytest.param(lambda entry: entry.write_text('{"key": "x"}'), id="another key"),
        pytest.param(lambda entry: entry.write_text("[]"), id="not an entry"),
        pytest.param(
            lambda entry: entry.write_text(entry.read_text().replace('"scales"', '"scale"')),
            id="a part missing",
        ),
        pytest.param(lambda entry: entry.chmod(0o620), id="group-writable"),
        pytest.param(lambda entry: entry.chmod(0o602), id="world-writable"),
        pytest.param(lambda entry: entry.parent.chmod(0o777), id="folder world-writable"),
    ],
)
def test_a_cache_entry_that_is_damaged_or_writable_by_others_is_not_used(
    cache: Path, validations: list[str], damage: object
) -> None:
    builtin_model("siq-2019-1")
    assert callable(damage)
    damage(_entry(cache))
    again = builtin_model("siq-2019-1")
    assert validations == ["builtin:siq-2019-1"] * 2  # validated in full once more
    assert again.spec == validated().spec


def test_a_symlinked_entry_is_not_followed(
    cache: Path, validations: list[str], tmp_path: Path
) -> None:
    builtin_model("siq-2019-1")
    entry = _entry(cache)
    elsewhere = tmp_path / "elsewhere.json"
    entry.rename(elsewhere)
    entry.symlink_to(elsewhere)
    builtin_model("siq-2019-1")
    assert validations == ["builtin:siq-2019-1"] * 2


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_a_cache_that_cannot_be_written_is_no_error(cache: Path, validations: list[str]) -> None:
    cache.parent.mkdir(parents=True)
    cache.parent.chmod(0o500)
    try:
        assert builtin_model("siq-2019-1").spec == validated().spec
        assert builtin_model("siq-2019-1").spec == validated().spec
    finally:
        cache.parent.chmod(0o700)
    assert validations == ["builtin:siq-2019-1"] * 2
    assert not cache.exists()


def test_a_cache_folder_in_the_way_is_no_error(cache: Path, validations: list[str]) -> None:
    cache.parent.mkdir(parents=True)
    cache.write_text("a file where the folder goes")
    assert builtin_model("siq-2019-1").sha256 == validated().sha256
    assert validations == ["builtin:siq-2019-1"]
