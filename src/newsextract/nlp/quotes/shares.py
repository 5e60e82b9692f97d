"""Which group does a share of people name? "62 % des sondés estiment que …".

Polls report opinions through a share of a population as the subject of an opinion verb
("la majorité des habitants jugent", "deux tiers des salariés pensent"): the speaker is
that share of that population, whatever the people noun ("sondés" is in no lexicon of
persons: a share that estimates is people). A bare share ("56 % estiment", "60 % d'entre
eux disent") answers the population of the last share named a few sentences before it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from newsextract.nlp.grammar_words import PREPOSITION_DE, grammar_words
from newsextract.nlp.participants.mentions import noun_phrase_end, np_text
from newsextract.nlp.quotes.lexicon import word_set

# How far back (tokens) a bare share looks for the population of an earlier share: a
# poll's figures follow one another within a few sentences.
SHARE_REACH_TOKENS = 120

_OF = grammar_words(PREPOSITION_DE)


@dataclass(frozen=True)
class Share:
    start: int  # first token of the share (after its article)
    end: int  # end (exclusive) of the phrase: the people noun's phrase, or the share word
    people: str | None  # the population's noun phrase ("Français"), None for a bare share


def _share_word_end(doc: Doc, i: int, end: int) -> int | None:
    """End of a share word at token `i` ("%", "majorité", "pour cent"), or None."""
    words = word_set("quotes_share_nouns.txt")
    if doc[i].lower_ in words:
        return i + 1
    if i + 1 < end and f"{doc[i].lower_} {doc[i + 1].lower_}" in words:
        return i + 2
    return None


def share_at(doc: Doc, start: int, end: int) -> Share | None:
    """The share of people a noun phrase in tokens [start, end) opens with, or None:
    (article) (number) share word (de + people noun phrase | d'entre eux | nothing)."""
    i = start
    while i < end and doc[i].pos_ == "DET":
        i += 1
    first = i
    while i < end and (doc[i].pos_ == "NUM" or doc[i].like_num
                       or (doc[i].is_space and i > first)):
        i += 1  # "71\u00a0%": French sets a no-break space between figure and sign
    if i >= end:
        return None
    word_end = _share_word_end(doc, i, end)
    if word_end is None or (doc[i].text == "%" and i == first):
        return None
    of = word_end
    while of < end and doc[of].pos_ == "ADV":
        of += 1  # "3 % seulement des sondés"
    if of + 1 < end and doc[of].lower_ in _OF and doc[of + 1].lower_ != "entre" \
            and doc[of + 1].pos_ in ("NOUN", "PROPN", "DET"):
        people_start = of + 1
        people_end = max(people_start + 1, noun_phrase_end(doc, people_start, end))
        people = np_text(list(doc[people_start:people_end]))
        return Share(first, people_end, people or None)
    if i == first and not (of + 1 < end and doc[of + 1].lower_ == "entre"):
        return None  # "la majorité présidentielle": no figure, no population, no share
    return Share(first, word_end, None)


def share_speaker_name(doc: Doc, share: Share,
                       among: tuple[int, int] | None = None) -> str:
    """The speaker's name for a share: the phrase itself ("62 % des sondés"); for a bare
    share, the population of the last share with one before it (`SHARE_REACH_TOKENS`)
    ("sondés"); for "N % d'entre eux", the group `among` (characters of the last group of
    people named); else the bare share ("56 %")."""
    if share.people is not None:
        return doc[share.start:share.end].text
    for j in range(share.start - 1, max(share.start - SHARE_REACH_TOKENS, 0) - 1, -1):
        earlier = share_at(doc, j, min(len(doc), j + SHARE_REACH_TOKENS))
        if earlier is not None and earlier.people is not None \
                and doc[earlier.end - 1].morph.get("Number") != ["Sing"]:
            return earlier.people  # people are plural: not "(34 % d'adhésion)"
    bare = doc[share.start:share.end].text
    if among is None or share.end + 1 >= len(doc) or doc[share.end + 1].lower_ != "entre":
        return bare
    return _group_name(doc, among) or bare


def _group_name(doc: Doc, among: tuple[int, int]) -> str | None:
    """The noun phrase of a group mention ("riverains du port"), without what a loose
    mention runs on to; a lowercase "name" is a tagging slip ("puisque" read as PROPN)."""
    mention = doc.char_span(among[0], among[1], alignment_mode="expand")
    if mention is None:
        return None
    tokens = list(doc[mention.start:noun_phrase_end(doc, mention.start, mention.end)])
    cut = next((k for k, t in enumerate(tokens) if t.pos_ == "PROPN" and t.text[:1].islower()),
               len(tokens))
    return np_text(tokens[:cut]) or None


def _is_fraction_of_people(doc: Doc, subject) -> bool:
    """ "sept électeurs sur dix": a figure, a people noun, "sur" and a figure."""
    tokens = [t for t in subject.subtree if not t.is_punct]  # "VIDÉO - Sept …": the dash
    return len(tokens) >= 4 and (tokens[0].like_num or tokens[0].pos_ == "NUM") \
        and any(t.lower_ == "sur" and t.i + 1 < len(doc)
                and (doc[t.i + 1].like_num or doc[t.i + 1].pos_ == "NUM") for t in tokens[1:])


def opinion_of_share(doc: Doc, start: int, end: int) -> bool:
    """Tokens [start, end) hold a clause whose subject is a share of a population ("40 %
    des électeurs pensent que …", "sept électeurs sur dix jugent que …"): a poll's finding,
    which the poll reports (a selon record over it), not people speaking."""
    for tok in doc[start:end]:
        if not tok.dep_.startswith("nsubj") or tok.head.pos_ not in ("VERB", "ADJ", "AUX") \
                or not any(c.dep_ == "ccomp" for c in tok.head.children):
            continue  # a share that thinks something ("qui compte la majorité des …": no)
        # the subtree may open on a comma or a dash attached to the share
        left = next(t.i for t in tok.subtree if not t.is_punct)
        if share_at(doc, left, tok.right_edge.i + 1) is not None \
                or _is_fraction_of_people(doc, tok):
            return True
    return False
