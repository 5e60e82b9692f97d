"""Which words report speech? The lexicons of the quotes layer and the verb forms they need.

Reporting verbs (`reporting_verbs.tsv`, single and multiword, ambiguous ones marked),
opinion verbs, negation, pronoun roles, titles; every list is a data file (docs/lexicons.md).
"""

from __future__ import annotations

from functools import cache, lru_cache

from spacy.tokens import Doc, Token

from newsextract.nlp.entities.lexicons import honorifics
from newsextract.nlp.grammar_words import REFLEXIVE, grammar_words
from newsextract.nlp.negation import VERB, negation_words
from newsextract.nlp.participants.lexicon import (  # noqa: F401 (DEFINITE_DETERMINERS re-exported)
    DEFINITE_DETERMINERS,
    DOCUMENT_LEXICON,
)
from newsextract.nlp.reporting_verbs import reporting_lexicon  # noqa: F401 (re-export)
from newsextract.resources import read_lines, read_tsv


def reports(verb, lemma: str) -> bool:
    """Whether a lexicon verb outside a quote reports speech here: not a cue that only
    works next to a quote ("commencer"), not a fixed phrase ("autrement dit",
    `quotes_not_reporting.txt`), not an ambiguous verb under a modal ("on a pu observer
    que", "peut constater que")."""
    lex = reporting_lexicon()
    if lemma in lex.inverted_only:
        return False
    doc = verb.doc
    if verb.i > 0 and f"{doc[verb.i - 1].lower_} {verb.lower_}" in _not_reporting():
        return False
    head = verb.head
    if head.i != verb.i and verb.morph.get("VerbForm") == ["Inf"] and impersonal(head):
        return False  # "Il ne faut pas croire que…": the writer's generalisation, no source
    return not (lex.ambiguous(lemma) and verb.dep_ == "xcomp" and head.i != verb.i
                and head.lemma_ in ("pouvoir", "devoir"))


def impersonal(verb) -> bool:
    """The verb has an expletive "il" subject ("il faut", "il convient de", "il suffit de"):
    nobody is the subject of the infinitive it governs."""
    return any(c.dep_ == "expl:subj" and c.i < verb.i for c in verb.children)


@cache
def _not_reporting() -> frozenset[str]:
    return frozenset(w.lower() for w in read_lines("quotes_not_reporting.txt"))


