"""The public Python API: read, score, compare, aggregate and render assessments from code.

Everything a notebook, a dashboard or a script needs is imported from this one module::

    from siqassess.api import read_assessment, render, score

    scored = score(read_assessment("examples/norrvik-2025.yaml"))
    print(scored.total, scored.points)
    html = render(scored, "html", "en")

The names in ``__all__`` are the API. They follow semantic versioning from version 1.0: a
name or a parameter is removed or changed only in a new major version. Every other module of
``siqassess`` is internal and may change in any release. The functions are thin wrappers over
the ones the command line uses, so the API and ``siqassess`` on the command line give the same
figures and the same documents. A bad file raises :class:`SiqError`, whose ``problems`` point
at ``file:line:column`` (``Problem.render(lang)`` words them in English or Swedish).
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from pathlib import Path

from siqassess.core.assessment import Assessment
from siqassess.criteria.tree import LoadedModel
from siqassess.documents.comparison import ComparisonDocument
from siqassess.documents.group import GroupDocument
from siqassess.documents.network import NetworkDocument
from siqassess.documents.outcomes import (
    Aggregated,
    Benchmarked,
    Compared,
    Document,
    Scored,
    Trended,
)
from siqassess.documents.result import FileResult
from siqassess.documents.trend import TrendDocument
from siqassess.errors import Problem, SiqError

__all__ = [
    "Aggregated",
    "Assessment",
    "Benchmarked",
    "Compared",
    "ComparisonDocument",
    "FileResult",
    "GroupDocument",
    "LoadedModel",
    "NetworkDocument",
    "Problem",
    "Scored",
    "SiqError",
    "TrendDocument",
    "Trended",
    "aggregate",
    "benchmark",
    "compare",
    "formats",
    "load_model",
    "read_assessment",
    "render",
    "score",
    "trend",
]

PathLike = str | Path


def load_model(spec: PathLike | None = None) -> LoadedModel:
    """Load a management model.

    Args:
        spec: A built-in model id (``"siq-2019-1"``) or the path of a model file; ``None``
            loads the built-in SIQ Management Model 2019:1.

    Returns:
        The checked model, its tree and its scales.

    Raises:
        SiqError: The file is missing, is not valid YAML, or breaks the model schema.
    """
    from siqassess.io.models import resolve_model

    return resolve_model(None if spec is None else str(spec))


def read_assessment(path: PathLike, model: PathLike | None = None) -> Assessment:
    """Read an answers file, YAML or an xlsx questionnaire, with the model it answers.

    Args:
        path: The answers file (``.yaml``/``.yml`` or ``.xlsx``).
        model: A model id or file to read it against; by default the built-in model the
            file names.

    Returns:
        The assessment: ``file``, ``model``, ``answers`` and ``language``.

    Raises:
        SiqError: The file cannot be read or does not answer the model; every problem is
            listed with its place (``file:line:column`` or ``file.xlsx:Sheet!Cell``).
    """
    from siqassess.io.assessment import read_assessment as read
    from siqassess.io.models import Models

    return read(path, Models(None if model is None else str(model)))


def score(assessment: Assessment) -> Scored:
    """Score one assessment: every node, the total, coverage and the priority lists.

    Args:
        assessment: From :func:`read_assessment`.

    Returns:
        The scores, and the document ``siqassess score -f json`` writes.
    """
    from siqassess.core.scoring import score as score_leaves
    from siqassess.documents.result import file_result
    from siqassess.io.answers import leaf_inputs

    answers, model = assessment.answers, assessment.model
    result = score_leaves(model, leaf_inputs(answers), answers.default_target)
    return Scored(assessment, result, file_result(assessment.file, answers, model, result))


def compare(old: Assessment, new: Assessment) -> Compared:
    """Compare two assessments of one organisation: delta = new − old for every node.

    A different model (id, version or content) is never compared silently: the document's
    ``drift`` says so, and only the leaves both models have are compared.

    Args:
        old: The earlier assessment.
        new: The later one.

    Returns:
        The comparison, and the document ``siqassess compare -f json`` writes.
    """
    from siqassess.core.compare import compare_assessments
    from siqassess.documents.comparison import comparison_document

    found = compare_assessments(old, new)
    return Compared(old, new, found, comparison_document(old, new, found))


def aggregate(
    paths: Sequence[PathLike], *, model: PathLike | None = None, spread: float = 30.0
) -> Aggregated:
    """Combine a team's answers files (one per respondent) into the group's picture.

    Args:
        paths: Answers files, folders (searched) or globs; at least two files.
        model: A model id or file to read them against (default: the one they name).
        spread: A leaf is flagged to discuss when max − min reaches this (rule 9).

    Returns:
        The aggregate, and the document ``siqassess aggregate -f json`` writes.

    Raises:
        SiqError: A file cannot be read, the files answer different models, or fewer than
            two files were given.
    """
    from siqassess.core.aggregate import combine
    from siqassess.documents.group import group_document
    from siqassess.io.groupio import read_group

    loaded, people = read_group(
        [str(p) for p in paths], model=None if model is None else str(model)
    )
    found = combine(loaded, people, threshold=spread)
    return Aggregated(loaded, found, group_document(loaded, found))


def trend(paths: Sequence[PathLike], *, models: Sequence[PathLike] = ()) -> Trended:
    """Follow one organisation over the years: every node's scores, changes and direction.

    Args:
        paths: Dated answers files of one organisation (at least two years), folders or globs.
        models: Model files for years whose model is not built in.

    Returns:
        The series, and the document ``siqassess trend -f json`` writes.

    Raises:
        SiqError: A file cannot be read or has no date, or the files are of different
            organisations.
    """
    from siqassess.core.trend import trend as compute
    from siqassess.documents.trend import trend_document
    from siqassess.io.trendio import points, read_series

    series = read_series([str(p) for p in paths], models=[str(m) for m in models])
    return Trended(series, trend_document(series, compute(points(series))))


def benchmark(
    paths: Sequence[PathLike],
    *,
    model: PathLike | None = None,
    min_group: int = 5,
    key: Mapping[str, str] | None = None,
    seed: int | None = None,
) -> Benchmarked:
    """Build a network's picture from its members' agreed assessments or contributions.

    Args:
        paths: Members' answers files or anonymised contributions, folders or globs.
        model: The model every member must answer (default: the built-in one).
        min_group: Figures resting on fewer members are suppressed (rule 17).
        key: Last year's key, code → member name, so members keep their codes.
        seed: Seeds the order of new codes (for reproducible examples); by default the
            operating system's randomness, so no one can guess a member from its code.

    Returns:
        The network document and the new key (name → code).

    Raises:
        SiqError: A file cannot be read, or no member is left to compare.
    """
    import random

    from siqassess.core.network import Member, ModelKey, assign_codes
    from siqassess.core.network_checks import screen
    from siqassess.documents.network import network_document
    from siqassess.errors import Location, ValidationError, msg
    from siqassess.io.models import resolve_model
    from siqassess.io.network import read_network

    loaded = resolve_model(None if model is None else str(model))
    members: list[Member] = []
    problems: list[Problem] = []
    for one in read_network([str(p) for p in paths], loaded):
        problems.extend(one.problems)
        if one.member is not None:
            members.append(one.member)
    if problems:
        raise ValidationError(problems)
    screened = screen(members, ModelKey(loaded.id, loaded.version, loaded.sha256))
    if not screened.kept:
        raise ValidationError(Problem.of(Location(""), msg("err_no_members")))
    chance = random.Random(seed) if seed is not None else random.SystemRandom()
    codes = assign_codes((m.name for m in members), key or {}, chance.shuffle)
    doc = network_document(loaded, screened, codes, min_n=min_group)
    return Benchmarked(loaded, doc, codes)


def formats(document: Document) -> tuple[str, ...]:
    """The formats :func:`render` writes for ``document``, in the order ``--help`` lists them."""
    from siqassess.reports.formats import names_for
    from siqassess.reports.netformats import NAMES

    if isinstance(document, Scored):
        return (*names_for("score"), *names_for("report"))
    if isinstance(document, Compared):
        return tuple(names_for("compare"))
    if isinstance(document, Aggregated):
        return tuple(names_for("aggregate"))
    return tuple(NAMES)


def render(
    document: Document, format: str, lang: str | None = None, *, feedback: bool = False
) -> str | bytes:
    """Write a document as ``siqassess`` writes it with ``--format``.

    Args:
        document: What :func:`score`, :func:`compare`, :func:`aggregate`, :func:`trend` or
            :func:`benchmark` returned.
        format: One of :func:`formats` for it: for a score ``json``, ``csv`` or ``xlsx``
            (its results) and ``txt``, ``md``, ``html``, ``pdf`` or ``docx`` (its report).
        lang: ``"en"`` or ``"sv"``; by default the answers file's language.
        feedback: For a score's report: the feedback report (strengths and areas for
            improvement) instead of the gap report.

    Returns:
        Text, or bytes for the binary formats (``xlsx``, ``pdf``, ``docx``).

    Raises:
        SiqError: ``format`` is not one this document can be written in (or the extra it
            needs, such as ``siqassess[pdf]``, is not installed).
    """
    from siqassess.errors import UsageError, msg

    if format not in formats(document):
        allowed = ", ".join(formats(document))
        raise UsageError(
            msg("fmt_cannot_write", command="render", fmt=repr(format), allowed=allowed)
        )
    if isinstance(document, Scored):
        return _render_scored(document, format, lang, feedback)
    if isinstance(document, Compared | Aggregated):
        return _render_pair_or_group(document, format, lang)
    from siqassess.i18n import default_language

    if isinstance(document, Trended):
        from siqassess.reports.trendout import render_trend

        latest = document.series.assessments[-1]
        language = default_language(lang, latest.answers.language)
        models = [a.model for a in document.series.assessments]
        files = [a.answers for a in document.series.assessments]
        return _payload(render_trend(format, document.document, models, language, files))
    from siqassess.reports.networkout import render_network

    done = render_network(format, document.document, document.model, default_language(lang))
    return _payload(done)


def _payload(done: object) -> str | bytes:
    from siqassess.reports.formats.interface import Rendered

    assert isinstance(done, Rendered)
    if done.data is not None:
        return done.data
    return "".join(done.pieces) if done.pieces is not None else done.text


def _render_scored(scored: Scored, fmt: str, lang: str | None, feedback: bool) -> str | bytes:
    from siqassess.csvsafe import dialect_for
    from siqassess.reports import context
    from siqassess.reports.formats import FORMATS
    from siqassess.reports.formats.interface import ReportJob, WritesReport, WritesScore

    chosen = FORMATS[fmt]
    model, answers = scored.assessment.model, scored.assessment.answers
    language = context.report_language(answers, model, lang)
    if isinstance(chosen, WritesScore):
        out: io.StringIO | io.BytesIO = io.BytesIO() if chosen.binary else io.StringIO()
        csv = dialect_for(None, lang)
        writer = chosen.score_writer(out, detail=False, lang=language, csv=csv)
        writer.add(scored.document)
        writer.close()
        return out.getvalue()
    assert isinstance(chosen, WritesReport)
    if feedback:
        from siqassess.reports.feedback import TEMPLATE, build_feedback

        found = build_feedback(model, answers, scored.result, lang=language)
        job = ReportJob(found, template=TEMPLATE)
    else:
        job = ReportJob(context.build_context(model, answers, scored.result, lang=language))
    return _payload(chosen.render_report(job))


def _render_pair_or_group(
    document: Compared | Aggregated, fmt: str, lang: str | None
) -> str | bytes:
    from siqassess.csvsafe import dialect_for
    from siqassess.reports.formats import FORMATS
    from siqassess.reports.formats.interface import (
        CompareJob,
        GroupJob,
        WritesAggregate,
        WritesCompare,
    )

    chosen = FORMATS[fmt]
    if isinstance(document, Compared):
        assert isinstance(chosen, WritesCompare)
        job = CompareJob(document.old, document.new, document.comparison, lang=lang)
        return _payload(chosen.render_compare(job))
    assert isinstance(chosen, WritesAggregate)
    group = GroupJob(document.model, document.aggregate, lang=lang, csv=dialect_for(None, lang))
    return _payload(chosen.render_aggregate(group))
