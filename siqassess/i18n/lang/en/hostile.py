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
}
