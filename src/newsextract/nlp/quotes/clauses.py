"""Where does a reported clause start and end?

From the parse when it gives the reporting verb a content clause (que/si-clause, de/à +
infinitive), else read off the word order, for when the parse fails: "a jugé que «le
scrutin reste ouvert»" parsed with the noun as the verb's object, "a annoncé que, en
2019, …" with the que as punctuation. French news writing is regular enough that the
clause can be read from the words right after the verb: que/qu', de/à + infinitive, or a
(perfect or negated) infinitive. The clause stops before a new main clause of the
journalist's (", alors que", ", tout en", a participial clause).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from newsextract.nlp.auxiliaries import PRESENT_PARTICIPLE, auxiliary_forms
from newsextract.nlp.grammar_words import (
    CLAUSE_OPENER,
    DEMONSTRATIVE_PRONOUN,
    OBJECT_CLITIC,
    PREPOSITION_A,
    PREPOSITION_DE,
    QUE_WORD,
    REFLEXIVE,
    STRESSED_PRONOUN,
    grammar_words,
)
from newsextract.nlp.negation import PARTICLE, VERB, negation_words
from newsextract.nlp.participants.descriptions import head_can_speak
from newsextract.nlp.quotes.lexicon import (
    finite_verb,
    is_infinitive,
    is_present_participle,
    opens_gerund,
    perfect_infinitive,
    reporting_lemma,
    word_set,
)
from newsextract.nlp.quotes.selon_sources import in_date
from newsextract.resources import read_tsv

# Tokens of a short adverbial ("avant la séance") between a verb and a que the parser
# hung on the complement.
MAX_MISPARSED_QUE_GAP = 7
# Tokens of an adverbial set between commas after the verb and before its infinitive
# clause ("a annoncé, mardi soir, vouloir …", "appelle, sur son blog, à voter …").
MAX_INSERTED_ADVERBIAL = 10
# Tokens after a comma searched for the finite verb of a new main clause (its subject and
# the verb: ", le président du conseil régional a indiqué").
MAX_SUBJECT_BEFORE_VERB = 12


FINITE, INFINITIVE, NEGATION = "finite", "infinitive", "negation"


# At most this many tokens of a complement ("à l'AFP", "dans un autre amendement") may
# separate the verb from its clause.
MAX_INTERVENING = 5


@lru_cache(maxsize=1)
def introducers() -> dict[str, str]:
    """Clause-opening word (lowercase) -> finite | infinitive | negation."""
    return {row[0].lower(): row[1] for row in read_tsv("quotes_clause_introducers.tsv")
            if len(row) > 1}


def past_opening_marks(doc: Doc, i: int, limit: int) -> int:
    """The first token from `i` that is no quotation mark: de/à may stand before the mark
    opening its infinitive ("a appelé les élus à «ouvrir le débat» sur …")."""
    while i < limit - 1 and doc[i].is_quote:
        i += 1
    return i


def _skippable(tok: Token) -> bool:
    """Words between a verb and its clause: adverbs ("aussitôt", "également"), inverted
    subject clitics ("a-t-il estimé que") and a stressed pronoun repeating the subject."""
    return tok.pos_ == "ADV" and introducers().get(tok.lower_) != NEGATION \
        or tok.text.startswith("-") or tok.dep_ == "fixed" or stresses_subject(tok)


def stresses_subject(tok: Token) -> bool:
    """A stressed pronoun after the verb that repeats its subject, followed by an adverb or
    "-même" ("a déclaré lui aussi qu'il viendrait", "disent eux-mêmes ne pas savoir",
    "affirme elle également être partie"): no object, the clause comes after it."""
    if tok.lower_ not in grammar_words(STRESSED_PRONOUN) or tok.i + 1 >= len(tok.doc):
        return False
    nxt = tok.doc[tok.i + 1]
    return nxt.pos_ == "ADV" or nxt.lower_.startswith("-même")


def _short_complement_end(doc: Doc, i: int, limit: int) -> int:
    """End of a short prepositional complement at token i ("à l'AFP", "dans un
    amendement"), or i when there is none: no verb, no punctuation, few words."""
    if doc[i].pos_ != "ADP" or doc[i].lower_ in introducers():
        return i
    j = i + 1
    while j < limit and j - i <= MAX_INTERVENING and doc[j].pos_ in ("DET", "NOUN", "PROPN",
                                                                       "ADJ", "NUM"):
        j += 1
    return j if j > i + 1 else i


# Tokens of the direct object between a verb and its infinitive ("a appelé les élus de
# la majorité à …"): a noun phrase with its complements, no verb.
MAX_OBJECT_TOKENS = 8


def _object_end(doc: Doc, i: int, limit: int) -> int:
    """After the direct object starting at token i ("les riverains", "ses adhérents du
    Nord", a quoted label: "les «bonnets rouges»"), when de/à + infinitive follows it, maybe
    past an adverbial between commas: the de/à or that comma; else i. The parse often hangs the
    infinitive on the noun ("les riverains à venir" as a noun's complement)."""
    if i >= limit or doc[i].pos_ != "DET":
        return i
    for j in range(i + 1, min(limit - 1, i + MAX_OBJECT_TOKENS)):
        t = doc[j]
        if introducers().get(t.lower_) == INFINITIVE and j > i + 1 \
                and (doc[j - 1].pos_ in ("NOUN", "PROPN", "ADJ") or doc[j - 1].is_quote) \
                and is_infinitive(doc[past_opening_marks(doc, j + 1, limit)]):
            return j
        if t.text == "," and j > i + 1 and past_inserted_adverbial(doc, j, limit) > j:
            return j  # "appelle ses «troupes», sur son blog, à voter"
        if t.pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "ADP", "NUM") and not t.is_quote:
            return i
    return i


