"""Reading a records file that may be hostile: a corpus of bad files, each refused
plainly (naming the file), and property tests over any bytes and any JSON.

Every refusal is an ``ImportProblem`` whose text names the file; nothing else
ever comes out (no RecursionError, ValueError, UnicodeError, MemoryError…).
"""

from __future__ import annotations

import codecs
import json
import os
import socket
import tracemalloc
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backcare_desktop.core.progress import records_file as rf
from backcare_desktop.core.progress.records_file import (
    FORMAT,
    ImportCancelled,
    ImportProblem,
    PainRecord,
    Records,
    SessionRecord,
    StepRecord,
    WaterRecord,
)
from backcare_desktop.core.settings_schema import SETTINGS
from backcare_desktop.core.vocabulary import (
    NAME_MAX,
    NOTE_MAX,
    Feeling,
    PainArea,
    PainMoment,
    SessionState,
    StepOutcome,
)

KNOWN = {key: spec.validate for key, spec in SETTINGS.items()}
NAME = "records.json"

DRINK = {"time": "2026-11-24T09:00:00+01:00", "amount_ml": 250}
PAIN = {"time": "2026-11-24T09:00:00+01:00", "level": 4, "area": "neck", "note": "desk day",
        "moment": "any", "session": None}
STEP = {"position": 0, "exercise": "Bird dog", "outcome": "completed", "sets_done": 2,
        "reps_done": 10, "seconds_done": 95.5, "ended": "2026-11-24T09:02:00+01:00"}
SESSION = {"session": 1, "routine_id": "core", "routine_title": "Core stability",
           "started": "2026-11-24T09:00:00+01:00", "ended": "2026-11-24T09:10:00+01:00",
           "state": "finished", "stop_reason": None, "planned_s": 600, "active_s": 540.0,
           "feeling": "about_right", "steps": [STEP]}


def document(**parts: Any) -> dict[str, Any]:
    return {"format": FORMAT, "version": 1, **parts}


def encoded(**parts: Any) -> bytes:
    return json.dumps(document(**parts)).encode()


def read(data: bytes, **kwargs: Any) -> Records:
    return rf.read_records_bytes(data, NAME, KNOWN, **kwargs)


def refused(data: bytes) -> list[str]:
    with pytest.raises(ImportProblem) as caught:
        read(data)
    assert NAME in str(caught.value)
    assert caught.value.problems
    return caught.value.problems


def one_problem(data: bytes) -> str:
    problems = refused(data)
    assert len(problems) == 1, problems
    return problems[0]


# -- what is accepted --------------------------------------------------------------------------

def test_a_good_file_gives_its_records() -> None:
    records = read(encoded(sessions=[SESSION], pain=[PAIN, {**PAIN, "session": 1}],
                           water=[DRINK], settings={"water_goal_ml": 2500, "unknown": 1}))
    [session] = records.sessions
    assert session.steps[0].exercise == "Bird dog"
    assert session.planned_s == 600.0 and isinstance(session.planned_s, float)
    assert [p.session_key for p in records.pain] == [None, 1]
    assert records.water == (WaterRecord(datetime(2026, 11, 24, 8, tzinfo=UTC), 250),)
    assert records.settings == {"water_goal_ml": 2500}


def test_a_utf8_byte_order_mark_is_allowed() -> None:
    assert read(codecs.BOM_UTF8 + encoded(water=[DRINK])).water


def test_records_may_come_in_any_order_of_keys() -> None:
    data = json.dumps({"pain": [{**PAIN, "session": 1}], "sessions": [SESSION],
                       "version": 1, "format": FORMAT}).encode()
    assert read(data).pain[0].session_key == 1


@pytest.mark.parametrize("time", [
    "1970-01-01T00:00:00+00:00", "1970-01-01T00:00:00Z", "1969-12-31T12:00:00-12:00",
    "2100-12-31T23:59:59+00:00", "2101-01-01T13:59:59+14:00", "2026-06-01T09:00:00+05:45",
    "2026-06-01T09:00:00-12:00", "2026-06-01T09:00:00+14:00", "2026-06-01T09:00:00.75+01:00",
])
def test_times_from_1970_to_2100_with_real_offsets_are_accepted(time: str) -> None:
    [drink] = read(encoded(water=[{**DRINK, "time": time}])).water
    assert drink.at.microsecond == 0  # whole seconds, as the database keeps them
    # Any accepted time is a date and time here and in every zone of the world.
    for hours in (-12, 0, 14):
        drink.at.astimezone(timezone(timedelta(hours=hours))).date()
    drink.at.astimezone()


