"""The answers file: checks against its model, reading and atomic saving (types: core.answers)."""

from __future__ import annotations

import datetime as dt
import functools
import textwrap
from pathlib import Path

from siqassess.core.answers import (
    FORMAT,
    Action,
    ActionStatus,
    Answer,
    AnswersFile,
    GroupStats,
    Improvement,
    LeafId,
    ModelRef,
    Value,
    leaf_inputs,
)
from siqassess.core.status import settled
from siqassess.criteria.tree import LoadedModel, say, scale_values
from siqassess.errors import ModelMismatchError, Msg, Problem, ValidationError, msg
from siqassess.io import answer_lines
from siqassess.io.answer_lines import leaf_lines, yaml_text
from siqassess.io.answer_lines import num as _num
from siqassess.io.fileschema import located, validate
from siqassess.io.findings import empty_findings, last_year_text
from siqassess.io.measures import measure_findings
from siqassess.io.yamlio import Source, write_atomic
from siqassess.memo import PerObject

SCHEMA_HINT = "siqassess-answers.schema.json"
_LEAF_CACHE = answer_lines._LEAF_CACHE  # the same dict: tests clear it here

__all__ = [  # the answer types are defined in core.answers and re-exported here
    "FORMAT",
    "SCHEMA_HINT",
    "Action",
    "ActionStatus",
    "Answer",
    "AnswersFile",
    "GroupStats",
    "Improvement",
    "LeafId",
    "ModelRef",
    "Value",
    "answers_from_data",
    "check_answers",
    "comment_text",
    "dump_answers",
    "leaf_inputs",
    "mismatch",
    "new_answers",
    "read_answers",
    "save_answers",
]


def new_answers(
    model: LoadedModel,
    *,
    organisation: str = "",
    unit: str = "",
    respondent: str = "",
    language: str = "sv",
    date: dt.date | None = None,
) -> AnswersFile:
    """A blank answers file for ``model``, in ``language`` if the model has it, else in the
    model's first language (a file in a language its model lacks would not validate)."""
    language = model.language(language)
    return AnswersFile(
        format=FORMAT,
        model=ModelRef(id=model.id, version=model.version, sha256=model.sha256),
        organisation=organisation,
        unit=unit,
        respondent=respondent,
        date=date or dt.date.today(),
        language=language,
        answers={leaf.id: None for leaf in model.leaves},
    )


def mismatch(ref: ModelRef, model: LoadedModel) -> list[Msg]:
    """Which of id, version and content hash differ between a file and a model."""
    diffs = []
    if ref.id != model.id:
        diffs.append(msg("diff_id", found=ref.id, expected=model.id))
    if ref.version != model.version:
        diffs.append(msg("diff_version", found=ref.version, expected=model.version))
    if ref.sha256 != model.sha256:
        diffs.append(msg("diff_hash", found=ref.sha256[:12], expected=model.sha256[:12]))
    return diffs


def check_answers(
    answers: AnswersFile, model: LoadedModel
) -> list[tuple[tuple[str | int, ...], Msg]]:
    """Every problem of an answers file against its model (other than a model mismatch)."""
    findings: list[tuple[tuple[str | int, ...], Msg]] = []
    if answers.language not in model.spec.languages:
        langs = ", ".join(model.spec.languages)
        findings.append((("language",), msg("err_language_one_of", langs=langs)))
    if answers.default_target is not None:
        # It applies to every leaf without its own target, so it must be on every leaf's scale.
        for values in _used_scales(model):
            if message := _off_scale(answers.default_target, values):
                findings.append((("default_target",), message))
                break
    scales = _leaf_scales(model)
    for leaf_id, answer in answers.answers.items():
        scale = scales.get(leaf_id)
        if scale is None:
            what = "err_not_scored_leaf" if leaf_id in model.nodes else "err_unknown_id"
            findings.append((("answers", leaf_id), msg(what, id=leaf_id, model=model.id)))
            continue
        if answer is None:
            continue
        # Most answers are a score on the scale and nothing else to check: they cost a few
        # lookups (a batch checks every leaf of every file), the rest the whole look.
        score, target, allowed = answer.score, answer.target, scale[1]
        if (
            (score is None or score in allowed)
            and (target is None or target in allowed)
            and not answer.na
            and not answer.strengths
            and not answer.improvements
            and not answer.measures
        ):
            continue
        findings.extend(_answer_findings(("answers", leaf_id), answer, scale))
        if answer.measures:
            findings.extend(measure_findings(answers, model, leaf_id, answer))
    for leaf in model.leaves:
        if leaf.not_applicable == "refused" and (answer := answers.answer(leaf.id)) and answer.na:
            findings.append((("answers", leaf.id, "na"), msg("err_na_refused")))
    if answers.status == "complete":
        missing = [leaf.id for leaf in model.leaves if not settled(answers.answer(leaf.id))]
        if missing:
            findings.append((("status",), msg("err_complete_unanswered", len(missing))))
    return findings


