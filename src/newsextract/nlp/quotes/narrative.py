"""Speakers of quotes that have no reporting verb of their own, read off the discourse.

Wire copy often names the speaker in a clause of the journalist's and lets the quote
follow without a cue. Each construction is a pure function over a parsed Doc:

- a colon after a clause whose verb is not a speech verb: the subject of that clause
  ("Une manifestante brandissait une pancarte : «…»"); the record has no verb.
- a quoted self-description in apposition to the subject of the next verb ("Marie
  Durand, 52 ans, «infirmière épuisée», a raconté …").
- a lead-in sentence: a quote that opens its sentence right after a sentence with no
  quotation of its own whose subject is a person ("Le maire a reçu les habitants. «Nous
  ferons tout…»").

A subject counts only when it can be a speaker (`speakable`); words on banners and in
chants are the group's that carries or chants them (`banners`).

Also `description_subjects` and `group_subjects`: person descriptions and groups that are
the subject of a clause, antecedents of a later "a-t-il affirmé" / "ont-ils ajouté"; and
`verb_subject`, the subject of a reporting verb (a participle takes its main verb's).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsextract.nlp.grammar_words import (
    INDEFINITE_SINGULAR,
    OBJECT_CLITIC,
    REPORTED_OPENER,
    SINGULAR_DEMONSTRATIVE,
    grammar_words,
)
from newsextract.nlp.participants.descriptions import names_group
from newsextract.nlp.participants.lexicon import names_person
from newsextract.nlp.participants.mentions import (
    noun_phrase_end,
    np_start_governed,
    one_of_phrase_at,
)
from newsextract.nlp.quotes.banners import banner_subject
from newsextract.nlp.quotes.lexicon import (
    DEFINITE_DETERMINERS,
    NAME_LABELS,
    is_present_participle,
    reporting_lemma,
    word_set,
)
from newsextract.nlp.quotes.mentions import (
    entities_in,
    heads_above,
    is_bare_hyphen,
    is_clitic,
)
from newsextract.nlp.quotes.speakable import clause_verb, is_speaker_like, speaker_subject
from newsextract.nlp.quotes.subjects import subject_tokens
from newsextract.nlp.segment import Segmentation
from newsextract.nlp.token_arrays import tokens_tagged

# Tokens (auxiliaries, adverbs, clitics) between a closing comma and the verb after it.
MAX_VERB_LEAD = 3


def colon_subject(doc: Doc, colon: int, sentence_first: int,
                  is_reporting: Callable[[Token], bool]) -> tuple[int, int] | None:
    """Subject (token range) of the clause ending at the colon token `colon`, when its verb
    is not a speech verb (those are `pre_cue`'s) and the subject can be a speaker."""
    if colon <= sentence_first:
        return None
    verb = clause_verb(doc, doc[colon - 1], sentence_first)
    if verb is not None and verb.i > colon:
        # "Paul X : «On nous ment»": the parse makes the name the subject of the quoted
        # verb; the clause before the colon has no verb of its own.
        verb = None
    if verb is not None and (is_reporting(verb) or verb.i < sentence_first):
        return None
    if verb is not None:
        found = banner_subject(doc, verb) or speaker_subject(doc, verb) \
            or _person_in_subject(doc, verb)
        if found is not None:
            return found
    return _person_opening(doc, sentence_first, colon)


def _person_in_subject(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """The one person named in a subject too long to read whole ("Le président de la
    fédération des artisans (FNA), Paul X, ne mâche pas ses mots : «…»"): the name the
    parse makes the verb's subject or the subject's apposition."""
    subject = subject_tokens(verb)
    if subject is None:
        return None
    named = [e for e in entities_in(doc, *subject) if e.label_ == "PER"
             and (_subject_of(e.root, verb) or _apposed(e.root)
                  and _subject_of(e.root.head, verb))]
    return (named[0].start, named[0].end) if len(named) == 1 else None


def _subject_of(tok: Token, verb: Token) -> bool:
    """`tok` alone is the verb's subject: not one of coordinated subjects ("X et Y")."""
    return tok.head.i == verb.i and tok.dep_.startswith("nsubj") \
        and not any(c.dep_ == "conj" and not _apposed(c) for c in tok.children)


def _apposed(tok: Token) -> bool:
    """An apposition, or a conjunct with no "et"/"ou" (the parse's reading of "le
    président du club, Paul X,")."""
    return tok.dep_ == "appos" or tok.dep_ == "conj" \
        and not any(c.dep_ == "cc" for c in tok.children)


# Words that may open a sentence before the person it names ("Pour sa part, Paul X : …").
MAX_PERSON_LEAD = 4


def _person_opening(doc: Doc, first: int, colon: int) -> tuple[int, int] | None:
    """A person named at the head of the clause before a colon, when the parse gives that
    clause no verb or no subject ("Paul Durand abonde : «…»", the verb tagged as a noun):
    a newly named person takes the floor."""
    for ent in entities_in(doc, first, colon):
        if ent.label_ == "PER" and not np_start_governed(doc, ent.start) and (
                ent.start - first <= MAX_PERSON_LEAD
                or _after_fronted_adverbial(doc, first, ent.start)):
            return ent.start, ent.end
    return None


# Tokens of a fronted time or place adverbial before a comma ("Dix ans plus tard, Paul X").
MAX_ADVERBIAL_TOKENS = 8


def _after_fronted_adverbial(doc: Doc, first: int, start: int) -> bool:
    """The name follows the comma closing a verbless, nameless opening phrase ("Deux
    hivers plus tard, Paul X déchante : «…»"): it heads the clause."""
    return first < start - 1 and doc[start - 1].text == "," \
        and start - 1 - first <= MAX_ADVERBIAL_TOKENS \
        and not any(t.pos_ in ("VERB", "AUX") or t.ent_type_ or t.text == ","
                    for t in doc[first:start - 1])


def apposition_subject(doc: Doc, open_tok: int, close_tok: int) -> tuple[int, int] | None:
    """ "X, 40 ans, «père de trois enfants», a raconté": the quote between commas, right
    after the subject and before its verb, is the subject's self-description. Returns the
    subject when the verb after the closing comma has one that ends before the quote."""
    if open_tok < 1 or close_tok + 2 >= len(doc) or doc[open_tok - 1].text != "," \
            or doc[close_tok + 1].text != ",":
        return None
    j = close_tok + 2
    while j < len(doc) and j < close_tok + 2 + MAX_VERB_LEAD \
            and doc[j].pos_ in ("AUX", "ADV", "PRON"):
        j += 1
    if j >= len(doc) or doc[j].pos_ != "VERB":
        return None
    verb = doc[j]
    subject = subject_tokens(verb)
    if subject is None or subject[1] > open_tok or not is_speaker_like(doc, *subject):
        # The parse may swallow the whole apposition chain into a subject headed by a
        # misread word ("A Paris, X, 40 ans, «…», a expliqué": "A" as a noun).
        return _named_before_apposition(doc, open_tok - 1)
    return subject


# Tokens an apposition between commas may hold before a quoted self-description
# ("X, 40 ans, «…»").
MAX_APPOSITION_TOKENS = 5


def _named_before_apposition(doc: Doc, comma: int) -> tuple[int, int] | None:
    """The person named right before the comma at `comma`, or before one short verbless
    apposition ending there ("X, 40 ans,"), as a token range."""
    k = comma - 1
    if k >= 0 and doc[k].ent_type_ != "PER":
        while k > max(0, comma - MAX_APPOSITION_TOKENS - 1) and doc[k].text != ",":
            if doc[k].pos_ in ("VERB", "AUX") or doc[k].is_punct:
                return None
            k -= 1
        if doc[k].text != ",":
            return None
        k -= 1
    if k < 0 or doc[k].ent_type_ != "PER":
        return None
    first = k
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    return first, k + 1


def relative_subject(doc: Doc, open_tok: int) -> tuple[int, int] | None:
    """ "cette boulangère qui «n'imaginait pas…»": a quote opening a relative
    clause gives the words of the noun phrase the clause hangs on, when it can speak."""
    if open_tok < 2 or doc[open_tok - 1].lower_ != "qui":
        return None
    pronoun = doc[open_tok - 1]
    verb = pronoun.head
    if not verb.dep_.startswith("acl") or verb.head.i >= pronoun.i:
        return None
    noun = verb.head
    while noun.dep_ == "nmod" and noun.head.i < noun.i:
        noun = noun.head  # "cette institutrice en «Zep» qui": the clause hangs on the person
    if judged_by_another(noun):
        return None
    start = noun.left_edge.i
    while start < noun.i and doc[start].pos_ in ("ADP", "PUNCT", "CCONJ"):
        start += 1  # "comme cette institutrice": the preposition is no part of the name
    if not is_speaker_like(doc, start, noun.i + 1):
        return None
    return start, noun.i + 1


# Relations of a noun to the verb whose object or complement it is.
COMPLEMENT_DEPS = frozenset({"obj", "iobj", "obl", "obl:arg", "obl:mod"})
# Relations of a verb's subject, the clitic "il" of "il se moque de" parsed as expletive.
SUBJECT_DEPS = frozenset({"nsubj", "expl:subj"})


def judged_by_another(noun: Token) -> bool:
    """ "Il se moque de ces voisins qui «font la loi»", "elle critique des élus qui «…»":
    the noun the relative hangs on is the object of a verb of speech or judgement
    (`reporting_verbs.tsv`) with a subject of its own; the quoted words are that
    subject's description of them, not theirs ("elle a reçu des voisins qui «…»": theirs)."""
    verb = noun.head
    return noun.dep_ in COMPLEMENT_DEPS and verb.i != noun.i and verb.pos_ == "VERB" \
        and reporting_lemma(verb) is not None \
        and any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def lead_in_subject(doc: Doc, first: int, last: int,
                    has_quote: Callable[[int, int], bool]) -> tuple[int, int] | None:
    """Subject of the lead-in sentence in tokens [first, last): its root verb's subject,
    when the sentence quotes nobody and the subject can be a speaker."""
    if last <= first or has_quote(first, last):
        return None
    roots = [t for t in doc[first:last] if t.dep_ == "ROOT" or t.head.i < first
             or t.head.i >= last]
    for root in roots:
        verb = clause_verb(doc, root, first)
        if verb is not None and first <= verb.i < last:
            subject = speaker_subject(doc, verb) or _person_in_subject(doc, verb)
            if subject is not None and first <= subject[0] < last:
                return subject
            if (verb.i == first and verb.morph.get("VerbForm") == ["Part"]) \
                    or _subjectless_adverbial(verb):
                # "Interrogée sur ce point, l'adjointe, Claire X, reste prudente.": the
                # parse makes the opening participle the root; the main clause hangs on it.
                # So it does with a fronted "après avoir parlé, …" clause.
                for clause in verb.children:
                    if clause.pos_ in ("VERB", "AUX") and clause.i > verb.i:
                        subject = speaker_subject(doc, clause)
                        if subject is not None and first <= subject[0] < last:
                            return subject
    return _one_named_subject(doc, first, last)


def _subjectless_adverbial(verb: Token) -> bool:
    """ "Après avoir pris la parole, le maire a insisté.": a root that is an infinitive
    or a participle with no subject of its own is the fronted adverbial clause the parser
    made the root; the main clause, with the subject, hangs on it."""
    return verb.morph.get("VerbForm") in (["Inf"], ["Part"]) \
        and not any(c.dep_.startswith("nsubj") for c in verb.children) \
        and any(c.dep_ == "aux:tense" or c.dep_ == "mark" for c in verb.children)


def _one_named_subject(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    """The one person named as the subject of a main-clause verb in tokens [first,
    last), when the parse gives the sentence no usable root ("Licencié il y a deux ans,
    alors que l'usine fermait, Paul X a mal vécu …": the root is an adverb)."""
    found = {(e.start, e.end) for e in entities_in(doc, first, last) if e.label_ == "PER"
             and e.root.dep_ == "nsubj" and _heads_clause(e.root.head)
             and not e.root.head.dep_.startswith(("acl", "ccomp", "csubj"))}
    return found.pop() if len(found) == 1 else None




# Dependencies of a clause's subject, active or passive.
SUBJECT_DEPS = ("nsubj", "nsubj:pass")

# Determiners of a description that presents the person it names ("ce jeune boulanger de
# Roubaix"); "le boulanger" refers back to somebody the article has named.
DEMONSTRATIVES = grammar_words(SINGULAR_DEMONSTRATIVE)


def description_subjects(doc: Doc, outside_quotes: Callable[[int], bool]
                         ) -> list[tuple[int, int]]:
    """Token ranges of definite person descriptions (singular, a head noun that names a
    person: participants/lexicon.py) that are the subject of a clause outside quotation
    marks ("le ministre a tenu à rassurer", "la chercheuse a travaillé avec lui")."""
    out: list[tuple[int, int]] = []
    for tok in tokens_tagged(doc, "NOUN", SUBJECT_DEPS):
        if tok.morph.get("Number") == ["Plur"] \
                or not names_person(tok.text, tok.lemma_) or not outside_quotes(tok.idx):
            continue
        left = tok.left_edge.i
        if doc[left].lower_ not in DEFINITE_DETERMINERS and not _presents_someone(doc, left, tok):
            continue
        if any(e.label_ in NAME_LABELS and not (
                np_start_governed(doc, e.start) and doc[left].lower_ in DEMONSTRATIVES)
               for e in entities_in(doc, left, tok.right_edge.i + 1)):
            # a named mention is already an antecedent; the place in "ce boulanger de
            # Roubaix" names nobody (a demonstrative presents a person: floor.py)
            continue
        end = tok.i + 1
        if doc[left].lower_ not in DEFINITE_DETERMINERS:
            # somebody new is written in full ("riverain du quartier"), no antecedent to
            # stand for
            end = max(end, noun_phrase_end(doc, left, tok.right_edge.i + 1))
        out.append((left, end))
    return out


def _presents_someone(doc: Doc, left: int, noun: Token) -> bool:
    """ "Une voisine du couple s'avance", "un élu a pris la parole": an indefinite
    singular description, subject of an active clause, brings a new person in; the next
    "il"/"elle" of a cue may be them (not "l'un des élus", not "un homme a été arrêté",
    who undergoes, nor "Selon elle, une femme élue se fait insulter", what is reported)."""
    return doc[left].lower_ in grammar_words(INDEFINITE_SINGULAR) and noun.dep_ == "nsubj" \
        and doc[left].pos_ == "DET" and not one_of_phrase_at(doc, left) \
        and not any(t.lower_ in grammar_words(REPORTED_OPENER) for t in doc[noun.sent.start:left])


def group_subjects(doc: Doc, outside_quotes: Callable[[int], bool]) -> list[tuple[int, int]]:
    """Token ranges of plural groups of people that are the subject of a clause outside
    quotation marks ("300 femmes ont manifesté", "les agriculteurs ont bloqué"): the
    antecedent of a following "ont-elles scandé", which names no earlier speaker."""
    out: list[tuple[int, int]] = []
    for tok in tokens_tagged(doc, "NOUN", SUBJECT_DEPS):
        if tok.morph.get("Number") != ["Plur"] or not outside_quotes(tok.idx) \
                or not names_group(tok):
            continue
        out.append((tok.i, _group_end(doc, tok)))
    return out


# Quotation marks a group's name may hold ("300 femmes «bonnets rouges»").
GROUP_MARKS = frozenset("«»“”\"")


def _group_end(doc: Doc, head: Token) -> int:
    """End of a group's name: the head noun and the modifiers that follow it ("femmes
    «bonnets rouges» de Quimper"), up to a comma, a verb or a relative clause. Unnamed
    sources are written from the head noun, without article or number (QUOTES.md)."""
    end = head.i + 1
    while end <= head.right_edge.i and (
            doc[end].pos_ in ("NOUN", "ADJ", "PROPN", "ADP", "DET")
            or doc[end].text in GROUP_MARKS):
        end += 1
    while end > head.i + 1 and doc[end - 1].pos_ in ("ADP", "DET"):
        end -= 1
    return end


# How far back (tokens) a participial clause looks for the verb it hangs on.
MAX_PARTICIPLE_REACH = 40


def _heads_clause(tok: Token) -> bool:
    """A finite verb, or a past participle with its auxiliary ("a souligné"), that is not
    in a relative clause ("les heurts qui ont marqué …, estimant": the participle is
    the main verb's)."""
    if tok.pos_ != "VERB" or tok.dep_.startswith("acl") or any(
            c.morph.get("PronType") == ["Rel"] or c.dep_ == "expl:subj" for c in tok.children):
        return False  # nor an impersonal "il y a quelque temps": a time adverbial
    if tok.morph.get("VerbForm") == ["Fin"]:
        return True
    return tok.morph.get("VerbForm") == ["Part"] and any(
        c.dep_.startswith("aux") for c in tok.children)


# Object clitics between the comma and a present participle (", l'accusant d'avoir"); "en"
# before a participle makes a gerund, read apart.
PARTICIPLE_CLITICS = grammar_words(OBJECT_CLITIC) - {"en"}


def participle_main_verb(doc: Doc, verb: Token, sentence_first: int,
                         in_quote: Callable[[int], bool]) -> Token | None:
    """ "«…», a souligné le ministre, affirmant que…", "a-t-il estimé, en soulignant
    que…": a participial clause after a comma has no subject of its own; it shares the
    subject of the closest verb heading a clause of the journalist's before it. The parse
    often hangs the participle on a word inside the quote, whose subject is then wrong.
    Returns that verb, or None when `verb` opens no such clause."""
    if not is_present_participle(verb):
        return None
    j = verb.i - 1
    while j > sentence_first and (doc[j].lower_ in ("en", "tout", "ne", "n'", "n’")
                                  or doc[j].lower_ in PARTICIPLE_CLITICS):
        j -= 1  # ", l'accusant de", ", lui reprochant de", ", se disant …"
    if doc[j].text != ",":
        return None
    for k in range(j - 1, max(sentence_first, verb.i - MAX_PARTICIPLE_REACH) - 1, -1):
        tok = doc[k]
        if not in_quote(tok.idx) and (_heads_clause(tok) or (
                tok.pos_ == "VERB" and inverted_clitic(doc, tok) is not None)):
            if any(c.dep_ == "obl:agent" for c in tok.children):
                return None  # "interrogé par un passant, lui demandant": the agent's, maybe
            return tok
    return None


# Dependencies of a noun phrase's own words that stay part of it before a participle
# modifying it ("une ministre française appelant", "X (PS) y voyant").
_NP_WORD_DEPS = frozenset({"amod", "flat:name", "flat", "nmod", "det", "case", "punct"})


def _modified_phrase(doc: Doc, noun: Token, verb: Token) -> tuple[int, int]:
    """Token range of the noun phrase `verb` modifies: from its left edge (without a
    leading preposition or comma) to the last of its own words before the verb."""
    start = noun.left_edge.i
    while start < noun.i and doc[start].pos_ in ("ADP", "PUNCT", "CCONJ"):
        start += 1
    end = noun.i + 1
    for child in noun.children:
        if child.i <= noun.i:
            continue
        if child.i >= verb.i or child.text == "," or child.dep_ not in _NP_WORD_DEPS \
                or child.right_edge.i >= verb.i:
            break  # a comma or a clause ends the phrase ("une vidéo, postée …, dénonçant")
        end = child.right_edge.i + 1
    while end > noun.i + 1 and doc[end - 1].pos_ in ("PUNCT", "ADP", "PRON"):
        end -= 1
    return start, end


def _document_author(doc: Doc, noun: Token) -> tuple[int, int] | None:
    """ "une vidéo de X", "un appel signé par X": a person or organisation named as the
    document's complement or agent (token range)."""
    for tok in noun.subtree:
        if tok.dep_ in ("nmod", "obl:agent") and tok.i > noun.i \
                and tok.ent_type_ in ("PER", "ORG") and any(
                    c.dep_ == "case" and c.lemma_.lower() in ("de", "par")
                    for c in tok.children):  # "sur Facebook" is where, not who
            first, last = tok.i, tok.i
            while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
                last += 1
            return first, last + 1
    return None


def modified_noun_subject(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """ "une ministre appelant à plus de «calme»": a present participle modifying
    a noun phrase has that phrase as its subject, when it can speak. A document ("une
    vidéo dénonçant «…»", "un appel proposant «…»") speaks for its author named in it,
    else for the subject of the clause the document belongs to (`quotes_document_nouns.txt`).
    Returns None for other participles (the main verb's subject applies)."""
    if not is_present_participle(verb) or verb.dep_ != "acl":
        return None
    if verb.i > 0 and doc[verb.i - 1].lower_ == "en":
        return None  # a gerund ("parlera avec ses voisins en ajoutant") is the main verb's
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i >= verb.i:
        return None
    noun = _above_place(noun)
    if noun is None:
        return None
    documents = word_set("quotes_document_nouns.txt")
    if noun.lower_ in documents or noun.lemma_.lower() in documents:
        return _document_author(doc, noun) or _document_holder(doc, noun)
    start, end = _modified_phrase(doc, noun, verb)
    detached = doc[verb.i - 1].text == "," or (
        verb.i > 1 and doc[verb.i - 1].pos_ == "PRON" and doc[verb.i - 2].text == ",")
    # an object of a verb that has its own subject (an inverted subject the parse read as
    # an object, "a répondu le maire X, lançant", is no object)
    governed = any(c.dep_ == "case" and c.i < noun.i for c in noun.children) \
        or (noun.dep_ in ("obj", "iobj")
            and any(c.dep_.startswith("nsubj") for c in noun.head.children))
    if is_speaker_like(doc, start, end) and not (detached and governed):
        # "son soutien à X, estimant que", "a rappelé ses agents, accusant la direction
        # de …": a participle after a comma that follows a complement or an object is the
        # main subject's (participle_main_verb), not the complement's.
        return start, end
    return None


def _above_place(noun: Token) -> Token | None:
    """ "une vidéo postée sur Facebook dénonçant …": the parse hangs the participle on
    the nearest noun, a place or medium (`quotes_place_prepositions.txt`); the participle
    modifies the closest noun above it that is no such complement."""
    places = word_set("quotes_place_prepositions.txt")
    tok = noun
    for _ in range(MAX_DOCUMENT_CLIMB):
        if not any(c.dep_ == "case" and c.lower_ in places for c in tok.children):
            return tok if tok.pos_ in ("NOUN", "PROPN") else None
        tok = tok.head
        while tok.pos_ not in ("NOUN", "PROPN") and tok.head is not tok \
                and tok.dep_ in ("acl", "nmod", "nummod", "obl:mod"):
            tok = tok.head
    return None


# How many governors up from a document noun its author is looked for.
MAX_DOCUMENT_CLIMB = 4


def _document_holder(doc: Doc, noun: Token) -> tuple[int, int] | None:
    """The person or group a document belongs to, read up the parse from the document
    noun: the subject of the clause holding it ("X a publié un appel proposant …", "X est
    l'auteur d'une vidéo dénonçant …"), or a named person it hangs on."""
    for tok in heads_above(noun, MAX_DOCUMENT_CLIMB):
        if tok.ent_type_ in ("PER", "ORG") and tok.pos_ != "ADP":
            first = last = tok.i
            while first > 0 and doc[first].ent_iob_ == "I":
                first -= 1
            while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
                last += 1
            return first, last + 1
        if tok.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in tok.children):
            subject = subject_tokens(tok)
            if subject is not None and is_speaker_like(doc, *subject):
                return subject
    return None


def pour_subject(doc: Doc, sentence_first: int, open_tok: int) -> tuple[int, int] | None:
    """ "Pour X, le projet «va dans le bon sens»": a sentence opened by "Pour" + a speaker
    and a comma gives the opinion that follows, quote included, to that speaker. Returns
    the speaker's token range (up to the comma), or None ("Pour l'instant, …")."""
    if sentence_first >= open_tok or doc[sentence_first].lower_ != "pour":
        return None
    comma = next((k for k in range(sentence_first + 1, open_tok) if doc[k].text == ","), None)
    if comma is None:
        return None
    start = sentence_first + 1
    if not is_speaker_like(doc, start, comma):
        return None
    return start, comma


# Tokens back from a verb to its inverted clitic: auxiliary, "-t-", the clitic ("a-t-il").
INVERTED_CLITIC_REACH = 3


def inverted_clitic(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """ "a-t-il aussi observé": the subject clitic inverted before the verb (a few tokens
    back, over its auxiliary and adverbs), which the parse may hang elsewhere."""
    for k in range(verb.i - 1, max(-1, verb.i - INVERTED_CLITIC_REACH - 1), -1):
        tok = doc[k]
        form = tok.lower_.lstrip("-")
        if is_clitic(tok) and form != "t":
            return k, k + 1
        if tok.pos_ not in ("AUX", "ADV", "PRON") and not is_bare_hyphen(tok):
            return None
    return None


def verb_subject(doc: Doc, qt: Segmentation, verb) -> tuple[int, int] | None:
    """Token range of a reporting verb's subject; a participial clause after a comma
    takes the subject of the journalist's verb it follows (`participle_main_verb`)."""
    modified = modified_noun_subject(doc, verb)
    if modified is not None:
        return modified  # "une ministre appelant à …": the noun phrase, not the clause's
    if is_present_participle(verb) and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
                                           and c.i < verb.i for c in verb.children):
        own = subject_tokens(verb)  # "…, Paul X fustigeant …": an absolute participle
        if own is not None:  # has its own subject, not the main verb's
            return own
    main = participle_main_verb(doc, verb, qt.token_at(qt.sentence(verb.idx)[0]),
                                qt.in_quote)
    if main is not None:
        subject = inverted_clitic(doc, main) or subject_tokens(main)
        if subject is not None:
            return subject
    subject = subject_tokens(verb)
    if subject is not None and subject[1] - subject[0] == 1 \
            and doc[subject[0]].lower_ == "on":
        # "une banderole où on lisait : «…»": the group carrying it.
        return banner_subject(doc, verb) or subject
    return subject


def presents_someone(doc: Doc, start: int, end: int) -> bool:
    """The description subject in tokens [start, end) is indefinite and its verb a simple
    present ("une voisine du couple s'avance", "s'approche un camarade", "un sexagénaire
    prend la parole"): the reportage brings a person not met before onto the scene. Not a
    past event a speaker recounts ("un policier l'a frappée"), nor one undergone."""
    if doc[start].lower_ not in grammar_words(INDEFINITE_SINGULAR) or doc[start].pos_ != "DET":
        return False
    verbs = [t.head for t in doc[start:end] if t.dep_ == "nsubj" and t.head.i != t.i]
    return bool(verbs) and all(
        v.pos_ == "VERB" and v.morph.get("Tense") == ["Pres"] and v.morph.get("VerbForm") == ["Fin"]
        and not any(c.dep_.startswith("aux") for c in v.children) for v in verbs)
