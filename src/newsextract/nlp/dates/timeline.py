"""Where the story is in time: the Timex record and the Context that carries the
publication date and the story's current day ("Le 2 mars ... le lendemain" -> 3 March).

Every day-precise value a normaliser resolves becomes the story's current day (``day_timex``);
clock times, "le lendemain", "le même jour", "dans la soirée" read it back (``anchor_day``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from newsextract.nlp.dates.calendar_math import FUTURE, PAST, PRESENT, day_value, iso_bounds
from newsextract.nlp.dates.mentions import remember
from newsextract.nlp.dates.rules import RuleMatch, fold, gap_of, lexicon
from newsextract.nlp.dates.undated import PartialDay, partial_day_of
from newsextract.nlp.grammar_words import PREPOSITION_DE, RANGE_WORD, grammar_words

PUBLICATION, PREVIOUS, NONE = "publication", "previous", "none"
UNKNOWN_DAY = "XXXX-XX-XX"


@dataclass
class Timex:
    start: int
    end: int
    type: str
    value: str
    begin: str | None = None  # ISO start of the denoted interval
    finish: str | None = None  # ISO end (exclusive)
    anchor: str = NONE
    # a clock time or part of the day put on the publication day for want of a story day
    # ("Dès 6 h, ..." before the report names its day): the story's day, once named, may take it
    provisional: bool = False
    # a numbered day of action ("la quatrième journée de mobilisation") that a day dated
    # right after it gives (action_days.date_action_days)
    names_next_day: bool = False
    weekend: bool = False  # a numbered weekend of action: the weekend of its day

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
    # whether "aujourd'hui" at (start, end) speaks of the present era, not of the day
    nowadays: Callable[[int, int], bool] = field(default=lambda s, e: False)
    # the lemma of the verb governing (start, end) ("confier" in "a-t-il confié au quotidien")
    verb_lemma: Callable[[int, int], str | None] = field(default=lambda s, e: None)
    # whether a one-word imperfect governs (start, end) ("il travaillait le dimanche")
    simple_imperfect: Callable[[int, int], bool] = field(default=lambda s, e: False)
    ref: date | None = None  # the story's current day
    raw: str = ""  # the original text (capitals tell "Mars" the planet from "mars")
    point: str | None = None  # the story's current time: the last value with a year
    era: tuple[int, int] | None = None  # (year, end offset) of the last year the story set
    event_day: date | None = None  # the earliest day the story dated: its event's
    ref_end: int = -1  # end offset of the expression that set `ref`
    days: list[date] = field(default_factory=list)  # every day the story dated, in order
    # the story's current day when it named one it could not date ("vendredi 14 décembre"
    # in an undated article)
    partial: PartialDay | None = None
    partial_tense: str | None = None  # the tense the undated day was told in
    # the year of each day-month, month and quarter the story dated ("12-22", "12", "Q4")
    known_years: dict[str, int] = field(default_factory=dict)
    # (value, end offset) of the last past year, decade or century the story named ("en
    # 1968", "au XIVe siècle"): an "aujourd'hui" after it in its sentence is the present era
    past_era: tuple[str, int] | None = None
    # the day each weekday name first stood for in the story ({4: 2018-12-13} for "jeudi")
    weekdays: dict[int, date] = field(default_factory=dict)
    # the days named with a past cue ("jeudi dernier", "le 2 février dernier"): a
    # landmark the story recalls, not the day it tells
    recalled: set[date] = field(default_factory=set)

    def anchor_day(self) -> tuple[date | None, str]:
        """The story's current day: the last resolved day, else the publication date."""
        if self.ref is not None:
            return self.ref, PREVIOUS
        return self.pub, PUBLICATION if self.pub else NONE

    def told_day(self, tense: str | None, start: int) -> tuple[date | None, str]:
        """The story's current day for an expression at `start` told in `tense`: a past
        tense cannot be on a day after publication, nor a future on one before it. When the
        current day is on the wrong side (a Thursday vote announced, then "le même jour, il
        a écrit"; a past day recalled, then "il recevra les agents à 11 h" in the next
        paragraph), the day the story dated most often on the tense's side, else the
        publication day. A future in the paragraph of a past day is a narrative future
        ("Mardi soir, ... les plus courageux resteront jusqu'à 23 h"): that day stays."""
        d, anchor = self.anchor_day()
        if d is None or self.pub is None or not (
                tense == PAST and d > self.pub or tense == FUTURE and d < self.pub
                and "\n" in self.text[max(0, self.ref_end):start]):
            return d, anchor
        side = [x for x in self.days if (x <= self.pub if tense == PAST else x >= self.pub)]
        if not side:
            return self.pub, PUBLICATION
        # the day the story dated most often on that side (ties: the latest) is its main
        # day there; a day-precise aside ("le samedi précédent") is not
        return max(reversed(side), key=side.count), PREVIOUS

    def paragraph_day(self, tense: str | None, start: int, end: int) -> tuple[date | None, str]:
        """The day a clock time or a part of the day at `start` is on. In the paragraph
        that named the current day, that day (``told_day``). In a paragraph that names no
        day, after one that recalled another ("moins nombreux que jeudi dernier" ...
        next paragraph: "à 18 h, le préfet a levé le dispositif"), the story's main day on the
        tense's side: the day it dated most often (ties: the first named), not counting
        the days it recalled with "dernier"; when the current day is such a recalled day,
        was dated less often, or as often but is earlier (a recall: "... contre 9 000 le 3
        mars"). A present tense tells a habit or the writer's now ("je livre des colis
        toute la journée"): the current day stays, for want of better; so it does
        when a day follows at once ("fermé en fin de matinée lundi dernier"): that day
        names the time, and ``attach_clocks_to_days`` moves a clock onto it."""
        d, anchor = self.told_day(tense, start)
        if d is None or d != self.ref or self.pub is None or tense == PRESENT or \
                "\n" not in self.text[max(0, self.ref_end):start] or day_follows(self, end):
            return d, anchor
        side = [x for x in self.days if tense not in (PAST, FUTURE) or
                (x <= self.pub if tense == PAST else x >= self.pub)]
        main = max(dict.fromkeys(x for x in side if x not in self.recalled),
                   key=side.count, default=None)
        if main is None or d not in self.recalled and \
                (side.count(main), main) <= (side.count(d), d):
            return d, anchor  # the current day is as much the story's, and not before it
        return main, PREVIOUS

    def named_weekday(self, weekday: int) -> date | None:
        """The day the story first gave a weekday's name (1 = Monday): named again, that
        weekday is the same day ("débattue jeudi ... la date de jeudi")."""
        return self.weekdays.get(weekday)

    def distal_day(self) -> tuple[date | None, str]:
        """The day "ce jour-là", "ce soir-là" point to: the last day the story dated that
        is not the publication day ("là" points away from the writer's today); the story's
        current day when it dated no other."""
        for d in reversed(self.days):
            if d != self.pub:
                return d, PREVIOUS
        return self.anchor_day()

    def set_day(self, d: date, end: int) -> None:
        """`d` (dated by an expression ending at `end`) becomes the story's current day."""
        self.ref, self.ref_end = d, end
        self.days.append(d)
        self.partial = None

    def undated_day(self, days: int = 0) -> PartialDay | None:
        """The undated day the story is at, moved by `days`, when it has no dated one."""
        if self.ref is not None or self.pub is not None or self.partial is None:
            return None
        return self.partial.shifted(days) if days else self.partial

