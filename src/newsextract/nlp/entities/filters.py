"""Is this mention a named entity at all in news conventions?"""

from __future__ import annotations

import re
import weakref

from spacy.tokens import Doc

from newsextract.layout import SECTION
from newsextract.nlp.entities import canonical
from newsextract.nlp.entities.clitics import is_verb_with_clitic
from newsextract.nlp.entities.hashtags import is_hashtag
from newsextract.nlp.entities.lexicons import Lexicons
from newsextract.nlp.entities.mention import Mention
from newsextract.nlp.entities.sources import is_initials_line
from newsextract.nlp.entities.tokens import (
    TITLE_ARTICLES,
    has_upper,
    is_sentence_initial,
    opens_quotation,
    title_at,
)
from newsextract.nlp.extensions import block_index, blocks
from newsextract.nlp.grammar_words import PREPOSITION_A, grammar_words

# A road number: A36, N4, RD192, D 21 ("l'A36" is not a place name in news conventions).
ROAD_NUMBER = re.compile(r"^(?:A|N|D|RN|RD|CD|E|M)\s?\d{1,4}[a-z]?$")


def is_demonym(doc: Doc, m: Mention, lex: Lexicons) -> bool:
    """"les Français", "un Brestois", "des Asiatiques": people of a place, not entities."""
    if m.end - m.start != 1:
        return False
    tok = doc[m.start]
    key = canonical.entity_key(tok.text)
    plural_of_known = key in lex.demonyms and key.endswith("s") \
        or key[:-1] in lex.demonyms and key.endswith("s") \
        or key[:-2] in lex.demonyms and key.endswith("es")
    if plural_of_known:
        return True
    suffixed = tok.text.endswith(lex.demonym_suffixes)
    if key in lex.demonyms and (m.label == "PER" or suffixed):  # "la Normande de 40 ans"
        return True
    prev = doc[m.start - 1] if m.start > 0 else None
    after_cue = prev is not None and (lex.has("demonym_cues", prev.lower_) or prev.like_num)
    if key in lex.demonyms and prev is not None \
            and lex.has("demonym_cues_masculine", prev.lower_):
        return True  # "un Belge", "ce Britannique" ("une Suisse" may be the country)
    if key in lex.demonyms and prev is not None and prev.lower_ in lex.words["articles"] \
            and introduces_person(doc, m.end):
        return True  # "la Britannique Jeanne Hall": the person's nationality, in apposition
    return after_cue and suffixed and (
        tok.text.endswith("s") or lex.has("demonym_cues_singular", prev.lower_))


def introduces_person(doc: Doc, i: int) -> bool:
    """Token i opens a person's name of two words or more that the model tagged ("... le
    Suédois | Lars Berg"): a demonym right before it is the person's nationality."""
    if i + 1 >= len(doc) or doc[i].ent_iob_ != "B" or doc[i].ent_type_ != "PER":
        return False
    return doc[i + 1].ent_iob_ == "I" and doc[i + 1].ent_type_ == "PER"


def is_portfolio(doc: Doc, start: int, lex: Lexicons, hops: int = 2) -> bool:
    """The portfolio of a minister ("ministre des Transports", "secrétaire d'État à
    l'Égalité"), starting at token `start`: part of a function, not an organisation or a
    place. A second portfolio joined by "et" ("ministre du Travail et des Solidarités")
    is one too: up to `hops` coordinations are followed back to the title."""
    k = start - 1
    while k >= 0 and lex.has("portfolio_links", doc[k].lower_):
        k -= 1
    if k < 0 or k == start - 1:
        return False
    if lex.has("portfolio_titles", doc[k].lower_):
        return True
    links = {t.lower_ for t in doc[k + 1:start]}
    if lex.has("portfolio_titles_with_a", doc[k].lower_) \
            and links & grammar_words(PREPOSITION_A) and not links & lex.words["connectors"]:
        return True  # "l'adjointe à la Culture", "le secrétaire (américain) au Budget"
    if k >= 2 and lex.has("portfolio_titles", doc[k - 2:k + 1].text.lower()):
        return True
    if hops and lex.has("portfolio_coordinators", doc[k].lower_):
        j = k - 1  # back over the previous portfolio's words ("Travail", "numérique")
        while j >= 0 and doc[j].is_alpha and not lex.has("portfolio_links", doc[j].lower_) \
                and (doc[j].text[:1].isupper() or doc[j].pos_ == "ADJ") and k - j <= 3:
            j -= 1
        return j < k - 1 and is_portfolio(doc, j + 1, lex, hops - 1)
    return False


def is_sentence_initial_word(doc: Doc, m: Mention, lex: Lexicons) -> bool:
    """A one-word mention that is only capitalised because it starts the sentence:
    the model reads it as a verb, adjective or common noun with a lowercase lemma
    ("Installée à Lyon", "Attablé au"), or it heads a participial clause
    ("Interrogés sur ...", tagged PROPN), or it is a French adjective before a preposition
    ("Hilare devant ...", tagged PROPN), or the article writes it in lowercase elsewhere,
    or it is a French function word that lost its accent ("Ca").
    The first word of a quotation counts as sentence-initial ("« Grève générale »"), unless
    the article also capitalises that word mid-sentence: then it is a name."""
    if m.end - m.start != 1:
        return False
    tok = doc[m.start]
    if opens_quotation(doc, m.start) and not is_sentence_initial(doc, m.start):
        if tok.text in _mid_sentence_capitals(doc):
            return False
    elif not is_sentence_initial(doc, m.start):
        return False
    if tok.text.isupper():  # "PARIS", "AFP": capitals are not sentence case
        return False
    if canonical.entity_key(tok.text) in canonical.folded(lex.words["french_function_words"]):
        return True  # "« Ca fait peur »": "ça" written without its cedilla at a start
    lower = tok.text.lower()
    # a lowercase lemma alone is not enough: the model also gives one to names it does not
    # know ("Brivane" VERB, lemma "brivane"); the word must be a known French word too
    known_word = tok.lemma_ != lower or doc.vocab.has_vector(lower)
    if tok.pos_ in {"VERB", "AUX", "ADJ", "NOUN"} and tok.lemma_.islower() and known_word:
        return True
    before_preposition = tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "ADP" \
        and doc[tok.i + 1].is_lower
    if before_preposition and (tok.dep_ in {"advcl", "acl"}
                               or lex.has("french_adjectives", lower)):
        return True  # "Interrogés sur ...", "Hilare devant ...", "Fier de ..."
    return lower in _words_of(doc)