def _answer_findings(
    path: tuple[str | int, ...], answer: Answer, scale: tuple[tuple[int, ...], frozenset[float]]
) -> list[tuple[tuple[str | int, ...], Msg]]:
    """The problems of one leaf's answer on its scale."""
    findings: list[tuple[tuple[str | int, ...], Msg]] = []
    values, allowed = scale
    for key, value in (("score", answer.score), ("target", answer.target)):
        off = value is not None and value not in allowed and _off_scale(value, values)
        if off:
            findings.append(((*path, key), off))
    if answer.na and answer.score is not None:
        findings.append(((*path, "na"), msg("err_score_and_na")))
    if answer.na and not (answer.reason or "").strip():
        findings.append(((*path, "na"), msg("err_na_reason")))
    if answer.strengths or answer.improvements:
        findings.extend(empty_findings(path, answer))
    return findings


def _scales_used(model: LoadedModel) -> tuple[tuple[int, ...], ...]:
    """The values of each scale the leaves use, once each, in the leaves' order."""
    used = dict.fromkeys(leaf.scale or "" for leaf in model.leaves)
    return tuple(scale_values(model.spec.scales[scale_id]) for scale_id in used)


_used_scales = PerObject(_scales_used)


LeafScales = dict[str, tuple[tuple[int, ...], frozenset[float]]]


def _scales_of(model: LoadedModel) -> LeafScales:
    """Each leaf's scale values, in order and as a set."""
    scales: LeafScales = {}
    for leaf in model.leaves:
        values = scale_values(model.scale_of(leaf))
        scales[leaf.id] = (values, frozenset(values))
    return scales


_leaf_scales = PerObject(_scales_of)
"""Worked out once per model: a batch checks every file against one."""


def _off_scale(value: float, values: tuple[int, ...]) -> Msg | None:
    if value in values:
        return None
    step = values[1] - values[0] if len(values) > 1 else 0
    return msg("err_off_scale", value=_num(value), min=values[0], max=values[-1], step=step)


def answers_from_data(data: object, source: Source, model: LoadedModel) -> AnswersFile:
    """Validate parsed YAML as answers to ``model``; raise with every problem found.

    A model mismatch raises :class:`ModelMismatchError`; when only the version or the
    content hash differ, the answers are still checked against ``model`` and reported too.
    """
    answers = validate(AnswersFile, data, source, "answers file")
    # A workbook's cells that could not be read at all come first (see xlsx_read).
    problems: list[Problem] = list(getattr(source, "problems", []))
    diffs = mismatch(answers.model, model)
    if diffs:
        message = msg("err_different_model", diffs=tuple(diffs))
        problems.append(Problem.of(source.locate(("model",)), message, "model"))
    if answers.model.id == model.id:
        problems.extend(located(check_answers(answers, model), source))
    arrange = getattr(source, "arrange", None)  # a workbook's: in its headings, in cell order
    if arrange is not None:
        problems = arrange(problems)
    if diffs:
        raise ModelMismatchError(problems)
    if problems:
        raise ValidationError(problems)
    return answers


def read_answers(path: Path, model: LoadedModel) -> AnswersFile:
    """Read and check an answers file against ``model``."""
    from siqassess.io.anyfile import read_document

    data, source = read_document(path)
    return answers_from_data(data, source, model)


