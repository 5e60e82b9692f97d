"""Who holds the floor: speakers resolved in text order.

Records are resolved in the order of their cues, so that a pronoun or a description finds
the speakers before it; a quote with no cue, or a cue with no subject, stays with the
previous speaker of its paragraph or of the paragraph just before (`INHERIT_MAX_BLOCKS`).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from newsextract.layout import LINK
from newsextract.nlp.extensions import block_index, blocks
from newsextract.nlp.participants.descriptions import head_can_speak, head_noun
from newsextract.nlp.participants.gender import strong_gender
from newsextract.nlp.participants.lexicon import names_person
from newsextract.nlp.participants.lookup import by_name, participants, resolve
from newsextract.nlp.participants.mentions import mention_gender, mention_number
from newsextract.nlp.participants.registry import abbreviates
from newsextract.nlp.quotes.candidates import SELON, Candidate
from newsextract.nlp.quotes.handover import (
    handed_over,
    introduced_person,
    is_narrative_fragment,
    ruling_floor,
)
from newsextract.nlp.quotes.lexicon import GROUP, pronoun_genders, reporting_lexicon
from newsextract.nlp.quotes.mentions import entity_name, fullest_name, is_salient_mention
from newsextract.nlp.quotes.narrative import (
    GROUP_MARKS,
    description_subjects,
    group_subjects,
    presents_someone,
)
from newsextract.nlp.quotes.ordinals import ordinal_member
from newsextract.nlp.quotes.pairs import counted_pair, named_pairs
from newsextract.nlp.quotes.speaker_context import (
    ANTECEDENT_CHARS,
    NO_SPEAKER,
    Speaker,
    SpeakerContext,
)
from newsextract.nlp.quotes.speakers import np_speaker, pronoun_speaker
from newsextract.nlp.quotes.there import read_there
from newsextract.nlp.segment import Segmentation

# A quote with no cue inherits the previous speaker at most this many blocks later.
INHERIT_MAX_BLOCKS = 2
# A line of at most this many words that ends no sentence is a subhead, not prose.
SUBHEAD_MAX_WORDS = 8
# Marks that end a sentence of prose (a subhead has none before its closing marks).
SENTENCE_END_MARKS = ".!?…:;,"
CLOSING_MARKS = "»\"”’)"
# Tokens read at a sentence start for a bare ordinal subject: its article, the ordinal and
# the comma or verb after it ("La seconde, …").
ORDINAL_OPENING_TOKENS = 3
# Words (a determiner, a number) left of a group's mention read for a count ("les deux").
COUNT_REACH = 2


def resolve_speakers(doc: Doc, qt: Segmentation, kept: list[Candidate]
                     ) -> list[tuple[Candidate, Speaker]]:
    """Speakers in text order of their cues, so that pronouns find earlier speakers."""
    ctx = SpeakerContext(doc)
    for ent in doc.spans.get("entities", []):
        # a name in a link to another story ("» LIRE AUSSI - X propose …") is that
        # story's: no antecedent of the body's descriptions and pronouns
        if ent.label_ in ("PER", "ORG") and not qt.in_quote(ent.start_char) \
                and not in_link(doc, ent.start_char):
            ctx.add(ent.start_char, Speaker(entity_name(ent), ent.label_, ent.start_char,
                                            ent.end_char), False, is_salient_mention(ent),
                    mention_gender(doc, ent.start, ent.end) or _registry_gender(doc, ent))
    person_names = sorted({entity_name(e) for e in doc.spans.get("entities", [])
                           if e.label_ == "PER"}, key=lambda n: (len(n), n))
    resolved: dict[int, Speaker] = {}
    previous: Candidate | None = None
    prev_speaker = NO_SPEAKER
    newcomer: Speaker | None = None  # an unnamed person brought in since the last speaker
    ruling: tuple[Candidate, Speaker] | None = None  # see `ruling_floor`
    # "le ministre a tenu à rassurer. «…», a-t-il promis": a person description that
    # is the subject of a clause is a mention of that person, resolved (in text order) when
    # the quotes reach it, and a later pronoun may refer to it.
    pending = description_subjects(doc, lambda char: not qt.in_quote(char))
    ctx.pairs = named_pairs(doc, lambda char: not qt.in_quote(char) and not in_link(doc, char))
    for pair in ctx.pairs:  # antecedents of "ils"/"elles"
        ctx.add(pair.start_char, Speaker(pair.name, GROUP, pair.start_char, pair.end_char),
                False, True, None, "Plur")
    add_groups(doc, qt, ctx)
    for idx in sorted(range(len(kept)), key=lambda k: (kept[k].start, kept[k].anchor)):
        cand = kept[idx]
        while pending and doc[pending[0][0]].idx < min(cand.start, cand.anchor):
            start, end = pending.pop(0)
            described = introduced_person(doc, start, end) or np_speaker(doc, start, end, ctx)
            if described is not None and described.label in ("PER", "NP"):
                # an unnamed person too: "la chercheuse …. «…», a-t-elle dit"
                ctx.add(doc[start].idx, described, False, True,
                        mention_gender(doc, start, end))
                if presents_someone(doc, start, end) and described.label == "NP":
                    newcomer = described
        speaker: Speaker | None = cand.speaker
        if speaker is None and cand.pronoun is not None:
            speaker = pronoun_speaker(doc[cand.pronoun], ctx, reported=(cand.start, cand.end))
            speaker = handed_over(doc, qt, doc[cand.pronoun], speaker, ctx,
                                  (cand.start, cand.end)) or speaker
            there = read_there(doc, doc[cand.pronoun]) if speaker is None else None
            if there is not None:  # "peut-on y lire": the document's words
                speaker = np_speaker(doc, *there, ctx)
        if speaker is None and cand.subject is not None:
            speaker = np_speaker(doc, cand.subject[0], cand.subject[1], ctx,
                                 any_source=cand.kind == SELON,
                                 speaker_position=_says_speaker(doc, cand),
                                 refers_back=not cand.author_apart)
        if speaker is None and cand.verb is not None and cand.pronoun is None:
            speaker = _opening_ordinal(doc, qt, cand)
        if speaker is None and (cand.inherit or cand.verb) and previous is not None \
                and not _impersonal_cue(doc, cand) and not _plural_pronoun_subject(doc, cand) \
                and _same_or_next_block(doc, previous, cand) \
                and not (cand.verb is None and in_subhead(doc, cand.start)) \
                and not in_link(doc, cand.start):
            speaker = Speaker(prev_speaker.name, prev_speaker.label, None, None)
            if newcomer is not None and cand.verb is None and cand.pronoun is None:
                # "«…», dit Pierre. S'approche un camarade de manif. «…»": the person a
                # narrative sentence brought in since has the floor
                speaker = newcomer
            if cand.pronoun is not None and disagrees(doc, ctx, doc[cand.pronoun], speaker):
                speaker = nearest_agreeing(doc, qt, doc[cand.pronoun], (cand.start, cand.end))
        speaker = speaker or NO_SPEAKER
        ruling = ruling_floor(doc, qt, cand, speaker, ruling)
        if ruling is not None and is_narrative_fragment(cand):
            speaker = ruling[1]
        speaker = _named_by_registry(doc, speaker)
        if speaker.label in ("PER", "ORG") and speaker.name:
            speaker = Speaker(registry_name(doc, speaker) or fullest_name(
                speaker.name, person_names if speaker.label == "PER" else []),
                speaker.label, speaker.start_char, speaker.end_char)
        if speaker.name is not None and speaker.start_char is not None \
                and not in_link(doc, speaker.start_char):  # another story's speaker
            mention = doc.char_span(speaker.start_char, speaker.end_char,
                                    alignment_mode="expand")
            gender = mention_gender(doc, mention.start, mention.end) if mention else None
            number = mention_number(doc, mention.start, mention.end, speaker.label) \
                if mention else None
            ctx.add(speaker.start_char, speaker, True, True, gender, number)
        resolved[idx] = speaker
        if speaker.name is not None and cand.holds_floor and not _mute_source(doc, cand) \
                and not in_link(doc, cand.start):
            previous, prev_speaker, newcomer = cand, speaker, None
    return [(kept[k], resolved[k]) for k in range(len(kept))]


def _opening_ordinal(doc: Doc, qt: Segmentation, cand: Candidate) -> Speaker | None:
    """ "La seconde, privée de groupe, a dénoncé «…»": a cue whose subject the parse lost,
    in a sentence opened by a bare ordinal pronoun, is that member of the pair named
    before (`ordinals.ordinal_member`), not the floor's holder."""
    first = qt.token_at(qt.sentence(cand.anchor)[0])
    return ordinal_member(doc, first, min(len(doc), first + ORDINAL_OPENING_TOKENS))


