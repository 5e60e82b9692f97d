"""newsextract: who, what, where, when, who said it and how many were killed, from French news.

    >>> import newsextract
    >>> result = newsextract.extract(["Le 18 octobre, trois civils ont été tués à Alep."],
    ...                              date="2016-10-28")
    >>> result.casualties[["text", "category", "count_min"]]

The heavy imports (spaCy, pandas) happen on first use, so that ``newsextract --version`` and
``--help`` start instantly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsextract.version import __version__

if TYPE_CHECKING:  # pragma: no cover
    from newsextract.api import Extraction, extract, extract_paths, load, read, report

__all__ = ["Extraction", "__version__", "extract", "extract_paths", "load", "read", "report"]


def __getattr__(name: str) -> Any:
    if name in ("Extraction", "extract", "extract_paths", "load", "read", "report"):
        from newsextract import api

        return getattr(api, name)
    raise AttributeError(f"module 'newsextract' has no attribute {name!r}")
