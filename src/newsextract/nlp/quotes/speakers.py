"""Who is the speaker a mention names? Names, pronouns and descriptions resolved.

`SpeakerContext` holds the antecedents (entities named as clause subjects, earlier
speakers) with their gender and number; `pronoun_speaker` and `np_speaker` resolve a
subject mention through it: a person entity heading the noun phrase or in apposition
(never one inside a prepositional complement: "le porte-parole du ministre, Jean Dupont"
-> Jean Dupont), a pronoun, a definite description, else the bare noun phrase.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from newsextract.nlp.grammar_words import ANOTHER, PREPOSITION_DE, grammar_words
from newsextract.nlp.participants.descriptions import (
    compound,
    head_can_speak,
    head_can_speak_here,
    head_noun,
)
from newsextract.nlp.participants.groups import quantified_group_at
from newsextract.nlp.participants.lexicon import (
    DEFINITE_DETERMINERS,
    ONE_PERSON_LEXICONS,
    former_markers,
    generic_functions,
    titles,
)
from newsextract.nlp.participants.lookup import (
    by_entity,
    by_name,
    contradicts,
    described_at,
    resolve,
    role_stem,
    unnamed_described_at,
)
from newsextract.nlp.participants.mentions import (
    grammatical_gender,
    mention_gender,
    noun_phrase_end,
    np_start_governed,
    np_text,
)
from newsextract.nlp.quotes.authors import presented_author
from newsextract.nlp.quotes.banners import banner_nouns, carriers
from newsextract.nlp.quotes.documents import document_author, is_document, written_by
from newsextract.nlp.quotes.lexicon import (
    GROUP,
    PERSON_LABELS,
    pronoun_genders,
    pronoun_roles,
    word_set,
)
from newsextract.nlp.quotes.mentions import (
    demonstrative_person,
    describes,
    entities_in,
    entity_name,
    first_names,
    lone_other,
    one_of_phrase,
    points_to_last_source,
)
from newsextract.nlp.quotes.pairs import NamedPair, companion_of, counted_pair, pair_at
from newsextract.nlp.quotes.quoted_heads import (
    is_mark,
    label_head,
    quoted_head_end,
    without_marks,
)
from newsextract.nlp.quotes.shares import Share, share_at, share_speaker_name
from newsextract.nlp.quotes.there import writers_there
from newsextract.nlp.segment import segmentation

# How far back (characters) a pronoun or a description looks for its antecedent.
ANTECEDENT_CHARS = 2500


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
    # office (the registry's unnamed participant of an office description) -> the person
    # a first mention of it was resolved to: one office, one holder per article
    office_holders: dict[int, Speaker] = field(default_factory=dict)
    # people the article names together ("X et Y"): plural speakers (`quotes.pairs`)
    pairs: list[NamedPair] = field(default_factory=list)

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

    def number_of(self, i: int) -> str | None:
        return self.numbers[i] or registry_number(self.doc, self.items[i])

    def last(self, before: int, labels: tuple[str, ...], speakers_only: bool = False,
             prefer_speakers_for: tuple[str, ...] = (), gender: str | None = None,
             number: str | None = None, skip: tuple[int, int] | None = None
             ) -> Speaker | None:
        """The last antecedent before `before` with one of `labels`; `speakers_only`: only
        earlier speakers; `prefer_speakers_for`: labels that count only as speakers (an
        organisation merely named, "sur Twitter", is no antecedent); `gender`: skip those
        of the other gender ("elle" is not the man named in a complement); `number`: skip
        those of the other grammatical number ("ils" is not "le document"); `skip`: the
        characters of the words being attributed (see `antecedent`)."""
        i = bisect_left(self.positions, before) - 1
        while i >= 0:
            if _inside(self.positions[i], skip):
                i -= 1
                continue
            sp = self.items[i]
            is_speaker = self.from_speaker[i]
            g = self.gender_of(i)
            if sp.label in labels and (is_speaker or not speakers_only) \
                    and (is_speaker or sp.label not in prefer_speakers_for) \
                    and (gender is None or g is None or g == gender) \
                    and (number is None or self.number_of(i) in (None, number)):
                return sp
            i -= 1
        return None

    def antecedent(self, before: int, gender: str | None, labels: tuple[str, ...],
                   entity_labels: tuple[str, ...] = PERSON_LABELS,
                   max_chars: int = ANTECEDENT_CHARS,
                   skip: tuple[int, int] | None = None,
                   accept: Callable[[Speaker], bool] = lambda sp: True) -> Speaker | None:
        """The closest earlier speaker of compatible gender, or a person named as the
        subject of a clause (not a complement: "avec X", "de X") if named closer; only
        those `accept` takes.

        Last-speaker logic first: the one who spoke is the topic of the following
        "il a ajouté"; a newly named subject ("critiquée par le chef du parti, X.") takes
        over because it is closer. A person named inside the words the pronoun's cue
        attributes (`skip`: "…que la voiture de Paul X n'existait pas, a-t-il relevé") is
        what is spoken of, not who speaks.
        """
        i = bisect_left(self.positions, before) - 1
        while i >= 0 and before - self.positions[i] <= max_chars:
            if _inside(self.positions[i], skip):
                i -= 1
                continue
            sp = self.items[i]
            g = self.gender_of(i)
            if sp.label in labels and (gender is None or g is None or g == gender) \
                    and self.number_of(i) != "Plur" and accept(sp):
                # il/elle: never a group ("des manifestants", "X et Y").
                if self.from_speaker[i]:
                    return sp
                if sp.label in entity_labels and self.salient[i]:
                    return sp
            i -= 1
        return None

    def agreement_of(self, before: int, name: str | None) -> tuple[str | None, str | None]:
        """Gender and number known of the antecedent of that name last added before
        `before` (None, None when it never was)."""
        i = bisect_left(self.positions, before) - 1
        while i >= 0 and self.items[i].name != name:
            i -= 1
        return (self.gender_of(i), self.number_of(i)) if i >= 0 else (None, None)

    def last_position(self, before: int, name: str | None) -> int:
        """Where the antecedent of that name was last mentioned before `before`, -1."""
        i = bisect_left(self.positions, before) - 1
        while i >= 0 and self.items[i].name != name:
            i -= 1
        return self.positions[i] if i >= 0 else -1

    def learn_gender(self, name: str | None, gender: str | None) -> None:
        if name and gender:
            self.name_gender.setdefault(name, gender)


def apposed_title(tokens: list[Token]) -> tuple[int, int] | None:
    """ "le quotidien Le Courrier du Sud": the capitalised title right after the head noun
    of an organisation's description, which names it whatever the entity layer made of
    it (its capitalised words and the small words between them, up to any punctuation);
    its character range, or None."""
    head = next((k for k, t in enumerate(tokens) if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None:
        return None
    title: list[Token] = []
    for t in tokens[head + 1:]:
        if t.is_space:
            continue
        if not (t.text[:1].isupper() or (title and t.pos_ in ("ADP", "DET"))):
            break
        title.append(t)
    while title and not title[-1].text[:1].isupper():
        title.pop()
    if not title or any(t.ent_type_ == "PER" for t in title):
        return None  # "le gouvernement Philippe": a person's name, not a title
    return title[0].idx, title[-1].idx + len(title[-1])


def registry_number(doc: Doc, speaker: Speaker) -> str | None:
    """The number the participant registry knows of the group or person a named
    antecedent is ("Plur" for a group of people), so that "précise-t-il" never goes to a
    group: only the participant whose own name the antecedent carries (a pronoun mention
    may be linked to somebody else)."""
    if speaker.start_char is None or speaker.name is None:
        return None
    p = resolve(doc, speaker.start_char, speaker.end_char)
    if p is None or (speaker.name != p["name"] and speaker.name not in (p["names"] or [])):
        return None
    return "Plur" if p["kind"] == GROUP else p.get("number")


def _inside(pos: int, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= pos < span[1]


def pronoun_speaker(tok: Token, ctx: SpeakerContext,
                    reported: tuple[int, int] | None = None) -> Speaker | None:
    """A subject pronoun resolved to the last speaker of compatible gender (or a person
    named since as a subject); None for je/nous/on. `reported`: the characters of the
    words the pronoun's cue attributes, whose mentions are not its antecedents."""
    form = tok.lower_.lstrip("-").replace("’", "'")
    role = pronoun_roles().get(form)
    if role not in ("resolve", "group"):
        return None
    topic = topic_before(tok)
    if topic is not None:
        found = np_speaker(tok.doc, *topic, ctx)
        if found is not None:
            return found
    gender = grammatical_gender(tok) or pronoun_genders().get(form)
    if role == "group":
        # "Certaines ont crié «…»": some of the last group of people named.
        ante = ctx.last(tok.idx, (GROUP,), number="Plur",
                        gender="Fem" if form.endswith("es") else None, skip=reported)
    elif form in ("ils", "elles") or tok.morph.get("Number") == ["Plur"]:  # "selon eux"
        # Earlier speakers, or a group of people that was a clause's subject ("GROUP").
        ante = ctx.last(tok.idx, ("PER", "ORG", "NP", GROUP), number="Plur",
                        prefer_speakers_for=("PER", "ORG", "NP"),
                        gender="Fem" if form == "elles" else None, skip=reported)
    else:
        ante = ctx.antecedent(tok.idx, gender, ("PER", "ORG", "NP"), ("PER", "NP"),
                              skip=reported)
        if ante is None:
            ante = ctx.last(tok.idx, ("PER", "ORG"), prefer_speakers_for=("ORG",),
                            gender=gender, skip=reported)
        if ante is not None and ante.label == "PER":
            ctx.learn_gender(ante.name, gender)
    if ante is None:
        return None
    return Speaker(ante.name, "NP" if ante.label == GROUP else ante.label, tok.idx,
                   tok.idx + len(tok))