@pytest.mark.parametrize(("time", "expected"), [
    ("9999-12-31T23:59:59-12:00", "from 1970 to 2100"),
    ("0001-01-01T00:00:00+14:00", "from 1970 to 2100"),
    ("1969-12-31T23:59:59+00:00", "from 1970 to 2100"),
    ("2101-01-01T00:00:00+00:00", "from 1970 to 2100"),
    ("2100-12-31T23:59:59-12:00", "from 1970 to 2100"),
    ("2026-06-01T09:00:00+14:30", "from -12:00 to +14:00"),
    ("2026-06-01T09:00:00-23:59", "from -12:00 to +14:00"),
    ("2026-06-01T09:00:00+01:00:30", "whole minutes"),
    ("2026-06-01T09:00:00", "UTC offset"),
    ("2026-06-01", "UTC offset"),
    ("yesterday", "UTC offset"),
    ("2026-06-01T24:00:00+01:00", "UTC offset"),
    ("2026-06-01T09:00:00+01:00" + " " * 100, "UTC offset"),
])
def test_times_outside_the_range_or_offsets_not_in_use_are_refused(time: str,
                                                                    expected: str) -> None:
    problem = one_problem(encoded(water=[{**DRINK, "time": time}]))
    assert problem.startswith("drink #1: “time”") and expected in problem


@pytest.mark.parametrize(("part", "expected"), [
    ({"water": [{**DRINK, "amount_ml": 0}]}, "allowed is 1–3000"),
    ({"water": [{**DRINK, "amount_ml": 3001}]}, "allowed is 1–3000"),
    ({"water": [{**DRINK, "amount_ml": 250.5}]}, "must be a whole number"),
    ({"water": [{**DRINK, "amount_ml": True}]}, "must be a whole number"),
    ({"water": [{**DRINK, "amount_ml": "250"}]}, "must be a whole number"),
    ({"pain": [{**PAIN, "level": 11}]}, "allowed is 0–10"),
    ({"pain": [{**PAIN, "level": -1}]}, "allowed is 0–10"),
    ({"pain": [{**PAIN, "note": "n" * (NOTE_MAX + 1)}]}, "the limit is 2,000"),
    ({"pain": [{**PAIN, "area": "knee"}]}, "allowed: lower_back"),
    ({"sessions": [{**SESSION, "planned_s": 86_401}]}, "allowed is 0–86400"),
    ({"sessions": [{**SESSION, "active_s": -1}]}, "allowed is 0–86400"),
    ({"sessions": [{**SESSION, "routine_title": "t" * (NAME_MAX + 1)}]}, "the limit is 200"),
    ({"sessions": [{**SESSION, "steps": [{**STEP, "seconds_done": 1e300}]}]},
     "allowed is 0–86400"),
    ({"sessions": [{**SESSION, "steps": [{**STEP, "reps_done": 10**15}]}]},
     "allowed is 0–100000"),
    ({"sessions": [{**SESSION, "steps": [STEP] * (rf.MAX_STEPS + 1)}]}, "the limit is 1,000"),
    ({"sessions": [SESSION, SESSION]}, "session number 1 is used twice"),
    ({"pain": [{**PAIN, "session": 7}]}, "session 7, which is not in the file"),
    ({"settings": {"water_goal_ml": 50_000}}, "250–10000"),
    ({"settings": {"checkin_time": "x" * 300}}, "longer than 200"),
    ({"settings": {"voice_name": "a\u202eb"}}, "direction control U+202E"),
])
def test_values_the_app_cannot_show_are_refused(part: dict[str, Any], expected: str) -> None:
    problems = refused(encoded(**part))
    assert any(expected in p for p in problems), problems


