"""Values of weeks, months, years counted from publication: "la semaine dernière",
"l'an prochain", "il y a trois jours", "dans deux mois"."""

from __future__ import annotations

from newsextract.nlp.dates.calendar_math import FUTURE, PAST, add_months, shift, value_at
from newsextract.nlp.dates.direction import cue_direction
from newsextract.nlp.dates.durations import norm_duration
from newsextract.nlp.dates.quantities import count_of, unit_info
from newsextract.nlp.dates.rules import RuleMatch, lexicon
from newsextract.nlp.dates.timeline import (
    NONE,
    PUBLICATION,
    Context,
    Timex,
    calendar_timex,
    day_timex,
)

_UNIT_ALIASES = {"an": "annee", "week-end": "semaine"}


def norm_relative_unit(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'la semaine dernière', 'cette année', "l'an prochain", 'la fin du mois'."""
    unit, cue = m.groups["unit"], m.groups.get("cue")
    lex = lexicon()
    anchored = cue in lex.words("anchored_past_cues") + lex.words("anchored_future_cues")
    base, anchor = (ctx.anchor_day() if anchored else (ctx.pub, PUBLICATION))
    direction = cue_direction(cue)
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
    value = value_at(d, letter, clock)
    if clock or letter == "D":
        return [day_timex(m, ctx, d, PUBLICATION)]
    return [calendar_timex(m.start, m.end, "DATE", value, PUBLICATION)]


def norm_in_n(m: RuleMatch, ctx: Context) -> list[Timex]:
    return norm_ago(m, ctx, sign=1)
