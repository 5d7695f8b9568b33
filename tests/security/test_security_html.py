"""Release HTML is data: parsed, never executed or rendered, and inert all the way to the marts.

The reliability suite's incremental run (tests/reliability/reliability_support.py) adds,
among its new releases, a hostile one: <script>, <img onerror>, javascript: links, CSS
@import, <iframe>, <object>, and SQL payloads in title and body. It goes through the real
nightly refresh (snapshot mode via DIPLOMART_GOVKZ_SNAPSHOT_DIR: fetch, Pandera, landing,
extraction, dbt build and tests, publish). Every resource the HTML points at is a local
canary server that must never be requested.
"""
from __future__ import annotations

import ast
from pathlib import Path

import duckdb

import reliability_support as support
from sources.govkz.parser import title_text

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = str(support.HOSTILE_ID)
# What would execute, fetch or render HTML or JavaScript; none of it may be imported.
BROWSER_MODULES = frozenset({"selenium", "playwright", "pyppeteer", "requests_html", "js2py", "dukpy",
                             "py_mini_racer", "execjs", "quickjs", "webbrowser", "weasyprint", "pdfkit", "imgkit"})


def test_the_hostile_release_flows_through_the_pipeline(incremental):
    outcome = incremental["outcome"]
    assert outcome.success, outcome.failures
    assert outcome.metadata("raw/press_release_versions")["rejected"] == 0


def test_nothing_the_html_points_at_was_ever_requested(incremental):
    assert incremental["canary_hits"] == []


def test_raw_html_is_kept_verbatim_and_its_text_has_no_script(incremental):
    settings, hostile = incremental["settings"], incremental["hostile"]
    connection = duckdb.connect(str(settings.warehouse), read_only=True)
    try:
        body_html, body_text, title = connection.execute(
            "select body_html, body_text, title from raw.press_release_versions where item_id = ?", [HOSTILE]).fetchone()
    finally:
        connection.close()
    assert body_html == hostile["translations"]["en"]["body"]  # stored as data, nothing dropped
    assert title == title_text(hostile["translations"]["en"]["title"])
    assert "<script" not in title and "alert(1)" not in title and support.SQL_TITLE_PAYLOAD in title
    assert support.SQL_BODY_PAYLOAD in body_text and "Read more" in body_text  # text preserved
    for executable in ("fetch(", "INJECTED", "<script", "onerror", "javascript:", "@import", "<iframe"):
        assert executable not in body_text, executable  # script and style content dropped, tags gone


def test_payloads_reach_the_marts_as_inert_text_and_drop_nothing(incremental):
    settings, hostile = incremental["settings"], incremental["hostile"]
    # The title's markup is dropped with what its script held; the SQL payload stays, as text.
    expected_title = title_text(hostile["translations"]["en"]["title"])
    assert expected_title == support.SQL_TITLE_PAYLOAD.strip()
    for database in (settings.warehouse, settings.serving):
        connection = duckdb.connect(str(database), read_only=True)
        try:
            tables = {(s, t) for s, t in connection.execute(
                "select table_schema, table_name from information_schema.tables").fetchall()}
            title = connection.execute("select title from marts.dim_press_release where item_id = ?", [HOSTILE]).fetchone()[0]
            events = connection.execute(
                "select count(*) from marts.fct_diplomatic_event where first_release_url like ?", [f"%/{HOSTILE}?%"]).fetchone()[0]
            quoted = connection.execute(
                "select value_usd::bigint from marts.fct_trade_reported where release_url like ? "
                "and metric = 'turnover' and year = 2023", [f"%/{HOSTILE}?%"]).fetchall()
            counts = {t: connection.execute(f'select count(*) from marts."{t}"').fetchone()[0]
                      for s, t in tables if s == "marts"}
        finally:
            connection.close()
        assert title == expected_title, database
        assert events == 1 and quoted == [(50_500_000,)], database
        # Nothing was dropped or emptied: every mart of the baseline is there, with rows.
        assert set(counts) >= set(incremental["marts_before"]) and all(counts.values()), counts
        if database == settings.warehouse:
            assert {("raw", "press_release_versions"), ("raw", "release_facts")} <= tables


def test_no_product_code_imports_a_browser_or_javascript_engine():
    found = []
    for directory in ("sources", "extraction", "orchestration", "schemas"):
        for path in (ROOT / directory).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                         else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
                found += [f"{path.relative_to(ROOT)}: {n}" for n in names if n.split(".")[0] in BROWSER_MODULES]
    assert not found