@pytest.mark.parametrize(("text", "expected"), [
    ("\ud800", "lone surrogate, U+D800"),
    ("ok \udfff", "lone surrogate, U+DFFF"),
    ("a\x00b", "control character U+0000"),
    ("a\x1bb", "control character U+001B"),
    ("a\x85b", "control character U+0085"),
    ("admin\u202egnp.exe", "direction control U+202E"),
    ("\u2066isolate\u2069", "direction control U+2066"),
])
def test_broken_characters_and_controls_in_text_are_refused(text: str, expected: str) -> None:
    for part in ({"pain": [{**PAIN, "note": text}]},
                 {"sessions": [{**SESSION, "routine_title": text}]},
                 {"sessions": [{**SESSION, "steps": [{**STEP, "exercise": text}]}]}):
        [problem] = refused(encoded(**part))
        assert expected in problem
        problem.encode("utf-8")  # the message itself can be printed and shown


def test_tabs_line_breaks_emoji_and_right_to_left_text_are_kept() -> None:
    note = "line one\nline two\tindented 😀 שלום \u200f"
    assert read(encoded(pain=[{**PAIN, "note": note}])).pain[0].note == note


# -- the hostile corpus ----------------------------------------------------------------------------

def nested(depth: int) -> bytes:
    return b'{"format": "backcare-records", "version": 1, "water": [' + b"[" * depth + \
        b"]" * depth + b"]}"


def numbered_list(count: int, item: bytes) -> bytes:
    return b'{"format": "backcare-records", "version": 1, "water": [' + \
        b",".join([item] * count) + b"]}"


