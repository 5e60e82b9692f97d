"""Is what a selon phrase attests a figure? The number (and the few words it counts) right
before the cue ("5000 personnes mobilisées selon X"), set off by a selon incise at the head
of its clause ("300 personnes, selon X, ont défilé") or the predicate of "être" ("ils étaient
900, selon X"): the figure alone is the statement.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsextract.nlp.grammar_words import BARE_DE, RANGE_WORD, grammar_words

# Words (nouns, adjectives, participles) allowed between a figure and "selon".
MAX_FIGURE_WORDS = 3


def figure_before(doc: Doc, selon: int) -> int | None:
    """Token index of the number that starts a figure ending right before the selon cue at
    token `selon` ("5000 personnes mobilisées selon"), or None."""
    j = selon - 1
    words = 0
    while j >= 0 and not is_figure(doc[j]):
        tok = doc[j]
        if words >= MAX_FIGURE_WORDS or tok.is_punct or tok.pos_ not in ("NOUN", "ADJ", "VERB") \
                or (tok.pos_ == "VERB" and tok.morph.get("VerbForm") != ["Part"]):
            return None
        words += 1
        j -= 1
    if j < 0:
        return None
    return figure_start(doc, j)




def figure_start(doc: Doc, j: int) -> int:
    """First token of the figure ending at token j: "150 000" split in two tokens, or three
    with a (thin, no-break) space token between; a range "300 à 400" / "300 et 400"."""
    while True:
        if j > 0 and is_figure(doc[j - 1]):
            j -= 1
        elif j > 1 and (doc[j - 1].is_space or doc[j - 1].lower_ in grammar_words(RANGE_WORD)) \
                and is_figure(doc[j - 2]):
            j -= 2
        else:
            return j


def figure_before_incise(doc: Doc, selon: int, phrase_end: int, s_first: int) -> int | None:
    """Token index of a figure that heads its clause and is set off by a selon incise
    ("A Lyon 300 personnes, selon la police, ont défilé", "1 500, selon X, 2 000, selon
    Y, ont …"): the figure alone is the statement. Not after a finite verb of the sentence
    (from token `s_first`: "la marche a réuni 300 personnes, selon X, contre …" and "il
    s'agit de deux hommes de 30 ans, selon X, qui …" give the whole clause), nor when the
    selon phrase closes the sentence or a relative clause follows it."""
    if selon < 2 or doc[selon - 1].text != "," or phrase_end + 1 >= len(doc) \
            or doc[phrase_end].text != "," \
            or doc[phrase_end + 1].morph.get("PronType") == ["Rel"]:
        return None
    figure = figure_before(doc, selon - 1)
    if figure is None or any(t.pos_ == "AUX" or t.morph.get("VerbForm") == ["Fin"]
                             for t in doc[s_first:figure]):
        return None
    return figure


# Words allowed between "être" and the figure it introduces ("ils étaient plus de 900",
# "ils sont environ 900"): an adverb of approximation, with its "de".
MAX_APPROXIMATION_WORDS = 2


def predicate_figure_before(doc: Doc, selon: int) -> int | None:
    """ "Ils étaient 900, selon X": a figure that is the predicate of "être" and ends right
    before the comma of the selon phrase says only the count, which is what the source
    attests (QUOTES.md: "N selon X" on a figure -> the figure). Token index of the figure's
    first token, or None (a transitive "a réuni 900 personnes, selon X" keeps the clause)."""
    if selon < 3 or doc[selon - 1].text != ",":
        return None
    figure = figure_before(doc, selon - 1)
    if figure is None:
        return None
    j = figure - 1
    while j >= 0 and figure - 1 - j < MAX_APPROXIMATION_WORDS \
            and (doc[j].pos_ == "ADV" or doc[j].lower_ in grammar_words(BARE_DE)):
        j -= 1
    return figure if j >= 0 and doc[j].lemma_ == "être" and doc[j].pos_ in ("AUX", "VERB") \
        and doc[j].morph.get("VerbForm") == ["Fin"] else None


# A figure with apostrophes as thousands separators ("84'000"), which `like_num` misses.
SEPARATED_FIGURE = re.compile(r"\d{1,3}(?:['’]\d{3})+")


def is_figure(tok) -> bool:
    return tok.like_num or SEPARATED_FIGURE.fullmatch(tok.text) is not None
