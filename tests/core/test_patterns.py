"""The regular expressions that look at untrusted files read alike on every Python 3.11.

Python before 3.11.5 (Debian 12 ships 3.11.2) ends a possessive repeat of a group
that can backtrack at the wrong place (CPython gh-106052): a batch of records was
cut in the middle of a record and a valid records file refused as broken. The
product writes those repeats as atomic groups, which every 3.11 reads right.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from backcare_desktop.core.progress import records_file
from backcare_desktop.core.routines.toml_limits import check_shape

PACKAGE = Path(records_file.__file__).resolve().parents[2]
# A group closed and then repeated possessively: ``)*+``, ``)++``, ``)?+``, ``){2,}+``.
POSSESSIVE_GROUP = re.compile(r"\)(?:[*+?]|\{\d*,?\d*\})\+")


def test_no_pattern_repeats_a_group_possessively() -> None:
    found = [f"{path.relative_to(PACKAGE)}:{n}"
             for path in sorted(PACKAGE.rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if POSSESSIVE_GROUP.search(line) and not line.lstrip().startswith("#")]
    assert found == [], "write (?>(?:…)*) instead of (?:…)*+ at " + ", ".join(found)


def test_the_atomic_form_matches_as_a_greedy_repeat_would() -> None:
    # The example that shows the bug: on 3.11.2 ``(?:ab?c)*+`` matches "a" whole.
    assert re.fullmatch(r"(?>(?:ab?c)*)", "a") is None
    assert re.fullmatch(r"(?>(?:ab?c)*)", "acabc") is not None


def test_a_batch_cut_by_its_limit_ends_after_a_whole_record() -> None:
    item = '{"a": [1, 2], "b": {"c": "x]y"}}'
    text = ", ".join([item] * 1000)
    for limit in range(len(item) * 3, len(item) * 5):
        found = records_file._BATCH.match(text, 0, limit)
        assert found is not None
        whole = json.loads(f"[{text[:found.end()]}]")
        assert whole == [json.loads(item)] * len(whole)
        assert found.end() <= limit < found.end() + len(item) + 2


def test_a_records_file_larger_than_a_batch_is_read_whole() -> None:
    count = 10_000
    drinks = [{"time": f"2026-03-{1 + n // 1440:02d}T{n // 60 % 24:02d}:{n % 60:02d}:00+00:00",
               "amount_ml": 250} for n in range(count)]
    text = json.dumps({"format": records_file.FORMAT, "version": records_file.VERSION,
                       "sessions": [], "pain": [], "water": drinks})
    assert len(text) > 2 * records_file.BATCH_CHARS
    records = records_file.read_records_text(text, "records.json", {})
    assert len(records.water) == count


def test_brackets_in_a_multi_line_string_do_not_count_as_nesting() -> None:
    check_shape('title = """\n]]]]\n[[[[\n"""\nlines = [[1]]\n')
