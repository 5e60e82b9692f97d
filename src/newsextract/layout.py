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

# Teasers, credits and share prompts are short lines (under 170 characters in the press
# corpus); a boilerplate line longer than this has lost its newline and runs on into the
# article ("À lire aussi Le marché rouvreLes commerçants ont ..."): only its head is boilerplate.
MAX_BOILERPLATE_CHARS = 200
_LOWER = "a-zà-öø-ÿ"
_UPPER = "A-ZÀ-ÖØ-Þ"
# Where a run-on teaser ends: the capitalised first word of the next sentence, glued to a
# word or a closing mark ("rouvreLes", "»Les", "mars.Les") or spaced after one ("» Les").
_RUN_ON_SENTENCE = re.compile(
    rf"(?:(?<=[{_LOWER}»”.!?])|(?<=[»”.!?•]\s))(?=[{_UPPER}][{_LOWER}'’])")


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


def run_on_end(line: str) -> int | None:
    """Where the boilerplate head of a too-long boilerplate `line` ends (the article text
    that follows it lost its newline), or None: a short line is boilerplate throughout."""
    if len(line) <= MAX_BOILERPLATE_CHARS:
        return None
    body = line.lstrip("".join(link_marks()) + " ")
    marker = boilerplate_patterns().match(body)
    after = len(line) - len(body) + (marker.end() if marker else 0)
    m = _RUN_ON_SENTENCE.search(line, after + 1)
    return m.start() if m else len(line)


def _line_blocks(start: int, line: str) -> list[Block]:
    """One block for a line; two when a boilerplate head runs on into article text."""
    kind = _kind(line)
    cut = run_on_end(line) if kind != PARAGRAPH else None
    if cut is None:
        return [Block(start, start + len(line), kind)]
    head = line[:cut].rstrip()
    tail_start = cut + (len(line[cut:]) - len(line[cut:].lstrip()))
    blocks = [Block(start, start + len(head), kind)] if head else []
    if tail_start < len(line):
        blocks.append(Block(start + tail_start, start + len(line), PARAGRAPH))
    return blocks


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
        blocks.extend(_line_blocks(start, stripped))
    if has_title and blocks:
        lines = [text[b.start:b.end] for b in blocks]
        if len(blocks) >= 3 and len(lines[0].split()) <= 4 and _looks_like_heading(lines[0]) \
                and _looks_like_heading(lines[1]):
            blocks[0] = Block(blocks[0].start, blocks[0].end, SECTION)
            blocks[1] = Block(blocks[1].start, blocks[1].end, TITLE)
        elif _looks_like_heading(lines[0]):
            blocks[0] = Block(blocks[0].start, blocks[0].end, TITLE)
    return blocks

