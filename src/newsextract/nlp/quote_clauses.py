"""Content clauses of reporting verbs read off the word order, for when the parse fails.

The parser often gives a reporting verb no clause at all: "a estimé que «le résultat est
incertain»" parsed with the noun as the verb's object, "ont tout de suite relevé que" with
the verb swallowed into a fixed expression, "a annoncé que, dès 2019, …" with the que as
punctuation. French news writing is regular enough that the clause can be read from the
words right after the verb: que/qu', de/à + infinitive, or a (perfect or negated)
infinitive. These functions are pure: they take a Doc and token indices.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from newsextract.resources import read_tsv

FINITE, INFINITIVE, NEGATION = "finite", "infinitive", "negation"
# At most this many tokens of a complement ("à l'AFP", "dans un autre amendement") may
# separate the verb from its clause.
MAX_INTERVENING = 5


@lru_cache(maxsize=1)
def introducers() -> dict[str, str]:
    """Clause-opening word (lowercase) -> finite | infinitive | negation."""
    return {row[0].lower(): row[1] for row in read_tsv("quotes_clause_introducers.tsv")
            if len(row) > 1}


def is_infinitive(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.morph.get("VerbForm") == ["Inf"]


def _skippable(tok: Token) -> bool:
    """Words between a verb and its clause: adverbs ("tout de suite", "également") and
    inverted subject clitics ("a-t-il estimé que")."""
    return tok.pos_ == "ADV" and introducers().get(tok.lower_) != NEGATION \
        or tok.text.startswith("-") or tok.dep_ == "fixed"


def _short_complement_end(doc: Doc, i: int, limit: int) -> int:
    """End of a short prepositional complement at token i ("à l'AFP", "dans un
    amendement"), or i when there is none: no verb, no punctuation, few words."""
    if doc[i].pos_ != "ADP" or doc[i].lower_ in introducers():
        return i
    j = i + 1
    while j < limit and j - i <= MAX_INTERVENING and doc[j].pos_ in ("DET", "NOUN", "PROPN",
                                                                       "ADJ", "NUM"):
        j += 1
    return j if j > i + 1 else i


def word_order_clause_start(doc: Doc, verb: Token, ambiguous: bool, limit: int) -> int | None:
    """First token of the content clause that follows `verb`, or None.

    que/qu' opens a finite clause (unless it is a relative pronoun, parsed as an object);
    de/à + infinitive and a negated infinitive open an infinitive clause; a bare infinitive
    counts only after a verb that is not ambiguous ("a dit être", not "a annoncé vouloir"),
    or when it is perfect ("a annoncé avoir clos").
    """
    i = verb.i + 1
    while i < limit and _skippable(doc[i]):
        i += 1
    if i < limit and doc[i].pos_ == "ADP":
        i = _short_complement_end(doc, i, limit)
    if i + 1 < limit and doc[i].morph.get("Poss") == ["Yes"] and doc[i + 1].pos_ == "NOUN":
        # "a exprimé sa volonté de réformer", "annonçant son intention de rejoindre"
        i += 2
    if i >= limit:
        return None
    tok = doc[i]
    kind = introducers().get(tok.lower_)
    if kind == FINITE:
        return i if tok.dep_ != "obj" else None
    if kind == INFINITIVE:
        return i if i + 1 < limit and is_infinitive(doc[i + 1]) else None
    start = i
    while i < limit and (introducers().get(doc[i].lower_) == NEGATION
                         or (doc[i].pos_ == "ADV" and i > start)):
        i += 1
    if i >= limit or not is_infinitive(doc[i]):
        return None
    perfect = doc[i].pos_ == "AUX" and i + 1 < limit \
        and doc[i + 1].pos_ in ("VERB", "AUX", "ADJ")
    if ambiguous and not (perfect or start < i):
        return None
    return start


def opens_main_clause(doc: Doc, comma: int, start: int, limit: int) -> bool:
    """True when the comma at token `comma` ends a content clause that began at `start`
    because a new clause of the journalist's follows it: its own subject and finite verb
    (", le président a indiqué que"). Not after a clause that has no verb yet ("que, dès
    2019, le salaire augmentera"), not before a relative ("…», ce qui «rend…»")."""
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[start + 1:comma]):
        return False
    for j in range(comma + 1, min(limit, comma + 12)):
        t = doc[j]
        if t.is_punct or t.morph.get("PronType") == ["Rel"]:
            return False
        if t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]:
            head = t if t.dep_ not in ("aux", "aux:tense", "aux:pass", "cop") else t.head
            return any(c.dep_ in ("nsubj", "nsubj:pass") and comma < c.i < t.i
                       and c.morph.get("PronType") != ["Rel"] for c in head.children)
    return False
