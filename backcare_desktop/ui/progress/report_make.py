"""Making the report and the programme sheet from the repository: shared by the
window and the command line.

``report_bytes`` reads the records of a range, works the report out and draws
it; ``LAST_REPORT`` remembers the last day a saved report covered, so the next
one starts the day after.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale

from backcare_desktop.core.progress.report import Report, Words, build_report, default_range
from backcare_desktop.core.routines.library import load_library
from backcare_desktop.core.routines.model import Routine
from backcare_desktop.storage.report_data import report_records
from backcare_desktop.storage.repository import Repository
from backcare_desktop.ui.shell import i18n

LAST_REPORT = "report.last_day"
"""ui state: the last day the latest saved report covered (ISO date)."""


def last_report_day(repo: Repository) -> date | None:
    value = repo.get_ui_state(LAST_REPORT)
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def default_report_range(repo: Repository, today: date) -> tuple[date, date]:
    return default_range(today, last_report_day(repo))


def routines_by_id(routines_dir: Path) -> dict[str, Routine]:
    return {r.id: r.in_language(i18n.shown()) for r in load_library(routines_dir).routines}


def report_words() -> Words:
    """The report's words in the shown language, figures and days in the locale's."""
    from backcare_desktop.ui.progress.report_pdf import figure, long_day, slot_text
    from backcare_desktop.ui.shell.i18n import tr

    return Words(tr=tr, figure=figure, day=long_day, slot=slot_text)


@dataclass(frozen=True)
class Made:
    report: Report
    pdf: bytes


def make_report(repo: Repository, routines: dict[str, Routine], first: date, last: date,
                today: date, *, name: str = "", locale: QLocale | None = None) -> Made:
    from backcare_desktop.ui.progress.report_pdf import report_pdf

    records = report_records(repo, first, last, today)
    peg = repo.peg_answers(first, last)  # the weekly scores of the period
    report = build_report(records, plan=repo.load_plan(today), routines=routines, peg=peg,
                          name=name, words=report_words())
    return Made(report, report_pdf(report, locale))
