"""Values of day-level deictics: hier, samedi, le lendemain, ce soir, à 18 h 15, à midi."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from newsextract.nlp.dates.calendar_math import (
    FUTURE,
    PAST,
    PRESENT,
    day_value,
    iso_bounds,
    resolve_weekday,
)
from newsextract.nlp.dates.clock_readings import measures_a_noun, names_a_programme
from newsextract.nlp.dates.direction import (
    after_comparison,
    after_since_cue,
    countdown_before,
    cue_direction,
    direction_of,
    sentence_initial,
    text_after,
    text_before,
)
from newsextract.nlp.dates.quantities import parse_number
from newsextract.nlp.dates.rules import RuleMatch, lexicon
from newsextract.nlp.dates.timeline import (
    NONE,
    PREVIOUS,
    PUBLICATION,
    UNKNOWN_DAY,
    Context,
    Timex,
    calendar_timex,
    contrasts_past_era,
    day_timex,
    part_code,
    partial_timex,
    with_part,
)
from newsextract.nlp.dates.undated import DAYS_IN_WEEK
from newsextract.nlp.grammar_words import RELATIVE, SUBJECT_PRONOUN, grammar_words

# characters after "Aujourd'hui" searched for the comma that makes it a contrast
COMMA_WINDOW = 2
# "au lendemain de X" in the sentence of the day just dated ("hier, au lendemain du vote",
# "ils ont défilé dimanche, au lendemain des heurts") situates that very day; in a later
# sentence X is the story's day and this the next
_SENTENCE_END = re.compile(r"[.!?]\s")


def situates_day(ctx: Context, day_end: int, start: int) -> bool:
    """Whether "au lendemain de X" at `start` speaks of the day named up to `day_end`."""
    return 0 <= day_end <= start and not _SENTENCE_END.search(ctx.text, day_end, start)
# "la date de " before a weekday: a noun (with its determiner) completed by the day
_NOUN_DE = re.compile(r"(?:(?P<det>\w+)\s+)?(?P<noun>\w+)\s+de\s+$")
NOUN_DE_WINDOW = 30  # characters before a weekday searched for its noun and "de"
# hours in half a day: "3 heures du soir" is 15:00
HALF_DAY = 12
# "après 24h de cavale", "1h30 de retard": "de" and the word after a clock-shaped amount
_OF_WORD = re.compile(r"\s*d(?:e\s+|')(\w+)")


def norm_relative_day(m: RuleMatch, ctx: Context) -> list[Timex]:
    word, part = m.groups["relday"], m.groups.get("part")
    offset = lexicon().mapping("relative_days")[word]
    # "Aujourd'hui, ..." opening a sentence contrasts the present with the past: PRESENT_REF
    # (or it qualifies a state: "aujourd'hui retraité", "nul ne le sait aujourd'hui"; or it
    # answers a past era of its sentence: "en 1968 ..., aujourd'hui ...")
    if offset == 0 and not part and (sentence_initial(ctx, m.start) and
                                     text_after(ctx, m.end, COMMA_WINDOW).lstrip().startswith(",")
                                     or ctx.nowadays(m.start, m.end)
                                     or contrasts_past_era(ctx, m.start)):
        return [Timex(m.start, m.end, "TIME", "PRESENT_REF", anchor=NONE)]
    d = ctx.pub + timedelta(days=offset) if ctx.pub else None
    return [day_timex(m, ctx, d, PUBLICATION, part)]


def norm_this_part(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'ce soir' is the publication day's; 'cette nuit' with a past verb is the night
    before it ("cette nuit, un incendie a ravagé ...")."""
    part = m.groups["part"]
    if m.groups.get("distal"):  # "ce soir-là": the story's day, not the writer's
        return norm_same_day(m, ctx)
    if ctx.pub is not None and part_code(part) == "NI" and ctx.tense(m.start, m.end) == PAST:
        return [day_timex(m, ctx, ctx.pub - timedelta(days=1), PUBLICATION, part)]
    return [day_timex(m, ctx, ctx.pub, PUBLICATION, part)]


