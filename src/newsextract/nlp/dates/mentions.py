"""Which year a day-month, a month or a quarter the article already dated falls in.

An article names the same day again without its year ("la manifestation du 22 décembre",
after "le 22 décembre, ..."), or the same month or quarter ("au quatrième trimestre"): the
second mention is the first one's day, whatever the verb around it says ("il sera jugé pour
les faits du 22 décembre" is not next December's).
"""

from __future__ import annotations

import re

_DAY = re.compile(r"(\d{4})-(\d\d-\d\d)")
_MONTH = re.compile(r"(\d{4})-(\d\d)")
_PERIOD = re.compile(r"(\d{4})-([QH][1-4])")


def day_key(month: int, day: int) -> str:
    return f"{month:02d}-{day:02d}"


def month_key(month: int) -> str:
    return f"{month:02d}"


def period_key(letter: str, rank: int) -> str:
    return f"{letter}{rank}"


def remember(years: dict[str, int], value: str, explicit_year: bool) -> None:
    """Note the year of a dated value: the first mention keeps it, unless a later one writes
    its year out. A day tells the year of its month only when its year is written ("le 3
    mai 2017"): a day resolved from the verb may be a plan, the month a past one."""
    def note(key: str, year: str) -> None:
        if explicit_year or key not in years:
            years[key] = int(year)
    if m := _DAY.match(value):
        note(m.group(2), m.group(1))
        if explicit_year:
            note(m.group(2)[:2], m.group(1))
    elif (m := _PERIOD.fullmatch(value)) or (m := _MONTH.fullmatch(value)):
        note(m.group(2), m.group(1))
