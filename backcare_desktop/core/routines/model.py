"""What a routine is made of. Plain frozen dataclasses, validated on loading."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

CATEGORIES = ("stretching", "strength", "relaxation", "breathing", "mixed")
DIFFICULTIES = ("gentle", "moderate", "challenging")
KINDS = ("hold", "reps", "pmr", "breathing")
LANGUAGES = ("en", "de", "es")
"""The languages a routine file may carry its texts in."""
PACES = ("tempo", "counted")


@dataclass(frozen=True)
class Hold:
    """Hold a position for ``hold_s`` seconds, ``sets`` times."""

    hold_s: float
    sets: int = 1
    rest_between_sets_s: float = 15
    per_side: bool = False
    switch_s: float = 5


@dataclass(frozen=True)
class Reps:
    """``reps`` repetitions, ``sets`` times; the timer paces each rep, or the person counts."""

    reps: int
    sets: int = 1
    rest_between_sets_s: float = 30
    pace: str = "tempo"
    move_s: float = 2
    hold_s: float = 1
    return_s: float = 2
    per_side: bool = False
    switch_s: float = 5


@dataclass(frozen=True)
class Pmr:
    """Progressive muscle relaxation of one muscle group: tense, then let go."""

    tense_s: float
    relax_s: float


@dataclass(frozen=True)
class Breathing:
    """A breathing pattern, repeated ``cycles`` times or for ``duration_s`` seconds."""

    inhale_s: float
    exhale_s: float
    hold_in_s: float = 0
    hold_out_s: float = 0
    cycles: int | None = None
    duration_s: float | None = None


Spec = Hold | Reps | Pmr | Breathing


@dataclass(frozen=True)
class Exercise:
    name: str
    spec: Spec
    instructions: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    prepare_s: float = 5
    rest_after_s: float = 20
    figure: str = ""  # the key of its picture in core/figures; "" to pick one by name

    @property
    def kind(self) -> str:
        return _KIND_OF[type(self.spec)]


_KIND_OF: dict[type, str] = {Hold: "hold", Reps: "reps", Pmr: "pmr", Breathing: "breathing"}
SPEC_OF_KIND: dict[str, type] = {kind: spec for spec, kind in _KIND_OF.items()}


@dataclass(frozen=True)
class Routine:
    id: str
    title: str
    category: str
    difficulty: str
    exercises: tuple[Exercise, ...]
    description: str = ""
    safety: tuple[str, ...] = field(default=())
    based_on: str = ""  # the id of the routine this one was copied from ("" if none)
    builtin: bool = field(default=False, compare=False)
    language: str = "en"  # the language of the texts above
    # Every language's texts when the file carries several: (code, the routine
    # with that language's texts), the file's own language first; () for one.
    texts: tuple[tuple[str, Routine], ...] = field(default=(), repr=False, compare=False)

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages this routine can be shown in, its file's own first."""
        return tuple(code for code, _ in self.texts) or (self.language,)

    def in_language(self, code: str) -> Routine:
        """This routine with its texts in ``code``; as it is when it has no such text."""
        if code == self.language:
            return self
        for language, shown in self.texts:
            if language == code:
                return replace(shown, builtin=self.builtin, language=code, texts=self.texts)
        return self
