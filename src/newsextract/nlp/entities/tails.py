"""Which persons does the model glue to the end of another name?

A medium or an organisation written right before the person who speaks for it ("selon le
bulletin Ouestinfo Karim Dallier, son porte-parole") is often read by the model as one
name, a MISC or an ORG. When the article names that person elsewhere by the surname alone
("M. Dallier", "Dallier a ajouté") or in full, the last two words of the long mention, a
capitalised given name and that surname, are the person: the mention is cut in two, the
person PER and the rest keeping the model's label, or the label of a classifier noun
before it ("le bulletin" -> ORG).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsextract.nlp.entities.canonical import visible
from newsextract.nlp.entities.labels import head_trigger
from newsextract.nlp.entities.lexicons import Lexicons
from newsextract.nlp.entities.mention import Mention

# A given name and a surname: the person cut from the end of a longer mention.
PERSON_TOKENS = 2


def person_surnames(doc: Doc, mentions: list[Mention]) -> set[str]:
    """Last words of the article's person mentions written like a name, capitalised words
    only ("Dallier" of "M. Dallier"; not a heading the model took for a person, "Exploit
    des Lions")."""
    return {visible(doc[m.end - 1].text) for m in mentions
            if (m.trigger_label or m.label) == "PER"
            and all(t.is_title and (t.is_alpha or "-" in t.text) for t in doc[m.start:m.end])}


def split_person_tails(doc: Doc, mentions: list[Mention], lex: Lexicons) -> list[Mention]:
    """`mentions` with each non-person mention of three words or more that ends on a given
    name and a surname the article gives to a person cut in two (see the module doc)."""
    surnames = person_surnames(doc, mentions)
    out: list[Mention] = []
    for m in mentions:
        cut = m.end - PERSON_TOKENS
        if (m.trigger_label or m.label) == "PER" or m.gazetteer or cut - m.start < 1 \
                or visible(doc[m.end - 1].text) not in surnames \
                or not all(t.is_title and t.is_alpha for t in doc[cut:m.end]):
            out.append(m)
            continue
        trig, _ = head_trigger(doc[m.start - 1], lex) if m.start > 0 else (None, False)
        label = trig.label if trig is not None and not trig.part_of_name else m.label
        out.append(Mention(m.start, cut, label, trigger_label=label if trig else None))
        out.append(Mention(cut, m.end, "PER", trigger_label="PER"))
    return out
