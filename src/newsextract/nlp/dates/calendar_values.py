"""Values of calendar expressions: day-month ("le 18 octobre"), month, year, decade, season."""

from __future__ import annotations

import re
from datetime import date

from newsextract.nlp.dates.calendar_math import (
    FUTURE,
    PAST,
    PRESENT,
    day_number,
    day_value,
    iso_bounds,
    month_number,
    near_ahead_if_far_back,
    pick_date,
    resolve_day_month,
    safe_date,
    year_of,
)
from newsextract.nlp.dates.direction import (
    after_since_cue,
    cue_direction,
    direction_of,
    sentence_initial,
    text_after,
    text_before,
)
from newsextract.nlp.dates.mentions import day_key, month_key
from newsextract.nlp.dates.rules import RuleMatch, gap_of, lexicon
from newsextract.nlp.dates.timeline import (
    NONE,
    PREVIOUS,
    PUBLICATION,
    Context,
    Timex,
    calendar_timex,
    day_timex,
    era_year,
)

# characters before a day-month searched for a deadline preposition ("au plus tard le")
DEADLINE_WINDOW = 25
# characters before a day-month searched for the noun it completes ("européennes du ")
EVENT_NOUN_WINDOW = 30
_NOUN_OF_DAY = re.compile(r"(\w+)\s+du\s+$")
# characters after a year searched for the noun that makes it a count ("2500 personnes",
# "1500 et 1800 euros")
YEAR_TAIL_WINDOW = 20
# a leap year, to check a day-month without a year
LEAP_YEAR = 2000

# a month alone (no cue, no past tense) at most MONTH_WRAP months across the new year is
# taken in the neighbouring year ("en janvier" written in December)
MONTH_WRAP = 2

def norm_day_month(m: RuleMatch, ctx: Context, day: str | None = None,
                   start: int | None = None) -> list[Timex]:
    g = m.groups
    day_n, month = day_number(day or g["day"]), month_number(g["month"])
    if month is None:
        return []
    start = m.start if start is None else start
    part = g.get("part")  # "au soir du 3 mai"
    year = year_of(g.get("year"), ctx.pub)
    if year is not None:
        d = safe_date(year, month, day_n)
        return [day_timex(m, ctx, d, NONE, part, start=start)] if d else []
    if g.get("weekday") and ctx.pub is not None and (d := weekday_year_date(
            m, ctx.pub, month, day_n)) is not None:
        return [day_timex(m, ctx, d, PUBLICATION, part, start=start)]
    if (carried := era_year(ctx, start)) is not None and not g.get("cue"):
        d = safe_date(carried, month, day_n)  # "en 1997 (le 3 mars, ...)"
        return [day_timex(m, ctx, d, PREVIOUS, part, start=start)] if d else []
    if not g.get("cue") and (known := ctx.known_years.get(day_key(month, day_n))):
        d = safe_date(known, month, day_n)  # "le 22 décembre" again: the day dated before
        return [day_timex(m, ctx, d, PREVIOUS, part, start=start)] if d else []
    if ctx.pub is None:
        if not safe_date(LEAP_YEAR, month, day_n):  # 29 February may exist
            return []
        return [day_timex(m, ctx, None, NONE, part, start=start)] if part else [
            Timex(start, m.end, "DATE", f"XXXX-{month:02d}-{day_n:02d}", anchor=NONE)]
    direction = direction_of(m, ctx, "cue")
    if direction is not None and not cue_direction(g.get("cue")) and (
            direction == PAST and after_deadline_prep(ctx, m)
            or direction != PAST and names_an_event(ctx, m)):
        # "a fixé un délai jusqu'au 15 mai": a deadline; "sera jugé pour les dégradations
        # du défilé du 3 mars": the day names an event the present or future
        # verb does not date: the nearest such day (a past verb's event stays past)
        direction = None
    d = resolve_day_month(ctx.pub, month, day_n, direction)
    if d is not None and direction == PAST and not cue_direction(g.get("cue")):
        d = near_ahead_if_far_back(ctx.pub, d, resolve_day_month(ctx.pub, month, day_n, FUTURE))
    return [day_timex(m, ctx, d, PUBLICATION, part, start=start)] if d else []


