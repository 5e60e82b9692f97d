"""Closed-class French words by class (data/french_grammar_words.tsv), one list for every
layer: subject pronouns, relative words, possessives, clause openers, contracted
determiners, object clitics, articles and demonstratives."""

from __future__ import annotations

from newsextract.resources import words_of_class

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
DETERMINER = "determiner"


def grammar_words(word_class: str) -> frozenset[str]:
    """The lowercase words of `word_class` (read once per class)."""
    return words_of_class("french_grammar_words.tsv", word_class)
