"""Who takes part in the article? One participant per person, organisation or unnamed group.

Built in passes over the entities layer and the parse:

1. names: one participant per entity (`entity_id`) labelled PER or ORG; a short name that is
   a run of the words of exactly one fuller name ("Durand" / "Paul Durand") and an acronym
   whose letters are the initials of exactly one organisation's name ("CNT" / "Conseil
   national du travail") join that participant;
2. descriptions of each named participant (descriptions.py): title before the name,
   appositions, attribute of "être", the entities layer's `role`, an honorific's head;
3. gender, from evidence ranked by strength (gender.py): an honorific, a title, the
   determiner or noun of a description or apposition ("la députée X", "X, son épouse")
   outrank a participle's agreement ("X est arrivée"), which may agree with another noun;
   conflicting evidence of the strongest rank leaves the gender unknown;
4. description mentions: a definite noun phrase whose head is a description head of a
   named participant ("le chauffeur") is a mention of the one last mentioned before it
   (or, from the article's opening or within its sentence, the first named after it)
   whose gender the phrase allows ("la ministre" is no man); a
   generic, age or role description under another head ("le jeune homme", "le
   trentenaire", "la représentante de l'accusation") is a mention of the participant
   coreference.py finds; else a definite noun phrase whose head names people
   ("le retraité", "les manifestants") is an unnamed participant, one per head noun,
   number and gender ("l'avocat" and "l'avocate" are two people), and "un homme de 40
   ans" one of its own; a quantified plural of people ("des centaines de manifestants",
   "plusieurs grévistes") is a mention of that group, written from its head noun;
5. office holders (officeholders.py): a description naming a public office ("le président
   américain") that nobody named got is a mention of the one person the article names who
   held that office at its publication date;
6. pronoun mentions: a subject "il"/"elle"/"ils"/"elles" is a mention of the participant
   of its gender and number mentioned last before it (a simple rule for later layers; the
   quotes layer resolves its speakers' pronouns with who holds the floor).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, fields

from spacy.attrs import LOWER, POS
from spacy.symbols import DET, NUM
from spacy.tokens import Doc, Span, Token

from newsextract.nlp.entities.canonical import acronym_matches
from newsextract.nlp.entities.lexicons import acronym_skip_words, honorifics
from newsextract.nlp.entities.output import entity_canonical
from newsextract.nlp.grammar_words import (
    INDEFINITE_SINGULAR,
    SINGULAR_DEMONSTRATIVE,
    SUBJECT_PRONOUN,
    grammar_words,
)
from newsextract.nlp.participants.coreference import (
    age_near,
    antecedent,
    content_words,
    introduces,
)
from newsextract.nlp.participants.descriptions import (
    Description,
    appositions_after,
    attribute_of,
    compound,
    description_before_comma,
    head_noun,
    honorific_before,
    title_before,
)
from newsextract.nlp.participants.gender import PLAIN, STRONG, WEAK, ranked_gender
from newsextract.nlp.participants.groups import group_opening_words, quantified_group_at
from newsextract.nlp.participants.lexicon import (
    DEFINITE_DETERMINERS,
    LABEL_MARKS,
    anaphors,
    names_movement,
    names_organisation,
    names_person,
    quoted_movement_at,
    role_hypernym_genders,
    titles,
)
from newsextract.nlp.participants.mentions import (
    agreement_gender,
    before_clitic,
    grammatical_gender,
    mention_gender,
    noun_phrase_end,
    one_of_phrase_at,
    phrase_gender,
)
from newsextract.nlp.participants.officeholders import (
    article_date,
    held,
    is_generic,
    offices_described,
    other_office_described,
)

NAME, DESCRIPTION, PRONOUN = "name", "description", "pronoun"
UNNAMED, GROUP = "NP", "GROUP"
# How far back (characters) a subject pronoun looks for the participant it stands for.
PRONOUN_REACH_CHARS = 600
EVENT_DASH = re.compile(r"\w\s+[-–—]\s+\w")
# The opening of an article (headline and lede, in characters), where a description may
# come before the name of the person it stands for ("Le ministre a annoncé … Paul X a dit").
LEDE_CHARS = 400
# Share of its words a description said before a name must exceed in common with that
# person's own description to stand for them (a bare head always does).
FORWARD_SHARED_WORDS = 0.5
# Shortest acronym matched to an organisation's initials.
MIN_ACRONYM_LETTERS = 2


@dataclass
class Participant:
    participant_id: int
    kind: str  # PER, ORG, NP (an unnamed person or organisation), GROUP (unnamed people)
    name: str | None  # the fullest name; for an unnamed participant, its first description
    names: list[str] = field(default_factory=list)
    entity_id: int | None = None  # the entity of the fullest name
    entity_ids: list[int] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    heads: list[str] = field(default_factory=list)
    gender: str | None = None
    # [rank, gender] pairs the article shows (gender.py); `gender` is what they decide
    gender_evidence: list[list] = field(default_factory=list)
    number: str | None = None
    mentions: list[list] = field(default_factory=list)  # [start_char, end_char, type]
    age: int | None = None  # "X, 45 ans", "l'agresseur âgé de 45 ans"
    # description mentions that stand for this participant under another head ("le jeune
    # homme" for a named man, "la représentante de l'accusation" for "la procureure"):
    # their start_char (coreference.py)
    linked: list[int] = field(default_factory=list)

    def add_mention(self, start: int, end: int, kind: str) -> None:
        if [start, end, kind] not in self.mentions:
            self.mentions.append([start, end, kind])

    def describe(self, d: Description) -> None:
        if d.text not in self.descriptions:
            self.descriptions.append(d.text)
        if d.head not in self.heads:
            self.heads.append(d.head)
        self.add_mention(d.start_char, d.end_char, DESCRIPTION)
        self.tell_gender(STRONG, d.gender)

    def tell_gender(self, rank: int, gender: str | None) -> None:
        """One piece of evidence of a person's gender; the gender is re-decided from all."""
        if self.kind != "PER" or gender is None:
            return
        self.gender_evidence.append([rank, gender])
        self.gender = ranked_gender(self.gender_evidence)


