"""A corpus of hostile routine files, made in a folder on demand.

Each ``Case`` is one entry of the folder: special files (a FIFO, links to
devices, a folder named ``*.toml``, a socket, link loops), text that nests,
counts or spells far beyond what a routine needs, huge numbers and strings,
other encodings, control and bidirectional characters in values and in file
names, and two files with one id. ``expect`` is a piece of the message the file
must get (after its name), or ``None`` for a file that loads.

The tests run every case through ``--check-routine`` (a subprocess with a
timeout), the loader, the start-up scan of the routines folder and the app's
start-up; ``benchmarks/hostile_routines.py`` measures time and memory.
"""

from __future__ import annotations

import contextlib
import os
import socket
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from backcare_desktop.core.routines.plain_text import printable
from backcare_desktop.core.routines.toml_limits import MAX_DEPTH, MAX_ITEMS

GOOD = ('id = "{id}"\ntitle = "{title}"\ncategory = "mixed"\ndifficulty = "gentle"\n\n'
        '[[exercise]]\nname = "{name}"\nkind = "hold"\nhold_s = {hold_s}\n')


def good(*, id: str = "fine", title: str = "Fine", name: str = "Plank",
         hold_s: str = "20") -> str:
    """A valid routine (with the given pieces, which may be made invalid)."""
    return GOOD.format(id=id, title=title, name=name, hold_s=hold_s)


TWO = ('id = "two"\nlanguage = "en"\ntitle.en = "Fine"\ntitle.de = "Fein"\n'
       'category = "mixed"\ndifficulty = "gentle"\n'
       'description.en = "Strong."\ndescription.de = "Stark."\n\n'
       '[[exercise]]\nname.en = "Plank"\nname.de = "Brett"\nkind = "hold"\nhold_s = 20\n'
       'instructions.en = ["One.", "Two."]\ninstructions.de = ["Eins.", "Zwei."]\n')
"""A valid routine in English and German."""

DEEP = 40_000  # far past every limit; 80 KB of dotted keys once took 1.6 GB
TOO_DEEP = "nest more than 20 levels deep"
NOT_REGULAR = "not a regular file; it was not read."
HIDDEN = "only visible text is allowed"


@dataclass(frozen=True)
class Case:
    name: str  # the file name in the folder (may hold any character but "/" and NUL)
    make: Callable[[Path], None]  # makes the entry at the path given
    expect: str | None  # a piece of its message, None if it loads, "" if either may be

    @property
    def shown(self) -> str:
        """The file's name as every message quotes it."""
        return printable(self.name)


def _text(text: str, encoding: str = "utf-8") -> Callable[[Path], None]:
    return lambda path: path.write_bytes(text.encode(encoding))


