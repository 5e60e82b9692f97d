"""Which descriptions does the article give a named participant?

Read around each name mention, with the parse and the word order:

- a title or description before the name, from its determiner: "le ministre de
  la Mer Paul Durand", "la nouvelle directrice Anne Roux";
- appositions after it, comma-separated, until a verb: "Paul Durand, 45 ans, chauffeur
  routier," ("45 ans" is an age, no description), "Anne Roux, porte-parole du collectif,";
- an attribute of "être": "Paul Durand est enseignant";
- the entities layer's `role` and the honorific's head ("Me Roux" -> "avocat").

Each description is kept with its head noun (lowercase), when that noun can name a person
or an organisation (lexicon.py: "ce samedi" after a name is no description): later
definite descriptions with the same head ("le chauffeur", "la porte-parole") are mentions
of that participant.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from newsextract.nlp.entities.lexicons import honorifics, person_age_words
from newsextract.nlp.grammar_words import (
    BARE_DE,
    CONTRACTED_DETERMINER,
    COORDINATOR,
    PREPOSITION_A,
    PREPOSITION_DE,
    grammar_words,
)
from newsextract.nlp.participants.lexicon import (
    DEFINITE_DETERMINERS,
    age_nouns,
    bare_authority_nouns,
    can_speak,
    listed_person,
    names_movement,
    names_organisation,
    names_person,
    titles,
)
from newsextract.nlp.participants.mentions import (
    grammatical_gender,
    one_of_phrase_at,
    phrase_gender,
)
from newsextract.nlp.participants.vectors import OTHER, looks_like_person, seed_words

# Words left of a name read for its title ("le secrétaire général du syndicat X").
MAX_TITLE_TOKENS = 8
# Words a title's second, coordinated complement may add ("et des Comptes publics").
COORDINATED_TITLE_TOKENS = 5
# Comma-separated appositions read after a name ("X, 45 ans, chauffeur routier, …").
MAX_APPOSITIONS = 3
# Words of one apposition at most (a longer stretch is a clause of its own).
MAX_APPOSITION_TOKENS = 12
STOPS = frozenset({",", ".", ";", ":", "!", "?", "(", ")", "«", "»", "“", "”", '"', "—", "–"})
# Contracted prepositions the tagger may leave as determiners ("du Sénat", "au maire X").
GOVERNING = grammar_words(CONTRACTED_DETERMINER)
# "de"/"à" and their contracted forms before an office: "selon le communiqué du préfet, X, a
# …" — the verb after the name is the clause's, the apposition still holds.
OFFICE_PREPOSITIONS = grammar_words(PREPOSITION_DE) | grammar_words(PREPOSITION_A)


@dataclass(frozen=True)
class Description:
    start_char: int
    end_char: int
    text: str  # without the leading determiner
    head: str  # lowercase head noun
    gender: str | None = None


def head_noun(tokens: list[Token] | Span) -> Token | None:
    """The first common noun of a noun phrase (lowercase), else None. An age noun counts
    whatever its tag ("la quinquagénaire" is often read as an adjective), and so does a
    word naming people that the tagger read as an adjective right before a preposition
    ("l'une des fondatrices du collectif", "un proche du maire"): the
    phrase's noun, not the noun of its complement."""
    before = None
    for t in tokens:
        if t.pos_ == "NOUN" and t.text[:1].islower() and t.is_alpha or (
                t.pos_ == "NOUN" and "-" in t.text and t.text[:1].islower()) \
                or t.lower_ in age_nouns():
            return t
        if t.pos_ in ("VERB", "AUX") or t.text in STOPS:
            return None
        if (t.pos_ == "ADP" or t.lower_ in GOVERNING) and before is not None \
                and before.pos_ == "ADJ" and names_person(compound(before), before.lemma_):
            return before
        if t.pos_ == "ADJ" and before is not None and before.pos_ == "DET" \
                and not _noun_follows(t) and listed_person(compound(t), t.lemma_):
            return t  # "un manifestant", "l'ouvrière": a listed person noun read as an adjective
        before = t
    return None


