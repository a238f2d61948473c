"""The lint's findings as text, GitHub annotations or SARIF 2.1.0."""

from __future__ import annotations

import json
from dataclasses import dataclass

from siqassess import __version__
from siqassess.core.lint import RULES, Finding
from siqassess.errors import Location, Msg
from siqassess.i18n import t

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVEL = {"error": "error", "warning": "warning", "note": "note"}
_GITHUB_LEVEL = {"error": "error", "warning": "warning", "note": "notice"}


@dataclass(frozen=True)
class Located:
    """A finding at its place in a file."""

    location: Location
    finding: Finding
    path: str


def message(lang: str, finding: Finding) -> str:
    """The finding's message in ``lang``."""
    return Msg(f"lint_{finding.rule}", finding.params).text(lang)


def render_text(found: list[Located], lang: str) -> str:
    """``file:line:column: severity SIQ001 message [key.path]``, one line each."""
    lines = []
    for item in found:
        severity = t(lang, f"lint_severity_{item.finding.severity}")
        where = f" [{item.path}]" if item.path else ""
        text = message(lang, item.finding)
        lines.append(f"{item.location}: {severity} {item.finding.rule} {text}{where}")
    return "\n".join(lines)


def _gh(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def render_github(found: list[Located], lang: str) -> str:
    """GitHub Actions workflow commands: one annotation per finding, at its line."""
    lines = []
    for item in found:
        loc = item.location
        props = [f"file={_gh(loc.file).replace(':', '%3A').replace(',', '%2C')}"]
        if loc.line:
            props += [f"line={loc.line}", f"col={loc.column or 1}"]
        props.append(f"title={item.finding.rule}")
        level = _GITHUB_LEVEL[item.finding.severity]
        lines.append(f"::{level} {','.join(props)}::{_gh(message(lang, item.finding))}")
    return "\n".join(lines)


def render_sarif(found: list[Located], lang: str) -> str:
    """A SARIF 2.1.0 log with one run: every rule with its rationale, every finding a result."""
    rules = [
        {
            "id": rule.id,
            "name": rule.name,
            "shortDescription": {"text": t(lang, f"lint_{rule.id}_short")},
            "fullDescription": {"text": t(lang, f"lint_{rule.id}_why")},
            "defaultConfiguration": {"level": _SARIF_LEVEL[rule.severity]},
        }
        for rule in RULES.values()
    ]
    index = {rule_id: i for i, rule_id in enumerate(RULES)}
    results = []
    for item in found:
        region: dict[str, int] = {}
        if item.location.line:
            region = {"startLine": item.location.line, "startColumn": item.location.column or 1}
        physical: dict[str, object] = {"artifactLocation": {"uri": item.location.file}}
        if region:
            physical["region"] = region
        results.append(
            {
                "ruleId": item.finding.rule,
                "ruleIndex": index[item.finding.rule],
                "level": _SARIF_LEVEL[item.finding.severity],
                "message": {"text": message(lang, item.finding)},
                "locations": [{"physicalLocation": physical}],
            }
        )
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "siqassess",
                        "version": __version__,
                        "rules": rules,
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2)
