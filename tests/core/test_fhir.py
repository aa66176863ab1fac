"""The FHIR R4 Bundle: checked with the R4 (4.0.1) models of ``fhir.resources`` (a
test dependency), and by hand for what those models leave open (codes, references,
offsets, the range)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backcare_desktop.core.progress.fhir import (
    LOINC_NOTICE,
    PAIN_CODE,
    build_bundle,
    fhir_time,
)
from backcare_desktop.core.progress.records_file import PainRecord, SessionRecord, StepRecord
from backcare_desktop.core.vocabulary import (
    Feeling,
    PainArea,
    PainMoment,
    SessionState,
    StepOutcome,
    StopReason,
)

r4 = pytest.importorskip("fhir.resources")
from fhir.resources.bundle import Bundle  # noqa: E402

PATIENT = "6f1c1e0a-3b1e-4f7e-9f52-2d7c0b1c7a10"
PLUS_ONE = timezone(timedelta(hours=1))
MADE = datetime(2026, 3, 1, 12, 0, tzinfo=PLUS_ONE)
FHIR_DATETIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-](0\d|1[0-4]):[0-5]\d)$")
STATUSES = {"Procedure": {"completed", "stopped", "in-progress"},
            "Observation": {"final"}, "QuestionnaireResponse": {"completed"},
            "Questionnaire": {"active"}}


@dataclass(frozen=True)
class Peg:
    """A stand-in for the weekly PEG answer (the real one arrives with its feature)."""

    answered: datetime
    pain: int
    enjoyment: int
    activity: int


def session(key: int, started: datetime, state: SessionState = SessionState.FINISHED,
            reason: str | None = None) -> SessionRecord:
    return SessionRecord(
        key, "gentle-morning", "Gentle morning", started, started + timedelta(minutes=15),
        state, reason, 900.0, 840.0, Feeling.ABOUT_RIGHT,
        (StepRecord(0, "Cat-cow", StepOutcome.COMPLETED, 2, 10, 0.0,
                    started + timedelta(minutes=5)),
         StepRecord(1, "Bridge", StepOutcome.HURT if reason == StopReason.HURT
                    else StepOutcome.SKIPPED, 0, 0, 12.0, started + timedelta(minutes=8))))


def validate(bundle: dict[str, Any]) -> None:
    """The Bundle and every resource in it against the R4 models; then what the models
    do not check: status codes, urn:uuid names, references, times."""
    text = json.dumps(bundle)  # plain JSON
    Bundle.parse_obj(json.loads(text))
    assert bundle["type"] == "collection"
    urls = [entry["fullUrl"] for entry in bundle["entry"]]
    assert len(set(urls)) == len(urls)
    for entry in bundle["entry"]:
        resource = entry["resource"]
        kind = resource["resourceType"]
        r4.get_fhir_model_class(kind).parse_obj(resource)
        assert entry["fullUrl"] == f"urn:uuid:{resource['id']}"
        if kind in STATUSES:
            assert resource["status"] in STATUSES[kind]
        for ref in _references(resource):
            assert ref in urls, ref
        for key in ("effectiveDateTime", "authored"):
            if key in resource:
                assert FHIR_DATETIME.match(resource[key])
        if kind == "QuestionnaireResponse":
            assert resource["questionnaire"] in urls
    assert FHIR_DATETIME.match(bundle["timestamp"])


def _references(value: object) -> list[str]:
    if isinstance(value, dict):
        found = [value["reference"]] if isinstance(value.get("reference"), str) else []
        return found + [r for v in value.values() for r in _references(v)]
    if isinstance(value, list):
        return [r for v in value for r in _references(v)]
    return []


def resources(bundle: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def test_a_small_record_in_full() -> None:
    started = datetime(2026, 2, 10, 8, 30, tzinfo=PLUS_ONE)
    sessions = [session(1, started, SessionState.STOPPED, StopReason.HURT)]
    pain = [PainRecord(started - timedelta(minutes=1), 4, PainArea.LOWER_BACK,
                       "stiff after the drive", PainMoment.BEFORE, 1),
            PainRecord(datetime(2026, 2, 11, 21, 0, tzinfo=timezone(timedelta(hours=-5))),
                       2, None, "", PainMoment.ANY, None)]
    peg = [Peg(datetime(2026, 2, 15, 19, 0, tzinfo=PLUS_ONE), 5, 4, 6)]
    bundle = build_bundle(patient_id=PATIENT, made=MADE, sessions=sessions, pain=pain,
                          peg=peg)
    validate(bundle)

    patient, = resources(bundle, "Patient")
    assert patient["id"] == PATIENT
    assert "name" not in patient and "birthDate" not in patient

    procedure, = resources(bundle, "Procedure")
    assert procedure["status"] == "stopped"
    assert procedure["code"]["text"] == "Gentle morning"
    assert procedure["performedPeriod"] == {"start": "2026-02-10T08:30:00+01:00",
                                            "end": "2026-02-10T08:45:00+01:00"}
    assert procedure["outcome"]["text"] == "stopped because it hurt"
    notes = [n["text"] for n in procedure["note"]]
    assert "Cat-cow: done (2 sets, 10 repetitions)." in notes
    assert "Bridge: stopped because it hurt (12 s)." in notes
    assert procedure["subject"]["reference"] == f"urn:uuid:{PATIENT}"

    before, later = resources(bundle, "Observation")
    assert before["code"]["coding"] == [{
        "system": "http://loinc.org", "code": PAIN_CODE,
        "display": "Pain severity - 0-10 verbal numeric rating [Score] - Reported"}]
    assert before["category"][0]["coding"][0]["code"] == "survey"
    assert before["valueInteger"] == 4
    assert before["effectiveDateTime"] == "2026-02-10T08:29:00+01:00"
    assert before["bodySite"] == {"text": "Lower back"}
    assert before["note"][0] == {"text": "stiff after the drive"}
    assert before["partOf"] == [{"reference": f"urn:uuid:{procedure['id']}"}]
    assert later["effectiveDateTime"] == "2026-02-11T21:00:00-05:00"
    assert "bodySite" not in later and "note" not in later and "partOf" not in later

    questionnaire, = resources(bundle, "Questionnaire")
    assert [item["type"] for item in questionnaire["item"]] == ["integer"] * 3
    response, = resources(bundle, "QuestionnaireResponse")
    assert response["questionnaire"] == questionnaire["url"]
    assert [i["answer"][0]["valueInteger"] for i in response["item"]] == [5, 4, 6]
    assert response["authored"] == "2026-02-15T19:00:00+01:00"


def test_the_same_records_get_the_same_names_and_a_name_only_when_given() -> None:
    pain = [PainRecord(MADE, 3, None, "", PainMoment.ANY, None)] * 2
    one = build_bundle(patient_id=PATIENT, made=MADE, pain=pain)
    two = build_bundle(patient_id=PATIENT, made=MADE, pain=pain)
    assert one == two
    validate(one)  # the two equal entries get different names
    named = build_bundle(patient_id=PATIENT, made=MADE, name="  A. Walker ")
    assert resources(named, "Patient")[0]["name"] == [{"text": "A. Walker"}]


def test_an_offset_with_seconds_is_given_in_utc() -> None:
    odd = datetime(1980, 5, 1, 12, 0, tzinfo=timezone(timedelta(minutes=19, seconds=32)))
    assert fhir_time(odd) == "1980-05-01T11:40:28+00:00"
    bundle = build_bundle(patient_id=PATIENT, made=MADE,
                          pain=[PainRecord(odd, 1, None, "", PainMoment.ANY, None)])
    validate(bundle)


def test_control_characters_in_a_note_do_not_break_the_bundle() -> None:
    pain = [PainRecord(MADE, 7, PainArea.NECK, "\x00bad\x1bnote\n", PainMoment.HURT, None)]
    bundle = build_bundle(patient_id=PATIENT, made=MADE, pain=pain)
    validate(bundle)
    notes = resources(bundle, "Observation")[0]["note"]
    assert notes[0] == {"text": "bad note"}


def test_the_loinc_notice_names_the_licence() -> None:
    assert "http://loinc.org/license" in LOINC_NOTICE
    assert "Regenstrief Institute" in LOINC_NOTICE


# -- any records ----------------------------------------------------------------------

offsets = st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
moments = st.builds(lambda when, zone: when.replace(microsecond=0, tzinfo=zone),
                    st.datetimes(datetime(1971, 1, 1), datetime(2099, 12, 30)), offsets)
texts = st.text(max_size=40)
steps = st.builds(StepRecord, st.integers(0, 30), texts, st.sampled_from(StepOutcome),
                  st.integers(0, 9), st.integers(0, 99), st.floats(0, 3600), moments)


@st.composite
def sessions(draw: st.DrawFn) -> SessionRecord:
    started = draw(moments)
    ended = draw(st.one_of(st.none(), st.just(started + timedelta(minutes=20))))
    return SessionRecord(
        draw(st.integers(1, 10**6)), draw(texts), draw(texts), started, ended,
        draw(st.sampled_from(SessionState)),
        draw(st.one_of(st.none(), st.sampled_from(StopReason), texts)),
        draw(st.floats(0, 10**5)), draw(st.one_of(st.none(), st.floats(0, 10**5))),
        draw(st.one_of(st.none(), st.sampled_from(Feeling))),
        tuple(draw(st.lists(steps, max_size=3))))


pains = st.builds(PainRecord, moments, st.integers(0, 10),
                  st.one_of(st.none(), st.sampled_from(PainArea)), texts,
                  st.sampled_from(PainMoment), st.one_of(st.none(), st.integers(1, 10**6)))
pegs = st.builds(Peg, moments, st.integers(0, 10), st.integers(0, 10), st.integers(0, 10))
days = st.one_of(st.none(), st.dates(date(1970, 6, 1), date(2100, 6, 1)))


def _day(text: str) -> date:
    return date.fromisoformat(text[:10])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(sessions(), max_size=4), st.lists(pains, max_size=6),
       st.lists(pegs, max_size=3), days, days)
def test_any_records_make_a_valid_bundle_of_the_range_alone(
        all_sessions: list[SessionRecord], all_pain: list[PainRecord], peg: list[Peg],
        first: date | None, last: date | None) -> None:
    bundle = build_bundle(patient_id=PATIENT, made=MADE, sessions=all_sessions,
                          pain=all_pain, peg=peg, first=first, last=last)
    validate(bundle)

    def inside(at: datetime) -> bool:
        return (first is None or at.date() >= first) and (last is None or at.date() <= last)

    # Each record's own local time, offset and all, and only those in the range.
    want_pain = sorted(fhir_time(p.at) for p in all_pain if inside(p.at))
    got_pain = [o["effectiveDateTime"] for o in resources(bundle, "Observation")]
    assert sorted(got_pain) == want_pain
    for text, entry in zip(got_pain, sorted((p for p in all_pain if inside(p.at)),
                                            key=lambda p: p.at), strict=True):
        back = datetime.fromisoformat(text)
        assert back == entry.at and back.utcoffset() == entry.at.utcoffset()
        assert _day(text) == entry.at.date()
    starts = [p["performedPeriod"]["start"] for p in resources(bundle, "Procedure")]
    assert sorted(starts) == sorted(fhir_time(s.started) for s in all_sessions
                                    if inside(s.started))
    authored = [r["authored"] for r in resources(bundle, "QuestionnaireResponse")]
    assert sorted(authored) == sorted(fhir_time(a.answered) for a in peg if inside(a.answered))
    assert len(resources(bundle, "Questionnaire")) == (1 if authored else 0)
    for text in [*got_pain, *starts, *authored]:
        day = _day(text)
        assert (first is None or day >= first) and (last is None or day <= last)


def test_the_models_checked_against_are_r4() -> None:
    assert r4.__fhir_version__ == "4.0.1"


def test_the_models_refuse_what_r4_does_not_allow() -> None:
    wrong = {"resourceType": "Observation", "status": "final", "code": {"text": "pain"},
             "valueInteger": "high", "effectiveDateTime": "yesterday"}
    with pytest.raises(ValueError):
        r4.get_fhir_model_class("Observation").parse_obj(wrong)
