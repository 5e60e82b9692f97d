"""Which figure does another one continue? Runs of coordinated figures ("six élèves et neuf
adultes" share one verb), breakdowns ("15 morts, dont six élèves") and lists ("30 blessés
chez les pompiers, 12 sapeurs") inherit their antecedent's category, and
elliptical heads ("137 autres", "dont six") the victims they stand for."""

from __future__ import annotations

import re

from newsextract.nlp.auxiliaries import FINITE, auxiliary_alternation
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
from newsextract.resources import read_lines

# Characters before a figure searched for "dont" ("dont « six", "dont  un")
DONT_WINDOW = 12
# Separators inside a run of coordinated figures ("trois guides et cinq randonneurs",
# "Deux passagers (un pilote et un mécanicien)"); "ainsi que" also elided ("ainsi qu'un").
_AINSI_QUE = rf"\bainsi{WS}+qu(?:e\b|['’])"
# The preposition of coordinated complements is repeated: "la mort d'un guide et de trois
# skieurs", "a coûté la vie à un pilote et à deux passagers".
_REPEATED_PREPOSITION = r"\b(?:de\b|d['’]|à\b)"
_COORDINATION = re.compile(
    rf"^(?:{WS}|,|\(|\)|\bet\b|\bou\b|\bni\b|{_AINSI_QUE})*(?:{_REPEATED_PREPOSITION}{WS}*)?$",
    re.IGNORECASE)
_COORDINATOR = re.compile(rf"[()]|\b(?:et|ou|ni)\b|{_AINSI_QUE}", re.IGNORECASE)
_DONT = re.compile(rf"\bdont{WS}*[«\"“]?{WS}*$", re.IGNORECASE)
# A figure followed by its own auxiliary has its own verb: it inherits no category.
_OWN_VERB = re.compile(rf"{WS}+" + auxiliary_alternation(kinds=(FINITE,)), re.IGNORECASE)
_LIST_SEPARATOR = re.compile(rf"{WS}*(?:,{WS}*(?:et{WS}+)?|et{WS}+|,?{WS}*{_AINSI_QUE}{WS}*)$",
                             re.IGNORECASE)
# Prepositions of a place or group complement after an item or a bare number ("à Lyon",
# "dans le Gard"), read by the two patterns below.
_COMPLEMENT_PREPOSITIONS = "|".join(
    re.escape(w) for w in read_lines("casualties_complement_prepositions.txt"))
# A short place or time complement of the previous item before the separator, when the
# next item is a person: "un cycliste à Lyon lundi 3, une piétonne à Nice" (its words)
MAX_ITEM_COMPLEMENT_WORDS = 4
_ITEM_COMPLEMENT_AND_SEPARATOR = re.compile(
    rf"{WS}+(?:{_COMPLEMENT_PREPOSITIONS})(?:{WS}+[^\W\d_][\w'’\-]*|{WS}+\d+)"
    rf"{{1,{MAX_ITEM_COMPLEMENT_WORDS}}}{_LIST_SEPARATOR.pattern}", re.IGNORECASE)
_LIST_END = re.compile(rf"(?:,|\bet){WS}*$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:.!?]")
# The complement that makes a bare number parallel to a figure: a place or a group
# ("trois à Nice", "deux dans le Gard", "un en Belgique").
_COMPLEMENT = re.compile(rf"{WS}+({_COMPLEMENT_PREPOSITIONS}){WS}", re.IGNORECASE)
_BRACKET_OPEN = re.compile(rf"{WS}*\({WS}*")
# A per-place breakdown in brackets after the figure's own predicate: "12 personnes sont
# mortes (8 à Lyon, 4 à Nice)". The characters of that predicate: a few words, no figure.
MAX_PREDICATE_BEFORE_BRACKET = 40
_PREDICATE_THEN_BRACKET = re.compile(
    rf"[^()\d.;:]{{1,{MAX_PREDICATE_BEFORE_BRACKET}}}\({WS}*")
# Words of a complement between a count and the bracket or colon that opens its list of
# victims ("deux morts sur les routes (un cycliste, une piétonne)", "trois blessés : un
# pompier et un passant"); longer, the words carry a clause of their own.
MAX_ENUMERATION_COMPLEMENT_WORDS = 4
_ENUMERATION_OPENER = re.compile(
    rf"(?:{WS}+[^\W\d_][\w'’\-]*){{0,{MAX_ENUMERATION_COMPLEMENT_WORDS}}}{WS}*[(:]{WS}*")
