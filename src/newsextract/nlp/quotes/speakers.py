"""Who is the speaker a mention names? Names, pronouns and descriptions resolved.

`pronoun_speaker` and `np_speaker` resolve a subject mention through the antecedents of
a `SpeakerContext` (`speaker_context`): a person entity heading the noun phrase or in
apposition (never one inside a prepositional complement: "le porte-parole du ministre,
Jean Dupont" -> Jean Dupont), a pronoun, a definite description (`antecedents`,
`offices`), else the bare noun phrase.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsextract.nlp.grammar_words import ANOTHER, INDEFINITE_SINGULAR, grammar_words
from newsextract.nlp.participants.descriptions import (
    head_can_speak,
    head_can_speak_here,
    head_noun,
)
from newsextract.nlp.participants.groups import quantified_group_at
from newsextract.nlp.participants.lexicon import DEFINITE_DETERMINERS, organisation_kind
from newsextract.nlp.participants.lexicon import (
    titles as person_titles,  # not quotes' titles+honorifics
)
from newsextract.nlp.participants.lookup import by_entity, described_at, organisation_kinds
from newsextract.nlp.participants.mentions import (
    grammatical_gender,
    mention_gender,
    noun_phrase_end,
    np_start_governed,
    np_text,
)
from newsextract.nlp.quotes.adverbials import before_time_adverbial
from newsextract.nlp.quotes.antecedents import (
    described_person,
    in_relative_clause,
    modifies_person_head,
    parenthesised_gloss,
    pointed_back_to,
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
from newsextract.nlp.quotes.offices import office_at
from newsextract.nlp.quotes.ordinals import ordinal_member
from newsextract.nlp.quotes.pairs import companion_of, counted_pair, group_named_by, pair_at
from newsextract.nlp.quotes.quoted_heads import is_mark, label_head, quoted_head_end, without_marks
from newsextract.nlp.quotes.seats import seat_described
from newsextract.nlp.quotes.shares import Share, share_at, share_speaker_name
from newsextract.nlp.quotes.speaker_context import (
    ANTECEDENT_CHARS,
    NO_SPEAKER,
    Speaker,
    SpeakerContext,
)
from newsextract.nlp.quotes.there import writers_there
from newsextract.nlp.segment import article_text, segmentation


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
    # the form's own gender first ("celui", "elle"): the tagger sometimes reads "Celui"
    # opening a sentence as feminine
    gender = pronoun_genders().get(form) or grammatical_gender(tok)
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

# Words (determiners, adjectives) a banner noun may follow at the head of a phrase.
BANNER_HEAD_REACH = 3

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


def _title_governed_in_phrase(doc: Doc, start: int, ent: Span) -> bool:
    """A person named after a title that a preposition of the phrase governs: "X,
    boulangère, en réponse au discours du maire Y" (Y is spoken of); not a title the
    phrase opens with ("le ministre Y", whatever governs the phrase from outside)."""
    i = ent.start - 1
    return i > start and doc[i].pos_ == "NOUN" and doc[i].lower_ in person_titles() \
        and doc[i].morph.get("Number") != ["Plur"] and np_start_governed(doc, i, start)


def _capitalised_name(doc: Doc, start: int, end: int) -> bool:
    """Tokens [start, end) are capitalised words, hyphen-joined or not: a name."""
    return end > start and doc[start].text[:1].isupper() and all(
        (t.text[:1].isupper() and t.is_alpha) or t.text == "-" for t in doc[start:end])


@dataclass(frozen=True)
class _Phrase:
    """A noun phrase read as a description: tokens [start, end) (its quoted label's end
    when marks close it), `given_end` the end the caller gave, `tokens` its words without
    quotation marks, `head` its noun, `quoted` whether marks enclose its label."""

    doc: Doc
    start: int
    end: int
    given_end: int
    tokens: list[Token]
    head: Token | None
    quoted: bool

    @property
    def mention(self) -> tuple[int, int]:
        return self.tokens[0].idx, self.tokens[-1].idx + len(self.tokens[-1])


@dataclass(frozen=True)
class _Reading:
    """How the caller reads the phrase (see `np_speaker`)."""

    any_source: bool = False
    speaker_position: bool = False
    refers_back: bool = True


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
    end = before_time_adverbial(doc, start, end)  # "le parquet dimanche": no date
    start = _name_begun_before(doc, start)
    banner = _banner_head(doc, start, end)
    if banner is not None:
        # "une banderole proclamait : «…»", "«…», clamaient les pancartes de Brest à
        # Lille": a banner never speaks, the group carrying it does (`banners`); the
        # places in its complements are no speakers.
        found = carriers(doc, banner)
        if found is None or _banner_head(doc, *found) is not None:
            return None  # a banner found carrying a banner: no one to give (and no loop)
        return np_speaker(doc, *found, ctx)
    share = share_at(doc, start, end) or _share_after_detached_phrase(doc, start, end)
    if share is not None:
        return _share_speaker(doc, share, ctx)
    named = _named_head(doc, start, end, ctx)
    if named is not None:
        return named
    member = _member_named_before(doc, start, end, ctx)
    if member is not None:
        return member
    there = writers_there(doc, start, end)
    if there is not None:  # "ceux qui s'y expriment": the document "y" stands for
        return np_speaker(doc, *there, ctx)
    first = doc[start]
    if first.pos_ == "PRON" or (first.pos_ in ("NOUN", "PROPN")
                                and first.lower_ in pronoun_roles()):
        # "Lui aussi laisse entendre que…": a stressed pronoun the tagger read as a noun
        return pronoun_speaker(first, ctx)
    quoted_end = quoted_head_end(doc, start, end)  # "un «gilet jaune»": marks in the phrase
    if lone_other(doc, start, end) and quoted_end is None:
        return _another_member(doc, start, start + 2, ctx)
    pair = _pair_named_before(doc, start, end, ctx)
    if pair is not None:
        return pair
    phrase = _description_phrase(doc, start, end, quoted_end)
    if phrase is None:
        return None  # a stray mark: nobody
    return _description_speaker(phrase, ctx, _Reading(any_source, speaker_position,
                                                      refers_back))


def _name_begun_before(doc: Doc, start: int) -> int:
    """ "Marine Le Goff a parlé", "M. Di Costa a annoncé": the parser reads the particle of
    a compound surname as the determiner of a subject "Le Goff" whose first name it leaves
    out; a phrase starting inside a person's name starts where the name does, when the
    words it left out are capitalised names or particles (not a verb or an adjective the
    entity took in: "«…», sourit Léa")."""
    return next((e.start for e in doc.spans.get("entities", [])
                 if e.label_ in PERSON_LABELS and e.start < start < e.end
                 and all(t.text[:1].isupper() and t.pos_ not in ("VERB", "AUX", "ADJ")
                         for t in doc[e.start:start])), start)


def _share_speaker(doc: Doc, share: Share, ctx: SpeakerContext) -> Speaker:
    """ "62 % des sondés estiment": the share of that population, whatever its noun
    (before any entity of its complements); "63 % d'entre eux": of the last group of
    people named before."""
    group = ctx.last(doc[share.start].idx, (GROUP,), number="Plur")
    among = (group.start_char, group.end_char) \
        if group is not None and group.start_char is not None else None
    return Speaker(share_speaker_name(doc, share, among), "NP", doc[share.start].idx,
                   doc[share.end - 1].idx + len(doc[share.end - 1]))


def _named_head(doc: Doc, start: int, end: int, ctx: SpeakerContext) -> Speaker | None:
    """The person (else organisation or place) entity the phrase names as its head or in
    apposition, never one a preposition, a title inside it, a parenthesis or a relative
    clause governs; a pair "X et Y" it opens speaks as both. None when there is none."""
    candidates = [e for e in entities_in(doc, start, end)
                  if not np_start_governed(doc, e.start) and _is_participant(doc, e)
                  and not _title_governed_in_phrase(doc, start, e)
                  and not parenthesised_gloss(doc, start, e)
                  and not in_relative_clause(doc, start, e)]
    # a first name the phrase starts with is its head, whatever the words before it
    # ("a ajouté près d'elle Marie-Ange, fleuriste": the cue's subject search started there)
    candidates += [e for e in first_names(doc, start, end)
                   if e.start == start or not np_start_governed(doc, e.start)]
    # in text order: a first name the model tagged MISC comes before a person named
    # further in the phrase ("Marie-Ange X, fleuriste, en réponse au maire Y")
    candidates.sort(key=lambda e: e.start)
    for labels in (PERSON_LABELS, ("ORG", "LOC")):
        for ent in candidates:
            if ent.label_ in labels and not modifies_person_head(doc, start, ent):
                pair = pair_at(ctx.pairs, ent.start_char, doc[end - 1].idx + len(doc[end - 1]))
                if pair is not None and pair.start_char == ent.start_char:
                    # "X et Y ont affirmé": both speak
                    return Speaker(pair.name, "NP", pair.start_char, pair.end_char)
                return Speaker(entity_name(ent), ent.label_, ent.start_char, ent.end_char)
    return None


def _member_named_before(doc: Doc, start: int, end: int,
                         ctx: SpeakerContext) -> Speaker | None:
    """One member of people named before: "la seconde" of "X et Y" (`ordinal_member`),
    "l'un des manifestants" (`one_of_phrase`), "l'un d'eux" (`one_of_them`); else None."""
    member = ordinal_member(doc, start, end)
    if member is not None:  # "X et Y … La seconde a dénoncé": Y
        return member
    one_of = one_of_phrase(doc, start, end)
    if one_of is not None:
        return Speaker(doc[one_of[0]:one_of[1]].text, "NP", doc[one_of[0]].idx,
                       doc[one_of[1] - 1].idx + len(doc[one_of[1] - 1]))
    return one_of_them(doc, start, end, ctx)  # "a lancé l'un d'entre eux": of the last group


def _pair_named_before(doc: Doc, start: int, end: int,
                       ctx: SpeakerContext) -> Speaker | None:
    """ "les deux hommes" after "X et Y": both; "son acolyte": the other of the two, not
    the possessor who spoke last; else None."""
    pair = group_named_by(doc, start, end, ctx.pairs) \
        or counted_pair(doc, start, end, ctx.pairs, ANTECEDENT_CHARS)
    if pair is not None:
        return Speaker(pair.name, "NP", doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
    possessor = ctx.last(doc[start].idx, PERSON_LABELS, speakers_only=True)
    companion = companion_of(doc, start, end, ctx.pairs,
                             possessor.name if possessor is not None else None)
    if companion is not None:
        return Speaker(companion, "PER", doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
    return None


def _description_phrase(doc: Doc, start: int, given_end: int,
                        quoted_end: int | None) -> _Phrase | None:
    """The description's extent: from the group a quantity names ("des centaines de
    pompiers": "pompiers") to the noun phrase's end (or its quoted label's); None when
    it holds only quotation marks."""
    people = quantified_group_at(doc, start)
    if people is not None and people < given_end:
        start = people
    end = quoted_end or max(start + 1, noun_phrase_end(doc, start, given_end))
    tokens = [t for t in doc[start:end] if not is_mark(t)]
    if not tokens:
        return None
    # a quoted label is the phrase's noun whatever the tagger made of its words
    head = label_head(doc, start, end) if quoted_end is not None else head_noun(tokens)
    return _Phrase(doc, start, end, given_end, tokens, head, quoted_end is not None)


def _description_speaker(phrase: _Phrase, ctx: SpeakerContext,
                         reading: _Reading) -> Speaker | None:
    """Whom a description stands for: the registry's participant it describes, a person
    or organisation it refers back to, else the bare noun phrase (`_bare_phrase`)."""
    participant = _registry_participant(phrase)
    if participant is not None:
        # "a lancé la chauffeuse": the driver the article names (the registry's description).
        return Speaker(participant["name"], participant["kind"], *phrase.mention)
    found = _recalled_author(phrase, ctx) if not reading.refers_back \
        else _person_referred_back(phrase, ctx)
    if found is not None:
        return found
    found = _organisation_described(phrase, ctx, reading.refers_back)
    if found is not None:
        return found
    return _bare_phrase(phrase, ctx, reading)


def _registry_participant(phrase: _Phrase) -> dict | None:
    """The participant the registry's description mention at the phrase stands for."""
    doc, start = phrase.doc, phrase.start
    participant = described_at(doc, phrase.mention[0])
    if participant is None and start > 0 and doc[start - 1].pos_ == "DET":
        # "a-t-on appris auprès de la procureure": the cue's source skips the article the
        # registry's description mention starts with
        participant = described_at(doc, doc[start - 1].idx)
    if participant is None and doc[start].pos_ == "DET" and start + 1 < phrase.end:
        # "a dit le ministre de la Mer et des Ports X": the registry's title
        # mention of a person starts after the article the phrase opens with (not a
        # party's: "le sénateur MoDem" is no description of the party)
        titled = described_at(doc, doc[start + 1].idx)
        participant = titled if titled is not None and titled["kind"] == "PER" else None
    return participant