CORPUS: list[tuple[str, Callable[[], bytes], str]] = [
    ("empty", lambda: b"", "is empty"),
    ("blank", lambda: b" \n\t ", "is empty"),
    ("null", lambda: b"null", "not a BackCare export"),
    ("a list", lambda: b"[1, 2]", "not a BackCare export"),
    ("text", lambda: b'"backcare-records"', "not a BackCare export"),
    ("not json", lambda: b"{not json", "is not valid JSON"),
    ("truncated", lambda: encoded(water=[DRINK] * 3)[:-20], "is not valid JSON"),
    ("trailing data", lambda: encoded(water=[DRINK]) + b" {}", "more follows after the end"),
    ("raw control in text", lambda: encoded(water=[DRINK]).replace(b"+01:00", b"+01:\x0100"),
     "holds a control character"),
    ("wrong format", lambda: json.dumps({"format": "x", "water": []}).encode(),
     "not a BackCare export"),
    ("newer version", lambda: json.dumps({"format": FORMAT, "version": 99}).encode(),
     "version 99"),
    ("version as text", lambda: json.dumps({"format": FORMAT, "version": "1"}).encode(),
     "version '1'"),
    ("deep nesting in a record", lambda: nested(100_000), "nested more than 5 deep"),
    ("deep nesting at the top", lambda: b"[" * 1_000_000, "not a BackCare export"),
    ("deep nesting in an unknown value", lambda: b'{"x": ' + b"[" * 100_000,
     "nested more than 5 deep"),
    ("deep objects", lambda: b'{"format": "backcare-records", "version": 1, "settings": ' +
     b'{"a": ' * 50_000 + b"1" + b"}" * 50_000 + b"}", "nested more than 5 deep"),
    ("huge integer", lambda: encoded(water=[DRINK]).replace(b"250", b"9" * 5000),
     "5,000 digits"),
    ("enormous integer", lambda: encoded(water=[DRINK]).replace(b"250", b"9" * 2_000_000),
     "larger than 1 MB"),
    ("huge exponent", lambda: encoded(water=[DRINK]).replace(b"250", b"1e999999"),
     "must be a whole number"),
    ("NaN", lambda: encoded(water=[DRINK]).replace(b"250", b"NaN"), "not a number JSON"),
    ("Infinity", lambda: encoded(pain=[PAIN]).replace(b"\"level\": 4", b"\"level\": -Infinity"),
     "not a number JSON"),
    ("huge string", lambda: encoded(pain=[{**PAIN, "note": "x" * 3_000_000}]),
     "larger than 1 MB"),
    ("huge unknown value", lambda: encoded(junk="x" * 3_000_000), "longer than 1 MB"),
    ("huge key", lambda: b'{"' + b"k" * 5000 + b'": 1}', "longer than 1,000"),
    ("many small lists", lambda: numbered_list(300_000, b"[]"), "the first 200 are listed"),
    ("many numbers", lambda: numbered_list(300_000, b"1"), "the first 200 are listed"),
    ("many empty objects", lambda: numbered_list(300_000, b"{}"), "the first 200 are listed"),
    ("one list of a million numbers", lambda: b'{"format": "backcare-records", "version": 1,'
     b' "water": [[' + b",".join([b"1"] * 1_000_000) + b"]]}", "larger than 1 MB"),
    ("many keys", lambda: encoded(settings={f"k{n}": n for n in range(100)}),
     "100 names"),
    ("a key twice", lambda: b'{"format": "backcare-records", "version": 1, "water": ['
     b'{"time": "2026-11-24T09:00:00+01:00", "amount_ml": 250, "amount_ml": 3}]}',
     "appears twice"),
    ("a list twice", lambda: b'{"format": "backcare-records", "version": 1, "water": [],'
     b' "water": []}', "appears twice"),
    ("utf-16 with bom", lambda: encoded(water=[DRINK]).decode().encode("utf-16"),
     "saved as UTF-16"),
    ("utf-16-be with bom", lambda: codecs.BOM_UTF16_BE +
     encoded(water=[DRINK]).decode().encode("utf-16-be"), "saved as UTF-16"),
    ("utf-16 without bom", lambda: encoded(water=[DRINK]).decode().encode("utf-16-le"),
     "holds zero bytes"),
    ("utf-32", lambda: encoded(water=[DRINK]).decode().encode("utf-32"), "saved as UTF-32"),
    ("latin-1", lambda: encoded(pain=[{**PAIN, "note": "café"}]).replace(b"\\u00e9", b"\xe9"),
     "is not UTF-8 text"),
    ("encoded surrogate", lambda: encoded(pain=[{**PAIN, "note": "x"}]).replace(
        b'"x"', b'"\xed\xa0\x80"'), "is not UTF-8 text"),
    ("overlong utf-8", lambda: b'{"format": "backcare-records\xc0\xaf"}', "is not UTF-8 text"),
    ("surrogate escape", lambda: encoded(pain=[{**PAIN, "note": "\ud800"}]), "lone surrogate"),
    ("surrogate in a key", lambda: b'{"\\ud800": 1}', "not a BackCare export"),
    ("bidi override", lambda: encoded(sessions=[{**SESSION, "routine_id": "a\u202eb"}]),
     "direction control"),
    ("far future", lambda: encoded(water=[{**DRINK, "time": "9999-12-31T23:59:59-12:00"}]),
     "from 1970 to 2100"),
    ("far past", lambda: encoded(water=[{**DRINK, "time": "0001-01-01T00:00:00+14:00"}]),
     "from 1970 to 2100"),
    ("offset of a day", lambda: encoded(water=[{**DRINK, "time": "2026-01-01T00:00:00+23:59"}]),
     "from -12:00 to +14:00"),
    ("a thousand problems", lambda: encoded(water=[{"amount_ml": 0}] * 1000),
     "the first 200 are listed"),
]


@pytest.mark.parametrize(("make", "expected"), [(m, e) for _, m, e in CORPUS],
                         ids=[i for i, _, _ in CORPUS])
def test_the_hostile_corpus_is_refused_plainly(make: Callable[[], bytes], expected: str) -> None:
    problems = refused(make())
    assert any(expected in p for p in problems), problems
    assert len(problems) <= rf.MAX_PROBLEMS + 1
    for problem in problems:
        assert len(problem) < 400
        problem.encode("utf-8")


@pytest.mark.parametrize("make", [m for i, m, _ in CORPUS if i in (
    "deep nesting in a record", "many small lists", "many empty objects", "enormous integer",
    "one list of a million numbers", "huge string")])
def test_hostile_files_cost_little_memory(make: Callable[[], bytes]) -> None:
    text = make().decode()
    tracemalloc.start()
    try:
        with pytest.raises(ImportProblem):
            rf.read_records_text(text, NAME, KNOWN)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 24 * 2**20, f"{peak / 2**20:.0f} MB"