_BRACKETED = re.compile(r"\([^()]*\)")
# "en" before the verb that gives a bare figure its category: "et en a blessé au moins 150"
# Words between that "en" and the figure: auxiliary, adverb, participle ("en a ensuite blessé").
EN_PRONOUN_WORDS = 3
_EN_PRONOUN = re.compile(rf"\ben{WS}+(?:[\w'’\-]+{WS}+){{1,{EN_PRONOUN_WORDS}}}$",
                         re.IGNORECASE)
# Characters before a figure searched for that "en": pronoun, auxiliary, adverb, participle.
EN_PRONOUN_WINDOW = 40

# A year written in digits ("En 2015 ont été tués …"): never a count of people.
_YEAR = re.compile(r"1[89]\d\d|20\d\d")

# How a figure relates to its antecedent
BREAKDOWN = "breakdown"  # "15 morts, dont six élèves"
LIST = "list"            # "20 blessés chez les secouristes, 12 pompiers"
PARALLEL = "parallel"    # "six à Lyon, trois à Nice"
BRACKETED = "bracketed"  # "Sept personnes (au moins 18 selon …)"


def follows_dont(text: str, pos: int) -> bool:
    """Whether a breakdown's "dont" stands right before `pos` ("…, dont « six")."""
    return _DONT.search(text[max(0, pos - DONT_WINDOW):pos]) is not None


def _in_brackets(text: str, s_start: int, pos: int) -> bool:
    """Whether `pos` lies inside an open bracket of its sentence."""
    before = text[s_start:pos]
    return before.count("(") > before.count(")")


