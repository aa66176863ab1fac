"""Real desktop services for the tests marked ``desktop``: a virtual X screen, a
private session bus, the dunst notification daemon, the AT-SPI accessibility
bus with a client that reads it as a screen reader does, speech-dispatcher
with espeak-ng, and a PulseAudio server with a null sink to record from.

Each helper skips the test, saying why, when its program is not installed;
in CI (``CI`` set) a missing program fails the test instead, because there
the README's test command installs them.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest


def until_ready(ready: Any, what: str, timeout: float = 20) -> Any:
    """Poll ``ready()`` until it gives something true, then return that; fail the test
    naming ``what`` after ``timeout`` seconds. For another process coming up (a
    daemon taking its bus name or opening its socket), which sends no event to
    wait on; never for the code under test, which runs on a fake clock."""
    deadline = time.monotonic() + timeout
    while True:
        result = ready()
        if result:
            return result
        if time.monotonic() > deadline:
            pytest.fail(f"{what} did not come up within {timeout:g} s")
        time.sleep(0.05)  # another process starting; nothing to wait on but its sign


def need(program: str, package: str) -> str:
    found = shutil.which(program)
    if found is None:
        message = (f"{program} is not installed (Debian package {package}; "
                   "scripts/dev.py test installs it when run as root)")
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


@contextmanager
def virtual_screen() -> Iterator[str]:
    """An Xvfb screen; yields its DISPLAY."""
    xvfb = need("Xvfb", "xvfb")
    read, write = os.pipe()
    proc = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", "1366x768x24",
                             "-nolisten", "tcp"], pass_fds=(write,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            pytest.fail("Xvfb did not start")
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@contextmanager
def session_bus() -> Iterator[str]:
    """A private session bus; yields its address."""
    daemon = need("dbus-daemon", "dbus")
    with subprocess.Popen([daemon, "--session", "--nofork", "--print-address"],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as proc:
        assert proc.stdout is not None
        address = proc.stdout.readline().strip()
        try:
            yield address
        finally:
            proc.terminate()
            proc.wait(timeout=10)


CHOOSER = """#!/bin/sh
# Stands in for dmenu in dunst's context menu: picks the action whose text was
# asked for, as a person choosing it from the menu would.
grep -m1 -F "$(cat {wanted})"
"""


RECORDER = """#!/bin/sh
# Run by dunst for every notification it shows: appname, summary, body.
printf '%s\\t%s\\t%s\\n' "$1" "$2" "$3" >> {log}
"""


class Dunst:
    """dunst on a private bus and screen. ``received()`` lists what it has shown
    (app, summary, body); ``press(text)`` chooses the button with that text on the
    newest notification, through dunst's own context menu."""

    def __init__(self, address: str, display: str, folder: Path) -> None:
        self.address = address
        self._env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address, DISPLAY=display)
        self._wanted = folder / "wanted"
        chooser = folder / "choose"
        chooser.write_text(CHOOSER.format(wanted=self._wanted))
        chooser.chmod(0o700)
        self._log = folder / "shown"
        recorder = folder / "record"
        recorder.write_text(RECORDER.format(log=self._log))
        recorder.chmod(0o700)
        config = folder / "dunstrc"
        config.write_text(f"[global]\n    dmenu = {chooser}\n\n"
                          f"[record]\n    summary = \"*\"\n    script = {recorder}\n")
        self._proc = subprocess.Popen([need("dunst", "dunst"), "-config", str(config)],
                                      env=self._env, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL)
        self._ctl = need("dunstctl", "dunst")

    def ctl(self, *args: str) -> str:
        return subprocess.run([self._ctl, *args], env=self._env, capture_output=True,
                              text=True, timeout=10).stdout.strip()

    def shown(self) -> int:
        text = self.ctl("count", "displayed")
        return int(text) if text.isdigit() else 0

    def received(self) -> list[tuple[str, ...]]:
        if not self._log.exists():
            return []
        return [tuple(line.split("\t")) for line in self._log.read_text().splitlines()]

    def press(self, text: str) -> None:
        self._wanted.write_text(text)
        self.ctl("context")

    def stop(self) -> None:
        self._proc.terminate()
        self._proc.wait(timeout=10)


