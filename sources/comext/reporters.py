"""Comext reporters: EU member states (and the UK before Brexit) and EU/euro-area aggregates.

Comext names reporters with footnotes ("Germany (incl. German Democratic
Republic 'DD' from 1991)", "Ireland (Eire)") in its exports and with codes in
the SDMX API. Both are turned into one `Reporter` so that a snapshot row and a
live row for the same country are the same reporter.

Codes: Comext uses GR for Greece and GB for the United Kingdom (the
composition lists in its own aggregate labels say "GR-01/1981", "GB-01/1973");
the rest of Eurostat writes EL and UK, so both spellings are accepted.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry

# EU-27 as of 2020 plus the United Kingdom, whose reports end with January 2020.
COUNTRY_CODES = (
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
    "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "GB",
)
EU27_CODES = tuple(c for c in COUNTRY_CODES if c != "GB")
_CODE_ALIASES = {"EL": "GR", "UK": "GB"}

# Aggregate reporter code -> (label prefix in Comext exports, canonical name).
# The unnumbered "European Union"/"Euro area" are the changing-composition series.
AGGREGATES = {
    "EU27_2020": ("european union - 27 countries", "European Union - 27 countries (from 2020)"),
    "EA20": ("euro area - 20 countries", "Euro area - 20 countries (from 2023)"),
    "EU": ("european union", "European Union (changing composition)"),
    "EA": ("euro area", "Euro area (changing composition)"),
}
_FOOTNOTE = re.compile(r"\s*\(.*\)\s*$")


@dataclass(frozen=True)
class Reporter:
    code: str  # ISO 3166 alpha-2 for a country, the Comext code for an aggregate
    iso3: str | None
    name: str
    is_aggregate: bool


@lru_cache(maxsize=None)
def reporter_from_code(code: str) -> Reporter | None:
    code = code.strip().upper()
    code = _CODE_ALIASES.get(code, code)
    if code in AGGREGATES:
        return Reporter(code=code, iso3=None, name=AGGREGATES[code][1], is_aggregate=True)
    if code in COUNTRY_CODES:
        country = pycountry.countries.get(alpha_2=code)
        return Reporter(code=code, iso3=country.alpha_3, name=_short_name(country), is_aggregate=False)
    return None


@lru_cache(maxsize=None)
def reporter_from_label(label: str) -> Reporter | None:
    """The reporter of a Comext export label, footnotes ignored; None if unknown."""
    bare = _FOOTNOTE.sub("", label).strip().casefold()
    for code, (prefix, _) in AGGREGATES.items():
        if bare == prefix:
            return reporter_from_code(code)
    for code in COUNTRY_CODES:
        country = pycountry.countries.get(alpha_2=code)
        if bare in {_short_name(country).casefold(), country.name.casefold()}:
            return reporter_from_code(code)
    return None


def _short_name(country) -> str:
    return getattr(country, "common_name", None) or country.name