def _recalled_author(phrase: _Phrase, ctx: SpeakerContext) -> Speaker | None:
    """The author of words someone else recalls: a person the article presented with
    that description, or the holder of an office the article already filled."""
    presented = presented_author(phrase.doc, phrase.start, phrase.end)
    if presented is not None:  # "les mots du maire" after "Le maire, Paul X, …"
        return Speaker(presented["name"], presented["kind"], *phrase.mention)
    office = office_at(phrase.doc, phrase.start, phrase.end)
    if office is not None and office in ctx.office_holders:
        held = ctx.office_holders[office]
        return Speaker(held.name, held.label, *phrase.mention)
    return None


def _person_referred_back(phrase: _Phrase, ctx: SpeakerContext) -> Speaker | None:
    """The person (or source) a definite or demonstrative description points back to:
    "cet homme", "ce dernier", "cette source", "l'intéressé", "le ministre"; None when
    it names a new source."""
    doc, start, end, tokens = phrase.doc, phrase.start, phrase.end, phrase.tokens
    mention = phrase.mention
    if demonstrative_person(tokens, phrase.head):
        assert phrase.head is not None
        ante = pointed_back_to(doc, ctx, mention[0], mention_gender(doc, start, end),
                               phrase.head.lower_)
        if ante is not None:
            return Speaker(ante.name, ante.label, *mention)
    if describes(tokens, "quotes_last_mentioned.txt") or points_to_last_source(tokens):
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
    if describes(tokens, "quotes_person_concerned.txt"):
        ante = ctx.last(tokens[0].idx, PERSON_LABELS, gender=mention_gender(doc, start, end))
        if ante is not None:
            return Speaker(ante.name, ante.label, *mention)
    if describes(tokens, "quotes_person_descriptions.txt") \
            or describes(tokens, "quotes_professions.txt") \
            or (phrase.quoted and tokens[0].lower_ in DEFINITE_DETERMINERS
                and tokens[0].morph.get("Number") != ["Plur"]):
        # "ajoute ce «gilet jaune»": a definite quoted label refers back like a description
        # (not "les «gilets jaunes»": a group)
        ante = described_person(doc, start, end, ctx)
        if ante is not None:
            return Speaker(ante.name, ante.label, *mention)
    return None


