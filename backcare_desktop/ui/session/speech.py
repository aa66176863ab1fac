"""The voice, kept away from the GUI thread: a speech worker process.

Every call into a speech engine can hang: speech-dispatcher blocks its
clients (``spd_open``, ``spd_say``, ``spd_cancel``) while it cannot open its
audio output, and PySide keeps Python's lock during those calls, so even a
thread of ours would freeze the window. So the engine lives in a small
process of its own (this module run with ``-m``, or the bundle run with
``--speech-worker``) that owns the ``QTextToSpeech``, and the app talks to it
with one JSON line per request and per reply:

    {"id": 3, "do": "use", "engine": "speechd", "voice": "", "language": "en"}
    {"id": 3, "ok": true, "engine": "speechd", "voice": "English (America)"}

``do`` is ``use`` (pick the engine and the voice; an empty voice, or one
that does not speak ``language``, means the voice chosen for ``language``:
the one named for its language and country), ``catalog`` (the engines, and the
current engine's voices by locale), ``say`` (silence what is being said, then
say ``words``) or ``stop``. A failed reply says why: ``{"ok": false,
"problem": "no-engine" | "engine-error", "engine": …, "detail": …}``.

On the app's side ``SpeechWorker`` sends one request at a time; a newer
request of the same kind replaces one not yet sent (a new phase's words
replace words not yet said). A reply that does not come within
``CALL_TIMEOUT_S`` (``OPEN_TIMEOUT_S`` for starting and choosing an engine)
marks the engine hung: the process is killed, never waited for, and the
problem is said once in plain words. ``Voice`` is a session's voice on top of
it; ``voice_notes()`` tells the session page what to say about the voice.

Signals:
    SpeechWorker.replied(str, object): the reply (a dict) to the request of
        that kind.
    SpeechWorker.failed(str): the engine is missing, broken or hung; plain
        words for the person. Sent once: the worker then ignores requests.
    VoiceNotes.changed(str): what the session page says about the voice ("":
        nothing).
"""

from __future__ import annotations

import json
import logging
import os
import sys
import threading
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QObject,
    QProcess,
    QProcessEnvironment,
    QTimer,
    Signal,
)

from backcare_desktop.core.words import QT_TRANSLATE_NOOP
from backcare_desktop.ui.desktop.media import quiet_media_logs
from backcare_desktop.ui.shell import i18n

log = logging.getLogger(__name__)

CALL_TIMEOUT_S = 2.0  # say and stop
OPEN_TIMEOUT_S = 5.0  # starting the worker and opening an engine (speech-dispatcher lists
                      # every voice then: 1.4 s here for 13,000 espeak-ng voices)
WORKER_FLAG = "--speech-worker"  # how the stand-alone bundle starts the worker
MOCK = "mock"  # Qt's test engine: used only when asked for by name

# What the person reads for an engine's name.
ENGINE_NAMES = {"speechd": "speech-dispatcher",
                "sapi": QT_TRANSLATE_NOOP("Speech", "Windows speech (SAPI)"),
                "winrt": QT_TRANSLATE_NOOP("Speech", "Windows speech"),
                "darwin": QT_TRANSLATE_NOOP("Speech", "macOS speech"), "flite": "Flite",
                MOCK: QT_TRANSLATE_NOOP("Speech", "Test engine")}


@dataclass(frozen=True)
class VoiceChoice:
    on: bool = True
    engine: str = ""
    voice: str = ""


def engine_name(engine: str) -> str:
    name = ENGINE_NAMES.get(engine)
    return engine if name is None else QCoreApplication.translate("Speech", name)


# -- languages ----------------------------------------------------------------------

def ui_language() -> str:
    """The code of the language the app shows ("en", "de" or "es"): the voice
    speaks it, since its words are translated with the rest."""
    return i18n.shown()


def ui_locale_name() -> str:
    """The shown language as the worker is told it: with the locale's country when
    the locale speaks it ("de_AT"), else the language alone ("de"; "en" under the
    C locale)."""
    locale = QLocale()
    if locale.language() not in (QLocale.Language.C, QLocale.Language.AnyLanguage) \
            and QLocale.languageToCode(locale.language()) == ui_language():
        return locale.name()
    return ui_language()


def language_of(locale_name: str) -> str:
    """The language code of a locale name: "en_GB" -> "en"; "" for none ("C")."""
    language = QLocale(locale_name).language()
    if language in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return ""
    return QLocale.languageToCode(language)


