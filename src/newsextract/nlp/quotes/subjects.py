"""Which tokens are the subject of a reporting verb?

The verb's own subject dependents, else the subject of the verb it hangs on (", ajoutant
que" takes the main verb's), a person right before a participle ("X (PS) y voyant …"), or
the noun phrase read off the word order when the parse gives none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsextract.nlp.grammar_words import QUE_WORD, RELATIVE, grammar_words
from newsextract.nlp.negation import VERB, negation_words
from newsextract.nlp.participants.descriptions import head_can_speak
from newsextract.nlp.participants.mentions import np_start_governed
from newsextract.nlp.punctuation import DASHES
from newsextract.nlp.quotes.lexicon import is_past_participle
from newsextract.nlp.quotes.mentions import glued_left, is_clitic
from newsextract.nlp.segment import segmentation

# Dependencies followed upwards from a verb without subject to the verb whose subject it
# shares: "…, ajoutant que" (advcl), "et promettant que" (conj), and, from a noun the
# participle hangs on, the noun's own governor ("son soutien à X, estimant que").
_CLIMB_FROM_VERB = ("conj", "advcl", "xcomp", "acl", "parataxis", "fixed")


_CLIMB_FROM_NOUN = ("conj", "obj", "iobj", "nmod", "obl", "obl:arg", "obl:mod", "appos")


MAX_CLIMB = 6


def subject_tokens(verb: Token) -> tuple[int, int] | None:
    """Token range of the verb's subject, following conj/advcl/xcomp to a verb that has one
    ("…, ajoutant que" takes the subject of the main verb); a present participle right
    after a named person takes that person ("X (PS) y voyant…", "X insistant sur…").
    The climb stays in the verb's quote-aware sentence: a parse that runs two sentences
    together ("…ont été reportés. Paul X, l'un des …, a appelé à") hangs the second verb
    on the first, whose subject is not the speaker's."""
    split = _subject_before_quoted_adverb(verb) or _copula_subject(verb) \
        or _inverted_after_object_relative(verb)
    if split is not None:
        return split
    s_start, s_end = segmentation(verb.doc).sentence(verb.idx)
    tok = verb
    for _ in range(MAX_CLIMB):
        # A predicate noun or adjective of "être" holds the subject too ("X est à
        # l'auteur d'une vidéo dénonçant…").
        found = _own_subject(tok, verb)
        if found is not None:
            return found
        if tok.pos_ in ("VERB", "AUX"):
            person = _absolute_participle_subject(tok) or _absolute_clause_subject(tok)
            if person is not None:
                return person
            partner = _coordinated_infinitive(tok)
            if partner is not None and s_start <= partner.idx < s_end:
                tok = partner
                continue
            climb = _CLIMB_FROM_VERB
        else:
            climb = _CLIMB_FROM_NOUN
        if tok.dep_ not in climb or tok.head is tok \
                or not s_start <= tok.head.idx < s_end:
            break
        tok = tok.head
    return _preceding_subject(verb)


def participle_after_quoted_word(doc: Doc, closing: int) -> Token | None:
    """ "Le maire a «catégoriquement» refusé la proposition": the past participle right
    after the closing mark at token `closing` when an auxiliary stands right before the
    opening mark; the quoted word splits one verb, it is no quote before an inverted cue."""
    nxt = closing + 1
    if nxt >= len(doc) or doc[closing].text not in CLOSING_MARKS \
            or not is_past_participle(doc[nxt]):
        return None
    opening = _opening_mark(doc, closing)
    if opening is None or opening < 1 or doc[opening - 1].pos_ != "AUX":
        return None
    return doc[nxt]


