"""Meddelanden som förut stod som engelska literaler i koden: init, assess, mallar, modellbyte."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    "assess_workbook": (
        "{file} är en arbetsbok och intervjun arbetar med YAML: kör "
        "`siqassess convert {file} -o {yaml_file}` och sedan `siqassess assess {yaml_file}`"
    ),
    "tpl_syntax": "fel i mallens syntax: {detail}",
    "tpl_not_found": "mallen finns inte: {name}",
    "tpl_sandbox": "sandlådan stoppade mallen: {detail}",
    "tpl_stopped": "mallen stoppades: {detail}",
    "tpl_error": "fel i mallen: {detail}",
    "strict_model_drift": "--strict-model: {line}",
}
