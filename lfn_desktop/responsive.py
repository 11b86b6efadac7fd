"""Keep the window responsive while a vault is open and threads work beside it (the writer thread, sync,
background reads), measured by tests/test_ui_responsive.py during a 5,000-change sync:

- A full garbage collection walks every tracked object and stops every thread meanwhile, the GUI thread too:
  with the app's modules, Qt wrappers and open views tracked, one pass took 100-180 ms. What is alive once a
  vault is unlocked lives as long as the session, so it is moved out of the collector's reach (``gc.freeze``)
  and given back at lock, so that what the closed session leaves behind is collected as usual.
- The GUI thread waits for the interpreter lock behind the busy threads, 5 ms at a time by default: the worst
  event-loop gap was 45-85 ms. Handing the lock over every millisecond brings it to about 40 ms, for a small
  cost in the throughput of the background threads.
"""

from __future__ import annotations

import gc
import sys

SESSION_SWITCH_INTERVAL_S = 0.001
_default_interval = sys.getswitchinterval()


def enter_session() -> None:
    gc.freeze()
    sys.setswitchinterval(SESSION_SWITCH_INTERVAL_S)


def leave_session() -> None:
    sys.setswitchinterval(_default_interval)
    gc.unfreeze()
