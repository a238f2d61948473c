"""English texts: many keys of one config file refused, said once."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    "cfg_refused_many": (
        "{total} keys ignored ({keys}, …): a project file may set only harmless defaults, not "
        "templates, models, output files or what changes a score; give them on the command "
        "line, or trust the file: siqassess config trust"
    ),
}
