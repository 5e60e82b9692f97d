"""What does a mention name? Entity names, titles, descriptions, gender and number.

Functions over the entities layer's spans and the parse: the canonical name of a mention
(title stripped), whether a noun phrase is a prepositional complement ("de X") or an
apposition ("le ministre X"), the gender and number a mention shows, whether a name is the
subject of its clause (a possible antecedent), and where a noun phrase ends.
"""

from __future__ import annotations

import weakref
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newsextract.nlp.entities.output import entity_canonical
from newsextract.nlp.grammar_words import (
    ANOTHER,
    BARE_DE,
    INDEFINITE_SINGULAR,
    PREPOSITION_DE,
    grammar_words,
)
from newsextract.nlp.participants.descriptions import compound
from newsextract.nlp.participants.lexicon import names_movement, names_person
from newsextract.nlp.participants.mentions import noun_phrase_end
from newsextract.nlp.quotes.lexicon import (
    DEFINITE_DETERMINERS,
    NAME_LABELS,
    pronoun_roles,
    titles,
    word_set,
)
from newsextract.nlp.sentence_starts import is_glued_start

# Words after the determiner read for the head noun of a description ("le nouveau ministre").
DESCRIPTION_HEAD_WINDOW = 3
# Apposition and flat links climbed from a name to the noun phrase it names.
MAX_APPOSITION_CLIMB = 5


# Names whose stripped form is remembered: the speakers' resolution asks for every entity's
# name each time it runs, and an article repeats the same few names (bounded for long runs).
STRIPPED_NAMES_CACHE = 20_000


def heads_above(tok: Token, limit: int) -> Iterator[Token]:
    """The governors of `tok` up the parse, nearest first: at most `limit`, none past the
    root (spaCy makes a new Token object per access: compare indices, not identity)."""
    for _ in range(limit):
        if tok.head.i == tok.i:
            return
        tok = tok.head
        yield tok


def word_before(doc: Doc, i: int) -> int:
    """The last token before token `i` that is no space token (a no-break space before a
    mark is one), or -1 at the start of the Doc."""
    i -= 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i


def without_leading(doc: Doc, start: int, end: int, pos: tuple[str, ...]) -> int:
    """The start of tokens [start, end) past its first words of part of speech `pos`
    ("environ 300 femmes" -> "femmes"), the last word kept."""
    while start < end - 1 and doc[start].pos_ in pos:
        start += 1
    return start


@lru_cache(maxsize=STRIPPED_NAMES_CACHE)
def strip_title(name: str) -> str:
    """ "général Paul Durand" -> "Paul Durand" (titles at the front only)."""
    changed = True
    while changed:
        changed = False
        low = name.lower()
        for title in titles():
            if low.startswith(title + " ") and len(name) > len(title) + 1:
                name = name[len(title) + 1:].lstrip()
                changed = True
                break
    return name


def entity_name(span: Span) -> str:
    """Canonical name of an entities-layer span, title stripped."""
    return strip_title(entity_canonical(span))


def first_names(doc: Doc, start: int, end: int) -> list[Span]:
    """Sources named by a first name only, which the model tags MISC: a proper noun with a
    description in apposition ("Lina, une infirmière de 35 ans"), read as persons."""
    out = []
    for e in entities_starting(doc, start, end):
        if e.label_ == "MISC" and all(t.pos_ == "PROPN" for t in e):
            name_end = misc_name_end(doc, e.start)
            if name_end is not None and name_end <= end:
                out.append(Span(doc, e.start, name_end, label="PER"))
    out += [Span(doc, i, i + 1, label="PER") for i in range(start, end)
            if untagged_first_name(doc, i)]
    return out


def entities_in(doc: Doc, start: int, end: int) -> list[Span]:
    """Entities-layer spans (PER/ORG/LOC) starting in tokens [start, end)."""
    return [e for e in entities_starting(doc, start, end) if e.label_ in NAME_LABELS]


