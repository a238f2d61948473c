"""English texts: hostile files and faults (the lock, config trust, limits)."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    "lock_taken": (
        "is in the way of the lock on {file} ({what}); nothing was changed. Remove it, "
        "then start again"
    ),
    "lock_what_link": "a symbolic link",
    "lock_what_hard_link": "a second name of another file (a hard link)",
    "lock_what_folder": "a folder",
    "lock_what_fifo": "a named pipe (FIFO)",
    "lock_what_device": "a device",
    "lock_what_other": "not a lock file of siqassess",
    "lock_another_process": "another process",
    "cfg_skipped": "skipped, {reason}",
    "cfg_refused": (
        "{key} ignored: a project file may set only harmless defaults, not templates, models, "
        "output files or what changes a score; give it on the command line, or trust the "
        "file: siqassess config trust"
    ),
    "cfg_too_deep": "nested more than {limit} levels deep; a config file is flat",
    "cfg_bad_value": "{key}: {detail}",
    "cfg_ignored": "ignored",
    "cfg_trusted": "trusted {path} as it is now (sha256 {sha256}…), recorded in {user}",
    "cfg_no_project": (
        "no siqassess.toml or pyproject.toml with [tool.siqassess] here or above; "
        "name the file to trust"
    ),
}
