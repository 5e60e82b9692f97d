"""Which words mean what: the word lists of the casualties layer, read once from
newsextract/data, and the regular-expression pieces every module of the layer shares."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsextract.language import french_function_words
from newsextract.nlp.number_words import SPACE_CHAR
from newsextract.nlp.participants.lexicon import names_person
from newsextract.resources import read_lines, read_tsv

WS = SPACE_CHAR
DE = rf"(?:de{WS}+|d['’]{WS}*)"
WORD = re.compile(r"[^\W\d_][\w'’\-]*|CRS|%", re.UNICODE)
NEVER = r"(?!)"  # matches nothing: an empty list of patterns excludes nothing
# a capital letter, accented ones included ("Élise", "Ève", "Île", "Ângela"); case-sensitive
# even inside a pattern compiled with re.IGNORECASE
CAPITAL = r"(?-i:[A-ZÀ-ÖØ-Þ])"


@dataclass(frozen=True)
class Lexicon:
    """Every word list of the layer, read once from newsextract/data."""

    casualty_nouns: dict[str, str]
    victims: frozenset[str]
    not_victims: frozenset[str]
    severity: frozenset[str]
    function_words: frozenset[str]

    def is_victim(self, noun: str | None) -> bool:
        """Whether `noun` names people who can be victims: the layer's own list ("policiers",
        "CRS") or a person noun of the participants' lexicons and agent endings
        ("livreurs", "une cycliste"), the same test the registry uses for speakers."""
        if noun is None:
            return False
        if noun in self.victims or noun.lower() in self.victims:
            return True
        return noun[:1].islower() and noun.lower() not in self.not_victims \
            and names_person(noun)

    def is_noun_like(self, word: str) -> bool:
        """Whether `word` can head a victim group: a word, not a function word or a unit."""
        low = word.lower()
        return ((word.isalpha() or "-" in word or word in self.victims)
                and low not in self.function_words and low not in self.not_victims
                and len(word) > 1)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon(
        casualty_nouns={form.lower(): cat for form, cat in read_tsv("casualties_nouns.tsv")},
        victims=frozenset(read_lines("casualties_victims.txt")),
        # a body part is never the counted group ("ont perdu un œil")
        not_victims=frozenset(w.lower() for name in ("casualties_not_victims.txt",
                                                     "casualties_body_parts.txt")
                              for w in read_lines(name)),
        severity=frozenset(w.lower() for w in read_lines("casualties_severity.txt")),
        function_words=french_function_words(),
    )


def any_of(patterns: list[str], flags: int) -> re.Pattern[str]:
    """One regex that matches where any of `patterns` does."""
    return re.compile("|".join(f"(?:{p})" for p in patterns) or NEVER, flags)
