"""The output formats, one typed class each: they serve the commands whose base class they take.

Each method imports the module that does the work only when called, so ``--help`` stays
fast. The registry that lists them is ``formats/__init__.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from siqassess.csvsafe import PLAIN, CsvDialect
from siqassess.reports.formats.interface import (
    CompareJob,
    GroupJob,
    PlanJob,
    Rendered,
    ReportJob,
    ResultWriter,
    WritesAggregate,
    WritesAnswers,
    WritesCheck,
    WritesCompare,
    WritesDocument,
    WritesPlan,
    WritesReport,
    WritesScore,
)

if TYPE_CHECKING:
    from siqassess.criteria.tree import LoadedModel
    from siqassess.io.answers import AnswersFile
    from siqassess.io.validation import FileReport


class Table(WritesScore, WritesCompare, WritesAggregate):
    """The terminal tables (rich)."""

    name = "table"

    def score_writer(
        self, out: IO[Any], *, detail: bool, lang: str, csv: CsvDialect = PLAIN
    ) -> ResultWriter:
        from siqassess.reports.formats import table

        return table.score_writer(out, detail=detail, lang=lang)

    def render_compare(self, job: CompareJob) -> Rendered:
        from siqassess.reports.formats import table

        return table.render_compare(job)

    def render_aggregate(self, job: GroupJob) -> Rendered:
        from siqassess.reports.formats import table

        return table.render_aggregate(job)


class Text(WritesCheck):
    """``validate``'s problems as ``file:line:column: message`` lines."""

    name = "text"

    def render_check(self, reports: list[FileReport], lang: str) -> str:
        from siqassess.io.validation import render_text

        return render_text(reports, lang)


class Github(WritesCheck):
    """``validate``'s problems as GitHub Actions annotations (English, as documented)."""

    name = "github"

    def render_check(self, reports: list[FileReport], lang: str) -> str:
        from siqassess.io.validation import render_github

        return render_github(reports)


class Json(WritesScore, WritesCompare, WritesAggregate, WritesCheck, WritesDocument):
    """JSON documents (see ``schema``)."""

    name = "json"
    extensions = (".json",)

    def score_writer(
        self, out: IO[Any], *, detail: bool, lang: str, csv: CsvDialect = PLAIN
    ) -> ResultWriter:
        from siqassess.reports.formats import json

        return json.score_writer(out, detail=detail, lang=lang)

    def render_compare(self, job: CompareJob) -> Rendered:
        from siqassess.reports.formats import json

        return json.render_compare(job)

    def render_aggregate(self, job: GroupJob) -> Rendered:
        from siqassess.reports.formats import json

        return json.render_aggregate(job)

    def render_check(self, reports: list[FileReport], lang: str) -> str:
        from siqassess.io.validation import render_json

        return render_json(reports)


class Jsonl(WritesScore):
    """JSON Lines: one result document per line, streamed."""

    name = "jsonl"
    extensions = (".jsonl",)

    def score_writer(
        self, out: IO[Any], *, detail: bool, lang: str, csv: CsvDialect = PLAIN
    ) -> ResultWriter:
        from siqassess.reports.formats import jsonl

        return jsonl.score_writer(out, detail=detail, lang=lang)


class Csv(WritesScore, WritesAggregate, WritesPlan):
    """CSV for spreadsheets and pivot tables."""

    name = "csv"
    extensions = (".csv",)

    def score_writer(
        self, out: IO[Any], *, detail: bool, lang: str, csv: CsvDialect = PLAIN
    ) -> ResultWriter:
        from siqassess.reports.formats import csv as module

        return module.score_writer(out, detail=detail, lang=lang, csv=csv)

    def render_aggregate(self, job: GroupJob) -> Rendered:
        from siqassess.reports.formats import csv

        return csv.render_aggregate(job)

    def render_plan(self, job: PlanJob) -> Rendered:
        from siqassess.reports.plan import plan_csv

        return Rendered(plan_csv(job.entries, job.model, job.lang, job.csv))


class Txt(WritesReport, WritesPlan):
    """Plain text reports (bars coloured on a terminal)."""

    name = "txt"
    extensions = (".txt",)

    def render_report(self, job: ReportJob) -> Rendered:
        from siqassess.reports.formats import txt

        return txt.render_report(job)

    def render_plan(self, job: PlanJob) -> Rendered:
        from siqassess.reports.formats import txt

        return txt.render_plan(job)


