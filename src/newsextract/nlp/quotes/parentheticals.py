"""Does a parenthetical interrupt a reported clause, or a reported clause sit in one?

"Il a assuré que la décision revenait au maire - et non au préfet - de fermer l'école":
the parse often ends the content clause at the first dash, or hangs what follows the
second dash elsewhere. A clause that ends at or inside such a dashed aside runs on past
the closing dash to the end of its own words: the next comma, semicolon or colon, a
coordinated verb of the journalist's ("et a ajouté"), or the end of the sentence. Not
when a new main clause follows the aside ("Même s'il juge que … - sauf exception - la
ministre appelle …": a subject and its verb after the dash).

The other way round, a relative clause inserted in a subject may report words of its own
("Paul X, qui nie être l'auteur du vol, affirme avoir …"): its content ends before the
main verb of the sentence, which reports the subject's next words.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsextract.nlp.grammar_words import COORDINATOR, grammar_words
from newsextract.nlp.negation import VERB, negation_words
from newsextract.nlp.punctuation import is_spaced_dash
from newsextract.nlp.quotes.lexicon import finite_verb

# Punctuation after the closing dash that ends the clause's own words.
STOPS = frozenset({",", ";", ":", ".", "!", "?", "«", "»", "(", "“", '"'})


def _closing_dash(doc: Doc, opening: int, limit: int) -> int | None:
    for j in range(opening + 1, limit):
        if is_spaced_dash(doc, j):
            return j
        if doc[j].text in (".", ";", ":", "!", "?"):
            return None
    return None


def _words_after(doc: Doc, closing: int, limit: int) -> int:
    """End (exclusive) of the clause's words after the closing dash."""
    j = closing + 1
    while j < limit:
        t = doc[j]
        if t.text in STOPS or is_spaced_dash(doc, j):
            break
        # a coordinator then a finite verb: a verb of the journalist's ("et a ajouté")
        if t.lower_ in grammar_words(COORDINATOR) and j + 1 < limit and (
                finite_verb(doc[j + 1]) or (j + 2 < limit and doc[j + 1].pos_ == "PRON"
                                        and finite_verb(doc[j + 2]))):
            break
        if finite_verb(doc[j]):
            head = t.head if t.dep_.startswith(("aux", "cop")) else t
            if any(c.dep_.startswith("nsubj") and closing < c.i < t.i for c in head.children):
                return closing + 1  # a new main clause after the aside
        j += 1
    return j


def over_dashed_aside(doc: Doc, clause: tuple[int, int], limit: int) -> tuple[int, int]:
    """The clause (token range) extended past a dashed aside that interrupts it."""
    start, end = clause
    for i in range(start + 1, min(end + 1, limit)):
        if not is_spaced_dash(doc, i):
            continue
        closing = _closing_dash(doc, i, limit)
        if closing is None or end > closing + 1:
            return clause
        after = _words_after(doc, closing, limit)
        return (start, after) if after > closing + 1 else clause
    return clause


def before_main_verb(doc: Doc, verb: Token, clause: tuple[int, int]) -> tuple[int, int]:
    """The clause of a reporting verb in a relative clause set off by commas ("X, qui dit
    Y, affirme Z") cut at the comma followed by a finite verb with no subject of its own
    (the main verb, whose subject is the relative's antecedent)."""
    if verb.dep_ != "acl:relcl" or not any(
            c.morph.get("PronType") == ["Rel"] and c.i > 0 and doc[c.i - 1].text == ","
            for c in verb.children):
        return clause
    start, end = clause
    for i in range(start + 1, end - 1):
        if doc[i].text != "," or not any(t.pos_ in ("VERB", "AUX") for t in doc[start:i]):
            continue  # "qui juge que la loi, elle, est …": the clause has no verb yet
        j = i + 1
        while j < end and (doc[j].pos_ == "ADV" or doc[j].lower_ in negation_words(VERB)
                           or (doc[j].pos_ == "PRON" and doc[j].text[:1].islower()
                               and not doc[j].dep_.startswith("nsubj")
                               and doc[j].morph.get("PronType") != ["Rel"])):
            j += 1
        if j < end and finite_verb(doc[j]):
            return start, i
    return clause
