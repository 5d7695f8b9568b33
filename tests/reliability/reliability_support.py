"""Helpers shared by the reliability tests: fingerprints, refresh runners, temp snapshots,
processes, and the fault ledger that docs/reliability.md is generated from.

Kept out of any test_*.py so pytest does not collect it; module name unique across tests/
because the test directories are not packages (pytest's prepend import mode).
"""
from __future__ import annotations

import contextlib
import copy
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator

import dagster as dg
import duckdb
import pytest

from orchestration.definitions import build_definitions
from orchestration.partitions import full_history_tags
from orchestration.run import execute_full_refresh
from orchestration.settings import PROJECT_ROOT, Settings, load_settings
from sources.govkz.settings import GovKzSettings
from sources.govkz.snapshot_pack import pack

VENV_BIN = Path(sys.executable).parent
AUTHORED_DIR = GovKzSettings().authored_dir
# Load timestamps differ between runs by design; everything else must not.
MART_VOLATILE = re.compile(r"(loaded|fetched|extracted|published|built)_at")
RAW_VOLATILE = re.compile(r"^(first_fetched_at|extracted_at|loaded_at|rejected_at|discovered_at|updated_at)$")
RAW_TABLES = (
    "press_release_versions", "release_facts", "release_extractions", "rejected_records",
    "bns_trade_by_country", "bns_editions", "comext_eu_exports",
)


# --- fingerprints ---------------------------------------------------------------------------

def _table_fingerprint(connection, schema: str, table: str, volatile: re.Pattern) -> tuple[int, str]:
    columns = [c for (c,) in connection.execute(
        "select column_name from information_schema.columns where table_schema = ? and table_name = ? "
        "order by ordinal_position", [schema, table]).fetchall() if not volatile.search(c)]
    column_list = ", ".join(f'"{c}"' for c in columns)
    # Identifiers come from the catalog of our own file, never from a source.
    rows, digest = connection.execute(
        f"select count(*), md5(coalesce(string_agg(r, chr(10) order by r), '')) "
        f'from (select row({column_list})::varchar as r from {schema}."{table}")'
    ).fetchone()
    return int(rows), digest


def mart_fingerprints(database: Path) -> dict[str, tuple[int, str]]:
    """Row count and content checksum of every table in `marts`, ignoring load timestamps
    (the same definition as tests/e2e/test_pipeline.py)."""
    connection = duckdb.connect(str(database), read_only=True)
    try:
        tables = [t for (t,) in connection.execute(
            "select table_name from information_schema.tables where table_schema = 'marts' "
            "and table_type = 'BASE TABLE' order by 1").fetchall()]
        return {t: _table_fingerprint(connection, "marts", t, MART_VOLATILE) for t in tables}
    finally:
        connection.close()


def raw_fingerprints(warehouse: Path) -> dict[str, tuple[int, str]]:
    """The same for every raw landing table: equal fingerprints = nothing lost, nothing duplicated."""
    connection = duckdb.connect(str(warehouse), read_only=True)
    try:
        present = {t for (t,) in connection.execute(
            "select table_name from information_schema.tables where table_schema = 'raw'").fetchall()}
        return {t: _table_fingerprint(connection, "raw", t, RAW_VOLATILE) for t in RAW_TABLES if t in present}
    finally:
        connection.close()


def query(database: Path, sql: str, params: list | None = None) -> list[tuple]:
    connection = duckdb.connect(str(database), read_only=True)
    try:
        return connection.execute(sql, params or []).fetchall()
    finally:
        connection.close()


def file_state(path: Path) -> tuple[int, int, str]:
    """(inode, mtime_ns, sha256) of a file: equal means untouched, not merely equal content."""
    import hashlib

    stat = path.stat()
    return stat.st_ino, stat.st_mtime_ns, hashlib.sha256(path.read_bytes()).hexdigest()


# --- settings, state, runs ------------------------------------------------------------------

def settings_in(root: Path, mode: str = "snapshot") -> Settings:
    return load_settings({
        "DIPLOMART_WAREHOUSE": str(root / "warehouse.duckdb"),
        "DIPLOMART_SERVING": str(root / "serving" / "serving.duckdb"),
        "DIPLOMART_SOURCE_MODE": mode,
    })


def copy_state(source: Settings, root: Path, mode: str = "snapshot") -> Settings:
    """A copy of a finished warehouse and its serving folder under `root`."""
    target = settings_in(root, mode)
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source.warehouse, target.warehouse)
    if source.serving.parent.exists():
        shutil.copytree(source.serving.parent, target.serving.parent)
    return target


