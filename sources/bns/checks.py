"""Arithmetic checks on parsed BNS rows. Pure functions: rows in, problems out.

A problem is reported, not raised: BNS rounds each cell independently, so a
small mismatch is a fact of the publication that the warehouse should show,
not a reason to refuse the edition.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Mapping

# The tables print one decimal of a thousand dollars, so 0.1 thousand = 100 USD
# is the smallest difference that is not rounding.
TURNOVER_TOLERANCE_USD = 100.0
# Countries vs «Всего»: rounding of ~200 cells adds up; the research note's rule
# is max(1 thousand USD, one millionth of the total).
WORLD_ABS_TOLERANCE_USD = 1000.0
WORLD_REL_TOLERANCE = 1e-6
_FLOWS = ("turnover_usd", "exports_usd", "imports_usd")


@dataclass(frozen=True)
class Problem:
    kind: str  # "turnover_identity" | "world_total" | "duplicate_partner" | "missing_world"
    edition_year: int
    sheet_name: str
    row_number: int | None
    partner_name_ru: str | None
    message: str


def check_turnover_identity(rows: Iterable[Mapping]) -> list[Problem]:
    """Rows whose turnover differs from exports + imports by more than 100 USD."""
    problems = []
    for row in rows:
        gap = row["turnover_usd"] - (row["exports_usd"] + row["imports_usd"])
        if abs(gap) > TURNOVER_TOLERANCE_USD + 1e-6:
            problems.append(Problem(
                kind="turnover_identity", edition_year=row["edition_year"], sheet_name=row["sheet_name"],
                row_number=row["row_number"], partner_name_ru=row["partner_name_ru"],
                message=(f"turnover {row['turnover_usd']:,.2f} != exports {row['exports_usd']:,.2f}"
                         f" + imports {row['imports_usd']:,.2f} (gap {gap:,.2f} USD)"),
            ))
    return problems


def check_world_total(rows: Iterable[Mapping]) -> list[Problem]:
    """Per (edition, sheet): country rows must sum to the «Всего» row, flow by flow."""
    sheets: dict[tuple[int, str], list[Mapping]] = defaultdict(list)
    for row in rows:
        sheets[(row["edition_year"], row["sheet_name"])].append(row)
    problems = []
    for (edition_year, sheet_name), sheet_rows in sorted(sheets.items()):
        world = [r for r in sheet_rows if r["aggregate_code"] == "WORLD"]
        if len(world) != 1:
            problems.append(Problem(
                kind="missing_world", edition_year=edition_year, sheet_name=sheet_name, row_number=None,
                partner_name_ru=None, message=f"expected one «Всего» row, found {len(world)}",
            ))
            continue
        countries = [r for r in sheet_rows if not r["is_aggregate"]]
        for flow in _FLOWS:
            total = world[0][flow]
            summed = sum(r[flow] for r in countries)
            tolerance = max(WORLD_ABS_TOLERANCE_USD, WORLD_REL_TOLERANCE * abs(total))
            if abs(summed - total) > tolerance:
                problems.append(Problem(
                    kind="world_total", edition_year=edition_year, sheet_name=sheet_name,
                    row_number=world[0]["row_number"], partner_name_ru=world[0]["partner_name_ru"],
                    message=(f"{flow}: countries sum to {summed:,.2f}, «Всего» is {total:,.2f}"
                             f" (gap {summed - total:,.2f} USD, tolerance {tolerance:,.2f})"),
                ))
    return problems


def check_unique_partners(rows: Iterable[Mapping]) -> list[Problem]:
    """A country listed twice in one sheet would be double-counted in every sum."""
    seen: dict[tuple[int, str, str], Mapping] = {}
    problems = []
    for row in rows:
        key = (row["edition_year"], row["sheet_name"], row["partner_iso3"] or row["aggregate_code"])
        if key in seen:
            problems.append(Problem(
                kind="duplicate_partner", edition_year=row["edition_year"], sheet_name=row["sheet_name"],
                row_number=row["row_number"], partner_name_ru=row["partner_name_ru"],
                message=f"{key[2]} already listed at row {seen[key]['row_number']} ({seen[key]['partner_name_ru']!r})",
            ))
        else:
            seen[key] = row
    return problems


def run_checks(rows: list[Mapping]) -> list[Problem]:
    return check_turnover_identity(rows) + check_world_total(rows) + check_unique_partners(rows)
