"""The result document of ``siqassess score --format json``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from siqassess.core.na import flagged_na
from siqassess.core.nodescore import Coverage
from siqassess.documents.findings import FindingsDoc, findings_docs
from siqassess.documents.parts import (
    FORMAT,
    AtTargetDoc,
    ModelRefDoc,
    NodeKind,
    RankedDoc,
    TotalDoc,
    model_ref,
    priority_lists,
    total_doc,
)
from siqassess.memo import PerObject

if TYPE_CHECKING:
    from siqassess.core.answers import AnswersFile
    from siqassess.core.scoring import Result
    from siqassess.criteria.tree import LoadedModel


@dataclass(frozen=True)
class NodeDoc:
    """One node of the model tree with its score; null where nothing below has a score.

    ``score`` is the 0–100 weighted mean, ``gap`` is target − score (positive: below target),
    ``effective_weight`` the node's static share of the total, 0–1.
    """

    id: str
    kind: NodeKind
    parent: str | None
    score: float | None
    target: float | None
    gap: float | None
    effective_weight: float
    coverage: Coverage


@dataclass(frozen=True)
class NaFlaggedDoc:
    """A leaf marked not applicable where the model flags N/A (rule 13): to be examined."""

    id: str
    reason: str


@dataclass(frozen=True)
class FileResult:
    """The result of one answers file: every node in model order, and the priority lists."""

    file: str
    organisation: str
    unit: str
    respondent: str
    date: str | None
    status: str
    model: ModelRefDoc
    total: TotalDoc
    nodes: tuple[NodeDoc, ...]
    improvements: tuple[RankedDoc, ...]
    results_below_target: tuple[RankedDoc, ...]
    at_or_above_target: tuple[AtTargetDoc, ...]
    findings: tuple[FindingsDoc, ...]
    """Written strengths and areas for improvement with actions, leaves with any, model order."""
    na_flagged: tuple[NaFlaggedDoc, ...] = ()
    """The N/A leaves the model flags, with their reasons: "Not applicable – to be examined"."""


@dataclass(frozen=True)
class ResultDocument:
    """The output of ``siqassess score --format json``."""

    format: Literal[1]
    files: tuple[FileResult, ...]


def _parent_ids(model: LoadedModel) -> dict[str, str]:
    """Each node's parent's id; the root has none."""
    return {node_id: parent.id for node_id, parent in model.parents.items()}


parent_ids = PerObject(_parent_ids)
"""Worked out once per model: a batch makes a document per file of one model."""


def file_result(file: str, answers: AnswersFile, model: LoadedModel, result: Result) -> FileResult:
    """The result of one answers file."""
    parents = parent_ids(model)
    # Written out rather than a call per node: a batch makes ~40 of these a file.
    nodes = tuple(
        [
            NodeDoc(
                node.id,
                node.kind,
                parents.get(node.id),
                node.score,
                node.target,
                node.gap,
                node.effective_weight,
                node.coverage,
            )
            for node in result.nodes.values()
        ]
    )
    return FileResult(
        file,
        answers.organisation,
        answers.unit,
        answers.respondent,
        answers.date.isoformat() if answers.date else None,
        answers.status,
        model_ref(model),
        total_doc(result),
        nodes,
        *priority_lists(result),
        findings_docs(answers, model),
        tuple(NaFlaggedDoc(f.id, f.reason) for f in flagged_na(model, answers.answers)),
    )


def result_document(files: tuple[FileResult, ...]) -> ResultDocument:
    """The whole document (``score`` streams it file by file instead)."""
    return ResultDocument(FORMAT, files)
