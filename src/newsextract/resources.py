"""Access to the lexicons and patterns shipped in ``newsextract/data``.

Every list of words the rules use lives in a data file there, so that an analyst can read and
extend it. Text lists: one entry per line, ``#`` starts a comment. JSON and JSONL as stated in
each file's header or in docs/lexicons.md.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


def data_path(name: str):
    return resources.files("newsextract") / "data" / name


@cache
def read_text(name: str) -> str:
    return data_path(name).read_text(encoding="utf-8")


@cache
def read_lines(name: str) -> tuple[str, ...]:
    """Non-empty lines of a text list, comments (#…) and surrounding blanks removed."""
    out = []
    for line in read_text(name).splitlines():
        line = line.split(" #", 1)[0] if not line.startswith("#") else ""
        line = line.strip()
        if line:
            out.append(line)
    return tuple(out)


@cache
def read_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated list (comments and blank lines skipped)."""
    rows = []
    for line in read_text(name).splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)


@cache
def words_of_class(name: str, word_class: str) -> frozenset[str]:
    """Lowercase words of a two-column list (word, comma-separated classes) that carry
    `word_class` (``french_grammar_words.tsv``, ``negation.tsv``)."""
    return frozenset(row[0].lower() for row in read_tsv(name)
                     if len(row) > 1 and word_class in row[1].split(","))


@cache
def read_sections(name: str) -> dict[str, frozenset[str]]:
    """Lowercase words of a text list cut into sections by header lines ``# [name]``, by
    section name (words before the first header under ""); other comments skipped."""
    sections: dict[str, set[str]] = {"": set()}
    current = sections[""]
    for line in read_text(name).splitlines():
        line = line.strip()
        if line.startswith("# [") and line.endswith("]"):
            current = sections.setdefault(line[3:-1], set())
        elif line and not line.startswith("#"):
            current.add(line.lower())
    return {section: frozenset(words) for section, words in sections.items()}


@cache
def read_json(name: str) -> Any:
    return json.loads(read_text(name))


@cache
def read_jsonl(name: str) -> tuple[Any, ...]:
    return tuple(json.loads(line) for line in read_text(name).splitlines()
                 if line.strip() and not line.lstrip().startswith("//"))