def language_name(code: str) -> str:
    """A language as people read it: "German (Deutsch)", "English"; "Other voices"
    for voices of no language. Qt names languages in English only, so with another
    language shown each is named in its own words ("Deutsch", "Suomi")."""
    if not code:
        return QCoreApplication.translate("Speech", "Other voices")
    language = QLocale.codeToLanguage(code)
    english = QLocale.languageToString(language)
    # The plainest of the language's own names: "English", not "American English".
    native = min((locale.nativeLanguageName() for locale in QLocale.matchingLocales(
        language, QLocale(language).script(), QLocale.Country.AnyTerritory)),
        key=len, default="")
    if ui_language() != "en" and native:
        return native[:1].upper() + native[1:]
    if native and english.casefold() not in native.casefold():
        return f"{english} ({native})"
    return english


# Where the Spanish spoken is Latin American Spanish, as the voices for the UN's
# region 419 speak it (the United States' Spanish is closest to it too).
LATIN_AMERICAN_TERRITORIES = frozenset({
    "AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "GT", "HN", "MX", "NI", "PA", "PE",
    "PR", "PY", "SV", "US", "UY", "VE"})


def best_locale(locales: list[str], wanted: str) -> str | None:
    """Of the engine's ``locales``, the one for ``wanted`` ("en", "de_AT"…): the same
    name, else the language's Latin American locale for a Latin American country
    ("es_419" for "es_MX"), else the language's usual country, else any of the
    language."""
    if wanted in locales:
        return wanted
    language = language_of(wanted)
    same = sorted(name for name in locales if language_of(name) == language)
    territory = QLocale.territoryToCode(QLocale(wanted).territory()) if "_" in wanted else ""
    if f"{language}_419" in same and territory in LATIN_AMERICAN_TERRITORIES:
        return f"{language}_419"
    usual = QLocale(language).name()  # "de" -> "de_DE"
    if usual in same:
        return usual
    return same[0] if same else None


# espeak-ng's names for some countries, where they differ from Qt's.
TERRITORY_WORDS = {"United States": "America", "United Kingdom": "Great Britain"}


def default_voice(names: list[str], locale_name: str) -> str | None:
    """The voice to use for ``locale_name`` when none was chosen: the one named like
    the language and country ("English (America)" for en_US, "German" for de_DE),
    else the first that is not a variant ("Name+Variant"), else the first."""
    locale = QLocale(locale_name)
    language = QLocale.languageToString(locale.language())
    territory = QLocale.territoryToString(locale.territory())
    wanted = {f"{language} ({TERRITORY_WORDS.get(territory, territory)})".casefold(),
              f"{language} ({territory})".casefold()}
    for name in names:
        if name.casefold() in wanted:
            return name
    for name in names:
        if name.casefold() == language.casefold():
            return name
    plain = [name for name in names if "+" not in name] or names
    return plain[0] if plain else None


# -- problems in plain words ----------------------------------------------------------

def problem_text(reply: dict[str, Any]) -> str:
    """What the person reads for a failed reply, a hang or a lost worker."""
    problem = reply.get("problem")
    engine = engine_name(str(reply.get("engine") or "")) or QCoreApplication.translate(
        "Speech", "the speech engine")
    if problem == "no-engine":
        return QCoreApplication.translate(
            "Speech",
            "No text-to-speech engine is installed, so BackCare goes on with tones "
            "only. On Linux, install speech-dispatcher (for example: sudo apt-get "
            "install speech-dispatcher espeak-ng).")
    if problem == "hung":
        why = QCoreApplication.translate("Speech", "{engine} did not answer").format(
            engine=engine)
    elif problem == "engine-error":
        detail = str(reply.get("detail") or "").strip().rstrip(".")
        why = (QCoreApplication.translate("Speech", "{engine} did not start: {detail}").format(
                   engine=engine, detail=detail)
               if detail else QCoreApplication.translate(
                   "Speech", "{engine} did not start").format(engine=engine))
    else:
        why = QCoreApplication.translate("Speech", "its helper process stopped")
    return QCoreApplication.translate(
        "Speech",
        "The voice is not working ({why}), so BackCare goes on with tones "
        "only.").format(why=why)


# -- the app's side -------------------------------------------------------------------

