"""The Comext client against a local SDMX endpoint over real sockets."""
from __future__ import annotations

from datetime import date
from urllib.parse import urlsplit

import pytest
from trade_servers import Reply, local_client, serve

from sources.comext import ComextFormatError, build_url, load_comext
from sources.http import BadResponse

ANSWER = b"""DATAFLOW,LAST UPDATE,freq,reporter,partner,product,flow,indicators,TIME_PERIOD,OBS_VALUE,OBS_FLAG
ESTAT:DS-045409(1.0),15/10/24 11:00:00,M,PT,KZ,TOTAL,1,VALUE_IN_EUROS,2023-01,1520,
ESTAT:DS-045409(1.0),15/10/24 11:00:00,M,PT,KZ,TOTAL,2,VALUE_IN_EUROS,2023-01,958211,
ESTAT:DS-045409(1.0),15/10/24 11:00:00,M,PT,KZ,TOTAL,2,VALUE_IN_EUROS,2023-02,1172264,
"""
HEADER_ONLY = ANSWER.splitlines(keepends=True)[0]
BASE_PATH = "/eurostat/api/comext/dissemination/sdmx/2.1/data/DS-045409"
QUERY_PATH = BASE_PATH + "/M.PT.KZ.TOTAL.1+2.VALUE_IN_EUROS?format=SDMX-CSV&startPeriod=2019-01"


def fetch(site, http, **kwargs):
    return load_comext("live", reporters=["PT"], http=http, base_url=site.base_url + BASE_PATH, **kwargs)


def test_build_url_follows_the_documented_key():
    assert build_url(["PT"], start_period=None) == (
        "https://ec.europa.eu/eurostat/api/comext/dissemination/sdmx/2.1/data/DS-045409/"
        "M.PT.KZ.TOTAL.1+2.VALUE_IN_EUROS?format=SDMX-CSV")
    assert urlsplit(build_url(["PT", "DE", "EU27_2020"])).path.endswith("/M.PT+DE+EU27_2020.KZ.TOTAL.1+2.VALUE_IN_EUROS")
    with pytest.raises(ValueError, match="GR"):
        build_url(["EL"])  # Comext itself writes Greece GR


def test_live_answer_becomes_rows():
    with serve({QUERY_PATH: [Reply(200, ANSWER, "text/csv")]}) as site, local_client() as http:
        rows = fetch(site, http)
        assert site.hits_for(QUERY_PATH)[0].headers["Accept"] == "text/csv"
    assert [(r["flow"], r["period_month"], r["value"]) for r in rows] == [
        ("imports", date(2023, 1, 1), 1520.0), ("exports", date(2023, 1, 1), 958211.0),
        ("exports", date(2023, 2, 1), 1172264.0)]
    assert {r["reporter_iso3"] for r in rows} == {"PRT"}


def test_server_error_then_success():
    flaky = {QUERY_PATH: [Reply(500, b"busy"), Reply(200, ANSWER, "text/csv")]}
    with serve(flaky) as site, local_client() as http:
        assert len(fetch(site, http)) == 3
        assert len(site.hits_for(QUERY_PATH)) == 2


def test_html_instead_of_csv_is_an_error():
    html = {QUERY_PATH: [Reply(200, b"<html><body>Maintenance</body></html>", "text/html")]}
    with serve(html) as site, local_client() as http, pytest.raises(ComextFormatError, match="markup"):
        fetch(site, http)


def test_garbage_body_is_an_error():
    garbage = {QUERY_PATH: [Reply(200, b"\x00\x01\x02 not csv at all", "application/octet-stream")]}
    with serve(garbage) as site, local_client() as http, pytest.raises(ComextFormatError):
        fetch(site, http)


def test_answer_without_observations_is_an_error():
    with serve({QUERY_PATH: [Reply(200, HEADER_ONLY, "text/csv")]}) as site, local_client() as http:
        with pytest.raises(ComextFormatError, match="no observations"):
            fetch(site, http)


def test_client_error_is_raised_with_its_status():
    with serve({}) as site, local_client() as http, pytest.raises(BadResponse, match="HTTP 404"):
        fetch(site, http)


def test_record_then_replay(tmp_path):
    with serve({QUERY_PATH: [Reply(200, ANSWER, "text/csv")]}) as site, local_client() as http:
        live = load_comext("record", reporters=["PT"], http=http, base_url=site.base_url + BASE_PATH,
                           snapshot_dir=tmp_path)
    assert load_comext("snapshot", snapshot_dir=tmp_path) == live
