"""Is a quantity a part of a group? "l'un d'eux", "deux d'entre elles" (people named
before), "deux des [quatre] blessés", "trois de ses collègues" (a group named after)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsextract.nlp.casualties.figure import CASUALTY, GROUP, OTHERS, Head
from newsextract.nlp.casualties.lexicon import WORD, WS, Lexicon
from newsextract.nlp.casualties.victim_groups import VictimGroups
from newsextract.nlp.number_words import (
    INDEFINITE,
    NUMBER,
    NUMBERS_FILE,
    ONE_OF,
    Quantity,
    words_alternation,
)
from newsextract.resources import read_json

_SPACES = re.compile(rf"{WS}*")
# "deux des blessés", "trois de ses collègues", "deux des quatre blessés": a part of a group
_PARTITIVE = re.compile(
    rf"{WS}+(?:des|de{WS}+(?:ses|leurs|ces|nos|vos)|d['’]entre{WS}+les){WS}+", re.IGNORECASE)
# "l'un d'eux", "deux d'entre elles": a part of people named before
_PARTITIVE_PRONOUN = re.compile(rf"{WS}*d['’]{WS}*(?:entre{WS}+)?(?:eux|elles)\b", re.IGNORECASE)


def _number_words() -> str:
    return words_alternation(read_json(NUMBERS_FILE)["number_words"])


class Partitives:
    """Reads the group a quantity is a part of; the number pattern is compiled once."""

    def __init__(self, lex: Lexicon, groups: VictimGroups) -> None:
        self.lex = lex
        self.groups = groups
        self.numbers = re.compile(rf"(?:\d+|{_number_words()}){WS}+", re.IGNORECASE)

    def head(self, doc: Doc, text: str, q: Quantity, s_end: int) -> Head | None:
        """The head of a partitive quantity; None when the quantity is no part of a
        group."""
        pronoun = _PARTITIVE_PRONOUN.match(text, q.end, s_end)
        if pronoun and q.kind in (NUMBER, INDEFINITE, ONE_OF):
            return Head(OTHERS, pronoun.end(), partitive=True)
        if q.kind in (NUMBER, INDEFINITE):
            partitive = _PARTITIVE.match(text, q.end, s_end)
            if partitive:
                return self._group_of(doc, text, partitive.end(), s_end)
        return None

    def _group_of(self, doc: Doc, text: str, pos: int, s_end: int) -> Head:
        """The noun of "deux des [quatre] blessés", "trois de ses collègues"."""
        inner = self.numbers.match(text, pos, s_end)
        if inner:
            pos = _SPACES.match(text, inner.end(), s_end).end()
        w = WORD.match(text, pos, s_end)
        if w is None:
            return Head(None, pos)
        word = w.group(0)
        if word.lower() in self.lex.casualty_nouns:
            return Head(CASUALTY, w.end(), word, None, partitive=True)
        if not self.lex.is_noun_like(word):
            return Head(None, pos)
        end = self.groups.extend_group(doc, text, w.end(), s_end)
        return Head(GROUP, end, word, text[pos:end], partitive=True)
