"""Every user setting declared as data: its type, default and allowed range.

Storage validates values against this table before writing them, so a bad
value never reaches the database, and the message says what is allowed.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from backcare_desktop.core.words import QT_TRANSLATE_NOOP, label, tr


class SettingError(ValueError):
    """A setting value that is not allowed; the message says why."""


class Setting(NamedTuple):  # made before the first frame: cheaper than a dataclass
    key: str
    kind: type
    default: Any
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    description: str = ""
    label: str = ""  # what the person calls it, in a message ("The weekly goal")
    unit: str = ""  # after a number in a message (" sessions a week")

    def plain_problem(self, value: Any) -> str | None:
        """What is wrong with ``value`` in plain words for the person, or None when
        it is allowed (``validate`` says the same for the log, with the key)."""
        try:
            self.validate(value)
        except SettingError:
            pass
        else:
            return None
        name = label(self.label) if self.label else self.key.replace("_", " ").capitalize()
        low, high = self.minimum, self.maximum
        if (self.kind in (int, float) and low is not None and high is not None
                and isinstance(value, (int, float)) and not isinstance(value, bool)):
            return tr("{name} must be from {low} to {high}{unit}; {value} is not allowed. "
                      "Nothing was saved.").format(
                name=name, low=_num(low), high=_num(high), value=_num(value),
                unit=label(self.unit) if self.unit else "")
        if self.choices:
            return tr("{name} must be one of: {allowed}; {value} is not allowed. Nothing was "
                      "saved.").format(name=name, allowed=", ".join(self.choices),
                                       value=repr(value))
        return tr("{name} cannot be {value}. Nothing was saved.").format(name=name,
                                                                          value=repr(value))

    def validate(self, value: Any) -> Any:
        """Return ``value`` if it is allowed, else raise ``SettingError``."""
        if self.kind is list:
            ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
            if ok and self.maximum is not None and len(value) > self.maximum:
                raise SettingError(
                    f"setting {self.key} has {len(value)} items; the limit is "
                    f"{_num(self.maximum)}"
                )
            if not ok:
                raise SettingError(f"setting {self.key} = {value!r} is not a list of text")
            wrong = [v for v in value if self.choices and v not in self.choices]
            if wrong:
                raise SettingError(f"setting {self.key}: {wrong[0]!r} is not one of: "
                                   + ", ".join(self.choices))
            return value
        if self.kind is bool:
            ok = isinstance(value, bool)
        elif self.kind is int:
            ok = isinstance(value, int) and not isinstance(value, bool)
        elif self.kind is float:
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        else:
            ok = isinstance(value, self.kind)
        if not ok:
            raise SettingError(
                f"setting {self.key} = {value!r} is not a {self.kind.__name__}"
            )
        low, high = self.minimum, self.maximum
        if low is not None and high is not None and not low <= value <= high:
            raise SettingError(
                f"setting {self.key} = {value!r} is outside {_num(low)}–{_num(high)}"
            )
        if self.choices and value not in self.choices:
            allowed = ", ".join(self.choices)
            raise SettingError(f"setting {self.key} = {value!r} is not one of: {allowed}")
        return value


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


_ALL = (
    Setting("sessions_per_week_goal", int, 3, 1, 14,
            description="How many sessions a week you aim for (guidance: at least 3).",
            label=QT_TRANSLATE_NOOP("", "The weekly goal"),
            unit=QT_TRANSLATE_NOOP("", " sessions a week")),
    Setting("water_goal_ml", int, 2000, 250, 10000,
            description="How much water you aim to drink a day, in millilitres."),
    Setting("glass_ml", int, 250, 1, 3000,
            description="The size of one glass, in millilitres."),
    Setting("first_run_notice_seen", bool, False,
            description="Whether the safety notice was shown on first start."),
    Setting("favourite_routines", list, [], maximum=500,
            description="Ids of the routines marked as favourites."),
    Setting("recent_routines", list, [], maximum=10,
            description="Ids of the routines started most recently, newest first."),
    Setting("sound_volume", int, 70, 0, 100, description="Volume of the session tones, in %."),
    Setting("sound_muted", bool, False, description="Silence the session tones."),
    Setting("voice_on", bool, True, description="Speak the exercise and phase names."),
    Setting("voice_engine", str, "", description="Text-to-speech engine; empty: the default."),
    Setting("voice_name", str, "", description="Voice of that engine; empty: the default."),
    Setting("reminders_enabled", bool, True, description="Remind me to drink."),
    Setting("reminder_interval_min", int, 60, 15, 240,
            description="Minutes between drink reminders."),
    Setting("active_start", str, "09:00", description="Reminders from this time (HH:MM)."),
    Setting("active_end", str, "21:00", description="Reminders until this time (HH:MM)."),
    Setting("active_days", list, ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
            maximum=7, choices=("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
            description="Days with reminders."),
    Setting("water_unit", str, "ml", choices=("ml", "fl_oz", "glasses"),
            description="How amounts of water are shown."),
    Setting("reminder_sound", bool, True,
            description="Play a soft tone with reminders shown inside the window."),
    Setting("close_to_tray", bool, True,
            description="Closing the window keeps BackCare running in the tray."),
    Setting("close_to_tray_announced", bool, False,
            description="Whether the tray behaviour was explained once."),
    Setting("checkin_enabled", bool, False,
            description="Ask once a day how your back feels."),
    Setting("checkin_time", str, "20:00", description="When to ask (HH:MM)."),
    Setting("peg_enabled", bool, False,
            description="Ask once a week the three PEG questions about the past week."),
    Setting("peg_weekday", int, 6, 0, 6,
            description="The day of the weekly questions (0 Monday to 6 Sunday).",
            label=QT_TRANSLATE_NOOP("", "The day of the weekly questions")),
    Setting("peg_time", str, "18:00", description="When to ask them (HH:MM)."),
    Setting("session_reminders_enabled", bool, True,
            description="Remind me of the sessions in my weekly plan."),
    Setting("colour_scheme", str, "system", choices=("system", "light", "dark"),
            description="Follow the desktop's light or dark scheme, or force one.",
            label=QT_TRANSLATE_NOOP("", "The colour scheme")),
    Setting("language", str, "system", choices=("system", "en", "de", "es"),
            description="The language BackCare shows and speaks: the system's, or one.",
            label=QT_TRANSLATE_NOOP("", "The language")),
)

SETTINGS: dict[str, Setting] = {s.key: s for s in _ALL}


def setting(key: str) -> Setting:
    try:
        return SETTINGS[key]
    except KeyError:
        raise SettingError(f"there is no setting called {key!r}") from None
