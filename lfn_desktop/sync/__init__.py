"""Sync client and the protocol shared with the central server (to come). Imports no Qt."""
