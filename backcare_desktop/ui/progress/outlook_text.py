"""The Progress page's "is it working?" sentence, worded from ``core.progress.outlook``.

Each part is one translatable clause with placeholders (a counted one through
``tr("%n …(s)", "", n)``, whose singular and plural come from the translation,
English's included); the parts are joined by a translatable separator, so a
translation can word each clause as its language needs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from backcare_desktop.core.progress.outlook import Direction, Outlook, PlannedWeek
from backcare_desktop.ui.shell.i18n import number_text, tr


def _one(value: float) -> str:
    return number_text(value, 1)


def _span(o: Outlook) -> str:
    return tr("over %n week(s)", "", o.weeks) if o.weeks else tr("over %n day(s)", "", o.days)


def pain_part(o: Outlook) -> str:
    p = o.pain
    if p is None:
        return QCoreApplication.translate("Outlook", "No pain logged {span}").format(
            span=_span(o))
    if p.direction is None or p.start is None or p.end is None:
        return tr("Average pain {mean} on the %n day(s) logged {span}", "",
                  p.days_logged).format(mean=_one(p.mean), span=_span(o))
    text = {
        Direction.DOWN: QCoreApplication.translate(
            "Outlook", "Average pain down from {start} to {end} {span}"),
        Direction.UP: QCoreApplication.translate(
            "Outlook", "Average pain up from {start} to {end} {span}"),
        Direction.SAME: QCoreApplication.translate(
            "Outlook", "Average pain about the same ({start} to {end}) {span}"),
    }[p.direction]
    return text.format(start=_one(p.start), end=_one(p.end), span=_span(o))


def sessions_part(o: Outlook) -> str:
    if o.sessions == 0:
        return QCoreApplication.translate("Outlook", "no sessions")
    if o.sessions_per_week is None:
        return tr("%n session(s)", "", o.sessions)
    return QCoreApplication.translate("Outlook", "{rate} sessions a week").format(
        rate=_one(o.sessions_per_week))


def goal_part(o: Outlook) -> str:
    if o.weeks_counted == 0:
        return ""
    return tr("goal of {goal} met {met} of %n week(s)", "", o.weeks_counted).format(
        goal=o.goal, met=o.weeks_met)


def planned_part(rows: list[PlannedWeek]) -> str:
    """Planned against done over the range, when anything was planned."""
    past = sum(r.past_days for r in rows)
    if not past:
        return ""
    return tr("{missed} of %n planned day(s) missed", "", past).format(
        missed=sum(r.missed_days for r in rows))


def sentence(o: Outlook, planned: list[PlannedWeek] | None = None) -> str:
    parts = [pain_part(o), sessions_part(o), goal_part(o), planned_part(planned or [])]
    separator = QCoreApplication.translate("Outlook", "; ", "between the parts of a sentence")
    return QCoreApplication.translate("Outlook", "{parts}.").format(
        parts=separator.join(p for p in parts if p))
