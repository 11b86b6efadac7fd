"""The quarterly report as a PDF, printed with Qt: a title, the tables and two bar charts.

Built from QImage, QTextDocument and QPdfWriter only, which work off the GUI thread; charts use a fill
pattern, not colour, and a masked count ("<5") is drawn as a hatched bar at the threshold, never its size.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from lfn_desktop.exchange.figures_tables import Table
from lfn_desktop.operations.figures import SMALL

INK = QColor("#1d3557")


def bar_chart(bars: list[tuple[str, int]], width: int = 1400, height: int = 520) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(22)
    painter.setFont(font)
    top = max([n for _, n in bars] + [SMALL])
    plot = QRectF(60, 30, width - 90, height - 160)
    painter.setPen(QPen(INK, 2))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    slot = plot.width() / max(len(bars), 1)
    for i, (name, count) in enumerate(bars):
        shown = SMALL - 0.5 if 0 < count < SMALL else count
        h = plot.height() * shown / top
        bar = QRectF(plot.left() + i * slot + slot * 0.15, plot.bottom() - h, slot * 0.7, h)
        small = 0 < count < SMALL
        painter.setBrush(QBrush(INK, Qt.BrushStyle.BDiagPattern if small else Qt.BrushStyle.SolidPattern))
        painter.drawRect(bar)
        painter.drawText(QRectF(bar.left() - 10, bar.top() - 30, bar.width() + 20, 28), Qt.AlignmentFlag.AlignCenter,
                         f"<{SMALL}" if small else str(count))
        painter.save()
        painter.translate(bar.center().x(), plot.bottom() + 12)
        painter.rotate(30)
        painter.drawText(QRectF(0, 0, 240, 28), Qt.AlignmentFlag.AlignLeft, name)
        painter.restore()
    painter.end()
    return image


def keep_headings_with_their_tables(document: QTextDocument) -> None:
    """A section heading left alone at the foot of a page starts the next page instead (QTextDocument knows no
    "keep with next"): lay out, move the first such heading, lay out again."""
    page = document.pageSize().height()
    for _ in range(64):  # a report has a few dozen sections at most
        orphan = _orphaned_heading(document, page)
        if orphan is None:
            return
        block_format = orphan.blockFormat()
        block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(orphan).setBlockFormat(block_format)


def _orphaned_heading(document: QTextDocument, page: float):
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() == 2 and following.isValid() and not (
                block.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore):
            here = int(layout.blockBoundingRect(block).top() // page)
            there = int(layout.blockBoundingRect(following).bottom() // page)
            if there > here:
                return block
        block = following
    return None


def report_html(title: str, lines: list[str], tables: list[Table]) -> str:
    parts = [f"<h1>{escape(title)}</h1>", *(f"<p>{escape(line)}</p>" for line in lines)]
    for table in tables:
        parts.append(f"<h2>{escape(table.title)}</h2>")
        if table.chart:
            parts.append(f'<p><img src="chart:{table.key}" width="560"></p>')
        head = "".join(f"<th align='left'>{escape(h)}</th>" for h in table.header)
        body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in table.rows)
        parts.append(f"<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>{head}</tr>{body}</table>")
    return "\n".join(parts)


def write_report_pdf(path: Path, title: str, lines: list[str], tables: list[Table]) -> Path:
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 9))
    for table in tables:
        if table.chart:
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{table.key}"),
                                 bar_chart(table.chart))
    document.setHtml(report_html(title, lines, tables))
    layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                         QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    paint = layout.paintRect(QPageLayout.Unit.Point)
    # Paginated in the document's own units (points at 72 dpi scaled to its 96), so that it can be laid out
    # here, page by page, exactly as it will print.
    document.setPageSize(QSizeF(paint.width() * 96 / 72, paint.height() * 96 / 72))
    keep_headings_with_their_tables(document)
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(tmp))
    writer.setPageLayout(layout)
    writer.setTitle(title)
    writer.setCreator("LfN Desktop")
    document.print_(writer)
    del writer  # the file is complete once the writer is gone
    if not tmp.exists() or tmp.stat().st_size == 0:
        raise OSError("the PDF could not be written (disk full?)")
    tmp.replace(path)
    return path
