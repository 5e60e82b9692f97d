"""Tables over a whole run: casualty events and people across articles.

Pure functions over the per-article tables (pandas DataFrames), no spaCy: they run after
every article of a run has its rows, cached or not (docs/corpus.md).
"""

from newsextract.corpus.tables import CorpusCollector, corpus_frames

__all__ = ["CorpusCollector", "corpus_frames"]