def test_a_record_the_decoder_refuses_is_named_by_its_number() -> None:
    data = encoded(water=[DRINK, DRINK, {**DRINK, "amount_ml": 7}, DRINK])
    assert one_problem(data.replace(b'"amount_ml": 7', b'"amount_ml": 7, "amount_ml": 8')) == (
        "drink #3: the name 'amount_ml' appears twice in one object, so it is not clear "
        "which value to take")
    assert one_problem(data.replace(b'"amount_ml": 7', b'"amount_ml": ' + b"7" * 5000)) == (
        "drink #3: a number has 5,000 digits; a records file needs at most 40")


def test_reading_reports_progress_and_stops_when_cancelled() -> None:
    data = encoded(water=[DRINK] * 20_000)
    shares: list[float] = []
    assert len(read(data, progress=shares.append).water) == 20_000
    assert shares == sorted(shares) and shares[-1] == 1.0 and len(shares) > 3
    with pytest.raises(ImportCancelled):
        read(data, cancelled=lambda: True)


# -- special files ------------------------------------------------------------------------------

def file_refusal(path: Path) -> str:
    with pytest.raises(ImportProblem) as caught:
        rf.read_records_file(path, KNOWN)
    [problem] = caught.value.problems
    assert rf.shown_name(path) in str(caught.value)
    return problem


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.json")
    assert "not a regular file" in file_refusal(tmp_path / "pipe.json")


def test_special_files_are_refused(tmp_path: Path) -> None:
    assert "is a folder" in file_refusal(tmp_path)
    assert "could not be read" in file_refusal(tmp_path / "missing.json")
    if Path("/dev/zero").exists():
        (tmp_path / "zero.json").symlink_to("/dev/zero")
        assert "is a device" in file_refusal(tmp_path / "zero.json")
    (tmp_path / "loop.json").symlink_to(tmp_path / "loop.json")
    assert "could not be read" in file_refusal(tmp_path / "loop.json")
    (tmp_path / "dangling.json").symlink_to(tmp_path / "nowhere.json")
    assert "could not be read" in file_refusal(tmp_path / "dangling.json")


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets here")
def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        assert "not a regular file" in file_refusal(path)
    finally:
        server.close()


