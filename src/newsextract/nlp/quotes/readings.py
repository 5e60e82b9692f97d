"""Who wrote the words an impersonal "on" reads in a document?

"«…», peut-on lire dans le communiqué de la préfecture", "lit-on dans une note publiée
mardi par le syndicat": the words are the document's, so its author speaks: the
de-complement of the document noun or the agent of a participle after it, when it can
speak. With no author named there ("peut-on lire dans le communiqué"), the document noun
itself is the subject, which the speaker resolution turns into the author the article
names at an earlier mention ("La préfecture a publié un communiqué", `documents`).
Banners read with "sur" are `banners`' (their carriers speak).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsextract.nlp.grammar_words import PREPOSITION_DE, grammar_words
from newsextract.nlp.participants.mentions import noun_phrase_end
from newsextract.nlp.quotes.documents import is_document
from newsextract.nlp.quotes.speakable import is_speaker_like

# Tokens after "-on" (an infinitive, adverbs) before the preposition of the document.
READ_PLACE_LEAD = 3
# Tokens after the preposition searched for the document noun ("dans le tout dernier
# communiqué").
DOCUMENT_REACH = 4
# Tokens after the document noun searched for its author ("un communiqué diffusé mardi
# soir par le syndicat").
AUTHOR_REACH = 8
# Prepositions placing the words inside a document.
IN_DOCUMENT = frozenset({"dans"})
# The word introducing the agent of a participle ("publié par").
AGENT_WORD = "par"


def document_read_in(doc: Doc, k: int, limit: int) -> tuple[int, int] | None:
    """Token range of who wrote the words read in a document after token `k` (the token
    after "-on"), within [k, limit): its author when named, else the document noun; None
    when no document follows."""
    j = k
    while j < limit and j < k + READ_PLACE_LEAD and (
            doc[j].pos_ == "ADV" or doc[j].morph.get("VerbForm") == ["Inf"]):
        j += 1
    if j >= limit or doc[j].lower_ not in IN_DOCUMENT:
        return None
    noun = next((n for n in range(j + 1, min(limit, j + 1 + DOCUMENT_REACH))
                 if doc[n].pos_ in ("NOUN", "PROPN")), None)
    if noun is None or not is_document(doc[noun]):
        return None
    return _author_after(doc, noun, limit) or (noun, noun + 1)


def _author_after(doc: Doc, noun: int, limit: int) -> tuple[int, int] | None:
    """ "le communiqué de la direction", "une note publiée mardi par le syndicat": the
    noun phrase of the de-complement right after the document noun, or of the agent of a
    participle within `AUTHOR_REACH`, when it can speak."""
    first = noun + 1
    if first < limit and doc[first].lower_ in grammar_words(PREPOSITION_DE):
        return _speaking_phrase(doc, first + 1, limit)
    for n in range(first, min(limit, first + AUTHOR_REACH)):
        tok = doc[n]
        if tok.is_punct:
            return None
        if tok.lower_ == AGENT_WORD and n > first \
                and any(t.morph.get("VerbForm") == ["Part"] for t in doc[first:n]):
            return _speaking_phrase(doc, n + 1, limit)
    return None


def _speaking_phrase(doc: Doc, start: int, limit: int) -> tuple[int, int] | None:
    end = noun_phrase_end(doc, start, limit)
    return (start, end) if end > start and is_speaker_like(doc, start, end) else None
