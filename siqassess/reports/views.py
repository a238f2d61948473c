"""Rich renderables for the terminal."""

from __future__ import annotations

from rich.text import Text
from rich.tree import Tree

from siqassess.criteria.tree import LoadedModel, Node, say


def model_tree(model: LoadedModel, lang: str) -> Tree:
    """The model as a rich tree, with weights and the scale of each leaf."""
    root = Tree(Text(f"{(say(model.spec.name, lang) or model.id)} {model.version}", style="bold"))
    _add(root, model.root, lang, model)
    return root


def _add(branch: Tree, node: Node, lang: str, model: LoadedModel) -> None:
    for child in node.children:
        label = Text()
        label.append(child.id, style="bold cyan")
        if child.kind == "criterion":
            label.append("  " + say(child.question or child.name, lang))
        else:
            label.append("  " + say(child.name, lang), style="bold")
        label.append(f"  ×{child.weight:g}", style="dim")
        sub = branch.add(label)
        _add(sub, child, lang, model)