def topic_before(tok: Token) -> tuple[int, int] | None:
    """ "Quant au quotidien X, dans son édition du jour, il titrait : «…»": the token range
    of the topic a subject pronoun takes up — the words after a topic marker opening its
    sentence (`quotes_topic_markers.txt`) — when no verb stands between the comma that
    ends the topic's noun phrase and the pronoun; else None."""
    doc = tok.doc
    first = doc.char_span(segmentation(doc).sentence(tok.idx)[0], tok.idx + len(tok),
                          alignment_mode="expand")
    if first is None:
        return None
    start = first.start
    while start < tok.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    for marker in word_set("quotes_topic_markers.txt"):
        words = marker.split()
        end = start + len(words)
        if end >= tok.i or [t.lower_ for t in doc[start:end]] != words:
            continue
        comma = next((t.i for t in doc[end:tok.i] if t.text == ","), None)
        if comma is None or comma == end or any(
                t.pos_ in ("VERB", "AUX") for t in doc[comma:tok.i]):
            return None
        # up to the comma before the pronoun: a name in apposition ("Quant à son
        # adjoint, Paul X, il …") is the topic's; adverbials ("dans son édition du jour")
        # hold only complements, never a speaker
        return end, max(t.i for t in doc[end:tok.i] if t.text == ",")
    return None


