"""Everything about gov.kz that could change without our code changing: URLs, headers, paging."""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path
from urllib.parse import urlsplit

from sources.http import HttpSettings

SNAPSHOT_ROOT = Path(__file__).parent / "snapshot"
MODE_ENV_VAR = "DIPLOMART_SOURCE_MODE"


class SourceMode(str, Enum):
    SNAPSHOT = "snapshot"  # replay recorded responses from the repo; no network
    LIVE = "live"
    RECORD = "record"  # live, and every response is written into the snapshot


def mode_from_env() -> SourceMode:
    value = os.environ.get(MODE_ENV_VAR, SourceMode.SNAPSHOT.value)
    try:
        return SourceMode(value)
    except ValueError:
        allowed = ", ".join(m.value for m in SourceMode)
        raise ValueError(f"{MODE_ENV_VAR}={value!r} is not one of: {allowed}") from None


@dataclass(frozen=True)
class GovKzSettings:
    base_url: str = "https://www.gov.kz"
    list_path: str = "/api/v1/public/content-manager/news"
    detail_path: str = "/api/v1/public/content-manager/news/{item_id}"
    # Tried in order. v2 answers a dict of headers to send later; v1 sets a cookie instead.
    challenge_paths: tuple[str, ...] = ("/api/v2/_/c/k6", "/api/v1/public/_/c/k6")
    challenge_origin: str = "https://www.gov.kz"
    # gov.kz answers 400 with this marker when the session has no valid ticket.
    guard_marker: str = "notAllowed"
    referer_template: str = "https://www.gov.kz/memleket/entities/{project}/press/news"
    human_url_template: str = "https://www.gov.kz/memleket/entities/{project}/press/news/details/{item_id}?lang={lang}"
    page_size: int = 20
    first_page: int = 1  # scrapers disagree (1 vs 0); the live API was seen 1-based
    sort_by: str = "created_date:DESC"
    # 'gte:' answers HTTP 500 on gov.kz, so only strict 'gt:' is ever sent.
    created_filter_operator: str = "gt"
    # Unverified whether list items always carry the full body; if they turn out to be
    # truncated, set this and every item is re-read from its detail endpoint.
    always_fetch_detail: bool = False
    # A server that ignores `page` would otherwise be paged forever.
    max_pages: int = 10_000
    snapshot_dir: Path = SNAPSHOT_ROOT / "recorded"
    authored_dir: Path = SNAPSHOT_ROOT / "authored"
    http: HttpSettings = field(
        default_factory=lambda: HttpSettings(allowed_hosts=frozenset({"www.gov.kz"}))
    )

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> "GovKzSettings":
        """Defaults, overridden by DIPLOMART_GOVKZ_BASE_URL (a mirror or a test server; its
        host and scheme become the only ones allowed), DIPLOMART_GOVKZ_SNAPSHOT_DIR and
        DIPLOMART_GOVKZ_REQUESTS_PER_SECOND and DIPLOMART_GOVKZ_READ_TIMEOUT_S."""
        env = os.environ if environ is None else environ
        settings = cls()
        base_url = env.get("DIPLOMART_GOVKZ_BASE_URL")
        if base_url:
            parts = urlsplit(base_url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise ValueError(f"DIPLOMART_GOVKZ_BASE_URL must be an http(s) URL, not {base_url!r}")
            settings = replace(
                settings,
                base_url=base_url.rstrip("/"),
                challenge_origin=f"{parts.scheme}://{parts.netloc}",
                http=replace(settings.http, allowed_hosts=frozenset({parts.hostname}), allowed_schemes=frozenset({parts.scheme})),
            )
        if env.get("DIPLOMART_GOVKZ_SNAPSHOT_DIR"):
            settings = replace(settings, snapshot_dir=Path(env["DIPLOMART_GOVKZ_SNAPSHOT_DIR"]))
        if env.get("DIPLOMART_GOVKZ_REQUESTS_PER_SECOND"):
            rate = float(env["DIPLOMART_GOVKZ_REQUESTS_PER_SECOND"])
            settings = replace(settings, http=replace(settings.http, requests_per_second=rate if rate > 0 else None))
        if env.get("DIPLOMART_GOVKZ_READ_TIMEOUT_S"):
            settings = replace(settings, http=replace(settings.http, read_timeout_s=float(env["DIPLOMART_GOVKZ_READ_TIMEOUT_S"])))
        return settings

    def referer(self, project: str) -> str:
        return self.referer_template.format(project=project)

    def human_url(self, project: str, item_id: str, lang: str) -> str:
        return self.human_url_template.format(project=project, item_id=item_id, lang=lang)
