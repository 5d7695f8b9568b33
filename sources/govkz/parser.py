"""gov.kz news item JSON -> release record (docs/CONTRACTS.md). Pure: no I/O, no clock.

A malformed item becomes a reject (reason + raw payload), never an exception: one bad item
must not stop a run that fetched a thousand good ones. So does an item that is not what was
asked for (another project, another language: sources/govkz/trust.py). Rejects say which of
the two they are (`kind`): many unparseable items mean the format changed; a mismatch means the
server ignored a filter, and the item lands where it belongs.
"""
from __future__ import annotations

import hashlib
import html
import json
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo

from sources.govkz.html_text import html_to_text
from sources.govkz.trust import mismatch
from sources.http import has_undecodable, with_undecodable_shown

SOURCE = "govkz"
UNPARSEABLE = "unparseable"
MISMATCH = "mismatch"
ALMATY = ZoneInfo("Asia/Almaty")
# The 2019-2021 site migration stamped imported items at midnight: a date, not a time.
MIGRATION_YEARS = range(2019, 2022)


@dataclass(frozen=True)
class ItemOutcome:
    release: dict | None = None
    reject: dict | None = None
    # The item exists but has no text in this language (neither title nor body).
    untranslated: bool = False


class _Malformed(ValueError):
    pass


def parse_item(
    item: Any, *, project: str, lang: str, human_url_template: str, served_language: str | None = None
) -> ItemOutcome:
    raw_json = json.dumps(item, ensure_ascii=False)
    item_id = item_id_of(item)
    if has_undecodable(raw_json):
        spoiled = sorted(k for k, v in item.items() if isinstance(v, str) and has_undecodable(v)) if isinstance(item, dict) else []
        reason = f"bytes that are not UTF-8 in {', '.join(spoiled) or 'the item'}"
        return ItemOutcome(reject=make_reject(project, item_id, lang, reason, with_undecodable_shown(raw_json)))
    try:
        outcome = _parse(item, raw_json, project=project, lang=lang, human_url_template=human_url_template)
    except _Malformed as exc:
        return ItemOutcome(reject=make_reject(project, item_id, lang, str(exc), raw_json))
    if outcome.release is not None:
        release = outcome.release
        wrong = mismatch(item, project=project, lang=lang, served_language=served_language,
                         text=f"{release['title']} {release['body_text']}")
        if wrong:
            return ItemOutcome(reject=make_reject(project, item_id, lang, wrong, raw_json, kind=MISMATCH))
    return outcome


def release_key(project: str, item_id: str | None, lang: str) -> str:
    """How a release (or a reject of one) is named in logs and in raw.rejected_records."""
    return f"{project}/{item_id}/{lang}"


def make_reject(project: str, item_id: str | None, lang: str, reason: str, raw_payload: str, *, kind: str = UNPARSEABLE) -> dict:
    return {"source": SOURCE, "project": project, "item_id": item_id, "lang": lang,
            "record_key": release_key(project, item_id, lang), "reason": reason, "raw_payload": raw_payload,
            "kind": kind}


def _parse(item: Any, raw_json: str, *, project: str, lang: str, human_url_template: str) -> ItemOutcome:
    if not isinstance(item, dict):
        raise _Malformed(f"item is a {type(item).__name__}, not an object")
    item_id = item_id_of(item)
    if item_id is None:
        raise _Malformed(f"missing or non-numeric id: {item.get('id')!r}")
    title = item.get("title") or ""
    body_html = item.get("body")
    if not isinstance(title, str):
        raise _Malformed(f"title is a {type(title).__name__}, not a string")
    if body_html is not None and not isinstance(body_html, str):
        raise _Malformed(f"body is a {type(body_html).__name__}, not a string")
    if not title.strip() and not (body_html or "").strip():
        return ItemOutcome(untranslated=True)
    if body_html is None:
        raise _Malformed("item has a title but no body field")

    created_raw = item.get("created_date")
    published_at = parse_timestamp(created_raw)
    if published_at is None:
        raise _Malformed(f"missing or unparseable created_date: {created_raw!r}")
    time_known = not is_migration_artefact(created_raw)
    updated_raw = item.get("updated_date")
    updated_at = parse_timestamp(updated_raw)
    if updated_raw and updated_at is None:
        raise _Malformed(f"unparseable updated_date: {updated_raw!r}")

    clean_title = title_text(title)
    return ItemOutcome(release={
        "source": SOURCE,
        "project": project,
        "item_id": item_id,
        "lang": lang,
        "title": clean_title,
        "body_html": body_html,
        "body_text": html_to_text(body_html),
        "published_at_utc": published_at,
        "published_date_local": local_publication_date(created_raw, published_at, time_known),
        "published_time_known": time_known,
        "updated_at_utc": updated_at,
        "url": human_url_template.format(project=project, item_id=item_id, lang=lang),
        "content_hash": content_hash(clean_title, body_html),
        "raw_json": raw_json,
    })


def item_id_of(item: Any) -> str | None:
    raw = item.get("id") if isinstance(item, dict) else None
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int) or (isinstance(raw, str) and raw.strip().isdigit()):
        return str(raw).strip()
    return None


def parse_timestamp(value: Any) -> datetime | None:
    """ISO-8601 -> aware UTC datetime. gov.kz stamps are UTC; a stamp without offset is read as UTC."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


def is_migration_artefact(created_raw: str) -> bool:
    """Midnight on the dot, 2019-2021, as written (before any zone conversion)."""
    written = datetime.fromisoformat(created_raw.strip())
    return written.year in MIGRATION_YEARS and (written.hour, written.minute, written.second, written.microsecond) == (0, 0, 0, 0)


def local_publication_date(created_raw: str, published_at: datetime, time_known: bool) -> date:
    # An artefact's midnight is not an instant, so shifting it to Almaty could move the day;
    # its written date is the only information it carries.
    if not time_known:
        return datetime.fromisoformat(created_raw.strip()).date()
    return published_at.astimezone(ALMATY).date()


def title_text(title: str) -> str:
    """A title as plain text: markup and what scripts and styles hold are dropped, entities read.
    A title is text in every release seen; markup in one is at best an editor's slip."""
    return normalise_text(html_to_text(title) if "<" in title else html.unescape(title))


def normalise_text(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def content_hash(title: str, body_html: str) -> str:
    """Version key: changes when the wording changes, not when whitespace or Unicode form does."""
    canonical = json.dumps([normalise_text(title), normalise_text(body_html)], ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
