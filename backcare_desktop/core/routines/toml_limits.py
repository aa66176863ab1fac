"""A cheap look at routine text before ``tomllib`` parses it.

``tomllib`` recurses once per nested list or inline table (deep nesting ends in
``RecursionError``), builds a tuple per prefix of a dotted key (memory grows
with the square of its depth), and turns a long run of digits into an integer
(past 4,300 digits Python refuses; far fewer already cost time). A routine file
needs none of that: it nests three levels deep at most, uses a few hundred keys
and numbers of a few digits.

``check_shape`` walks the text once, skipping the contents of strings and
comments as TOML does, and refuses text that goes beyond ``MAX_DEPTH``,
``MAX_ITEMS`` or ``MAX_WORD``, naming the line. What it lets through parses in
linear time and memory. It does not judge whether the text is valid TOML; that
is left to ``tomllib``, which stops at the first error. Where this scan and
``tomllib`` read strings the same way (up to the first error ``tomllib``
meets), everything ``tomllib`` builds has been counted here.
"""

from __future__ import annotations

import re

from backcare_desktop.core.patterns import POSSESSIVE_GROUPS_WORK, repeated

# How deep tables and lists may nest: each list, inline table and table made by
# a header or by a part of a dotted key is one level. ``a.b = [{c = [1]}]`` is 4
# deep (the table ``a``, the list, the inline table, the list under ``c``). A
# routine needs 3 (``[[exercise]]``, a list of tables, holding a list of lines).
MAX_DEPTH = 20
# Keys, list items and tables in the whole file (each ``=``, ``,``, ``[``, ``{``).
# 60 exercises of 20 instructions, 10 cues and a dozen keys each come to 2,500.
MAX_ITEMS = 10_000
# The longest bare word: a number (in any base, with its underscores), a bare
# key, a date, ``true``. Every number a routine allows has a handful of digits.
MAX_WORD = 100

def _tokens(possessive: bool = POSSESSIVE_GROUPS_WORK) -> re.Pattern[str]:
    """Each kind of token, tried in this order. Repeats are possessive (see
    ``core.patterns``), so a token never gives back what it matched. A run of
    lines is one character class, not a repeated group: where repeated groups
    are atomic, a file of 100,000 comment lines would keep a mark per line."""
    def again(group: str) -> str:
        return repeated(group, possessive=possessive)

    return re.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in (
        ("space", r"[ \t\r]++"),
        ("newline", r"\n[ \t\r\n]*+"),
        ("comment", r"#[^\n]*+"),
        ("mlbasic", r'"""' + again(r'[^"\\]++|\\[\s\S]|"(?!"")') + r'(?:"""(?:""|")?|\Z)'),
        ("mlliteral", r"'''[^']*+" + again(r"'(?!'')[^']*+") + r"(?:'''(?:''|')?|\Z)"),
        ("basic", '"' + again(r'[^"\\\n]++|\\.') + '"?'),
        ("literal", r"'[^'\n]*+'?"),
        ("word", r"[A-Za-z0-9_\-+:]++"),
        ("open", r"[\[{]"),
        ("close", r"[\]}]"),
        ("dot", r"\."),
        ("equals", "="),
        ("comma", ","),
        ("other", r"""[^ \t\r\n#"'A-Za-z0-9_\-+:\[\]{}.=,]++"""),
    )))


_TOKEN = _tokens()


class ShapeError(ValueError):
    """Text beyond the limits; ``str()`` is a plain phrase, ``line`` where it happened."""

    def __init__(self, line: int, text: str) -> None:
        self.line = line
        super().__init__(text)


def check_shape(text: str) -> None:
    """Raise ``ShapeError`` if ``text`` nests, counts or spells beyond the limits."""
    # The depth of a value is that of the table it goes into (``base``, from the
    # last table header), plus 1 and the dots of the key for each list or table
    # open around it (``opened``, summed in ``nested``), plus the dots of the key
    # being read (``chain``). ``key_dots`` keeps those of the key whose value
    # comes next.
    opened: list[int] = []
    nested = base = chain = key_dots = items = 0
    header_depth = 0
    in_header = in_value = False
    pos, end, match = 0, len(text), _TOKEN.match
    while pos < end:
        token = match(text, pos)
        if token is None:  # cannot happen: every character starts some token
            break
        kind = token.lastgroup
        if kind == "word" and token.end() - pos > MAX_WORD:
            raise ShapeError(_line(text, pos), f"a number or bare word is longer than "
                                               f"{MAX_WORD} characters")
        if kind == "dot":
            chain += 1
            if base + nested + chain > MAX_DEPTH:
                raise ShapeError(_line(text, pos), _too_deep())
        elif kind == "open":
            items += 1
            if not opened and not in_value:  # a table header: [name] or [[name]]
                in_header, base, header_depth = True, 0, 0
            level = 1 + key_dots
            opened.append(level)
            nested += level
            chain = key_dots = 0
            if base + nested > MAX_DEPTH:
                raise ShapeError(_line(text, pos), _too_deep())
        elif kind == "close":
            if in_header:
                header_depth = max(header_depth, nested + chain)
            if opened:
                nested -= opened.pop()
            if in_header and not opened:
                in_header, base = False, header_depth
            chain = key_dots = 0
        elif kind == "equals":
            items += 1
            in_value = True
            key_dots, chain = chain, 0
        elif kind == "comma":
            items += 1
            chain = key_dots = 0
        elif kind == "newline":
            chain = key_dots = 0
            if not opened:
                in_value = False
        if items > MAX_ITEMS:
            raise ShapeError(_line(text, pos), f"the file holds more than {MAX_ITEMS:,} keys, "
                                               "values and tables")
        pos = token.end()


def _too_deep() -> str:
    return (f"lists, tables and dotted keys nest more than {MAX_DEPTH} levels deep "
            "(a routine needs 3)")


def _line(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1
