"""Does a figure count things rather than people? "a abattu trois drones", "deux avions ont
été abattus": the casualty verbs of killing also fell aircraft and trees, so a figure on a
common noun needs that noun to be able to name people.

The test is the participants' one (lexicon.is_victim: the layer's victims list, the person
lexicons and agent endings), backed by the model's word vectors (participants/vectors.py)
for the nouns no list knows: only a noun that no lexicon calls a person *and* whose nearest
labelled neighbours hold next to no person nouns is a thing. A noun the vectors cannot tell
(no vector, a model without vectors) stays a possible victim.
"""

from __future__ import annotations

from spacy.vocab import Vocab

from newsextract.nlp.casualties.figure import GROUP, Figure
from newsextract.nlp.casualties.lexicon import Lexicon
from newsextract.nlp.participants.vectors import person_likeness
from newsextract.resources import read_lines

# Person-likeness below which an unlisted noun names a thing: the nouns of aircraft, weapons
# and buildings sit at 0.0, person nouns above ("passants" 0.6, "badaud" 0.11); nouns near
# the line ("arbres", "véhicules") stay possible victims (recall first).
THING_LIKENESS = 0.1
# Agent endings the vectors misread ("jogger", "boucher"): such a noun is left to the lexicons.
AGENT_LIKE_ENDINGS = "casualties_agent_like_endings.txt"


def counts_things(lex: Lexicon, vocab: Vocab, f: Figure) -> bool:
    """Whether the figure's own noun is a common noun that names no people. Parts ("deux
    de ses X") and capitalised nouns (demonyms, names) are left to the other rules."""
    if f.head != GROUP or f.partitive or not f.noun or not f.noun[:1].islower():
        return False
    if lex.is_victim(f.noun) or f.noun.lower().endswith(read_lines(AGENT_LIKE_ENDINGS)):
        return False
    likeness = person_likeness(vocab, f.noun)
    return likeness is not None and likeness < THING_LIKENESS