def build(doc: Doc) -> list[Participant]:
    named = _named(doc)
    for p, spans in named:
        _describe(doc, p, spans)
    participants = [p for p, _ in named]
    _description_mentions(doc, participants)
    participants = _office_holders_named(doc, participants)
    _pronoun_mentions(doc, participants)
    for p in participants:
        p.mentions.sort()
    return participants


def as_dicts(participants: list[Participant]) -> list[dict]:
    """What `dataclasses.asdict` gives for each participant, built directly: asdict's
    generic recursion and deep copy of every string cost a fifth of the layer's time."""
    names = [f.name for f in fields(Participant)]
    return [{name: _plain_copy(getattr(p, name)) for name in names} for p in participants]


def _plain_copy(value: object) -> object:
    """A copy of a plain field value: strings, numbers and None as they are (immutable),
    lists (of lists) rebuilt, so that the dicts share nothing with the participants."""
    if isinstance(value, list):
        return [_plain_copy(v) for v in value]
    return value


def _named(doc: Doc) -> list[tuple[Participant, list[Span]]]:
    by_entity: dict[int, tuple[Participant, list[Span]]] = {}
    for ent in sorted(doc.spans.get("entities", []), key=lambda e: e.start):
        if ent.label_ not in ("PER", "ORG") or _is_title_only(ent) or _is_event(ent):
            continue
        attrs = ent._.entity or {}
        eid = attrs.get("entity_id")
        if eid is None:
            continue
        if eid not in by_entity:
            p = Participant(0, ent.label_, entity_canonical(ent), entity_id=eid, entity_ids=[eid],
                            number="Sing" if ent.label_ == "PER" else None)
            by_entity[eid] = (p, [])
        p, spans = by_entity[eid]
        spans.append(ent)
        p.add_mention(ent.start_char, ent.end_char, NAME)
        for n in (ent.text, entity_canonical(ent)):
            if n not in p.names:
                p.names.append(n)
        if attrs.get("role"):
            role = attrs["role"]
            if role not in p.descriptions:
                p.descriptions.append(role)
            head = role.split()[0].lower() if role.split() else ""
            if head and head not in p.heads:
                p.heads.append(head)
    items = _merge_described(list(by_entity.values()), doc)
    merged = _merge_short_names(items)
    for n, (p, _) in enumerate(merged, start=1):
        p.participant_id = n
    return merged


