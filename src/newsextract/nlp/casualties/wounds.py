"""Is a counted word an injury that stands for an injured person ("quatre mains arrachées",
"152 blessures à la tête")? The wounds and what must follow each are
casualties_wounds.tsv's; CASUALTIES.md counts such a tally as injured."""

from __future__ import annotations

import re
from functools import lru_cache

from newsextract.nlp.casualties.lexicon import WS
from newsextract.nlp.number_words import words_alternation
from newsextract.resources import read_lines, read_tsv

INJURED = "injured"
_BODY_PART = "{body_part}"
_BODY_COMPLEMENT = "{body_complement}"
_SPACE = "{WS}"
_NOTHING = "{nothing}"


def _pattern(noun: str, follow: str, complement: str) -> str:
    if follow == _NOTHING:  # the noun names a body's injury by itself ("20 énucléations")
        return rf"(?:{noun})\b"
    follow = follow.replace(_BODY_COMPLEMENT, complement)
    # the follower is looked ahead: the match ends with the noun, as the figure's span does
    return rf"(?:{noun})(?={WS}+(?:{follow}))"


@lru_cache(maxsize=1)
def wound_patterns() -> tuple[str, ...]:
    """The wound patterns of casualties_wounds.tsv, placeholders filled in."""
    body_part = words_alternation(read_lines("casualties_body_parts.txt"))
    complement = "".join(read_lines("casualties_wound_complement.txt")) \
        .replace(_SPACE, WS).replace(_BODY_PART, body_part)
    return tuple(_pattern(noun, follow.replace(_BODY_PART, body_part), complement)
                 for noun, follow in read_tsv("casualties_wounds.tsv"))


@lru_cache(maxsize=1)
def _wounds() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in wound_patterns())


def wound_noun_end(text: str, start: int, end: int) -> int | None:
    """Where the wound noun starting at `start` ends, when the words after it make it a
    counted injury within text[:end]; else None."""
    for wound in _wounds():
        m = wound.match(text, start, end)
        if m is not None:
            return m.end()
    return None
