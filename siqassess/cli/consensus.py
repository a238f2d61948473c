"""``consensus close``: the edited draft becomes the agreed file, with its decision log."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated

import typer

from siqassess.cli.app import app
from siqassess.cli.inputs import require_files
from siqassess.cli.options import Lang, ModelOpt

consensus_app = typer.Typer(
    help="Close a consensus draft: check what the meeting agreed and write the agreed file.",
    no_args_is_help=True,
)
app.add_typer(consensus_app, name="consensus")


@consensus_app.command("close")
def close(
    draft: Annotated[Path, typer.Argument(help="The consensus draft, as the meeting edited it.")],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The agreed answers file to write.")
    ],
    present: Annotated[
        list[str] | None,
        typer.Option(
            "--present",
            help='Who was at the meeting: "Anna Lind, Johan Berg" (with ; between names '
            "that carry a comma); repeatable (default: the draft's respondents).",
        ),
    ] = None,
    date: Annotated[
        dt.datetime | None,
        typer.Option("--date", formats=["%Y-%m-%d"], help="The meeting's date (default: today)."),
    ] = None,
    model: ModelOpt = None,
    lang: Annotated[Lang | None, typer.Option("--lang", "-l", help="Language of messages.")] = None,
) -> None:
    """Check a consensus draft and write the agreed file with status: complete.

    Every blank question must be scored or marked N/A, and every agreed score that differs
    from the draft's suggestion, or where it had none, needs a one-line reason:. All that is
    missing is reported at once, each at its file:line:column (exit 1), and nothing is
    written. Otherwise the agreed file gets a decision log: each such question with the
    draft's suggestion, the agreed score, the reason, who was present and the date.
    """
    from siqassess import config
    from siqassess.cli.speech import message_language
    from siqassess.core.agree import close as close_draft
    from siqassess.core.agree import close_problems, split_names
    from siqassess.errors import Location, Problem, UsageError, ValidationError, msg
    from siqassess.i18n import t, tn
    from siqassess.io.answers import save_answers
    from siqassess.io.assessment import parse_answers
    from siqassess.io.fileschema import located
    from siqassess.io.models import Models

    require_files(draft)
    said = message_language(lang)
    if output.suffix.lower() not in (".yaml", ".yml"):
        raise UsageError(Problem.of(Location(""), msg("err_close_extension", output=str(output))))
    parsed = parse_answers(draft)
    if parsed is None:  # pragma: no cover - parse_answers raises for a named file
        raise UsageError(Problem.of(Location(str(draft)), msg("err_not_answers")))
    data, source = parsed
    from siqassess.io.assessment import assessment_of

    read = assessment_of(str(draft), data, source, Models(config.text("model", model)))
    loaded, answers = read.model, read.answers
    if answers.status != "draft":
        where = source.locate(("status",))
        raise ValidationError([Problem.of(where, msg("err_not_a_draft", status=answers.status))])
    problems = located(close_problems(loaded, answers), source)
    if problems:
        raise ValidationError(problems)
    names = [n for text in present or [] for n in split_names(text)]
    if not present:
        names = list(answers.respondents or [])
    when = date.date() if date is not None else dt.date.today()
    agreed = close_draft(loaded, answers, present=names, date=when)
    save_answers(output, agreed, loaded)
    log = agreed.consensus
    count = len(log.decisions) if log is not None else 0
    joined = "; " if any("," in n for n in names) else ", "
    shown = joined.join(names) if names else t(said, "nobody_named")
    print(tn(said, "closed", count, output=str(output), present=shown), file=sys.stderr)