def _is_event(ent: Span) -> bool:
    """Two names joined by a spaced dash name a match or a meeting ("Lyon - Nantes"), not
    a participant."""
    return bool(EVENT_DASH.search(ent.text))


def _is_title_only(ent: Span) -> bool:
    """An entity that is only an honorific or a title ("Monseigneur", "Madame")."""
    return all(t.text in honorifics() or t.lower_ in titles() for t in ent)


def _merge_described(items: list[tuple[Participant, list[Span]]], doc: Doc
                     ) -> list[tuple[Participant, list[Span]]]:
    """A person "named" by a title phrase ("le duc de Berry", which the entities layer tags
    PER) is the named person that phrase stands in apposition to ("le prince Jean, duc de
    Berry"): its mentions join that person's."""
    titled = [(p, spans) for p, spans in items if (p.name or "")[:1].islower()]
    for p, spans in titled:
        phrase = (p.name or "").lower()
        holders = [(q, qs) for q, qs in items if q is not p and q.kind == p.kind
                   and not (q.name or "")[:1].islower()
                   and any(d.text.lower() == phrase for ent in qs
                           for d in appositions_after(doc, ent.end))]
        if len(holders) != 1:
            continue
        q, qs = holders[0]
        _fold(p, q)
        qs.extend(spans)
        items = [item for item in items if item[0] is not p]
    return items


def _fold(p: Participant, q: Participant) -> None:
    """Participant `p` is `q`: its names, ids, mentions and descriptions join `q`'s."""
    for n in p.names:
        if n not in q.names:
            q.names.append(n)
    q.entity_ids.extend(e for e in p.entity_ids if e not in q.entity_ids)
    q.mentions.extend(m for m in p.mentions if m not in q.mentions)
    q.descriptions.extend(d for d in p.descriptions if d not in q.descriptions)
    q.heads.extend(h for h in p.heads if h not in q.heads)
    if q.kind == "PER":
        q.gender_evidence.extend(p.gender_evidence)
        q.gender = ranked_gender(q.gender_evidence)


def _merge_short_names(items: list[tuple[Participant, list[Span]]]
                       ) -> list[tuple[Participant, list[Span]]]:
    """Fold a short name or an acronym into the one fuller name it abbreviates."""
    out = list(items)
    for p, spans in sorted(items, key=lambda item: len(item[0].name or "")):
        fuller = [q for q, _ in out if q is not p and q.kind == p.kind
                  and abbreviates(p.name or "", q.name or "")]
        if len(fuller) != 1:
            continue
        q = fuller[0]
        target = next(item for item in out if item[0] is q)
        target[1].extend(spans)
        _fold(p, q)
        out = [item for item in out if item[0] is not p]
    return out


def abbreviates(short: str, full: str) -> bool:
    sw, fw = short.split(), full.split()
    if not sw or len(sw) >= len(fw):
        return False
    if any(fw[i:i + len(sw)] == sw for i in range(len(fw) - len(sw) + 1)):
        return True
    if len(sw) == 1 and short.isupper() and len(short) >= MIN_ACRONYM_LETTERS:
        # the entities layer's acronym rule; "SNPE-CGT": a union's acronym with its
        # confederation's after a hyphen
        words = full.replace("'", "' ").replace("’", "’ ").split()
        return any(acronym_matches(form, words, acronym_skip_words(), loose=True)
                   for form in (short, short.split("-")[0]))
    return False


def _describe(doc: Doc, p: Participant, spans: list[Span]) -> None:
    for ent in spans:
        gender, heads = honorific_before(doc, ent.start, ent.end)
        p.tell_gender(STRONG, gender)
        p.heads.extend(h for h in heads if h not in p.heads)
        for d in (title_before(doc, ent.start), description_before_comma(doc, ent.start, ent.end),
                  *appositions_after(doc, ent.end),
                  attribute_of(ent.root)):
            if d is not None:
                p.describe(d)
        shown = mention_gender(doc, ent.start, ent.end)
        p.tell_gender(PLAIN, shown)
        if shown is None:
            p.tell_gender(WEAK, agreement_gender(ent.root))
        if p.kind == "PER" and p.age is None:
            p.age = age_near(doc, ent.end, ent.end)


