"""Which canonical name does each mention take in this article? (rules in canonical.py)"""

from __future__ import annotations

from spacy.tokens import Doc

from newsextract.nlp.entities import canonical
from newsextract.nlp.entities.lexicons import Lexicons
from newsextract.nlp.entities.mention import Mention


def assign_canonical(doc: Doc, mentions: list[Mention], lex: Lexicons) -> None:
    persons = [m for m in mentions if m.label == "PER"]
    names = [[t.text for t in doc[m.start:m.end]] for m in persons]
    for m, words in zip(persons, names):
        if m.canonical:
            continue
        i = canonical.fuller_person(words, names)
        m.canonical = " ".join(names[i]) if i is not None else doc[m.start:m.end].text
    others = [m for m in mentions if m.label != "PER"]
    for m in others:
        if m.canonical:
            continue
        m.canonical = doc[m.start:m.end].text
        longest = None
        for o in others:
            if o.label != m.label or o.end - o.start <= m.end - m.start:
                continue
            n = m.end - m.start
            same_start = [t.lower_ for t in doc[o.start:o.start + n]] == \
                [t.lower_ for t in doc[m.start:m.end]]
            qualifiers = all(t.is_lower and (t.pos_ == "ADJ" or canonical.entity_key(t.text)
                                             in lex.demonyms) for t in doc[o.start + n:o.end])
            if same_start and qualifiers and (longest is None or o.end - o.start
                                              > longest.end - longest.start):
                longest = o
        if longest is not None:
            m.canonical = doc[longest.start:longest.end].text
    # an acronym's other mentions take its expansion
    expansions = {canonical.entity_key(doc[m.start:m.end].text): m.canonical for m in mentions
                  if m.canonical and m.canonical != doc[m.start:m.end].text}
    for m in others:
        key = canonical.entity_key(doc[m.start:m.end].text)
        if m.canonical == doc[m.start:m.end].text and key in expansions:
            m.canonical = expansions[key]
