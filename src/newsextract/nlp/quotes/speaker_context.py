"""Who has been named or has spoken so far? The antecedents, with their gender and
number.

`Speaker` is a resolved speaker (a name and the mention used); `SpeakerContext` holds the
antecedents (entities named as clause subjects, earlier speakers) with the gender and
number each shows, the offices already filled and the pairs of people named together.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from newsextract.nlp.participants.lookup import resolve
from newsextract.nlp.quotes.lexicon import GROUP, PERSON_LABELS
from newsextract.nlp.quotes.pairs import NamedPair

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
    # the registry's number of each antecedent, looked up once per Speaker (`number_of`)
    registry_numbers: dict[Speaker, str | None] = field(default_factory=dict)

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
        if self.numbers[i]:
            return self.numbers[i]
        sp = self.items[i]
        if sp not in self.registry_numbers:  # the registry is fixed for the article
            self.registry_numbers[sp] = registry_number(self.doc, sp)
        return self.registry_numbers[sp]

    def last(self, before: int, labels: tuple[str, ...], speakers_only: bool = False,
             prefer_speakers_for: tuple[str, ...] = (), gender: str | None = None,
             number: str | None = None, skip: tuple[int, int] | None = None,
             accepts: Callable[[Speaker], bool] | None = None) -> Speaker | None:
        """The last antecedent before `before` with one of `labels`; `speakers_only`: only
        earlier speakers; `prefer_speakers_for`: labels that count only as speakers (an
        organisation merely named, "sur Twitter", is no antecedent); `gender`: skip those
        of the other gender ("elle" is not the man named in a complement); `number`: skip
        those of the other grammatical number ("ils" is not "le document"); `skip`: the
        characters of the words being attributed (see `antecedent`); `accepts`: skip those
        it refuses ("la compagnie" is no television channel)."""
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
                    and (number is None or self.number_of(i) in (None, number)) \
                    and (accepts is None or accepts(sp)):
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