def _phrase_openers(doc: Doc) -> Iterator[Token]:
    """The tokens that may open a description or a quantified group: determiners, numbers
    and the words of `group_opening_words`. They are picked off the Doc's arrays: the scan
    below asks this of every token, and building each as a Token cost most of it."""
    if not len(doc):
        return
    words = {doc.vocab.strings[w] for w in group_opening_words()}
    for i, (pos, lower) in enumerate(doc.to_array([POS, LOWER]).tolist()):
        if pos in (DET, NUM) or lower in words:
            yield doc[i]


def _description_mentions(doc: Doc, participants: list[Participant]) -> None:
    """Definite noun phrases naming a participant by a description, or an unnamed one."""
    taken = {(m[0], m[1]) for p in participants for m in p.mentions}
    covered = sorted(taken)
    unnamed: dict[tuple[str, str], list[Participant]] = {}
    for det in _phrase_openers(doc):
        people = quantified_group_at(doc, det.i)
        if people is not None:
            start = people  # "des centaines de manifestants": written from the head noun
        elif det.pos_ == "DET" and (det.lower_ in DEFINITE_DETERMINERS or (
                det.lower_ in grammar_words(INDEFINITE_SINGULAR)
                and not one_of_phrase_at(doc, det.i))):
            start = det.i
        else:
            continue
        first = max(start, det.i + 1)
        label = quoted_movement_at(doc, first)  # "les «gilets jaunes»"
        if label is not None:
            head, end = doc[label[0]], label[1]
        else:
            end = before_clitic(doc, first, noun_phrase_end(doc, first, len(doc)))
            head = head_noun(doc[first:end])
        if head is None:
            continue
        start_char, end_char = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        if any(s <= start_char < e or s < end_char <= e for s, e in covered):
            continue
        low = compound(head)
        plural = head.morph.get("Number") == ["Plur"] or (
            label is not None and head.lower_.split("-")[0].endswith(("s", "x")))
        same_head = [p for p in participants if p.kind in ("PER", "ORG") and low in p.heads]
        # the gender the words show only picks among holders: most phrases have none
        told = phrase_gender(doc, start, end) if same_head else None
        holders = _of_gender(same_head, told, start_char)
        text = doc[first:end].text
        new_person = det.lower_ in grammar_words(INDEFINITE_SINGULAR)
        if new_person and not introduces(text.lower(), low):
            continue  # "une femme de 40 ans" is somebody; "un ministre" is left to the quotes
        p = _last_mentioned(_closest_descriptions(holders, text), start_char,
                            _forward_reach(doc, start), text) \
            if holders and not plural and not new_person else None
        if p is not None:
            p.add_mention(start_char, end_char, DESCRIPTION)
            _learn_gender(p, told, head)
            continue
        if low in anaphors():
            continue  # "ce dernier" refers back; it names no new participant
        person = names_person(low, head.lemma_) or names_movement(head)
        if not person and not names_organisation(low, head.lemma_):
            continue
        # "l'homme": the elided article tells no gender, the generic noun does
        gender = mention_gender(doc, start, end) or role_hypernym_genders().get(low) or (
            grammatical_gender(head) if introduces(text.lower(), low) else None)
        attribute = any(c.dep_ == "cop" for c in head.children)  # "il n'est plus le jeune homme"
        same = None if plural or start != det.i or new_person or attribute else antecedent(
            doc, participants, start, end, text.lower().replace("’", "'"), gender, low)
        if same is not None:
            same.add_mention(start_char, end_char, DESCRIPTION)
            same.linked.append(start_char)
            _learn_gender(same, gender, head)
            continue
        lemma = doc[head.i:end].text.lower().strip("".join(LABEL_MARKS)) \
            if label is not None else head.lemma_.lower()  # "gilets rouges" is not "gilets verts"
        key = (lemma, "Plur" if plural else "Sing")
        p = None if new_person else _same_unnamed(unnamed.get(key, []), gender)
        if p is None:
            text = text.strip("".join(LABEL_MARKS))
            p = Participant(len(participants) + 1, GROUP if plural and person else UNNAMED, text,
                            number=key[1], gender=gender)
            p.heads.append(low)
            p.descriptions.append(text)
            unnamed.setdefault(key, []).append(p)
            participants.append(p)
        p.add_mention(start_char, end_char, DESCRIPTION)
        p.gender = p.gender or gender
        if p.age is None and person and not plural:
            p.age = age_near(doc, start, end)