def past_inserted_adverbial(doc: Doc, i: int, limit: int) -> int:
    """After an adverbial between commas at token i (", lundi soir,", ", sur son blog,",
    ", eux,"), when de/à or an infinitive follows it: the token after the second comma;
    else i. The adverbial holds no verb, quotation mark nor other punctuation."""
    if i >= limit or doc[i].text != ",":
        return i
    for j in range(i + 1, min(limit - 1, i + 2 + MAX_INSERTED_ADVERBIAL)):
        t = doc[j]
        if t.text == ",":
            nxt = doc[j + 1]
            opens = introducers().get(nxt.lower_) in (INFINITIVE, NEGATION) or is_infinitive(nxt)
            return j + 1 if j > i + 1 and opens else i
        if t.is_punct or t.is_quote or finite_verb(t) or is_infinitive(t):
            return i
    return i


def bare_infinitive_is_content(verb: Token) -> bool:
    """An ambiguous reporting verb whose bare infinitive is its content ("a annoncé
    vouloir partir"), `quotes_bare_infinitive_verbs.txt`."""
    return reporting_lemma(verb) in word_set("quotes_bare_infinitive_verbs.txt")


def word_order_clause_start(doc: Doc, verb: Token, ambiguous: bool, limit: int) -> int | None:
    """First token of the content clause that follows `verb`, or None.

    que/qu' opens a finite clause (unless it is a relative pronoun, parsed as an object);
    de/à + infinitive and a negated infinitive open an infinitive clause; a bare infinitive
    counts only after a verb that is not ambiguous ("a dit être", not "a annoncé vouloir"),
    or when it is perfect ("a annoncé avoir clos").
    """
    i = verb.i + 1
    while i < limit and _skippable(doc[i]):
        i += 1
    if i < limit and doc[i].pos_ == "ADP":
        i = _short_complement_end(doc, i, limit)
    if i + 1 < limit and doc[i].morph.get("Poss") == ["Yes"] and doc[i + 1].pos_ == "NOUN":
        # "a exprimé sa volonté de réformer", "annonçant son intention de rejoindre"
        i += 2
    elif reporting_lemma(verb) in word_set("quotes_object_infinitive_verbs.txt"):
        i = _object_end(doc, i, limit)  # "invite les riverains à venir"
    i = past_inserted_adverbial(doc, i, limit)  # "a annoncé, mardi, avoir signé"
    if i >= limit:
        return None
    tok = doc[i]
    if opens_a_ce_que(doc, i, limit) \
            and reporting_lemma(verb) in word_set("quotes_object_infinitive_verbs.txt"):
        # "a demandé à ce que les salaires soient revalorisés": a request verb's content;
        # "réagit à ce qu'elle appelle …" is a free relative, no content
        return i
    kind = introducers().get(tok.lower_)
    if kind == FINITE:
        return i if tok.dep_ != "obj" else None
    if kind == INFINITIVE:
        j = past_opening_marks(doc, i + 1, limit)  # "à «ouvrir le débat» sur …"
        while j < limit and doc[j].pos_ == "PRON" and doc[j].lower_ in grammar_words(OBJECT_CLITIC):
            j += 1  # "à s'imposer", "de le dire"
        return i if j < limit and is_infinitive(doc[j]) else None
    start = i
    while i < limit and (introducers().get(doc[i].lower_) == NEGATION
                         or (doc[i].pos_ == "ADV" and i > start)):
        i += 1
    if i >= limit or not is_infinitive(doc[i]):
        return None
    perfect = doc[i].pos_ == "AUX" and i + 1 < limit \
        and doc[i + 1].pos_ in ("VERB", "AUX", "ADJ")
    if ambiguous and not (perfect or start < i):
        return None
    return start


