"""The log records what happened (ids, counts, tracebacks) and never what a coach typed or a secret."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from lfn_desktop.logs import REDACTED, Code, frames_only, install_failure_hooks, setup_logging

FIXTURES = Path(__file__).parent / "fixtures" / "import"
SECRETS = ("correct horse battery staple", "Liesbet", "Proefmans", "0470 00 00 01", "Noor Fictief",
           "a note about her debts")


def all_log_text(data_dir: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted((data_dir / "logs").glob("*.log*")))


def test_the_guard_lets_ids_counts_and_codes_through_and_nothing_typed():
    record = logging.LogRecord("lfn", logging.INFO, __file__, 1, "%s %s %s %s %s %s %s", (
        "5f0c2d1e-8a7b-4c3d-9e2f-1a2b3c4d5e6f", 42, Code("home_visit"), "Noor Fictief", "zonnebloem",
        "ab" * 32, Code("not a code; Noor")), None)
    from lfn_desktop.logs import guard

    text = guard(record).getMessage()
    assert text == f"5f0c2d1e-8a7b-4c3d-9e2f-1a2b3c4d5e6f 42 home_visit {REDACTED} {REDACTED} {REDACTED} {REDACTED}"


def test_a_traceback_keeps_where_and_what_but_not_the_message():
    def deep():
        raise ValueError("Noor Fictief: a note about her debts")

    try:
        try:
            deep()
        except ValueError as exc:
            raise RuntimeError("again Noor Fictief") from exc
    except RuntimeError as error:
        text = frames_only(error)
    assert "builtins.RuntimeError (message withheld)" in text and "builtins.ValueError" in text
    assert "in deep" in text and "test_logging.py" in text
    assert "Noor" not in text and "debts" not in text


def test_the_command_line_logs_what_failed_and_no_personal_data(tmp_path):
    env = {**os.environ, "LFN_DATA_DIR": str(tmp_path), "LFN_PASSPHRASE": SECRETS[0]}

    def lfn(*argv, passphrase=SECRETS[0]):
        return subprocess.run([sys.executable, "-m", "lfn_desktop", *argv], env={**env, "LFN_PASSPHRASE": passphrase},
                              capture_output=True, text=True, timeout=120)

    assert lfn("init", "--partnership", "LP Testrand", "--name", "Coach Anouk").returncode == 0
    imported = lfn("import", str(FIXTURES / "lopende_trajecten.csv"), "--skip-invalid")
    assert imported.returncode == 0, imported.stderr
    assert "Liesbet" in lfn("caseload").stdout  # the data is there ...
    wrong = lfn("caseload", passphrase="not the passphrase at all")
    assert wrong.returncode != 0
    text = all_log_text(tmp_path)
    assert "command caseload failed with WrongPassphrase" in text  # ... the log says what went wrong ...
    assert 'File "' in text and "(message withheld)" in text
    for secret in (*SECRETS, "not the passphrase at all"):  # ... and nothing of what was typed
        assert secret not in text


def test_an_exception_inside_a_slot_is_logged_with_its_frames(qtbot, tmp_path):
    log_file = setup_logging(tmp_path)
    handlers = list(logging.getLogger().handlers)
    previous_hook = sys.excepthook
    try:
        button = QPushButton("Opslaan")
        qtbot.addWidget(button)

        def broken_slot():
            raise KeyError("Noor Fictief")

        button.clicked.connect(broken_slot)
        with qtbot.captureExceptions() as raised:
            install_failure_hooks()  # inside pytest-qt's hook, as the app's is inside Python's
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        assert [type(e[1]) for e in raised] == [KeyError]
        for handler in handlers:
            handler.flush()
        text = log_file.read_text(encoding="utf-8")
        assert "CRITICAL" in text and "uncaught KeyError" in text and "in broken_slot" in text
        assert "Noor" not in text
    finally:
        sys.excepthook = previous_hook
        root = logging.getLogger()
        for handler in root.handlers[:]:
            if getattr(handler, "_lfn_log", None) == log_file:
                root.removeHandler(handler)
                handler.close()
