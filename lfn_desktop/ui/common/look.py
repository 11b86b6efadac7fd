"""What every screen looks like where readability is at stake: text colours with at least WCAG's 4.5:1 contrast,
a focus ring of 3 px around whatever has the keyboard (a coach who tabs through a form must see where she is), and
labels that show synced text as plain text.

Qt's defaults miss both: the placeholder ("hint") text is the text colour at half opacity (about 4.0:1 on white),
white on the selection colour is 3.7:1, and Fusion marks focus with a 1 px line that toggles and tables barely
show. The palette below fixes the colours; one QFocusFrame, moved to the focused widget, draws the ring.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QFocusFrame, QLabel, QProxyStyle, QStyle, QWidget

INK = QColor("#1d3557")  # text and lines that carry meaning
MUTED_TEXT = QColor("#56606e")  # secondary text: hints, the rings' names on the map (6.3:1 on white)
SELECTION = QColor("#1d5e92")  # behind white text of a chosen row (6.9:1)
ERROR_TEXT = QColor("#a4262c")
FOCUS = QColor("#c25400")  # the focus ring: stands out from blue selections and borders (3.9:1 on white)
FOCUS_WIDTH = 3

# (text role, background role) pairs every screen draws text with.
TEXT_ON = (
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
    (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    (QPalette.ColorRole.Link, QPalette.ColorRole.Base),
)


def contrast(foreground: QColor, background: QColor) -> float:
    """WCAG 2 contrast ratio of two opaque colours (1 to 21); a translucent text colour is blended first."""
    if foreground.alphaF() < 1:
        a = foreground.alphaF()
        foreground = QColor.fromRgbF(*(a * f + (1 - a) * b for f, b in zip(
            (foreground.redF(), foreground.greenF(), foreground.blueF()),
            (background.redF(), background.greenF(), background.blueF()), strict=True)))

    def luminance(colour: QColor) -> float:
        channels = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
                    for c in (colour.redF(), colour.greenF(), colour.blueF())]
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


class ReadableStyle(QProxyStyle):
    """Fusion, with the focus frame drawn as a clear ring."""

    def pixelMetric(self, metric, option=None, widget=None):  # noqa: N802 (Qt's name)
        if metric in (QStyle.PixelMetric.PM_FocusFrameHMargin, QStyle.PixelMetric.PM_FocusFrameVMargin):
            return FOCUS_WIDTH
        return super().pixelMetric(metric, option, widget)

    def drawControl(self, element, option, painter, widget=None):  # noqa: N802 (Qt's name)
        if element == QStyle.ControlElement.CE_FocusFrame:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(FOCUS, FOCUS_WIDTH))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            half = FOCUS_WIDTH / 2
            painter.drawRoundedRect(option.rect.toRectF().adjusted(half, half, -half, -half), 4, 4)
            painter.restore()
            return
        super().drawControl(element, option, painter, widget)


class FocusRing(QObject):
    """One focus frame per window, moved to whichever widget gets the keyboard focus."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self._frames: dict[int, QFocusFrame] = {}
        app.focusChanged.connect(self._moved)

    def _moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not shiboken6.isValid(new) or new.isWindow():
            return
        key = id(new.window())
        frame = self._frames.get(key)
        if frame is None or not shiboken6.isValid(frame):
            frame = QFocusFrame(new.window())
            frame.setObjectName("focusRing")
            self._frames = {k: f for k, f in self._frames.items() if shiboken6.isValid(f)}
            self._frames[key] = frame
        frame.setWidget(new)


class PlainLabels(QObject):
    """Every label of the app's own windows shows its text as plain text unless it says otherwise: a name or a note
    that came from another laptop ("<img src=...>") is shown as typed, never rendered as HTML. Qt's default,
    AutoText, guesses from the text itself; a label meant to format sets RichText explicitly."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Polish and isinstance(watched, QLabel) \
                and watched.textFormat() == Qt.TextFormat.AutoText \
                and type(watched.window()).__module__.startswith("lfn_desktop"):
            watched.setTextFormat(Qt.TextFormat.PlainText)
        return False


def readable_palette(base: QPalette) -> QPalette:
    palette = QPalette(base)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, MUTED_TEXT)
        palette.setColor(group, QPalette.ColorRole.Highlight, SELECTION)
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.PlaceholderText, MUTED_TEXT)
    return palette


def apply_look(app: QApplication) -> None:
    """The style, the palette and the focus ring, once per application."""
    if getattr(app, "_lfn_look", None) is not None:
        return
    app.setStyle(ReadableStyle("Fusion"))
    app.setPalette(readable_palette(app.style().standardPalette()))
    app._lfn_look = FocusRing(app)
    app._lfn_plain_labels = PlainLabels(app)
    app.installEventFilter(app._lfn_plain_labels)
