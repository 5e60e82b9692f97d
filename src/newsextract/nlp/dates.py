"""``newsextract_dates``: placeholder until the layer is implemented (writes no spans)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsextract.nlp.extensions import register_extensions


class Component:
    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        doc.spans["dates"] = []
        return doc


@Language.factory("newsextract_dates")
def make_dates(nlp: Language, name: str) -> Component:
    return Component()
