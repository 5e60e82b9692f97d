"""Whom does a protest slogan name?

"« Dupuis démission ! »", "Lenoir, dégage", "Lenoir t'es cuit", chanted or written on a
sign: the one capitalised word before a demand or a second-person address (`slogan_demands` of
entities_function_words.json) is a person asked to go, even when the model reads it as a
place at the start of a quotation or misses it. Determiners, pronouns ("Sa démission"),
titles ("Préfet démission") and stoplist words ("Gouvernement démission") name no one.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsextract.nlp.entities import canonical
from newsextract.nlp.entities.lexicons import Lexicons
from newsextract.nlp.entities.mention import Mention

# Parts of speech of capitalised words that start a sentence about a resignation, not a
# slogan: "La démission", "Cette démission", "Sa démission".
NOT_A_NAME = frozenset({"DET", "PRON", "ADP", "CCONJ", "SCONJ"})
# Characters read after the name for a demand: room for a demand of a few words.
LONGEST_DEMAND_CHARS = 20
# Tokens that hold those characters (one per word, apostrophe and hyphen).
DEMAND_TOKENS = 8


def is_demand_at(doc: Doc, k: int, demand_keys: tuple[str, ...]) -> bool:
    """A slogan's demand starting at token k, possibly after a comma ("Lenoir, démission")
    or non-breaking spaces (tokens of their own); a demand may have several words
    ("Lenoir t'es cuit"), compared with case, accents and apostrophes folded."""
    while k < len(doc) and (doc[k].is_space or doc[k].text == ","):
        k += 1
    if k >= len(doc):
        return False
    # the few tokens that follow, not doc.text (rebuilt from every token on each access)
    following = canonical.entity_key(doc[k:k + DEMAND_TOKENS].text[:LONGEST_DEMAND_CHARS])
    for key in demand_keys:
        if following.startswith(key) and not following[len(key):len(key) + 1].isalpha():
            return True
    return False


def slogan_targets(doc: Doc, lex: Lexicons) -> list[Mention]:
    """One PER mention per capitalised word followed by a slogan's demand (module doc)."""
    found = []
    demand_keys = tuple(canonical.entity_key(d) for d in lex.words["slogan_demands"])
    for i, token in enumerate(doc[:-1]):
        if not (token.is_alpha and token.text[:1].isupper()) or token.pos_ in NOT_A_NAME:
            continue
        if not is_demand_at(doc, i + 1, demand_keys) or token.lower_ in lex.titles \
                or canonical.entity_key(token.text) in lex.stoplist:
            continue
        found.append(Mention(i, i + 1, "PER", trigger_label="PER"))
    return found
