"""What a renderer is: the jobs it is given, and what it gives back.

A format is one module in this package. It defines one function per command it can write:

- ``score_writer(out, *, detail, lang) -> ResultWriter``: ``score`` streams file results into it,
  one at a time, so a batch is never held whole; ``out`` is a binary stream when the
  format is ``binary``, else text;
- ``render_report(job: ReportJob) -> Rendered``: ``report``, one assessment's gap or feedback
  report (``job.template``);
- ``render_compare(job: CompareJob) -> Rendered``: ``compare``;
- ``render_aggregate(job: GroupJob) -> Rendered``: ``aggregate``.

The registry (``formats/__init__.py``) names the module, its file extensions and the commands
it serves; adding a format is one module and one line there.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from siqassess.core.aggregate import Aggregate
    from siqassess.core.compare import Comparison
    from siqassess.criteria.tree import LoadedModel
    from siqassess.documents.comparison import ComparisonDocument
    from siqassess.documents.group import GroupDocument
    from siqassess.documents.result import FileResult
    from siqassess.io.groupio import Assessment
    from siqassess.reports.context_types import ReportContext


@dataclass(frozen=True)
class Rendered:
    """A rendered output and the files that go with it (chart SVGs next to a Markdown file).

    ``data`` holds the bytes of a binary format (xlsx, pdf); ``text`` is then unused.
    """

    text: str = ""
    attachments: Mapping[Path, str] = field(default_factory=dict)
    data: bytes | None = None


class ResultWriter(Protocol):
    """Takes ``score``'s file results one by one, and finishes the output on ``close``."""

    def add(self, doc: FileResult) -> None:
        """Write (or keep) one answers file's result."""

    def close(self) -> None:
        """Finish the output."""


@runtime_checkable
class EncodingWriter(ResultWriter, Protocol):
    """A writer whose per-file work can run where the file is scored (``score --jobs N``).

    ``encode`` turns a file result into what the writer keeps (a JSON line, CSV rows, a table
    row); it must pickle (a module-level function or a ``functools.partial`` of one), as it is
    sent to the worker processes. ``add_encoded`` then only writes or keeps that value, so
    ``add(doc)`` is ``add_encoded(encode(doc))``, and the output is the same either way.
    """

    encode: Callable[[FileResult], Any]

    def add_encoded(self, piece: Any) -> None:
        """Write (or keep) one answers file's encoded result."""


@dataclass(frozen=True)
class ReportJob:
    """One assessment's report: the template context and where it goes.

    ``template`` is the templates' base name: ``report`` (the gap report) or ``feedback``.
    """

    context: ReportContext | Mapping[str, Any]
    output: Path | None = None
    template_dir: Path | None = None
    fancy: bool = False
    template: str = "report"


@dataclass(frozen=True)
class CompareJob:
    """Two assessments of the same organisation, compared."""

    old: Assessment
    new: Assessment
    comparison: Comparison
    lang: str | None = None
    output: Path | None = None
    template_dir: Path | None = None

    def document(self) -> ComparisonDocument:
        """The comparison document (what json writes)."""
        from siqassess.documents.comparison import comparison_document

        return comparison_document(self.old, self.new, self.comparison)


@dataclass(frozen=True)
class GroupJob:
    """A team's assessments, aggregated (each respondent kept in ``aggregate.people``)."""

    model: LoadedModel
    aggregate: Aggregate
    lang: str | None = None
    output: Path | None = None
    template_dir: Path | None = None
    discuss_top: int = 5
    """How many "discuss first" leaves reports show before the full table (JSON keeps all)."""

    def document(self) -> GroupDocument:
        """The group document (what json writes)."""
        from siqassess.documents.group import group_document

        return group_document(self.model, self.aggregate)
