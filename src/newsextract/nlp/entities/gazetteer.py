"""``newsextract_gazetteer``: known French-news names, tagged before the model's ``ner``.

An ``EntityRuler`` loaded with ``data/gazetteer.jsonl`` (international organisations, armed
groups, news agencies and media, ministries, parties, institutions) and, optionally, an
analyst's own patterns file in the same format (CLI ``--patterns FILE``). The pipeline adds it
*before* ``ner`` and runs it paragraph by paragraph: the model then keeps these spans and
predicts the other entities around them, so the model's correct entities are not broken and
multi-word names ("Fonds monétaire international") come out whole.

Every pattern carries an ``id``: the entities component reads ``span.ent_id_`` to know that a
span comes from a gazetteer and must not be trimmed, relabelled or dropped by its rules.
Patterns without an id get ``GAZETTEER_ID``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.pipeline import EntityRuler

from newsextract.resources import read_jsonl

PATTERNS_FILE = "gazetteer.jsonl"
GAZETTEER_ID = "gazetteer"


def read_patterns_file(path: str | Path) -> list[dict[str, Any]]:
    """EntityRuler patterns from a JSONL file (blank lines and ``//`` comments skipped)."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines
            if line.strip() and not line.lstrip().startswith("//")]


def with_id(pattern: dict[str, Any]) -> dict[str, Any]:
    """The pattern with an ``id`` (the provenance mark the entities component reads)."""
    if pattern.get("id"):
        return pattern
    return {**pattern, "id": GAZETTEER_ID}


def builtin_patterns() -> list[dict[str, Any]]:
    return [with_id(p) for p in read_jsonl(PATTERNS_FILE)]


# A title's leading article, written in lowercase mid-sentence ("dans le Monde").
TITLE_ARTICLES = frozenset({"le", "la", "les", "l'", "l’"})


def case_variant(pattern: dict[str, Any], nlp: Language) -> dict[str, Any] | None:
    """A token pattern for the same name written with other capitals or spaces: the later
    words in any case ("France info", "Le Courrier Picard"), non-breaking spaces between
    words, and the leading article in lowercase when the pattern says it is part of the
    title (``"article": "part"``: "dans le Parisien").
    Its first proper word keeps its capital, so that "le monde" (the world) does not match
    "Le Monde". None for one-word and token patterns."""
    if not isinstance(pattern["pattern"], str):
        return None
    words = [t.text for t in nlp.make_doc(pattern["pattern"])]
    if len(words) < 2:
        return None
    tokens: list[dict[str, Any]] = []
    first_proper = True
    for word in words:
        if tokens:  # a non-breaking space is a token of its own: "Europe\u00a01"
            tokens.append({"IS_SPACE": True, "OP": "?"})
        if not tokens and word.lower() in TITLE_ARTICLES:
            article_in_name = pattern.get("article") == "part"
            tokens.append({"LOWER": word.lower()} if article_in_name else {"ORTH": word})
        elif first_proper and word[:1].isupper():
            tokens.append({"LOWER": word.lower(), "IS_LOWER": False})
            first_proper = False
        else:
            tokens.append({"LOWER": word.lower()})
    return {**pattern, "pattern": tokens}


def ruler_pattern(pattern: dict[str, Any]) -> dict[str, Any]:
    """The pattern as the EntityRuler takes it (label, pattern, id)."""
    return {k: v for k, v in pattern.items() if k in {"label", "pattern", "id"}}


@Language.factory("newsextract_gazetteer", default_config={"patterns": None})
def make_gazetteer(nlp: Language, name: str, patterns: str | None = None) -> EntityRuler:
    """An EntityRuler with the package gazetteer, plus the user's `patterns` file if given.

    User patterns are added after the built-in ones; where both match, the longest match
    wins (EntityRuler semantics), so a user can extend a name but not shorten one.
    """
    ruler = EntityRuler(nlp, name, phrase_matcher_attr="ORTH", overwrite_ents=True)
    all_patterns = builtin_patterns()
    all_patterns += [v for v in (case_variant(p, nlp) for p in all_patterns) if v is not None]
    if patterns:
        all_patterns += [with_id(p) for p in read_patterns_file(patterns)]
    ruler.add_patterns([ruler_pattern(p) for p in all_patterns])
    return ruler
