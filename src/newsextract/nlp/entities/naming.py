"""Which canonical name does each mention take in this article? (rules in canonical.py)"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc

from newsextract.nlp.entities import canonical
from newsextract.nlp.entities.honorifics import honorific_index
from newsextract.nlp.entities.lexicons import Lexicons, honorifics
from newsextract.nlp.entities.mention import Mention


def gender_of_honorific(doc: Doc, start: int, lex: Lexicons) -> str | None:
    """"Fem" after "Mme", "Masc" after "M.", None without an honorific."""
    i = honorific_index(doc, start, lex)
    return None if i is None else honorifics()[doc[i].text].gender


def settle_ambiguous_surname(doc: Doc, m: Mention, candidates: list[int],
                             persons: list[Mention], names: list[list[str]],
                             lex: Lexicons) -> int:
    """Which of several full names ("Anne Martin", "Paul Martin") a lone "Martin" means:
    after "Mme" or "M.", the one whose first name the model gives that gender; otherwise
    the one the article names first (a lone surname refers back to the article's first
    person of that name; a second one is introduced with a first name or an honorific)."""
    gender = gender_of_honorific(doc, m.start, lex)
    if gender is not None:
        same = [i for i in candidates if gender in doc[persons[i].start].morph.get("Gender")]
        if len(same) == 1:
            return same[0]
    return min(candidates, key=lambda i: persons[i].start)


def in_past_reign(doc: Doc, start: int, lex: Lexicons) -> bool:
    """"sous Charles X", "descendant de Louis XIV": a regnal name right after a history cue,
    or after a cue and "de", is a sovereign of the past, not the article's living person."""
    before = doc[start - 1].lower_ if start >= 1 else ""
    if lex.has("regnal_history_cues", before):
        return True
    return start >= 2 and lex.has("nobiliary_particles", before) \
        and lex.has("regnal_history_cues", doc[start - 2].lower_)


def merge_regnal_names(doc: Doc, persons: list[Mention], names: list[list[str]],
                       lex: Lexicons) -> None:
    """"le prince Henri VII" and "Henri de Vendôme" in one article: one person, named by the
    civil name, when the article has exactly one regnal name and one civil noble name with
    that given name, and never writes the regnal name as a sovereign of the past ("descendant
    de Henri IV" names an ancestor). A regnal name alone keeps its ordinal ("Louis XVI")."""
    numerals, particles = lex.words["regnal_numerals"], lex.words["nobiliary_particles"]
    reigns: dict[str, set[tuple[str, str]]] = defaultdict(set)
    regnal_canonicals: dict[str, set[str]] = defaultdict(set)
    civil: dict[str, dict[str, str]] = defaultdict(dict)  # given name -> key -> canonical
    past: set[str] = set()
    for m, words in zip(persons, names):
        reign = canonical.regnal_name(words, numerals, particles)
        if reign is not None:
            reigns[reign[0]].add(reign)
            regnal_canonicals[reign[0]].add(canonical.entity_key(m.canonical))
            if in_past_reign(doc, m.start, lex):
                past.add(reign[0])
        given = canonical.civil_noble_name(words, numerals, particles)
        if given is not None:
            civil[given][canonical.entity_key(m.canonical)] = m.canonical
    for given, same in reigns.items():
        if len(same) != 1 or given in past or len(civil.get(given, {})) != 1:
            continue
        (civil_name,) = civil[given].values()
        for m in persons:
            if canonical.entity_key(m.canonical) in regnal_canonicals[given]:
                m.canonical = civil_name


def assign_canonical(doc: Doc, mentions: list[Mention], lex: Lexicons) -> None:
    persons = [m for m in mentions if m.label == "PER"]
    names = [[canonical.visible(t.text) for t in doc[m.start:m.end]] for m in persons]
    numerals = lex.words["regnal_numerals"]
    for m, words in zip(persons, names):
        if m.canonical:
            continue
        candidates = canonical.distinct_names(
            canonical.fitting_persons(words, names, numerals), names)
        if len(candidates) > 1:
            i = settle_ambiguous_surname(doc, m, candidates, persons, names, lex)
        else:
            i = candidates[0] if candidates else None
        fullest = persons[i] if i is not None else m  # as written: "Jean-Luc", "d'Arc"
        m.canonical = canonical.visible(doc[fullest.start:fullest.end].text)
    merge_regnal_names(doc, persons, names, lex)
    others = [m for m in mentions if m.label != "PER"]
    for m in others:
        if m.canonical:
            continue
        m.canonical = canonical.visible(doc[m.start:m.end].text)
        longest = None
        for o in others:
            if o.label != m.label or o.end - o.start <= m.end - m.start:
                continue
            n = m.end - m.start
            same_start = [t.lower_ for t in doc[o.start:o.start + n]] == \
                [t.lower_ for t in doc[m.start:m.end]]
            qualifiers = all(t.is_lower and (t.pos_ == "ADJ" or canonical.entity_key(t.text)
                                             in lex.demonyms) for t in doc[o.start + n:o.end])
            if same_start and qualifiers and (longest is None or o.end - o.start
                                              > longest.end - longest.start):
                longest = o
        if longest is not None:
            m.canonical = canonical.visible(doc[longest.start:longest.end].text)
    # an acronym's other mentions take its expansion
    expansions = {canonical.entity_key(doc[m.start:m.end].text): m.canonical for m in mentions
                  if m.canonical and m.canonical != doc[m.start:m.end].text}
    for m in others:
        key = canonical.entity_key(doc[m.start:m.end].text)
        if m.canonical == doc[m.start:m.end].text and key in expansions:
            m.canonical = expansions[key]
