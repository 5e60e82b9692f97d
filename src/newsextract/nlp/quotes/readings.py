"""Who wrote the words an impersonal "on" reads in a document?

"«…», peut-on lire dans le communiqué de la préfecture", "lit-on dans une note publiée
mardi par le syndicat": the words are the document's, so its author speaks: the
de-complement of the document noun or the agent of a participle after it, when it can
speak. With no author named there ("peut-on lire dans le communiqué"), the document noun
itself is the subject when the article names its issuer at an earlier mention ("La
préfecture a publié un communiqué", `documents`), which the speaker resolution reads;
otherwise nobody named wrote it.
Banners read with "sur" are `banners`' (their carriers speak).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsextract.nlp.quotes.documents import document_author, is_document, speaking_author_after

# Tokens after "-on" (an infinitive, adverbs) before the preposition of the place the
# words were read or heard in ("peut-on lire dans", "pouvait-on encore entendre parmi").
ON_PLACE_LEAD = 3
# Tokens after the preposition searched for the document noun ("dans le tout dernier
# communiqué").
DOCUMENT_REACH = 4
# Prepositions placing the words inside a document.
IN_DOCUMENT = frozenset({"dans"})


def past_on_lead(doc: Doc, k: int, limit: int) -> int:
    """Token index past the infinitive and adverbs that follow "-on" from token `k` ("peut-on
    encore lire | dans"), where the place the words were read or heard in may start."""
    j = k
    while j < limit and j < k + ON_PLACE_LEAD and (
            doc[j].pos_ == "ADV" or doc[j].morph.get("VerbForm") == ["Inf"]):
        j += 1
    return j


def document_read_in(doc: Doc, k: int, limit: int) -> tuple[int, int] | None:
    """Token range of who wrote the words read in a document after token `k` (the token
    after "-on"), within [k, limit): its author when named, else the document noun; None
    when no document follows."""
    j = past_on_lead(doc, k, limit)
    if j >= limit or doc[j].lower_ not in IN_DOCUMENT:
        return None
    noun = next((n for n in range(j + 1, min(limit, j + 1 + DOCUMENT_REACH))
                 if doc[n].pos_ in ("NOUN", "PROPN")), None)
    if noun is None or not is_document(doc[noun]):
        return None
    if (author := speaking_author_after(doc, noun, limit)) is not None:
        return author
    # no author there: the document, when an earlier mention names who issued it (else
    # nobody: "peut-on lire dans le communiqué" alone names no one)
    return (noun, noun + 1) if document_author(doc, doc[noun]) is not None else None
