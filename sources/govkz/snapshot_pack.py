"""Build the embedded snapshot: hand-authored items -> responses as the gov.kz API would give them.

    python -m sources.govkz.snapshot_pack [--authored DIR] [--out DIR]

Input: `snapshot/authored/<id>.json`, each
    {"id": 800123, "project": "mfa", "created_date": "...Z", "updated_date": "...",
     "translations": {"en": {"title": ..., "body": "<p>...</p>"}, "ru": {...}}}
Output (`snapshot/recorded/`, see sources/govkz/snapshot.py for the file format): the challenge
ticket; list pages per project x language (page_size items, newest first, then the empty page
that ends paging); a detail response per id x language that has a translation.

`recorded/` is generated: its *.json files are replaced on every run. It holds either this pack
or a record-mode capture of the live site, not a mix of both.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from sources.govkz.client import challenge_request, detail_request, list_request
from sources.govkz.parser import parse_timestamp
from sources.govkz.settings import GovKzSettings
from sources.govkz.snapshot import write_recording

PACK_LANGUAGES = ("en", "ru", "kk")
JSON_TYPE = "application/json"


def load_authored(directory: Path) -> list[dict]:
    items = []
    for path in sorted(Path(directory).glob("*.json")):
        item = json.loads(path.read_text(encoding="utf-8"))
        problem = _authoring_problem(item)
        if problem:
            raise ValueError(f"{path}: {problem}")
        items.append(item)
    ids = [item["id"] for item in items]
    duplicated = sorted({i for i in ids if ids.count(i) > 1})
    if duplicated:
        raise ValueError(f"{directory}: ids used more than once: {duplicated}")
    return items


def _authoring_problem(item: object) -> str | None:
    if not isinstance(item, dict):
        return "not a JSON object"
    if not isinstance(item.get("id"), int):
        return "id must be an integer"
    if not isinstance(item.get("project"), str) or not item["project"]:
        return "project must be a non-empty string"
    if parse_timestamp(item.get("created_date")) is None:
        return f"created_date {item.get('created_date')!r} is not ISO-8601"
    translations = item.get("translations")
    if not isinstance(translations, dict) or not translations:
        return "translations must be a non-empty object"
    for lang, text in translations.items():
        if lang not in PACK_LANGUAGES:
            return f"unknown language {lang!r}"
        if not isinstance(text, dict) or not isinstance(text.get("title"), str) or not isinstance(text.get("body"), str):
            return f"translations.{lang} needs string title and body"
    return None


def api_item(item: dict, lang: str) -> dict:
    """One language's view of an authored item, shaped like a content-manager news item."""
    text = item["translations"][lang]
    return {
        "id": item["id"],
        "title": text["title"],
        "body": text["body"],
        "created_date": item["created_date"],
        "updated_date": item.get("updated_date"),
    }


def pack(authored_dir: Path, recorded_dir: Path, settings: GovKzSettings | None = None,
         *, projects: tuple[str, ...] = ("mfa",)) -> dict[str, int]:
    """Regenerate `recorded_dir` from `authored_dir`; `projects` get (empty) lists even without items."""
    settings = settings or GovKzSettings()
    items = load_authored(authored_dir)
    recorded_dir = Path(recorded_dir)
    recorded_dir.mkdir(parents=True, exist_ok=True)
    for stale in recorded_dir.glob("*.json"):
        stale.unlink()

    def write(request, payload) -> None:
        write_recording(recorded_dir, request, 200, JSON_TYPE, json.dumps(payload, ensure_ascii=False), origin="snapshot_pack")

    counts = {"items": len(items), "list_pages": 0, "details": 0}
    write(challenge_request(settings, settings.challenge_paths[0]), {})
    newest_first = sorted(items, key=lambda i: (parse_timestamp(i["created_date"]), i["id"]), reverse=True)
    for project in sorted({i["project"] for i in items} | set(projects)):
        for lang in PACK_LANGUAGES:
            listed = [api_item(i, lang) for i in newest_first if i["project"] == project and lang in i["translations"]]
            pages = [listed[n:n + settings.page_size] for n in range(0, len(listed), settings.page_size)]
            for offset, page in enumerate([*pages, []]):
                write(list_request(settings, project, lang, settings.first_page + offset), page)
                counts["list_pages"] += 1
            for entry in listed:
                write(detail_request(settings, str(entry["id"]), lang), entry)
                counts["details"] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    settings = GovKzSettings()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--authored", type=Path, default=settings.authored_dir)
    parser.add_argument("--out", type=Path, default=settings.snapshot_dir)
    args = parser.parse_args(argv)
    counts = pack(args.authored, args.out, settings)
    print(f"packed {counts['items']} items into {counts['list_pages']} list pages and {counts['details']} details in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
