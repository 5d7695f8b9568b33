"""One settings module: a mode per source with one global default, bad values named, nothing
written to the environment, and README's settings table listing exactly these variables."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from orchestration.settings import INSTANCE_HOMES, PROJECT_ROOT, VARIABLES, dagster_home, load_settings
from sources.mode import SourceMode


def test_each_source_has_its_own_mode_and_falls_back_to_the_global_default():
    settings = load_settings({"DIPLOMART_SOURCE_MODE": "live", "DIPLOMART_BNS_MODE": "off", "DIPLOMART_COMEXT_MODE": "Snapshot"})
    assert settings.modes == {"govkz": SourceMode.LIVE, "bns": SourceMode.OFF, "comext": SourceMode.SNAPSHOT}
    assert set(load_settings({}).modes.values()) == {SourceMode.SNAPSHOT}


@pytest.mark.parametrize("variable, value", [
    ("DIPLOMART_BNS_MODE", "stream"),
    ("DIPLOMART_SOURCE_MODE", "online"),
    ("DIPLOMART_GOVKZ_BASE_URL", "ftp://mirror.example.org"),
    ("DIPLOMART_GOVKZ_HISTORY_START", "2019"),
    ("DIPLOMART_MAX_UNPARSEABLE_SHARE", "1.5"),
    ("DIPLOMART_DEEP_RESCAN_EVERY_DAYS", "weekly"),
])
def test_a_bad_value_is_refused_naming_its_variable(variable, value):
    with pytest.raises(ValueError, match=variable if "URL" not in variable else "http"):
        load_settings({variable: value})


def test_relative_paths_are_read_from_the_repository_root():
    settings = load_settings({"DIPLOMART_WAREHOUSE": "data/w.duckdb"})
    assert settings.warehouse == PROJECT_ROOT / "data" / "w.duckdb"
    assert settings.serving == PROJECT_ROOT / "data" / "serving" / "serving.duckdb"


def test_loading_the_code_location_leaves_our_settings_in_the_environment_alone():
    # (Libraries it imports may set their own variables, e.g. pandera's PYARROW_IGNORE_TIMEZONE.)
    script = (
        "import os, json; before = dict(os.environ); import orchestration.definitions; "
        "print(json.dumps(sorted(k for k in set(before) | set(os.environ) "
        "if k.startswith('DIPLOMART_') and before.get(k) != os.environ.get(k))))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("DIPLOMART_")}
    env["DIPLOMART_WAREHOUSE"] = "data/relative.duckdb"
    result = subprocess.run([sys.executable, "-c", script], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_readme_lists_every_setting_and_no_other():
    readme = (Path(PROJECT_ROOT) / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Settings", 1)[1].split("\n## ", 1)[0]
    documented = re.findall(r"^\| `(DIPLOMART_[A-Z_]+)` \|", table, flags=re.MULTILINE)
    assert documented == [v.name for v in VARIABLES]


def test_the_dagster_instance_is_sqlite_or_postgres_and_postgres_needs_a_url_naming_its_driver():
    assert load_settings({}).dagster_instance == "sqlite"
    url = "postgresql+psycopg2://dagster:secret@db.internal:5432/dagster"
    assert load_settings({"DIPLOMART_DAGSTER_INSTANCE": "postgres", "DAGSTER_POSTGRES_URL": url}).dagster_instance == "postgres"
    with pytest.raises(ValueError, match="DIPLOMART_DAGSTER_INSTANCE='mysql' is none of sqlite, postgres"):
        load_settings({"DIPLOMART_DAGSTER_INSTANCE": "mysql"})
    with pytest.raises(ValueError, match="needs DAGSTER_POSTGRES_URL"):
        load_settings({"DIPLOMART_DAGSTER_INSTANCE": "postgres"})
    with pytest.raises(ValueError, match="must start with postgresql\\+psycopg2://"):
        load_settings({"DIPLOMART_DAGSTER_INSTANCE": "postgres", "DAGSTER_POSTGRES_URL": url.replace("+psycopg2", "")})


@pytest.mark.parametrize("instance", list(INSTANCE_HOMES))
def test_make_points_dagster_home_at_the_folder_of_the_chosen_instance(instance):
    """The Makefile maps DIPLOMART_DAGSTER_INSTANCE to DAGSTER_HOME as settings.py does, and
    that folder holds a dagster.yaml."""
    result = subprocess.run(
        ["make", "-s", "--no-print-directory", "--eval", "print-dagster-home: ; @echo $$DAGSTER_HOME", "print-dagster-home"],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=60,
        env={**os.environ, "DIPLOMART_DAGSTER_INSTANCE": instance},
    )
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()) == dagster_home(instance)
    assert (dagster_home(instance) / "dagster.yaml").is_file()
