"""A real PostgreSQL server for the tests of the Postgres-backed Dagster instance.

Started once per test session in a temporary data directory, listening on a Unix socket only
(no TCP port to collide with anything else on the machine), with trust authentication for
local connections; stopped and deleted at the end of the session. Each user asks it for a
database of its own (`new_database`), which costs a few milliseconds.

Debian's `postgresql` package installs the server under /usr/lib/postgresql/<major>/bin, off
PATH, so that is searched too. `initdb` refuses to run as root: as root (CI), the server runs
as the `postgres` user the package creates, in a directory that user owns.

Kept out of any test_*.py so pytest does not collect it; module name unique across tests/.
"""
from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy

SERVER_PROGRAMS = ("initdb", "pg_ctl")
# A throwaway server: nothing it holds must survive a crash of the machine, so nothing is synced.
SERVER_OPTIONS = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server programs on this machine."""


@dataclass
class PostgresServer:
    directory: Path
    bin_dir: Path
    user: str | None  # the system user the server runs as, when the tests run as root

    @property
    def socket_dir(self) -> Path:
        return self.directory

    def url(self, database: str) -> str:
        """A libpq/SQLAlchemy URL of a database on this server, through its Unix socket."""
        return f"postgresql+psycopg2://postgres@/{database}?host={self.socket_dir}"

    def new_database(self, name: str) -> str:
        """Create database `name` (a plain identifier chosen by the test) and return its URL."""
        engine = sqlalchemy.create_engine(self.url("postgres"), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                connection.execute(sqlalchemy.text(f'create database "{name}"'))
        finally:
            engine.dispose()
        return self.url(name)

    def stop(self) -> None:
        self._run("pg_ctl", "stop", "-D", str(self.directory / "data"), "-m", "fast", "-w")

    def _run(self, program: str, *args: str) -> subprocess.CompletedProcess:
        command = [str(self.bin_dir / program), *args]
        account = pwd.getpwnam(self.user) if self.user else None
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=120, cwd=self.directory,
            user=account.pw_uid if account else None, group=account.pw_gid if account else None,
            extra_groups=[] if account else None,
            env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8"},
        )
        if result.returncode != 0:
            log = self.directory / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{' '.join(command)} failed ({result.returncode}): {result.stderr.strip()}\n{tail}")
        return result


def server_bin_dir() -> Path:
    """The directory of initdb and pg_ctl: on PATH, else Debian's newest major version."""
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(on_path).resolve().parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name)
                        if p.parent.name.isdigit() else 0)
    for candidate in reversed(candidates):
        if all((candidate / program).exists() for program in SERVER_PROGRAMS):
            return candidate
    raise PostgresUnavailable("PostgreSQL's server programs (initdb, pg_ctl) are not installed: "
                              "apt-get install postgresql (.ci/run does)")


def start_server() -> PostgresServer:
    bin_dir = server_bin_dir()
    user = "postgres" if os.geteuid() == 0 else None
    if user:
        try:
            pwd.getpwnam(user)
        except KeyError:
            raise PostgresUnavailable("as root, the server runs as the postgres user, which does not exist "
                                      "(Debian's postgresql package creates it)") from None
    # Under /tmp, not pytest's tmp_path: the postgres user must reach it, and a Unix socket's
    # path must stay under ~100 characters.
    directory = Path(tempfile.mkdtemp(prefix="diplomart-pg-"))
    if user:
        account = pwd.getpwnam(user)
        os.chown(directory, account.pw_uid, account.pw_gid)
    server = PostgresServer(directory=directory, bin_dir=bin_dir, user=user)
    try:
        server._run("initdb", "-D", str(directory / "data"), "--auth=trust", "--username=postgres",
                    "--encoding=UTF8", "--no-sync")
        server._run("pg_ctl", "start", "-D", str(directory / "data"), "-w", "-t", "60",
                    "-l", str(directory / "server.log"),
                    "-o", f"-c listen_addresses='' -k {directory} {SERVER_OPTIONS}")
    except BaseException:
        shutil.rmtree(directory, ignore_errors=True)
        raise
    return server


def stop_server(server: PostgresServer) -> None:
    try:
        server.stop()
    finally:
        shutil.rmtree(server.directory, ignore_errors=True)
