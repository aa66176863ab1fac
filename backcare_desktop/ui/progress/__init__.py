"""Records: the Progress and History pages, the pain log and the daily check-in."""

from backcare_desktop.ui.progress.install import install

__all__ = ["install"]
