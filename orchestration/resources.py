"""Dagster resources: the warehouse file and one client per source.

Their fields are the settings of orchestration/settings.py, given as `dg.EnvVar`s by
orchestration/definitions.py: read when a run starts, shown by name in the UI. Each source
resource knows its mode (its own setting, else the global default) and counts its retries,
so that a run can say per source what happened.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Callable, ClassVar, Iterator

import dagster as dg
import duckdb
from pydantic import PrivateAttr, field_validator

from orchestration import settings as config
from orchestration import warehouse
from sources.http import HttpClient, HttpSettings, restricted_to
from sources.mode import SourceMode


class WarehouseResource(dg.ConfigurableResource):
    """The DuckDB warehouse. Only one process may write it at a time: every
    asset that uses this resource runs in the `duckdb_writer` pool (limit 1)."""

    database: str
    """DIPLOMART_WAREHOUSE, made absolute (a relative path is read from the repository root)."""

    @field_validator("database")
    @classmethod
    def _absolute(cls, value: object) -> object:
        # Runs again on the value an EnvVar resolves to when a run starts.
        return str(config.absolute_path(value)) if isinstance(value, str) else value

    @property
    def path(self) -> Path:
        return Path(self.database)

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        # dbt, a child process of the step, reads the warehouse from this variable
        # (dbt_project/profiles.yml) relative to its own folder: hand it the absolute path this
        # run resolved, so that both write the same file whatever the variable said.
        os.environ["DIPLOMART_WAREHOUSE"] = str(self.path)

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with warehouse.connect(self.path) as connection:
            yield connection


class SourceResource(dg.ConfigurableResource):
    """What every source shares: a mode and a base URL (a mirror or a test server)."""

    SOURCE: ClassVar[str]

    mode: str | None = None
    """This source's own mode (DIPLOMART_<SOURCE>_MODE); unset: `default_mode`."""
    default_mode: str = "snapshot"
    """The global default (DIPLOMART_SOURCE_MODE)."""
    base_url: str | None = None

    _http: HttpClient | None = PrivateAttr(default=None)

    @property
    def source_mode(self) -> SourceMode:
        return config.source_mode(self.mode, self.default_mode, source=self.SOURCE)

    @property
    def is_off(self) -> bool:
        return self.source_mode is SourceMode.OFF

    @property
    def retries(self) -> int:
        return self._http.counts["retries"] if self._http is not None else 0

    def http_settings(self) -> HttpSettings:
        raise NotImplementedError

    def http(self) -> HttpClient:
        """One client for the whole step: one rate limit, one retry count."""
        if self._http is None:
            self._http = HttpClient(self.http_settings())
        return self._http

    def teardown_after_execution(self, context: dg.InitResourceContext) -> None:
        if self._http is not None:
            self._http.close()


class GovKzResource(SourceResource):
    """Press releases from the gov.kz content-manager API (or its recorded snapshot)."""

    SOURCE: ClassVar[str] = "govkz"

    snapshot_dir: str | None = None
    requests_per_second: str | None = None
    read_timeout_s: str | None = None
    history_start: str | None = None
    max_unparseable_share: str = config.DEFAULTS["DIPLOMART_MAX_UNPARSEABLE_SHARE"]

    def settings(self):
        return config.govkz_settings(
            base_url=self.base_url, snapshot_dir=self.snapshot_dir,
            requests_per_second=self.requests_per_second, read_timeout_s=self.read_timeout_s,
        )

    @property
    def oldest_date(self) -> date | None:
        return config.optional_date(self.history_start, "DIPLOMART_GOVKZ_HISTORY_START")

    @property
    def unparseable_share_limit(self) -> float:
        return config.share(self.max_unparseable_share, "DIPLOMART_MAX_UNPARSEABLE_SHARE")

    def http_settings(self) -> HttpSettings:
        return self.settings().http

    def fetch(
        self,
        *,
        since: datetime | None,
        until: datetime | None = None,
        progress: Callable[[dict[str, int]], None] | None = None,
    ):
        from sources.govkz import fetch_releases  # keeps Dagster's import of the code location light

        return fetch_releases(
            self.settings(), mode=self.source_mode, since=since, until=until, langs=LANGS, projects=PROJECTS,
            http_client=self.http() if self.source_mode.calls_the_source else None, progress=progress,
        )


# Embassies publish as their own projects and often re-report the ministry's
# meetings; the warehouse deduplicates those into one event.
PROJECTS = ("mfa", "mfa-istanbul", "mfa-bjs")
LANGS = ("en", "ru")


class BnsResource(SourceResource):
    """The BNS annual editions of trade by country (stat.gov.kz or the snapshot)."""

    SOURCE: ClassVar[str] = "bns"

    def http_settings(self) -> HttpSettings:
        from sources.bns.editions import ALLOWED_HOSTS, SITE

        settings = HttpSettings(allowed_hosts=ALLOWED_HOSTS)
        return restricted_to(settings, self.base_url) if self.base_url and self.base_url != SITE else settings

    def list_editions(self):
        from sources.bns import list_editions
        from sources.bns.editions import SITE

        if not self.source_mode.calls_the_source:
            return list_editions(self.source_mode)
        return list_editions(self.source_mode, http=self.http(), site=(self.base_url or SITE).rstrip("/"))

    def load_edition(self, edition) -> bytes:
        from sources.bns import load_edition

        http = self.http() if self.source_mode.calls_the_source else None
        return load_edition(edition, self.source_mode, http=http)


class ComextResource(SourceResource):
    """EU members' monthly exports to Kazakhstan (Eurostat Comext or the snapshot)."""

    SOURCE: ClassVar[str] = "comext"

    def http_settings(self) -> HttpSettings:
        from sources.comext.client import ALLOWED_HOSTS

        settings = HttpSettings(allowed_hosts=ALLOWED_HOSTS)
        return restricted_to(settings, self.base_url) if self.base_url else settings

    def load(self, *, start_period: str) -> list[dict]:
        from sources.comext import load_comext
        from sources.comext.client import BASE_URL

        if not self.source_mode.calls_the_source:
            return load_comext(self.source_mode, start_period=start_period)
        return load_comext(self.source_mode, start_period=start_period, http=self.http(),
                           base_url=self.base_url or BASE_URL)
