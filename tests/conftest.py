"""Shared fixtures: one pipeline for the whole session (loading the model takes seconds)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


# -- the emptied-layer check (tests/test_emptied_layers.py) -----------------------------------
# In its subprocesses (NEWSEXTRACT_EMPTY_LAYERS set) each test says whether a Doc went
# through the emptied layer during the test or a fixture it uses: one that never did (a
# pure function of the layer, the tokenizer alone) cannot be reached by emptying the
# component and is outside the check.

_EMPTIED_BEFORE = pytest.StashKey[int]()
_FIXTURES_THROUGH_THE_LAYER: set[str] = set()


def _docs_emptied() -> int:
    if not os.environ.get("NEWSEXTRACT_EMPTY_LAYERS"):
        return 0
    from newsextract.nlp.pipeline import EmptyLayer

    return EmptyLayer.docs_emptied


@pytest.hookimpl(hookwrapper=True)
def pytest_fixture_setup(fixturedef, request):
    before = _docs_emptied()
    yield
    if _docs_emptied() > before:
        _FIXTURES_THROUGH_THE_LAYER.add(fixturedef.argname)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_setup(item):
    item.stash[_EMPTIED_BEFORE] = _docs_emptied()
    yield


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    yield
    if os.environ.get("NEWSEXTRACT_EMPTY_LAYERS"):
        through = _docs_emptied() > item.stash.get(_EMPTIED_BEFORE, 0) \
            or bool(_FIXTURES_THROUGH_THE_LAYER & set(item.fixturenames))
        item.user_properties.append(("through_pipeline", str(through)))


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