# Entities-layer spans of a Doc as (start, end, label), sorted, built once per Doc: scanning
# the whole group for every candidate made long articles quadratic. Plain tuples only, so
# the weak-keyed entry never keeps its Doc alive.
_ENTITY_INDEX: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def entities_starting(doc: Doc, start: int, end: int) -> list[Span]:
    """Entities-layer spans (any label) starting in tokens [start, end), in text order."""
    group = doc.spans.get("entities")
    if group is None:
        return []
    stamp = (id(group), len(group))
    cached = _ENTITY_INDEX.get(doc)
    if cached is None or cached[0] != stamp:
        items = sorted((e.start, e.end, e.label_) for e in group)
        cached = _ENTITY_INDEX[doc] = (stamp, [i[0] for i in items], items)
    _, starts, items = cached
    return [Span(doc, s, e, label=label)
            for s, e, label in items[bisect_left(starts, start):bisect_left(starts, end)]]


def describes(tokens: list[Token], lexicon: str) -> bool:
    """A definite noun phrase whose first noun is in `lexicon` ("le ministre", "ce dernier")."""
    if not tokens or tokens[0].lower_ not in DEFINITE_DETERMINERS:
        return False
    heads = word_set(lexicon)
    for t in tokens[1:1 + DESCRIPTION_HEAD_WINDOW]:
        if t.lower_ in heads:
            return True
        if t.pos_ in ("NOUN", "PROPN"):
            return False
    return False


def points_to_last_source(tokens: list[Token]) -> bool:
    """ "a précisé cette source", "a ajouté la même source", "de même source": an anonymous
    source noun after a demonstrative (`quotes_demonstrative_sources.txt`), or "même
    source" after any determiner or a bare "de" (`quotes_selon_anaphors.txt`), is the
    source cited last, never a new one."""
    if not tokens:
        return False
    if tokens[0].pos_ != "DET":
        # "a-t-on ajouté de même source": no determiner after a bare "de"
        before = tokens[0].nbor(-1) if tokens[0].i > 0 else None
        return before is not None and before.lower_ in grammar_words(BARE_DE) \
            and " ".join(t.lower_ for t in tokens) in word_set("quotes_selon_anaphors.txt")
    words = " ".join(t.lower_ for t in tokens[1:])
    return words in word_set("quotes_selon_anaphors.txt") \
        or (tokens[0].morph.get("PronType") == ["Dem"]
            and words in word_set("quotes_demonstrative_sources.txt"))


def demonstrative_person(tokens: list[Token], head: Token | None) -> bool:
    """ "cet homme de 70 ans", "cette mère de trois enfants", "ce «gilet jaune»": a singular
    demonstrative before a noun naming people (or a movement member) never brings in a new
    source; it points back to the person the article was speaking of."""
    if not tokens or head is None or tokens[0].pos_ != "DET" \
            or tokens[0].morph.get("PronType") != ["Dem"] \
            or "Plur" in tokens[0].morph.get("Number") + head.morph.get("Number"):
        return False
    return names_person(compound(head), head.lemma_) or names_movement(head)


def lone_other(doc: Doc, start: int, end: int) -> bool:
    """ "«…», ajoute un autre", "glisse une autre, en souriant": an indefinite "autre" with
    no noun of its own, another member of the group of the last unnamed speaker."""
    if end - start < 2 or doc[start].lower_ not in grammar_words(INDEFINITE_SINGULAR) \
            or doc[start + 1].lower_ not in grammar_words(ANOTHER):
        return False
    return start + 2 == end or doc[start + 2].pos_ not in ("NOUN", "PROPN", "ADJ")


