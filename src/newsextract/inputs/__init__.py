"""Readers: turn input paths into Documents, one per article, errors included.

Nothing is lost: every file or record that cannot be used still yields a Document with
``status="error"`` and a message saying why, so that it gets its row in ``articles``.
"""

from newsextract.inputs.documents import Document, ReadOptions, mark_duplicates
from newsextract.inputs.readers import SUPPORTED_SUFFIXES, count_documents, iter_documents

__all__ = ["Document", "ReadOptions", "SUPPORTED_SUFFIXES", "count_documents", "iter_documents",
           "mark_duplicates"]