def finite_verb(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.morph.get("VerbForm") == ["Fin"]


def is_present_participle(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.morph.get("VerbForm") == ["Part"] \
        and tok.morph.get("Tense") == ["Pres"]


def is_past_participle(tok) -> bool:
    """A past participle by its morphology, whatever its part of speech ("venu", "les
    blessés"), with or without an auxiliary."""
    return tok.morph.get("VerbForm") == ["Part"] and tok.morph.get("Tense") == ["Past"]


def is_bare_past_participle(tok) -> bool:
    """A past participle with no auxiliary of its own ("condamné pour", "annoncée lundi")."""
    return is_past_participle(tok) \
        and not any(c.dep_.startswith("aux") for c in tok.children)


def opens_gerund(doc: Doc, i: int) -> bool:
    """ "en" + present participle at token i."""
    return doc[i].lower_ == "en" and i + 1 < len(doc) and is_present_participle(doc[i + 1])


def perfect_infinitive(verb) -> bool:
    """ "avoir clos", "être venu", "ne pas avoir entendu": an infinitive auxiliary, which
    after a reporting verb reports a past fact the subject asserts."""
    return any(c.dep_.startswith("aux") and c.morph.get("VerbForm") == ["Inf"]
               for c in verb.children if c.i < verb.i)


PERSON_LABELS = ("PER",)


NAME_LABELS = ("PER", "ORG", "LOC")


# Label of a group of people named as a clause subject: an antecedent for "ils"/"elles" only.
GROUP = "GROUP"


@cache
def word_set(name: str) -> frozenset[str]:
    """A one-per-line data file as a lowercase set."""
    return frozenset(w.lower() for w in read_lines(name))


@lru_cache(maxsize=1)
def casualty_nouns() -> frozenset[str]:
    """Nouns naming casualties ("victimes", "blessés", "morts"): `casualties_nouns.tsv`,
    the casualties layer's own list, read as data (no import of that later stage)."""
    return frozenset(row[0].lower() for row in read_tsv("casualties_nouns.tsv") if row)


@lru_cache(maxsize=1)
def auxiliary_lemmas() -> frozenset[str]:
    """The auxiliaries' lemmas ("avoir", "être"): a filler of an inverted cue with one of
    them ("a", "ont", "avait") makes the next word a participle even when mistagged."""
    return frozenset(row[1] for row in read_tsv("auxiliaries.tsv") if len(row) > 1)


@lru_cache(maxsize=1)
def pronoun_roles() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in read_tsv("quotes_pronouns.tsv") if len(row) > 1}


@lru_cache(maxsize=1)
def pronoun_genders() -> dict[str, str]:
    """The gender a pronoun's form tells when the tagger gives none ("celui": Masc), from
    the optional third column of `quotes_pronouns.tsv`."""
    return {row[0].lower(): row[2] for row in read_tsv("quotes_pronouns.tsv")
            if len(row) > 2 and row[2]}


@lru_cache(maxsize=1)
def titles() -> tuple[str, ...]:
    """Titles and honorifics stripped from speaker names, longest first (the lists the
    entities layer trims from mentions)."""
    words = [*read_lines("titles.txt"), *honorifics()]
    return tuple(sorted({w.lower() for w in words}, key=len, reverse=True))


def is_negated(verb: Token) -> bool:
    """A negation word depends on the verb or on its auxiliaries ("n'a pas dit")."""
    negation = negation_words(VERB)
    return any(child.lower_ in negation and not _counted_noun(child) for child in verb.children)


def _counted_noun(tok: Token) -> bool:
    """ "à deux pas du marché": "pas" after a numeral or a determiner is a noun (a step),
    not the negation the parse may hang on the verb."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.pos_ in ("NUM", "DET")


def _reflexive(verb: Token) -> bool:
    if any(c.lemma_ == "se" or c.lower_ in grammar_words(REFLEXIVE) for c in verb.children):
        return True
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    return prev is not None and prev.lower_ in grammar_words(REFLEXIVE)


def participle_lemma(tok: Token) -> str:
    """ "tweeté" -> "tweeter": the -er infinitive of a past participle the tagger missed."""
    low = tok.lower_
    for ending in ("ées", "és", "ée", "é"):
        if low.endswith(ending) and len(low) > len(ending) + 2:
            return low[: -len(ending)] + "er"
    return tok.lemma_.lower()


def reporting_lemma(tok: Token, after_auxiliary: bool = False) -> str | None:
    """The lexicon lemma of `tok` as a reporting verb (reflexive or multiword), else None.

    `after_auxiliary`: the token follows an auxiliary or a subject clitic ("a-t-il
    tweeté"), so a participle mistagged as a noun or name is still read as a verb.
    """
    lex = reporting_lexicon()
    if tok.pos_ != "VERB":
        if not after_auxiliary or not tok.is_alpha:
            return None
        lemma = participle_lemma(tok)
        return lemma if lemma in lex.single else None
    lemma = tok.lemma_.lower()
    # "laisse entendre" with "laisse" left as its own lemma: its -er infinitive's entries too
    head = unlemmatised_er(lemma) if lemma == tok.lower_ and lemma not in lex.multi else lemma
    for rest, full, _ in lex.multi.get(head, ()):
        following = [t.lemma_.lower() for t in tok.doc[tok.i + 1:tok.i + 1 + len(rest)]]
        if tuple(following) == rest:
            return full
    # "se moque" left as its own lemma: the reflexive of its -er infinitive too
    bases = (lemma, unlemmatised_er(lemma)) if lemma == tok.lower_ else (lemma,)
    reflexive_forms = [f for b in bases for f in (f"s'{b}", f"se {b}") if f in lex.single]
    if reflexive_forms and _reflexive(tok):  # the lexicon first: _reflexive walks the parse
        return reflexive_forms[0]
    if lemma not in lex.single and lemma == tok.lower_:
        lemma = unlemmatised_er(lemma)
    return lemma if lemma in lex.single else None


def unlemmatised_er(form: str) -> str:
    """ "estime" left as its own lemma by the lemmatiser: the -er infinitive of a present
    tense ("estime", "estiment" -> "estimer")."""
    if form.endswith("ent"):
        return form[:-3] + "er"
    return form[:-1] + "er" if form.endswith("e") else form


@lru_cache(maxsize=1)
def _opinion_verbs() -> dict[str, str]:
    return {row[0].lower(): (row[1].lower() if len(row) > 1 else "")
            for row in read_tsv("quotes_opinion_verbs.tsv") if row and row[0]}


@lru_cache(maxsize=1)
def _judging_prepositions() -> dict[str, frozenset[str]]:
    return {row[0].lower(): frozenset(w.strip().lower() for w in row[2].split(","))
            for row in read_tsv("quotes_opinion_verbs.tsv") if len(row) > 2 and row[2]}


def judging_prepositions(lemma: str) -> frozenset[str]:
    """The prepositions one of which must come right before the quote of a judging
    opinion verb ("compare … à un «…»", "traite … de «…»"); empty for other verbs."""
    return _judging_prepositions().get(lemma, frozenset())


def opinion_lemma(tok: Token) -> str | None:
    """The lemma of `tok` when it is an opinion verb of `quotes_opinion_verbs.tsv` (with
    its required clitic: "y voir"), whose quoted fragment object is its subject's wording."""
    if tok.pos_ != "VERB":
        return None
    lemma = tok.lemma_.lower()
    clitic = _opinion_verbs().get(lemma)
    if clitic is None:
        return None
    if clitic and not any(c.lower_ == clitic for c in tok.children if c.i < tok.i):
        return None
    return lemma


def opinion_lemma_of(lemma: str) -> bool:
    """`lemma` is an opinion verb that needs no clitic ("qualifier", not "y voir")."""
    return _opinion_verbs().get(lemma) == ""


def is_infinitive(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.morph.get("VerbForm") == ["Inf"]


def is_document(tok: Token | None) -> bool:
    """A document noun ("communiqué", "lettre", "tribune"), written or lemmatised."""
    return tok is not None and (tok.lower_ in word_set(DOCUMENT_LEXICON)
                                or tok.lemma_.lower() in word_set(DOCUMENT_LEXICON))
