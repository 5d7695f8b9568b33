"""The IMTS series key, built in the only order the API understands.

IMF.STA:IMTS keys are COUNTRY.INDICATOR.COUNTERPART_COUNTRY.FREQUENCY. A key in
another order, or with alpha-2 codes, is not rejected: the API answers 200 with
zero series. So every part is checked here, by keyword, before a request.
"""
from __future__ import annotations

import re
from typing import Iterable

INDICATORS = {
    "XG_FOB_USD": "exports",  # goods exports, FOB, by destination
    "MG_CIF_USD": "imports",  # goods imports, CIF, by origin
    "MG_FOB_USD": "imports",  # goods imports valued FOB (for mirror comparisons)
}
FREQUENCIES = ("A", "Q", "M")
WORLD = "G001"
# ISO 3166 alpha-3, or an IMF group code such as G001 (World), G163 (euro area), GX170.
_ISO3 = re.compile(r"^[A-Z]{3}$")
_GROUP = re.compile(r"^(?:G|GX|TX)\d{3}$")


def is_group_code(code: str) -> bool:
    return bool(_GROUP.match(code))


def build_key(
    *,
    country: str,
    indicators: Iterable[str] = ("XG_FOB_USD", "MG_CIF_USD"),
    counterparts: Iterable[str],
    frequency: str = "A",
) -> str:
    """e.g. build_key(country="KAZ", counterparts=["PRT", "G001"]) -> "KAZ.XG_FOB_USD+MG_CIF_USD.PRT+G001.A"."""
    if not _ISO3.match(country):
        raise ValueError(f"IMTS country must be ISO 3166 alpha-3, got {country!r}")
    indicators = list(indicators)
    counterparts = list(counterparts)
    unknown = [i for i in indicators if i not in INDICATORS]
    if not indicators or unknown:
        raise ValueError(f"IMTS indicators must be among {sorted(INDICATORS)}, got {indicators}")
    bad = [c for c in counterparts if not (_ISO3.match(c) or is_group_code(c))]
    if not counterparts or bad:
        raise ValueError(f"IMTS counterparts must be ISO3 or IMF group codes (G001 = World), got {counterparts}")
    if frequency not in FREQUENCIES:
        raise ValueError(f"IMTS frequency must be one of {FREQUENCIES}, got {frequency!r}")
    return ".".join([country, "+".join(indicators), "+".join(counterparts), frequency])
