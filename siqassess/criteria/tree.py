"""The normalised model tree that scoring, prompts and reports work on."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from siqassess.criteria.schema import Band, Model, NaPolicy, Provenance, Scale, Text

Kind = Literal["total", "group", "success_factor", "criterion", "result_area"]
ROOT_ID = "total"
GROUP_IDS = ("ways_of_working", "results")


MODEL_FALLBACK = "en"
"""The model text shown in a language the model does not carry (a catalogue the model predates)."""


def say(text: Mapping[str, str], lang: str) -> str:
    """A model text in ``lang``; else in English; else in the model's first language; else ""."""
    return text.get(lang) or text.get(MODEL_FALLBACK) or next(iter(text.values()), "")


@dataclass(frozen=True)
class Node:
    """One node of the model: the root, a group, a success factor, or a scored leaf."""

    id: str
    kind: Kind
    name: Text
    weight: float
    children: tuple[Node, ...] = ()
    scale: str | None = None
    """The id of the scale a leaf is scored on; ``None`` for inner nodes."""
    question: Text | None = None
    help: Text | None = None
    description: Text | None = None
    measures: tuple[Text, ...] = ()
    provenance: Provenance | None = None
    not_applicable: NaPolicy = "allowed"
    """Whether a leaf may be N/A (rule 13), resolved from the nearest node that says."""
    related: tuple[str, ...] = ()
    """A result area's related criteria (``related:`` in the model file)."""

    @property
    def is_leaf(self) -> bool:
        """Whether a respondent scores this node directly."""
        return not self.children

    def walk(self) -> list[Node]:
        """This node and all below it, depth first, in model order."""
        out: list[Node] = [self]
        for child in self.children:
            out.extend(child.walk())
        return out


@dataclass(frozen=True)
class LoadedModel:
    """A validated model with its tree and content hash."""

    spec: Model
    root: Node
    sha256: str

    @property
    def id(self) -> str:
        """The model's id, for example ``siq-2019-1``."""
        return self.spec.id

    @property
    def version(self) -> str:
        """The model's version, for example ``2019:1``."""
        return self.spec.version

    def language(self, wanted: str | None) -> str:
        """``wanted`` when the model has texts in it, else the model's first language."""
        languages = self.spec.languages
        return wanted if wanted in languages else languages[0]

    @cached_property
    def nodes(self) -> dict[str, Node]:
        """Every node by id, in model order."""
        return {node.id: node for node in self.root.walk()}

    @cached_property
    def leaves(self) -> tuple[Node, ...]:
        """The scored leaves in model order."""
        return tuple(node for node in self.nodes.values() if node.is_leaf)

    @cached_property
    def parents(self) -> dict[str, Node]:
        """The parent of every node but the root."""
        return {child.id: node for node in self.nodes.values() for child in node.children}

    @property
    def ways_of_working(self) -> Node:
        """The ways-of-working group: success factors, each with its criteria."""
        return self.root.children[0]

    @property
    def results(self) -> Node:
        """The results group: result areas, each a leaf."""
        return self.root.children[1]

    @cached_property
    def sections(self) -> tuple[Node, ...]:
        """The parts a respondent works through, in order: each success factor, then the
        results group (whose children are leaves themselves)."""
        out: list[Node] = []
        for group in self.root.children:
            if all(child.is_leaf for child in group.children):
                out.append(group)
            else:
                out.extend(group.children)
        return tuple(out)

    @cached_property
    def outline(self) -> tuple[Node, ...]:
        """Each group followed by its children: the rows of an overview."""
        return tuple(node for group in self.root.children for node in (group, *group.children))

    @cached_property
    def weights(self) -> dict[str, float]:
        """Every node's static effective weight."""
        return effective_weights(self.root)

    def scale_of(self, leaf: Node) -> Scale:
        """The scale a leaf is scored on."""
        return self.spec.scales[leaf.scale or ""]


def effective_weights(root: Node) -> dict[str, float]:
    """Each node's static effective weight: its weight share at every level from the root."""
    out = {root.id: 1.0}
    stack = [root]
    while stack:
        node = stack.pop()
        total = sum(child.weight for child in node.children)
        for child in node.children:
            out[child.id] = out[node.id] * child.weight / total
            stack.append(child)
    return out


def scale_values(scale: Scale) -> tuple[int, ...]:
    """Every value allowed on a scale, lowest first."""
    return tuple(range(scale.min, scale.max + 1, scale.step))


def band_for(scale: Scale, value: float) -> Band | None:
    """The band that holds ``value``, if any."""
    for band in scale.bands:
        if band.min <= value <= band.max:
            return band
    return None


def content_hash(model: Model) -> str:
    """sha256 of the model's normalised content: comments and layout do not count."""
    canonical = json.dumps(
        model.model_dump(mode="json"), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def build_tree(model: Model) -> Node:
    """Turn a validated model file into its tree: total → groups → factors → leaves."""
    wow, res = model.groups.ways_of_working, model.groups.results
    wow_na = wow.not_applicable or model.not_applicable
    res_na = res.not_applicable or model.not_applicable
    factors = tuple(
        Node(
            id=factor.id,
            kind="success_factor",
            name=factor.name,
            weight=factor.weight,
            description=factor.description,
            provenance=factor.provenance,
            children=tuple(
                Node(
                    id=crit.id,
                    kind="criterion",
                    name=crit.question,
                    weight=crit.weight,
                    scale=crit.scale or wow.scale,
                    question=crit.question,
                    help=crit.help,
                    provenance=crit.provenance,
                    not_applicable=crit.not_applicable or factor.not_applicable or wow_na,
                )
                for crit in factor.criteria
            ),
        )
        for factor in model.success_factors
    )
    areas = tuple(
        Node(
            id=area.id,
            kind="result_area",
            name=area.name,
            weight=area.weight,
            scale=area.scale or res.scale,
            question=area.question,
            help=area.help,
            description=area.description,
            measures=tuple(area.measures),
            provenance=area.provenance,
            not_applicable=area.not_applicable or res_na,
            related=tuple(area.related),
        )
        for area in model.result_areas
    )
    groups = (
        Node(
            "ways_of_working", "group", wow.name, wow.weight, factors, description=wow.description
        ),
        Node("results", "group", res.name, res.weight, areas, description=res.description),
    )
    return Node(ROOT_ID, "total", model.name, 1.0, groups)