def _organisation_described(phrase: _Phrase, ctx: SpeakerContext,
                            refers_back: bool) -> Speaker | None:
    """ "a ajouté la présidence" after "a commenté l'Élysée": the seat the article named
    (`seats`); "le journal La Gazette du Nord": the title naming it; "le syndicat": the
    organisation that spoke (or was named) last when the phrase refers back; else None."""
    seat = seat_described(phrase.doc, phrase.tokens) if refers_back else None
    if seat is not None:
        return Speaker(seat, "ORG", *phrase.mention)
    if not describes(phrase.tokens, "quotes_org_descriptions.txt"):
        return None
    named = apposed_title(list(phrase.doc[phrase.start:phrase.given_end]))
    if named is not None:
        return Speaker(article_text(phrase.doc)[named[0]:named[1]], "ORG", *named)
    before = phrase.tokens[0].idx
    fits = _of_kind(phrase)
    ante = ctx.last(before, ("ORG",), speakers_only=True, accepts=fits) \
        or ctx.last(before, ("ORG",), accepts=fits) if refers_back else None
    return Speaker(ante.name, ante.label, *phrase.mention) if ante is not None else None


def _of_kind(phrase: _Phrase) -> Callable[[Speaker], bool] | None:
    """Which earlier organisations a description may stand for: those not shown to be of
    another kind than its head noun says ("la compagnie" is not "la chaîne NHK"); None
    when the noun tells no kind ("le groupe")."""
    kind = organisation_kind(phrase.head.lower_) if phrase.head is not None else None
    if kind is None:
        return None
    doc = phrase.doc
    return lambda sp: not (kinds := organisation_kinds(doc, sp.name or "")) or kind in kinds


