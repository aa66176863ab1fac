"""A notification service that misbehaves, for tests: run with the bus address and
``hang`` (owns the name, answers GetCapabilities, never answers Notify) or
``refuse`` (answers every Notify with an error). Prints "ready" once it owns
org.freedesktop.Notifications; ends when its standard input closes."""

from __future__ import annotations

import os
import sys
import threading

from jeepney import MessageType, message_bus, new_error, new_method_return
from jeepney.io.blocking import open_dbus_connection


def main() -> int:
    address, mode = sys.argv[1], sys.argv[2]
    conn = open_dbus_connection(bus=address)
    conn.send_and_get_reply(message_bus.RequestName("org.freedesktop.Notifications"))
    print("ready", flush=True)
    threading.Thread(target=lambda: (sys.stdin.read(), os._exit(0)), daemon=True).start()
    while True:
        try:
            msg = conn.receive()
        except (OSError, ValueError):
            return 0
        if msg.header.message_type is not MessageType.method_call:
            continue
        member = msg.header.fields.get(3)  # HeaderFields.member
        if member == "GetCapabilities":
            conn.send(new_method_return(msg, "as", (["actions", "body"],)))
        elif member == "Notify" and mode == "refuse":
            conn.send(new_error(msg, "org.freedesktop.DBus.Error.Failed", "s",
                                ("not today",)))
        # hang: no answer at all


if __name__ == "__main__":
    sys.exit(main())
