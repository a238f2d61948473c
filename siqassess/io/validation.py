"""Check model and answers files, collecting every problem, and render the findings."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from siqassess.criteria.known import KnownModel, known_model
from siqassess.errors import Msg, Problem, SiqError, msg
from siqassess.io.files import MAX_BYTES, read_bytes
from siqassess.textsafe import shown_path

FileKind = Literal["model", "answers", "unknown", "other"]

DECLARING_KEYS = frozenset({"model", "success_factors"})
"""With a top-level ``format:``, one of these declares a YAML file a siqassess file: an answers
file names its ``model:``, a model file has ``success_factors:``. Other YAML (CI workflows,
Prometheus rules with their top-level ``groups:``, tool configs) can be skipped."""


@dataclass(frozen=True)
class FileReport:
    """The outcome of checking one file."""

    file: str
    kind: FileKind
    problems: list[Problem] = field(default_factory=list)
    summary: Msg | str = ""
    warnings: list[Problem] = field(default_factory=list)
    """What was read but looks wrong (a workbook's date decades away); not a failure."""
    draft: Msg | None = None
    """Said first when the file is a consensus draft, not an agreed result."""

    @property
    def valid(self) -> bool:
        """Whether the file has no problems."""
        return not self.problems


def is_answers_data(data: object) -> bool:
    """Whether parsed YAML looks like an answers file rather than a model file."""
    return isinstance(data, dict) and ("answers" in data or isinstance(data.get("model"), dict))


def looks_like_siq(data: object) -> bool:
    """Whether parsed YAML declares itself a model or an answers file (see ``DECLARING_KEYS``)."""
    return isinstance(data, dict) and "format" in data and any(k in data for k in DECLARING_KEYS)


def check_file(
    path: Path,
    model_override: str | None = None,
    *,
    skip_other: bool = False,
    strict: bool = False,
) -> FileReport:
    """Check one model or answers file; the kind is detected from its content.

    With ``skip_other``, YAML that is neither (see ``looks_like_siq``) is reported as kind
    ``other`` without problems instead of being checked as a broken model. A workbook's
    warnings are reported beside its problems; with ``strict`` they are problems.
    """
    report = _check(path, model_override, skip_other)
    if strict and report.warnings:
        problems = report.problems + report.warnings
        return replace(report, problems=problems, warnings=[])
    return report


def _check(path: Path, model_override: str | None, skip_other: bool) -> FileReport:
    name = shown_path(str(path))
    kind: FileKind = "unknown"
    warnings: list[Problem] = []
    try:
        from siqassess.io.xlsx_guard import is_workbook_name

        if is_workbook_name(path):
            from siqassess.io.anyfile import read_document

            data, source = read_document(path)
            warnings = list(getattr(source, "warnings", []))
        else:
            raw = read_bytes(path, MAX_BYTES)
            known = known_model(raw)
            if known is not None:
                return FileReport(name, "model", summary=_model_summary(known))
            from siqassess.io.yamlio import decode, parse

            data, source = parse(name, decode(name, raw))
        if skip_other and not looks_like_siq(data):
            return FileReport(name, "other", summary=msg("neither_model_nor_answers"))
        if is_answers_data(data):
            from siqassess.core.coverage import coverage_msg, coverage_of
            from siqassess.core.status import status
            from siqassess.io.answers import answers_from_data
            from siqassess.io.models import model_for

            kind = "answers"
            model = model_for(data, source, model_override)
            answers = answers_from_data(data, source, model)
            c = coverage_of(status(answers.answers.get(leaf.id)) for leaf in model.leaves)
            summary = msg(
                "summary_counted",
                model=model.id,
                version=model.version,
                coverage=coverage_msg(c.answered, c.na, c.missing),
            )
            from siqassess.core.agree import draft_line

            draft = draft_line(model, answers, name)
            return FileReport(name, kind, summary=summary, warnings=warnings, draft=draft)
        from siqassess.io.models import model_from_data

        kind = "model"
        model = model_from_data(data, source)
        found = KnownModel(
            model.id, model.version, len(model.spec.success_factors), len(model.leaves)
        )
        return FileReport(name, kind, summary=_model_summary(found))
    except SiqError as exc:
        return FileReport(name, kind, list(exc.problems), warnings=warnings)


def _model_summary(model: KnownModel) -> Msg:
    return msg(
        "summary_model",
        model.leaves,
        model=model.id,
        version=model.version,
        factors=model.factors,
    )


def render_text(reports: list[FileReport], lang: str = "en") -> str:
    """One line per problem, ``file:line:column: message [key path]``, then a summary.

    In ``lang``; the JSON and GitHub outputs stay English, for machines and logs.
    """
    from siqassess.i18n import t, tn

    lines = []
    skipped = sum(1 for r in reports if r.kind == "other")
    reports = [r for r in reports if r.kind != "other"]
    for report in reports:
        if report.draft is not None:
            lines.append(report.draft.text(lang))
        if report.valid:
            summary = report.summary
            text = summary.text(lang) if isinstance(summary, Msg) else summary
            lines.append(f"{report.file}: {t(lang, 'ok')} ({text})")
        lines.extend(_with_file(p, report.file).render(lang) for p in report.problems)
        lines.extend(warning_line(_with_file(p, report.file), lang) for p in report.warnings)
    bad = sum(1 for r in reports if not r.valid)
    checked = tn(lang, "files_checked", len(reports))
    if bad:
        # Only with problems to count: fileschema imports the YAML reader, which `validate` of
        # the built-in model, known by its bytes, otherwise never needs (start-up, #16).
        from siqassess.io.fileschema import more_count

        count = sum(more_count(p) for r in reports for p in r.problems)
        detail = f"{tn(lang, 'files_invalid', bad)}, {tn(lang, 'problem_count', count)}"
    else:
        detail = tn(lang, "all_valid", len(reports))
    warned = sum(len(r.warnings) for r in reports)
    if warned:
        detail += ", " + tn(lang, "warning_count", warned)
    lines.append(f"{checked}: {detail}")
    if skipped:
        lines[-1] += "; " + tn(lang, "files_skipped", skipped)
    return "\n".join(lines)


def warning_line(problem: Problem, lang: str) -> str:
    """``file:Sheet!Cell: warning: what looks wrong``, in ``lang``."""
    from siqassess.i18n import t

    head = f"{problem.location}: " if problem.location.file else ""
    return f"{head}{t(lang, 'warning')}: {problem.text(lang)}"


def render_json(reports: list[FileReport]) -> str:
    """A JSON document with every file and its problems."""
    import json  # here: the text output, validate's usual one, does not need it (start-up)

    doc = {
        "valid": all(r.valid for r in reports),
        "files": [
            {
                "file": r.file,
                "kind": r.kind,
                "valid": r.valid,
                "problems": [
                    {
                        "file": (p := _with_file(q, r.file)).location.file,
                        "line": p.location.line or None,
                        "column": p.location.column or None,
                        "cell": p.location.cell or None,
                        "path": p.path or None,
                        "message": p.message,
                    }
                    for q in r.problems
                ],
                **_warnings_json(r),
            }
            for r in reports
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2)


def render_github(reports: list[FileReport]) -> str:
    """GitHub Actions workflow commands, one ``::error`` annotation per problem."""
    lines = []
    for report in reports:
        for problem in report.problems:
            p = _with_file(problem, report.file)
            props = [f"file={_gh_prop(p.location.file)}"]
            if p.location.line:
                props += [f"line={p.location.line}", f"col={p.location.column or 1}"]
            text = p.message + (f" [{p.path}]" if p.path else "")
            if p.location.cell:
                text = f"{p.location.cell}: {text}"
            lines.append(f"::error {','.join(props)}::{_gh_data(text)}")
    return "\n".join(lines)


def _warnings_json(report: FileReport) -> dict[str, object]:
    """A workbook's warnings, under their own key, where it has any."""
    if not report.warnings:
        return {}
    return {
        "warnings": [
            {
                "file": (p := _with_file(q, report.file)).location.file,
                "cell": p.location.cell or None,
                "message": p.message,
            }
            for q in report.warnings
        ]
    }


def _with_file(problem: Problem, file: str) -> Problem:
    if problem.location.file:
        return problem
    return replace(problem, location=replace(problem.location, file=file))


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_prop(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")
