"""Which earlier mention does a description or a pronoun point back to?

The person a definite or demonstrative description refers back to (`described_person`,
`pointed_back_to`), passing over people only spoken of; and which entities inside a
subject noun phrase are not its head (in a relative clause, a bracketed gloss, the
affiliation after a person's function).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from newsextract.nlp.grammar_words import (
    ANOTHER,
    DEFINITE_ARTICLE,
    PREPOSITION_DE,
    grammar_words,
)
from newsextract.nlp.participants.descriptions import compound, head_noun
from newsextract.nlp.participants.lexicon import ONE_PERSON_LEXICONS
from newsextract.nlp.participants.lookup import resolve, unnamed_described_at
from newsextract.nlp.participants.mentions import mention_gender, np_start_governed
from newsextract.nlp.quotes.lexicon import PERSON_LABELS, word_set
from newsextract.nlp.quotes.offices import (
    office_not_held,
    office_of,
    office_of_a_named_body,
    participant_of,
    registry_denies,
)
from newsextract.nlp.quotes.speaker_context import Speaker, SpeakerContext


def described_person(doc: Doc, start: int, end: int, ctx: SpeakerContext) -> Speaker | None:
    """The person a description in tokens [start, end) that the registry linked to nobody
    named refers back to ("a rappelé le ministre": the one of its gender who spoke or
    was a subject last, else the last named), or None when it speaks as an unnamed
    source: no one before it can be that person (`registry_denies`: "la procureure" is
    not the defendant the article calls "le jeune homme"; "le président du club" is not
    "le préfet X"), or is named other than as a complement ("le régime de Paul X")."""
    char = doc[start].idx
    unnamed = unnamed_described_at(doc, char)  # looked up once for every question below
    office = office_of(doc, start, end, unnamed)
    if office is not None and office in ctx.office_holders:
        # "le Premier ministre" again: whoever the article's first one was, not the
        # person named last ("…évoquées par le président X. Le Premier ministre a dit")
        return ctx.office_holders[office]
    gender = mention_gender(doc, start, end)
    ante = ctx.antecedent(char, gender, PERSON_LABELS) or _last_person(doc, char, gender, ctx)
    if ante is None:
        return None
    named = participant_of(doc, ante)
    if registry_denies(unnamed, named, gender, ante) \
            or office_not_held(doc, char, ante, unnamed, named, ctx) \
            or office_of_a_named_body(doc, start, end, named):
        return None
    if gender is not None and _known_gender(doc, ctx, ante) is None:
        # "«…», explique la chanteuse" right after a man spoke: a woman the article gave
        # no gender further back is a guess; the description speaks
        nearest = ctx.antecedent(char, None, PERSON_LABELS) or _last_person(doc, char, None, ctx)
        if nearest is not None and nearest != ante \
                and _known_gender(doc, ctx, nearest) not in (None, gender):
            return None
    if office is not None:
        ctx.office_holders[office] = ante
    return ante


def _known_gender(doc: Doc, ctx: SpeakerContext, sp: Speaker) -> str | None:
    """The gender the article tells of a person speaker: the registry's, or the one a
    pronoun resolved to that name showed."""
    p = resolve(doc, sp.start_char, sp.end_char) if sp.start_char is not None else None
    told = p.get("gender") if p is not None and p["kind"] == "PER" else None
    return told or ctx.name_gender.get(sp.name or "")


def _last_person(doc: Doc, char: int, gender: str | None, ctx: SpeakerContext
                 ) -> Speaker | None:
    """The person of compatible gender named last before `char`, passing over those the
    article names only as a complement so far."""
    before = char
    while True:
        ante = ctx.last(before, PERSON_LABELS, gender=gender)
        if ante is None or ante.start_char is None:
            return None
        if not _only_spoken_of(doc, ante, char):
            return ante
        before = ante.start_char


def _only_spoken_of(doc: Doc, ante: Speaker, char: int) -> bool:
    """Every name mention of the participant of `ante` before `char` is a prepositional
    complement: someone spoken of, never the one a bare description refers back to."""
    p = resolve(doc, ante.start_char, ante.end_char)
    if p is None or p["kind"] != "PER":
        return False
    names = [doc.char_span(start, end, alignment_mode="expand")
             for start, end, kind in p["mentions"] if kind == "name" and start < char]
    return bool(names) and all(span is not None and np_start_governed(doc, span.start)
                               for span in names)


def in_relative_clause(doc: Doc, start: int, ent: Span) -> bool:
    """ "Le maire, qui avait reçu Paul X la veille, a dit": a name inside a relative clause
    of the subject is what the clause speaks of; the subject is the noun before it."""
    return any(a.dep_ == "acl:relcl" and a.pos_ in ("VERB", "AUX")
               and start <= a.head.i < ent.start and a.head.pos_ == "NOUN"
               for a in ent.root.ancestors)  # not "X, dont Y et Z,": a list, no clause


def parenthesised_gloss(doc: Doc, start: int, ent: Span) -> bool:
    """ "la présidente de l'Office national (ONX) a dit": an acronym or party in brackets
    inside the noun phrase glosses a complement, it is not the head."""
    return ent.start - 1 > start and doc[ent.start - 1].text == "("


@cache
def _person_head_words() -> frozenset[str]:
    """Nouns naming a person by what they are or do (read once)."""
    return word_set("quotes_person_descriptions.txt") | word_set("quotes_professions.txt")


def modifies_person_head(doc: Doc, start: int, ent: Span) -> bool:
    """ "le député XYZ", "la conseillère ABC de Lille": an organisation (a party, a
    union) right after a noun of a person's function or profession heading the phrase
    (`quotes_person_descriptions.txt`, `quotes_professions.txt`; not "le quotidien X",
    whose name is the speaker) is that person's affiliation; the person speaks. So is
    one named after the complement of that function ("la présidente du syndicat ABC",
    "le secrétaire général de l'association XYZ"): the body's noun and its name."""
    if ent.label_ not in ("ORG", "LOC") or ent.start <= start:
        return False
    head = head_noun(doc[start:ent.start])
    return head is not None \
        and bool({compound(head), head.lemma_.lower()} & _person_head_words()) \
        and all(t.pos_ in ("ADJ", "NOUN") or _complement_word(t)
                for t in doc[head.i + 1:ent.start])


