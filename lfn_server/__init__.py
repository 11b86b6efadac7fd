"""The central sync server of a local partnership (FastAPI on uvicorn; SQLCipher file or PostgreSQL)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("lfn-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
