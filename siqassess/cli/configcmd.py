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
    from siqassess.i18n import language_for, t

    settings = config.effective()
    chosen = settings["lang"].value
    lang = language_for(chosen if isinstance(chosen, str) else None)  # the configured language
    width = max(len(key) for key in settings)
    for setting in settings.values():
        shown = (
            "–"
            if setting.value is None
            else f"{setting.value:g}"
            if isinstance(setting.value, float)
            else setting.value
        )
        source = setting.said.text(lang) if setting.said else setting.source
        print(f"{setting.key:<{width}}  {shown!s:<24}  {source}")
    print(t(lang, "cfg_user_file", path=config.user_file()))
