"""Qt's translation for the plain words core writes (doses, the timeline)."""

from __future__ import annotations

from backcare_desktop.ui.shell.i18n import tr

translate_dose = tr
"""An English template of ``core.routines.describe`` in the shown language."""
