"""Shared helpers of the benchmarks: the machine, timing, peak memory of a process tree.

No psutil in the venv: the peak resident memory of a process and all its
descendants is sampled from /proc (Linux) every `interval` seconds.
"""
from __future__ import annotations

import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
PYTHON = sys.executable
DBT = str(Path(sys.executable).parent / "dbt")
PAGE = os.sysconf("SC_PAGE_SIZE")


def machine() -> dict:
    """Cores and memory as `nproc` and `free -g` report them, plus the CPU model and load."""
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_kb = 0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            mem_kb = int(line.split()[1])
    nproc = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    return {
        "nproc": int(nproc or os.cpu_count() or 0),
        "mem_total_gb": round(mem_kb / 1024 / 1024, 1),
        "cpu": cpu,
        "python": platform.python_version(),
        "loadavg_1m": os.getloadavg()[0],
    }


def machine_line(m: dict | None = None) -> str:
    m = m or machine()
    return (f"machine: {m['nproc']} cores ({m['cpu']}), {m['mem_total_gb']} GB RAM, Python {m['python']}, "
            f"load average {m['loadavg_1m']:.2f} at start")


def _children_map() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
            ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    return children


def tree_rss_bytes(pid: int) -> int:
    """Resident memory of `pid` and every descendant, now."""
    children = _children_map()
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/statm") as f:
                total += int(f.read().split()[1]) * PAGE
        except (OSError, ValueError, IndexError):
            pass
        stack.extend(children.get(p, []))
    return total


class PeakSampler:
    """Samples the resident memory of a process tree in a thread; .peak is the maximum seen."""

    def __init__(self, pid: int, interval: float = 0.05):
        self.pid, self.interval, self.peak = pid, interval, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_rss_bytes(self.pid))
            self._stop.wait(self.interval)

    def __enter__(self) -> "PeakSampler":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


@dataclass
class Measured:
    seconds: float
    peak_rss: int
    returncode: int
    stdout: str = ""
    stderr: str = ""
    extra: dict = field(default_factory=dict)
    cpu_seconds: float = 0.0  # user + system time of the command's whole process tree

    @property
    def cores_used(self) -> float:
        """Average number of cores kept busy: how far the step is from the machine's CPU limit."""
        return self.cpu_seconds / self.seconds if self.seconds else 0.0


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_measured(cmd: list[str], env: dict | None = None, cwd: str | Path | None = None, check: bool = True) -> Measured:
    """Run a command, timing it wall-clock, sampling the peak RSS of its process tree and taking its CPU
    time (RUSAGE_CHILDREN grows by exactly the tree's time once it is reaped: one command at a time)."""
    cpu_before = _children_cpu()
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env={**os.environ, **(env or {})}, cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    with PeakSampler(proc.pid) as sampler:
        stdout, stderr = proc.communicate()
    elapsed = time.perf_counter() - started
    if check and proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:4])}… exited {proc.returncode}\n{stdout[-3000:]}\n{stderr[-3000:]}")
    return Measured(elapsed, sampler.peak, proc.returncode, stdout, stderr, cpu_seconds=_children_cpu() - cpu_before)


def last_json_line(text: str) -> dict:
    for line in reversed(text.strip().splitlines()):
        line = line.strip()
        if line.startswith("{"):
            return json.loads(line)
    raise ValueError(f"no JSON line in output:\n{text[-2000:]}")


def summary(values: list[float]) -> dict:
    return {
        "n": len(values),
        "best": min(values),
        "median": statistics.median(values),
        "max": max(values),
        # spread of the repeats, as a fraction of the best: the noise of a shared machine
        "spread": (max(values) - min(values)) / min(values) if min(values) > 0 else 0.0,
    }


def fmt_s(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.1f} s"


def fmt_mb(n: int) -> str:
    return f"{n / 2**20:,.0f} MB"


def write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, default=str))
