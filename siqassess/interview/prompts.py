"""Pure mapping from model nodes and answers to plain-dict prompt descriptions."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

from siqassess.core.coverage import coverage_of, coverage_text
from siqassess.core.scoring import leaf_target
from siqassess.core.status import Status, status
from siqassess.criteria.tree import LoadedModel, Node, band_for, say, scale_values
from siqassess.i18n import t
from siqassess.io.answers import Answer, AnswersFile

if TYPE_CHECKING:
    from siqassess.interview.measures_view import MeasuresPrompt


class Level(TypedDict):
    """One level of a leaf's scale, as the level list shows it."""

    value: int
    title: str
    label: str
    descriptor: str


class PromptContext(TypedDict):
    """The success factor (or result area) a question belongs to."""

    id: str
    kind: str
    name: str
    description: str


class AssessorView(TypedDict):
    """One assessor's own answer beside a consensus draft's leaf to agree (rule 9)."""

    name: str
    role: str
    said: str
    """The score (``40``), or N/A, or ``–`` when unanswered."""
    argument: str
    """The note, else the first strength, area for improvement or N/A reason."""


class LeafPrompt(TypedDict):
    """Everything the walk shows for one leaf (:func:`leaf_prompt`)."""

    id: str
    kind: str
    position: int
    total: int
    progress: str
    context: PromptContext
    question: str
    help: str
    measures: list[str]
    status: Status
    current: str
    default: int | str | None
    note: str | None
    evidence: list[str]
    strengths: list[str]
    improvements: list[str]
    actions: int
    """How many actions the areas for improvement carry (rule 12)."""
    last_year: str
    placement: str
    target: float
    own_target: float | None
    levels: list[Level]
    measures_data: MeasuresPrompt | None
    """A result area's measures and the band they suggest (``measures_view``), else None."""
    assessors: list[AssessorView]
    """In a consensus draft, each assessor's own answer to a leaf still to agree."""


class OverviewRow(TypedDict):
    """One section's progress on the overview."""

    id: str
    label: str
    name: str
    leaves: list[str]
    answered: int
    na: int
    missing: int
    total: int
    first_missing: str | None


def _text(text: dict[str, str] | None, lang: str) -> str:
    if not text:
        return ""
    return say(text, lang)


def _num(value: float) -> str:
    return f"{value:g}"


def target_of(model: LoadedModel, answers: AnswersFile, leaf_id: str) -> float:
    """The target a leaf has now: its own, else the file's default, else the model's."""
    answer = answers.answer(leaf_id)
    own = answer.target if answer is not None else None
    return leaf_target(own, answers.default_target, model.spec.default_target)


def current_text(answer: Answer | None, model: LoadedModel, leaf: Node, lang: str) -> str:
    """A one-line description of a leaf's current answer."""
    state = status(answer)
    if answer is None or state == "missing":
        return t(lang, "not_answered")
    if state == "na":
        return t(lang, "current_na", reason=answer.reason or "")
    assert answer.score is not None
    band = band_for(model.scale_of(leaf), answer.score)
    label = f" – {_text(band.label, lang)}" if band else ""
    return f"{_num(answer.score)}{label}"


def level_choices(model: LoadedModel, leaf: Node, lang: str) -> list[Level]:
    """Every level of the leaf's scale, lowest first, with its band label and descriptor."""
    scale = model.scale_of(leaf)
    out: list[Level] = []
    for value in scale_values(scale):
        band = band_for(scale, value)
        label = _text(band.label, lang) if band else ""
        out.append(
            {
                "value": value,
                "title": f"{value:>3}  {label}".rstrip(),
                "label": label,
                "descriptor": _text(band.descriptor, lang) if band else "",
            }
        )
    return out


def measures_prompt(
    model: LoadedModel, answers: AnswersFile, leaf_id: str, lang: str
) -> MeasuresPrompt | None:
    """A result area's measures as the screen shows them (see ``measures_view``)."""
    from siqassess.interview import measures_view

    return measures_view.measures_prompt(model, answers, leaf_id, lang)