def _is_word(tok: Token) -> bool:
    """A word of two letters or more, hyphenated ones too ("ex-ministre"), not "-t-"."""
    letters = tok.text.strip("-")
    return len(letters) > 1 and letters.replace("-", "").isalpha()


def _is_participant(doc: Doc, ent: Span) -> bool:
    """A person or organisation entity speaks only as a participant of the registry (not a
    title alone, "Monseigneur", nor an event, "Lyon - Nantes")."""
    if ent.label_ not in ("PER", "ORG") or not doc._.participants:
        return True
    entity_id = (ent._.entity or {}).get("entity_id")
    return entity_id is None or by_entity(doc, entity_id) is not None


def _registry_denies(doc: Doc, mention_start: int, gender: str | None,
                     ante: Speaker) -> bool:
    """The registry keeps the description at `mention_start` (of grammatical `gender`) as
    an unnamed participant and the fallback person contradicts it (gender, or another
    function: "le préfet X" is not "le président du club"): the description itself
    speaks (QUOTES.md). A participant of the other gender than the mention is a merge the
    registry got wrong: no evidence."""
    unnamed = unnamed_described_at(doc, mention_start)
    if unnamed is None or ante.start_char is None \
            or (gender and unnamed.get("gender") and unnamed["gender"] != gender):
        return False
    named = _participant_of(doc, ante)
    return named is not None and named["kind"] == "PER" \
        and (contradicts(unnamed, named, titles(), generic_functions())
             or _profession_of_an_officeholder(unnamed, named))


def _profession_of_an_officeholder(unnamed: dict, named: dict) -> bool:
    """ "cet archéologue à la retraite" after "le ministre X": a bare profession
    (`quotes_professions.txt`, no title) is not the person the article knows only by
    offices (titles that are functions, ranks and generic functions aside); a
    description carried across the article, not a guess from who was named last."""
    own = {h.lower() for h in unnamed.get("heads") or []}
    held = {h.lower() for h in named.get("heads") or []} - generic_functions()
    professions, offices = _professions_and_offices()
    return bool(own) and own <= professions and bool(held) and held <= offices \
        and not {role_stem(h) for h in own} & {role_stem(h) for h in held}


@cache
def _professions_and_offices() -> tuple[frozenset[str], frozenset[str]]:
    """Professions that are no title; offices: titles that are functions ("ministre",
    "préfet"), not a degree or a form of address ("docteur") nor a trade ("professeur")."""
    professions = word_set("quotes_professions.txt")
    return (frozenset(professions - set(titles())),
            frozenset(set(titles()) & word_set("quotes_person_descriptions.txt") - professions))


