"""``newsextract_entities``: clean, relabel, group and name the model's entities.

Runs on the joined article Doc (after the model's ``ner`` and the gazetteer, which ran
paragraph by paragraph), so that it can see the whole article. Steps, each a small function:

1. boundaries: trim stray punctuation, leading determiners/prepositions ("la France",
   "de France"), honorifics and titles ("M. Soyer", "le général Roudskoï" -> the title goes
   to ``role``), trailing function words ("... combattants de la");
2. head nouns (``data/entities_triggers.tsv``): a name right after "place", "rue",
   "boulangerie", "parquet de"... joins its head noun and takes its label; a classifier noun
   ("l'agence X", "X, plateforme de ...") only gives the label; so does the context
   ("Bintou, 28 ans" PER, "DUBAÏ (AFP)" LOC, "Aïn Beida" LOC);
3. filters: no single letters, no lowercase-only spans, no stoplisted common nouns ("État"),
   no sentence-initial common words ("Installée à ..."), no ministers' portfolios,
   no demonyms ("les Français", "un Belfortain"), no road numbers ("A36");
4. acronyms written with their expansion ("BRDP (Brigade de ...)") become two linked mentions;
5. one label per name in the article (gazetteer > head noun > person name > model majority);
6. canonical names and ``entity_id`` (canonical.py), ``entity_key``, ``role``.

Spans from the gazetteer (``span.ent_id_`` set) are kept as they are. Output:
``doc.spans["entities"]`` with ``span._.entity`` = {entity_id, canonical, entity_key, role},
and ``doc.ents`` set to the same spans where they do not overlap.
"""

from __future__ import annotations

import re
import weakref
from collections import Counter, defaultdict
from contextlib import suppress
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from newsextract.layout import SECTION
from newsextract.nlp import canonical
from newsextract.nlp.extensions import block_index, blocks, is_extractable, register_extensions
from newsextract.resources import read_json, read_lines, read_tsv

# Weights of the evidence for a label when one name gets several in an article.
GAZETTEER_WEIGHT, TRIGGER_WEIGHT, PERSON_NAME_WEIGHT, MODEL_WEIGHT = 8, 4, 2, 1
MAX_ROLE_TOKENS = 12
MAX_EXPANSION_TOKENS = 14
# A road number: A36, N4, RD192, D 21 ("l'A36" is not a place name in news conventions).
ROAD_NUMBER = re.compile(r"^(?:A|N|D|RN|RD|CD|E|M)\s?\d{1,4}[a-z]?$")
# What a mention may not start or end with.
EDGE_PUNCT = set("-–—,;:.!?«»\"“”„'’()[]{}/|*•#@")


@dataclass(frozen=True)
class Trigger:
    label: str
    part_of_name: bool  # "place du Capitole" (True) vs "l'agence Hans Lucas" (False)
    with_of: bool  # "trigger de Name" is still one name


@dataclass
class Mention:
    start: int  # token offsets in the article Doc
    end: int
    label: str
    gazetteer: bool = False
    trigger_label: str | None = None  # label given by a head noun or apposition
    role: str | None = None
    canonical: str | None = None
    links: list[int] = field(default_factory=list)  # mentions with the same canonical


@dataclass(frozen=True)
class Lexicons:
    determiners: frozenset[str]
    honorifics: frozenset[str]
    titles: dict[str, list[tuple[str, ...]]]  # first word -> title word sequences, longest first
    stoplist: frozenset[str]
    demonyms: frozenset[str]
    demonym_suffixes: tuple[str, ...]
    triggers: dict[str, Trigger]
    place_infixes: tuple[str, ...]
    words: dict[str, frozenset[str]]  # the closed classes of entities_function_words.json

    def has(self, group: str, word: str) -> bool:
        return word in self.words[group]


