"""The built-in report templates, compiled once per user and kept in the user's cache folder.

Jinja turns a template's source into Python code and compiles that whenever a process first
loads it (:mod:`.compiled` keeps it for the rest of the process), and a report loads its page,
the base page and the macro files: that was about a fifth of the CPU of ``report -o x.html``,
on every run. So this cache, used by environments without ``--template-dir`` (whose templates
are never kept on disk), also keeps what it compiles in the user's cache folder
(:mod:`siqassess.io.usercache`: this user's own files only). An entry holds the compiled code
(``marshal``, base64 in a text file) under a first line naming what it was compiled from: the
template's source checksum and a salt of the versions of siqassess, Jinja and Python and the
source of the modules that shape the compiled code (the sandbox's rewrite of loops, the
filters); the entry's name hashes the template's name and file, the escaping and the salt.
Any other first line, or a body that is not code, is no entry: the template is compiled again.

What it saves (``benchmarks/startup.py``'s case against the revision before, one run, median
of 5, CPU; the minimal Typer app took 404 ms): ``report ONE -o x.html`` 742 → 565 ms.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import marshal
import sys
import types
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket

from siqassess import __version__
from siqassess.io import usercache
from siqassess.reports.compiled import CompiledTemplates

_HEADER = "siqassess-template 1"
_SHAPING = ("compiled.py", "limits.py", "render.py", "template_cache.py")
"""The modules (in this package) whose source shapes the compiled code."""


class StoredTemplates(CompiledTemplates):
    """Compiled templates in memory, and in the user's cache folder."""

    def __init__(self) -> None:
        super().__init__()
        self._salt: str | None = None

    def load_bytecode(self, bucket: Bucket) -> None:
        super().load_bytecode(bucket)
        if bucket.code is None:
            code = self._read(bucket)
            if code is not None:
                bucket.code = code
                super().dump_bytecode(bucket)  # in memory too, for the rest of the process

    def dump_bytecode(self, bucket: Bucket) -> None:
        super().dump_bytecode(bucket)
        salt = self.salt()
        if bucket.code is not None and salt is not None:
            body = base64.b64encode(marshal.dumps(bucket.code)).decode("ascii")
            usercache.write(_name(bucket, salt), f"{_HEADER} {bucket.checksum}\n{body}")

    def forget(self) -> None:
        """Drop what is kept in memory (the files stay): as a new process starts."""
        with self._lock:
            self._code.clear()

    def salt(self) -> str | None:
        """What besides a template's source shapes its compiled code; ``None`` if this
        install's source cannot be read (then nothing is kept on disk)."""
        if self._salt is None:
            salt = hashlib.sha256(f"{__version__}\0{jinja2.__version__}\0{sys.version}".encode())
            here = Path(__file__).parent
            try:
                for name in _SHAPING:
                    salt.update(b"\0" + (here / name).read_bytes())
            except OSError:
                return None
            self._salt = salt.hexdigest()
        return self._salt

    def _read(self, bucket: Bucket) -> types.CodeType | None:
        salt = self.salt()
        data = None if salt is None else usercache.read(_name(bucket, salt))
        if data is None:
            return None
        head, _, body = data.partition(b"\n")
        if head != f"{_HEADER} {bucket.checksum}".encode():
            return None
        try:
            code = marshal.loads(base64.b64decode(body, validate=True))
        except (binascii.Error, ValueError, EOFError, TypeError):
            return None
        return code if isinstance(code, types.CodeType) else None


def _name(bucket: Bucket, salt: str) -> str:
    """The entry of a bucket (its key names the template, its file and the escaping)."""
    digest = hashlib.sha256(f"{bucket.key}\0{salt}".encode()).hexdigest()
    return f"template-{digest}.txt"


STORED = StoredTemplates()
"""The cache of every environment that loads only built-in templates."""
