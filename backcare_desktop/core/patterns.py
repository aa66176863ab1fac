"""Possessive repeats of a group in regular expressions, right on every Python 3.11.

The patterns that look over untrusted files (records files, routine files) never
give back what a repeat matched, so their time is linear in the text. Python
before 3.11.5 (Debian 12 ships 3.11.2) ends a possessive repeat of a group that
can backtrack, ``(?:…)*+``, at the wrong place when its last round fails part way
(CPython gh-106052, gh-100061): a batch of records was cut in the middle of a
record. There the same repeat is written as an atomic group, ``(?>(?:…)*)``,
which those versions read right but which keeps a mark per round until it ends
(more memory for a value of many small parts). Later versions get the possessive
form, which keeps none.

Repeats of a single character class (``[…]*+``) are not affected and are
written directly.
"""

from __future__ import annotations

import sys

POSSESSIVE_GROUPS_WORK = sys.version_info >= (3, 11, 5)


def repeated(group: str, *, at_least_once: bool = False,
             possessive: bool = POSSESSIVE_GROUPS_WORK) -> str:
    """The pattern ``group`` repeated as often as it matches, never given back."""
    times = "+" if at_least_once else "*"
    return f"(?:{group}){times}+" if possessive else f"(?>(?:{group}){times})"
