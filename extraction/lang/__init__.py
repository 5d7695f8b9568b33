"""Language packs: the extractor's resources per language, behind one interface (base.LanguagePack)."""
from __future__ import annotations

from .base import LanguagePack


def pack_for(language: str | None) -> LanguagePack | None:
    """The pack of a language code ("en", "ru"); None for a language without one."""
    code = (language or "en").lower()
    if code == "en":
        from .en import ENGLISH
        return ENGLISH
    return None
