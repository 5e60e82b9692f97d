"""Where the story is in time: the Timex record and the Context that carries the
publication date and the story's current day ("Le 2 mars ... le lendemain" -> 3 March).

Every day-precise value a normaliser resolves becomes the story's current day (``day_timex``);
clock times, "le lendemain", "le même jour", "dans la soirée" read it back (``anchor_day``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from newsextract.nlp.dates.calendar_math import day_value, iso_bounds
from newsextract.nlp.dates.rules import RuleMatch, lexicon

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

def calendar_timex(start: int, end: int, type_: str, value: str, anchor: str) -> Timex:
    begin, finish = iso_bounds(value)
    return Timex(start, end, type_, value, begin, finish, anchor)

def part_code(part: str | None) -> str | None:
    return lexicon().mapping("day_parts").get(part) if part else None


def with_part(value: str, part: str | None) -> tuple[str, str]:
    """(type, value) of a day, made a TIME with its part of the day if any."""
    code = part_code(part)
    return ("TIME", f"{value}T{code}") if code else ("DATE", value)


def day_timex(m: RuleMatch, ctx: Context, d: date | None, anchor: str,
               part: str | None = None, start: int | None = None) -> Timex:
    """A day (with its part of the day), which becomes the story's current day."""
    start = m.start if start is None else start
    if d is None:
        type_, value = with_part(UNKNOWN_DAY, part)
        return Timex(start, m.end, type_, value, anchor=NONE)
    ctx.ref = d
    type_, value = with_part(day_value(d), part)
    begin, finish = iso_bounds(day_value(d))
    return Timex(start, m.end, type_, value, begin, finish, anchor)
