"""Values of weeks, months, years counted from publication: "la semaine dernière",
"l'an prochain", "il y a trois jours", "dans deux mois"."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from newsextract.nlp.dates.calendar_math import (
    FUTURE,
    PAST,
    add_months,
    iso_bounds,
    parse_date,
    shift,
    value_at,
)
from newsextract.nlp.dates.direction import cue_direction
from newsextract.nlp.dates.durations import norm_duration
from newsextract.nlp.dates.quantities import count_of, unit_info
from newsextract.nlp.dates.rules import RuleMatch, fold_word, lexicon
from newsextract.nlp.dates.timeline import (
    NONE,
    PREVIOUS,
    PUBLICATION,
    Context,
    Timex,
    calendar_timex,
    day_timex,
)

# the precisions of the story's time that a unit can be counted from: "le mois précédent"
# needs a month or a day, "l'année précédente" any year ("en 2017 ... l'année précédente")
_BASE_PRECISIONS = {"semaine": "D", "week-end": "D", "mois": "DM", "trimestre": "DMQ",
                    "semestre": "DMQH", "annee": "DMQHY", "an": "DMQHY"}
_MONTHS_IN = {"Q": 3, "H": 6}
# the precision of a calendar value by the length of its date part ("2018", "2018-05",
# "2018-05-03"); a week ("2018-W12") has none a unit counts from
_PRECISION_OF_LENGTH = {4: "Y", 7: "M", 10: "D"}
# what joins a day to its time ("2018-05-03T10:00", "2018-05-03TMO"): the time starts on that day
_TIME_MARK = "T"


def point_start(point: str | None) -> tuple[date, str] | None:
    """The first day of the story's current time and its precision: D, M, Q, H or Y."""
    if point is None:
        return None
    if m := re.fullmatch(r"(\d{4})-([QH])([1-4])", point):
        months = _MONTHS_IN[m.group(2)]
        return date(int(m.group(1)), months * (int(m.group(3)) - 1) + 1, 1), m.group(2)
    day_part = point.split(_TIME_MARK, 1)[0]
    begin, _end = iso_bounds(day_part)
    precision = _PRECISION_OF_LENGTH.get(len(day_part))
    if begin is None or precision is None:
        return None
    return datetime.fromisoformat(begin).date(), precision


def story_base(ctx: Context, unit: str) -> tuple[date | None, str]:
    """What "le trimestre précédent", "l'année suivante" count from: the story's current
    time when it is precise enough for the unit ("au quatrième trimestre 2018 ... contre 0,4 %
    au trimestre précédent": 2018-Q3), else its current day."""
    unit = fold_word(lexicon().mapping("relative_unit_aliases").get(unit, unit))
    start = point_start(ctx.point)
    if start is not None and start[1] in _BASE_PRECISIONS.get(unit, ""):
        return start[0], PREVIOUS
    return ctx.anchor_day()


# the rule of "toute la semaine", "tout le week-end": a whole unit, past once it is told in the past
WHOLE_UNIT_RULE = "whole_unit_this"


