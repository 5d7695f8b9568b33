"""How dbt models, seeds, tests and exposures appear in Dagster: keys, groups, owners,
table names, code references, and a readable description on every check."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Mapping, Sequence

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtProject

# Who answers for the warehouse (Dagster owners are e-mails or "team:<name>").
DATA_TEAM = "team:diplomart-data"
LAYER_BY_FOLDER = {"staging": "staging", "intermediate": "intermediate", "marts": "marts"}
EXPOSURE_KINDS = {"dashboard": "dashboard", "notebook": "jupyter", "analysis": "sql", "application": "python"}


class DiplomartDbtTranslator(DagsterDbtTranslator):
    """Keys `<layer>/<model>` (e.g. marts/fct_trade_official) and groups by layer, so a
    rename that would break a BI query shows up in the asset-graph snapshot test. Each
    mart names the table BI reads in the serving file besides its warehouse table."""

    def __init__(self, project: DbtProject, serving_path: Path):
        super().__init__(
            settings=DagsterDbtTranslatorSettings(enable_asset_checks=True, enable_source_tests_as_checks=True)
        )
        self._project = project
        self._serving_path = serving_path

    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> dg.AssetKey:
        if dbt_resource_props["resource_type"] == "source":
            return super().get_asset_key(dbt_resource_props)
        return dg.AssetKey([layer_of(dbt_resource_props), dbt_resource_props["name"]])

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        return layer_of(dbt_resource_props)

    def get_owners(self, dbt_resource_props: Mapping[str, Any]) -> Sequence[str] | None:
        return [DATA_TEAM]

    def get_asset_spec(self, manifest: Mapping[str, Any], unique_id: str, project: DbtProject | None) -> dg.AssetSpec:
        # Asked again for every dependency and at every build: memoized like the base class does.
        memo = self.__dict__.setdefault("_diplomart_specs", {})
        if (id(manifest), unique_id) not in memo:
            memo[(id(manifest), unique_id)] = self._spec(manifest, unique_id, project)
        return memo[(id(manifest), unique_id)]

    def _spec(self, manifest: Mapping[str, Any], unique_id: str, project: DbtProject | None) -> dg.AssetSpec:
        spec = super().get_asset_spec(manifest, unique_id, project)
        props = self.get_resource_props(manifest, unique_id)
        if props["resource_type"] == "source":
            return spec
        metadata = {**spec.metadata, **code_references(props, Path(self._project.project_dir))}
        if spec.key.path[0] == "marts":
            metadata["serving_table"] = dg.MetadataValue.text(f"marts.{props['alias']} in {self._serving_path}")
        return spec.replace_attributes(metadata=metadata)

    def get_asset_check_spec(
        self, asset_spec: dg.AssetSpec, manifest: Mapping[str, Any], unique_id: str, project: DbtProject | None
    ) -> dg.AssetCheckSpec | None:
        spec = super().get_asset_check_spec(asset_spec, manifest, unique_id, project)
        if spec is None:
            return None
        on_source = all(parent.startswith("source.") for parent in manifest["parent_map"].get(unique_id, []))
        return dg.AssetCheckSpec(
            name=spec.name,
            asset=spec.asset_key,
            description=describe_test(manifest["nodes"][unique_id]),
            additional_deps=spec.additional_deps,
            metadata=spec.metadata,
            # A blocking check on a raw table would hold back the Python assets below it
            # (release_facts waits for raw/press_release_versions' checks) until the dbt step,
            # which itself waits for them: Dagster would split the dbt step in three. A failed
            # source test still fails the dbt build, which stops the publish step.
            blocking=spec.blocking and not on_source,
        )


def layer_of(props: Mapping[str, Any]) -> str:
    if props["resource_type"] == "seed":
        return "reference"
    folders = props.get("fqn", [])[1:-1]
    return next((LAYER_BY_FOLDER[f] for f in folders if f in LAYER_BY_FOLDER), "models")


def code_references(props: Mapping[str, Any], project_dir: Path) -> dict[str, Any]:
    """Links to the model's SQL (or seed's CSV) and to the YAML that documents and tests it."""
    files = [props["original_file_path"]]
    if props.get("patch_path"):
        files.append(props["patch_path"].split("://", 1)[-1])
    return {"dagster/code_references": dg.CodeReferencesMetadataValue(
        code_references=[dg.LocalFileCodeReference(file_path=str((project_dir / f).resolve())) for f in files])}


def describe_test(test: Mapping[str, Any]) -> str:
    """The test's own description, or what a generic test checks, in words."""
    if (test.get("description") or "").strip():
        return test["description"].strip()
    meta = test.get("test_metadata") or {}
    kwargs = {k: v for k, v in meta.get("kwargs", {}).items() if k != "model"}
    column = f"`{test.get('column_name') or kwargs.get('column_name')}`"
    kind = meta.get("name")
    if kind == "not_null":
        sentence = f"{column} is never null."
    elif kind == "unique":
        sentence = f"No two rows share a {column}."
    elif kind == "accepted_values":
        sentence = f"{column} is one of: {', '.join(map(str, kwargs.get('values', [])))}."
    elif kind == "relationships":
        sentence = f"Every {column} is a `{kwargs.get('field')}` of {_ref_name(kwargs.get('to', ''))}."
    elif kind == "accepted_range":
        low, high = kwargs.get("min_value"), kwargs.get("max_value")
        bounds = [f"at least {low}" if low is not None else "", f"at most {high}" if high is not None else ""]
        sentence = f"{column} is {' and '.join(b for b in bounds if b)} (nulls pass)."
    elif kind == "not_empty_string":
        sentence = f"{column} is null or says something: never an empty or blank string."
    elif kind == "matches_regex":
        sentence = f"{column} matches `{kwargs.get('pattern')}` (nulls pass)."
    elif kind == "plausible_year":
        sentence = f"{column} is a year from 1991 (independence) to the project's latest_plausible_year."
    else:
        sentence = f"dbt test {test['name']}."
    where = (test.get("config") or {}).get("where")
    return f"{sentence} Only rows where {where}." if where else sentence


def _ref_name(ref: str) -> str:
    match = re.search(r"ref\(['\"]([^'\"]+)['\"]\)", ref)
    return match.group(1) if match else ref


def exposure_specs(manifest: Mapping[str, Any], translator: DiplomartDbtTranslator,
                   serving_key: dg.AssetKey) -> list[dg.AssetSpec]:
    """The dbt exposures (who reads the marts, and how) as external assets downstream of the
    marts they use and of the serving file they read them from."""
    specs = []
    for exposure in manifest.get("exposures", {}).values():
        marts = [translator.get_asset_spec(manifest, uid, None).key for uid in exposure["depends_on"]["nodes"]]
        owner = exposure.get("owner", {}).get("name") or "diplomart"
        metadata = {"maturity": exposure.get("maturity") or "unknown", "dbt_exposure": exposure["name"]}
        if exposure.get("url"):
            metadata["url"] = dg.MetadataValue.url(exposure["url"])
        specs.append(dg.AssetSpec(
            key=["exposures", exposure["name"]],
            deps=[serving_key, *sorted(marts, key=lambda k: k.to_user_string())],
            description=f"**{exposure.get('label') or exposure['name']}** ({exposure['type']}). "
                        f"{(exposure.get('description') or '').strip()}",
            group_name="exposures",
            kinds={EXPOSURE_KINDS.get(exposure["type"], "dbt")},
            owners=[f"team:{re.sub(r'[^a-z0-9]+', '-', owner.lower()).strip('-')}"],
            metadata=metadata,
        ))
    return specs
