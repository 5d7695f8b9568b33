"""Which edition's figures stand for a year.

Each BNS edition carries its own year and a revised previous year. Every
edition's rows are kept in the warehouse; for analysis, the newest edition that
reports a year wins, as a whole: the year is read from one edition only, so a
partner dropped by a revision does not survive from the older edition.
"""
from __future__ import annotations

from typing import Iterable, Mapping, TypeVar

Row = TypeVar("Row", bound=Mapping)


def latest_by_period(rows: Iterable[Row]) -> list[Row]:
    """The rows of the newest edition for each period_year, in input order."""
    rows = list(rows)
    newest: dict[int, int] = {}
    for row in rows:
        year = row["period_year"]
        newest[year] = max(newest.get(year, row["edition_year"]), row["edition_year"])
    return [row for row in rows if row["edition_year"] == newest[row["period_year"]]]
