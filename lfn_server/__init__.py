"""The partnership's central sync server (HTTP API over SQLite/SQLCipher or PostgreSQL)."""
