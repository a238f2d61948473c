"""YAML reading with positions, and atomic writing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from siqassess.errors import InputError, OutputError
from siqassess.io.yamlio import MAX_BYTES, parse, read_text, write_atomic


def test_locate_points_at_keys_and_items() -> None:
    _, source = parse("f.yaml", "a:\n  b:\n    - x\n    - y: 1\n")
    assert str(source.locate(("a", "b", 1, "y"))) == "f.yaml:4:7"
    assert str(source.locate(("a", "b", 0))) == "f.yaml:3:7"
    # A path that goes past what exists points at the deepest part that does.
    assert str(source.locate(("a", "missing"))) == "f.yaml:1:1"


def test_duplicate_keys_are_refused_at_the_second_one() -> None:
    with pytest.raises(InputError) as err:
        parse("f.yaml", "a: 1\nb: 2\na: 3\n")
    assert str(err.value) == "f.yaml:3:1: duplicate key 'a'"


def test_python_tags_are_refused() -> None:
    with pytest.raises(InputError, match=r"python/object/apply:os\.system. is not allowed"):
        parse("f.yaml", "x: !!python/object/apply:os.system [touch /tmp/pwned]\n")


def test_anchors_within_limits_still_work() -> None:
    data, _ = parse("f.yaml", "a: &x {k: 1}\nb: *x\n")
    assert data == {"a": {"k": 1}, "b": {"k": 1}}


def test_bom_and_crlf_are_read(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_bytes(b"\xef\xbb\xbfa: 1\r\nb: x\r\n")
    data, _ = parse(str(path), read_text(path))
    assert data == {"a": 1, "b": "x"}


def test_too_large_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(InputError, match="larger than the 5 MiB limit"):
        read_text(path)


def test_unreadable_file(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can read any file")
    path = tmp_path / "secret.yaml"
    path.write_text("a: 1\n")
    path.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_text(path)


def test_write_atomic_replaces_and_keeps_mode(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    path.write_text("old")
    path.chmod(0o640)
    write_atomic(path, "new")
    assert path.read_text() == "new"
    assert path.stat().st_mode & 0o777 == 0o640
    assert list(tmp_path.iterdir()) == [path]


def test_write_atomic_into_missing_folder_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="does not exist"):
        write_atomic(tmp_path / "nope" / "out.txt", "x")
    assert list(tmp_path.iterdir()) == []


def test_failed_write_keeps_the_old_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "answers.yaml"
    path.write_text("precious")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OutputError, match="cannot write: no space left on the device"):
        write_atomic(path, "new content")
    assert path.read_text() == "precious"
    assert list(tmp_path.iterdir()) == [path]
