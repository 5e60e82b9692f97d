"""Where were the words read? The document a locative "y" points back to.

"Des cahiers de doléances circulent. Ceux qui s'y expriment disent …: «…» «…»", "Le
collectif a publié une lettre. «…», peut-on y lire": the words are the document's (its
author's when the article names one, `documents.document_author`), the document the
clitic "y" stands for: the document noun mentioned last before it, outside quotation
marks, close before.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsextract.nlp.grammar_words import (
    DEMONSTRATIVE_PRONOUN,
    LOCATIVE_CLITIC,
    PREPOSITION_DE,
    grammar_words,
)
from newsextract.nlp.quotes.lexicon import is_document
from newsextract.nlp.segment import segmentation

# How far back (characters) "y" looks for its document: the sentence or two before.
THERE_REACH_CHARS = 400
# Tokens around an impersonal "on" where its verb's "y" may stand ("peut-on y lire", "on
# peut y lire", "y lit-on").
THERE_CUE_TOKENS = 3
IMPERSONAL_ON = "on"


def document_there(doc: Doc, clitic: Token) -> tuple[int, int] | None:
    """Token range of the document noun phrase mentioned last before the locative
    `clitic` ("des cahiers de doléances"), at most `THERE_REACH_CHARS` before, outside
    quotation marks; None when there is none."""
    qt = segmentation(doc)
    i = clitic.i - 1
    while i >= 0 and clitic.idx - doc[i].idx <= THERE_REACH_CHARS:
        tok = doc[i]
        if tok.pos_ == "NOUN" and is_document(tok) and not qt.in_quote(tok.idx):
            start = tok.i
            while start > 0 and doc[start - 1].pos_ in ("DET", "ADJ"):
                start -= 1
            end = tok.i + 1
            while end + 1 < len(doc) and doc[end].lower_ in grammar_words(PREPOSITION_DE) \
                    and doc[end + 1].pos_ == "NOUN":
                end += 2  # "cahiers de doléances"; not a date after the noun
            return start, end
        i -= 1
    return None


def read_there(doc: Doc, pronoun: Token) -> tuple[int, int] | None:
    """ "«…», peut-on y lire": an impersonal "on" cue whose verb has a locative "y"
    reads the document "y" stands for (token range), else None."""
    if pronoun.lower_.lstrip("-") != IMPERSONAL_ON:
        return None
    near = doc[max(0, pronoun.i - THERE_CUE_TOKENS):pronoun.i + THERE_CUE_TOKENS + 1]
    clitic = next((t for t in near if t.lower_ in grammar_words(LOCATIVE_CLITIC)), None)
    return document_there(doc, clitic) if clitic is not None else None


def writers_there(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """ "Celles et ceux qui s'y expriment disent …": a subject that is a demonstrative
    pronoun whose relative clause holds a locative "y" is the writers of the document "y"
    stands for: that document's token range, else None."""
    if doc[start].lower_ not in grammar_words(DEMONSTRATIVE_PRONOUN):
        return None
    clause = doc[start:max(end, doc[start].right_edge.i + 1)]  # the relative clause too
    clitic = next((t for t in clause if t.lower_ in grammar_words(LOCATIVE_CLITIC)), None)
    return document_there(doc, clitic) if clitic is not None else None


def writers_in(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    """The subject "ceux qui s'y expriment" anywhere in tokens [first, last) of a
    sentence (the parser may make the pronoun the root; "ceux", "celles", which stand
    for people, not the neuter "ce"): its token range when it stands
    for the writers of a document (`writers_there`), else None."""
    for tok in doc[first:last]:
        if tok.lower_ in grammar_words(DEMONSTRATIVE_PRONOUN) and tok.pos_ == "PRON" \
                and tok.morph.get("Gender") \
                and writers_there(doc, tok.i, tok.i + 1) is not None:
            return tok.i, min(last, tok.right_edge.i + 1)
    return None
