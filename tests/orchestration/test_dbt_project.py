"""The dbt project as Dagster loads it: relation names of the real warehouse, old dbt folders removed."""
import os
import time

from orchestration.dbt_project import PARSE_CATALOG, prune_target_folders, warehouse_catalog, with_catalog


def test_relations_are_named_for_the_warehouse_file_not_the_parse_placeholder(tmp_path):
    manifest = {
        "nodes": {"model.diplomart.fct_x": {"database": PARSE_CATALOG, "schema": "marts",
                                            "relation_name": f'"{PARSE_CATALOG}"."marts"."fct_x"'}},
        "sources": {"source.diplomart.raw.t": {"database": PARSE_CATALOG, "schema": "raw",
                                               "relation_name": f'"{PARSE_CATALOG}"."raw"."t"'}},
    }
    catalog = warehouse_catalog(tmp_path / "nightly.duckdb")
    renamed = with_catalog(manifest, catalog)
    assert catalog == "nightly"
    assert renamed["nodes"]["model.diplomart.fct_x"]["relation_name"] == '"nightly"."marts"."fct_x"'
    assert renamed["sources"]["source.diplomart.raw.t"]["database"] == "nightly"


def test_only_the_newest_dbt_target_folders_are_kept(tmp_path):
    """Each dbt invocation leaves a ~22 MB folder; a year of nights must not fill the disk."""
    now = time.time()
    for age in range(8):
        folder = tmp_path / f"diplomart_dbt_models-run{age}-abc"
        folder.mkdir()
        (folder / "manifest.json").write_text("{}")
        os.utime(folder, (now - age * 3600, now - age * 3600))
    (tmp_path / "manifest.json").write_text("{}")  # the project's own parse stays
    (tmp_path / "other-run0").mkdir()               # another op's folders are not ours to remove

    removed = prune_target_folders(tmp_path, "diplomart_dbt_models", keep=5)

    assert sorted(p.name for p in removed) == [f"diplomart_dbt_models-run{age}-abc" for age in (5, 6, 7)]
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted([f"diplomart_dbt_models-run{age}-abc" for age in range(5)] + ["manifest.json", "other-run0"])