def _bare_phrase(phrase: _Phrase, ctx: SpeakerContext, reading: _Reading) -> Speaker | None:
    """The noun phrase itself as an unnamed source when its head can speak here (a
    definite person noun only the word vectors know refers back; a document speaks
    through its author); a selon source's capitalised maker's name; else None."""
    doc, start, given_end, tokens, head = (phrase.doc, phrase.start, phrase.given_end,
                                           phrase.tokens, phrase.head)
    name = without_marks(np_text(tokens))
    if not name or not (any(t.pos_ in ("NOUN", "PROPN") for t in tokens) or head is not None) \
            or not any(_is_word(t) for t in tokens):
        if reading.any_source and _capitalised_name(doc, start, given_end):
            # "selon un sondage Odoxa-Verdi": a maker's name the tagger read as adjectives
            return Speaker(doc[start:given_end].text, "NP", doc[start].idx,
                           doc[given_end - 1].idx + len(doc[given_end - 1]))
        return None  # no word ("-t-", a stray mark): nobody
    if reading.any_source or head is None:
        return Speaker(name, "NP", *phrase.mention)
    if not head_can_speak_here(head, reading.speaker_position):
        return None  # "a estimé le vote", "ajoute la portée du chiffre": no one speaks
    if reading.speaker_position and reading.refers_back and not head_can_speak(head) \
            and tokens[0].lower_ in DEFINITE_DETERMINERS \
            and head.morph.get("Number") != ["Plur"]:  # "les ultras" are a group
        # a person noun only the vectors know, definite: it refers back like the
        # lexicon's descriptions ("«…», écrit l'aîné de la famille" after naming him)
        ante = described_person(doc, start, phrase.end, ctx)
        if ante is not None:
            return Speaker(ante.name, ante.label, *phrase.mention)
    return _document_author(phrase, ctx) or Speaker(name, "NP", *phrase.mention)


