"""TIMEX3 normalisation: from a rule match to (type, value, start, end, anchor).

Each normaliser named in ``data/dates_rules.tsv`` is a function ``(match, context) ->
list[Timex]`` registered in ``NORMALISERS``; it returns [] to reject a match (an age, an
impossible date). The ``Context`` carries the publication date, the last resolved day of the
story (for "le lendemain", "le même jour", clock times) and a callback giving the tense of the
verb governing an expression (for the direction of "samedi", "le 30 juin"). See docs/dates.md.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from text_to_num import text2num

from newsextract.nlp.timex_rules import RuleMatch, lexicon

PUBLICATION, PREVIOUS, NONE = "publication", "previous", "none"
PAST, FUTURE, PRESENT = "past", "future", "present"
UNKNOWN_DAY = "XXXX-XX-XX"
# a day-month a past verb puts more than DAY_MONTH_FAR days back is taken after the
# publication date when that one is at most DAY_MONTH_NEAR days ahead
DAY_MONTH_FAR, DAY_MONTH_NEAR = 300, 62
# a month alone (no cue, no past tense) at most MONTH_WRAP months across the new year is
# taken in the neighbouring year ("en janvier" written in December)
MONTH_WRAP = 2


@dataclass
class Timex:
    start: int
    end: int
    type: str
    value: str
    begin: str | None = None  # ISO start of the denoted interval
    finish: str | None = None  # ISO end (exclusive)
    anchor: str = NONE

    def as_dict(self) -> dict[str, str | None]:
        return {"type": self.type, "value": self.value, "start": self.begin,
                "end": self.finish, "anchor": self.anchor}


@dataclass
class Context:
    """What normalisation needs beyond the match; `ref` is updated as the story goes."""

    text: str  # the folded document text
    pub: date | None
    tense: Callable[[int, int], str | None] = field(default=lambda s, e: None)
    pos: Callable[[int, int], str | None] = field(default=lambda s, e: None)
    ref: date | None = None

    def anchor_day(self) -> tuple[date | None, str]:
        """The story's current day: the last resolved day, else the publication date."""
        if self.ref is not None:
            return self.ref, PREVIOUS
        return self.pub, PUBLICATION if self.pub else NONE


# ---------------------------------------------------------------------------------------
# small pure helpers


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


def parse_number(text: str | None) -> float | None:
    """'12' -> 12, 'vingt-cinq' -> 25, 'une' -> 1; None when not a number."""
    if not text:
        return None
    text = re.sub(r"\s+", " ", text.strip())
    approx = lexicon().mapping("approx_numbers")
    words = re.findall(r"[a-z]+", text)
    if words and len(words) <= 3 and any(w in approx for w in words):
        return float(next(approx[w] for w in words if w in approx))
    if re.fullmatch(r"\d+(?:[.,]\d+)?", text):
        return float(text.replace(",", "."))
    try:
        return float(text2num(text, "fr"))
    except (ValueError, KeyError, IndexError):
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


def calendar_timex(start: int, end: int, type_: str, value: str, anchor: str) -> Timex:
    begin, finish = iso_bounds(value)
    return Timex(start, end, type_, value, begin, finish, anchor)


def resolve_day_month(pub: date, month: int, day: int, direction: str | None) -> date | None:
    """The (day, month) nearest the publication date, or the last one before it (past) or
    the first one after it (future)."""
    cands = [d for y in (pub.year - 1, pub.year, pub.year + 1)
             if (d := safe_date(y, month, day))]
    if not cands:
        return None
    if direction == PAST:
        before = [d for d in cands if d <= pub]
        return max(before) if before else min(cands)
    if direction == FUTURE:
        after = [d for d in cands if d >= pub]
        return min(after) if after else max(cands)
    return min(cands, key=lambda d: (abs((d - pub).days), d > pub))


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


