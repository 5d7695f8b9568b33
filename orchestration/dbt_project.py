"""The dbt project as Dagster loads it: the manifest, named for the warehouse it builds.

The manifest is parsed once for every warehouse path (parsing needs no database), so its
relation names carry a placeholder catalog; `manifest_for_warehouse` names the real one
(DuckDB calls a database file's catalog by the file's stem: `warehouse` for
data/warehouse.duckdb). The asset metadata and the column lineage then point at the tables
that exist, never at a placeholder.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from dagster_dbt import DbtProject

from orchestration.settings import DBT_PROJECT_DIR

# The dbt beside this interpreter: `make dev` and cron do not put .venv/bin on PATH.
DBT_EXECUTABLE = str(Path(sys.executable).parent / "dbt")
DBT_PROJECT = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)
# The catalog the manifest is parsed for; replaced by the real one when definitions load.
PARSE_CATALOG = "parsed_without_a_warehouse"
# dagster-dbt gives each invocation its own target folder (~22 MB); older ones are removed.
KEEP_TARGET_FOLDERS = 5


def ensure_manifest(project: DbtProject = DBT_PROJECT) -> Path:
    """Parse the dbt project unless its manifest was parsed from exactly the current files.

    Used instead of DbtProject.prepare_if_dev(), which runs whatever `dbt` is on PATH
    (none under `make dev`: .venv/bin is not on it). A hash of the project's files,
    not their modification times, decides: a parse that raced an edit must not pass
    for fresh.
    """
    manifest = Path(project.manifest_path)
    stamp = manifest.with_name("diplomart_sources.sha256")
    digest = _project_digest(Path(project.project_dir))
    if not manifest.exists() or not stamp.exists() or stamp.read_text() != digest:
        placeholder = Path(project.project_dir) / "target" / f"{PARSE_CATALOG}.duckdb"
        subprocess.run(
            [DBT_EXECUTABLE, "parse", "--quiet", "--project-dir", str(project.project_dir), "--profiles-dir", str(project.project_dir)],
            check=True,
            cwd=project.project_dir,
            env={**os.environ, "DIPLOMART_WAREHOUSE": str(placeholder)},
        )
        stamp.write_text(digest)
    return manifest


def manifest_for_warehouse(warehouse: Path, project: DbtProject = DBT_PROJECT) -> dict[str, Any]:
    """The project's manifest with every relation in the warehouse file's catalog."""
    manifest = json.loads(ensure_manifest(project).read_text())
    return with_catalog(manifest, warehouse_catalog(warehouse))


def warehouse_catalog(warehouse: Path) -> str:
    return Path(warehouse).stem


def with_catalog(manifest: dict[str, Any], catalog: str) -> dict[str, Any]:
    """The manifest (changed in place: each caller loads its own) with `catalog` for the placeholder."""
    for node in [*manifest["nodes"].values(), *manifest["sources"].values()]:
        if node.get("database") == PARSE_CATALOG:
            node["database"] = catalog
            if node.get("relation_name"):
                node["relation_name"] = node["relation_name"].replace(f'"{PARSE_CATALOG}"', f'"{catalog}"', 1)
    return manifest


def keep_partial_parse(invocation_target: Path, project: DbtProject = DBT_PROJECT) -> None:
    """Offer the next dbt invocation this one's partial parse.

    dagster-dbt seeds each invocation with target/partial_parse.msgpack, which the parse above
    wrote for the placeholder warehouse: dbt then sees another profile and parses everything
    again (~8 s here). The file of a build against the real warehouse saves that next time
    (dbt checks it itself and parses in full when anything it depends on changed)."""
    built = invocation_target / "partial_parse.msgpack"
    if built.exists():
        shutil.copyfile(built, Path(project.project_dir) / "target" / "partial_parse.msgpack")


def prune_target_folders(target_dir: Path, prefix: str, keep: int = KEEP_TARGET_FOLDERS) -> list[Path]:
    """Remove all but the `keep` newest `<prefix>-*` invocation folders; returns the removed ones."""
    folders = sorted((p for p in target_dir.glob(f"{prefix}-*") if p.is_dir()), key=lambda p: p.stat().st_mtime)
    removed = folders[:-keep] if keep else folders
    for folder in removed:
        shutil.rmtree(folder, ignore_errors=True)
    return removed


def _project_digest(project_dir: Path) -> str:
    digest = hashlib.sha256(PARSE_CATALOG.encode())  # a manifest parsed otherwise is parsed again
    # Never walk target/ (one ~22 MB folder per dbt invocation), logs/ or dbt_packages/.
    tops = [p for p in project_dir.iterdir() if p.name not in {"target", "logs", "dbt_packages"}]
    files = [p for top in tops for p in ([top] if top.is_file() else top.rglob("*")) if p.is_file()]
    for path in sorted(files):
        if path.suffix in {".sql", ".yml", ".yaml", ".csv", ".md"}:
            digest.update(str(path.relative_to(project_dir)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()
