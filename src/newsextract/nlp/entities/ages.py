"""Is a name followed by the person's age ("Paul X, 45 ans", "Léa (31 ans)", "un
chauffeur de 52 ans")? One check for the entity rules (a one-word name with an age is a
person) and the participant registry (the age told of a person or a description).

A number and an age unit ("an", "ans": `person_age_words`) right after the name, after
one opener or none; space tokens between the words (no-break spaces in press text) are
skipped within the line. "Ensuite, 10 ans après": a duration word after the unit
(``entities_duration_words.txt``) makes the figure a duration for callers that ask.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from newsextract.nlp.entities.lexicons import person_age_words
from newsextract.nlp.entities.tokens import next_word
from newsextract.resources import read_lines

# Marks between a name and its age: "Paul X, 45 ans", "Paul X (45 ans)".
AGE_MARKS = frozenset({",", "("})


@cache
def duration_words() -> frozenset[str]:
    """Words after "N ans" that make it a duration or a date ("10 ans après")."""
    return frozenset(read_lines("entities_duration_words.txt"))


def is_age(number: Token, unit: Token) -> bool:
    """ "45 ans", "1 an": a number and an age unit (`person_age_words`), the two words of
    an age; callers say where the two must stand."""
    return number.like_num and unit.lower_ in person_age_words()


def age_after(doc: Doc, end: int, openers: frozenset[str] = AGE_MARKS,
              opener_required: bool = False, duration_checked: bool = False) -> Token | None:
    """The number token of an age right after token `end - 1`: one of `openers` (lowercase;
    needed when `opener_required`), a number, an age unit; with `duration_checked`, no
    duration word after the unit. None when there is no such age."""
    k = next_word(doc, end)
    if k < len(doc) and doc[k].lower_ in openers:
        k = next_word(doc, k + 1)
    elif opener_required:
        return None
    unit = next_word(doc, k + 1)
    if unit >= len(doc) or not is_age(doc[k], doc[unit]):
        return None
    if duration_checked:
        after = next_word(doc, unit + 1)
        if after < len(doc) and doc[after].lower_ in duration_words():
            return None
    return doc[k]