def disagrees(doc: Doc, ctx: SpeakerContext, pronoun: Token, speaker: Speaker) -> bool:
    """ "précise-t-il" after a group spoke ("les élus de X"): the singular pronoun of the
    cue cannot stand for the floor's holder, who keeps the floor only over quotes with no
    subject of their own. Nor can "poursuit-elle" stand for a man the registry knows from
    strong evidence (an honorific, a title, an apposition: "M. X", "X, le maire"); a gender
    from weaker evidence is never checked, a wrong guess would take the floor from its
    holder."""
    wanted = singular_gender(pronoun)
    if wanted is None or impersonal(pronoun):
        return False
    if speaker.label == GROUP or ctx.agreement_of(pronoun.idx, speaker.name)[1] == "Plur":
        return True
    holder = by_name(doc, speaker.name) if speaker.label == "PER" and speaker.name else None
    told = strong_gender(holder) if holder is not None and holder["kind"] == "PER" else None
    return told is not None and told != wanted


def impersonal(pronoun: Token) -> bool:
    """ "«…», est-il indiqué dans un communiqué": the "il" of a passive or impersonal cue
    stands for nobody, and the floor's holder (a feminine "préfecture") keeps it."""
    return pronoun.dep_.startswith("expl") \
        or any(c.dep_ == "aux:pass" for c in pronoun.head.children)


