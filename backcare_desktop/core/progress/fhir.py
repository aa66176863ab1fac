"""The records of a date range as an HL7 FHIR R4 Bundle (JSON), for a health record.

Pure: the records come in as plain values (``records_file``'s ``SessionRecord``
and ``PainRecord``, and PEG answers as any objects with ``answered``, ``pain``,
``enjoyment`` and ``activity``), the result is a ``dict`` ready for
``json.dump``. ``docs/fhir.md`` says what goes where and why.

- a pseudonymous ``Patient`` (its id is the data folder's own random id; a
  name only when one is given; never a birth date);
- each pain entry an ``Observation`` coded LOINC 72514-3, ``valueInteger``
  0-10, its time with the offset it was logged at, the area as
  ``bodySite.text``, the person's note as a ``note``;
- each session a ``Procedure`` (the routine as ``code.text``,
  ``performedPeriod``, ``completed`` or ``stopped``, the outcome in words, each
  exercise's result as a ``note``);
- each weekly PEG answer a ``QuestionnaireResponse`` answering the one PEG
  ``Questionnaire`` carried in the Bundle.

Every entry has a ``urn:uuid:`` fullUrl, made from the patient's id and the
record (the same records give the same ids in every export), and the
references between entries use those fullUrls.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from backcare_desktop.core.progress.peg import QUESTIONS, PegAnswer
from backcare_desktop.core.progress.records_file import PainRecord, SessionRecord
from backcare_desktop.core.vocabulary import (
    PainArea,
    PainMoment,
    SessionState,
    StepOutcome,
    StopReason,
)

__all__ = ["LOINC_NOTICE", "PAIN_CODE", "PEG_ITEMS", "build_bundle", "fhir_time",
           "in_range"]

LOINC = "http://loinc.org"
PAIN_CODE = "72514-3"
PAIN_DISPLAY = "Pain severity - 0-10 verbal numeric rating [Score] - Reported"
LOINC_NOTICE = (
    "This material contains content from LOINC (http://loinc.org). LOINC is copyright "
    "\u00a9 1995 and later years, Regenstrief Institute, Inc. and the Logical Observation "
    "Identifiers Names and Codes (LOINC) Committee and is available at no cost under the "
    "license at http://loinc.org/license. LOINC\u00ae is a registered United States trademark of "
    "Regenstrief Institute, Inc.")
"""The notice LOINC's licence asks for in anything that includes or uses LOINC (its
form, with the end year left open: no LOINC release file is shipped)."""

PEG_ITEMS: tuple[tuple[str, str], ...] = tuple(
    (f"peg-{q.key}", f"{q.text} (0 = {q.low.lower()}, 10 = {q.high.lower()})")
    for q in QUESTIONS)
"""The three PEG questions (Krebs et al. 2009), each answered 0-10, by linkId."""

PEG_ATTRIBUTION = (
    "PEG three-item pain scale: Krebs EE, Lorenz KA, Bair MJ, et al. Development and "
    "initial validation of the PEG, a three-item scale assessing pain intensity and "
    "interference. J Gen Intern Med. 2009;24(6):733-738. Free to use.")

_CATEGORY_SURVEY = {"coding": [{
    "system": "http://terminology.hl7.org/CodeSystem/observation-category",
    "code": "survey", "display": "Survey"}]}
_PSEUDONYMISED = {"system": "http://terminology.hl7.org/CodeSystem/v3-ObservationValue",
                  "code": "PSEUDED", "display": "pseudonymized"}
# FHIR's own status codes. Some are spelled like BackCare's words, but they are
# another vocabulary (FHIR's value sets), so they are not the members of ours
# (and not quoted one by one, which the test of our words would take for them).
_IN_PROGRESS, _COMPLETED, _STOPPED = "in-progress completed stopped".split()  # noqa: SIM905
_MOMENTS = {PainMoment.BEFORE: "Logged before a session.",
            PainMoment.AFTER: "Logged after a session.",
            PainMoment.HURT: "Logged when a session was stopped because it hurt."}
_STEP_WORDS = {**{outcome: outcome.label.lower() for outcome in StepOutcome},
               StepOutcome.HURT: "stopped because it hurt"}


def fhir_time(at: datetime) -> str:
    """``at`` as a FHIR ``dateTime`` with its own UTC offset, to the second. FHIR
    offsets are whole minutes: an offset with seconds (a historical local mean
    time) is given in UTC instead, the same instant."""
    offset = at.utcoffset()
    if offset is None:
        raise ValueError(f"{at!r} has no UTC offset")
    if offset % timedelta(minutes=1):
        at = at.astimezone(UTC)
    return at.replace(microsecond=0).isoformat()


def in_range(at: datetime, first: date | None, last: date | None) -> bool:
    """Whether ``at``'s own local day lies in ``first``-``last`` (either may be open)."""
    day = at.date()
    return (first is None or day >= first) and (last is None or day <= last)


