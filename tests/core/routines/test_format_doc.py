"""docs/routine-format.md stays true: every field is documented, every example loads."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from backcare_desktop.core.routines.fields import (
    COMMON_EXERCISE_FIELDS,
    KIND_FIELDS,
    ROUTINE_FIELDS,
)
from backcare_desktop.core.routines.loading import load_routine_bytes

DOC = Path(__file__).resolve().parents[3] / "docs" / "routine-format.md"
TEXT = DOC.read_text(encoding="utf-8")
EXAMPLES = [m for m in re.findall(r"```toml\n(.*?)```", TEXT, flags=re.S) if "[[exercise]]" in m]


def test_every_field_is_documented() -> None:
    names = {f.name for f in (*ROUTINE_FIELDS, *COMMON_EXERCISE_FIELDS)}
    names |= {f.name for fields in KIND_FIELDS.values() for f in fields}
    missing = sorted(n for n in names if f"`{n}`" not in TEXT)
    assert missing == []


def test_there_is_an_example_of_each_kind() -> None:
    for kind in KIND_FIELDS:
        assert any(f'kind = "{kind}"' in example for example in EXAMPLES), kind


@pytest.mark.parametrize("example", EXAMPLES)
def test_each_example_is_a_valid_routine(example: str) -> None:
    load_routine_bytes(example.encode(), "example.toml")