def norm_relative_unit(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'la semaine dernière', 'cette année', "l'an prochain", 'la fin du mois'."""
    unit, cue = m.groups["unit"], m.groups.get("cue")
    lex = lexicon()
    anchored = cue in lex.words("anchored_past_cues") + lex.words("anchored_future_cues")
    base, anchor = (story_base(ctx, unit) if anchored else (ctx.pub, PUBLICATION))
    direction = cue_direction(cue)
    n = -1 if direction == PAST else 1 if direction == FUTURE else 0
    week_end = unit == "week-end"
    unit = fold_word(lex.mapping("relative_unit_aliases").get(unit, unit))
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
    if (week_end or m.rule.name == WHOLE_UNIT_RULE) and not cue and base.isoweekday() <= 2 \
            and ctx.tense(m.start, m.end) == PAST:
        # "ce week-end" in a Monday's paper, with a past verb: the one just gone; so is
        # "toute la semaine" told in the past on a Monday or Tuesday: the week just gone
        n = -1
    value = value_at(shift(base, n, letter, False), letter, False)
    if week_end:
        value += "-WE"
    return [calendar_timex(m.start, m.end, "DATE", value, anchor)]


HOURS_PER_DAY = 24


def norm_ago(m: RuleMatch, ctx: Context, sign: int = -1) -> list[Timex]:
    """'il y a trois jours' -> the day three days before publication."""
    n, vague = count_of(m)
    unit = m.groups["unit"]
    letter, mult, clock = unit_info(unit)
    if vague or n is None or n != int(n):
        return norm_duration(m, ctx)
    if sign > 0 and n == 1 and m.groups.get("num") in ("un", "une") and letter in "DH":
        return []  # "dans un jour de fête"
    if ctx.pub is None:
        return [Timex(m.start, m.end, "DATE", "XXXX-XX-XX" if letter in "DW" else "XXXX",
                      anchor=NONE)]
    d = shift(ctx.pub, sign * int(n) * mult, letter, clock)
    if clock and letter == "H":  # "il y a 48 heures": two days back, the day it gives
        d = ctx.pub + timedelta(days=sign * (int(n) * mult // HOURS_PER_DAY))
    value = value_at(d, letter, clock)
    if clock or letter == "D":
        return [day_timex(m, ctx, d, PUBLICATION)]
    return [calendar_timex(m.start, m.end, "DATE", value, PUBLICATION)]


def norm_in_n(m: RuleMatch, ctx: Context) -> list[Timex]:
    return norm_ago(m, ctx, sign=1)


# precision of the story's current time, by the length of its value: 2017 / 2017-05 /
# 2017-05-12 / 2017-05-12T19:00 (a part of day, 2017-05-12TEV, counts as the day)
_POINT_LETTER = {4: "Y", 7: "M", 10: "D", 16: "T"}
_COARSER = "TDWMY"  # units from finest to coarsest


def norm_shift(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'trois jours plus tard', '18 mois plus tard', 'deux heures auparavant': the story's
    current time moved by that amount, at the coarser of its precision and the unit's
    ("en mai 2017 ... 18 mois plus tard" -> 2018-11); the publication date when the story
    set none."""
    n, vague = count_of(m)
    if vague or n is None or n != int(n):
        return norm_duration(m, ctx)
    letter, mult, clock = unit_info(m.groups["unit"])
    sign = lexicon().mapping("shift_cues")[m.groups["cue"]]
    point, anchor = ctx.point, PREVIOUS
    if point is None or not point[:4].isdigit():
        if ctx.pub is None:
            return [Timex(m.start, m.end, "DATE", "XXXX-XX-XX" if letter in "DW" else "XXXX",
                          anchor=NONE)]
        point, anchor = ctx.pub.isoformat(), PUBLICATION
    precision = _POINT_LETTER.get(len(point), "D" if len(point) > 10 else "Y")
    unit_letter = "T" if clock else "D" if letter == "W" else letter  # weeks move a day
    if precision == "T" and unit_letter == "T":
        seconds = {"H": 3600, "M": 60, "S": 1}[letter] * sign * int(n) * mult
        moment = datetime.fromisoformat(point) + timedelta(seconds=seconds)
        value = moment.strftime("%Y-%m-%dT%H:%M")
        return [calendar_timex(m.start, m.end, "TIME", value, anchor)]
    base = parse_date(point if len(point) >= 10
                      else point + ("-01" if len(point) == 7 else "-07-01"))
    if base is None:
        return norm_duration(m, ctx)
    d = shift(base, sign * int(n) * mult, letter, clock)
    coarse = max(_COARSER.index(precision if precision != "T" else "D"),
                 _COARSER.index(unit_letter if unit_letter != "T" else "D"))
    out_letter = _COARSER[coarse]
    if out_letter == "D":
        ctx.set_day(d, m.end)
    return [calendar_timex(m.start, m.end, "DATE", value_at(d, out_letter, False), anchor)]
