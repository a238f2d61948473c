"""An interview session: opening or creating its file, repairing bad values, and ending it."""

from __future__ import annotations

import contextlib
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import questionary
from prompt_toolkit.application.current import get_app_session
from rich.console import Console

from siqassess.core.assessment import Repair
from siqassess.core.coverage import coverage_text
from siqassess.criteria.tree import LoadedModel, scale_values
from siqassess.errors import NoTerminalError, SiqError
from siqassess.i18n import catalogue, default_language, languages, t, tn
from siqassess.interview import prompts
from siqassess.interview.paths import default_path
from siqassess.interview.summary import summary
from siqassess.io.answers import (
    Answer,
    AnswersFile,
    new_answers,
    save_answers,
)
from siqassess.io.assessment import read_assessment
from siqassess.io.lock import lock
from siqassess.io.models import Models, resolve_model
from siqassess.textfit import fit_prompt, wrap_whole
from siqassess.textsafe import one_line

Ending = Literal["complete", "in_progress", "interrupted"]


@dataclass(frozen=True)
class Outcome:
    """How a session ended, and where its answers are."""

    ending: Ending
    path: Path | None


@dataclass
class Session:
    """The model, the answers being edited, and where they are saved."""

    model: LoadedModel
    answers: AnswersFile
    path: Path
    lang: str
    console: Console
    repairs: list[Repair] = field(default_factory=list)
    history: list[int] = field(default_factory=list)

    def save(self) -> None:
        """Write the answers file now (atomically)."""
        save_answers(self.path, self.answers, self.model)

    def set_answer(self, leaf_id: str, **changes: Any) -> None:
        """Change fields of one leaf's answer and save at once."""
        old = self.answers.answer(leaf_id)
        data = old.model_dump() if old is not None else {}
        data.update(changes)
        self.answers.answers[leaf_id] = Answer.model_validate(data)
        self.save()

    def repair_message(self, leaf_id: str) -> str:
        """What was wrong with this leaf in the file, in the user's language, or ``""``."""
        texts = []
        for repair in self.repairs:
            if repair.leaf_id != leaf_id:
                continue
            values = scale_values(self.model.scale_of(self.model.nodes[leaf_id]))
            step = values[1] - values[0] if len(values) > 1 else 0
            key = {"score": "bad_score", "target": "bad_target", "na": "bad_na", "both": "bad_both"}
            texts.append(
                t(
                    self.lang,
                    key[repair.key],
                    where=repair.where,
                    id=leaf_id,
                    value=f"{repair.value:g}" if isinstance(repair.value, float) else repair.value,
                    low=values[0],
                    high=values[-1],
                    step=step,
                )
            )
        return " ".join(texts)


