"""The story's day when no year can be told: "vendredi 14 décembre" in an article without a
publication date is XXXX-12-14, and the expressions that follow resolve against it ("le
lendemain" XXXX-12-15, "vers 10 h" XXXX-12-14T10:00, "vendredi soir" XXXX-12-14TEV), as a
dated story's do against its current day (``timeline``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

# a year without 29 February, to move a month-day whose year is unknown: 28 February + 1 is
# 1 March in three years out of four
COMMON_YEAR = 2019
DAYS_IN_WEEK = 7
_MONTH_DAY = re.compile(r"XXXX-(\d\d)-(\d\d)")
_WEEKDAY = re.compile(r"XXXX-WXX-([1-7])")


@dataclass(frozen=True)
class PartialDay:
    """A day known by its month and day, by its weekday, or by both, but not by its year."""

    month_day: tuple[int, int] | None
    weekday: int | None  # ISO: Monday 1 ... Sunday 7

    @property
    def value(self) -> str:
        if self.month_day is not None:
            return f"XXXX-{self.month_day[0]:02d}-{self.month_day[1]:02d}"
        return f"XXXX-WXX-{self.weekday}"

    def merged_with(self, earlier: PartialDay | None) -> PartialDay:
        """This day, with what `earlier` knew of it: "vendredi 14 décembre ... le 14
        décembre" keeps the Friday, "... vendredi soir" keeps the 14 December."""
        if earlier is None:
            return self
        if self.month_day is not None and self.month_day == earlier.month_day:
            return PartialDay(self.month_day, self.weekday or earlier.weekday)
        if self.month_day is None and self.weekday == earlier.weekday:
            return earlier
        return self

    def shifted(self, days: int) -> PartialDay | None:
        """The day `days` after this one ("le lendemain": 1, "la veille": -1)."""
        month_day = None
        if self.month_day is not None:
            try:
                moved = date(COMMON_YEAR, *self.month_day) + timedelta(days=days)
                month_day = (moved.month, moved.day)
            except ValueError:  # 29 February: no common year has it
                month_day = None
        weekday = (self.weekday - 1 + days) % DAYS_IN_WEEK + 1 if self.weekday else None
        return PartialDay(month_day, weekday) if month_day or weekday else None


def partial_day_of(value: str, weekday: int | None) -> PartialDay | None:
    """The undated day a value names ("XXXX-12-14", "XXXX-WXX-5TEV"), with the weekday its
    words gave ("vendredi 14 décembre"), or None when it names no day."""
    if m := _MONTH_DAY.match(value):
        month, day = int(m.group(1)), int(m.group(2))
        return PartialDay((month, day), weekday)
    if m := _WEEKDAY.match(value):
        return PartialDay(None, int(m.group(1)))
    return None