def load_lexicons(nlp: Language) -> Lexicons:
    titles: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for title in read_lines("titles.txt"):
        words = tuple(t.lower_ for t in nlp.make_doc(title))
        titles[words[0]].append(words)
    for seqs in titles.values():
        seqs.sort(key=len, reverse=True)
    triggers = {row[0].lower(): Trigger(row[1], row[2] == "name", row[3] == "yes")
                for row in read_tsv("entities_triggers.tsv") if len(row) >= 4}
    return Lexicons(
        determiners=frozenset(w.lower() for w in read_lines("entities_determiners.txt")),
        honorifics=frozenset(read_lines("entities_honorifics.txt")),
        titles=dict(titles),
        stoplist=frozenset(canonical.entity_key(w) for w in read_lines("entities_stoplist.txt")),
        demonyms=frozenset(canonical.entity_key(w) for w in read_lines("entities_demonyms.txt")),
        demonym_suffixes=tuple(sorted(read_lines("entities_demonym_suffixes.txt"), key=len,
                                      reverse=True)),
        triggers=triggers,
        place_infixes=read_lines("entities_place_infixes.txt"),
        words={k: frozenset(v) for k, v in read_json("entities_function_words.json").items()
               if isinstance(v, list)},
    )


# --- token predicates ---------------------------------------------------------------------

def is_edge_junk(token) -> bool:
    """Whitespace or punctuation that may not start or end a mention."""
    return token.is_space or (len(token.text) == 1 and token.text in EDGE_PUNCT) \
        or all(c in EDGE_PUNCT for c in token.text)


def has_upper(text: str) -> bool:
    return any(c.isupper() for c in text)


def is_sentence_initial(doc: Doc, i: int) -> bool:
    """The token starts its sentence, possibly after opening quotes or brackets."""
    j = i
    while j > 0 and doc[j - 1].text in "«\"“(['" and not doc[j - 1].is_space:
        j -= 1
    return j == 0 or doc[j].is_sent_start or doc[j - 1].is_space \
        or doc[j - 1].text in {".", "!", "?", ":", "…"}


def title_at(doc: Doc, i: int, end: int, lex: Lexicons) -> int:
    """Length in tokens of the title starting at token i (0 if none), within [i, end)."""
    for words in lex.titles.get(doc[i].lower_, ()):
        n = len(words)
        if i + n <= end and tuple(t.lower_ for t in doc[i:i + n]) == words:
            return n
    return 0


# --- 1. boundaries ------------------------------------------------------------------------

def trim(doc: Doc, m: Mention, lex: Lexicons) -> Mention:
    """Remove what is not part of the name at both ends; a title trimmed off becomes the role."""
    s, e = m.start, m.end
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
            if doc[s + n].lower_ in {"de", "du", "des", "d'", "d’"}:
                s = e  # a function and its complement ("ministre de l'Intérieur"): no name
                break
            m.role = doc[s:s + n].text
            s, changed = s + n, True
            continue
        if tok.lower_ in lex.determiners and (tok.is_lower or is_sentence_initial(doc, s)):
            s, changed = s + 1, True
            continue
        if is_edge_junk(tok):
            s, changed = s + 1, True
    while e > s + 1 and (doc[e - 1].lower_ in lex.determiners or is_edge_junk(doc[e - 1])):
        e -= 1
    m.start, m.end = s, e
    return m


def is_upper_word(token) -> bool:
    """An all-capitals word of two letters or more ("AP", "HP", "PS")."""
    return len(token.text) >= 2 and token.text.isalpha() and token.text.isupper()


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


# --- 2. head nouns ------------------------------------------------------------------------

def connector_before(doc: Doc, i: int, lex: Lexicons) -> int:
    """Length of "de", "du", "des", "d'", "de la", "de l'" ending right before token i."""
    if i >= 1 and lex.has("connectors", doc[i - 1].lower_):
        return 1
    if i >= 2 and doc[i - 1].lower_ in {"la", "l'", "l’"} and doc[i - 2].lower_ == "de":
        return 2
    return 0


