"""`fetch_releases`: one run over projects x languages, returning records per docs/CONTRACTS.md."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from typing import Any, Callable

from sources.govkz.client import GovKzClient
from sources.govkz.parser import MISMATCH, item_id_of, make_reject, parse_item, parse_timestamp
from sources.govkz.settings import GovKzSettings
from sources.govkz.snapshot import RecordingTransport, ReplayTransport
from sources.govkz.transport import HttpTransport, Transport
from sources.http import BadResponse, HttpClient, ResponseTooLarge, with_undecodable_shown
from sources.mode import SourceMode

LANGUAGES = frozenset({"en", "ru", "kk"})


@dataclass
class FetchResult:
    releases: list[dict] = field(default_factory=list)
    rejects: list[dict] = field(default_factory=list)
    stats: dict[str, int] = field(default_factory=dict)
    max_created_at: datetime | None = None


def fetch_releases(
    settings: GovKzSettings | None = None,
    *,
    mode: SourceMode | str = SourceMode.SNAPSHOT,
    since: datetime | date | None = None,
    until: datetime | date | None = None,
    langs: tuple[str, ...] = ("en", "ru"),
    projects: tuple[str, ...] = ("mfa",),
    http_client: HttpClient | None = None,
    progress: Callable[[dict[str, int]], None] | None = None,
) -> FetchResult:
    """Releases created after `since` and before `until` (both exclusive; dates mean 00:00 UTC,
    naive datetimes are read as UTC, the warehouse's convention).

    `since` is the cursor: pass the previous run's `max_created_at` for an incremental run.
    The cursor follows `created_date`, so an edit to an older item (new `updated_date`, new
    content_hash) is only seen by a run whose range covers it: re-fetch a trailing window
    (e.g. since = cursor - 14 days) to catch corrections. With `until` set (backfill),
    `max_created_at` is the newest item in that range, not a cursor for the live edge.
    `http_client` lets callers inject a client (tests: fake clock; bench: no rate limit); it is
    used only in live and record modes. `progress`, when given, is called with the counts so
    far after every list page (a long backfill says how far it is).
    """
    settings = settings or GovKzSettings()
    mode = SourceMode.parse(mode)
    if mode is SourceMode.OFF:
        raise ValueError("gov.kz is switched off: there is nothing to fetch")
    unknown = set(langs) - LANGUAGES
    if unknown:
        raise ValueError(f"unsupported languages {sorted(unknown)}; gov.kz serves {sorted(LANGUAGES)}")
    lower, upper = _as_utc(since), _as_utc(until)

    own_http = http_client is None and mode is not SourceMode.SNAPSHOT
    http = HttpClient(settings.http) if own_http else http_client
    try:
        transport = _open_transport(settings, mode, http)
        client = GovKzClient(transport, settings)
        # An injected client may have served earlier runs: report this run's share only.
        requests_before = transport.requests_made
        retries_before = 0 if mode is SourceMode.SNAPSHOT else http.counts["retries"]
        run = _Run(client, settings, lower, upper, progress)
        for project in projects:
            for lang in langs:
                run.collect(project, lang)
        run.result.stats.update(
            requests=transport.requests_made - requests_before,
            challenges=client.counts["challenges"],
            pages=client.counts["pages"],
            details_fetched=client.counts["details"],
            retries=0 if mode is SourceMode.SNAPSHOT else http.counts["retries"] - retries_before,
            releases=len(run.result.releases),
            rejects=len(run.result.rejects),
        )
        return run.result
    finally:
        if own_http:
            http.close()


def _open_transport(settings: GovKzSettings, mode: SourceMode, http: HttpClient | None) -> Transport:
    if mode is SourceMode.SNAPSHOT:
        # Recordings are of unfiltered list pages; see sources/govkz/snapshot.py.
        return ReplayTransport(settings.snapshot_dir, fallback_drop_params=frozenset({"created_date"}))
    live = HttpTransport(http, settings.base_url)
    if mode is SourceMode.RECORD:
        return RecordingTransport(live, settings.snapshot_dir, redact_paths=frozenset(settings.challenge_paths))
    return live


class _Run:
    """State of one fetch: what was seen (for de-duplication) and what came out."""

    def __init__(self, client: GovKzClient, settings: GovKzSettings, lower: datetime | None, upper: datetime | None,
                 progress: Callable[[dict[str, int]], None] | None = None):
        self.client = client
        self.progress = progress
        self.settings = settings
        self.lower = lower
        self.upper = upper
        self.seen: set[tuple[str, str, str]] = set()
        # Which project each (item id, language) landed under: a release lands under one key only.
        self.owners: dict[tuple[str, str], str] = {}
        self.result = FetchResult(stats={
            "items_seen": 0, "duplicates": 0, "untranslated": 0,
            "skipped_not_after_since": 0, "skipped_not_before_until": 0,
        })

    def collect(self, project: str, lang: str) -> None:
        for page in self.client.iter_pages(project, lang, created_after=self.lower):
            for item in page.items:
                self._take(project, lang, item, page.language)
            if self.progress:
                self.progress({"pages": self.client.counts["pages"], **self.result.stats,
                               "releases": len(self.result.releases), "rejects": len(self.result.rejects)})

    def _take(self, project: str, lang: str, item: Any, served_language: str | None) -> None:
        stats = self.result.stats
        stats["items_seen"] += 1
        item_id = item_id_of(item)
        if item_id is not None:
            # Paging while new items arrive shifts items onto the next page: keep the first copy.
            if (project, item_id, lang) in self.seen:
                stats["duplicates"] += 1
                return
            self.seen.add((project, item_id, lang))
        created = parse_timestamp(item.get("created_date")) if isinstance(item, dict) else None
        if created is not None:
            if self.lower is not None and created <= self.lower:
                stats["skipped_not_after_since"] += 1
                return
            if self.upper is not None and created >= self.upper:
                stats["skipped_not_before_until"] += 1
                return
            if self.result.max_created_at is None or created > self.result.max_created_at:
                self.result.max_created_at = created
        if item_id is not None and (self.settings.always_fetch_detail or "body" not in item):
            item = self._detail_or_none(project, item_id, lang, item)
            if item is None:
                return
        outcome = parse_item(item, project=project, lang=lang, human_url_template=self.settings.human_url_template,
                             served_language=served_language)
        if outcome.release is not None:
            owner = self.owners.setdefault((outcome.release["item_id"], lang), project)
            if owner != project:
                # A server ignoring `projects=` serves one release for every project asked.
                self.result.rejects.append(make_reject(
                    project, item_id, lang, f"also served for project {owner}, where it is kept",
                    outcome.release["raw_json"], kind=MISMATCH,
                ))
                return
            self.result.releases.append(outcome.release)
        elif outcome.reject is not None:
            self.result.rejects.append(outcome.reject)
        else:
            stats["untranslated"] += 1

    def _detail_or_none(self, project: str, item_id: str, lang: str, list_item: dict) -> dict | None:
        try:
            return self.client.detail(project, item_id, lang)
        except (BadResponse, ResponseTooLarge) as exc:
            # One unreadable detail is that item's problem, not the run's.
            self.result.rejects.append(make_reject(
                project, item_id, lang, f"detail fetch failed: {exc}",
                with_undecodable_shown(json.dumps(list_item, ensure_ascii=False)),
            ))
            return None


def _as_utc(moment: datetime | date | None) -> datetime | None:
    if moment is None:
        return None
    if not isinstance(moment, datetime):
        return datetime.combine(moment, time(0), tzinfo=timezone.utc)
    if moment.tzinfo is None:
        # The warehouse stores UTC in naive TIMESTAMP columns, so a cursor read back is naive UTC.
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)
