"""The app's log: a rotating file in the data dir that holds ids, counts and tracebacks, never personal text.

Log lines are written with ``%``-style arguments (``log.info("synced %s changes", n)``; ruff's G rules
refuse f-strings in log calls). The guard lets a value through only when it cannot carry what a coach typed:
numbers, booleans, UUIDs, strings of digits (``0005``), classes, and strings the code marks as machine words
with :class:`Code` (``Code(table_name)``). Anything else, a name, a note, a passphrase, a token, a key,
becomes ``<redacted>``. A traceback keeps its frames (file, line, function) and the exception's class,
never its message: messages of domain errors quote what was typed.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE = "lfn-desktop.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
REDACTED = "<redacted>"

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_DIGITS = re.compile(r"^[0-9]{1,12}$")
_MACHINE_WORD = re.compile(r"^[A-Za-z0-9_.:-]{1,40}$")


class Code(str):
    """A machine word the code vouches for (a table name, an operation, a status): logged as it is."""

    __slots__ = ()


def safe_value(value: object) -> object:
    """The value itself when it can carry no personal text or secret, else ``<redacted>``."""
    if isinstance(value, bool | int | float) or value is None:
        return value
    if isinstance(value, type):
        return value.__name__
    if isinstance(value, BaseException):
        return type(value).__name__
    if isinstance(value, Code):
        return str(value) if _MACHINE_WORD.match(value) else REDACTED
    if isinstance(value, str) and (_UUID.match(value) or _DIGITS.match(value)):
        return value
    return REDACTED


def guard(record: logging.LogRecord) -> logging.LogRecord:
    """Make ``record`` safe to write anywhere: its arguments checked, its traceback without messages."""
    if record.args:
        args = record.args if isinstance(record.args, tuple) else (record.args,)
        record.args = tuple(safe_value(a) for a in args)
    if not isinstance(record.msg, str):
        record.msg = safe_value(record.msg)
    if record.exc_info and record.exc_info[1] is not None:
        record.exc_text = frames_only(record.exc_info[1])
        record.exc_info = None
    return record


def install_guard() -> None:
    """Guard every record where it is made, so that no handler (a file, the console, pytest's capture)
    ever sees an unchecked value."""
    factory = logging.getLogRecordFactory()
    if getattr(factory, "_lfn_guard", False):
        return

    def guarded(*args, **kwargs):
        return guard(factory(*args, **kwargs))

    guarded._lfn_guard = True
    logging.setLogRecordFactory(guarded)


def frames_only(error: BaseException) -> str:
    """A traceback without messages: where it happened and what kind of failure, for every chained cause."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        lines.append(f"{type(current).__module__}.{type(current).__qualname__} (message withheld)")
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        current = current.__cause__ or current.__context__
        if current is not None:
            lines.append("caused by:")
    return "\n".join(lines)


class _QuietFileHandler(RotatingFileHandler):
    """A log file that cannot be written (a full or read-only disk) drops the record: the coach's screen or
    terminal gets the plain message, never logging's own traceback of the failed write."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        pass


def setup_logging(data_dir: Path, *, level: int = logging.INFO) -> Path:
    """Log to ``<data dir>/logs/lfn-desktop.log`` (rotating), and record every uncaught failure there."""
    folder = data_dir / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    install_guard()
    root = logging.getLogger()
    if any(getattr(h, "_lfn_log", None) == path for h in root.handlers):
        return path
    handler = _QuietFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    handler._lfn_log = path
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    for noisy in ("httpx", "httpcore", "sqlalchemy", "alembic", "asyncio"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    install_failure_hooks()
    return path


def install_failure_hooks() -> None:
    """Uncaught exceptions (a Qt slot's included: PySide hands them to sys.excepthook) go to the log too."""
    previous = sys.excepthook
    if getattr(previous, "_lfn_hook", False):
        return

    def hook(kind, error, tb):
        logging.getLogger("lfn_desktop").critical("uncaught %s", kind, exc_info=(kind, error, tb))
        previous(kind, error, tb)

    hook._lfn_hook = True
    sys.excepthook = hook
    previous_thread_hook = threading.excepthook

    def thread_hook(args):
        logging.getLogger("lfn_desktop").critical("uncaught %s in a thread", args.exc_type,
                                                  exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
        previous_thread_hook(args)

    threading.excepthook = thread_hook