def opens_a_ce_que(doc: Doc, i: int, limit: int) -> bool:
    """ "à ce que" / "à ce qu'" at token `i`: the que-clause of "demander à ce que",
    "appeler à ce que", a content clause behind a demonstrative."""
    return i + 2 < limit and doc[i].lower_ in grammar_words(PREPOSITION_A) \
        and doc[i + 1].lower_ in grammar_words(DEMONSTRATIVE_PRONOUN) \
        and doc[i + 2].lower_ in grammar_words(QUE_WORD)


def opens_main_clause(doc: Doc, comma: int, start: int, limit: int) -> bool:
    """True when the comma at token `comma` ends a content clause that began at `start`
    because a new clause of the journalist's follows it: its own subject and finite verb
    (", le président a indiqué que"). Not after a clause that has no verb yet ("que, dès
    2030, la taxe disparaîtra"), not before a relative ("…», ce qui «rend…»")."""
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[start:comma]):
        return False  # the clause's own verb may be its first word ("rester ferme, …")
    for j in range(comma + 1, min(limit, comma + MAX_SUBJECT_BEFORE_VERB)):
        t = doc[j]
        if t.is_punct or t.morph.get("PronType") == ["Rel"]:
            return False
        if finite_verb(t):
            head = t if t.dep_ not in ("aux", "aux:tense", "aux:pass", "cop") else t.head
            return any(c.dep_ in ("nsubj", "nsubj:pass") and comma < c.i < t.i
                       and c.morph.get("PronType") != ["Rel"] for c in head.children)
    return False


def opens_coordinated_clause(doc: Doc, coordinator: int, limit: int) -> bool:
    """After a coordinator ("mais"), a clause with a subject of its own: nouns or a subject
    pronoun, then a finite verb, before any punctuation ("mais beaucoup d'élus restent
    sceptiques"); not a second content clause ("mais que …") nor a bare predicate ("mais
    reste prudent", whose subject is the reported clause's)."""
    nxt = coordinator + 1
    if nxt >= limit or doc[nxt].lower_ in grammar_words(CLAUSE_OPENER):
        return False
    subject = False
    for t in doc[nxt:min(limit, nxt + MAX_SUBJECT_BEFORE_VERB)]:
        if t.is_quote:
            continue  # a quoted label in the subject ("mais bien des «blouses grises» pensent")
        if t.is_punct or t.morph.get("PronType") == ["Rel"]:
            return False
        if finite_verb(t):
            return subject
        if t.pos_ in ("NOUN", "PROPN") or (t.pos_ == "PRON" and t.dep_.startswith("nsubj")):
            subject = True
    return False