def is_salient_mention(span: Span) -> bool:
    """A name that is the subject (or agent) of its clause, directly or in apposition:
    a possible antecedent of the next "il"/"elle". Complements ("avec X") are not."""
    tok = span.root
    seen = 0
    in_apposition = False
    while tok.head is not tok and seen < MAX_APPOSITION_CLIMB and (
            tok.dep_ in ("appos", "flat:name", "flat", "conj")
            or (in_apposition and tok.dep_ == "nmod")):
        # "le chef du parti écologiste, X": the apposition names the whole phrase,
        # whichever noun the parser hung it on.
        in_apposition = in_apposition or tok.dep_ == "appos"
        tok = tok.head
        seen += 1
    if in_apposition and tok.dep_.split(":")[0] in ("obl", "advcl") \
            and tok.i < span.root.i < tok.head.i \
            and tok.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_.startswith("nsubj") for c in tok.head.children):
        # "Dans le cortège, Paul, 40 ans, ne voit pas …": the parser hung the subject
        # of a verb left without one on the fronted adverbial before it
        return True
    if tok.dep_ == "ROOT" and _presents_several(tok):
        return False
    return tok.dep_ in ("nsubj", "nsubj:pass", "obl:agent", "ROOT")


def _presents_several(root: Token) -> bool:
    """ "À ses côtés, Paul X, monteur, et Léa Y, scripte.": a sentence with no verb that
    lists people coordinated with a name presents them; none of them is the topic the next
    "il"/"elle" takes up (that stays with whoever the article was about)."""
    sent = root.sent
    return not any(t.pos_ in ("VERB", "AUX") for t in sent) \
        and any(t.dep_ == "conj" and t.pos_ == "PROPN" for t in sent)


def one_of_phrase(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """ "l'un de ses amis", "une des manifestantes": the pronoun "un"/"une" and its
    de-complement, token range without the article, or None."""
    i = start + 1 if doc[start].lower_ in ("l'", "l’") else start
    if i + 2 >= end or doc[i].lower_ not in grammar_words(INDEFINITE_SINGULAR) \
            or doc[i].pos_ != "PRON" or doc[i + 1].lower_ not in grammar_words(PREPOSITION_DE):
        return None
    k = i + 2 if doc[i + 1].lower_ in grammar_words(BARE_DE) else i + 1
    np_end = noun_phrase_end(doc, k, end)
    if doc[i + 1].lower_ in ("des", "du"):
        np_end = noun_phrase_end(doc, i + 2, end)
    if np_end <= i + 2:
        return None
    return i, np_end


def glued_left(doc: Doc, left: int) -> int:
    """Extend a token range leftwards over words glued to it without a space: the parser
    sometimes cuts hyphenated or elided words ("L'état-major"); never across a glued
    sentence start ("sordideL'adolescente": `sentence_starts`)."""
    while left > 0 and not doc[left - 1].whitespace_ and not doc[left - 1].is_space \
            and doc[left].text not in GLUE_STOPS and doc[left - 1].text not in GLUE_STOPS \
            and not is_glued_start(doc, left):
        left -= 1  # a comma glued to the word before it ("À Paris, 300 X") glues nothing
    return left


# Punctuation a glued word never spans.
GLUE_STOPS = frozenset({",", "«", "»", "“", "”", '"', "(", ")", ".", ":", ";"})


def is_clitic(tok: Token) -> bool:
    """An inverted subject clitic ("-il", "-t", "-on"). The tokenizer cuts some of them off
    their hyphen ("ont-elles" -> "ont", "-", "elles"; "ajoute-t-il" -> "ajoute", "-t",
    "-il", or "-", "t", "-", "il" before glued punctuation): a pronoun glued to a bare
    hyphen counts too, and so does the euphonic "t" glued before a subject clitic."""
    form = tok.lower_.lstrip("-")
    if form == EUPHONIC_T:
        return _euphonic_t(tok)
    if form not in pronoun_roles():
        return False
    return tok.text.startswith("-") or (tok.i > 0 and is_bare_hyphen(tok.doc[tok.i - 1]))


# The "t" of "ajoute-t-il", between a verb ending in a vowel and its subject clitic.
EUPHONIC_T = "t"


def _euphonic_t(tok: Token) -> bool:
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].whitespace_ or tok.whitespace_ or tok.i + 1 >= len(doc):
        return False
    nxt = doc[tok.i + 1]
    if nxt.text == "-" and not nxt.whitespace_ and tok.i + 2 < len(doc):
        nxt = doc[tok.i + 2]
    return nxt.lower_.lstrip("-") in pronoun_roles()


