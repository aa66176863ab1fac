"""The voice's worker: requests coalesced, one at a time, bounded; a missing,
broken or hung engine said once; languages ordered for the person."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QProcess
from pytestqt.qtbot import QtBot

from backcare_desktop.ui.session import speech
from backcare_desktop.ui.session.speech import (
    Speaker,
    SpeechWorker,
    Voice,
    VoiceChoice,
    best_locale,
    default_voice,
    language_name,
    language_of,
    problem_text,
    ui_language,
    ui_locale_name,
    voice_notes,
)
from backcare_desktop.ui.shell import i18n
from tests.fakes import fire_timer

# Stand-in workers: the real protocol, no engine.
ECHO = ("import json, sys\n"
        "for line in sys.stdin:\n"
        "    r = json.loads(line)\n"
        "    print(json.dumps({'id': r['id'], 'ok': True, 'got': r}), flush=True)\n")
SILENT = "import sys\nfor line in sys.stdin:\n    pass\n"  # reads, never answers
NO_ENGINE = ("import json, sys\n"
             "for line in sys.stdin:\n"
             "    r = json.loads(line)\n"
             "    print(json.dumps({'id': r['id'], 'ok': False, 'problem': 'no-engine'}),"
             " flush=True)\n")
BROKEN = ("import json, sys\n"
          "for line in sys.stdin:\n"
          "    r = json.loads(line)\n"
          "    print(json.dumps({'id': r['id'], 'ok': False, 'problem': 'engine-error',"
          " 'engine': 'speechd', 'detail': 'Connection refused'}), flush=True)\n")


def fake(code: str) -> tuple[str, list[str]]:
    return sys.executable, ["-c", code]


@pytest.fixture(autouse=True)
def workers_end(qtbot: QtBot) -> Iterator[None]:
    """Every worker process a test started has ended (killed or done) by its end."""
    yield
    qtbot.waitUntil(lambda: not speech._running, timeout=10_000)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Show a language (as ``i18n.install`` records it), without its translation:
    the tests read English."""
    def show(language: str) -> None:
        monkeypatch.setattr(i18n, "_shown", [language])
    return show


@pytest.fixture
def english_ui() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


def said(replies: list[tuple[str, dict[str, Any]]]) -> list[str]:
    return [r["got"]["words"] for kind, r in replies if kind == "speech" and "words" in r["got"]]


# -- the app's side, with stand-in workers ---------------------------------------------

def test_new_words_replace_words_not_yet_sent(qtbot: QtBot) -> None:
    worker = SpeechWorker(command=fake(ECHO))
    replies: list[tuple[str, dict[str, Any]]] = []
    worker.replied.connect(lambda kind, reply: replies.append((kind, reply)))
    worker.ask("speech", {"do": "say", "words": "Get ready."})  # sent at once
    assert worker.busy
    worker.ask("speech", {"do": "say", "words": "Hold."})  # waits…
    worker.ask("speech", {"do": "say", "words": "Rest."})  # …and is replaced
    qtbot.waitUntil(lambda: len(replies) == 2)
    assert said(replies) == ["Get ready.", "Rest."]
    assert not worker.busy and worker.problem is None
    worker.close()


def test_requests_of_other_kinds_keep_their_order(qtbot: QtBot) -> None:
    worker = SpeechWorker(command=fake(ECHO))
    replies: list[tuple[str, dict[str, Any]]] = []
    worker.replied.connect(lambda kind, reply: replies.append((kind, reply)))
    worker.ask("use", {"do": "use", "engine": "a", "voice": ""})  # sent at once
    worker.ask("catalog", {"do": "catalog"})
    worker.ask("use", {"do": "use", "engine": "b", "voice": ""})
    worker.ask("speech", {"do": "stop"})
    worker.ask("use", {"do": "use", "engine": "c", "voice": ""})  # replaces "b", in its place
    qtbot.waitUntil(lambda: len(replies) == 4)
    assert [(kind, r["got"]["do"], r["got"].get("engine")) for kind, r in replies] == [
        ("use", "use", "a"), ("catalog", "catalog", None), ("use", "use", "c"),
        ("speech", "stop", None)]
    worker.close_when_idle()
    assert not worker.running


