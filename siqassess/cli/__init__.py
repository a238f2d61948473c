"""The siqassess command line: parse options, call the core, map errors to exit codes."""

from __future__ import annotations

import contextlib
import functools
import json
import sys
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar

import typer

from siqassess import __version__
from siqassess.errors import SiqError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

app = typer.Typer(
    name="siqassess",
    help=(
        "Self-assessment against the SIQ Management Model 2019:1.\n\n"
        "Exit codes: 0 ok, 1 findings (invalid files, or a score under --fail-under), "
        "2 usage error, 130 interrupted."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
model_app = typer.Typer(help="List, show and export management models.", no_args_is_help=True)
app.add_typer(model_app, name="model")

_state = {"traceback": False}
F = TypeVar("F", bound=Callable[..., Any])


class Lang(StrEnum):
    """Languages of the model and the reports."""

    sv = "sv"
    en = "en"


class CheckFormat(StrEnum):
    """Output formats of ``validate``."""

    text = "text"
    json = "json"
    github = "github"


class SchemaKind(StrEnum):
    """Documents with a JSON Schema."""

    model = "model"
    answers = "answers"
    result = "result"


ModelOpt = Annotated[
    str | None,
    typer.Option("--model", "-m", help="A built-in model id (see `model list`) or a model file."),
]
OutOpt = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write here (atomically) instead of stdout.")
]


def _fail(exc: SiqError) -> NoReturn:
    for problem in exc.problems:
        text = str(problem) if problem.location.file else problem.message
        print(f"siqassess: error: {text}", file=sys.stderr)
    raise typer.Exit(exc.exit_code)


def handled(fn: F) -> F:
    """Turn SiqError into messages and exit codes; never show a traceback unless asked."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except SiqError as exc:
            if _state["traceback"]:
                raise
            _fail(exc)
        except KeyboardInterrupt:
            print("siqassess: interrupted", file=sys.stderr)
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except (typer.Exit, typer.Abort):
            raise
        except Exception as exc:
            if _state["traceback"]:
                raise
            print(
                f"siqassess: internal error: {type(exc).__name__}: {exc} "
                "(rerun with --traceback and report it)",
                file=sys.stderr,
            )
            raise typer.Exit(EXIT_INTERNAL) from None

    return wrapper  # type: ignore[return-value]


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    from siqassess.io.yamlio import write_atomic

    write_atomic(output, text if text.endswith("\n") else text + "\n")


def _version(value: bool) -> None:
    if value:
        print(f"siqassess {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
    traceback: Annotated[
        bool, typer.Option("--traceback", help="Show a full traceback on errors (for bug reports).")
    ] = False,
) -> None:
    _state["traceback"] = traceback


@app.command()
@handled
def validate(
    paths: Annotated[
        list[Path], typer.Argument(help="Model files and answers files, detected by content.")
    ],
    fmt: Annotated[
        CheckFormat,
        typer.Option("--format", "-f", help="text, json, or github (pull-request annotations)."),
    ] = CheckFormat.text,
    model: ModelOpt = None,
) -> None:
    """Check model and answers files; report every problem as file:line:column.

    Answers files are checked against the model they name (or --model). Exit code 1 if
    any file has problems.
    """
    from siqassess.io import validation

    reports = [validation.check_file(path, model) for path in paths]
    render = {
        CheckFormat.text: validation.render_text,
        CheckFormat.json: validation.render_json,
        CheckFormat.github: validation.render_github,
    }[fmt]
    out = render(reports)
    if out:
        print(out)
    if any(not path.exists() for path in paths):
        raise typer.Exit(EXIT_USAGE)
    if not all(r.valid for r in reports):
        raise typer.Exit(EXIT_FINDINGS)


@model_app.command("list")
@handled
def model_list() -> None:
    """List the built-in models."""
    from siqassess.criteria.load import builtin_ids, resolve_model

    for model_id in builtin_ids():
        model = resolve_model(model_id)
        name = model.spec.name
        print(f"{model.id}\t{model.version}\t{name.get('en', '')} / {name.get('sv', '')}")


@model_app.command("show")
@handled
def model_show(
    model: Annotated[str | None, typer.Argument(help="Built-in id or model file.")] = None,
    lang: Annotated[Lang, typer.Option("--lang", "-l", help="Language of the texts.")] = Lang.sv,
) -> None:
    """Draw the model as a tree: groups, success factors, criteria and result areas."""
    from rich.console import Console

    from siqassess.criteria.load import resolve_model
    from siqassess.reports.views import model_tree

    Console().print(model_tree(resolve_model(model), lang.value))


@model_app.command("export")
@handled
def model_export(
    model: Annotated[str | None, typer.Argument(help="Built-in id or model file.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="Only json for now.")] = "json",
    output: OutOpt = None,
) -> None:
    """Print the normalised model as JSON: every node with id, kind, names, weight, scale."""
    from siqassess.criteria.export import export_model
    from siqassess.criteria.load import resolve_model

    if fmt != "json":
        raise typer.BadParameter("only 'json' is supported", param_hint="--format")
    _emit(json.dumps(export_model(resolve_model(model)), ensure_ascii=False, indent=2), output)


@app.command()
@handled
def schema(
    kind: Annotated[SchemaKind, typer.Argument(help="Which document.")],
    output: OutOpt = None,
) -> None:
    """Print a JSON Schema, for editors (yaml-language-server) and tools."""
    from siqassess.documents.schemas import json_schema

    _emit(json.dumps(json_schema(kind.value), ensure_ascii=False, indent=2), output)


class ScoreFormat(StrEnum):
    """Output formats of ``score``."""

    table = "table"
    json = "json"
    csv = "csv"


@app.command()
@handled
def score(
    paths: Annotated[
        list[str],
        typer.Argument(help="Answers files, folders (searched recursively) or quoted globs."),
    ],
    fmt: Annotated[
        ScoreFormat, typer.Option("--format", "-f", help="table, json or csv (long format).")
    ] = ScoreFormat.table,
    fail_under: Annotated[
        float | None,
        typer.Option(
            "--fail-under", min=0, max=100, help="Exit 1 if any file's total is under this score."
        ),
    ] = None,
    require_complete: Annotated[
        bool, typer.Option("--require-complete", help="Treat unanswered leaves as errors.")
    ] = False,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, help="Score in this many processes.")
    ] = 1,
    detail: Annotated[
        bool, typer.Option("--detail", help="Table: add a score matrix per factor and area.")
    ] = False,
    model: ModelOpt = None,
    output: OutOpt = None,
) -> None:
    """Score answers files: total, points out of 1000, coverage, and every node of the model.

    Bad files are reported as file:line:column on stderr and the rest are still scored.
    Exit code 1 if any file failed, or scored under --fail-under.
    """
    from siqassess.io import batch
    from siqassess.io.yamlio import atomic_writer
    from siqassess.reports import results

    targets, problems = batch.expand(paths)
    failed = bool(problems)
    for problem in problems:
        print(f"siqassess: error: {problem}", file=sys.stderr)
    below: list[str] = []
    scored = seen = 0
    try:
        with _quiet_broken_pipe(), contextlib.ExitStack() as stack:
            out = stack.enter_context(atomic_writer(output)) if output else sys.stdout
            writer = results.writer(fmt.value, out, detail=detail)
            outcomes = batch.score_all(
                targets, model=model, jobs=jobs, require_complete=require_complete
            )
            for outcome in _with_progress(outcomes, len(targets), stack):
                seen += 1
                for problem in outcome.problems:
                    where = (
                        problem if problem.location.file else f"{outcome.file}: {problem.message}"
                    )
                    print(f"siqassess: error: {where}", file=sys.stderr)
                failed = failed or bool(outcome.problems)
                if outcome.doc is None:
                    continue
                scored += 1
                writer.add(outcome.doc)
                total = outcome.doc["total"]["score"]
                if fail_under is not None and (total is None or total < fail_under):
                    shown = "no score" if total is None else f"a total of {total:.1f}"
                    below.append(f"{outcome.file}: {shown}, under --fail-under {fail_under:g}")
            writer.close()
    except KeyboardInterrupt:
        where = f"{output} was not written" if output else "the output above is incomplete"
        print(
            f"siqassess: interrupted after {seen} of {len(targets)} files ({scored} scored); "
            f"{where}",
            file=sys.stderr,
        )
        raise typer.Exit(EXIT_INTERRUPTED) from None
    for line in below:
        print(f"siqassess: {line}", file=sys.stderr)
    if not scored and not failed:
        print("siqassess: error: no answers files found", file=sys.stderr)
        failed = True
    if failed or below:
        raise typer.Exit(EXIT_FINDINGS)


@contextlib.contextmanager
def _quiet_broken_pipe() -> Iterator[None]:
    """End quietly (exit 1) when the reader of stdout goes away, as with `| head`."""
    try:
        yield
    except BrokenPipeError:
        import os

        # Point stdout at /dev/null so the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(EXIT_FINDINGS) from None


def _with_progress(items: Any, total: int, stack: Any) -> Any:
    """Wrap ``items`` in a progress bar on stderr, for large batches on a terminal only."""
    if total < 20 or not sys.stderr.isatty():
        return items
    from rich.console import Console
    from rich.progress import Progress

    progress = stack.enter_context(Progress(console=Console(stderr=True), transient=True))
    return progress.track(items, total=total, description="Scoring")


LangOpt = Annotated[
    Lang | None,
    typer.Option("--lang", "-l", help="sv or en (default: the file's, else the locale)."),
]


@app.command()
@handled
def init(
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Where to write (default: siq-assessment-YYYY-MM-DD.yaml)."
        ),
    ] = None,
    model: ModelOpt = None,
    lang: LangOpt = None,
    organisation: Annotated[str, typer.Option("--organisation", help="Organisation.")] = "",
    respondent: Annotated[str, typer.Option("--respondent", help="Who answers.")] = "",
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a blank answers file, every question as a comment, to fill in with an editor."""
    from siqassess.criteria.load import resolve_model
    from siqassess.errors import UsageError
    from siqassess.i18n import default_language, t
    from siqassess.interview.walk import default_path
    from siqassess.io.answers import new_answers, save_answers

    path = output or default_path()
    if path.exists() and not force:
        raise UsageError(f"{path} exists; pass --force to overwrite it, or -o another file")
    loaded = resolve_model(model)
    language = default_language(lang.value if lang else None)
    answers = new_answers(
        loaded, organisation=organisation, respondent=respondent, language=language
    )
    save_answers(path, answers, loaded)
    print(t(language, "init_written", path=path))
    print(t(language, "init_next", path=path))


@app.command()
@handled
def assess(
    file: Annotated[
        Path | None, typer.Argument(help="Answers file to create or resume (default: dated).")
    ] = None,
    model: ModelOpt = None,
    lang: LangOpt = None,
    organisation: Annotated[
        str | None, typer.Option("--organisation", help="Organisation (else asked).")
    ] = None,
    respondent: Annotated[
        str | None, typer.Option("--respondent", help="Who answers (else asked).")
    ] = None,
) -> None:
    """Walk through the model question by question; every answer is saved at once.

    Resumes FILE if it exists. Ctrl-C saves and exits 130.

    Needs a terminal. Without one: `init`, edit the file, then `score` or `report`.
    """
    from siqassess.interview import walk as interview

    outcome = interview.run(
        file,
        model_option=model,
        lang_option=lang.value if lang else None,
        organisation=organisation,
        respondent=respondent,
    )
    if outcome.ending == "interrupted":
        raise typer.Exit(EXIT_INTERRUPTED)


class ReportFormat(StrEnum):
    """Output formats of ``report``."""

    md = "md"
    html = "html"
    txt = "txt"


@app.command()
@handled
def report(
    file: Annotated[Path, typer.Argument(help="The answers file to report on.")],
    fmt: Annotated[
        ReportFormat | None,
        typer.Option(
            "--format", "-f", help="md, html or txt (default: from OUT's extension, else txt)."
        ),
    ] = None,
    output: OutOpt = None,
    lang: Annotated[
        Lang | None, typer.Option("--lang", "-l", help="sv or en (default: the file's language).")
    ] = None,
    template_dir: Annotated[
        Path | None,
        typer.Option("--template-dir", help="Your templates; each overrides the built-in one."),
    ] = None,
    title: Annotated[str | None, typer.Option("--title", help="The report's title.")] = None,
    model: ModelOpt = None,
) -> None:
    """Write a gap report: coverage, scores against target, charts, priorities and strengths.

    Markdown saved with -o gets its radar charts as SVG files beside it.
    """
    from siqassess.core.scoring import score as score_answers
    from siqassess.io.answers import leaf_inputs
    from siqassess.reports import context, render

    kind = render.infer_format(fmt.value if fmt else None, output)
    loaded, answers = context.load_assessment(file, model)
    result = score_answers(loaded, leaf_inputs(answers), answers.default_target)
    language = context.report_language(answers, loaded, lang.value if lang else None)
    data = context.build_context(loaded, answers, result, lang=language, title=title)
    fancy = kind == "txt" and output is None and sys.stdout.isatty()
    done = render.render_report(data, kind, output=output, template_dir=template_dir, fancy=fancy)
    if output is None:
        sys.stdout.write(done.text if done.text.endswith("\n") else done.text + "\n")
    else:
        render.write_report(done, output)


class CompareFormat(StrEnum):
    """Output formats of ``compare``."""

    table = "table"
    json = "json"
    md = "md"
    html = "html"


@app.command()
@handled
def compare(
    old: Annotated[Path, typer.Argument(help="The earlier answers file.")],
    new: Annotated[Path, typer.Argument(help="The later answers file.")],
    fmt: Annotated[
        CompareFormat, typer.Option("--format", "-f", help="table, json, md or html.")
    ] = CompareFormat.table,
    output: OutOpt = None,
    strict_model: Annotated[
        bool, typer.Option("--strict-model", help="Exit 1 if the two files' models differ.")
    ] = False,
    model: ModelOpt = None,
    old_model: Annotated[
        str | None, typer.Option("--old-model", help="Model (id or file) OLD answers.")
    ] = None,
    new_model: Annotated[
        str | None, typer.Option("--new-model", help="Model (id or file) NEW answers.")
    ] = None,
    lang: Annotated[
        Lang | None, typer.Option("--lang", "-l", help="md/html: sv or en (default: NEW's).")
    ] = None,
) -> None:
    """Compare two assessments: Δ = new − old for every node, with both coverages.

    Lists the biggest improvements and declines and the leaves that crossed their target.
    A different model (id, version or content hash) is reported loudly, and only the
    leaves both models have are compared; --strict-model makes it an error.
    """
    from siqassess.errors import Location, ModelMismatchError, Problem
    from siqassess.io import groupio
    from siqassess.reports import groupout

    old_a, new_a = groupio.read_pair(
        str(old), str(new), model=model, old_model=old_model, new_model=new_model
    )
    cmp = groupio.compare_pair(old_a, new_a)
    doc = groupout.comparison_doc(old_a, new_a, cmp)
    drift = groupout.drift_lines(doc)
    if drift and strict_model:
        where = Location(str(new))
        raise ModelMismatchError([Problem(where, f"--strict-model: {line}") for line in drift])
    for line in drift:
        print(f"siqassess: warning: {line}", file=sys.stderr)
    if fmt in (CompareFormat.md, CompareFormat.html):
        from siqassess.reports import group_context

        language = lang.value if lang else None
        done = group_context.render_comparison(old_a, new_a, cmp, fmt.value, language, output)
        group_context.emit(done, output)
        return
    text = groupout.to_json(doc) if fmt == CompareFormat.json else groupout.comparison_table(doc)
    _emit(text, output)


class AggregateFormat(StrEnum):
    """Output formats of ``aggregate``."""

    table = "table"
    json = "json"
    csv = "csv"
    md = "md"
    html = "html"
    yaml = "yaml"


@app.command()
@handled
def aggregate(
    paths: Annotated[
        list[str], typer.Argument(help="Answers files (one per respondent), folders or globs.")
    ],
    fmt: Annotated[
        AggregateFormat,
        typer.Option(
            "--format", "-f", help="table, json, csv, md, html, or yaml (a consensus answers file)."
        ),
    ] = AggregateFormat.table,
    output: OutOpt = None,
    spread: Annotated[
        float,
        typer.Option(
            "--spread", min=0, max=100, help="Flag a leaf to discuss when max − min ≥ this."
        ),
    ] = 30,
    min_respondents: Annotated[
        int, typer.Option("--min-respondents", min=1, help="Fewer answers files is an error.")
    ] = 2,
    model: ModelOpt = None,
    lang: Annotated[
        Lang | None, typer.Option("--lang", "-l", help="md/html: sv or en (default: the files').")
    ] = None,
) -> None:
    """Combine a team's answers files: mean, median, min, max and spread for every leaf.

    Leaves where the team disagrees (max − min ≥ --spread) are flagged to discuss first.
    All files must answer the same model. --format yaml writes a consensus answers file
    (means rounded to the scale, spread kept) to adjust after the meeting and score.
    Fewer than --min-respondents files is a usage error (exit 2).
    """
    from siqassess.io import groupio
    from siqassess.reports import groupout

    _, group = groupio.read_group(paths, model=model, min_respondents=min_respondents)
    names, agg = groupio.aggregate_group(group, threshold=spread)
    if fmt == AggregateFormat.yaml:
        _emit(groupio.consensus_text(group, names, agg), output)
        return
    if fmt in (AggregateFormat.md, AggregateFormat.html):
        from siqassess.reports import group_context

        language = lang.value if lang else None
        done = group_context.render_group(group, names, agg, fmt.value, language, output)
        group_context.emit(done, output)
        return
    doc = groupout.aggregate_doc(group[0].model, group, names, agg)
    render = {
        AggregateFormat.json: groupout.to_json,
        AggregateFormat.csv: groupout.aggregate_csv,
        AggregateFormat.table: groupout.aggregate_table,
    }[fmt]
    _emit(render(doc), output)


def main() -> None:
    """Console-script entry point."""
    app(prog_name="siqassess")
