"""The lock beside an answers file: whatever is planted at its path, no answer is lost (#23 §2).

The lock never writes through a link, never opens anything but a regular file it created (or
an earlier one of its own), and refuses with one line naming what is in the way.
"""

from __future__ import annotations

import os
import shutil
import stat
import sys
from collections.abc import Callable
from pathlib import Path

import pexpect
import pytest

from siqassess.errors import SiqError
from siqassess.io import lock as lock_module
from siqassess.io import temporaries
from siqassess.io.lock import LockedError, LockPathError, lock, lock_path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "norrvik-2026.yaml"


@pytest.fixture
def answers(tmp_path: Path) -> Path:
    path = tmp_path / "answers.yaml"
    shutil.copy(EXAMPLE, path)
    return path


def _refusal(path: Path, what: str) -> str:
    return (
        f"{lock_path(path)}: is in the way of the lock on answers.yaml ({what}); "
        "nothing was changed. Remove it, then start again"
    )


def _hard_link(path: Path) -> None:
    os.link(path, lock_path(path))


def _symlink_to_answers(path: Path) -> None:
    lock_path(path).symlink_to(path)


def _dangling_symlink(path: Path) -> None:
    lock_path(path).symlink_to(path.parent / "nowhere")


def _folder(path: Path) -> None:
    lock_path(path).mkdir()


def _fifo(path: Path) -> None:
    os.mkfifo(lock_path(path))


