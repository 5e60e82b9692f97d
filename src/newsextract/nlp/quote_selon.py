"""Which side of a "selon X" phrase its statement lies on, when the phrase sits in the
middle of a sentence.

Two patterns put the statement before the phrase even though words follow it:

- a figure right before "selon" ("quelque 8000 personnes mobilisées selon la police,
  contre 3500 …", "qui avaient réuni 282.000 personnes selon le ministère"): the
  statement is the figure and the few words that count it;
- what follows only describes the source or contrasts with the figure, with no verb of
  its own: an apposition ("selon X, économiste au CNRS"), a relative clause ("selon X,
  dont le «seul rôle est…»"), or "contre 2000 la semaine précédente".
"""

from __future__ import annotations

from spacy.tokens import Doc

# Words (nouns, adjectives, participles) allowed between a figure and "selon".
MAX_FIGURE_WORDS = 3


def figure_before(doc: Doc, selon: int) -> int | None:
    """Token index of the number that starts a figure ending right before the selon cue at
    token `selon` ("8000 personnes mobilisées selon"), or None."""
    j = selon - 1
    words = 0
    while j >= 0 and not doc[j].like_num:
        tok = doc[j]
        if words >= MAX_FIGURE_WORDS or tok.is_punct or tok.pos_ not in ("NOUN", "ADJ", "VERB") \
                or (tok.pos_ == "VERB" and tok.morph.get("VerbForm") != ["Part"]):
            return None
        words += 1
        j -= 1
    if j < 0:
        return None
    while j > 0 and doc[j - 1].like_num:
        j -= 1  # "282 000" split in two tokens
    return j


def describes_source(doc: Doc, start: int, end: int) -> bool:
    """The words after a mid-sentence selon phrase, tokens [start, end), describe its
    source or contrast with a figure (no verb, or a relative clause), so that they are
    no statement of their own."""
    if start >= end:
        return False
    if doc[start].morph.get("PronType") == ["Rel"]:
        return True
    return not any(t.pos_ in ("VERB", "AUX") for t in doc[start:end])
