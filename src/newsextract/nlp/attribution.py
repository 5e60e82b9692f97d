"""Attribution: reporting verbs, "selon X" cues and speaker names.

Small functions over a parsed article Doc, shared by the quotes layer (and usable by the
casualties layer for the source of a figure):

- `ReportingLexicon` and `reporting_lemma`: is this token a reporting verb, and its lemma.
- `inverted_cue`: the inserted or inverted clause after a quote or a comma
  ("», a déclaré X", ", a-t-il ajouté", ", explique X, directeur").
- `subject_speaker` / `np_speaker`: the speaker a subject or a noun phrase names: the entity
  heading it or in apposition (never one inside a prepositional complement: "le secrétaire
  de presse de Vladimir Poutine, Dmitri Peskov" -> Dmitri Peskov), a pronoun or definite
  description resolved through `SpeakerContext`, else the bare noun phrase.
- `selon_source`: the source noun phrase of "selon X" / "d'après X".

Every word list is a data file (see docs/quotes.md).
"""

from __future__ import annotations

import weakref
from bisect import bisect_left, bisect_right
from contextlib import suppress
from dataclasses import dataclass, field
from functools import cache, lru_cache

from spacy.attrs import LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from newsextract.resources import read_lines, read_tsv

PERSON_LABELS = ("PER",)
NAME_LABELS = ("PER", "ORG", "LOC")
# A person who spoke less than this many characters before a pronoun is its antecedent.
SALIENT_SPEAKER_CHARS = 700
# How far back (characters) a pronoun or a description looks for its antecedent.
ANTECEDENT_CHARS = 2500
# Label of a group of people named as a clause subject: an antecedent for "ils"/"elles" only.
GROUP = "GROUP"
DEFINITE_DETERMINERS = frozenset({"le", "la", "l'", "l’", "les", "ce", "cet", "cette", "ces"})


# --------------------------------------------------------------------------- lexicons

@dataclass(frozen=True)
class ReportingLexicon:
    single: dict[str, bool]  # lemma -> ambiguous
    multi: dict[str, tuple[tuple[tuple[str, ...], str, bool], ...]]  # first word -> rests
    inverted_only: frozenset[str] = frozenset()  # cues only next to a quote ("commence-t-il")

    def ambiguous(self, lemma: str) -> bool:
        if lemma in self.single:
            return self.single[lemma]
        for rests in self.multi.values():
            for _, full, amb in rests:
                if full == lemma:
                    return amb
        return False


@lru_cache(maxsize=1)
def reporting_lexicon() -> ReportingLexicon:
    single: dict[str, bool] = {}
    multi: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
    inverted_only: set[str] = set()
    for row in read_tsv("reporting_verbs.tsv"):
        lemma, ambiguous = row[0], len(row) > 1 and row[1] in ("yes", "inverted")
        if len(row) > 1 and row[1] == "inverted":
            inverted_only.add(lemma)
        words = lemma.split()
        if len(words) > 1 and words[0] not in ("se",):
            multi.setdefault(words[0], []).append((tuple(words[1:]), lemma, ambiguous))
        else:
            single[lemma] = ambiguous
    return ReportingLexicon(single, {k: tuple(v) for k, v in multi.items()},
                            frozenset(inverted_only))


@cache
def word_set(name: str) -> frozenset[str]:
    """A one-per-line data file as a lowercase set."""
    return frozenset(w.lower() for w in read_lines(name))


@lru_cache(maxsize=1)
def _auxiliary_lemmas() -> frozenset[str]:
    return word_set("quotes_auxiliaries.txt")


@lru_cache(maxsize=1)
def pronoun_roles() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in read_tsv("quotes_pronouns.tsv") if len(row) > 1}


@lru_cache(maxsize=1)
def titles() -> tuple[str, ...]:
    """Titles stripped from speaker names, longest first (the entities layer's list if any)."""
    words = list(read_lines("quotes_titles.txt"))
    with suppress(FileNotFoundError, OSError):
        words += read_lines("titles.txt")
    return tuple(sorted({w.lower() for w in words}, key=len, reverse=True))


# --------------------------------------------------------------------------- verbs

def is_negated(verb: Token) -> bool:
    """A negation word depends on the verb or on its auxiliaries ("n'a pas dit")."""
    negation = word_set("quotes_negation.txt")
    return any(child.lower_ in negation for child in verb.children)


def _reflexive(verb: Token) -> bool:
    if any(c.lemma_ == "se" or c.lower_ in ("s'", "s’", "se") for c in verb.children):
        return True
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    return prev is not None and prev.lower_ in ("s'", "s’", "se")