def _device(path: Path) -> None:
    try:
        os.mknod(lock_path(path), stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("creating a character device needs root (mknod)")


def _foreign_file(path: Path) -> None:
    lock_path(path).write_text("my notes, not a lock\n")


PLANTED: list[tuple[Callable[[Path], None], str]] = [
    (_hard_link, "a second name of another file (a hard link)"),
    (_symlink_to_answers, "a symbolic link"),
    (_dangling_symlink, "a symbolic link"),
    (_folder, "a folder"),
    (_fifo, "a named pipe (FIFO)"),
    (_device, "a device"),
    (_foreign_file, "not a lock file of siqassess"),
]


@pytest.mark.parametrize(("plant", "what"), PLANTED, ids=[p.__name__[1:] for p, _ in PLANTED])
def test_anything_planted_at_the_lock_path_is_refused_and_kept(
    answers: Path, plant: Callable[[Path], None], what: str
) -> None:
    before = answers.read_bytes()
    plant(answers)
    where = lock_path(answers)
    kept = os.lstat(where)
    with pytest.raises(LockPathError) as caught, lock(answers):
        pytest.fail("the lock was taken")
    assert str(caught.value) == _refusal(answers, what)
    assert caught.value.exit_code == 1
    assert answers.read_bytes() == before
    after = os.lstat(where)
    assert (after.st_ino, after.st_mode, after.st_size) == (kept.st_ino, kept.st_mode, kept.st_size)


def test_a_hard_link_to_the_answers_file_never_empties_it_in_assess(answers: Path) -> None:
    before = answers.read_bytes()
    _hard_link(answers)
    child = pexpect.spawn(
        sys.executable,
        ["-m", "siqassess", "assess", str(answers), "--lang", "en"],
        timeout=60,
        dimensions=(24, 200),
        env={**os.environ, "NO_COLOR": "1"},
    )
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert child.before.decode().strip() == "siqassess: error: " + _refusal(
        answers, "a second name of another file (a hard link)"
    )
    assert answers.read_bytes() == before


def test_two_sessions_never_both_hold_it_and_the_refusal_writes_nothing(answers: Path) -> None:
    with lock(answers):
        held = lock_path(answers).read_bytes()
        with pytest.raises(LockedError), lock(answers):
            pytest.fail("a second session took the lock")
        assert lock_path(answers).read_bytes() == held


@pytest.mark.parametrize("left", ["", "process 99999999 on gone-host\n"])
def test_an_earlier_sessions_lock_file_is_taken_over(answers: Path, left: str) -> None:
    lock_path(answers).write_text(left)
    with lock(answers):
        assert lock_path(answers).read_text().startswith(f"process {os.getpid()} on ")


def test_the_lock_file_is_removed_on_a_clean_exit_and_on_an_error(answers: Path) -> None:
    with lock(answers):
        assert lock_path(answers).exists()
    assert not lock_path(answers).exists()
    with pytest.raises(SiqError), lock(answers):
        raise SiqError("boom")
    assert not lock_path(answers).exists()
    assert sorted(p.name for p in answers.parent.iterdir()) == ["answers.yaml"]


def test_a_lock_file_swapped_while_taking_it_is_taken_again(
    answers: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A holder that removes its lock file as we lock it: we lock the new file, not the old."""
    from filelock import lock_descriptor

    calls: list[int] = []

    def racing(fd: int, *, blocking: bool = True) -> bool:
        if not calls:
            where = lock_path(answers)
            where.unlink()
            where.write_text("")
        calls.append(os.fstat(fd).st_ino)
        return lock_descriptor(fd, blocking=blocking)

    monkeypatch.setattr("filelock.lock_descriptor", racing)
    with lock(answers):
        assert len(calls) == 2 and calls[1] == lock_path(answers).stat().st_ino
        assert lock_path(answers).read_text().startswith(f"process {os.getpid()}")


# -- the Windows path, as far as this machine goes --


def test_on_windows_a_holder_whose_text_cannot_be_read_is_another_process(
    answers: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows locks byte 0 with LockFileEx: a second session cannot read the holder's text."""
    real_read = os.read

    def locked_read(fd: int, n: int) -> bytes:
        if os.fstat(fd).st_size and os.lseek(fd, 0, os.SEEK_CUR) == 0:
            raise PermissionError(13, "The process cannot access the file")
        return real_read(fd, n)

    with lock(answers):
        monkeypatch.setattr(lock_module.os, "read", locked_read)
        with pytest.raises(LockedError) as caught, lock(answers):
            pass
    assert str(caught.value).endswith(
        "is being edited by another process; wait for that session to end"
    )


def test_on_windows_the_held_lock_file_is_left_for_the_next_session(
    answers: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lock_module.os, "name", "nt")
    with lock(answers):
        pass
    monkeypatch.undo()
    assert lock_path(answers).read_text().startswith("process ")
    with lock(answers):  # and the next session takes it over
        pass


class _Kernel32:
    def __init__(self, handle: int, code: int) -> None:
        self.handle, self.code, self.closed = handle, code, False

    def OpenProcess(self, access: int, inherit: bool, pid: int) -> int:
        return self.handle

    def GetExitCodeProcess(self, handle: int, out: object) -> int:
        out._obj.value = self.code  # type: ignore[attr-defined]
        return 1

    def CloseHandle(self, handle: int) -> None:
        self.closed = True


@pytest.mark.parametrize(
    ("handle", "code", "error", "alive"),
    [(7, 259, 0, True), (7, 0, 0, False), (0, 0, 87, False), (0, 0, 5, True)],
)
def test_on_windows_whether_a_process_lives_is_asked_without_killing_it(
    monkeypatch: pytest.MonkeyPatch, handle: int, code: int, error: int, alive: bool
) -> None:
    import ctypes

    kernel32 = _Kernel32(handle, code)
    monkeypatch.setattr(temporaries.os, "name", "nt")
    monkeypatch.setattr(temporaries.os, "kill", lambda *a: pytest.fail("os.kill on Windows"))
    monkeypatch.setattr(ctypes, "WinDLL", lambda *a, **k: kernel32, raising=False)
    monkeypatch.setattr(ctypes, "get_last_error", lambda: error, raising=False)
    assert temporaries.process_alive(1234) is alive
    assert kernel32.closed is bool(handle)


def test_no_posix_only_call_is_left_in_the_package() -> None:
    offenders = [
        f"{p.relative_to(ROOT)}: {call}"
        for p in sorted((ROOT / "siqassess").rglob("*.py"))
        for call in ("import fcntl", "os.pwrite", "os.uname", "os.kill(")
        if call in p.read_text() and not (p.name == "temporaries.py" and call == "os.kill(")
    ]
    assert offenders == []