@dataclass
class RunOutcome:
    result: dg.ExecuteInProcessResult
    seconds: float

    @property
    def success(self) -> bool:
        return self.result.success

    @property
    def failures(self) -> list[str]:
        messages = []
        for event in self.result.all_events:
            if event.is_step_failure:
                messages.append(f"{event.step_key}: {error_text(event.event_specific_data.error) or event.message}")
        return messages

    @property
    def materialized(self) -> set[str]:
        return {"/".join(e.asset_key.path) for e in self.result.get_asset_materialization_events()}

    def metadata(self, asset: str) -> dict:
        for event in self.result.get_asset_materialization_events():
            if "/".join(event.asset_key.path) == asset:
                return {k: v.value for k, v in event.materialization.metadata.items()}
        raise KeyError(asset)


def error_text(error) -> str:
    """The message of a Dagster error and of every cause under it (the source's own words)."""
    parts = []
    while error is not None:
        parts.append(error.message.strip())
        error = error.cause
    return " <- ".join(parts)


@contextlib.contextmanager
def environment(settings: Settings, **extra: str) -> Iterator[None]:
    """The settings as the environment variables the resources read, for the length of a run."""
    with pytest.MonkeyPatch.context() as env:
        env.setenv("DIPLOMART_WAREHOUSE", str(settings.warehouse))
        env.setenv("DIPLOMART_SERVING", str(settings.serving))
        env.setenv("DIPLOMART_SOURCE_MODE", settings.modes["govkz"].value)
        for name, value in extra.items():
            env.setenv(name, value)
        yield


@contextlib.contextmanager
def project_instance(storage: Path, home: Path = PROJECT_ROOT, **extra: str) -> Iterator[dg.DagsterInstance]:
    """The instance `make` uses - the dagster.yaml in `home` (the repository's: SQLite) - with
    its local files in `storage`; `extra` are the variables that dagster.yaml reads besides."""
    with pytest.MonkeyPatch.context() as env:
        env.setenv("DAGSTER_HOME", str(home))
        env.setenv("DIPLOMART_DAGSTER_STORAGE", str(storage))
        for name, value in extra.items():
            env.setenv(name, value)
        with dg.DagsterInstance.get() as instance:
            yield instance


def full_refresh(settings: Settings, instance: dg.DagsterInstance | None = None, **extra: str) -> RunOutcome:
    """`diplomart run`'s code path, in this process, on an ephemeral instance unless given one."""
    started = time.perf_counter()
    with environment(settings, **extra):
        modes = dict(load_settings().modes)
        result = execute_full_refresh(build_definitions(), instance or dg.DagsterInstance.ephemeral(), modes=modes)
    return RunOutcome(result, time.perf_counter() - started)


# The part of the nightly job that depends on gov.kz only: live-mode tests run this, so that
# stat.gov.kz and Eurostat (not reachable from CI) are not called; their raw tables come
# from the copied warehouse.
RELEASE_PATH_EXCLUDED = ("raw/bns_editions",)


def release_path_refresh(settings: Settings, *, through_marts: bool = True, tags: dict[str, str] | None = None,
                         **extra: str) -> RunOutcome:
    """One run of the nightly job (the daemon's path) without BNS discovery, over every month
    unless `tags` say otherwise."""
    started = time.perf_counter()
    with environment(settings, **extra):
        job = build_definitions().resolve_job_def("nightly_refresh")
        keys = [k for k in job.asset_layer.executable_asset_keys if "/".join(k.path) not in RELEASE_PATH_EXCLUDED]
        if not through_marts:
            keys = [k for k in keys if k.path[0] == "raw"]
        result = job.execute_in_process(
            instance=dg.DagsterInstance.ephemeral(), raise_on_error=False, asset_selection=keys,
            tags=tags or full_history_tags(datetime.now(timezone.utc)),
        )
    return RunOutcome(result, time.perf_counter() - started)


# --- temporary gov.kz snapshots --------------------------------------------------------------

def authored_items() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(AUTHORED_DIR.glob("*.json"))]


def pack_snapshot(root: Path, items: Iterable[dict]) -> Path:
    """Write `items` as an authored dir and pack it the way sources/govkz/snapshot_pack does;
    returns the recorded dir (point DIPLOMART_GOVKZ_SNAPSHOT_DIR at it)."""
    authored, recorded = root / "authored", root / "recorded"
    authored.mkdir(parents=True)
    for item in items:
        (authored / f"{item['id']}.json").write_text(json.dumps(item, ensure_ascii=False, indent=1), encoding="utf-8")
    pack(authored, recorded, projects=("mfa", "mfa-istanbul", "mfa-bjs"))
    return recorded


def with_items(*extra: dict, edit: Callable[[list[dict]], None] | None = None) -> list[dict]:
    items = copy.deepcopy(authored_items())
    if edit:
        edit(items)
    return items + list(extra)