class _Ids:
    """``urn:uuid:`` names from the patient's id and what a record is, so the same
    record gets the same name in every export; a repeated name gets a number."""

    def __init__(self, patient: str) -> None:
        self._space = uuid.uuid5(uuid.NAMESPACE_URL, f"urn:backcare:{patient}")
        self._seen: set[str] = set()

    def new(self, *parts: object) -> str:
        base = "/".join(str(p) for p in parts)
        name, n = base, 1
        while name in self._seen:
            n += 1
            name = f"{base}#{n}"
        self._seen.add(name)
        return str(uuid.uuid5(self._space, name))


def _entry(ident: str, resource: dict[str, Any]) -> dict[str, Any]:
    return {"fullUrl": f"urn:uuid:{ident}", "resource": {**resource, "id": ident}}


def _ref(ident: str) -> dict[str, str]:
    return {"reference": f"urn:uuid:{ident}"}


def _clean(text: str) -> str:
    """A FHIR ``string``/``markdown`` holds no control characters but tab and
    newline, and no blank at either end; empty becomes ""."""
    kept = "".join(c if c in "\t\n\r" or ord(c) >= 32 else " " for c in text)
    return kept.strip()


def _patient(ident: str, name: str | None) -> dict[str, Any]:
    patient: dict[str, Any] = {"resourceType": "Patient",
                               "meta": {"security": [_PSEUDONYMISED]}}
    if name and _clean(name):
        patient["name"] = [{"text": _clean(name)}]
    return patient


def _minutes(seconds: float) -> str:
    whole = round(seconds / 60)
    return "under a minute" if whole < 1 else f"{whole} min"


def _outcome(session: SessionRecord) -> str:
    if session.state == SessionState.FINISHED:
        return "done"
    if session.state == SessionState.RUNNING:
        return "still running when exported"
    if session.stop_reason == StopReason.HURT:
        return "stopped because it hurt"
    if session.state == SessionState.INTERRUPTED or session.stop_reason == StopReason.APP_CLOSED:
        return "stopped: BackCare was closed during it"
    return "stopped early"


def _procedure(session: SessionRecord, patient: str) -> dict[str, Any]:
    status = {SessionState.FINISHED: _COMPLETED,
              SessionState.RUNNING: _IN_PROGRESS}.get(session.state, _STOPPED)
    period = {"start": fhir_time(session.started)}
    if session.ended is not None and session.ended >= session.started:
        period["end"] = fhir_time(session.ended)
    notes = []
    if session.active_s is not None:
        notes.append(f"Exercise time {_minutes(session.active_s)} of "
                     f"{_minutes(session.planned_s)} planned.")
    else:
        notes.append(f"Planned length {_minutes(session.planned_s)}.")
    for step in session.steps:
        dose = []
        if step.sets_done:
            dose.append(f"{step.sets_done} set{'s' if step.sets_done != 1 else ''}")
        if step.reps_done:
            dose.append(f"{step.reps_done} repetition{'s' if step.reps_done != 1 else ''}")
        if step.seconds_done >= 1:
            dose.append(f"{round(step.seconds_done)} s")
        told = f"{_clean(step.exercise) or 'Exercise'}: {_STEP_WORDS[step.outcome]}"
        notes.append(told + (f" ({', '.join(dose)})." if dose else "."))
    if session.feeling is not None:
        notes.append(f"Felt: {session.feeling.label.lower()}.")
    procedure: dict[str, Any] = {
        "resourceType": "Procedure",
        "status": status,
        "category": {"text": "Home exercise session"},
        "code": {"text": _clean(session.routine_title) or _clean(session.routine_id)
                 or "Exercise routine"},
        "subject": _ref(patient),
        "performedPeriod": period,
        "outcome": {"text": _outcome(session)},
        "note": [{"text": text} for text in notes],
    }
    if status == _STOPPED:
        procedure["statusReason"] = {"text": _outcome(session)}
    return procedure