def complement(doc: Doc, verb, ambiguous: bool, limit: int
               ) -> tuple[int, int] | None:
    """Token range of the verb's content clause: que/si-clause, or an infinitive (for
    ambiguous verbs only a perfect or negated one: "a annoncé avoir clos", not "a
    annoncé vouloir", or one introduced by de/à: "a proposé de verser"). Topic and
    question clauses ("expliquer pourquoi") are none. When the parse gives the verb no
    clause, the clause is read off the word order (see clauses.py) and runs to
    the end of the sentence or to a new clause of the journalist's."""
    ambiguous = ambiguous and not bare_infinitive_is_content(verb)
    after_colon = colon_clause(doc, verb, limit)
    if after_colon is not None:
        return after_colon
    if restricted_by_ne_que(doc, verb):
        return None  # "n'a concédé que des broutilles": an object, no que-clause
    attribute = quoted_attribute_clause(doc, verb, limit) or attribute_clause(doc, verb, limit)
    if attribute is not None:
        return attribute
    noun_clause = content_noun_clause(doc, verb, limit)
    for child in verb.children:
        if child.i < verb.i:
            continue
        if noun_clause is not None and noun_clause[0] < child.left_edge.i:
            # "a insisté sur le fait que X était «…» à refuser": the parse hung the end of
            # the que-clause on the verb; the clause after the content noun comes first
            return noun_clause
        is_clause = child.dep_ == "ccomp"
        is_inf = child.dep_ == "xcomp" and child.morph.get("VerbForm") == ["Inf"] \
            and child.pos_ in ("VERB", "AUX")
        if child.dep_ == "xcomp" and child.pos_ == "VERB" and perfect_infinitive(child):
            is_inf = True
            ambiguous = ambiguous and not perfect_infinitive(child)
        marks = [c for c in child.children if c.dep_ == "mark" and c.i > verb.i]
        if is_inf and marks:
            if any(introducers().get(m.lower_) != INFINITIVE for m in marks):
                continue  # "ajoute-t-il pour justifier …": a purpose adjunct, no content
            ambiguous = False  # "a proposé de verser", "l'a poussée à rembourser"
        if not (is_clause or (is_inf and not ambiguous)):
            continue
        left = child.left_edge.i
        if left <= verb.i:
            left = verb.i + 1
        while left < child.i and stresses_subject(doc[left]):
            # "a déclaré lui aussi qu'…": the pronoun and its adverb are not the clause
            left += 1
            while left < child.i and _skippable(doc[left]):
                left += 1
        first = doc[left]
        if first.lower_ in word_set("quotes_clause_words.txt"):
            return None
        if is_clause and first.lower_ not in ("que", "qu'", "qu’", "si", "s'") \
                and not any(t.text == ":" for t in doc[verb.i:left]):
            continue
        if is_clause and left > verb.i + 1 and relative_on_an_object(verb, doc[left - 1]) \
                and not any(c.dep_ == "obj" for c in child.children) \
                and doc[left - 1].lemma_.lower() not in word_set("quotes_content_nouns.txt"):
            return None  # "a répondu aux courriers que les habitants envoient": relative
        end = child.right_edge.i + 1
        if is_clause and head_continues_clause(doc, verb, end, limit):
            end = limit
        if is_clause and not any(finite_verb(t) for t in doc[left:end]):
            # "que le trajet pour aller à la gare avait été …" parsed with the infinitive
            # as the clause: a que-clause has a finite verb, and runs on to it
            end = limit
        return left, clause_end(doc, left, end)
    misparsed = misparsed_que_clause(doc, verb, limit) or noun_clause
    if misparsed is not None:
        return misparsed
    left = word_order_clause_start(doc, verb, ambiguous, limit)
    if left is None:
        return None
    return left, clause_end(doc, left, limit)


