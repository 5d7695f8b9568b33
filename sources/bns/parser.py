"""Pure parser of a BNS «Основные показатели внешней торговли» workbook (.xls).

Layouts differ between editions: sheets `12_2019`/`12_2018`, `2022`/`2021`, or
cover and method sheets before `2022`/`2023`; one, two or three title rows; the
unit line on its own row or not; an empty column block on the right. So
nothing is found by position: a data sheet is one with a «Товарооборот» header,
its year comes from the title («за январь-декабрь 2019 года», «2023 год»),
checked against the sheet name, and columns are located by their headers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import xlrd

from sources.bns.checks import Problem, run_checks
from sources.countries_ru import match_partner_ru

_HEADER_SCAN_ROWS = 12
_YEAR_IN_TITLE = re.compile(r"(\d{4})\s*(?:год|г\.)")
_YEAR_IN_SHEET_NAME = re.compile(r"^(?:\d{1,2}_)?(\d{4})$")
_BLANK_TEXT = {"", "-", "–", "—"}


class BnsLayoutError(ValueError):
    """The workbook does not look like any known edition; the message says where."""


class UnsupportedFormatError(BnsLayoutError):
    """An .xlsx edition: reading it needs openpyxl, which the project does not install."""


class UnmappedPartnerError(ValueError):
    """Partner names that are neither a known country nor a known group."""

    def __init__(self, unmapped: list[dict]):
        self.unmapped = unmapped
        lines = [f"edition {u['edition_year']}, sheet {u['sheet_name']!r}, row {u['row_number']}: {u['name']!r}"
                 for u in unmapped]
        super().__init__(
            f"{len(unmapped)} BNS partner name(s) not mapped to ISO 3166 or a group; "
            "add them to sources/countries_ru.py:\n" + "\n".join(lines)
        )


@dataclass
class ParsedWorkbook:
    rows: list[dict]
    problems: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class _Layout:
    header_row: int
    name_col: int
    turnover_col: int
    exports_col: int
    imports_col: int
    period_year: int


def parse_workbook(content: bytes, *, edition_year: int, source_file: str) -> ParsedWorkbook:
    """Every partner row of every data sheet, in the contract's BNS row shape.

    Raises BnsLayoutError when the workbook's structure is not recognised and
    UnmappedPartnerError (listing every offending row) when a name is unknown.
    Arithmetic checks are returned as problems.
    """
    if content[:4] == b"PK\x03\x04":
        raise UnsupportedFormatError(
            f"{source_file}: BNS served an .xlsx workbook; only legacy .xls is supported "
            "(reading .xlsx needs openpyxl, which is not a dependency)"
        )
    try:
        book = xlrd.open_workbook(file_contents=content)
    except xlrd.XLRDError as exc:
        raise BnsLayoutError(f"{source_file}: not a readable .xls workbook ({exc})") from exc
    rows: list[dict] = []
    unmapped: list[dict] = []
    years: list[int] = []
    for sheet in book.sheets():
        layout = _find_layout(sheet, source_file)
        if layout is None:
            continue  # cover, legend, contents, methodology
        years.append(layout.period_year)
        rows.extend(_sheet_rows(sheet, layout, edition_year, source_file, unmapped))
    if unmapped:
        raise UnmappedPartnerError(unmapped)
    if edition_year not in years:
        raise BnsLayoutError(f"{source_file}: no sheet for the edition's own year {edition_year} (found {years})")
    if len(set(years)) != len(years):
        raise BnsLayoutError(f"{source_file}: two sheets claim the same year ({years})")
    return ParsedWorkbook(rows=rows, problems=run_checks(rows))


def _find_layout(sheet: xlrd.sheet.Sheet, source_file: str) -> _Layout | None:
    for r in range(min(sheet.nrows, _HEADER_SCAN_ROWS)):
        labels = [str(v).strip().casefold() for v in sheet.row_values(r)]
        if "товарооборот" not in labels:
            continue
        where = f"{source_file}, sheet {sheet.name!r}"
        try:
            cols = {key: labels.index(key) for key in ("товарооборот", "экспорт", "импорт")}
        except ValueError as exc:
            raise BnsLayoutError(f"{where}, row {r + 1}: header lacks a flow column ({exc})") from exc
        name_col = next((i for i, v in enumerate(labels) if v.startswith("наименование")), 0)
        return _Layout(
            header_row=r, name_col=name_col, turnover_col=cols["товарооборот"],
            exports_col=cols["экспорт"], imports_col=cols["импорт"],
            period_year=_period_year(sheet, r, where),
        )
    return None


def _period_year(sheet: xlrd.sheet.Sheet, header_row: int, where: str) -> int:
    title_years = {
        int(m.group(1))
        for r in range(header_row)
        for v in sheet.row_values(r)
        if isinstance(v, str)
        for m in _YEAR_IN_TITLE.finditer(v)
    }
    name_match = _YEAR_IN_SHEET_NAME.match(sheet.name.strip())
    name_year = int(name_match.group(1)) if name_match else None
    if len(title_years) > 1:
        raise BnsLayoutError(f"{where}: title names several years {sorted(title_years)}")
    title_year = next(iter(title_years), None)
    if title_year and name_year and title_year != name_year:
        raise BnsLayoutError(f"{where}: title says {title_year}, sheet name says {name_year}")
    year = title_year or name_year
    if year is None:
        raise BnsLayoutError(f"{where}: no year in the title rows or the sheet name")
    return year


def _sheet_rows(sheet, layout: _Layout, edition_year: int, source_file: str, unmapped: list[dict]) -> list[dict]:
    rows = []
    for r in range(layout.header_row + 1, sheet.nrows):
        name = sheet.cell_value(r, layout.name_col)
        name = " ".join(name.split()) if isinstance(name, str) else str(name).strip()
        where = f"{source_file}, sheet {sheet.name!r}, row {r + 1}"
        cells = [sheet.cell(r, c) for c in (layout.turnover_col, layout.exports_col, layout.imports_col)]
        if not name:
            # The sub-header under the flow headers («Всего», «удельный вес …»)
            # and spacer rows have no name and no numbers.
            if any(c.ctype == xlrd.XL_CELL_NUMBER for c in cells):
                raise BnsLayoutError(f"{where}: figures without a partner name")
            continue
        match = match_partner_ru(name)
        if match is None:
            unmapped.append({"edition_year": edition_year, "sheet_name": sheet.name, "row_number": r + 1,
                             "name": name})
            continue
        turnover, exports, imports = (_thousand_usd_to_usd(c, where) for c in cells)
        rows.append({
            "edition_year": edition_year,
            "period_year": layout.period_year,
            "partner_name_ru": name,
            "partner_iso3": match.iso3,
            "is_aggregate": match.is_aggregate,
            "aggregate_code": match.aggregate_code,
            "turnover_usd": turnover,
            "exports_usd": exports,
            "imports_usd": imports,
            "source_file": source_file,
            "sheet_name": sheet.name,
            "row_number": r + 1,  # 1-based, as Excel shows it
        })
    return rows


def _thousand_usd_to_usd(cell: xlrd.sheet.Cell, where: str) -> float:
    """Thousand USD (float or text such as '1 234,5') -> USD rounded to cents; blank -> 0."""
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return 0.0  # BNS leaves the cell blank when there was no flow
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        value = float(cell.value)
    elif cell.ctype == xlrd.XL_CELL_TEXT:
        text = cell.value.replace("\u00a0", "").replace(" ", "").replace(",", ".")
        if text in _BLANK_TEXT:
            return 0.0
        try:
            value = float(text)
        except ValueError as exc:
            raise BnsLayoutError(f"{where}: {cell.value!r} is not a number") from exc
    else:
        raise BnsLayoutError(f"{where}: unexpected cell type {cell.ctype} ({cell.value!r})")
    return round(value * 1000, 2)
