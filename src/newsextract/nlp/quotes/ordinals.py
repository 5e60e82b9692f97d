"""Which of two people an ordinal pronoun names: "Paul X et Anne Y ont parlé. Le premier a
dénoncé «…». La seconde a salué «…»".

"Le premier" / "la seconde" used bare as a subject is the first or the second of the last
two people named by the latest sentence naming two or more, in text order; a feminine form
("la première", "la seconde") takes a woman the registry knows before one of unknown
gender (a sentence in between may name the first speaker and the man he addressed).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from newsextract.nlp.grammar_words import DEFINITE_ARTICLE, grammar_words
from newsextract.nlp.participants.lookup import participants
from newsextract.nlp.quotes.speaker_context import Speaker
from newsextract.nlp.segment import segmentation
from newsextract.resources import read_tsv

# How far back (characters) the two people may have been named: a paragraph or two, as the
# members of a pair are usually described one after the other.
ORDINAL_REACH_CHARS = 1500
# The people of a pair an ordinal picks from.
PAIR_SIZE = 2


@cache
def _ordinals() -> dict[str, tuple[int, str | None]]:
    return {row[0].lower(): (int(row[1]), None if row[2] == "-" else row[2])
            for row in read_tsv("quotes_ordinal_members.tsv")}


def ordinal_member(doc: Doc, start: int, end: int) -> Speaker | None:
    """The person tokens [start, end) ("Le premier", "la seconde") name, or None when they
    are no bare ordinal or no sentence before names a fitting pair."""
    after = doc[start + 2] if start + 2 < end else None
    if end - start < 2 or doc[start].lower_ not in grammar_words(DEFINITE_ARTICLE) \
            or doc[start + 1].lower_ not in _ordinals() \
            or (after is not None and not after.is_punct and after.pos_ not in ("AUX", "VERB")):
        return None  # not bare: "le premier ministre", "la seconde manifestation"
    words = [doc[start], doc[start + 1]]
    rank, gender = _ordinals()[words[1].lower_]
    char = words[0].idx
    qt = segmentation(doc)
    named: dict[tuple[int, int], list[tuple[int, dict]]] = {}
    for p in participants(doc):
        if p["kind"] != "PER":
            continue
        for m_start, _end, kind in p["mentions"]:
            if kind == "name" and char - ORDINAL_REACH_CHARS <= m_start < char \
                    and not qt.in_quote(m_start):
                named.setdefault(qt.sentence(m_start), []).append((m_start, p))
    # the last two people a sentence names: "après le discours de X, deux noms: Y et Z"
    pairs = [people[-PAIR_SIZE:] for people in (_people(named[s])
                                                 for s in sorted(named, reverse=True))
             if len(people) >= PAIR_SIZE]
    # a feminine form: a woman the registry knows first, else one of unknown gender
    for accepted in ((gender,), (gender, None)) if gender is not None else ((None,),):
        for pair in pairs:
            member = pair[rank - 1]
            if gender is None or member.get("gender") in accepted:
                return Speaker(member["name"], "PER", char, words[-1].idx + len(words[-1]))
    return None


def _people(mentions: list[tuple[int, dict]]) -> list[dict]:
    """The distinct participants of one sentence's name mentions, in text order."""
    people: list[dict] = []
    for _start, p in sorted(mentions, key=lambda item: item[0]):
        if all(p["participant_id"] != q["participant_id"] for q in people):
            people.append(p)
    return people