def _document_author(phrase: _Phrase, ctx: SpeakerContext) -> Speaker | None:
    """ "», relate le rapport", "affirment les signataires du texte": the body the
    article says wrote the document the phrase names; None when it names none."""
    doc, head = phrase.doc, phrase.head
    assert head is not None
    document = written_by(doc, head)
    if not (is_document(head) or document is not None):
        return None
    author = document_author(doc, document or head)
    if author is None or is_document(head_noun(doc[author[0]:author[1]])):
        return None
    found = np_speaker(doc, author[0], author[1], ctx)
    if found is not None and found.label == "NP":
        found = _spoken_of_alike(doc, author, phrase.tokens[0].idx, ctx) or found
    return Speaker(found.name, found.label, *phrase.mention) if found is not None else None


def _spoken_of_alike(doc: Doc, author: tuple[int, int], before: int,
                     ctx: SpeakerContext) -> Speaker | None:
    """ "une étude menée par une chercheuse" … "«…», écrit la chercheuse" (resolved to Léa
    X) … "«…», note l'étude": the one named speaker an earlier description with the
    unnamed author's head noun stood for; None when none or several did."""
    head = head_noun(doc[author[0]:author[1]])
    if head is None:
        return None
    found = {sp.name: sp for pos, sp, spoke in zip(ctx.positions, ctx.items, ctx.from_speaker)
             if spoke and pos < before and sp.label in PERSON_LABELS
             and sp.start_char is not None and sp.end_char is not None
             and _head_lemma(doc, sp.start_char, sp.end_char) == head.lemma_.lower()}
    return next(iter(found.values())) if len(found) == 1 else None


