"""Drive LibreOffice Calc as a person would: open, unprotect, delete, type, save, print.

Run with the system Python, which has LibreOffice's ``uno`` module (not the project's venv):
    /usr/bin/python3 tests/xlsx/calc_uno.py JOBS.json
JOBS.json is ``{"profile": DIR, "locale": "sv-SE", "jobs": [{"in", "out", "pdf", "ops"}]}``;
one soffice serves every job. Text is typed through Calc's input line (``.uno:EnterString``),
so Calc parses it with the locale as it parses a person's typing ("70%" becomes 0.7 with a
per-cent format, "31 mars" a date). Prints a JSON list, one result per job, on stdout.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]

_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">
<value>{locale}</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse">
<value>{locale}</value></prop></item>
</oor:items>
"""


def _pv(name: str, value: Any) -> Any:
    prop = PropertyValue()
    prop.Name, prop.Value = name, value
    return prop


def _connect(pipe: str, proc: subprocess.Popen[bytes]) -> Any:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    deadline = time.monotonic() + 120
    while True:  # soffice takes a few seconds to listen; nothing to wait on but its pipe
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise
            time.sleep(0.1)


class Calc:
    def __init__(self, ctx: Any) -> None:
        self.smgr = ctx.ServiceManager
        self.ctx = ctx
        self.desktop = self.smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        self.dispatch = self.smgr.createInstanceWithContext(
            "com.sun.star.frame.DispatchHelper", ctx
        )

    def run(self, job: dict[str, Any]) -> dict[str, Any]:
        url = uno.systemPathToFileUrl(job["in"])
        doc = self.desktop.loadComponentFromURL(url, "_blank", 0, (_pv("Hidden", True),))
        out: dict[str, Any] = {"invalid": {}, "rules": {}}
        try:
            for op, *args in job.get("ops", []):
                getattr(self, op)(doc, out, *args)
            if job.get("out"):
                target = uno.systemPathToFileUrl(job["out"])
                doc.storeToURL(target, (_pv("FilterName", "Calc MS Excel 2007 XML"),))
            if job.get("pdf"):
                target = uno.systemPathToFileUrl(job["pdf"])
                doc.storeToURL(target, (_pv("FilterName", "calc_pdf_Export"),))
        finally:
            doc.close(True)
        return out

    def _sheet(self, doc: Any, name: str) -> Any:
        sheet = doc.Sheets.getByName(name)
        doc.getCurrentController().setActiveSheet(sheet)
        return sheet

    def unprotect(self, doc: Any, out: dict[str, Any], sheet: str) -> None:
        self._sheet(doc, sheet).unprotect("")

    def delete_row(self, doc: Any, out: dict[str, Any], sheet: str, row: int) -> None:
        self._sheet(doc, sheet).Rows.removeByIndex(row - 1, 1)

    def insert_row(self, doc: Any, out: dict[str, Any], sheet: str, row: int) -> None:
        self._sheet(doc, sheet).Rows.insertByIndex(row - 1, 1)

    def delete_column(self, doc: Any, out: dict[str, Any], sheet: str, column: int) -> None:
        self._sheet(doc, sheet).Columns.removeByIndex(column - 1, 1)

    def rename(self, doc: Any, out: dict[str, Any], sheet: str, name: str) -> None:
        doc.Sheets.getByName(sheet).setName(name)

    def type(self, doc: Any, out: dict[str, Any], sheet: str, ref: str, text: str) -> None:
        """Type ``text`` into a cell and press Enter, as a person does."""
        self._sheet(doc, sheet)
        frame = doc.getCurrentController().getFrame()
        self.dispatch.executeDispatch(frame, ".uno:GoToCell", "", 0, (_pv("ToPoint", ref),))
        self.dispatch.executeDispatch(frame, ".uno:EnterString", "", 0, (_pv("StringName", text),))

    def invalid(self, doc: Any, out: dict[str, Any], sheet: str) -> None:
        """The cells Calc circles with Tools > Detective > Mark Invalid Data."""
        ws = self._sheet(doc, sheet)
        frame = doc.getCurrentController().getFrame()
        self.dispatch.executeDispatch(frame, ".uno:ShowInvalid", "", 0, ())
        marked = []
        for index in range(ws.DrawPage.Count):
            anchor = ws.DrawPage.getByIndex(index).Anchor
            if hasattr(anchor, "getCellAddress"):
                address = anchor.getCellAddress()
                marked.append(ws.getCellByPosition(address.Column, address.Row).AbsoluteName)
        out["invalid"][sheet] = sorted(marked)

    def rule(self, doc: Any, out: dict[str, Any], sheet: str, ref: str) -> None:
        """A cell's data validation as Calc holds it."""
        rule = self._sheet(doc, sheet).getCellRangeByName(ref).Validation
        out["rules"][f"{sheet}!{ref}"] = {
            "type": rule.Type.value,
            "show_error": bool(rule.ShowErrorMessage),
            "style": rule.ErrorAlertStyle.value,
            "title": rule.ErrorTitle,
            "message": rule.ErrorMessage,
            "list": list(getattr(rule, "StringItemList", ()) or ()),
        }


def main() -> None:
    spec = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    profile = Path(spec["profile"])
    (profile / "user").mkdir(parents=True, exist_ok=True)
    xcu = profile / "user" / "registrymodifications.xcu"
    xcu.write_text(_PROFILE.format(locale=spec.get("locale", "sv-SE")), encoding="utf-8")
    pipe = f"siqcalc{os.getpid()}"
    proc = subprocess.Popen(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--invisible",
         "--norestore", "--nologo", f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        calc = Calc(_connect(pipe, proc))
        results = [calc.run(job) for job in spec["jobs"]]
        with contextlib.suppress(Exception):  # the bridge closes as soffice quits
            calc.desktop.terminate()
        print(json.dumps(results))
    finally:
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    main()
