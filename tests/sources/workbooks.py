"""The same workbook in the newer format: every sheet of an .xls written cell by cell into an
.xlsx (numbers as numbers, text as text, empty cells left empty), with xlsxwriter."""
from __future__ import annotations

import io

import xlsxwriter

from sources.bns.workbook import read_workbook


def as_xlsx(content: bytes, *, offset_rows: int = 0) -> bytes:
    """`content` (an .xls) as .xlsx; `offset_rows` empty rows first, to move every cell down."""
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True, "strings_to_numbers": False, "strings_to_formulas": False})
    for sheet in read_workbook(content):
        target = book.add_worksheet(sheet.name)
        for r, row in enumerate(sheet.rows):
            for c, value in enumerate(row):
                if value == "":
                    continue
                if isinstance(value, str):
                    target.write_string(r + offset_rows, c, value)
                else:
                    target.write_number(r + offset_rows, c, value)
    book.close()
    return out.getvalue()
