"""Calendar arithmetic, pure: which day, week, month or year a value denotes, its ISO
bounds, and the day-month or weekday nearest a reference day in a direction."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

from newsextract.nlp.dates.rules import lexicon

PAST, FUTURE, PRESENT = "past", "future", "present"
# a two-digit year ("en 97") without a publication date is read in the century closest to
# this year: the corpus is modern press
DEFAULT_YEAR_PIVOT = 2000
# a two-digit year is at most this many years after publication ("les JO de 24")
SHORT_YEAR_AHEAD = 10


def parse_date(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None


def day_value(d: date) -> str:
    return d.isoformat()


def week_value(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None

def iso_bounds(value: str) -> tuple[str | None, str | None]:
    """[start, end) of a calendar value: day, month, year, ISO week or minute."""
    def iso(d: date | datetime) -> str:
        return (d if isinstance(d, datetime) else datetime(d.year, d.month, d.day)).isoformat()
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", value):
        d = safe_date(*map(int, m.groups()))
        return (iso(d), iso(d + timedelta(days=1))) if d else (None, None)
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)", value):
        y, mo, d, h, mi = map(int, m.groups())
        if h >= 24 or not safe_date(y, mo, d):
            return None, None
        t = datetime(y, mo, d, h, mi)
        return iso(t), iso(t + timedelta(minutes=1))
    if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
        y, mo = map(int, m.groups())
        ny, nm = add_months(y, mo, 1)
        return iso(date(y, mo, 1)), iso(date(ny, nm, 1))
    if m := re.fullmatch(r"(\d{4})", value):
        y = int(value)
        return iso(date(y, 1, 1)), iso(date(y + 1, 1, 1))
    if m := re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value):
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        first = monday + timedelta(days=5) if m.group(3) else monday
        return iso(first), iso(monday + timedelta(days=7))
    return None, None

def resolve_day_month(pub: date, month: int, day: int, direction: str | None) -> date | None:
    """The (day, month) nearest the publication date, or the last one before it (past) or
    the first one after it (future)."""
    cands = [d for y in (pub.year - 1, pub.year, pub.year + 1)
             if (d := safe_date(y, month, day))]
    return pick_date(pub, cands, direction)


def pick_date(pub: date, cands: list[date], direction: str | None) -> date | None:
    """Of the candidate days, the last one on or before `pub` (past), the first one on or
    after it (future), else the nearest."""
    if not cands:
        return None
    if direction == PAST:
        before = [d for d in cands if d <= pub]
        return max(before) if before else min(cands)
    if direction == FUTURE:
        after = [d for d in cands if d >= pub]
        return min(after) if after else max(cands)
    return min(cands, key=lambda d: (abs((d - pub).days), d > pub))


# a yearly day (a day-month, a feast) a past verb alone puts more than DAY_MONTH_FAR days
# back is taken after the publication date when that one is at most DAY_MONTH_NEAR days ahead
DAY_MONTH_FAR, DAY_MONTH_NEAR = 300, 62


def near_ahead_if_far_back(pub: date, back: date, ahead: date | None) -> date:
    """The day a past verb alone (no "dernier") points to: `back`, unless it is almost a
    year back and `ahead` (the same day after publication) is a few weeks off: the verb then
    reports the announcement, not the day ("a annoncé une hausse au 1er janvier" in December,
    "les bénévoles comptaient fêter Noël" on 23 December)."""
    if ahead is not None and abs((back - pub).days) > DAY_MONTH_FAR and \
            abs((ahead - pub).days) <= DAY_MONTH_NEAR:
        return ahead
    return back


def resolve_weekday(pub: date, weekday: int, direction: str | None) -> date:
    """The weekday (1 = Monday) before (past), after (future/present) or nearest `pub`."""
    back = (pub.isoweekday() - weekday) % 7 or 7
    ahead = (weekday - pub.isoweekday()) % 7 or 7
    if direction == PAST:
        return pub - timedelta(days=back)
    if direction in (FUTURE, PRESENT):
        return pub + timedelta(days=ahead)
    if pub.isoweekday() == weekday:
        return pub
    return pub - timedelta(days=back) if back <= ahead else pub + timedelta(days=ahead)

def shift(d: date, n: int, letter: str, clock: bool) -> date:
    """`d` moved by n units (negative: back)."""
    if clock:
        return d
    if letter == "D":
        return d + timedelta(days=n)
    if letter == "W":
        return d + timedelta(weeks=n)
    months = n * (12 if letter == "Y" else 1)
    y, m = add_months(d.year, d.month, months)
    if not 1 <= y <= 9999:
        raise ValueError(f"{n} {letter} from {d} leaves the calendar")
    shifted = safe_date(y, m, min(d.day, calendar.monthrange(y, m)[1]))
    if shifted is None:
        raise ValueError(f"{n} {letter} from {d} is no date")
    return shifted


def value_at(d: date, letter: str, clock: bool) -> str:
    """The value of `d` at the granularity of a unit: day, week, month or year."""
    if clock or letter == "D":
        return day_value(d)
    if letter == "W":
        return week_value(d)
    if letter == "M":
        return f"{d.year:04d}-{d.month:02d}"
    return f"{d.year:04d}"

def month_number(word: str | None) -> int | None:
    """'octobre' -> 10, 'oct.' -> 10."""
    return lexicon().mapping("months").get(word) if word else None


def year_of(text: str | None, pub: date | None) -> int | None:
    """'1999' -> 1999, "'98" or '98' -> 1998: the latest year with those digits that is at
    most SHORT_YEAR_AHEAD years after publication (press speaks of "68" as 1968)."""
    if not text:
        return None
    digits = text.lstrip("'")
    if len(digits) == 4:
        return int(digits)
    limit = (pub.year if pub else DEFAULT_YEAR_PIVOT) + SHORT_YEAR_AHEAD
    year = limit // 100 * 100 + int(digits)
    return year if year <= limit else year - 100


def day_number(text: str) -> int:
    return 1 if text in ("1er", "premier") else int(text)


def easter(year: int) -> date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def feast_day(rule: str, year: int) -> date | None:
    """'12-25' -> 25 December of `year`; 'E+49' -> 49 days after Easter (Pentecost)."""
    if rule.startswith("E"):
        return easter(year) + timedelta(days=int(rule[1:]))
    month, day = map(int, rule.split("-"))
    return safe_date(year, month, day)


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def roman_or_digits(text: str) -> int | None:
    """'xix' -> 19, '21' -> 21; None for what is no number."""
    if text.isdigit():
        return int(text)
    if not text or any(ch not in _ROMAN for ch in text):
        return None
    values = [_ROMAN[ch] for ch in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v
               for i, v in enumerate(values))
