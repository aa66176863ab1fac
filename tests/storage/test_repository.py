"""The repository API the rest of the app uses."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from backcare_desktop.core.settings_schema import SettingError
from backcare_desktop.storage import database
from backcare_desktop.storage.repository import Repository

from .conftest import NOW


def reopen(repo: Repository, data_dir: Path) -> Repository:
    repo.close()
    db = data_dir / "backcare.sqlite3"
    return Repository(database.open_database(db, data_dir / "backups", NOW), db)


def test_settings_default_validate_and_survive_a_restart(repo: Repository, data_dir: Path) -> None:
    assert repo.get_setting("water_goal_ml") == 2000
    repo.set_setting("water_goal_ml", 2400)
    with pytest.raises(SettingError, match="outside 250–10000"):
        repo.set_setting("water_goal_ml", 50)
    repo = reopen(repo, data_dir)
    assert repo.get_setting("water_goal_ml") == 2400
    repo.close()


def test_a_hand_edited_bad_setting_falls_back_to_the_default(repo: Repository) -> None:
    repo._conn.execute(
        "INSERT INTO settings (key, value) VALUES ('water_goal_ml', '999999')"
    )
    assert repo.get_setting("water_goal_ml") == 2000


def test_water_counts_on_the_local_day_it_was_drunk(repo: Repository) -> None:
    tz = timezone(timedelta(hours=2))
    late = datetime(2026, 11, 24, 23, 30, tzinfo=tz)  # 21:30 UTC
    early = datetime(2026, 11, 25, 0, 30, tzinfo=tz)  # 22:30 UTC, previous UTC day
    repo.add_water(250, late)
    repo.add_water(300, early)
    assert repo.water_on(date(2026, 11, 24)) == 250
    assert repo.water_on(date(2026, 11, 25)) == 300


@pytest.mark.parametrize("amount", [0, 3001, -5, 2.5])
def test_water_amounts_outside_the_limits_are_refused(repo: Repository, amount: object) -> None:
    with pytest.raises(ValueError, match=r"a drink of .* ml is outside 1–3,000 ml"):
        repo.add_water(amount, NOW)  # type: ignore[arg-type]
    assert repo.water_on(NOW.date()) == 0


def test_times_without_an_offset_are_refused(repo: Repository) -> None:
    with pytest.raises(ValueError, match="UTC offset"):
        repo.add_water(250, datetime(2026, 11, 24, 10, 0))


@pytest.mark.parametrize("level", [-1, 11])
def test_pain_outside_0_to_10_is_refused(repo: Repository, level: int) -> None:
    with pytest.raises(ValueError, match=r"pain level .* is outside 0–10"):
        repo.add_pain(level, NOW)


def test_finished_sessions_count_for_their_local_week(repo: Repository) -> None:
    monday = date(2026, 11, 23)
    done = repo.start_session("core", "Core stability", 900, NOW)
    repo.finish_session(done, "finished", NOW + timedelta(minutes=15), 880)
    stopped = repo.start_session("core", "Core stability", 900, NOW)
    repo.finish_session(stopped, "stopped", NOW + timedelta(minutes=2), 100, stop_reason="hurt")
    last_week = repo.start_session("core", "Core stability", 900, NOW - timedelta(days=7))
    repo.finish_session(last_week, "finished", NOW - timedelta(days=7), 900)
    assert repo.finished_sessions_in_week(monday) == 1
    assert repo.today_status(NOW.date()).sessions_this_week == 1


def test_a_session_left_running_by_a_crash_shows_as_interrupted(repo: Repository) -> None:
    repo.start_session("gentle", "Gentle start", 600, NOW)
    assert repo.mark_unfinished_sessions_interrupted() == 1
    state = repo._conn.execute("SELECT state FROM sessions").fetchone()[0]
    assert state == "interrupted"
