"""Does a sentence opening with "si" state a hypothesis, or a concession? "S'il y a dix
morts, le ministre partira" imagines its figures; "Si aucun bilan officiel n'existe, un
collectif a recensé quarante blessés" grants a point and states a real figure. French marks
the hypothesis by the tense of the main clause: a future ("partira", "il y aura") or a
conditional ("il y aurait eu"). A conditional inside a content clause of the main clause
("un journal affirme que les tirs auraient fait …") is a reported figure, not a hypothesis."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from newsextract.nlp.grammar_words import CLAUSE_OPENER, RELATIVE, grammar_words
from newsextract.resources import read_lines

# the end of the "si" clause: its first comma ("Si …, le bilan …")
_CONDITION_END = ","
_HYPOTHETICAL_TENSE = "Fut"
_HYPOTHETICAL_MOOD = "Cnd"


def content_clause_openers() -> frozenset[str]:
    """"que", "qu'": a content clause after a verb of the main clause ("affirme que …")."""
    return grammar_words(CLAUSE_OPENER) & grammar_words(RELATIVE)


@cache
def _future_endings() -> frozenset[str]:
    return frozenset(read_lines("french_future_endings.txt"))


def is_future_or_conditional(token: Token) -> bool:
    """A verb in the future or the conditional, by its morphology or, where the tagger
    reads a present ("compterons"), by its infinitive plus a future ending."""
    if _HYPOTHETICAL_TENSE in token.morph.get("Tense") \
            or _HYPOTHETICAL_MOOD in token.morph.get("Mood"):
        return True
    form, lemma = token.lower_, token.lemma_.lower()
    stem = lemma[:-1] if lemma.endswith("re") else lemma
    return lemma.endswith(("er", "ir", "re")) and form.startswith(stem) \
        and form[len(stem):] in _future_endings()


def is_hypothesis(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether the sentence text[start:end], which opens with "si", imagines its figures.
    Without a comma the clauses cannot be told apart: a hypothesis, as before."""
    comma = text.find(_CONDITION_END, start, end)
    if comma < 0:
        return True
    main = doc.char_span(comma + 1, end, alignment_mode="expand")
    if main is None:
        return True
    openers = content_clause_openers()
    for token in main:
        if token.lower_ in openers:
            break
        if token.pos_ in ("VERB", "AUX") and is_future_or_conditional(token):
            return True
    return False
