"""Which nouns name people or organisations? The registry's word lists (data files).

A head noun names a person when it is in the person lexicons the quotes layer already
uses (`quotes_person_descriptions.txt`, `quotes_professions.txt`,
`quotes_speaker_nouns.txt`) or a kinship noun ("«…», confie son frère":
`participants_kinship_nouns.txt`), or when it ends like an agent noun
(`participants_agent_suffixes.txt`: "-iste", "-eur", "-ant", …) and is not one of the nouns
with such an ending that name things (`participants_not_people.txt`). Organisation nouns:
`quotes_org_descriptions.txt` and the institutions of `participants_institution_nouns.txt`.
Honorifics (`honorifics.tsv`, read by the entities layer) tell a gender and stand for a
description ("Me X" is "l'avocat").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from newsextract.nlp.grammar_words import DEFINITE_DETERMINER, grammar_words
from newsextract.resources import read_lines, read_sections, read_tsv

# Definite determiners and demonstratives: a noun phrase opened by one refers back
# ("le ministre", "cette femme").
DEFINITE_DETERMINERS = grammar_words(DEFINITE_DETERMINER)

# Lexicons of nouns naming one person; with the speaker nouns, which hold institutions too
# ("police", "préfecture"), the nouns that can name a person.
ONE_PERSON_LEXICONS = ("quotes_person_descriptions.txt", "quotes_professions.txt",
                       "participants_kinship_nouns.txt")
PERSON_LEXICONS = ONE_PERSON_LEXICONS + ("quotes_speaker_nouns.txt",)
ORG_LEXICON = "quotes_org_descriptions.txt"
INSTITUTION_LEXICON = "participants_institution_nouns.txt"
DOCUMENT_LEXICON = "quotes_document_nouns.txt"
# Shortest noun the agent-ending rule reads ("ami" is in the lexicon; "fois" is no agent).
MIN_AGENT_NOUN_CHARS = 5


@cache
def _lower_set(*names: str) -> frozenset[str]:
    return frozenset(w.lower() for name in names for w in read_lines(name))


def person_nouns() -> frozenset[str]:
    return _lower_set(*PERSON_LEXICONS)


def org_nouns() -> frozenset[str]:
    return _lower_set(ORG_LEXICON)


@cache
def _agent_suffixes() -> tuple[str, ...]:
    return tuple(sorted(_lower_set("participants_agent_suffixes.txt"), key=len, reverse=True))


# A word longer than this loses a final plural ending ("aspirations"), a shorter one keeps
# it ("bus", "pas").
MIN_PLURAL_STEM = 3
PLURAL_ENDINGS = ("s", "x")


def singular(word: str) -> str:
    """`word` without its final plural ending ("militants" -> "militant"), if long enough."""
    return word[:-1] if len(word) > MIN_PLURAL_STEM and word.endswith(PLURAL_ENDINGS) else word


@cache
def _listed_people() -> frozenset[str]:
    return person_nouns() | titles()


def names_person(noun: str, lemma: str | None = None) -> bool:
    """The noun (or its lemma) names a person or a group of people."""
    if listed_person(noun, lemma):
        return True
    forms = {noun.lower(), singular(noun.lower())} | ({lemma.lower()} if lemma else set())
    if forms & _lower_set("participants_not_people.txt"):
        return False
    return any(len(f) >= MIN_AGENT_NOUN_CHARS and f.endswith(_agent_suffixes()) for f in forms)


def listed_person(noun: str, lemma: str | None = None) -> bool:
    """The noun (or its lemma) is in the person lexicons or the titles: no agent-ending
    guess, which adjectives also fit ("légendaire", "solidaire")."""
    forms = {noun.lower(), singular(noun.lower())} | ({lemma.lower()} if lemma else set())
    return bool(forms & _listed_people())


def bare_authority_nouns() -> frozenset[str]:
    """Nouns naming the authorities when no de-complement makes them a thing:
    `participants_bare_authority_nouns.txt` ("le pouvoir", not "le pouvoir d'achat")."""
    return _lower_set("participants_bare_authority_nouns.txt")


@cache
def _org_kinds() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in read_tsv("participants_org_kinds.tsv")
            if len(row) > 1}


def organisation_kind(noun: str) -> str | None:
    """The kind of organisation a head noun names ("quotidien" -> media), else None
    (`participants_org_kinds.tsv`)."""
    word = noun.lower()
    return _org_kinds().get(word) or _org_kinds().get(singular(word))


def names_organisation(noun: str, lemma: str | None = None) -> bool:
    """The noun names an organisation, an institution or a collective source."""
    forms = {noun.lower(), singular(noun.lower())} | ({lemma.lower()} if lemma else set())
    return bool(forms & (org_nouns() | _lower_set(INSTITUTION_LEXICON)))


def can_speak(noun: str, lemma: str | None = None) -> bool:
    """A head noun that can name who spoke: a person, a group of people, an organisation,
    or a document that carries words when it has no author (`quotes_document_nouns.txt`:
    "a dénoncé le communiqué")."""
    forms = {noun.lower(), singular(noun.lower())} | ({lemma.lower()} if lemma else set())
    if names_person(noun, lemma) or names_organisation(noun, lemma) \
            or bool(forms & _lower_set(DOCUMENT_LEXICON)):
        return True
    # "la haute-autorité", "l'ex-ministre": a compound whose last word can speak
    last = noun.rsplit("-", 1)[-1]
    return "-" in noun and len(last) > 2 and can_speak(last)


@cache
def titles() -> frozenset[str]:
    """Titles and functions (the entities layer's `titles.txt`), lowercase."""
    return _lower_set("titles.txt")


def generic_functions() -> frozenset[str]:
    """Functions that head any body ("chef", "directeur"): `participants_generic_functions.txt`."""
    return _lower_set("participants_generic_functions.txt")


def former_markers() -> frozenset[str]:
    """Words saying an office changed hands ("ancien", "ex", "futur"):
    `participants_former_markers.txt`."""
    return _lower_set("participants_former_markers.txt")


@cache
def group_quantifiers() -> tuple[frozenset[str], frozenset[str]]:
    """Quantity or collective nouns ("centaines", "groupe") and quantifying determiners
    ("plusieurs") that open a quantified group of people:
    `participants_group_quantifiers.txt`, sections [noun] and [determiner]."""
    sections = read_sections("participants_group_quantifiers.txt")
    return sections["noun"], sections["determiner"]


def quantity_openers() -> frozenset[str]:
    """Words that open a quantity noun ("des centaines de", "un groupe de"):
    `participants_group_quantifiers.txt`, section [opener]."""
    return read_sections("participants_group_quantifiers.txt")["opener"]


@cache
def movement_words() -> tuple[frozenset[str], frozenset[str]]:
    """Emblems and colours that name a movement together ("gilets jaunes"):
    `participants_movement_labels.txt`, sections [emblem] and [colour]."""
    sections = read_sections("participants_movement_labels.txt")
    return sections["emblem"], sections["colour"]


def names_movement(tok: Token) -> bool:
    """The noun at `tok` and the adjective after it name a movement by an emblem in a
    colour ("les gilets jaunes", "des «bonnets rouges»", "un gilet-jaune"): its members,
    people."""
    emblems, colours = movement_words()
    doc = tok.doc
    words = tok.lower_.split("-")
    if len(words) == 1:
        nxt = tok.i + 1
        if nxt < len(doc) and doc[nxt].text == "-":
            nxt += 1  # "gilets-jaunes" cut by the tokenizer
        if nxt >= len(doc):
            return False
        words.append(doc[nxt].lower_)
    if len(words) != 2:
        return False
    return bool({words[0], singular(words[0])} & emblems) \
        and bool({words[1], singular(words[1])} & colours)


# Marks that may wrap a movement label ("les «gilets jaunes»").
LABEL_MARKS = frozenset("«»“”\"")


def quoted_movement_at(doc: Doc, i: int) -> tuple[int, int] | None:
    """(emblem token, end) when a movement label starts at token `i`, bare or in marks
    ("gilets jaunes", "«gilets jaunes»"): the end is past the closing mark."""
    if i >= len(doc):
        return None
    emblem = i + 1 if doc[i].text in LABEL_MARKS else i
    if emblem >= len(doc) or not names_movement(doc[emblem]):
        return None
    end = emblem + 1
    if "-" not in doc[emblem].text:  # the colour is the next word ("gilets" "-" "jaunes")
        end += 2 if doc[end].text == "-" else 1
    if end < len(doc) and emblem > i and doc[end].text in LABEL_MARKS:
        end += 1
    return emblem, end


def anaphors() -> frozenset[str]:
    """Heads that refer back and name nobody new ("ce dernier"): `quotes_last_mentioned.txt`."""
    return _lower_set("quotes_last_mentioned.txt")


def generic_heads() -> frozenset[str]:
    """Descriptions that say only sex or age ("jeune homme"): `participants_generic_heads.txt`."""
    return _lower_set("participants_generic_heads.txt")


@cache
def age_nouns() -> dict[str, tuple[int, int]]:
    """Age nouns and the ages they cover ("trentenaire": 30 to 39):
    `participants_age_nouns.tsv`."""
    return {row[0].lower(): (int(row[1]), int(row[2]))
            for row in read_tsv("participants_age_nouns.tsv")}


@cache
def role_classes() -> tuple[tuple[str, ...], ...]:
    """Classes of equivalent role descriptions ("procureure" / "représentante de
    l'accusation"), longest description first: `participants_role_classes.txt`."""
    return tuple(tuple(sorted((d.strip().lower() for d in line.split(" | ")), key=len,
                              reverse=True))
                 for line in read_lines("participants_role_classes.txt"))


@cache
def role_hypernyms() -> dict[str, frozenset[str]]:
    """Broader role words and the narrower description heads each generalises
    ("magistrate": "procureure", "juge"): `participants_role_hypernyms.tsv`."""
    return {row[0].lower(): frozenset(row[2].lower().split())
            for row in read_tsv("participants_role_hypernyms.tsv") if len(row) > 2}


@cache
def role_hypernym_genders() -> dict[str, str]:
    """The gender the form of a broader role word marks ("élue": Fem); words of both
    genders ("édile") are not listed: `participants_role_hypernyms.tsv`."""
    return {row[0].lower(): row[1] for row in read_tsv("participants_role_hypernyms.tsv")
            if len(row) > 2 and row[1] in ("Masc", "Fem")}


def kinship_nouns() -> frozenset[str]:
    """Nouns of kinship and closeness ("mari", "sœur"): `participants_kinship_nouns.txt`."""
    return _lower_set("participants_kinship_nouns.txt")