def _bytes(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


def _link(target: str) -> Callable[[Path], None]:
    return lambda path: path.symlink_to(target)


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _folder(path: Path) -> None:
    path.mkdir()
    (path / "inner.toml").write_text(good(), encoding="utf-8")


def _socket(path: Path) -> None:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.bind(str(path))  # the socket file stays after the socket is closed


def _sparse(path: Path) -> None:
    with path.open("wb") as fh:
        fh.truncate(8 * 2**30)  # 8 GB that take no room on disk


def _unreadable(path: Path) -> None:
    path.write_text(good(id="locked", title="Locked"), encoding="utf-8")
    path.chmod(0)


def _loop(other: str) -> Callable[[Path], None]:
    return lambda path: path.symlink_to(path.parent / other)


def _dotted(depth: int) -> str:
    return ".".join(["a"] * depth) + " = 1\n"


def cases() -> list[Case]:
    """Every case, in the order the folder lists them."""
    deep_header = "[" + ".".join(["t"] * DEEP) + "]\n"
    return [
        # What should load, so the scan is seen to keep the good among the bad.
        Case("good.toml", _text(good()), None),
        Case("bom.toml", _bytes(b"\xef\xbb\xbf" + good(id="with-bom").encode()), None),
        Case("joiners.toml", _text(good(id="joiners", title="Family 👨\u200d👩\u200d👧",
                                        name="می\u200cخواهم")), None),
        # Special files: refused at once, never waited on or read.
        Case("fifo.toml", _fifo, NOT_REGULAR),
        Case("zero.toml", _link("/dev/zero"), NOT_REGULAR),
        Case("urandom.toml", _link("/dev/urandom"), NOT_REGULAR),
        Case("null.toml", _link("/dev/null"), NOT_REGULAR),
        Case("stdin.toml", _link("/proc/self/fd/0"), ""),
        Case("folder.toml", _folder, NOT_REGULAR),
        Case("socket.toml", _socket, "not a regular file"),
        Case("loop-a.toml", _loop("loop-b.toml"), "could not be read: Too many levels"),
        Case("loop-b.toml", _loop("loop-a.toml"), "could not be read: Too many levels"),
        Case("self-loop.toml", _loop("self-loop.toml"), "could not be read: Too many levels"),
        Case("dangling.toml", _link("/nonexistent/routine.toml"),
             "could not be read: No such file or directory."),
        Case("sparse.toml", _sparse, "is 8192 MB; at most 256 KB is allowed."),
        Case("huge.toml", _text("# " + "x" * 400_000), "is 390 KB; at most 256 KB is allowed."),
        Case("unreadable.toml", _unreadable, ""),  # root may read it anyway
        # Nesting of each kind, far past the limit.
        Case("deep-arrays.toml", _text("x = " + "[" * DEEP + "]" * DEEP + "\n"), TOO_DEEP),
        Case("deep-tables.toml", _text("x = " + "{a = " * DEEP + "1" + "}" * DEEP + "\n"),
             TOO_DEEP),
        Case("deep-mixed.toml",
             _text("x = " + "[{a = " * (DEEP // 2) + "1" + "}]" * (DEEP // 2) + "\n"), TOO_DEEP),
        Case("deep-dotted.toml", _text(_dotted(DEEP)), TOO_DEEP),
        Case("deep-header.toml", _text(deep_header), TOO_DEEP),
        Case("deep-array-header.toml", _text("[" + deep_header.rstrip() + "]\n"), TOO_DEEP),
        Case("deep-inline-dotted.toml", _text("x = {" + _dotted(DEEP).strip() + "}\n"), TOO_DEEP),
        # Just past the limit, built from pieces each within it.
        Case("deep-combined.toml", _text(
            "[" + ".".join(["t"] * 8) + "]\n" + ".".join(["k"] * 8) + " = "
            + "[" * (MAX_DEPTH - 14) + "]" * (MAX_DEPTH - 14) + "\n"), TOO_DEEP),
        # Right at the limit: parsed, then refused for what it holds.
        Case("deep-at-limit.toml", _text(
            "x = " + "[" * MAX_DEPTH + "]" * MAX_DEPTH + "\n" + good(id="at-limit")),
            'unknown key "x"'),
        # Numbers.
        Case("long-int.toml", _text(good(id="long-int", hold_s="9" * 5000)),
             "a number or bare word is longer than 100 characters"),
        Case("int-past-64-bits.toml", _text(good(id="wide", hold_s="9" * 30)),
             "hold_s = 999999999999999999999999999999 is outside 1–300"),
        Case("hex-int.toml", _text(good(id="hex", hold_s="0x" + "f" * 98)),
             "hold_s = a number of 119 digits is outside 1–300"),
        Case("float-inf.toml", _text(good(id="inf", hold_s="1e999")),
             "hold_s = inf is not a finite number"),
        Case("float-nan.toml", _text(good(id="nan", hold_s="nan")),
             "hold_s = nan is not a finite number"),
        Case("negative-int.toml", _text(good(id="neg", hold_s="-" + "9" * 40)),
             "is outside 1–300"),
        # Huge strings and many keys.
        Case("huge-title.toml", _text(good(id="big-title", title="x" * 200_000)),
             "title is longer than 80 characters"),
        Case("huge-key.toml", _text(good(id="big-key") + '"' + "k" * 200_000 + '" = 1\n'),
             'unknown key "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk..."'),
        Case("many-keys.toml", _text("".join(f"k{i} = {i}\n" for i in range(MAX_ITEMS + 1))),
             "more than 10,000 keys, values and tables"),
        Case("many-items.toml", _text("x = [" + "1," * (MAX_ITEMS + 1) + "]\n"),
             "more than 10,000 keys, values and tables"),
        Case("many-unknown-keys.toml", _text(
            good(id="unknown-keys") + "".join(f"[t{i}]\n" for i in range(2000))),
            "… and 1950 more problems"),
        # Within every limit but as slow as a file can be: parsed in full, then checked.
        Case("limit-keys.toml", _text(good(id="limit-keys").replace(
            "[[exercise]]", "".join(f"k{i} = {i}\n" for i in range(MAX_ITEMS - 10))
            + "[[exercise]]")), f"… and {MAX_ITEMS - 10 - 50} more problems"),
        Case("limit-tables.toml", _text(
            good(id="limit-tables") + "".join(f"[t{i}]\n" for i in range(MAX_ITEMS - 10))),
            f"… and {MAX_ITEMS - 10 - 50} more problems"),
        Case("limit-string.toml", _text(
            'description = "' + "x" * 250_000 + '"\n' + good(id="limit-string")),
            "description is longer than 1000 characters"),
        Case("limit-escapes.toml", _text(good(id="limit-escapes", title="\\u0041" * 40_000)),
             "title is longer than 80 characters"),
        Case("limit-comments.toml", _text("#\n" * 120_000 + good(id="limit-comments")), None),
        Case("limit-items.toml", _text(
            good(id="limit-items") + "x = [" + "1," * (MAX_ITEMS - 20) + "]\n"),
            'unknown key "x"'),
        # Encodings.
        Case("utf16-le.toml", _text("\ufeff" + good(), "utf-16-le"),
             "the file is UTF-16 text; routine files must be UTF-8"),
        Case("utf16-be.toml", _text("\ufeff" + good(), "utf-16-be"),
             "the file is UTF-16 text; routine files must be UTF-8"),
        Case("utf32.toml", _text("\ufeff" + good(), "utf-32-le"),
             "the file is UTF-32 text; routine files must be UTF-8"),
        Case("utf16-no-bom.toml", _text(good(), "utf-16-le"),
             "a zero byte on line 1: this is not UTF-8 text"),
        Case("latin1.toml", _text(good(title="Café"), "latin-1"),
             "not UTF-8 text (byte 0xe9 on line 2)"),
        Case("bom-only.toml", _bytes(b"\xef\xbb\xbf"), "id is missing"),
        Case("binary.toml", _bytes(bytes(range(256)) * 4), "a zero byte on line 1"),
        # Control, bidirectional and invisible characters in values.
        Case("rlo-title.toml", _text(good(id="rlo", title="Evening \u202eyalp\u202c")),
             "title has a bidirectional control (U+202E RIGHT-TO-LEFT OVERRIDE) at character 9"),
        Case("isolate-name.toml", _text(good(id="iso", name="Plank\u2067x\u2069")),
             'exercise 1 "Plank\\u2067x\\u2069": name has a bidirectional control '
             "(U+2067 RIGHT-TO-LEFT ISOLATE)"),
        Case("escape-title.toml", _text(good(id="esc", title="\\u001b[31mRed")),
             "title has a control character (U+001B) at character 1"),
        Case("newline-title.toml", _text(good(id="nl", title="One\\nTwo")),
             "title has a control character (U+000A) at character 4"),
        Case("zwsp-title.toml", _text(good(id="zwsp", title="Plank\u200b")),
             "title has an invisible character (U+200B ZERO WIDTH SPACE) at character 6"),
        Case("filler-title.toml", _text(good(id="filler", title="\u3164")),
             "title has an invisible character (U+3164 HANGUL FILLER) at character 1"),
        Case("rlo-key.toml", _text(good(id="rlo-key") + '"x\u202ey" = 1\n'),
             'unknown key "x\\u202ey"'),
        # Control and bidirectional characters in file names.
        Case("evil\u202elmot.exe.toml", _text(good(id="rlo-file", hold_s="0")),
             "hold_s = 0 is outside 1–300"),
        Case("bell\x07\x1b[2J.toml", _text("x ="), "not valid TOML"),
        Case("two\nlines.toml", _text("x ="), "not valid TOML"),
        Case(os.fsdecode(b"caf\xe9.toml"), _text("x ="), "not valid TOML"),
        Case("<b>bold.toml", _text("x ="), "not valid TOML"),
        # Several languages: each refused plainly, whatever the shape.
        Case("two-languages.toml", _text(TWO), None),
        Case("lang-unknown.toml", _text(TWO.replace("title.de", "title.fr")),
             'title.fr: "fr" is not a language BackCare knows; it may be one of: en, de, es'),
        Case("lang-lines.toml", _text(TWO.replace('instructions.de = ["Eins.", "Zwei."]',
                                                   'instructions.de = ["Eins."]')),
             'exercise 1 "Plank": instructions has a different number of lines in each '
             "language (1 in de, 2 in en)"),
        Case("lang-one-line.toml", _text(TWO.replace('instructions.en = ["One.", "Two."]',
                                                      'instructions.en = "One."')),
             'exercise 1 "Plank": instructions has a different number of lines in each '
             "language (2 in de, 1 in en)"),
        Case("lang-empty.toml", _text(TWO.replace('name.de = "Brett"', 'name.de = "  "')),
             'exercise 1 "Plank": name.de has an empty text'),
        Case("lang-missing.toml", _text(TWO.replace('description.de = "Stark."\n', "")),
             "description has no text in de"),
        Case("lang-plain.toml", _text(TWO.replace('name.en = "Plank"\nname.de = "Brett"',
                                                   'name = "Plank"')),
             'exercise 1 "Plank": name is given in one language, but the file uses de, en'),
        Case("lang-number.toml", _text(TWO.replace('title.de = "Fein"', "title.de = 5")),
             "(in de): title = 5 is not text"),
        Case("lang-own.toml", _text('language = "xx"\n' + good(id="own")),
             'language = "xx" is not one BackCare knows'),
        Case("lang-deep.toml", _text(TWO.replace('title.de = "Fein"', 'title.de.x = "Fein"')),
             "(in de): title = a table is not text"),
        # One id in two files: the first loads, the second is reported.
        Case("twin-a.toml", _text(good(id="twin")), None),
        Case("twin-b.toml", _text(good(id="twin")), 'id "twin" is already used by twin-a.toml'),
    ]


def make_corpus(folder: Path) -> list[Case]:
    """Make every case in ``folder`` (created); return the cases."""
    folder.mkdir(parents=True, exist_ok=True)
    made = cases()
    for case in made:
        case.make(folder / case.name)
    return made


def snapshot(folder: Path) -> dict[str, tuple[int, int, int, bytes | None]]:
    """What each entry is (inode, mode, size) and, for a regular file, holds."""
    seen: dict[str, tuple[int, int, int, bytes | None]] = {}
    for entry in sorted(os.listdir(folder)):
        info = os.lstat(folder / entry)
        content = None
        if stat.S_ISREG(info.st_mode) and info.st_size < 2**20:
            with contextlib.suppress(PermissionError):  # the unreadable one, but for root
                content = (folder / entry).read_bytes()
        seen[entry] = (info.st_ino, info.st_mode, info.st_size, content)
    return seen