def save_answers(path: Path, answers: AnswersFile, model: LoadedModel) -> None:
    """Write an answers file atomically, with each question as a comment."""
    write_atomic(path, dump_answers(answers, model), replace_input=True)


def comment_text(text: str) -> str:
    """``text`` made safe for one YAML comment line: every line break, control or format
    character (newline, U+2028, NUL, BOM …) becomes a space, so a model's texts can never
    end a comment early or put a character the YAML reader refuses into the file."""
    return "".join(char if char.isprintable() else " " for char in text)


@functools.lru_cache(maxsize=4096)
def _comment(text: str, indent: str) -> tuple[str, ...]:
    lines = textwrap.wrap(comment_text(text), 92 - len(indent))
    return tuple(f"{indent}# {line}".rstrip(" ") for line in lines)


def dump_answers(answers: AnswersFile, model: LoadedModel) -> str:
    """The answers file as YAML text: header, then every leaf in model order with its question."""
    lang = model.language(answers.language)
    header: dict[str, object] = {
        "format": answers.format,
        "model": answers.model.model_dump(),
        "organisation": answers.organisation,
        "unit": answers.unit,
        "respondent": answers.respondent,
        "date": answers.date.isoformat() if answers.date else None,
        "language": answers.language,
        "default_target": _num(answers.default_target)
        if answers.default_target is not None
        else None,
        "status": answers.status,
    }
    if answers.role is not None:
        header["role"] = answers.role
    if answers.respondents is not None:
        header["respondents"] = answers.respondents
    if answers.segment is not None:
        header["segment"] = answers.segment
    if answers.share_strengths:
        header["share_strengths"] = True
    if answers.consensus is not None:
        header["consensus"] = _log(answers.consensus.model_dump(mode="json"))
    from siqassess.i18n import t

    name = comment_text(say(model.spec.name, lang) or model.id)
    lines = [
        f"# yaml-language-server: $schema={SCHEMA_HINT}",
        "# " + t(lang, "file_header", name=name, version=comment_text(model.version)),
        "# " + t(lang, "file_howto"),
        "# " + t(lang, "file_schema", hint=SCHEMA_HINT),
        yaml_text(header).removesuffix("\n"),
        "answers:",
    ]
    known = set()
    sections = {node.id for node in model.sections}
    for node in model.root.walk():
        if node.id in sections:
            lines.append("")
            # A group's id (``results``) is internal: show its name; a factor's id is its number.
            name = say(node.name, lang)
            heading = name if node.kind == "group" else f"{node.id} {name}"
            lines.extend(_comment(heading.strip() or node.id, "  "))
        if not node.is_leaf:
            continue
        known.add(node.id)
        question = say(node.question or node.name, lang)
        label = f"{node.id} {say(node.name, lang)}: " if node.kind == "result_area" else ""
        lines.extend(_comment(f"{label}{question}" if label else f"{node.id}  {question}", "  "))
        answer = answers.answer(node.id)
        if answer is not None and answer.last_year is not None:
            lines.extend(_comment(last_year_text(lang, answer.last_year), "  "))
        lines.extend(leaf_lines(node.id, answer))
    for leaf_id, answer in answers.answers.items():
        if leaf_id not in known:
            lines.extend(leaf_lines(leaf_id, answer))
    # Kept at the end of the file, so that the header's and the answers' line numbers stay put.
    help_lines = [""]
    for key in ("file_findings_1", "file_findings_2"):
        help_lines.extend(_comment(t(lang, key), ""))
    return "\n".join([*lines, *help_lines]) + "\n"


def _log(log: dict[str, object]) -> dict[str, object]:
    """The decision log with whole scores written as whole numbers (60, not 60.0)."""
    decisions = log["decisions"]
    for decision in decisions if isinstance(decisions, list) else ():
        for key in ("draft", "agreed"):
            value = decision.get(key) if isinstance(decision, dict) else None
            if isinstance(value, float):
                decision[key] = _num(value)
    return log