# Word forms per Doc, computed once: testing `any(t.text == w for t in doc)` for each
# candidate made long articles quadratic.
_WORDS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _words_of(doc: Doc) -> frozenset[str]:
    words = _WORDS.get(doc)
    if words is None:
        words = _WORDS[doc] = frozenset(t.text for t in doc)
    return words


_CAPITALS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _mid_sentence_capitals(doc: Doc) -> frozenset[str]:
    """Capitalised words the article writes neither at a sentence start nor at a
    quotation's start: names ("... a dit Emmanuel Macron")."""
    words = _CAPITALS.get(doc)
    if words is None:
        words = _CAPITALS[doc] = frozenset(
            t.text for t in doc if t.is_title and not is_sentence_initial(doc, t.i)
            and not opens_quotation(doc, t.i))
    return words


def in_idiom(doc: Doc, m: Mention, lex: Lexicons) -> bool:
    """The mention ends a fixed expression ("le talon d'Achille", "une épée de Damoclès")."""
    for idiom in lex.idioms:
        start = m.end - len(idiom)
        if start >= 0 and start < m.start + 1 and tuple(
                canonical.entity_key(t.text) for t in doc[start:m.end]) == idiom:
            return True
    return False


def is_parenthesised_portfolio(doc: Doc, m: Mention, lex: Lexicons) -> bool:
    """"Anne Durand (Travail)": a minister's portfolio (``entities_portfolios.txt``) alone in
    parentheses right after a capitalised name is part of her function, not an
    organisation."""
    if m.start < 2 or m.end >= len(doc) or doc[m.start - 1].text != "(" \
            or doc[m.end].text != ")":
        return False
    return doc[m.start - 2].text[:1].isupper() and doc[m.start - 2].is_alpha \
        and lex.has("portfolios", canonical.entity_key(doc[m.start:m.end].text))


def keep(doc: Doc, m: Mention, lex: Lexicons) -> bool:
    """False for what is not a named entity in news conventions."""
    if m.end <= m.start:
        return False
    if m.gazetteer:
        return True
    text = doc[m.start:m.end].text
    if len(text.replace(".", "")) < 2 or not has_upper(text):
        return False
    if m.end - m.start == 1 and doc[m.start].lower_ in lex.determiners:
        return False  # a title's article cut from its name (", Le | Courrier du Nord")
    if canonical.entity_key(text) in lex.stoplist or canonical.entity_key(
            doc[m.start + 1:m.end].text) in lex.stoplist and doc[m.start].text in TITLE_ARTICLES:
        return False  # "l'État", and "L'Insoumis" with the article a title keeps
    if canonical.entity_key(doc[m.start].text) in lex.stoplist \
            and all(t.is_lower for t in doc[m.start + 1:m.end]):
        return False  # "l'État fédéral", "la République tchèque" is a gazetteer name
    if canonical.entity_key(text) in lex.non_entity_acronyms:
        return False  # "le Smic", "la CSG": a tax or a measure, not an organisation
    if ROAD_NUMBER.match(text) or is_hashtag(doc, m, lex) or in_idiom(doc, m, lex):
        return False
    if m.label == "PER" and is_initials_line(doc, m):
        return False  # "R. B." alone on a line: a signature of initials
    if is_verb_with_clitic(doc, m, lex):
        return False  # "Croyez-vous", "«Désarmons-les»": a verb
    if m.end - m.start == 1 and m.trigger_label is None \
            and canonical.entity_key(text).rstrip("s") in lex.triggers:
        return False  # a head noun alone ("Salle polyvalente", "l'Amicale")
    if m.label in ("ORG", "LOC", "MISC") and (is_portfolio(doc, m.start, lex)
                                              or is_parenthesised_portfolio(doc, m, lex)):
        return False
    if m.trigger_label is None and is_sentence_initial_word(doc, m, lex):
        return False
    if m.trigger_label is None and is_demonym(doc, m, lex):
        return False
    # a title alone ("Premier ministre", "ministre de l'Intérieur"): no name left
    return not title_at(doc, m.start, m.end + 1, lex) or any(
        t.text[:1].isupper() for t in doc[m.start + 1:m.end] if not t.is_punct)


def in_running_text(doc: Doc, m: Mention) -> bool:
    """Inside one block and not in a section heading ("International"). A boilerplate line
    counts: a link to another story ("Lire aussi Dupuis - ...") and a credit ("© 2019 AFP")
    name entities like any other line; only the other layers skip them."""
    start, end = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text)
    i = block_index(doc, start)
    if i is None:
        return False
    b_start, b_end, kind = blocks(doc)[i]
    return end <= b_end and kind != SECTION