def _office_not_held(doc: Doc, char: int, ante: Speaker, ctx: SpeakerContext) -> bool:
    """ "Le préfet de la Somme a demandé de «…»" after the words of a driver: the
    description at `char` names an office (`titles.txt`, not a function of any body such
    as "chef") that the registry kept as an unnamed participant because nobody it names
    holds it, and the fallback person is not known in that office: known by other words
    ("le suspect"), or not the last to speak (another source spoke since they were last
    mentioned, so the description does not refer back to them). The office itself
    speaks ("préfet de la Somme"); "le ministre" right after the words of a man the
    article names only by his name still refers back to him."""
    unnamed = unnamed_described_at(doc, char)
    if unnamed is None or ante.start_char is None:
        return False
    offices = {role_stem(h) for h in unnamed.get("heads") or []
               if h.lower() in titles() and h.lower() not in generic_functions()}
    mentioned = resolve(doc, ante.start_char, ante.end_char)
    named = _participant_of(doc, ante)
    if not offices or named is None or named["kind"] != "PER":
        return False
    held = {role_stem(h) for h in named.get("heads") or []
            if h.lower() not in generic_functions()}  # a rank goes with any office
    if held:
        return not offices & held
    if mentioned is None:
        return False  # reached through a pronoun the registry has no mention of: the floor
    last = ctx.last(char, (*PERSON_LABELS, "ORG", "LOC", "NP", GROUP), speakers_only=True)
    return last is not None and last.name != ante.name \
        and ctx.last_position(char, last.name) > ctx.last_position(char, ante.name)


def _described_person(doc: Doc, start: int, end: int, ctx: SpeakerContext) -> Speaker | None:
    """The person a description in tokens [start, end) that the registry linked to nobody
    named refers back to ("a rappelé le ministre": the one of its gender who spoke or
    was a subject last, else the last named), or None when it speaks as an unnamed
    source: no one before it can be that person (`_registry_denies`: "la procureure" is
    not the defendant the article calls "le jeune homme"; "le président du club" is not
    "le préfet X"), or is named other than as a complement ("le régime de Paul X")."""
    char = doc[start].idx
    office = _office_at(doc, start, end)
    if office is not None and office in ctx.office_holders:
        # "le Premier ministre" again: whoever the article's first one was, not the
        # person named last ("…évoquées par le président X. Le Premier ministre a dit")
        return ctx.office_holders[office]
    gender = mention_gender(doc, start, end)
    ante = ctx.antecedent(char, gender, PERSON_LABELS) or _last_person(doc, char, gender, ctx)
    if ante is None or _registry_denies(doc, char, gender, ante) \
            or _office_not_held(doc, char, ante, ctx) \
            or _office_of_a_named_body(doc, start, end, ante):
        return None
    if gender is not None and _known_gender(doc, ctx, ante) is None:
        # "«…», explique la chanteuse" right after a man spoke: a woman the article gave
        # no gender further back is a guess; the description speaks
        nearest = ctx.antecedent(char, None, PERSON_LABELS) or _last_person(doc, char, None, ctx)
        if nearest is not None and nearest != ante \
                and _known_gender(doc, ctx, nearest) not in (None, gender):
            return None
    if office is not None:
        ctx.office_holders[office] = ante
    return ante


# Characters around a person's name searched for the body an office description names.
BODY_NEAR_NAME_CHARS = 150


def _office_of_a_named_body(doc: Doc, start: int, end: int, ante: Speaker) -> bool:
    """ "», a dit à la radio le directeur de la Régie Y" after "le président Paul X": a
    function whose complement names an organisation (an entity after the head noun) is an
    office of that body in full, not a bare description that refers back; the fallback
    person, whom the article knows by other functions only (any function, "directeur" too:
    the body makes it specific) and never names near that body, is not that officeholder
    and the description speaks. A person the article gave no function, or named close to
    the body ("le journaliste de la chaîne Y Paul X … le reporter de Y"), may be the one."""
    head = head_noun(doc[start:end])
    if head is None or any(t.lower_.split("-")[0] in former_markers() for t in doc[start:end]):
        return False  # "l'ancien dirigeant de X": a past function contradicts no present one
    bodies = [t for t in doc[head.i + 1:end] if t.ent_type_ == "ORG"]
    if not bodies or not any(t.lower_ in grammar_words(PREPOSITION_DE)
                             for t in doc[head.i + 1:bodies[0].i]):
        return False  # "le député UDI": a party label, no office of a body ("de la X")
    named = _participant_of(doc, ante)
    held = {role_stem(h) for h in (named or {}).get("heads") or []}
    if not held or role_stem(compound(head)) in held:
        return False
    body = _letters(" ".join(t.text for t in bodies))
    text = segmentation(doc).text  # the article's text once (Doc.text rebuilds it)
    reach = BODY_NEAR_NAME_CHARS
    return not any(body in _letters(text[max(0, a - reach):b + reach])
                   for a, b, kind in named["mentions"] if kind == "name" and b <= doc[start].idx)


