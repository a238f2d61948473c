"""English texts: lead."""

from __future__ import annotations

from siqassess.i18n.catalogue import Text

TEXTS: dict[str, Text] = {
    "list_or": "{head} or {last}",
    "err_fifo_no_reader": "is a named pipe (FIFO) that nobody reads; start its reader first",
    "err_worker_lost": (
        "a worker process of --jobs stopped before its files were scored"
        " (killed, or out of memory); run again, or with fewer jobs"
    ),
    "os_no_such_file": "no such file or directory",
    "os_permission": "permission denied",
    "os_is_directory": "is a directory",
    "os_not_directory": "a part of the path is not a directory",
    "os_no_space": "no space left on the device",
    "os_quota": "disk quota exceeded",
    "os_read_only": "read-only file system",
    "os_name_too_long": "file name too long",
    "os_link_loop": "too many levels of symbolic links",
    "os_io": "input/output error",
    "os_too_many_open": "too many open files",
    "os_busy": "device or resource busy",
    "os_file_too_large": "file too large",
    "os_stdout_closed": "standard output is closed",
    "err_output_failed": "cannot write the output: {reason}",
}
