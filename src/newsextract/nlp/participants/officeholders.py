"""Who holds the office an unnamed description names? "«…», a assuré le président"
in an article that names the president without ever calling him so.

General knowledge, in two data files an analyst extends: which offices a description can
mean (`participants_office_descriptions.tsv`: "le président américain" the US presidency,
"le président" any presidency) and who held each office when
(`participants_office_holders.tsv`). An unnamed participant described exactly so is the
one person the article itself names who held one of those offices at the publication
date (in an undated article: the one person named who ever held one); never a person the
article does not name, never a choice among several. A generic description ("le
président") resolves only when no other participant is described with the same head for
another office ("le président du club", "la présidente de la région").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from fnmatch import fnmatchcase
from functools import cache

from newsextract.nlp.participants.lookup import role_stem
from newsextract.resources import read_tsv

# A pattern over office ids marks a generic description ("président" -> "president.*").
GENERIC_MARK = "*"


@dataclass(frozen=True)
class Tenure:
    office: str
    names: frozenset[str]  # folded (`fold`)
    start: str  # YYYY-MM-DD
    end: str | None  # None: still in office


def fold(text: str) -> str:
    """Lowercase, accents and typographic apostrophes away, spaces collapsed: "le chef de
    l’État" and "chef de l'Etat" are one description."""
    text = unicodedata.normalize("NFD", text.lower().replace("’", "'"))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


@cache
def office_patterns() -> dict[str, tuple[str, ...]]:
    """Folded description -> the office id patterns it can mean."""
    return {fold(row[0]): tuple(p.strip() for p in row[1].split(","))
            for row in read_tsv("participants_office_descriptions.tsv") if len(row) > 1}


@cache
def tenures() -> tuple[Tenure, ...]:
    return tuple(Tenure(row[0], frozenset(fold(n) for n in row[1].split("|")), row[2],
                        row[3] if len(row) > 3 and row[3] else None)
                 for row in read_tsv("participants_office_holders.tsv") if len(row) > 2)


def offices_described(description: str) -> tuple[str, ...]:
    """The office id patterns a description (without its article) can mean, or ()."""
    return office_patterns().get(fold(description), ())


def is_generic(patterns: tuple[str, ...]) -> bool:
    return any(GENERIC_MARK in p for p in patterns)


def held(names: list[str], patterns: tuple[str, ...], date: str | None) -> set[str]:
    """The offices matching `patterns` that a person known by `names` held at `date`
    (YYYY-MM-DD), or ever when the date is unknown."""
    folded = {fold(n) for n in names}
    return {t.office for t in tenures()
            if folded & t.names and any(fnmatchcase(t.office, p) for p in patterns)
            and (date is None or (t.start <= date and (t.end is None or date < t.end)))}


def article_date(pub_date: str | None) -> str | None:
    """The publication date as YYYY-MM-DD, or None when the article has none."""
    return pub_date[:10] if pub_date and len(pub_date) >= 10 else None


def other_office_described(descriptions: list[tuple[str, str | None]], head: str,
                           gender: str | None, offices: set[str]) -> bool:
    """Among the article's other `descriptions` ((text, gender) of participants), one with
    the same head noun (`role_stem`) and a compatible gender names an office other than
    `offices` ("le président du club" beside "le président"): a generic description may
    mean either."""
    stem = role_stem(head)
    for text, their_gender in descriptions:
        words = fold(text).split()
        if not words or role_stem(words[0]) != stem \
                or (gender and their_gender and gender != their_gender):
            continue
        patterns = offices_described(text)
        if not any(fnmatchcase(o, p) for o in offices for p in patterns):
            return True
    return False