def _subject_before_quoted_adverb(verb: Token) -> tuple[int, int] | None:
    """The subject of a participle split from its auxiliary by a quoted word: the parse
    takes the object ("la proposition") for the participle's subject, the subject is the
    one before the auxiliary (`participle_after_quoted_word`)."""
    doc = verb.doc
    if verb.i < 1 or participle_after_quoted_word(doc, verb.i - 1) is None:
        return None
    auxiliary = doc[_opening_mark(doc, verb.i - 1) - 1]
    found = _preceding_subject(auxiliary)
    if found is None and auxiliary.i > 1 and doc[auxiliary.i - 1].text == "," \
            and doc[auxiliary.i - 2].ent_type_ == "PER":
        # "Le ministre de l'Intérieur, Paul X, a «…» démenti": the name in apposition
        found = person_ending_at(doc, auxiliary.i - 2)
    return found


def _coordinated_infinitive(tok: Token) -> Token | None:
    """ "Elles veulent défendre leur place dans le collectif qui s'est formé et dénoncer
    «…»": only infinitives are coordinated, so an infinitive the parser hung on a finite
    verb or a participle (here of a relative clause) is the partner of the infinitive
    above them, whose subject it shares; None for a regular coordination."""
    if tok.dep_ != "conj" or tok.morph.get("VerbForm") != ["Inf"] \
            or tok.head.morph.get("VerbForm") == ["Inf"]:
        return None
    return next((a for a in tok.head.ancestors
                 if a.pos_ == "VERB" and a.morph.get("VerbForm") == ["Inf"]), None)


def _copula_subject(verb: Token) -> tuple[int, int] | None:
    """ "Ils ne sont plus que 52 % à souhaiter que …", "les riverains sont une majorité à
    penser que …": an à-infinitive hanging on the predicate of "être" (or on the figure
    the parse hung there) reports what the copula's subject thinks; the figure, whatever
    the parse made of it, is the predicate, not the speaker."""
    if verb.morph.get("VerbForm") != ["Inf"] \
            or not any(c.dep_ == "mark" and c.lower_ == "à" for c in verb.children):
        return None
    clause = verb.head
    if not any(c.dep_ == "cop" for c in clause.children) and clause.pos_ in ("NOUN", "NUM"):
        clause = clause.head
    if clause is verb or not any(c.dep_ == "cop" for c in clause.children):
        return None
    return _own_subject(clause, verb)


def _inverted_after_object_relative(verb: Token) -> tuple[int, int] | None:
    """ "C'est ce qu'affirment les économistes de l'institut, qui …", "les mots que
    prononce le ministre": in a relative clause opened by the object "que", the noun
    phrase after the verb is its inverted subject, whatever relation the parse gave it
    (often a second object); it ends at a comma or a relative clause of its own."""
    if any(c.dep_.startswith("nsubj") for c in verb.children) or not any(
            c.dep_ in ("obj", "dep") and c.i < verb.i and c.morph.get("PronType") == ["Rel"]
            and c.lower_ in grammar_words(QUE_WORD) for c in verb.children):
        return None
    # "ce que laissaient entendre les auteurs": the subject may hang on the infinitive
    heads = [verb] + [c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i]
    after = [c for h in heads for c in h.children if c.i > verb.i
             and c.dep_ in ("obj", "nsubj") and c.pos_ in ("NOUN", "PROPN")]
    if not after:
        return None
    noun, doc = after[0], verb.doc
    right = noun.i + 1
    while right <= noun.right_edge.i and not doc[right].is_punct \
            and doc[right].morph.get("PronType") != ["Rel"]:
        right += 1
    return noun.left_edge.i, right


