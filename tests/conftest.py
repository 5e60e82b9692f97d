"""Shared fixtures: one pipeline for the whole session (loading the model takes seconds)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    """The process's shared pipeline, from the one loader the CLI and the API use."""
    from newsextract.nlp.pipeline import load

    return load()


@pytest.fixture(scope="session")
def annotate(nlp) -> Callable:
    """annotate(text, date=None, has_title=False) -> Doc, through the paragraph-wise path
    every caller uses (one article through the batch path)."""
    from newsextract.nlp.pipeline import annotate as run

    def _annotate(text: str, date: str | None = None, has_title: bool = False):
        return run(nlp, text, date, has_title)

    return _annotate


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared next to the repository; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (fresh clone): skipping tests on shared data")
    return SHARED


@pytest.fixture
def write_articles() -> Callable:
    """write_articles(folder, bodies) -> paths: one .txt per body, in the seed layout."""

    def _write(folder: Path, bodies: list[str], prefix: str = "a") -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for i, body in enumerate(bodies):
            path = folder / f"{prefix}{i}.txt"
            path.write_text(f"Monde\n\nTitre\n\n{body}\n", encoding="utf-8")
            paths.append(path)
        return paths

    return _write
