"""Pandera models of every raw table, and the one way assets apply them."""
from schemas.validation import ValidationOutcome, validate_rows

__all__ = ["ValidationOutcome", "validate_rows"]
