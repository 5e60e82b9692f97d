"""``newsextract_layout``: record the article's blocks on the Doc.

Sets ``doc._.ne_blocks`` from the text (see newsextract.layout). Runs anywhere in the
pipeline; the other components fall back to the same computation when it is absent.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsextract.layout import split_blocks
from newsextract.nlp.extensions import register_extensions


class LayoutComponent:
    def __init__(self, has_title: bool = False) -> None:
        register_extensions()
        self.has_title = has_title

    def __call__(self, doc: Doc) -> Doc:
        if doc._.ne_blocks is None:
            doc._.ne_blocks = [b.as_list() for b in split_blocks(doc.text, self.has_title)]
        return doc


@Language.factory("newsextract_layout", default_config={"has_title": False})
def make_layout(nlp: Language, name: str, has_title: bool) -> LayoutComponent:
    return LayoutComponent(has_title)
