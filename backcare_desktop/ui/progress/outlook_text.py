"""The Progress page's "is it working?" sentence, worded from ``core.progress.outlook``.

Each part is one translatable phrase with placeholders (and ``%n`` where a
count decides the plural form); the parts are joined by a translatable
separator, so a translation can order and word them as its language needs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from backcare_desktop.core.progress.outlook import Direction, Outlook, PlannedWeek

# Without a translation loaded Qt only puts the number in for %n; the English
# singular of each plural phrase is here, so "1 session" reads right too.
_ENGLISH_ONE = {
    "over %n weeks": "over %n week",
    "over %n days": "over %n day",
    "Average pain {mean} on the %n days logged {span}":
        "Average pain {mean} on the %n day logged {span}",
    "%n sessions": "%n session",
    "goal of {goal} met {met} of %n weeks": "goal of {goal} met {met} of %n week",
    "{missed} of %n planned days missed": "{missed} of %n planned day missed",
    "%n sessions done": "%n session done",
    "%n sessions planned": "%n session planned",
}


def plural(context: str, text: str, n: int) -> str:
    """``text`` translated for the count ``n`` (``%n`` in it)."""
    translated = QCoreApplication.translate(context, text, None, n)
    if n == 1 and text in _ENGLISH_ONE and translated == text.replace("%n", "1"):
        return _ENGLISH_ONE[text].replace("%n", "1")
    return translated


def _tr(text: str, n: int = -1) -> str:
    if n >= 0:
        return plural("Outlook", text, n)
    return QCoreApplication.translate("Outlook", text)


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
    return _tr("goal of {goal} met {met} of %n weeks", o.weeks_counted).format(
        goal=o.goal, met=o.weeks_met)


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
