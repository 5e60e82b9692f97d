"""Closed-class French words by class (data/french_grammar_words.tsv), one list for every
layer: subject pronouns, relative words, possessives, clause openers, contracted
determiners, object clitics, the forms of "à" and "de", reflexive pronouns, "que",
articles and demonstratives, coordinators, the joiners of a list, "autre"."""

from __future__ import annotations

from newsextract.resources import words_of_class

SUBJECT_PRONOUN = "subject_pronoun"
STRESSED_PRONOUN = "stressed_pronoun"
RELATIVE = "relative"
POSSESSIVE = "possessive"
SINGULAR_POSSESSIVE = "singular_possessive"
PLURAL_POSSESSIVE = "plural_possessive"
MASCULINE_POSSESSIVE = "masculine_possessive"
FEMININE_POSSESSIVE = "feminine_possessive"
CLAUSE_OPENER = "clause_opener"
CONTRACTED_DETERMINER = "contracted_determiner"
OBJECT_CLITIC = "object_clitic"
PREPOSITION_A = "preposition_a"
REFLEXIVE = "reflexive"
PREPOSITION_DE = "preposition_de"
BARE_DE = "bare_de"
QUE_WORD = "que_word"
INDEFINITE_SINGULAR = "indefinite_singular"
DEFINITE_ARTICLE = "definite_article"
DEFINITE_DETERMINER = "definite_determiner"
DEMONSTRATIVE_PRONOUN = "demonstrative_pronoun"
COORDINATOR = "coordinator"
DETERMINER = "determiner"
SINGULAR_DEMONSTRATIVE = "singular_demonstrative"
FIRST_PLURAL_POSSESSIVE = "first_plural_possessive"
SINGULAR_DEFINITE = "singular_definite"
LIST_JOINER = "list_joiner"
APOSTROPHES = ("'", "’")
LOCATIVE_CLITIC = "locative_clitic"
ANOTHER = "another"
OTHER = "other"
REPORTED_OPENER = "reported_opener"
COUNTING_DETERMINER = "counting_determiner"
FREE_RELATIVE_HEAD = "free_relative_head"
RANGE_WORD = "range_word"
ELIDED_BEFORE_H = "elided_before_h"


def grammar_words(word_class: str) -> frozenset[str]:
    """The lowercase words of `word_class` (read once per class)."""
    return words_of_class("french_grammar_words.tsv", word_class)


def elided(words: frozenset[str]) -> frozenset[str]:
    """The elided forms among `words`, those ending with an apostrophe ("l'", "d’"): the
    ones written before a vowel ("l'explique", "d'après")."""
    return frozenset(w for w in words if w.endswith(APOSTROPHES))
