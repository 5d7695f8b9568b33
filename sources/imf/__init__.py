"""IMF International Trade in Goods Statistics (IMTS, successor of DOTS), live only."""
from sources.imf.client import build_url, fetch_imts
from sources.imf.key import build_key
from sources.imf.parser import ImfFormatError, ImfNoSeriesError, parse_imts_csv

__all__ = ["ImfFormatError", "ImfNoSeriesError", "build_key", "build_url", "fetch_imts", "parse_imts_csv"]
