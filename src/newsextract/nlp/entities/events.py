"""Which names does the article use as events (a treaty's exit, a summit, a cup)?

The model tags "le Grexit" or "la COP31" as organisations; ENTITIES.md annotates no event
(MISC). A one-word name after a preposition of time and a determiner ("avant le Grexit",
"lors de la COP31": ``entities_event_prepositions.txt``), or glued to "après-" / "avant-"
("l'après-Grexit"), or coined with an event's ending ("Grexit":
``entities_event_suffixes.txt``) is an event, and so are the name's other mentions in the
article that the model tagged an organisation ("le Grexit inquiète" with no cue of its own).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from newsextract.nlp.entities.canonical import entity_key
from newsextract.nlp.entities.mention import Mention
from newsextract.nlp.grammar_words import BARE_DE, SINGULAR_DEFINITE, elided, grammar_words
from newsextract.resources import read_lines

# Labels of the model that an event cue corrects: a person or a place after "avant le" is
# a place ("avant le Havre") or a quoted nickname, never an event of this kind.
EVENT_CORRECTS = frozenset({"ORG", "MISC"})
# Words between the preposition and the name: "lors de la", "lors du", "avant l'".
EVENT_DETERMINERS = grammar_words(SINGULAR_DEFINITE) | grammar_words(BARE_DE)
# Most words of EVENT_DETERMINERS between the preposition and the name ("lors de la").
MAX_EVENT_DETERMINERS = 2
# "d'" before "après" makes it "d'après" (according to), a source, not a time.
ELIDED_DE = elided(grammar_words(BARE_DE))
# A period named after an event, glued to its name ("l'après-Grexit").
EVENT_PERIOD_PREFIXES = ("après-", "avant-")


@cache
def event_prepositions() -> frozenset[str]:
    return frozenset(w.lower() for w in read_lines("entities_event_prepositions.txt"))


@cache
def event_suffixes() -> tuple[str, ...]:
    return tuple(w.lower() for w in read_lines("entities_event_suffixes.txt"))


def coined_event(text: str) -> bool:
    """A capitalised word with an event's ending and letters before it ("Grexit")."""
    return text.istitle() and text.isalpha() and any(
        text.lower().endswith(s) and len(text) > len(s) for s in event_suffixes())


def after_event_preposition(doc: Doc, start: int) -> bool:
    """doc[start] follows a preposition of time and at least one determiner."""
    k = start - 1
    while k >= 0 and start - k <= MAX_EVENT_DETERMINERS and doc[k].lower_ in EVENT_DETERMINERS:
        k -= 1
    if k < 0 or start - k < 2 or doc[k].lower_ not in event_prepositions():
        return False
    return k == 0 or doc[k - 1].lower_ not in ELIDED_DE  # "d'après la CGT" cites a source


def event_name(doc: Doc, m: Mention) -> str | None:
    """The entity key of the event an event cue says `m` names, None without a cue."""
    text = doc[m.start:m.end].text
    if m.gazetteer:
        return None
    for prefix in EVENT_PERIOD_PREFIXES:
        if text.lower().startswith(prefix):
            return entity_key(text[len(prefix):])
    if m.end - m.start == 1 and (coined_event(text) or m.label in EVENT_CORRECTS
                                 and after_event_preposition(doc, m.start)):
        return entity_key(text)
    return None


def events_from_cue(doc: Doc, mentions: list[Mention]) -> None:
    """Label MISC (an event) the mentions an event cue marks, and the other mentions of
    their names that the model did not call a person or a place."""
    events = {key for m in mentions if (key := event_name(doc, m))}
    for m in mentions:
        if m.gazetteer:
            continue
        key = entity_key(doc[m.start:m.end].text)
        if event_name(doc, m) or key in events and m.label in EVENT_CORRECTS \
                and not m.trigger_label:
            m.trigger_label = "MISC"
