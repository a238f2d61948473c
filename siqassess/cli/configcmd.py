"""``config``: the effective settings and where each came from."""

from __future__ import annotations

from siqassess.cli.app import app


@app.command("config")
def show_config() -> None:
    """Show the effective defaults and their sources.

    Sources, first wins: command line, environment (SIQASSESS_LANG, SIQASSESS_TEMPLATE_DIR,
    SIQASSESS_MODEL, SIQASSESS_TARGET, SIQASSESS_SPREAD), siqassess.toml or [tool.siqassess]
    in pyproject.toml (this folder or the nearest above), the user file, the default.
    """
    from siqassess import config

    settings = config.effective()
    width = max(len(key) for key in settings)
    for setting in settings.values():
        shown = (
            "–"
            if setting.value is None
            else f"{setting.value:g}"
            if isinstance(setting.value, float)
            else setting.value
        )
        print(f"{setting.key:<{width}}  {shown!s:<24}  {setting.source}")
    print(f"user file: {config.user_file()}")
