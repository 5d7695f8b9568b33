"""gov.kz content-manager API: the guard ticket, list paging and detail reads.

Knows the API's rules (paging, filters, the 400 notAllowed guard) but nothing about release
records; it hands raw JSON items to the caller. Talks only to a Transport, so live, record and
snapshot modes all run this code.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import Any, Iterator

from sources.govkz.parser import item_id_of, parse_timestamp
from sources.govkz.settings import GovKzSettings
from sources.govkz.transport import ApiRequest, Transport
from sources.http import BadResponse, HttpResponse, SourceError, body_snippet, redact_url


class GuardRejected(SourceError):
    """gov.kz kept answering 400 notAllowed even with a fresh ticket."""


@dataclass(frozen=True)
class ListPage:
    items: list[Any]
    # The answer's Content-Language, when the server says which language it sent.
    language: str | None = None


class GovKzClient:
    def __init__(self, transport: Transport, settings: GovKzSettings) -> None:
        self.transport = transport
        self.settings = settings
        self._ticket_headers: dict[str, str] = {}
        self._have_ticket = False
        self._ticket_path: str | None = None
        self.counts: Counter[str] = Counter()  # challenges, pages, details

    def iter_pages(self, project: str, lang: str, *, created_after: datetime | None = None) -> Iterator[ListPage]:
        """Yield list pages, newest first, until an empty page or one that reaches `created_after`.

        `created_after` is also sent as the server-side `gt:` filter; the early stop is what keeps
        an incremental run cheap when the filter is not applied (snapshot replay, or a server
        that ignores it).
        """
        previous_ids: list[str | None] | None = None
        for page in range(self.settings.first_page, self.settings.first_page + self.settings.max_pages):
            listed = self.list_page(project, lang, page, created_after=created_after)
            if not listed.items:
                return
            ids = [item_id_of(item) for item in listed.items]
            if ids == previous_ids:
                raise BadResponse(f"{project}/{lang}: page {page} repeats page {page - 1}; the server ignores paging")
            previous_ids = ids
            yield listed
            if created_after is not None and _reaches(listed.items, created_after):
                return
        raise BadResponse(f"{project}/{lang}: still not at the last page after {self.settings.max_pages} pages")

    def list_page(self, project: str, lang: str, page: int, *, created_after: datetime | None = None) -> ListPage:
        response = self._get(list_request(self.settings, project, lang, page, created_after=created_after), project)
        self.counts["pages"] += 1
        # A byte that is not UTF-8 spoils the item that holds it, not the page (see parser.py).
        payload = response.json(keep_undecodable=True)
        # Some deployments wrap the array as {"content": [...]}.
        if isinstance(payload, dict) and isinstance(payload.get("content"), list):
            payload = payload["content"]
        if not isinstance(payload, list):
            raise BadResponse(f"list page {project}/{lang}/{page} is a {type(payload).__name__}, not an array: {body_snippet(response.content)!r}")
        return ListPage(payload, response.headers.get("Content-Language"))

    def detail(self, project: str, item_id: str, lang: str) -> dict:
        response = self._get(detail_request(self.settings, item_id, lang), project)
        self.counts["details"] += 1
        payload = response.json(keep_undecodable=True)
        if not isinstance(payload, dict):
            raise BadResponse(f"detail {project}/{item_id}/{lang} is a {type(payload).__name__}, not an object")
        return payload

    def _get(self, request: ApiRequest, project: str) -> HttpResponse:
        if not self._have_ticket:
            self._challenge()
        response = self._send_get(request, project)
        if self._is_guard_refusal(response):
            # Tickets expire mid-run; one fresh ticket per refusal, then give up loudly.
            self._challenge()
            response = self._send_get(request, project)
            if self._is_guard_refusal(response):
                raise GuardRejected(
                    f"gov.kz answered 400 {self.settings.guard_marker} to {request.path} even after a fresh "
                    f"ticket from {self._ticket_path}; the guard has probably changed"
                )
        if response.status != 200:
            raise BadResponse(f"HTTP {response.status} from {redact_url(response.url)}: {body_snippet(response.content)!r}")
        return response

    def _send_get(self, request: ApiRequest, project: str) -> HttpResponse:
        headers = {"Referer": self.settings.referer(project), **self._ticket_headers}
        return self.transport.send(replace(request, headers=tuple(headers.items())))

    def _challenge(self) -> None:
        """POST the challenge; v2 replies with headers to send, v1 sets a cookie the session keeps."""
        self.counts["challenges"] += 1
        failures = []
        for path in self.settings.challenge_paths:
            response = self.transport.send(challenge_request(self.settings, path))
            if 200 <= response.status < 300:
                self._ticket_headers = _headers_from_ticket(response)
                self._have_ticket = True
                self._ticket_path = path
                return
            failures.append(f"{path}: HTTP {response.status}")
        raise GuardRejected(f"no gov.kz challenge endpoint issued a ticket ({'; '.join(failures)})")

    def _is_guard_refusal(self, response: HttpResponse) -> bool:
        return response.status == 400 and self.settings.guard_marker.encode() in response.content


def list_request(
    settings: GovKzSettings, project: str, lang: str, page: int, *, created_after: datetime | None = None
) -> ApiRequest:
    params = [
        ("projects", f"eq:{project}"),
        ("page", str(page)),
        ("size", str(settings.page_size)),
        ("sort-by", settings.sort_by),
    ]
    if created_after is not None:
        params.append(("created_date", f"{settings.created_filter_operator}:{format_cursor(created_after)}"))
    return ApiRequest("GET", settings.list_path, tuple(params), lang)


def detail_request(settings: GovKzSettings, item_id: str, lang: str) -> ApiRequest:
    return ApiRequest("GET", settings.detail_path.format(item_id=item_id), (), lang)


def challenge_request(settings: GovKzSettings, path: str) -> ApiRequest:
    headers = (("Content-Type", "application/json"), ("Origin", settings.challenge_origin))
    return ApiRequest("POST", path, headers=headers, json_body={})


def _headers_from_ticket(response: HttpResponse) -> dict[str, str]:
    try:
        payload = response.json()
    except BadResponse:
        return {}  # the cookie variant may answer with an empty or non-JSON body
    if not isinstance(payload, dict):
        return {}
    return {str(name): str(value) for name, value in payload.items() if isinstance(value, (str, int))}


def format_cursor(moment: datetime) -> str:
    """The `created_date` filter value: UTC, whole seconds, no suffix (the form gov.kz accepts)."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")


def _reaches(items: list[Any], created_after: datetime) -> bool:
    """True when the page holds an item at or before the cursor: pages are newest first."""
    for item in items:
        created = parse_timestamp(item.get("created_date")) if isinstance(item, dict) else None
        if created is not None and created <= created_after:
            return True
    return False
