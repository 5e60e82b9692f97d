"""What happened to the counted people: the casualty verb or noun after a figure
(predicates: "six élèves … avaient été tués"), before it (triggers: "a tué 15 personnes",
"causant la mort de trois pêcheurs"), or, failing both, in the dependency parse."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsextract.nlp.auxiliaries import AVOIR, ETRE, auxiliary_alternation, auxiliary_forms
from newsextract.nlp.casualties.figure import Figure
from newsextract.nlp.casualties.lexicon import WS
from newsextract.nlp.grammar_words import STRESSED_PRONOUN, grammar_words
from newsextract.nlp.number_words import words_alternation
from newsextract.resources import read_lines, read_tsv

# Adverbials between a casualty verb and its object ("a tué samedi soir à Lyon deux …"):
# a few short phrases; the characters searched back for verb and adverbials together.
MAX_ADVERBIALS = 4
ADVERBIAL_TRIGGER_WINDOW = 110
# Characters before a figure searched for its trigger: "entraînant la mort de plus de"
# and the longest qualifiers fit; further back the verb belongs to another phrase.
TRIGGER_WINDOW = 60
_REFLEXIVE = re.compile(r"\bs(?:e\b|['’])", re.IGNORECASE)
_RELATIVE = re.compile(r"\bqui\b", re.IGNORECASE)
_ACTIVE_AUX = re.compile(auxiliary_alternation((AVOIR,)), re.IGNORECASE)
_ANY_AUX = re.compile(auxiliary_alternation(), re.IGNORECASE)
# "qui avait percuté ", "qui conduisait ": a relative clause's verb right before a figure,
# which is then its object; the characters searched back for it
_RELATIVE_VERB_BEFORE = re.compile(r"\bqui\s+(?:[\w'’\-]+\s+){1,3}$", re.IGNORECASE)
RELATIVE_VERB_WINDOW = 50
# an infinitive casualty verb is no event ("susceptibles de blesser gravement un passant")
_INFINITIVE_END = re.compile(r"er\s*$", re.IGNORECASE)
_ADVERB = re.compile(r"[«\"“]?\w+ment", re.IGNORECASE)
_LAST_CONJUNCT = re.compile(r"\b(?:et|puis)\b", re.IGNORECASE)
# Words of a verb phrase coordinated before the casualty predicate ("ont été insultés, et
# même blessés"; "a reçu des coups et est blessé"): a short phrase, longer ones carry
# another subject.
MAX_COORDINATED_WORDS = 4
# what may sit between a noun phrase and its predicate: spaces, a closing quote or bracket,
# and one bracketed aside ("six élèves (dont deux filles) ont été tués")
_PREDICATE_LEAD = r"^[\s\u00a0\u202f\u2009,)»\"”]*(?:\([^)]*\)[\s,]*)?"
# a predicate may be quoted from a statement: 'a été "légèrement blessé"', 'et« tués »'
_OPENING_QUOTE = r"[«\"“]"
# an age complement ("un motard de 42 ans blessé"): no other noun the participle could
# agree with, so it needs no auxiliary, unlike "trois proches des enfants blessés"
_AGE_COMPLEMENT = re.compile(rf"(?:de|d['’]){WS}*\d+{WS}+ans", re.IGNORECASE)
# Characters of an apposition between a victim noun and its predicate: a short description.
MAX_APPOSITION_CHARS = 60
# and one noun complement of the victims: an age, a noun, a name ("une passante du quartier",
# "un élève du lycée Jean-Moulin", "un motard de 42 ans")
_COMPLEMENT = (rf"(?P<complement>(?:{WS}*\b(?:de{WS}+la|de{WS}+l['’]|du|des|de|d['’]){WS}*"
               rf"(?:\d+{WS}+ans|[^\W\d_][\w\-]*(?:{WS}+(?-i:[A-ZÀ-Ý])[\w\-]*)*)(?=[\s,]))?"
               # and one apposition between commas ("un passant, témoin de la scène, a été
               # blessé"); not a breakdown or a list ("dont …", "et …")
               rf"(?:{WS}*,{WS}*(?!(?:dont|et|ou)\b)[^,;:.()«»\"“”]{{1,{MAX_APPOSITION_CHARS}}},)?)")


def _is_active(gap: str) -> bool:
    """Whether the participle after `gap` is active ("ont tué"). After a coordination the
    auxiliary of the last conjunct decides ("a frappé et est blessé": passive); without
    one, the shared auxiliary does ("ont frappé et blessé": active)."""
    tail = _LAST_CONJUNCT.split(gap)[-1]
    decisive = tail if _ANY_AUX.search(tail) else gap
    low = decisive.lower()
    return bool(_ACTIVE_AUX.search(decisive)) and "été" not in low and "être" not in low


def _word_list(name: str) -> str:
    return words_alternation(read_lines(name))


# Placeholders of casualties_predicates.tsv and the word list each stands for.
_PLACEHOLDERS = {"{body_part}": "casualties_body_parts.txt",
                 "{projectile}": "casualties_projectiles.txt"}


# The fourth column of casualties_predicates.tsv for a predicate said of living beings only.
LIVING = "living"


def predicate_rows() -> list[tuple[str, str, str, bool]]:
    """(pattern, category, voice, living) of casualties_predicates.tsv, placeholders filled
    in; `living`: the predicate is said of living beings only ("blessé", not "mort")."""
    rows = []
    for pattern, category, voice, *subject in read_tsv("casualties_predicates.tsv"):
        for placeholder, name in _PLACEHOLDERS.items():
            if placeholder in pattern:
                pattern = pattern.replace(placeholder, _word_list(name))
        rows.append((pattern, category, voice, subject == [LIVING]))
    return rows


@dataclass(frozen=True)
class PredicateMatch:
    category: str
    relative: bool  # through "qui" ("un pays qui meurt"): the noun must be a person
    finite: bool = False  # through an auxiliary ("… était", "… a été"): a clause of its own
    living: bool = False  # said of living beings only ("a été blessé", not "est mort")


def gap_words() -> list[str]:
    """casualties_gap_words.txt: its words, and the stressed pronouns bare or with each of
    its suffixes (the lines starting with "-": "lui-même", "eux-mêmes")."""
    lines = read_lines("casualties_gap_words.txt")
    suffixes = [line for line in lines if line.startswith("-")]
    pronouns = sorted(grammar_words(STRESSED_PRONOUN))
    return [*(line for line in lines if not line.startswith("-")), *pronouns,
            *(pronoun + suffix for pronoun in pronouns for suffix in suffixes)]


class Predicates:
    """casualties_predicates.tsv: what follows a noun phrase and says what happened to it."""

    def __init__(self) -> None:
        # every auxiliary form counts: "quelque 300 furent blessés", "sont", "aurait été"
        gap = words_alternation([*gap_words(), *auxiliary_forms()])
        # A gap word, any single word before "été" (passive with any auxiliary form), or a
        # short coordinated verb phrase ending in "et" ("ont été bousculés et blessés", "a
        # reçu des coups et est blessée").
        coordinated = (rf"(?:[\w'’«»\"“”\-]+{WS}+){{1,{MAX_COORDINATED_WORDS}}}?"
                       rf"(?:et|puis)(?:{WS}+|(?={_OPENING_QUOTE}))")
        single = (rf"(?:(?:{_OPENING_QUOTE}{WS}*)?"
                  rf"(?:(?:{gap})(?:{WS}+|(?<=['’]))|[\w'’]+{WS}+(?=été\b)))")
        # the coordination only after an auxiliary or adverb of the first conjunct: "19
        # ans et tués" or "un barrage de … et succombait" coordinate something else
        self.gap = rf"(?:{single}+{coordinated})?{single}*"
        self.patterns = [
            (re.compile(rf"{_PREDICATE_LEAD}{_COMPLEMENT}{WS}*(?P<gap>{self.gap})"
                        rf"(?:{_OPENING_QUOTE}{WS}*)?(?:{p})\b",
                        re.IGNORECASE),
             cat, voice, living)
            for p, cat, voice, living in predicate_rows()]
        # Each row's verb alone, in the same order: a row whose verb does not occur in the
        # text cannot match, and checking that is far cheaper than trying its whole pattern
        # (lead, complement and gap backtrack for every row).
        self.verbs = [re.compile(rf"(?:{p})\b", re.IGNORECASE) for p, *_ in predicate_rows()]

    def category(self, text: str, pos: int, s_end: int, plural: bool = False) -> str | None:
        """Category of the casualty verb right after a noun phrase ("ont été tués")."""
        found = self.match(text, pos, s_end, plural)
        return found.category if found else None

    def match(self, text: str, pos: int, s_end: int, plural: bool = False
              ) -> PredicateMatch | None:
        """The casualty verb right after a noun phrase ("ont été tués"). With `plural`, a
        singular participle belongs to another noun ("un policier … avec plusieurs
        collègues avait été blessé")."""
        after = text[pos:s_end]
        for (pattern, category, voice, living), verb in zip(self.patterns, self.verbs):
            if not verb.search(after):
                continue
            m = pattern.match(after)
            if m:
                gap = m.group("gap")
                complement = m.group("complement").strip()
                if complement and not _ANY_AUX.search(gap) \
                        and not _AGE_COMPLEMENT.fullmatch(complement):
                    continue  # "quatre visent des passants blessés": an adjective, no clause
                if voice == "passive" and _is_active(gap):
                    return None  # "ont tué": the noun phrase is the perpetrator
                if voice == "reflexive" and not _REFLEXIVE.search(gap):
                    return None  # "noyé dans la masse": only "se noyer" is drowning
                # the participle agrees, not an adverb before it ("légèrement touchés")
                words = m.group(0)[m.end("gap"):].split()
                participle = next((w for w in words if not _ADVERB.fullmatch(w)), words[0])
                if plural and voice == "passive" and not participle.endswith("s"):
                    return None
                return PredicateMatch(category, _RELATIVE.search(gap) is not None,
                                      _ANY_AUX.search(gap) is not None, living)
        return None

    @staticmethod
    def is_object(doc: Doc, text: str, f: Figure) -> bool:
        """Whether the figure's noun is the direct object of a verb before it ("qui avait
        doublé un camion était …": the verb after the object has another subject), by the
        words of a relative clause right before it, else by the parse."""
        if _RELATIVE_VERB_BEFORE.search(text, max(0, f.start - RELATIVE_VERB_WINDOW),
                                        f.start):
            return True
        span = doc.char_span(f.start, f.head_end, alignment_mode="expand")
        if span is None or not doc.has_annotation("DEP"):
            return False
        noun = span.root
        return noun.dep_ == "obj" and noun.head.i < noun.i and noun.head.pos_ in ("VERB", "AUX")

    def names_a_casualty(self, word: str) -> bool:
        """Whether `word` is itself a casualty participle ("blessés", "tués")."""
        return any(p.match(" " + word) for p, *_ in self.patterns)


def _adverbial_run() -> re.Pattern[str]:
    """A run of adverbials ending a text: time words (casualties_trigger_adverbials.txt),
    "-ment" adverbs, short prepositional phrases (casualties_trigger_prepositions.txt: "par
    arme blanche", "en 2013")."""
    times = _word_list("casualties_trigger_adverbials.txt")
    prepositions = _word_list("casualties_trigger_prepositions.txt")
    word = r"[\w\-]+"
    # the second word of a phrase is not a preposition: "dans les bombardements de trois
    # villages"; nor the "par" of a passive's agent ("blessé au bras par un automobiliste")
    second = rf"(?!(?:de|du|des|d['’]|{prepositions})(?:\b|(?<=['’]))){word}"
    adverbial = (rf"(?:(?:{times})|\w+ment|(?:{prepositions})(?:{WS}*|(?<=['’]))"
                 rf"(?:(?:la|le|les|l['’]){WS}*)?{word}(?:{WS}+{second})?)")
    return re.compile(rf"(?<=\s)(?:{adverbial}{WS}+){{1,{MAX_ADVERBIALS}}}$", re.IGNORECASE)


# the article of "l'un d'eux", outside the figure's quantity "un", and the determiner of a
# definite count ("a tué les deux passagers", "a blessé ses trois voisins": guidelines rule
# 4): the trigger ends before it
_ARTICLE_BEFORE_FIGURE = re.compile(r"(?:\bl['’]|\b(?:les|ses|leurs|ces)\s+)$", re.IGNORECASE)


class Triggers:
    """casualties_triggers.tsv: what precedes a figure and says what happened to it."""

    def __init__(self) -> None:
        self.patterns = [(re.compile(rf"(?:{p})$", re.IGNORECASE), cat)
                         for p, cat in read_tsv("casualties_triggers.tsv")]
        self.adverbials = _adverbial_run()

    def category(self, text: str, s_start: int, f: Figure, people: bool = False
                 ) -> str | None:
        """Category of the casualty verb or noun right before a figure ("a tué 15 …"), also
        across adverbials for a figure on `people` ("a blessé mardi soir au couteau deux
        passants"; not "cinq blessés gisant au sol près du pont", not "tué en octobre 2014")."""
        window = text[max(s_start, f.start - TRIGGER_WINDOW):f.start]
        before = _ARTICLE_BEFORE_FIGURE.sub("", window)
        found = self._match(before)
        if found is None and people:
            wide = text[max(s_start, f.start - ADVERBIAL_TRIGGER_WINDOW):f.start]
            run = self.adverbials.search(wide)
            if run and not _INFINITIVE_END.search(wide[:run.start()]):
                found = self._match(wide[:run.start()])
        return found

    def _match(self, before: str) -> str | None:
        for pattern, category in self.patterns:
            if pattern.search(before):
                return category
        return None


class ParsedVerbs:
    """casualties_verbs.tsv: casualty verbs found through the dependency parse."""

    def __init__(self) -> None:
        self.verbs = {lemma: (cat, voice)
                      for lemma, cat, voice, *_ in read_tsv("casualties_verbs.tsv")}

    def category(self, doc: Doc, f: Figure) -> str | None:
        """The noun is the (passive) subject of a casualty verb, or carries a casualty
        participle (acl, amod, or conj of its own conjuncts)."""
        span = doc.char_span(f.head_end - len(f.victims or ""), f.head_end,
                             alignment_mode="expand")
        if span is None:
            return None
        noun = span.root
        head = noun.head if noun.dep_ == "conj" else noun
        verb = head.head
        entry = self.verbs.get(verb.lemma_.lower())
        if entry and head.dep_ in ("nsubj:pass", "nsubj") and verb.i != head.i:
            category, voice = entry
            if voice == "any" or head.dep_ == "nsubj:pass":
                return category
        for token in [noun, *noun.conjuncts]:
            for child in token.children:
                entry = self.verbs.get(child.lemma_.lower())
                if entry and child.dep_ in ("acl", "amod", "conj") and child.i > token.i \
                        and "Part" in child.morph.get("VerbForm") \
                        and not (entry[1] == "passive" and _has_active_auxiliary(child)):
                    return entry[0]
        return None


def _has_active_auxiliary(participle: Token) -> bool:
    """Whether a participle is a compound past of "avoir" ("X a tué …"): its subject did
    the harm. The parser may still hang it on an earlier noun ('se présentant comme « un
    combattant », X a tué …' as a clause on "combattant"), which suffered nothing."""
    auxiliaries = [c for c in participle.children if c.dep_.startswith("aux")]
    return any(c.lemma_ == AVOIR for c in auxiliaries) \
        and not any(c.dep_ == "aux:pass" or c.lemma_ == ETRE for c in auxiliaries)