def singular_gender(pronoun: Token) -> str | None:
    """The gender of a singular personal pronoun ("il": Masc, "elle": Fem, from
    `quotes_pronouns.tsv`), None for any other word ("ils", "on", a noun)."""
    form = pronoun.lower_.lstrip("-").replace("’", "'")
    if pronoun.morph.get("Number") == ["Plur"] or form not in pronoun_genders():
        return None
    return pronoun_genders()[form]


def nearest_agreeing(doc: Doc, qt: Segmentation, pronoun: Token,
                     reported: tuple[int, int]) -> Speaker | None:
    """The person (named, or an unnamed participant: "un homme") of the pronoun's gender
    the registry has mentioned last before it, outside quotation marks and outside the
    words the cue attributes, at most `ANTECEDENT_CHARS` before; None if there is none."""
    wanted = singular_gender(pronoun)
    best: tuple[int, dict, int] | None = None
    for p in participants(doc):
        if p["kind"] not in ("PER", "NP") or not p["name"] or p.get("number") == "Plur" \
                or (p.get("gender") is not None and p["gender"] != wanted) \
                or (p["kind"] == "NP" and not names_person(p["name"].split()[0])):
            continue
        for start, end, kind in p["mentions"]:
            if kind == "pronoun" or start >= pronoun.idx or qt.in_quote(start) \
                    or pronoun.idx - start > ANTECEDENT_CHARS \
                    or reported[0] <= start < reported[1]:
                continue
            if best is None or start > best[0]:
                best = (start, p, end)
    if best is None:
        return None
    start, p, end = best
    return Speaker(p["name"], p["kind"], start, end)


def _registry_gender(doc: Doc, ent: Span) -> str | None:
    """The gender the article tells of a named person elsewhere ("Paul X ... le jeune
    homme", "X, la ministre"): the registry's, so that "a dit la juge" skips a man whose
    own mention shows no gender."""
    if ent.label_ != "PER":
        return None
    p = resolve(doc, ent.start_char, ent.end_char)
    return p["gender"] if p is not None and p["kind"] == "PER" else None


def add_groups(doc: Doc, qt: Segmentation, ctx: SpeakerContext) -> None:
    """Plural groups of people, as antecedents of "ils"/"elles": the registry's groups
    (named from their head noun: "des centaines d'infirmières" is "infirmières") and the
    plural clause subjects it does not hold."""
    held: list[tuple[int, int]] = []
    for p in participants(doc):
        if p["kind"] != GROUP:
            continue
        for start_char, end_char, kind in p["mentions"]:
            span = doc.char_span(start_char, end_char, alignment_mode="expand")
            if kind == "pronoun" or span is None or qt.in_quote(start_char):
                continue
            held.append((span.start, span.end))
            _add_group(doc, ctx, span.start, span.end)
    for start, end in group_subjects(doc, lambda char: not qt.in_quote(char)):
        if not any(start <= s < end for s, _ in held):
            _add_group(doc, ctx, start, end)