def _participle_lemma(tok: Token) -> str:
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
        lemma = _participle_lemma(tok)
        return lemma if lemma in lex.single else None
    lemma = tok.lemma_.lower()
    for rest, full, _ in lex.multi.get(lemma, ()):
        following = [t.lemma_.lower() for t in tok.doc[tok.i + 1:tok.i + 1 + len(rest)]]
        if tuple(following) == rest:
            return full
    reflexive_forms = [f for f in (f"s'{lemma}", f"se {lemma}") if f in lex.single]
    if reflexive_forms and _reflexive(tok):  # the lexicon first: _reflexive walks the parse
        return reflexive_forms[0]
    return lemma if lemma in lex.single else None


# --------------------------------------------------------------------------- speakers

@dataclass(frozen=True)
class Speaker:
    name: str | None
    label: str | None  # PER, ORG, LOC or NP
    start_char: int | None  # the mention used (may be a pronoun or a description)
    end_char: int | None


NO_SPEAKER = Speaker(None, None, None, None)


@dataclass
class SpeakerContext:
    """Antecedents for pronouns and descriptions: named entities and earlier speakers.

    Entities inside quoted words are left out (a name someone utters is not the next
    speaker); speakers are added as the quotes layer resolves them, in text order. Each
    antecedent keeps the grammatical gender its mention shows ("la plateforme", "Mme X",
    "X, une infirmière"), and genders learnt from pronouns resolved to a name are kept per
    name, so that "a-t-elle ajouté" skips a man who spoke last.
    """

    doc: Doc
    positions: list[int] = field(default_factory=list)
    items: list[Speaker] = field(default_factory=list)
    from_speaker: list[bool] = field(default_factory=list)
    salient: list[bool] = field(default_factory=list)
    genders: list[str | None] = field(default_factory=list)
    name_gender: dict[str, str] = field(default_factory=dict)
    numbers: list[str | None] = field(default_factory=list)

    def add(self, pos: int, speaker: Speaker, is_speaker: bool, salient: bool = True,
            gender: str | None = None, number: str | None = None) -> None:
        if speaker.name is None:
            return
        i = bisect_right(self.positions, pos)
        self.numbers.insert(i, number)
        self.positions.insert(i, pos)
        self.items.insert(i, speaker)
        self.from_speaker.insert(i, is_speaker)
        self.salient.insert(i, salient)
        self.genders.insert(i, gender)
        if gender is not None and speaker.label == "PER":
            self.name_gender.setdefault(speaker.name, gender)

    def gender_of(self, i: int) -> str | None:
        return self.genders[i] or self.name_gender.get(self.items[i].name or "")

    def last(self, before: int, labels: tuple[str, ...], speakers_only: bool = False,
             prefer_speakers_for: tuple[str, ...] = (), gender: str | None = None,
             number: str | None = None) -> Speaker | None:
        """The last antecedent before `before` with one of `labels`; `speakers_only`: only
        earlier speakers; `prefer_speakers_for`: labels that count only as speakers (an
        organisation merely named, "sur Twitter", is no antecedent); `gender`: skip those
        of the other gender ("elle" is not the man named in a complement); `number`: skip
        those of the other grammatical number ("ils" is not "le document")."""
        i = bisect_left(self.positions, before) - 1
        while i >= 0:
            sp = self.items[i]
            is_speaker = self.from_speaker[i]
            g = self.gender_of(i)
            if sp.label in labels and (is_speaker or not speakers_only) \
                    and (is_speaker or sp.label not in prefer_speakers_for) \
                    and (gender is None or g is None or g == gender) \
                    and (number is None or self.numbers[i] in (None, number)):
                return sp
            i -= 1
        return None

    def antecedent(self, before: int, gender: str | None, labels: tuple[str, ...],
                   entity_labels: tuple[str, ...] = PERSON_LABELS,
                   max_chars: int = ANTECEDENT_CHARS) -> Speaker | None:
        """The closest earlier speaker of compatible gender, or a person named as the
        subject of a clause (not a complement: "avec X", "de X") if named closer.

        Last-speaker logic first: the one who spoke is the topic of the following
        "il a ajouté"; a newly named subject ("condamnée par le leader de LFI, X.") takes
        over because it is closer.
        """
        i = bisect_left(self.positions, before) - 1
        while i >= 0 and before - self.positions[i] <= max_chars:
            sp = self.items[i]
            g = self.gender_of(i)
            if sp.label in labels and (gender is None or g is None or g == gender) \
                    and self.numbers[i] != "Plur":
                # il/elle: never a group ("des manifestants", "X et Y").
                if self.from_speaker[i]:
                    return sp
                if sp.label in entity_labels and self.salient[i]:
                    return sp
            i -= 1
        return None

    def learn_gender(self, name: str | None, gender: str | None) -> None:
        if name and gender:
            self.name_gender.setdefault(name, gender)


