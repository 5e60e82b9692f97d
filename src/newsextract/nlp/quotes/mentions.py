"""What does a mention name? Entity names, titles, descriptions, gender and number.

Functions over the entities layer's spans and the parse: the canonical name of a mention
(title stripped), whether a noun phrase is a prepositional complement ("de X") or an
apposition ("le ministre X"), the gender and number a mention shows, whether a name is the
subject of its clause (a possible antecedent), and where a noun phrase ends.
"""

from __future__ import annotations

import weakref
from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from newsextract.nlp.quotes.lexicon import (
    DEFINITE_DETERMINERS,
    NAME_LABELS,
    pronoun_roles,
    titles,
    word_set,
)

# Words after the determiner read for the head noun of a description ("le nouveau ministre").
DESCRIPTION_HEAD_WINDOW = 3
# Words left of a name read for its title ("la nouvelle ministre X").
TITLE_WINDOW = 4
# Apposition and flat links climbed from a name to the noun phrase it names.
MAX_APPOSITION_CLIMB = 5



def strip_title(name: str) -> str:
    """ "général Sergueï Roudskoï" -> "Sergueï Roudskoï" (titles at the front only)."""
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
    attrs = span._.entity or {}
    return strip_title(attrs.get("canonical") or span.text)


def np_start_governed(doc: Doc, start: int, floor: int = 0) -> bool:
    """True when the noun phrase around token `start` is a prepositional complement.

    Walks left over its determiners, adjectives and lowercase nouns, not before `floor`
    (the end of skipped adverbials: "répond en chœur la salle"); a capitalised word or a
    comma on the left makes it an apposition ("ministre de l'Intérieur Christophe
    Castaner"), an ADP makes it a complement ("de Vladimir Poutine", "à l'AFP").
    """
    i = start - 1
    if i >= 0 and doc[start].ent_type_ == "PER" and doc[i].pos_ == "NOUN":
        return False  # "le général Sergueï Roudskoï", "à quelques journalistes Christian X"
    while i >= floor:
        t = doc[i]
        if t.pos_ == "ADP" or t.lower_ in ("du", "des", "au", "aux"):
            return True
        if t.pos_ in ("DET", "ADJ", "NUM") or (t.pos_ == "NOUN" and t.text[:1].islower()):
            i -= 1
            continue
        return False
    return False


def first_names(doc: Doc, start: int, end: int) -> list[Span]:
    """Sources named by a first name only, which the model tags MISC: a proper noun with a
    description in apposition ("Karen, une infirmière de 42 ans"), read as persons."""
    out = []
    for e in entities_starting(doc, start, end):
        if e.label_ == "MISC" and all(
                t.pos_ == "PROPN" for t in e) and e.end + 1 < len(doc) \
                and doc[e.end].text == "," and doc[e.end + 1].pos_ == "DET":
            out.append(Span(doc, e.start, e.end, label="PER"))
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


def np_text(tokens: list[Token]) -> str:
    """The noun phrase without its leading determiner ("l'état-major russe" -> "état-major
    russe")."""
    while tokens and tokens[0].pos_ == "DET":
        tokens = tokens[1:]
    if not tokens:
        return ""
    # A span's text, not doc.text: Doc.text joins every token of the document on each access.
    return tokens[0].doc[tokens[0].i:tokens[-1].i + 1].text


def grammatical_gender(tok: Token) -> str | None:
    g = tok.morph.get("Gender")
    return g[0] if len(g) == 1 else None


def mention_gender(doc: Doc, start: int, end: int) -> str | None:
    """Grammatical gender shown by a mention in tokens [start, end): a pronoun's, the
    first determiner or common noun of a description ("la plateforme"), else around a
    name: its title on the left ("Mme X", "la ministre X") or an apposition on the right
    ("X, une infirmière"). Proper nouns' own tags are not trusted."""
    if start >= end:
        return None
    if end - start == 1 and doc[start].pos_ == "PRON":
        return grammatical_gender(doc[start])
    for t in doc[start:end]:
        if t.pos_ in ("DET", "NOUN") and grammatical_gender(t):
            return grammatical_gender(t)
        if t.pos_ == "PROPN" or t.is_punct:
            break
    i = start - 1
    title_gender = None
    while i >= 0 and start - i <= TITLE_WINDOW and doc[i].pos_ in ("NOUN", "DET", "ADJ"):
        if doc[i].pos_ == "DET" and grammatical_gender(doc[i]):
            # The determiner tells for epicene titles ("la ministre", tagged Masc).
            return grammatical_gender(doc[i])
        title_gender = title_gender or grammatical_gender(doc[i])
        i -= 1
    if title_gender:
        return title_gender
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].pos_ in ("DET", "NOUN"):
        return grammatical_gender(doc[end + 1])
    return None


