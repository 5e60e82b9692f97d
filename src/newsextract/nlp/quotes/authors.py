"""Whom does the description of someone's words' author name?

"«…», a regretté Yanis, rappelant les mots du maire de Lille : «…»": the author of the
recalled words is someone the clause's speaker speaks of, so the description does not
refer back to whoever was named or spoke last. It names the participant the article
presented with that function ("Le maire de Lille, Martin X, …"), else it stays an
unnamed source ("maire de Lille").
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsextract.nlp.participants.coreference import content_words
from newsextract.nlp.participants.descriptions import compound, head_noun
from newsextract.nlp.participants.lookup import participants
from newsextract.nlp.participants.mentions import mention_gender


def same_function(phrase: frozenset[str], description: str) -> bool:
    """One of the two descriptions says all the other says: "le maire" and "maire de
    Lille", "le président de la République" and "président"; not "maire de Lille" and
    "maire de Douai"."""
    words = content_words(description)
    return phrase <= words or words <= phrase


def presented_author(doc: Doc, start: int, end: int) -> dict | None:
    """The one named participant (PER or ORG) whose own descriptions share the head noun
    of the description in tokens [start, end) and say the same function, of a compatible
    gender; None when there is none or more than one."""
    head = head_noun(doc[start:end])
    if head is None:
        return None
    low = compound(head)
    phrase = content_words(doc[start:end].text)
    gender = mention_gender(doc, start, end)
    found = [p for p in participants(doc)
             if p["kind"] in ("PER", "ORG") and low in p["heads"]
             and (gender is None or p.get("gender") in (None, gender))
             and any(same_function(phrase, d) for d in p["descriptions"])]
    return found[0] if len(found) == 1 else None
