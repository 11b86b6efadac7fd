"""Linking the laptop, syncing with progress, conflicts."""
