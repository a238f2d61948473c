"""Batch scoring: expand paths, then read, check and score each answers file, in input order."""

from __future__ import annotations

import contextlib
import functools
import gc
import signal
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from siqassess.core.status import settled
from siqassess.criteria.tree import LoadedModel
from siqassess.documents.result import FileResult
from siqassess.errors import (
    Msg,
    Problem,
    SiqError,
    WorkerLostError,
    msg,
)
from siqassess.io.answers import AnswersFile
from siqassess.io.models import Models
from siqassess.io.scan import Target as Target
from siqassess.io.scan import expand as expand
from siqassess.io.scan import scan as scan
from siqassess.io.yamlio import Source

if TYPE_CHECKING:
    import concurrent.futures

_T = TypeVar("_T")

Encode = Callable[[FileResult], Any]
"""A writer's per-file work (``ResultWriter.encode``): a JSON line, CSV rows, a table row."""


@dataclass(frozen=True)
class Outcome:
    """What scoring one file gave: its result, its problems, or a silent skip.

    Without an encoder the result is ``doc``; with one, it is ``piece`` (``encode(doc)``,
    made where the file was scored), so a worker process sends back a few hundred bytes
    rather than a pickled tree of documents.
    """

    file: str
    doc: FileResult | None = None
    problems: tuple[Problem, ...] = ()
    piece: Any = None
    total: float | None = None
    """The total score, for ``--fail-under``."""
    scored: bool = False
    warnings: tuple[Problem, ...] = ()
    """What a workbook holds that looks wrong but was read (fatal with ``--strict``)."""
    draft: Msg | None = None
    """Said first when the file is a consensus draft, not an agreed result."""


# -- scoring one file --


def score_file(
    target: Target,
    models: Models,
    *,
    require_complete: bool = False,
    encode: Encode | None = None,
) -> Outcome:
    """Read, check and score one answers file; every problem is returned, never raised.

    With ``encode``, the result comes back encoded for the writer (``Outcome.piece``).
    """
    from siqassess.core import scoring
    from siqassess.core.agree import draft_line
    from siqassess.documents.result import file_result
    from siqassess.io.assessment import assessment_of, parse_answers

    warnings: tuple[Problem, ...] = ()
    try:
        parsed = parse_answers(target.path, found=target.found)
        if parsed is None:
            return Outcome(target.shown)  # found in a folder, not an answers file: skipped
        data, source = parsed
        warnings = tuple(getattr(source, "warnings", ()))
        read = assessment_of(target.path, data, source, models)
        model, answers = read.model, read.answers
        result = scoring.score(model, answers.answers, answers.default_target)
        if require_complete and result.total.coverage.missing:
            problems = tuple(_missing(answers, model, source))
            return Outcome(target.shown, problems=problems, warnings=warnings)
        doc = file_result(target.shown, answers, model, result)
        total = doc.total.score
        draft = draft_line(model, answers, target.shown)
        if encode is None:
            return Outcome(
                target.shown, doc, total=total, scored=True, warnings=warnings, draft=draft
            )
        piece = encode(doc)
        return Outcome(
            target.shown, piece=piece, total=total, scored=True, warnings=warnings, draft=draft
        )
    except SiqError as exc:
        return Outcome(target.shown, problems=tuple(exc.problems), warnings=warnings)


def _missing(answers: AnswersFile, model: LoadedModel, source: Source) -> list[Problem]:
    out = []
    for leaf in model.leaves:
        if not settled(answers.answer(leaf.id)):
            where = source.locate(("answers", leaf.id))
            out.append(Problem.of(where, msg("err_unanswered_required", id=leaf.id)))
    return out


# -- the batch, with one or several processes --


