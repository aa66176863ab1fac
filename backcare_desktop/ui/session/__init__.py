"""The guided session.

Its controller (plan, engine, runner on the clock, cues, records, questions),
the page that shows it, cues (tones and voice), the pacer and the session
dialogs.
"""

from backcare_desktop.ui.session.install import install

__all__ = ["install"]
