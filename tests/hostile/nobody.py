"""Running a command as an unprivileged user (nobody, 65534), for permission tests.

Only where the suite runs as root with setpriv, and only where this interpreter can run as that
user: a Python under /root (pyenv) cannot load its own library as nobody, so there the tests
skip with that reason instead of failing with exit 127.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys

import pytest

PREFIX = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


@functools.cache
def _usable() -> str | None:
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        return "needs root and setpriv, to run as a user whom file modes keep out"
    probe = subprocess.run(
        [*PREFIX, sys.executable, "-c", "import siqassess"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd="/",
    )
    if probe.returncode != 0:
        return f"{sys.executable} cannot run as nobody here: {probe.stderr.strip()[:120]}"
    return None


def nobody_prefix() -> list[str]:
    """The command prefix that runs as nobody; skips the test where that cannot work."""
    reason = _usable()
    if reason is not None:
        pytest.skip(reason)
    return list(PREFIX)
