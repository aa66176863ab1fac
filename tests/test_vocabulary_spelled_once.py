"""Every domain word is spelled once, in ``core/vocabulary.py``; code everywhere else
names the enum member (``StepOutcome.COMPLETED``, not "completed")."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

from backcare_desktop.core.vocabulary import WORDS

PACKAGE = Path(__file__).resolve().parents[1] / "backcare_desktop"
HOME = "core/vocabulary.py"
VALUES = sorted({value for words in WORDS for value in words.values()}, key=len, reverse=True)
QUOTED = re.compile(r"""(["'])(""" + "|".join(map(re.escape, VALUES)) + r""")\1""")


def quoted_words(source: str) -> list[tuple[int, str]]:
    """(line, word) for each domain word written in quotes inside a string literal (a
    plain "hurt", or SQL such as "state = 'finished'"); comments are not code."""
    found = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.STRING:
            for match in QUOTED.finditer(token.string):
                line = token.start[0] + token.string.count("\n", 0, match.start())
                found.append((line, match[2]))
    return found


def test_the_scan_finds_quoted_words_in_strings_and_sql_but_not_comments() -> None:
    source = ('x = "completed"\ny = f"WHERE state = \'finished\' AND {z}"\n'
              '# "skipped" in a comment\nw = "completed_at"\n')
    assert quoted_words(source) == [(1, "completed"), (2, "finished")]


def test_no_domain_word_is_spelled_outside_the_vocabulary() -> None:
    spelled = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative == HOME:
            continue
        for line, word in quoted_words(path.read_text(encoding="utf-8")):
            spelled.append(f"backcare_desktop/{relative}:{line}: {word!r}")
    assert not spelled, ("use the member of core.vocabulary instead of the word:\n"
                         + "\n".join(spelled))
