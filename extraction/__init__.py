"""Fact extraction from Kazakh MFA press releases (the contract: docs/CONTRACTS.md, "Extraction")."""
from .native import activate

# The compiled build of the extractor's modules, when one matches these sources (extraction/native.py);
# before any of them is imported.
COMPILED = activate(__path__)

from .extract import extract  # noqa: E402
from .version import EXTRACTOR_VERSION  # noqa: E402

__all__ = ["extract", "EXTRACTOR_VERSION", "COMPILED"]