def calendar_timex(start: int, end: int, type_: str, value: str, anchor: str) -> Timex:
    begin, finish = iso_bounds(value)
    return Timex(start, end, type_, value, begin, finish, anchor)

def part_code(part: str | None) -> str | None:
    return lexicon().mapping("day_parts").get(part) if part else None


def with_part(value: str, part: str | None) -> tuple[str, str]:
    """(type, value) of a day, made a TIME with its part of the day if any."""
    code = part_code(part)
    return ("TIME", f"{value}T{code}") if code else ("DATE", value)


def partial_timex(m: RuleMatch, day: PartialDay, part: str | None = None,
                  start: int | None = None) -> Timex:
    """An undated day of the story (with its part of the day)."""
    type_, value = with_part(day.value, part)
    return Timex(m.start if start is None else start, m.end, type_, value, anchor=PREVIOUS)


def day_timex(m: RuleMatch, ctx: Context, d: date | None, anchor: str,
               part: str | None = None, start: int | None = None,
               provisional: bool = False) -> Timex:
    """A day (with its part of the day), which becomes the story's current day (unless it
    is only the publication day standing in for a day the story has not named yet)."""
    start = m.start if start is None else start
    if d is None:
        type_, value = with_part(UNKNOWN_DAY, part)
        return Timex(start, m.end, type_, value, anchor=NONE)
    if not provisional:
        ctx.set_day(d, m.end)
    type_, value = with_part(day_value(d), part)
    begin, finish = iso_bounds(day_value(d))
    return Timex(start, m.end, type_, value, begin, finish, anchor, provisional)