def _add_group(doc: Doc, ctx: SpeakerContext, start: int, end: int) -> None:
    gender = mention_gender(doc, start, end)
    while start < end - 1 and doc[start].pos_ == "DET":
        start += 1  # unnamed sources are written without their article ("manifestants")
    name = "".join(c for c in doc[start:end].text if c not in GROUP_MARKS).strip()
    counted = start
    while counted > 0 and start - counted < COUNT_REACH and doc[counted - 1].pos_ in ("DET", "NUM"):
        counted -= 1  # "les deux chanteurs", also when the mention starts at the noun
    pair = counted_pair(doc, counted, end, ctx.pairs, ANTECEDENT_CHARS)
    if pair is not None:
        name = pair.name  # "les deux chanteurs" after "X et Y": those two
    if name:
        ctx.add(doc[start].idx, Speaker(name, GROUP, doc[start].idx, doc[end - 1].idx
                                        + len(doc[end - 1])), False, True, gender, "Plur")


def _mute_source(doc: Doc, cand: Candidate) -> bool:
    """A selon source that cannot speak ("selon les chiffres officiels", "selon un
    sondage") attributes its statement but holds no floor: a later quote with no cue is
    not the poll's."""
    if cand.kind != SELON or cand.subject is None:
        return False
    tokens = doc[cand.subject[0]:cand.subject[1]]
    head = head_noun(tokens)
    return head is not None and not any(t.ent_type_ for t in tokens) \
        and not head_can_speak(head)


def _impersonal_cue(doc: Doc, cand: Candidate) -> bool:
    """The previous speaker is not the subject: "«…», entend-on dans le cortège" (an
    impersonal cue with no source names nobody), or "ont-ils ajouté" when no plural
    speaker was found (the previous one was tried and is singular)."""
    return cand.pronoun is not None \
        and doc[cand.pronoun].lower_.lstrip("-") in ("on", "ils", "elles")


def _plural_pronoun_subject(doc: Doc, cand: Candidate) -> bool:
    """ "Ils ne sont plus que 40 % à penser que …" with no plural antecedent found (the
    pronoun was tried first): a plural pronoun never stands for the one person holding
    the floor."""
    if cand.subject is None or cand.subject[1] - cand.subject[0] != 1:
        return False
    tok = doc[cand.subject[0]]
    return tok.pos_ == "PRON" and tok.morph.get("Number") == ["Plur"] \
        and tok.morph.get("Person") == ["3"]


def _same_or_next_block(doc: Doc, previous: Candidate, cand: Candidate) -> bool:

    a = block_index(doc, previous.start)
    b = block_index(doc, cand.start)
    return a is not None and b is not None and 0 <= b - a <= INHERIT_MAX_BLOCKS


def in_subhead(doc: Doc, char: int) -> bool:
    """Character `char` lies in a short heading line: a few words with no sentence end
    («Pas de trêve», Des travaux «urgents»), above the paragraphs it announces. A quote
    there has no cue; it is the body's words repeated (`echoes`), never the words of the
    speaker of the paragraph before."""
    i = block_index(doc, char)
    if i is None:
        return False
    start, end, _ = blocks(doc)[i]
    # the block's own tokens: Doc.text would rebuild the whole article at every call
    span = doc.char_span(start, end, alignment_mode="expand")
    text = (span.text if span is not None else "").strip().rstrip(CLOSING_MARKS).rstrip()
    return bool(text) and len(text.split()) <= SUBHEAD_MAX_WORDS \
        and text[-1] not in SENTENCE_END_MARKS


def in_link(doc: Doc, char: int) -> bool:
    """Character `char` lies in a link to another story ("» LIRE AUSSI - …"): its quotes
    are that story's, neither the words of the body's speaker nor a floor for the body."""
    i = block_index(doc, char)
    return i is not None and blocks(doc)[i][2] == LINK


def registry_name(doc: Doc, speaker: Speaker) -> str | None:
    """The fullest name of the participant a named speaker's mention belongs to ("Durand"
    -> "Paul Durand", "CNT" -> its expansion), from the participant registry."""
    if speaker.start_char is None:
        return None
    p = resolve(doc, speaker.start_char, speaker.end_char)
    if p is None or p["kind"] != speaker.label or not p["name"] or not any(
            kind == "name" and start < speaker.end_char and speaker.start_char < end
            for start, end, kind in p["mentions"]):
        return None  # only the speaker's own name mention: pronouns are the floor's
    return p["name"]


