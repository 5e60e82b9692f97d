"""Is there a reporting clause here, and what is its subject?

An inverted or inserted reporting clause after a quote or a comma ("», a déclaré X",
", a-t-il ajouté", ", explique X, directeur", "», note un proche" with a present tense the
tagger read as a noun), an impersonal one ("», entend-on", "a-t-on appris de source
policière"), and the subject noun phrase after an inverted verb.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsextract.nlp.entities.lexicons import honorifics
from newsextract.nlp.grammar_words import (
    OBJECT_CLITIC,
    PREPOSITION_DE,
    REFLEXIVE,
    RELATIVE,
    STRESSED_PRONOUN,
    grammar_words,
)
from newsextract.nlp.participants.descriptions import (
    head_can_speak,
    head_can_speak_here,
    head_noun,
)
from newsextract.nlp.participants.groups import quantified_group_at
from newsextract.nlp.participants.lexicon import names_organisation, names_person
from newsextract.nlp.participants.mentions import noun_phrase_end, np_start_governed
from newsextract.nlp.quotes.banners import banner_nouns
from newsextract.nlp.quotes.lexicon import (
    auxiliary_lemmas,
    is_negated,
    is_present_participle,
    opens_gerund,
    reporting_lemma,
    reporting_lexicon,
    unlemmatised_er,
    word_set,
)
from newsextract.nlp.quotes.mentions import (
    is_bare_hyphen,
    is_clitic,
    names_person_start,
    one_of_phrase,
    points_to_last_source,
)
from newsextract.nlp.quotes.quoted_heads import label_end
from newsextract.nlp.quotes.readings import ON_PLACE_LEAD, document_read_in, past_on_lead

# the endings of -er past participles, the only reporting participles a misspelt auxiliary
# is read before ("à indiqué", "à précisée")
from newsextract.nlp.quotes.subjects import PARTICIPLE_ENDINGS
from newsextract.resources import read_lines, read_tsv

# Tokens (auxiliaries, clitics, adverbs, fillers) that may precede the verb of an inverted cue.
MAX_CUE_LEAD = 7



def impersonal_cue(doc: Doc, i: int, limit: int) -> Cue | None:
    """ "«…», entend-on", "lit-on sur une pancarte": any verb inverted with "on" after a
    quote reports words of nobody named (chants, slogans); the cue keeps the quote from
    inheriting the previous speaker. An object clitic may come first ("l'entend-on
    crier")."""
    start = i
    if object_clitic_before_verb(doc, i, limit):
        i += 1
    if i + 1 >= limit:
        return None
    t_on = i + 2 < limit and doc[i + 1].lower_ == "-t" and doc[i + 2].lower_ == "-on"
    if doc[i + 1].lower_ not in ("-on", "-t-on") and not t_on:
        return None
    reading = reading_verbs()
    if doc[i].pos_ not in ("VERB", "AUX") and doc[i].lower_ not in reading:
        return None  # "lit-on" tagged as the noun "lit" is still the verb
    pronoun = doc[i + 1] if doc[i + 1].lower_ != "-t" else doc[i + 2]
    heard = heard_among(doc, pronoun.i + 1, limit)
    if heard is not None:
        # "«…», pouvait-on entendre dans un cortège de manifestants": the group heard speaks
        verb = next((t for t in doc[pronoun.i + 1:heard[0]]
                     if t.morph.get("VerbForm") == ["Inf"]), doc[i])  # "pouvait-on entendre"
        return Cue(verb, verb.lemma_.lower(), start, heard[1], heard, None)
    verb = next((t for t in doc[pronoun.i + 1:min(limit, pronoun.i + 1 + ON_PLACE_LEAD)]
                 if t.morph.get("VerbForm") == ["Inf"]), doc[i])  # "peut-on lire"
    read = reading.get(verb.lower_) or reading.get(verb.lemma_.lower())
    written = document_read_in(doc, pronoun.i + 1, limit) if read is not None else None
    if written is not None:
        # "«…», peut-on lire dans le communiqué de la préfecture": its author speaks
        return Cue(verb, read, start, pronoun.i + 1, written, None)
    return Cue(doc[i], doc[i].lemma_.lower(), start, pronoun.i + 1, None, pronoun)


@lru_cache(maxsize=1)
def reading_verbs() -> dict[str, str]:
    """Forms of the verbs of reading written words, to their infinitive
    (`quotes_reading_verbs.tsv`)."""
    return {row[0]: row[1] for row in read_tsv("quotes_reading_verbs.tsv") if len(row) > 1}


# Tokens of that place's noun phrase read for the people noun ("un cortège de plusieurs
# milliers de manifestants").
HEARD_GROUP_REACH = 8


def heard_among(doc: Doc, k: int, limit: int) -> tuple[int, int] | None:
    """The group of people an impersonal cue locates the words among, "pouvait-on entendre
    dans un cortège de cheminots", "entend-on parmi les grévistes": token range of the
    people noun (`quotes_place_prepositions.txt` then a quantified group or a plural
    people noun), else None ("lit-on dans le rapport" names nobody who speaks)."""
    j = past_on_lead(doc, k, limit)
    if j >= limit or doc[j].lower_ not in word_set("quotes_heard_prepositions.txt"):
        return None
    for n in range(j + 1, min(limit, j + 1 + HEARD_GROUP_REACH)):
        tok = doc[n]
        if tok.text in ",.;:«»\"" or tok.pos_ in ("VERB", "AUX", "PRON"):
            return None
        people = quantified_group_at(doc, n)
        if people is None and tok.pos_ == "NOUN" and tok.morph.get("Number") == ["Plur"] \
                and names_person(tok.text, tok.lemma_):
            people = n
        if people is not None and people < limit:
            return people, people + 1
    return None


@dataclass(frozen=True)
class Cue:
    """A reporting clause: its verb and the tokens it spans."""

    verb: Token
    lemma: str | None  # None: words announced by a noun ("la phrase de X : «…»")
    start: int  # first token of the clause
    end: int  # token after the clause (after its subject)
    subject: tuple[int, int] | None  # token range of the subject mention, if any
    pronoun: Token | None  # subject clitic ("-t-il", "a-t-elle")
    # the subject is the author of words a noun names ("la phrase de X : «…»"), someone
    # the clause's own speaker speaks of: `floor` does not read it back to the last speaker
    author_apart: bool = False


def inverted_cue(doc: Doc, i: int, limit: int, date_tokens: frozenset[int],
                 require_inversion: bool = False) -> Cue | None:
    """An inverted reporting clause starting at token `i` ("a déclaré X", "a-t-il ajouté",
    "explique X, directeur", "s'est interrogée la ministre"), within tokens [i, limit).

    `require_inversion`: away from a quotation mark, only clear inversions count (an
    auxiliary or a clitic: "a précisé la gendarmerie", or a name right after the verb), so
    that "…, estimant que" or "…, soutient la polémiste" are not read as cues.
    """
    fillers = word_set("quotes_cue_fillers.txt")
    j = i
    pronoun: Token | None = None
    auxiliary = False
    while j < limit and j < i + MAX_CUE_LEAD:
        t = doc[j]
        if is_bare_hyphen(t):
            j += 1
            continue
        if is_clitic(t):
            if t.lower_.lstrip("-") != "t":
                pronoun = t
            auxiliary = True
            j += 1
            continue
        if t.pos_ == "VERB" or (auxiliary and reporting_lemma(t, True)) \
                or _multiword_cue(doc, j, limit) is not None:
            break  # "», fait valoir un avocat": "fait" tagged AUX opens "faire valoir"
        if periphrastic_infinitive(doc, j, limit) is not None:
            break  # "», tente d'expliquer X" with "tente" read as a noun
        if not auxiliary and pronoun is None and _present_tense_cue(doc, j, limit):
            break  # "», note un proche", "», analyse la ministre": the tagger said NOUN
        if not auxiliary and pronoun is None and object_clitic_before_verb(doc, j, limit):
            j += 1  # "», l'interpelle un voisin", "», les exhorte-t-elle": whom it addresses
            continue
        if j == i and misspelt_auxiliary(doc, j, limit):
            auxiliary = True  # ", à indiqué le préfet": "a" written with an accent
            j += 1
            continue
        if t.pos_ == "AUX" or t.lower_ in fillers or t.pos_ == "ADV":
            # The tagger sometimes leaves "a" in "a tweeté" as X: its lemma still tells.
            auxiliary = auxiliary or t.pos_ == "AUX" or t.lemma_ in auxiliary_lemmas()
            j += 1
            continue
        return None
    if j >= limit:
        return None
    verb = doc[j]
    lemma = reporting_lemma(verb, auxiliary) or _multiword_cue(doc, j, limit)
    if lemma is None and (inf := periphrastic_infinitive(doc, j, limit)) is not None:
        if is_negated(verb):
            return None  # "«…», ne veut pas commenter X"
        j, verb = inf, doc[inf]  # "«…», tient à préciser X": the infinitive reports
        lemma = reporting_lemma(verb)
    if lemma is None and verb.pos_ != "VERB" and not auxiliary:
        lemma = _present_tense_cue(doc, j, limit)
    if lemma is None and pronoun is not None and pronoun.lower_.lstrip("-") == "on" \
            and _on_source_words().get(verb.lemma_.lower()) == "verb" \
            and impersonal_source(doc, j + 1, limit, date_tokens) is not None:
        lemma = verb.lemma_.lower()
    if lemma is None or is_negated(verb) or _addresses_someone(verb):
        return None
    if require_inversion and not auxiliary and not (
            j + 1 < limit and (is_clitic(doc[j + 1]) or doc[j + 1].ent_type_ == "PER"
                               or honorific_then_name(doc, j + 1, limit))) \
            and not _present_before_speaker(doc, verb, lemma, limit) \
            and not _complement_before_speaker(doc, verb, lemma, limit, date_tokens):
        return None
    k = j + 1 + (len(lemma.split()) - 1 if " " in lemma and not lemma.startswith("se ") else 0)
    while k < limit and (is_clitic(doc[k]) or is_bare_hyphen(doc[k])):
        if is_clitic(doc[k]) and doc[k].lower_.lstrip("-") != "t":
            pronoun = doc[k]
        k += 1
    if pronoun is not None:
        if pronoun.lower_.lstrip("-") == "on":
            source = impersonal_source(doc, k, limit, date_tokens)
            if source is not None:
                return Cue(verb, lemma, i, source[1], source, None)
        return Cue(verb, lemma, i, k, None, pronoun)
    subject = _inverted_subject(doc, k, limit, date_tokens)
    if subject is None:
        return None
    return Cue(verb, lemma, i, subject[1], subject, None)


def object_clitic_before_verb(doc: Doc, j: int, limit: int) -> bool:
    """Token j is an object clitic ("le", "la", "l'", "les", "te") right before the verb
    of an inverted cue: "«…», l'interpelle un voisin", "la supplie sa fille", "le coupe
    Paul X", "l'a-t-il rassuré". The article forms are also determiners: the next word
    must read as a verb, tagged so or a present tense of the lexicon the tagger read as a
    noun that names no one ("la coupe sa voisine"; not "la juge Anne X", a person)."""
    if j + 1 >= limit or doc[j].lower_.replace("’", "'") not in grammar_words(OBJECT_CLITIC):
        return False
    verb = doc[j + 1]
    if verb.morph.get("VerbForm") == ["Inf"] or is_present_participle(verb):
        return False  # "…, les avertir des risques": a clause of the quote goes on
    if verb.pos_ in ("VERB", "AUX"):
        return True
    return not names_person(verb.text, verb.lemma_) \
        and _present_tense_cue(doc, j + 1, limit) is not None


def misspelt_auxiliary(doc: Doc, j: int, limit: int) -> bool:
    """A word of `quotes_auxiliary_typos.txt` ("à" for "a") opening an inverted cue, right
    before the past participle of a reporting verb: ", à précisé le maire" reads as
    ", a précisé le maire" (a preposition is never followed by a participle there)."""
    if j + 1 >= limit or doc[j].lower_ not in word_set("quotes_auxiliary_typos.txt"):
        return False
    participle = doc[j + 1]
    return participle.lower_.endswith(PARTICIPLE_ENDINGS) \
        and reporting_lemma(participle, True) is not None


@lru_cache(maxsize=1)
def _periphrastic_verbs() -> dict[str, tuple[str, ...]]:
    """Wrapping verb lemma -> the prepositions it takes before the infinitive ("" for
    none), from `quotes_periphrastic_verbs.txt` ("tenir à", "vouloir")."""
    out: dict[str, set[str]] = {}
    for line in read_lines("quotes_periphrastic_verbs.txt"):
        words = line.lower().split()
        if words[0] in grammar_words(REFLEXIVE) or words[0].startswith(("s'", "s’")):
            words = words[1:] if words[0] in ("se",) else [words[0][2:], *words[1:]]
        out.setdefault(words[0], set()).add(" ".join(words[1:]))
    return {k: tuple(v) for k, v in out.items()}


def _multiword_cue(doc: Doc, j: int, limit: int) -> str | None:
    """A multiword reporting verb whose first word the tagger read as an auxiliary
    ("», fait valoir le syndicat") or as a noun lemmatised as itself ("», fait savoir le
    cabinet": `quotes_irregular_cue_forms.tsv` gives its verb): its lexicon lemma."""
    tok = doc[j]
    if tok.pos_ == "AUX":
        first = tok.lemma_.lower()
    elif tok.pos_ in ("NOUN", "ADJ", "X") and tok.lower_ in _irregular_cue_forms():
        first = _irregular_cue_forms()[tok.lower_]
    else:
        return None
    for rest, full, _ in reporting_lexicon().multi.get(first, ()):
        following = tuple(t.lemma_.lower() for t in doc[j + 1:min(limit, j + 1 + len(rest))])
        if following == rest:
            return full
    return None


@lru_cache(maxsize=1)
def _irregular_cue_forms() -> dict[str, str]:
    return {row[0].lower(): row[1].lower() for row in read_tsv("quotes_irregular_cue_forms.tsv")
            if len(row) > 1}


def periphrastic_infinitive(doc: Doc, j: int, limit: int) -> int | None:
    """ "«…», tient à préciser X", "«…», tente d'expliquer X": token index of the reporting
    infinitive a wrapping verb at token j governs (`quotes_periphrastic_verbs.txt`), or
    None."""
    tok = doc[j]
    wrappers = _periphrastic_verbs()
    preps = wrappers.get(tok.lemma_.lower()) or wrappers.get(unlemmatised_er(tok.lower_))
    if preps is None or tok.text[:1].isupper():
        return None
    k = j + 1
    prep = doc[k].lower_.replace("’", "'") if k < limit else ""
    if prep in ("à", "de", "d'") and ("de" if prep == "d'" else prep) in preps:
        k += 1
    elif "" not in preps:
        return None
    if k >= limit or doc[k].morph.get("VerbForm") != ["Inf"] or reporting_lemma(doc[k]) is None:
        return None
    return k


def _addresses_someone(verb: Token) -> bool:
    """A verb in the first or second person or the imperative ("», continuons notre
    route", "», dites-le") belongs to the quoted speaker's words: the journalist's
    inverted cues speak of the source in the third person."""
    if not (verb.morph.get("Person") in (["1"], ["2"]) or verb.morph.get("Mood") == ["Imp"]):
        return False
    return not _third_person_form(verb)


def _third_person_form(verb: Token) -> bool:
    """A plural first or second person the tagger claims for a form that cannot bear it
    ("», tweete un internaute" read as an imperative plural): those forms end in "-ons" or
    "-ez" (or "-es" for "dites", "faites"), a form in "-e" or "-t" is a third person."""
    if verb.morph.get("Number") != ["Plur"]:
        return False
    return not verb.lower_.endswith(("ons", "ez", "es"))


def _present_before_speaker(doc: Doc, verb: Token, lemma: str, limit: int) -> bool:
    """ "…, explique le chercheur.", "…, relate le rapport.": a present-tense speech verb
    that is not ambiguous, followed by a determiner and a noun that can speak, is an
    inverted cue even away from a quotation mark."""
    if "Pres" not in verb.morph.get("Tense") or "Ind" not in verb.morph.get("Mood"):
        return False
    k = _subject_start(doc, verb.i + 1, limit)
    if k + 1 >= limit or doc[k].pos_ != "DET":
        return False
    end = noun_phrase_end(doc, k, limit)
    head = head_noun(doc[k:end])
    if reporting_lexicon().ambiguous(lemma):
        if lemma in word_set("quotes_person_object_verbs.txt"):
            return False  # "…, salue le maire.": the person greeted, not a speaker
        # "…, ajoute le quotidien.": a verb with non-speech uses ("ajoute une phrase")
        # counts when a noun the lexicons say can speak closes the sentence after it
        return head is not None and ends_sentence(doc, end, limit) \
            and head_can_speak_here(head, False) and not after_stressed_subject(doc, verb)
    # the unambiguous verb says who follows is a speaker ("…, estime le cadet.")
    return head is not None and head_can_speak_here(head, True)


def after_stressed_subject(doc: Doc, verb: Token) -> bool:
    """ "Le maire, elle aussi, défend la chanteuse.": a stressed pronoun between commas
    right before the verb stresses the subject before it, so the noun phrase after the
    verb is its object, no inverted subject."""
    k = verb.i - 1
    if k < 1 or doc[k].text != ",":
        return False
    j = k - 1
    while j >= 0 and doc[j].pos_ == "ADV":
        j -= 1  # "lui aussi", "elle-même"
    return j >= 1 and doc[j].lower_ in grammar_words(STRESSED_PRONOUN) \
        and doc[j - 1].text == ","


# What may follow the inverted subject of an ambiguous verb: the sentence's end.
SENTENCE_END = frozenset(".!?")


def ends_sentence(doc: Doc, i: int, limit: int) -> bool:
    """Token `i` ends the sentence (a final stop, or the limit of the sentence), or opens
    a relative clause on the subject ("…, ajoute le prévisionniste, qui …")."""
    if i >= limit or doc[i].text in SENTENCE_END:
        return True
    return doc[i].text == "," and i + 1 < limit and doc[i + 1].lower_ in grammar_words(RELATIVE)


def _complement_before_speaker(doc: Doc, verb: Token, lemma: str, limit: int,
                               date_tokens: frozenset[int]) -> bool:
    """ "«…» explique au Courrier Anne Roy, juriste", "«…» raconte dans un livre le
    syndicaliste": a prepositional complement between the verb and its inverted subject,
    which is a person's name (any reporting verb) or, for a verb that only reports, a
    noun phrase that can speak."""
    if verb.i + 1 >= limit or doc[verb.i + 1].pos_ != "ADP" \
            or "Fin" not in verb.morph.get("VerbForm") or verb.lower_.endswith("ant"):
        return False  # "répondant aux initiales A. K.": a participle, no inversion
    subject = _inverted_subject(doc, verb.i + 1, limit, date_tokens)
    if subject is None or subject[0] <= verb.i + 2:
        return False  # the complement itself read as the subject: no speaker after it
    if names_person_start(doc, subject[0]) or (subject[0] + 1 < limit
                                          and names_person_start(doc, subject[0] + 1)):
        return True  # a name, or an honorific then a name ("M. Roy")
    if reporting_lexicon().ambiguous(lemma) or doc[subject[0]].pos_ != "DET":
        return False
    head = head_noun(doc[subject[0]:noun_phrase_end(doc, subject[0], limit)])
    return head is not None and head_can_speak_here(head, True)


def present_tense_lemma(tok: Token) -> str | None:
    """ "note" / "notent" / "notant" -> "noter": the -er lexicon verb a present-tense form
    or a present participle the tagger read as a noun or adjective belongs to ("juge",
    "analyse", "pointe", "relève", "leur reprochant")."""
    if not tok.is_alpha or tok.text[:1].isupper():
        return None
    low = tok.lower_
    stems = [low[:-3]] if low.endswith(("ent", "ant")) else [low[:-1]] \
        if low.endswith("e") else []  # "leur reprochant" read as a noun: "reprocher"
    lex = reporting_lexicon().single
    reflexive = tok.i > 0 and tok.doc[tok.i - 1].lower_ in grammar_words(REFLEXIVE)
    for stem in stems:
        for form in (stem + "er", stem.replace("è", "e") + "er", stem.replace("è", "é") + "er"):
            # "X s'inquiète :" tagged as an adjective: the reflexive lexicon entry
            candidates = (f"s'{form}", f"se {form}", form) if reflexive else (form,)
            for lemma in candidates:
                if lemma in lex:
                    return lemma
    return None


def honorific_then_name(doc: Doc, k: int, limit: int) -> bool:
    """Token k is an honorific and a name follows ("», tempère Me Roux", "…, estime Me
    Roux"): the parser reads "Me" as a noun and the name as its object or a second
    subject, but the pair is the person after an inverted verb."""
    return k + 1 < limit and doc[k].text in honorifics() and names_person_start(doc, k + 1)


def _subject_start(doc: Doc, k: int, limit: int) -> int:
    """Token after the adverbial fillers that may sit between an inverted verb and its
    subject ("de son côté", "quant à lui", "pour sa part"): `quotes_subject_fillers.txt`."""
    fillers = [tuple(line.lower().split()) for line in read_lines("quotes_subject_fillers.txt")]
    moved = True
    while moved:
        moved = False
        while k < limit and doc[k].pos_ == "ADV" and doc[k].lower_ != "quant":
            k += 1
            moved = True
        for words in fillers:
            if tuple(t.lower_ for t in doc[k:min(limit, k + len(words))]) == words:
                k += len(words)
                moved = True
                break
    return k


def _present_tense_cue(doc: Doc, j: int, limit: int) -> str | None:
    """Lemma of a present-tense reporting verb at token j that the tagger read as a noun
    ("», juge de son côté le maire", "», note un proche"), when a subject noun phrase
    (determiner or name) or an inverted clitic ("raconte-t-il") follows it; None
    otherwise ("», note de la rédaction")."""
    tok = doc[j]
    if tok.pos_ not in ("NOUN", "ADJ", "PROPN", "X"):
        return None  # X: "», tweete Paul X" left untagged
    lemma = present_tense_lemma(tok)
    if lemma is None:
        return None
    if j + 1 < limit and is_clitic(doc[j + 1]):
        return lemma  # "», raconte-t-il": an inverted clitic makes it a verb
    k = _subject_start(doc, j + 1, limit)
    if k >= limit:
        return None
    nxt = doc[k]
    if nxt.pos_ == "DET" or nxt.ent_type_ in ("PER", "ORG") or (
            nxt.pos_ == "PROPN" and nxt.text[:1].isupper()) or honorific_then_name(doc, k, limit):
        return lemma
    if nxt.pos_ == "ADP":
        # "», soupire à côté de lui Jean X": a complement, then the person named.
        after = noun_phrase_end(doc, k + 1, limit)
        if any(t.ent_type_ == "PER" for t in doc[k + 1:min(after + 1, limit)]):
            return lemma
    return None


@lru_cache(maxsize=1)
def _on_source_words() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in read_tsv("quotes_on_sources.tsv") if len(row) > 1}


