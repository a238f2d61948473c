"""The interactive self-assessment walk; the only module that imports questionary."""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import questionary
from prompt_toolkit.application import create_app_session, get_app_session
from prompt_toolkit.input import Input
from prompt_toolkit.input.typeahead import clear_typeahead
from prompt_toolkit.output import Output
from questionary.prompts.common import InquirerControl
from rich.console import Console
from rich.rule import Rule
from rich.text import Text

from siqassess.core.scoring import leaf_target
from siqassess.criteria.load import resolve_model
from siqassess.criteria.tree import LoadedModel
from siqassess.errors import NoTerminalError, SiqError
from siqassess.i18n import default_language, t
from siqassess.interview import prompts
from siqassess.interview.summary import question_screen, summary
from siqassess.io.answers import (
    Answer,
    AnswersFile,
    answers_from_data,
    new_answers,
    save_answers,
)
from siqassess.io.resolver import model_for
from siqassess.io.yamlio import parse, read_text

Ending = Literal["complete", "in_progress", "interrupted"]

NO_TERMINAL = (
    "siqassess assess needs an interactive terminal (stdin and stdout must be a TTY). "
    "Without one: write a blank file with `siqassess init -o FILE`, fill it in with an editor, "
    "check it with `siqassess validate FILE`, then run `siqassess score FILE` or "
    "`siqassess report FILE`."
)

_QUESTIONARY_LABEL = "  Description: "


@dataclass(frozen=True)
class Outcome:
    """How a session ended, and where its answers are."""

    ending: Ending
    path: Path | None


@dataclass
class _Session:
    model: LoadedModel
    answers: AnswersFile
    path: Path
    lang: str
    console: Console
    live: bool = False
    """Whether this runs on a real terminal (not on injected test input)."""
    history: list[int] = field(default_factory=list)

    def save(self) -> None:
        save_answers(self.path, self.answers, self.model)

    def set_answer(self, leaf_id: str, **changes: Any) -> None:
        old = self.answers.answer(leaf_id)
        data = old.model_dump() if old is not None else {}
        data.update(changes)
        self.answers.answers[leaf_id] = Answer.model_validate(data)
        self.save()


def default_path(today: dt.date | None = None) -> Path:
    """The file name proposed when none is given: ``siq-assessment-YYYY-MM-DD.yaml``."""
    return Path(f"siq-assessment-{(today or dt.date.today()).isoformat()}.yaml")


def load(path: Path, model_option: str | None) -> tuple[LoadedModel, AnswersFile]:
    """Read an answers file and the model it names (or ``model_option``)."""
    data, source = parse(str(path), read_text(path))
    model = model_for(data, source, model_option)
    return model, answers_from_data(data, source, model)


def check_terminal() -> None:
    """Raise :class:`NoTerminalError` unless stdin and stdout are both terminals."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise NoTerminalError(NO_TERMINAL)


def run(
    path: Path | None,
    *,
    model_option: str | None = None,
    lang_option: str | None = None,
    organisation: str | None = None,
    respondent: str | None = None,
    console: Console | None = None,
    input: Input | None = None,
    output: Output | None = None,
) -> Outcome:
    """Run a whole session: start-up, the walk, and the summary.

    Pass prompt_toolkit ``input``/``output`` to drive it without a terminal (tests);
    otherwise both stdin and stdout must be terminals. Ctrl-C or end of input saves what
    was answered and returns an ``interrupted`` outcome.
    """
    if input is None:
        check_terminal()
    console = console or Console(highlight=False)
    session: _Session | None = None
    with _app_session(input, output):
        try:
            session = _start(path, model_option, lang_option, console)
            session.live = input is None
            _ask_names(session, organisation, respondent)
            return _finish(session, _walk(session))
        except (KeyboardInterrupt, EOFError):
            return _interrupted(session, console)


@contextlib.contextmanager
def _app_session(input: Input | None, output: Output | None) -> Iterator[None]:
    if input is None and output is None:
        yield
        return
    with create_app_session(input=input, output=output):
        yield


def _ask(question: questionary.Question) -> Any:
    # unsafe_ask lets Ctrl-C through as KeyboardInterrupt instead of returning None.
    return question.unsafe_ask()


def _select(
    message: str,
    choices: list[Any],
    default: Any = None,
    instruction: str = "",
    description: str = "",
) -> Any:
    question = questionary.select(
        message, choices=choices, default=default, instruction=instruction or " "
    )
    if description:
        _relabel_description(question, description)
    return _ask(question)


def _relabel_description(question: questionary.Question, label: str) -> None:
    """Replace questionary's fixed English "Description:" label under a choice list."""
    for control in question.application.layout.find_all_controls():
        if isinstance(control, InquirerControl):
            original = control.text

            def text(original: Any = original) -> Any:
                tokens = original() if callable(original) else original
                return [
                    (tok[0], tok[1].replace(_QUESTIONARY_LABEL, f"  {label}: ", 1), *tok[2:])
                    if isinstance(tok[1], str) and tok[1].startswith(_QUESTIONARY_LABEL)
                    else tok
                    for tok in tokens
                ]

            control.text = text