def apply_head_noun(doc: Doc, m: Mention, lex: Lexicons, sent_start: int) -> Mention:
    """A head noun before the name (or in apposition after it) gives the label, and joins
    the span when it is part of the name."""
    first = doc[m.start].lower_
    if first in lex.triggers and doc[m.start].is_lower and m.end - m.start > 1:
        trig = lex.triggers[first]
        if trig.part_of_name:  # the model already included it: "école Notre-Dame"
            m.trigger_label = trig.label
            return m
    i = m.start
    conn = connector_before(doc, i, lex)
    j = i - conn - 1  # candidate head noun
    # allow one lowercase adjective between the head noun and the name ("école primaire X")
    candidates = [j]
    if conn == 0 and j - 1 >= sent_start and doc[j].pos_ == "ADJ" and doc[j].is_lower:
        candidates.append(j - 1)
    for k in candidates:
        if k < sent_start or k < 0:
            continue
        trig = lex.triggers.get(doc[k].lower_)
        if trig is None or not doc[k].is_lower or (conn and not trig.with_of):
            continue
        m.trigger_label = trig.label
        if trig.part_of_name:
            m.start = k
        return m
    # apposition: "Leetchi, plateforme en ligne ..."
    k = m.end
    if k + 1 < len(doc) and doc[k].text == ",":
        k += 1
        if k + 1 < len(doc) and lex.has("articles", doc[k].lower_):
            k += 1
        trig = lex.triggers.get(doc[k].lower_)
        if trig is not None and not trig.part_of_name:
            m.trigger_label = trig.label
    return m


def followed_by_age(doc: Doc, end: int, lex: Lexicons) -> bool:
    """", 28 ans" or " (28 ans)" right after token `end - 1` (press text often has
    non-breaking spaces there, which the tokenizer keeps as space tokens)."""
    words = [t for t in doc[end:min(end + 6, len(doc))] if not t.is_space]
    if words and words[0].text in {",", "("}:
        words = words[1:]
    return len(words) >= 2 and words[0].like_num \
        and lex.has("person_age_words", words[1].lower_)


def before_dateline_agency(doc: Doc, end: int, lex: Lexicons) -> bool:
    """"PARIS (AFP) -": the name right before a news agency in brackets."""
    return end + 2 < len(doc) and doc[end].text == "(" \
        and doc[end + 1].text in lex.words["dateline_agencies"] and doc[end + 2].text == ")"


def label_from_context(doc: Doc, m: Mention, lex: Lexicons) -> str | None:
    """A label given by the words around a name whatever the model said: a one-word name
    followed by an age is a person ("Bintou, 28 ans"); the city of a dateline is a place
    ("DUBAÏ (AFP)"); a name starting with a Maghreb place prefix is a place ("Aïn Beida")."""
    if m.end - m.start == 1 and followed_by_age(doc, m.end, lex):
        return "PER"
    if before_dateline_agency(doc, m.end, lex):
        return "LOC"
    if m.end - m.start > 1 and doc[m.start].text in lex.words["place_name_prefixes"]:
        return "LOC"
    return None


# --- 3. filters ---------------------------------------------------------------------------

def is_demonym(doc: Doc, m: Mention, lex: Lexicons) -> bool:
    """"les Français", "un Belfortain", "des Asiatiques": people of a place, not entities."""
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
    if key in lex.demonyms and (m.label == "PER" or suffixed):  # "la Bretonne de 51 ans"
        return True
    prev = doc[m.start - 1] if m.start > 0 else None
    after_cue = prev is not None and (lex.has("demonym_cues", prev.lower_) or prev.like_num)
    return after_cue and suffixed and (
        tok.text.endswith("s") or lex.has("demonym_cues_singular", prev.lower_))


def is_hashtag(doc: Doc, m: Mention, lex: Lexicons) -> bool:
    """"#ActeXIII", "@bobstu2": glued to a hashtag or handle mark."""
    first = doc[m.start]
    if first.text[:1] in lex.words["hashtag_marks"]:
        return True
    if m.start == 0:
        return False
    prev = doc[m.start - 1]
    return prev.text[-1:] in lex.words["hashtag_marks"] and not prev.whitespace_