def norm_last_night(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'la nuit dernière': the night that began the day before publication."""
    d = ctx.pub - timedelta(days=1) if ctx.pub else None
    return [day_timex(m, ctx, d, PUBLICATION, "nuit")]


def norm_story_time(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'à ce moment-là', 'au même moment': the story's current time, as it last gave it."""
    if ctx.point is None:
        return []
    type_ = "TIME" if "T" in ctx.point else "DATE"
    return [calendar_timex(m.start, m.end, type_, ctx.point, PREVIOUS)]


def norm_story_era(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'à l'époque': the year the story is in when that is before publication, else a
    past without a date (PAST_REF)."""
    year = int(ctx.point[:4]) if ctx.point else None
    if year is not None and (ctx.pub is None or year < ctx.pub.year):
        return [calendar_timex(m.start, m.end, "DATE", f"{year:04d}", PREVIOUS)]
    return [Timex(m.start, m.end, "TIME", "PAST_REF")]


def weekday_date(m: RuleMatch, ctx: Context, name: str, *cues: str) -> date | None:
    weekday = lexicon().mapping("weekdays")[m.groups[name]]
    if ctx.pub is None:  # an undated article that dated its day: "le 7 mars 2019 ... jeudi"
        return ctx.ref if ctx.ref is not None and ctx.ref.isoweekday() == weekday else None
    lex = lexicon()
    cue_words = [w for c in cues if (w := m.groups.get(c))]
    if any(w in lex.words("anchored_past_cues") or w in lex.words("anchored_future_cues")
           for w in cue_words):
        # "le samedi précédent / suivant": the week before / after the story's current day
        base, direction = ctx.ref or ctx.pub, direction_of(m, ctx, *cues)
        return resolve_weekday(base, weekday, direction)
    if any(cue_direction(w) for w in cue_words):  # "samedi dernier", "mardi prochain"
        return resolve_weekday(ctx.pub, weekday, direction_of(m, ctx, *cues))
    if countdown := countdown_before(ctx, m.match_start):
        return countdown_day(countdown, ctx.ref or ctx.pub, weekday)
    since = after_since_cue(ctx, m.match_start) or after_comparison(ctx, m.match_start)
    tense = None if since else ctx.tense(m.start, m.end)
    if ctx.text.startswith("ce ", m.match_start) and not since:
        # "ce samedi": the coming one; with a past verb the nearest (a participle such as
        # "fermé ce samedi" reads as past, but a Friday's paper means the next day)
        if ctx.pub.isoweekday() == weekday:
            return ctx.pub
        return resolve_weekday(ctx.pub, weekday, None if tense == PAST else FUTURE)
    if ctx.ref is not None and ctx.ref.isoweekday() == weekday and ctx.ref != ctx.pub and \
            ctx.pub.isoweekday() == weekday and not since:
        return ctx.pub  # a Saturday's paper: "samedi" is today, not the Saturday a week off
    if ctx.ref is not None and ctx.ref.isoweekday() == weekday and \
            abs((ctx.ref - ctx.pub).days) <= DAYS_IN_WEEK and not (
                tense == FUTURE and ctx.ref < ctx.pub or tense == PAST and ctx.ref > ctx.pub) \
            and not recalled_over_named(ctx, weekday):
        return ctx.ref  # the weekday just named ("samedi 29 mai ... samedi à 8 h")
    if (known := ctx.named_weekday(weekday)) is not None and (
            known == ctx.pub or tense is None or noun_complement(ctx, m.match_start)
            or (tense == PAST) == (known < ctx.pub)):
        # a weekday the story named earlier, named again: in a noun's "de" whatever the
        # verb's tense ("le vote, prévu jeudi ... la date de jeudi a été fixée"), else when
        # the tense agrees (a past verb, a past day; a present or future, a day ahead)
        return known
    if ctx.pub.isoweekday() == weekday and not since:
        return ctx.pub  # "a déclaré dimanche" in a Sunday's paper: that very day
    return resolve_weekday(ctx.pub, weekday, PAST if since else tense)


def recalled_over_named(ctx: Context, weekday: int) -> bool:
    """Whether the story's current day is a landmark it recalled ("le 1er décembre dernier")
    while it had already given the weekday's name to another day ("ce samedi 8 décembre"
    ... "le 1er décembre dernier" ... "sont organisées samedi"): the weekday named again is
    the day the story tells, not the recalled one that happens to share its name."""
    known = ctx.named_weekday(weekday)
    return ctx.ref in ctx.recalled and known is not None and known != ctx.ref


def noun_complement(ctx: Context, start: int) -> bool:
    """Whether the expression at `start` completes a noun with "de" ("la date de jeudi", "le
    vote de mardi"): the verb's tense then speaks of the noun, not of the day."""
    before = _NOUN_DE.search(ctx.text, max(0, start - NOUN_DE_WINDOW), start)
    if before is None:
        return False
    # the tagger may read the noun as a verb ("la marche de dimanche"): its determiner tells
    det = before.group("det")
    return ctx.pos(before.start("noun"), before.end("noun")) == "NOUN" or (
        det is not None and ctx.pos(before.start("det"), before.end("det")) == "DET")


def countdown_day(countdown: re.Match, base: date, weekday: int) -> date:
    """'jeudi, à deux jours d'un nouveau samedi': the story's day plus the count when that
    is the weekday named, else the next such weekday."""
    n = parse_number(countdown.group("num"))
    days = int(n) * (DAYS_IN_WEEK if countdown.group("unit").startswith("semaine") else 1) \
        if n is not None and n == int(n) else None
    if days is not None and (base + timedelta(days=days)).isoweekday() == weekday:
        return base + timedelta(days=days)
    return resolve_weekday(base, weekday, FUTURE)


def norm_weekday(m: RuleMatch, ctx: Context) -> list[Timex]:
    weekday = lexicon().mapping("weekdays")[m.groups["weekday"]]
    d = weekday_date(m, ctx, "weekday", "cue", "cue2")
    if d is None and (undated := ctx.undated_day()) and undated.weekday == weekday and \
            {ctx.partial_tense, ctx.tense(m.start, m.end)} != {PAST, FUTURE}:
        # the Friday just named; not one told in the opposite tense ("les marches auront
        # lieu ce dimanche ... l'ont annoncé dimanche": the Sunday before)
        return [partial_timex(m, undated, m.groups.get("part"))]
    if d is None:
        code = part_code(m.groups.get("part"))
        value = f"XXXX-WXX-{weekday}" + (f"T{code}" if code else "")
        return [Timex(m.start, m.end, "TIME" if code else "DATE", value, anchor=NONE)]
    return [day_timex(m, ctx, d, PUBLICATION, m.groups.get("part"))]


def norm_night_between(m: RuleMatch, ctx: Context) -> list[Timex]:
    d = weekday_date(m, ctx, "weekday")
    return [day_timex(m, ctx, d, PUBLICATION, "nuit")]


def norm_same_day(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'le même jour', 'le soir même': the story's current day; 'ce jour-là', 'ce
    soir-là': the last day it dated other than the publication day."""
    d, anchor = ctx.distal_day() if m.groups.get("distal") else \
        ctx.told_day(ctx.tense(m.start, m.end), m.start)
    if d is None and (undated := ctx.undated_day()):
        return [partial_timex(m, undated, m.groups.get("part"))]
    return [day_timex(m, ctx, d, anchor, m.groups.get("part"))]


def norm_event_day(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'le jour du drame': the day of the story's event, the earliest day it dated (a crime
    comes before its trial); nothing when it has dated none."""
    if ctx.event_day is None:
        return []
    return [day_timex(m, ctx, ctx.event_day, PREVIOUS)]


def norm_event_era(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'l'époque des faits': the year of the story's event (see norm_event_day)."""
    if ctx.event_day is None:
        return [Timex(m.start, m.end, "TIME", "PAST_REF")]
    return [calendar_timex(m.start, m.end, "DATE", f"{ctx.event_day.year:04d}", PREVIOUS)]


def norm_anchored_day(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'le lendemain' = the story's day + 1; 'au lendemain de X' locates the story's day."""
    if m.start == m.group_start("rel") and after_subject(ctx, m.start):
        return []  # "elle veille à ...", "qui veille sur eux": the verb veiller
    days_after = lexicon().mapping("anchored_days")[m.groups["rel"]]
    of = m.groups.get("of")
    # "hier, au lendemain du vote": the day just named is that day; when the story is at
    # publication, X is an undated event of the day before and this is the publication day
    # ("au lendemain des violences" in the next day's paper)
    situated = of and (ctx.ref in (None, ctx.pub) or situates_day(ctx, ctx.ref_end, m.start))
    d, anchor = ctx.anchor_day()
    d = d + timedelta(days=0 if situated else days_after) if d else None
    # an undated story: "au lendemain de X" frames the day it is at ("ils ont défilé
    # dimanche. Au lendemain de l'acte 10, ..."), whose X has no day to count from
    undated = ctx.undated_day(0 if of else days_after)
    if d is None and undated:
        t = partial_timex(m, undated, m.groups.get("part"))
    else:
        t = day_timex(m, ctx, d, anchor, m.groups.get("part"))
    if of:  # the span stops before "de"
        t.end = m.group_end("rel")
    return [t]


def after_subject(ctx: Context, start: int) -> bool:
    """Whether a subject pronoun or a relative "qui" stands just before `start`."""
    before = text_before(ctx, start).split()[-1:]
    return bool(before) and before[0] in subject_words()


@cache
def subject_words() -> frozenset[str]:
    return frozenset(grammar_words(SUBJECT_PRONOUN) | grammar_words(RELATIVE))


def norm_in_the_part(m: RuleMatch, ctx: Context) -> list[Timex]:
    return story_day_part(m, ctx, m.groups.get("part") or m.groups.get("part2"))


def norm_part_phrase(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'au petit matin', 'à la tombée de la nuit': that part of the story's day."""
    return story_day_part(m, ctx, lexicon().mapping("day_part_phrases")[m.groups["phrase"]])


def story_day_part(m: RuleMatch, ctx: Context, part: str) -> list[Timex]:
    """A part of the story's current day ("dans la soirée", "toute la nuit")."""
    d, anchor = ctx.paragraph_day(ctx.tense(m.start, m.end), m.start, m.end)
    if d is None and (undated := ctx.undated_day()) and ctx.tense(m.start, m.end) != PRESENT:
        # "mardi, en fin d'après-midi, ils étaient là"; but "depuis lundi, ils sont là en
        # fin d'après-midi" tells a habit, any day's afternoon
        return [partial_timex(m, undated, None if part == "journee" else part)]
    if d is not None and d == ctx.pub and part_code(part) == "NI" and \
            ctx.tense(m.start, m.end) == PAST:
        # "ils ont cherché toute la nuit", told on the publication day: the night that ended
        # this morning began the day before (a past story day keeps its own night)
        d -= timedelta(days=1)
    return [day_timex(m, ctx, d, anchor, None if part == "journee" else part,
                      provisional=anchor == PUBLICATION)]


def norm_part_adverbial(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'Le soir, ...' opening a sentence: that part of the story's day ("Le soir, nous avons
    allumé des bougies"); with a present verb a habit ("Le soir, je lis"): any day's."""
    if not sentence_initial(ctx, m.start):
        return []
    if ctx.tense(m.start, m.end) == PRESENT:
        return [Timex(m.start, m.end, *with_part(UNKNOWN_DAY, m.groups["part"]))]
    d, anchor = ctx.anchor_day()
    return [day_timex(m, ctx, d, anchor, m.groups["part"])]


def norm_publication_day(m: RuleMatch, ctx: Context) -> list[Timex]:
    if ctx.pub is None:
        return []
    return [calendar_timex(m.start, m.end, "DATE", day_value(ctx.pub), PUBLICATION)]


def norm_this_day(m: RuleMatch, ctx: Context) -> list[Timex]:
    """'ce jour' (administrative French for today: "le rapport publié ce jour")."""
    return [day_timex(m, ctx, ctx.pub, PUBLICATION)]


def minutes_of(text: str | None) -> int | None:
    if not text:
        return 0
    text = re.sub(r"\s+", " ", text)
    minute_words = lexicon().mapping("minute_words")
    if text in minute_words:
        return minute_words[text]
    n = parse_number(text)
    return int(n) if n is not None and 0 <= n < 60 else None


def counts_time_of(m: RuleMatch, ctx: Context) -> bool:
    """ "24h de cavale", "1h30 de retard": a clock-shaped amount followed by "de" and a
    common noun is time spent on something. "décidé vers 20h de fermer" (an infinitive)
    stays a clock time ("le 20h de la chaîne" is a name: ``names_a_programme``)."""
    of = _OF_WORD.match(ctx.text, m.end)
    if of is None:
        return False
    start, end = of.span(1)
    return ctx.raw[start:start + 1].islower() and ctx.pos(start, end) == "NOUN"


def norm_clock(m: RuleMatch, ctx: Context) -> list[Timex]:
    g = m.groups
    hour, minutes = parse_number(g["hour"]), minutes_of(g.get("min"))
    if hour is None or minutes is None or hour > 24:
        return []
    if names_a_programme(ctx, m.start, m.end):
        return []  # "invité du 20h": a news programme
    before = text_before(ctx, m.match_start).rstrip()
    if any(before.endswith(" " + w) or before == w
           for w in lexicon().words("clock_duration_preps")) or counts_time_of(m, ctx) \
            or measures_a_noun(ctx, m.start, m.end):
        # "pendant près de 3h30", "en 24h": an amount of time
        value = f"PT{int(hour)}H" + (f"{minutes}M" if minutes else "")
        return [Timex(m.start, m.end, "DURATION", value)]
    if hour < HALF_DAY and text_after(ctx, m.end).lstrip().startswith(
            tuple(lexicon().words("afternoon_tails"))):
        hour += HALF_DAY  # "à 3 heures de l'après-midi"
    if g.get("weekday"):
        d = weekday_date(m, ctx, "weekday")
        anchor = PUBLICATION
    else:
        d, anchor = ctx.paragraph_day(ctx.tense(m.start, m.end), m.start, m.end)
    day = day_value(d) if d else undated_clock_day(m, ctx)
    if d is None and day != UNKNOWN_DAY:
        anchor = PREVIOUS
    value = f"{day}T{int(hour):02d}:{minutes:02d}"
    begin, finish = iso_bounds(value)
    return [Timex(m.start, m.end, "TIME", value, begin, finish,
                  anchor if day != UNKNOWN_DAY else NONE,
                  provisional=d is not None and not g.get("weekday") and anchor == PUBLICATION)]


def undated_clock_day(m: RuleMatch, ctx: Context) -> str:
    """The day of a clock time in a story without dates: the undated day it is at ("ce
    vendredi 14 décembre ... dès 10 h"), the weekday written with it ("à 14 h samedi")."""
    undated = ctx.undated_day()
    if m.groups.get("weekday"):
        weekday = lexicon().mapping("weekdays")[m.groups["weekday"]]
        if undated is None or undated.weekday != weekday:
            return f"XXXX-WXX-{weekday}"
    return undated.value if undated else UNKNOWN_DAY


def norm_noon(m: RuleMatch, ctx: Context) -> list[Timex]:
    word = ctx.raw[m.group_start("noon"):m.group_end("noon")]
    if word.istitle():
        return []  # "à Midi Libre", "le canal du Midi": a name, the hour takes no capital
    minutes = minutes_of(m.groups.get("min"))
    d, anchor = ctx.paragraph_day(ctx.tense(m.start, m.end), m.start, m.end)
    hour = 12 if m.groups["noon"] == "midi" else 24
    if hour == 24 and minutes:
        # "minuit et demie" after "mardi soir" is half past midnight: the next day's 00:30
        hour = 0
        d = d + timedelta(days=1) if d else None
    day = day_value(d) if d else undated_clock_day(m, ctx)
    return [Timex(m.start, m.end, "TIME", f"{day}T{hour:02d}:{minutes or 0:02d}",
                  anchor=anchor if d else PREVIOUS if day != UNKNOWN_DAY else NONE,
                  provisional=d is not None and anchor == PUBLICATION)]
