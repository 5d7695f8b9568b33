"""BNS live discovery and download against a local stat.gov.kz over real sockets."""
from __future__ import annotations

from pathlib import Path

import pytest
from trade_servers import Reply, local_client, serve
from workbooks import as_xlsx

from sources.bns import list_editions, load_edition, parse_workbook
from sources.bns.editions import FILE_PATH, LISTING_PATH
from sources.bns.listing import annual_editions, parse_listing
from sources.http import BadResponse, HostNotAllowed

SNAPSHOT = Path(__file__).resolve().parents[2] / "sources" / "bns" / "snapshot"
WORKBOOK_2023 = (SNAPSHOT / "bns_trade_by_country_2023.xls").read_bytes()


def listing_row(element_id: int, title: str, released: str) -> str:
    # The shape of a row on the stat.gov.kz spreadsheet listing.
    return (f'<div class="divTableRow" id="bx_3218110189_{element_id}">'
            f'<div class="divTableCell"><a href="/api/iblock/element/{element_id}/file/ru/">{title}</a></div>'
            f'<div class="divTableCell text-right">{released}</div></div>')


def listing_page(*rows: str) -> bytes:
    return ("<html><body><div class=\"divTable\">" + "".join(rows) + "</div></body></html>").encode("utf-8")


PAGE_2024 = listing_page(
    listing_row(101, "Основные показатели внешней торговли Республики Казахстан по странам (январь-декабрь 2023г.)",
                "15.02.2024"),
    listing_row(102, "Основные показатели внешней торговли Республики Казахстан по странам (2023г.)", "25.07.2024"),
    listing_row(103, "Основные показатели внешней торговли по странам (январь-март 2024г.)", "15.05.2024"),
)
PAGE_2025 = listing_page(
    listing_row(201, "Основные показатели внешней торговли по странам (январь-декабрь 2024г.)", "14.02.2025"),
)


def routes(**extra):
    return {
        LISTING_PATH.format(year=2024): [Reply(200, PAGE_2024, "text/html")],
        LISTING_PATH.format(year=2025): [Reply(200, PAGE_2025, "text/html")],
        FILE_PATH.format(element_id=102): [Reply(200, WORKBOOK_2023, "application/vnd.ms-excel")],
        **extra,
    }


def test_listing_parser_prefers_the_final_edition_and_skips_partial_years():
    editions = annual_editions(parse_listing(PAGE_2024.decode() + PAGE_2025.decode()))
    assert {y: (e.entry.element_id, e.final) for y, e in editions.items()} == {2023: (102, True), 2024: (201, False)}
    assert str(editions[2023].entry.released) == "2024-07-25"


def test_live_discovery_download_and_parse_use_the_snapshot_parser():
    with serve(routes()) as site, local_client() as http:
        editions = list_editions("live", http=http, years=[2024, 2025], site=site.base_url)
        assert [(e.year, e.final) for e in editions] == [(2023, True), (2024, False)]
        final = editions[0]
        assert final.url == site.base_url + "/api/iblock/element/102/file/ru/"
        content = load_edition(final, "live", http=http)
    rows = parse_workbook(content, edition_year=final.year, source_file=final.source_file).rows
    (portugal,) = [r for r in rows if r["period_year"] == 2023 and r["partner_iso3"] == "PRT"]
    assert round(portugal["turnover_usd"] / 1000, 1) == 50679.8
    assert portugal["source_file"] == final.url


def test_record_mode_writes_the_download_into_the_snapshot(tmp_path):
    with serve(routes()) as site, local_client() as http:
        (edition, _) = list_editions("record", http=http, years=[2024, 2025], site=site.base_url)
        load_edition(edition, "record", http=http, snapshot_dir=tmp_path)
    assert (tmp_path / "bns_trade_by_country_2023.xls").read_bytes() == WORKBOOK_2023
    assert [e.year for e in list_editions("snapshot", snapshot_dir=tmp_path)] == [2023]


def test_server_error_then_success_is_retried():
    file_path = FILE_PATH.format(element_id=102)
    flaky = {file_path: [Reply(500, b"oops"), Reply(200, WORKBOOK_2023, "application/vnd.ms-excel")]}
    with serve(routes(**flaky)) as site, local_client() as http:
        (edition, _) = list_editions("live", http=http, years=[2024, 2025], site=site.base_url)
        assert load_edition(edition, "live", http=http) == WORKBOOK_2023
        assert len(site.hits_for(file_path)) == 2


def test_html_instead_of_a_workbook_is_an_error():
    file_path = FILE_PATH.format(element_id=102)
    html = {file_path: [Reply(200, b"<!DOCTYPE html><html>Element not found</html>", "text/html")]}
    with serve(routes(**html)) as site, local_client() as http:
        (edition, _) = list_editions("live", http=http, years=[2024, 2025], site=site.base_url)
        with pytest.raises(BadResponse, match="did not return a workbook"):
            load_edition(edition, "live", http=http)


def test_missing_listing_page_is_an_error_not_an_empty_list():
    with serve(routes()) as site, local_client() as http:
        with pytest.raises(BadResponse, match="HTTP 404"):
            list_editions("live", http=http, years=[2019], site=site.base_url)


def test_listing_without_an_annual_edition_is_an_error():
    empty = {LISTING_PATH.format(year=2024): [Reply(200, listing_page(), "text/html")]}
    with serve(empty) as site, local_client() as http:
        with pytest.raises(LookupError, match="no annual BNS edition"):
            list_editions("live", http=http, years=[2024], site=site.base_url)


def test_an_xlsx_download_reads_like_the_xls_of_the_same_edition():
    file_path = FILE_PATH.format(element_id=102)
    xlsx = {file_path: [Reply(200, as_xlsx(WORKBOOK_2023), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]}
    with serve(routes(**xlsx)) as site, local_client() as http:
        (edition, _) = list_editions("live", http=http, years=[2024, 2025], site=site.base_url)
        content = load_edition(edition, "live", http=http)
    assert content.startswith(b"PK\x03\x04")
    rows = parse_workbook(content, edition_year=2023, source_file=edition.source_file).rows
    assert rows == parse_workbook(WORKBOOK_2023, edition_year=2023, source_file=edition.source_file).rows


def test_default_client_refuses_hosts_other_than_stat_gov_kz():
    with serve(routes()) as site:
        with pytest.raises(HostNotAllowed):
            list_editions("live", years=[2024], site=site.base_url)
