"""Release HTML is data: parsed, never executed or rendered, and inert all the way to the marts.

A release whose title and body carry <script>, <img onerror>, javascript: links, CSS imports
and SQL payloads goes through the real release path of the nightly job (snapshot mode:
fetch, Pandera, landing, extraction, dbt build of the release marts, publish). Every
resource the HTML points at is a local canary server: nothing may ever request it.
"""
from __future__ import annotations

import ast
import json
import sys
from datetime import datetime, timezone
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from orchestration.definitions import build_definitions
from orchestration.partitions import full_history_tags
from orchestration.settings import load_settings
from sources.govkz.parser import normalise_text
from sources.govkz.snapshot_pack import pack

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sources"))
from trade_servers import serve  # noqa: E402  (a local server that records every hit)

ROOT = Path(__file__).resolve().parents[2]
SQL_TITLE_PAYLOAD = "Robert'); DROP TABLE raw.press_release_versions; -- \" OR 1=1; --"
SQL_BODY_PAYLOAD = "'); DROP TABLE marts.dim_country; --"
RELEASE_MARTS = ("dim_press_release", "fct_diplomatic_event", "fct_agreement", "fct_trade_reported")
# What would execute, fetch or render HTML or JavaScript; none of it may be imported.
BROWSER_MODULES = frozenset({"selenium", "playwright", "pyppeteer", "requests_html", "js2py", "dukpy",
                             "py_mini_racer", "execjs", "quickjs", "webbrowser", "weasyprint", "pdfkit", "imgkit"})


def hostile_items(canary: str) -> list[dict]:
    body = (
        "<p>On 4 June, Deputy Minister of Foreign Affairs of Kazakhstan Alibek Bakayev met with the "
        "Ambassador of Portugal to Kazakhstan.</p>"
        f"<script src=\"{canary}/script.js\">fetch('{canary}/inline'); document.write('INJECTED')</script>"
        f"<p><img src=\"{canary}/img.png\" onerror=\"fetch('{canary}/onerror')\"> "
        f"<a href=\"javascript:fetch('{canary}/js')\">Read more</a></p>"
        f"<p>The parties discussed {SQL_BODY_PAYLOAD} cooperation in agriculture.</p>"
        f"<iframe src=\"{canary}/frame\">framed</iframe><style>@import url({canary}/style.css);</style>"
        f"<link rel=\"stylesheet\" href=\"{canary}/link.css\"><object data=\"{canary}/object\"></object>"
        "<p>For reference: in 2023, trade turnover between Kazakhstan and Portugal amounted to 50.5 million US dollars.</p>"
    )
    return [
        {"id": 970001, "project": "mfa", "created_date": "2024-06-05T08:00:00Z", "updated_date": None,
         "translations": {"en": {"title": f"<script>alert(1)</script> {SQL_TITLE_PAYLOAD}", "body": body}}},
        {"id": 970002, "project": "mfa", "created_date": "2024-06-06T08:00:00Z", "updated_date": None,
         "translations": {"en": {"title": "Kazakhstan and Portugal hold consultations",
                                 "body": "<p>On 5 June, Deputy Minister of Foreign Affairs of Kazakhstan Alibek "
                                         "Bakayev met with the Ambassador of Portugal to Kazakhstan.</p>"}}},
    ]


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    with serve({}) as canary, pytest.MonkeyPatch.context() as env:
        authored, recorded = root / "authored", root / "recorded"
        authored.mkdir()
        items = hostile_items(canary.base_url)
        for item in items:
            (authored / f"{item['id']}.json").write_text(json.dumps(item), encoding="utf-8")
        pack(authored, recorded, projects=("mfa", "mfa-istanbul", "mfa-bjs"))
        env.setenv("DIPLOMART_GOVKZ_SNAPSHOT_DIR", str(recorded))
        settings = load_settings({"DIPLOMART_WAREHOUSE": str(root / "warehouse.duckdb"), "DIPLOMART_SOURCE_MODE": "snapshot"})
        defs = build_definitions(settings)
        job = defs.resolve_job_def("nightly_refresh")
        graph = defs.resolve_asset_graph()
        # The release marts and everything they are built from (dbt tests included), then publish.
        wanted = dg.AssetSelection.assets(*[dg.AssetKey(["marts", m]) for m in RELEASE_MARTS]).upstream()
        keys = [k for k in wanted.resolve(graph) if k in job.asset_layer.executable_asset_keys
                and (k.path[0] != "raw" or k.path[-1] in ("press_release_versions", "release_facts", "release_extractions"))]
        keys.append(dg.AssetKey(["serving", "published_marts"]))
        result = job.execute_in_process(instance=dg.DagsterInstance.ephemeral(), raise_on_error=False,
                                        asset_selection=keys, tags=full_history_tags(datetime.now(timezone.utc)))
        hits = list(canary.hits)
    return settings, result, items, hits


