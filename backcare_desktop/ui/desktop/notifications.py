"""Desktop notifications with buttons, through the freedesktop notification service.

``DBusNotifier`` talks to ``org.freedesktop.Notifications`` on the session bus
(GNOME, KDE, Xfce, dunst, mako …). The service checks argument types
strictly (``Notify`` takes ``susssasa{sv}i``), and a Python int becomes a D-Bus
int32, so the call goes through the interface's introspected method with
typed arguments rather than a hand-built message.

Signals:
    action_invoked(str): the person pressed one of the notification's buttons
        (its key), or clicked the notification itself ("default").
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import SLOT, QObject, Signal, Slot

from backcare_desktop import APP_ID, APP_NAME

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtDBus import QDBusConnection, QDBusInterface

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
CALL_TIMEOUT_MS = 3000  # notification services answer in milliseconds; never hang the window


class Notifier(Protocol):
    """Shows a notification with buttons; reports which one was pressed."""

    @property
    def action_invoked(self) -> SignalInstance: ...

    def available(self) -> bool: ...

    def show(self, title: str, body: str, actions: list[tuple[str, str]]) -> bool: ...

    def withdraw(self) -> None: ...


class DBusNotifier(QObject):
    action_invoked = Signal(str)

    def __init__(self, bus: QDBusConnection | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtDBus import QDBusConnection

        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self._iface: QDBusInterface | None = None
        self._last_id = 0
        self._listening = False
        self.actions_supported = False

    def available(self) -> bool:
        """True when a notification service answers on the session bus."""
        return self._interface() is not None

    def _interface(self) -> QDBusInterface | None:
        if self._iface is not None:
            return self._iface
        from PySide6.QtDBus import QDBusInterface

        bus = self._bus
        if not bus.isConnected():
            return None
        names = bus.interface()
        registered = names.isServiceRegistered(SERVICE).value()
        activatable = SERVICE in (names.activatableServiceNames().value() or [])
        if not (registered or activatable):
            return None
        iface = QDBusInterface(SERVICE, PATH, INTERFACE, bus, self)
        if not iface.isValid():
            log.info("no notification service: %s", iface.lastError().message())
            return None
        iface.setTimeout(CALL_TIMEOUT_MS)
        reply = iface.call("GetCapabilities")
        capabilities = reply.arguments()[0] if reply.arguments() else []
        self.actions_supported = "actions" in (capabilities or [])
        if not self._listening:
            self._listening = bus.connect(  # type: ignore[call-overload]
                SERVICE, PATH, INTERFACE, "ActionInvoked", self, SLOT("_on_action(uint,QString)"))
        self._iface = iface
        return iface

    def show(self, title: str, body: str, actions: list[tuple[str, str]]) -> bool:
        """Show (or replace) BackCare's notification; False if it could not be shown."""
        from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject

        iface = self._interface()
        if iface is None:
            return False
        flat: list[str] = []
        for key, label in actions:
            flat += [key, label]
        try:
            new_id = QMetaObject.invokeMethod(
                iface, "Notify", Q_RETURN_ARG("uint"),
                Q_ARG(str, APP_NAME), Q_ARG("uint", self._last_id), Q_ARG(str, APP_ID),
                Q_ARG(str, title), Q_ARG(str, body), Q_ARG("QStringList", flat),
                Q_ARG("QVariantMap", {"desktop-entry": APP_ID}), Q_ARG(int, -1))
        except RuntimeError as exc:  # the service went away or refused the call
            log.warning("notification not shown: %s", exc)
            self._iface = None
            return False
        if not new_id:
            log.warning("notification not shown: %s", iface.lastError().message())
            self._iface = None
            return False
        self._last_id = int(str(new_id))
        return True

    def withdraw(self) -> None:
        """Take BackCare's notification away (the person already drank)."""
        from PySide6.QtCore import Q_ARG, QMetaObject

        if not self._last_id or self._iface is None:
            return
        try:
            QMetaObject.invokeMethod(self._iface, "CloseNotification",
                                     Q_ARG("uint", self._last_id))
        except RuntimeError as exc:
            log.info("could not close the notification: %s", exc)
        self._last_id = 0

    @Slot("uint", str)
    def _on_action(self, notification_id: int, key: str) -> None:
        if notification_id == self._last_id and self._last_id:
            self.action_invoked.emit(key)