def unit_info(unit: str) -> tuple[str, int, bool]:
    """(TIMEX3 letter, multiplier, is a clock unit) of a unit: 'siecle' -> ('Y', 100, False)."""
    lex = lexicon()
    letter, mult, clock = lex.mapping("units").get(unit) or lex.mapping("unit_abbreviations")[unit]
    return letter, mult, clock


def duration_value(n: float | None, unit: str, half: bool = False) -> str | None:
    """P10D, PT72H, PXY (n None: a vague quantity), P18M ('un an et demi')."""
    letter, mult, clock = unit_info(unit)
    prefix = "PT" if clock else "P"
    if n is None:
        return f"{prefix}X{letter}"
    total = n * mult + (0.5 * mult if half else 0)
    if total <= 0:
        return None
    if total != int(total):  # a half unit: say it in the next smaller unit
        smaller = {"Y": ("M", 12, False), "M": ("D", 30, False), "W": ("D", 7, False),
                   "D": ("H", 24, True), "H": ("M", 60, True)}
        if clock and letter == "M":
            letter, mult2, clock = "S", 60, True
        else:
            letter, mult2, clock = smaller.get(letter, (letter, 1, clock))
        total *= mult2
        prefix = "PT" if clock else "P"
    return f"{prefix}{int(round(total))}{letter}"


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


# ---------------------------------------------------------------------------------------
# context readers


def _before(ctx: Context, pos: int, n: int = 40) -> str:
    return ctx.text[max(0, pos - n):pos]


def _after(ctx: Context, pos: int, n: int = 40) -> str:
    return ctx.text[pos:pos + n]


def _cue_direction(cue: str | None) -> str | None:
    if not cue:
        return None
    lex = lexicon()
    if cue in lex.words("past_cues") or cue in lex.words("anchored_past_cues"):
        return PAST
    if cue in lex.words("future_cues") or cue in lex.words("anchored_future_cues"):
        return FUTURE
    return None


def _after_since_cue(ctx: Context, start: int) -> bool:
    words = _before(ctx, start, 20).split()
    return bool(words) and words[-1] in lexicon().words("since_cues")


def _direction(m: RuleMatch, ctx: Context, *cue_groups: str) -> str | None:
    """From an explicit cue ('dernier'), a 'depuis' before, else the governing verb."""
    for name in cue_groups:
        if d := _cue_direction(m.groups.get(name)):
            return d
    if _after_since_cue(ctx, m.match_start):
        return PAST
    return ctx.tense(m.start, m.end)


def _part_code(part: str | None) -> str | None:
    return lexicon().mapping("day_parts").get(part) if part else None


def _with_part(value: str, part: str | None) -> tuple[str, str]:
    """(type, value) of a day, made a TIME with its part of the day if any."""
    code = _part_code(part)
    return ("TIME", f"{value}T{code}") if code else ("DATE", value)


def _day_timex(m: RuleMatch, ctx: Context, d: date | None, anchor: str,
               part: str | None = None, start: int | None = None) -> Timex:
    """A day (with its part of the day), which becomes the story's current day."""
    start = m.start if start is None else start
    if d is None:
        type_, value = _with_part(UNKNOWN_DAY, part)
        return Timex(start, m.end, type_, value, anchor=NONE)
    ctx.ref = d
    type_, value = _with_part(day_value(d), part)
    begin, finish = iso_bounds(day_value(d))
    return Timex(start, m.end, type_, value, begin, finish, anchor)


def _month_number(word: str | None) -> int | None:
    """'octobre' -> 10, 'oct.' -> 10."""
    return lexicon().mapping("months").get(word) if word else None


def _year(text: str | None, pub: date | None) -> int | None:
    """'1999' -> 1999, "'98" or '98' -> 1998 (the century closest to publication)."""
    if not text:
        return None
    digits = text.lstrip("'")
    if len(digits) == 4:
        return int(digits)
    pivot = (pub.year if pub else 2000)
    century = pivot // 100 * 100
    cands = [century - 100 + int(digits), century + int(digits), century + 100 + int(digits)]
    return min(cands, key=lambda y: abs(y - pivot))


