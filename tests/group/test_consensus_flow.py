"""The whole consensus on examples/team/: draft → edit → close (refused, then accepted) → report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml
from typer.testing import CliRunner

from siqassess.cli import app
from siqassess.io.answers import read_answers
from siqassess.io.models import resolve_model

from .conftest import TEAM

runner = CliRunner()

AGREED = {  # what the meeting agreed on the five questions it disagreed on, and why
    "F1.2": (40, "Brukarna är med tidigt i lekplatsprojekt men inte i VA; 40 speglar det."),
    "F2.3": (40, "Målen finns i styrkortet men följs bara upp i bokslutet."),
    "F3.4": (30, "Enhetscheferna beskriver att besluten fortfarande går via dem."),
    "F5.2": (20, "Sensorprojektet saknar budget och uppföljning."),
    "R2": (50, "Sjukfrånvaron följs men inte per arbetslag."),
}


def _edit(path: Path, reasons: bool) -> None:
    """As a person would: load the YAML, fill in the blanks, and (or not) write the reasons."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for leaf_id, (score, reason) in AGREED.items():
        data["answers"][leaf_id]["score"] = score
        if reasons:
            data["answers"][leaf_id]["reason"] = reason
    data["answers"]["F1.1"]["score"] = 50  # away from the suggestion, 60
    if reasons:
        data["answers"]["F1.1"]["reason"] = "Dialogen når inte VA-kunderna."
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_the_team_agrees_in_a_meeting_and_the_agreed_file_carries_the_decisions(
    tmp_path: Path,
) -> None:
    draft = tmp_path / "utkast.yaml"
    made = runner.invoke(app, ["aggregate", *map(str, TEAM), "-f", "yaml", "-o", str(draft)])
    assert made.exit_code == 0, made.output
    model = resolve_model("siq-2019-1")
    back = read_answers(draft, model)
    assert back.status == "draft"
    blank = [k for k, a in back.answers.items() if a is not None and a.respondents]
    assert blank == list(AGREED)
    f12 = back.answers["F1.2"]
    assert f12 is not None and f12.score is None
    assert [(p.name, p.role, p.score) for p in f12.respondents] == [
        ("Anna Lind, förvaltningschef", "ledning", 40),
        ("Johan Berg, enhetschef gata/park", "chef", 30),
        ("Sara Ek, kvalitetssamordnare", "medarbetare", 70),
    ]
    f34 = back.answers["F3.4"]
    assert f34 is not None
    assert (
        f34.respondents[1].note == "Mina medarbetare måste fråga mig om nästan allt. Det tar tid."
    )

    agreed = tmp_path / "överenskommen.yaml"
    close = ["consensus", "close", str(draft), "-o", str(agreed), "-l", "sv"]
    close += ["--present", "Anna Lind; Johan Berg; Sara Ek", "--date", "2026-11-02"]
    untouched = runner.invoke(app, close)
    assert untouched.exit_code == 1
    assert [line.split(": ", 3)[-1] for line in untouched.output.splitlines()] == [
        f"{leaf} är fortfarande tom: skriv poängen som mötet enades om (score:), eller na: true "
        f"med en motivering [answers.{leaf}.score]"
        for leaf in AGREED
    ]

    _edit(draft, reasons=False)
    unexplained = runner.invoke(app, close)
    assert unexplained.exit_code == 1 and not agreed.exists()
    assert [line.split(": ", 3)[-1] for line in unexplained.output.splitlines()] == [
        "F1.1: mötet enades om 50 och utkastet föreslog 60: skriv varför i en motivering på en "
        "rad (reason:) [answers.F1.1.reason]",
        *(
            f"{leaf} lämnades till mötet, som enades om {score}: skriv varför i en motivering "
            f"på en rad (reason:) [answers.{leaf}.reason]"
            for leaf, (score, _) in AGREED.items()
        ),
    ]

    _edit(draft, reasons=True)
    done = runner.invoke(app, close)
    assert done.exit_code == 0, done.output
    assert done.output == (
        f"Den överenskomna filen är skriven: {agreed} (6 beslut i loggen; närvarande: "
        "Anna Lind, Johan Berg, Sara Ek).\n"
    )
    result = read_answers(agreed, model)
    assert result.status == "complete"
    log = result.consensus
    assert log is not None
    assert (log.date, log.present) == (dt.date(2026, 11, 2), ["Anna Lind", "Johan Berg", "Sara Ek"])
    assert [(d.leaf, d.draft, d.agreed, d.reason) for d in log.decisions] == [
        ("F1.1", 60, 50, "Dialogen når inte VA-kunderna."),
        *((leaf, None, score, reason) for leaf, (score, reason) in AGREED.items()),
    ]
    assert all(a is None or not a.respondents for a in result.answers.values())

    report = runner.invoke(app, ["report", str(agreed), "-f", "md", "-l", "sv"])
    assert report.exit_code == 0, report.output
    assert report.stderr == ""  # an agreed file is no draft
    assert report.stdout.startswith("# Gapanalys: Norrvik Kommun")
    draft_report = runner.invoke(app, ["report", str(draft), "-f", "md", "-l", "sv"])
    assert draft_report.stdout.startswith("# Utkast till konsensus – Gapanalys: Norrvik Kommun")
    assert draft_report.stderr == (  # every question answered, but a draft until closed
        f"Utkast till konsensus – {draft} är inte ett överenskommet resultat förrän det är "
        f"stängt: siqassess consensus close {draft} -o ÖVERENSKOMMEN.yaml\n"
    )
