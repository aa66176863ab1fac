"""Characters that draw nothing, and text made safe to show.

A routine's title or an exercise's name is shown in the picker and quoted in
messages; a file name is quoted in every message about its file. A control
character (an escape sequence for a terminal, a line break that starts a
second, forged message), a bidirectional control (U+202E RIGHT-TO-LEFT OVERRIDE
shows "exe.toml" as "lmot.exe") or an invisible character (U+200B ZERO WIDTH
SPACE) would let one name pass for another.

``hidden_at`` finds such a character, so the loader can refuse text holding one
(it does not strip them: the file says something other than what its author
sees, and the author is the one to fix it). ``printable`` writes each of them
as an escape (``\\u202e``) so a message can quote anything safely.

Hidden: control characters (Unicode category Cc), format characters (Cf, which
holds the bidirectional controls U+061C, U+200E, U+200F, U+202A–U+202E,
U+2066–U+2069, and U+200B, U+2060, U+FEFF, U+00AD…), line and paragraph
separators (Zl, Zp), surrogates (Cs: undecodable bytes of a file name) and the
fillers that draw nothing (U+034F, U+115F, U+1160, U+17B4, U+17B5,
U+180B–U+180F, U+3164, U+FFA0). Not hidden: U+200C ZERO WIDTH NON-JOINER and
U+200D ZERO WIDTH JOINER, which Persian, Indic scripts and emoji need to be
spelt right, and the variation selectors U+FE00–U+FE0F of emoji.
"""

from __future__ import annotations

import unicodedata

_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})
_NEEDED_FORMAT = frozenset({"\u200c", "\u200d"})
_FILLERS = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u180f"
                     "\u3164\uffa0")
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                  "\u2066\u2067\u2068\u2069")
_SHORT_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def is_hidden(ch: str) -> bool:
    """Whether the character ``ch`` is one that draws nothing or moves other text."""
    if ch in _NEEDED_FORMAT:
        return False
    return ch in _FILLERS or unicodedata.category(ch) in _HIDDEN_CATEGORIES


def hidden_at(text: str, allowed: str = "") -> int | None:
    """The index of the first hidden character of ``text`` not in ``allowed``, or None."""
    if text.isascii() and text.isprintable():  # nearly all text: no need to look further
        return None
    for index, ch in enumerate(text):
        if ch not in allowed and is_hidden(ch):
            return index
    return None


def describe(ch: str) -> str:
    """A hidden character in words: "a bidirectional control (U+202E RIGHT-TO-LEFT OVERRIDE)"."""
    code = f"U+{ord(ch):04X}"
    name = unicodedata.name(ch, "")
    label = f"{code} {name}" if name else code
    if ch in _BIDI:
        return f"a bidirectional control ({label})"
    if unicodedata.category(ch) == "Cc":
        return f"a control character ({label})"
    return f"an invisible character ({label})"


def printable(text: str) -> str:
    """``text`` with every hidden character written as an escape (``\\n``, ``\\u202e``).

    An undecodable byte of a file name (a surrogate from ``os.fsdecode``) is
    written as the byte it stands for (``\\xff``).
    """
    if text.isascii() and text.isprintable():
        return text
    out: list[str] = []
    for ch in text:
        if not is_hidden(ch):
            out.append(ch)
            continue
        code = ord(ch)
        if ch in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[ch])
        elif 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, kept by surrogateescape
            out.append(f"\\x{code - 0xDC00:02x}")
        elif code <= 0xFF:
            out.append(f"\\x{code:02x}")
        elif code <= 0xFFFF:
            out.append(f"\\u{code:04x}")
        else:
            out.append(f"\\U{code:08x}")
    return "".join(out)