def impersonal_source(doc: Doc, k: int, limit: int, date_tokens: frozenset[int]
                      ) -> tuple[int, int] | None:
    """The source after an impersonal cue ("a-t-on appris lundi de source policière",
    "a-t-on appris auprès de la préfecture"): token range of the source noun phrase, or
    None (plain "a-t-on appris" names nobody)."""
    words = _on_source_words()
    # a date set off by commas may sit inside the cue ("a-t-on appris, mardi, auprès de")
    while k < limit and (k in date_tokens or doc[k].pos_ == "ADV" or doc[k].text == ",") \
            and words.get(doc[k].lower_) != "via":
        k += 1
    if k < limit and words.get(doc[k].lower_) == "at":
        return _source_place(doc, k + 1, limit)
    via = k < limit and words.get(doc[k].lower_) == "via"
    if via:
        k += 1
    if k >= limit or doc[k].lower_ not in grammar_words(PREPOSITION_DE):
        return None
    start = _past_determiners(doc, k + 1, limit)
    end = noun_phrase_end(doc, start, limit)
    if end <= start or not (via or words.get(doc[start].lower_) == "head"
                            or points_to_last_source(list(doc[start:end]))):
        return None  # "de même source": the source cited last (speakers resolve it)
    return start, end


def _source_place(doc: Doc, start: int, limit: int) -> tuple[int, int] | None:
    """The place or institution after "à"/"au" in an impersonal cue, where the people
    speaking work ("explique-t-on à Matignon", "a-t-on indiqué à l'Élysée", "souligne-t-on
    à la préfecture"): token range of its noun phrase when it is a name or a noun that can
    speak, else None. A news medium ("a-t-on indiqué à l'AFP") is whom they spoke to; so
    are people ("a-t-on annoncé aux salariés", "a-t-on expliqué à Marie X"): only a name
    that is no person's or a noun naming an organisation or an institution (the registry's
    `names_organisation`, the entities layer's ORG triggers) says where the words come from."""
    start = _past_determiners(doc, start, limit)
    end = noun_phrase_end(doc, start, limit)
    if end <= start:
        return None
    addressees = word_set("quotes_on_addressees.txt")
    if any(t.lower_ in addressees or t.ent_type_ == "PER" for t in doc[start:end]):
        return None
    named = doc[start].text[:1].isupper() and doc[start].pos_ in ("PROPN", "NOUN", "X")
    if not named:
        head = head_noun(doc[start:end])
        if head is None or not (names_organisation(head.lower_, head.lemma_)
                                or head.lower_ in _organisation_triggers()):
            return None
    return start, end


