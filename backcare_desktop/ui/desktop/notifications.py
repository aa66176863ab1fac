"""Desktop notifications with buttons, through the freedesktop notification service.

``DBusNotifier`` talks to ``org.freedesktop.Notifications`` on the session bus
(GNOME Shell, KDE Plasma, xfce4-notifyd, dunst, mako …). Those servers check
argument types strictly (``Notify`` takes ``susssasa{sv}i``) and publish no Qt
type annotations, so the message is built with its exact D-Bus signature
(jeepney, a pure-Python D-Bus library) rather than through QtDBus's guessing.

Nothing here runs on the GUI thread: one worker thread connects, asks the
server what it can do, sends each notification and waits for its answer, at
most ``CALL_TIMEOUT_S`` per call. A server that is missing, refuses, hangs or
goes away never blocks the window; the notification it did not show is
reported through ``failed`` so the caller can use its fallback (tray message,
then banner).

Each notification carries a tag ("water", "checkin"): a new one with the same
tag replaces the old one instead of piling up.

Signals:
    action_invoked(str, str): the person pressed a button of the notification
        with this tag (its key), or clicked it ("default").
    closed(str): the notification with this tag went away (dismissed, expired
        or withdrawn).
    failed(str, str, str): the notification (tag, title, body) could not be
        shown.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

from backcare_desktop import APP_ID, APP_NAME

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
CALL_TIMEOUT_S = 1.0  # servers answer in milliseconds; never wait longer than this
# NotificationClosed reasons (freedesktop specification).
CLOSED_REASONS = {1: "expired", 2: "dismissed", 3: "closed by the app", 4: "undefined"}


class Notifier(Protocol):
    """Shows a notification with buttons; reports which one was pressed."""

    @property
    def action_invoked(self) -> SignalInstance: ...

    @property
    def closed(self) -> SignalInstance: ...

    @property
    def failed(self) -> SignalInstance: ...

    def available(self) -> bool: ...

    def show(self, tag: str, title: str, body: str, actions: list[tuple[str, str]]) -> bool: ...

    def withdraw(self, tag: str) -> None: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class _Show:
    tag: str
    title: str
    body: str
    actions: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class _Withdraw:
    tag: str


class _Stop:
    pass


class _Lost:
    """The bus connection broke; the worker ends and the next request reconnects."""


class DBusNotifier(QObject):
    """Desktop notifications over the session bus (``address``: the bus to use;
    by default the one in ``DBUS_SESSION_BUS_ADDRESS``)."""

    action_invoked = Signal(str, str)
    closed = Signal(str, str)  # tag, reason
    failed = Signal(str, str, str)
    ready = Signal(bool)  # the worker has connected (True) or given up (False)

    def __init__(self, address: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._address = (os.environ.get("DBUS_SESSION_BUS_ADDRESS", "") if address is None
                         else address)
        self._queue: queue.Queue[object] = queue.Queue()
        self._broken = not self._address  # no session bus at all: nothing to try
        self.actions_supported = False
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._thread_ended = False
        # Owned by the worker thread only:
        self._ids: dict[str, int] = {}

    # -- the GUI thread's side ---------------------------------------------------------

    def available(self) -> bool:
        """False once the bus or the server has been found missing or broken."""
        return not self._broken

    def show(self, tag: str, title: str, body: str, actions: list[tuple[str, str]]) -> bool:
        """Ask for the notification; False at once when there is known to be no
        server. A later failure is reported through ``failed``."""
        with self._lock:  # the worker may be giving up right now
            if self._broken:
                return False
            self._queue.put(_Show(tag, title, body, tuple(actions)))
            self._start()
        return True

    def withdraw(self, tag: str) -> None:
        """Take the notification with ``tag`` away, if one is shown."""
        if self._thread is not None:
            self._queue.put(_Withdraw(tag))

    def close(self) -> None:
        """Stop the worker (it ends within ``CALL_TIMEOUT_S``)."""
        if self._thread is not None:
            self._queue.put(_Stop())
            self._thread.join(CALL_TIMEOUT_S * 3)
            self._thread = None

    def _start(self) -> None:
        if self._thread is None or self._thread_ended:
            self._thread_ended = False
            self._thread = threading.Thread(target=self._run, name="backcare-notifications",
                                            daemon=True)
            self._thread.start()

    # -- the worker thread ---------------------------------------------------------------

    def _run(self) -> None:
        from jeepney.io.threading import DBusRouter, open_dbus_connection

        lost = self._queue

        class Router(DBusRouter):
            """Tells the worker when the bus goes away, instead of dying with a traceback."""

            def _receiver(self) -> None:
                try:
                    super()._receiver()
                except Exception as exc:
                    log.info("notification bus connection lost: %s", exc)
                finally:
                    lost.put(_Lost())

        try:
            with open_dbus_connection(bus=self._address, auth_timeout=CALL_TIMEOUT_S) as conn, \
                    Router(conn) as router:
                self._serve(router)
        except Exception as exc:  # no bus, refused, or it did not answer in time
            self._give_up(f"{type(exc).__name__}: {exc}")

    def _serve(self, router: object) -> None:
        from jeepney import DBusAddress, MatchRule, message_bus, new_method_call
        from jeepney.io.threading import DBusRouter

        assert isinstance(router, DBusRouter)
        address = DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)
        rule = MatchRule(type="signal", interface=INTERFACE, path=PATH)
        with router.filter(rule, queue=self._queue):
            router.send_and_get_reply(message_bus.AddMatch(rule), timeout=CALL_TIMEOUT_S)
            reply = router.send_and_get_reply(new_method_call(address, "GetCapabilities"),
                                              timeout=CALL_TIMEOUT_S)
            if reply.header.message_type.name == "error":
                raise RuntimeError(f"GetCapabilities answered {reply.body!r}")
            self.actions_supported = "actions" in reply.body[0]
            self.ready.emit(True)
            while True:
                item = self._queue.get()
                if isinstance(item, _Stop):
                    return
                if isinstance(item, _Lost):
                    self._ids.clear()
                    with self._lock:
                        self._drain()
                        self._thread_ended = True  # the next request connects again
                    return
                if isinstance(item, _Show):
                    self._notify(router, address, item)
                elif isinstance(item, _Withdraw):
                    self._close_notification(router, address, item.tag)
                else:
                    self._signal(router, address, item)

    def _notify(self, router: object, address: object, item: _Show) -> None:
        from jeepney import new_method_call
        from jeepney.io.threading import DBusRouter

        assert isinstance(router, DBusRouter)
        flat: list[str] = [part for action in item.actions for part in action]
        message = new_method_call(address, "Notify", "susssasa{sv}i", (
            APP_NAME, self._ids.get(item.tag, 0), APP_ID, item.title, item.body, flat,
            {"desktop-entry": ("s", APP_ID)}, -1))
        try:
            reply = router.send_and_get_reply(message, timeout=CALL_TIMEOUT_S)
            (new_id,) = reply.body
            if not isinstance(new_id, int) or new_id <= 0:
                raise ValueError(f"the service answered {reply.body!r}")
        except Exception as exc:
            log.warning("notification not shown: %s", exc)
            self._ids.pop(item.tag, None)
            self.failed.emit(item.tag, item.title, item.body)
            return
        self._ids[item.tag] = new_id

    def _close_notification(self, router: object, address: object, tag: str, *,
                            announce: bool = True) -> None:
        from jeepney import new_method_call
        from jeepney.io.threading import DBusRouter

        assert isinstance(router, DBusRouter)
        notification_id = self._ids.pop(tag, None)
        if notification_id is None:
            return
        try:
            router.send_and_get_reply(new_method_call(
                address, "CloseNotification", "u", (notification_id,)),
                timeout=CALL_TIMEOUT_S)
        except Exception as exc:
            log.info("could not close the notification: %s", exc)
            return
        if announce:
            self.closed.emit(tag, CLOSED_REASONS[3])

    def _signal(self, router: object, address: object, message: object) -> None:
        from jeepney import Message
        from jeepney.low_level import HeaderFields

        if not isinstance(message, Message):
            return
        member = message.header.fields.get(HeaderFields.member)
        body = message.body
        tag = self._tag_of(body[0] if body else None)
        if tag is None:
            return  # another program's notification
        if member == "ActionInvoked" and len(body) == 2 and isinstance(body[1], str):
            # A pressed notification is done with; not every server takes it away.
            self.action_invoked.emit(tag, body[1])
            self._close_notification(router, address, tag, announce=False)
        elif member == "NotificationClosed":
            self._ids.pop(tag, None)
            reason = CLOSED_REASONS.get(body[1] if len(body) > 1 else 4, "undefined")
            self.closed.emit(tag, reason)

    def _tag_of(self, notification_id: object) -> str | None:
        for tag, known in self._ids.items():
            if known == notification_id:
                return tag
        return None

    def _give_up(self, why: str) -> None:
        log.info("desktop notifications unavailable (%s); reminders use the fallback", why)
        with self._lock:
            self._broken = True
            self._drain()
        self.ready.emit(False)

    def _drain(self) -> None:
        """Whatever was asked for and not sent goes to the fallback."""
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return
            if isinstance(item, _Show):
                self.failed.emit(item.tag, item.title, item.body)
