"""LfN Desktop: offline-first coaching records on an encrypted local vault."""

__version__ = "0.1.0"
