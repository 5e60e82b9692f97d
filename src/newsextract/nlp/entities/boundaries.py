"""Where does a name start and end? Trim what is not part of it, join what is."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsextract.nlp.entities.canonical import entity_key
from newsextract.nlp.entities.filters import is_portfolio
from newsextract.nlp.entities.lexicons import Lexicons
from newsextract.nlp.entities.mention import Mention
from newsextract.nlp.entities.tokens import (
    connector_length,
    is_edge_junk,
    is_sentence_initial,
    is_upper_word,
    opens_qualifying_en,
    title_at,
)
from newsextract.nlp.grammar_words import ELIDED_BEFORE_H, PREPOSITION_DE, grammar_words
from newsextract.nlp.punctuation import DASHES, is_spaced_dash


def end_of_title_across(doc: Doc, s: int, e: int, lex: Lexicons) -> int:
    """End of a title that starts before token s and ends inside [s, e), else s: in "le
    président de la République du Niger" the model's "République du Niger" starts inside
    the title "président de la République"; the name is what follows it."""
    for k in range(max(0, s - lex.longest_title + 1), s):
        n = title_at(doc, k, e, lex)
        if s < k + n < e:
            return k + n
    return s


def title_complement(doc: Doc, m: Mention, k: int, e: int, lex: Lexicons) -> int:
    """Start of the name in "title + de + complement" (k at "de"), or e for no name.

    A portfolio is no name ("ministre de l'Intérieur"); a place or an organisation is
    ("le maire de Quimper", "la reine de Suède": after a territorial title, a place even if
    the model says person). Otherwise what the model calls a person keeps its particle:
    "le général de Lattre" is the person "de Lattre"."""
    name = k + connector_length(doc, k, lex)
    if name >= e or not doc[name].text[:1].isupper() or is_portfolio(doc, name, lex):
        return e
    if lex.has("territorial_titles", doc[k - 1].lower_):
        if m.label == "PER":
            m.trigger_label = "LOC"
        return name
    return k if m.label == "PER" and name == k + 1 else name


def is_former_prefix(doc: Doc, i: int) -> bool:
    """doc[i] and doc[i + 1] are "ex" and a glued hyphen before a name (the tokenizer cuts
    "ex-" from a capitalised word: ``tokenization.GLUED_FORMER_PREFIX``)."""
    return doc[i].lower_ == "ex" and is_glued_hyphen(doc, i + 1)


def trim(doc: Doc, m: Mention, lex: Lexicons) -> Mention:
    """Remove what is not part of the name at both ends; a title trimmed off becomes the role."""
    s, e = m.start, m.end
    after_title = end_of_title_across(doc, s, e, lex)
    if after_title > s and doc[after_title].text[:1].isupper():
        # "le procureur de la République Jeanne Martin": a person with that title
        m.role, m.trigger_label = doc[s:after_title].text, "PER"
    s = after_title
    while s < e and is_edge_junk(doc[s]):
        s += 1
    while e > s and is_edge_junk(doc[e - 1]):
        e -= 1
    changed = True
    while changed and s < e - 1:
        changed = False
        tok = doc[s]
        if tok.text in lex.honorifics:
            s, changed = s + 1, True
            continue
        n = title_at(doc, s, e - 1, lex)
        if n:
            if doc[s + n].lower_ in grammar_words(PREPOSITION_DE):
                s = title_complement(doc, m, s + n, e, lex)
                break
            m.role = doc[s:s + n].text
            s, changed = s + n, True
            continue
        if tok.lower_ in lex.determiners and (tok.is_lower or is_sentence_initial(doc, s)):
            s, changed = s + 1, True
            continue
        if is_former_prefix(doc, s):  # "l'ex-Front national": the party is the name
            s, changed = s + 2, True
            continue
        if is_edge_junk(tok):
            s, changed = s + 1, True
    e = before_unopened_closing_quote(doc, s, e)
    while e > s + 1 and (doc[e - 1].lower_ in lex.determiners or is_edge_junk(doc[e - 1])
                         or m.label == "PER" and is_lowercase_word(doc[e - 1])
                         and not ends_apostrophe_name(doc, e - 1)):
        e -= 1
    if e < len(doc) and ends_apostrophe_name(doc, e):
        e += 1  # "Samir M’" + "hadra": the model stopped at the apostrophe
    m.start, m.end = s, e
    return m


# Maghreb names written with an apostrophe after their first consonants ("M’sila", "Samir
# M’hadra", "H’rida"): the tokenizer cuts them like an elision, the lowercase rest apart.
# A French elision comes before a vowel or a mute h only; these come before any consonant.
APOSTROPHE_NAME_HEAD = re.compile(r"[A-ZÀ-Þ][a-z]?['’]")
CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")
MUTE_H = "h"


def ends_apostrophe_name(doc: Doc, i: int) -> bool:
    """Token i is the lowercase rest of such a name, glued to its capitalised head; before
    an h an elided function word is an elision ("L’hôpital", "D’habitude", "J’habite")."""
    head = doc[i - 1] if i > 0 else None
    if head is None or head.whitespace_ or APOSTROPHE_NAME_HEAD.fullmatch(head.text) is None \
            or not (doc[i].is_alpha and doc[i].is_lower and doc[i].text[0] in CONSONANTS):
        return False
    return doc[i].text[0] != MUTE_H or head.lower_ not in grammar_words(ELIDED_BEFORE_H)


CLOSING_QUOTES = {"»": "«", "”": "“"}


def before_unopened_closing_quote(doc: Doc, s: int, e: int) -> int:
    """The end of a name that a closing quote ends: "baptisé « Les Vigilants » pour les
    européennes" is "Les Vigilants", whatever the model took after the quote; a quote
    opened inside the span ("le « Courrier » de Lyon") leaves it whole."""
    for k in range(s + 1, e):
        opening = CLOSING_QUOTES.get(doc[k].text)
        if opening is not None and not any(t.text == opening for t in doc[s:k]):
            return k
    return e


def is_lowercase_word(token) -> bool:
    """A word in lowercase, marks glued to it aside ("démission+", "sourit"): a person's
    name never ends with one (particles come before the surname: "de Gaulle")."""
    letters = [c for c in token.text if c.isalpha()]
    return bool(letters) and all(c.islower() for c in letters)


def join_hyphenated_acronym(doc: Doc, m: Mention) -> Mention:
    """"AP-HP", "AP-HM": the tokenizer splits an upper-case hyphenated acronym into
    "AP", "-", "HP" and the model tags a part at best; the mention takes the whole word."""
    def glued_hyphen(i: int) -> bool:  # doc[i] is a hyphen glued to both neighbours
        return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i].whitespace_ \
            and not doc[i - 1].whitespace_ and is_upper_word(doc[i - 1]) \
            and is_upper_word(doc[i + 1])
    if not all(is_upper_word(t) or t.text == "-" for t in doc[m.start:m.end]):
        return m
    while glued_hyphen(m.end):
        m.end += 2
    while glued_hyphen(m.start - 1):
        m.start -= 2
    return m


# Longest tail an organisation's name may gain after what the model tagged ("..., internés
# et victimes de guerre"): a long association name, never a whole clause.
MAX_NAME_TAIL_TOKENS = 12
TAIL_WORD_TAGS = frozenset({"NOUN", "ADJ"})


def tail_word(token) -> bool:
    """A lowercase noun or adjective that can continue a name ("déportés", "routiers")."""
    return token.is_lower and token.is_alpha and token.pos_ in TAIL_WORD_TAGS


def complement_length(doc: Doc, j: int, limit: int, lex: Lexicons) -> int:
    """Tokens of a complement "de guerre", "de la Résistance", "en combustibles" at j."""
    if j >= limit or not lex.has("name_tail_prepositions", doc[j].lower_):
        return 0
    k = j + 1
    if k < limit and doc[k].lower_ in {"la", "l'", "l’"}:
        k += 1
    if k < limit and (tail_word(doc[k]) or doc[k].is_title and doc[k].is_alpha):
        return k + 1 - j
    return 0


def extend_organisation_name(doc: Doc, m: Mention, lex: Lexicons, limit: int,
                             others: tuple[tuple[int, int], ...] = ()) -> Mention:
    """Give a long organisation name the words the model cut off at a comma or at "et".

    Only names that start with an organisation head written as a name ("Union", "Fédération",
    "Observatoire": ``organisation_heads``) and that the model ended on a lowercase word: a
    name that ends capitalised is complete ("le Conseil d'État de mardi"); a head alone
    ("l'Amicale", then "des pêcheurs") is not. The tail is made
    of complements ("de guerre", "en combustibles"), lowercase nouns and adjectives, an
    enumeration (", internés") that "et" closes ("et victimes"), and "et" + complement ("et
    des transports"). A comma that no "et" closes is not part of the name ("l'Union des
    Exemples, présidée par ..."). A tail that enters another entity takes all of it
    (`others`: "le Fonds des Nations unies")."""
    if not lex.has("organisation_heads", doc[m.start].text) \
            or (m.end - m.start > 1 and not doc[m.end - 1].is_lower):
        return m
    limit = min(limit, m.end + MAX_NAME_TAIL_TOKENS)
    end = j = m.end
    in_enumeration = False
    while j < limit:
        n = complement_length(doc, j, limit, lex)
        if n:
            j += n
        elif tail_word(doc[j]):
            j += 1
        elif doc[j].text == "," and j + 1 < limit and tail_word(doc[j + 1]):
            in_enumeration, j = True, j + 2
            continue
        elif doc[j].lower_ == "et" and j + 1 < limit and (
                tail_word(doc[j + 1]) or complement_length(doc, j + 1, limit, lex)):
            in_enumeration = False
            j += 1
            continue
        else:
            break
        if not in_enumeration:
            end = j
    m.end = max([end] + [e for s, e in others if m.end <= s < end < e])
    return m


def take_place_qualifier(doc: Doc, m: Mention, lex: Lexicons) -> Mention:
    """A place followed by a geographic qualifier is one region ("l'Europe centrale",
    "l'Afrique subsaharienne", "la France métropolitaine": ``entities_place_qualifiers.txt``)."""
    if m.label == "LOC" and m.end < len(doc) and doc[m.end].lower_ in lex.place_qualifiers:
        m.end += 1
    return m


def is_glued_hyphen(doc: Doc, i: int) -> bool:
    """doc[i] is a hyphen with no space on either side ("Rennes-Brest")."""
    return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i].whitespace_ \
        and not doc[i - 1].whitespace_


# Letters of a particle that never ends a name and that the tokenizer cuts from the word it
# is glued to ("El-Kébira", "Bou-Saâda", "Ben-Ali"): a mention ending on one goes on.
MAX_PARTICLE_LETTERS = 3
# Words of a Maghreb place name after its first word ("Ouled Si Ahmed", "Aïn El Turck").
MAX_PREFIXED_PLACE_WORDS = 4


def extend_cut_place(doc: Doc, m: Mention, lex: Lexicons) -> Mention:
    """A place name the model cut short: a first word of `place_name_prefixes` alone, with
    the capitalised words after it ("Ouled | Si Ahmed"), and a short particle glued by a
    hyphen to the next word ("Aïn El | -Kébira", "El | -Harrach")."""
    if m.end - m.start == 1 and doc[m.start].text in lex.words["place_name_prefixes"]:
        while m.end < len(doc) and m.end - m.start <= MAX_PREFIXED_PLACE_WORDS \
                and doc[m.end - 1].whitespace_ and doc[m.end].is_title and doc[m.end].is_alpha:
            m.end += 1
    while m.end + 1 < len(doc) and is_glued_hyphen(doc, m.end) \
            and doc[m.end - 1].is_title and len(doc[m.end - 1]) <= MAX_PARTICLE_LETTERS \
            and doc[m.end + 1].is_title and doc[m.end + 1].is_alpha \
            and doc[m.end + 1].text not in lex.words["place_name_prefixes"]:
        m.end += 2  # not before another place's first word: "Béni Saf-Aïn Témouchent"
    return m


def standalone_names(doc: Doc) -> frozenset[str]:
    """The words the model tags as a name on their own in the article: its one-word
    entities and the surnames of its persons ("Durand" in "Paul Durand")."""
    return frozenset(e.text for e in doc.ents if len(e) == 1) \
        | frozenset(e[-1].text for e in doc.ents if e.label_ == "PER")


def take_compound_first_name(doc: Doc, m: Mention, names: frozenset[str]) -> Mention:
    """"Gilles-Aurèle Vernon": the tokenizer splits a compound first name it does not list
    into "Gilles", "-", "Aurèle", and the model starts the person at the second part. A
    capitalised word glued by a hyphen before a person's name is the first part of the first
    name, unless the article names it on its own (`names`: "Durand" in "le duel Durand-Le
    Gall" after "Paul Durand"), where it is another person."""
    k = m.start - 2
    if m.label == "PER" and k >= 0 and is_glued_hyphen(doc, m.start - 1) \
            and doc[k].is_title and doc[k].is_alpha and doc[k].text not in names:
        m.start = k
    return m


def hyphenated_words(doc: Doc, m: Mention) -> list[int] | None:
    """The token indices of the capitalised words of a mention made only of words joined by
    glued hyphens ("Rennes-Brest": [i, i + 2]), None for any other mention."""
    if (m.end - m.start) % 2 == 0 or m.end - m.start < 3:
        return None
    words = list(range(m.start, m.end, 2))
    if all(doc[i].is_title and doc[i].is_alpha for i in words) \
            and all(is_glued_hyphen(doc, i + 1) for i in words[:-1]):
        return words
    return None


# Most lowercase adjectives between a pair noun and its pair ("l'axe routier Lyon-Paris",
# "le duo présidentiel écologiste Martin-Durand"): a noun phrase, never a clause.
MAX_PAIR_NOUN_ADJECTIVES = 3


def pair_noun_before(doc: Doc, start: int) -> str:
    """The lowercased noun before doc[start], past a few lowercase adjectives ("" if none)."""
    k = start - 1
    while k >= 0 and start - 1 - k < MAX_PAIR_NOUN_ADJECTIVES and doc[k].pos_ == "ADJ" \
            and doc[k].is_lower:
        k -= 1
    return doc[k].lower_ if k >= 0 else ""


def split_hyphenated_pair(doc: Doc, m: Mention, lex: Lexicons,
                          names: frozenset[str]) -> list[Mention]:
    """"le trajet Rennes-Brest", "le duo Martin-Durand": two names joined by a hyphen are
    two mentions when a noun of ``entities_pair_nouns.tsv`` announces a pair, or when the
    article names each of them on its own (`names`). A compound name ("Saint-Malo",
    "Pont-Aven") has neither, and a direction of the stoplist is part of the place it
    follows ("Tripoli-Est", "l'axe Nord-Sud")."""
    words = hyphenated_words(doc, m)
    if words is None or m.gazetteer \
            or any(entity_key(doc[i].text) in lex.stoplist for i in words):
        return [m]
    noun = pair_noun_before(doc, m.start)
    if noun in lex.pair_nouns:
        label = lex.pair_nouns[noun] or m.label
    elif all(doc[i].text in names for i in words):
        label = m.label
    else:
        return [m]
    return [Mention(i, i + 1, label, trigger_label=m.trigger_label if label == m.label
                    else label) for i in words]


def join_acronym_branch(doc: Doc, m: Mention, lex: Lexicons, names: frozenset[str]) -> Mention:
    """"SUD-Exemple", "CGT-Spectacle": an organisation's acronym glued by a hyphen to one
    capitalised word names a branch, a federation or an alliance of it: one ORG, where the
    model kept the acronym only. Not a pair (a noun of ``entities_pair_nouns.tsv`` before it,
    "le match ABC-Lyon", or a word the article names on its own), nor a direction of the
    stoplist ("CGT-Est"), nor a function word ("ABC-Que faire": a longer title)."""
    k = m.end
    if m.end - m.start != 1 or not is_upper_word(doc[m.start]) or k + 1 >= len(doc) \
            or doc[k].text != "-" or doc[k].whitespace_ or doc[k - 1].whitespace_:
        return m
    word = doc[k + 1]
    glued_after = k + 2 < len(doc) and not word.whitespace_ and doc[k + 2].text == "-"
    if not (word.is_title and word.is_alpha) or glued_after or word.text in names \
            or lex.has("french_function_words", word.lower_) \
            or entity_key(word.text) in lex.stoplist \
            or pair_noun_before(doc, m.start) in lex.pair_nouns:
        return m
    return Mention(m.start, k + 2, "ORG", m.gazetteer, "ORG", m.role)


def spaced_dash_at(doc: Doc, k: int) -> int:
    """Tokens of a spaced dash at k: 1 for "Lyon - Nantes", 2 when the space after it is a
    no-break space token of its own ("Durand -<NBSP>Le prix"), 0 for no spaced dash."""
    if is_spaced_dash(doc, k):
        return 1
    glued_space = doc[k].text in DASHES and k + 1 < len(doc) and doc[k + 1].is_space
    spaced_before = k == 0 or bool(doc[k - 1].whitespace_) or doc[k - 1].is_space
    return 2 if glued_space and spaced_before else 0


def split_at_spaced_dash(doc: Doc, m: Mention) -> list[Mention]:
    """"Lyon - Nantes", "Rennes – Brest": a dash between spaces joins two names (a match, a
    route), it is never inside one."""
    for k in range(m.start + 1, m.end - 1):
        width = spaced_dash_at(doc, k)
        if width and k + width < m.end:
            first = Mention(m.start, k, m.label, m.gazetteer, m.trigger_label, m.role)
            second = Mention(k + width, m.end, m.label, m.gazetteer, m.trigger_label)
            return [first, *split_at_spaced_dash(doc, second)]
    return [m]


def take_particle_after_honorific(doc: Doc, m: Mention, lex: Lexicons) -> Mention:
    """"M. Di Rocco", "Mme Van Acker": a capitalised word between an honorific and a person's
    name is the name's particle, which the model often leaves out."""
    k = m.start - 1
    if m.label == "PER" and k >= 1 and doc[k].is_title and doc[k].is_alpha \
            and doc[k - 1].text in lex.honorifics:
        m.start = k
    return m


# Tags of the common word that may open a mention before a name ("la ceinture de Belfort").
COMMON_WORD_POS = frozenset({"NOUN", "ADJ"})


def drop_common_noun_head(doc: Doc, m: Mention, lex: Lexicons) -> Mention:
    """"la ceinture de Belfort", "Originaire des Forges de Brul": a common noun (or an
    adjective starting the sentence) that is no head noun of a name, with its "de", is
    not part of the place, person or event name after it. Organisations keep theirs ("la
    préfecture de police de Lyon"). A single word left is a place ("l'attentat de Nice").
    Nor is the noun of an "en" phrase that qualifies a noun before it ("une plateforme en
    ligne Dongo"; not "opérer en mer Égée", where "en mer" is the verb's), nor a lowercase
    noun right before a person's name ("l'affaire Lenoir": the person is "Lenoir")."""
    first = doc[m.start]
    if m.label == "ORG":
        return m
    common = first.pos_ in COMMON_WORD_POS and first.lemma_.islower() and (
        first.is_lower or first.pos_ == "ADJ" and is_sentence_initial(doc, m.start))
    if not common or first.lower_ in lex.triggers or head_plural_trigger(first, lex):
        return m
    conn = connector_length(doc, m.start + 1, lex)
    name = m.start + 1 + conn
    if not conn and m.label == "PER" and first.pos_ == "NOUN" and first.is_lower \
            and name < m.end and doc[name].is_title:
        m.start = name  # "l'affaire Benalla": the case is named after the person
        return m
    if not conn and name < m.end and doc[name].is_title and m.start > 1 \
            and opens_qualifying_en(doc, m.start - 1, COMMON_WORD_POS) \
            and doc[m.start - 2].pos_ == "NOUN":
        m.start = name  # "le média en ligne Brut": "en ligne" qualifies the noun before
        return m
    if conn and name < m.end and doc[name].text[:1].isupper():
        if m.label in {"PER", "MISC"} and m.end - name == 1 and doc[name].pos_ == "PROPN":
            m.trigger_label = "LOC"  # "duc de Bourgogne": a title's place, not a person
        m.start = name
    return m


def head_plural_trigger(token, lex: Lexicons) -> bool:
    """A plural head noun ("musées") whose singular is a head noun."""
    return token.lower_[-1:] in {"s", "x"} and token.lower_[:-1] in lex.triggers


def drop_portfolio(doc: Doc, m: Mention, lex: Lexicons) -> Mention:
    """"la ministre des Sports Jeanne Martin", "son ministre de la Ville Martin": the model
    often tags the portfolio (and its title) with the name as one mention; the name is what
    follows the portfolio's words (capitalised, lowercase, or joined by "et des"), and it
    is a person."""
    p = next((k for k in range(max(m.start, 1), m.end - 1) if doc[k].text[:1].isupper()
              and doc[k - 1].pos_ in {"ADP", "DET"} and is_portfolio(doc, k, lex)), None)
    if p is None:
        return m
    s, joined = p + 1, False
    while s < m.end:
        tok = doc[s]
        if tok.is_lower or tok.is_punct:
            joined = joined or lex.has("portfolio_coordinators", tok.lower_)
            s += 1
        elif joined or lex.has("portfolio_links", doc[s - 1].lower_):
            joined, s = False, s + 1  # the second portfolio: "... et des Solidarités"
        else:
            break
    if s < m.end:
        m.start, m.label, m.trigger_label = s, "PER", "PER"
    return m
