"""Writing never destroys what it should not: inputs, devices, links, other sessions (#11 §6)."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pexpect
import pytest
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.errors import OutputError
from siqassess.io.files import write_atomic
from siqassess.io.lock import LockedError, lock
from siqassess.io.temporaries import clean_stale_temporaries

from .cases import EXAMPLE_EN

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
EXAMPLE = EXAMPLES / "norrvik-2026.yaml"


def _copies(tmp_path: Path) -> tuple[Path, Path, Path]:
    # Named outright, so without an extension that -o's format rule would already refuse.
    old, new = tmp_path / "old-answers", tmp_path / "new-answers"
    shutil.copy(EXAMPLES / "norrvik-2025.yaml", old)
    shutil.copy(EXAMPLE, new)
    team = tmp_path / "team"
    shutil.copytree(EXAMPLES / "team", team)
    return old, new, team


def _commands(old: Path, new: Path, team: Path) -> dict[str, tuple[list[str], Path]]:
    member = team / "anna-lind.yaml"
    return {
        "report": (["report", "-f", "md", str(new)], new),
        "report-html": (["report", "-f", "html", str(new)], new),
        "score": (["score", "-f", "json", str(old), str(new)], new),
        "score-jobs": (["score", "-f", "csv", "--jobs", "2", str(old), str(new)], old),
        "score-folder": (["score", "-f", "json", str(team)], member),
        "compare": (["compare", "-f", "json", str(old), str(new)], old),
        "compare-md": (["compare", "-f", "md", str(old), str(new)], new),
        "aggregate": (["aggregate", "-f", "json", str(team)], member),
        "aggregate-yaml": (["aggregate", "-f", "yaml", str(team)], member),
    }


NAMES = sorted(_commands(Path("o"), Path("n"), Path("t")))
# A folder's files end in .yaml, which only `aggregate -f yaml` may write: for the others the
# format rule refuses `-o member.yaml` first, so only links with other names reach this check.
MATRIX = [
    (name, via)
    for name in NAMES
    for via in ("same", "symlink", "hardlink", "dotted")
    if via in ("symlink", "hardlink") or name not in ("score-folder", "aggregate")
]


@pytest.mark.parametrize(("name", "via"), MATRIX)
def test_output_onto_an_input_is_refused(name: str, via: str, tmp_path: Path) -> None:
    old, new, team = _copies(tmp_path)
    args, victim = _commands(old, new, team)[name]
    before = victim.read_bytes()
    target = {
        "same": victim,
        "symlink": tmp_path / "link.out",
        "hardlink": tmp_path / "hard.out",
        "dotted": victim.parent / "." / ".." / victim.parent.name / victim.name,
    }[via]
    if via == "symlink":
        target.symlink_to(victim)
    elif via == "hardlink":
        os.link(victim, target)
    result = runner.invoke(app, [*args, "-o", str(target)])
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines()[-1] == (
        f"siqassess: error: {target}: -o would overwrite the input file {victim}; refused"
    )
    assert victim.read_bytes() == before
    assert not [p for p in victim.parent.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("command", [["report", "-f", "md"], ["score", "-f", "csv"]])
def test_output_to_dev_null_keeps_it_a_device(command: list[str]) -> None:
    result = runner.invoke(app, [*command, str(EXAMPLE), "-o", "/dev/null"])
    assert result.exit_code == 0, result.output
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert not [p for p in Path("/dev").iterdir() if p.name.startswith(".null.")]


def test_output_to_a_fifo_is_written_through(tmp_path: Path) -> None:
    fifo = tmp_path / "out.md"
    os.mkfifo(fifo)
    # The reader has the pipe open before the command starts, and a second writer held by the
    # test keeps its read from ending early: no race, no clock.
    fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    os.set_blocking(fd, True)
    held = os.open(fifo, os.O_WRONLY)
    got: list[bytes] = []

    def read_all() -> None:
        with os.fdopen(fd, "rb") as pipe:
            got.append(pipe.read())

    reader = threading.Thread(target=read_all, daemon=True)
    reader.start()
    result = runner.invoke(app, ["report", "-f", "md", str(EXAMPLE), "-o", str(fifo)])
    os.close(held)
    reader.join(60)
    assert result.exit_code == 0, result.output
    assert got and got[0].startswith(b"# ")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_output_to_a_fifo_nobody_reads_ends_instead_of_hanging(
    tmp_path: Path, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from siqassess.io import files

    monkeypatch.setattr(files, "FIFO_WAIT", 0.0)
    fifo = tmp_path / "out.md"
    os.mkfifo(fifo)
    args = ["report", "-f", "md", "--lang", lang, str(EXAMPLE), "-o", str(fifo)]
    result = runner.invoke(app, args, env={"SIQASSESS_LANG": lang})
    assert result.exit_code == 1, result.output
    expected = {
        "en": f"siqassess: error: {fifo}: is a named pipe (FIFO) that nobody reads;"
        " start its reader first",
        "sv": f"siqassess: fel: {fifo}: är ett namngivet rör (FIFO) som ingen läser;"
        " starta läsaren först",
    }[lang]
    assert result.stderr.splitlines() == [expected]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_output_through_a_symlink_replaces_the_target(tmp_path: Path) -> None:
    real = tmp_path / "reports" / "report.md"
    real.parent.mkdir()
    real.write_text("old\n")
    link = tmp_path / "latest.md"
    link.symlink_to(real)
    result = runner.invoke(app, ["report", str(EXAMPLE), "-o", str(link)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text().startswith("# ")


def test_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "latest.md"
    link.symlink_to(tmp_path / "made.md")
    write_atomic(link, "x\n")
    assert link.is_symlink() and (tmp_path / "made.md").read_text() == "x\n"


@pytest.mark.parametrize("kind", ["directory", "socket"])
def test_output_to_other_special_files_is_refused(kind: str, tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    if kind == "directory":
        target.mkdir()
    else:
        import socket

        with socket.socket(socket.AF_UNIX) as sock:
            sock.bind(str(target))
    with pytest.raises(OutputError) as caught:
        write_atomic(target, "x")
    assert str(caught.value).startswith(f"{target}: is a ")


def test_stale_temporaries_are_cleaned_on_the_next_save(tmp_path: Path) -> None:
    path = tmp_path / "answers.yaml"
    path.write_text("old\n")
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    dead_pid = int(dead.stdout)
    stale = [
        tmp_path / f".answers.yaml.{dead_pid}-k3j2h1.tmp",  # its process is gone
        tmp_path / ".answers.yaml.x8d7f6.tmp",  # an old-style name, an hour old
    ]
    kept = [
        tmp_path / f".answers.yaml.{os.getppid()}-live99.tmp",  # a running process's save
        tmp_path / ".answers.yaml.fresh1.tmp",  # old-style, but just written
        tmp_path / ".other.yaml.x8d7f6.tmp",  # another file's
        tmp_path / ".answers.yaml.notes.txt",  # not ours
    ]
    for p in stale + kept:
        p.write_text("partial")
    hour_ago = time.time() - 3600
    os.utime(stale[1], (hour_ago, hour_ago))
    write_atomic(path, "new\n", replace_input=True)
    assert path.read_text() == "new\n"
    assert [p.exists() for p in stale] == [False, False]
    assert [p.exists() for p in kept] == [True] * len(kept)


def test_cleaning_never_follows_a_symlink(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep")
    link = tmp_path / ".answers.yaml.x8d7f6.tmp"
    link.symlink_to(victim)
    os.utime(link, (0, 0), follow_symlinks=False)
    clean_stale_temporaries(tmp_path / "answers.yaml")
    assert victim.read_text() == "keep" and link.is_symlink()


# -- the lock --


def test_a_second_lock_says_who_holds_it(tmp_path: Path) -> None:
    path = tmp_path / "answers.yaml"
    with lock(path):
        with pytest.raises(LockedError) as caught, lock(path):
            pass
        assert str(caught.value) == (
            f"{path}: is being edited by process {os.getpid()} on {os.uname().nodename}; "
            "wait for that session to end"
        )
        assert caught.value.exit_code == 2
    with lock(path):  # released when the block ends
        pass


HOLD = """
import sys
from pathlib import Path
from siqassess.io.lock import lock
with lock(Path(sys.argv[1])):
    print("held", flush=True)
    sys.stdin.read()  # held until killed (or, failing that, until the test closes stdin)