def mention_number(doc: Doc, start: int, end: int, label: str | None) -> str | None:
    """Grammatical number of a mention in tokens [start, end): "Plur" for a coordination
    ("X et Y") or a plural pronoun, determiner or noun ("des manifestants", "ils"); "Sing"
    for a person's name or a singular noun phrase; None when nothing tells."""
    if start >= end:
        return None
    if any(t.lower_ == "et" for t in doc[start + 1:end - 1]):
        return "Plur"
    for t in doc[start:end]:
        if t.pos_ in ("PRON", "DET", "NOUN"):
            number = t.morph.get("Number")
            if len(number) == 1:
                return number[0]
        if t.pos_ == "PROPN" or t.is_punct:
            break
    return "Sing" if label == "PER" else None


def is_salient_mention(span: Span) -> bool:
    """A name that is the subject (or agent) of its clause, directly or in apposition:
    a possible antecedent of the next "il"/"elle". Complements ("avec X") are not."""
    tok = span.root
    seen = 0
    in_apposition = False
    while tok.head is not tok and seen < MAX_APPOSITION_CLIMB and (
            tok.dep_ in ("appos", "flat:name", "flat", "conj")
            or (in_apposition and tok.dep_ == "nmod")):
        # "le leader de la France insoumise, X": the apposition names the whole phrase,
        # whichever noun the parser hung it on.
        in_apposition = in_apposition or tok.dep_ == "appos"
        tok = tok.head
        seen += 1
    return tok.dep_ in ("nsubj", "nsubj:pass", "obl:agent", "ROOT")


def one_of_phrase(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """ "l'un de ses amis", "une des manifestantes": the pronoun "un"/"une" and its
    de-complement, token range without the article, or None."""
    i = start + 1 if doc[start].lower_ in ("l'", "l’") else start
    if i + 2 >= end or doc[i].lower_ not in ("un", "une") or doc[i].pos_ != "PRON" \
            or doc[i + 1].lower_ not in ("de", "des", "d'", "d’", "du"):
        return None
    k = i + 2 if doc[i + 1].lower_ in ("de", "d'", "d’") else i + 1
    np_end = noun_phrase_end(doc, k, end)
    if doc[i + 1].lower_ in ("des", "du"):
        np_end = noun_phrase_end(doc, i + 2, end)
    if np_end <= i + 2:
        return None
    return i, np_end


def noun_phrase_end(doc: Doc, start: int, limit: int) -> int:
    """End (exclusive) of the noun phrase starting at token `start`: determiners, nouns,
    adjectives, names and de-complements, up to a comma, a verb or another preposition."""
    i = start
    seen_noun = False
    while i < limit:
        t = doc[i]
        if t.pos_ in ("DET", "ADJ", "NUM"):
            i += 1
            continue
        if t.pos_ in ("NOUN", "PROPN") or (t.pos_ == "X" and t.text[:1].isupper()):
            seen_noun = True
            i += 1
            continue
        if seen_noun and t.lower_ in ("de", "d'", "d’", "du", "des") and i + 1 < limit \
                and doc[i + 1].pos_ in ("DET", "NOUN", "PROPN"):
            i += 1
            continue
        break
    return i


def glued_left(doc: Doc, left: int) -> int:
    """Extend a token range leftwards over words glued to it without a space: the parser
    sometimes cuts hyphenated or elided words ("L'état-major")."""
    while left > 0 and not doc[left - 1].whitespace_ and not doc[left - 1].is_space \
            and doc[left - 1].text not in (",", "«", "»", "“", "”", '"', "(", ")", ".", ":", ";"):
        left -= 1
    return left


def is_clitic(tok: Token) -> bool:
    """An inverted subject clitic ("-il", "-t", "-on"). The tokenizer cuts some of them off
    their hyphen ("ont-elles" -> "ont", "-", "elles"): a pronoun glued to a bare hyphen
    counts too."""
    form = tok.lower_.lstrip("-")
    if form not in pronoun_roles():
        return False
    return tok.text.startswith("-") or (tok.i > 0 and is_bare_hyphen(tok.doc[tok.i - 1]))


def is_bare_hyphen(tok: Token) -> bool:
    """A "-" glued to the verb before it and to a subject pronoun after it ("ont-elles")."""
    doc = tok.doc
    return tok.text == "-" and not tok.whitespace_ and 0 < tok.i < len(doc) - 1 \
        and not doc[tok.i - 1].whitespace_ and doc[tok.i + 1].lower_ in pronoun_roles()


def fullest_name(name: str, known: list[str]) -> str:
    """The longest known name whose words contain `name`'s words as a run ("Lemoyne" ->
    "Jean-Baptiste Lemoyne"), else `name`."""
    words = name.split()
    best = name
    for other in known:
        ow = other.split()
        if len(ow) > len(best.split()) and any(ow[i:i + len(words)] == words
                                               for i in range(len(ow) - len(words) + 1)):
            best = other
    return best