class Md(WritesReport, WritesCompare, WritesAggregate, WritesPlan):
    """Markdown; with -o, charts are SVG files beside it; the plan is a checklist."""

    name = "md"
    extensions = (".md", ".markdown")

    def render_report(self, job: ReportJob) -> Rendered:
        from siqassess.reports.formats import md

        return md.render_report(job)

    def render_compare(self, job: CompareJob) -> Rendered:
        from siqassess.reports.formats import md

        return md.render_compare(job)

    def render_aggregate(self, job: GroupJob) -> Rendered:
        from siqassess.reports.formats import md

        return md.render_aggregate(job)

    def render_plan(self, job: PlanJob) -> Rendered:
        from siqassess.reports.plan import plan_markdown

        return Rendered(plan_markdown(job.entries, job.model, job.lang, job.organisation))


class Html(WritesReport, WritesCompare, WritesAggregate, WritesPlan):
    """Self-contained HTML (charts inline, autoescaped)."""

    name = "html"
    extensions = (".html", ".htm")

    def render_report(self, job: ReportJob) -> Rendered:
        from siqassess.reports.formats import html

        return html.render_report(job)

    def render_compare(self, job: CompareJob) -> Rendered:
        from siqassess.reports.formats import html

        return html.render_compare(job)

    def render_aggregate(self, job: GroupJob) -> Rendered:
        from siqassess.reports.formats import html

        return html.render_aggregate(job)

    def render_plan(self, job: PlanJob) -> Rendered:
        from siqassess.reports.formats import html

        return html.render_plan(job)


class Pdf(WritesReport, WritesCompare, WritesAggregate, WritesPlan):
    """A4 PDF."""

    name = "pdf"
    extensions = (".pdf",)
    binary = True

    def render_report(self, job: ReportJob) -> Rendered:
        from siqassess.reports.formats import pdf

        return pdf.render_report(job)

    def render_compare(self, job: CompareJob) -> Rendered:
        from siqassess.reports.formats import pdf

        return pdf.render_compare(job)

    def render_aggregate(self, job: GroupJob) -> Rendered:
        from siqassess.reports.formats import pdf

        return pdf.render_aggregate(job)

    def render_plan(self, job: PlanJob) -> Rendered:
        from siqassess.reports.formats import pdf

        return pdf.render_plan(job)


class Docx(WritesReport, WritesCompare, WritesAggregate, WritesPlan):
    """Word documents to finish and send: headings, lists and tables in Word's own styles."""

    name = "docx"
    extensions = (".docx",)
    binary = True

    def render_report(self, job: ReportJob) -> Rendered:
        from siqassess.reports.formats import docx

        return docx.render_report(job)

    def render_compare(self, job: CompareJob) -> Rendered:
        from siqassess.reports.formats import docx

        return docx.render_compare(job)

    def render_aggregate(self, job: GroupJob) -> Rendered:
        from siqassess.reports.formats import docx

        return docx.render_aggregate(job)

    def render_plan(self, job: PlanJob) -> Rendered:
        from siqassess.reports.formats import docx

        return docx.render_plan(job)


class Yaml(WritesAggregate, WritesAnswers):
    """YAML answers files: a blank or converted one, and the team's consensus draft."""

    name = "yaml"
    extensions = (".yaml", ".yml")

    def render_aggregate(self, job: GroupJob) -> Rendered:
        from siqassess.reports.formats import yaml

        return yaml.render_aggregate(job)

    def write_answers(self, path: Path, answers: AnswersFile, model: LoadedModel) -> None:
        from siqassess.io.answers import save_answers

        save_answers(path, answers, model)


class Xlsx(WritesScore, WritesCompare, WritesAggregate, WritesPlan, WritesAnswers):
    """Excel workbooks: one sheet per view; for answers, the questionnaire workbook."""

    name = "xlsx"
    extensions = (".xlsx",)
    binary = True

    def score_writer(
        self, out: IO[Any], *, detail: bool, lang: str, csv: CsvDialect = PLAIN
    ) -> ResultWriter:
        from siqassess.reports.formats import xlsx

        return xlsx.score_writer(out, detail=detail, lang=lang)

    def render_compare(self, job: CompareJob) -> Rendered:
        from siqassess.reports.formats import xlsx

        return xlsx.render_compare(job)

    def render_aggregate(self, job: GroupJob) -> Rendered:
        from siqassess.reports.formats import xlsx

        return xlsx.render_aggregate(job)

    def render_plan(self, job: PlanJob) -> Rendered:
        from siqassess.reports.plan import plan_tables
        from siqassess.reports.xlsx import workbook_bytes

        return Rendered(data=workbook_bytes(plan_tables(job.entries, job.model, job.lang)))

    def write_answers(self, path: Path, answers: AnswersFile, model: LoadedModel) -> None:
        from siqassess.io.xlsx_write import write_questionnaire

        write_questionnaire(path, answers, model)