def number_runs(text: str, figures: list[Figure]) -> None:
    """Number the runs of coordinated figures: "trois guides et cinq randonneurs", "Deux
    passagers (un pilote et un mécanicien)". A bare comma does not coordinate: in "4 000
    spectateurs, 2 personnes tuées" the verb is the last item's."""
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

    def inherit(self, text: str, s_start: int, figures: list[Figure]) -> None:
        """Breakdowns and lists inherit from their antecedent; elliptical heads take its
        victims ("Douze autres …, dont six" -> personnes)."""
        for i, f in enumerate(figures):
            antecedent, kind = self.antecedent(text, s_start, figures, i)
            # a figure with its own (non-casualty) verb inherits nothing: "…, et près de 2000
            # personnes avaient été placées en détention"
            if (antecedent is not None and f.category is None
                    and not _OWN_VERB.match(text, f.head_end)):
                f.category = antecedent.category
            if f.head == OTHERS and f.category in CATEGORIES:
                f.victims = self.others_victims(figures[:i], f.plural)
            elif f.head in (SEVERITY, BARE, ORDINAL) and f.victims is None and antecedent:
                # a parallel or bracketed figure counts the same people as its antecedent
                same_people = kind in (PARALLEL, BRACKETED) or (
                    antecedent.head in (GROUP, OTHERS)
                    # "dont quatre pompiers et trois graves": the severity is of the total
                    and not (kind == LIST and f.head == SEVERITY))
                f.victims = antecedent.victims if same_people else None
            if f.head in (BARE, SEVERITY) and antecedent is None:
                if not self._elliptical(text, s_start, f, figures[:i]):
                    f.category = None  # a bare number needs an antecedent
                elif f.victims is None:  # "…, et des dizaines furent blessés"
                    f.victims = self.others_victims(figures[:i], f.plural)

    def _elliptical(self, text: str, s_start: int, f: Figure, previous: list[Figure]) -> bool:
        """A bare figure with a casualty verb of its own stands for people named before it:
        after the pronoun "en" ("a fauché 9 cyclistes et en a tué 2"), or after another
        figure of the sentence ("Deux marins sont morts et des dizaines furent blessés",
        "dont 7 ayant eu un bras cassé et 2 ayant perdu un œil"), or a
        verb of its own ("Au moins 30 ont péri")."""
        if f.category not in CATEGORIES:
            return False
        if _EN_PRONOUN.search(text, max(s_start, f.start - EN_PRONOUN_WINDOW), f.start):
            return True
        if f.own_predicate:
            # "au moins 278 seraient morts", "dont 21 ayant été éborgnés"; a year is a date
            return f.qualifier != "exact" or not _YEAR.fullmatch(
                text[f.quantity.start:f.quantity.end])
        return f.quantity.kind in (APPROX, APPROX_PLURAL) and any(
            p.category in CATEGORIES for p in previous)

    def antecedent(self, text: str, s_start: int, figures: list[Figure], i: int
                   ) -> tuple[Figure | None, str | None]:
        """The figure that `figures[i]` breaks down ("…, dont un policier"), continues
        (", 16 policiers", "et 200 du côté de…"), parallels ("six à Lyon, trois à Nice") or
        restates in brackets ("Sept personnes (au moins 18 selon …)"), and how."""
        f = figures[i]
        if f.head == GROUP and not self.lex.is_victim(f.noun):
            return None, None  # "dont un pneu a été endommagé"
        if follows_dont(text, f.start):
            for prev in reversed(figures[:i]):
                if prev.category in CATEGORIES:
                    return prev, BREAKDOWN
                if prev.counts_things or (prev.head == GROUP
                                          and not self.lex.is_victim(prev.noun)):
                    # the nearest count is of things: "7 000 interpellations, dont 2 400 à
                    # Paris", "40 blessés, 90 feux de poubelles, dont 12 en centre-ville"
                    return None, None
            return None, None
        j = i - 1
        # a bracketed figure is an aside: the next figure continues the one before it
        while j >= 0 and _in_brackets(text, s_start, figures[j].start) \
                and not _in_brackets(text, s_start, f.start):
            j -= 1
        if j < 0 or figures[j].category not in CATEGORIES:
            return None, None
        prev = figures[j]
        between = text[prev.head_end:f.start]
        if f.head == BARE and _BRACKET_OPEN.fullmatch(between):
            return prev, BRACKETED
        if f.head == BARE and _PREDICATE_THEN_BRACKET.fullmatch(between) \
                and _COMPLEMENT.match(text, f.end) \
                and not _YEAR.fullmatch(text[f.quantity.start:f.quantity.end]):
            return prev, BREAKDOWN  # "14 personnes mortes (11 en France, 3 en Belgique)"
        if f.head in (GROUP, CASUALTY) and self.lex.is_victim(f.noun) \
                and _ENUMERATION_OPENER.fullmatch(between):
            return prev, BREAKDOWN  # "deux morts (un cycliste, une piétonne)"
        between = _BRACKETED.sub("", between)
        if f.head == GROUP and self.lex.is_victim(f.noun) \
                and _ITEM_COMPLEMENT_AND_SEPARATOR.match(between):
            return prev, LIST  # "un cycliste à Lyon, une piétonne à Nice"
        if _LIST_SEPARATOR.match(between):
            continues = ((f.head == BARE and f.victims is not None)
                         or f.head in (CASUALTY, GROUP, SEVERITY))
            return (prev, LIST) if continues else (None, None)
        if f.head == BARE and f.victims is None and self._parallel(text, prev, f):
            return prev, PARALLEL
        return None, None

    @staticmethod
    def _parallel(text: str, prev: Figure, f: Figure) -> bool:
        """"six personnes sont mortes à Lyon, trois à Nice": a bare number after a list
        separator, followed by the same preposition as a complement of the previous
        figure's clause, and no verb of its own."""
        before = text[prev.head_end:f.start]
        complement = _COMPLEMENT.match(text, f.end)
        if not complement or not _LIST_END.search(before) or _CLAUSE_BREAK.search(before):
            return False
        preposition = complement.group(1).lower()
        return re.search(rf"\b{re.escape(preposition)}\b", before, re.IGNORECASE) is not None

    def others_victims(self, previous: list[Figure], plural: bool = False) -> str:
        """"40 autres" stands for the last counted victims ("12 personnes"), else the last
        group noun, else personnes: in "trois passants ont été blessés, a vu un témoin qui
        a soigné l'un d'eux", "l'un d'eux" is a passant, not a témoin. A plural stands for
        a plural group: in "la mort d'une passante, 80 personnes évacuées, 40 ont été
        blessées", the 40 are personnes."""
        groups = [p for p in previous if p.head == GROUP and p.victims
                  and (p.plural or not plural)]
        # without a counted casualty, a person noun: a thing is never whom "l'un d'eux"
        # stands for ("jeté une bouteille … et blessé l'un d'eux")
        victims = [p for p in groups if p.category in CATEGORIES] or [
            p for p in groups if self.lex.is_victim(p.noun)]
        return victims[-1].victims if victims else self.default_victims
