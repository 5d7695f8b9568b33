"""Dagster resources: the warehouse file and the source mode."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

import dagster as dg
import duckdb

from orchestration import warehouse


class WarehouseResource(dg.ConfigurableResource):
    """The DuckDB warehouse. Only one process may write it at a time: every
    asset that uses this resource runs in the `duckdb_writer` pool (limit 1)."""

    database: str

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with warehouse.connect(self.database) as connection:
            yield connection


class SourceModeResource(dg.ConfigurableResource):
    """`snapshot` replays the recorded responses shipped in sources/; `live`
    calls the real endpoints; `record` calls them and rewrites the snapshot."""

    mode: str = "snapshot"
