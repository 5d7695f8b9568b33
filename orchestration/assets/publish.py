"""The last step of a refresh: publish the marts to the BI serving file and Parquet."""

from datetime import datetime, timezone
from pathlib import Path
from typing import Sequence

import dagster as dg

from orchestration import settings as config
from orchestration.build_state import record_published
from orchestration.dbt_translator import DATA_TEAM
from orchestration.resources import WarehouseResource
from orchestration.serving import publish


class ServingResource(dg.ConfigurableResource):
    """Where BI reads: the serving DuckDB file and a folder of Parquet files beside it."""

    warehouse: str
    serving_path: str | None = None
    """DIPLOMART_SERVING; unset: serving/serving.duckdb beside the warehouse."""

    @property
    def path(self) -> Path:
        return config.serving_path(config.absolute_path(self.warehouse), self.serving_path)

    @property
    def parquet_dir(self) -> Path:
        return config.parquet_dir(self.path)


def build_publish_asset(mart_keys: Sequence[dg.AssetKey]) -> dg.AssetsDefinition:
    @dg.asset(
        key=["serving", "published_marts"],
        deps=list(mart_keys),
        group_name="serving",
        kinds={"duckdb", "parquet"},
        pool="duckdb_writer",
        owners=[DATA_TEAM],
        description="serving.duckdb (read-only for BI) and one Parquet file per mart, replaced atomically after a green build.",
    )
    def published_marts(context: dg.AssetExecutionContext, warehouse: WarehouseResource, serving: ServingResource):
        marts = publish(warehouse.path, serving.path, serving.parquet_dir)
        with warehouse.connect() as connection:
            record_published(connection, datetime.now(timezone.utc).replace(tzinfo=None))
        context.log.info(f"published {len(marts)} marts to {serving.path}")
        return dg.MaterializeResult(
            metadata={
                "serving_file": dg.MetadataValue.path(str(serving.path)),
                "parquet_dir": dg.MetadataValue.path(str(serving.parquet_dir)),
                "marts": dg.MetadataValue.md(
                    "| mart | rows |\n|---|---|\n" + "\n".join(f"| {m.name} | {m.rows} |" for m in marts)
                ),
                "dagster/row_count": sum(m.rows for m in marts),
            }
        )

    return published_marts
