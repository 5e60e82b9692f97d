"""A person introduced right before a quote with no cue: "C'est le cas de Léa, 25 ans. «…»".

Round-ups of voices bring each person in with a name and an apposition (an age, a trade,
a relative clause) in a clause whose subject is someone else or no one ("comme Paul,
retraité, de Vannes :", "Une discussion s'engage avec Anne, qui …", "parmi eux, Marc, 40
ans, électricien."), then let the quote follow with no cue. The person just introduced,
not the clause's subject (a group, "c'") nor the previous speaker, holds those words.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsextract.nlp.participants.lexicon import names_person
from newsextract.nlp.participants.lookup import resolve
from newsextract.nlp.quotes.lexicon import pronoun_roles
from newsextract.nlp.quotes.mentions import entities_in


def introduced_person(doc: Doc, first: int, last: int,
                      in_quote: Callable[[int], bool]) -> tuple[int, int] | None:
    """Token range of the last person named in tokens [first, last) when this is the
    article's first mention of that person and an apposition follows the name (a comma
    right after it), outside quotation marks; else None."""
    for ent in reversed(entities_in(doc, first, last)):
        if ent.label_ != "PER" or in_quote(ent.start_char):
            continue
        if ent.end >= last or doc[ent.end].text != ",":
            return None  # the last person named comes with no apposition: no introduction
        return (ent.start, ent.end) if _first_mention(doc, ent.start_char, ent.end_char) \
            else None
    return None


def _first_mention(doc: Doc, start_char: int, end_char: int) -> bool:
    """No earlier mention of the participant named at [start_char, end_char)."""
    p = resolve(doc, start_char, end_char)
    return p is None or min(start for start, _, _ in p["mentions"]) >= start_char


def names_someone(doc: Doc, subject: tuple[int, int] | None) -> bool:
    """The subject found is a person: a name, or a pronoun that refers back to one
    ("il", "elle"), or a description of one person; a group or "c'" leaves room for a
    person introduced in the same clause."""
    if subject is None:
        return False
    first = doc[subject[0]]
    if first.pos_ == "PRON":
        # an impersonal "il faut" refers to no one
        return not first.dep_.startswith("expl") \
            and pronoun_roles().get(first.lower_.lstrip("-")) == "resolve" \
            and first.morph.get("Number") != ["Plur"]
    if any(e.label_ == "PER" for e in entities_in(doc, *subject)):
        return True
    # "Ce résident d'Argenteuil est venu avec Paul, 60 ans, …": one person already
    head = next((t for t in doc[subject[0]:subject[1]] if t.pos_ == "NOUN"), None)
    return head is not None and head.morph.get("Number") != ["Plur"] \
        and names_person(head.text, head.lemma_)
