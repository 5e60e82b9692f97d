"""``newsextract_participants``: the registry of who takes part in each article.

Runs after the entities layer and before dates and quotes. ``doc._.participants`` is a list
of plain dicts (see registry.Participant): names, descriptions and their head nouns, gender,
number, entity ids, and mentions in text order. Later layers read it through lookup.py.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsextract.nlp.extensions import register_extensions
from newsextract.nlp.participants.registry import as_dicts, build


class ParticipantsComponent:
    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        doc._.participants = as_dicts(build(doc)) if len(doc) else []
        return doc


@Language.factory("newsextract_participants")
def make_participants(nlp: Language, name: str) -> ParticipantsComponent:
    return ParticipantsComponent()
