"""Water: the reminder service on the clock, the Hydration page and its dialogs."""

from backcare_desktop.ui.hydration.install import install

__all__ = ["install"]