def is_bare_hyphen(tok: Token) -> bool:
    """A "-" glued to the verb before it and to a subject pronoun (or the euphonic "t")
    after it ("ont-elles", "balaye-t-il")."""
    doc = tok.doc
    return tok.text == "-" and not tok.whitespace_ and 0 < tok.i < len(doc) - 1 \
        and not doc[tok.i - 1].whitespace_ and (
            doc[tok.i + 1].lower_ in pronoun_roles()
            or (doc[tok.i + 1].lower_ == EUPHONIC_T and _euphonic_t(doc[tok.i + 1])))


def fullest_name(name: str, known: list[str]) -> str:
    """The longest known name whose words contain `name`'s words as a run ("Durand" ->
    "Paul-Henri Durand"), else `name`."""
    words = name.split()
    best = name
    for other in known:
        ow = other.split()
        if len(ow) > len(best.split()) and any(ow[i:i + len(words)] == words
                                               for i in range(len(ow) - len(words) + 1)):
            best = other
    return best


def names_person_start(doc: Doc, i: int) -> bool:
    """Token i starts a person's name: tagged PER, or a lone first name the model tags
    MISC followed by a description in apposition ("Lina, une infirmière")."""
    tok = doc[i]
    if tok.ent_type_ == "PER":
        return True
    if tok.ent_type_ == "MISC" and tok.pos_ == "PROPN" and misc_name_end(doc, i) is not None:
        return True
    return name_inside_outlet(tok) or untagged_first_name(doc, i)


# Proper nouns a first name the model tags MISC may run on with before the comma of its
# apposition ("Odile-Marie Fauvel, couturière", the surname tagged ORG): a name is short.
MAX_NAME_TOKENS = 3


def misc_name_end(doc: Doc, i: int) -> int | None:
    """End (exclusive) of a person's name starting at proper noun `i` that the model tags
    MISC (its surname sometimes ORG), when a description follows it in apposition: a
    determiner ("Lina, une infirmière") or a bare person noun ("Odile-Marie Fauvel,
    couturière depuis vingt ans"); None otherwise."""
    j = i + 1
    while j < len(doc) and j - i < MAX_NAME_TOKENS and doc[j].pos_ == "PROPN" \
            and doc[j].text[:1].isupper():
        j += 1
    if j + 1 >= len(doc) or doc[j].text != ",":
        return None
    after = doc[j + 1]
    if after.pos_ == "DET" and j == i + 1:
        return j  # a lone first name before its description: "Lina, une infirmière"
    if after.pos_ == "NOUN" and after.text[:1].islower() \
            and names_person(after.lower_, after.lemma_):
        return j
    return None


def untagged_first_name(doc: Doc, i: int) -> bool:
    """ "a déclaré à l'AFP José, un contremaître": a lone capitalised proper noun the model
    left untagged, right after a word, with a person noun in apposition after its comma
    ("un contremaître", "une infirmière") is a person known by a first name."""
    tok = doc[i]
    if tok.ent_type_ or tok.pos_ != "PROPN" or not tok.text[:1].isupper() or i == 0 \
            or doc[i - 1].is_punct or i + 3 >= len(doc) or doc[i + 1].text != "," \
            or doc[i + 2].lower_ not in grammar_words(INDEFINITE_SINGULAR):
        return False
    noun = doc[i + 3]
    return names_person(noun.lower_, noun.lemma_)


def name_inside_outlet(tok: Token) -> bool:
    """The model sometimes runs an outlet into the name after it, "au Courrier Anne Roy"
    tagged one place: a proper noun inside that entity that heads a full name."""
    return tok.pos_ == "PROPN" and tok.ent_iob_ == "I" \
        and any(c.dep_ == "flat:name" for c in tok.children)