def strip_title(name: str) -> str:
    """ "général Sergueï Roudskoï" -> "Sergueï Roudskoï" (titles at the front only)."""
    changed = True
    while changed:
        changed = False
        low = name.lower()
        for title in titles():
            if low.startswith(title + " ") and len(name) > len(title) + 1:
                name = name[len(title) + 1:].lstrip()
                changed = True
                break
    return name


def entity_name(span: Span) -> str:
    """Canonical name of an entities-layer span, title stripped."""
    attrs = span._.entity or {}
    return strip_title(attrs.get("canonical") or span.text)


def _np_start_governed(doc: Doc, start: int, floor: int = 0) -> bool:
    """True when the noun phrase around token `start` is a prepositional complement.

    Walks left over its determiners, adjectives and lowercase nouns, not before `floor`
    (the end of skipped adverbials: "répond en chœur la salle"); a capitalised word or a
    comma on the left makes it an apposition ("ministre de l'Intérieur Christophe
    Castaner"), an ADP makes it a complement ("de Vladimir Poutine", "à l'AFP").
    """
    i = start - 1
    if i >= 0 and doc[start].ent_type_ == "PER" and doc[i].pos_ == "NOUN":
        return False  # "le général Sergueï Roudskoï", "à quelques journalistes Christian X"
    while i >= floor:
        t = doc[i]
        if t.pos_ == "ADP" or t.lower_ in ("du", "des", "au", "aux"):
            return True
        if t.pos_ in ("DET", "ADJ", "NUM") or (t.pos_ == "NOUN" and t.text[:1].islower()):
            i -= 1
            continue
        return False
    return False


def _first_names(doc: Doc, start: int, end: int) -> list[Span]:
    """Sources named by a first name only, which the model tags MISC: a proper noun with a
    description in apposition ("Karen, une infirmière de 42 ans"), read as persons."""
    out = []
    for e in entities_starting(doc, start, end):
        if e.label_ == "MISC" and all(
                t.pos_ == "PROPN" for t in e) and e.end + 1 < len(doc) \
                and doc[e.end].text == "," and doc[e.end + 1].pos_ == "DET":
            out.append(Span(doc, e.start, e.end, label="PER"))
    return out


def entities_in(doc: Doc, start: int, end: int) -> list[Span]:
    """Entities-layer spans (PER/ORG/LOC) starting in tokens [start, end)."""
    return [e for e in entities_starting(doc, start, end) if e.label_ in NAME_LABELS]


# Entities-layer spans of a Doc as (start, end, label), sorted, built once per Doc: scanning
# the whole group for every candidate made long articles quadratic. Plain tuples only, so
# the weak-keyed entry never keeps its Doc alive.
_ENTITY_INDEX: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def entities_starting(doc: Doc, start: int, end: int) -> list[Span]:
    """Entities-layer spans (any label) starting in tokens [start, end), in text order."""
    group = doc.spans.get("entities")
    if group is None:
        return []
    stamp = (id(group), len(group))
    cached = _ENTITY_INDEX.get(doc)
    if cached is None or cached[0] != stamp:
        items = sorted((e.start, e.end, e.label_) for e in group)
        cached = _ENTITY_INDEX[doc] = (stamp, [i[0] for i in items], items)
    _, starts, items = cached
    return [Span(doc, s, e, label=label)
            for s, e, label in items[bisect_left(starts, start):bisect_left(starts, end)]]


def _describes(tokens: list[Token], lexicon: str) -> bool:
    """A definite noun phrase whose first noun is in `lexicon` ("le ministre", "ce dernier")."""
    if not tokens or tokens[0].lower_ not in DEFINITE_DETERMINERS:
        return False
    heads = word_set(lexicon)
    for t in tokens[1:4]:
        if t.lower_ in heads:
            return True
        if t.pos_ in ("NOUN", "PROPN"):
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


def _gender(tok: Token) -> str | None:
    g = tok.morph.get("Gender")
    return g[0] if len(g) == 1 else None


