"""Canonical names of entity mentions: pure functions on words, no spaCy.

Rules (docs/entities.md):
- a person mention takes the fullest name of the same person in the article: its words are
  the final words of a longer person mention ("Ollivier" -> "Jean-Marc Ollivier"), or the first
  word when it is a first name alone ("Emmanuel" -> "Emmanuel Macron");
- a regnal name ("Henri VII": given name + ordinal) and a civil noble name with the same given
  name ("Henri de Vendôme") are one person when the article has exactly one of each: the
  canonical name is the civil one (naming.py decides; a regnal name keeps its ordinal);
- an acronym and its expansion written next to it ("Fonds monétaire
  international (FMI)", also spelled with a function word or a syllable: "Debout la France
  (DLF)", "Agence nationale de gestion du microcrédit (Angem)") share the expansion as
  canonical name;
- an organisation or place mention that is the start of a longer mention of the same label
  which only adds lowercase qualifiers ("ministère du Logement" / "ministère du Logement
  belge") takes the longer name;
- otherwise the canonical name is the mention as written.
The `entity_key` is the canonical name with case and accents folded, for joins across
articles.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

_APOSTROPHES = re.compile(r"[’‘`´]")
_SPACES = re.compile(r"\s+")
# Characters that print as nothing but sit inside words: soft hyphens left by print layout
# ("Bor\u00addeaux"), zero-width spaces and joiners, word joiners, byte-order marks.
INVISIBLE_CHARACTERS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = re.compile(f"[{INVISIBLE_CHARACTERS}]")


def visible(text: str) -> str:
    """`text` without its invisible characters ("Mont\u00adpellier" -> "Montpellier")."""
    return _INVISIBLE.sub("", text)


@lru_cache(maxsize=100_000)  # called for every word of every name pair: names repeat
def entity_key(name: str) -> str:
    """`name` lower-cased, without accents, with one kind of apostrophe and single spaces."""
    text = unicodedata.normalize("NFKD", visible(name))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _APOSTROPHES.sub("'", text).lower()
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=16)
def folded(words: frozenset[str]) -> frozenset[str]:
    """The `entity_key`s of `words` ("ça" -> "ca"): a capital often loses its accent
    ("Ca", "A Lyon"), and no name is written like a French function word."""
    return frozenset(entity_key(w) for w in words)


def initials(words: Sequence[str], skip: frozenset[str]) -> str:
    """First letters of the content words ("Fonds monétaire international" -> "fmi");
    hyphenated words give one letter per part ("France-Presse" -> "fp")."""
    letters = []
    for word in words:
        if entity_key(word) in skip:
            continue
        for part in word.split("-"):
            if part and part[0].isalnum():
                letters.append(entity_key(part[0]))  # "État" gives "e", as in "EI"
    return "".join(letters)


def acronym_letters(word: str) -> str:
    """An acronym without the dots and ampersands written between its letters ("S.N.C.F."
    -> "SNCF", "R&D" -> "RD")."""
    return word.replace(".", "").replace("&", "")


def is_acronym(word: str) -> bool:
    """An all-capitals word of 2-8 letters ("FMI", "BRB"), or a capitalised one that is
    written like an acronym in the press ("Ccas"): only checked against an expansion."""
    letters = acronym_letters(word)
    if not (2 <= len(letters) <= 8 and letters.isalpha()):
        return False
    return letters.isupper() or (letters[0].isupper() and len(letters) <= 5)


# Letters an acronym may take from the start of one word of its expansion: "Agence
# nationale de gestion du microcrédit" spells "Angem" with two letters of "gestion".
MAX_ACRONYM_LETTERS_PER_WORD = 3


def acronym_matches(acronym: str, expansion: Sequence[str], skip: frozenset[str],
                    loose: bool = False) -> bool:
    """The acronym is the initials of the expansion's content words; `loose`: or it
    `spells` the expansion."""
    letters = entity_key(acronym_letters(acronym))
    if initials(expansion, skip) == letters:
        return True
    parts = tuple(entity_key(p) for w in expansion for p in w.split("-") if p)
    return loose and spells(letters, parts, skip)


def spells(letters: str, words: tuple[str, ...], skip: frozenset[str]) -> bool:
    """The acronym's letters are, in order, the first letters (one to
    MAX_ACRONYM_LETTERS_PER_WORD) of every content word of the expansion and of some of
    its function words: "Debout la France" -> "dlf", "Journal du dimanche" -> "jdd",
    "Agence nationale de gestion de microcrédits" -> "angem"."""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if word in skip and spells(letters, rest, skip):
        return True
    return any(word[:n].isalnum() and letters.startswith(word[:n])
               and spells(letters[n:], rest, skip)
               for n in range(1, min(MAX_ACRONYM_LETTERS_PER_WORD, len(word)) + 1))


def is_initial_of(abbreviation: str, word: str) -> bool:
    """"j." (or "j") is the initial of "jean"; keys are lowercase."""
    letter = abbreviation.rstrip(".")
    return len(letter) == 1 and letter.isalpha() and len(word) > 1 and word[0] == letter


def regnal_name(words: Sequence[str], numerals: frozenset[str],
                particles: frozenset[str]) -> tuple[str, str] | None:
    """(given name, ordinal) keys of a regnal name: "Louis XIV", "Albert Ier", also with its
    realm ("Carlos IV d'Espagne"); None for any other name."""
    if len(words) < 2 or not words[0][:1].isupper() or words[1] not in numerals:
        return None
    if len(words) > 2 and entity_key(words[2]) not in particles:
        return None
    return entity_key(words[0]), entity_key(words[1])


def civil_noble_name(words: Sequence[str], numerals: frozenset[str],
                     particles: frozenset[str]) -> str | None:
    """The given-name key of a civil noble name, "Jean de Vendôme", "Marc d'Anjou": a given
    name, a nobiliary particle and a capitalised house, no ordinal; None otherwise."""
    if len(words) < 3 or not words[0][:1].isupper() or entity_key(words[1]) not in particles \
            or not words[2][:1].isupper() or any(w in numerals for w in words):
        return None
    return entity_key(words[0])


def fitting_persons(words: Sequence[str], names: Sequence[Sequence[str]],
                    numerals: frozenset[str] = frozenset()) -> list[int]:
    """Indices in `names` of the longest person names that `words` abbreviates.

    `words` abbreviates a longer name when they are its last words (surname, "Ollivier"),
    for one word, its first word (first name alone), or its words with a first name
    written as an initial ("J. Ollivier" for "Jean Ollivier"). An ordinal (`numerals`) is
    no initial: "Paul I" and "Paul II" are two persons.
    """
    key = [entity_key(w) for w in words]
    ordinals = [w in numerals for w in words]
    best: list[int] = []
    best_len = len(words)
    for i, name in enumerate(names):
        other = [entity_key(w) for w in name]
        if len(other) < len(key):
            continue
        tail = other[-len(key):]
        spelled_out = tail != key and all(k == o or is_initial_of(k, o) and not ordinal
                                          for k, o, ordinal in zip(key, tail, ordinals))
        if len(other) == len(key) and not spelled_out:
            continue
        fits = tail == key or spelled_out or (len(key) == 1 and other[0] == key[0])
        if not fits:
            continue
        if len(other) > best_len:
            best, best_len = [i], len(other)
        elif len(other) == best_len:
            best.append(i)
    return best


def distinct_names(indices: Sequence[int], names: Sequence[Sequence[str]]) -> list[int]:
    """One index per different name among `indices` (the first mention of each)."""
    seen: dict[tuple[str, ...], int] = {}
    for i in indices:
        seen.setdefault(tuple(entity_key(w) for w in names[i]), i)
    return list(seen.values())


def fuller_person(words: Sequence[str], names: Sequence[Sequence[str]]) -> int | None:
    """Index in `names` of the fullest person name `words` abbreviates, or None.

    When several longer names fit, the longest wins; a tie between different names is
    ambiguous and gives None (see naming.py for how the article settles it).
    """
    best = distinct_names(fitting_persons(words, names), names)
    return best[0] if len(best) == 1 else None
