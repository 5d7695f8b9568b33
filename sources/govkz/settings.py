"""Everything about gov.kz that could change without our code changing: URLs, headers, paging."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

from sources.http import HttpSettings, restricted_to

SNAPSHOT_ROOT = Path(__file__).parent / "snapshot"


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

    def pointed_at(self, base_url: str) -> "GovKzSettings":
        """The same API served from `base_url` (a mirror or a test server): its host and scheme
        become the only ones allowed."""
        parts = urlsplit(base_url)
        return replace(
            self,
            base_url=base_url.rstrip("/"),
            challenge_origin=f"{parts.scheme}://{parts.netloc}",
            http=restricted_to(self.http, base_url),
        )

    def referer(self, project: str) -> str:
        return self.referer_template.format(project=project)
