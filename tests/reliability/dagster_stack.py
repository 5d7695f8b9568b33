"""Dagster's services as a team runs them, each a process of its own on one instance: a code server
(`dagster api grpc`, which starts a process for each run it is asked to launch: what
DefaultRunLauncher does), the webserver (runs are submitted through its GraphQL API, as the UI
does) and the daemon (run queue, schedules, sensors, run monitoring, retries). `make dev` starts
the same three in one command; here they start separately, so that the code server and the
webserver can load while something else runs, and the daemon starts only when wanted.

Used by tests/reliability/test_reliability_postgres.py and bench/bench_quiet_night.py.
Kept out of any test_*.py so pytest does not collect it; module name unique across tests/.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from orchestration.settings import PROJECT_ROOT

LOCATION = "diplomart"
FINISHED = ("SUCCESS", "FAILURE", "CANCELED")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class DagsterStack:
    """The processes of one deployment. `env` is their whole environment: DAGSTER_HOME (the
    instance), DIPLOMART_DAGSTER_STORAGE, DAGSTER_POSTGRES_URL when needed, and the settings."""

    root: Path
    env: dict[str, str]
    bin_dir: Path
    code_server_port: int = field(default_factory=free_port)
    webserver_port: int = field(default_factory=free_port)
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)

    @property
    def workspace(self) -> Path:
        """The workspace file the webserver, the daemon and the tests load: one gRPC server."""
        path = self.root / "workspace.yaml"
        if not path.exists():
            server = {"host": "127.0.0.1", "port": self.code_server_port, "location_name": LOCATION}
            path.write_text(yaml.safe_dump({"load_from": [{"grpc_server": server}]}))
        return path

    def start_code_server(self) -> None:
        self._start("code_server", [str(self.bin_dir / "dagster"), "api", "grpc", "--module-name", "orchestration.definitions",
                                    "--working-directory", str(PROJECT_ROOT), "--host", "127.0.0.1",
                                    "--port", str(self.code_server_port), "--location-name", LOCATION])

    def start_webserver(self) -> None:
        self._start("webserver", [str(self.bin_dir / "dagster-webserver"), "-w", str(self.workspace),
                                  "-h", "127.0.0.1", "-p", str(self.webserver_port)])

    def start_daemon(self) -> None:
        self._start("daemon", [str(self.bin_dir / "dagster-daemon"), "run", "-w", str(self.workspace)])

    def _start(self, name: str, command: list[str]) -> None:
        log = (self.root / f"{name}.log").open("wb")
        # A session of its own: stopping it stops the run processes it started too.
        self.processes[name] = subprocess.Popen(command, cwd=PROJECT_ROOT, env=self.env, stdout=log,
                                                stderr=subprocess.STDOUT, start_new_session=True)

    def log(self, name: str) -> str:
        path = self.root / f"{name}.log"
        return path.read_text(errors="replace")[-4000:] if path.exists() else ""

    def wait_for_code_server(self, timeout: float = 300) -> None:
        from dagster._grpc.client import DagsterGrpcClient  # no public client for a code server

        client = DagsterGrpcClient(port=self.code_server_port, host="127.0.0.1")
        self._wait("code_server", lambda: client.ping("ready"), timeout)

    def wait_for_webserver(self, timeout: float = 300) -> None:
        client = self.client()
        self._wait("webserver", lambda: client._execute("{ version }"), timeout)  # noqa: SLF001 - its own GraphQL call

    def _wait(self, name: str, probe, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while True:
            process = self.processes[name]
            if process.poll() is not None:
                raise RuntimeError(f"{name} exited ({process.returncode}):\n{self.log(name)}")
            try:
                probe()
                return
            except Exception:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"{name} did not answer in {timeout:.0f} s:\n{self.log(name)}") from None
                time.sleep(0.5)

    def client(self):
        from dagster_graphql import DagsterGraphQLClient

        return DagsterGraphQLClient("127.0.0.1", port_number=self.webserver_port)

    def submit(self, job: str, tags: dict[str, str]) -> str:
        """A run of `job`, submitted as the UI does: it joins the instance's run queue."""
        return self.client().submit_job_execution(job, repository_location_name=LOCATION, tags=tags)

    def status(self, run_id: str) -> str:
        return self.client().get_run_status(run_id).value

    def wait_for_run(self, run_id: str, timeout: float = 600) -> str:
        deadline = time.monotonic() + timeout
        while (status := self.status(run_id)) not in FINISHED:
            if time.monotonic() > deadline:
                raise TimeoutError(f"run {run_id} still {status} after {timeout:.0f} s:\n{self.log('daemon')}")
            time.sleep(0.2)
        return status

    def stop(self) -> None:
        for name in ("daemon", "webserver", "code_server"):
            process = self.processes.pop(name, None)
            if process is None:
                continue
            try:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=20)
            except ProcessLookupError:
                pass
            except subprocess.TimeoutExpired:  # a server without a terminal may not stop on SIGTERM
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=20)