@contextmanager
def dunst() -> Iterator[Dunst]:
    need("dunst", "dunst")
    with virtual_screen() as display, session_bus() as address, \
            tempfile.TemporaryDirectory() as folder:
        daemon = Dunst(address, display, Path(folder))
        try:
            yield daemon
        finally:
            daemon.stop()


BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
ACCESSIBLE = "org.a11y.atspi.Accessible"
EVENT_OBJECT = "org.a11y.atspi.Event.Object"


@dataclass(frozen=True)
class AccessibleRef:
    """One object in an application's accessible tree, as AT-SPI names it."""

    bus: str
    path: str


@dataclass(frozen=True)
class AtspiEvent:
    """One ``org.a11y.atspi.Event.Object`` signal: its member (``TextChanged``,
    ``PropertyChange``, ``Announcement``...), detail (``insert``,
    ``accessible-name``...), numbers, data, and the object it came from."""

    member: str
    detail: str
    detail1: int
    detail2: int
    data: Any
    source: AccessibleRef


class AtspiClient:
    """What a screen reader does on the AT-SPI bus, over a jeepney connection:
    walk the accessible tree, read names, roles and text, and receive events."""

    def __init__(self, address: str) -> None:
        from jeepney.io.blocking import open_dbus_connection

        self._bus = open_dbus_connection(address)
        self._events: deque[Any] = deque()
        self._filter: Any = None

    def close(self) -> None:
        if self._filter is not None:
            self._filter.close()
        self._bus.close()

    def call(self, ref: AccessibleRef, interface: str, method: str, signature: str = "",
             body: tuple[Any, ...] = (), timeout: float = 10) -> tuple[Any, ...]:
        from jeepney import DBusAddress, MessageType, new_method_call

        address = DBusAddress(ref.path, bus_name=ref.bus, interface=interface)
        reply = self._bus.send_and_get_reply(new_method_call(address, method, signature, body),
                                              timeout=timeout)
        if reply.header.message_type is MessageType.error:
            raise RuntimeError(f"{interface}.{method} on {ref}: {reply.body}")
        return tuple(reply.body)

    def prop(self, ref: AccessibleRef, interface: str, name: str) -> Any:
        (value,) = self.call(ref, "org.freedesktop.DBus.Properties", "Get", "ss",
                             (interface, name))
        return value[1]

    # -- the tree ---------------------------------------------------------------------

    def applications(self) -> list[AccessibleRef]:
        root = AccessibleRef("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
        return self.children(root)

    def children(self, ref: AccessibleRef) -> list[AccessibleRef]:
        (children,) = self.call(ref, ACCESSIBLE, "GetChildren")
        return [AccessibleRef(bus, path) for bus, path in children]

    def name(self, ref: AccessibleRef) -> str:
        return str(self.prop(ref, ACCESSIBLE, "Name"))

    def description(self, ref: AccessibleRef) -> str:
        return str(self.prop(ref, ACCESSIBLE, "Description"))

    def role(self, ref: AccessibleRef) -> str:
        (role,) = self.call(ref, ACCESSIBLE, "GetRoleName")
        return str(role)

    def interfaces(self, ref: AccessibleRef) -> list[str]:
        (names,) = self.call(ref, ACCESSIBLE, "GetInterfaces")
        return list(names)

    def text(self, ref: AccessibleRef) -> str | None:
        """What the Text interface says (None when the object has none)."""
        if "org.a11y.atspi.Text" not in self.interfaces(ref):
            return None
        (text,) = self.call(ref, "org.a11y.atspi.Text", "GetText", "ii", (0, -1))
        return str(text)

    def walk(self, ref: AccessibleRef) -> Iterator[AccessibleRef]:
        yield ref
        for child in self.children(ref):
            yield from self.walk(child)

    def application(self, name: str) -> AccessibleRef:
        for app in self.applications():
            if self.name(app) == name:
                return app
        raise LookupError(f"no application called {name!r} on the AT-SPI bus")

    # -- events -----------------------------------------------------------------------

    def listen(self, *event_types: str) -> None:
        """Ask for events as a screen reader does: each type registered with the
        registry (the application then sends it), and a match for the signals."""
        from jeepney import DBusAddress, MatchRule, new_method_call

        for event_type in event_types:
            self.call(AccessibleRef("org.a11y.atspi.Registry", "/org/a11y/atspi/registry"),
                      "org.a11y.atspi.Registry", "RegisterEvent", "sass", (event_type, [], ""))
        rule = MatchRule(type="signal", interface=EVENT_OBJECT)
        bus = DBusAddress("/org/freedesktop/DBus", bus_name="org.freedesktop.DBus",
                          interface="org.freedesktop.DBus")
        self._bus.send_and_get_reply(new_method_call(bus, "AddMatch", "s", (rule.serialise(),)),
                                      timeout=10)
        if self._filter is None:
            self._filter = self._bus.filter(rule, queue=self._events)

    def events(self) -> list[AtspiEvent]:
        """The events received so far (and forgets them). Make a call to the
        application first (``name``, ``text``...): its answer comes after every event
        it sent before."""
        from jeepney import HeaderFields

        out = []
        while self._events:
            msg = self._events.popleft()
            detail, detail1, detail2, (_sig, data), _app = msg.body
            out.append(AtspiEvent(msg.header.fields[HeaderFields.member], detail, detail1,
                                  detail2, data,
                                  AccessibleRef(msg.header.fields[HeaderFields.sender],
                                                msg.header.fields[HeaderFields.path])))
        return out


@dataclass(frozen=True)
class AccessibilityBus:
    """A screen, a session bus and the AT-SPI bus on it. ``env`` is what an
    application needs to appear there (Qt on X11 with its AT-SPI bridge on)."""

    display: str
    session_address: str
    address: str
    env: dict[str, str]

    def client(self) -> AtspiClient:
        return AtspiClient(self.address)


@contextmanager
def accessibility_bus() -> Iterator[AccessibilityBus]:
    """Xvfb, a private session bus, and AT-SPI's bus launcher on it (Debian package
    at-spi2-core; the bus starts the registry daemon when first asked)."""
    if not Path(BUS_LAUNCHER).exists():
        need("at-spi-bus-launcher", "at-spi2-core")  # skips or fails, saying why
    with virtual_screen() as display, session_bus() as session, \
            tempfile.TemporaryDirectory() as runtime:
        env = dict(os.environ, DISPLAY=display, DBUS_SESSION_BUS_ADDRESS=session,
                   XDG_RUNTIME_DIR=runtime)
        # Its own process group: the bus it launches and the registry daemon that
        # bus starts end with it.
        launcher = subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"], env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                    start_new_session=True)
        try:
            address = _a11y_bus_address(session)
            yield AccessibilityBus(display, session, address, dict(
                env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1"))
        finally:
            with suppress(ProcessLookupError):
                os.killpg(launcher.pid, signal.SIGTERM)
            launcher.wait(timeout=10)


def _a11y_bus_address(session: str) -> str:
    """Ask the launcher for the AT-SPI bus (it takes its name on the session bus a
    moment after it starts)."""
    from jeepney import DBusAddress, MessageType, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    bus = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus")
    with open_dbus_connection(session) as conn:
        def address() -> str | None:
            reply = conn.send_and_get_reply(new_method_call(bus, "GetAddress"), timeout=10)
            ok = reply.header.message_type is not MessageType.error
            return str(reply.body[0]) if ok else None
        return str(until_ready(address, "the AT-SPI bus launcher", timeout=10))


ESPEAK_MODULE_DIRS = ("/usr/lib/speech-dispatcher-modules",
                      "/usr/lib/x86_64-linux-gnu/speech-dispatcher-modules",
                      "/usr/lib/aarch64-linux-gnu/speech-dispatcher-modules",
                      "/usr/local/lib/speech-dispatcher-modules")

SPEECHD_CONF = """LogLevel 3
LogDir "{logs}"
AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
DefaultModule espeak-ng
AudioOutputMethod "pulse"
"""


class SpeechDispatcher:
    """speech-dispatcher on a private socket with its own configuration. ``env``
    holds what a client needs to reach it (``SPEECHD_ADDRESS``, ``XDG_RUNTIME_DIR``);
    ``say(text)`` asks it to speak, as another program would."""

    def __init__(self, folder: Path, audio: str, pulse: PulseAudio | None = None) -> None:
        program = need("speech-dispatcher", "speech-dispatcher")
        if not any((Path(d) / "sd_espeak-ng").exists() for d in ESPEAK_MODULE_DIRS):
            need("sd_espeak-ng", "speech-dispatcher-espeak-ng")  # skips or fails, saying why
        self._spd_say = need("spd-say", "speech-dispatcher")
        conf = folder / "conf"
        (conf / "modules").mkdir(parents=True)
        shutil.copy("/etc/speech-dispatcher/modules/espeak-ng.conf", conf / "modules")
        self.logs = folder / "logs"
        self.logs.mkdir()
        (conf / "speechd.conf").write_text(SPEECHD_CONF.format(logs=self.logs))
        runtime = folder / "run"
        runtime.mkdir(mode=0o700)
        self.socket_path = runtime / "speechd.sock"
        self.env = {"SPEECHD_ADDRESS": f"unix_socket:{self.socket_path}",
                    "XDG_RUNTIME_DIR": str(runtime)}
        if audio not in ("hung", "refused", "pulse") or (audio == "pulse") != (pulse is not None):
            raise ValueError(audio)
        # Its audio output: a PulseAudio address where nothing listens yet (espeak-ng
        # tries it while starting: it is refused at once), or the given server.
        self._pulse: socket.socket | None = None
        pulse_path = runtime / "pulse-native"
        server = pulse.env["PULSE_SERVER"] if pulse is not None else f"unix:{pulse_path}"
        env = dict(os.environ, **self.env, PULSE_SERVER=server, HOME=str(folder))
        self._proc = subprocess.Popen(
            [program, "--run-single", "--timeout", "0", "--config-dir", str(conf),
             "--communication-method", "unix_socket", "--socket-path", str(self.socket_path),
             "--pid-file", str(runtime / "speechd.pid")],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)  # its output modules share its process group
        try:
            self._wait_for_socket()
        except BaseException:
            self.stop()
            raise
        if audio == "hung":
            # Now a stuck sound server: it takes connections and never answers, so
            # opening the audio for the first words waits 30 s, and so do the
            # clients meanwhile.
            self._pulse = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            self._pulse.bind(str(pulse_path))
            self._pulse.listen(64)  # connections wait in the queue, unanswered

    def _wait_for_socket(self) -> None:
        def listening() -> bool:
            if self._proc.poll() is not None:
                pytest.fail(f"speech-dispatcher ended at once (status {self._proc.returncode})")
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
                return probe.connect_ex(str(self.socket_path)) == 0
        until_ready(listening, "speech-dispatcher's socket")

    def audio_stuck(self) -> bool:
        """It is trying to open its (stuck) audio output: until it gives up, 30 s
        later, it keeps its clients waiting."""
        if self._pulse is None:
            return False
        waiting, _, _ = select.select([self._pulse], [], [], 0)
        return bool(waiting)

    def say(self, text: str) -> None:
        subprocess.run([self._spd_say, text], env=dict(os.environ, **self.env),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=20,
                       check=False)

    def log_text(self) -> str:
        log = self.logs / "speech-dispatcher.log"
        return log.read_text(errors="replace") if log.exists() else ""

    def stop(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self._proc.pid, signal.SIGKILL)  # it and its output modules
        self._proc.wait(timeout=10)
        if self._pulse is not None:
            self._pulse.close()


@contextmanager
def speech_dispatcher(audio: str = "refused",
                      pulse: PulseAudio | None = None) -> Iterator[SpeechDispatcher]:
    """speech-dispatcher with espeak-ng, its own configuration, socket and runtime
    folder. ``audio="hung"``: its PulseAudio output never answers, as on a desktop
    whose sound server is stuck; it then keeps every client waiting (``spd_open``,
    ``spd_cancel``, ``spd_say``) for 30 s per attempt to open it. ``audio="refused"``:
    there is no sound server; it answers at once and stays silent. ``audio="pulse"``
    with ``pulse`` (from ``pulseaudio()``): it speaks into that server's null sink,
    to be recorded."""
    with tempfile.TemporaryDirectory() as folder:
        daemon = SpeechDispatcher(Path(folder), audio, pulse)
        try:
            yield daemon
        finally:
            daemon.stop()


PULSE_RATE = 48_000

PULSE_SCRIPT = """\
load-module module-native-protocol-unix socket={socket} auth-anonymous=1
load-module module-null-sink sink_name=rec rate={rate} channels=1
set-default-sink rec
"""


class PulseAudio:
    """A private PulseAudio server whose default sink ``rec`` is a null sink.
    ``env`` points a client at it (PULSE_SERVER); ``recording()`` records what is
    played there, as 16-bit mono samples at ``PULSE_RATE``."""

    def __init__(self, folder: Path, socket: Path) -> None:
        self.folder = folder
        self.env = {"PULSE_SERVER": f"unix:{socket}"}

    @contextmanager
    def recording(self) -> Iterator[Path]:
        """Record the sink into a raw file while the block runs; yields its path
        (complete once the block has ended)."""
        parec = need("parec", "pulseaudio-utils")
        path = self.folder / f"recording-{time.monotonic_ns()}.raw"
        with path.open("wb") as out:
            proc = subprocess.Popen(
                [parec, "-d", "rec.monitor", "--raw", "--format=s16le", "--channels=1",
                 f"--rate={PULSE_RATE}", "--latency-msec=10"],
                env=dict(os.environ, **self.env), stdin=subprocess.DEVNULL, stdout=out,
                stderr=subprocess.DEVNULL)
        try:
            yield path
        finally:
            proc.terminate()
            proc.wait(timeout=10)


@contextmanager
def pulseaudio() -> Iterator[PulseAudio]:
    """``pulseaudio --daemonize=no -n`` with a native-protocol socket in a temporary
    folder and a null sink ``rec``, ended when the block ends."""
    daemon = need("pulseaudio", "pulseaudio")
    pactl = need("pactl", "pulseaudio-utils")
    with tempfile.TemporaryDirectory(prefix="backcare-pulse-") as tmp:
        folder = Path(tmp)
        socket = folder / "native"
        script = folder / "default.pa"
        script.write_text(PULSE_SCRIPT.format(socket=socket, rate=PULSE_RATE))
        env = dict(os.environ, HOME=tmp, XDG_RUNTIME_DIR=tmp, XDG_CONFIG_HOME=tmp)
        env.pop("PULSE_SERVER", None)
        proc = subprocess.Popen([daemon, "--daemonize=no", "-n", "-F", str(script),
                                 "--exit-idle-time=-1", "--use-pid-file=no"],
                                env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        try:
            server = PulseAudio(folder, socket)

            def answers() -> bool:
                if proc.poll() is not None:
                    pytest.fail("PulseAudio ended at once")
                return subprocess.run([pactl, "info"], env=dict(os.environ, **server.env),
                                      capture_output=True, timeout=10).returncode == 0
            until_ready(answers, "PulseAudio", timeout=10)
            yield server
        finally:
            proc.terminate()
            proc.wait(timeout=10)
