"""Closed-class French words by class (data/french_grammar_words.tsv), one list for every
layer: subject pronouns, relative words, possessives, clause openers, contracted
determiners, object clitics."""

from __future__ import annotations

from functools import lru_cache

from newsextract.resources import read_tsv

SUBJECT_PRONOUN = "subject_pronoun"
RELATIVE = "relative"
POSSESSIVE = "possessive"
SINGULAR_POSSESSIVE = "singular_possessive"
PLURAL_POSSESSIVE = "plural_possessive"
MASCULINE_POSSESSIVE = "masculine_possessive"
FEMININE_POSSESSIVE = "feminine_possessive"
CLAUSE_OPENER = "clause_opener"
CONTRACTED_DETERMINER = "contracted_determiner"
OBJECT_CLITIC = "object_clitic"


@lru_cache(maxsize=8)
def grammar_words(word_class: str) -> frozenset[str]:
    """The lowercase words of `word_class`."""
    return frozenset(row[0].lower() for row in read_tsv("french_grammar_words.tsv")
                     if len(row) > 1 and word_class in row[1].split(","))
