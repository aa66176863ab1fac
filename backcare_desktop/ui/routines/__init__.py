"""The routine picker, the routine editor and the plan preview."""

from backcare_desktop.ui.routines.install import install

__all__ = ["install"]
