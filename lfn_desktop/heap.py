"""Keep the garbage collector's full passes short while a vault is open.

A full (generation 2) collection walks every tracked object and stops every thread meanwhile, the GUI thread
too. With the app's modules, Qt wrappers and open views tracked, one pass took 100-180 ms during a 5,000-change
sync (measured by tests/test_ui_responsive.py): a visible freeze. What is alive once a vault is unlocked lives as
long as the session, so it is moved out of the collector's reach, and given back at lock, so that what the closed
session leaves behind is collected as usual.
"""

from __future__ import annotations

import gc


def settle_session_objects() -> None:
    gc.freeze()


def release_session_objects() -> None:
    gc.unfreeze()
