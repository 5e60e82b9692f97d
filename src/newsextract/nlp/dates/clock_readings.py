"""Is a clock-shaped amount of hours a time of day? After a noun brought in by an indefinite
determiner or a count ("une grève de 24 heures", "quatre créneaux de deux heures") "de N
heures" measures that noun: a duration. After a singular determiner ("le 20h de la chaîne",
"invité du 20 heures") the hour names a news programme or a title: no time at all."""

from __future__ import annotations

import re
from functools import cache

from newsextract.nlp.dates.direction import text_after, text_before
from newsextract.nlp.dates.rules import gap_of, lexicon, macros
from newsextract.nlp.dates.timeline import Context

# characters before an hour searched for the determiner that makes it a programme's name
PROGRAMME_WINDOW = 6
# characters before "de N heures" searched for the noun phrase it measures: a determiner or
# a count, the noun, at most one adjective or complement ("une grève nationale de")
MEASURED_PHRASE_WINDOW = 45
# characters after the hour searched for the second hour of a range ("de 14 h à 18 h"),
# and before it for the first: the hours are then times of day whatever the noun before
RANGE_WINDOW = 12


def names_a_programme(ctx: Context, start: int, end: int) -> bool:
    """'le 20h de la chaîne', 'au 13 heures': a singular determiner right before the hour,
    which is no end of a range of clock times ("du 14 heures au 18 heures")."""
    words = text_before(ctx, start, PROGRAMME_WINDOW).split()
    if not words or words[-1] not in lexicon().words("programme_determiners"):
        return False
    return not opens_a_range(ctx, end) and not closes_a_range(ctx, start)


def opens_a_range(ctx: Context, end: int) -> bool:
    """The hour ending at `end` is followed by "à"/"au" and a second one ("de 14 heures à
    18 heures", "du 9h au 12h")."""
    after = text_after(ctx, end, RANGE_WINDOW)
    gap = gap_of(lexicon().words("span_ends")).match(after)
    return gap is not None and after[gap.end():][:1].isalnum()


def closes_a_range(ctx: Context, start: int) -> bool:
    """The hour starting at `start` follows "à"/"au" after a first hour ("du 9h au 12h")."""
    return _range_end_before().search(text_before(ctx, start, RANGE_WINDOW)) is not None


@cache
def _range_end_before() -> re.Pattern:
    return re.compile(r"(?:\d|\bh|heures?)" + gap_of(lexicon().words("span_ends")).pattern + "$")


def measures_a_noun(ctx: Context, start: int, end: int) -> bool:
    """'une grève de 24 heures', 'six créneaux de deux heures': an indefinite noun phrase,
    then "de", then the hours (not the first hour of a range)."""
    phrase = _measured_phrase().search(text_before(ctx, start, MEASURED_PHRASE_WINDOW))
    if phrase is None:
        return False
    if opens_a_range(ctx, end):
        return False  # "de 14 heures à 18 heures": a range of clock times
    offset = start - len(text_before(ctx, start, MEASURED_PHRASE_WINDOW))
    return ctx.pos(offset + phrase.start("noun"), offset + phrase.end("noun")) == "NOUN"


@cache
def _measured_phrase() -> re.Pattern:
    dets = "|".join(re.escape(w) for w in lexicon().words("measure_determiners"))
    return re.compile(rf"(?:^|\s)(?:{dets}|\d+|{macros()['NUMWORD']})\s+(?P<noun>[\w'-]+)"
                      r"(?:\s+[\w'-]+)?\s+de\s+$")
