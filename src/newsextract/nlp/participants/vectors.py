"""Does an unknown noun look like a person noun? A back-off from the model's word vectors.

The lexicons (lexicon.py) are closed lists: "«…», déclare le cadet" or "le doyen des
députés a estimé que …" name a person by a noun no list holds. The model's word vectors
place person nouns near each other ("cadet" near "aîné", "frère", "fils"), so a noun's
nearest labelled neighbours tell how person-like it is.

Seed words are read from the existing lexicons (`participants_vector_seeds.tsv` names the
files and their label: person or other); every other frequent lowercase word of the
vector table is a weak "other" (most words name no person), except the words with an
agent ending (`lexicon.names_person`: "travailleur" may well be a person). The score is the
similarity-weighted share of person seeds among the `NEIGHBOURS` nearest labelled rows.
It is noisy ("école" and "lycée" sit near "élève"), so callers use it only where the
position already says "speaker" and only for nouns the lexicons do not know.

Without vectors (a model with none, or a word outside the table) the answer is None:
unknown. The index is built once per vocabulary (numpy, one matrix product per query).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from spacy.vocab import Vocab

from newsextract.nlp.participants.lexicon import names_person
from newsextract.resources import read_lines, read_sections, read_tsv

SEEDS = "participants_vector_seeds.tsv"
PERSON, OTHER = "person", "other"
# Labelled rows read for a query: enough to outvote one stray neighbour, few enough to stay
# in the query's sense (measured on labelled speaker heads, see docs/lexicons.md).
NEIGHBOURS = 20
# Weight of an unlabelled frequent word as an "other" neighbour: most words of the table
# name no person, but some do (the lexicons are incomplete), so they count for less.
BACKGROUND_WEIGHT = 0.1
# Shortest unlabelled word taken as background ("il", "des" are no nouns).
MIN_BACKGROUND_CHARS = 4
# Person-likeness from which a speaker position accepts an unknown head (chosen on
# labelled heads of corpus speaker positions: precision over recall).
PERSON_THRESHOLD = 0.75
# Vocabularies indexed at once (one model per process, a second one in tests).
MAX_VOCABS = 2
# Words scored and remembered per process.
MAX_CACHED_WORDS = 4096


@dataclass(frozen=True)
class SeedIndex:
    """Unit vectors of the labelled rows, their label (1.0 person) and weight."""

    rows: np.ndarray  # row numbers in the vector table
    matrix: np.ndarray  # (n, dims) unit vectors
    labels: np.ndarray  # 1.0 person, 0.0 other
    weights: np.ndarray


def _section(name: str, section: str) -> list[str]:
    """First column of a data file's lines; with `section`, the words before any section
    header and those of that section ("# [noun]", `resources.read_sections`)."""
    if not section:
        return [line.split("\t")[0] for line in read_lines(name)]
    sections = read_sections(name)
    return sorted(sections[""] | sections[section])


@lru_cache(maxsize=1)
def seed_words() -> dict[str, str]:
    """Lowercase single seed word -> label. A word in both kinds of list is "other": the
    speaker lists also hold quantities and bodies that speak ("centaine", "ministère"),
    which are no people."""
    seeds: dict[str, str] = {}
    for row in sorted(read_tsv(SEEDS), key=lambda r: r[1] == PERSON):
        for word in _section(row[0], row[2] if len(row) > 2 else ""):
            word = word.lower()
            if " " not in word:
                seeds.setdefault(word, row[1])
    return seeds


def _inflections(word: str) -> tuple[str, ...]:
    """The word and its regular plural and feminine forms ("élu": "élus", "élue",
    "élues"): forms of a seed are no background words."""
    if word.endswith(("s", "x", "z")):
        return (word,)
    return (word, word + "s") if word.endswith("e") else (word, word + "s", word + "e", word + "es")


def _row(vocab: Vocab, word: str) -> int | None:
    vectors = vocab.vectors
    if word not in vocab.strings:
        return None
    row = vectors.key2row.get(vocab.strings[word])
    return int(row) if row is not None and row >= 0 else None


def _row_words(vocab: Vocab) -> dict[int, str]:
    """Each row's own word (the first key mapped to it; rarer words share the row of a
    frequent neighbour)."""
    own: dict[int, str] = {}
    for key, row in vocab.vectors.key2row.items():
        if row not in own and key in vocab.strings:
            own[row] = vocab.strings[key]
    return own


@lru_cache(maxsize=MAX_VOCABS)
def seed_index(vocab: Vocab) -> SeedIndex | None:
    """The labelled rows of the vocabulary's vector table, or None without vectors."""
    vectors = vocab.vectors
    if vectors.shape[0] == 0 or not vectors.key2row:
        return None
    labels: dict[int, float] = {}
    for word, label in seed_words().items():
        for form in _inflections(word):
            row = _row(vocab, form)
            if row is not None and labels.get(row) != 1.0:  # a shared row: person wins
                labels[row] = 1.0 if label == PERSON else 0.0
    weights = {row: 1.0 for row in labels}
    for row, word in _row_words(vocab).items():
        if row not in labels and word.isalpha() and word.islower() \
                and len(word) >= MIN_BACKGROUND_CHARS and not names_person(word):
            labels[row], weights[row] = 0.0, BACKGROUND_WEIGHT
    rows = np.fromiter(labels, dtype=np.int64)
    data = np.asarray(vectors.data)[rows].astype(np.float32)
    data /= np.maximum(np.linalg.norm(data, axis=1, keepdims=True), 1e-8)
    return SeedIndex(rows, data, np.array([labels[r] for r in rows], dtype=np.float32),
                     np.array([weights[r] for r in rows], dtype=np.float32))


@lru_cache(maxsize=MAX_CACHED_WORDS)
def _likeness(vocab: Vocab, word: str) -> float | None:
    index = seed_index(vocab)
    row = _row(vocab, word) if index is not None else None
    if index is None or row is None:
        return None
    query = np.asarray(vocab.vectors.data[row], dtype=np.float32)
    norm = float(np.linalg.norm(query))
    if norm == 0.0:
        return None
    sims = index.matrix @ (query / norm)
    k = min(NEIGHBOURS, len(sims))
    nearest = np.argpartition(-sims, k - 1)[:k]
    weight = np.clip(sims[nearest], 0.0, None) * index.weights[nearest]
    total = float(weight.sum())
    return float((weight * index.labels[nearest]).sum() / total) if total > 0 else None


def person_likeness(vocab: Vocab, *forms: str) -> float | None:
    """How person-like the noun is (0..1) by its first form with a vector (the word as
    written, then its lemma), or None when the vocabulary has no vector for it."""
    for form in forms:
        if form:
            score = _likeness(vocab, form.lower())
            if score is not None:
                return score
    return None


def looks_like_person(vocab: Vocab, *forms: str) -> bool | None:
    """True / False by `PERSON_THRESHOLD`, None when the vectors cannot tell."""
    score = person_likeness(vocab, *forms)
    return None if score is None else score >= PERSON_THRESHOLD
