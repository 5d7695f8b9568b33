"""Which hosts the sources may contact, and how much they may download.

Real sockets: local servers on 127.0.0.1, reached under two host names ("localhost" and
"127.0.0.1") so that one can be allowed and the other not. A refused request must not reach
the other server at all, including when the allowed one redirects to it.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sources.bns import editions as bns
from sources.bns.editions import Edition
from sources.comext import client as comext
from orchestration.settings import load_settings
from sources.govkz import GovKzSettings, fetch_releases
from sources.http import HostNotAllowed, HttpClient, HttpSettings, ResponseTooLarge

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sources"))
from govkz_server import NEWS_PATH, FakeGovKz  # noqa: E402  (the gov.kz stand-in of the connector tests)

CAP = 64 * 1024
OVER_CAP = 2 * 1024 * 1024


@pytest.fixture
def allowed_site():
    """The allowed server: one host name of it is on the allow-list."""
    fake = FakeGovKz()
    fake.start()
    yield fake
    fake.stop()


@pytest.fixture
def other_site():
    """A second server (another port) that no client may reach."""
    fake = FakeGovKz()
    fake.start()
    yield fake
    fake.stop()


def port(fake: FakeGovKz) -> int:
    return int(fake.base_url.rsplit(":", 1)[1])


def client(**overrides) -> HttpClient:
    values = dict(allowed_hosts=frozenset({"localhost"}), allowed_schemes=frozenset({"http"}), max_retries=0,
                  requests_per_second=None, connect_timeout_s=2.0, read_timeout_s=5.0, max_response_bytes=CAP)
    return HttpClient(HttpSettings(**{**values, **overrides}))


def test_only_the_allowed_host_name_is_contacted(allowed_site, other_site):
    with client() as http:
        assert http.request("GET", f"http://localhost:{port(allowed_site)}/echo").status == 200
        # The same machine under a name that is not on the list: refused before connecting.
        with pytest.raises(HostNotAllowed):
            http.request("GET", f"http://127.0.0.1:{port(allowed_site)}/echo")
        with pytest.raises(HostNotAllowed):
            http.request("GET", f"http://127.0.0.1:{port(other_site)}/echo")
        with pytest.raises(HostNotAllowed):
            http.request("GET", f"https://localhost:{port(allowed_site)}/echo")  # scheme not allowed either
    assert len(allowed_site.log) == 1
    assert other_site.log == []


@pytest.mark.parametrize("target", [
    "http://127.0.0.1:{other}/echo",  # another host name
    "http://169.254.169.254/latest/meta-data/",  # cloud metadata address
    "https://localhost:{other}/echo",  # allowed host, refused scheme
    "file:///etc/passwd",
    "ftp://localhost/",
])
def test_redirects_off_the_allow_list_are_refused(allowed_site, other_site, target):
    location = target.format(other=port(other_site))
    with client() as http, pytest.raises(HostNotAllowed):
        http.request("GET", f"http://localhost:{port(allowed_site)}/redirect", params={"to": location})
    assert [r.path for r in allowed_site.log] == ["/redirect"]
    assert other_site.log == []


def test_a_govkz_mirror_redirecting_elsewhere_is_refused_mid_fetch(allowed_site, other_site):
    """DIPLOMART_GOVKZ_BASE_URL allows exactly its own host; a redirect off it stops the run."""
    allowed_site.add({"id": 1, "project": "mfa", "created_date": "2024-03-07T09:30:00Z",
                      "translations": {"en": {"title": "t", "body": "<p>b</p>"}}})
    allowed_site.inject(NEWS_PATH, "redirect", location=f"http://127.0.0.1:{port(other_site)}{NEWS_PATH}")
    settings = load_settings({"DIPLOMART_GOVKZ_BASE_URL": f"http://localhost:{port(allowed_site)}",
                              "DIPLOMART_GOVKZ_REQUESTS_PER_SECOND": "0"}).govkz
    assert settings.http.allowed_hosts == frozenset({"localhost"})
    with pytest.raises(HostNotAllowed, match="127.0.0.1"):
        fetch_releases(settings, mode="live", projects=("mfa",), langs=("en",))
    assert other_site.log == []


def test_every_source_client_is_restricted_to_its_own_https_host():
    expected = {
        "govkz": (GovKzSettings().http, {"www.gov.kz"}),
        "bns": (bns.make_http_client().settings, {"stat.gov.kz"}),
        "comext": (comext.make_http_client().settings, {"ec.europa.eu"}),
    }
    for name, (settings, hosts) in expected.items():
        assert settings.allowed_hosts == frozenset(hosts), name
        assert settings.allowed_schemes == frozenset({"https"}), name


def test_default_source_clients_refuse_a_local_address_without_connecting(allowed_site):
    base = allowed_site.base_url
    with pytest.raises(HostNotAllowed):
        fetch_releases(GovKzSettings(base_url=base), mode="live", projects=("mfa",), langs=("en",))
    with pytest.raises(HostNotAllowed):
        bns.list_editions("live", years=[2023], site=base)
    with pytest.raises(HostNotAllowed):
        bns.load_edition(Edition(year=2023, source_file="x", url=f"{base}/file.xls"), "live")
    with pytest.raises(HostNotAllowed):
        comext.load_comext("live", base_url=f"{base}/comext")
    assert allowed_site.log == []


# --- size caps ---------------------------------------------------------------------------------

def test_every_source_client_has_a_finite_size_cap():
    for name, settings in {
        "govkz": GovKzSettings().http,
        "govkz via DIPLOMART_GOVKZ_BASE_URL": load_settings({"DIPLOMART_GOVKZ_BASE_URL": "http://localhost:1"}).govkz.http,
        "bns": bns.make_http_client().settings,
        "comext": comext.make_http_client().settings,
    }.items():
        assert 0 < settings.max_response_bytes <= 64 * 1024 * 1024, name


DOWNLOADS = {
    "govkz list page": lambda http, base: fetch_releases(
        GovKzSettings(base_url=base, http=http.settings), mode="live", projects=("mfa",), langs=("en",), http_client=http),
    "bns listing page": lambda http, base: bns.list_editions("live", http=http, years=[2023], site=base),
    "bns workbook": lambda http, base: bns.load_edition(Edition(year=2023, source_file="x", url=f"{base}/file.xls"), "live", http=http),
    "comext csv": lambda http, base: comext.load_comext("live", http=http, base_url=f"{base}/comext"),
}


@pytest.mark.parametrize("declare_length", [True, False], ids=["declared", "streamed"])
@pytest.mark.parametrize("download", sorted(DOWNLOADS))
def test_every_download_stops_at_the_size_cap(download, declare_length):
    fake = FakeGovKz()
    fake.start()
    try:
        # Every path answers with OVER_CAP bytes (with or without Content-Length). The
        # challenge answers normally so that gov.kz reaches its list page.
        fake.inject("/api/v1/public/content-manager", "big", times=100, size=OVER_CAP, declare_length=declare_length)
        fake.inject("/", "big", times=0 if download == "govkz list page" else 100, size=OVER_CAP, declare_length=declare_length)
        with client(allowed_hosts=frozenset({"127.0.0.1"})) as http:
            with pytest.raises(ResponseTooLarge, match=f"{CAP}"):
                DOWNLOADS[download](http, fake.base_url)
            assert http.counts["bytes"] <= CAP
    finally:
        fake.stop()
