"""A small stand-in for the desktop's notification service, for tests.

Run with DBUS_SESSION_BUS_ADDRESS pointing at a private bus. It prints
"ready" once it owns org.freedesktop.Notifications, then one JSON line per
Notify call; right after each call it presses the button named on the
command line (as a person would), by emitting ActionInvoked.
Like GNOME's service, it accepts only the exact signature susssasa{sv}i.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusConnection


@ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})
class Service(QObject):
    ActionInvoked = Signal("uint", str)
    NotificationClosed = Signal("uint", "uint")

    def __init__(self, press: str) -> None:
        super().__init__()
        self.press = press
        self.next_id = 41

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(self, app: str, replaces: int, icon: str, summary: str, body: str,
               actions: list[str], hints: dict[str, object], timeout: int) -> int:
        self.next_id += 1
        shown = replaces or self.next_id
        print(json.dumps({"call": "Notify", "app": app, "replaces": replaces, "icon": icon,
                          "summary": summary, "body": body, "actions": actions,
                          "hints": {k: str(v) for k, v in hints.items()}, "id": shown}),
              flush=True)
        if self.press:
            QTimer.singleShot(0, lambda: self.ActionInvoked.emit(shown, self.press))
        return shown

    @Slot("uint")
    def CloseNotification(self, notification_id: int) -> None:
        print(json.dumps({"call": "CloseNotification", "id": notification_id}), flush=True)

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:
        return ["actions", "body"]


def main() -> int:
    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.sessionBus()
    service = Service(sys.argv[1] if len(sys.argv) > 1 else "")
    options = (QDBusConnection.RegisterOption.ExportAllSlots
               | QDBusConnection.RegisterOption.ExportAllSignals)
    if not (bus.registerObject("/org/freedesktop/Notifications", service, options)
            and bus.registerService("org.freedesktop.Notifications")):
        print("could not register", flush=True)
        return 1
    print("ready", flush=True)
    from PySide6.QtCore import QSocketNotifier

    watch = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    watch.activated.connect(app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
