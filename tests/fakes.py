"""Fakes behind the app's small interfaces, for tests only."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any


@dataclass
class FakeClock:
    """A clock that moves only when the test says so."""

    wall: datetime = field(
        default_factory=lambda: datetime(2026, 11, 24, 10, 30, tzinfo=timezone(timedelta(hours=1)))
    )
    mono: float = 1000.0

    def monotonic(self) -> float:
        return self.mono

    def now(self) -> datetime:
        return self.wall

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += timedelta(seconds=seconds)


class FakePrefs:
    """Settings kept in a dict, validated like the real ones."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}

    def get_setting(self, key: str) -> Any:
        from backcare_desktop.core.settings_schema import SETTINGS

        return self.values.get(key, SETTINGS[key].default)

    def set_setting(self, key: str, value: Any) -> None:
        from backcare_desktop.core.settings_schema import SETTINGS

        self.values[key] = SETTINGS[key].validate(value)