def _letters(text: str) -> str:
    """Lowercase letters and digits only: "C-News" and "CNews" are one name."""
    return "".join(c for c in text.lower() if c.isalnum())


def _participant_of(doc: Doc, sp: Speaker) -> dict | None:
    """The registry's participant of a person speaker: the one of its name, else the one
    its mention belongs to (a pronoun's own registry reading may differ from the floor's)."""
    named = by_name(doc, sp.name) if sp.name and sp.label == "PER" else None
    if named is None and sp.start_char is not None:
        named = resolve(doc, sp.start_char, sp.end_char)
    return named


def _office_at(doc: Doc, start: int, end: int) -> int | None:
    """The registry's unnamed participant of the office description in tokens
    [start, end) ("le préfet", "la Première ministre": a head in `titles.txt` that is no
    function of any body such as "chef"), or None; None too for a former or future
    holder ("l'ancien ministre", `participants_former_markers.txt`), who is someone else."""
    unnamed = unnamed_described_at(doc, doc[start].idx)
    if unnamed is None or any(t.lower_.rstrip("-") in former_markers()
                              or t.lower_.split("-")[0] in former_markers()
                              for t in doc[start:end]):
        return None
    heads = {h.lower() for h in unnamed.get("heads") or []}
    return unnamed["participant_id"] \
        if heads & titles() and not heads & generic_functions() else None


def _known_gender(doc: Doc, ctx: SpeakerContext, sp: Speaker) -> str | None:
    """The gender the article tells of a person speaker: the registry's, or the one a
    pronoun resolved to that name showed."""
    p = resolve(doc, sp.start_char, sp.end_char) if sp.start_char is not None else None
    told = p.get("gender") if p is not None and p["kind"] == "PER" else None
    return told or ctx.name_gender.get(sp.name or "")


def _last_person(doc: Doc, char: int, gender: str | None, ctx: SpeakerContext
                 ) -> Speaker | None:
    """The person of compatible gender named last before `char`, passing over those the
    article names only as a complement so far."""
    before = char
    while True:
        ante = ctx.last(before, PERSON_LABELS, gender=gender)
        if ante is None or ante.start_char is None:
            return None
        if not _only_spoken_of(doc, ante, char):
            return ante
        before = ante.start_char


def _only_spoken_of(doc: Doc, ante: Speaker, char: int) -> bool:
    """Every name mention of the participant of `ante` before `char` is a prepositional
    complement: someone spoken of, never the one a bare description refers back to."""
    p = resolve(doc, ante.start_char, ante.end_char)
    if p is None or p["kind"] != "PER":
        return False
    names = [doc.char_span(start, end, alignment_mode="expand")
             for start, end, kind in p["mentions"] if kind == "name" and start < char]
    return bool(names) and all(span is not None and np_start_governed(doc, span.start)
                               for span in names)


def _in_relative_clause(doc: Doc, start: int, ent: Span) -> bool:
    """ "Le maire, qui avait reçu Paul X la veille, a dit": a name inside a relative clause
    of the subject is what the clause speaks of; the subject is the noun before it."""
    return any(a.dep_ == "acl:relcl" and a.pos_ in ("VERB", "AUX")
               and start <= a.head.i < ent.start and a.head.pos_ == "NOUN"
               for a in ent.root.ancestors)  # not "X, dont Y et Z,": a list, no clause


def _parenthesised_gloss(doc: Doc, start: int, ent: Span) -> bool:
    """ "la présidente de l'Office national (ONX) a dit": an acronym or party in brackets
    inside the noun phrase glosses a complement, it is not the head."""
    return ent.start - 1 > start and doc[ent.start - 1].text == "("


@cache
def _person_head_words() -> frozenset[str]:
    """Nouns naming a person by what they are or do (read once)."""
    return word_set("quotes_person_descriptions.txt") | word_set("quotes_professions.txt")


def _modifies_person_head(doc: Doc, start: int, ent: Span) -> bool:
    """ "le député XYZ", "la conseillère ABC de Lille": an organisation (a party, a
    union) right after a noun of a person's function or profession heading the phrase
    (`quotes_person_descriptions.txt`, `quotes_professions.txt`; not "le quotidien X",
    whose name is the speaker) is that person's affiliation; the person speaks."""
    if ent.label_ not in ("ORG", "LOC") or ent.start <= start:
        return False
    head = head_noun(doc[start:ent.start])
    return head is not None \
        and bool({compound(head), head.lemma_.lower()} & _person_head_words()) \
        and all(t.pos_ in ("ADJ", "NOUN") for t in doc[head.i + 1:ent.start])


