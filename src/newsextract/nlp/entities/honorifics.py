"""Which persons does an honorific name that the model did not see?

Press text often writes a no-break space (or a narrow one) between an honorific and the name
("M.<NBSP>Lenoir", "Me<NBSP>Roux"): the tokenizer keeps that space as a token of its own,
and the model, which never saw such a token inside a name, then misses the person
("M. Lenoir") or reads the honorific alone. A run of capitalised words right after an
honorific and its space tokens is a person's name, whatever the model said: the run replaces
the model's mentions it overlaps (``grammar.merge_grammar_names``). The other layers find
the honorific through ``honorific_index``, which skips the same space tokens.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsextract.nlp.entities.canonical import entity_key
from newsextract.nlp.entities.grammar import NAME_JOINERS, may_be_in_proper_name
from newsextract.nlp.entities.lexicons import Lexicons
from newsextract.nlp.entities.mention import Mention
from newsextract.nlp.entities.tokens import next_word

# Longest person name after an honorific ("M. Jean-Marc de La Roche Martin"): beyond
# this, a run of capitals is a list or a heading, not one name.
MAX_NAME_TOKENS = 5


def honorific_index(doc: Doc, name_start: int, lex: Lexicons) -> int | None:
    """Index of the honorific right before the name at `name_start`, across space tokens
    ("Mme<NBSP>Durand"), or None."""
    i = name_start - 1
    while i >= 0 and doc[i].is_space and "\n" not in doc[i].text:
        i -= 1  # the no-break space tokens that next_word skips forward
    return i if i >= 0 and doc[i].text in lex.honorifics else None


def spaced_honorific_names(doc: Doc, lex: Lexicons, texts: list[str]) -> list[Mention]:
    """Persons named after an honorific followed by a space token ("M.<NBSP>Lenoir");
    `texts` are the token texts of `doc` (read once per article)."""
    found = []
    for i, text in enumerate(texts):
        if text not in lex.honorifics or not text[:1].isupper():
            continue
        start = next_word(doc, i + 1)
        if start == i + 1 or start >= len(doc) or not may_be_in_proper_name(doc[start]) \
                or entity_key(doc[start].text) in lex.stoplist:
            continue
        end = name_run_end(doc, start)
        found.append(Mention(start, end, "PER", trigger_label="PER"))
    return found


def name_run_end(doc: Doc, start: int) -> int:
    """End of the capitalised run starting at `start`; joiners ("de", "La") stay inside only
    before another capitalised word."""
    end = start + 1
    k = end
    while k < len(doc) and k - start < MAX_NAME_TOKENS and not doc[k - 1].is_space:
        if may_be_in_proper_name(doc[k]) and doc[k].text not in NAME_JOINERS:
            end = k = k + 1
        elif doc[k].lower_ in NAME_JOINERS and k + 1 < len(doc) \
                and may_be_in_proper_name(doc[k + 1]):
            k += 1
        else:
            break
    return end
