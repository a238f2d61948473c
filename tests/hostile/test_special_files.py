"""Only regular files are read, without ever blocking; folder scans stay in their tree (#11 §2)."""

from __future__ import annotations

import os
import shutil
import socket
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from siqassess.cli import app
from siqassess.errors import InputError
from siqassess.io.batch import expand
from siqassess.io.files import read_bytes

from .cases import EXAMPLE_EN as EXAMPLE

runner = CliRunner()
FIFO = "is a named pipe (FIFO), not a regular file"


def _bounded(args: list[str]) -> Result:
    """Run the CLI, failing (not hanging) if it blocks: the hang is the bug under test."""
    box: list[Result] = []
    worker = threading.Thread(target=lambda: box.append(runner.invoke(app, args)), daemon=True)
    worker.start()
    worker.join(60)
    assert box, f"siqassess {' '.join(args)} hung"
    return box[0]


def _fifo(folder: Path, name: str = "answers.yaml") -> Path:
    path = folder / name
    os.mkfifo(path)
    return path


def _socket(folder: Path, name: str = "answers.yaml") -> Path:
    path = folder / name
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(path))
    sock.close()
    return path


SPECIAL: dict[str, tuple[Callable[[Path], Path], str]] = {
    "fifo": (_fifo, FIFO),
    "socket": (_socket, "is a socket or device without a reader, not a regular file"),
}
COMMANDS = {
    "validate": ["validate", "PATH"],
    "score": ["score", "PATH"],
    "report": ["report", "PATH"],
    "report-md": ["report", "-f", "md", "PATH"],
    "compare": ["compare", str(EXAMPLE), "PATH"],
    "aggregate": ["aggregate", str(EXAMPLE), "PATH"],
    "validate-model": ["validate", "--model", "PATH", str(EXAMPLE)],
    "score-model": ["score", "--model", "PATH", str(EXAMPLE)],
    "model-show": ["model", "show", "PATH"],
}


@pytest.mark.parametrize("kind", sorted(SPECIAL))
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_special_file_is_refused_at_once(kind: str, command: str, tmp_path: Path) -> None:
    make, message = SPECIAL[kind]
    path = make(tmp_path)
    args = [str(path) if a == "PATH" else a for a in COMMANDS[command]]
    result = _bounded(args)
    assert result.exit_code in (1, 2), result.output
    text = result.stdout + result.stderr
    assert f"{path}: {message}" in text, text
    assert "Traceback" not in text


@pytest.mark.parametrize(
    ("device", "message"),
    [
        ("/dev/null", "is a character device, not a regular file"),
        ("/dev/zero", "is a character device, not a regular file"),
        ("/dev/stdin", ""),
    ],
)
def test_devices_are_refused(device: str, message: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    with pytest.raises(InputError) as caught:
        read_bytes(device, 1024)
    assert str(caught.value).startswith(f"{device}: ")
    assert message in str(caught.value)


def test_a_fifo_in_a_scanned_folder_does_not_stop_the_batch(tmp_path: Path) -> None:
    folder = tmp_path / "clients"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / "a.yaml")
    fifo = _fifo(folder, "b.yaml")
    shutil.copy(EXAMPLE, folder / "c.yaml")
    result = _bounded(["score", "-f", "csv", str(folder)])
    assert result.exit_code == 1
    assert result.stderr == f"siqassess: error: {fifo}: {FIFO}\n"
    scored = {row.split(",")[0] for row in result.stdout.splitlines()[1:]}
    assert scored == {str(folder / "a.yaml"), str(folder / "c.yaml")}


def test_a_fifo_in_an_aggregated_folder_is_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "team"
    shutil.copytree(Path(__file__).resolve().parents[2] / "examples" / "team", folder)
    fifo = _fifo(folder, "zz.yaml")
    result = _bounded(["aggregate", "--lang", "en", str(folder)])
    assert result.exit_code == 1
    assert f"siqassess: error: {fifo}: {FIFO}" in result.stderr.splitlines()


def _tree(tmp_path: Path) -> tuple[Path, Path]:
    outside = tmp_path / "outside"
    (outside / "deep").mkdir(parents=True)
    shutil.copy(EXAMPLE, outside / "deep" / "secret.yaml")
    shutil.copy(EXAMPLE, outside / "loose.yaml")
    top = tmp_path / "top"
    (top / "real").mkdir(parents=True)
    shutil.copy(EXAMPLE, top / "real" / "a.yaml")
    return top, outside


def _found(folder: Path) -> list[str]:
    targets, problems = expand([str(folder)])
    assert problems == []
    return sorted(os.path.relpath(t.path, folder) for t in targets)


def test_scan_does_not_follow_links_out_of_the_tree(tmp_path: Path) -> None:
    top, outside = _tree(tmp_path)
    (top / "to-outside").symlink_to(outside)
    (top / "to-root").symlink_to("/")
    (top / "real" / "up").symlink_to("../..")
    (top / "loose.yaml").symlink_to(outside / "loose.yaml")
    (top / "dangling.yaml").symlink_to(tmp_path / "nowhere.yaml")
    assert _found(top) == ["real/a.yaml"]


def test_scan_follows_links_inside_the_tree_once(tmp_path: Path) -> None:
    top, _ = _tree(tmp_path)
    (top / "alias").symlink_to(top / "real")
    (top / "real" / "loop").symlink_to(top)
    (top / "b.yaml").symlink_to(top / "real" / "a.yaml")
    # The same file by two names is scored once, under the first name found.
    assert _found(top) == ["b.yaml"]


def test_a_linked_folder_given_outright_is_scanned(tmp_path: Path) -> None:
    _top, outside = _tree(tmp_path)
    link = tmp_path / "link"
    link.symlink_to(outside)
    assert _found(link) == ["deep/secret.yaml", "loose.yaml"]


def test_a_glob_does_not_walk_out_of_its_folders(tmp_path: Path) -> None:
    top, outside = _tree(tmp_path)
    (top / "real" / "out").symlink_to(outside)
    targets, _ = expand([str(top / "*")])
    assert [os.path.relpath(t.path, top) for t in targets] == ["real/a.yaml"]


def test_read_bytes_stops_at_the_limit_even_if_the_file_grows(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"a" * 2048)
    with pytest.raises(InputError) as caught:
        read_bytes(path, 1024)
    assert "larger than" in str(caught.value)
    assert read_bytes(path, 4096) == b"a" * 2048
