"""Who speaks together? People the article names as one subject ("Paul X et Marie Y ont
dit", "X, 57 ans, et son épouse Y"): one plural speaker written "X et Y" (QUOTES.md:
groups are written "A et B"), the antecedent of a later "ils"/"elles", of "les deux
hommes" and of "son acolyte" (the other member).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token
from text_to_num import text2num

from newsextract.nlp.entities.ages import is_age
from newsextract.nlp.grammar_words import COUNTING_DETERMINER, SINGULAR_POSSESSIVE, grammar_words
from newsextract.nlp.participants.lexicon import kinship_nouns
from newsextract.nlp.participants.lookup import resolve
from newsextract.nlp.participants.mentions import np_start_governed
from newsextract.nlp.punctuation import DASHES
from newsextract.nlp.quotes.lexicon import word_set
from newsextract.nlp.quotes.mentions import entity_name

# Words that join the members of a list of names: "X, Y et Z".
LIST_COMMA, LIST_AND = ",", "et"


# Marks that open a list of names in apposition to the plural noun before it ("cinq
# avocats – X, Y et Z –", "deux ministres (X et Y)", "les élus : X et Y").
APPOSITION_OPENERS = DASHES | {":", "("}
# A comma opens such a list only when another comma closes it before the verb ("Les deux
# juges, X et Y, ont dit") and the noun is no prepositional complement: after "Selon les
# juges," or "Devant les juges," the list is the sentence's own subject.
COMMA_OPENER = ","


@dataclass(frozen=True)
class NamedPair:
    start_char: int  # first member's first character
    end_char: int  # last member's end
    members: tuple[str, ...]  # the members' fullest names, in text order
    noun: str | None = None  # lemma of the plural noun the list is in apposition to

    @property
    def name(self) -> str:
        return ", ".join(self.members[:-1]) + f" {LIST_AND} " + self.members[-1]


def named_pairs(doc: Doc, outside_quotes: Callable[[int], bool]) -> list[NamedPair]:
    """Lists of two or more person names joined by "et" (commas before it), outside
    quotation marks and not inside a prepositional complement ("avec X et Y" is spoken
    of); an age or a possessive kinship noun may stand between them ("X, 57 ans, et son
    épouse Y")."""
    people = sorted((e for e in doc.spans.get("entities", [])
                     if (e.label_ == "PER" or _first_name_like(e))
                     and outside_quotes(e.start_char)),
                    key=lambda e: e.start)
    found: list[NamedPair] = []
    i = 0
    while i < len(people):
        members = [people[i]]
        closed = False
        for nxt in people[i + 1:]:
            link = _link(doc[members[-1].end:nxt.start])
            if link is None:
                break
            members.append(nxt)
            if link == LIST_AND:
                closed = True
                break
        if closed and not np_start_governed(doc, members[0].start) \
                and any(m.label_ == "PER" for m in members):
            found.append(NamedPair(members[0].start_char, members[-1].end_char,
                                   tuple(_fullest(doc, m) for m in members),
                                   _apposed_to(doc, members[0].start, members[-1].end)))
            i += len(members)
        else:
            i += 1
    return found


def _apposed_to(doc: Doc, first: int, end: int) -> str | None:
    """Lemma of the plural common noun a list of tokens `first`..`end` is in apposition
    to ("un collectif de cinq avocats – X, Y et Z": "avocat"), or None."""
    k = first - 1
    while k > 0 and doc[k].is_space:
        k -= 1  # a no-break space after the dash is a token of its own
    if k < 1:
        return None
    noun = doc[k - 1]
    if noun.pos_ != "NOUN" or noun.morph.get("Number") != ["Plur"]:
        return None
    if doc[k].text == COMMA_OPENER:
        closed = end < len(doc) and doc[end].text == COMMA_OPENER
        if not closed or np_start_governed(doc, k - 1):
            return None
    elif doc[k].text not in APPOSITION_OPENERS:
        return None
    return noun.lemma_.lower()


def group_named_by(doc: Doc, start: int, end: int, pairs: list[NamedPair]
                   ) -> NamedPair | None:
    """ "Plusieurs avocats … demandent", "les avocats ont ajouté": a plural description
    whose head noun is the noun the article's one list of names of that noun is in
    apposition to ("cinq avocats – X, Y et Z –"), before or after it, is that list;
    None otherwise (no such list, or two of them)."""
    nouns = [t for t in doc[start:end] if t.pos_ == "NOUN"]
    if not nouns or nouns[0].morph.get("Number") != ["Plur"]:
        return None
    lemma = nouns[0].lemma_.lower()
    lists = [p for p in pairs if p.noun == lemma]
    return lists[0] if len(lists) == 1 else None


def _first_name_like(ent: Span) -> bool:
    """A lone proper noun the model tagged MISC ("Julie" in "Julie et Marc Durand"): a
    member of a list only beside a person's name, which tells what it is."""
    return ent.label_ == "MISC" and len(ent) == 1 and ent[0].pos_ == "PROPN" \
        and ent.text[:1].isupper()


def _link(gap: Span) -> str | None:
    """What joins two names of a list: "," or "et" (an age apposition and a possessive
    kinship noun before the second name left aside: ", 57 ans, et son épouse"), None when
    other words stand between them."""
    words = [t for t in gap if not t.is_punct]
    commas = [t for t in gap if t.text == LIST_COMMA]
    k = 0
    while k + 1 < len(words) and is_age(words[k], words[k + 1]):
        k += 2
    rest = [t.lower_ for t in words[k:]]
    if rest[:1] == [LIST_AND]:
        kin = rest[1:]
        if not kin or (len(kin) == 2 and kin[0] in grammar_words(SINGULAR_POSSESSIVE)
                       and kin[1] in kinship_nouns()):
            return LIST_AND
        return None
    return LIST_COMMA if not rest and commas else None


def _fullest(doc: Doc, ent: Span) -> str:
    """A member's name as the registry knows it in full ("Durand" -> "Paul Durand")."""
    p = resolve(doc, ent.start_char, ent.end_char)
    if p is not None and p["kind"] == "PER" and p["name"] and any(
            kind == "name" and start < ent.end_char and ent.start_char < end
            for start, end, kind in p["mentions"]):
        return p["name"]
    return entity_name(ent)


def pair_at(pairs: list[NamedPair], start_char: int, end_char: int) -> NamedPair | None:
    """The pair whose names fill the characters [start_char, end_char) of a subject."""
    return next((p for p in pairs if start_char <= p.start_char < p.end_char <= end_char),
                None)


def counted_pair(doc: Doc, start: int, end: int, pairs: list[NamedPair],
                 max_chars: int) -> NamedPair | None:
    """ "les deux hommes", "ces trois élus": a definite plural description counting as many
    people as the last pair named before it (at most `max_chars` before) has members is
    that pair; None otherwise."""
    if end - start < 3 or doc[start].lower_ not in grammar_words(COUNTING_DETERMINER):
        return None
    count = _cardinal(doc[start + 1])
    char = doc[start].idx
    before = [p for p in pairs if p.end_char <= char and char - p.start_char <= max_chars]
    if count is None or not before or len(before[-1].members) != count:
        return None
    return before[-1]


def _cardinal(tok: Token) -> int | None:
    """The value of a number written in digits or words ("2", "deux"), else None."""
    if tok.text.isdigit():
        return int(tok.text)
    if tok.pos_ != "NUM":
        return None
    try:
        return text2num(tok.lower_, "fr")
    except ValueError:
        return None


def companion_of(doc: Doc, start: int, end: int, pairs: list[NamedPair],
                 possessor: str | None) -> str | None:
    """ "«…», a précisé son acolyte" after one of two people named together spoke: a
    possessive companion noun (`quotes_companion_nouns.txt`: "son acolyte", "sa
    coéquipière") is the other member of the possessor's pair, not the possessor; None
    when the possessor belongs to no pair of two."""
    if end - start < 2 or doc[start].lower_ not in grammar_words(SINGULAR_POSSESSIVE) \
            or doc[start + 1].lower_ not in word_set("quotes_companion_nouns.txt") \
            or possessor is None:
        return None
    for pair in reversed([p for p in pairs if p.end_char <= doc[start].idx]):
        if len(pair.members) == 2 and possessor in pair.members:
            return next(m for m in pair.members if m != possessor)
    return None
