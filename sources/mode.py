"""Where a source's answers come from: the one definition of a source mode for the whole project.

Every source (gov.kz, BNS, Comext) runs the same code in every mode; only what answers the
requests changes. The mode of each source is chosen in orchestration/settings.py (a setting
per source, one global default); sources/ only receives it.
"""
from __future__ import annotations

from enum import Enum


class SourceMode(str, Enum):
    SNAPSHOT = "snapshot"  # replay the recorded responses shipped in the repository; no network
    LIVE = "live"  # call the source
    RECORD = "record"  # call the source and rewrite the recorded snapshot with its answers
    OFF = "off"  # do not call the source at all: its raw tables keep what they hold

    @classmethod
    def parse(cls, value: "str | SourceMode", *, setting: str = "source mode") -> "SourceMode":
        """`value` as a mode; a clear error naming the setting otherwise."""
        if isinstance(value, cls):
            return value
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            allowed = ", ".join(m.value for m in cls)
            raise ValueError(f"{setting}={value!r} is not one of: {allowed}") from None

    @property
    def calls_the_source(self) -> bool:
        return self in (SourceMode.LIVE, SourceMode.RECORD)
