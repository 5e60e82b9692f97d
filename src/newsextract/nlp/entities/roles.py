"""What title or function goes with a person's name?"""

from __future__ import annotations

from spacy.tokens import Doc

from newsextract.nlp.entities.honorifics import honorific_index
from newsextract.nlp.entities.lexicons import Lexicons
from newsextract.nlp.entities.mention import Mention
from newsextract.nlp.entities.tokens import title_at

MAX_ROLE_TOKENS = 12



# A title may start one word after the phrase's left edge (an article: "le ministre").
TITLE_START_SLACK = 2


def role_phrase_start(doc: Doc, end: int, sent_start: int, lex: Lexicons) -> int | None:
    """Start of a title phrase ending at token `end` ("conseiller de Jacques Morel",
    "ministre de l'Intérieur"), scanning left to a determiner or punctuation."""
    k = end
    while k - 1 >= max(sent_start, end - MAX_ROLE_TOKENS):
        tok = doc[k - 1]
        if tok.is_space or (tok.is_punct and tok.text not in {"-", "'", "’"}) \
                or tok.pos_ in {"VERB", "AUX", "CCONJ"}:  # "X et son ministre Y": Y's ends at "et"
            break
        if tok.pos_ == "DET" and not (k - 2 >= 0 and doc[k - 2].lower_ in {"de", "à"}):
            break
        k -= 1
    for p in range(k, min(k + TITLE_START_SLACK, end)):
        if title_at(doc, p, end, lex):
            return p
    return None


def find_role(doc: Doc, m: Mention, sent_start: int, sent_end: int, lex: Lexicons) -> str | None:
    """The title or function written right before the name or in apposition after it."""
    s = m.start
    while s > sent_start and (i := honorific_index(doc, s, lex)) is not None and i >= sent_start:
        s = i
    if s > sent_start and doc[s - 1].text == ",":  # "le porte-parole des pompiers, Olivier Ferrand"
        p = role_phrase_start(doc, s - 1, sent_start, lex)
        if p is not None:
            return doc[p:s - 1].text
    elif s > sent_start and not lex.has("connectors", doc[s - 1].lower_):
        # "le général Antoine Mercadier"; not "le conseiller de Jacques Morel",
        # where the name is the complement of someone else's title
        p = role_phrase_start(doc, s, sent_start, lex)
        if p is not None:
            return doc[p:s].text
    k = m.end  # apposition: "M. Garnier, président du conseil départemental"
    if k + 1 < sent_end and doc[k].text == ",":
        k += 1
        if doc[k].lower_ in {"le", "la", "l'", "l’"}:
            k += 1
        if k < sent_end and title_at(doc, k, sent_end, lex):
            e = k
            while e < min(sent_end, k + MAX_ROLE_TOKENS) and not (
                    doc[e].is_punct and doc[e].text not in {"-", "'", "’"}) \
                    and not doc[e].is_space and doc[e].pos_ not in {"VERB", "AUX"}:
                e += 1
            return doc[k:e].text
    return m.role
