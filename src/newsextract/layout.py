"""Layout: split an article's text into blocks (section, title, paragraph, link, boilerplate).

Pure text functions, no spaCy. A block is a run of non-empty lines separated from the next
by a newline: in the seed layout (blank lines between paragraphs) and in one-paragraph-per-
line JSONL texts alike, every line is its own block, so no extraction can cross a newline.
Offsets always index the original text; boilerplate blocks stay in the text and are only
flagged, so that offsets remain true.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsextract.resources import read_lines

SECTION = "section"
TITLE = "title"
PARAGRAPH = "paragraph"
BOILERPLATE = "boilerplate"
LINK = "link"  # "» LIRE AUSSI - …": a paragraph that announces another story


@dataclass(frozen=True)
class Block:
    start: int  # offset of the first non-blank character
    end: int  # offset after the last non-blank character
    kind: str

    def as_list(self) -> list:
        return [self.start, self.end, self.kind]


_LINE = re.compile(r"[^\n]+")


@lru_cache(maxsize=1)
def boilerplate_patterns() -> re.Pattern[str]:
    """One regex from data/boilerplate.txt (one pattern per line, matched at line start)."""
    patterns = [p for p in read_lines("boilerplate.txt")]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def is_boilerplate(line: str) -> bool:
    return bool(boilerplate_patterns().match(line.strip()))


@lru_cache(maxsize=1)
def link_marks() -> frozenset[str]:
    return frozenset(read_lines("layout_link_marks.txt"))


def is_link(line: str) -> bool:
    """A mark, then a boilerplate phrase: "» LIRE AUSSI - Deux morts dans …"."""
    stripped = line.strip()
    return stripped[:1] in link_marks() and is_boilerplate(stripped[1:])


def _kind(line: str) -> str:
    return BOILERPLATE if is_boilerplate(line) else LINK if is_link(line) else PARAGRAPH


def _looks_like_heading(line: str) -> bool:
    """A short line without final punctuation: a section name, a title or a subhead."""
    stripped = line.strip()
    return (0 < len(stripped.split()) <= 20 and len(stripped) < 200
            and stripped[-1] not in ".:;,»\"”")


def split_blocks(text: str, has_title: bool = False) -> list[Block]:
    """Blocks of `text` in order, one per non-blank line.

    `has_title` says that the text starts with a title (the .txt layout): then a first short
    line followed by another short line is the section, and the next one the title.
    """
    blocks: list[Block] = []
    for m in _LINE.finditer(text):
        line = m.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = m.start() + (len(line) - len(line.lstrip()))
        end = m.start() + len(line.rstrip())
        blocks.append(Block(start, end, _kind(stripped)))
    if has_title and blocks:
        lines = [text[b.start:b.end] for b in blocks]
        if len(blocks) >= 3 and len(lines[0].split()) <= 4 and _looks_like_heading(lines[0]) \
                and _looks_like_heading(lines[1]):
            blocks[0] = Block(blocks[0].start, blocks[0].end, SECTION)
            blocks[1] = Block(blocks[1].start, blocks[1].end, TITLE)
        elif _looks_like_heading(lines[0]):
            blocks[0] = Block(blocks[0].start, blocks[0].end, TITLE)
    return blocks