def test_a_call_that_does_not_come_back_marks_the_engine_hung(qtbot: QtBot) -> None:
    worker = SpeechWorker(command=fake(SILENT))
    worker.ask("speech", {"do": "say", "words": "Get ready."})
    worker.ask("speech", {"do": "say", "words": "Hold."})
    assert worker.busy
    process = worker._process
    assert process is not None
    with qtbot.waitSignal(worker.failed) as failed:
        fire_timer(worker, "speech-deadline")  # as if two seconds passed
    assert failed.args == ["The voice is not working (speech-dispatcher did not answer), so "
                           "BackCare goes on with tones only."]
    assert not worker.running and not worker.busy
    qtbot.waitUntil(lambda: process not in speech._running)  # killed and reaped
    with qtbot.assertNotEmitted(worker.failed):
        worker.ask("speech", {"do": "say", "words": "Rest."})  # the engine is given up
    assert not worker.running and not worker._deadline.isActive()


def test_the_deadline_is_short_for_words_and_longer_for_starting(qtbot: QtBot) -> None:
    worker = SpeechWorker(command=fake(ECHO))
    replies: list[str] = []
    worker.replied.connect(lambda kind, _reply: replies.append(kind))
    worker.ask("speech", {"do": "say", "words": "Get ready."})
    assert worker._deadline.interval() == speech.OPEN_TIMEOUT_S * 1000  # the process starts
    qtbot.waitUntil(lambda: replies == ["speech"])
    worker.ask("speech", {"do": "say", "words": "Hold."})
    assert worker._deadline.interval() == speech.CALL_TIMEOUT_S * 1000
    qtbot.waitUntil(lambda: replies == ["speech", "speech"])
    worker.ask("use", {"do": "use", "engine": "x"})
    assert worker._deadline.interval() == speech.OPEN_TIMEOUT_S * 1000
    qtbot.waitUntil(lambda: len(replies) == 3)
    worker.close()


@pytest.mark.parametrize(("code", "start"), [
    (NO_ENGINE, "No text-to-speech engine is installed, so BackCare goes on with tones only."),
    (BROKEN, "The voice is not working (speech-dispatcher did not start: Connection refused), "
             "so BackCare goes on with tones only."),
    ("raise SystemExit(3)", "The voice is not working (its helper process stopped)"),
])
def test_a_missing_or_broken_engine_is_said_in_plain_words(
    qtbot: QtBot, code: str, start: str
) -> None:
    worker = SpeechWorker(command=fake(code))
    with qtbot.waitSignal(worker.failed) as failed:
        worker.ask("use", {"do": "use", "engine": "", "voice": ""})
    assert str(failed.args[0]).startswith(start)
    assert not worker.running


def test_a_worker_that_cannot_start_is_a_problem_not_a_crash(qtbot: QtBot) -> None:
    worker = SpeechWorker(command=("/nonexistent/backcare-speech", []))
    with qtbot.waitSignal(worker.failed) as failed:
        worker.ask("use", {"do": "use"})
    assert "its helper process stopped" in str(failed.args[0])