def test_a_file_over_the_limit_is_refused_by_its_size(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    with path.open("wb") as out:
        out.truncate(rf.MAX_FILE_BYTES + 1)  # sparse: costs no disk
    assert "at most 64 MB is allowed" in file_refusal(path)


def test_a_link_to_a_good_file_is_read_and_odd_names_are_shown_safely(tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_bytes(encoded(water=[DRINK]))
    (tmp_path / "link.json").symlink_to(good)
    assert rf.read_records_file(tmp_path / "link.json", KNOWN).water
    odd = Path(os.fsdecode(bytes(tmp_path) + b"/bad\xff\x1b[31m.json"))
    odd.write_bytes(b"{")
    problem = file_refusal(odd)
    assert "bad\\xff\\x1b[31m.json" in problem
    problem.encode("utf-8")


# -- properties ------------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
    | st.text(), lambda children: st.lists(children) | st.dictionaries(st.text(), children),
    max_leaves=30)

good_or_odd_scalars = st.one_of(
    json_values, st.sampled_from([
        "2026-11-24T09:00:00+01:00", "9999-12-31T23:59:59-12:00", "1970-01-01T00:00:00Z",
        "completed", "finished", "neck", "any", "about_right", "\ud800", "a\u202eb", "",
        0, 1, 10, 250, 3000, -1, 2**63, 1e308, 0.5]))


@st.composite
def record_like(draw: st.DrawFn, template: dict[str, Any]) -> dict[str, Any]:
    """A record with some of its values swapped for anything."""
    item = dict(template)
    for key in draw(st.lists(st.sampled_from([*template, "extra"]), max_size=3)):
        item[key] = draw(good_or_odd_scalars)
    return item


documents = st.fixed_dictionaries({"format": st.just(FORMAT), "version": st.just(1)}, optional={
    "sessions": st.lists(record_like(SESSION), max_size=3),
    "pain": st.lists(record_like({**PAIN, "session": 1}), max_size=3),
    "water": st.lists(record_like(DRINK) | json_values, max_size=3),
    "settings": st.dictionaries(st.sampled_from(sorted(KNOWN)), good_or_odd_scalars) | json_values,
    "junk": json_values,
})


def records_or_problem(data: bytes) -> Records | None:
    try:
        return read(data)
    except ImportProblem as exc:
        assert NAME in str(exc) and exc.problems
        return None


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_give_records_or_a_problem(data: bytes) -> None:
    records_or_problem(data)
    records_or_problem(b'{"format": "backcare-records", "version": 1, "water": [' + data)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_any_json_value_gives_records_or_a_problem(value: Any) -> None:
    records_or_problem(json.dumps(value).encode())
    records_or_problem(json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    records_or_problem(encoded(water=[value], pain=[value], sessions=[value], settings=value))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_any_records_like_document_gives_records_or_a_problem(doc: dict[str, Any]) -> None:
    records_or_problem(json.dumps(doc).encode())


zones = st.integers(-12 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
times = st.builds(lambda s, zone: datetime.fromtimestamp(s, zone),
                  st.integers(0, int(rf.LATEST.timestamp()) - 1), zones)
texts = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cf")), max_size=30)
steps = st.builds(StepRecord, st.integers(0, 10_000), texts, st.sampled_from(StepOutcome),
                  st.integers(0, 10_000), st.integers(0, 100_000),
                  st.floats(0, rf.MAX_SECONDS), times)


@st.composite
def records(draw: st.DrawFn) -> Records:
    sessions = []
    for key in draw(st.sets(st.integers(1, 2**53), max_size=3)):
        chosen = draw(st.lists(steps, max_size=4, unique_by=lambda s: s.position))
        sessions.append(SessionRecord(
            key, draw(texts), draw(texts), draw(times), draw(st.none() | times),
            draw(st.sampled_from(SessionState)), draw(st.none() | texts),
            draw(st.floats(0, rf.MAX_SECONDS)), draw(st.none() | st.floats(0, rf.MAX_SECONDS)),
            draw(st.none() | st.sampled_from(Feeling)), tuple(chosen)))
    keys = [s.key for s in sessions]
    pain = draw(st.lists(st.builds(
        PainRecord, times, st.integers(0, 10), st.none() | st.sampled_from(PainArea),
        st.text(max_size=50).filter(lambda t: rf._unwanted(t) is None),
        st.sampled_from(PainMoment), st.none() | st.sampled_from(keys or [None])), max_size=4))
    water = draw(st.lists(st.builds(WaterRecord, times, st.integers(1, 3000)), max_size=4))
    return Records(tuple(sessions), tuple(pain), tuple(water), draw(st.fixed_dictionaries(
        {}, optional={"water_goal_ml": st.integers(250, 10_000),
                      "voice_name": texts, "sound_muted": st.booleans()})))


def written(records: Records) -> bytes:
    """The file ``write_document`` makes for ``records``."""
    import io

    out = io.StringIO()
    rf.write_document(records, out, datetime(2026, 11, 24, tzinfo=UTC), "1.0")
    return out.getvalue().encode()


@settings(max_examples=200, deadline=None)
@given(records())
def test_accepted_records_are_written_and_read_back_equal(original: Records) -> None:
    data = written(original)
    assert json.loads(data) == rf.to_document(original, datetime(2026, 11, 24, tzinfo=UTC),
                                              "1.0")
    again = read(data)
    # Equal, offsets included (datetimes alone compare by the instant).
    at = datetime(2026, 11, 24, tzinfo=UTC)
    assert rf.to_document(again, at, "1.0") == rf.to_document(original, at, "1.0")
    assert read(written(again)) == again


def test_parse_document_checks_an_already_parsed_document_the_same_way() -> None:
    doc = document(water=[DRINK, {**DRINK, "amount_ml": 0}])
    parsed, problems = rf.parse_document(doc, KNOWN)
    assert problems == ["drink #2: “amount_ml” is 0; allowed is 1–3000"]
    assert len(parsed.water) == 1
    assert problems == refused(json.dumps(doc).encode())
    assert rf.parse_document([], KNOWN)[1] == [
        "This is not a BackCare export (its “format” is not “backcare-records”)."]
