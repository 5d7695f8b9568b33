"""Pure parser of a BNS «Основные показатели внешней торговли» workbook (.xls or .xlsx).

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
from typing import Any

from sources.bns.checks import Problem, run_checks
from sources.bns.workbook import Sheet, UnreadableWorkbook, read_workbook
from sources.countries_ru import match_partner_ru

_HEADER_SCAN_ROWS = 12
_YEAR_IN_TITLE = re.compile(r"(\d{4})\s*(?:год|г\.)")
_YEAR_IN_SHEET_NAME = re.compile(r"^(?:\d{1,2}_)?(\d{4})$")
_BLANK_TEXT = {"", "-", "–", "—"}


class BnsLayoutError(ValueError):
    """The workbook does not look like any known edition; the message says where."""


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
    try:
        sheets = read_workbook(content)
    except UnreadableWorkbook as exc:
        raise BnsLayoutError(f"{source_file}: not a readable .xls or .xlsx workbook ({exc})") from exc
    rows: list[dict] = []
    unmapped: list[dict] = []
    years: list[int] = []
    for sheet in sheets:
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


def _find_layout(sheet: Sheet, source_file: str) -> _Layout | None:
    for r in range(min(len(sheet.rows), _HEADER_SCAN_ROWS)):
        labels = [str(v).strip().casefold() for v in sheet.rows[r]]
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


def _period_year(sheet: Sheet, header_row: int, where: str) -> int:
    title_years = {
        int(m.group(1))
        for r in range(header_row)
        for v in sheet.rows[r]
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


def _sheet_rows(sheet: Sheet, layout: _Layout, edition_year: int, source_file: str, unmapped: list[dict]) -> list[dict]:
    rows = []
    for r in range(layout.header_row + 1, len(sheet.rows)):
        name = sheet.cell(r, layout.name_col)
        name = " ".join(name.split()) if isinstance(name, str) else str(name).strip()
        where = f"{source_file}, sheet {sheet.name!r}, row {r + 1}"
        cells = [sheet.cell(r, c) for c in (layout.turnover_col, layout.exports_col, layout.imports_col)]
        if not name:
            # The sub-header under the flow headers («Всего», «удельный вес …»)
            # and spacer rows have no name and no numbers.
            if any(_is_number(c) for c in cells):
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


def _thousand_usd_to_usd(cell: Any, where: str) -> float:
    """Thousand USD (a number or text such as '1 234,5') -> USD rounded to cents; blank -> 0."""
    if _is_number(cell):
        value = float(cell)
    elif isinstance(cell, str):
        text = cell.replace("\u00a0", "").replace(" ", "").replace(",", ".")
        if text in _BLANK_TEXT:
            return 0.0  # BNS leaves the cell blank (or writes a dash) when there was no flow
        try:
            value = float(text)
        except ValueError as exc:
            raise BnsLayoutError(f"{where}: {cell!r} is not a number") from exc
    else:
        raise BnsLayoutError(f"{where}: unexpected cell {cell!r} ({type(cell).__name__})")
    return round(value * 1000, 2)


def _is_number(cell: Any) -> bool:
    return isinstance(cell, (int, float)) and not isinstance(cell, bool)