def worker_command() -> tuple[str, list[str]]:
    if getattr(sys, "frozen", False):
        return sys.executable, [WORKER_FLAG]
    return sys.executable, ["-m", __name__]


_running: set[QProcess] = set()  # worker processes not yet seen to end
_workers: weakref.WeakSet[SpeechWorker] = weakref.WeakSet()
_quit_watched = False


def close_all() -> None:
    """Close every worker and kill its process (the app is quitting). A killed
    process ends at once, hung or not: the wait is bounded and short."""
    for worker in list(_workers):
        if shiboken6.isValid(worker):
            worker.close()
    for process in list(_running):
        process.kill()
        process.waitForFinished(1000)
        _running.discard(process)


def _watch_quit() -> None:
    global _quit_watched
    app = QCoreApplication.instance()
    if not _quit_watched and app is not None:
        app.aboutToQuit.connect(close_all)
        _quit_watched = True


class SpeechWorker(QObject):
    replied = Signal(str, object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, *,
                 command: tuple[str, list[str]] | None = None) -> None:
        super().__init__(parent)
        self._command = command or worker_command()
        self._process: QProcess | None = None
        self._queue: dict[str, dict[str, Any]] = {}  # by kind, in the order first asked
        self._in_flight: tuple[str, dict[str, Any]] | None = None
        self._first = True  # the next request is the new process's first
        self._next_id = 1
        self._close_when_idle = False
        self.engine = ""  # the engine the worker uses (or was asked for)
        self.problem: str | None = None
        self._said_last = ""  # the end of what the worker wrote to stderr
        self._deadline = QTimer(self)
        self._deadline.setObjectName("speech-deadline")
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._hung)
        _workers.add(self)

    # -- asking ---------------------------------------------------------------------

    def ask(self, kind: str, request: dict[str, Any]) -> None:
        """Send ``request`` when the worker is free; it replaces an unsent request of
        the same ``kind``. Nothing happens once the engine has failed."""
        if self.problem is not None:
            return
        if request.get("do") == "use" and request.get("engine"):
            self.engine = str(request["engine"])
        self._close_when_idle = False
        self._queue[kind] = request
        self._send_next()

    def close_when_idle(self) -> None:
        """End the process once what was asked has been answered."""
        self._close_when_idle = True
        if self._in_flight is None and not self._queue:
            self.close()

    def close(self) -> None:
        """End the process now (killed: a hung engine cannot hold it)."""
        self._deadline.stop()
        self._queue.clear()
        self._in_flight = None
        process, self._process = self._process, None
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            process.kill()  # reaped when Qt sees it end; never waited for here

    @property
    def busy(self) -> bool:
        """A request is waiting for its reply."""
        return self._in_flight is not None

    @property
    def running(self) -> bool:
        return self._process is not None

    # -- the process ------------------------------------------------------------------

    def _start(self) -> QProcess:
        _watch_quit()
        process = QProcess()
        program, args = self._command
        if not getattr(sys, "frozen", False):  # the worker imports this package too
            env = QProcessEnvironment.systemEnvironment()
            root = str(Path(__file__).resolve().parents[3])
            env.insert("PYTHONPATH", os.pathsep.join(
                p for p in (root, env.value("PYTHONPATH", "")) if p))
            process.setProcessEnvironment(env)
        process.readyReadStandardOutput.connect(lambda: self._read(process))
        process.readyReadStandardError.connect(lambda: self._log_stderr(process))
        process.errorOccurred.connect(lambda error: self._process_error(process, error))
        process.finished.connect(lambda *_: self._ended(process))
        _running.add(process)
        process.start(program, args)
        self._process = process
        self._first = True
        return process

    def _send_next(self) -> None:
        if self._in_flight is not None or not self._queue or self.problem is not None:
            return
        process = self._process or self._start()
        kind = next(iter(self._queue))
        request = dict(self._queue.pop(kind), id=self._next_id)
        self._next_id += 1
        self._in_flight = (kind, request)
        slow = self._first or request.get("do") in ("use", "catalog")
        self._first = False
        process.write(json.dumps(request).encode() + b"\n")
        self._deadline.start(int(1000 * (OPEN_TIMEOUT_S if slow else CALL_TIMEOUT_S)))

    def _read(self, process: QProcess) -> None:
        while process is self._process and process.canReadLine():
            line = bytes(process.readLine().data())
            try:
                reply = json.loads(line)
            except ValueError:
                log.debug("speech worker said: %r", line)
                continue
            if not isinstance(reply, dict) or self._in_flight is None \
                    or reply.get("id") != self._in_flight[1]["id"]:
                continue
            kind, _ = self._in_flight
            self._in_flight = None
            self._deadline.stop()
            if reply.get("engine"):
                self.engine = str(reply["engine"])
            if not reply.get("ok"):
                self._fail(problem_text({"engine": self.engine, **reply}))
                return
            self.replied.emit(kind, reply)
            if self._close_when_idle and not self._queue:
                self.close()
            else:
                self._send_next()

    def _hung(self) -> None:
        self._fail(problem_text({"problem": "hung", "engine": self.engine or _usual_engine()}))

    def _process_error(self, process: QProcess, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:  # it will not send "finished"
            _running.discard(process)
            process.deleteLater()
            if process is self._process:
                self._process = None
                self._fail(problem_text({"problem": "worker-lost"}))

    def _ended(self, process: QProcess) -> None:
        _running.discard(process)
        if shiboken6.isValid(process):  # not when Qt ends it while destroying it
            process.deleteLater()
        if process is self._process:  # it ended by itself
            self._process = None
            if self._in_flight is not None or self._queue:
                log.warning("the speech worker ended (status %s): %s", process.exitCode(),
                            self._said_last or "it said nothing")
                self._fail(problem_text({"problem": "worker-lost"}))

    def _log_stderr(self, process: QProcess) -> None:
        text = bytes(process.readAllStandardError().data()).decode(errors="replace").strip()
        if text:
            log.debug("speech worker: %s", text)
            self._said_last = text[-2000:]

    def _fail(self, message: str) -> None:
        if self.problem is not None:
            return
        self.problem = message
        self.close()
        self.failed.emit(message)


def _usual_engine() -> str:
    return "speechd" if sys.platform.startswith("linux") else ""


class VoiceNotes(QObject):
    """What the session page says about the voice, app-wide."""

    changed = Signal(str)


def voice_notes() -> VoiceNotes:
    app = QCoreApplication.instance()
    assert app is not None
    found = app.findChild(VoiceNotes, "backcare-voice-notes")
    if found is None:
        found = VoiceNotes(app)
        found.setObjectName("backcare-voice-notes")
    return found


class Voice(QObject):
    """A session's voice: says a phase's words through its own worker, and says once,
    on the session page and in the log, when the engine is missing, broken or hung
    (the tones carry on)."""

    def __init__(self, choice: VoiceChoice, *, language: str | None = None,
                 command: tuple[str, list[str]] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = SpeechWorker(self, command=command)
        self.worker.failed.connect(self._failed)
        self._use = {"do": "use", "engine": choice.engine, "voice": choice.voice,
                     "language": language or ui_locale_name()}
        self._opened = False
        voice_notes().changed.emit("")

    @property
    def problem(self) -> str | None:
        return self.worker.problem

    def open(self) -> None:
        """Start the worker and the engine now, before the first words."""
        if not self.worker.running:
            self.worker.ask("use", self._use)

    def say(self, words: str) -> None:
        self.open()
        self.worker.ask("speech", {"do": "say", "words": words})

    def stop(self) -> None:
        """Silence it and end the worker (a later ``say`` starts another)."""
        if self.worker.running:
            self.worker.ask("speech", {"do": "stop"})
            self.worker.close_when_idle()

    def _failed(self, message: str) -> None:
        log.warning("%s", message)
        voice_notes().changed.emit(message)


# -- the worker's side ------------------------------------------------------------------

class Speaker:
    """Runs in the worker process: owns the QTextToSpeech and answers requests."""

    def __init__(self) -> None:
        quiet_media_logs()  # before QtTextToSpeech loads (it brings QtMultimedia)
        self.tts: Any = None
        self.engine = ""
        self._voices: dict[str, tuple[str, Any]] | None = None  # name -> (locale, QVoice)

    def handle(self, request: dict[str, Any]) -> dict[str, Any]:
        action = request.get("do")
        if action == "use":
            reply = self.use(str(request.get("engine") or ""), str(request.get("voice") or ""),
                             str(request.get("language") or "en"))
        elif self.tts is None:
            reply = {"ok": False, "problem": "no-engine"}
        elif action == "catalog":
            reply = self.catalog()
        elif action == "say":
            self.tts.stop()
            self.tts.say(str(request.get("words") or ""))
            reply = self._state()
        elif action == "stop":
            self.tts.stop()
            reply = {"ok": True}
        else:
            reply = {"ok": False, "problem": "unknown-request"}
        return {"id": request.get("id"), **reply}

    def engines(self) -> list[str]:
        from PySide6.QtTextToSpeech import QTextToSpeech

        found = [e for e in QTextToSpeech.availableEngines() if e != MOCK]
        return found + ([MOCK] if self.engine == MOCK else [])

    def use(self, engine: str, voice: str, language: str) -> dict[str, Any]:
        from PySide6.QtTextToSpeech import QTextToSpeech

        available = QTextToSpeech.availableEngines()
        usable = [e for e in available if e != MOCK]
        if engine == MOCK and MOCK in available:
            usable = [MOCK]
        chosen = engine if engine in usable else (usable[0] if usable else "")
        if not chosen:
            return {"ok": False, "problem": "no-engine"}
        if self.tts is None or self.engine != chosen:
            tts = QTextToSpeech(chosen)
            if tts.state() == QTextToSpeech.State.Error:
                return {"ok": False, "problem": "engine-error", "engine": chosen,
                        "detail": tts.errorString()}
            self.tts, self.engine, self._voices = tts, chosen, None
        voices = self.voices()
        # A chosen voice speaks only the words of its own language: the words are
        # in the language asked for (the shown one), and a voice of another reads
        # them with the wrong sounds, or not at all. So the choice is kept while it
        # speaks that language, and else the language's own voice is taken.
        if voice in voices and language_of(voices[voice][0]) == language_of(language):
            locale, found = voices[voice]
            self.tts.setLocale(QLocale(locale))
            self.tts.setVoice(found)
        else:
            locales = sorted({locale for locale, _ in voices.values()})
            locale_name = best_locale(locales, language)
            if locale_name is not None:
                self.tts.setLocale(QLocale(locale_name))
                names = [n for n, (loc, _) in voices.items() if loc == locale_name]
                chosen_voice = default_voice(names, locale_name)
                if chosen_voice is not None:
                    self.tts.setVoice(voices[chosen_voice][1])
        return {"ok": True, "engine": chosen, "voice": self.tts.voice().name()}

    def voices(self) -> dict[str, tuple[str, Any]]:
        """Every voice of the engine, in every language (Qt lists one locale's)."""
        if self._voices is None:
            self._voices = {}
            for locale in self.tts.availableLocales():
                self.tts.setLocale(locale)
                for voice in self.tts.availableVoices():
                    self._voices.setdefault(voice.name(), (locale.name(), voice))
        return self._voices

    def catalog(self) -> dict[str, Any]:
        by_locale: dict[str, list[str]] = {}
        for name, (locale, _) in self.voices().items():
            by_locale.setdefault(locale, []).append(name)
        return {"ok": True, "engines": self.engines(), "engine": self.engine,
                "voice": self.tts.voice().name(), "voices": by_locale}

    def _state(self) -> dict[str, Any]:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self.tts.state() == QTextToSpeech.State.Error:
            return {"ok": False, "problem": "engine-error", "engine": self.engine,
                    "detail": self.tts.errorString()}
        return {"ok": True}


class _Inbox(QObject):
    arrived = Signal(bytes)
    ended = Signal()


def serve() -> int:
    """The worker process: answer one JSON request a line from stdin until it closes."""
    _die_with_parent()
    app = QCoreApplication([sys.argv[0]])
    speaker = Speaker()
    inbox = _Inbox()
    out = sys.stdout.buffer

    def answer(line: bytes) -> None:
        try:
            request = json.loads(line)
        except ValueError:
            return
        if isinstance(request, dict):
            out.write(json.dumps(speaker.handle(request)).encode() + b"\n")
            out.flush()

    def read() -> None:
        for line in sys.stdin.buffer:
            inbox.arrived.emit(line)
        inbox.ended.emit()

    inbox.arrived.connect(answer)
    inbox.ended.connect(app.quit)
    threading.Thread(target=read, name="speech-requests", daemon=True).start()
    return app.exec()


def _die_with_parent() -> None:
    """On Linux, end with the app even if it is killed (a hung worker never reads the
    end of its input)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


if __name__ == "__main__":
    sys.exit(serve())
