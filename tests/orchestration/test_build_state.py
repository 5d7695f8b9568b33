"""Which part of the dbt build a run must redo."""
from datetime import datetime

import json
from pathlib import Path

import pytest

from orchestration import warehouse
from orchestration.build_state import (
    BuildInputs,
    UnstampedSourceError,
    current_inputs,
    downstream_of_sources,
    input_tables,
    last_built_inputs,
    record_build,
    unchanged_nodes,
)

MANIFEST = {
    "metadata": {"project_name": "diplomart"},
    "nodes": {
        "model.diplomart.stg_releases": {"name": "stg_releases", "resource_type": "model", "checksum": {"checksum": "a"}},
        "model.diplomart.stg_bns": {"name": "stg_bns", "resource_type": "model", "checksum": {"checksum": "b"}},
        "model.diplomart.fct_trade_reported": {"name": "fct_trade_reported", "resource_type": "model", "checksum": {"checksum": "c"}},
        "model.diplomart.fct_trade_official": {"name": "fct_trade_official", "resource_type": "model", "checksum": {"checksum": "d"}},
        "model.diplomart.mart_reconciliation": {"name": "mart_reconciliation", "resource_type": "model", "checksum": {"checksum": "e"}},
        "seed.diplomart.country_reference": {"name": "country_reference", "resource_type": "seed", "checksum": {"checksum": "f"}},
        "test.diplomart.not_null_x": {"name": "not_null_x", "resource_type": "test", "checksum": {"checksum": "g"}},
    },
    "macros": {},
    "sources": {
        f"source.diplomart.raw.{table}": {"source_name": "raw", "name": table, "loaded_at_field": stamp}
        for table, stamp in [("press_release_versions", "first_fetched_at"), ("bns_trade_by_country", "loaded_at"),
                             ("comext_eu_exports", "loaded_at")]
    },
    "child_map": {
        "source.diplomart.raw.press_release_versions": ["model.diplomart.stg_releases"],
        "source.diplomart.raw.bns_trade_by_country": ["model.diplomart.stg_bns"],
        "model.diplomart.stg_releases": ["model.diplomart.fct_trade_reported", "test.diplomart.not_null_x"],
        "model.diplomart.stg_bns": ["model.diplomart.fct_trade_official"],
        "model.diplomart.fct_trade_reported": ["model.diplomart.mart_reconciliation"],
        "model.diplomart.fct_trade_official": ["model.diplomart.mart_reconciliation"],
        "seed.diplomart.country_reference": ["model.diplomart.fct_trade_official"],
    },
}


def test_a_new_release_rebuilds_what_reads_releases_and_keeps_the_trade_models():
    rebuilt = downstream_of_sources(MANIFEST, ["press_release_versions"])
    assert rebuilt == {"stg_releases", "fct_trade_reported", "mart_reconciliation"}
    assert unchanged_nodes(MANIFEST, rebuilt) == {"stg_bns", "fct_trade_official", "country_reference"}


def test_changed_code_or_no_previous_build_means_everything():
    inputs = BuildInputs(code="v2", tables={"press_release_versions": "10:t1"})
    assert inputs.changed_tables(None) is None
    assert inputs.changed_tables(BuildInputs(code="v1", tables=inputs.tables)) is None
    assert inputs.changed_tables(BuildInputs(code="v2", tables=inputs.tables)) == []
    assert inputs.changed_tables(BuildInputs(code="v2", tables={"press_release_versions": "9:t0"})) == ["press_release_versions"]


def test_state_round_trips_and_a_new_row_changes_only_its_table(tmp_path):
    with warehouse.connect(tmp_path / "w.duckdb") as connection:
        before = current_inputs(connection, MANIFEST)
        record_build(connection, "full", before, datetime(2024, 3, 7))
        assert last_built_inputs(connection, "full") == before
        connection.execute(
            "insert into raw.comext_eu_exports values ('PT', 'PRT', 'Portugal', false, 'KZ', date '2023-01-01', "
            "'exports', 1, 'EUR', timestamp '2024-03-08 00:00:00')"
        )
        assert current_inputs(connection, MANIFEST).changed_tables(before) == ["comext_eu_exports"]


def test_editing_a_model_changes_the_code_fingerprint(tmp_path):
    edited = {**MANIFEST, "nodes": {**MANIFEST["nodes"], "model.diplomart.stg_bns": {
        "name": "stg_bns", "resource_type": "model", "checksum": {"checksum": "edited"}}}}
    with warehouse.connect(tmp_path / "w.duckdb") as connection:
        assert current_inputs(connection, edited).code != current_inputs(connection, MANIFEST).code


def test_the_compared_tables_are_the_dbt_sources_with_their_load_stamps(tmp_path):
    """The real project: every raw table dbt reads is compared, by the column its writers stamp."""
    from orchestration.dbt_project import ensure_manifest

    manifest = json.loads(Path(ensure_manifest()).read_text())
    tables = input_tables(manifest)
    assert dict(tables) == {
        "press_release_versions": "first_fetched_at", "release_facts": "extracted_at",
        "release_extractions": "extracted_at", "person_name_keys": "keyed_at", "bns_trade_by_country": "loaded_at",
        "comext_eu_exports": "loaded_at",
    }
    with warehouse.connect(tmp_path / "w.duckdb") as connection:
        assert set(current_inputs(connection, manifest).tables) == {table for table, _ in tables}


def test_a_new_source_table_is_compared_and_one_without_a_stamp_is_refused():
    extra = {"source_name": "raw", "name": "imf_trade", "loaded_at_field": "loaded_at"}
    manifest = {**MANIFEST, "sources": {**MANIFEST["sources"], "source.diplomart.raw.imf_trade": extra}}
    assert ("imf_trade", "loaded_at") in input_tables(manifest)
    unstamped = {**manifest, "sources": {**manifest["sources"],
                                         "source.diplomart.raw.imf_trade": {**extra, "loaded_at_field": None}}}
    with pytest.raises(UnstampedSourceError, match="raw.imf_trade has no loaded_at_field"):
        input_tables(unstamped)
