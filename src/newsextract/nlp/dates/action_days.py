"""Which day a numbered day of collective action is ("la quatrième journée de mobilisation",
"une cinquième journée d'action", "cette 12e journée de mobilisation"), and which weekend a
numbered weekend of it is ("un cinquième week-end de mobilisation": that day's weekend).

Such a day is one day of the story's time line: the day the clause dates right after it ("la
première journée de mobilisation, le 17 novembre", "la 12e journée de mobilisation samedi"),
else the story's current day (the day it is telling). A day after the noun phrase dates it
only in apposition (", le 17 novembre"), bare ("de mobilisation samedi") or in the clause
the numbered day is the subject of ("la cinquième journée a réuni samedi"): not a day another
verb governs ("lors de la huitième journée, ils seront jugés jeudi"), nor one it is compared
with ("moins suivie que celle du 10 janvier"). The first day of a movement is mostly recalled,
not told, and a day put before or after the story's ("au lendemain de la quatrième journée",
"après une cinquième journée") is not the current one: without such a day ("après une première
journée de mobilisation le 17 novembre"; not the main clause's "après la journée, le ministre
les recevra lundi"), they get no record rather than a wrong one. A round of a championship ("la 17e
journée de Ligue 1") is no day of action (its noun is not in the lexicon's
``action_day_nouns``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Token

from newsextract.nlp.dates.calendar_math import iso_bounds, week_value
from newsextract.nlp.dates.rules import RuleMatch, fold, lexicon
from newsextract.nlp.dates.timeline import PREVIOUS, UNKNOWN_DAY, Context, Timex, day_timex

# how far after the expression a day may date it, within its sentence ("la 12e journée de
# mobilisation des gilets jaunes samedi", "... de mobilisation nationale le 17 novembre")
NEXT_DAY_REACH = 60
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d$")
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")
# a comma that is the last mark before the day: an apposition (", le 17 novembre")
_APPOSITION_COMMA = re.compile(r",\s*$")
_WORD = re.compile(r"[\w-]+'?")
# (start, end of the numbered day, start, end of the text after it) -> whether a finite verb
# there has another subject than the numbered day
ForeignVerb = Callable[[int, int, int, int], bool]
FIRST_DAYS = ("premiere", "premier")  # folded
# characters before the expression searched for a relational cue ("au lendemain de")
CUE_WINDOW = 20


def norm_action_day(m: RuleMatch, ctx: Context) -> list[Timex]:
    """The story's current day (or its weekend), to be replaced by a day dated right after
    it (``date_action_days``); for a first day, or before the story dated any day, a
    placeholder that stays only if such a day follows."""
    weekend = m.groups.get("weekend") is not None
    if (m.groups["ord"] or m.groups["ord2"]) in FIRST_DAYS or ctx.ref is None or \
            after_relational_cue(ctx.text[max(0, m.match_start - CUE_WINDOW):m.match_start]):
        return [Timex(m.start, m.end, "DATE", UNKNOWN_DAY, anchor=PREVIOUS, names_next_day=True,
                      weekend=weekend)]
    # the clause's tense is no guide: "il s'agit de", "a donné des conseils pour" speak of
    # the day, whichever side of publication it is on
    d, anchor = ctx.anchor_day()
    return [as_weekend(replace(day_timex(m, ctx, d, anchor), names_next_day=True,
                               weekend=weekend))]


def as_weekend(t: Timex) -> Timex:
    """A numbered weekend takes the weekend of its day ("2018-12-15" -> "2018-W50-WE")."""
    if t.weekend and _DAY_VALUE.match(t.value):
        t.value = week_value(date.fromisoformat(t.value[:10])) + "-WE"
        t.begin, t.finish = iso_bounds(t.value)
    return t


def after_relational_cue(before: str) -> bool:
    """Whether the text `before` a numbered day ends with a word that puts that day before or
    after the story's current one ("après", "au lendemain de", "depuis")."""
    words = " ".join(before.split())
    return any(words.endswith(" " + cue) or words == cue
               for cue in lexicon().words("action_day_relational_cues"))


def date_action_days(timexes: list[Timex], text: str,
                     foreign_verb: ForeignVerb | None = None) -> list[Timex]:
    """The timexes with each numbered day of action dated by the day right after it in its
    sentence (its value, bounds and anchor), and without the placeholders no day dated."""
    kept = []
    for i, t in enumerate(timexes):
        if t.names_next_day:
            day = following_day(timexes[i + 1:], t.end, text)
            if day is not None and not dates_the_action_day(text, t, day, foreign_verb):
                day = None
            if day is not None:
                t.value, t.begin, t.finish, t.anchor = day.value, day.begin, day.finish, PREVIOUS
                as_weekend(t)
            t.names_next_day = False
            if t.value == UNKNOWN_DAY:
                continue
        kept.append(t)
    return kept


def following_day(later: list[Timex], end: int, text: str) -> Timex | None:
    """The first day-precise DATE among `later` when it starts within reach of `end` in the
    same sentence."""
    day = next((u for u in later if u.type == "DATE"), None)
    if day is None or not _DAY_VALUE.match(day.value) or day.start - end > NEXT_DAY_REACH \
            or _SENTENCE_END.search(text, end, day.start):
        return None
    return day


def dates_the_action_day(text: str, t: Timex, day: Timex,
                         foreign_verb: ForeignVerb | None) -> bool:
    """Whether `day`, after the numbered day `t` in its sentence, is that day's date: no
    comparison or relative word between them ("que celle du", "dont"), no comma but one in
    apposition right before the day, no finite verb of another subject."""
    gap = text[t.end:day.start]
    stops = lexicon().words("action_day_gap_stops")
    if any(w in stops for w in _WORD.findall(fold(gap))):
        return False
    if "," in _APPOSITION_COMMA.sub("", gap):
        return False  # a clause comma: the day belongs to what follows it
    return foreign_verb is None or not foreign_verb(t.start, t.end, t.end, day.start)


def verb_of_another_subject(doc: Doc, day_start: int, day_end: int, start: int,
                            end: int) -> bool:
    """Whether a finite verb between `start` and `end` has a subject other than the numbered
    day (its head noun "journée", "week-end"): "a réuni" in "la journée a réuni samedi" has not,
    "recevra" in "pour la journée les syndicats recevront samedi" has."""
    day, gap = (doc.char_span(s, e, alignment_mode="expand") for s, e in
                ((day_start, day_end), (start, end)))
    if day is None or gap is None or not len(day) or not doc.has_annotation("DEP"):
        return False
    noun = day.root
    for token in gap:
        if token.pos_ not in ("VERB", "AUX") or token.morph.get("VerbForm") != ["Fin"]:
            continue
        verb = token.head if token.dep_.startswith(("aux", "cop")) else token
        # the parser often misses the numbered day as subject ("et une quatrième journée est
        # prévue le 1er février": a conjunct): only a subject of its own makes the verb another's
        if any(other_subject(child, noun) for v in (verb, token) for child in v.children):
            return True
    return False


def other_subject(child: Token, noun: Token) -> bool:
    """Whether `child` of a verb is a nominal subject other than the numbered day's `noun`."""
    return child.dep_.startswith(("nsubj", "expl")) and child.pos_ in ("NOUN", "PROPN", "PRON") \
        and child != noun
