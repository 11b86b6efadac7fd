"""The quarterly figures as an XLSX workbook for the partner organisations: the same tables as the PDF."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from .cells import inert
from .figures_tables import Table


def write_workbook(path: Path, title_lines: list[str], tables: list[Table]) -> Path:
    book = Workbook()
    cover = book.active
    cover.title = "overzicht"
    for row, line in enumerate(title_lines, start=1):
        cover.cell(row=row, column=1, value=line).font = Font(bold=row == 1, size=14 if row == 1 else 11)
    for row, table in enumerate(tables, start=len(title_lines) + 2):
        cover.cell(row=row, column=1, value=table.title)
    for table in tables:
        sheet = book.create_sheet(table.key[:31])
        sheet.cell(row=1, column=1, value=table.title).font = Font(bold=True)
        for column, name in enumerate(table.header, start=1):
            sheet.cell(row=3, column=column, value=name).font = Font(bold=True)
        for r, values in enumerate(table.rows, start=4):
            for column, value in enumerate(values, start=1):
                # Whole numbers as numbers (sums work); "<5" and shares stay text.
                cell = sheet.cell(row=r, column=column, value=int(value) if value.isdigit() else value)
                if cell.data_type == "f":  # text that starts with '=' is data, never a formula to run
                    cell.data_type = "s"
        for column in range(1, len(table.header) + 1):
            sheet.column_dimensions[chr(64 + column)].width = 28 if column == 1 else 14
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    book.save(tmp)
    tmp.replace(path)  # a full disk leaves the old file, never half a workbook
    return path


def write_signals_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    """Signals for the support group: problem, life domain, municipality, how often — no personal data."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")  # Belgian spreadsheets expect ";"
    writer.writerow(header)
    writer.writerows([[inert(cell) for cell in row] for row in rows])
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text("\ufeff" + buffer.getvalue(), encoding="utf-8")  # the BOM makes Excel read UTF-8
    tmp.replace(path)
    return path
