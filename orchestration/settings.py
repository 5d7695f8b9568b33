"""Every setting of diplomart: its environment variable, its default, what it means, and how it
is read. The one place that knows them (README's settings table is checked against VARIABLES).

Nothing here writes the environment. Dagster resources receive the variables as `dg.EnvVar`s
(orchestration/definitions.py) and parse them with the functions below when a run starts;
`load_settings` parses them all at once, so that `diplomart run` refuses a bad value before it
starts anything.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Mapping

from sources.govkz.settings import GovKzSettings
from sources.mode import SourceMode

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"
# The sources diplomart fetches; each has a mode of its own (DIPLOMART_<SOURCE>_MODE).
SOURCES = ("govkz", "bns", "comext")
SOURCE_NAMES = {"govkz": "gov.kz", "bns": "BNS", "comext": "Comext"}


@dataclass(frozen=True)
class Variable:
    name: str
    default: str | None  # None: unset unless the user sets it
    meaning: str


def mode_variable(source: str) -> str:
    return f"DIPLOMART_{source.upper()}_MODE"


def base_url_variable(source: str) -> str:
    return f"DIPLOMART_{source.upper()}_BASE_URL"


VARIABLES = (
    Variable("DIPLOMART_WAREHOUSE", "data/warehouse.duckdb",
             "the one file Dagster and dbt write (a relative path is read from the repository root)"),
    Variable("DIPLOMART_SERVING", None,
             "what BI tools open, read-only (default: `serving/serving.duckdb` beside the warehouse); "
             "Parquet copies in `parquet/` beside it"),
    Variable("DIPLOMART_SOURCE_MODE", "snapshot",
             "the mode of every source without a mode of its own: `snapshot` (recorded responses), `live`, "
             "`record` (live, and the answers rewrite the snapshot) or `off` (not called; its raw tables keep what they hold)"),
    *(Variable(mode_variable(s), None, f"the mode of {SOURCE_NAMES[s]} alone (default: `DIPLOMART_SOURCE_MODE`)")
      for s in SOURCES),
    Variable(base_url_variable("govkz"), "https://www.gov.kz",
             "a mirror or test server for the releases API; its host becomes the only one allowed"),
    Variable(base_url_variable("bns"), "https://stat.gov.kz",
             "a mirror or test server for stat.gov.kz; its host becomes the only one allowed"),
    Variable(base_url_variable("comext"), None,
             "a mirror or test server for the Comext DS-045409 data URL (default: Eurostat's); its host becomes the only one allowed"),
    Variable("DIPLOMART_GOVKZ_SNAPSHOT_DIR", "sources/govkz/snapshot/recorded",
             "where releases are replayed from (and recorded to)"),
    Variable("DIPLOMART_GOVKZ_REQUESTS_PER_SECOND", "1",
             "the polite rate limit towards gov.kz (`0` = none, for local servers only)"),
    Variable("DIPLOMART_GOVKZ_READ_TIMEOUT_S", "30", "read timeout of each gov.kz request (retried with backoff)"),
    Variable("DIPLOMART_GOVKZ_HISTORY_START", None,
             "the oldest publication date a full refresh fetches (`YYYY-MM-DD`); unset: everything the API serves"),
    Variable("DIPLOMART_MAX_UNPARSEABLE_SHARE", "0.25",
             "the blocking check fails (and the marts keep their last state) when more than this share of a run's "
             "releases, and more than one, is newly quarantined: a format change, not one bad item"),
    Variable("DIPLOMART_DEEP_RESCAN_EVERY_DAYS", "7",
             "every N-th night re-reads every month instead of the last 14 days, to catch older edits (`0` = never)"),
    Variable("DIPLOMART_RELEASE_POLL_SECONDS", "900", "how often `new_release_sensor` looks for new releases"),
    Variable("DIPLOMART_DAGSTER_INSTANCE", "sqlite",
             "where Dagster keeps runs, events, schedules and sensors under `make run`/`dev`: `sqlite` "
             "(`dagster.yaml`, files in `.dagster_home/`, one machine) or `postgres` (`deploy/postgres/dagster.yaml`: "
             "PostgreSQL at `DAGSTER_POSTGRES_URL`, written `postgresql+psycopg2://…`)"),
)
DEFAULTS = {v.name: v.default for v in VARIABLES}

# The Dagster instance each value of DIPLOMART_DAGSTER_INSTANCE names: the folder holding its
# dagster.yaml, which becomes DAGSTER_HOME (the Makefile maps the setting the same way).
INSTANCE_HOMES = {"sqlite": PROJECT_ROOT, "postgres": PROJECT_ROOT / "deploy" / "postgres"}
POSTGRES_URL_VARIABLE = "DAGSTER_POSTGRES_URL"
# SQLAlchemy 2.1 reads a bare postgresql:// as psycopg 3; dagster-postgres installs psycopg2.
POSTGRES_URL_SCHEME = "postgresql+psycopg2://"


@dataclass(frozen=True)
class Settings:
    warehouse: Path
    serving: Path
    modes: Mapping[str, SourceMode]
    govkz: GovKzSettings
    history_start: date | None
    max_unparseable_share: float
    deep_rescan_every_days: int
    dagster_instance: str

    @property
    def parquet_dir(self) -> Path:
        return parquet_dir(self.serving)


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Every setting, parsed; a ValueError naming the variable for a bad value."""
    env = os.environ if environ is None else environ

    def get(name: str) -> str | None:
        return env.get(name) or DEFAULTS[name]

    warehouse = absolute_path(get("DIPLOMART_WAREHOUSE"))
    return Settings(
        warehouse=warehouse,
        serving=serving_path(warehouse, get("DIPLOMART_SERVING")),
        modes={s: source_mode(get(mode_variable(s)), get("DIPLOMART_SOURCE_MODE"), source=s) for s in SOURCES},
        govkz=govkz_settings(
            base_url=get(base_url_variable("govkz")),
            snapshot_dir=get("DIPLOMART_GOVKZ_SNAPSHOT_DIR"),
            requests_per_second=get("DIPLOMART_GOVKZ_REQUESTS_PER_SECOND"),
            read_timeout_s=get("DIPLOMART_GOVKZ_READ_TIMEOUT_S"),
        ),
        history_start=optional_date(get("DIPLOMART_GOVKZ_HISTORY_START"), "DIPLOMART_GOVKZ_HISTORY_START"),
        max_unparseable_share=share(get("DIPLOMART_MAX_UNPARSEABLE_SHARE"), "DIPLOMART_MAX_UNPARSEABLE_SHARE"),
        deep_rescan_every_days=whole_number(get("DIPLOMART_DEEP_RESCAN_EVERY_DAYS"), "DIPLOMART_DEEP_RESCAN_EVERY_DAYS"),
        dagster_instance=dagster_instance(get("DIPLOMART_DAGSTER_INSTANCE"), env.get(POSTGRES_URL_VARIABLE)),
    )


