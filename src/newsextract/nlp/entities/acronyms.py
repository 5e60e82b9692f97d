"""Which acronym does the article expand? Link "Expansion (ACR)" and "ACR (Expansion)".
Which acronyms make one name? "l'UD CGT", "la FD FO": a structure of an organisation
written before the organisation's acronym, two organisation mentions with one space between
them, are one organisation (a list writes commas or "et" between its names)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsextract.nlp.entities import canonical
from newsextract.nlp.entities.lexicons import Lexicons
from newsextract.nlp.entities.mention import Mention

MAX_EXPANSION_TOKENS = 14



def expansion_start(doc: Doc, i: int, acronym: str, skip: frozenset[str]) -> int | None:
    """Start of the expansion ending before the bracket at token i: the nearest start whose
    initials are the acronym's, else the nearest that spells it with function words or
    syllables (``canonical.spells``), which a shorter tail could otherwise fake
    ("direction départementale de la voirie publique (DDVP)" is spelled by its tail too)."""
    starts = []
    for k in range(i - 1, max(i - MAX_EXPANSION_TOKENS, 0) - 1, -1):
        if doc[k].is_punct or doc[k].is_space:
            break
        if canonical.entity_key(doc[k].text) not in skip:
            starts.append(k)
    for loose in (False, True):
        for k in starts:
            if canonical.acronym_matches(acronym, [t.text for t in doc[k:i]], skip, loose):
                return k
    return None


def acronym_pairs(doc: Doc, skip: frozenset[str], texts: list[str]
                  ) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(acronym span, expansion span) for "Expansion (ACR)" and "ACR (Expansion)"; `texts`
    are the token texts of `doc` (read once per article)."""
    pairs = []
    for i, text in enumerate(texts):
        if text != "(":
            continue
        close = next((k for k in range(i + 1, min(i + MAX_EXPANSION_TOKENS + 2, len(doc)))
                      if texts[k] == ")"), None)
        if close is None:
            continue
        inside = texts[i + 1:close]
        if close == i + 2 and canonical.is_acronym(inside[0]):  # Expansion (ACR)
            start = expansion_start(doc, i, inside[0], skip)
            if start is not None:
                pairs.append(((i + 1, i + 2), (start, i)))
        elif (i >= 1 and canonical.is_acronym(doc[i - 1].text) and close > i + 2  # ACR (Exp)
              and canonical.acronym_matches(doc[i - 1].text, inside, skip, loose=True)
              and doc[i + 1].text[:1].isupper()):
            pairs.append(((i - 1, i), (i + 1, close)))
    return pairs


def names_organisation(head, lex: Lexicons) -> bool:
    """The word heads an organisation's name ("direction", "inspection", "syndicat")."""
    trig = lex.triggers.get(head.lower_)
    return (trig is not None and trig.label == "ORG") \
        or lex.has("organisation_heads", head.text.capitalize())


def names_a_thing(doc: Doc, exp: tuple[int, int]) -> bool:
    """The expansion is all lowercase and no capitalised word opens it from before
    ("la Brigade de police de Nîmes (PN)" may be read from "police")."""
    before = doc[exp[0] - 1] if exp[0] > 0 else None
    continues_name = before is not None and before.is_title and not before.is_sent_start
    return not continues_name and all(not t.is_alpha or t.is_lower for t in doc[exp[0]:exp[1]])


def add_acronym_mentions(doc: Doc, mentions: list[Mention], lex: Lexicons, texts: list[str]
                         ) -> list[Mention]:
    """Make sure both halves of each acronym pair are mentions, with one label and a link.

    An expansion in lowercase that the model did not tag names a thing, not an organisation
    ("plan local d'urbanisme (PLU)"): its acronym is dropped unless the gazetteer knows it,
    or the expansion starts with an organisation noun ("direction générale de l'exemple
    (DGE)": ``entities_triggers.tsv`` ORG heads and ``organisation_heads``). An expansion
    all in lowercase names that thing in the whole article: every other mention written as
    that acronym ("le PLU a été voté") is dropped too, so that no later step repeats it as a
    name (not after a capitalised start: "la Brigade de police de Nîmes (PN)" may be read
    from "police", the acronym stays a name elsewhere).
    """
    by_span = {(m.start, m.end): m for m in mentions}
    things: set[str] = set()
    for acr, exp in acronym_pairs(doc, lex.words["acronym_skip"], texts):
        if canonical.entity_key(doc[acr[0]:acr[1]].text) in lex.non_entity_acronyms:
            continue  # a tax or a measure, expanded or not ("taxe sur les X (TSX)")
        a, x = by_span.get(acr), by_span.get(exp)
        if x is None and doc[exp[0]].is_lower and not names_organisation(doc[exp[0]], lex):
            if a is not None and not a.gazetteer:
                mentions.remove(a)
                by_span.pop(acr)
            if (a is None or not a.gazetteer) and names_a_thing(doc, exp):
                things.add(doc[acr[0]:acr[1]].text)
            continue
        gazetteer_label = next((m.label for m in (a, x) if m is not None and m.gazetteer), None)
        label = gazetteer_label or "ORG"  # acronyms with expansions are organisations
        if x is None:
            # the expansion replaces the mentions the model found inside it
            mentions = [m for m in mentions if not (exp[0] <= m.start and m.end <= exp[1])]
            x = Mention(exp[0], exp[1], label)
            mentions.append(x)
        if a is None:
            a = Mention(acr[0], acr[1], label)
            mentions.append(a)
        a.label = x.label = label
        a.trigger_label = x.trigger_label = label
        a.canonical = x.canonical = doc[exp[0]:exp[1]].text
        by_span = {(m.start, m.end): m for m in mentions}
    return [m for m in mentions if m.gazetteer or doc[m.start:m.end].text not in things]


def is_capital_acronym(text: str) -> bool:
    """"CGT", "UD": capitals only (a capitalised word, "Ccas", may be a name)."""
    return canonical.is_acronym(text) and canonical.acronym_letters(text).isupper()


def join_adjacent_acronyms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"UD" and "CGT" tagged as two organisations, one space apart: one organisation."""
    by_start = {m.start: m for m in mentions}
    joined, dropped = [], set()
    for m in sorted(mentions, key=lambda m: m.start):
        if id(m) in dropped:
            continue
        nxt = by_start.get(m.end)
        if nxt is not None and m.label == nxt.label == "ORG" and m.end - m.start == 1 \
                and nxt.end - nxt.start == 1 and doc[m.start].whitespace_ == " " \
                and is_capital_acronym(doc[m.start].text) \
                and is_capital_acronym(doc[nxt.start].text):
            dropped.add(id(nxt))
            m = Mention(m.start, nxt.end, "ORG", trigger_label="ORG")
        joined.append(m)
    return joined
