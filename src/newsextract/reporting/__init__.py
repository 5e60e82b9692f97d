"""The HTML report of a run (``newsextract report``, ``newsextract.report``)."""

from newsextract.reporting.page import build_report

__all__ = ["build_report"]
