"""``newsextract_entities``: placeholder: the model's entities that stay inside one block."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsextract.nlp.extensions import is_extractable, register_extensions


class Component:
    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for i, ent in enumerate(e for e in doc.ents if is_extractable(doc, e.start_char, e.end_char)):
            ent._.entity = {"entity_id": i + 1, "canonical": ent.text,
                            "entity_key": ent.text.lower(), "role": None}
            spans.append(ent)
        doc.spans["entities"] = spans
        return doc


@Language.factory("newsextract_entities")
def make_entities(nlp: Language, name: str) -> Component:
    return Component()