def _own_subject(tok: Token, verb: Token) -> tuple[int, int] | None:
    """The subject dependents of `tok` as a token range, or None."""
    doc = tok.doc
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj")
                and c.i != verb.i and c.lower_ != "-t"]
    if any(is_clitic(c) for c in subjects):
        # An inverted clitic is the subject ("…, a-t-il promis"): a noun the parser also
        # hung on the verb belongs to the quoted clause before it.
        subjects = [c for c in subjects if is_clitic(c)]
    # A name before a resumptive pronoun wins ("X, a elle aussi estimé"); a noun before a
    # colon is a topic, not the subject ("Autre signe : 70 % des salariés jugent").
    subjects.sort(key=lambda c: (c.pos_ == "PRON", c.i < verb.i and any(
        t.text == ":" for t in doc[c.i + 1:verb.i])))
    for child in subjects:
        if child.morph.get("PronType") == ["Rel"]:
            return _relative_antecedent(child, tok)
        if child.pos_ == "PRON":
            return child.i, child.i + 1
        inserted = _inside_inserted_relative(doc, child, verb)
        if inserted is not None:
            return _relative_antecedent(inserted, inserted.head)
        left = child.left_edge.i
        while left < child.i and doc[left].is_punct:
            left += 1  # "À Paris, 300 marcheurs": the comma the parse hung on the subject
        left = glued_left(doc, left)
        right = child.right_edge.i + 1
        if right <= tok.i:
            # Up to the verb: names in apposition the parse attached elsewhere
            # ("La ministre des Sports Anne Roux avait estimé").
            right = tok.i
        left = _after_opening_participle(doc, left, right)
        named = _named_before_apposition(doc, left) \
            if not any(t.ent_type_ == "PER" for t in doc[left:right]) else None
        return (named, right) if named is not None else (left, right)
    return None


# How far back (tokens) a subject the parse took from an inserted relative clause looks
# for the ", qui" that opens it: a relative clause of a subject is short.
MAX_RELATIVE_TOKENS = 25



def _inside_inserted_relative(doc: Doc, subject: Token, verb: Token) -> Token | None:
    """ "L'Union X (UX), qui représente les artisans, appelle …": the parse may take a noun
    of the relative clause set off by commas for the verb's subject. Returns the relative
    pronoun when `subject` lies in such a clause closed by a comma before the verb."""
    if subject.i > verb.i or not any(t.text == "," for t in doc[subject.i + 1:verb.i]):
        return None
    s_start, _ = segmentation(doc).sentence(subject.idx)
    for j in range(subject.i - 1, max(subject.i - MAX_RELATIVE_TOKENS, 0), -1):
        t = doc[j]
        if t.idx < s_start or t.text in (",", ".", ";", ":"):
            return None
        if t.lower_ in grammar_words(RELATIVE) and t.morph.get("PronType") == ["Rel"] \
                and doc[j - 1].text == ",":
            return t
    return None


# Endings of a past participle the tagger may read as a noun at a sentence start
# ("Priée de s'expliquer, …", "Contactés, …").
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")


def _after_opening_participle(doc: Doc, left: int, right: int) -> int:
    """ "Interrogée sur ce point, la ministre a répondu": a sentence opening with a past
    participle and its complement, which the parse made the head of the subject; the
    subject starts after the comma that closes the participial phrase."""
    first = doc[left]
    s_start, _ = segmentation(doc).sentence(first.idx)
    if first.idx != s_start or not first.text[:1].isupper() or not (
            first.morph.get("VerbForm") == ["Part"] or first.lower_.endswith(PARTICIPLE_ENDINGS)):
        return left
    for i in range(left + 1, right - 1):
        if doc[i].text == ",":
            return i + 1 if doc[i + 1].pos_ in ("DET", "PROPN", "NOUN") else left
        if doc[i].text in (".", ";", ":"):
            break
    return left


def _named_before_apposition(doc, left: int) -> int | None:
    """ "Paul X, un des porte-voix du collectif, a dénoncé": the parse made the apposition the
    subject; the person named right before its comma is (first token of the name)."""
    if left < 2 or doc[left - 1].text != "," or doc[left - 2].ent_type_ != "PER":
        return None
    found = person_ending_at(doc, left - 2)
    return found[0] if found is not None else None


