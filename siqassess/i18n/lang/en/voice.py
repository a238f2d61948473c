"""Messages once written as English literals in the code: init, assess, templates, drift."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    "assess_workbook": (
        "{file} is a workbook; the interview works on YAML: run "
        "`siqassess convert {file} -o {yaml_file}`, then `siqassess assess {yaml_file}`"
    ),
    "tpl_syntax": "template syntax: {detail}",
    "tpl_not_found": "template not found: {name}",
    "tpl_sandbox": "refused by the sandbox: {detail}",
    "tpl_stopped": "template stopped: {detail}",
    "tpl_error": "template error: {detail}",
    "strict_model_drift": "--strict-model: {line}",
}
