"""Which verbs report speech? The reporting-verb lexicon (`reporting_verbs.tsv`), read once
for every layer: the quotes layer's cues, and the entities layer's inverted subjects
("», lâche Ludovic.": a person)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsextract.nlp.grammar_words import REFLEXIVE, grammar_words
from newsextract.resources import read_tsv


@dataclass(frozen=True)
class ReportingLexicon:
    single: dict[str, bool]  # lemma -> ambiguous
    multi: dict[str, tuple[tuple[tuple[str, ...], str, bool], ...]]  # first word -> rests
    inverted_only: frozenset[str] = frozenset()  # cues only next to a quote ("commence-t-il")

    def ambiguous(self, lemma: str) -> bool:
        if lemma in self.single:
            return self.single[lemma]
        for rests in self.multi.values():
            for _, full, amb in rests:
                if full == lemma:
                    return amb
        return False


@lru_cache(maxsize=1)
def reporting_lexicon() -> ReportingLexicon:
    single: dict[str, bool] = {}
    multi: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
    inverted_only: set[str] = set()
    for row in read_tsv("reporting_verbs.tsv"):
        lemma, ambiguous = row[0], len(row) > 1 and row[1] in ("yes", "inverted")
        if len(row) > 1 and row[1] == "inverted":
            inverted_only.add(lemma)
        words = lemma.split()
        if len(words) > 1 and words[0] not in ("se",):
            multi.setdefault(words[0], []).append((tuple(words[1:]), lemma, ambiguous))
        else:
            single[lemma] = ambiguous
    return ReportingLexicon(single, {k: tuple(v) for k, v in multi.items()},
                            frozenset(inverted_only))


@lru_cache(maxsize=1)
def single_verb_lemmas() -> frozenset[str]:
    """The lemmas a parser gives the one-word reporting verbs, reflexive pronoun dropped
    ("s'interroger" -> "interroger", "se demander" -> "demander")."""
    lemmas = set()
    for lemma in reporting_lexicon().single:
        words = lemma.replace("’", "'").split()
        if len(words) == 1:
            lemmas.add(words[0].split("'")[-1])
        elif words[0] in grammar_words(REFLEXIVE):
            lemmas.add(words[-1])
    return frozenset(lemmas)
