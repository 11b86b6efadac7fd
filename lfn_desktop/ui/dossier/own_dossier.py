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
from lfn_desktop.instruments.texts import say
from lfn_desktop.operations import Workspace
from lfn_desktop.ui.common.formats import fmt_date
from lfn_desktop.ui.network.scene import NetworkScene
from lfn_desktop.ui.scales.charts import Series, StarChart
from lfn_desktop.ui.scales.tab import catalog

WORDS = {  # the few fixed words, in the languages the shipped instruments have
    "nl": {"title": "Mijn dossier", "goals": "Mijn doelen", "agreed": "Wat we afspraken", "stars": "Mijn ster",
           "stars_text": "De volle lijn is nu, de stippellijn is de eerste keer.", "network": "Mijn netwerk",
           "next": "Volgende stap", "made": "Gemaakt op", "none": "Nog niets.", "open": "bezig", "reached": "bereikt",
           "dropped": "niet meer"},
    "en": {"title": "My file", "goals": "My goals", "agreed": "What we agreed", "stars": "My star",
           "stars_text": "The solid line is now, the dotted line is the first time.", "network": "My network",
           "next": "Next step", "made": "Made on", "none": "Nothing yet.", "open": "working on it",
           "reached": "reached", "dropped": "not any more"},
}


def _star_image(ws: Workspace, participant_id: str, language: str) -> QImage | None:
    stars = ws.scales.of_participant(participant_id, STAR_INSTRUMENT)
    instrument = catalog().latest(STAR_INSTRUMENT)
    if not stars or instrument is None:
        return None
    chart = StarChart()
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
    image = QImage(1400, 1400, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return image


def own_dossier_document(ws: Workspace, participant_id: str) -> QTextDocument:
    dossier = ws.queries.dossier(participant_id)
    person = dossier.participant
    language = (person.languages or ["nl"])[0]
    words = WORDS.get(language, WORDS["nl"])
    instrument = catalog().latest(STAR_INSTRUMENT)
    domains = {int(item.id): say(item.label, language) for item in instrument.items} if instrument else {}
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 14))  # large type
    parts = [f"<h1>{escape(words['title'])}: {escape(person.given_name)}</h1>",
             f"<p>{escape(words['made'])} {fmt_date(date.today())}</p>",
             f"<h2>{escape(words['goals'])}</h2>"]
    if dossier.goals:
        status = {"open": words["open"], "reached": words["reached"], "dropped": words["dropped"]}
        parts.append("<ul>" + "".join(
            f"<li><b>{escape(domains.get(g.life_domain, str(g.life_domain)))}</b>: {escape(g.description)}"
            f" ({escape(status.get(g.status, g.status))})</li>" for g in dossier.goals) + "</ul>")
    else:
        parts.append(f"<p>{escape(words['none'])}</p>")
    parts.append(f"<h2>{escape(words['agreed'])}</h2>")
    agreed = [c for c in dossier.contacts if c.agreements or c.next_step]  # never the coach's notes
    if agreed:
        items = []
        for c in agreed[:30]:
            line = f"<b>{fmt_date(c.occurred_at)}</b>: {escape(c.agreements or '')}"
            if c.next_step:
                when = f" ({fmt_date(c.next_step_on)})" if c.next_step_on else ""
                line += f"<br>{escape(words['next'])}: {escape(c.next_step)}{when}"
            items.append(f"<li>{line}</li>")
        parts.append("<ul>" + "".join(items) + "</ul>")
    else:
        parts.append(f"<p>{escape(words['none'])}</p>")
    star = _star_image(ws, participant_id, language)
    if star is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("image:star"), star)
        parts += [f"<h2>{escape(words['stars'])}</h2>", f"<p>{escape(words['stars_text'])}</p>",
                  '<p><img src="image:star" width="520"></p>']
    network = _network_image(ws, dossier.map_id, person.given_name)
    if network is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("image:network"), network)
        parts += [f"<h2>{escape(words['network'])}</h2>", '<p><img src="image:network" width="520"></p>']
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
    writer.setTitle(WORDS["nl"]["title"])
    print_own_dossier(ws, participant_id, writer)
    del writer
    if not tmp.exists() or tmp.stat().st_size == 0:
        raise OSError("the PDF could not be written (disk full?)")
    tmp.replace(path)
    return path
