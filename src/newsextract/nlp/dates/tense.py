"""Which way the verb governing an expression points: past, present or future.

The tense comes from the spaCy parse: the closest VERB/AUX above the expression, compound
tenses ("a annoncé", "aura fini"), passives, "être" verbs ("est rentré"), conditionals,
modals + infinitive ("va signer") and future endings the tagger reads as presents.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from newsextract.nlp.dates.calendar_math import FUTURE, PAST, PRESENT
from newsextract.nlp.dates.rules import lexicon
from newsextract.resources import read_lines, read_sections

ETRE_VERBS_FILE = "dates_etre_verbs.txt"
SCHEDULING_VERBS_FILE = "dates_scheduling_verbs.txt"
_VERBS = ("VERB", "AUX")
# parse levels climbed from an expression to its verb: its clause, not the whole sentence
VERB_CLIMB_LIMIT = 5
# infinitive or present-participle levels climbed to a governing verb ("va pouvoir signer")
INFINITIVE_CLIMB_LIMIT = 3


def governing_verb(span: Span) -> Token | None:
    """The closest verb above the expression's root in the parse, within its sentence."""
    tok = span.root
    for _ in range(VERB_CLIMB_LIMIT):
        # a word of the expression is no verb, whatever the tagger says ("dimanche" read as
        # a participle in "la fête se tiendra dimanche")
        if tok.pos_ in _VERBS and not span.start <= tok.i < span.end:
            return tok
        cop = [c for c in tok.children if c.dep_ == "cop"]
        if cop:  # "X sont incertains pour samedi": the copula carries the tense
            return cop[0]
        if (predicate := _finite_modifier(tok, span)) is not None:
            return predicate
        if tok.head is tok:
            break
        tok = tok.head
    root = span.sent.root if span.doc.has_annotation("SENT_START") else None
    if root is None or root.pos_ not in _VERBS or span.start <= root.i < span.end:
        return None
    return root


def _finite_modifier(noun: Token, span: Span) -> Token | None:
    """A finite verb the parser hung under a noun as its modifier, between the noun and the
    expression ("le ministre échangera à partir de 11 h" read as ministre <- échangera): the
    noun's predicate, which carries the tense (a participle or a relative clause does not)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return next((c for c in noun.children if c.pos_ in _VERBS and c.dep_ in ("amod", "acl")
                 and "Fin" in c.morph.get("VerbForm") and noun.i < c.i < span.start), None)


def _tense_of(morph_tense: list[str]) -> str | None:
    if "Fut" in morph_tense:
        return FUTURE
    if "Imp" in morph_tense or "Past" in morph_tense:
        return PAST
    if "Pres" in morph_tense:
        return PRESENT
    return None


def verb_tense(verb: Token, depth: int = 0) -> str | None:
    """past / future / present of a verb group, compound tenses and modals included."""
    aux = [c for c in verb.children if c.dep_ in ("aux:tense", "aux")]
    passive = [c for c in verb.children if c.dep_ == "aux:pass"]
    if aux:  # "a été condamné", "avait annoncé": a compound past; "aura fini": future
        return FUTURE if "Fut" in aux[0].morph.get("Tense") else PAST
    if passive and "Inf" in passive[0].morph.get("VerbForm") and depth < INFINITIVE_CLIMB_LIMIT \
            and verb.head.i != verb.i and verb.head.pos_ in _VERBS:
        # an infinitive passive ("doit être présenté mercredi", "va être voté") has the
        # tense of the verb it hangs on, as an infinitive
        head = verb.head
        if head.lemma_ in lexicon().raw["future_auxiliaries"]:
            return FUTURE
        return verb_tense(head, depth + 1)
    if passive:  # "est prévu", "sera fermée"; but "est rentré", "s'est noyée", "je me suis
        # rendue" (a reflexive pronoun the parser may call iobj) are pasts
        tense = _tense_of(passive[0].morph.get("Tense"))
        if tense == PRESENT and "Part" in verb.morph.get("VerbForm") and (
                verb.lemma_ in read_lines(ETRE_VERBS_FILE)
                or any(c.dep_.startswith("expl") or "Yes" in c.morph.get("Reflex")
                       for c in verb.children)):
            return PAST
        return tense
    if "Cnd" in verb.morph.get("Mood"):
        return FUTURE
    forms = verb.morph.get("VerbForm")
    if "Part" in forms and "Pres" in verb.morph.get("Tense"):
        # a present participle ("estimant mardi que ...") has the tense of the verb it hangs on
        if depth < INFINITIVE_CLIMB_LIMIT and verb.head.i != verb.i and verb.head.pos_ in _VERBS:
            return verb_tense(verb.head, depth + 1)
        return None
    if "Part" in forms and _future_copula(verb):
        return FUTURE  # "la motion sera bien débattue jeudi", its "sera" parsed as a copula
    if "Part" in forms:  # "les modifications annoncées mercredi"
        if verb.lemma_ in read_lines(SCHEDULING_VERBS_FILE):
            return FUTURE  # "la réunion prévue le 5 mai", "un vote reporté à mardi"
        return PAST
    if "Inf" in forms and depth < INFINITIVE_CLIMB_LIMIT and verb.head.i != verb.i \
            and verb.head.pos_ in _VERBS:
        head = verb.head
        if head.lemma_ in lexicon().raw["future_auxiliaries"]:  # "va signer"
            return FUTURE
        return verb_tense(head, depth + 1)
    tense = _tense_of(verb.morph.get("Tense"))
    if tense == PRESENT and "Fin" in forms and verb.lower_.endswith(future_endings()):
        return FUTURE  # the tagger often reads "signeront", "sera" as presents
    return tense


def is_simple_imperfect(verb: Token) -> bool:
    """A one-word imperfect ("il travaillait le dimanche"): the past's habits, unlike a
    compound past ("avait eu lieu le vendredi") or a passive, which tell one event."""
    return "Imp" in verb.morph.get("Tense") and "Fin" in verb.morph.get("VerbForm") \
        and not any(c.dep_.startswith("aux") for c in verb.children)


def _future_copula(participle: Token) -> bool:
    """A future passive the parser read as copula + adjective ("sera organisée", "seront
    fermés"): the copula, in the future, carries the tense."""
    return any(c.dep_ == "cop" and (_tense_of(c.morph.get("Tense")) == FUTURE
                                    or c.lower_.endswith(future_endings()))
               for c in participle.children)


# The last letter of the future stem (the infinitive's "r": "signer" -> "signeront").
FUTURE_STEM_END = "r"


@cache
def future_endings() -> tuple[str, ...]:
    """Endings of a simple future ("signeront"), which the tagger often reads as a present:
    the stem's "r" and an ending of the [future] section of `french_future_endings.txt`."""
    return tuple(sorted(FUTURE_STEM_END + e
                        for e in read_sections("french_future_endings.txt")["future"]))
