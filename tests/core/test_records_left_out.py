"""An export writes only what the import accepts: every record goes through the
import's own checks as it is written, and one they refuse is listed under
"left_out" with the reason. Whatever the records hold, the file it makes is
read back by the import, and every record is either in it or listed."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backcare_desktop.core.progress import records_file as rf
from backcare_desktop.core.progress.records_file import (
    LeftOut,
    PainRecord,
    Records,
    SessionRecord,
    StepRecord,
    WaterRecord,
)
from backcare_desktop.core.settings_schema import SETTINGS
from backcare_desktop.core.vocabulary import (
    Feeling,
    PainArea,
    PainMoment,
    SessionState,
    StepOutcome,
)

KNOWN = {key: spec.validate for key, spec in SETTINGS.items()}
AT = datetime(2026, 11, 24, tzinfo=UTC)
CET = timezone(timedelta(hours=1))
MORNING = datetime(2026, 11, 24, 9, tzinfo=CET)


def step(position: int, **changes: Any) -> StepRecord:
    values: dict[str, Any] = {"position": position, "exercise": "Bird dog",
                              "outcome": StepOutcome.COMPLETED, "sets_done": 2,
                              "reps_done": 10, "seconds_done": 95.5,
                              "ended": MORNING + timedelta(minutes=position + 1)}
    return StepRecord(**{**values, **changes})


def session(key: int, *steps: StepRecord, **changes: Any) -> SessionRecord:
    values: dict[str, Any] = {"key": key, "routine_id": "core", "routine_title": "Core",
                              "started": MORNING, "ended": MORNING + timedelta(minutes=10),
                              "state": SessionState.FINISHED, "stop_reason": None,
                              "planned_s": 600.0, "active_s": 540.0, "feeling": None,
                              "steps": steps}
    return SessionRecord(**{**values, **changes})


def pain(level: int = 4, session_key: int | None = None, **changes: Any) -> PainRecord:
    values: dict[str, Any] = {"at": MORNING, "level": level, "area": None, "note": "",
                              "moment": PainMoment.ANY, "session_key": session_key}
    return PainRecord(**{**values, **changes})


def export(records: Records, set_apart: tuple[LeftOut, ...] = ()
           ) -> tuple[bytes, tuple[LeftOut, ...]]:
    out = io.StringIO()
    left_out = rf.write_document(records, out, AT, "1.0", known_settings=KNOWN,
                                 set_apart=set_apart)
    return out.getvalue().encode(), left_out


def read(data: bytes) -> Records:
    return rf.read_records_bytes(data, "export.json", KNOWN)


def test_records_the_import_refuses_are_listed_with_its_reason() -> None:
    records = Records(
        sessions=(session(1, step(0)), session(2, routine_title="Core\x1b[31m")),
        pain=(pain(4), pain(11), pain(3, session_key=2)),
        water=(WaterRecord(MORNING, 250), WaterRecord(datetime(1960, 1, 1, tzinfo=UTC), 250)),
        settings={"water_goal_ml": 2500, "voice_name": "a\x00b"})
    data, left_out = export(records)
    kept = read(data)
    assert [s.key for s in kept.sessions] == [1]
    assert [p.level for p in kept.pain] == [4, 3] and kept.pain[1].session_key is None
    assert kept.water == (WaterRecord(MORNING, 250),)
    assert kept.settings == {"water_goal_ml": 2500}
    assert [(item.kind, item.id) for item in left_out] == [
        ("session", 2), ("pain entry", "of 2026-11-24T09:00:00+01:00"),
        ("session link", "of the pain entry of 2026-11-24T09:00:00+01:00"),
        ("drink", "of 1960-01-01T00:00:00+00:00"), ("setting", "voice_name")]
    whys = [item.why for item in left_out]
    assert "control character U+001B" in whys[0]
    assert whys[1] == "“level” is 11; allowed is 0–10"
    assert whys[2] == "session 2 is not in the file"
    assert "BackCare accepts times from 1970 to 2100" in whys[3]
    assert "control character U+0000" in whys[4]
    document = json.loads(data)
    assert document["left_out"] == [item.item() for item in left_out]
    assert document["left_out"][0]["stored"]["routine_title"] == "Core\x1b[31m"


def test_a_session_refused_for_one_step_keeps_the_others() -> None:
    records = Records(sessions=(session(5, step(0), step(1, seconds_done=1e9), step(2)),))
    data, left_out = export(records)
    [kept] = read(data).sessions
    assert [s.position for s in kept.steps] == [0, 2]
    assert [(item.kind, item.id) for item in left_out] == [("step", "5/1")]
    assert "seconds_done" in left_out[0].why


def test_a_session_refused_for_its_own_values_goes_with_its_steps() -> None:
    records = Records(sessions=(session(5, step(0), step(1),
                                        started=datetime(1901, 1, 1, tzinfo=UTC)),))
    data, left_out = export(records)
    assert read(data).sessions == ()
    [item] = left_out
    assert (item.kind, item.id) == ("session", 5)
    assert item.why.endswith("; left out with its 2 steps")
    assert len(item.stored["steps"]) == 2


def test_records_set_apart_before_come_first_and_the_file_still_imports() -> None:
    apart = LeftOut.of("drink", 7, "its drink time cannot be read: “abc”",
                       {"id": 7, "ts": "abc", "tz_offset": 3600, "amount_ml": 250})
    data, left_out = export(Records(water=(WaterRecord(MORNING, 250),)), (apart,))
    assert left_out == (apart,)
    assert read(data).water == (WaterRecord(MORNING, 250),)


def test_long_stored_texts_are_cut_and_a_long_list_of_left_out_records_imports() -> None:
    note = "x" * (rf.LEFT_OUT_TEXT_MAX * 5)
    many = tuple(pain(4, note=note, at=MORNING + timedelta(minutes=n)) for n in range(2000))
    data, left_out = export(Records(pain=many))
    assert len(left_out) == 2000
    assert len(data) > 2 * rf.MAX_ITEM_CHARS  # more than any one value may be
    stored = left_out[0].stored["note"]
    assert stored.startswith("x" * rf.LEFT_OUT_TEXT_MAX) and "5,000 characters" in stored
    assert read(data) == Records()


def test_without_the_checks_every_record_is_written_as_it_is() -> None:
    records = Records(pain=(pain(11),))
    out = io.StringIO()
    assert rf.write_document(records, out, AT, "1.0") == ()
    document = json.loads(out.getvalue())
    assert [p["level"] for p in document["pain"]] == [11] and "left_out" not in document


# -- any values a record may hold ---------------------------------------------------------------

zones = st.integers(-24 * 60 + 1, 24 * 60 - 1).map(lambda m: timezone(timedelta(minutes=m)))
any_times = st.builds(lambda s, zone: datetime.fromtimestamp(s, zone),
                      st.integers(-62135596800 + 86400, 253402300799 - 86400), zones)
any_texts = st.text(max_size=20) | st.sampled_from(["", "a\x00b", "x" * 1500, "a\u202eb"])
numbers = st.integers(-5, 200_000) | st.floats(-1, 1e12, allow_nan=False)
steps = st.builds(StepRecord, st.integers(0, 12_000), any_texts, st.sampled_from(StepOutcome),
                  st.integers(-1, 20_000), st.integers(-1, 200_000), numbers, any_times)


@st.composite
def any_records(draw: st.DrawFn) -> Records:
    sessions = []
    for key in draw(st.sets(st.integers(1, 2**53), max_size=3)):
        chosen = draw(st.lists(steps, max_size=4, unique_by=lambda s: s.position))
        sessions.append(SessionRecord(
            key, draw(any_texts), draw(any_texts), draw(any_times),
            draw(st.none() | any_times), draw(st.sampled_from(SessionState)),
            draw(st.none() | any_texts), draw(numbers), draw(st.none() | numbers),
            draw(st.none() | st.sampled_from(Feeling)), tuple(chosen)))
    keys = [s.key for s in sessions]
    pain_entries = draw(st.lists(st.builds(
        PainRecord, any_times, st.integers(-1, 12), st.none() | st.sampled_from(PainArea),
        any_texts, st.sampled_from(PainMoment),
        st.none() | st.sampled_from([*keys, 999])), max_size=4))
    water = draw(st.lists(st.builds(WaterRecord, any_times, st.integers(-1, 4000)),
                          max_size=4))
    return Records(tuple(sessions), tuple(pain_entries), tuple(water), draw(
        st.fixed_dictionaries({}, optional={
            "water_goal_ml": st.integers(0, 20_000), "voice_name": any_texts,
            "active_start": st.sampled_from(["08:00", "25:99", "x"])})))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_records())
def test_whatever_records_hold_the_file_imports_and_each_is_kept_or_listed(
        records: Records) -> None:
    data, left_out = export(records)
    kept = read(data)  # never ImportProblem
    kinds = [item.kind for item in left_out]
    assert len(kept.sessions) + kinds.count("session") == len(records.sessions)
    assert (sum(len(s.steps) for s in kept.sessions) + kinds.count("step")
            == sum(len(s.steps) for s in records.sessions if s.key in
                   {k.key for k in kept.sessions}))
    assert len(kept.pain) + kinds.count("pain entry") == len(records.pain)
    assert len(kept.water) + kinds.count("drink") == len(records.water)
    assert len(kept.settings) + kinds.count("setting") == len(records.settings)
    assert json.loads(data)["left_out"] == [item.item() for item in left_out]