def _day_number(text: str) -> int:
    return 1 if text in ("1er", "premier") else int(text)


# ---------------------------------------------------------------------------------------
# normalisers


def norm_day_month(m: RuleMatch, ctx: Context, day: str | None = None,
                   start: int | None = None) -> list[Timex]:
    g = m.groups
    day_n, month = _day_number(day or g["day"]), _month_number(g["month"])
    if month is None:
        return []
    start = m.start if start is None else start
    year = _year(g.get("year"), ctx.pub)
    if year is not None:
        d = safe_date(year, month, day_n)
        return [_day_timex(m, ctx, d, NONE, start=start)] if d else []
    if ctx.pub is None:
        if not safe_date(2000, month, day_n):
            return []
        return [Timex(start, m.end, "DATE", f"XXXX-{month:02d}-{day_n:02d}", anchor=NONE)]
    direction = _direction(m, ctx, "cue")
    before = _before(ctx, m.match_start, 25).rstrip()
    if direction == PAST and not _cue_direction(g.get("cue")) and any(
            before.endswith(p) for p in lexicon().words("deadline_preps")):
        direction = None  # "a donné jusqu'au 30 juin": a deadline, the nearest 30 June
    d = resolve_day_month(ctx.pub, month, day_n, direction)
    if d is not None and direction == PAST and not _cue_direction(g.get("cue")):
        # a past verb only (no "dernier"): a day almost a year back is less likely than the
        # same day a few weeks ahead ("a annoncé une hausse au 1er janvier" in December;
        # the verb reports the announcement, not the day)
        other = resolve_day_month(ctx.pub, month, day_n, FUTURE)
        if other is not None and abs((d - ctx.pub).days) > DAY_MONTH_FAR and \
                abs((other - ctx.pub).days) <= DAY_MONTH_NEAR:
            d = other
    return [_day_timex(m, ctx, d, PUBLICATION, start=start)] if d else []


