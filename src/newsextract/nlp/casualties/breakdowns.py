"""Which figure does another one continue? Runs of coordinated figures ("six élèves et neuf
adultes" share one verb), breakdowns ("15 morts, dont six élèves") and lists ("30 blessés
parmi les forces de l'ordre, 16 policiers") inherit their antecedent's category, and
elliptical heads ("137 autres", "dont six") the victims they stand for."""

from __future__ import annotations

import re

from newsextract.nlp.casualties.figure import (
    BARE,
    CASUALTY,
    CATEGORIES,
    GROUP,
    ORDINAL,
    OTHERS,
    SEVERITY,
    Figure,
)
from newsextract.nlp.casualties.lexicon import WS, Lexicon
from newsextract.nlp.number_words import APPROX, APPROX_PLURAL

# Characters before a figure searched for "dont" ("dont « six", "dont  un")
DONT_WINDOW = 12
# Separators inside a run of coordinated figures ("six élèves et neuf adultes",
# "Deux personnes (un Français et un touriste thaïlandais)").
_COORDINATION = re.compile(rf"^(?:{WS}|,|\(|\)|\bet\b|\bou\b|\bni\b|\bainsi{WS}+que\b)*$",
                           re.IGNORECASE)
_COORDINATOR = re.compile(rf"[()]|\b(?:et|ou|ni|ainsi{WS}+que)\b", re.IGNORECASE)
_DONT = re.compile(rf"\bdont{WS}*[«\"“]?{WS}*$", re.IGNORECASE)
# A figure followed by its own auxiliary has its own verb: it inherits no category.
_OWN_VERB = re.compile(rf"{WS}+(?:ont|sont|avaient|étaient|a|est|avait|était|seraient|"
                       rf"auraient|serait|aurait)\b", re.IGNORECASE)
_LIST_SEPARATOR = re.compile(rf"{WS}*(?:,{WS}*(?:et{WS}+)?|et{WS}+)$", re.IGNORECASE)


def number_runs(text: str, figures: list[Figure]) -> None:
    """Number the runs of coordinated figures: "six élèves et neuf adultes", "Deux
    personnes (un Français et un touriste thaïlandais)". A bare comma does not
    coordinate: in "287 710 manifestants, 1 personne tuée" the verb is the last item's."""
    chain = 0
    for i, f in enumerate(figures):
        between = text[figures[i - 1].head_end:f.start] if i else ""
        if i and _COORDINATION.match(between) and _COORDINATOR.search(between):
            f.chain = figures[i - 1].chain
        else:
            chain += 1
            f.chain = chain


class Breakdowns:
    """Inheritance of category and victims from an antecedent figure."""

    def __init__(self, lex: Lexicon, default_victims: str) -> None:
        self.lex = lex
        self.default_victims = default_victims

    def inherit(self, text: str, figures: list[Figure]) -> None:
        """Breakdowns and lists inherit from their antecedent; elliptical heads take its
        victims ("Douze autres …, dont six" -> personnes)."""
        for i, f in enumerate(figures):
            antecedent = self.antecedent(text, figures, i)
            # a figure with its own (non-casualty) verb inherits nothing: "…, et près de 2000
            # personnes avaient été placées en détention"
            if (antecedent is not None and f.category is None
                    and not _OWN_VERB.match(text, f.head_end)):
                f.category = antecedent.category
            if f.head == OTHERS and f.category in CATEGORIES:
                f.victims = self.others_victims(figures[:i])
            elif f.head in (SEVERITY, BARE, ORDINAL) and f.victims is None and antecedent:
                f.victims = antecedent.victims if antecedent.head in (GROUP, OTHERS) else None
            if f.head in (BARE, SEVERITY) and antecedent is None and not (
                    f.quantity.kind in (APPROX, APPROX_PLURAL) and f.category in CATEGORIES
                    and any(p.category in CATEGORIES for p in figures[:i])):
                f.category = None  # a bare number needs an antecedent
            elif f.head == BARE and f.quantity.kind in (APPROX, APPROX_PLURAL) \
                    and f.victims is None:
                f.victims = self.others_victims(figures[:i])  # "…, et des centaines ont été…"

    def antecedent(self, text: str, figures: list[Figure], i: int) -> Figure | None:
        """The figure that `figures[i]` breaks down ("…, dont un policier") or continues
        (", 16 policiers", "et 200 du côté de…")."""
        f = figures[i]
        if f.head == GROUP and not self.lex.is_victim(f.noun):
            return None  # "dont un pneu a été endommagé"
        if _DONT.search(text[max(0, f.start - DONT_WINDOW):f.start]):
            for prev in reversed(figures[:i]):
                if prev.category in CATEGORIES:
                    return prev
            return None
        if not i or figures[i - 1].category not in CATEGORIES:
            return None
        prev = figures[i - 1]
        if not _LIST_SEPARATOR.match(text[prev.head_end:f.start]):
            return None
        continues = ((f.head == BARE and f.victims is not None)
                     or f.head in (CASUALTY, GROUP, SEVERITY))
        return prev if continues else None

    def others_victims(self, previous: list[Figure]) -> str:
        """"137 autres" stands for the last group noun ("15 personnes"), else personnes."""
        for prev in reversed(previous):
            if prev.head == GROUP and prev.victims:
                return prev.victims
        return self.default_victims
