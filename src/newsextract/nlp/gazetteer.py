"""``newsextract_gazetteer``: placeholder (the entities engineer replaces it)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class Component:
    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("newsextract_gazetteer", default_config={"patterns": None})
def make_gazetteer(nlp: Language, name: str, patterns: str | None) -> Component:
    return Component()