def is_portfolio(doc: Doc, start: int, lex: Lexicons, hops: int = 2) -> bool:
    """The portfolio of a minister ("ministre des Transports", "secrétaire d'État à
    l'Égalité"), starting at token `start`: part of a function, not an organisation or a
    place. A second portfolio joined by "et" ("ministre de l'Économie et des Finances")
    is one too: up to `hops` coordinations are followed back to the title."""
    k = start - 1
    while k >= 0 and lex.has("portfolio_links", doc[k].lower_):
        k -= 1
    if k < 0 or k == start - 1:
        return False
    if lex.has("portfolio_titles", doc[k].lower_):
        return True
    if k >= 2 and lex.has("portfolio_titles", doc[k - 2:k + 1].text.lower()):
        return True
    if hops and lex.has("portfolio_coordinators", doc[k].lower_):
        j = k - 1  # back over the previous portfolio's words ("Économie", "numérique")
        while j >= 0 and doc[j].is_alpha and not lex.has("portfolio_links", doc[j].lower_) \
                and (doc[j].text[:1].isupper() or doc[j].pos_ == "ADJ") and k - j <= 3:
            j -= 1
        return j < k - 1 and is_portfolio(doc, j + 1, lex, hops - 1)
    return False


def is_sentence_initial_word(doc: Doc, m: Mention) -> bool:
    """A one-word mention that is only capitalised because it starts the sentence:
    the model reads it as a verb, adjective or common noun with a lowercase lemma
    ("Installée à Lyon", "Englué dans"), or it heads a participial clause
    ("Interrogés sur ...", tagged PROPN), or the article writes it in lowercase elsewhere."""
    if m.end - m.start != 1 or not is_sentence_initial(doc, m.start):
        return False
    tok = doc[m.start]
    if tok.text.isupper():  # "PARIS", "AFP": capitals are not sentence case
        return False
    lower = tok.text.lower()
    # a lowercase lemma alone is not enough: the model also gives one to names it does not
    # know ("Leetchi" VERB, lemma "leetchi"); the word must be a known French word too
    known_word = tok.lemma_ != lower or doc.vocab.has_vector(lower)
    if tok.pos_ in {"VERB", "AUX", "ADJ", "NOUN"} and tok.lemma_.islower() and known_word:
        return True
    if tok.dep_ in {"advcl", "acl"} and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "ADP" \
            and doc[tok.i + 1].is_lower:
        return True
    return lower in _words_of(doc)


# Word forms per Doc, computed once: testing `any(t.text == w for t in doc)` for each
# candidate made long articles quadratic.
_WORDS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _words_of(doc: Doc) -> frozenset[str]:
    words = _WORDS.get(doc)
    if words is None:
        words = _WORDS[doc] = frozenset(t.text for t in doc)
    return words


def keep(doc: Doc, m: Mention, lex: Lexicons) -> bool:
    """False for what is not a named entity in news conventions."""
    if m.end <= m.start:
        return False
    if m.gazetteer:
        return True
    text = doc[m.start:m.end].text
    if len(text.replace(".", "")) < 2 or not has_upper(text):
        return False
    if canonical.entity_key(text) in lex.stoplist:
        return False
    if ROAD_NUMBER.match(text) or is_hashtag(doc, m, lex):
        return False
    if m.end - m.start == 1 and m.trigger_label is None \
            and canonical.entity_key(text).rstrip("s") in lex.triggers:
        return False  # a head noun alone ("Salle polyvalente", "l'Amicale")
    if m.label in ("ORG", "LOC", "MISC") and is_portfolio(doc, m.start, lex):
        return False
    if m.trigger_label is None and is_sentence_initial_word(doc, m):
        return False
    if m.trigger_label is None and is_demonym(doc, m, lex):
        return False
    # a title alone ("Premier ministre", "ministre de l'Intérieur"): no name left
    return not title_at(doc, m.start, m.end + 1, lex) or any(
        t.text[:1].isupper() for t in doc[m.start + 1:m.end] if not t.is_punct)


# --- 4. acronyms --------------------------------------------------------------------------