# Words (determiners, adjectives) a banner noun may follow at the head of a phrase.
BANNER_HEAD_REACH = 3


def _pointed_back_to(doc: Doc, ctx: SpeakerContext, char: int, gender: str | None,
                     head: str) -> Speaker | None:
    """ "un retraité dit … «…», ajoute cet homme de 70 ans": a demonstrative description
    (head noun `head`) is the person, named or not, who spoke or was the subject last;
    not when a closer one has the other gender (a gender the article may have told
    wrong: the description then speaks as itself), nor when the registry tells them apart
    ("cet archéologue" is not "le ministre X": `_registry_denies`)."""
    labels = (*PERSON_LABELS, "NP")

    def person(sp: Speaker) -> bool:
        return _is_person(sp, head)

    nearest = ctx.antecedent(char, None, labels, max_chars=DEMONSTRATIVE_REACH_CHARS,
                             accept=person)
    if nearest is None or _registry_denies(doc, char, gender, nearest) \
            or _office_not_held(doc, char, nearest, ctx):
        return None
    return nearest if ctx.antecedent(char, gender, labels, max_chars=DEMONSTRATIVE_REACH_CHARS,
                                     accept=person) == nearest else None


# How far back (characters) a demonstrative description looks: about the sentence or two
# before ("cet homme" is the person just spoken of; further back it may be someone the
# parse missed, e.g. a nickname in quotation marks).
DEMONSTRATIVE_REACH_CHARS = 400


def _is_person(sp: Speaker, head: str) -> bool:
    """A person speaker: named, or described by a noun naming one person ("retraité de
    Lens", not "police"), or by the same head ("un automobiliste belge … cet
    automobiliste")."""
    if sp.label in PERSON_LABELS:
        return True
    words = [w for w in (sp.name or "").lower().split() if w not in grammar_words(ANOTHER)]
    return sp.label == "NP" and bool(words) and (words[0] == head or any(
        words[0] in word_set(lexicon) for lexicon in ONE_PERSON_LEXICONS))


def _banner_head(doc: Doc, start: int, end: int) -> Token | None:
    """The banner noun heading the phrase [start, end) ("une large banderole", "pancartes
    et banderoles de …"), or None."""
    head = head_noun(doc[start:min(end, start + BANNER_HEAD_REACH)])
    return head if head is not None and head.lower_ in banner_nouns() else None


def _another_member(doc: Doc, start: int, end: int, ctx: SpeakerContext) -> Speaker:
    """ "un autre" after "«…», lance un élu": "autre élu", the noun of the unnamed speaker
    who spoke last; plain "autre" when the last speaker is named or a group (never that
    speaker)."""
    last = ctx.last(doc[start].idx, (*PERSON_LABELS, "ORG", "LOC", "NP", GROUP),
                    speakers_only=True)
    single = ctx.last(doc[start].idx, ("NP",), speakers_only=True, number="Sing")
    noun = single.name if single is not None and single is last and single.name else ""
    first, _, rest = noun.partition(" ")
    noun = rest if first in grammar_words(ANOTHER) else noun  # "autre élu" -> "élu"
    other = doc[start + 1].lower_  # "un autre" (lone_other)
    return Speaker(f"{other} {noun}".strip(), "NP", doc[start].idx,
                   doc[end - 1].idx + len(doc[end - 1]))


def _share_after_detached_phrase(doc: Doc, start: int, end: int) -> Share | None:
    """ "Peu convaincus par le projet, 80 % des habitants pensent …": a subject whose
    extent took in a detached phrase before it is the share after its last comma."""
    comma = next((k for k in range(end - 1, start - 1, -1) if doc[k].text == ","), None)
    return share_at(doc, comma + 1, end) if comma is not None else None


def _capitalised_name(doc: Doc, start: int, end: int) -> bool:
    """Tokens [start, end) are capitalised words, hyphen-joined or not: a name."""
    return end > start and doc[start].text[:1].isupper() and all(
        (t.text[:1].isupper() and t.is_alpha) or t.text == "-" for t in doc[start:end])


