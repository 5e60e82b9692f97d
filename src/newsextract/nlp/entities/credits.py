"""Which entities are named only on boilerplate lines, and when do they join the table?

A link to another story ("Lire aussi Dupuis - Le prix du pain") and a photo credit ("© 2019
AFP") name entities like any other line: they are entity mentions. But they are not the
story: a person named only in a link is no antecedent for "il" in the next paragraph, and a
credit's agency is not a source of the story. So the entities component keeps the mentions of
the boilerplate lines that name entities (``data/entities_boilerplate_lines.txt``; the others,
"Partagez", "Publicité", "Lire aussi : …", give none) in their own span group
(BOILERPLATE_GROUP), which no later layer reads, and the last component of the pipeline
(``newsextract_boilerplate_entities``) adds them to ``doc.spans["entities"]`` once every
layer has run, so that the entities table has them.
Their ``entity_id`` is numbered with the story's mentions (one id per name and label).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsextract.nlp.extensions import block_index, blocks, is_extractable
from newsextract.resources import read_lines

BOILERPLATE_GROUP = "entities_boilerplate"


@cache
def naming_lines() -> re.Pattern[str]:
    """The boilerplate lines whose names are mentions (entities_boilerplate_lines.txt)."""
    return re.compile("|".join(f"(?:{p})" for p in read_lines("entities_boilerplate_lines.txt")),
                      re.IGNORECASE)


def in_story(span: Span) -> bool:
    """The span lies in a block that the story layers read (not boilerplate)."""
    return is_extractable(span.doc, span.start_char, span.end_char)


def in_naming_line(span: Span) -> bool:
    """The span lies in a boilerplate line that names entities: a credit, a link written
    straight after its phrase (not "Lire aussi : …", nor "Partagez", "Publicité")."""
    i = block_index(span.doc, span.start_char)
    if i is None:
        return False
    start, end, _ = blocks(span.doc)[i]
    if span.end_char > end:
        return False
    # the line's tokens, not doc.text (rebuilt from every token on each access)
    line = span.doc.char_span(start, end, alignment_mode="expand")
    return line is not None and bool(naming_lines().match(line.text.strip()))


class BoilerplateEntities:
    """Add the entities of boilerplate lines to ``doc.spans["entities"]`` (last component)."""

    def __call__(self, doc: Doc) -> Doc:
        extra = list(doc.spans[BOILERPLATE_GROUP]) if BOILERPLATE_GROUP in doc.spans else []
        if extra:
            story = list(doc.spans["entities"]) if "entities" in doc.spans else []
            doc.spans["entities"] = sorted(story + extra, key=lambda s: (s.start, s.end))
        if BOILERPLATE_GROUP in doc.spans:
            del doc.spans[BOILERPLATE_GROUP]
        return doc


@Language.factory("newsextract_boilerplate_entities")
def make_boilerplate_entities(nlp: Language, name: str) -> BoilerplateEntities:
    return BoilerplateEntities()
