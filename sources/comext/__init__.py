"""Eurostat Comext (DS-045409): EU member states' monthly trade with Kazakhstan, in EUR."""
from sources.comext.client import build_url, load_comext
from sources.comext.parser import ComextFormatError, parse_relational_csv, parse_sdmx_csv
from sources.comext.reporters import Reporter, reporter_from_code, reporter_from_label

__all__ = [
    "ComextFormatError", "Reporter", "build_url", "load_comext", "parse_relational_csv", "parse_sdmx_csv",
    "reporter_from_code", "reporter_from_label",
]
