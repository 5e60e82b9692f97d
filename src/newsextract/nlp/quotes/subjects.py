"""Which tokens are the subject of a reporting verb?

The verb's own subject dependents, else the subject of the verb it hangs on (", ajoutant
que" takes the main verb's), a person right before a participle ("X (PS) y voyant …"), or
the noun phrase read off the word order when the parse gives none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsextract.nlp.negation import VERB, negation_words
from newsextract.nlp.participants.mentions import np_start_governed
from newsextract.nlp.quotes.mentions import glued_left, is_clitic

# Dependencies followed upwards from a verb without subject to the verb whose subject it
# shares: "…, ajoutant que" (advcl), "et promettant que" (conj), and, from a noun the
# participle hangs on, the noun's own governor ("son soutien à X, estimant que").
_CLIMB_FROM_VERB = ("conj", "advcl", "xcomp", "acl", "parataxis", "fixed")


_CLIMB_FROM_NOUN = ("conj", "obj", "iobj", "nmod", "obl", "obl:arg", "obl:mod", "appos")


MAX_CLIMB = 6


def subject_tokens(verb: Token) -> tuple[int, int] | None:
    """Token range of the verb's subject, following conj/advcl/xcomp to a verb that has one
    ("…, ajoutant que" takes the subject of the main verb); a present participle right
    after a named person takes that person ("X (PS) y voyant…", "X insistant sur…")."""
    tok = verb
    for _ in range(MAX_CLIMB):
        # A predicate noun or adjective of "être" holds the subject too ("X est à
        # l'auteur d'une vidéo dénonçant…").
        found = _own_subject(tok, verb)
        if found is not None:
            return found
        if tok.pos_ in ("VERB", "AUX"):
            person = _absolute_participle_subject(tok)
            if person is not None:
                return person
            climb = _CLIMB_FROM_VERB
        else:
            climb = _CLIMB_FROM_NOUN
        if tok.dep_ not in climb or tok.head is tok:
            break
        tok = tok.head
    return _preceding_subject(verb)


def _own_subject(tok: Token, verb: Token) -> tuple[int, int] | None:
    """The subject dependents of `tok` as a token range, or None."""
    doc = tok.doc
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj")
                and c.i != verb.i and c.lower_ != "-t"]
    if any(is_clitic(c) for c in subjects):
        # An inverted clitic is the subject ("…, a-t-il promis"): a noun the parser also
        # hung on the verb belongs to the quoted clause before it.
        subjects = [c for c in subjects if is_clitic(c)]
    # A name before a resumptive pronoun wins ("X, a elle aussi estimé").
    subjects.sort(key=lambda c: c.pos_ == "PRON")
    for child in subjects:
        if child.morph.get("PronType") == ["Rel"]:
            return _relative_antecedent(child, tok)
        if child.pos_ == "PRON":
            return child.i, child.i + 1
        left = glued_left(doc, child.left_edge.i)
        right = child.right_edge.i + 1
        if right <= tok.i:
            # Up to the verb: names in apposition the parse attached elsewhere
            # ("La ministre des Sports Anne Roux avait estimé").
            right = tok.i
        named = _named_before_apposition(doc, left) \
            if not any(t.ent_type_ == "PER" for t in doc[left:right]) else None
        return (named, right) if named is not None else (left, right)
    return None


def _named_before_apposition(doc, left: int) -> int | None:
    """ "Paul X, une des figures du mouvement, a salué": the parse made the apposition the
    subject; the person named right before its comma is (first token of the name)."""
    if left < 2 or doc[left - 1].text != "," or doc[left - 2].ent_type_ != "PER":
        return None
    found = person_ending_at(doc, left - 2)
    return found[0] if found is not None else None


def _preceding_subject(verb: Token) -> tuple[int, int] | None:
    """The subject read off the word order when the parse gives none: the noun phrase
    right before the verb and its auxiliaries ("Des témoins ont aussitôt
    relevé"), or a person named before an apposition ("X, porte-parole de Y, l'a
    incitée à"). Only for verbs that head a clause (finite or with an auxiliary): a bare
    participle shares the subject of its main verb."""
    doc = verb.doc
    if verb.morph.get("VerbForm") == ["Part"] and verb.morph.get("Tense") == ["Pres"]:
        return None
    negation = negation_words(VERB)
    j = verb.i - 1
    while j >= 0 and (doc[j].pos_ in ("AUX", "ADV") or doc[j].dep_ == "fixed"
                      or doc[j].lower_ in negation
                      or (doc[j].pos_ == "PRON" and doc[j].text[:1].islower()
                          and not doc[j].dep_.startswith("nsubj"))):
        j -= 1
    if j < 0:
        return None
    if doc[j].pos_ in ("NOUN", "PROPN"):
        left = j
        while left > 0 and (doc[left - 1].pos_ in ("DET", "ADJ", "NUM")
                            or doc[left - 1].dep_ in ("flat:name", "flat")
                            or doc[left].dep_ in ("flat:name", "flat")):
            left -= 1
        if np_start_governed(doc, left):
            return None
        return glued_left(doc, left), j + 1
    if doc[j].text != ",":
        return None
    k = j - 1
    while k >= 0 and doc[k].text not in (",", ".", ";", ":", "«", "»", "“", "”", '"'):
        k -= 1
    m = k - 1
    if k < 0 or doc[k].text != "," or m < 0 or doc[m].ent_type_ != "PER":
        return None
    return person_ending_at(doc, m)


def person_ending_at(doc: Doc, last: int) -> tuple[int, int] | None:
    """The person name whose last token is `last`, unless it is a complement ("à X")."""
    first = last
    while first > 0 and doc[first - 1].ent_type_ == "PER" and not doc[first - 1].is_punct:
        first -= 1
    if np_start_governed(doc, first):
        return None
    return glued_left(doc, first), last + 1


def _relative_antecedent(pronoun: Token, verb: Token) -> tuple[int, int]:
    """ "X, qui a estimé que…": the noun phrase the relative clause hangs on, or, when the
    parse made the relative clause the main one, the noun phrase before ", qui"."""
    doc = pronoun.doc
    if verb.dep_.startswith("acl") and verb.head is not verb:
        return glued_left(doc, verb.head.left_edge.i), pronoun.i
    j = pronoun.i - 1
    if j > 0 and doc[j].text == ",":
        j -= 1
    if j >= 0 and doc[j].pos_ in ("NOUN", "PROPN"):
        head = doc[j]
        while head.dep_ in ("flat:name", "flat") and head.head.i < head.i:
            head = head.head
        return glued_left(doc, head.left_edge.i), pronoun.i
    return pronoun.i, pronoun.i + 1


def _absolute_participle_subject(tok: Token) -> tuple[int, int] | None:
    """A participle right after a named person, a parenthesis ("(PS)") or a clitic ("y")
    between them, is that person's: "M. X fustigeant l'«hypocrisie»", "X (LR) insistant
    sur…". The person must not be a complement ("son soutien à X, estimant" is the
    subject's)."""
    if tok.morph.get("VerbForm") != ["Part"] or tok.i == 0:
        return None
    doc = tok.doc
    j = tok.i - 1
    while j > 0 and doc[j].pos_ == "PRON" and not doc[j].text[:1].isupper():
        j -= 1  # "y voyant", "le jugeant"
    if doc[j].text == ")":
        while j > 0 and doc[j].text != "(":
            j -= 1
        j -= 1
    if j < 0 or doc[j].ent_type_ != "PER":
        return None
    return person_ending_at(doc, j)