@lru_cache(maxsize=1)
def _organisation_triggers() -> frozenset[str]:
    """Head nouns the entities layer reads as an organisation's ("préfecture", "mairie"):
    the triggers labelled ORG of `entities_triggers.tsv`."""
    return frozenset(row[0].lower() for row in read_tsv("entities_triggers.tsv")
                     if len(row) > 1 and row[1] == "ORG")


def _past_determiners(doc: Doc, k: int, limit: int) -> int:
    """The first token from k that is no determiner."""
    while k < limit and doc[k].pos_ == "DET":
        k += 1
    return k


def _finite_or_infinitive(tok: Token) -> bool:
    """A verb that opens a new clause; a bare participle modifies a noun ("la déléguée
    nommée aux Sports, X") and does not end the subject."""
    if tok.pos_ != "VERB":
        return False
    return tok.morph.get("VerbForm") != ["Part"] or any(
        c.dep_.startswith("aux") for c in tok.children)


def _opens_participial_clause(doc: Doc, i: int, limit: int) -> bool:
    """A comma + present participle (or gerund) ends the inverted subject: "«…», note la
    radio, rappelant que Paul X …" (the person named after the participle is not the
    speaker)."""
    if doc[i].text != "," or i + 1 >= limit:
        return False
    return is_present_participle(doc[i + 1]) or opens_gerund(doc, i + 1)