@contextlib.contextmanager
def _young_garbage_only() -> Iterator[None]:
    """Keep the cyclic garbage collector off what exists before the batch starts.

    Each file leaves garbage that reference counting frees at once, yet its thousands of
    allocations set off the collector, which then also walked everything start-up made: the
    modules, pydantic's schemas, the model. Freezing those cut the CPU time of a 2,000-file
    batch by about a tenth (measured, ``benchmarks/batch.py``). Collecting less often too
    saved a little more, but peak memory then grew with the number of files (42 → 46 MiB at
    10,000), so the thresholds stay as they are.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _init_worker() -> None:
    # Ctrl-C is the parent's to handle: it stops the pool, so workers print no tracebacks.
    # SIGINT was blocked when this process was forked (see ``in_workers``): ignoring it
    # first drops one that came in the meantime, so no worker dies of it before this line.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _start_pool(jobs: int) -> concurrent.futures.ProcessPoolExecutor:
    """A pool of ``jobs`` worker processes (forked as work is first given to it).

    Workers are forked where the system can (Python 3.14 no longer does so by default), so
    they inherit the imported modules and the loaded model instead of starting afresh.

    ``concurrent.futures`` rather than ``multiprocessing.Pool``: the Pool's thread that
    watches its workers also wakes whenever results are waiting in the pipe, and with a few
    kilobytes of JSON a file it spun while they were read; that doubled the parent's CPU time
    and slowed a 2,000-file ``--jobs 2`` batch by about a tenth (measured,
    ``benchmarks/batch.py``). The executor's one thread reads the results itself, and a
    worker that dies is reported instead of leaving the batch waiting for ever.
    """
    import concurrent.futures
    import multiprocessing

    forks = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if forks else None)
    return concurrent.futures.ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_init_worker
    )


_FORKED: dict[str | None, Models] = {}
"""The parent's models, by ``--model``, while a pool runs: forked workers inherit them."""


@functools.cache
def _worker_models(model: str | None) -> Models:
    """The models of a worker process, once per process (a memo, not configuration).

    A forked worker finds them already loaded by the parent; a worker started any other way
    loads them itself.
    """
    models = _FORKED.get(model) or Models(model)
    gc.freeze()  # start-up and the model: nothing the collector need walk again
    return models


def _score_in_worker(
    target: Target, *, model: str | None, require_complete: bool, encode: Encode | None
) -> Outcome:
    models = _worker_models(model)
    return score_file(target, models, require_complete=require_complete, encode=encode)


def score_all(
    targets: list[Target],
    *,
    model: str | None = None,
    jobs: int = 1,
    require_complete: bool = False,
    encode: Encode | None = None,
) -> Iterator[Outcome]:
    """Score every target, yielding outcomes in input order as soon as each is ready.

    With ``jobs`` > 1, worker processes each load the model(s) once and receive paths, not
    parsed data; results come back in order, a bounded number at a time. ``encode`` (a
    module-level function, or a ``functools.partial`` of one, so it pickles) runs in the
    workers too: the parent then only writes what they send back.
    """
    if jobs <= 1 or len(targets) < 2:
        models = Models(model)
        with _young_garbage_only():
            for target in targets:
                yield score_file(target, models, require_complete=require_complete, encode=encode)
        return
    # Loaded once, here: a bad --model fails once rather than in every worker, and forked
    # workers inherit the loaded model rather than each reading it again.
    models = Models(model)
    models.preload()
    # What score_file imports, imported before the workers fork, so that each inherits it
    # rather than importing (and building pydantic's validators) again: 0.1 s per worker.
    from siqassess.core import scoring  # noqa: F401
    from siqassess.documents import result  # noqa: F401
    from siqassess.io import answers, anyfile, assessment  # noqa: F401

    answers.AnswersFile.model_rebuild()  # its validator is built on first use (defer_build)

    chunksize = max(1, min(32, len(targets) // (jobs * 8)))
    work = functools.partial(
        _score_in_worker, model=model, require_complete=require_complete, encode=encode
    )
    _FORKED[model] = models
    try:
        with _young_garbage_only():
            yield from in_workers(work, targets, jobs=jobs, chunksize=chunksize)
    finally:
        _FORKED.pop(model, None)


def in_workers(
    work: Callable[[Target], _T], targets: list[Target], *, jobs: int, chunksize: int
) -> Iterator[_T]:
    """``work`` applied to each target in ``jobs`` worker processes; results in input order.

    ``work`` must pickle (a module-level function or a ``functools.partial`` of one). Every
    chunk is handed over at once, and the workers are forked then, with Ctrl-C held back:
    they start with it blocked and ignore it before unblocking it; the pool's thread keeps
    it blocked, so it always reaches the calling thread, which stops the batch. One that
    comes meanwhile is pending, not lost: it is raised as soon as it is let through.
    """
    from concurrent.futures.process import BrokenProcessPool

    pool = _start_pool(jobs)
    finished = False
    try:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            results = pool.map(work, targets, chunksize=chunksize)
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        yield from results
        finished = True
    except BrokenProcessPool:
        raise WorkerLostError(msg("err_worker_lost")) from None
    finally:
        # After Ctrl-C, a lost worker or a caller that stopped reading, no new chunk starts,
        # and the ones under way end without anyone waiting for them here.
        pool.shutdown(wait=finished, cancel_futures=not finished)


# -- output --
