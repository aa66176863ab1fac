"""The voice against the real speech-dispatcher with espeak-ng, one of its own per
test. With its audio output stuck (a PulseAudio address that never answers) it
keeps its clients waiting 30 s per call: the session must go on, Stop — this
hurts must work, and Sound and voice must open at once."""

from __future__ import annotations

import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from backcare_desktop import app as app_module
from backcare_desktop.core.session.events import State
from backcare_desktop.paths import AppPaths
from backcare_desktop.ui.session import speech
from backcare_desktop.ui.session.cue_player import QtCuePlayer
from backcare_desktop.ui.session.page import SessionPage
from backcare_desktop.ui.session.sound_settings import SoundSettings
from backcare_desktop.ui.session.speech import Voice, VoiceChoice
from backcare_desktop.ui.shell import i18n
from tests.desktop_services import SpeechDispatcher, pulseaudio, speech_dispatcher
from tests.fakes import FakeClock, FakePrefs, fire_timer
from tests.ui.conftest import DialogLog

from .conftest import ROUTINE

pytestmark = [pytest.mark.desktop, pytest.mark.slow,
              # The tones: this machine may have no sound server, and Qt says so.
              pytest.mark.qt_log_ignore("PulseAudioService", "qt.multimedia")]

HUNG = ("The voice is not working (speech-dispatcher did not answer), so BackCare goes on "
        "with tones only.")


def reaching(daemon: SpeechDispatcher, monkeypatch: pytest.MonkeyPatch) -> SpeechDispatcher:
    for name, value in daemon.env.items():
        monkeypatch.setenv(name, value)  # the speech worker inherits them
    return daemon


@pytest.fixture
def hung(monkeypatch: pytest.MonkeyPatch) -> Iterator[SpeechDispatcher]:
    with speech_dispatcher(audio="hung") as daemon:
        yield reaching(daemon, monkeypatch)


@pytest.fixture
def silent(monkeypatch: pytest.MonkeyPatch) -> Iterator[SpeechDispatcher]:
    with speech_dispatcher(audio="refused") as daemon:
        yield reaching(daemon, monkeypatch)


@pytest.fixture(autouse=True)
def english_c_locale(qtbot: QtBot) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale.c())  # LANG=C.UTF-8
    yield
    QLocale.setDefault(before)
    qtbot.waitUntil(lambda: not speech._running, timeout=10_000)  # every worker ended


@pytest.fixture
def running(paths: AppPaths, clock: FakeClock, qtbot: QtBot) -> Iterator[app_module.Running]:
    """The app with its real cue player (tones and voice) on the fake clock."""
    outcome = app_module.start(paths, clock=clock)
    assert isinstance(outcome, app_module.Running)
    qtbot.waitUntil(lambda: outcome.ready)
    outcome.repo.set_setting("voice_on", True)
    outcome.repo.set_setting("voice_engine", "speechd")
    yield outcome
    outcome.shutdown()


def start_session(running: app_module.Running, qtbot: QtBot,
                  daemon: SpeechDispatcher) -> tuple[SessionPage, speech.SpeechWorker]:
    running.ctx.events.start_routine.emit(ROUTINE)
    page = running.window.page("session")
    assert isinstance(page, SessionPage)
    cues = page.controller.cues
    assert isinstance(cues, QtCuePlayer) and cues.voice is not None
    worker = cues.voice.worker
    said: list[str] = []
    worker.replied.connect(lambda kind, _reply: said.append(kind))
    # speech-dispatcher opens (it answers: its audio is not tried yet), then takes
    # "Get ready" and starts trying its audio output, which never answers.
    qtbot.waitUntil(lambda: said == ["use", "speech"], timeout=15_000)
    qtbot.waitUntil(daemon.audio_stuck, timeout=10_000)
    assert page.phase.text().strip() == "Get ready"
    return page, worker


