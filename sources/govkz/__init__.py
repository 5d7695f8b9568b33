"""Kazakhstan MFA press releases from the gov.kz content-manager API.

Public entry point: `fetch_releases` (records per docs/CONTRACTS.md). Modes: live HTTP,
replay of `snapshot/recorded/` (the default), or record (live, saved into the snapshot).
"""
from sources.govkz.client import GuardRejected
from sources.govkz.fetch import FetchResult, fetch_releases
from sources.govkz.settings import GovKzSettings
from sources.govkz.snapshot import SnapshotMissing

__all__ = ["FetchResult", "GovKzSettings", "GuardRejected", "SnapshotMissing", "fetch_releases"]
