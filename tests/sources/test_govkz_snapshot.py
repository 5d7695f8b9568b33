"""Snapshot mode: the pack, replay, record mode, and the embedded snapshot in the repo."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from conftest import AUTHORED_FIXTURES
from sources.govkz import GovKzSettings, SnapshotMissing, fetch_releases
from sources.govkz.snapshot_pack import load_authored, pack


def comparable(result) -> list[dict]:
    """Releases minus raw_json (the fake server adds fields the pack does not invent)."""
    return sorted(({k: v for k, v in r.items() if k != "raw_json"} for r in result.releases),
                  key=lambda r: (r["item_id"], r["lang"]))


@pytest.fixture
def packed(tmp_path) -> GovKzSettings:
    settings = GovKzSettings(snapshot_dir=tmp_path / "packed")
    pack(AUTHORED_FIXTURES, settings.snapshot_dir, settings)
    return settings


def test_replay_of_the_pack_matches_a_live_fetch_of_the_same_items(packed, govkz_settings, make_http):
    live = fetch_releases(govkz_settings, mode="live", http_client=make_http(govkz_settings.http))
    replayed = fetch_releases(packed, mode="snapshot")
    assert comparable(replayed) == comparable(live)
    assert len(replayed.releases) == 4 and replayed.max_created_at == live.max_created_at


def test_record_then_replay_gives_identical_releases(govkz_settings, make_http, fake_govkz):
    recorded = fetch_releases(govkz_settings, mode="record", http_client=make_http(govkz_settings.http))
    replayed = fetch_releases(govkz_settings, mode="snapshot")
    assert replayed.releases == recorded.releases  # raw_json included: same bytes, same parser
    assert replayed.stats["requests"] == recorded.stats["requests"]


def test_record_then_replay_with_the_cookie_challenge(govkz_settings, make_http, fake_govkz):
    fake_govkz.challenge_variant = "v1"  # v2 answers 404; that answer is recorded too
    recorded = fetch_releases(govkz_settings, mode="record", http_client=make_http(govkz_settings.http))
    assert fetch_releases(govkz_settings, mode="snapshot").releases == recorded.releases


def test_recorded_tickets_are_redacted(govkz_settings, make_http, fake_govkz):
    fetch_releases(govkz_settings, mode="record", http_client=make_http(govkz_settings.http))
    tokens = {r.headers["token"] for r in fake_govkz.requests_to("/api/v1/public/content-manager/news")}
    texts = [p.read_text(encoding="utf-8") for p in govkz_settings.snapshot_dir.glob("*.json")]
    assert tokens and not any(token in text for text in texts for token in tokens)
    assert any('"token\\": \\"REDACTED\\"' in text for text in texts)


def test_snapshot_mode_never_opens_a_socket(packed, fake_govkz):
    fetch_releases(replace(packed, base_url=fake_govkz.base_url), mode="snapshot")
    assert fake_govkz.log == []


def test_missing_recording_is_a_clear_error(packed):
    with pytest.raises(SnapshotMissing, match=r"no recorded response for GET .*projects=eq:mfa-bjs.* lang=en.*snapshot_pack"):
        fetch_releases(packed, mode="snapshot", projects=("mfa-bjs",))


def test_incremental_replay_filters_by_cursor_and_stops_early(packed):
    result = fetch_releases(packed, mode="snapshot", since=datetime(2024, 3, 7, tzinfo=timezone.utc))
    assert {(r["item_id"], r["lang"]) for r in result.releases} == {("900001", "en"), ("900001", "ru")}
    nothing_new = fetch_releases(packed, mode="snapshot", since=result.max_created_at)
    assert nothing_new.releases == []
    assert nothing_new.stats["pages"] == 2  # one page per language, no paging past the cursor


def test_pack_writes_pages_newest_first_with_the_empty_last_page(tmp_path):
    settings = GovKzSettings(page_size=1, snapshot_dir=tmp_path)
    counts = pack(AUTHORED_FIXTURES, tmp_path, settings)
    # en: 2 items -> 3 pages; ru: 2 items -> 3 pages; kk: none -> 1 empty page.
    assert counts == {"items": 3, "list_pages": 7, "details": 4}
    result = fetch_releases(settings, mode="snapshot", langs=("en",))
    assert [r["item_id"] for r in result.releases] == ["900001", "900003"]


def test_pack_is_deterministic(tmp_path):
    pack(AUTHORED_FIXTURES, tmp_path / "a")
    pack(AUTHORED_FIXTURES, tmp_path / "b")
    a = {p.name: p.read_bytes() for p in (tmp_path / "a").glob("*.json")}
    b = {p.name: p.read_bytes() for p in (tmp_path / "b").glob("*.json")}
    # challenge + list pages (en: 1 + empty, ru: 1 + empty, kk: empty) + 4 details
    assert a == b and len(a) == 1 + 5 + 4


def test_pack_refuses_a_malformed_authored_file(tmp_path):
    authored = tmp_path / "authored"
    authored.mkdir()
    (authored / "1.json").write_text(json.dumps({"id": "1", "project": "mfa"}), encoding="utf-8")
    with pytest.raises(ValueError, match=r"1\.json: id must be an integer"):
        pack(authored, tmp_path / "out")


def test_snapshot_is_the_default_mode_and_off_refuses_to_fetch(packed):
    assert len(fetch_releases(packed).releases) == 4  # no network
    with pytest.raises(ValueError, match="switched off"):
        fetch_releases(packed, mode="off")
    with pytest.raises(ValueError, match="source mode='stream'"):
        fetch_releases(packed, mode="stream")


def test_embedded_snapshot_is_up_to_date_with_the_authored_items(tmp_path):
    """Fails when authored/ changed without `python -m sources.govkz.snapshot_pack`."""
    settings = GovKzSettings()
    pack(settings.authored_dir, tmp_path)
    expected = {p.name: p.read_bytes() for p in tmp_path.glob("*.json")}
    actual = {p.name: p.read_bytes() for p in settings.snapshot_dir.glob("*.json")}
    assert actual == expected, "run `python -m sources.govkz.snapshot_pack` to regenerate snapshot/recorded/"
    authored = load_authored(settings.authored_dir)
    projects = tuple(sorted({i["project"] for i in authored} | {"mfa"}))
    releases = fetch_releases(settings, mode="snapshot", langs=("en", "ru"), projects=projects).releases
    assert len(releases) == sum(len({"en", "ru"} & set(i["translations"])) for i in authored)
