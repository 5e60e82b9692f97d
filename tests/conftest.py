"""Shared fixtures: one pipeline for the whole session (loading the model takes seconds)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from newsextract.nlp.pipeline import load_shared

    return load_shared()


@pytest.fixture(scope="session")
def annotate(nlp) -> Callable:
    """annotate(text, date=None, has_title=False) -> Doc, through the paragraph-wise path."""
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
