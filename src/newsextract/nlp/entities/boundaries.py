"""Where does a name start and end? Trim what is not part of it, join what is."""

from __future__ import annotations

from spacy.tokens import Doc

from newsextract.nlp.entities.lexicons import Lexicons
from newsextract.nlp.entities.mention import Mention
from newsextract.nlp.entities.tokens import (
    is_edge_junk,
    is_sentence_initial,
    is_upper_word,
    title_at,
)


def trim(doc: Doc, m: Mention, lex: Lexicons) -> Mention:
    """Remove what is not part of the name at both ends; a title trimmed off becomes the role."""
    s, e = m.start, m.end
    while s < e and is_edge_junk(doc[s]):
        s += 1
    while e > s and is_edge_junk(doc[e - 1]):
        e -= 1
    changed = True
    while changed and s < e - 1:
        changed = False
        tok = doc[s]
        if tok.text in lex.honorifics:
            s, changed = s + 1, True
            continue
        n = title_at(doc, s, e - 1, lex)
        if n:
            if doc[s + n].lower_ in {"de", "du", "des", "d'", "d’"}:
                s = e  # a function and its complement ("ministre de l'Intérieur"): no name
                break
            m.role = doc[s:s + n].text
            s, changed = s + n, True
            continue
        if tok.lower_ in lex.determiners and (tok.is_lower or is_sentence_initial(doc, s)):
            s, changed = s + 1, True
            continue
        if is_edge_junk(tok):
            s, changed = s + 1, True
    while e > s + 1 and (doc[e - 1].lower_ in lex.determiners or is_edge_junk(doc[e - 1])):
        e -= 1
    m.start, m.end = s, e
    return m


def join_hyphenated_acronym(doc: Doc, m: Mention) -> Mention:
    """"AP-HP", "AP-HM": the tokenizer splits an upper-case hyphenated acronym into
    "AP", "-", "HP" and the model tags a part at best; the mention takes the whole word."""
    def glued_hyphen(i: int) -> bool:  # doc[i] is a hyphen glued to both neighbours
        return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i].whitespace_ \
            and not doc[i - 1].whitespace_ and is_upper_word(doc[i - 1]) \
            and is_upper_word(doc[i + 1])
    if not all(is_upper_word(t) or t.text == "-" for t in doc[m.start:m.end]):
        return m
    while glued_hyphen(m.end):
        m.end += 2
    while glued_hyphen(m.start - 1):
        m.start -= 2
    return m