def head_continues_clause(doc: Doc, verb: Token, end: int, limit: int) -> bool:
    """The que-clause the parse gave ends right before a finite verb with no subject nor
    punctuation between, attached to the reporting verb or made its head ("a annoncé que
    son film J'attends la mer sera visible": the title's "attends" read as the clause's
    verb, "sera disponible" as the main clause or an adverbial of "annoncé"): that verb is
    the clause's own predicate, and the clause goes on over it."""
    if end >= limit or not finite_verb(doc[end]):
        return False
    predicate = doc[end] if doc[end].dep_ not in ("aux", "aux:tense", "aux:pass", "cop") \
        else doc[end].head
    return predicate.i == verb.head.i or predicate.head.i == verb.i


# Tokens between a verb and the "que" of "ne … que" ("n'a pour l'heure cédé que …").
MAX_RESTRICTIVE_GAP = 4


def restricted_by_ne_que(doc: Doc, verb: Token) -> bool:
    """ "Il n'a lâché que des promesses", "elle ne demande que ça": a bare "ne" on the
    verb or its auxiliary, no second negation word, and "que" right after the verb: a
    restriction of its object, not a content clause."""
    negation = negation_words(VERB)
    particles = negation_words(PARTICLE)
    heads = [verb] + [c for c in verb.children if c.dep_.startswith("aux")]
    words = [c.lower_ for h in heads for c in h.children]
    if not any(w in particles for w in words) \
            or any(w in negation and w not in particles for w in words):
        return False
    for t in doc[verb.i + 1:min(len(doc), verb.i + 1 + MAX_RESTRICTIVE_GAP)]:
        if t.lower_ in grammar_words(QUE_WORD):
            return True
        if t.pos_ in ("VERB", "AUX", "PUNCT", "SCONJ", "CCONJ"):
            return False
    return False


# Tokens of the longest quoted attribute ("se disant «très inquiet»") before its clause.
MAX_ATTRIBUTE_TOKENS = 8


def quoted_attribute_clause(doc: Doc, verb: Token, limit: int) -> tuple[int, int] | None:
    """ "se disant «sidérée» qu'on puisse le croire", "s'est déclaré «prêt» à discuter": a
    reflexive speech verb (`quotes_attribute_verbs.txt`) with a quoted attribute, then a
    que- or de/à-clause: the subject's own word opens the reported clause, which runs from
    the opening mark (a mixed record)."""
    if not _reflexive_attribute_verb(doc, verb):
        return None
    opening = verb.i + 1
    if opening >= limit or not doc[opening].is_quote:
        return None
    closing = next((k for k in range(opening + 1, min(limit, opening + MAX_ATTRIBUTE_TOKENS))
                    if doc[k].is_quote), None)
    if closing is None or closing + 2 >= limit:
        return None
    kind = introducers().get(doc[closing + 1].lower_)
    if kind not in (FINITE, INFINITIVE):
        return None
    return opening, clause_end(doc, opening, limit)


# Tokens between a reflexive speech verb and its unquoted attribute: adverbs and a day
# ("s'est dit mercredi soir prêt à …", "se déclare aujourd'hui très favorable à …").
MAX_BEFORE_ATTRIBUTE = 4


