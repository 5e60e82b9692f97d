"""Which participant does a definite description stand for, when its head is not one of
the participant's own description heads?

Three kinds of description refer back to a person the article already has:

1. a generic head, which says only sex or age (`participants_generic_heads.txt`): "Paul
   Martin ... Le jeune homme a expliqué" is Paul Martin, the person of a compatible gender
   mentioned last (within `GENERIC_REACH_CHARS`), or the unnamed person an indefinite
   brought in with the same head ("une femme de 40 ans ... la jeune femme"). Not a person
   presented by a function (titles.txt: "le ministre X"), one last named inside quotation
   marks or as a complement ("la politique de X"); left unresolved when another person
   fits within about a sentence, or when "un homme", "une de ses élèves", "son frère"
   (`participants_kinship_nouns.txt`) brings in somebody new in between;
2. an age noun (`participants_age_nouns.tsv`): "le trentenaire" is the one person whose
   age the article gave in that decade ("X, 34 ans", "l'agresseur âgé de 34 ans"), named
   or not; with no age known, it is a generic head (never one of another age);
3. an equivalent role description (`participants_role_classes.txt`): "la procureure" ...
   "la représentante de l'accusation" is one person, when exactly one participant of
   that class agrees in gender;
4. a broader role word (`participants_role_hypernyms.tsv`): "la juge Anne X ... la
   magistrate", "le député Paul Y ... l'élu" is the named person described by one of the
   narrower heads it generalises who was mentioned last before it and agrees in gender
   and number; a complement it carries ("l'élue de Rennes") must be in that participant's
   description. The closest such participant wins: an earlier one is never reached across
   it.

Ages are read next to a mention: "X, 45 ans", "X (45 ans)", "une infirmière de 45 ans",
"l'agresseur âgé de 45 ans".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from newsextract.nlp.entities.ages import AGE_MARKS, age_after
from newsextract.nlp.grammar_words import (
    BARE_DE,
    INDEFINITE_SINGULAR,
    SINGULAR_POSSESSIVE,
    grammar_words,
)
from newsextract.nlp.participants.descriptions import compound
from newsextract.nlp.participants.lexicon import (
    age_nouns,
    generic_heads,
    kinship_nouns,
    names_person,
    role_classes,
    role_hypernyms,
    titles,
)
from newsextract.nlp.participants.mentions import grammatical_gender, np_start_governed
from newsextract.nlp.segment import article_text

if TYPE_CHECKING:
    from newsextract.nlp.participants.registry import Participant

# Tokens read after a mention for its age ("X, chauffeur routier de 45 ans").
AGE_REACH_TOKENS = 8
# How far back (characters) a generic description looks for the person it stands for:
# about two paragraphs ("Paul X ... Dans sa fuite, il a vu ... raconte le jeune homme").
GENERIC_REACH_CHARS = 1200
# Two persons mentioned within this distance before a generic description (about the
# sentence before it) both fit it: the description stays unresolved.
RIVAL_REACH_CHARS = 400
# Words right before an age's number ("X, 45 ans", "de 45 ans", "(45 ans)"); any other
# ("depuis 20 ans", "en 30 ans") makes a duration.
AGE_OPENERS = AGE_MARKS | grammar_words(BARE_DE)
# Tokens that close the stretch after a mention in which its age is read: not only the ends
# of a sentence but of a clause (";", ":") and any quotation mark, opening or closing (the
# words of a quotation are not the mention's apposition). Wider than the sentence ends of
# sentence_starts.py and entities/tokens.py on purpose: an age belongs to its own clause.
AGE_SCOPE_ENDS = frozenset({".", "!", "?", ";", ":", "«", "»", "“", "”", '"'})
# Determiners bringing in a new person ("un mineur", "sa sœur"), and how many words after
# one its noun is looked for ("un jeune militant", "une de ses élèves").
NEW_PERSON_DETERMINERS = grammar_words(INDEFINITE_SINGULAR) | grammar_words(SINGULAR_POSSESSIVE)
NEW_PERSON_NOUN_TOKENS = 3
# How far back a quotation mark opening the quote around a mention is looked for.
QUOTE_REACH_CHARS = 1000
OPENING_QUOTE_MARKS = frozenset({"«", "“"})
QUOTE_MARKS = OPENING_QUOTE_MARKS | {"»", "”"}


def age_near(doc: Doc, start: int, end: int) -> int | None:
    """The age given inside or right after the mention in tokens [start, end), or None."""
    for i in range(start, min(len(doc) - 1, end + AGE_REACH_TOKENS)):
        tok = doc[i]
        if i >= end and (tok.text in AGE_SCOPE_ENDS or tok.pos_ == "CCONJ"
                         or tok.pos_ in ("VERB", "AUX") and tok.morph.get("VerbForm") != ["Part"]
                         or tok.pos_ == "PRON"):
            return None  # another clause or another person ("et Marie, 40 ans")
        # the age right after the mention, or one opened by a mark or "de" further on
        number = age_after(doc, i, AGE_OPENERS, opener_required=i != end)
        if number is not None and number.text.isdigit():
            return int(number.text)
    return None


def description_kind(text: str, head: str | None = None) -> tuple[int, int] | str | None:
    """What a description (lowercase, without its article; `head` its head noun when known)
    says: an age range for an age noun, "generic" for a generic head ("jeune homme"; not
    "jeune fraiseur", whose head is a trade), "role" for a description of a role class,
    "broader" for a broader role word ("le magistrat"), None otherwise."""
    words = text.split()
    if not words:
        return None
    if words[0] in age_nouns() and _only_qualified(words[1:]) and head in (None, words[0]):
        return age_nouns()[words[0]]
    for entry in generic_heads():
        n = len(entry.split())
        if words[:n] == entry.split() and _only_qualified(words[n:]) \
                and (head is None or head in entry.split()):
            return "generic"
    if role_class(text) is not None:
        return "role"
    if words[0] in role_hypernyms() and head in (None, words[0]):
        return "broader"
    return None


def _only_qualified(rest: list[str]) -> bool:
    """The words after a generic head are adjectives or an age ("radicalisé", "de 40 ans"),
    no complement relating it to someone else ("du maire", "de Paul")."""
    for k, word in enumerate(rest):
        if word in ("de", "d'", "du", "des") and not (k + 1 < len(rest) and rest[k + 1].isdigit()):
            return False
        if word.startswith("d'") and len(word) > 2:
            return False  # "la femme d'Alain"
    return True


def role_class(text: str) -> int | None:
    """Index of the role class one of whose descriptions opens `text`, else None."""
    for n, descriptions in enumerate(role_classes()):
        if any(text == d or text.startswith(d + " ") for d in descriptions):
            return n
    return None


def introduces(text: str, head: str | None = None) -> bool:
    """A description (lowercase, without its article) with a generic head or an age noun:
    after "un"/"une" it brings in a person ("une femme de 52 ans")."""
    return description_kind(text, head) not in (None, "role", "broader")


def antecedent(doc: Doc, participants: list[Participant], start: int, end: int,
               text: str, gender: str | None, head: str) -> Participant | None:
    """The participant a singular definite description (tokens [start, end), `text`
    lowercase without its article, `head` its head noun) stands for, by its age noun,
    generic head or role class; None when it names nobody already there or the choice is
    not clear."""
    kind = description_kind(text, head)
    if kind is None:
        return None
    char = doc[start].idx
    before = [p for p in participants if p.number != "Plur" and p.kind in ("PER", "NP")
              and _compatible(p.gender, gender) and any(m[0] < char for m in p.mentions)]
    if kind == "role":
        found = [p for p in before if any(role_class(d.lower()) == role_class(text)
                                          for d in p.descriptions)]
        # "le procureur" again is the same mention as before, not a link to another head
        return found[0] if len(found) == 1 and head not in found[0].heads else None
    if kind == "broader":
        return _generalised(doc, before, char, text)
    age = age_near(doc, start, end)
    ages = (age, age) if age is not None else kind if isinstance(kind, tuple) else None
    if ages is not None:
        aged = [p for p in before if p.age is not None and ages[0] <= p.age <= ages[1]]
        if len(aged) == 1:
            return aged[0]
        if aged:
            return None
    # a generic head stands for a named person, or an unnamed one the article gave an
    # age ("l'agresseur, 34 ans"); never for one it presents by a function ("le ministre
    # X ... le jeune homme" is somebody else) nor for an unnamed role ("le procureur")
    people = [p for p in before if (p.kind == "PER" or p.age is not None
                                    or _introduced(doc, p))
              and (ages is None or p.age is None or ages[0] <= p.age <= ages[1])
              and not set(p.heads) & titles()]
    same_head = [p for p in people if head in p.heads and p.kind == "NP"
                 and _last(doc, p, char) >= char - GENERIC_REACH_CHARS]
    if len(same_head) == 1:
        return same_head[0]  # "une femme de 52 ans ... la femme"
    return _last_clear(doc, people, char, gender)


def _generalised(doc: Doc, before: list[Participant], char: int, text: str
                 ) -> Participant | None:
    """The participant a broader role word (`text`, lowercase without its article: "élue
    de Rennes") stands for: of the named persons `before` it (already of an agreeing gender
    and number) described by a narrower head it generalises, the one mentioned last
    outside quotation marks; with a complement, one holding its words in a description
    ("maire de Rennes") first, else one whose description is a bare head ("maire": nothing
    to contradict it; "maire de Brest" does); None when there is none."""
    words = text.split()
    narrower = role_hypernyms()[words[0]]
    members = [p for p in before if p.kind == "PER" and set(p.heads) & narrower]
    if not _only_qualified(words[1:]):
        complement = content_words(" ".join(words[1:]))
        members = [p for p in members if any(complement <= content_words(d)
                                             for d in p.descriptions)] \
            or [p for p in members if any(len(d.split()) == 1 for d in p.descriptions)]
    ranked = sorted(members, key=lambda p: _last(doc, p, char), reverse=True)
    return ranked[0] if ranked and _last(doc, ranked[0], char) >= 0 else None


@lru_cache(maxsize=4096)
def content_words(text: str) -> frozenset[str]:
    """The words of a description that say something ("de", "la" do not); read for every
    description of every holder, hence the cache."""
    return frozenset(w for w in re.findall(r"\w+", text.lower()) if len(w) > 2)


def _introduced(doc: Doc, p: Participant) -> bool:
    """An unnamed participant brought in by "un"/"une" and a generic head ("une femme de
    40 ans"); one first met as "la jeune femme" is no antecedent: nobody knows who."""
    first = min((m[0] for m in p.mentions), default=None)
    span = doc.char_span(first, first + 1, alignment_mode="expand") if first is not None else None
    indefinite = NEW_PERSON_DETERMINERS - grammar_words(SINGULAR_POSSESSIVE)
    return span is not None and span[0].lower_ in indefinite \
        and introduces((p.name or "").lower(), p.heads[0] if p.heads else None)


def _last(doc: Doc, p: Participant, char: int) -> int:
    """Start of the participant's last mention before `char` outside quotation marks
    (a name a speaker utters, «c'est Paul X qui a tort», is no antecedent), -1 if none."""
    text = article_text(doc)  # Doc.text rebuilds the text from every token: read it once
    return max((m[0] for m in p.mentions if m[0] < char and not _quoted(text, m[0])),
               default=-1)


def _quoted(text: str, char: int) -> bool:
    """The character lies between « and » (or “ and ”), within `QUOTE_REACH_CHARS`."""
    window = text[max(0, char - QUOTE_REACH_CHARS):char]
    return window.rfind("«") > window.rfind("»") or window.rfind("“") > window.rfind("”")


def _compatible(known: str | None, told: str | None) -> bool:
    return known is None or told is None or known == told


def _last_clear(doc: Doc, people: list[Participant], char: int, gender: str | None
                ) -> Participant | None:
    """The person mentioned last before `char` (within `GENERIC_REACH_CHARS`), unless
    another one is mentioned in that sentence or within `RIVAL_REACH_CHARS` before the
    description ("Paul X a frappé Jean Y. L'homme ..." names nobody for sure), or a new
    person is introduced since."""
    def last(p: Participant) -> int:
        return _last(doc, p, char)
    ranked = sorted((p for p in people if char - last(p) <= GENERIC_REACH_CHARS),
                    key=last, reverse=True)
    # one last named as a complement ("la politique de Paul X") is in the background
    ranked = [p for p in ranked if not _governed(doc, last(p))]
    if not ranked:
        return None
    best = ranked[0]
    if len(ranked) > 1:
        there = doc.char_span(last(best), last(best) + 1, alignment_mode="expand")
        since = min(char - RIVAL_REACH_CHARS,
                    there[0].sent.start_char if there is not None else char)
        if last(ranked[1]) >= since:
            return None
    if _introduced_between(doc, last(best), char, gender):
        return None
    return best


def _governed(doc: Doc, char: int) -> bool:
    """The mention starting at `char` is a prepositional complement ("de Paul X")."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span is not None and np_start_governed(doc, span.start)


def _introduced_between(doc: Doc, from_char: int, to_char: int, gender: str | None) -> bool:
    """A person noun of that gender brought in between the two offsets by an indefinite or
    a possessive ("une femme de 21 ans", "un mineur de 17 ans", "son frère"): somebody new,
    whom the description may mean."""
    span = doc.char_span(from_char, to_char, alignment_mode="expand")
    if span is None:
        return False
    quoted = False
    for tok in span:
        if tok.text in QUOTE_MARKS:
            quoted = tok.text in OPENING_QUOTE_MARKS
        if quoted or tok.lower_ not in NEW_PERSON_DETERMINERS \
                or tok.pos_ != "DET" and tok.lower_ in grammar_words(SINGULAR_POSSESSIVE):
            continue  # words quoted ("«son enfant»") bring in nobody to the narrative
        # "un jeune militant", "une de ses élèves"
        noun = next((t for t in doc[tok.i + 1:tok.i + 1 + NEW_PERSON_NOUN_TOKENS]
                     if t.pos_ == "NOUN"), None)
        if noun is not None and (names_person(compound(noun), noun.lemma_)
                                 or compound(noun) in kinship_nouns()) \
                and _compatible(grammatical_gender(noun) or grammatical_gender(tok), gender):
            return True
    return False
