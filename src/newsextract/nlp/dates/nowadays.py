"""Does "aujourd'hui" speak of the present era (PRESENT_REF) rather than of the publication
day? Read from the parse around it:

- it qualifies a state, not an event: an adjective or a noun it stands before ("un ancien
  maire, aujourd'hui retraité", "âgée aujourd'hui de 50 ans", "aujourd'hui conseillère");
- its verb is "être" in a simple present or imperfect ("trois sont aujourd'hui au chômage");
- its verb is negated in a simple tense ("rien ne l'explique aujourd'hui", "nul ne sait
  aujourd'hui");
- it follows a contrast conjunction ("mais aujourd'hui", "or aujourd'hui": then / now).

Events stay on the day: "a annoncé aujourd'hui", "doit signer aujourd'hui", "se rend aujourd'hui".
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from newsextract.nlp.auxiliaries import ETRE
from newsextract.nlp.dates.rules import fold_word, lexicon
from newsextract.nlp.dates.tense import future_endings, governing_verb
from newsextract.nlp.negation import STATE, negation_words


def speaks_of_nowadays(span: Span) -> bool:
    word = span.root
    if _after_contrast(span):
        return True
    if _qualifies_state(word):
        return True
    verb = governing_verb(span)
    return verb is not None and _right_after(verb, word) and _simple_present(verb) \
        and (verb.lemma_ == ETRE or _negated(verb))


def _qualifies_state(word: Token) -> bool:
    """Before a noun or an adjective ("aujourd'hui retraitée", "aujourd'hui ministre"), or
    inside an adjective phrase ("âgé aujourd'hui de 50 ans"); not after a plain adjective
    ("ses bureaux provisoires aujourd'hui": the day)."""
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if following is not None and _adjectival(following):
        return True  # the parse may hang the adverb elsewhere ("un boxeur aujourd'hui âgé de")
    head = word.head
    if head.i == word.i:
        return False
    if word.i < head.i and head.pos_ == "NOUN":
        return True
    # the adjective's complement goes on right after the adverb ("âgée aujourd'hui de 50
    # ans"); "libre aujourd'hui, dans ..." is a day
    return _adjectival(head) and following is not None and following.pos_ != "PUNCT" \
        and head.left_edge.i <= following.i <= head.right_edge.i


def _adjectival(tok: Token) -> bool:
    """An adjective, or a participle qualifying a noun ("un élu reconverti", "âgée de")."""
    return tok.pos_ == "ADJ" or (tok.pos_ == "VERB" and tok.dep_ == "acl"
                                 and "Part" in tok.morph.get("VerbForm"))


def _right_after(verb: Token, word: Token) -> bool:
    """"est aujourd'hui", "ne sait pas aujourd'hui": the adverb right after its verb (or
    its negation) sets the state's time; clause-final ("il joue au stade aujourd'hui") it
    dates the event."""
    between = verb.doc[verb.i + 1:word.i]
    negations = _state_negations()
    return verb.i < word.i and all(fold_word(t.text) in negations for t in between)


def _simple_present(verb: Token) -> bool:
    """A finite verb without auxiliary and without a future ending: a present, an imperfect
    (which the tagger often reads as a conditional: "rien ne l'expliquait") or a conditional."""
    return "Fin" in verb.morph.get("VerbForm") and not _compound(verb) \
        and not verb.lower_.endswith(future_endings())


def _after_contrast(span: Span) -> bool:
    start = span.start
    contrasts = lexicon().words("nowadays_contrasts")
    return start > 0 and fold_word(span.doc[start - 1].text) in contrasts


def _compound(verb: Token) -> bool:
    return any(c.dep_ in ("aux:tense", "aux", "aux:pass") for c in verb.children)


@cache
def _state_negations() -> frozenset[str]:
    """The negation words of a present stating how things are now (negation.tsv), folded."""
    return frozenset(fold_word(w) for w in negation_words(STATE))


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "advmod" and fold_word(c.text) in _state_negations()
               for c in verb.children)