def _head_lemma(doc: Doc, start_char: int, end_char: int) -> str | None:
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    head = head_noun(span) if span is not None else None
    return head.lemma_.lower() if head is not None and head.pos_ == "NOUN" else None


# Words of "un d'eux" ("un d'entre eux" has one more).
ONE_OF_WORDS = 3


def one_of_them(doc: Doc, start: int, end: int, ctx: SpeakerContext) -> Speaker | None:
    """ "«…», lance l'un d'eux" (d'entre eux, l'une d'elles): one member of the last group
    of people that was a subject or spoke, never a single person named since; its noun in
    the singular ("manifestant" of "des dizaines de manifestants"), else None."""
    words = [t.lower_.replace("’", "'") for t in doc[start:end]]
    first_word = start
    if words and words[0] in ("l'", "l’"):
        words, first_word = words[1:], start + 1
    # "lance l'un d'eux dans un message": the inverted subject's range runs to the clause
    # end; a complement after the phrase is no part of it
    size = ONE_OF_WORDS + (len(words) > ONE_OF_WORDS and words[2] == "entre")
    if len(words) > size and _complement_after(doc, first_word + size):
        words = words[:size]
    if len(words) not in (3, 4) or words[0] not in grammar_words(INDEFINITE_SINGULAR) \
            or words[1] != "d'" or words[-1] not in ("eux", "elles") \
            or (len(words) == 4 and words[2] != "entre"):
        return None
    group = ctx.last(doc[start].idx, (GROUP,), number="Plur",
                     gender="Fem" if words[-1] == "elles" else None)
    if group is None or group.start_char is None or group.end_char is None:
        return None
    span = doc.char_span(group.start_char, group.end_char, alignment_mode="expand")
    noun = [_singular_form(t) for t in span or [] if t.pos_ in ("NOUN", "ADJ")]
    if not noun:
        return None
    last = doc[min(end, first_word + len(words)) - 1]
    return Speaker(" ".join(noun), "NP", doc[start].idx, last.idx + len(last))


def _complement_after(doc: Doc, i: int) -> bool:
    """Token i opens a complement or an aside of the verb ("dans un message", "ainsi",
    ", amusé"), not a name in apposition (", Paul X")."""
    tok = doc[i]
    if tok.pos_ in ("ADP", "ADV"):
        return True
    return tok.text == "," and i + 1 < len(doc) and doc[i + 1].text[:1].islower()


def _singular_form(tok: Token) -> str:
    """ "infirmières" -> "infirmière" (the lemma would lose the gender), "généraux" ->
    "général" (the lemma where the plural is not a final s)."""
    low = tok.lower_
    if low.endswith("aux") or not low.endswith(("s", "x")):
        return tok.lemma_.lower() if low.endswith("aux") else low
    return low[:-1]