def _drop_typeahead() -> None:
    """Forget keys typed ahead, so a double Enter on one screen cannot answer the next."""
    clear_typeahead(get_app_session().input)
    try:
        import termios  # POSIX only
    except ImportError:
        return
    with contextlib.suppress(OSError, termios.error):
        termios.tcflush(sys.stdin.fileno(), termios.TCIFLUSH)


def _text(
    message: str,
    default: str = "",
    *,
    multiline: bool = False,
    instruction: str = "",
    validate: Callable[[str], bool | str] | None = None,
) -> str:
    question = questionary.text(
        message,
        default=default,
        multiline=multiline,
        instruction=instruction or None,
        validate=validate,
    )
    return str(_ask(question) or "")


def _start(
    path: Path | None,
    model_option: str | None,
    lang_option: str | None,
    console: Console,
) -> _Session:
    lang = lang_option
    if path is None or not path.exists():
        lang = lang or _ask_language(default_language())
        if path is None:
            path = Path(_text(t(lang, "file_prompt"), str(default_path()), validate=bool))
    resumed = path.exists()
    if resumed:
        model, answers = load(path, model_option)
    else:
        model = resolve_model(model_option)
        answers = new_answers(model, language=lang or default_language())
    lang = default_language(lang, answers.language)
    if lang not in model.spec.languages:
        lang = model.spec.languages[0]
    answers.language = lang
    session = _Session(model, answers, path, lang, console)
    session.save()  # at once, so an unwritable folder fails before any question
    message = t(lang, "resumed" if resumed else "created", path=path)
    console.print(message, style="dim", soft_wrap=True, highlight=False)
    return session


def _ask_names(s: _Session, organisation: str | None, respondent: str | None) -> None:
    """Set organisation and respondent from the options, else ask when the file has none."""
    answers = s.answers
    if organisation is not None:
        answers.organisation = organisation
    elif not answers.organisation:
        answers.organisation = _text(t(s.lang, "organisation")).strip()
    if respondent is not None:
        answers.respondent = respondent
    elif not answers.respondent:
        answers.respondent = _text(t(s.lang, "respondent_prompt")).strip()
    s.save()


def _ask_language(default: str) -> str:
    choices = [
        questionary.Choice("Svenska", value="sv"),
        questionary.Choice("English", value="en"),
    ]
    return str(_select(t(default, "language_prompt"), choices, default=default))


def _walk(s: _Session) -> str:
    """The state machine: index of the current leaf, history for back; returns how it ended."""
    leaves = [leaf.id for leaf in s.model.leaves]
    index: int | None = _resume_point(s, leaves)
    while True:
        target = _overview(s, None) if index is None else _leaf_step(s, index)
        if target in ("finish", "exit"):
            return str(target)
        if target == "overview":
            choice = _overview(s, index)
            if choice in ("finish", "exit"):
                return str(choice)
            index = _jump(s, index, choice)
        elif target == "back":
            index = s.history.pop() if s.history else index
        elif target == "next" and index is not None:
            s.history.append(index)
            index = index + 1 if index + 1 < len(leaves) else None
            if index is None and prompts.first_missing(s.model, s.answers) is None:
                return "finish"
        elif isinstance(target, int):
            index = target


def _jump(s: _Session, index: int | None, choice: Any) -> int | None:
    if isinstance(choice, int):
        if index is not None and choice != index:
            s.history.append(index)
        return choice
    return index


