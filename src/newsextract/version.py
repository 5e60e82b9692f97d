"""The package version, in a module of its own: every module can read it without importing
the package's public facade (``newsextract/__init__``, which reaches the API lazily)."""

__version__ = "0.1.0"
