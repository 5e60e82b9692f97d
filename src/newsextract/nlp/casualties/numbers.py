"""How many, and how sure: ranges of two numbers and the qualifiers around a number
("au moins 15", "deux au moins", "franchi la barre des mille tués"). The numbers themselves
come from the shared `newsextract.nlp.number_words` (dates read number words too)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsextract.nlp.casualties.lexicon import WS
from newsextract.nlp.number_words import INDEFINITE, NUMBER, Quantity
from newsextract.resources import read_tsv

RANGE = "range"
# Characters looked at before a range's first number for its "entre" / "de": the longest
# opener, "entre" plus a few spaces.
RANGE_OPENER_WINDOW = 8
# a pre-qualifier opens the sentence or follows a space, quote, bracket or apostrophe
_PRE_START = r"(?:^|(?<=[\s\u00a0\u202f\u2009«\"“('’]))"
_ENTRE_BETWEEN = re.compile(rf"{WS}+et{WS}+")
_ENTRE_BEFORE = re.compile(rf"\bentre{WS}+$", re.IGNORECASE)
_A_BETWEEN = re.compile(rf"{WS}+(?:à|a){WS}+")
# Qualifiers that never bound "un"/"une": before it "près de", "autour de" are prepositions
# of place ("un attroupement autour d'un blessé"); "plus d'un", "au moins un" stay.
_NOT_BEFORE_UN = ("about", "at_most")
_RANGE_OPENER = re.compile(rf"(?:entre|de|d['’]){WS}*$|$", re.IGNORECASE)


def merge_ranges(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """"entre 10 et 20", "de 10 à 20", "10 à 20" -> one range quantity."""
    out: list[Quantity] = []
    i = 0
    while i < len(quantities):
        q = quantities[i]
        if i + 1 < len(quantities) and q.kind == NUMBER and quantities[i + 1].kind == NUMBER:
            r = quantities[i + 1]
            between = text[q.end:r.start]
            before = text[max(0, q.start - RANGE_OPENER_WINDOW):q.start]
            is_entre = _ENTRE_BETWEEN.fullmatch(between) and _ENTRE_BEFORE.search(before)
            is_a = _A_BETWEEN.fullmatch(between) and r.count_min > q.count_min
            if is_entre or is_a:
                s = q.start - len(_RANGE_OPENER.search(before).group(0))
                out.append(Quantity(s, r.end, RANGE, q.count_min, r.count_max, RANGE, False))
                i += 2
                continue
        out.append(q)
        i += 1
    return out


@dataclass(frozen=True)
class Qualified:
    """A quantity's bounds and qualifier once the words around it are read."""

    start: int
    count_min: int | None
    count_max: int | None
    qualifier: str


class Qualifiers:
    """The qualifiers of casualties_qualifiers.tsv, compiled once."""

    def __init__(self) -> None:
        quals = read_tsv("casualties_qualifiers.tsv")
        self.pre = [(re.compile(rf"{_PRE_START}(?:{p}){WS}*$", re.IGNORECASE), q)
                    for p, q, pos in quals if pos == "pre"]
        self.post = [(re.compile(rf"{WS}*[»\"”]?{WS}*(?:{p})\b", re.IGNORECASE), q)
                     for p, q, pos in quals if pos == "post"]
        self.context = [(re.compile(rf"\b(?:{p}){WS}*$", re.IGNORECASE), q)
                        for p, q, pos in quals if pos == "context"]

    def before(self, q: Quantity, before: str, s_start: int) -> Qualified:
        """Qualifier right before the number ("au moins 15") or in the words leading to it
        ("a franchi la barre des mille tués"); `before` is the sentence up to the number."""
        if q.kind == RANGE:
            return Qualified(q.start, q.count_min, q.count_max, q.qualifier)
        for pattern, qual in self.pre:
            m = pattern.search(before)
            if m and q.kind == INDEFINITE and qual in _NOT_BEFORE_UN:
                continue  # "autour d'un blessé", "près d'une victime": a place, no estimate
            if m:
                count_min, count_max = q.count_min, q.count_max
                if qual == "at_most":
                    count_min = None
                elif qual in ("at_least", "more_than"):
                    count_max = None
                return Qualified(s_start + m.start(), count_min, count_max, qual)
        for pattern, qual in self.context:
            if pattern.search(before):
                return Qualified(q.start, q.count_min, None, qual)
        return Qualified(q.start, q.count_min, q.count_max, q.qualifier)

    def after(self, text: str, pos: int, s_end: int) -> tuple[str, int] | None:
        """A postposed qualifier at `pos` ("deux au moins"): (qualifier, its end)."""
        for pattern, qual in self.post:
            m = pattern.match(text, pos, s_end)
            if m:
                return qual, m.end()
        return None