def np_speaker(doc: Doc, start: int, end: int, ctx: SpeakerContext,
               any_source: bool = False, speaker_position: bool = False,
               refers_back: bool = True) -> Speaker | None:
    """The speaker a noun phrase in tokens [start, end) names, or None.

    Preference: a person entity not inside a prepositional complement, then an
    organisation or place so placed; a pronoun; a description the participant registry
    resolves to a named person or organisation, else to the last one named; the bare noun
    phrase if its head can speak (a person, a group, an organisation: see
    participants/lexicon.py; in a `speaker_position`, the subject of an unambiguous
    reporting verb, also an unknown noun the word vectors find person-like, which refers
    back like a description when definite), whatever its head for a selon source
    (`any_source`: a poll or a document is a source, not a speaker).

    Not `refers_back`: the phrase names the author of words someone else recalls ("a
    regretté Paul, citant la formule de la ministre : «…»"), not whoever was named or
    spoke last; a description is then the registry's participant or the holder of an
    office the article already filled, else it speaks as an unnamed source.
    """
    if start >= end:
        return None
    banner = _banner_head(doc, start, end)
    if banner is not None:
        # "une banderole proclamait : «…»", "«…», clamaient les pancartes de Brest à
        # Lille": a banner never speaks, the group carrying it does (`banners`); the
        # places in its complements are no speakers.
        found = carriers(doc, banner)
        return np_speaker(doc, *found, ctx) if found is not None else None
    share = share_at(doc, start, end) or _share_after_detached_phrase(doc, start, end)
    if share is not None:
        # "62 % des sondés estiment": the share of that population, whatever its noun
        # (before any entity of its complements); "63 % d'entre eux": of the last group
        # of people named before.
        group = ctx.last(doc[share.start].idx, (GROUP,), number="Plur")
        among = (group.start_char, group.end_char) \
            if group is not None and group.start_char is not None else None
        return Speaker(share_speaker_name(doc, share, among), "NP", doc[share.start].idx,
                       doc[share.end - 1].idx + len(doc[share.end - 1]))
    candidates = [e for e in entities_in(doc, start, end)
                  if not np_start_governed(doc, e.start) and _is_participant(doc, e)
                  and not _parenthesised_gloss(doc, start, e)
                  and not _in_relative_clause(doc, start, e)]
    candidates += [e for e in first_names(doc, start, end) if not np_start_governed(doc, e.start)]
    for labels in (PERSON_LABELS, ("ORG", "LOC")):
        for ent in candidates:
            if ent.label_ in labels and not _modifies_person_head(doc, start, ent):
                pair = pair_at(ctx.pairs, ent.start_char, doc[end - 1].idx + len(doc[end - 1]))
                if pair is not None and pair.start_char == ent.start_char:
                    # "X et Y ont affirmé": both speak
                    return Speaker(pair.name, "NP", pair.start_char, pair.end_char)
                return Speaker(entity_name(ent), ent.label_, ent.start_char, ent.end_char)
    first = doc[start]
    one_of = one_of_phrase(doc, start, end)
    if one_of is not None:
        return Speaker(doc[one_of[0]:one_of[1]].text, "NP", doc[one_of[0]].idx,
                       doc[one_of[1] - 1].idx + len(doc[one_of[1] - 1]))
    there = writers_there(doc, start, end)
    if there is not None:  # "ceux qui s'y expriment": the document "y" stands for
        return np_speaker(doc, *there, ctx)
    if first.pos_ == "PRON" or (first.pos_ in ("NOUN", "PROPN")
                                and first.lower_ in pronoun_roles()):
        # "Lui aussi laisse entendre que…": a stressed pronoun the tagger read as a noun
        return pronoun_speaker(first, ctx)
    quoted_end = quoted_head_end(doc, start, end)  # "un «gilet jaune»": marks in the phrase
    if lone_other(doc, start, end) and quoted_end is None:
        return _another_member(doc, start, start + 2, ctx)
    pair = counted_pair(doc, start, end, ctx.pairs, ANTECEDENT_CHARS)
    if pair is not None:  # "les deux hommes" after "X et Y"
        return Speaker(pair.name, "NP", doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
    possessor = ctx.last(doc[start].idx, PERSON_LABELS, speakers_only=True)
    companion = companion_of(doc, start, end, ctx.pairs,
                             possessor.name if possessor is not None else None)
    if companion is not None:  # "son acolyte": the other of the two, not the possessor
        return Speaker(companion, "PER", doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
    people = quantified_group_at(doc, start)
    if people is not None and people < end:
        start = people  # "des centaines de pompiers": the group is named "pompiers"
    given_end = end
    end = quoted_end or max(start + 1, noun_phrase_end(doc, start, end))
    tokens = [t for t in doc[start:end] if not is_mark(t)]
    if not tokens:
        return None  # a stray mark: nobody
    mention = (tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
    participant = described_at(doc, mention[0])
    if participant is not None:
        # "a lancé la chauffeuse": the driver the article names (the registry's description).
        return Speaker(participant["name"], participant["kind"], *mention)
    # a quoted label is the phrase's noun whatever the tagger made of its words
    head = label_head(doc, start, end) if quoted_end is not None else head_noun(tokens)
    if not refers_back:
        presented = presented_author(doc, start, end)
        if presented is not None:  # "les mots du maire" after "Le maire, Paul X, …"
            return Speaker(presented["name"], presented["kind"], *mention)
        office = _office_at(doc, start, end)
        if office is not None and office in ctx.office_holders:
            held = ctx.office_holders[office]
            return Speaker(held.name, held.label, *mention)
    elif demonstrative_person(tokens, head):
        ante = _pointed_back_to(doc, ctx, mention[0], mention_gender(doc, start, end),
                                head.lower_)
        if ante is not None:
            return Speaker(ante.name, ante.label, *mention)
    if refers_back and (describes(tokens, "quotes_last_mentioned.txt")
                        or points_to_last_source(tokens)):
        ante = ctx.last(tokens[0].idx, ("PER", "ORG", "LOC", "NP"), speakers_only=True)
        if ante is None and points_to_last_source(tokens):
            # "a-t-on appris de même source" after "La préfecture a fait état de …":
            # no quote before, the organisation named last is the source
            ante = ctx.last(tokens[0].idx, ("ORG", "NP")) \
                or ctx.last(tokens[0].idx, (GROUP,))
            if ante is None:
                return NO_SPEAKER  # "même source" names no one by itself
        if ante is not None:
            return Speaker(ante.name, ante.label, *mention)
    if refers_back and describes(tokens, "quotes_person_concerned.txt"):
        ante = ctx.last(tokens[0].idx, PERSON_LABELS, gender=mention_gender(doc, start, end))
        if ante is not None:
            return Speaker(ante.name, ante.label, *mention)
    if refers_back and (describes(tokens, "quotes_person_descriptions.txt")
                        or describes(tokens, "quotes_professions.txt")
                        or (quoted_end is not None
                            and tokens[0].lower_ in DEFINITE_DETERMINERS
                            and tokens[0].morph.get("Number") != ["Plur"])):
        # "ajoute ce «gilet jaune»": a definite quoted label refers back like a description
        # (not "les «gilets jaunes»": a group)
        ante = _described_person(doc, start, end, ctx)
        if ante is not None:
            return Speaker(ante.name, ante.label, *mention)
    if describes(tokens, "quotes_org_descriptions.txt"):
        named = apposed_title(list(doc[start:given_end]))
        if named is not None:  # "le journal La Gazette du Nord": the title names it
            return Speaker(doc.text[named[0]:named[1]], "ORG", *named)
        ante = ctx.last(tokens[0].idx, ("ORG",), speakers_only=True) \
            or ctx.last(tokens[0].idx, ("ORG",)) if refers_back else None
        if ante is not None:
            return Speaker(ante.name, ante.label, *mention)
    name = without_marks(np_text(tokens))
    if not name or not (any(t.pos_ in ("NOUN", "PROPN") for t in tokens) or head is not None) \
            or not any(_is_word(t) for t in tokens):
        if any_source and _capitalised_name(doc, start, given_end):
            # "selon un sondage Odoxa-Verdi": a maker's name the tagger read as adjectives
            return Speaker(doc[start:given_end].text, "NP", doc[start].idx,
                           doc[given_end - 1].idx + len(doc[given_end - 1]))
        return None  # no word ("-t-", a stray mark): nobody
    if not any_source and head is not None \
            and not head_can_speak_here(head, speaker_position):
        return None  # "a estimé le vote", "ajoute la portée du chiffre": no one speaks
    if speaker_position and refers_back and not any_source and head is not None \
            and not head_can_speak(head) and tokens[0].lower_ in DEFINITE_DETERMINERS \
            and head.morph.get("Number") != ["Plur"]:  # "les ultras" are a group
        # a person noun only the vectors know, definite: it refers back like the
        # lexicon's descriptions ("«…», écrit l'aîné de la famille" after naming him)
        ante = _described_person(doc, start, end, ctx)
        if ante is not None:
            return Speaker(ante.name, ante.label, *mention)
    document = written_by(doc, head) if head is not None else None
    if not any_source and (is_document(head) or document is not None):
        # "», relate le rapport", "affirment les signataires du texte": the body the
        # article says wrote it
        author = document_author(doc, document or head)
        if author is not None and not is_document(head_noun(doc[author[0]:author[1]])):
            found = np_speaker(doc, author[0], author[1], ctx)
            if found is not None:
                return Speaker(found.name, found.label, *mention)
    return Speaker(name, "NP", *mention)
