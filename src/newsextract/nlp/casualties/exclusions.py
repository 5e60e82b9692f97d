"""Is it a count of casualties at all? Routine statistics and hypotheticals (whole sentence;
a "si" sentence only when conditions.py reads a hypothesis),
differences and lives saved (after the figure), zero counts (before it), negation in the
figure's clause (casualties_exclusions.tsv, the figure words of negation.tsv)."""

from __future__ import annotations

import re

from newsextract.nlp.casualties.figure import Figure
from newsextract.nlp.casualties.lexicon import any_of
from newsextract.nlp.grammar_words import RELATIVE, grammar_words
from newsextract.nlp.negation import FIGURE, negation_pattern
from newsextract.nlp.number_words import words_alternation
from newsextract.resources import read_json, read_tsv

_CLAUSE_PUNCTUATION = ",;:"
_BUT = re.compile(r"\bmais\b")
# a relative or content clause opens a new clause: a negation before it does not reach a
# figure inside it ("ne fait pas oublier l'attaque qui a tué deux passants", "n'a que
# deux blessés" restricts, it does not deny)
_ELISION = "'’"
_RELATIVES = sorted(grammar_words(RELATIVE))
_WHOLE_RELATIVES = words_alternation([w for w in _RELATIVES if w[-1] not in _ELISION])
_ELIDED_RELATIVES = words_alternation([w for w in _RELATIVES if w[-1] in _ELISION])
_RELATIVE = re.compile(
    rf"(?<![\w'’])(?:(?:{_WHOLE_RELATIVES})(?!\w)|{_ELIDED_RELATIVES})", re.IGNORECASE)


class Exclusions:
    """The cancelling contexts, compiled once (one alternation per scope)."""

    def __init__(self) -> None:
        exclusions = read_tsv("casualties_exclusions.tsv")
        self.sentence = any_of([p for p, scope in exclusions if scope == "sentence"],
                               re.IGNORECASE | re.MULTILINE)
        self.condition = any_of([p for p, scope in exclusions if scope == "condition"],
                                re.IGNORECASE | re.MULTILINE)
        # (pattern, head noun or None for any head)
        self.after = [(re.compile(p, re.IGNORECASE), scope.partition(":")[2] or None)
                      for p, scope in exclusions if scope.startswith("after")]
        # (pattern of the article, head noun)
        self.article = [(re.compile(p, re.IGNORECASE), scope.partition(":")[2])
                        for p, scope in exclusions if scope.startswith("article:")]
        self.before = any_of([p for p, scope in exclusions if scope == "before"],
                             re.IGNORECASE)
        self.negation = negation_pattern(FIGURE)
        weekdays = words_alternation(read_json("dates_lexicon.json")["weekdays"])
        self.weekday_before = re.compile(rf"\b(?:{weekdays})\s+$", re.IGNORECASE)

    def cancels_sentence(self, sentence: str) -> bool:
        """A rate, a routine statistic or a hypothetical: "chaque année", "S'il y a …"."""
        return bool(self.sentence.search(sentence))

    def opens_condition(self, sentence: str) -> bool:
        """A sentence opening with "si": a hypothesis or a concession (conditions.py)."""
        return bool(self.condition.search(sentence))

    def cancels_before(self, before: str) -> bool:
        """"aucun", "zéro", "sans" right before the number."""
        return bool(self.before.search(before))

    def cancels_article(self, article: str, noun: str | None) -> bool:
        """"une mort certaine": with this article the noun names an event, no person."""
        return any(p.search(article) for p, noun_only in self.article
                   if (noun or "").lower() == noun_only)

    def names_a_day(self, before: str) -> bool:
        """A number standing alone right after a weekday is its day of the month ("samedi
        17, un motard …"); with a noun it may still count ("jeudi 14 personnes …")."""
        return bool(self.weekday_before.search(before))

    def cancels_after(self, after: str, noun: str | None) -> bool:
        """"193 tués de moins", "vies sauvées", "deux corps de métier"."""
        return any(p.search(after) for p, noun_only in self.after
                   if noun_only is None or (noun or "").lower() == noun_only)

    def negate(self, text: str, s_start: int, figures: list[Figure]) -> None:
        """Marks figures whose clause is negated, and their whole coordinated run."""
        for f in figures:
            clause = text[s_start:f.start]
            cut = max(clause.rfind(c) for c in _CLAUSE_PUNCTUATION)
            clause = clause[cut + 1:] if cut >= 0 else clause
            clause = _BUT.split(clause)[-1]
            clause = _RELATIVE.split(clause)[-1]
            if self.negation.search(clause):
                f.negated = True
        by_chain: dict[int, bool] = {}
        for f in figures:
            by_chain[f.chain] = by_chain.get(f.chain, False) or f.negated
        for f in figures:
            f.negated = by_chain[f.chain]
