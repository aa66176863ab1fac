"""The guided session.

Its page, the runner on the clock, cues (tones and voice), the pacer and the
session dialogs.
"""

from backcare_desktop.ui.session.install import install

__all__ = ["install"]
