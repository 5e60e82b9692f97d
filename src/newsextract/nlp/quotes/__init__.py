"""The quotes layer: who said what (see docs/quotes.md and component.py)."""

from newsextract.nlp.quotes.component import QuotesComponent, make_quotes

__all__ = ["QuotesComponent", "make_quotes"]
