"""Which seat does a bare office description stand for? "«…», a commenté l'Élysée. «…», a
ajouté la présidence": the presidency is the Élysée the article named before
(`quotes_seat_descriptions.tsv`), written as the article last wrote it."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsextract.nlp.participants.lexicon import DEFINITE_DETERMINERS
from newsextract.nlp.segment import article_text
from newsextract.resources import read_tsv


@lru_cache(maxsize=1)
def _seat_patterns() -> dict[str, re.Pattern[str]]:
    """Description noun -> a pattern matching any of its seats' names as whole words."""
    out = {}
    for row in read_tsv("quotes_seat_descriptions.tsv"):
        if len(row) > 1:
            names = sorted(row[1].split("|"), key=len, reverse=True)
            out[row[0].lower()] = re.compile(
                r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")
    return out


def seat_described(doc: Doc, tokens: list[Token]) -> str | None:
    """The seat a bare definite description ("la présidence") stands for: the last of its
    seat names written before it in `doc`, or None (another noun, a longer phrase, or no
    seat named before). The text is read only for such a description (`Doc.text` rebuilds
    the string)."""
    if len(tokens) != 2 or tokens[0].lower_ not in DEFINITE_DETERMINERS:
        return None
    pattern = _seat_patterns().get(tokens[1].lower_)
    if pattern is None:
        return None
    found = list(pattern.finditer(article_text(doc), 0, tokens[0].idx))
    return found[-1].group(0) if found else None
