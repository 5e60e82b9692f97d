"""Where does a glued sentence start? Set before the parser, which keeps such boundaries.

A subhead or a sentence that lost its line break stays glued to the previous word:
"une maison sordideL'adolescente a dit…", "les négociationsLe ministre…". The tokenizer cuts
them (`entities.tokenization`), but the parser then reads "sordide L'adolescente" as one
noun phrase and the two sentences as one: the quote layer took "sordideL'adolescente" as a
speaker. A token glued to a word that ends in a lowercase letter and starting with a capital
is a sentence start: the tokenizer only cuts such runs at a capitalised function word or an
elided article, never inside a camel-case name ("PlayStation" stays one token).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

# Letters at the end of the previous word: one letter ("MisterA") is too often a name.
MIN_LETTERS_BEFORE = 2


def is_glued_start(doc: Doc, i: int) -> bool:
    """Token i starts a sentence glued to the word before it (module docstring)."""
    if i == 0:
        return False
    before, token = doc[i - 1], doc[i]
    tail = before.text[-MIN_LETTERS_BEFORE:]
    return (not before.whitespace_ and len(tail) == MIN_LETTERS_BEFORE and tail.isalpha()
            and tail.islower() and token.text[:1].isupper() and token.text[:1].isalpha())


class GluedSentenceStarts:
    def __call__(self, doc: Doc) -> Doc:
        for i in range(1, len(doc)):
            if is_glued_start(doc, i):
                doc[i].is_sent_start = True
        return doc


@Language.factory("newsextract_glued_starts")
def make_glued_starts(nlp: Language, name: str) -> GluedSentenceStarts:
    return GluedSentenceStarts()
