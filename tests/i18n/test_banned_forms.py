"""One term per concept (domain.md §5): the banned Swedish forms appear in no catalogue text, no
template and no model text. Placeholders (``{band}``) and template code are not text."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from siqassess.i18n import catalogue
from siqassess.i18n.catalogue import Plural

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "siqassess" / "reports" / "templates"
MODELS = ROOT / "models"

BANNED = {
    r"\bN/A\b": "ej tillämplig",
    r"upprullad": "sammanvägd uppåt",
    r"rullas upp": "vägs samman",
    r"nedskrivn": "noterad",
    r"\bband(et|en|ets|s)?\b": "nivå, poängintervall",
    r"anteckning": "kommentar",
    r"belägg": "underlag",
    r"projektet siqassess": "siqassess-projektets",
    r"\bvägrar\b": "avbryter",
    r"\bstandard ut\b": "standardutmatningen",
    r"\btabben\b": "tabbtecknet",
}
"""Banned form → the glossary's term."""

_CODE = re.compile(r"\{[^{}]*\}|`[^`]*`")


def _hits(text: str) -> list[str]:
    plain = _CODE.sub("", text)
    return [
        f"{found.group(0)!r} (say: {better})"
        for pattern, better in BANNED.items()
        for found in re.finditer(pattern, plain, re.IGNORECASE)
    ]


def _swedish_texts() -> dict[str, str]:
    texts: dict[str, str] = {}
    for key, text in catalogue("sv").texts.items():
        forms = text.forms.values() if isinstance(text, Plural) else [text]
        texts.update({f"{key}[{i}]": form for i, form in enumerate(forms)})
    return texts


def test_the_hits_are_found() -> None:
    assert _hits("Motivering (N/A) och 2 belägg inom bandet, upprullade") == [
        "'N/A' (say: ej tillämplig)",
        "'upprullad' (say: sammanvägd uppåt)",
        "'bandet' (say: nivå, poängintervall)",
        "'belägg' (say: underlag)",
    ]
    assert _hits("Mätetalen talar för {band}; kör `band`") == []


def test_no_swedish_catalogue_text_uses_a_banned_form() -> None:
    found = {key: hits for key, text in _swedish_texts().items() if (hits := _hits(text))}
    assert found == {}


_TEMPLATE_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}|<[^>]*>", re.DOTALL)
_SWEDISH_ONLY = [p for p in BANNED if p not in (r"\bN/A\b", r"\bband(et|en|ets|s)?\b")]


def test_no_template_writes_a_banned_swedish_form() -> None:
    """Templates are language-neutral: their words come from the catalogue. What text they hold
    of their own (outside code and tags) holds none of the banned Swedish forms."""
    found = []
    for path in sorted(TEMPLATES.glob("*.j2")):
        text = _TEMPLATE_CODE.sub("", path.read_text(encoding="utf-8"))
        found += [
            f"{path.name}: {m.group(0)}"
            for p in _SWEDISH_ONLY
            for m in re.finditer(p, text, re.IGNORECASE)
        ]
    assert found == []


def _model_swedish(node: object, where: str = "") -> dict[str, str]:
    if isinstance(node, dict):
        out: dict[str, str] = {}
        for key, value in node.items():
            if key == "sv" and isinstance(value, str):
                out[where] = value
            else:
                out.update(_model_swedish(value, f"{where}.{key}"))
        return out
    if isinstance(node, list):
        out = {}
        for i, value in enumerate(node):
            out.update(_model_swedish(value, f"{where}[{i}]"))
        return out
    return {}


def test_no_swedish_model_text_uses_a_banned_form() -> None:
    found = {}
    for path in sorted(MODELS.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for where, text in _model_swedish(data).items():
            if hits := _hits(text):
                found[f"{path.name}{where}"] = hits
    assert found == {}