def names_an_event(ctx: Context, m: RuleMatch) -> bool:
    """Whether the day-month completes a noun with "du" ("le scrutin du 14 juin", "les
    élections régionales du 14 juin"), not starting a span ("du 3 au 5 mai")."""
    before = _NOUN_OF_DAY.search(ctx.text, max(0, m.match_start - EVENT_NOUN_WINDOW),
                                 m.match_start)
    return before is not None and ctx.pos(*before.span(1)) in ("NOUN", "ADJ") and \
        not gap_of(lexicon().words("span_ends")).match(ctx.text, m.match_end)


def after_deadline_prep(ctx: Context, m: RuleMatch) -> bool:
    """'au plus tard le 5 mai', "jusqu'en mars": a deadline, the nearest such date."""
    before = text_before(ctx, m.match_start, DEADLINE_WINDOW).rstrip()
    return any(before.endswith(p) for p in lexicon().words("deadline_preps"))


def weekday_year_date(m: RuleMatch, pub: date, month: int, day: int) -> date | None:
    """'mardi 1er juin' without a year: the 1 June next to publication that is a Tuesday."""
    weekday = lexicon().mapping("weekdays")[m.groups["weekday"]]
    cands = [d for y in (pub.year - 1, pub.year, pub.year + 1)
             if (d := safe_date(y, month, day)) and d.isoweekday() == weekday]
    return pick_date(pub, cands, None)