def _office_holders_named(doc: Doc, participants: list[Participant]) -> list[Participant]:
    """An unnamed participant's description mention that names a public office ("le
    président américain", "le ministre de l'Intérieur") is the one person the article
    names who held that office at its publication date (`officeholders`): the mention
    joins that person's (an unnamed participant groups descriptions by head noun: "le
    président" and "le président américain" may be two people). The participants left
    (an unnamed one whose every mention went), in order."""
    date = article_date(doc._.pub_date)
    out = list(participants)
    for p in participants:
        if p.kind != UNNAMED or p.number == "Plur" or not p.heads:
            continue
        for mention in list(p.mentions):
            holder = _office_holder(p, _description_text(doc, mention), out, date)
            if holder is not None:
                holder.add_mention(mention[0], mention[1], DESCRIPTION)
                holder.heads.extend(h for h in p.heads if h not in holder.heads)
                p.mentions.remove(mention)
        if not p.mentions:
            out.remove(p)
    return out


def _description_text(doc: Doc, mention: list) -> str:
    """A description mention's words without its determiners ("le président" ->
    "président")."""
    span = doc.char_span(mention[0], mention[1], alignment_mode="expand")
    if span is None:
        return ""
    start = span.start
    while start < span.end and doc[start].pos_ == "DET":
        start += 1
    return doc[start:span.end].text


def _office_holder(p: Participant, text: str, participants: list[Participant],
                   date: str | None) -> Participant | None:
    """The one named person of `participants` holding an office the description `text` of
    the unnamed `p` can mean at `date` (ever, undated), of a compatible gender; None when
    none, several, or, for a generic description, another participant described with the
    same head noun for another office."""
    patterns = offices_described(text)
    if not patterns:
        return None
    found = [(q, held(q.names, patterns, date)) for q in participants if q.kind == "PER"
             and not (p.gender and q.gender and p.gender != q.gender)]
    found = [(q, offices) for q, offices in found if offices]
    if len(found) != 1:
        return None
    holder, offices = found[0]
    others = [(d, q.gender) for q in participants if q is not p and q is not holder
              for d in q.descriptions]
    if is_generic(patterns) and other_office_described(others, p.heads[0], p.gender, offices):
        return None
    return holder


def _same_unnamed(known: list[Participant], gender: str | None) -> Participant | None:
    """The unnamed participant under the same head noun and number that a description of
    that gender is: the last one of that gender, else the last of unknown gender; never one
    of the other gender ("l'avocat ... l'avocate" are two people)."""
    same = [p for p in known if gender is not None and p.gender == gender]
    unknown = [p for p in known if p.gender is None or gender is None]
    return (same or unknown or [None])[-1]


def _learn_gender(p: Participant, gender: str | None, head: Token) -> None:
    """A named person whose gender no name mention told takes the gender of a
    description that stands for it ("Paul Martin ... le jeune homme", "la ministre"): the
    article tells it once, every later reader (pronouns, speakers) may use it. Only a
    noun naming people tells a sex ("le mouvement" is masculine whoever leads it)."""
    if names_person(compound(head), head.lemma_):
        p.tell_gender(STRONG, gender)


