"""A candidate entity mention while the entities component works on it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Mention:
    start: int  # token offsets in the article Doc
    end: int
    label: str
    gazetteer: bool = False
    trigger_label: str | None = None  # label given by a head noun or apposition
    role: str | None = None
    canonical: str | None = None
    links: list[int] = field(default_factory=list)  # mentions with the same canonical