def _resume_point(s: _Session, leaves: list[str]) -> int | None:
    c = prompts.counts(s.model, s.answers)
    first = prompts.first_missing(s.model, s.answers)
    if c["answered"] + c["na"] == 0 and first is not None:
        return leaves.index(first)
    choices = []
    if first is not None:
        message = t(s.lang, "resume_prompt", answered=c["answered"] + c["na"], total=c["total"])
        choices.append(questionary.Choice(t(s.lang, "resume_first", id=first), value="first"))
    else:
        message = t(s.lang, "resume_done")
        choices.append(questionary.Choice(t(s.lang, "finish"), value="finish"))
    choices.append(questionary.Choice(t(s.lang, "resume_review"), value="review"))
    choices.append(questionary.Choice(t(s.lang, "choice_overview"), value="overview"))
    choice = _select(message, choices)
    if choice == "first" and first is not None:
        return leaves.index(first)
    if choice == "review":
        return 0
    return None


def _leaf_step(s: _Session, index: int) -> Any:
    leaf_id = s.model.leaves[index].id
    p = prompts.leaf_prompt(s.model, s.answers, leaf_id, s.lang)
    if s.console.is_terminal:
        s.console.clear()
    s.console.print(question_screen(p, prompts.counts(s.model, s.answers), s.lang))
    width = max(40, min(s.console.width, 110) - 12)
    choices: list[Any] = [
        questionary.Choice(
            level["title"],
            value=level["value"],
            description="\n    ".join(textwrap.wrap(level["descriptor"], width)) or None,
        )
        for level in p["levels"]
    ]
    choices += [
        questionary.Separator(),
        questionary.Choice(t(s.lang, "choice_na"), value="na"),
        questionary.Choice(t(s.lang, "skip"), value="skip"),
        questionary.Choice(t(s.lang, "back"), value="back"),
        questionary.Choice(t(s.lang, "choice_overview"), value="overview"),
        questionary.Choice(t(s.lang, "save_exit"), value="exit"),
    ]
    # The question heads the list so it stays in view on small screens; prompt_toolkit
    # would break it mid-word, so wrap it here.
    question = "\n  ".join(textwrap.wrap(f"{p['id']}  {p['question']}", width + 8))
    if s.live:
        _drop_typeahead()
    choice = _select(
        question,
        choices,
        default=p["default"],
        instruction="\n  " + t(s.lang, "level_instruction"),
        description=t(s.lang, "level_description"),
    )
    if choice == "skip":
        return "next"
    if choice == "na":
        old = s.answers.answer(leaf_id)
        reason = _text(
            t(s.lang, "na_reason"),
            (old.reason or "") if old is not None else "",
            validate=lambda v: bool(v.strip()) or t(s.lang, "reason_required"),
        )
        s.set_answer(leaf_id, na=True, score=None, reason=reason.strip())
        return "next"
    if isinstance(choice, int):
        s.set_answer(leaf_id, score=float(choice), na=False, reason=None)
        return _details(s, leaf_id)
    return choice


def _details(s: _Session, leaf_id: str) -> str:
    """After a level: note, evidence and own target, each optional; Enter goes on."""
    while True:
        p = prompts.leaf_prompt(s.model, s.answers, leaf_id, s.lang)
        evidence = p["evidence"]
        choices = [
            questionary.Choice(t(s.lang, "next"), value="next"),
            questionary.Choice(t(s.lang, "edit_note" if p["note"] else "add_note"), value="note"),
            questionary.Choice(
                t(s.lang, "edit_evidence", count=len(evidence))
                if evidence
                else t(s.lang, "add_evidence"),
                value="evidence",
            ),
            questionary.Choice(t(s.lang, "set_target", target=f"{p['target']:g}"), value="target"),
        ]
        choice = _select(t(s.lang, "details_prompt", id=leaf_id), choices, default="next")
        if choice == "note":
            note = _text(
                t(s.lang, "note_prompt"),
                p["note"] or "",
                multiline=True,
                instruction=t(s.lang, "note_instruction"),
            )
            s.set_answer(leaf_id, note=note.strip() or None)
        elif choice == "evidence":
            text = _text(
                t(s.lang, "evidence_prompt"),
                ", ".join(evidence),
                instruction=t(s.lang, "evidence_instruction"),
            )
            s.set_answer(leaf_id, evidence=prompts.parse_evidence(text))
        elif choice == "target":
            s.set_answer(leaf_id, target=_ask_target(s, p))
        else:
            return str(choice)


