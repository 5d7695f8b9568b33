"""Pure parser of IMF IMTS SDMX-CSV 1.0 answers.

Columns (by name, not position): COUNTRY, INDICATOR, COUNTERPART_COUNTRY,
FREQUENCY, TIME_PERIOD, OBS_VALUE, SCALE, … OBS_VALUE is in full US dollars;
SCALE=6 is only a display hint and is deliberately ignored. Group
counterparts (G001 = World) overlap one another, so they are flagged and must
never be summed with countries.
"""
from __future__ import annotations

import csv
import io

from sources.imf.key import INDICATORS, is_group_code

_REQUIRED = ("COUNTRY", "INDICATOR", "COUNTERPART_COUNTRY", "TIME_PERIOD", "OBS_VALUE")
AGGREGATE_NAMES = {"G001": "WORLD", "G163": "EURO_AREA"}


class ImfFormatError(ValueError):
    """Not an SDMX-CSV answer; the message quotes what came instead."""


class ImfNoSeriesError(ImfFormatError):
    """A well-formed answer with no observation: usually a malformed key, never "no trade"."""


def parse_imts_csv(content: bytes) -> list[dict]:
    text = content.decode("utf-8-sig", errors="replace")
    head = text.lstrip()[:120]
    if not head:
        raise ImfNoSeriesError("IMTS answered an empty body (no series for this key)")
    if head.startswith("<"):
        raise ImfFormatError(f"expected SDMX-CSV from IMTS, got markup: {head!r}")
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in _REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise ImfFormatError(f"IMTS CSV lacks columns {missing}; starts with {head!r}")
    rows = []
    for line_number, record in enumerate(reader, start=2):
        where = f"IMTS CSV line {line_number}"
        value = (record["OBS_VALUE"] or "").strip()
        if not value or value.upper() == "NAN":
            continue  # a period without an observation
        indicator = record["INDICATOR"].strip()
        if indicator not in INDICATORS:
            raise ImfFormatError(f"{where}: unexpected indicator {indicator!r}")
        counterpart = record["COUNTERPART_COUNTRY"].strip()
        group = is_group_code(counterpart)
        period = record["TIME_PERIOD"].strip()
        if not period[:4].isdigit():
            raise ImfFormatError(f"{where}: TIME_PERIOD {period!r} does not start with a year")
        try:
            value_usd = float(value)
        except ValueError:
            raise ImfFormatError(f"{where}: OBS_VALUE {value!r} is not a number") from None
        rows.append({
            "reporter_iso3": record["COUNTRY"].strip(),
            "partner_iso3": None if group else counterpart,
            "is_aggregate": group,
            "aggregate_code": AGGREGATE_NAMES.get(counterpart, counterpart) if group else None,
            "counterpart_code": counterpart,
            "year": int(period[:4]),
            "period": period,  # "2023" for annual series, "2023-Q1" / "2023-M01" otherwise
            "flow": INDICATORS[indicator],
            "indicator": indicator,
            "value_usd": value_usd,
        })
    if not rows:
        raise ImfNoSeriesError("IMTS answered without any observation (no series for this key)")
    return rows