def check_terminal(lang: str | None = None) -> None:
    """Raise :class:`NoTerminalError` unless stdin and stdout are both terminals; the message
    is in ``lang``, else the locale's language."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise NoTerminalError(t(default_language(lang), "no_terminal"))


def ask(question: questionary.Question) -> Any:
    """Ask, letting Ctrl-C through as KeyboardInterrupt instead of returning None."""
    return question.unsafe_ask()


def select(message: str, choices: list[Any], lang: str, default: Any = None) -> Any:
    """A questionary menu whose instruction is in the user's language (arrows, or 1, 2, …).

    Every menu of the interview goes through here, so the terminal guard is applied here to
    its texts (a model's factor names in the overview, its level labels in the target menu).
    """
    for choice in choices:
        if isinstance(choice, questionary.Choice) and isinstance(choice.title, str):
            choice.title = one_line(choice.title)
    hint = t(lang, "menu_keys" if len(choices) <= 9 else "menu_arrows")
    width = get_app_session().output.get_size().columns
    message, hint = fit_prompt(message, hint, width)  # broken at spaces, not by the terminal
    question = questionary.select(
        message, choices, default=default, use_shortcuts=len(choices) <= 9, instruction=hint
    )
    return ask(question)


def say(console: Console, text: str, path: Path | None = None, style: str = "") -> None:
    """Print a message fitted to the terminal at spaces, a file's path never broken (#27)."""
    whole = (str(path),) if path is not None else ()
    for line in wrap_whole(text, console.width, whole):
        console.print(line, style=style, soft_wrap=True, highlight=False, markup=False)


def ask_text(message: str, default: str = "") -> str:
    """A one-line questionary text prompt."""
    return str(ask(questionary.text(message, default=default)) or "")


def _path_problem(path: Path, lang: str) -> str:
    """Why answers cannot be saved at ``path``, or ``""``."""
    if path.is_dir():
        return t(lang, "bad_path_dir")
    folder = path.parent
    if not folder.is_dir():
        return t(lang, "bad_path_folder", folder=folder)
    return ""


def ask_path(lang: str, console: Console) -> Path:
    """Ask for the file name until it names a place where a file can be written."""
    while True:
        path = Path(ask_text(t(lang, "file_prompt"), str(default_path())).strip() or ".")
        problem = _path_problem(path, lang)
        if not problem:
            return path
        say(console, t(lang, "bad_path", path=path, reason=problem), path)


def start(
    path: Path | None,
    model_option: str | None,
    lang_option: str | None,
    console: Console,
    held: contextlib.ExitStack | None = None,
) -> Session:
    """Open ``path`` (asking for it when missing), or create it, and save it at once.

    With ``held``, the file's advisory lock is taken into it before the file is read, so a
    second session on the same file exits 2 (#11 §6).
    """
    lang = lang_option
    asked = path is None
    if path is None or not path.exists():
        lang = lang or ask_language(default_language())
        if path is None:
            path = ask_path(lang, console)
    while True:
        if held is not None:
            held.enter_context(lock(path))
        resumed = path.exists()
        repairs: list[Repair] = []
        if resumed:
            read = read_assessment(path, Models(model_option), repair=True)
            model, answers, repairs = read.model, read.answers, list(read.repairs)
        else:
            model = resolve_model(model_option)
            answers = new_answers(model, language=lang or default_language())
        lang = model.language(default_language(lang, answers.language))
        answers.language = lang
        session = Session(model, answers, path, lang, console, repairs)
        try:
            session.save()  # at once, so an unwritable folder fails before any question
            break
        except SiqError as error:
            if not asked:
                raise
            say(console, t(lang, "bad_path", path=path, reason=error), path)
            path = ask_path(lang, console)
    message = t(lang, "resumed" if resumed else "created", path=path)
    say(console, message, path, "dim")
    return session


def ask_language(default: str) -> str:
    """The language of a new file: one choice per shipped catalogue, by its own name."""
    choices = [questionary.Choice(catalogue(code).name, value=code) for code in languages()]
    return str(select(t(default, "language_prompt"), choices, default, default=default))


def ask_names(s: Session, organisation: str | None, respondent: str | None) -> None:
    """Set organisation and respondent from the options, else ask when the file has none."""
    answers = s.answers
    if organisation is not None:
        answers.organisation = organisation
    elif not answers.organisation:
        answers.organisation = ask_text(t(s.lang, "organisation")).strip()
    if respondent is not None:
        answers.respondent = respondent
    elif not answers.respondent and answers.status != "draft":  # a draft is the team's
        answers.respondent = ask_text(t(s.lang, "respondent_prompt")).strip()
    s.save()


def finish(s: Session, how: str) -> Outcome:
    """Save, and show the summary unless the user chose to save and quit."""
    c = prompts.counts(s.model, s.answers)
    out = s.console

    def said(text: str, style: str = "") -> None:
        say(out, text, s.path, style)

    if how == "exit":
        s.save()
        said(t(s.lang, "saved_counted", path=s.path, coverage=_counted(s)))
        said(t(s.lang, "resume_hint", path=s.path))
        return Outcome("in_progress", s.path)
    if c["missing"] == 0 and s.answers.status != "draft":  # only consensus close agrees
        s.answers.status = "complete"
    s.save()
    out.print(summary(s.model, s.answers, s.lang, width=out.width, height=out.height))
    if c["missing"] == 0 and s.answers.status == "draft":  # agreed only when closed
        said(t(s.lang, "draft_first_line_ready", file=s.path), "bold")
        return Outcome("in_progress", s.path)
    if c["missing"] == 0:
        said(t(s.lang, "done_counted", coverage=_counted(s), path=s.path), "bold green")
        return Outcome("complete", s.path)
    said(tn(s.lang, "n_unanswered", c["missing"]), "yellow")
    said(t(s.lang, "resume_hint", path=s.path))
    return Outcome("in_progress", s.path)


def _counted(s: Session) -> str:
    c = prompts.counts(s.model, s.answers)
    return coverage_text(s.lang, c["answered"], c["na"], c["missing"])


def interrupted(s: Session | None, console: Console) -> Outcome:
    """After Ctrl-C or end of input: say how much is saved and how to go on."""
    if s is None:
        say(console, t(default_language(), "interrupted_nothing"))
        return Outcome("interrupted", None)
    # Every change was saved when it was made; this save only repeats the last one.
    with contextlib.suppress(SiqError):
        s.save()
    said = t(s.lang, "interrupted", path=s.path, coverage=_counted(s))
    say(console, said, s.path)
    say(console, t(s.lang, "resume_hint", path=s.path), s.path)
    return Outcome("interrupted", s.path)