def test_the_voice_says_its_problem_once_on_the_page_and_in_the_log(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    notes: list[str] = []
    voice_notes().changed.connect(notes.append)
    voice = Voice(VoiceChoice(True, "speechd", ""), command=fake(SILENT))
    assert notes == [""]  # a new voice clears what an old one said
    for words in ("Get ready.", "Hold.", "Rest.", "Hold."):
        voice.say(words)
    with caplog.at_level(logging.WARNING, logger="backcare_desktop.ui.session.speech"):
        fire_timer(voice.worker, "speech-deadline")
        for words in ("Rest.", "Well done."):
            voice.say(words)
        voice.stop()
    message = ("The voice is not working (speech-dispatcher did not answer), so BackCare "
               "goes on with tones only.")
    assert notes == ["", message]
    assert [r.getMessage() for r in caplog.records] == [message]
    assert voice.problem == message and not voice.worker.running
    voice_notes().changed.disconnect(notes.append)


def test_a_voice_ends_its_worker_when_stopped_and_starts_one_when_it_speaks_again(
    qtbot: QtBot
) -> None:
    voice = Voice(VoiceChoice(True, "mock", ""), command=fake(ECHO))
    replies: list[dict[str, Any]] = []
    voice.worker.replied.connect(lambda _kind, reply: replies.append(reply["got"]))
    voice.say("Get ready.")
    voice.stop()  # replaces the words not yet sent
    qtbot.waitUntil(lambda: not voice.worker.running)
    assert [r["do"] for r in replies] == ["use", "stop"]
    assert replies[0]["engine"] == "mock"
    voice.say("Hold.")  # a new worker: the engine is chosen again first
    qtbot.waitUntil(lambda: len(replies) == 4)
    assert [r["do"] for r in replies[2:]] == ["use", "say"]
    voice.stop()
    qtbot.waitUntil(lambda: not voice.worker.running)


def test_quitting_kills_a_hung_worker_at_once(qtbot: QtBot) -> None:
    worker = SpeechWorker(command=fake(SILENT))
    worker.ask("speech", {"do": "say", "words": "Hold."})
    process = worker._process
    assert process is not None
    process.waitForStarted(5000)
    speech.close_all()
    assert not speech._running and not worker.running and not worker._deadline.isActive()
    assert process.state() == QProcess.ProcessState.NotRunning


@pytest.mark.slow
def test_the_app_quits_while_the_worker_hangs(tmp_path: Any) -> None:
    code = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication, QTimer\n"
        "from backcare_desktop.ui.session.speech import SpeechWorker\n"
        "app = QCoreApplication([])\n"
        f"worker = SpeechWorker(command=(sys.executable, ['-c', {SILENT!r}]))\n"
        "worker.ask('speech', {'do': 'say', 'words': 'Hold.'})\n"
        "QTimer.singleShot(300, app.quit)\n"
        "sys.exit(app.exec())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Destroyed while" not in done.stderr


# -- the worker's side, in this process, with Qt's mock engine ---------------------------

def test_the_speaker_picks_the_voice_of_the_language_when_none_was_chosen(qapp: Any) -> None:
    speaker = Speaker()
    reply = speaker.handle({"id": 1, "do": "use", "engine": "mock", "voice": "",
                            "language": "en"})
    assert reply == {"id": 1, "ok": True, "engine": "mock", "voice": "Charly"}  # en_US
    reply = speaker.handle({"id": 2, "do": "use", "engine": "mock", "voice": "",
                            "language": "fi_FI"})
    assert reply["voice"] == "Kari"
    reply = speaker.handle({"id": 3, "do": "use", "engine": "mock", "voice": "Kjersti",
                            "language": "nb"})
    assert reply["voice"] == "Kjersti"  # the chosen voice speaks the language
    catalog = speaker.handle({"id": 4, "do": "catalog"})
    assert catalog["engine"] == "mock" and "mock" in catalog["engines"]
    assert catalog["voices"]["nb_NO"] == ["Eivind", "Kjersti"]
    assert sum(len(names) for names in catalog["voices"].values()) == 10  # every language
    assert speaker.handle({"id": 5, "do": "say", "words": "Hold."}) == {"id": 5, "ok": True}
    assert speaker.handle({"id": 6, "do": "stop"}) == {"id": 6, "ok": True}


def test_a_chosen_voice_of_another_language_gives_way_to_the_languages_own(
    qapp: Any
) -> None:
    speaker = Speaker()
    reply = speaker.handle({"id": 1, "do": "use", "engine": "mock", "voice": "Kjersti",
                            "language": "en"})
    assert reply["voice"] == "Charly"  # Norwegian does not read English words
    reply = speaker.handle({"id": 2, "do": "use", "engine": "mock", "voice": "Anneli",
                            "language": "fi_FI"})
    assert reply["voice"] == "Anneli"
    reply = speaker.handle({"id": 3, "do": "use", "engine": "mock", "voice": "Bob",
                            "language": "en_GB"})  # English too, of another country
    assert reply["voice"] == "Bob"


def test_the_speaker_without_an_engine_says_so(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtTextToSpeech import QTextToSpeech

    monkeypatch.setattr(QTextToSpeech, "availableEngines", staticmethod(lambda: ["mock"]))
    speaker = Speaker()
    assert speaker.handle({"id": 1, "do": "use", "engine": "", "voice": ""}) == {
        "id": 1, "ok": False, "problem": "no-engine"}  # the test engine is never a fallback
    assert speaker.handle({"id": 2, "do": "say", "words": "Hold."})["problem"] == "no-engine"


def test_the_real_worker_answers_with_the_mock_engine(qtbot: QtBot) -> None:
    worker = SpeechWorker()
    replies: dict[str, dict[str, Any]] = {}
    worker.replied.connect(lambda kind, reply: replies.__setitem__(kind, reply))
    worker.ask("use", {"do": "use", "engine": "mock", "voice": "Anne", "language": "en"})
    worker.ask("catalog", {"do": "catalog"})
    worker.ask("speech", {"do": "say", "words": "Hold."})
    qtbot.waitUntil(lambda: "speech" in replies, timeout=10_000)
    assert replies["use"]["voice"] == "Anne" and replies["catalog"]["voice"] == "Anne"
    worker.close_when_idle()
    assert not worker.running


# -- languages and words ---------------------------------------------------------------

def test_the_voice_speaks_the_shown_language(english_ui: None, shown: Any) -> None:
    assert (ui_language(), ui_locale_name()) == ("en", "en")  # under the C locale
    shown("de")
    assert (ui_language(), ui_locale_name()) == ("de", "de")
    QLocale.setDefault(QLocale("de_AT"))  # the locale speaks it: its country too
    assert (ui_language(), ui_locale_name()) == ("de", "de_AT")
    shown("es")
    assert (ui_language(), ui_locale_name()) == ("es", "es")


def test_a_voice_asks_for_the_shown_language_and_no_voice_by_default(
    qtbot: QtBot, english_ui: None, shown: Any
) -> None:
    shown("de")
    voice = Voice(VoiceChoice(True, "speechd", ""), command=fake(ECHO))
    replies: list[dict[str, Any]] = []
    voice.worker.replied.connect(lambda _kind, reply: replies.append(reply["got"]))
    voice.say("Halten.")
    qtbot.waitUntil(lambda: len(replies) == 2)
    assert replies[0] == {"do": "use", "engine": "speechd", "voice": "", "language": "de",
                          "id": 1}  # the worker takes the voice named for German
    assert replies[1]["words"] == "Halten."
    voice.stop()
    qtbot.waitUntil(lambda: not voice.worker.running)


def test_languages_have_names_people_read(shown: Any) -> None:
    assert language_name("en") == "English"
    assert language_name("de") == "German (Deutsch)"
    assert language_name("nb") == "Norwegian Bokmål (norsk bokmål)"
    assert language_of("C") == "" and language_name("") == "Other voices"
    assert language_of("chr_US") == "chr" and language_name("chr") == "Cherokee (ᏣᎳᎩ)"
    shown("de")  # Qt names languages in English only: each in its own words then
    assert [language_name(c) for c in ("de", "en", "es", "fi")] == [
        "Deutsch", "English", "Español", "Suomi"]


def test_the_best_locale_for_a_language() -> None:
    assert best_locale(["en_GB", "en_US", "fi_FI"], "en") == "en_US"
    assert best_locale(["en_GB", "fi_FI"], "en") == "en_GB"
    assert best_locale(["en_GB", "en_US"], "en_GB") == "en_GB"
    assert best_locale(["de_AT", "de_DE"], "de_CH") == "de_DE"
    assert best_locale(["fi_FI"], "en") is None


def test_a_latin_american_country_gets_the_latin_american_voice() -> None:
    spanish = ["en_US", "es_419", "es_ES"]
    assert [best_locale(spanish, wanted) for wanted in ("es_MX", "es_AR", "es_US")] == [
        "es_419"] * 3
    assert [best_locale(spanish, wanted) for wanted in ("es_ES", "es", "es_GQ")] == [
        "es_ES"] * 3
    assert best_locale(["es_ES"], "es_MX") == "es_ES", "where there is no Latin American one"
    assert best_locale(["en_US", "en_GB"], "en_MX") == "en_US"
    assert default_voice(["Spanish (Latin America)+Adam", "Spanish (Latin America)"],
                         "es_419") == "Spanish (Latin America)"


def test_problems_in_plain_words() -> None:
    assert problem_text({"problem": "hung", "engine": "flite"}) == (
        "The voice is not working (Flite did not answer), so BackCare goes on with tones "
        "only.")
    assert problem_text({"problem": "engine-error", "engine": "speechd", "detail": ""}) == (
        "The voice is not working (speech-dispatcher did not start), so BackCare goes on "
        "with tones only.")


def test_the_default_voice_is_named_for_the_language_and_country() -> None:
    us = ["English (Caribbean)", "English (Caribbean)+Adam", "English (America)",
          "English (America, New York City)"]
    assert default_voice(us, "en_US") == "English (America)"
    assert default_voice(["English (Scotland)", "English (Great Britain)"],
                         "en_GB") == "English (Great Britain)"
    assert default_voice(["German+Adam", "German"], "de_DE") == "German"
    assert default_voice(["Kari+Adam", "Kari", "Anneli"], "fi_FI") == "Kari"  # not a variant
    assert default_voice([], "fi_FI") is None
