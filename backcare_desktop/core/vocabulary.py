"""BackCare's domain words, each spelled once.

The words a session, the database, the export file and the pages share are
defined here and nowhere else:

``StepOutcome``
    How one exercise of a session ended (``session_steps.outcome``).
``StopReason``
    Why a session was stopped before its end (``sessions.stop_reason``).
``SessionState``
    The state of a stored session record (``sessions.state``). The engine's
    own, finer states (ready, paused…) are ``core.session.events.State``.
``PainMoment``
    When, relative to a session, pain was logged (``pain_entries.moment``).
``PainArea``
    Where it hurt (``pain_entries.area``; ``None`` when not given).
``Feeling``
    How a finished session felt (``sessions.feeling``).

Every enum is an ``enum.StrEnum``: a member *is* its stored text
(``StepOutcome.COMPLETED == "completed"``), so the database and export files
hold exactly the words they always held and need no migration. The order of
the members is the order the schema's CHECK constraints list them in (see
``storage.schema``); adding a member therefore needs a schema migration too,
and a test compares the two.

Each member has a plain-English ``label`` for the pages that show it. Labels
are plain data, kept here so they are written once: the UI passes them through
Qt's translation when it shows them.

The text limits at the end are the lengths an import accepts and the pain-log
dialog lets a person type.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping


class Word(enum.StrEnum):
    """A stored domain word: its value is the text in the database and export files."""

    @property
    def label(self) -> str:
        """What a page shows for this word (plain English, before translation)."""
        return LABELS[type(self)][self]

    @classmethod
    def values(cls) -> tuple[str, ...]:
        """Every stored value, in order (for CHECK constraints and import checks)."""
        return tuple(member.value for member in cls)


class StepOutcome(Word):
    COMPLETED = "completed"  # ran its course, or the person moved past it
    SKIPPED = "skipped"  # skipped, or the session was stopped during it
    HURT = "hurt"  # the session was stopped during it because it hurt


class StopReason(Word):
    STOPPED = "stopped"  # the person pressed Stop
    HURT = "hurt"  # the person pressed "Stop — this hurts"
    APP_CLOSED = "app closed"  # BackCare was closed during the session


class SessionState(Word):
    RUNNING = "running"
    FINISHED = "finished"
    STOPPED = "stopped"
    INTERRUPTED = "interrupted"  # still running when BackCare ended unexpectedly


class PainMoment(Word):
    ANY = "any"  # logged at any time (the header, the daily check-in)
    BEFORE = "before"  # before a session
    AFTER = "after"  # after a session
    HURT = "hurt"  # when a session was stopped because it hurt


class PainArea(Word):
    LOWER_BACK = "lower_back"
    UPPER_BACK = "upper_back"
    NECK = "neck"
    HIPS = "hips"
    LEGS = "legs"


class Feeling(Word):
    TOO_EASY = "too_easy"
    ABOUT_RIGHT = "about_right"
    TOO_HARD = "too_hard"


LABELS: Mapping[type[Word], Mapping[Word, str]] = {
    StepOutcome: {
        StepOutcome.COMPLETED: "Done",
        StepOutcome.SKIPPED: "Skipped",
        StepOutcome.HURT: "Stopped: it hurt",
    },
    StopReason: {
        StopReason.STOPPED: "Stopped early",
        StopReason.HURT: "Stopped: it hurt",
        StopReason.APP_CLOSED: "Stopped early",
    },
    SessionState: {
        SessionState.RUNNING: "Running",
        SessionState.FINISHED: "Finished",
        SessionState.STOPPED: "Stopped early",
        SessionState.INTERRUPTED: "Interrupted",
    },
    PainMoment: {
        PainMoment.ANY: "Any time",
        PainMoment.BEFORE: "Before a session",
        PainMoment.AFTER: "After a session",
        PainMoment.HURT: "When it hurt",
    },
    PainArea: {
        PainArea.LOWER_BACK: "Lower back",
        PainArea.UPPER_BACK: "Upper back",
        PainArea.NECK: "Neck",
        PainArea.HIPS: "Hips",
        PainArea.LEGS: "Legs",
    },
    Feeling: {
        Feeling.TOO_EASY: "Too easy",
        Feeling.ABOUT_RIGHT: "About right",
        Feeling.TOO_HARD: "Too hard",
    },
}
"""The label of every member, per enum (members of different enums can be equal
strings, "hurt" for one, so one flat mapping would mix them up)."""

WORDS: tuple[type[Word], ...] = tuple(LABELS)
"""Every enum of this module."""


# -- text limits ---------------------------------------------------------------------------

NOTE_MAX = 2000
"""Characters a pain note may have in the records (the import refuses longer ones)."""

NOTE_TYPED_MAX = 500
"""Characters the pain-log dialog lets a person type into a note (at most ``NOTE_MAX``)."""

NAME_MAX = 200
"""Characters of a name or short text in an export file: routine id and title,
exercise name, stop reason."""