# a month without year this close after a year the story set, in the same sentence ("en
# 1997 (en janvier, ...)"), is in that year; farther, the story has likely moved on
ERA_CARRY_WINDOW = 150
_SENTENCE_END = re.compile(r"[.!?]\s")
_DATED = re.compile(r"\d{4}")
_CLOCK = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
_DAY_PART = re.compile(r"\d{4}-\d\d-\d\dT[A-Z]{2}")  # "2018-12-08TEV"
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
# days from publication within which a weekday's name keeps the day it first stood for (a
# story of this week; a "samedi 3 mars" of another year is no such day)
WEEKDAY_MEMORY_REACH = 7
_COARSE_PAST = re.compile(r"\d\d[\dX]{2}")  # a year, decade or century value
# characters an "aujourd'hui" may stand after a past era it contrasts with, in one sentence
ERA_CONTRAST_WINDOW = 200
# what may stand between a clock time and the day that follows it ("vers 15 h, hier")
_CLOCK_DAY_GAP = re.compile(r"[\s,]*")
# the word after an expression, past spaces and commas ("en fin de journée, samedi")
_NEXT_WORD = re.compile(r"[\s,]*([\w'-]+)")


def advance(ctx: Context, t: Timex) -> None:
    """Move the story's time line to `t`: its value becomes the current time; an explicit
    year (or a month carried in it) becomes the era that following bare months fall in."""
    if t.type in ("DATE", "TIME") and (day := partial_day_of(t.value, weekday_named(ctx, t))):
        ctx.partial = day.merged_with(ctx.partial)
        ctx.partial_tense = ctx.tense(t.start, t.end)
    if t.type == "DATE" and _COARSE_PAST.fullmatch(t.value) and ctx.pub is not None and \
            t.value.replace("X", "9") < str(ctx.pub.year):
        ctx.past_era = (t.value, t.end)
    if t.type not in ("DATE", "TIME") or not _DATED.match(t.value):
        return
    ctx.point = t.value
    if _DAY.match(t.value) and (weekday := weekday_named(ctx, t)) is not None:
        day = date.fromisoformat(t.value[:10])
        if day.isoweekday() == weekday and ctx.pub is not None and \
                abs((day - ctx.pub).days) <= WEEKDAY_MEMORY_REACH:
            ctx.weekdays.setdefault(weekday, day)
    remember(ctx.known_years, t.value, explicit_year=t.anchor == NONE)
    if _DAY.match(t.value) and recalls(ctx, t):
        ctx.recalled.add(date.fromisoformat(t.value[:10]))
    if _DAY.match(t.value) and (ctx.event_day is None or t.value[:10] < ctx.event_day.isoformat()):
        ctx.event_day = date.fromisoformat(t.value[:10])
    if sets_era(ctx, t):
        ctx.era = (int(t.value[:4]), t.end)
    elif t.anchor == PUBLICATION:
        ctx.era = None  # back to the time of publication