def attribute_clause(doc: Doc, verb: Token, limit: int) -> tuple[int, int] | None:
    """ "s'est dit prêt à recevoir les syndicats", "se déclare favorable à une baisse",
    "se dit convaincue que …": a reflexive speech verb (`quotes_attribute_verbs.txt`) whose
    attribute, an adjective or participle with a complement in à/de or que, is what the
    subject said of itself: the reported clause runs from the attribute. A bare attribute
    ("s'est dit surpris") states no content; an attribute followed by quoted pieces ("se
    dit sûr de gagner «par le travail»") leaves them to the fragments."""
    if not _reflexive_attribute_verb(doc, verb):
        return None
    i = verb.i + 1
    while i < limit and i <= verb.i + MAX_BEFORE_ATTRIBUTE and (
            _skippable(doc[i]) or in_date(doc, i)):
        i += 1  # "s'est dit mercredi ouvert à …"
    if i + 1 >= limit or doc[i].pos_ not in ("ADJ", "VERB") \
            or (doc[i].pos_ == "VERB" and doc[i].morph.get("VerbForm") != ["Part"]):
        return None
    nxt = doc[i + 1]
    if not any(nxt.lower_ in grammar_words(kind)
               for kind in (PREPOSITION_A, PREPOSITION_DE, QUE_WORD)):
        return None  # "se disent excédés par …", "intéressés par …": a state, no content
    end = clause_end(doc, i, limit)
    if any(t.is_quote for t in doc[i:end]):
        return None  # quoted pieces after the attribute are fragments of their own
    return i, end


def _reflexive_attribute_verb(doc: Doc, verb: Token) -> bool:
    """A speech verb of `quotes_attribute_verbs.txt` with its reflexive pronoun ("s'est
    dit", "se déclare")."""
    reflexive = grammar_words(REFLEXIVE)
    return verb.lemma_.lower() in word_set("quotes_attribute_verbs.txt") \
        and any(t.lower_ in reflexive for t in doc[max(0, verb.i - 2):verb.i])


# Tokens of an inverted subject between its cue and a colon ("rappelle le délégué
# syndical :").
MAX_INVERTED_SUBJECT = 8
# Words of a verbless statement after "«…», rappelle X :" ("au moins 300 postes en dix ans").
MIN_VERBLESS_WORDS = 4


def after_closing_quote(doc: Doc, verb) -> bool:
    """The verb opens an inverted cue right after a quote: "«…», rappelle X"."""
    k = verb.i - 1
    while k >= 0 and (doc[k].pos_ == "AUX" or doc[k].is_space):
        k -= 1
    return k >= 1 and doc[k].text == "," and doc[k - 1].is_quote


def inverted_colon_subject(doc: Doc, verb, clause: tuple[int, int]) -> tuple[int, int] | None:
    """ "«…», rappelle la syndicaliste X : …": the inverted subject between the cue and the
    colon that opens its clause, or None for any other clause."""
    colon = clause[0] - 1
    while colon > verb.i and doc[colon].is_space:
        colon -= 1
    if not after_closing_quote(doc, verb) or doc[colon].text != ":" or colon <= verb.i + 1:
        return None
    end = colon
    while end > verb.i + 1 and doc[end - 1].is_space:
        end -= 1
    return verb.i + 1, end


def colon_clause(doc: Doc, verb, limit: int) -> tuple[int, int] | None:
    """ "X l'assure : si A, B.", "Il l'a annoncé : les travaux reprendront.": a colon right
    after the verb opens its content, which runs to the end of the sentence (the
    journalist's clause ended at the colon) when it has a verb and opens with no quote."""
    colon = verb.i + 1
    inverted = after_closing_quote(doc, verb)
    if inverted:  # "«…», rappelle le syndicaliste : …": past the inverted subject
        while colon < min(limit, verb.i + 1 + MAX_INVERTED_SUBJECT) \
                and doc[colon].text != ":" and not doc[colon].is_punct:
            colon += 1
    while colon < limit and doc[colon].is_space:
        colon += 1  # a thin space before the colon
    if colon + 1 >= limit or doc[colon].text != ":":
        return None
    rest = doc[colon + 1:limit]
    if rest[0].is_quote or rest[0].text in ("«", "“", '"'):
        return None
    if not any(t.pos_ in ("VERB", "AUX") for t in rest) and not (
            inverted and len([t for t in rest if t.is_alpha]) >= MIN_VERBLESS_WORDS):
        # after a quote and its cue, a verbless account goes on (": 300 postes en dix ans")
        return None
    end = limit
    while end > colon + 1 and doc[end - 1].is_punct:
        end -= 1
    return (colon + 1, end) if end > colon + 1 else None


