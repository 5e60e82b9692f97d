"""Which capitals, or glued words, stand for a person the article names in full?

The press writes some politicians and public figures by their initials once it has named
them ("Jeanne-Marie Dallier ... JMD a répondu"; "Paul Le Guen ... PLG"). The model reads
such capitals as an organisation's acronym, or misses them. A word in capitals whose letters
are the initials of a person the article names in full (one letter per capitalised part,
hyphenated parts included, a capitalised particle too: "Le Guen" gives "LG") is that person:
a PER mention whose canonical name is the full name. The full name must be in the article:
no list of initials.

The same holds for a person's name written as one word with its capitals kept, the display
name of a social-network account ("JeanneDallier" in an embedded post, after "Jeanne
Dallier" in the story): a PER mention, canonical the full name.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsextract.nlp.entities import canonical
from newsextract.nlp.entities.lexicons import Lexicons
from newsextract.nlp.entities.mention import Mention

# Initials of fewer letters ("JM") are too often a first name's abbreviation or another
# acronym; more than four letters are not written for a person.
MIN_INITIALS, MAX_INITIALS = 3, 4


def person_initials(name: str) -> str:
    """"Jeanne-Marie Dallier" -> "JMD", "Paul Le Guen" -> "PLG"; "" when a part is not
    capitalised ("Paul de Guen": whether the particle gives a letter varies)."""
    parts = [p for w in name.split() for p in w.split("-") if p]
    if len(parts) < 2 or not all(p[0].isupper() for p in parts):
        return ""
    return canonical.entity_key("".join(p[0] for p in parts)).upper()


def initials_of_persons(doc: Doc, mentions: list[Mention]) -> dict[str, str]:
    """Initials -> full name, for persons named in full; initials shared by two different
    names are left out."""
    found: dict[str, set[str]] = {}
    for m in mentions:
        if m.label != "PER" or m.end - m.start < 2:
            continue
        name = canonical.visible(doc[m.start:m.end].text)
        letters = person_initials(name)
        if MIN_INITIALS <= len(letters) <= MAX_INITIALS:
            found.setdefault(letters, set()).add(name)
    return {k: names.pop() for k, names in found.items() if len(names) == 1}


def glued_names_of_persons(doc: Doc, mentions: list[Mention]) -> dict[str, str]:
    """The entity key of each person's full name glued into one word with its capitals
    ("jeannedallier" for "Jeanne Dallier") -> the full name; only names whose glued form
    keeps a capital inside ("JeanneDallier"), which no French word has."""
    found: dict[str, str] = {}
    for m in mentions:
        if m.label != "PER" or m.end - m.start < 2:
            continue
        name = canonical.visible(doc[m.start:m.end].text)
        if all(w[:1].isupper() for w in name.split()):
            found[canonical.entity_key("".join(name.replace("-", " ").split()))] = name
    return found


def is_glued_name(tok, handle_marks: frozenset[str]) -> bool:
    """"JeanneDallier": letters with a capital inside, not in capitals, not a handle or a
    hashtag glued to one of `handle_marks` ("@JeanneDallier" names the account, not the
    person)."""
    doc = tok.doc
    marked = tok.i > 0 and doc[tok.i - 1].text in handle_marks and not doc[tok.i - 1].whitespace_
    return tok.is_alpha and not tok.is_upper and any(c.isupper() for c in tok.text[1:]) \
        and not marked


def persons_from_initials(doc: Doc, mentions: list[Mention], lex: Lexicons) -> list[Mention]:
    """`mentions` where every one-word mention, or untagged word, written as the initials of
    a person named in full is that person (PER, canonical the full name)."""
    known = initials_of_persons(doc, mentions)
    glued = glued_names_of_persons(doc, mentions)
    if not known and not glued:
        return mentions
    covered = {i for m in mentions for i in range(m.start, m.end)}
    by_start = {m.start: m for m in mentions if m.end - m.start == 1}
    added = []
    for tok in doc:
        name = known.get(tok.text) if tok.is_upper and tok.is_alpha else None
        if name is None and is_glued_name(tok, lex.words["hashtag_marks"]):
            name = glued.get(canonical.entity_key(tok.text))
        if name is None:
            continue
        m = by_start.get(tok.i)
        if m is not None and not m.gazetteer:
            m.label = m.trigger_label = "PER"
            m.canonical = name
        elif tok.i not in covered:
            added.append(Mention(tok.i, tok.i + 1, "PER", trigger_label="PER", canonical=name))
    return sorted(mentions + added, key=lambda m: m.start)
