"""Which category does each figure of a sentence take? Its own predicate after it or
after its run ("deux passants ont été blessés"), a trigger before it ("a tué trois X"), the
parse as a last resort, "victimes" settled by the injured counts beside it, and the
antecedent of a breakdown or list (breakdowns.py)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsextract.nlp.casualties.breakdowns import Breakdowns
from newsextract.nlp.casualties.categories import (
    ParsedVerbs,
    PredicateMatch,
    Predicates,
    Triggers,
)
from newsextract.nlp.casualties.figure import GROUP, VICTIM, Figure
from newsextract.nlp.casualties.lexicon import WS, Lexicon
from newsextract.nlp.number_words import INDEFINITE, words_alternation
from newsextract.resources import read_lines

# a participle apposed after a comma ("un jogger, blessé au genou")
_APPOSED = re.compile(rf"{WS}*,")
# the parse labels of a clause's subject, active or passive ("un badaud a été blessé")
_SUBJECT_DEPENDENCIES = ("nsubj", "nsubj:pass")
# Characters between a commemoration word and the "victimes" it remembers ("hommage rendu
# mardi aux", "à la mémoire de la pilote et à celle des"): one short complement, not another
# clause.
COMMEMORATION_WINDOW = 40


class FigureCategories:
    """Gives the figures of one sentence their category, in place (`categorise`)."""

    def __init__(self, lex: Lexicon, predicates: Predicates, breakdowns: Breakdowns) -> None:
        self.lex = lex
        self.predicates = predicates
        self.triggers = Triggers()
        self.parsed_verbs = ParsedVerbs()
        self.breakdowns = breakdowns
        words = words_alternation(read_lines("casualties_commemorations.txt"))
        self.commemoration = re.compile(rf"\b(?:{words})\b", re.IGNORECASE)

    def _on_people(self, f: Figure) -> bool:
        """Whether the figure counts people by a known person noun ("deux passants")."""
        return f.head == GROUP and self.lex.is_victim(f.noun)

    def _thing_alone(self, f: Figure) -> bool:
        """Whether the figure is "un/une X" on a noun that names no person ("un camion",
        "une université"); a capitalised noun may be a demonym or a name ("un Belge")."""
        return f.quantity.kind == INDEFINITE and f.head == GROUP and f.noun is not None \
            and not self.lex.is_victim(f.noun) and not f.noun[:1].isupper()

    def _own_predicate(self, doc: Doc, text: str, f: Figure, s_end: int, plural: bool
                       ) -> PredicateMatch | None:
        """The casualty verb right after the figure; through a relative "qui" only for a
        person noun ("un passant qui a été blessé", not "un monde qui meurt"); never a
        finite verb after the object of another verb ("un piéton qui avait heurté un
        camion était …")."""
        found = self.predicates.match(text, f.head_end, s_end, plural=plural)
        if found is None:
            return None
        if found.relative and f.head == GROUP and not self.lex.is_victim(f.noun):
            return None
        if found.finite and not found.relative and f.head == GROUP \
                and self.predicates.is_object(doc, text, f):
            return None
        if self._thing_alone(f) and (found.finite or not _APPOSED.match(text, f.head_end)) \
                and not living_subject(doc, text, f, found, self.lex.not_victims):
            # "un autocar restait dans un état critique", "une nation morte": one thing, or
            # another subject's verb; an apposed participle may still tell of an unlisted
            # person ("a heurté un jogger, blessé au genou")
            return None
        return found

    def categorise(self, doc: Doc, text: str, s_start: int, s_end: int,
                   figures: list[Figure]) -> None:
        runs: dict[int, list[Figure]] = {}
        for f in figures:
            runs.setdefault(f.chain, []).append(f)
        # 1. own context: a predicate after the figure or after its run, a trigger before it
        #    or before its run ("a blessé deux policiers et trois manifestants")
        for members in runs.values():
            run_trigger = self.triggers.category(text, s_start, members[0],
                                                 self._on_people(members[0]))
            run_predicate = self._own_predicate(
                doc, text, members[-1], s_end, plural=len(members) > 1 or members[-1].plural)
            for f in members:
                # "victimes" says harm, not which: a verb may tell ("deux victimes ont été
                # tuées", "a abattu trois victimes"); else step 2 decides
                named = f.category if f.category == VICTIM else None
                if f.category is not None and not f.partitive and named is None:
                    continue
                own = self._own_predicate(doc, text, f, s_end, f.plural)
                predicate = own or run_predicate
                if not f.partitive:
                    trigger = self.triggers.category(text, s_start, f, self._on_people(f)) \
                        or run_trigger
                else:  # "a blessé l'un d'eux": only the verb right before the part
                    trigger = self.triggers.category(text, s_start, f)
                # "deux des blessés": a part of the injured, unless a verb says more
                part_of = f.category if f.partitive else None
                f.category = by_precedence(predicate, trigger) or part_of or named
                f.own_predicate = own is not None
        # 1b. the parse, when the words between are more than auxiliaries and adverbs
        #     ("Leurs trois fils, âgés de 4 à 9 ans, grièvement brûlés"); "un/une X" only
        #     for a person noun: "un rituel … aurait disparu" is no figure
        if doc.has_annotation("DEP"):
            for f in figures:
                if f.category is None and f.head == GROUP and (
                        f.quantity.kind != INDEFINITE or self.lex.is_victim(f.noun)):
                    f.category = self.parsed_verbs.category(doc, f)
        # 2. "victimes" are killed only next to injured counts, or when remembered
        has_injured = any(f.category == "injured" for f in figures)
        for f in figures:
            if f.category == VICTIM:
                f.category = "killed" if has_injured or self.remembered(text, s_start, f) \
                    else None
        # 3. breakdowns and lists inherit from their antecedent
        self.breakdowns.inherit(text, s_start, figures)

    def remembered(self, text: str, s_start: int, f: Figure) -> bool:
        """Whether a commemoration word stands shortly before the figure ("un hommage aux
        dix victimes", "à la mémoire de l'écuyère et à celle des quatre autres victimes"): those
        remembered are the dead."""
        window = text[max(s_start, f.start - COMMEMORATION_WINDOW):f.start]
        return self.commemoration.search(window) is not None


def living_subject(doc: Doc, text: str, f: Figure, found: PredicateMatch,
                   not_victims: frozenset[str]) -> bool:
    """Whether "un/une X" is the subject of a clause said of living beings only ("un
    badaud a été blessé", "une quidam est décédée"): X names someone even when no
    lexicon knows it; not an animal (casualties_not_victims.txt: "un cheval a été
    blessé" is no casualty), nor the complement of another noun, by the parse ("un
    moniteur d'une école de voile a été blessé": the school is no victim)."""
    if not (found.finite and found.living and not found.relative and f.noun is not None
            and f.noun.lower() not in not_victims):
        return False
    # the noun as written in the figure (as heads.noun_end finds it): the noun phrase may
    # run on past it ("un badaud parmi les riverains")
    noun_start = text.rfind(f.noun, f.start, f.head_end)
    if noun_start < 0:
        return False
    span = doc.char_span(noun_start, noun_start + len(f.noun), alignment_mode="expand")
    return span is not None and span.root.dep_ in _SUBJECT_DEPENDENCIES


def by_precedence(predicate: PredicateMatch | None, trigger: str | None) -> str | None:
    """The verb after the figure says what happened to it, except a bare participle of
    injury after a death trigger: "la mort d'un passant blessé par balle" tells how the
    dead man was hurt, he counts once, as killed."""
    if predicate is None:
        return trigger
    if trigger == "killed" and predicate.category == "injured" and not predicate.finite:
        return trigger
    return predicate.category
