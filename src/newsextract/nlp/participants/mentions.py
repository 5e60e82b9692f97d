"""What does a mention show? Grammar of a noun phrase: where it ends, whether it is a
prepositional complement, its gender and number.

General French read off the parse, shared by the participant registry and the quotes layer.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsextract.nlp.entities.lexicons import honorifics
from newsextract.nlp.grammar_words import (
    BARE_DE,
    CONTRACTED_DETERMINER,
    FEMININE_POSSESSIVE,
    INDEFINITE_SINGULAR,
    MASCULINE_POSSESSIVE,
    POSSESSIVE,
    PREPOSITION_DE,
    grammar_words,
)
from newsextract.nlp.participants.lexicon import names_person, titles
from newsextract.nlp.punctuation import DASHES

# Words left of a name read for its title and its complements ("la nouvelle ministre de la
# Culture X").
TITLE_WINDOW = 7
# First letters after which "son" may stand before a feminine noun ("son amie", "son
# histoire"): it tells no gender there.
VOWELS_AND_MUTE_H = frozenset("aeiouyàâäéèêëîïôöùûüh")


def np_start_governed(doc: Doc, start: int, floor: int = 0) -> bool:
    """True when the noun phrase around token `start` is a prepositional complement.

    Walks left over its determiners, adjectives and lowercase nouns, not before `floor`
    (the end of skipped adverbials: "répond en chœur la salle"); a capitalised word or a
    comma on the left makes it an apposition ("ministre de la Mer Paul
    Durand"), an ADP makes it a complement ("du président X", "à Reuters").
    """
    i = start - 1
    if i >= 0 and doc[start].ent_type_ == "PER" and doc[i].pos_ == "NOUN":
        return False  # "le général Paul Durand", "à deux journalistes Jean X"
    if i >= 0 and doc[start].ent_type_ and doc[start].pos_ == "DET" \
            and doc[start].text[:1].isupper() and doc[i].pos_ == "NOUN":
        return False  # a title after a noun: "le quotidien du soir La Gazette Lorraine"
    while i >= floor:
        t = doc[i]
        if t.pos_ == "ADP" or t.lower_ in grammar_words(CONTRACTED_DETERMINER):
            return True
        if t.pos_ in ("DET", "ADJ", "NUM") or (t.pos_ == "NOUN" and t.text[:1].islower()):
            i -= 1
            continue
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
    if _feminine_of_lemma(tok):
        return "Fem"
    g = tok.morph.get("Gender")
    return g[0] if len(g) == 1 else None


def _feminine_of_lemma(tok: Token) -> bool:
    """A noun naming people written as its masculine lemma plus "e" ("avocate" of
    "avocat", "élue" of "élu") is the feminine form, whatever gender the tagger gave it."""
    lemma, form = tok.lemma_.lower(), tok.lower_
    return tok.pos_ in ("NOUN", "ADJ") and not lemma.endswith("e") and form == lemma + "e" \
        and names_person(lemma, lemma)


def one_of_phrase_at(doc: Doc, start: int) -> bool:
    """ "(l')une des figures", "l'un de ses proches": a phrase picking one of a group,
    whose "un"/"une" agrees with the group's noun, not with the person ("Paul X, une des
    figures du collectif" says nothing of Paul's gender)."""
    i = start
    if i < len(doc) and doc[i].lower_ in ("l'", "l’"):
        i += 1
    return i + 1 < len(doc) and doc[i].lower_ in grammar_words(INDEFINITE_SINGULAR) \
        and doc[i + 1].lower_ in grammar_words(PREPOSITION_DE)


# Marks after which a word before a name opens an inverted cue ("», note X"), not a title.
INVERSION_MARKS = frozenset({",", "»", "”", '"'})
# Prepositions of a fronted source ("Selon X, le débat…"): what follows the comma is the
# clause, not an apposition to X.
FRONTED_SOURCE_WORDS = frozenset({"selon", "après", "pour"})


def title_words(tokens: Span) -> list[Token]:
    """The words left of a name that are its title: a title noun with its complement
    ("le ministre [des Finances] X": the title's own words, before the preposition), else
    only the words after the last preposition ("une attaque de [M.] X")."""
    words = list(tokens)
    if words and words[-1].pos_ == "ADP":
        return []  # "l'émission de X": the name is a complement, the noun no title of it
    prepositions = [k for k, t in enumerate(words) if t.pos_ == "ADP"]
    if not prepositions:
        return words
    own = words[:prepositions[0]]
    if own and own[-1].lower_ in titles():
        return own
    return words[prepositions[-1] + 1:]


def phrase_gender(doc: Doc, start: int, end: int) -> str | None:
    """Grammatical gender the words of a noun phrase in tokens [start, end) show: its
    first determiner, adjective or noun with one ("la ministre", "l'ancienne ministre",
    "l'élue"), else None."""
    for t in doc[start:end]:
        told = possessive_gender(t)
        if told is not None:
            return told  # "son collègue X": the tagger may read the epicene noun as feminine
        if t.pos_ == "DET" and t.lower_ in grammar_words(MASCULINE_POSSESSIVE):
            continue  # "son amie": "son" before a vowel tells nothing, the noun does
        if t.pos_ == "NOUN" and grammatical_gender(t) == "Masc" and t.lower_.endswith("e"):
            return None  # "l'ex-ministre", "le juge": an epicene noun tells nothing (the
            # tag is masculine by default) and an elided determiner neither
        if t.pos_ in ("DET", "NOUN", "ADJ") and grammatical_gender(t):
            return grammatical_gender(t)  # "l'ancienne ministre": the adjective agrees
        if t.pos_ in ("PROPN", "NOUN", "ADP") or t.is_punct:
            return None  # "porte-parole de la CGT": past the head, words tell of another noun
    return None


def possessive_gender(tok: Token) -> str | None:
    """The gender a possessive determiner tells of its noun: "sa" a feminine one, "son" a
    masculine one when the next word starts with a consonant ("son amie" is a woman)."""
    if tok.pos_ != "DET" or tok.i + 1 >= len(tok.doc):
        return None
    word = tok.text.lower()
    if word in grammar_words(FEMININE_POSSESSIVE):
        return "Fem"
    following = tok.doc[tok.i + 1].text[:1].lower()
    if word in grammar_words(MASCULINE_POSSESSIVE) and following.isalpha() \
            and following not in VOWELS_AND_MUTE_H:
        return "Masc"
    return None


def mention_gender(doc: Doc, start: int, end: int) -> str | None:
    """Grammatical gender shown by a mention in tokens [start, end): a pronoun's, the
    first determiner or common noun of a description ("la plateforme"), else around a
    name: its title on the left ("Mme X", "la ministre X") or an apposition on the right
    ("X, une infirmière", but not "X, une des figures"). Proper nouns' own tags are not
    trusted."""
    if start >= end:
        return None
    if end - start == 1 and doc[start].pos_ == "PRON":
        return grammatical_gender(doc[start])
    shown = phrase_gender(doc, start, end)
    if shown is not None:
        return shown
    i = start - 1
    while i >= 0 and start - i <= TITLE_WINDOW and doc[i].pos_ in ("NOUN", "DET", "ADJ", "ADP"):
        i -= 1
    title_gender = None
    # "», estime pour sa part X", "de son côté": an adverbial, no title
    left = [] if _possessive_adverbial(doc[i + 1:start]) else title_words(doc[i + 1:start])
    for t in reversed(left):
        if t.pos_ == "DET" and (possessive_gender(t) or grammatical_gender(t)):
            # The determiner tells for epicene titles ("la ministre", tagged Masc; "son
            # collègue X", which the tagger may read as feminine).
            return possessive_gender(t) or grammatical_gender(t)
        if t.text in honorifics():
            continue  # "Me X": an honorific tells its own gender (`honorifics.tsv`), or none
        title_gender = title_gender or grammatical_gender(t)
    if title_gender and not (i >= 0 and doc[i].text in INVERSION_MARKS):
        return title_gender  # "», tacle X": a verb the tagger read as a noun, no title
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].pos_ in ("DET", "NOUN") \
            and _common_noun_phrase_at(doc, end + 1) and not one_of_phrase_at(doc, end + 1) \
            and not (start > 0 and doc[start - 1].lower_ in FRONTED_SOURCE_WORDS):
        return phrase_gender(doc, end + 1, len(doc))  # "X, son avocate": the noun tells
    if end + 1 < len(doc) and doc[end].text == "," and _apposed_feminine(doc[end + 1]):
        return "Fem"
    return None