def _is_nominal(tok: Token) -> bool:
    """Can start a subject noun phrase; a capitalised token the tagger left as X is a name
    ("a indiqué Vinted")."""
    return tok.pos_ in ("DET", "NOUN", "PROPN", "PRON") or (
        tok.pos_ == "X" and tok.text[:1].isupper())


def _np_after_complement(doc: Doc, start: int, end: int) -> int | None:
    """A determiner right after the noun of a complement the parser ran on into the next
    noun phrase ("a répondu à la radio la juge", "a lancé devant la foule le maire"): that
    second noun phrase is the inverted subject when its head can speak or is a banner
    ("clamait non sans humour une pancarte"; not "a raconté au micro ses souvenirs", an
    object)."""
    for n in range(start + 1, end):
        if doc[n].pos_ == "DET" and doc[n - 1].pos_ in ("NOUN", "PROPN", "ADJ"):
            head = head_noun(doc[n:max(n + 1, noun_phrase_end(doc, n, len(doc)))])
            if head is not None and (head_can_speak(head)
                                     or head.lower_ in banner_nouns()):
                return n  # a banner speaks through its carriers (`banners.carriers`)
            return None
    return None


def _demonstrative_subject(doc: Doc, k: int, limit: int) -> bool:
    """ "explique celle-ci", "ajoute celui qui a lancé le collectif": a demonstrative that
    stands for the person spoken of. A bare "celui"/"celle" does so only before "qui" with
    no name apposed later in the clause: "celle du ministère, Julie Petit" is described by
    its complement and named after it, the name is the speaker."""
    low = doc[k].lower_
    if low not in word_set("quotes_demonstrative_subjects.txt"):
        return False
    if "-" in low:
        return True  # "celui-ci", "celle-ci": the last person spoken of
    if k + 1 >= limit or doc[k + 1].lower_ != "qui":
        return False  # "celle du ministère", "celui de l'association"
    return _apposed_name(doc, k + 2, limit) is None


