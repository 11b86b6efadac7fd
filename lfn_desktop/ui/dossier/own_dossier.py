"""The participant's own dossier ("radical ownership"): plain words, large type, her stars over time, her
network map, her goals and what was agreed — in her language where the instrument has it. The coach's
own notes are never in it. Printed, or saved as a PDF (which the app warns is not encrypted).
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from lfn_common.vocabulary import STAR_INSTRUMENT
from lfn_desktop.instruments.mode_texts import is_right_to_left, mode_texts
from lfn_desktop.instruments.texts import say
from lfn_desktop.operations import Workspace
from lfn_desktop.ui.common.formats import fmt_date
from lfn_desktop.ui.common.resources import pictogram
from lfn_desktop.ui.network.scene import NetworkScene
from lfn_desktop.ui.scales.charts import Series, StarChart
from lfn_desktop.ui.scales.tab import catalog

PRINT_LABEL_SCALE = 1.7  # the star's domain names, large enough to read on paper (the picture is ~16 cm wide)


def _star_image(ws: Workspace, participant_id: str, language: str) -> QImage | None:
    stars = ws.scales.of_participant(participant_id, STAR_INSTRUMENT)
    instrument = catalog().latest(STAR_INSTRUMENT)
    if not stars or instrument is None:
        return None
    chart = StarChart()
    chart.label_scale = PRINT_LABEL_SCALE
    axes = [say(item.label, language) for item in instrument.items]

    def values(m):
        return [v if isinstance(v := m.answers.get(item.id), int) else None for item in instrument.items]

    series = [Series(fmt_date(stars[-1].taken_on), values(stars[-1]), True)]
    if len(stars) > 1:
        series.insert(0, Series(fmt_date(stars[0].taken_on), values(stars[0]), False))
    chart.set_data(axes, max(level.value for level in instrument.levels), series)
    image = QImage(1400, 1200, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    chart.paint(painter, QRectF(image.rect()))
    painter.end()
    return image


def _network_image(ws: Workspace, map_id: str | None, centre: str) -> QImage | None:
    if not map_id:
        return None
    content = ws.network.content(map_id)
    if not content["nodes"]:
        return None
    scene = NetworkScene()
    scene.set_map(content, centre)
    rect = scene.sceneRect()
    # Not larger: the names keep their screen size, so a smaller picture prints them larger on paper.
    image = QImage(800, 800, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return image


def own_dossier_document(ws: Workspace, participant_id: str) -> QTextDocument:
    """Her dossier as a document in her language: large type, a life-domain pictogram beside each goal, and her star
    and her map each on a page of its own, under its heading."""
    dossier = ws.queries.dossier(participant_id)
    person = dossier.participant
    texts = mode_texts()
    language = next((lang for lang in person.languages or [] if lang in texts.languages), "nl")

    def word(key: str) -> str:
        return escape(texts.say(language, key))

    instrument = catalog().latest(STAR_INSTRUMENT)
    domains = {int(item.id): say(item.label, language) for item in instrument.items} if instrument else {}
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 16))  # large type
    if is_right_to_left(language):
        option = document.defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        document.setDefaultTextOption(option)
    parts = [f"<h1>{word('dossier_title')}: {escape(person.given_name)}</h1>",
             f"<p>{word('dossier_made')} {fmt_date(date.today())}</p>",
             f"<h2>{word('dossier_goals')}</h2>"]
    if dossier.goals:
        rows = []
        for goal in dossier.goals:
            name = f"image:domain-{goal.life_domain}"
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name),
                                 pictogram(f"domain-{goal.life_domain}").pixmap(96, 96).toImage())
            status = texts.say(language, f"goal_{goal.status}") if f"goal_{goal.status}" in texts.texts else goal.status
            rows.append(f'<tr><td width="64"><img src="{name}" width="56" height="56"></td>'
                        f"<td><b>{escape(domains.get(goal.life_domain, str(goal.life_domain)))}</b><br>"
                        f"{escape(goal.description)} ({escape(status)})</td></tr>")
        parts.append('<table cellpadding="6">' + "".join(rows) + "</table>")
    else:
        parts.append(f"<p>{word('dossier_none')}</p>")
    parts.append(f"<h2>{word('dossier_agreed')}</h2>")
    agreed = [c for c in dossier.contacts if c.agreements or c.next_step]  # never the coach's notes
    if agreed:
        items = []
        for c in agreed[:30]:
            line = f"<b>{fmt_date(c.occurred_at)}</b>: {escape(c.agreements or '')}"
            if c.next_step:
                when = f" ({fmt_date(c.next_step_on)})" if c.next_step_on else ""
                line += f"<br>{word('dossier_next')}: {escape(c.next_step)}{when}"
            items.append(f"<li>{line}</li>")
        parts.append("<ul>" + "".join(items) + "</ul>")
    else:
        parts.append(f"<p>{word('dossier_none')}</p>")
    # Each picture starts a page with its heading, so that a heading never stands alone at the foot of a page.
    star = _star_image(ws, participant_id, language)
    if star is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("image:star"), star)
        parts += [f'<h2 style="page-break-before: always">{word("dossier_star")}</h2>',
                  f"<p>{word('dossier_star_text')}</p>", '<p><img src="image:star" width="600"></p>']
    network = _network_image(ws, dossier.map_id, person.given_name)
    if network is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("image:network"), network)
        parts += [f'<h2 style="page-break-before: always">{word("dossier_network")}</h2>',
                  '<p><img src="image:network" width="600"></p>']
    document.setHtml("\n".join(parts))
    return document


def print_own_dossier(ws: Workspace, participant_id: str, device: QPagedPaintDevice) -> None:
    """On a printer (or any paged device): A4 with wide margins."""
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter))
    own_dossier_document(ws, participant_id).print_(device)


def write_own_dossier_pdf(ws: Workspace, participant_id: str, path: Path) -> Path:
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(tmp))
    writer.setTitle(mode_texts().say("nl", "dossier_title"))
    print_own_dossier(ws, participant_id, writer)
    del writer
    if not tmp.exists() or tmp.stat().st_size == 0:
        raise OSError("the PDF could not be written (disk full?)")
    tmp.replace(path)
    return path