# --- processes ------------------------------------------------------------------------------

def subprocess_env(settings: Settings, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DAGSTER_", "DIPLOMART_"))}
    env.update({
        "DIPLOMART_WAREHOUSE": str(settings.warehouse),
        "DIPLOMART_SERVING": str(settings.serving),
        "DIPLOMART_SOURCE_MODE": settings.modes["govkz"].value,
        "PYTHONUNBUFFERED": "1",
    })
    env.update(extra)
    return env


def group_processes(pgid: int) -> list[tuple[int, str]]:
    """(pid, command line) of every live process in a process group, read from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) != pgid or fields[0] == "Z":
                continue
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except (OSError, IndexError, ValueError):
            continue
        found.append((int(entry.name), cmdline))
    return found


def descendants(pid: int) -> list[tuple[int, str]]:
    """(pid, command line) of every live process below `pid`, read from /proc."""
    children: dict[int, list[tuple[int, str]]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            if fields[0] == "Z":
                continue
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(int(fields[1]), []).append((int(entry.name), cmdline))
    found, stack = [], [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child[0])
    return found


def wait_for(predicate: Callable[[], object], *, timeout: float, interval: float = 0.2, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")


def kill_group(process: subprocess.Popen, timeout: float = 30) -> None:
    """SIGKILL a process group and wait until every member has gone: the leader is reaped at once, but a member
    the kernel is still tearing down (its command line already empty, its memory being released) stays in /proc
    for a moment; a member still there after `timeout` survived the kill, and the caller's check says so."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait(timeout=timeout)
    deadline = time.monotonic() + timeout
    while group_processes(process.pid) and time.monotonic() < deadline:
        time.sleep(0.1)


# --- state shared by the reliability and the security tests ---------------------------------
# A full refresh costs about a minute of one core, so the expensive states are built once per
# session and shared: fixtures in tests/reliability/conftest.py and tests/security/conftest.py
# both call these (two fixture definitions, one build).

_SHARED: dict[str, object] = {}


def shared(name: str, build: Callable[[], object]):
    if name not in _SHARED:
        try:
            _SHARED[name] = build()
        except BaseException as error:  # a failed build fails every user, without being rebuilt
            _SHARED[name] = error
    value = _SHARED[name]
    if isinstance(value, BaseException):
        raise RuntimeError(f"building the shared {name!r} state failed: {value!r}") from value
    return value


@dataclass(frozen=True)
class Baseline:
    settings: Settings
    marts: dict  # mart fingerprints of the serving file
    raw: dict  # raw table fingerprints of the warehouse
    seconds: float

    def copy_to(self, root: Path, mode: str = "snapshot") -> Settings:
        return copy_state(self.settings, root, mode)


def baseline_state(tmp_path_factory) -> Baseline:
    """An uninterrupted full refresh of the embedded snapshot into an empty warehouse, recorded in
    the project's own SQLite instance (dagster.yaml), as `make run` does: the reference that other
    runs - interrupted ones, and those on the Postgres instance - are compared with."""
    def build() -> Baseline:
        root = tmp_path_factory.mktemp("baseline")
        settings = settings_in(root)
        (root / "dagster_home").mkdir()
        with project_instance(root / "dagster_home") as instance:
            outcome = full_refresh(settings, instance)
        assert outcome.success, outcome.failures
        return Baseline(settings, mart_fingerprints(settings.serving), raw_fingerprints(settings.warehouse), outcome.seconds)

    return shared("baseline", build)


# The incremental run: the snapshot gains two releases - an ordinary one, and a hostile one
# (script, event handlers, javascript: links, SQL payloads) that the security tests inspect -
# and one existing release is edited.
EDITED_ID, OLD_FIGURE, NEW_FIGURE = 204118, "about 2 billion US dollars", "about 2.3 billion US dollars"
ORDINARY_ID, HOSTILE_ID = 990001, 970001
SQL_TITLE_PAYLOAD = "Robert'); DROP TABLE raw.press_release_versions; -- \" OR 1=1; --"
SQL_BODY_PAYLOAD = "'); DROP TABLE marts.dim_country; --"


def ordinary_release() -> dict:
    return {
        "id": ORDINARY_ID, "project": "mfa",
        "created_date": "2024-06-12T08:00:00Z", "updated_date": "2024-06-12T08:00:00Z",
        "translations": {"en": {
            "title": "Kazakhstan and Chile discuss trade and investment cooperation",
            "body": "<p>On 11 June, Deputy Minister of Foreign Affairs of Kazakhstan Alibek Bakayev met with the "
                    "Ambassador of Chile to Kazakhstan.</p><p>The parties discussed cooperation in mining and "
                    "agriculture.</p><p>For reference: in 2023, trade turnover between Kazakhstan and Chile "
                    "amounted to 25.4 million US dollars.</p>",
        }},
    }


def hostile_release(canary: str) -> dict:
    """Every resource it points at is on the canary server, which nothing may ever request."""
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
    return {"id": HOSTILE_ID, "project": "mfa", "created_date": "2024-06-05T08:00:00Z", "updated_date": None,
            "translations": {"en": {"title": f"<script>alert(1)</script> {SQL_TITLE_PAYLOAD}", "body": body}}}


def edit_one(items: list[dict]) -> None:
    item = next(i for i in items if i["id"] == EDITED_ID)
    body = item["translations"]["en"]["body"]
    assert OLD_FIGURE in body
    item["translations"]["en"]["body"] = body.replace(OLD_FIGURE, NEW_FIGURE)
    item["updated_date"] = "2024-07-01T10:00:00Z"


def incremental_state(tmp_path_factory) -> dict:
    """A copy of the baseline; the snapshot gains the two releases and the edit; a reader
    process holds serving.duckdb open while the full refresh runs."""
    return shared("incremental", lambda: _build_incremental(baseline_state(tmp_path_factory), tmp_path_factory))


def _build_incremental(baseline: Baseline, tmp_path_factory) -> dict:
    import serving_reader

    sys.path.insert(0, str(PROJECT_ROOT / "tests" / "sources"))
    from trade_servers import serve

    root = tmp_path_factory.mktemp("incremental")
    settings = baseline.copy_to(root / "state")
    versions_before = query(settings.warehouse, "select source, project, item_id, lang, content_hash, "
                            "first_fetched_at from raw.press_release_versions")
    facts_before = query(settings.warehouse, "select fact_id, content_hash, extracted_at from raw.release_facts")
    marts_before = mart_fingerprints(settings.serving)
    connection = duckdb.connect(str(settings.serving), read_only=True)
    old_state = serving_reader.fingerprint(connection)
    connection.close()

    stop, out = root / "stop", root / "reader.json"
    with serve({}) as canary:
        hostile = hostile_release(canary.base_url)
        snapshot = pack_snapshot(root / "snapshot", with_items(ordinary_release(), hostile, edit=edit_one))
        reader = subprocess.Popen(
            [sys.executable, serving_reader.__file__, str(settings.serving), str(stop), str(out)],
            stdout=subprocess.PIPE, text=True,
        )
        try:
            assert reader.stdout.readline().strip() == "ready"
            outcome = full_refresh(settings, DIPLOMART_GOVKZ_SNAPSHOT_DIR=str(snapshot))
            stop.touch()
            reader.wait(timeout=60)
        finally:
            if reader.poll() is None:
                reader.kill()
                reader.wait(timeout=10)
        canary_hits = list(canary.hits)
    connection = duckdb.connect(str(settings.serving), read_only=True)
    new_state = serving_reader.fingerprint(connection)
    connection.close()
    return dict(settings=settings, outcome=outcome, versions_before=versions_before, facts_before=facts_before,
                marts_before=marts_before, old_state=old_state, new_state=new_state,
                reader=json.loads(out.read_text()), hostile=hostile, canary_hits=canary_hits)


# --- the fault ledger -------------------------------------------------------------------------

@dataclass(frozen=True)
class LedgerRow:
    test: str
    fault: str
    injected: int
    outcome: str
    survived: str


LEDGER: list[LedgerRow] = []
DOC = PROJECT_ROOT / "docs" / "reliability.md"
TABLE_START, TABLE_END = "<!-- fault-table:start -->", "<!-- fault-table:end -->"


def record(test: str, fault: str, injected: int, outcome: str, survived: str) -> None:
    LEDGER.append(LedgerRow(test, fault, injected, outcome, survived))


def ledger_markdown(rows: list[LedgerRow]) -> str:
    lines = ["| test | fault injected | count | outcome | what survived |", "|---|---|---:|---|---|"]
    for row in rows:
        cells = [row.test, row.fault, str(row.injected), row.outcome, row.survived]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines)


def write_ledger_into_doc(rows: list[LedgerRow], doc: Path = DOC) -> None:
    text = doc.read_text(encoding="utf-8")
    head, rest = text.split(TABLE_START, 1)
    _, tail = rest.split(TABLE_END, 1)
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    total = sum(r.injected for r in rows)
    body = f"\n_Generated by the test run of {stamp}: {len(rows)} scenarios, {total} faults injected._\n\n{ledger_markdown(rows)}\n"
    doc.write_text(head + TABLE_START + body + TABLE_END + tail, encoding="utf-8")
