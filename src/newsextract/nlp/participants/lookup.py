"""Pure lookups in an article's registry (``doc._.participants``), for the later layers.

`resolve(doc, start_char, end_char)`: the participant one of whose mentions (name or
description) covers or overlaps the range, as a plain dict, or None. A casualty source or
a quote speaker given as "le ministre" resolves to the minister the article names.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsextract.nlp.participants.lexicon import names_person, organisation_kind


def participants(doc: Doc) -> list[dict]:
    return list(doc._.participants or []) if doc.has_extension("participants") else []


def resolve(doc: Doc, start_char: int, end_char: int) -> dict | None:
    """The participant with a mention overlapping [start_char, end_char): the one whose
    mention overlaps most, a name before a description."""
    best, best_key = None, None
    for p in participants(doc):
        for start, end, kind in p["mentions"]:
            overlap = min(end, end_char) - max(start, start_char)
            if overlap <= 0:
                continue
            key = (overlap, kind == "name")
            if best_key is None or key > best_key:
                best, best_key = p, key
    return best


def by_name(doc: Doc, name: str) -> dict | None:
    """The named participant (PER or ORG) one of whose names is `name`, else None."""
    for p in participants(doc):
        if p["kind"] in ("PER", "ORG") and (p["name"] == name or name in p["names"]):
            return p
    return None


def organisation_kinds(doc: Doc, name: str) -> frozenset[str]:
    """The kinds of organisation (`organisation_kind`) the organisation named `name` is
    shown to be: by the first word of its name ("ministère de la Justice"), by its
    descriptions in the article and by the noun right before any of its names ("d'après
    la chaîne de télévision publique NHK"). Empty when nothing tells."""
    participant = by_name(doc, name)
    nouns = name.split()[:1]
    if participant is not None:
        nouns += participant["heads"]
        for start, _, kind in participant["mentions"]:
            if kind == "name":
                nouns += [t.text for t in _title_words_before(doc, start)]
    return frozenset(k for k in map(organisation_kind, nouns) if k is not None)


# Words read back from a name for the noun that says what it is ("la chaîne de télévision
# publique | NHK").
TITLE_REACH = 5


def _title_words_before(doc: Doc, start_char: int) -> list:
    """The tokens between the determiner before a name and the name ("chaîne de télévision
    publique" in "la chaîne de télévision publique NHK"), or none."""
    span = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    if span is None:
        return []
    out = []
    if span.start > 0 and doc[span.start - 1].pos_ == "ADP":
        return []  # "le site de Lubrizol": the name completes the noun, it is not one
    for tok in reversed(doc[max(0, span.start - TITLE_REACH):span.start]):
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "PRON"):
            return []
        if tok.pos_ == "DET":
            return out
        out.append(tok)
    return []


def by_entity(doc: Doc, entity_id: int) -> dict | None:
    """The participant an entity (`entity_id` of the entities table) belongs to."""
    for p in participants(doc):
        if entity_id in p["entity_ids"]:
            return p
    return None


def described_at(doc: Doc, start_char: int) -> dict | None:
    """The participant a description mention starting at `start_char` stands for: a named
    one (PER or ORG: "le chauffeur" -> the driver the article names), or an unnamed one
    the description was linked to under another head ("le trentenaire" -> "l'agresseur
    âgé de 34 ans"), else None."""
    for p in participants(doc):
        if p["kind"] in ("PER", "ORG") and any(
                start == start_char and kind == "description" for start, _, kind in p["mentions"]):
            return p
        if start_char in p.get("linked", ()):
            return p
    return None



def last_group_before(doc: Doc, char: int, max_chars: int,
                      counts: Callable[[int], bool] = lambda start: True
                      ) -> tuple[int, int] | None:
    """The mention (start_char, end_char) of the group of people mentioned last before
    `char`, at most `max_chars` before it ("leurs pancartes": whose?), among the mentions
    whose start `counts` accepts (the quotes layer skips those inside quotation marks)."""
    best: tuple[int, int] | None = None
    for p in participants(doc):
        if p["kind"] != "GROUP":
            continue
        for start, end, _ in p["mentions"]:
            if end <= char and char - start <= max_chars and counts(start) \
                    and (best is None or start > best[0]):
                best = (start, end)
    return best


def unnamed_described_at(doc: Doc, start_char: int) -> dict | None:
    """The unnamed participant (a bare description the registry linked to nobody named)
    whose description mention starts at `start_char`, or None."""
    for p in participants(doc):
        if p["kind"] == "NP" and any(start == start_char and kind == "description"
                                     for start, _, kind in p["mentions"]):
            return p
    return None


def role_stem(head: str) -> str:
    """ "présidente" / "président" / "présidents" -> "président": one role whatever its
    gender and number."""
    head = head.lower()
    if head.endswith("s"):
        head = head[:-1]
    return head[:-1] if head.endswith("e") and len(head) > 3 else head


def contradicts(description: dict, named: dict, functions: frozenset[str],
                generic: frozenset[str]) -> bool:
    """The unnamed `description` cannot be the `named` participant: their genders differ,
    or both are known only by specific functions or person nouns (`functions`: titles
    such as "préfet", "président"; "économiste"; not the `generic` heads of any body,
    "chef", "directeur"), the description names its office in full (a bare "le député"
    refers back to the one named, "le président du club" names an office) and they share
    none ("le préfet X" is not "le président du club")."""
    if description.get("gender") and named.get("gender") \
            and description["gender"] != named["gender"]:
        return True
    own = [h.lower() for h in description.get("heads") or [] if h.lower() not in generic]
    other = [h.lower() for h in named.get("heads") or [] if h.lower() not in generic]
    if not own or not other or any(h not in functions and not names_person(h)
                                   for h in own + other) \
            or not any(len(d.split()) > 1 for d in description.get("descriptions") or []):
        return False
    return not {role_stem(h) for h in own} & {role_stem(h) for h in other}
