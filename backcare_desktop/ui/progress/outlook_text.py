"""The Progress page's "is it working?" sentence, worded from ``core.progress.outlook``.

Each part is one translatable phrase with placeholders (and ``%n`` where a
count decides the plural form); the parts are joined by a translatable
separator, so a translation can order and word them as its language needs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from backcare_desktop.core.progress.outlook import Direction, Outlook, PlannedWeek


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Outlook", text, None, n)


def _one(value: float) -> str:
    return QLocale().toString(value, "f", 1)


def _span(o: Outlook) -> str:
    return _tr("over %n weeks", o.weeks) if o.weeks else _tr("over %n days", o.days)


def pain_part(o: Outlook) -> str:
    p = o.pain
    if p is None:
        return _tr("No pain logged {span}").format(span=_span(o))
    if p.direction is None or p.start is None or p.end is None:
        return _tr("Average pain {mean} on the %n days logged {span}", p.days_logged).format(
            mean=_one(p.mean), span=_span(o))
    text = {
        Direction.DOWN: _tr("Average pain down from {start} to {end} {span}"),
        Direction.UP: _tr("Average pain up from {start} to {end} {span}"),
        Direction.SAME: _tr("Average pain about the same ({start} to {end}) {span}"),
    }[p.direction]
    return text.format(start=_one(p.start), end=_one(p.end), span=_span(o))


def sessions_part(o: Outlook) -> str:
    if o.sessions == 0:
        return _tr("no sessions")
    if o.sessions_per_week is None:
        return _tr("%n sessions", o.sessions)
    return _tr("{rate} sessions a week").format(rate=_one(o.sessions_per_week))


def goal_part(o: Outlook) -> str:
    if o.weeks_counted == 0:
        return ""
    return _tr("goal of {goal} met %n of {weeks} weeks", o.weeks_met).format(
        goal=o.goal, weeks=o.weeks_counted)


def planned_part(rows: list[PlannedWeek]) -> str:
    """Planned against done over the range, when anything was planned."""
    past = sum(r.past_days for r in rows)
    if not past:
        return ""
    return _tr("{missed} of %n planned days missed", past).format(
        missed=sum(r.missed_days for r in rows))


def sentence(o: Outlook, planned: list[PlannedWeek] | None = None) -> str:
    parts = [pain_part(o), sessions_part(o), goal_part(o), planned_part(planned or [])]
    return _tr("{parts}.").format(parts=_tr("; ").join(p for p in parts if p))