def _noun_follows(tok: Token) -> bool:
    """ "un jeune homme": the adjective modifies the noun after it."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("NOUN", "PROPN")


def compound(tok: Token) -> str:
    """The noun with the words glued to it by hyphens ("état" "-" "major" -> "état-major"),
    lowercase: the tokenizer sometimes cuts a compound noun."""
    doc, i = tok.doc, tok.i
    words = [tok.lower_]
    while i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ \
            and not doc[i + 1].whitespace_ and doc[i + 2].is_alpha:
        words += ["-", doc[i + 2].lower_]
        i += 2
    return "".join(words)


def head_can_speak(head: Token) -> bool:
    """The head noun names who can speak (`lexicon.can_speak`), or a movement by its
    emblem ("les gilets jaunes": `lexicon.names_movement`), or the authorities by a bare
    noun (`names_authorities`)."""
    return can_speak(compound(head), head.lemma_) or names_movement(head) \
        or names_authorities(head)


def names_authorities(head: Token) -> bool:
    """ "le pouvoir dénonce", "le régime syrien affirme": a noun of
    `bare_authority_nouns` names the authorities, unless a de-complement makes it a thing
    ("le pouvoir d'achat", "le régime des retraites"); one naming a person or a place keeps
    it the authorities ("le régime de Damas")."""
    if head.lower_ not in bare_authority_nouns() or head.pos_ != "NOUN":
        return False
    doc, j = head.doc, head.i + 1
    while j < len(doc) and doc[j].pos_ == "ADJ":
        j += 1  # "le régime syrien de …"
    if j >= len(doc) or doc[j].lower_ not in grammar_words(BARE_DE) | grammar_words(
            CONTRACTED_DETERMINER):
        return True
    k = j + 1
    while k < len(doc) and doc[k].pos_ == "DET":
        k += 1
    return k < len(doc) and doc[k].ent_type_ in ("PER", "LOC")


def person_by_vectors(head: Token) -> bool:
    """An unknown common noun the word vectors find person-like (`vectors.py`): "le cadet",
    "cette dame", "le doyen des députés". Only for positions that already say "speaker";
    never a word a lexicon labels as no person ("école", "centaine", "rapport"), never
    when the model has no vectors."""
    noun, lemma = compound(head), head.lemma_.lower()
    if head.pos_ != "NOUN" or not head.text[:1].islower() \
            or OTHER in (seed_words().get(noun), seed_words().get(lemma)):
        return False
    return bool(looks_like_person(head.vocab, noun, lemma))


def head_can_speak_here(head: Token, speaker_position: bool) -> bool:
    """`head_can_speak`, or, where the position already says "speaker" (the subject of an
    unambiguous reporting verb), an unknown noun the vectors find person-like."""
    return head_can_speak(head) or (speaker_position and person_by_vectors(head))


def names_group(head: Token) -> bool:
    """The head noun names people or an organisation ("les grévistes", "les syndicats",
    "les gilets jaunes"), not a document: what a group subject of a clause can be."""
    noun = compound(head)
    return names_person(noun, head.lemma_) or names_organisation(noun, head.lemma_) \
        or names_movement(head)


def _description(doc: Doc, start: int, end: int) -> Description | None:
    one_of = one_of_phrase_at(doc, start)
    while start < end and doc[start].pos_ in ("DET", "PUNCT"):
        start += 1
    if start >= end:
        return None
    tokens = doc[start:end]
    head = head_noun(tokens)
    # a description of a named person: the position says "person", so an unknown noun
    # the vectors find person-like counts ("X, doyenne du village,")
    if head is None or head.lower_ in person_age_words() or not head_can_speak_here(head, True) \
            or (head.i + 1 < end and doc[head.i + 1].lower_ == "par"):
        return None  # an age ("45 ans"), a passive participle ("cité par l'AFP")
    det = doc[start - 1] if start > 0 and doc[start - 1].pos_ == "DET" else None
    # "spécialiste de X" (epicene, tagged Masc) tells nothing; "son amie" the noun does
    gender = None if one_of else phrase_gender(doc, det.i if det is not None else start, end)
    return Description(tokens.start_char, tokens.end_char, tokens.text, compound(head), gender)


def title_before(doc: Doc, name_start: int) -> Description | None:
    """ "le ministre de la Mer X": the noun phrase ending right before the name, from
    its first determiner, holding a lowercase noun and no punctuation or verb."""
    j = name_start - 1
    if j >= 0 and (doc[j].pos_ == "ADP" or doc[j].lower_ in GOVERNING):
        return None  # "sur Facebook", "du Sénat": a complement, no title
    if j >= 1 and doc[j].pos_ == "DET" \
            and (doc[j - 1].pos_ == "ADP" or doc[j - 1].lower_ in GOVERNING):
        return None  # "une source policière à l'AFP X": the name after "à l'" is a complement
    first, governed, reach = None, None, MAX_TITLE_TOKENS
    while j >= 0 and name_start - j <= reach:
        t = doc[j]
        if _coordinated_complement(doc, j):
            # "le ministre de la Mer et des Ports X": one coordinated complement
            reach, j = MAX_TITLE_TOKENS + COORDINATED_TITLE_TOKENS, j - 1
            continue
        if t.text in STOPS or t.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ"):
            break
        if t.pos_ == "DET" and (j == 0 or doc[j - 1].pos_ != "ADP"):
            first = j
            break
        if t.pos_ == "DET" and doc[j - 1].lower_ not in grammar_words(PREPOSITION_DE):
            governed = j
        if t.lower_ in GOVERNING and j < name_start - 1 and not _coordinated_complement(
                doc, j - 1):
            # "les réquisitions du juge X": the contracted article opens the title.
            return _description(doc, j + 1, name_start)
        j -= 1
    # "signé par le ministre de la Mer et des Ports X": a title a preposition governs,
    # taken only where its coordinated complement kept the entities layer's `role` from
    # reading it (a plain "par le chercheur X" is left to that role)
    first = first if first is not None or reach == MAX_TITLE_TOKENS else governed
    if first is None:
        return None
    return _description(doc, first, name_start)


def _coordinated_complement(doc: Doc, j: int) -> bool:
    """Token j is "et"/"ou" joining two de-complements of one title ("ministre de la
    Défense et des Anciens combattants", "de l'Agriculture et de l'Alimentation"): a
    coordinator followed by "de"/"du"/"des"/"d'", not one after a person's name ("le
    ministre X et du secrétaire d'État Y": the second title is Y's alone)."""
    return 0 < j < len(doc) - 1 and doc[j].pos_ == "CCONJ" and doc[j - 1].ent_type_ != "PER" \
        and doc[j].lower_ in grammar_words(COORDINATOR) \
        and doc[j + 1].lower_ in grammar_words(PREPOSITION_DE)


def description_before_comma(doc: Doc, name_start: int, name_end: int) -> Description | None:
    """ "Le prévenu, Paul Martin, a …": a definite noun phrase opening the sentence, a
    clause after a comma or a verb's object ("a relaxé le gérant, Paul Martin, hier"), set
    off before a name that a second comma closes: the name is in apposition to it (not
    after a preposition: "selon le parquet, X, …")."""
    comma = name_start - 1
    if comma < 1 or doc[comma].text != "," or name_end >= len(doc) or doc[name_end].text != ",":
        return None
    j = comma - 1
    while j >= 0 and comma - j <= MAX_TITLE_TOKENS and doc[j].text not in STOPS \
            and doc[j].pos_ not in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ"):
        if doc[j].pos_ == "DET" and doc[j].lower_ in DEFINITE_DETERMINERS \
                and (j == 0 or doc[j].is_sent_start or doc[j - 1].text in STOPS
                     or doc[j - 1].pos_ in ("VERB", "AUX")):  # "a condamné le prévenu, X,"
            return _description(doc, j, comma)
        found = _governed_title(doc, j, comma, name_end) if _opens_governed_title(doc, j) \
            else None
        if found is not None:
            return found
        j -= 1
    return None


def _opens_governed_title(doc: Doc, j: int) -> bool:
    """Token j opens a singular noun phrase a preposition governs: "du", "au", or a
    definite article after a preposition ("de la", "à l'", "selon le")."""
    tok = doc[j]
    if tok.lower_ in ("du", "au"):
        return True
    return j > 0 and tok.pos_ == "DET" and tok.lower_ in DEFINITE_DETERMINERS \
        and tok.morph.get("Number") != ["Plur"] \
        and (doc[j - 1].pos_ == "ADP" or doc[j - 1].lower_ in GOVERNING)


def _governed_title(doc: Doc, j: int, comma: int, name_end: int) -> Description | None:
    """ "selon la déclaration du ministre de l'Intérieur, Paul X, la majorité …": a
    person set off by commas after an office a preposition governs is its holder. Safe
    only for an office (`titles.txt`), with no name inside it ("du conseiller du président
    Y, X,": X is the adviser), not the complement of a person noun ("le porte-parole du
    ministre, X,": X speaks for him), and, after "selon"/"pour" and the like, a name that
    does not start the main clause ("selon le préfet, X, a été arrêté")."""
    first = j + 1 if doc[j].lower_ in ("du", "au") else j
    words = doc[first:comma]
    head = head_noun(words)
    if head is None or compound(head) not in titles() or head.morph.get("Number") == ["Plur"] \
            or any(t.ent_type_ == "PER" for t in words):
        return None
    opener = j - 1 if doc[j].pos_ == "DET" and doc[j].lower_ not in ("du", "au") else j
    if doc[opener].is_sent_start or (opener > 0 and doc[opener - 1].text in STOPS):
        return None  # "Au premier chef, X, …": an adverbial opening the clause, no office
    before = doc[opener - 1] if opener > 0 else None
    if before is not None and (before.lower_ == "auprès" or (
            before.pos_ in ("NOUN", "ADJ") and names_person(compound(before), before.lemma_))):
        return None
    if name_end + 1 < len(doc) and doc[name_end + 1].pos_ in ("VERB", "AUX") \
            and doc[opener].lower_ not in OFFICE_PREPOSITIONS:
        return None
    found = _description(doc, first, comma)
    if found is not None and first > j:  # "du", "au" tell a masculine noun ("du ministre")
        found = replace(found, gender=grammatical_gender(doc[j]) or found.gender)
    return found


def appositions_after(doc: Doc, name_end: int) -> list[Description]:
    """ "X, 45 ans, chauffeur routier, a dit": the descriptions between commas after a name."""
    out: list[Description] = []
    i = name_end
    for _ in range(MAX_APPOSITIONS):
        if i >= len(doc) or doc[i].text != ",":
            break
        j = i + 1
        while j < len(doc) and j - i <= MAX_APPOSITION_TOKENS and doc[j].text not in STOPS:
            if doc[j].pos_ in ("VERB", "AUX") and doc[j].morph.get("VerbForm") != ["Part"]:
                return out
            if doc[j].morph.get("PronType") == ["Rel"]:
                return out
            j += 1
        if j == i + 1 or (j < len(doc) and doc[j].text not in STOPS):
            break
        if doc[i + 1].pos_ not in ("DET", "NOUN", "ADJ", "NUM", "ADV"):
            break
        found = _description(doc, i + 1, j)
        if found is not None:
            out.append(found)
        i = j
    return out


def attribute_of(name_root: Token) -> Description | None:
    """ "X est enseignant", "X était la directrice de l'école": the attribute of "être" whose
    subject is the name."""
    head = name_root.head
    if not name_root.dep_.startswith("nsubj") or head.pos_ != "NOUN" \
            or not any(c.dep_ == "cop" for c in head.children):
        return None
    doc = name_root.doc
    start = head.left_edge.i
    while start < head.i and doc[start].i <= name_root.i:
        start += 1
    end = head.i + 1
    while end < len(doc) and doc[end].head.i == head.i and doc[end].dep_ in ("amod", "nmod") \
            and doc[end].text not in STOPS:
        end = doc[end].right_edge.i + 1
    return _description(doc, start, end)


def honorific_before(doc: Doc, name_start: int, name_end: int
                     ) -> tuple[str | None, tuple[str, ...]]:
    """Gender and description heads told by an honorific opening or preceding the name."""
    for i in (name_start - 1, name_start):
        if 0 <= i < name_end and doc[i].text in honorifics():
            h = honorifics()[doc[i].text]
            return h.gender, h.heads
    return None, ()
