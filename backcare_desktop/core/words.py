"""How core hands its words to the UI for translation, without Qt.

Core writes English. A text the person sees is either

* built from an English template through a ``Translate`` function the UI
  hands in (``tr("{count} reps")`` or, for a count, ``tr("%n rep(s)", "", n)``);
  ``pyside6-lupdate`` finds these calls by their name ``tr`` and files them
  under the empty context, which is where ``ui.shell.i18n.tr`` looks them up;
* or a fixed label kept as data, marked with ``QT_TRANSLATE_NOOP(context,
  text)`` so that ``pyside6-lupdate`` finds it; the UI translates it with
  ``QCoreApplication.translate(context, text)`` when it shows it.

* or, for a message made where no ``Translate`` is handed in (a refusal
  raised in core or storage), written with this module's ``tr``: the UI points
  it at Qt's translation once at start-up (``use_translation``), the command
  line leaves it English.

Without Qt (tests, the command line) ``as_written`` gives the English, with
English singular and plural for ``%n``.
"""

from __future__ import annotations

import re
from typing import Protocol


class Translate(Protocol):
    """Turns an English template into the shown language's; ``{placeholders}``
    stay as they are, ``%n`` becomes ``n`` in the right plural form."""

    def __call__(self, text: str, disambiguation: str = "", n: int = -1) -> str: ...


_PLURAL = re.compile(r"\((s|es)\)")


def as_written(text: str, disambiguation: str = "", n: int = -1) -> str:
    """The English as written: "%n rep(s)" reads "1 rep" and "3 reps"."""
    del disambiguation
    if n < 0:
        return text
    return _PLURAL.sub("" if n == 1 else r"\1", text).replace("%n", str(n))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    del context
    return text


_translation: list[Translate] = [as_written]


def use_translation(translate: Translate) -> None:
    """Make ``tr`` translate with ``translate`` from now on (the UI, at start-up)."""
    _translation[0] = translate


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """``text`` in the shown language once the UI has set one, else the English."""
    return _translation[0](text, disambiguation, n)


def label(text: str) -> str:
    """A label kept as data and marked ``QT_TRANSLATE_NOOP("", text)``, in the shown
    language once the UI has set one (``tr`` wants its text written out)."""
    return _translation[0](text)