def _ask_target(s: _Session, p: dict[str, Any]) -> float | None:
    fallback = leaf_target(None, s.answers.default_target, s.model.spec.default_target)
    choices: list[Any] = [
        questionary.Choice(t(s.lang, "target_default", target=f"{fallback:g}"), value="default")
    ]
    choices += [questionary.Choice(lv["title"], value=lv["value"]) for lv in p["levels"]]
    own = p["own_target"]
    choice = _select(
        t(s.lang, "target_prompt", id=p["id"]),
        choices,
        default=int(own) if own is not None else "default",
    )
    return None if choice == "default" else float(choice)


def _overview(s: _Session, index: int | None) -> Any:
    leaves = [leaf.id for leaf in s.model.leaves]
    c = prompts.counts(s.model, s.answers)
    if s.console.is_terminal:
        s.console.clear()
    s.console.print(
        Rule(Text(t(s.lang, "overview_title", answered=c["answered"] + c["na"], total=c["total"])))
    )
    choices: list[Any] = []
    if index is not None:
        choices.append(
            questionary.Choice(t(s.lang, "continue_walk", id=leaves[index]), value="continue")
        )
    for row in prompts.overview_rows(s.model, s.answers, s.lang):
        done = row["answered"] + row["na"]
        mark = "✔" if row["missing"] == 0 else " "
        na = f", {row['na']} N/A" if row["na"] else ""
        progress = f"{done}/{row['total']}{na}"
        title = f"{mark} {row['label']:<7} {row['name']:<50} {progress}"
        goto = row["first_missing"] or row["leaves"][0]
        choices.append(questionary.Choice(title, value=leaves.index(goto)))
    choices.append(questionary.Separator())
    if c["missing"]:
        choices.append(
            questionary.Choice(t(s.lang, "finish_incomplete", missing=c["missing"]), value="finish")
        )
    else:
        choices.append(questionary.Choice(t(s.lang, "finish"), value="finish"))
    choices.append(questionary.Choice(t(s.lang, "save_exit"), value="exit"))
    default = "continue" if index is not None else ("finish" if not c["missing"] else None)
    choice = _select(t(s.lang, "overview_prompt"), choices, default=default)
    return index if choice == "continue" else choice


def _finish(s: _Session, how: str) -> Outcome:
    c = prompts.counts(s.model, s.answers)
    out = s.console
    if how == "exit":
        s.save()
        out.print(t(s.lang, "saved", path=s.path), soft_wrap=True, highlight=False)
        out.print(t(s.lang, "resume_hint", path=s.path), soft_wrap=True, highlight=False)
        return Outcome("in_progress", s.path)
    if c["missing"] == 0:
        s.answers.status = "complete"
    s.save()
    out.print(summary(s.model, s.answers, s.lang))
    if c["missing"] == 0:
        out.print(
            t(s.lang, "walk_complete", total=c["total"]),
            style="bold green",
            soft_wrap=True,
            highlight=False,
        )
        out.print(t(s.lang, "saved", path=s.path), soft_wrap=True, highlight=False)
        out.print(t(s.lang, "report_hint", path=s.path), soft_wrap=True, highlight=False)
        return Outcome("complete", s.path)
    out.print(
        t(s.lang, "incomplete", missing=c["missing"]),
        style="yellow",
        soft_wrap=True,
        highlight=False,
    )
    out.print(t(s.lang, "saved", path=s.path), soft_wrap=True, highlight=False)
    out.print(t(s.lang, "resume_hint", path=s.path), soft_wrap=True, highlight=False)
    return Outcome("in_progress", s.path)


def _interrupted(s: _Session | None, console: Console) -> Outcome:
    if s is None:
        console.print(t(default_language(), "interrupted_nothing"), soft_wrap=True, highlight=False)
        return Outcome("interrupted", None)
    # Every change was saved when it was made; this save only repeats the last one.
    with contextlib.suppress(SiqError):
        s.save()
    c = prompts.counts(s.model, s.answers)
    answered = c["answered"] + c["na"]
    console.print(
        t(s.lang, "interrupted", answered=answered, total=c["total"], path=s.path), soft_wrap=True
    )
    console.print(t(s.lang, "resume_hint", path=s.path), soft_wrap=True, highlight=False)
    return Outcome("interrupted", s.path)