def _possessive_adverbial(words: Span) -> bool:
    """ "pour sa part", "de son côté", "à son tour": a preposition, a possessive and a noun
    that names no person (the possessive agrees with "part", not with the name after
    it); "à sa collègue X", "avec son avocate X" are titles."""
    for k in range(len(words) - 2):
        det, noun = words[k + 1], words[k + 2]
        if words[k].pos_ == "ADP" and det.lower_ in grammar_words(POSSESSIVE) \
                and noun.pos_ == "NOUN" and noun.lower_ not in titles() \
                and not names_person(noun.lower_, noun.lemma_):
            return True
    return False


def _apposed_feminine(tok: Token) -> bool:
    """ "X, élue du conseil", "X, arrivée en mai": a feminine participle or adjective
    right after the name's comma, with no subject of its own, agrees with the name (the
    masculine is the tagger's default form and tells nothing)."""
    return tok.pos_ in ("VERB", "ADJ") and grammatical_gender(tok) == "Fem" \
        and (tok.pos_ == "ADJ" or tok.morph.get("VerbForm") == ["Part"]) \
        and not any(c.dep_.startswith("nsubj") for c in tok.children)


def _common_noun_phrase_at(doc: Doc, i: int) -> bool:
    """Token `i` opens a common noun phrase ("X, une infirmière"), not another name of a
    list ("X, La Fouine, Y": a determiner that is part of a name is capitalised)."""
    word = doc[i + 1] if doc[i].pos_ == "DET" and i + 1 < len(doc) else doc[i]
    return doc[i].text[:1].islower() and word.text[:1].islower()


