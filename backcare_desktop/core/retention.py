"""Which automatic backups to keep: recent daily, weekly and monthly copies.

Pure policy over timestamps, so it can be tested exhaustively; the storage
layer applies it to files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class RetentionPolicy:
    daily: int = 7
    weekly: int = 5
    monthly: int = 12


def backups_to_keep(
    stamps: Iterable[datetime], policy: RetentionPolicy = RetentionPolicy()
) -> set[datetime]:
    """Return the subset of ``stamps`` that the policy keeps.

    For each of the most recent ``daily`` days that have a backup, the newest
    backup of that day is kept; likewise per ISO week and per calendar month.
    The newest backup overall is always kept.
    """
    ordered = sorted(set(stamps), reverse=True)
    keep: set[datetime] = set()
    if not ordered:
        return keep
    keep.add(ordered[0])

    def newest_per(bucket_of: Callable[[date], object], count: int) -> None:
        seen: list[object] = []
        for stamp in ordered:
            bucket = bucket_of(stamp.date())
            if bucket in seen:
                continue
            if len(seen) == count:
                break
            seen.append(bucket)
            keep.add(stamp)

    newest_per(lambda d: d, policy.daily)
    newest_per(lambda d: d.isocalendar()[:2], policy.weekly)
    newest_per(lambda d: (d.year, d.month), policy.monthly)
    return keep

