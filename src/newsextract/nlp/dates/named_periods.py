"""Values of named days and periods: feasts ("Noël", "la Pentecôte" from Easter), centuries
("le XIXe siècle"), quarters ("au quatrième trimestre"), ranked weekdays ("le premier
dimanche d'octobre")."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from newsextract.nlp.dates.calendar_math import (
    FUTURE,
    PAST,
    feast_day,
    month_number,
    near_ahead_if_far_back,
    pick_date,
    roman_or_digits,
    year_of,
)
from newsextract.nlp.dates.direction import direction_of, text_before
from newsextract.nlp.dates.mentions import period_key
from newsextract.nlp.dates.rules import RuleMatch, lexicon
from newsextract.nlp.dates.timeline import (
    NONE,
    PREVIOUS,
    PUBLICATION,
    UNKNOWN_DAY,
    Context,
    Timex,
    day_timex,
    part_code,
)

# the last century a text speaks of in roman or arabic numbers ("XXIe siècle")
MAX_CENTURY = 21


def norm_feast(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'Noël', 'la Pentecôte' (computed from Easter): the feast of the year the tense
    points to, as for a day-month."""
    word_start, word_end = m.group_start("feast"), m.group_end("feast")
    if not any(ch.isupper() for ch in ctx.raw[word_start:word_end]):
        return []  # "l'ascension du col": a feast is written with a capital
    words = text_before(ctx, m.match_start).rstrip().split()
    # an opening bracket or quote glued to the word ("les voeux [de Nouvel An]") is no word
    before = [w.lstrip("[(«\"“") for w in words[-1:]]
    # "la veille de Noël", "les vacances de Noël": the feast is dated
    counted_from = len(words) > 1 and (words[-2].removeprefix("l'") in lexicon().mapping(
        "anchored_days") or words[-2] in lexicon().words("feast_period_nouns"))
    if not counted_from and (before and before[0] in ("de", "du", "pere")
                             or text_before(ctx, m.match_start, 2) == "d'"):
        # "le marché de Noël", "les vœux du Nouvel An", "le père Noël": a qualifier, a character
        return []
    if re.match(r"\s+[A-Z]", ctx.raw[word_end:word_end + 2]):
        return []  # "Noël Durand": a first name
    if of_another_calendar(ctx.text, word_end):
        return []  # "le Nouvel An chinois": not the French calendar's day
    rule = lexicon().mapping("feasts")[m.groups["feast"]]
    year = year_of(m.groups.get("year"), ctx.pub)
    if year is not None:
        return [day_timex(m, ctx, feast_day(rule, year), NONE)]
    if ctx.pub is None:  # a fixed feast keeps its day, Easter's depend on the year
        value = UNKNOWN_DAY if rule.startswith("E") else f"XXXX-{rule}"
        return [Timex(m.start, m.end, "DATE", value, anchor=NONE)]
    d = feast_day_told(m, ctx, rule)
    return [day_timex(m, ctx, d, PUBLICATION)] if d else []


def of_another_calendar(folded: str, end: int) -> bool:
    """Whether the word right after a feast ending at `end` (in the folded text) makes it
    another calendar's ("le Nouvel An chinois", "le Noël orthodoxe")."""
    following = re.match(r"\s+([\w-]+)", folded[end:end + 40])
    return following is not None and \
        following.group(1) in lexicon().words("other_calendar_qualifiers")


def feast_day_told(m: RuleMatch, ctx: Context, rule: str) -> date | None:
    """The day of a feast (`rule`: 'MM-DD' or 'E+N') in the year the tense points to, near
    the publication date (which it needs)."""
    cands = [d for y in (ctx.pub.year - 1, ctx.pub.year, ctx.pub.year + 1)
             if (d := feast_day(rule, y))]
    direction = direction_of(m, ctx)
    d = pick_date(ctx.pub, cands, direction)
    if d is not None and direction == PAST:  # "ils comptaient fêter Noël" on 23 December
        d = near_ahead_if_far_back(ctx.pub, d, pick_date(ctx.pub, cands, FUTURE))
    return d