def test_the_hostile_release_flows_through_the_pipeline(hostile_run):
    _, result, _, _ = hostile_run
    failures = [e.message for e in result.all_events if e.is_failure]
    assert result.success, failures


def test_nothing_the_html_points_at_was_ever_requested(hostile_run):
    *_, hits = hostile_run
    assert hits == []


def test_raw_html_is_kept_verbatim_and_its_text_has_no_script(hostile_run):
    settings, _, items, _ = hostile_run
    connection = duckdb.connect(str(settings.warehouse), read_only=True)
    try:
        body_html, body_text, title = connection.execute(
            "select body_html, body_text, title from raw.press_release_versions where item_id = '970001'").fetchone()
    finally:
        connection.close()
    assert body_html == items[0]["translations"]["en"]["body"]  # stored as data, nothing dropped
    assert title == normalise_text(items[0]["translations"]["en"]["title"])
    assert SQL_BODY_PAYLOAD in body_text and "Read more" in body_text  # text preserved
    for executable in ("fetch(", "INJECTED", "<script", "onerror", "javascript:", "@import"):
        assert executable not in body_text, executable  # script and style content dropped, tags gone


def test_payloads_reach_the_marts_as_inert_text_and_drop_nothing(hostile_run):
    settings, _, items, _ = hostile_run
    for database in (settings.warehouse, settings.serving):
        connection = duckdb.connect(str(database), read_only=True)
        try:
            tables = {(s, t) for s, t in connection.execute(
                "select table_schema, table_name from information_schema.tables").fetchall()}
            title = connection.execute(
                "select title from marts.dim_press_release where item_id = '970001'").fetchone()[0]
            events = connection.execute(
                "select count(*) from marts.fct_diplomatic_event where first_release_url like '%/970001?%' "
                "or first_release_url like '%/970002?%'").fetchone()[0]
            countries = connection.execute("select count(*) from marts.dim_country").fetchone()[0]
            quoted = connection.execute(
                "select value_usd::bigint from marts.fct_trade_reported where release_url like '%/970001?%' "
                "and metric = 'turnover' and year = 2023").fetchall()
        finally:
            connection.close()
        assert title == normalise_text(items[0]["translations"]["en"]["title"]), database
        assert SQL_TITLE_PAYLOAD in title and "<script>alert(1)</script>" in title
        assert events >= 1 and countries > 200 and quoted == [(50_500_000,)], database
        assert ("marts", "dim_country") in tables
        if database == settings.warehouse:
            assert ("raw", "press_release_versions") in tables


def test_no_product_code_imports_a_browser_or_javascript_engine():
    found = []
    for directory in ("sources", "extraction", "orchestration", "schemas"):
        for path in (ROOT / directory).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                         else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
                found += [f"{path.relative_to(ROOT)}: {n}" for n in names if n.split(".")[0] in BROWSER_MODULES]
    assert not found