def mention_gender(doc: Doc, start: int, end: int) -> str | None:
    """Grammatical gender shown by a mention in tokens [start, end): a pronoun's, the
    first determiner or common noun of a description ("la plateforme"), else around a
    name: its title on the left ("Mme X", "la ministre X") or an apposition on the right
    ("X, une infirmière"). Proper nouns' own tags are not trusted."""
    if start >= end:
        return None
    if end - start == 1 and doc[start].pos_ == "PRON":
        return _gender(doc[start])
    for t in doc[start:end]:
        if t.pos_ in ("DET", "NOUN") and _gender(t):
            return _gender(t)
        if t.pos_ == "PROPN" or t.is_punct:
            break
    i = start - 1
    title_gender = None
    while i >= 0 and start - i <= 4 and doc[i].pos_ in ("NOUN", "DET", "ADJ"):
        if doc[i].pos_ == "DET" and _gender(doc[i]):
            # The determiner tells for epicene titles ("la ministre", tagged Masc).
            return _gender(doc[i])
        title_gender = title_gender or _gender(doc[i])
        i -= 1
    if title_gender:
        return title_gender
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].pos_ in ("DET", "NOUN"):
        return _gender(doc[end + 1])
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


def is_salient_mention(span: Span) -> bool:
    """A name that is the subject (or agent) of its clause, directly or in apposition:
    a possible antecedent of the next "il"/"elle". Complements ("avec X") are not."""
    tok = span.root
    seen = 0
    in_apposition = False
    while tok.head is not tok and seen < 5 and (
            tok.dep_ in ("appos", "flat:name", "flat", "conj")
            or (in_apposition and tok.dep_ == "nmod")):
        # "le leader de la France insoumise, X": the apposition names the whole phrase,
        # whichever noun the parser hung it on.
        in_apposition = in_apposition or tok.dep_ == "appos"
        tok = tok.head
        seen += 1
    return tok.dep_ in ("nsubj", "nsubj:pass", "obl:agent", "ROOT")


def pronoun_speaker(tok: Token, ctx: SpeakerContext) -> Speaker | None:
    """A subject pronoun resolved to the last speaker of compatible gender (or a person
    named since as a subject); None for je/nous/on."""
    form = tok.lower_.lstrip("-").replace("’", "'")
    role = pronoun_roles().get(form)
    if role != "resolve":
        return None
    gender = _gender(tok)
    if form in ("ils", "elles"):
        # Earlier speakers, or a group of people that was a clause's subject ("GROUP").
        ante = ctx.last(tok.idx, ("PER", "ORG", "NP", GROUP), number="Plur",
                        prefer_speakers_for=("PER", "ORG", "NP"),
                        gender="Fem" if form == "elles" else None)
    else:
        ante = ctx.antecedent(tok.idx, gender, ("PER", "ORG", "NP"))
        if ante is None:
            ante = ctx.last(tok.idx, ("PER", "ORG"), prefer_speakers_for=("ORG",),
                            gender=gender)
        if ante is not None and ante.label == "PER":
            ctx.learn_gender(ante.name, gender)
    if ante is None:
        return None
    return Speaker(ante.name, "NP" if ante.label == GROUP else ante.label, tok.idx,
                   tok.idx + len(tok))