def _complement_word(tok: Token) -> bool:
    """A "de" or an article opening the complement of a function noun ("du", "de la")."""
    return tok.lower_ in grammar_words(PREPOSITION_DE) \
        or tok.lower_ in grammar_words(DEFINITE_ARTICLE)


def pointed_back_to(doc: Doc, ctx: SpeakerContext, char: int, gender: str | None,
                     head: str) -> Speaker | None:
    """ "un retraité dit … «…», ajoute cet homme de 70 ans": a demonstrative description
    (head noun `head`) is the person, named or not, who spoke or was the subject last;
    not when a closer one has the other gender (a gender the article may have told
    wrong: the description then speaks as itself), nor when the registry tells them apart
    ("cet archéologue" is not "le ministre X": `registry_denies`)."""
    labels = (*PERSON_LABELS, "NP")

    def person(sp: Speaker) -> bool:
        return _is_person(sp, head)

    nearest = ctx.antecedent(char, None, labels, max_chars=DEMONSTRATIVE_REACH_CHARS,
                             accept=person)
    if nearest is None:
        return None
    unnamed, named = unnamed_described_at(doc, char), participant_of(doc, nearest)
    if registry_denies(unnamed, named, gender, nearest) \
            or office_not_held(doc, char, nearest, unnamed, named, ctx):
        return None
    return nearest if ctx.antecedent(char, gender, labels, max_chars=DEMONSTRATIVE_REACH_CHARS,
                                     accept=person) == nearest else None


# How far back (characters) a demonstrative description looks: about the sentence or two
# before ("cet homme" is the person just spoken of; further back it may be someone the
# parse missed, e.g. a nickname in quotation marks).
DEMONSTRATIVE_REACH_CHARS = 400


def _is_person(sp: Speaker, head: str) -> bool:
    """A person speaker: named, or described by a noun naming one person ("retraité de
    Lens", not "police"), or by the same head ("un automobiliste belge … cet
    automobiliste")."""
    if sp.label in PERSON_LABELS:
        return True
    words = [w for w in (sp.name or "").lower().split() if w not in grammar_words(ANOTHER)]
    return sp.label == "NP" and bool(words) and (words[0] == head or any(
        words[0] in word_set(lexicon) for lexicon in ONE_PERSON_LEXICONS))
