"""IMF IMTS: key building, SDMX-CSV parsing and the live client against a local server."""
from __future__ import annotations

import pytest
from trade_servers import Reply, local_client, serve

from sources.http import BadResponse
from sources.imf import ImfFormatError, ImfNoSeriesError, build_key, fetch_imts, parse_imts_csv
from sources.imf.client import ACCEPT_CSV

HEADER = ("DATAFLOW,COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIME_PERIOD,OBS_VALUE,SCALE,PRECISION,"
          "DECIMALS_DISPLAYED,TRADE_FLOW,VALUATION,UNIT,DERIVATION_TYPE,OVERLAP,STATUS\n")
# Values as the research note records them for Kazakhstan (full USD; SCALE=6 is a display hint).
ANSWER = (HEADER
          + "IMF.STA:IMTS(1.0.0),KAZ,XG_FOB_USD,PRT,A,2024,4740000,6,,,XG,FOB,USD,M,OL,\n"
          + "IMF.STA:IMTS(1.0.0),KAZ,MG_CIF_USD,PRT,A,2024,44600000,6,,,MG,CIF,USD,M,OL,\n"
          + "IMF.STA:IMTS(1.0.0),KAZ,XG_FOB_USD,G001,A,2023,78740000000,6,,,XG,FOB,USD,M,OL,\n"
          + "IMF.STA:IMTS(1.0.0),KAZ,MG_CIF_USD,G001,A,2023,,6,,,MG,CIF,USD,M,OL,\n").encode()
BASE_PATH = "/external/sdmx/2.1/data/IMF.STA,IMTS,1.0.0"
QUERY_PATH = BASE_PATH + "/KAZ.XG_FOB_USD+MG_CIF_USD.PRT+G001.A?startPeriod=2015"


def fetch(site, http):
    return fetch_imts(country="KAZ", counterparts=["PRT", "G001"], http=http, base_url=site.base_url + BASE_PATH)


def test_key_order_is_country_indicator_counterpart_frequency():
    assert build_key(country="KAZ", counterparts=["PRT", "TUR", "G001"]) == "KAZ.XG_FOB_USD+MG_CIF_USD.PRT+TUR+G001.A"
    assert build_key(country="PRT", indicators=["MG_FOB_USD"], counterparts=["KAZ"], frequency="M") == (
        "PRT.MG_FOB_USD.KAZ.M")


@pytest.mark.parametrize("kwargs", [
    {"country": "KZ", "counterparts": ["PRT"]},  # alpha-2 answers 200 with no data
    {"country": "KAZ", "counterparts": ["PT"]},
    {"country": "KAZ", "counterparts": ["PRT"], "frequency": "KAZ"},
    {"country": "KAZ", "counterparts": ["PRT"], "indicators": ["TXG_FOB_USD"]},  # the dead DOT name
    {"country": "KAZ", "counterparts": []},
])
def test_key_refuses_what_the_api_would_silently_answer_empty(kwargs):
    with pytest.raises(ValueError):
        build_key(**kwargs)


def test_parse_rows():
    rows = parse_imts_csv(ANSWER)
    assert len(rows) == 3  # the year without an observation is not a row
    exports_prt, imports_prt, world = rows
    assert (exports_prt["reporter_iso3"], exports_prt["partner_iso3"], exports_prt["year"], exports_prt["flow"],
            exports_prt["value_usd"]) == ("KAZ", "PRT", 2024, "exports", 4_740_000.0)
    assert imports_prt["flow"] == "imports" and imports_prt["value_usd"] == 44_600_000.0
    assert world["is_aggregate"] and world["partner_iso3"] is None and world["aggregate_code"] == "WORLD"
    assert world["value_usd"] == 78_740_000_000.0  # not multiplied by 10**SCALE


@pytest.mark.parametrize(("body", "error"), [
    (HEADER.encode(), ImfNoSeriesError),
    (b"", ImfNoSeriesError),
    (b"<?xml version='1.0'?><message:Error/>", ImfFormatError),
    (b"COUNTRY;INDICATOR\nKAZ;XG_FOB_USD\n", ImfFormatError),
])
def test_parse_errors(body, error):
    with pytest.raises(error):
        parse_imts_csv(body)


def test_live_fetch_sends_the_csv_accept_header():
    with serve({QUERY_PATH: [Reply(200, ANSWER, "application/vnd.sdmx.data+csv")]}) as site, local_client() as http:
        rows = fetch(site, http)
        assert site.hits_for(QUERY_PATH)[0].headers["Accept"] == ACCEPT_CSV
    assert len(rows) == 3


def test_live_answer_without_series_is_an_error():
    with serve({QUERY_PATH: [Reply(200, HEADER.encode(), "application/vnd.sdmx.data+csv")]}) as site, \
            local_client() as http, pytest.raises(ImfNoSeriesError):
        fetch(site, http)


def test_live_404_no_results_is_a_no_series_error():
    with serve({}) as site, local_client() as http, pytest.raises(ImfNoSeriesError):
        fetch(site, http)


def test_live_server_error_then_success():
    flaky = {QUERY_PATH: [Reply(503, b"busy"), Reply(200, ANSWER, "application/vnd.sdmx.data+csv")]}
    with serve(flaky) as site, local_client() as http:
        assert len(fetch(site, http)) == 3
        assert len(site.hits_for(QUERY_PATH)) == 2


def test_live_html_instead_of_csv_is_an_error():
    html = {QUERY_PATH: [Reply(200, b"<html>Access Denied</html>", "text/html")]}
    with serve(html) as site, local_client() as http, pytest.raises(ImfFormatError, match="markup"):
        fetch(site, http)


def test_live_403_names_the_probable_cause():
    with serve({QUERY_PATH: [Reply(403, b"Access Denied")]}) as site, local_client() as http:
        with pytest.raises(BadResponse, match="Akamai"):
            fetch(site, http)
