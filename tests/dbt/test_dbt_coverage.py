"""Every column of every mart (schema `marts`) is documented, typed and tested; every rule is named.

The warehouse issue asks for it: BI reads the marts, so each column says what it
means and something checks that it holds. The manifest comes from a fresh
`dbt parse`; the marts' real columns from an empty build (`dbt run --empty` on a
throwaway warehouse with the raw tables created but not loaded), so a column added
to a model's SQL but not to its YAML is caught too.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

REPO = Path(__file__).resolve().parents[2]
DBT_PROJECT = REPO / "dbt_project"
MART_SCHEMA = "marts"


def _dbt_executable() -> str:
    beside_python = Path(sys.executable).parent / "dbt"
    return str(beside_python if beside_python.exists() else REPO / ".venv" / "bin" / "dbt")


def _dbt(*args: str, workdir: Path) -> None:
    env = {**os.environ, "DIPLOMART_WAREHOUSE": str(workdir / "warehouse.duckdb")}
    command = [_dbt_executable(), *args,
               "--profiles-dir", str(DBT_PROJECT), "--project-dir", str(DBT_PROJECT),
               "--target-path", str(workdir / "target"), "--log-path", str(workdir / "logs")]
    result = subprocess.run(command, cwd=DBT_PROJECT, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"{' '.join(args)} failed:\n{result.stdout[-4000:]}\n{result.stderr[-2000:]}"


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("dbt_coverage")


@pytest.fixture(scope="module")
def manifest(workdir) -> dict:
    _dbt("parse", "--quiet", workdir=workdir)
    return json.loads((workdir / "target" / "manifest.json").read_text())


def _mart_models(manifest: dict) -> dict[str, dict]:
    return {node["name"]: node for node in manifest["nodes"].values()
            if node["resource_type"] == "model" and node["schema"] == MART_SCHEMA}


_QUOTED = re.compile(r"'(?:[^']|'')*'")


def _names_in(value) -> set[str]:
    """Identifiers mentioned in a test argument (a column name, a list, a SQL expression)."""
    if isinstance(value, dict):
        return set().union(*(_names_in(v) for v in value.values())) if value else set()
    if isinstance(value, (list, tuple)):
        return set().union(*(_names_in(v) for v in value)) if value else set()
    if isinstance(value, str):
        return set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", _QUOTED.sub(" ", value).lower()))
    return set()


def _columns_with_tests(manifest: dict) -> dict[str, set[str]]:
    """Model unique_id -> columns with a data test: column tests, and model tests that
    name the column in their arguments (expression_is_true, a composite unique...)."""
    tested: dict[str, set[str]] = {}
    for node in manifest["nodes"].values():
        if node["resource_type"] != "test" or "test_metadata" not in node:
            continue  # singular tests name no column
        model_id = node.get("attached_node")
        if not model_id:
            continue
        columns = tested.setdefault(model_id, set())
        if node.get("column_name"):
            columns.add(node["column_name"].lower())
        kwargs = {k: v for k, v in node["test_metadata"].get("kwargs", {}).items() if k != "model"}
        columns |= _names_in(kwargs)
    return tested


def test_the_marts_are_found(manifest):
    marts = _mart_models(manifest)
    assert {"dim_date", "dim_country", "fct_diplomatic_event", "mart_trade_reconciliation"} <= set(marts)


def test_every_mart_column_is_documented(manifest):
    undocumented = sorted(f"{name}.{column}"
                          for name, node in _mart_models(manifest).items()
                          for column, spec in node["columns"].items()
                          if not (spec.get("description") or "").strip())
    assert not undocumented, f"mart columns without a description: {undocumented}"


def test_every_mart_column_has_a_data_test(manifest):
    tested = _columns_with_tests(manifest)
    untested = sorted(f"{name}.{column}"
                      for name, node in _mart_models(manifest).items()
                      for column in node["columns"]
                      if column.lower() not in tested.get(node["unique_id"], set()))
    assert not untested, f"mart columns without a data test: {untested}"


def test_every_mart_is_an_enforced_contract_with_typed_columns(manifest):
    """The marts are the serving file's API: a changed column name or type fails the build."""
    marts = _mart_models(manifest)
    not_enforced = sorted(name for name, node in marts.items() if not node["config"]["contract"]["enforced"])
    untyped = sorted(f"{name}.{column}" for name, node in marts.items()
                     for column, spec in node["columns"].items() if not spec.get("data_type"))
    assert not not_enforced, f"marts without an enforced contract: {not_enforced}"
    assert not untyped, f"mart columns without a data_type: {untyped}"


# Tests that state a rule of their own (not one column's null, unique, accepted values,
# range or reference): each needs a name saying the rule and a description (shown as the
# Dagster check's name and description).
RULE_TESTS = {"expression_is_true", "unique_combination_of_columns", "turnover_equals_exports_plus_imports",
              "exactly_one_per_group"}


def test_every_rule_test_is_named_and_described(manifest):
    unnamed = []
    for node in manifest["nodes"].values():
        if node["resource_type"] != "test":
            continue
        kind = (node.get("test_metadata") or {}).get("name")
        if kind is not None and kind not in RULE_TESTS:
            continue
        if not (node.get("description") or "").strip() or (kind and node["name"].startswith(kind)):
            unnamed.append(node["name"])
    assert not unnamed, f"rule tests without a name of their own or a description: {unnamed}"


def test_generic_tests_are_named_as_dbt_utils_names_them(manifest):
    """A dbt engineer recognises accepted_range, not_empty_string...: no home-made synonyms."""
    kinds = {(node.get("test_metadata") or {}).get("name") for node in manifest["nodes"].values()
             if node["resource_type"] == "test"}
    assert not kinds & {"within_range", "non_negative", "not_blank"}
    assert {"accepted_range", "not_empty_string", "expression_is_true", "unique_combination_of_columns"} <= kinds


def test_the_coverage_check_sees_an_untested_column(manifest):
    """The check itself: a column no test names is reported, one a model test names is not."""
    node = dict(_mart_models(manifest)["dim_date"])
    node["columns"] = {**node["columns"], "fiscal_week": {"name": "fiscal_week", "description": "x"}}
    tested = _columns_with_tests(manifest)[node["unique_id"]]
    assert "fiscal_week" not in tested
    assert "is_weekend" in tested and "month_start_date" in tested


def test_the_yaml_lists_every_column_the_marts_have(manifest, workdir):
    """A column added to a mart's SQL but not to its YAML would escape the checks above."""
    from orchestration.warehouse import ensure_raw_schema

    with duckdb.connect(str(workdir / "warehouse.duckdb")) as connection:
        ensure_raw_schema(connection)
    _dbt("seed", "--quiet", workdir=workdir)
    _dbt("run", "--empty", "--quiet", workdir=workdir)
    with duckdb.connect(str(workdir / "warehouse.duckdb"), read_only=True) as connection:
        built = connection.execute(
            "select table_name, lower(column_name) from information_schema.columns where table_schema = ?",
            [MART_SCHEMA]).fetchall()
    marts = _mart_models(manifest)
    actual = {(table, column) for table, column in built}
    declared = {(name, column.lower()) for name, node in marts.items() for column in node["columns"]}
    assert {table for table, _ in actual} == set(marts)
    assert sorted(actual - declared) == [], "mart columns missing from the YAML"
    assert sorted(declared - actual) == [], "YAML columns the marts do not have"
