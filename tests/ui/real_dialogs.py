"""The app's real dialog functions, taken when the tests are collected: before the
UI tests' fixture answers the dialogs for the person (tests that open them for
real, to look at or read them, call these)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from backcare_desktop.ui.hydration import dialogs as hydration_dialogs
from backcare_desktop.ui.programme import dialogs as programme_dialogs
from backcare_desktop.ui.programme import flare as flare_ui
from backcare_desktop.ui.programme import suggestion as programme_suggestion
from backcare_desktop.ui.progress import dialogs as progress_dialogs
from backcare_desktop.ui.routines import dialogs as routines_dialogs
from backcare_desktop.ui.session import dialogs as session_dialogs
from backcare_desktop.ui.shell import dialogs as shell_dialogs

REAL: dict[str, Callable[..., Any]] = {name: getattr(module, name) for module, names in (
    (shell_dialogs, ("ask_database_recovery", "show_first_run_notice", "show_about",
                     "show_error", "show_info", "show_problems", "confirm")),
    (routines_dialogs, ("edit_routine", "show_plan_preview")),
    (session_dialogs, ("ask_pain", "show_hurt_advice", "show_session_summary",
                       "show_sound_settings")),
    (hydration_dialogs, ("edit_water_entry",)),
    (progress_dialogs, ("log_pain", "ask_peg")),
    (flare_ui, ("show_flare_up",)),
    (programme_dialogs, ("ask_answers", "edit_plan")),
    (programme_suggestion, ("show_suggestion",)),
) for name in names}
