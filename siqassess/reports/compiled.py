"""Compiled report templates, kept for the life of the process.

:func:`siqassess.reports.render.environment` builds a new environment for every render (its
loader depends on the template folder), and Jinja would parse and compile each template again
every time: about two thirds of the CPU of an HTML report rendered a second time in one process
(the API, a test run). The compiled code is kept here, keyed by the template's name and file
and by whether the environment escapes HTML (the code differs). Jinja compares a checksum of
the template's source before it uses a kept copy, so an edited template is compiled afresh.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from types import CodeType

import jinja2
from jinja2.bccache import Bucket

LIMIT = 256
"""At most this many compiled templates are kept; the least recently used goes first."""


class CompiledTemplates(jinja2.BytecodeCache):
    """An in-memory :class:`jinja2.BytecodeCache` of compiled code objects."""

    def __init__(self, limit: int = LIMIT) -> None:
        self._limit = limit
        self._code: OrderedDict[str, tuple[str, CodeType]] = OrderedDict()
        self._lock = threading.Lock()

    def get_bucket(
        self, environment: jinja2.Environment, name: str, filename: str | None, source: str
    ) -> Bucket:
        escaping = f"{type(environment).__qualname__}:{environment.autoescape!r}"
        bucket = Bucket(environment, f"{escaping}:{self.get_cache_key(name, filename)}", "")
        bucket.checksum = self.get_source_checksum(source)
        self.load_bytecode(bucket)
        return bucket

    def load_bytecode(self, bucket: Bucket) -> None:
        with self._lock:
            kept = self._code.get(bucket.key)
            if kept is not None and kept[0] == bucket.checksum:
                self._code.move_to_end(bucket.key)
                bucket.code = kept[1]

    def dump_bytecode(self, bucket: Bucket) -> None:
        if bucket.code is None:
            return
        with self._lock:
            self._code[bucket.key] = (bucket.checksum, bucket.code)
            self._code.move_to_end(bucket.key)
            while len(self._code) > self._limit:
                self._code.popitem(last=False)


COMPILED = CompiledTemplates()
"""The one cache every report environment shares."""