def content_noun_clause(doc: Doc, verb: Token, limit: int) -> tuple[int, int] | None:
    """ "a dénoncé le fait que la mairie …", "a noté un retard, puis le fait que le devis
    …": the object (or a conjunct of it) is a noun that only announces its que-clause
    (`quotes_content_nouns.txt`); the clause is what is reported."""
    nouns = word_set("quotes_content_nouns.txt")
    # the object, or a prepositional argument ("a insisté sur le fait que …")
    objects = [c for c in verb.children if c.dep_ in ("obj", "obl:arg") and c.i > verb.i]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    for noun in objects:
        que = noun.i + 1
        if noun.lemma_.lower() in nouns and que + 1 < limit \
                and introducers().get(doc[que].lower_) == FINITE:
            return que, clause_end(doc, que, limit)
    return None


def misparsed_que_clause(doc: Doc, verb, limit: int) -> tuple[int, int] | None:
    """ "a rappelé avant la séance que …": a que the parser hung on the complement as a
    relative pronoun. Taken when only a short adverbial separates it from the verb."""
    for i in range(verb.i + 1, min(len(doc), verb.i + MAX_MISPARSED_QUE_GAP)):
        t = doc[i]
        if t.lower_ in grammar_words(QUE_WORD):
            if not t.head.dep_.startswith("acl"):
                return None
            if _on_adverbial(t.head, verb):
                # the parse of the whole clause is off: it runs to the sentence's end
                return i, clause_end(doc, i, limit)
            if t.dep_ != "obj":
                return None
            clause_verb = t.head
            if relative_on_an_object(verb, doc[i - 1]):
                return None  # "répondre aux lettres qu'elle reçoit": a true relative
            return i, clause_end(doc, i, clause_verb.right_edge.i + 1)
        if t.pos_ in ("VERB", "AUX", "PUNCT", "PRON", "SCONJ", "CCONJ"):
            return None
    return None


def relative_on_an_object(verb: Token, noun: Token) -> bool:
    """The noun a que-clause hangs on is the reporting verb's object, or inside it, and
    names no one who could be told ("a dénoncé les violences que subissent les
    commerçants"): the que is a relative pronoun, not a misparsed completive, which
    follows an adverbial ("a rappelé avant la séance que") or an addressee ("a rappelé
    aux élus que")."""
    if noun.pos_ != "NOUN" or (head_can_speak(noun) and noun.lemma_.lower()
                                not in word_set("quotes_document_nouns.txt")):
        return False  # a document is not told anything: "aux lettres qu'elle reçoit"
    tok = noun
    for _ in range(MAX_OBJECT_CLIMB):
        if tok.head == verb:  # the direct object, or the à-object ("répondre aux lettres")
            cases = [c.lower_ for c in tok.children if c.dep_ == "case"]
            return (tok.dep_ == "obj" and not cases) or (
                tok.dep_ in ("obl:arg", "iobj") and len(cases) == 1
                and cases[0] in grammar_words(PREPOSITION_A))
        if tok.dep_ != "nmod" or tok.head is tok:
            return False
        tok = tok.head
    return False


# Noun complements climbed from the noun of a relative clause to the verb's object
# ("répondre aux centaines de lettres qu'…").
MAX_OBJECT_CLIMB = 3


def _on_adverbial(clause_verb: Token, verb: Token) -> bool:
    """The relative clause the parse saw hangs on an adverbial of the reporting verb ("a
    annoncé samedi qu'il partait", "samedi" taken as the antecedent): a time or place
    noun modifying the verb has no relative clause there, the que opens the content."""
    noun = clause_verb.head
    return noun.dep_ == "obl:mod" and noun.head == verb


# Tokens of the subject of an absolute participial clause (", l'un des élus ayant …").
MAX_ABSOLUTE_SUBJECT = 6