def norm_coord_days(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'les 8 et 9 mars derniers' -> '8' and '9 mars derniers'; 'entre le 11 et le 14
    avril' -> 'le 11' and 'le 14 avril' (each day with its own article)."""
    first_start = m.group_start("first") if m.groups.get("first") else m.group_start("day1")
    first = norm_day_month(m, ctx, day=m.groups["day1"], start=first_start)
    for t in first:
        t.end = m.group_end("day1")
    second = norm_day_month(m, ctx, start=m.group_start("second"))
    return first + second if first and second else []


def norm_month(m: RuleMatch, ctx: Context, month_word: str | None = None,
               start: int | None = None) -> list[Timex]:
    g = m.groups
    month = month_number(month_word or g["month"])
    if month is None:
        return []
    start = m.start if start is None else start
    year = year_of(g.get("year"), ctx.pub)
    anchor = NONE
    word_start = m.group_start("month1") if month_word else m.group_start("month")
    if year is None and ctx.raw[word_start:word_start + 1].isupper() and \
            not sentence_initial(ctx, start):
        return []  # "le Champ de Mars", "la planète Mars": French months take no capital
    if year is None and not g.get("cue") and (carried := era_year(ctx, start)) is not None:
        anchor, year = PREVIOUS, carried  # "en 1997 (en janvier ...)"
    if year is None and not g.get("cue") and (known := ctx.known_years.get(month_key(month))):
        anchor, year = PREVIOUS, known  # the month the article already dated
    if year is None and ctx.pub is not None and not g.get("cue") and after_deadline_prep(ctx, m):
        # "une concertation lancée jusqu'en mars" written in December: the nearest March
        anchor, year = PUBLICATION, min(
            (ctx.pub.year - 1, ctx.pub.year, ctx.pub.year + 1),
            key=lambda y: abs((y - ctx.pub.year) * 12 + month - ctx.pub.month))
    if year is None and ctx.pub is not None:
        anchor, year = PUBLICATION, ctx.pub.year
        direction = direction_of(m, ctx, "cue")
        cue = cue_direction(g.get("cue")) or (PAST if after_since_cue(ctx, start) else None)
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


def counted_noun_follows(words: list[str]) -> bool:
    """'2500 personnes', and '2000 ou 4000 euros', 'entre 1500 et 1800 euros': a count
    (its noun after it, or after the number it is coordinated with), not a year."""
    lex = lexicon()
    if words and words[0] in lex.words("number_coordinators"):
        rest = words[1:]
        while rest and rest[0].replace(".", "").isdigit():
            rest = rest[1:]
        if len(rest) < len(words) - 1 and rest and rest[0] in lex.words("year_blockers"):
            return True
    return bool(words) and words[0] in lex.words("year_blockers")


def norm_year(m: RuleMatch, ctx: Context) -> list[Timex]:
    after = [w.strip(",.;:") for w in text_after(ctx, m.match_end, YEAR_TAIL_WINDOW).split()]
    if counted_noun_follows(after):
        return []
    year = year_of(m.groups["year"], ctx.pub)
    return [calendar_timex(m.start, m.end, "DATE", f"{year:04d}", NONE)] if year else []


def norm_decade(m: RuleMatch, ctx: Context) -> list[Timex]:
    digits = m.groups["decade"]
    if len(digits) == 2:
        digits = ("20" if digits == "00" else "19") + digits
    return [Timex(m.start, m.end, "DATE", digits[:3] + "X", anchor=NONE)]


def generic_season(m: RuleMatch, ctx: Context) -> bool:
    """Any year's season: "été comme hiver" (all year round), or a bare "en été" in a
    present-tense clause ("les plages se remplissent en été": a habit, not this summer)."""
    if m.groups.get("cue") or m.match_start != m.group_start("season"):
        return False  # "cet été", "l'été dernier", "le printemps": a given season
    if text_after(ctx, m.match_end).startswith(" comme ") or \
            text_before(ctx, m.match_start).endswith(" comme "):
        return True
    return text_before(ctx, m.match_start).endswith("en ") and \
        ctx.tense(m.start, m.end) == PRESENT


def norm_season(m: RuleMatch, ctx: Context) -> list[Timex]:
    if text_before(ctx, m.match_start, len("d'")) == "d'":
        return []  # "les Jeux d'hiver", "l'heure d'été": a qualifier, not a time
    if ctx.pos(m.group_start("season"), m.group_end("season")) in ("AUX", "VERB"):
        return []  # "a été" (être), not the summer
    code, first_month = lexicon().mapping("seasons")[m.groups["season"]]
    year = year_of(m.groups.get("year"), ctx.pub)
    anchor = NONE
    if year is None and generic_season(m, ctx):
        return [Timex(m.start, m.end, "DATE", f"XXXX-{code}", anchor=NONE)]
    if year is None and ctx.pub is not None:
        anchor, year = PUBLICATION, ctx.pub.year
        cue = cue_direction(m.groups.get("cue"))
        this = ctx.text[m.match_start:m.match_start + 3] in ("cet", "ce ")
        tense = ctx.tense(m.start, m.end) if this and not cue else None
        if (cue or tense) == PAST and first_month + 2 >= ctx.pub.month and (
                cue or first_month > ctx.pub.month):
            year -= 1  # "cet été" with a past verb, written in January: last summer
        elif cue == FUTURE and first_month <= ctx.pub.month:
            year += 1
    prefix = f"{year:04d}" if year is not None else "XXXX"
    return [Timex(m.start, m.end, "DATE", f"{prefix}-{code}", anchor=anchor)]


def norm_numeric_date(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'18/11/2018' (day first, the French order), with a clock time if one follows."""
    g = m.groups
    d = safe_date(int(g["year"]), int(g["month"]), int(g["day"]))
    if d is None:
        return []
    t = day_timex(m, ctx, d, NONE)
    if g.get("hour"):
        t.type, t.value = "TIME", f"{day_value(d)}T{int(g['hour']):02d}:{g['min']}"
        t.begin, t.finish = iso_bounds(t.value)
    return [t]
