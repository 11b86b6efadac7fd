"""Pieces every screen uses: background tasks, field errors, formats, labels, undo, the action helpers."""
