"""Fact extraction from Kazakh MFA press releases (the contract: docs/CONTRACTS.md, "Extraction")."""
from .extract import extract
from .version import EXTRACTOR_VERSION

__all__ = ["extract", "EXTRACTOR_VERSION"]