def norm_feast_part(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'le réveillon de Noël', 'la nuit de la Saint-Sylvestre', 'le soir du Nouvel An': the
    evening or night of the feast's eve (`feast_eves`), in the year the tense points to."""
    lex = lexicon()
    rule = lex.mapping("feast_eves")[" ".join(m.groups["eve"].split())]
    part = lex.mapping("feast_part_nouns")[m.groups["noun"]]
    if of_another_calendar(ctx.text, m.group_end("eve")):
        return []
    if ctx.pub is None:
        return [Timex(m.start, m.end, "TIME", f"XXXX-{rule}T{part_code(part)}", anchor=NONE)]
    d = feast_day_told(m, ctx, rule)
    return [day_timex(m, ctx, d, PUBLICATION, part)] if d else []


def norm_century(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'le XIXe siècle', 'la fin du 18e siècle' -> 18XX, 17XX (the TimeML century value)."""
    n = roman_or_digits(m.groups["century"])
    if n is None or not 1 <= n <= MAX_CENTURY:
        return []
    return [Timex(m.start, m.end, "DATE", f"{n - 1:02d}XX", anchor=NONE)]


def nth_weekday_of(year: int, start: date, weekday: int, rank: int) -> date | None:
    """The rank-th (-1: last) `weekday` on or after `start` within its month or season."""
    if rank > 0:
        first = start + timedelta(days=(weekday - start.isoweekday()) % 7)
        return first + timedelta(weeks=rank - 1)
    return None


def norm_nth_weekday(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'le premier dimanche d'octobre', 'le dernier samedi de juin', 'le premier dimanche du
    printemps': computed in the year the tense points to."""
    g, lex = m.groups, lexicon()
    rank = lex.mapping("ordinal_numbers")[g["ord"]]
    weekday = lex.mapping("weekdays")[g["weekday"]]

    def day_in(year: int) -> date | None:
        if (month := month_number(g["period"])) is not None:
            if rank < 0:  # the last one: back from the month's last day
                last = date(year, month, calendar.monthrange(year, month)[1])
                return last - timedelta(days=(last.isoweekday() - weekday) % 7)
            return nth_weekday_of(year, date(year, month, 1), weekday, rank)
        mm, dd = map(int, lex.mapping("season_starts")[g["period"]].split("-"))
        return nth_weekday_of(year, date(year, mm, dd), weekday, rank) if rank > 0 else None

    year = year_of(g.get("year"), ctx.pub)
    if year is not None:
        d = day_in(year)
        return [day_timex(m, ctx, d, NONE)] if d else []
    if ctx.pub is None:
        return []
    cands = [d for y in (ctx.pub.year - 1, ctx.pub.year, ctx.pub.year + 1) if (d := day_in(y))]
    d = pick_date(ctx.pub, cands, direction_of(m, ctx))
    return [day_timex(m, ctx, d, PUBLICATION)] if d else []


def norm_ordinal_quarter(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'au quatrième trimestre' -> 2018-Q4, 'le premier semestre 2019' -> 2019-H1."""
    rank = lexicon().mapping("ordinal_numbers")[m.groups["ord"]]
    months = 3 if m.groups["unit"] == "trimestre" else 6
    if rank < 0:  # "le dernier trimestre 2018": counted from the end of the year (Q4)
        rank += 12 // months + 1
    if not 0 < rank <= 12 // months:
        return []
    letter = "Q" if months == 3 else "H"
    year = year_of(m.groups.get("year"), ctx.pub)
    anchor = NONE
    if year is None and (known := ctx.known_years.get(period_key(letter, rank))):
        anchor, year = PREVIOUS, known  # "au quatrième trimestre" again: the one dated before
    if year is None and ctx.pub is not None:
        anchor, year = PUBLICATION, ctx.pub.year
        current = (ctx.pub.month - 1) // months + 1
        tense = ctx.tense(m.start, m.end)
        if tense == PAST and rank > current:
            year -= 1  # "le chiffre d'affaires a reculé au quatrième trimestre" in spring
    prefix = f"{year:04d}" if year is not None else "XXXX"
    return [Timex(m.start, m.end, "DATE", f"{prefix}-{letter}{rank}", anchor=anchor)]
