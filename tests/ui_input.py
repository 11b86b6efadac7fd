"""What a person sees and presses: the Alt+letter mnemonics visible in a window."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def visible_mnemonics(window) -> dict[str, list[str]]:
    """letter -> the visible menus, buttons, labels with a buddy and tabs that answer Alt+letter."""
    found: dict[str, list[str]] = defaultdict(list)

    def add(text: str, what: str) -> None:
        if letter := mnemonic(text):
            found[letter].append(f"{what} {text!r}")

    menu_bar = getattr(window, "menuBar", None)  # a dialog has none
    for action in menu_bar().actions() if menu_bar else []:
        if action.isVisible():
            add(action.text(), "menu")
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QLabel) + window.findChildren(QGroupBox):
        if not widget.isVisibleTo(window) or (isinstance(widget, QLabel) and widget.buddy() is None):
            continue
        add(widget.title() if isinstance(widget, QGroupBox) else widget.text(), type(widget).__name__)
    for bar in window.findChildren(QTabBar):
        if bar.isVisibleTo(window):
            for i in range(bar.count()):
                add(bar.tabText(i), "tab")
    return found


def clashes(window) -> dict[str, list[str]]:
    return {letter: owners for letter, owners in visible_mnemonics(window).items() if len(owners) > 1}