def _pronoun_mentions(doc: Doc, participants: list[Participant]) -> None:
    """Subject pronouns (il, elle, ils, elles) as mentions of the participant mentioned
    last before them, within `PRONOUN_REACH_CHARS`, of the same gender (when both are
    known) and number: "il" a person or an organisation, "ils"/"elles" a group."""
    for tok in doc:
        form = tok.lower_.lstrip("-")
        if tok.pos_ != "PRON" or form not in grammar_words(SUBJECT_PRONOUN) \
                or not tok.dep_.startswith("nsubj"):
            continue
        plural = form in ("ils", "elles")
        gender = "Fem" if form.startswith("elle") else "Masc"
        best, best_start = None, -1
        for p in participants:
            if (p.kind == GROUP or p.number == "Plur") != plural:
                continue
            if p.gender is not None and p.gender != gender and not (plural and gender == "Masc"):
                continue
            start = max((m[0] for m in p.mentions if m[2] != PRONOUN and m[1] <= tok.idx
                         and tok.idx - m[0] <= PRONOUN_REACH_CHARS), default=-1)
            if start > best_start:
                best, best_start = p, start
        if best is not None:
            best.add_mention(tok.idx, tok.idx + len(tok), PRONOUN)


def _of_gender(holders: list[Participant], gender: str | None, char: int
               ) -> list[Participant]:
    """The holders a description of that grammatical gender can mean: "le ministre" not a
    woman, "la ministre" not a man; those known to be of that gender before those of
    unknown gender (none when all are of the other gender: the other rules decide), and
    those mentioned before the description first ("Me A ... l'avocate ... Me B, her
    colleague": the description reads back to A even when only B's gender is known)."""
    if gender is None:
        return holders
    same = [p for p in holders if p.gender == gender]
    unknown = [p for p in holders if p.gender is None]
    def before(group: list[Participant]) -> list[Participant]:
        return [p for p in group if any(m[0] < char for m in p.mentions)]
    return before(same) or before(unknown) or same or unknown


def _closest_descriptions(holders: list[Participant], text: str) -> list[Participant]:
    """The holders one of whose descriptions holds every word of `text`: "le Premier
    ministre" is the one described "Premier ministre belge", not the last "ministre des
    Finances" mentioned; all holders when none does ("le ministre")."""
    words = content_words(text)
    closest = [p for p in holders if any(words <= content_words(d) for d in p.descriptions)]
    return closest or holders


def _last_mentioned(holders: list[Participant], char: int, reach: int, text: str
                    ) -> Participant | None:
    """The holder mentioned last before `char`, else the first mentioned after it if that
    mention starts before `reach` (`_forward_reach`) and the description `text` mostly
    repeats one of its descriptions (`_repeats`), else None."""
    def last_before(p: Participant) -> int:
        return max((m[0] for m in p.mentions if m[0] < char), default=-1)
    best = max(holders, key=last_before)
    if last_before(best) >= 0:
        return best
    first = min(holders, key=lambda p: min(m[0] for m in p.mentions))
    return first if min(m[0] for m in first.mentions) < reach and _repeats(text, first) else None


def _repeats(text: str, holder: Participant) -> bool:
    """The description `text` shares more than `FORWARD_SHARED_WORDS` of its words with one
    of the holder's descriptions: "l'avocat du routier" may name the one introduced later
    as "l'avocat du routier arrêté"; "le directeur d'une école" is not the one introduced
    as "le directeur régional de la santé", whatever their common head."""
    words = content_words(text)
    return any(len(words & content_words(d)) > FORWARD_SHARED_WORDS * len(words)
               for d in holder.descriptions)


def _forward_reach(doc: Doc, start: int) -> int:
    """How far (a character offset) a description at token `start` may look ahead for a
    person named after it: anywhere from the article's opening (`LEDE_CHARS`: a headline
    or lede says "le ministre" before naming him), else to the end of its own sentence
    ("le ministre a dit, selon son cabinet, que Paul X …"); not at all from a
    demonstrative ("cet expert" refers back). Further on, "le directeur" said before the
    article introduces "le directeur régional, Paul X" is someone else: the one the article
    was speaking of."""
    if doc[start].lower_ in grammar_words(SINGULAR_DEMONSTRATIVE):
        return -1
    if doc[start].idx < LEDE_CHARS:
        return doc[-1].idx + len(doc[-1])
    return doc[start].sent.end_char