# --- how each kind of value is read ---------------------------------------------------------

def source_mode(own: str | None, default: str | None, *, source: str) -> SourceMode:
    """A source's own mode when set, else the global default, else snapshot."""
    if own:
        return SourceMode.parse(own, setting=mode_variable(source))
    return SourceMode.parse(default or "snapshot", setting="DIPLOMART_SOURCE_MODE")


def absolute_path(path: str) -> Path:
    """A relative path is read from the repository root, by Python and dbt alike."""
    candidate = Path(path).expanduser()
    return candidate if candidate.is_absolute() else (PROJECT_ROOT / candidate).resolve()


def serving_path(warehouse: Path, serving: str | None) -> Path:
    return absolute_path(serving) if serving else warehouse.parent / "serving" / "serving.duckdb"


def parquet_dir(serving: Path) -> Path:
    return serving.parent / "parquet"


def govkz_settings(
    *, base_url: str | None, snapshot_dir: str | None, requests_per_second: str | None, read_timeout_s: str | None
) -> GovKzSettings:
    settings = GovKzSettings()
    if base_url and base_url.rstrip("/") != settings.base_url:
        settings = settings.pointed_at(base_url)
    if snapshot_dir:
        settings = replace(settings, snapshot_dir=absolute_path(snapshot_dir))
    if requests_per_second:
        rate = number(requests_per_second, "DIPLOMART_GOVKZ_REQUESTS_PER_SECOND")
        settings = replace(settings, http=replace(settings.http, requests_per_second=rate if rate > 0 else None))
    if read_timeout_s:
        timeout = number(read_timeout_s, "DIPLOMART_GOVKZ_READ_TIMEOUT_S")
        settings = replace(settings, http=replace(settings.http, read_timeout_s=timeout))
    return settings


def dagster_instance(value: str, postgres_url: str | None) -> str:
    """The instance's name; `postgres` needs a PostgreSQL URL that names its driver."""
    name = value.strip()
    if name not in INSTANCE_HOMES:
        raise ValueError(f"DIPLOMART_DAGSTER_INSTANCE={value!r} is none of {', '.join(INSTANCE_HOMES)}")
    if name == "postgres":
        example = f"{POSTGRES_URL_SCHEME}USER:PASSWORD@HOST:5432/DATABASE"
        if not postgres_url:
            raise ValueError(f"DIPLOMART_DAGSTER_INSTANCE=postgres needs {POSTGRES_URL_VARIABLE} ({example})")
        if not postgres_url.startswith(POSTGRES_URL_SCHEME):
            raise ValueError(f"{POSTGRES_URL_VARIABLE} must start with {POSTGRES_URL_SCHEME} ({example}): the "
                             "installed driver is psycopg2, and a bare postgresql:// asks for psycopg 3")
    return name


def dagster_home(instance: str) -> Path:
    """The folder of the instance's dagster.yaml: what DAGSTER_HOME is set to."""
    return INSTANCE_HOMES[instance]


def number(value: str, name: str) -> float:
    try:
        parsed = float(value)
    except ValueError:
        raise ValueError(f"{name}={value!r} is not a number") from None
    if parsed < 0:
        raise ValueError(f"{name}={value!r} must not be negative")
    return parsed


def share(value: str, name: str) -> float:
    parsed = number(value, name)
    if parsed > 1:
        raise ValueError(f"{name}={value!r} is a share: between 0 and 1")
    return parsed


def whole_number(value: str, name: str) -> int:
    if not value.strip().isdigit():
        raise ValueError(f"{name}={value!r} is not a whole number")
    return int(value)


def optional_date(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"{name}={value!r} is not a date (YYYY-MM-DD)") from None


if __name__ == "__main__":
    # `python -m orchestration.settings` (make dev): a bad setting is refused, named, before
    # the webserver and the daemon start.
    try:
        load_settings()
    except ValueError as error:
        raise SystemExit(f"diplomart: {error}") from None
