"""BackCare Desktop: guided back-care exercise, hydration reminders and pain trends."""

__version__ = "0.1.0"

APP_NAME = "BackCare"
APP_ID = "io.github.backcare.BackCare"