def opens_absolute_clause(doc: Doc, comma: int, end: int) -> bool:
    """The comma opens an absolute participial clause with a subject of its own (", l'un
    d'eux ayant été blessé", ", le train étant bloqué"): the journalist's circumstance,
    not the reported content."""
    if comma + 1 >= end:
        return False
    first = doc[comma + 1]
    if first.pos_ not in ("DET", "PRON", "NUM") or first.morph.get("PronType") == ["Rel"]:
        return False  # ", dont 21 ayant été blessés" qualifies a noun of the clause
    for j in range(comma + 2, min(end, comma + 2 + MAX_ABSOLUTE_SUBJECT)):
        t = doc[j]
        if is_present_participle(t) or t.lower_ in auxiliary_forms(kinds=(PRESENT_PARTICIPLE,)):
            return True
        if t.pos_ in ("VERB", "AUX") or t.is_punct and t.text not in ("'", "’", "-"):
            return False
    return False


def opens_unquoted_relative(doc: Doc, comma: int, start: int, end: int) -> bool:
    """The comma opens a relative clause on the last noun (", qui menacent de …") that
    holds no quoted words while the clause before it, verb included, does: the
    journalist's gloss on that noun ends someone's partly quoted words. A relative inside
    the clause's subject ("que le «collectif», qui …, a …") comes before its verb."""
    nxt = doc[comma + 1]
    return nxt.lower_ in ("qui", "dont", "où") \
        and any(t.is_quote for t in doc[start:comma]) \
        and any(finite_verb(t) for t in doc[start:comma]) \
        and not any(t.is_quote for t in doc[comma + 1:end])


def clause_end(doc: Doc, start: int, end: int) -> int:
    """The content clause stops before a comma that opens a new clause of the
    journalist's: a connective (", alors que", ", tout en") or a participial clause
    (", faisant son mea culpa"); or before "mais" + a clause with its own subject."""
    coordinators = word_set("quotes_clause_coordinators.txt")
    for i in range(start + 1, end - 1):
        if doc[i].lower_ in coordinators and opens_coordinated_clause(doc, i, end):
            return i  # "… d'agir vite mais les syndicats restent méfiants"
        if opens_gerund(doc, i):
            # "… tout en ajoutant que", "… en affirmant": a new clause even without comma.
            return i - 1 if doc[i - 1].lower_ in word_set("quotes_clause_breaks.txt") else i
        if doc[i].text != ",":
            continue
        nxt = doc[i + 1]
        if nxt.lower_ in negation_words(VERB) and i + 2 < end:
            nxt = doc[i + 2]  # ", n'hésitant pas à"
        if nxt.lower_ in word_set("quotes_clause_breaks.txt") or is_present_participle(nxt) \
                or opens_main_clause(doc, i, start, end) or opens_absolute_clause(doc, i, end) \
                or opens_unquoted_relative(doc, i, start, end):
            return i
    return end


# Tokens of a relative clause's subject and auxiliaries between "que" and its verb ("que
# les délégués du personnel ont").
MAX_RELATIVE_SUBJECT = 6

def relative_gaps_infinitive(doc: Doc, verb: Token, clause: tuple[int, int]) -> bool:
    """The reporting verb sits in an object relative ("la taxe que le collectif appelle à
    supprimer", "la prime qu'il a promis de verser"): "que" is the object of the
    infinitive (a verb reporting an infinitive takes no object of its own), so the clause
    lacks its content and reports nothing."""
    first = doc[clause[0]]
    if introducers().get(first.lower_) != INFINITIVE and not is_infinitive(first):
        return False  # a que-clause is complete: "l'avis qu'il a rendu que …" is rare
    for k in range(verb.i - 1, max(verb.i - 1 - MAX_RELATIVE_SUBJECT, 0), -1):
        tok = doc[k]
        if tok.lower_ in grammar_words(QUE_WORD):
            before = doc[k - 1]
            return before.pos_ in ("NOUN", "PROPN") \
                or before.lower_ in grammar_words(DEMONSTRATIVE_PRONOUN)  # "ce que X appelle"
        if tok.is_punct or tok.pos_ in ("VERB", "SCONJ", "CCONJ", "ADP"):
            return False
    return False