def day_follows(ctx: Context, end: int) -> bool:
    """Whether a weekday or a relative day ("hier") comes right after `end`."""
    following = _NEXT_WORD.match(ctx.text, end)
    lex = lexicon()
    return following is not None and (following.group(1) in lex.mapping("weekdays")
                                      or following.group(1) in lex.mapping("relative_days"))


def recalls(ctx: Context, t: Timex) -> bool:
    """Whether the words of an expression hold a past cue ("samedi dernier")."""
    return any(w in lexicon().words("past_cues") for w in ctx.text[t.start:t.end].split())


def weekday_named(ctx: Context, t: Timex) -> int | None:
    """The weekday the words of an expression name ("vendredi 14 décembre": 5)."""
    weekdays = lexicon().mapping("weekdays")
    return next((weekdays[w] for w in re.findall(r"[a-z]+", ctx.text[t.start:t.end])
                 if w in weekdays), None)


def sets_era(ctx: Context, t: Timex) -> bool:
    """A past year the story moves to ("en 1997", "En mars 2015,", or a month carried in
    one), not a year used as a landmark ("depuis 2010", "avant 2015") or a plan ("en 2030")."""
    if not re.fullmatch(r"\d{4}(?:-\d\d)?", t.value) or t.anchor == PUBLICATION:
        return False
    if ctx.pub is not None and int(t.value[:4]) >= ctx.pub.year:
        return False
    return t.anchor == PREVIOUS or ctx.text[max(0, t.start - len("en ")):t.start] == "en "


def era_year(ctx: Context, start: int) -> int | None:
    """The year the story set just before `start`, if it is close enough to carry."""
    if ctx.era is None or start - ctx.era[1] > ERA_CARRY_WINDOW or \
            _SENTENCE_END.search(ctx.text, ctx.era[1], start):
        return None  # too far, or another sentence: the story may have moved on
    return ctx.era[0]


def contrasts_past_era(ctx: Context, start: int) -> bool:
    """Whether "aujourd'hui" at `start` follows, in its sentence, a past year, decade or
    century ("en 1968 on voulait X, aujourd'hui on veut Y"; "né au XIVe siècle, le mot
    sert aujourd'hui à ..."): then it is the present era, not the day."""
    if ctx.past_era is None:
        return False
    end = ctx.past_era[1]
    return 0 <= start - end <= ERA_CONTRAST_WINDOW and \
        not _SENTENCE_END.search(ctx.text, end, start)


def attach_clocks_to_days(timexes: list[Timex], text: str) -> None:
    """A clock time or a part of the day followed at once by a day ("vers 15 h 30, hier",
    "dans la soirée, mercredi") is on that day; the first clock of a range is on the day of
    the second ("entre 1 h 15 et 3 h jeudi")."""
    for clock, day in zip(timexes, timexes[1:]):
        if (is_clock(clock) or is_story_day_part(clock, text)) \
                and day.type == "DATE" and _DAY.fullmatch(day.value) \
                and _CLOCK_DAY_GAP.fullmatch(text[clock.end:day.start]):
            move_clock(clock, day.value, day.anchor)
    pairs = list(zip(timexes, timexes[1:]))
    for first, second in reversed(pairs):  # right to left: a day reaches back along a range
        if is_clock(first) and is_clock(second) and \
                gap_of(grammar_words(RANGE_WORD)).fullmatch(text[first.end:second.start]):
            move_clock(first, second.value[:10], second.anchor)


def is_clock(t: Timex) -> bool:
    """A clock time on a known day (not a habit's XXXX-XX-XX)."""
    return t.type == "TIME" and _CLOCK.fullmatch(t.value) is not None and t.anchor != NONE


def is_story_day_part(t: Timex, text: str) -> bool:
    """A part of the day put on the story's day ("dans la soirée"), not one that names its
    own ("lundi soir", "hier matin")."""
    lex = lexicon()
    return _DAY_PART.fullmatch(t.value) is not None and t.anchor != NONE and not any(
        w in lex.mapping("weekdays") or w in lex.mapping("relative_days")
        for w in fold(text[t.start:t.end]).split())