def norm_coord_days(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'les 26 et 27 octobre derniers' -> '26' and '27 octobre derniers'."""
    first = norm_day_month(m, ctx, day=m.groups["day1"], start=m.group_start("day1"))
    for t in first:
        t.end = m.group_end("day1")
    second = norm_day_month(m, ctx, start=m.group_start("second"))
    return first + second if first and second else []


def norm_month(m: RuleMatch, ctx: Context, month_word: str | None = None,
               start: int | None = None) -> list[Timex]:
    g = m.groups
    month = _month_number(month_word or g["month"])
    if month is None:
        return []
    start = m.start if start is None else start
    year = _year(g.get("year"), ctx.pub)
    anchor = NONE
    if year is None and ctx.pub is not None:
        anchor, year = PUBLICATION, ctx.pub.year
        direction = _direction(m, ctx, "cue")
        cue = _cue_direction(g.get("cue")) or (PAST if _after_since_cue(ctx, start) else None)
        ahead = (month - ctx.pub.month) % 12  # months from publication to the next one
        if cue == PAST and month >= ctx.pub.month or (
                direction == PAST and month > ctx.pub.month):
            year -= 1
        elif cue == FUTURE and month <= ctx.pub.month:
            year += 1
        elif cue is None and month < ctx.pub.month and (
                direction == FUTURE or direction != PAST and ahead <= MONTH_WRAP):
            year += 1  # "ça va repartir en janvier", "en janvier" written in December
        elif cue is None and direction in (None, PRESENT) and month > ctx.pub.month and \
                12 - ahead <= MONTH_WRAP:
            year -= 1  # "à partir de la mi-décembre" written in January
    value = f"{year:04d}-{month:02d}" if year is not None else f"XXXX-{month:02d}"
    return [calendar_timex(start, m.end, "DATE", value, anchor)]


def norm_coord_months(m: RuleMatch, ctx: Context) -> list[Timex]:
    first = norm_month(m, ctx, month_word=m.groups["month1"], start=m.group_start("month1"))
    for t in first:
        t.end = m.group_end("month1")
    second = norm_month(m, ctx, start=m.group_start("second"))
    return first + second


def norm_year(m: RuleMatch, ctx: Context) -> list[Timex]:
    after = _after(ctx, m.match_end, 20).split()
    if after and after[0].strip(",.;:") in lexicon().words("year_blockers"):
        return []
    return [calendar_timex(m.start, m.end, "DATE", m.groups["year"], NONE)]


def norm_decade(m: RuleMatch, ctx: Context) -> list[Timex]:
    digits = m.groups["decade"]
    if len(digits) == 2:
        digits = ("20" if digits == "00" else "19") + digits
    return [Timex(m.start, m.end, "DATE", digits[:3] + "X", anchor=NONE)]


def norm_season(m: RuleMatch, ctx: Context) -> list[Timex]:
    if _before(ctx, m.match_start, 2) == "d'":
        return []  # "les Jeux d'hiver", "l'heure d'été": a qualifier, not a time
    if ctx.pos(m.group_start("season"), m.group_end("season")) in ("AUX", "VERB"):
        return []  # "a été" (être), not the summer
    code, first_month = lexicon().mapping("seasons")[m.groups["season"]]
    year = _year(m.groups.get("year"), ctx.pub)
    anchor = NONE
    if year is None and ctx.pub is not None:
        anchor, year = PUBLICATION, ctx.pub.year
        cue = _cue_direction(m.groups.get("cue"))
        this = ctx.text[m.match_start:m.match_start + 3] in ("cet", "ce ")
        tense = ctx.tense(m.start, m.end) if this and not cue else None
        if (cue or tense) == PAST and first_month + 2 >= ctx.pub.month and (
                cue or first_month > ctx.pub.month):
            year -= 1  # "cet été" with a past verb, written in January: last summer
        elif cue == FUTURE and first_month <= ctx.pub.month:
            year += 1
    prefix = f"{year:04d}" if year is not None else "XXXX"
    return [Timex(m.start, m.end, "DATE", f"{prefix}-{code}", anchor=anchor)]


def _sentence_initial(ctx: Context, pos: int) -> bool:
    before = _before(ctx, pos, 5).rstrip(" \t«\"")
    return not before or before[-1] in ".!?\n:»"


def norm_relative_day(m: RuleMatch, ctx: Context) -> list[Timex]:
    word, part = m.groups["relday"], m.groups.get("part")
    offset = lexicon().mapping("relative_days")[word]
    # "Aujourd'hui, ..." opening a sentence contrasts the present with the past: PRESENT_REF
    if offset == 0 and not part and _sentence_initial(ctx, m.start) and \
            _after(ctx, m.end, 2).lstrip().startswith(","):
        return [Timex(m.start, m.end, "TIME", "PRESENT_REF", anchor=NONE)]
    d = ctx.pub + timedelta(days=offset) if ctx.pub else None
    return [_day_timex(m, ctx, d, PUBLICATION, part)]


def norm_this_part(m: RuleMatch, ctx: Context) -> list[Timex]:
    return [_day_timex(m, ctx, ctx.pub, PUBLICATION, m.groups["part"])]


def _weekday_date(m: RuleMatch, ctx: Context, name: str, *cues: str) -> date | None:
    weekday = lexicon().mapping("weekdays")[m.groups[name]]
    if ctx.pub is None:
        return None
    lex = lexicon()
    cue_words = [w for c in cues if (w := m.groups.get(c))]
    if any(w in lex.words("anchored_past_cues") or w in lex.words("anchored_future_cues")
           for w in cue_words):
        # "le samedi précédent / suivant": the week before / after the story's current day
        base, direction = ctx.ref or ctx.pub, _direction(m, ctx, *cues)
        return resolve_weekday(base, weekday, direction)
    if any(_cue_direction(w) for w in cue_words):  # "samedi dernier", "mardi prochain"
        return resolve_weekday(ctx.pub, weekday, _direction(m, ctx, *cues))
    since = _after_since_cue(ctx, m.match_start)
    tense = None if since else ctx.tense(m.start, m.end)
    if ctx.ref is not None and ctx.ref.isoweekday() == weekday and \
            abs((ctx.ref - ctx.pub).days) <= 7 and not (
                tense == FUTURE and ctx.ref < ctx.pub or tense == PAST and ctx.ref > ctx.pub):
        return ctx.ref  # the weekday just named ("samedi 29 mai ... samedi à 8 h")
    if ctx.pub.isoweekday() == weekday and not since:
        return ctx.pub  # "a déclaré dimanche" in a Sunday's paper: that very day
    return resolve_weekday(ctx.pub, weekday, PAST if since else tense)


def norm_weekday(m: RuleMatch, ctx: Context) -> list[Timex]:
    weekday = lexicon().mapping("weekdays")[m.groups["weekday"]]
    d = _weekday_date(m, ctx, "weekday", "cue", "cue2")
    if d is None:
        code = _part_code(m.groups.get("part"))
        value = f"XXXX-WXX-{weekday}" + (f"T{code}" if code else "")
        return [Timex(m.start, m.end, "TIME" if code else "DATE", value, anchor=NONE)]
    return [_day_timex(m, ctx, d, PUBLICATION, m.groups.get("part"))]


def norm_night_between(m: RuleMatch, ctx: Context) -> list[Timex]:
    d = _weekday_date(m, ctx, "weekday")
    return [_day_timex(m, ctx, d, PUBLICATION, "nuit")]


def norm_same_day(m: RuleMatch, ctx: Context) -> list[Timex]:
    d, anchor = ctx.anchor_day()
    return [_day_timex(m, ctx, d, anchor, m.groups.get("part"))]


def norm_anchored_day(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'le lendemain' = the story's day + 1; 'au lendemain de X' locates the story's day."""
    offset = lexicon().mapping("anchored_days")[m.groups["rel"]]
    if m.groups.get("of"):
        offset = 0
    d, anchor = ctx.anchor_day()
    d = d + timedelta(days=offset) if d else None
    t = _day_timex(m, ctx, d, anchor, m.groups.get("part"))
    if m.groups.get("of"):  # the span stops before "de"
        t.end = m.group_end("rel")
    return [t]


def norm_in_the_part(m: RuleMatch, ctx: Context) -> list[Timex]:
    part = m.groups.get("part") or m.groups.get("part2")
    d, anchor = ctx.anchor_day()
    return [_day_timex(m, ctx, d, anchor, None if part == "journee" else part)]


def norm_publication_day(m: RuleMatch, ctx: Context) -> list[Timex]:
    if ctx.pub is None:
        return []
    return [calendar_timex(m.start, m.end, "DATE", day_value(ctx.pub), PUBLICATION)]


def _minutes(text: str | None) -> int | None:
    if not text:
        return 0
    text = re.sub(r"\s+", " ", text)
    minute_words = lexicon().mapping("minute_words")
    if text in minute_words:
        return minute_words[text]
    n = parse_number(text)
    return int(n) if n is not None and 0 <= n < 60 else None


def norm_clock(m: RuleMatch, ctx: Context) -> list[Timex]:
    g = m.groups
    hour, minutes = parse_number(g["hour"]), _minutes(g.get("min"))
    if hour is None or minutes is None or hour > 24:
        return []
    if g.get("weekday"):
        d = _weekday_date(m, ctx, "weekday")
        anchor = PUBLICATION
    else:
        d, anchor = ctx.anchor_day()
    day = day_value(d) if d else UNKNOWN_DAY
    value = f"{day}T{int(hour):02d}:{minutes:02d}"
    begin, finish = iso_bounds(value)
    return [Timex(m.start, m.end, "TIME", value, begin, finish, anchor if d else NONE)]


def norm_noon(m: RuleMatch, ctx: Context) -> list[Timex]:
    minutes = _minutes(m.groups.get("min"))
    d, anchor = ctx.anchor_day()
    hour = 12 if m.groups["noon"] == "midi" else 24
    day = day_value(d) if d else UNKNOWN_DAY
    return [Timex(m.start, m.end, "TIME", f"{day}T{hour:02d}:{minutes or 0:02d}",
                  anchor=anchor if d else NONE)]


_UNIT_ALIASES = {"an": "annee", "week-end": "semaine"}


def norm_relative_unit(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'la semaine dernière', 'cette année', "l'an prochain", 'la fin du mois'."""
    unit, cue = m.groups["unit"], m.groups.get("cue")
    lex = lexicon()
    anchored = cue in lex.words("anchored_past_cues") + lex.words("anchored_future_cues")
    base, anchor = (ctx.anchor_day() if anchored else (ctx.pub, PUBLICATION))
    direction = _cue_direction(cue)
    n = -1 if direction == PAST else 1 if direction == FUTURE else 0
    week_end = unit == "week-end"
    unit = _UNIT_ALIASES.get(unit, unit)
    if unit in ("siecle", "decennie"):
        if base is None:
            return [Timex(m.start, m.end, "DATE", "XXXX", anchor=NONE)]
        y = base.year + n * (100 if unit == "siecle" else 10)
        value = f"{y // 100:02d}" if unit == "siecle" else f"{y // 10:03d}X"
        return [Timex(m.start, m.end, "DATE", value, anchor=anchor)]
    if unit in ("trimestre", "semestre"):
        if base is None:
            return [Timex(m.start, m.end, "DATE", "XXXX", anchor=NONE)]
        months = 3 if unit == "trimestre" else 6
        y, mo = add_months(base.year, base.month, n * months)
        value = f"{y:04d}-{'Q' if months == 3 else 'H'}{(mo - 1) // months + 1}"
        return [Timex(m.start, m.end, "DATE", value, anchor=anchor)]
    letter = {"semaine": "W", "mois": "M", "annee": "Y"}[unit]
    if base is None:
        value = {"W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX"}[letter]
        return [Timex(m.start, m.end, "DATE", value, anchor=NONE)]
    if week_end and not cue and base.isoweekday() <= 2 and \
            ctx.tense(m.start, m.end) == PAST:
        n = -1  # "ce week-end" in a Monday's paper, with a past verb: the one just gone
    value = value_at(shift(base, n, letter, False), letter, False)
    if week_end:
        value += "-WE"
    return [calendar_timex(m.start, m.end, "DATE", value, anchor)]


def _count(m: RuleMatch, name: str = "num") -> tuple[float | None, bool]:
    """(number, is_vague) of a quantity group: 'trois' -> (3, False), 'quelques' -> (None, True)."""
    text = m.groups.get(name)
    if text is None:
        return None, True
    if text in lexicon().words("vague_quantities"):
        return None, True
    n = parse_number(text)
    return n, n is None


def norm_ago(m: RuleMatch, ctx: Context, sign: int = -1) -> list[Timex]:
    """'il y a trois jours' -> the day three days before publication."""
    n, vague = _count(m)
    unit = m.groups["unit"]
    letter, mult, clock = unit_info(unit)
    if vague or n is None or n != int(n):
        return norm_duration(m, ctx)
    if sign > 0 and n == 1 and m.groups.get("num") in ("un", "une") and letter in "DH":
        return []  # "dans un jour de grande forme"
    if ctx.pub is None:
        return [Timex(m.start, m.end, "DATE", "XXXX-XX-XX" if letter in "DW" else "XXXX",
                      anchor=NONE)]
    d = shift(ctx.pub, sign * int(n) * mult, letter, clock)
    value = value_at(d, letter, clock)
    if clock or letter == "D":
        return [_day_timex(m, ctx, d, PUBLICATION)]
    return [calendar_timex(m.start, m.end, "DATE", value, PUBLICATION)]


def norm_in_n(m: RuleMatch, ctx: Context) -> list[Timex]:
    return norm_ago(m, ctx, sign=1)


def _is_age(m: RuleMatch, ctx: Context) -> bool:
    """'Jean, 87 ans,', 'âgé de 17 ans', 'une fillette de 6 ans' are ages, not durations."""
    lex = lexicon()
    if unit_info(m.groups["unit"])[0] != "Y" or m.groups.get("half"):
        return False
    # "les 6-16 ans": look before the range
    before = re.sub(r"\d+\s*-\s*$", "", _before(ctx, m.group_start("num"), 60)).rstrip()
    after = _after(ctx, m.match_end, 30).lstrip()
    if any(after.startswith(t) for t in lex.words("duration_tails")):
        return False
    if before.endswith((",", "(")) and after[:1] in (",", ")", ".", ";"):
        return True
    words = before.split()
    if any(before.endswith(" " + h) or before == h for h in lex.words("age_heads")):
        return True
    if words and words[-1] == "de" and len(words) >= 2:
        # "une fillette de 6 ans" is an age; "une peine de 2 ans", "plus de 20 ans" are not
        return words[-2] not in lex.words("duration_heads") + lex.words("comparative_heads")
    return False


def _past_interval(pub: date, value: str) -> tuple[str | None, str | None]:
    """[publication day end - duration, publication day end) for a simple PnU value."""
    mm = re.fullmatch(r"P(T?)(\d+)([YMWDHS])", value)
    if not mm:
        return None, None
    clock, n, letter = mm.group(1) == "T", int(mm.group(2)), mm.group(3)
    end = datetime(pub.year, pub.month, pub.day) + timedelta(days=1)
    if clock:
        seconds = {"H": 3600, "M": 60, "S": 1}[letter] * n
        return (end - timedelta(seconds=seconds)).isoformat(), end.isoformat()
    start = shift(end.date(), -n, letter, False)
    return datetime(start.year, start.month, start.day).isoformat(), end.isoformat()


def norm_duration(m: RuleMatch, ctx: Context) -> list[Timex]:
    n, vague = _count(m)
    if not vague and n is None:
        return []
    if m.groups.get("num") == "des" and not any(
            _before(ctx, m.match_start, 20).rstrip().endswith(p)
            for p in lexicon().words("vague_des_preps")):
        return []  # "des heures scolaires": only "depuis des années" is a duration
    if m.groups.get("num") in ("un", "une") and m.groups["unit"] in ("jour", "heure") \
            and not m.groups.get("half"):
        return []  # "un jour, ..." (one day) and "à une heure" are rarely durations
    if n is not None and m.rule.name != "dur_half" and _is_age(m, ctx):
        return []
    if m.rule.name == "dur_half":
        n = 0.5
    value = duration_value(n, m.groups["unit"], bool(m.groups.get("half")))
    if value is None:
        return []
    t = Timex(m.start, m.end, "DURATION", value)
    if ctx.pub is not None and _after_since_cue(ctx, m.match_start):
        t.begin, t.finish = _past_interval(ctx.pub, value)
        t.anchor = PUBLICATION if t.begin else NONE
    return [t]


def norm_coord_durations(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'de 8 à 24 mois' -> '8' (P8M) and '24 mois' (P24M)."""
    n1 = parse_number(m.groups["num1"])
    second = norm_duration(m, ctx)
    if n1 is None or not second:
        return []
    value = duration_value(n1, m.groups["unit"])
    if value is None:
        return []
    first = Timex(m.group_start("num1"), m.group_end("num1"), "DURATION", value)
    second[0].start = m.group_start("second")
    return [first, second[0]]


def norm_last_n(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'les dernières 72 heures', 'ces derniers jours', 'les trois prochains mois'."""
    num = m.groups.get("num") or m.groups.get("num1")
    n = parse_number(num) if num else None
    if num and n is None:
        return []
    value = duration_value(n, m.groups["unit"])
    if value is None:
        return []
    t = Timex(m.start, m.end, "DURATION", value)
    if ctx.pub is not None and n is not None:
        if _cue_direction(m.groups["cue"]) == PAST:
            t.begin, t.finish = _past_interval(ctx.pub, value)
        else:  # "les trois prochains jours": from the publication day on
            back_start, back_end = _past_interval(ctx.pub, value)
            if back_start and back_end:
                start = datetime(ctx.pub.year, ctx.pub.month, ctx.pub.day)
                length = datetime.fromisoformat(back_end) - datetime.fromisoformat(back_start)
                t.begin, t.finish = start.isoformat(), (start + length).isoformat()
        t.anchor = PUBLICATION if t.begin else NONE
    return [t]


def norm_ordinal_unit(m: RuleMatch, ctx: Context) -> list[Timex]:
    letter = {"journee": "D", "annee": "Y", "semaine": "W"}[m.groups["unit"]]
    return [Timex(m.start, m.end, "DURATION", f"P1{letter}")]


def norm_set_weekday(m: RuleMatch, ctx: Context) -> list[Timex]:
    weekday = lexicon().mapping("weekdays")[m.groups["weekday"]]
    code = _part_code(m.groups.get("part"))
    return [Timex(m.start, m.end, "SET", f"XXXX-WXX-{weekday}" + (f"T{code}" if code else ""))]


def norm_set_unit(m: RuleMatch, ctx: Context) -> list[Timex]:
    num = m.groups.get("num")
    n = parse_number(num) if num and m.rule.name != "per_unit" else 1
    if n is None:
        return []
    value = duration_value(n, m.groups["unit"])
    return [Timex(m.start, m.end, "SET", value)] if value else []


def norm_set_part(m: RuleMatch, ctx: Context) -> list[Timex]:
    return [Timex(m.start, m.end, "SET", f"XXXX-XX-XXT{_part_code(m.groups['part'])}")]


def norm_round_clock(m: RuleMatch, ctx: Context) -> list[Timex]:
    value = lexicon().mapping("round_the_clock").get(m.groups["unit"])
    return [Timex(m.start, m.end, "SET", value)] if value else []


def norm_present_ref(m: RuleMatch, ctx: Context) -> list[Timex]:
    return [Timex(m.start, m.end, "TIME", "PRESENT_REF")]


def norm_past_ref(m: RuleMatch, ctx: Context) -> list[Timex]:
    return [Timex(m.start, m.end, "TIME", "PAST_REF")]


def norm_future_ref(m: RuleMatch, ctx: Context) -> list[Timex]:
    return [Timex(m.start, m.end, "TIME", "FUTURE_REF")]


NORMALISERS: dict[str, Callable[[RuleMatch, Context], list[Timex]]] = {
    "day_month": norm_day_month, "coord_days": norm_coord_days, "month": norm_month,
    "coord_months": norm_coord_months, "year": norm_year, "decade": norm_decade,
    "season": norm_season, "relative_day": norm_relative_day, "this_part": norm_this_part,
    "night_between": norm_night_between, "weekday": norm_weekday, "same_day": norm_same_day,
    "anchored_day": norm_anchored_day, "in_the_part": norm_in_the_part,
    "publication_day": norm_publication_day, "clock": norm_clock, "noon": norm_noon,
    "relative_unit": norm_relative_unit, "ago": norm_ago, "in_n": norm_in_n,
    "duration": norm_duration, "coord_durations": norm_coord_durations,
    "last_n": norm_last_n, "ordinal_unit": norm_ordinal_unit,
    "set_weekday": norm_set_weekday, "set_unit": norm_set_unit, "set_part": norm_set_part,
    "round_clock": norm_round_clock, "present_ref": norm_present_ref,
    "past_ref": norm_past_ref, "future_ref": norm_future_ref,
}


def normalise(m: RuleMatch, ctx: Context) -> list[Timex]:
    """The timexes of one rule match (several for coordinations, none when rejected).

    An expression that leads out of the calendar ("il y a 99999999999 jours", "demain" on
    9999-12-31) is rejected rather than given a wrong value."""
    try:
        return NORMALISERS[m.rule.norm](m, ctx)
    except (OverflowError, ValueError):
        return []