def _observation(entry: PainRecord, patient: str, session: str | None) -> dict[str, Any]:
    observation: dict[str, Any] = {
        "resourceType": "Observation",
        "status": "final",
        "category": [_CATEGORY_SURVEY],
        "code": {"coding": [{"system": LOINC, "code": PAIN_CODE, "display": PAIN_DISPLAY}],
                 "text": "Pain level (0-10)"},
        "subject": _ref(patient),
        "effectiveDateTime": fhir_time(entry.at),
        "valueInteger": entry.level,
    }
    if session is not None:
        observation["partOf"] = [_ref(session)]
    if entry.area is not None:
        observation["bodySite"] = {"text": PainArea(entry.area).label}
    notes = []
    if _clean(entry.note):
        notes.append({"text": _clean(entry.note)})
    if entry.moment in _MOMENTS:
        notes.append({"text": _MOMENTS[entry.moment]})
    if notes:
        observation["note"] = notes
    return observation


def _questionnaire(url: str) -> dict[str, Any]:
    return {
        "resourceType": "Questionnaire",
        "url": url,
        "name": "PEG",
        "title": "PEG: pain, enjoyment of life, general activity",
        "status": "active",
        "subjectType": ["Patient"],
        "description": "The PEG three-item scale, answered weekly, each item 0-10. The "
                       "score is the mean of the three.",
        "copyright": PEG_ATTRIBUTION,
        "item": [{"linkId": link, "text": text, "type": "integer", "required": True}
                 for link, text in PEG_ITEMS],
    }


def _response(answer: PegAnswer, patient: str, questionnaire: str) -> dict[str, Any]:
    values = (answer.pain, answer.enjoyment, answer.activity)
    return {
        "resourceType": "QuestionnaireResponse",
        "questionnaire": questionnaire,
        "status": _COMPLETED,
        "subject": _ref(patient),
        "authored": fhir_time(answer.answered),
        "item": [{"linkId": link, "text": text, "answer": [{"valueInteger": int(value)}]}
                 for (link, text), value in zip(PEG_ITEMS, values, strict=True)],
    }


def build_bundle(*, patient_id: str, made: datetime, sessions: Iterable[SessionRecord] = (),
                 pain: Iterable[PainRecord] = (), peg: Sequence[PegAnswer] = (),
                 first: date | None = None, last: date | None = None,
                 name: str | None = None) -> dict[str, Any]:
    """A FHIR R4 ``collection`` Bundle of the records whose local day lies in
    ``first``-``last`` (each open when None): the Patient first, then the
    sessions, the pain entries, and the PEG Questionnaire with its responses,
    each kind oldest first. ``made`` is the Bundle's timestamp."""
    ids = _Ids(patient_id)
    patient = str(uuid.UUID(patient_id)) if _is_uuid(patient_id) else ids.new("patient")
    entries = [_entry(patient, _patient(patient, name))]
    session_ids: dict[int, str] = {}
    for session in sorted((s for s in sessions if in_range(s.started, first, last)),
                          key=lambda s: s.started):
        ident = ids.new("session", fhir_time(session.started), session.routine_id)
        session_ids[session.key] = ident
        entries.append(_entry(ident, _procedure(session, patient)))
    for entry in sorted((p for p in pain if in_range(p.at, first, last)), key=lambda p: p.at):
        ident = ids.new("pain", fhir_time(entry.at), entry.level)
        linked = None if entry.session_key is None else session_ids.get(entry.session_key)
        entries.append(_entry(ident, _observation(entry, patient, linked)))
    answers = sorted((a for a in peg if in_range(a.answered, first, last)),
                     key=lambda a: a.answered)
    if answers:
        questionnaire = ids.new("questionnaire", "PEG")
        url = f"urn:uuid:{questionnaire}"
        entries.append(_entry(questionnaire, _questionnaire(url)))
        for answer in answers:
            ident = ids.new("peg", fhir_time(answer.answered))
            entries.append(_entry(ident, _response(answer, patient, url)))
    bundle_id = ids.new("bundle", fhir_time(made), first, last)
    return {
        "resourceType": "Bundle",
        "id": bundle_id,
        "meta": {"lastUpdated": fhir_time(made)},
        "identifier": {"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{bundle_id}"},
        "type": "collection",
        "timestamp": fhir_time(made),
        "entry": entries,
    }


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True