def _apposed_name(doc: Doc, k: int, limit: int) -> int | None:
    """First token of a person's name apposed after a comma in tokens [k, limit)."""
    return next((n + 1 for n in range(k, limit - 1)
                 if doc[n].text == "," and names_person_start(doc, n + 1)), None)


def _inverted_subject(doc: Doc, k: int, limit: int, date_tokens: frozenset[int]
                      ) -> tuple[int, int] | None:
    """Token range of the subject after an inverted verb: a name in apposition if any,
    else the first noun phrase that is neither a prepositional complement nor a date."""
    after_verb = k
    k = _subject_start(doc, k, limit)
    if k < limit and doc[k].pos_ == "PRON" and _demonstrative_subject(doc, k, limit):
        return k, k + 1  # "explique celle qui a …": the relative describes the subject
    if k + 1 < limit and doc[k].lower_ in word_set("quotes_demonstrative_subjects.txt") \
            and doc[k + 1].lower_ in grammar_words(RELATIVE):
        name = _apposed_name(doc, k + 2, limit)
        if name is not None:
            return name, limit  # "explique celle qui préside le syndicat, Lise Morel"
    # Fillers skipped after the verb do not govern the subject ("en chœur la salle").
    floor = k if k > after_verb else 0
    stop = k
    while stop < limit and not _finite_or_infinitive(doc[stop]) \
            and not _opens_participial_clause(doc, stop, limit) \
            and doc[stop].lower_ not in grammar_words(RELATIVE):
        if doc[stop].text in (".", ";", "!", "?", "«", "»", "“", "”", '"'):
            label = label_end(doc, stop, limit)
            if label is None:
                break
            stop = label  # "», dit un «gilet jaune»": a quoted label used as a noun
            continue
        stop += 1
    first_np: tuple[int, int] | None = None
    j = k
    while j < stop:
        t = doc[j]
        if j in date_tokens:
            floor = j + 1  # a date governs nothing after it ("a dit dans la soirée le maire")
        if j in date_tokens or t.pos_ in ("PUNCT", "ADV", "ADP", "CCONJ", "SCONJ", "AUX"):
            j += 1
            continue
        if t.pos_ == "PRON" and not np_start_governed(doc, j, floor) \
                and (one_of := one_of_phrase(doc, j, stop)) is not None:
            first_np = one_of  # "», explique un des organisateurs": no article before "un"
            break
        if _is_nominal(t) and not np_start_governed(doc, j, floor):
            end = noun_phrase_end(doc, j, stop)
            if end > j:
                first_np = (j, end)
                break
        if _is_nominal(t) and t.pos_ != "PRON":
            end = max(j + 1, noun_phrase_end(doc, j, stop))
            # A person named right after a complement is in apposition to it, and is the
            # subject: "a raconté à Reuters Paul X", "a dénoncé sur Twitter M. X".
            person = next((n for n in range(j + 1, end) if names_person_start(doc, n)), None)
            if person is not None:
                while person > j + 1 and doc[person - 1].pos_ == "NOUN" \
                        and doc[person - 1].text[:1].isupper():
                    person -= 1  # keep the honorific ("M.", "Mme") with the name
                first_np = (person, end)
                break
            after = _np_after_complement(doc, j, min(end + 1, stop))
            if after is not None:
                first_np = (after, max(after + 1, noun_phrase_end(doc, after, stop)))
                break
            j = end
            continue
        j += 1
    if first_np is None:
        return None
    # The subject range runs to the clause end, so that a name in apposition after a
    # description is found ("le porte-parole du ministre, Paul Durand", "…, preuves à
    # l'appui, Jean Martin"); `np_speaker` prefers such a name.
    return first_np[0], stop
