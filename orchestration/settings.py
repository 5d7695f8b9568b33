"""The handful of settings every part of diplomart shares, read from the environment.

One variable names the warehouse file for both Dagster and dbt
(dbt_project/profiles.yml reads DIPLOMART_WAREHOUSE); `apply_to_environment`
makes it absolute so dbt, which runs in dbt_project/, finds the same file.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"
SOURCE_MODES = ("snapshot", "live", "record")


@dataclass(frozen=True)
class Settings:
    warehouse: Path
    serving: Path
    source_mode: str

    @property
    def parquet_dir(self) -> Path:
        return self.serving.parent / "parquet"


def load_settings(environ: os._Environ[str] | dict[str, str] | None = None) -> Settings:
    env = os.environ if environ is None else environ
    warehouse = _absolute(env.get("DIPLOMART_WAREHOUSE") or "data/warehouse.duckdb")
    serving = _absolute(env.get("DIPLOMART_SERVING") or str(warehouse.parent / "serving" / "serving.duckdb"))
    mode = (env.get("DIPLOMART_SOURCE_MODE") or "snapshot").strip().lower()
    if mode not in SOURCE_MODES:
        raise ValueError(f"DIPLOMART_SOURCE_MODE must be one of {', '.join(SOURCE_MODES)}, not {mode!r}")
    return Settings(warehouse=warehouse, serving=serving, source_mode=mode)


def apply_to_environment(settings: Settings) -> None:
    """Export the resolved paths so that dbt subprocesses see exactly these files."""
    os.environ["DIPLOMART_WAREHOUSE"] = str(settings.warehouse)
    os.environ["DIPLOMART_SERVING"] = str(settings.serving)
    os.environ["DIPLOMART_SOURCE_MODE"] = settings.source_mode


def _absolute(path: str) -> Path:
    candidate = Path(path).expanduser()
    return candidate if candidate.is_absolute() else (PROJECT_ROOT / candidate).resolve()
