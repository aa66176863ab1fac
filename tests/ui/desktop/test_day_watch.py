"""The midnight watcher follows a set clock, a new time zone and a wake from sleep.

The fake clock is stepped, the change is told (as the clock watcher or the sleep
watcher would), and the watcher's timer is fired by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone

import pytest
from pytestqt.qtbot import QtBot

from backcare_desktop import app as app_module
from backcare_desktop.paths import AppPaths
from backcare_desktop.ui.desktop.day_watch import LONGEST_WAIT_S, DayWatcher
from tests.fakes import FakeClock, fire_timer

BERLIN = timezone(timedelta(hours=1))


def at(day: int, hour: int, minute: int = 0, second: int = 0,
       zone: timezone = BERLIN) -> datetime:
    return datetime(2026, 11, day, hour, minute, second, tzinfo=zone)


class Watched:
    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.watch = DayWatcher(clock)
        self.days: list[datetime] = []
        self.watch.new_day.connect(lambda: self.days.append(clock.now()))
        self.watch.start()

    def fire(self) -> None:
        fire_timer(self.watch, "day-watch")


@pytest.fixture
def watched(clock: FakeClock) -> Iterator[Watched]:
    clock.wall = at(24, 22)
    made = Watched(clock)
    yield made
    made.watch.stop()


def test_it_is_armed_for_midnight_and_never_waits_more_than_an_hour(watched: Watched) -> None:
    assert watched.watch.due == at(25, 0, 0, 5)
    assert watched.watch.wait_ms == LONGEST_WAIT_S * 1000  # midnight is two hours away
    watched.clock.advance(LONGEST_WAIT_S)  # the hourly look: still the same day
    watched.fire()
    assert watched.days == [] and watched.watch.due == at(25, 0, 0, 5)
    watched.clock.advance(3605)
    watched.fire()
    assert watched.days == [at(25, 0, 0, 5)]
    assert watched.watch.due == at(26, 0, 0, 5)


def test_a_clock_set_forward_re_arms_for_the_same_midnight_closer(watched: Watched) -> None:
    watched.clock.jump(3600 + 59 * 60)  # now 23:59
    assert not watched.watch.rearm()
    assert watched.watch.due == at(25, 0, 0, 5)
    assert watched.watch.wait_ms == 65_000
    watched.clock.advance(65)
    watched.fire()
    assert watched.days == [at(25, 0, 0, 5)]


def test_a_clock_set_past_midnight_tells_the_new_day_once_at_once(watched: Watched) -> None:
    watched.clock.jump(3 * 3600)  # now 01:00 on the 25th
    assert watched.watch.rearm()
    assert watched.days == [at(25, 1)]
    assert watched.watch.due == at(26, 0, 0, 5)
    assert not watched.watch.rearm()  # told again: nothing new
    watched.clock.advance(LONGEST_WAIT_S)
    watched.fire()
    assert watched.days == [at(25, 1)]


def test_a_new_time_zone_past_midnight_tells_the_new_day(watched: Watched) -> None:
    watched.clock.advance(90 * 60)  # 23:30 in Berlin
    watched.clock.set_zone(timedelta(hours=3))  # 01:30 on the 25th in Moscow
    assert watched.watch.rearm()
    assert len(watched.days) == 1 and watched.days[0].date() == at(25, 0).date()
    assert watched.watch.due == at(26, 0, 0, 5, timezone(timedelta(hours=3)))


def test_a_wake_after_a_night_asleep_tells_the_new_day_then(watched: Watched) -> None:
    # The timer counts on the monotonic clock, which stood still: it would fire
    # late by the whole night. The wake re-arms it.
    watched.clock.sleep(10 * 3600)  # 08:00 on the 25th
    assert watched.watch.rearm()
    assert watched.days == [at(25, 8)]
    assert watched.watch.due == at(26, 0, 0, 5)
    assert watched.watch.wait_ms == LONGEST_WAIT_S * 1000


def test_a_timer_firing_before_midnight_after_an_unheard_clock_set_back_tells_nothing(
    clock: FakeClock
) -> None:
    clock.wall = at(24, 23, 59, 55)
    watched = Watched(clock)
    clock.jump(-3600)  # set back, unheard (no clock watcher here)
    clock.advance(10)
    watched.fire()
    assert watched.days == []
    assert watched.watch.due == at(25, 0, 0, 5)
    clock.advance(3600)
    watched.fire()
    assert watched.days == [at(25, 0, 0, 5)]
    watched.watch.stop()


def test_a_stopped_watcher_stays_stopped(watched: Watched) -> None:
    watched.watch.stop()
    watched.clock.jump(3 * 3600)
    assert not watched.watch.rearm()
    assert watched.watch.wait_ms == -1 and watched.days == []


@pytest.mark.parametrize("told_by", ["clock watch", "sleep watch"])
def test_in_the_app_a_clock_change_or_a_wake_re_arms_midnight_then_tells_time_moved_once(
    launch: Callable[[AppPaths], app_module.Running | int], paths: AppPaths, qtbot: QtBot,
    clock: FakeClock, told_by: str
) -> None:
    clock.wall = at(24, 23)
    running = launch(paths)
    assert isinstance(running, app_module.Running)
    qtbot.waitUntil(lambda: running.ready)
    desktop = running.ctx.desktop
    assert desktop.clock_watch is not None and desktop.system_watch is not None
    told = (desktop.clock_watch.changed if told_by == "clock watch"
            else desktop.system_watch.woke)
    new_days: list[datetime] = []
    moved: list[datetime] = []
    desktop.day_watch.new_day.connect(lambda: new_days.append(clock.now()))
    desktop.time_moved.connect(lambda: moved.append(clock.now()))

    clock.jump(30 * 60)  # 23:30: the same day, a closer midnight
    told.emit()
    assert (new_days, moved) == ([], [at(24, 23, 30)])
    assert desktop.day_watch.due == at(25, 0, 0, 5)
    assert desktop.day_watch.wait_ms == (30 * 60 + 5) * 1000

    clock.sleep(8 * 3600)  # 07:30 on the 25th
    told.emit()
    assert new_days == [at(25, 7, 30)]
    assert moved == [at(24, 23, 30), at(25, 7, 30)]  # once, not twice
    assert desktop.day_watch.due == at(26, 0, 0, 5)
    running.shutdown()