def next_phase(running: app_module.Running, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    fire_timer(running.window, "session-boundary")


def test_a_session_goes_on_with_tones_when_speech_dispatcher_hangs(
    hung: SpeechDispatcher, running: app_module.Running, qtbot: QtBot, clock: FakeClock,
    dialog_log: DialogLog
) -> None:
    page, worker = start_session(running, qtbot, hung)
    next_phase(running, clock, 5)  # "Hold.": speech-dispatcher is stuck: the call waits…
    assert page.phase.text().strip() == "Hold" and worker.busy
    next_phase(running, clock, 20)  # …and the session does not
    assert page.phase.text().strip() == "Rest" and worker.busy
    with qtbot.waitSignal(worker.failed, timeout=10_000):
        pass  # two seconds after the call went out
    assert page.voice_note.isVisible() and page.voice_note.text() == HUNG
    assert not worker.running  # killed, not waited for
    qtbot.waitUntil(lambda: not speech._running)  # and gone
    next_phase(running, clock, 10)
    assert page.exercise.text() == "Curl"  # no new worker, no new message
    assert not speech._running and page.voice_note.text() == HUNG
    page.hurt_button.click()
    assert page.controller.state is State.STOPPED
    assert "hurt_advice" in dialog_log.names()


def test_stop_this_hurts_works_while_speech_dispatcher_keeps_the_voice_waiting(
    hung: SpeechDispatcher, running: app_module.Running, qtbot: QtBot, clock: FakeClock,
    dialog_log: DialogLog
) -> None:
    page, worker = start_session(running, qtbot, hung)
    next_phase(running, clock, 5)
    assert worker.busy  # the voice waits on speech-dispatcher
    page.hurt_button.click()
    assert page.controller.state is State.STOPPED
    assert dialog_log.names()[-2:] == ["pain", "hurt_advice"]
    with qtbot.waitSignal(worker.failed, timeout=10_000):
        pass  # the worker, still stuck, is given up and killed
    assert not worker.running


def test_sound_and_voice_opens_at_once_while_speech_dispatcher_hangs(
    hung: SpeechDispatcher, qtbot: QtBot
) -> None:
    hung.say("Someone else's words")
    qtbot.waitUntil(hung.audio_stuck, timeout=10_000)  # now it keeps every client waiting
    prefs = FakePrefs()
    prefs.values.update(voice_engine="speechd", voice_name="English (Great Britain)")
    dialog = SoundSettings(prefs)
    qtbot.addWidget(dialog)
    assert dialog.note.text() == "Looking for voices…" and dialog.worker.busy
    with qtbot.waitSignal(dialog.worker.failed, timeout=15_000):
        pass
    assert dialog.note.text() == HUNG
    dialog.muted.setChecked(True)
    dialog._save()
    assert prefs.values["sound_muted"] is True
    assert prefs.values["voice_name"] == "English (Great Britain)"


def test_the_voice_list_starts_with_english_under_a_c_locale(
    silent: SpeechDispatcher, qtbot: QtBot
) -> None:
    prefs = FakePrefs()
    prefs.values["voice_engine"] = "speechd"
    dialog = SoundSettings(prefs)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded or dialog.worker.problem is not None,
                    timeout=15_000)
    assert dialog.loaded, dialog.note.text()
    assert dialog.engine.currentText() == "speech-dispatcher"
    assert dialog.language.itemText(0) == "English"
    voices = [dialog.voice.itemText(i) for i in range(dialog.voice.count())]
    assert voices[0] == "Automatic voice" and len(voices) > 1
    assert all(v.startswith("English") for v in voices[1:])
    assert dialog.language.count() > 10  # the other languages follow, by name
    others = [dialog.language.itemText(i) for i in range(2, dialog.language.count())]
    assert others[-1] == "Other voices"  # espeak-ng's voices of no locale (Klingon…)
    assert others[:-1] == sorted(others[:-1])
    replies: list[tuple[str, Any]] = []
    dialog.worker.replied.connect(lambda kind, reply: replies.append((kind, reply)))
    dialog.voice.setCurrentIndex(1)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: len(replies) == 2, timeout=10_000)
    assert replies[0][1]["voice"] == voices[1]
    dialog._save()
    assert prefs.values["voice_name"] == voices[1]


def loudest(raw: Path) -> int:
    """The loudest sample recorded so far (16-bit mono)."""
    data = raw.read_bytes()
    samples = array.array("h", data[:len(data) // 2 * 2])
    return max((abs(s) for s in samples), default=0)


@pytest.mark.parametrize(("shown", "language", "automatic", "words"), [
    ("de", "Deutsch", "German", "Als Nächstes: Brücke. Bereit machen."),
    ("es", "Español", "Spanish (Spain)", "Siguiente: puente. Prepárate."),
])
def test_the_shown_languages_voice_is_listed_and_speaks_it(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, shown: str, language: str,
    automatic: str, words: str
) -> None:
    monkeypatch.setattr(i18n, "_shown", [shown])  # as i18n.install records it
    with pulseaudio() as pulse, speech_dispatcher(audio="pulse", pulse=pulse) as daemon:
        reaching(daemon, monkeypatch)
        prefs = FakePrefs()  # a voice chosen while English was shown: set aside
        prefs.values.update(voice_engine="speechd", voice_name="English (Great Britain)")
        dialog = SoundSettings(prefs)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.loaded or dialog.worker.problem is not None,
                        timeout=15_000)
        assert dialog.loaded, dialog.note.text()
        assert dialog.language.itemText(0) == language
        assert dialog.language.currentText() == language
        voices = [dialog.voice.itemText(i) for i in range(dialog.voice.count())]
        assert voices[0] == "Automatic voice" and automatic in voices
        assert dialog.voice.currentIndex() == 0
        dialog.reject()

        voice = Voice(VoiceChoice(True, "speechd", "English (Great Britain)"))
        replies: list[tuple[str, Any]] = []
        voice.worker.replied.connect(lambda kind, reply: replies.append((kind, reply)))
        with pulse.recording() as raw:
            assert loudest(raw) == 0
            voice.say(words)
            qtbot.waitUntil(lambda: len(replies) == 2, timeout=15_000)
            assert replies[0][1]["voice"] == automatic  # chosen for the shown language
            qtbot.waitUntil(lambda: loudest(raw) > 1000, timeout=15_000)  # it is heard
        voice.stop()
        qtbot.waitUntil(lambda: not voice.worker.running, timeout=10_000)
        assert voice.problem is None


def test_a_latin_american_locale_is_spoken_in_the_latin_american_voice(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With Spanish shown and the system's locale es_MX, the real speech-dispatcher
    speaks through espeak-ng's Latin American voice, and it is heard."""
    monkeypatch.setattr(i18n, "_shown", ["es"])
    with pulseaudio() as pulse, speech_dispatcher(audio="pulse", pulse=pulse) as daemon:
        reaching(daemon, monkeypatch)
        voice = Voice(VoiceChoice(True, "speechd", ""), language="es_MX")
        replies: list[tuple[str, Any]] = []
        voice.worker.replied.connect(lambda kind, reply: replies.append((kind, reply)))
        with pulse.recording() as raw:
            voice.say("Siguiente: puente. Prepárate.")
            qtbot.waitUntil(lambda: len(replies) == 2, timeout=15_000)
            assert replies[0][1]["voice"] == "Spanish (Latin America)"
            qtbot.waitUntil(lambda: loudest(raw) > 1000, timeout=15_000)
        voice.stop()
        qtbot.waitUntil(lambda: not voice.worker.running, timeout=10_000)
        assert voice.problem is None