def _before_dashed_aside(doc: Doc, j: int) -> int:
    """ "Le cortège - fourni - avance": from a closing dash at token `j`, the word before
    the aside's opening dash (the aside is the subject's); `j` itself otherwise."""
    if doc[j].text not in DASHES or not doc[j].whitespace_ and j + 1 < len(doc):
        return j
    k = j - 1
    while k > 0 and doc[k].text not in DASHES and not doc[k].is_punct:
        k -= 1
    if k > 0 and k < j - 1 and doc[k].text in DASHES and doc[k - 1].pos_ in ("NOUN", "PROPN"):
        return k - 1
    return j


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
    j = _before_dashed_aside(doc, j)
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
    while k >= 0:
        opening = _opening_mark(doc, k) if doc[k].text in CLOSING_MARKS else None
        if opening is not None:
            k = opening - 1  # a label quoted in the apposition ("l'un des «gilets jaunes»")
            continue
        if doc[k].text in (",", ".", ";", ":", "«", "»", "“", "”", '"'):
            break
        k -= 1
    m = k - 1
    if k < 0 or doc[k].text != "," or m < 0 or doc[m].ent_type_ != "PER":
        return None
    return person_ending_at(doc, m)


CLOSING_MARKS = {"»": "«", "”": "“"}

# A quoted label inside an apposition is at most this many tokens long.
MAX_LABEL_TOKENS = 6


def _opening_mark(doc: Doc, closing: int) -> int | None:
    """The opening mark of a short quoted label ending at token `closing`."""
    mark = CLOSING_MARKS[doc[closing].text]
    for i in range(closing - 1, max(closing - MAX_LABEL_TOKENS - 1, -1), -1):
        if doc[i].text == mark:
            return i
        if doc[i].text in (",", ".", ";", ":"):
            return None
    return None


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
        left = verb.head.left_edge.i
        while left < verb.head.i and doc[left].dep_ == "case":
            left += 1  # "face aux sifflets des grévistes qui scandent": the chanters
        return glued_left(doc, left), pronoun.i
    j = pronoun.i - 1
    if j > 0 and doc[j].text == ",":
        j -= 1
    if j >= 0 and doc[j].pos_ in ("NOUN", "PROPN"):
        head = doc[j]
        while head.dep_ in ("flat:name", "flat") and head.head.i < head.i:
            head = head.head
        left = head.left_edge.i
        while left < head.i and doc[left].dep_ == "case":
            left += 1  # "lu par les témoins, qui affirment": the witnesses, not "par"
        return glued_left(doc, left), pronoun.i
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


def _absolute_clause_subject(tok: Token) -> tuple[int, int] | None:
    """ "L'État voisin a refusé la médiation, la diplomatie voisine faisant part de sa «…»":
    a present participle right after a noun phrase that opens after a comma with a
    determiner, and whose head can speak, has that phrase for subject (an absolute clause),
    not the main clause's subject."""
    if tok.morph.get("VerbForm") != ["Part"] or "Pres" not in tok.morph.get("Tense") \
            or tok.i < 3:
        return None
    doc = tok.doc
    head = tok.i - 1
    while head > 0 and doc[head].pos_ == "ADJ":
        head -= 1  # "la diplomatie locale"
    if doc[head].pos_ != "NOUN":
        return None
    start = head
    while start > 0 and doc[start - 1].pos_ in ("DET", "ADJ"):
        start -= 1
    if start == 0 or doc[start - 1].text != "," or doc[start].pos_ != "DET" \
            or not head_can_speak(doc[head]):
        return None
    return start, tok.i


# Prepositions of a passive's agent ("lancé par le syndicat").
_AGENT_PREPOSITIONS = ("par",)


def agentless_passive(verb: Token) -> bool:
    """ "Le mot d'ordre est lancé : …", "la question est posée : …": a passive reporting
    verb with no agent names no source; what follows its colon is the journalist's."""
    passive = any(c.dep_ == "aux:pass" for c in verb.children) or (
        verb.morph.get("VerbForm") == ["Part"] and any(
            c.dep_.startswith("aux") and c.lemma_ == "être" for c in verb.children))
    if not passive:
        return False
    return not any(c.dep_ == "obl:agent" or any(g.lower_ in _AGENT_PREPOSITIONS
                                                for g in c.children if g.dep_ == "case")
                   for c in verb.children)
