"""Recorded responses: the on-disk format, replay (snapshot mode) and recording (record mode).

One JSON file per response in `snapshot/recorded/`, named from the canonical request key
(readable slug + hash of the key), so a lookup is a file-name computation, not an index:

    {"format": "diplomart.recorded-response/1",
     "origin": "snapshot_pack" | "record",
     "request": {"key": "GET /api/...?page=1&projects=eq:mfa&... lang=en",
                 "method": "GET", "path": "/api/...", "query": [["page", "1"], ...], "lang": "en"},
     "response": {"status": 200, "content_type": "application/json", "body": "<body text, verbatim>"}}

Incremental list requests (`created_date=gt:<cursor>`) are replayed from an exact recording if
one exists, else from the unfiltered recording of the same page. The client itself drops items
at or before the cursor and stops paging once a page reaches it, so both give the same releases
and snapshot mode needs no recording per cursor value.

Only 2xx and 404 responses are recorded: those are answers about the resource (404 is how the
old/new challenge endpoint says "not here"), while a recorded 400/5xx would replay a passing
failure forever.
Guard-ticket replies are recorded with their values blanked: they are credentials.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from pathlib import Path

from requests.structures import CaseInsensitiveDict

from sources.govkz.transport import ApiRequest, Transport
from sources.http import HttpResponse, SourceError

FORMAT = "diplomart.recorded-response/1"
REDACTED = "REDACTED"


class SnapshotMissing(SourceError):
    """Snapshot mode was asked for a request that was never recorded."""


def recording_path(directory: Path, request: ApiRequest, *, drop_params: frozenset[str] = frozenset()) -> Path:
    key = request.key(drop_params=drop_params)
    readable = [request.method, *request.path.strip("/").split("/")[-2:]]
    readable += [f"{name}-{value}" for name, value in sorted(request.params) if name not in drop_params]
    readable.append(request.lang or "nolang")
    slug = re.sub(r"[^a-z0-9]+", "-", "-".join(readable).lower()).strip("-")[:100]
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]
    return directory / f"{slug}-{digest}.json"


def write_recording(directory: Path, request: ApiRequest, status: int, content_type: str, body: str, *, origin: str) -> Path:
    record = {
        "format": FORMAT,
        "origin": origin,
        "request": {
            "key": request.key(),
            "method": request.method,
            "path": request.path,
            "query": [list(pair) for pair in sorted(request.params)],
            "lang": request.lang,
        },
        "response": {"status": status, "content_type": content_type, "body": body},
    }
    path = recording_path(directory, request)
    directory.mkdir(parents=True, exist_ok=True)
    # Write-then-rename: a crash mid-write must not leave a half file that replays as garbage.
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=directory, suffix=".tmp", delete=False) as tmp:
        json.dump(record, tmp, ensure_ascii=False, indent=1)
        tmp.write("\n")
    os.replace(tmp.name, path)
    return path


def read_recording(path: Path) -> HttpResponse:
    record = json.loads(path.read_text(encoding="utf-8"))
    if record.get("format") != FORMAT:
        raise SnapshotMissing(f"{path} is not a {FORMAT} file")
    response = record["response"]
    return HttpResponse(
        status=response["status"],
        headers=CaseInsensitiveDict({"Content-Type": response["content_type"]}),
        content=response["body"].encode("utf-8"),
        url=f"snapshot:{record['request']['key']}",
    )


class ReplayTransport:
    def __init__(self, directory: Path, *, fallback_drop_params: frozenset[str] = frozenset()) -> None:
        self.directory = Path(directory)
        self._fallback_drop_params = fallback_drop_params
        self._replayed = 0

    def send(self, request: ApiRequest) -> HttpResponse:
        candidates = [recording_path(self.directory, request)]
        if any(name in self._fallback_drop_params for name, _ in request.params):
            candidates.append(recording_path(self.directory, request, drop_params=self._fallback_drop_params))
        for path in candidates:
            if path.exists():
                self._replayed += 1
                return read_recording(path)
        raise SnapshotMissing(
            f"no recorded response for {request.key()} in {self.directory} "
            f"(regenerate with `python -m sources.govkz.snapshot_pack`, or run in record mode)"
        )

    @property
    def requests_made(self) -> int:
        return self._replayed


class RecordingTransport:
    def __init__(self, inner: Transport, directory: Path, *, redact_paths: frozenset[str] = frozenset()) -> None:
        self.inner = inner
        self.directory = Path(directory)
        self._redact_paths = redact_paths

    def send(self, request: ApiRequest) -> HttpResponse:
        response = self.inner.send(request)
        if 200 <= response.status < 300 or response.status == 404:
            body = response.text()
            if request.path in self._redact_paths:
                body = _blank_values(body)
            write_recording(self.directory, request, response.status, response.content_type, body, origin="record")
        return response

    @property
    def requests_made(self) -> int:
        return self.inner.requests_made


def _blank_values(body: str) -> str:
    try:
        payload = json.loads(body)
    except json.JSONDecodeError:
        return ""
    if isinstance(payload, dict):
        return json.dumps({name: REDACTED for name in payload})
    return ""
