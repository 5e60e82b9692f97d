"""Does a quantified group of people start here? "des centaines de manifestants",
"plusieurs grévistes", "300 infirmières", "un groupe de riverains": the registry keeps one
mention of the people noun, and the quotes layer names such a group from it."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from newsextract.nlp.grammar_words import BARE_DE, grammar_words
from newsextract.nlp.participants.descriptions import compound
from newsextract.nlp.participants.lexicon import (
    group_quantifiers,
    names_person,
    quantity_openers,
    quoted_movement_at,
)

# The plural indefinite article: it opens a group when the tagger reads it as one ("des
# militants"), not as the contracted "de les".
INDEFINITE_PLURAL = "des"


@cache
def group_opening_words() -> frozenset[str]:
    """The lowercase words other than numbers at which `quantified_group_at` may find a
    group (a scan can skip every other token): the very words its first test reads, the
    quantity openers, quantity nouns, quantifying determiners and INDEFINITE_PLURAL."""
    nouns, dets = group_quantifiers()
    return quantity_openers() | nouns | dets | {INDEFINITE_PLURAL}


def quantified_group_at(doc: Doc, i: int) -> int | None:
    """Index of the people noun when token `i` opens a quantified group: a quantifying
    determiner or number ("plusieurs grévistes", "300 infirmières"), an indefinite "des"
    ("des militants"), or a quantity or collective noun and "de", chained ("des dizaines
    de milliers de manifestants", "un groupe de riverains"). None otherwise. Every word
    of the phrase answers the same noun: the registry keeps one mention of it."""
    nouns, dets = group_quantifiers()
    tok = doc[i]
    low = tok.lower_  # asked of every token of the article: read once
    if low in quantity_openers() and i + 1 < len(doc) and doc[i + 1].lower_ in nouns:
        j = i + 1
    elif low in dets or tok.pos_ == "NUM" or low in nouns or (
            low == INDEFINITE_PLURAL and tok.morph.get("Definite") == ["Ind"]):
        j = i + 1 if low not in nouns else i
    else:
        return None
    while j + 2 < len(doc) and doc[j].lower_ in nouns \
            and doc[j + 1].lower_ in grammar_words(BARE_DE):
        j += 2
    label = quoted_movement_at(doc, j) if j != i else None
    if label is not None:
        return label[0]  # "des centaines de «gilets jaunes»"
    if j >= len(doc) or j == i or doc[j].pos_ != "NOUN" \
            or doc[j].morph.get("Number") != ["Plur"] \
            or not names_person(compound(doc[j]), doc[j].lemma_):
        return None
    return j
