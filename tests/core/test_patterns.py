"""The regular expressions that look at untrusted files read alike on every Python 3.11.

Python before 3.11.5 (Debian 12 ships 3.11.2) ends a possessive repeat of a group
that can backtrack at the wrong place (CPython gh-106052): a batch of records was
cut in the middle of a record and a valid records file refused as broken. Every
such repeat goes through ``core.patterns.repeated``, which writes it as an atomic
group there. These tests run on whatever Python runs the suite; the fresh
Debian 12 check runs them on 3.11.2.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from backcare_desktop.core import patterns
from backcare_desktop.core.progress import records_file
from backcare_desktop.core.routines import toml_limits
from backcare_desktop.core.routines.toml_limits import check_shape

PACKAGE = Path(records_file.__file__).resolve().parents[2]
# A group closed and then repeated possessively: ``)*+``, ``)++``, ``)?+``, ``){2,}+``,
# or an atomic group written by hand.
GROUP_REPEAT = re.compile(r"\)(?:[*+?]|\{\d*,?\d*\})\+|\(\?>")


def test_only_the_patterns_module_repeats_a_group_possessively() -> None:
    found = [f"{path.relative_to(PACKAGE)}:{n}"
             for path in sorted(PACKAGE.rglob("*.py")) if path.name != "patterns.py"
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if GROUP_REPEAT.search(line) and not line.lstrip().startswith("#")]
    assert found == [], "write repeated(…) from core.patterns at " + ", ".join(found)


def test_the_form_chosen_matches_as_a_greedy_repeat_would() -> None:
    # The example that shows the bug: on 3.11.2 ``(?:ab?c)*+`` matches "a" whole.
    for text, whole in (("a", False), ("acabc", True), ("", True), ("abcab", False)):
        pattern = patterns.repeated("ab?c")
        assert (re.fullmatch(pattern, text) is not None) == whole
        assert (re.fullmatch(patterns.repeated("ab?c", possessive=False), text)
                is not None) == whole
    assert re.fullmatch(patterns.repeated("ab?c", at_least_once=True), "") is None


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


JSONISH = st.text(alphabet='[]{}"\\ ,a1:\n', max_size=60)
TOMLISH = st.text(alphabet="\"'[]{}.=,# \n\\ax1", max_size=60)


def _tokens(pattern: re.Pattern[str], text: str) -> list[tuple[str | None, int]]:
    found, pos = [], 0
    while pos < len(text) and (token := pattern.match(text, pos)) is not None:
        found.append((token.lastgroup, token.end()))
        pos = token.end()
    return found


# Where possessive repeats of groups work, both forms must read every text alike,
# so the atomic form that Debian 12's Python gets is the same reading.
if patterns.POSSESSIVE_GROUPS_WORK:
    POSSESSIVE, ATOMIC = records_file._patterns(True), records_file._patterns(False)

    @settings(max_examples=400)
    @given(JSONISH, st.integers(0, 60))
    def test_the_records_patterns_read_alike_in_both_forms(text: str, cut: int) -> None:
        for one, other in zip(POSSESSIVE, ATOMIC, strict=True):
            assert one.pattern != other.pattern
            a, b = one.match(text, 0, cut), other.match(text, 0, cut)
            assert (a and a.end()) == (b and b.end())

    @settings(max_examples=400)
    @given(TOMLISH)
    def test_the_routine_tokens_read_alike_in_both_forms(text: str) -> None:
        assert (_tokens(toml_limits._tokens(True), text)
                == _tokens(toml_limits._tokens(False), text))
else:
    def test_this_python_gets_the_atomic_form() -> None:
        assert records_file._BATCH.pattern == records_file._patterns(False).batch.pattern
        assert toml_limits._TOKEN.pattern == toml_limits._tokens(False).pattern
