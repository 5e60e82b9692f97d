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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from newsextract.resources import read_jsonl

PATTERNS_FILE = "gazetteer.jsonl"
# The articles that can open a title ("Le Monde", "L'Express"); also lowercase mid-sentence.
TITLE_ARTICLES = frozenset({"Le", "La", "Les", "L'", "L’"})
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
    patterns = [with_id(p) for p in read_jsonl(PATTERNS_FILE)]
    return patterns + first_capital_variants(patterns)


def is_camel_case(word: str) -> bool:
    """A one-word name with a capital inside it ("VoxTel", "TVNews", "LaREM"); not a
    hyphenated or elided name ("Croix-Rouge", "L'Express"), nor one in capitals."""
    return word[:1].isupper() and not word.isupper() and word.isalnum() \
        and any(c.isupper() for c in word[1:])


def first_capital_variants(patterns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A camel-case name is also written with its first capital only ("Voxtel" for
    "VoxTel"): the same pattern under that spelling, unless the gazetteer has it."""
    known = {p["pattern"] for p in patterns if isinstance(p["pattern"], str)}
    variants = []
    for p in patterns:
        word = p["pattern"]
        if isinstance(word, str) and is_camel_case(word):
            variant = word[0] + word[1:].lower()
            if variant not in known:
                known.add(variant)
                variants.append({**p, "pattern": variant})
    return variants


NBSP = "\u00a0"


@dataclass(frozen=True)
class CaseVariant:
    """A multi-word name matched whatever its capitals ("France info", "Le Courrier
    Picard"), with what the match must still respect: its first proper word keeps a
    capital, so that "le monde" (the world) does not match "Le Monde"; its leading article
    keeps its spelling unless the pattern says the article is part of the title
    (``"article": "part"``: "dans le Parisien")."""

    label: str
    entity_id: str
    words: tuple[str, ...]
    spaced: tuple[bool, ...]  # whether a space follows each word ("l'" and "-" glue)
    exact_article: str | None  # the article as it must be written, None when any case goes
    proper_index: int | None  # the word that must not be all lowercase


def case_variant(pattern: dict[str, Any], nlp: Language) -> CaseVariant | None:
    """The case-insensitive variant of a phrase pattern of two words or more, else None."""
    if not isinstance(pattern["pattern"], str):
        return None
    tokens = [t for t in nlp.make_doc(pattern["pattern"]) if not t.is_space]
    words = tuple(t.text for t in tokens)
    if len(words) < 2:
        return None
    exact_article = None
    # a title's leading article, written in lowercase mid-sentence ("dans le Monde")
    if words[0].capitalize() in TITLE_ARTICLES and pattern.get("article") != "part":
        exact_article = words[0]
    proper_index = next((k for k, w in enumerate(words)
                         if w[:1].isupper() and w.capitalize() not in TITLE_ARTICLES), None)
    spaced = tuple(bool(t.whitespace_) for t in tokens)
    return CaseVariant(pattern["label"], pattern["id"], words, spaced, exact_article,
                       proper_index)


def lowercase_doc(variant: CaseVariant, vocab: Vocab, nbsp: bool) -> Doc:
    """The variant's words in lowercase as the tokenizer splits them, with a space or, when
    `nbsp`, a non-breaking space (a token of its own: "Europe\u00a01") where a space is."""
    words: list[str] = []
    spaces: list[bool] = []
    for word, spaced in zip(variant.words, variant.spaced):
        words.append(word.lower())
        spaces.append(spaced and not nbsp)
        if spaced and nbsp:
            words.append(NBSP)
            spaces.append(False)
    return Doc(vocab, words=words, spaces=spaces)


def respects_case(variant: CaseVariant, span: Span) -> bool:
    """Whether a lowercase match keeps the capitals and the article its variant requires."""
    words = [t for t in span if not t.is_space]
    if len(words) != len(variant.words):
        return False
    if variant.exact_article is not None and words[0].text != variant.exact_article:
        return False
    return variant.proper_index is None or not words[variant.proper_index].is_lower


class GazetteerRuler(EntityRuler):
    """An EntityRuler whose multi-word phrase patterns also match in other capitals and
    with non-breaking spaces between words, through a lowercase PhraseMatcher checked by
    `respects_case` (one pass over the text: a token pattern per name cost ~1 s per 150
    articles in the Matcher)."""

    def __init__(self, nlp: Language, name: str, **kwargs: Any) -> None:
        super().__init__(nlp, name, **kwargs)
        self.case_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.case_variants: dict[int, CaseVariant] = {}
        # the first words of the token patterns as an array of hashes, None for "any word";
        # read at the first call after patterns are added
        self._first_words_read = False
        self._first_word_array: numpy.ndarray | None = None

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        super().add_patterns(patterns)
        self._first_words_read = False

    def _first_words(self) -> frozenset[int] | None:
        """Hashes of the lowercase words a token pattern can start with; None when one
        pattern can start with any word (the Matcher must then always run)."""
        words: set[str] = set()
        for patterns in self.token_patterns.values():
            for pattern in patterns:
                first = pattern[0] if pattern else {}
                value = first.get("LOWER") if first.get("OP") in (None, "1", "+") else None
                if isinstance(value, str):
                    words.add(value)
                elif isinstance(value, dict) and isinstance(value.get("IN"), list):
                    words.update(value["IN"])
                else:
                    return None
        return frozenset(self.nlp.vocab.strings.add(w) for w in words)

    def _token_patterns_may_match(self, doc: Doc) -> bool:
        if not self.token_patterns:
            return False
        if not self._first_words_read:
            first = self._first_words()
            self._first_word_array = None if first is None \
                else numpy.fromiter(first, dtype=numpy.uint64, count=len(first))
            self._first_words_read = True
        if self._first_word_array is None:
            return True
        lowers = doc.to_array([LOWER]).ravel()
        return bool(numpy.isin(lowers, self._first_word_array).any())

    def label_of(self, key: int) -> str:
        """The entity label of a match key ("ORG" of "ORG||Renaudin")."""
        return self.nlp.vocab.strings[key].split(self.ent_id_sep)[0]

    def add_case_variants(self, variants: list[CaseVariant], nlp: Language) -> None:
        for variant in variants:
            key = f"{variant.label}{self.ent_id_sep}{variant.entity_id}#{len(self.case_variants)}"
            self.case_variants[nlp.vocab.strings.add(key)] = variant
            self.case_matcher.add(key, [lowercase_doc(variant, nlp.vocab, nbsp)
                                        for nbsp in (False, True)])

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        if self._token_patterns_may_match(doc):
            matches = set(super().match(doc))
        else:  # the token Matcher's per-token predicates are its cost: skip it when idle
            matches = {(key, start, end) for key, start, end in self.phrase_matcher(doc)
                       if start != end}
        for key, start, end in self.case_matcher(doc):
            variant = self.case_variants[key]
            if respects_case(variant, doc[start:end]):
                label = self._create_label(variant.label, variant.entity_id)
                matches.add((self.matcher._normalize_key(label), start, end))
        matches = {(key, start, end) for key, start, end in matches
                   if not is_surname_after_given_name(doc, start, end, self.label_of(key))}
        return sorted(matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)


def is_surname_after_given_name(doc: Doc, start: int, end: int, label: str) -> bool:
    """A one-word organisation name written right after a capitalised proper noun: the
    surname of a person the press names in full ("l'avocat Paul Renaudin" where "Renaudin"
    is also a retail chain; "Marie-Anne Renaudin, caissière"), or the last word of a longer
    name ("le stade Paul Renaudin"). The model, not the gazetteer, reads such a name: with
    the brand pre-tagged it keeps it and drops the given name. Alone ("chez Renaudin") the
    word stays the gazetteer's organisation."""
    if label != "ORG" or end - start != 1 or start == 0:
        return False
    word, before = doc[start], doc[start - 1]
    return word.is_title and word.is_alpha and before.is_title and before.pos_ == "PROPN" \
        and before.whitespace_ == " "


def ruler_pattern(pattern: dict[str, Any]) -> dict[str, Any]:
    """The pattern as the EntityRuler takes it (label, pattern, id)."""
    return {k: v for k, v in pattern.items() if k in {"label", "pattern", "id"}}


@Language.factory("newsextract_gazetteer", default_config={"patterns": None})
def make_gazetteer(nlp: Language, name: str, patterns: str | None = None) -> EntityRuler:
    """An EntityRuler with the package gazetteer, plus the user's `patterns` file if given.

    User patterns are added after the built-in ones; where both match, the longest match
    wins (EntityRuler semantics), so a user can extend a name but not shorten one.
    """
    ruler = GazetteerRuler(nlp, name, phrase_matcher_attr="ORTH", overwrite_ents=True)
    builtin = builtin_patterns()
    user = [with_id(p) for p in read_patterns_file(patterns)] if patterns else []
    ruler.add_patterns([ruler_pattern(p) for p in builtin + user])
    ruler.add_case_variants([v for v in (case_variant(p, nlp) for p in builtin)
                             if v is not None], nlp)
    return ruler