def np_speaker(doc: Doc, start: int, end: int, ctx: SpeakerContext) -> Speaker | None:
    """The speaker a noun phrase in tokens [start, end) names, or None.

    Preference: a person entity not inside a prepositional complement, then an
    organisation or place so placed; a pronoun; a definite description resolved to the last
    named person or organisation; the bare noun phrase.
    """
    if start >= end:
        return None
    candidates = [e for e in entities_in(doc, start, end) if not _np_start_governed(doc, e.start)]
    candidates += [e for e in _first_names(doc, start, end) if not _np_start_governed(doc, e.start)]
    for labels in (PERSON_LABELS, ("ORG", "LOC")):
        for ent in candidates:
            if ent.label_ in labels:
                return Speaker(entity_name(ent), ent.label_, ent.start_char, ent.end_char)
    first = doc[start]
    one_of = _one_of(doc, start, end)
    if one_of is not None:
        return Speaker(doc[one_of[0]:one_of[1]].text, "NP", doc[one_of[0]].idx,
                       doc[one_of[1] - 1].idx + len(doc[one_of[1] - 1]))
    if first.pos_ == "PRON":
        return pronoun_speaker(first, ctx)
    end = max(start + 1, noun_phrase_end(doc, start, end))
    tokens = list(doc[start:end])
    mention = (tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
    if _describes(tokens, "quotes_last_mentioned.txt"):
        ante = ctx.last(tokens[0].idx, ("PER", "ORG", "LOC", "NP"), speakers_only=True)
        if ante is not None:
            return Speaker(ante.name, ante.label, *mention)
    if _describes(tokens, "quotes_person_descriptions.txt") \
            or _describes(tokens, "quotes_professions.txt"):
        ante = ctx.antecedent(tokens[0].idx, mention_gender(doc, start, end), PERSON_LABELS) \
            or ctx.last(tokens[0].idx, PERSON_LABELS)
        if ante is not None:
            return Speaker(ante.name, ante.label, *mention)
    if _describes(tokens, "quotes_org_descriptions.txt"):
        ante = ctx.last(tokens[0].idx, ("ORG",), speakers_only=True) \
            or ctx.last(tokens[0].idx, ("ORG",))
        if ante is not None:
            return Speaker(ante.name, ante.label, *mention)
    name = np_text(tokens)
    if not name or not any(t.pos_ in ("NOUN", "PROPN") for t in tokens):
        return None
    return Speaker(name, "NP", *mention)


def _one_of(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """ "l'un de ses amis", "une des manifestantes": the pronoun "un"/"une" and its
    de-complement, token range without the article, or None."""
    i = start + 1 if doc[start].lower_ in ("l'", "l’") else start
    if i + 2 >= end or doc[i].lower_ not in ("un", "une") or doc[i].pos_ != "PRON" \
            or doc[i + 1].lower_ not in ("de", "des", "d'", "d’", "du"):
        return None
    k = i + 2 if doc[i + 1].lower_ in ("de", "d'", "d’") else i + 1
    np_end = noun_phrase_end(doc, k, end)
    if doc[i + 1].lower_ in ("des", "du"):
        np_end = noun_phrase_end(doc, i + 2, end)
    if np_end <= i + 2:
        return None
    return i, np_end


def noun_phrase_end(doc: Doc, start: int, limit: int) -> int:
    """End (exclusive) of the noun phrase starting at token `start`: determiners, nouns,
    adjectives, names and de-complements, up to a comma, a verb or another preposition."""
    i = start
    seen_noun = False
    while i < limit:
        t = doc[i]
        if t.pos_ in ("DET", "ADJ", "NUM"):
            i += 1
            continue
        if t.pos_ in ("NOUN", "PROPN") or (t.pos_ == "X" and t.text[:1].isupper()):
            seen_noun = True
            i += 1
            continue
        if seen_noun and t.lower_ in ("de", "d'", "d’", "du", "des") and i + 1 < limit \
                and doc[i + 1].pos_ in ("DET", "NOUN", "PROPN"):
            i += 1
            continue
        break
    return i


def _glued_left(doc: Doc, left: int) -> int:
    """Extend a token range leftwards over words glued to it without a space: the parser
    sometimes cuts hyphenated or elided words ("L'état-major")."""
    while left > 0 and not doc[left - 1].whitespace_ and not doc[left - 1].is_space \
            and doc[left - 1].text not in (",", "«", "»", "“", "”", '"', "(", ")", ".", ":", ";"):
        left -= 1
    return left


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
        # l'origine d'une vidéo dénonçant…").
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
        # An inverted clitic is the subject ("…, a-t-il affirmé"): a noun the parser also
        # hung on the verb belongs to the quoted clause before it.
        subjects = [c for c in subjects if is_clitic(c)]
    # A name before a resumptive pronoun wins ("X, a elle aussi estimé").
    subjects.sort(key=lambda c: c.pos_ == "PRON")
    for child in subjects:
        if child.morph.get("PronType") == ["Rel"]:
            return _relative_antecedent(child, tok)
        if child.pos_ == "PRON":
            return child.i, child.i + 1
        left = _glued_left(doc, child.left_edge.i)
        right = child.right_edge.i + 1
        if right <= tok.i:
            # Up to the verb: names in apposition the parse attached elsewhere
            # ("La ministre des Transports Elisabeth Borne avait estimé").
            right = tok.i
        return left, right
    return None


def _preceding_subject(verb: Token) -> tuple[int, int] | None:
    """The subject read off the word order when the parse gives none: the noun phrase
    right before the verb and its auxiliaries ("Des observateurs ont tout de suite
    relevé"), or a person named before an apposition ("X, porte-parole de Y, l'a
    incitée à"). Only for verbs that head a clause (finite or with an auxiliary): a bare
    participle shares the subject of its main verb."""
    doc = verb.doc
    if verb.morph.get("VerbForm") == ["Part"] and verb.morph.get("Tense") == ["Pres"]:
        return None
    negation = word_set("quotes_negation.txt")
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
        if _np_start_governed(doc, left):
            return None
        return _glued_left(doc, left), j + 1
    if doc[j].text != ",":
        return None
    k = j - 1
    while k >= 0 and doc[k].text not in (",", ".", ";", ":", "«", "»", "“", "”", '"'):
        k -= 1
    m = k - 1
    if k < 0 or doc[k].text != "," or m < 0 or doc[m].ent_type_ != "PER":
        return None
    return _person_ending_at(doc, m)


def _person_ending_at(doc: Doc, last: int) -> tuple[int, int] | None:
    """The person name whose last token is `last`, unless it is a complement ("à X")."""
    first = last
    while first > 0 and doc[first - 1].ent_type_ == "PER" and not doc[first - 1].is_punct:
        first -= 1
    if _np_start_governed(doc, first):
        return None
    return _glued_left(doc, first), last + 1


def _relative_antecedent(pronoun: Token, verb: Token) -> tuple[int, int]:
    """ "X, qui a estimé que…": the noun phrase the relative clause hangs on, or, when the
    parse made the relative clause the main one, the noun phrase before ", qui"."""
    doc = pronoun.doc
    if verb.dep_.startswith("acl") and verb.head is not verb:
        return _glued_left(doc, verb.head.left_edge.i), pronoun.i
    j = pronoun.i - 1
    if j > 0 and doc[j].text == ",":
        j -= 1
    if j >= 0 and doc[j].pos_ in ("NOUN", "PROPN"):
        head = doc[j]
        while head.dep_ in ("flat:name", "flat") and head.head.i < head.i:
            head = head.head
        return _glued_left(doc, head.left_edge.i), pronoun.i
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
    return _person_ending_at(doc, j)


# --------------------------------------------------------------------------- cues

@dataclass(frozen=True)
class Cue:
    """A reporting clause: its verb and the tokens it spans."""

    verb: Token
    lemma: str
    start: int  # first token of the clause
    end: int  # token after the clause (after its subject)
    subject: tuple[int, int] | None  # token range of the subject mention, if any
    pronoun: Token | None  # subject clitic ("-t-il", "a-t-elle")


def is_clitic(tok: Token) -> bool:
    """An inverted subject clitic ("-il", "-t", "-on"). The tokenizer cuts some of them off
    their hyphen ("ont-elles" -> "ont", "-", "elles"): a pronoun glued to a bare hyphen
    counts too."""
    form = tok.lower_.lstrip("-")
    if form not in pronoun_roles():
        return False
    return tok.text.startswith("-") or (tok.i > 0 and is_bare_hyphen(tok.doc[tok.i - 1]))


def is_bare_hyphen(tok: Token) -> bool:
    """A "-" glued to the verb before it and to a subject pronoun after it ("ont-elles")."""
    doc = tok.doc
    return tok.text == "-" and not tok.whitespace_ and 0 < tok.i < len(doc) - 1 \
        and not doc[tok.i - 1].whitespace_ and doc[tok.i + 1].lower_ in pronoun_roles()


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
    while j < limit and j < i + 7:
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
        if t.pos_ == "VERB" or (auxiliary and reporting_lemma(t, True)):
            break
        if not auxiliary and pronoun is None and _present_tense_cue(doc, j, limit):
            break  # "», note un proche", "», analyse la ministre": the tagger said NOUN
        if t.pos_ == "AUX" or t.lower_ in fillers or t.pos_ == "ADV":
            # The tagger sometimes leaves "a" in "a tweeté" as X: its lemma still tells.
            auxiliary = auxiliary or t.pos_ == "AUX" or t.lemma_ in _auxiliary_lemmas()
            j += 1
            continue
        return None
    if j >= limit:
        return None
    verb = doc[j]
    lemma = reporting_lemma(verb, auxiliary)
    if lemma is None and verb.pos_ != "VERB" and not auxiliary:
        lemma = _present_tense_cue(doc, j, limit)
    if lemma is None and pronoun is not None and pronoun.lower_.lstrip("-") == "on" \
            and _on_source_words().get(verb.lemma_.lower()) == "verb" \
            and impersonal_source(doc, j + 1, limit, date_tokens) is not None:
        lemma = verb.lemma_.lower()
    if lemma is None or is_negated(verb):
        return None
    if require_inversion and not auxiliary and not (
            j + 1 < limit and (is_clitic(doc[j + 1]) or doc[j + 1].ent_type_ == "PER")):
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


def _present_tense_lemma(tok: Token) -> str | None:
    """ "note" / "notent" -> "noter": the -er lexicon verb a present-tense form the tagger
    read as a noun or adjective belongs to ("juge", "analyse", "pointe", "relève")."""
    if not tok.is_alpha or tok.text[:1].isupper():
        return None
    low = tok.lower_
    stems = [low[:-3]] if low.endswith("ent") else [low[:-1]] if low.endswith("e") else []
    lex = reporting_lexicon().single
    for stem in stems:
        for form in (stem + "er", stem.replace("è", "e") + "er", stem.replace("è", "é") + "er"):
            if form in lex:
                return form
    return None


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
    (determiner or name) follows it; None otherwise ("», note de la rédaction")."""
    tok = doc[j]
    if tok.pos_ not in ("NOUN", "ADJ", "PROPN"):
        return None
    lemma = _present_tense_lemma(tok)
    if lemma is None:
        return None
    k = _subject_start(doc, j + 1, limit)
    if k >= limit:
        return None
    nxt = doc[k]
    if nxt.pos_ == "DET" or nxt.ent_type_ in ("PER", "ORG") or (
            nxt.pos_ == "PROPN" and nxt.text[:1].isupper()):
        return lemma
    return None


@lru_cache(maxsize=1)
def _on_source_words() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in read_tsv("quotes_on_sources.tsv") if len(row) > 1}


def impersonal_source(doc: Doc, k: int, limit: int, date_tokens: frozenset[int]
                      ) -> tuple[int, int] | None:
    """The source after an impersonal cue ("a-t-on appris dimanche de source policière",
    "a-t-on appris auprès de la préfecture"): token range of the source noun phrase, or
    None (plain "a-t-on appris" names nobody)."""
    words = _on_source_words()
    while k < limit and (k in date_tokens or doc[k].pos_ == "ADV") \
            and words.get(doc[k].lower_) != "via":
        k += 1
    via = k < limit and words.get(doc[k].lower_) == "via"
    if via:
        k += 1
    if k >= limit or doc[k].lower_ not in ("de", "d'", "d’", "du", "des"):
        return None
    start = k + 1
    while start < limit and doc[start].pos_ == "DET":
        start += 1
    end = noun_phrase_end(doc, start, limit)
    if end <= start or not (via or words.get(doc[start].lower_) == "head"):
        return None
    return start, end


def _finite_or_infinitive(tok: Token) -> bool:
    """A verb that opens a new clause; a bare participle modifies a noun ("le secrétaire
    d'Etat chargé du Numérique, X") and does not end the subject."""
    if tok.pos_ != "VERB":
        return False
    return tok.morph.get("VerbForm") != ["Part"] or any(
        c.dep_.startswith("aux") for c in tok.children)


def _names_person(doc: Doc, i: int) -> bool:
    """Token i starts a person's name: tagged PER, or a lone first name the model tags
    MISC followed by a description in apposition ("Karen, une infirmière")."""
    tok = doc[i]
    if tok.ent_type_ == "PER":
        return True
    return tok.ent_type_ == "MISC" and tok.pos_ == "PROPN" and i + 2 < len(doc) \
        and doc[i + 1].text == "," and doc[i + 2].pos_ == "DET"


def _is_nominal(tok: Token) -> bool:
    """Can start a subject noun phrase; a capitalised token the tagger left as X is a name
    ("a indiqué Leetchi")."""
    return tok.pos_ in ("DET", "NOUN", "PROPN", "PRON") or (
        tok.pos_ == "X" and tok.text[:1].isupper())


def _inverted_subject(doc: Doc, k: int, limit: int, date_tokens: frozenset[int]
                      ) -> tuple[int, int] | None:
    """Token range of the subject after an inverted verb: a name in apposition if any,
    else the first noun phrase that is neither a prepositional complement nor a date."""
    after_verb = k
    k = _subject_start(doc, k, limit)
    # Fillers skipped after the verb do not govern the subject ("en chœur la salle").
    floor = k if k > after_verb else 0
    stop = k
    while stop < limit and doc[stop].text not in (".", ";", "!", "?", "«", "»", "“", "”", '"') \
            and not _finite_or_infinitive(doc[stop]) \
            and doc[stop].lower_ not in ("qui", "dont", "que"):
        stop += 1
    first_np: tuple[int, int] | None = None
    j = k
    while j < stop:
        t = doc[j]
        if j in date_tokens or t.pos_ in ("PUNCT", "ADV", "ADP", "CCONJ", "SCONJ", "AUX"):
            j += 1
            continue
        if _is_nominal(t) and not _np_start_governed(doc, j, floor):
            end = noun_phrase_end(doc, j, stop)
            if end > j:
                first_np = (j, end)
                break
        if _is_nominal(t) and t.pos_ != "PRON":
            end = max(j + 1, noun_phrase_end(doc, j, stop))
            # A person named right after a complement is in apposition to it, and is the
            # subject: "a expliqué à l'AFP Ulrich X", "a dénoncé sur Facebook M. X".
            person = next((n for n in range(j + 1, end) if _names_person(doc, n)), None)
            if person is not None:
                while person > j + 1 and doc[person - 1].pos_ == "NOUN" \
                        and doc[person - 1].text[:1].isupper():
                    person -= 1  # keep the honorific ("M.", "Mme") with the name
                first_np = (person, end)
                break
            j = end
            continue
        j += 1
    if first_np is None:
        return None
    # The subject range runs to the clause end, so that a name in apposition after a
    # description is found ("le secrétaire de presse de X, Dmitri Peskov", "…, photo à
    # l'appui, Valentin Belleville"); `np_speaker` prefers such a name.
    return first_np[0], stop


# --------------------------------------------------------------------------- selon

def selon_cue_positions(doc: Doc) -> list[int]:
    """Indices of the tokens that may start a selon cue (their lowercase form is the first
    word of one), read from the Doc's arrays without building a Token for every word."""
    if not len(doc):
        return []
    firsts = _selon_first_hashes()
    return [i for i, lower in enumerate(doc.to_array(LOWER).tolist()) if lower in firsts]


@lru_cache(maxsize=1)
def _selon_first_hashes() -> frozenset[int]:
    words = _selon_first_words()
    return frozenset(hash_string(form) for w in words for form in (w, w.replace("'", "’")))


def selon_cue_at(doc: Doc, i: int) -> int | None:
    """Number of tokens of a "selon"/"d'après"/"cité par" cue starting at token i, or 0."""
    if doc[i].lower_.replace("’", "'") not in _selon_first_words():
        return 0  # the common case, tested once per token of the article: keep it cheap
    for row in _selon_rows():
        words = row[:-1]
        if i + len(words) <= len(doc) and all(doc[i + n].lower_.replace("’", "'") == w
                                              for n, w in enumerate(words)):
            return len(words)
    return None


@lru_cache(maxsize=1)
def _selon_first_words() -> frozenset[str]:
    return frozenset(row[0] for row in _selon_rows())


@lru_cache(maxsize=1)
def _selon_rows() -> tuple[tuple[str, ...], ...]:
    return tuple(read_tsv("quotes_selon_cues.tsv"))


def selon_source(doc: Doc, start: int, limit: int) -> tuple[int, int] | None:
    """Token range of the source after a selon cue, or None when it is no source ("selon
    les pays"); "selon les chiffres du ministère" -> "ministère"."""
    end = noun_phrase_end(doc, start, limit)
    if end <= start:
        if start < limit and doc[start].pos_ == "PRON":
            return start, start + 1
        return None
    heads = [t for t in doc[start:end] if t.pos_ in ("NOUN", "PROPN")]
    if not heads:
        return None
    head = heads[0].lower_
    if head in word_set("quotes_selon_nonsource.txt"):
        return None
    if head in word_set("quotes_selon_documents.txt"):
        for n in range(heads[0].i + 1, end):
            if doc[n].lower_ in ("de", "d'", "d’", "du", "des"):
                inner = n + 1
                while inner < end and doc[inner].pos_ == "DET":
                    inner += 1
                if inner < end:
                    return (n + 1 if doc[n].lower_ in ("de", "d'", "d’") else inner), end
        return None
    # Extend over an apposition of names: "selon son avocat, Khéops Lara".
    while end < limit and doc[end].text == "," and end + 1 < limit \
            and doc[end + 1].pos_ == "PROPN":
        end = noun_phrase_end(doc, end + 1, limit)
    return start, _parenthesis_end(doc, end, limit)


# The longest parenthesis ("(ARS)", "(LR)") read as part of the name before it.
MAX_PARENTHESIS_TOKENS = 6


def _parenthesis_end(doc: Doc, end: int, limit: int) -> int:
    """A short parenthesis right after a name is part of it ("l'Agence régionale de santé
    (ARS)"): the token after its closing bracket, else `end`."""
    if end >= limit or doc[end].text != "(":
        return end
    for j in range(end + 1, min(limit, end + MAX_PARENTHESIS_TOKENS)):
        if doc[j].text == ")":
            return j + 1
    return end


def fullest_name(name: str, known: list[str]) -> str:
    """The longest known name whose words contain `name`'s words as a run ("Lemoyne" ->
    "Jean-Baptiste Lemoyne"), else `name`."""
    words = name.split()
    best = name
    for other in known:
        ow = other.split()
        if len(ow) > len(best.split()) and any(ow[i:i + len(words)] == words
                                               for i in range(len(ow) - len(words) + 1)):
            best = other
    return best