def agreement_gender(subject: Token) -> str | None:
    """ "Fem" when the participle or adjective a name is the subject of agrees in the
    feminine through "être" ("X est arrivée", "X a été élue", "X s'est dite inquiète");
    None otherwise (the masculine is also the form a tagger gives by default)."""
    head = subject.head
    if not subject.dep_.startswith("nsubj") or head.pos_ not in ("VERB", "ADJ") \
            or grammatical_gender(head) != "Fem":
        return None
    if head.pos_ == "VERB" and head.morph.get("VerbForm") != ["Part"]:
        return None
    if any(c.dep_ == "case" for c in subject.children) or any(
            c.dep_.startswith("nsubj") and c.i != subject.i for c in head.children):
        return None  # "Selon X, élu, la grève était suivie": the participle agrees with
        # the other subject; a name under a preposition is no subject at all
    if any(c.dep_ in ("cop", "aux:pass") or (c.dep_ == "aux:tense" and c.lemma_ == "être")
           for c in head.children):
        return "Fem"
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


def noun_phrase_end(doc: Doc, start: int, limit: int) -> int:
    """End (exclusive) of the noun phrase starting at token `start`: determiners, nouns,
    adjectives, names and de-complements, up to a comma, a verb or another preposition."""
    i = start
    seen_noun = False
    while i < limit:
        t = doc[i]
        if seen_noun and t.pos_ == "ADJ" and i + 2 < limit \
                and doc[i + 1].lower_ in grammar_words(BARE_DE) and doc[i + 2].pos_ == "NUM":
            break  # "l'agresseur âgé de 34 ans": a measure, no part of the description
        if t.text in DASHES and (t.whitespace_ or (i > 0 and doc[i - 1].whitespace_)):
            # "le policier - à cause du prix - a dit": a spaced dash the tagger called a
            # noun (a glued one joins a compound name: "Loire-Atlantique", "AP-HP"); a
            # spaced "%" or "€" is the phrase's own noun ("les 40 % des salariés")
            break
        if t.pos_ in ("DET", "ADJ", "NUM"):
            i += 1
            continue
        if t.pos_ in ("NOUN", "PROPN") or (t.pos_ == "X" and t.text[:1].isupper()):
            seen_noun = True
            i += 1
            continue
        if seen_noun and t.lower_ in grammar_words(PREPOSITION_DE) and i + 1 < limit \
                and doc[i + 1].pos_ in ("DET", "NOUN", "PROPN"):
            i += 1
            continue
        break
    return i


def before_clitic(doc: Doc, start: int, end: int) -> int:
    """The noun phrase [start, end) cut before a determiner that follows a noun with no
    "de" between them: "des pompiers les accompagnaient" tags the object pronoun "les" as
    a determiner."""
    for i in range(start + 1, end):
        if doc[i].pos_ == "DET" and doc[i - 1].pos_ in ("NOUN", "PROPN", "ADJ"):
            return i
    return end