def move_clock(clock: Timex, day: str, anchor: str) -> None:
    clock.value = day + clock.value[10:]
    clock.begin, clock.finish = iso_bounds(clock.value if is_clock(clock) else day)
    clock.anchor = anchor




# words of an event's noun phrase between "au lendemain" and the day that dates the event
# ("au lendemain de l'allocution présidentielle de lundi dernier"); the phrase is definite:
# in "à la veille d'un nouveau samedi de manifestations" the weekday is the event itself,
# which "la veille" dates, not the other way round
# which of a few words ("au lendemain du premier tour de l'élection de dimanche"); longer,
# and the gap is a clause ("le lendemain de son élection le maire a annoncé lundi")
EVENT_PHRASE_WORDS = 4
_EVENT_PHRASE = re.compile(
    r"\s+(?:du\s+|des\s+|de\s+(?:l['’]\s*|la\s+|ce\s+|cet\s+|cette\s+|ces\s+|son\s+|sa\s+|ses\s+"
    r"|leur\s+|leurs\s+))"
    rf"(?:[^\s.,;:!?«»()\"]+\s+){{0,{EVENT_PHRASE_WORDS}}}")


def count_from_following_dates(timexes: list[Timex], text: str,
                               opens_clause: Callable[[int, int], bool] = lambda s, e: False
                               ) -> None:
    """"la veille de Noël", "au lendemain du 17 novembre", "au lendemain des violences
    perpétrées samedi": the day before / after that date (the event's, when a phrase of a
    few words without punctuation names the event between), not the story's current day
    ± 1 (the date follows, so it is read once all are resolved). `opens_clause(start, end)`
    says whether a finite verb or a new subject stands between: the phrase has ended and
    the date belongs to the main clause ("le lendemain de son élection le maire a annoncé
    lundi")."""
    offsets = lexicon().mapping("anchored_days")
    for day, date_after in zip(timexes, timexes[1:]):
        word = [w.replace("’", "'").removeprefix("l'")
                for w in text[day.start:day.end].lower().split()[-1:]]
        gap = text[day.end:date_after.start]
        if not word or word[0] not in offsets or date_after.type != "DATE" \
                or not _DAY.fullmatch(date_after.value) \
                or not (gap_of(grammar_words(PREPOSITION_DE)).fullmatch(gap)
                        or (_EVENT_PHRASE.fullmatch(gap)
                            and not opens_clause(day.end, date_after.start))):
            continue
        d = date.fromisoformat(date_after.value) + timedelta(days=offsets[word[0]])
        day.value = day_value(d) + day.value[10:]
        day.begin, day.finish = iso_bounds(day_value(d))
        day.anchor = date_after.anchor


# how many days before publication the day a report names may be for its earlier bare
# clock times to move onto it: a report on the day before or the week-end before
STORY_DAY_REACH = 3


def carry_back_to_story_day(timexes: list[Timex], pub: date | None,
                            told_in_past: Callable[[Timex], bool]) -> None:
    """A report that opens on bare times ("Dès 6 h 30, ils bloquaient le rond-point") and
    names its day later ("Samedi, ..."), in a later day's paper: those past-tense times were
    on that day, not on the publication day they stood in for."""
    story_day = next((t for t in timexes if not t.provisional and _DAY.match(t.value)), None)
    if pub is None or story_day is None:
        return
    day = date.fromisoformat(story_day.value[:10])
    if not 0 < (pub - day).days <= STORY_DAY_REACH:
        return
    for t in timexes:
        if t is story_day:
            break
        if t.provisional and t.value.startswith(pub.isoformat()) and told_in_past(t):
            t.value = day.isoformat() + t.value[10:]
            t.begin, t.finish = iso_bounds(t.value if _CLOCK.fullmatch(t.value) else t.value[:10])
            t.anchor = PREVIOUS