def acronym_pairs(doc: Doc, skip: frozenset[str]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(acronym span, expansion span) for "Expansion (ACR)" and "ACR (Expansion)"."""
    pairs = []
    for i, tok in enumerate(doc):
        if tok.text != "(":
            continue
        close = next((k for k in range(i + 1, min(i + MAX_EXPANSION_TOKENS + 2, len(doc)))
                      if doc[k].text == ")"), None)
        if close is None:
            continue
        inside = [t.text for t in doc[i + 1:close]]
        if close == i + 2 and canonical.is_acronym(inside[0]):  # Expansion (ACR)
            acr = inside[0]
            for k in range(i - 1, max(i - MAX_EXPANSION_TOKENS, 0) - 1, -1):
                if doc[k].is_punct or doc[k].is_space:
                    break
                words = [t.text for t in doc[k:i]]
                if canonical.entity_key(doc[k].text) in skip:
                    continue
                if canonical.acronym_matches(acr, words, skip):
                    pairs.append(((i + 1, i + 2), (k, i)))
                    break
        elif (i >= 1 and canonical.is_acronym(doc[i - 1].text) and close > i + 2  # ACR (Exp)
              and canonical.acronym_matches(doc[i - 1].text, inside, skip)
              and doc[i + 1].text[:1].isupper()):
            pairs.append(((i - 1, i), (i + 1, close)))
    return pairs


def add_acronym_mentions(doc: Doc, mentions: list[Mention], lex: Lexicons) -> list[Mention]:
    """Make sure both halves of each acronym pair are mentions, with one label and a link.

    An expansion in lowercase that the model did not tag names a thing, not an organisation
    ("projet de loi de finances (PLF)"): its acronym is dropped unless the gazetteer knows it.
    """
    by_span = {(m.start, m.end): m for m in mentions}
    for acr, exp in acronym_pairs(doc, lex.words["acronym_skip"]):
        a, x = by_span.get(acr), by_span.get(exp)
        if x is None and doc[exp[0]].is_lower:
            if a is not None and not a.gazetteer:
                mentions.remove(a)
                by_span.pop(acr)
            continue
        gazetteer_label = next((m.label for m in (a, x) if m is not None and m.gazetteer), None)
        label = gazetteer_label or "ORG"  # acronyms with expansions are organisations
        if x is None:
            # the expansion replaces the mentions the model found inside it
            mentions = [m for m in mentions if not (exp[0] <= m.start and m.end <= exp[1])]
            x = Mention(exp[0], exp[1], label)
            mentions.append(x)
        if a is None:
            a = Mention(acr[0], acr[1], label)
            mentions.append(a)
        a.label = x.label = label
        a.trigger_label = x.trigger_label = label
        a.canonical = x.canonical = doc[exp[0]:exp[1]].text
        by_span = {(m.start, m.end): m for m in mentions}
    return mentions


def place_from_context(doc: Doc, mentions: list[Mention], lex: Lexicons) -> None:
    """A one-word "person" right after "à", "près de"... or written like a French compound
    place name ("Sorcy-Saint-Martin") is a place, unless the article names that person."""
    person_words = {canonical.entity_key(doc[m.end - 1].text) for m in mentions
                    if m.label == "PER" and m.end - m.start > 1}
    for m in mentions:
        if m.label != "PER" or m.gazetteer or m.trigger_label or m.end - m.start != 1:
            continue
        text = doc[m.start].text
        if canonical.entity_key(text) in person_words:
            continue
        before = [doc[m.start - n:m.start].text.lower() for n in (1, 2) if m.start - n >= 0]
        if any(lex.has("place_prepositions", b) for b in before) \
                or any(infix in text for infix in lex.place_infixes):
            m.trigger_label = "LOC"


def organisation_from_article(doc: Doc, mentions: list[Mention], lex: Lexicons) -> None:
    """A one-word "person" written like an acronym after a singular article ("la Laddh",
    "du Ccas") is an organisation: French person names take no article. Not when the
    article names a person with that surname ("la famille Tuche" ... "Jeff Tuche")."""
    person_words = {canonical.entity_key(doc[m.end - 1].text) for m in mentions
                    if m.label == "PER" and m.end - m.start > 1}
    for m in mentions:
        if m.label != "PER" or m.gazetteer or m.trigger_label or m.end - m.start != 1:
            continue
        tok = doc[m.start]
        if canonical.entity_key(tok.text) in person_words or not canonical.is_acronym(tok.text):
            continue
        if m.start > 0 and lex.has("organisation_articles", doc[m.start - 1].lower_):
            m.trigger_label = "ORG"


# --- 5. one label per name ----------------------------------------------------------------

def harmonise_labels(doc: Doc, mentions: list[Mention]) -> None:
    """Every mention of one name in the article gets the best-supported label."""
    votes: dict[str, Counter] = defaultdict(Counter)
    person_words = {canonical.entity_key(doc[m.end - 1].text) for m in mentions
                    if m.label == "PER" and m.end - m.start > 1}
    for m in mentions:
        key = canonical.entity_key(doc[m.start:m.end].text)
        if m.gazetteer:
            votes[key][m.label] += GAZETTEER_WEIGHT
        elif m.trigger_label:
            votes[key][m.trigger_label] += TRIGGER_WEIGHT
        else:
            votes[key][m.label] += MODEL_WEIGHT
        if m.end - m.start == 1 and key in person_words:  # "Macron" after "Emmanuel Macron"
            votes[key]["PER"] += PERSON_NAME_WEIGHT
    for m in mentions:
        if m.gazetteer:
            continue
        key = canonical.entity_key(doc[m.start:m.end].text)
        m.label = m.trigger_label or votes[key].most_common(1)[0][0]


# --- 6. canonical names and roles ---------------------------------------------------------

def assign_canonical(doc: Doc, mentions: list[Mention], lex: Lexicons) -> None:
    persons = [m for m in mentions if m.label == "PER"]
    names = [[t.text for t in doc[m.start:m.end]] for m in persons]
    for m, words in zip(persons, names):
        if m.canonical:
            continue
        i = canonical.fuller_person(words, names)
        m.canonical = " ".join(names[i]) if i is not None else doc[m.start:m.end].text
    others = [m for m in mentions if m.label != "PER"]
    for m in others:
        if m.canonical:
            continue
        m.canonical = doc[m.start:m.end].text
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
            m.canonical = doc[longest.start:longest.end].text
    # an acronym's other mentions take its expansion
    expansions = {canonical.entity_key(doc[m.start:m.end].text): m.canonical for m in mentions
                  if m.canonical and m.canonical != doc[m.start:m.end].text}
    for m in others:
        key = canonical.entity_key(doc[m.start:m.end].text)
        if m.canonical == doc[m.start:m.end].text and key in expansions:
            m.canonical = expansions[key]


def role_phrase_start(doc: Doc, end: int, sent_start: int, lex: Lexicons) -> int | None:
    """Start of a title phrase ending at token `end` ("secrétaire de presse de Vladimir
    Poutine", "ministre de l'Intérieur"), scanning left to a determiner or punctuation."""
    k = end
    while k - 1 >= max(sent_start, end - MAX_ROLE_TOKENS):
        tok = doc[k - 1]
        if tok.is_space or (tok.is_punct and tok.text not in {"-", "'", "’"}) \
                or tok.pos_ in {"VERB", "AUX"}:
            break
        if tok.pos_ == "DET" and not (k - 2 >= 0 and doc[k - 2].lower_ in {"de", "à"}):
            break
        k -= 1
    for p in range(k, min(k + 2, end)):
        if title_at(doc, p, end, lex):
            return p
    return None


def find_role(doc: Doc, m: Mention, sent_start: int, sent_end: int, lex: Lexicons) -> str | None:
    """The title or function written right before the name or in apposition after it."""
    s = m.start
    while s > sent_start and doc[s - 1].text in lex.honorifics:
        s -= 1
    if s > sent_start and doc[s - 1].text == ",":  # "le porte-parole du Kremlin, Dmitri Peskov"
        p = role_phrase_start(doc, s - 1, sent_start, lex)
        if p is not None:
            return doc[p:s - 1].text
    elif s > sent_start and not lex.has("connectors", doc[s - 1].lower_):
        # "le général Sergueï Roudskoï"; not "le secrétaire de presse de Vladimir Poutine",
        # where the name is the complement of someone else's title
        p = role_phrase_start(doc, s, sent_start, lex)
        if p is not None:
            return doc[p:s].text
    k = m.end  # apposition: "M. Dumez, président du conseil général"
    if k + 1 < sent_end and doc[k].text == ",":
        k += 1
        if doc[k].lower_ in {"le", "la", "l'", "l’"}:
            k += 1
        if k < sent_end and title_at(doc, k, sent_end, lex):
            e = k
            while e < min(sent_end, k + MAX_ROLE_TOKENS) and not (
                    doc[e].is_punct and doc[e].text not in {"-", "'", "’"}) \
                    and not doc[e].is_space and doc[e].pos_ not in {"VERB", "AUX"}:
                e += 1
            return doc[k:e].text
    return m.role


# --- the component ------------------------------------------------------------------------

class EntitiesComponent:
    def __init__(self, nlp: Language) -> None:
        register_extensions()
        self.lex = load_lexicons(nlp)

    def __call__(self, doc: Doc) -> Doc:
        lex = self.lex
        sent_of = sentence_bounds(doc)
        mentions = []
        for ent in doc.ents:
            m = Mention(ent.start, ent.end, ent.label_, gazetteer=bool(ent.ent_id_))
            if m.gazetteer and join_hyphenated_acronym(doc, m).end - m.start > len(ent):
                m.gazetteer = False  # "AP" (the agency) glued in "AP-XY" is another name
            if not m.gazetteer:
                m = trim(doc, m, lex)
                if m.end > m.start:
                    m = join_hyphenated_acronym(doc, m)
                    m = apply_head_noun(doc, m, lex, sent_of[m.start][0])
                    m.trigger_label = m.trigger_label or label_from_context(doc, m, lex)
            if keep(doc, m, lex):
                mentions.append(m)
        mentions = add_acronym_mentions(doc, mentions, lex)
        place_from_context(doc, mentions, lex)
        organisation_from_article(doc, mentions, lex)
        mentions = [m for m in mentions if in_running_text(doc, m)]
        spans = filter_spans([Span(doc, m.start, m.end, label=m.label) for m in mentions])
        by_span = {(m.start, m.end): m for m in mentions}
        mentions = [by_span[(s.start, s.end)] for s in spans]
        harmonise_labels(doc, mentions)
        assign_canonical(doc, mentions, lex)
        for m in mentions:
            if m.label == "PER":
                s0, s1 = sent_of[m.start]
                m.role = find_role(doc, m, s0, s1, lex)
        write_spans(doc, mentions)
        return doc


def in_running_text(doc: Doc, m: Mention) -> bool:
    """Extractable (one block, not boilerplate) and not in a section heading ("International")."""
    start, end = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text)
    if not is_extractable(doc, start, end):
        return False
    i = block_index(doc, start)
    return i is None or blocks(doc)[i][2] != SECTION


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token offsets of the sentence of each token (whole doc if unparsed)."""
    bounds = [(0, len(doc))] * len(doc)
    if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return bounds
    for sent in doc.sents:
        for i in range(sent.start, sent.end):
            bounds[i] = (sent.start, sent.end)
    return bounds


def write_spans(doc: Doc, mentions: list[Mention]) -> None:
    """doc.spans["entities"] with one id per canonical name and label; doc.ents alike."""
    ids: dict[tuple[str, str], int] = {}
    roles: dict[int, str] = {}
    spans = []
    for m in sorted(mentions, key=lambda m: m.start):
        key = canonical.entity_key(m.canonical or doc[m.start:m.end].text)
        entity_id = ids.setdefault((m.label, key), len(ids) + 1)
        if m.role and entity_id not in roles:
            roles[entity_id] = m.role
        span = Span(doc, m.start, m.end, label=m.label)
        span._.entity = {"entity_id": entity_id, "canonical": m.canonical or span.text,
                         "entity_key": key, "role": m.role}
        spans.append(span)
    for span in spans:  # a mention without its own role takes its entity's
        if span._.entity["role"] is None:
            span._.entity["role"] = roles.get(span._.entity["entity_id"])
    doc.spans["entities"] = spans
    # overlapping spans cannot all be doc.ents; the span group has them
    with suppress(ValueError):
        doc.set_ents(spans, default="outside")


@Language.factory("newsextract_entities")
def make_entities(nlp: Language, name: str) -> EntitiesComponent:
    return EntitiesComponent(nlp)
