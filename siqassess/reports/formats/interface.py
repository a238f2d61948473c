"""What a renderer is: the jobs it is given, what it gives back, and the typed base classes.

Each output format is one class in the registry (``formats/__init__.py``) that derives from
the base class of every command it serves (:class:`WritesReport`, …). A class that names a
command but lacks its method cannot be instantiated, and mypy says so where the registry
builds it. The work is done in one module per format in this package, imported only when the
format is used; it defines one function per command it can write:

- ``score_writer(out, *, detail, lang) -> ResultWriter``: ``score`` streams file results into it,
  one at a time, so a batch is never held whole; ``out`` is a binary stream when the
  format is ``binary``, else text;
- ``render_report(job: ReportJob) -> Rendered``: ``report``, one assessment's gap or feedback
  report (``job.template``);
- ``render_compare(job: CompareJob) -> Rendered``: ``compare``;
- ``render_aggregate(job: GroupJob) -> Rendered``: ``aggregate``.

Adding a format is one module here and one class in the registry.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, ClassVar, Protocol, runtime_checkable

from siqassess.csvsafe import PLAIN, CsvDialect

if TYPE_CHECKING:
    from siqassess.core.aggregate import Aggregate
    from siqassess.core.assessment import Assessment
    from siqassess.core.compare import Comparison
    from siqassess.core.plan import PlanEntry
    from siqassess.criteria.tree import LoadedModel
    from siqassess.documents.comparison import ComparisonDocument
    from siqassess.documents.group import GroupDocument
    from siqassess.documents.result import FileResult
    from siqassess.io.answers import AnswersFile
    from siqassess.io.validation import FileReport
    from siqassess.reports.context_types import ReportContext
    from siqassess.reports.feedback import FeedbackReport


@dataclass(frozen=True)
class Rendered:
    """A rendered output and the files that go with it (chart SVGs next to a Markdown file).

    ``data`` holds the bytes of a binary format (xlsx, pdf); ``text`` is then unused.
    """

    text: str = ""
    attachments: Mapping[Path, str] = field(default_factory=dict)
    data: bytes | None = None
    pieces: Iterable[str] | None = None
    """The text made a piece at a time as it is written (``text`` is then unused), so that a
    large output (an aggregate of thousands of files) is never held whole."""


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

    context: ReportContext | FeedbackReport
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
    csv: CsvDialect = PLAIN
    """The CSV's layout (``--csv-dialect``, or the one ``--lang`` implies)."""

    def document(self) -> GroupDocument:
        """The group document (what json writes)."""
        from siqassess.documents.group import group_document

        return group_document(self.model, self.aggregate)


@dataclass(frozen=True)
class PlanJob:
    """One assessment's action plan, most urgent first (rule 12)."""

    entries: tuple[PlanEntry, ...]
    model: LoadedModel
    lang: str
    organisation: str = ""
    csv: CsvDialect = PLAIN
    """The CSV's layout (``--csv-dialect``, or the one ``--lang`` implies)."""
    date: str | None = None
    """The assessment's date (ISO), shown in the header of the html, txt, docx and pdf plan."""
    answers: AnswersFile | None = None
    """The assessment itself: its header (unit, respondents) is the one every report shows."""


class OutputFormat(ABC):
    """One output format: its name, the extensions of ``-o`` that pick it, whether it is bytes.

    The commands it serves are the ``Writes…`` base classes it derives from.
    """

    name: ClassVar[str]
    extensions: ClassVar[tuple[str, ...]] = ()
    binary: ClassVar[bool] = False

    @property
    def module(self) -> str:
        """The import path of the module that does the work."""
        return f"siqassess.reports.formats.{self.name}"


class WritesScore(OutputFormat):
    """``score``: file results streamed into a writer."""

    @abstractmethod
    def score_writer(
        self, out: IO[Any], *, detail: bool, lang: str, csv: CsvDialect = PLAIN
    ) -> ResultWriter:
        """The writer ``score`` adds each file's result to; ``lang`` is the tables' language,
        ``csv`` the CSV's layout (``--csv-dialect``; other formats ignore it)."""


class WritesReport(OutputFormat):
    """``report``: one assessment's gap or feedback report."""

    @abstractmethod
    def render_report(self, job: ReportJob) -> Rendered:
        """The report."""


class WritesCompare(OutputFormat):
    """``compare``: two assessments over time."""

    @abstractmethod
    def render_compare(self, job: CompareJob) -> Rendered:
        """The comparison."""


class WritesAggregate(OutputFormat):
    """``aggregate``: a team's assessments."""

    @abstractmethod
    def render_aggregate(self, job: GroupJob) -> Rendered:
        """The group report."""


class WritesPlan(OutputFormat):
    """``plan``: the action plan."""

    @abstractmethod
    def render_plan(self, job: PlanJob) -> Rendered:
        """The action plan."""


class WritesAnswers(OutputFormat):
    """``init`` and ``convert``: an answers file that every command reads back."""

    @abstractmethod
    def write_answers(self, path: Path, answers: AnswersFile, model: LoadedModel) -> None:
        """Write ``answers`` to ``path`` (atomically)."""


class WritesCheck(OutputFormat):
    """``validate``: the problems found in model and answers files."""

    @abstractmethod
    def render_check(self, reports: list[FileReport], lang: str) -> str:
        """Every file's problems (``lang`` only where the format has words of its own)."""


class WritesDocument(OutputFormat):
    """``model export`` and ``schema``: a JSON document the command builds itself."""
