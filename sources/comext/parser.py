"""Pure parsers of Comext answers into the contract's Comext row shape.

Two inputs, one output: the "Relational View" CSV export (the recorded
snapshot: REPORTER,PARTNER,PRODUCT,FLOW,STAT_PROCEDURE,PERIOD,VALUE_IN_EUR with
labels such as "Portugal", "2-EXPORT", "Jan. 2023") and the SDMX-CSV answer of
the Comext API (codes: reporter "PT", flow "2", TIME_PERIOD "2023-01").
Only total-goods value rows fit the row shape; anything else is refused rather
than silently summed into a total.
"""
from __future__ import annotations

import csv
import io
import re
from datetime import date

import pycountry

from sources.comext.reporters import Reporter, reporter_from_code, reporter_from_label

CURRENCY = "EUR"
_FLOW_CODES = {"1": "imports", "2": "exports"}
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_LABEL_PERIOD = re.compile(r"^([A-Za-z]{3})[a-z]*\.?\s+(\d{4})$")
_SDMX_PERIOD = re.compile(r"^(\d{4})-?M?(\d{2})$")
_RELATIONAL_COLUMNS = ("REPORTER", "PARTNER", "PRODUCT", "FLOW", "STAT_PROCEDURE", "PERIOD", "VALUE_IN_EUR")
_SDMX_REQUIRED = ("reporter", "partner", "flow", "time_period", "obs_value")


class ComextFormatError(ValueError):
    """The answer is not the expected CSV; the message quotes what came instead."""


def parse_relational_csv(content: bytes) -> list[dict]:
    """Rows of a Comext "Relational View" export (the embedded snapshot)."""
    reader = _csv_reader(content)
    missing = [c for c in _RELATIONAL_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise ComextFormatError(f"relational CSV lacks columns {missing}; header is {reader.fieldnames}")
    rows = []
    for line_number, record in enumerate(reader, start=2):
        where = f"line {line_number}"
        if not record["PRODUCT"].upper().startswith("TOTAL") or not record["STAT_PROCEDURE"].upper().startswith("T"):
            raise ComextFormatError(f"{where}: not a total-goods row ({record['PRODUCT']}, {record['STAT_PROCEDURE']})")
        if not record["VALUE_IN_EUR"].strip():
            continue  # Comext leaves a month blank when nothing was reported
        rows.append(_row(
            reporter=_reporter(reporter_from_label(record["REPORTER"]), record["REPORTER"], where),
            partner_iso2=_partner_iso2(record["PARTNER"], where),
            period_month=_label_month(record["PERIOD"], where),
            flow=_FLOW_CODES.get(record["FLOW"].split("-", 1)[0].strip()) or _bad(where, "flow", record["FLOW"]),
            value=_number(record["VALUE_IN_EUR"], where),
        ))
    return _unique(rows)


def parse_sdmx_csv(content: bytes) -> list[dict]:
    """Rows of an SDMX-CSV 1.0 answer of DS-045409 (…,TIME_PERIOD,OBS_VALUE[,OBS_FLAG])."""
    reader = _csv_reader(content)
    columns = {name.strip().lower(): name for name in (reader.fieldnames or [])}
    missing = [c for c in _SDMX_REQUIRED if c not in columns]
    if missing:
        raise ComextFormatError(f"SDMX-CSV lacks columns {missing}; header is {reader.fieldnames}")
    rows = []
    for line_number, record in enumerate(reader, start=2):
        field = {key: (record.get(name) or "").strip() for key, name in columns.items()}
        where = f"line {line_number}"
        if field.get("product", "TOTAL").upper() != "TOTAL":
            raise ComextFormatError(f"{where}: product {field['product']!r} is not TOTAL")
        if field.get("indicators", "VALUE_IN_EUROS").upper() != "VALUE_IN_EUROS":
            raise ComextFormatError(f"{where}: indicator {field['indicators']!r} is not VALUE_IN_EUROS")
        if not field["obs_value"]:
            continue  # a key with no observation for that month
        partner = field["partner"].upper()
        rows.append(_row(
            reporter=_reporter(reporter_from_code(field["reporter"]), field["reporter"], where),
            partner_iso2={"EL": "GR", "UK": "GB"}.get(partner, partner),
            period_month=_sdmx_month(field["time_period"], where),
            flow=_FLOW_CODES.get(field["flow"]) or _bad(where, "flow", field["flow"]),
            value=_number(field["obs_value"], where),
        ))
    return _unique(rows)


def _csv_reader(content: bytes) -> csv.DictReader:
    text = content.decode("utf-8-sig", errors="replace")
    head = text.lstrip()[:200]
    if head.startswith("<"):
        raise ComextFormatError(f"expected CSV, got markup: {head[:120]!r}")
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or len(reader.fieldnames) < 3:
        raise ComextFormatError(f"expected a CSV header, got: {head[:120]!r}")
    return reader


def _row(*, reporter: Reporter, partner_iso2: str, period_month: date, flow: str, value: float) -> dict:
    return {
        "reporter_iso2": reporter.code,
        "reporter_iso3": reporter.iso3,
        "reporter_name": reporter.name,
        "is_aggregate": reporter.is_aggregate,
        "partner_iso2": partner_iso2,
        "period_month": period_month,
        "flow": flow,
        "value": value,
        "currency": CURRENCY,
    }


def _unique(rows: list[dict]) -> list[dict]:
    """Two values for one reporter/partner/month/flow cannot both be true."""
    seen = set()
    for row in rows:
        key = (row["reporter_iso2"], row["partner_iso2"], row["period_month"], row["flow"])
        if key in seen:
            raise ComextFormatError(f"duplicate observation for {key}")
        seen.add(key)
    return rows


def _reporter(reporter: Reporter | None, raw: str, where: str) -> Reporter:
    return reporter or _bad(where, "reporter", raw)


def _partner_iso2(label: str, where: str) -> str:
    try:
        return pycountry.countries.lookup(label.strip()).alpha_2
    except LookupError:
        return _bad(where, "partner", label)


def _label_month(text: str, where: str) -> date:
    m = _LABEL_PERIOD.match(text.strip())
    if not m or m.group(1).lower() not in _MONTHS:
        return _bad(where, "monthly period", text)
    return date(int(m.group(2)), _MONTHS[m.group(1).lower()], 1)


def _sdmx_month(text: str, where: str) -> date:
    m = _SDMX_PERIOD.match(text)
    if not m or not 1 <= int(m.group(2)) <= 12:
        return _bad(where, "monthly TIME_PERIOD", text)
    return date(int(m.group(1)), int(m.group(2)), 1)


def _number(text: str, where: str) -> float:
    try:
        return float(text)
    except ValueError:
        return _bad(where, "value", text)


def _bad(where: str, what: str, value: str):
    raise ComextFormatError(f"{where}: unrecognised {what} {value!r}")
