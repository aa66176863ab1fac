"""The app's contact with the desktop.

Tray, notifications, single instance, sleep/clock/day watchers, wall-clock
timers, the reminder banner and reminder delivery.
"""
