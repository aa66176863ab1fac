"""The Progress page's SQL aggregates, on a real database."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from backcare_desktop.core.progress.stats import PainDay, SessionDay, SessionPain
from backcare_desktop.storage.progress_data import HistoryFilter, HistoryRoutine, ProgressSource
from backcare_desktop.storage.repository import Repository

CET, CEST = timezone(timedelta(hours=1)), timezone(timedelta(hours=2))


def at(y: int, m: int, d: int, h: int, tz: timezone = CET) -> datetime:
    return datetime(y, m, d, h, tzinfo=tz)


def test_pain_days_group_by_the_local_day_across_a_dst_change(repo: Repository) -> None:
    # 29 March 2026: clocks go forward in Europe at 02:00.
    repo.add_pain(4, at(2026, 3, 29, 1, CET))
    repo.add_pain(8, at(2026, 3, 29, 23, CEST))  # 21:00 UTC, still 29 Mar locally
    repo.add_pain(2, at(2026, 3, 30, 0, CEST))  # 22:00 UTC on the 29th, local 30 Mar
    got = ProgressSource(repo).pain_days(date(2026, 3, 28), date(2026, 3, 31))
    assert got == [PainDay(date(2026, 3, 29), 6.0, 8), PainDay(date(2026, 3, 30), 2.0, 2)]


def test_sessions_per_day_count_finished_and_sum_active_time(repo: Repository) -> None:
    a = repo.start_session("core", "Core", 600, at(2026, 12, 31, 23))
    repo.finish_session(a, "finished", at(2027, 1, 1, 0), 540)
    b = repo.start_session("core", "Core", 600, at(2027, 1, 1, 9))
    repo.finish_session(b, "stopped", at(2027, 1, 1, 9), 120, stop_reason="stopped")
    got = ProgressSource(repo).session_days(date(2026, 12, 30), date(2027, 1, 2))
    assert got == [SessionDay(date(2026, 12, 31), 1, 540.0), SessionDay(date(2027, 1, 1), 0,
                                                                          120.0)]


def test_pain_before_and_after_pairs_and_history(repo: Repository) -> None:
    s = repo.start_session("core", "Core", 600, at(2026, 6, 1, 9))
    repo.add_pain(6, at(2026, 6, 1, 9), session_id=s, moment="before")
    repo.record_step(s, 0, "Bridge", "completed", 2, 10, 60, at(2026, 6, 1, 9))
    repo.record_step(s, 1, "Plank", "skipped", 0, 0, 0, at(2026, 6, 1, 9))
    repo.finish_session(s, "finished", at(2026, 6, 1, 10), 500)
    repo.add_pain(4, at(2026, 6, 1, 10), session_id=s, moment="after")
    repo.set_session_feeling(s, "about_right")
    lonely = repo.start_session("flex", "Flexibility", 300, at(2026, 6, 2, 9))
    repo.add_pain(3, at(2026, 6, 2, 9), session_id=lonely, moment="before")
    pairs = ProgressSource(repo).session_pain(date(2026, 6, 1), date(2026, 6, 30))
    assert pairs == [SessionPain("Core", date(2026, 6, 1), 6, 4)]
    history = ProgressSource(repo).session_history()
    assert [h.routine_title for h in history] == ["Flexibility", "Core"]
    core = history[1]
    assert (core.done, core.skipped, core.pain_before, core.pain_after, core.feeling) == (
        1, 1, 6, 4, "about_right")
    flex = HistoryFilter(routine_id="flex")
    assert [h.id for h in ProgressSource(repo).session_history(flex)] == [lonely]
    day = HistoryFilter(first=date(2026, 6, 2), last=date(2026, 6, 2))
    assert [h.id for h in ProgressSource(repo).session_history(day)] == [lonely]
    assert ProgressSource(repo).routines_in_history() == [
        HistoryRoutine("core", "Core"), HistoryRoutine("flex", "Flexibility")]
    assert ProgressSource(repo).earliest_day() == date(2026, 6, 1)


def test_pain_entries_are_edited_and_deleted(repo: Repository) -> None:
    entry = repo.add_pain(5, at(2026, 6, 1, 9), area="neck", note="stiff")
    repo.update_pain(entry, 3, at(2026, 6, 1, 8), area="lower_back", note="better")
    [got] = ProgressSource(repo).pain_entries(date(2026, 6, 1), date(2026, 6, 1))
    assert (got.level, got.area, got.note, got.at.hour) == (3, "lower_back", "better", 8)
    with pytest.raises(ValueError, match="pain area 'knee' is not one of"):
        repo.update_pain(entry, 3, at(2026, 6, 1, 8), area="knee", note="")
    with pytest.raises(ValueError, match="pain level = 11 is outside 0–10"):
        repo.add_pain(11, at(2026, 6, 1, 8))
    repo.delete_pain(entry)
    assert ProgressSource(repo).pain_entries(date(2026, 6, 1), date(2026, 6, 1)) == []
    assert ProgressSource(repo).earliest_day() is None


def test_daily_totals_are_read_from_the_local_day_indexes(repo: Repository) -> None:
    conn = repo._conn
    traced: list[str] = []
    conn.set_trace_callback(traced.append)
    ProgressSource(repo).pain_days(date(2026, 1, 1), date(2026, 12, 31))
    repo.water_per_day(date(2026, 1, 1), date(2026, 12, 31))
    conn.set_trace_callback(None)
    plans = [str(conn.execute("EXPLAIN QUERY PLAN " + sql).fetchall()) for sql in traced
             if sql.startswith("SELECT")]
    # From the index alone, the check that each time can be read included.
    assert any("USING COVERING INDEX pain_by_day" in p for p in plans)
    assert any("USING COVERING INDEX water_by_day" in p for p in plans)


def test_the_year_calendar_and_sentence_from_the_stored_days(repo: Repository) -> None:
    from backcare_desktop.core.progress.outlook import DayState, outlook, year_calendar

    today = date(2027, 1, 5)
    a = repo.start_session("core", "Core", 600, at(2026, 12, 31, 23))  # local 31 Dec
    repo.finish_session(a, "finished", at(2027, 1, 1, 0), 540)
    b = repo.start_session("core", "Core", 600, at(2027, 1, 2, 9))
    repo.finish_session(b, "stopped", at(2027, 1, 2, 9), 120, stop_reason="stopped")
    repo.add_pain(6, at(2026, 12, 31, 8))
    repo.add_pain(2, at(2026, 12, 31, 20))
    repo.add_pain(3, at(2027, 1, 4, 8))
    source = ProgressSource(repo)
    first = date(2026, 12, 1)
    sessions, pain = source.session_days(first, today), source.pain_days(first, today)
    cal = year_calendar(today, sessions, pain, {date(2027, 1, 2): ["core"]}, set(), today)
    done = cal.get(date(2026, 12, 31))
    assert done is not None and done.state is DayState.DONE and done.sessions == 1
    assert (done.pain_mean, done.pain_worst) == (4.0, 6)
    stopped = cal.get(date(2027, 1, 2))  # a stopped session is not a session done
    assert stopped is not None and stopped.state is DayState.MISSED
    o = outlook(date(2026, 12, 31), date(2027, 1, 4), pain, sessions, 3, today)
    assert o.pain is not None and (o.pain.start, o.pain.end) == (4.0, 3.0)  # a day each
    assert o.sessions == 1 and o.sessions_per_week is None  # five days: no weekly rate
