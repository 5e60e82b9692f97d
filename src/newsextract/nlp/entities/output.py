"""Write the mentions as ``doc.spans["entities"]`` with ``span._.entity``, and ``doc.ents``
(those of boilerplate lines wait in their own group: ``credits.py``)."""

from __future__ import annotations

from contextlib import suppress

from spacy.tokens import Doc, Span

from newsextract.nlp.entities import canonical
from newsextract.nlp.entities.credits import BOILERPLATE_GROUP, in_naming_line, in_story
from newsextract.nlp.entities.mention import Mention


def write_spans(doc: Doc, mentions: list[Mention]) -> None:
    """doc.spans["entities"] with one id per canonical name and label; doc.ents alike."""
    ids: dict[tuple[str, str], int] = {}
    roles: dict[int, str] = {}
    spans = []
    for m in sorted(mentions, key=lambda m: m.start):
        span = Span(doc, m.start, m.end, label=m.label)
        if not in_story(span) and not in_naming_line(span):
            continue  # "Partagez sur Facebook", "Lire aussi : ...": credits.py
        key = canonical.entity_key(m.canonical or doc[m.start:m.end].text)
        entity_id = ids.setdefault((m.label, key), len(ids) + 1)
        if m.role and entity_id not in roles:
            roles[entity_id] = m.role
        span._.entity = {"entity_id": entity_id,
                         "canonical": m.canonical or canonical.visible(span.text),
                         "entity_key": key, "role": m.role}
        spans.append(span)
    for span in spans:  # a mention without its own role takes its entity's
        if span._.entity["role"] is None:
            span._.entity["role"] = roles.get(span._.entity["entity_id"])
    story = [s for s in spans if in_story(s)]  # boilerplate lines: credits.py
    doc.spans["entities"] = story
    doc.spans[BOILERPLATE_GROUP] = [s for s in spans if not in_story(s)]
    # overlapping spans cannot all be doc.ents; the span group has them
    with suppress(ValueError):
        doc.set_ents(story, default="outside")


def entity_canonical(span: Span) -> str:
    """The canonical name of a span of doc.spans["entities"] (its text if it has none): what
    later layers call the entity (participants, quote speakers, casualty places)."""
    attrs = span._.entity or {}
    return attrs.get("canonical") or span.text
