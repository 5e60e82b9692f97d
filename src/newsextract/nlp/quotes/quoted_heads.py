"""Is a quoted label the head of a noun phrase that names a person?

After a determiner, a short label in quotation marks is used as a common noun: "un «gilet
jaune»", "une “street medic” bretonne", "le «gilet jaune» de Nantes", "un autre «bonnet
rouge»". Such a phrase names a person (or a group) who may be the source of a quote
("«On tiendra», dit un «gilet jaune»"): the marks are part of the noun phrase, not the
start of another quote, and the speaker's name is the phrase without them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsextract.nlp.quotes.mentions import is_bare_hyphen
from newsextract.nlp.segment import load_marks

# A label used as a noun is a word or two ("gilet jaune", "street medic", "gilet-jaune"
# cut by the tokenizer); a longer quoted run after a determiner is someone's wording.
MAX_QUOTED_HEAD_TOKENS = 4

# Tags of the words a quoted label used as a noun is made of (the tagger reads foreign or
# invented labels as X or PROPN).
_LABEL_TAGS = ("NOUN", "PROPN", "ADJ", "X")

# Tags of the words between the determiner and the opening mark ("un autre «…»").
_LEAD_TAGS = ("DET", "ADJ", "NUM")


def is_mark(tok: Token) -> bool:
    marks = load_marks()
    return tok.text in marks.all_marks


def label_end(doc: Doc, mark: int, limit: int) -> int | None:
    """End (exclusive, after the closing mark) of a short nominal label opened at token
    `mark` right after a determiner or an adjective of its noun phrase, else None."""
    marks = load_marks()
    if mark == 0 or mark >= limit or doc[mark].text not in marks.may_open \
            or doc[mark - 1].pos_ not in _LEAD_TAGS:
        return None
    j = mark + 1
    while j < limit and j <= mark + MAX_QUOTED_HEAD_TOKENS and not is_mark(doc[j]):
        if doc[j].pos_ not in _LABEL_TAGS and not is_bare_hyphen(doc[j]):
            return None
        j += 1
    if j == mark + 1 or j >= limit or doc[j].text not in marks.may_close:
        return None
    return j + 1


def quoted_head_end(doc: Doc, start: int, limit: int) -> int | None:
    """End (exclusive) of the noun phrase at token `start` when it is a determiner, its
    adjectives and a quoted label, with the adjectives after the closing mark ("une
    «street medic» bretonne"); None for any other phrase."""
    if start >= limit or doc[start].pos_ != "DET":
        return None
    i = start
    while i < limit and doc[i].pos_ in _LEAD_TAGS:
        i += 1
    end = label_end(doc, i, limit)
    if end is None:
        return None
    while end < limit and doc[end].pos_ == "ADJ":
        end += 1
    return end


def label_head(doc: Doc, start: int, end: int) -> Token | None:
    """The first word inside the quotation marks of the phrase [start, end): the noun of
    the label ("blouse" in "une «blouse blanche»", which the tagger may read as an
    adjective)."""
    return next((t for t in doc[start:end] if t.i > start and is_mark(doc[t.i - 1])
                 and not is_mark(t)), None)


def without_marks(text: str) -> str:
    """A name written without the quotation marks of its label ("autre «gilet jaune»" ->
    "autre gilet jaune")."""
    marks = load_marks()
    drop = marks.all_marks
    return " ".join("".join(" " if c in drop else c for c in text).split())


def quoted_speaker_mentions(text: str, mentions: list[tuple[int | None, int | None]]
                            ) -> list[tuple[int, int]]:
    """The speaker mentions (start_char, end_char) that hold a quotation mark: a quoted
    piece inside one is the speaker's label ("déclare une «street medic»"), not a quote."""
    marks = load_marks()
    drop = marks.all_marks
    return [(s, e) for s, e in mentions
            if s is not None and e is not None and any(c in drop for c in text[s:e])]