def leaf_prompt(model: LoadedModel, answers: AnswersFile, leaf_id: str, lang: str) -> LeafPrompt:
    """Everything the walk shows for one leaf: context, question, levels and current answer."""
    leaf = model.nodes[leaf_id]
    parent = model.parents[leaf_id]
    # A result area is its own context: its name and description head the screen.
    context = leaf if leaf.kind == "result_area" else parent
    answer = answers.answer(leaf_id)
    ids = [node.id for node in model.leaves]
    return {
        "id": leaf.id,
        "kind": leaf.kind,
        "position": ids.index(leaf_id) + 1,
        "total": len(ids),
        "progress": t(lang, "progress", n=ids.index(leaf_id) + 1, total=len(ids)),
        "context": {
            "id": context.id,
            "kind": context.kind,
            "name": _text(context.name, lang),
            "description": _text(context.description, lang),
        },
        "question": _text(leaf.question or leaf.name, lang),
        "help": _text(leaf.help, lang),
        "measures": [_text(m, lang) for m in leaf.measures],
        "status": status(answer),
        "current": current_text(answer, model, leaf, lang),
        "default": _default(answer),
        "note": answer.note if answer is not None else None,
        "evidence": list(answer.evidence) if answer is not None else [],
        "strengths": list(answer.strengths) if answer is not None else [],
        "improvements": [
            item if isinstance(item, str) else item.text
            for item in (answer.improvements if answer is not None else [])
        ],
        "actions": sum(
            len(item.actions)
            for item in (answer.improvements if answer is not None else [])
            if not isinstance(item, str)
        ),
        "last_year": _last_year(answer, lang),
        "placement": _text(model.scale_of(leaf).placement, lang),
        "target": target_of(model, answers, leaf_id),
        "own_target": answer.target if answer is not None else None,
        "levels": level_choices(model, leaf, lang),
        "measures_data": measures_prompt(model, answers, leaf_id, lang),
        "assessors": _assessors(answer, lang),
    }


def _assessors(answer: Answer | None, lang: str) -> list[AssessorView]:
    out: list[AssessorView] = []
    for p in answer.respondents if answer is not None else []:
        said = t(lang, "iv_na_short") if p.na else (_num(p.score) if p.score is not None else "–")
        first = [*p.strengths, *(i if isinstance(i, str) else i.text for i in p.improvements)]
        argument = p.note or (first[0] if first else "") or (p.reason or "")
        out.append({"name": p.name, "role": p.role or "", "said": said, "argument": argument})
    return out


def _last_year(answer: Answer | None, lang: str) -> str:
    """Last year's value as the screen shows it (``60``, ``N/A``), or ``""`` (rule 12)."""
    if answer is None or answer.last_year is None:
        return ""
    if answer.last_year == "na":
        return str(t(lang, "iv_last_year_na"))
    return _num(answer.last_year)


def _default(answer: Answer | None) -> int | str | None:
    """Where the level list's pointer starts: the current level, N/A, or the top."""
    state = status(answer)
    if answer is None or state == "missing":
        return None
    if state == "na":
        return "na"
    return int(answer.score) if answer.score is not None else None


def sections(model: LoadedModel) -> list[Node]:
    """The parts the overview lists: each success factor, then the results group."""
    return list(model.sections)


def overview_rows(model: LoadedModel, answers: AnswersFile, lang: str) -> list[OverviewRow]:
    """Per-section progress for the overview: answered, N/A and missing leaves."""
    rows: list[OverviewRow] = []
    for section in sections(model):
        leaves = [node for node in section.walk() if node.is_leaf]
        states = [status(answers.answer(leaf.id)) for leaf in leaves]
        missing = [leaf.id for leaf, s in zip(leaves, states, strict=True) if s == "missing"]
        label = section.id if section.kind != "group" else f"{leaves[0].id}–{leaves[-1].id}"
        rows.append(
            {
                "id": section.id,
                "label": label,
                "name": _text(section.name, lang),
                "leaves": [leaf.id for leaf in leaves],
                "answered": states.count("answered"),
                "na": states.count("na"),
                "missing": len(missing),
                "total": len(leaves),
                "first_missing": missing[0] if missing else None,
            }
        )
    return rows


def counts(model: LoadedModel, answers: AnswersFile) -> dict[str, int]:
    """How many leaves are answered, not applicable and missing, and how many there are."""
    c = coverage_of(status(answers.answer(leaf.id)) for leaf in model.leaves)
    return {"answered": c.answered, "na": c.na, "missing": c.missing, "total": c.total}


def first_missing(model: LoadedModel, answers: AnswersFile) -> str | None:
    """The first leaf in model order that is neither answered nor N/A."""
    for leaf in model.leaves:
        if status(answers.answer(leaf.id)) == "missing":
            return leaf.id
    return None


def parse_evidence(text: str) -> list[str]:
    """Split evidence typed as comma- or line-separated items; blanks are dropped."""
    items = text.replace("\n", ",").split(",")
    return [item.strip() for item in items if item.strip()]


def tally(lang: str, answered: int, na: int, missing: int) -> str:
    """``3 answered · 1 not applicable · 28 missing``: coverage as every screen counts it."""
    return coverage_text(lang, answered, na, missing)
