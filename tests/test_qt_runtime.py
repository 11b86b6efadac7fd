"""Guards the PySide6 pin: 6.12 on CPython 3.11 aborts after ~5,000 calls of a method returning None."""

from PySide6.QtWidgets import QLabel


def test_tens_of_thousands_of_void_calls_survive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    for n in range(60_000):
        label.setText(str(n))
    assert label.text() == "59999"