def _named_by_registry(doc: Doc, speaker: Speaker) -> Speaker:
    """A noun-phrase speaker that is exactly a name of a participant ("selon les calculs
    du SNPE": the complement, read as a bare phrase) is that participant."""
    if speaker.label != "NP" or speaker.start_char is None:
        return speaker
    p = resolve(doc, speaker.start_char, speaker.end_char)
    if p is None or p["kind"] not in ("PER", "ORG") or not any(
            kind == "name" and (start, end) == (speaker.start_char, speaker.end_char)
            for start, end, kind in p["mentions"]):
        p = _expanded_acronym(doc, speaker.name or "")
    if p is None:
        return speaker
    return Speaker(p["name"], p["kind"], speaker.start_char, speaker.end_char)


def _expanded_acronym(doc: Doc, word: str) -> dict | None:
    """The one organisation of the registry whose name an acronym the entities layer
    missed abbreviates ("SNPE" after "Syndicat national des personnels de
    l'éducation"), or None."""
    if " " in word or not word.isupper():
        return None
    found = [p for p in participants(doc) if p["kind"] == "ORG"
             and any(abbreviates(word, name) for name in p["names"])]
    return found[0] if len(found) == 1 else None


# A named thing the model labelled MISC that is cited as a source ("selon le Sunday
# Herald" read as a title) is a publication or a body: it speaks as an organisation, and
# speaker_label keeps its documented values (PER, ORG, LOC, NP).
SPEAKING_LABEL = {"MISC": "ORG"}


def named_speaker(doc: Doc, speaker: Speaker) -> Speaker:
    """A noun-phrase speaker whose words are, exactly, the name of an entity of the article
    ("selon l'AFP" when the entities layer has "AFP" as an organisation) is that entity: it
    takes the entity's label, so that every named speaker joins `entities`."""
    if speaker.name is None or speaker.label != "NP":
        return speaker
    for ent in doc.spans.get("entities", []):
        if entity_name(ent) == speaker.name and (ent._.entity or {}).get("entity_id"):
            return replace(speaker, label=SPEAKING_LABEL.get(ent.label_, ent.label_))
    return speaker


def speaker_entity_id(doc: Doc, speaker: Speaker) -> int | None:
    """The `entity_id` of a named speaker's rows in the entities table: the entity the
    speaker's mention belongs to, else the participant of that name, else an entity of
    that name; None for an unnamed source (a noun phrase)."""
    if speaker.name is None or speaker.label not in ("PER", "ORG", "LOC"):
        return None
    if speaker.start_char is not None:
        p = resolve(doc, speaker.start_char, speaker.end_char)
        if p is not None and p["name"] == speaker.name and p["entity_id"] is not None:
            return p["entity_id"]
    for p in participants(doc):
        if p["entity_id"] is not None and (p["name"] == speaker.name or speaker.name in p["names"]):
            return p["entity_id"]
    for ent in doc.spans.get("entities", []):
        if entity_name(ent) == speaker.name and (ent._.entity or {}).get("entity_id"):
            return ent._.entity["entity_id"]
    return None


# Characters between a quote's end and the verb of an inverted cue right after it: the
# closing mark, a comma, spaces ("«…», écrit le …").
INVERTED_CUE_GAP_CHARS = 4


def _inverted_after_quote(doc: Doc, cand: Candidate) -> bool:
    """The cue follows the quote's closing mark, its subject after the verb ("«…», écrit
    le chroniqueur"): next to the quote even a verb of other uses is a speech verb, and
    its inverted subject is who spoke."""
    return cand.subject is not None and 0 <= cand.anchor - cand.end <= INVERTED_CUE_GAP_CHARS \
        and doc[cand.subject[0]].idx > cand.anchor


def _says_speaker(doc: Doc, cand: Candidate) -> bool:
    """The candidate's subject is that of an unambiguous reporting verb ("le doyen a
    affirmé que …", "«…», déclare le vicomte"), or of any inverted right after the quote
    (`_inverted_after_quote`): the position says it names who spoke, so an
    unknown head noun may be accepted on the word vectors (`np_speaker`). Not when the verb
    has a named subject before the quote: the quote sits in that subject's apposition and
    the noun after the verb is its object ("X, l'une des voix des «…», a exhorté les
    adhérents")."""
    if cand.kind == SELON or cand.verb is None or cand.verb not in reporting_lexicon().single:
        return False
    if reporting_lexicon().ambiguous(cand.verb) and not _inverted_after_quote(doc, cand):
        return False
    verb = doc.char_span(cand.anchor, cand.anchor + 1, alignment_mode="expand")
    return verb is None or not any(
        c.dep_.startswith("nsubj") and c.ent_type_ == "PER" and c.idx < cand.start
        for c in verb.root.children)