"""


def test_the_lock_is_released_when_its_holder_is_killed(tmp_path: Path) -> None:
    path = tmp_path / "answers.yaml"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == b"held\n"
        with pytest.raises(LockedError), lock(path):
            pass
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.communicate()  # reaps it and closes its pipes
    with lock(path):
        pass


def test_a_second_assess_session_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "answers.yaml"
    shutil.copy(EXAMPLE_EN, path)
    before = path.read_bytes()
    with lock(path):
        child = pexpect.spawn(
            sys.executable,
            ["-m", "siqassess", "assess", str(path)],
            timeout=60,
            dimensions=(40, 120),
        )
        child.expect(pexpect.EOF)
        child.close()
    output = child.before.decode()
    assert child.exitstatus == 2, output
    assert f"{path}: is being edited by process {os.getpid()}" in output
    assert path.read_bytes() == before


# -- broken output streams, for every command --

STREAM_COMMANDS = [
    ["--version"],
    ["schema", "answers"],
    ["model", "export"],
    ["model", "list"],
    ["validate", str(EXAMPLE)],
    ["score", str(EXAMPLE)],
    ["score", "-f", "json", str(EXAMPLE)],
    ["report", "-f", "md", str(EXAMPLE)],
    ["compare", str(EXAMPLES / "norrvik-2025.yaml"), str(EXAMPLE)],
    ["aggregate", str(EXAMPLES / "team")],
]


def _shell(command: list[str], redirect: str) -> subprocess.CompletedProcess[str]:
    quoted = " ".join(f"'{a}'" for a in command)
    locale = "sv_SE.UTF-8" if _in_swedish(command) else "en_GB.UTF-8"
    script = f"LC_ALL={locale} '{sys.executable}' -m siqassess {quoted} {redirect}"
    return subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=120)


def _in_swedish(command: list[str]) -> bool:
    """Whether the command reads the (Swedish) example files: it is then run by a Swedish user
    (messages follow the locale, never a file's language), the others by an English one."""
    return any(arg.endswith(".yaml") for arg in command)


@pytest.mark.parametrize("command", STREAM_COMMANDS, ids=lambda c: "-".join(c)[:30])
def test_stdout_on_a_full_device(command: list[str]) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    done = _shell(command, ">/dev/full")
    assert done.returncode == 1, done.stderr
    if _in_swedish(command):
        expected = (
            "siqassess: fel: utdata kan inte skrivas: det finns inget utrymme kvar på enheten"
        )
    else:
        expected = "siqassess: error: cannot write the output: no space left on the device"
    assert done.stderr == expected + "\n"


@pytest.mark.parametrize("command", STREAM_COMMANDS, ids=lambda c: "-".join(c)[:30])
def test_closed_stdout(command: list[str]) -> None:
    done = _shell(command, ">&-")
    assert done.returncode == 1, done.stderr
    if _in_swedish(command):
        expected = "siqassess: fel: utdata kan inte skrivas: standardutmatningen är stängd"
    else:
        expected = "siqassess: error: cannot write the output: standard output is closed"
    assert done.stderr == expected + "\n"


@pytest.mark.parametrize(
    ("lang", "expected"), [("en", "file name too long"), ("sv", "filnamnet är för långt")]
)
def test_the_systems_reason_is_in_the_users_language(
    tmp_path: Path, lang: str, expected: str
) -> None:
    long = tmp_path / ("x" * 300 + ".json")
    done = runner.invoke(app, ["score", str(EXAMPLE), "-f", "json", "-l", lang, "-o", str(long)])
    assert done.exit_code == 1
    (line,) = done.stderr.splitlines()
    assert line.endswith(f": {expected}"), line
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(loop)
    done = runner.invoke(app, ["score", str(loop), "-f", "json", "-l", lang])
    assert done.exit_code == 1
    (line,) = done.stderr.splitlines()
    reason = {
        "en": "too many levels of symbolic links",
        "sv": "för många nivåer av symboliska länkar",
    }
    assert line.endswith(f": {reason[lang]}"), line


@pytest.mark.parametrize("command", STREAM_COMMANDS[4:], ids=lambda c: "-".join(c)[:30])
def test_a_reader_that_goes_away(command: list[str]) -> None:
    # `head -c 1` leaves at once; the long output then meets a closed pipe.
    done = _shell([*command], "| head -c 1 >/dev/null; exit ${PIPESTATUS[0]}")
    assert done.returncode in (0, 1), done.stderr
    assert done.stderr == ""


def test_workbooks_follow_the_same_output_rules(tmp_path: Path) -> None:
    book = tmp_path / "answers.xlsx"
    assert runner.invoke(app, ["convert", str(EXAMPLE), "-o", str(book)]).exit_code == 0
    before = book.read_bytes()
    # A workbook read as input is never overwritten, even through a link.
    link = tmp_path / "again.xlsx"
    link.symlink_to(book)
    result = runner.invoke(app, ["convert", str(book), "-o", str(link)])
    assert result.exit_code == 2, result.output
    assert book.read_bytes() == before
    # A link to a device is written through: the device stays a device.
    null = tmp_path / "null.xlsx"
    null.symlink_to("/dev/null")
    result = runner.invoke(app, ["convert", str(EXAMPLE), "-o", str(null), "--force"])
    assert result.exit_code == 0, result.output
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode) and null.is_symlink()


@pytest.mark.parametrize("via", ["same", "symlink", "hardlink"])
def test_convert_never_writes_over_its_input_even_with_force(tmp_path: Path, via: str) -> None:
    source = tmp_path / "in.yaml"
    shutil.copy(EXAMPLE, source)
    before = source.read_bytes()
    target = {"same": source, "symlink": tmp_path / "l.yaml", "hardlink": tmp_path / "h.yaml"}[via]
    if via == "symlink":
        target.symlink_to(source)
    elif via == "hardlink":
        os.link(source, target)
    args = ["convert", str(source), "-o", str(target), "--force"]
    result = runner.invoke(app, args, env={"LC_ALL": "sv_SE.UTF-8"})
    assert result.exit_code == 2, result.output
    # The example is a Swedish file, so its messages are Swedish.
    assert result.stderr.splitlines() == [
        f"siqassess: fel: {target}: -o skulle skriva över indatafilen {source}; avbryter"
    ]
    assert source.read_bytes() == before
