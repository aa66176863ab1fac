"""The Progress page draws the right series for each range, offscreen."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from backcare_desktop.storage.progress_data import ProgressSource
from backcare_desktop.storage.repository import Repository
from backcare_desktop.ui.progress import charts as charts
from backcare_desktop.ui.progress.page import ProgressPage
from backcare_desktop.ui.shell.i18n import date_text
from tests.ui.conftest import DialogLog

TZ = timezone(timedelta(hours=1))
TODAY = date(2026, 11, 24)  # a Tuesday


def at(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=TZ)


@pytest.fixture
def page(qtbot: QtBot, repo: Repository) -> ProgressPage:
    widget = ProgressPage(ProgressSource(repo), lambda: TODAY)
    qtbot.addWidget(widget)
    return widget


def days_of(xs: np.ndarray) -> list[date]:
    return [datetime.fromtimestamp(x).date() for x in xs]


def test_a_new_user_sees_what_to_do_first(page: ProgressPage) -> None:
    page.refresh()
    assert page.empty
    assert "Start a routine" in page.empty_text.text()


def test_each_range_gets_its_own_days(page: ProgressPage, repo: Repository) -> None:
    for back in (0, 5, 20, 200, 500):
        repo.add_pain(back % 10, at(TODAY - timedelta(days=back)))
    page.refresh()
    assert not page.empty
    shown = {}
    for name in ("2 weeks", "3 months", "1 year", "All"):
        page.range.setCurrentText(name)
        shown[name] = days_of(page.pain_chart.series["mean"][0])
    assert shown["2 weeks"] == [TODAY - timedelta(days=5), TODAY]
    assert shown["3 months"] == [TODAY - timedelta(days=d) for d in (20, 5, 0)]
    assert len(shown["1 year"]) == 4 and len(shown["All"]) == 5
    rolling_x, rolling_y = page.pain_chart.series["rolling"]
    assert days_of(rolling_x)[0] == date(2025, 7, 12)  # "All" starts at the first record
    assert rolling_y[-1] == pytest.approx((0 + 5) / 2)  # today and 5 days ago


def test_sessions_per_week_water_and_pain_per_routine(page, repo: Repository) -> None:
    monday = date(2026, 11, 23)
    for day in (monday - timedelta(days=7), monday - timedelta(days=6), monday):
        s = repo.start_session("core", "Core", 600, at(day))
        repo.add_pain(6, at(day), session_id=s, moment="before")
        repo.finish_session(s, "finished", at(day, 10), 600)
        repo.add_pain(3, at(day, 10), session_id=s, moment="after")
    repo.add_water(500, at(TODAY))
    repo.add_water(250, at(TODAY - timedelta(days=1)))
    page.range.setCurrentText("2 weeks")
    page.refresh()
    _x, sessions = page.weeks_chart.series["sessions"]
    assert sessions.tolist() == [2.0, 1.0]  # weeks of 16 and 23 Nov (none before the first)
    wx, water = page.water_chart.series["water"]
    assert len(wx) == 14 and water[-2:].tolist() == [250.0, 500.0]
    assert page.routine_chart.series["before"][1].tolist() == [6.0]
    assert page.routine_chart.series["after"][1].tolist() == [3.0]
    assert page.cards["sessions"].value.text() == "1"
    assert page.cards["sessions"].compare.text() == "Last week: 2"
    assert page.cards["minutes"].value.text() == "10 min"
    assert "Weeks in a row meeting your goal of 3 sessions: 0 (best 0)" in page.streak.text()


def test_a_chart_is_saved_as_png(page, repo, dialog_log: DialogLog, tmp_path: Path) -> None:
    repo.add_pain(4, at(TODAY))
    page.refresh()
    target = tmp_path / "pain.png"
    dialog_log.answers["save_png"] = target
    page.save_buttons["Pain"].click()
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_hover_reads_out_exact_values(page, repo) -> None:
    repo.add_pain(4, at(TODAY, 8))
    repo.add_pain(8, at(TODAY, 18))
    page.refresh()
    assert page.pain_chart._hover(charts.day_x(TODAY)) == (
        date_text(date(2026, 11, 24), long=True) + "\nAverage pain 6.0, worst 8")
    assert page.pain_chart._hover(charts.day_x(TODAY) - 3 * charts.DAY_S) is None


def test_the_worst_pain_band_is_filled(page, repo) -> None:
    for back, (low, high) in enumerate([(2, 6), (3, 8), (1, 4)]):
        repo.add_pain(low, at(TODAY - timedelta(days=back), 8))
        repo.add_pain(high, at(TODAY - timedelta(days=back), 18))
    page.refresh()
    opts = page.pain_chart.band.opts
    # one bar per day, from the day's average up to its worst
    assert list(opts["y0"]) == [2.5, 5.5, 4.0]
    assert list(opts["y0"] + opts["height"]) == [4.0, 8.0, 6.0]


def test_an_interrupted_session_counts_the_minutes_its_steps_saved(page, repo) -> None:
    s = repo.start_session("core", "Core", 600, at(TODAY))
    repo.record_step(s, 0, "Bridge", "completed", 2, 10, 150, at(TODAY))
    repo.record_step(s, 1, "Plank", "completed", 1, 0, 90, at(TODAY))
    repo.mark_unfinished_sessions_interrupted()
    page.refresh()
    assert page.cards["minutes"].value.text() == "4 min"
    assert page.cards["sessions"].value.text() == "0"  # finished sessions only
    this_week = charts.day_x(date(2026, 11, 23)) + 3 * charts.DAY_S
    assert page.weeks_chart._hover(this_week) == (
        "Week of " + date_text(date(2026, 11, 23)) + "\n0 sessions, 4 minutes (goal 3)")


class CountingSource(ProgressSource):
    """Counts the queries the page makes."""

    def __init__(self, repo: Repository) -> None:
        super().__init__(repo)
        self.reads = 0

    def pain_days(self, first: date, last: date) -> list:
        self.reads += 1
        return super().pain_days(first, last)


def test_the_page_is_readied_in_small_steps_then_shown_without_reading(qtbot, repo) -> None:
    for back in range(30):
        repo.add_pain(back % 10, at(TODAY - timedelta(days=back)))
    source = CountingSource(repo)
    page = ProgressPage(source, lambda: TODAY)
    qtbot.addWidget(page)
    steps = page.preparation()
    next(steps)
    assert len(page.save_buttons) == 1  # one chart per step
    assert len(list(steps)) >= 8  # the other charts, each query, the charts given the data
    assert not page.stale and source.reads == 1
    assert len(page.pain_chart.series["mean"][0]) == 30
    page.show()
    qtbot.waitExposed(page)
    assert source.reads == 1  # shown as it was readied


def test_records_that_change_while_it_is_readied_are_read_when_shown(qtbot, repo) -> None:
    repo.add_pain(3, at(TODAY - timedelta(days=1)))
    page = ProgressPage(ProgressSource(repo), lambda: TODAY)
    qtbot.addWidget(page)
    steps = page.preparation()
    for _ in range(6):  # the charts, and a query or two
        next(steps)
    repo.add_pain(9, at(TODAY))
    page.mark_stale()
    list(steps)  # what it read before the change is not drawn
    assert page.stale
    page.show()
    qtbot.waitExposed(page)
    assert not page.stale
    assert page.pain_chart.series["worst"][1].tolist() == [3.0, 9.0]


def test_showing_the_page_midway_through_its_preparation_draws_it_whole(qtbot, repo) -> None:
    repo.add_pain(3, at(TODAY))
    page = ProgressPage(ProgressSource(repo), lambda: TODAY)
    qtbot.addWidget(page)
    other = ProgressPage(ProgressSource(repo), lambda: TODAY)
    qtbot.addWidget(other)
    steps = page.preparation()
    for _ in range(len(list(other.preparation())) - 1):
        next(steps)  # all but the last step: the charts hold data, the range is not set
    assert page.stale
    page.show()
    qtbot.waitExposed(page)
    assert not page.stale and "pain of 7 or more" in page.streak.text()
    assert list(steps) == []  # the shown page's refresh made the rest moot
    assert page.pain_chart.series["worst"][1].tolist() == [3.0]


def test_the_page_opens_with_the_sentence_over_the_range(page, repo: Repository) -> None:
    # 14 days of pain: the stretches compared are the first and the last 3 days
    for back in range(14):
        day = TODAY - timedelta(days=back)
        repo.add_pain(3 if back < 3 else 6, at(day))  # the last 3 days easier
    for back in (1, 3, 5, 8, 10, 12):
        day = TODAY - timedelta(days=back)
        s = repo.start_session("core", "Core", 600, at(day, 18))
        repo.finish_session(s, "finished", at(day, 18), 600)
    page.range.setCurrentText("2 weeks")
    page.refresh()
    figures = page.figures
    assert figures is not None and figures.pain is not None
    assert (figures.pain.start, figures.pain.end) == (6.0, 3.0)  # 3-day stretches
    assert figures.sessions == 6 and figures.sessions_per_week == 3.0
    # the one week wholly in the range and over: 16–22 Nov, with 19, 21 and 16 Nov
    assert page.sentence.text() == (
        "Average pain down from 6.0 to 3.0 over 2 weeks; 3.0 sessions a week; "
        "goal of 3 met 1 of 1 week.")
    page.range.setCurrentText("3 months")  # from the first record on: the same two weeks
    assert page.sentence.text().startswith("Average pain down from 6.0 to 3.0 over 2 weeks")


def test_no_pain_and_one_day(qtbot, repo: Repository) -> None:
    s = repo.start_session("core", "Core", 600, at(TODAY))
    repo.finish_session(s, "finished", at(TODAY, 10), 600)
    page = ProgressPage(ProgressSource(repo), lambda: TODAY)
    qtbot.addWidget(page)
    page.range.setCurrentText("2 weeks")
    page.refresh()
    assert page.sentence.text() == "No pain logged over 1 day; 1 session."  # from the first


def test_planned_days_and_flare_days_from_their_providers(qtbot, repo: Repository) -> None:
    monday = date(2026, 11, 23)
    last_week = monday - timedelta(days=7)
    s = repo.start_session("core", "Core", 600, at(last_week))
    repo.finish_session(s, "finished", at(last_week, 10), 600)
    repo.add_pain(8, at(last_week + timedelta(days=2)))
    plan = {last_week: ["core"], last_week + timedelta(days=2): ["core"],
            monday: ["core"], monday + timedelta(days=2): ["core", "breathing"]}
    asked = []

    def planned(first: date, last: date) -> dict[date, list[str]]:
        asked.append((first, last))
        return {d: r for d, r in plan.items() if first <= d <= last}

    page = ProgressPage(ProgressSource(repo), lambda: TODAY, planned_days=planned)
    qtbot.addWidget(page)
    page.range.setCurrentText("2 weeks")
    page.refresh()
    assert asked[-1][1] == monday + timedelta(days=6)  # this week's days to come too
    px, planned_counts = page.weeks_chart.series["planned"]
    assert planned_counts.tolist() == [2.0, 3.0]
    assert "sessions planned" in page.weeks_chart._hover(float(px[0]))
    assert page.sentence.text().endswith("; 2 of 3 planned days missed.")
    view = page.calendar.view
    missed = view.calendar.get(last_week + timedelta(days=2))
    assert missed.state.value == "missed"
    assert view.calendar.get(monday + timedelta(days=2)).state.value == "planned"
    assert page.pain_chart.series["flare"][0].tolist() == []

    flare = last_week + timedelta(days=2)
    page.set_flare_days(lambda first, last: {flare} if first <= flare <= last else set())
    page.refresh()
    assert days_of(page.pain_chart.series["flare"][0]) == [flare]
    assert page.pain_chart._hover(charts.day_x(flare)).endswith("Flare-up day")
    assert view.calendar.get(flare).flare
    view.select(flare)
    assert "flare-up" in page.calendar.details.text()
    assert "planned and missed: Core;" in page.calendar.details.text()  # its title


def test_the_page_is_no_wider_than_a_small_screen_with_large_text(
        qtbot: QtBot, repo: Repository) -> None:
    from PySide6.QtWidgets import QApplication, QScrollArea

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    font = app.font()
    font.setPointSizeF(max(font.pointSizeF(), 11.0) * 1.5)
    app.setFont(font)
    try:
        repo.add_pain(4, at(TODAY))
        page = ProgressPage(ProgressSource(repo), lambda: TODAY)
        qtbot.addWidget(page)
        page.resize(1024 - 190, 480)  # a 1024x600 screen less the navigation
        page.show()
        page.refresh()
        assert not page.empty
        scroll = page.findChild(QScrollArea)
        qtbot.waitUntil(lambda: scroll.widget().width() == scroll.viewport().width())
        assert scroll.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways to
        page.resize(1366 - 190, 640)
        qtbot.waitUntil(lambda: page._card_columns == 4)  # room again: one row of four
    finally:
        app.setFont(before)
