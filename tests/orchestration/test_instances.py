"""The three instance configurations say the same about what protects the warehouse: one run at a
time, one writer in the duckdb_writer pool, two retries, the sources' log lines in the run's log.
The Postgres instance differs from the SQLite one only in storage, launcher and run monitoring.
(The Postgres instance itself runs for real in tests/reliability/test_reliability_postgres.py.)"""
import yaml

from orchestration.settings import INSTANCE_HOMES, PROJECT_ROOT

SQLITE = yaml.safe_load((INSTANCE_HOMES["sqlite"] / "dagster.yaml").read_text())
POSTGRES = yaml.safe_load((INSTANCE_HOMES["postgres"] / "dagster.yaml").read_text())
HELM_VALUES = yaml.safe_load((PROJECT_ROOT / "deploy" / "kubernetes" / "values.yaml").read_text())


def test_the_postgres_instance_keeps_everything_but_storage_launcher_and_monitoring():
    assert POSTGRES["storage"] == {"postgres": {"postgres_url": {"env": "DAGSTER_POSTGRES_URL"}}}
    assert POSTGRES["run_launcher"] == {"module": "dagster", "class": "DefaultRunLauncher"}
    assert POSTGRES["run_monitoring"]["enabled"] is True
    assert set(POSTGRES) - set(SQLITE) == {"run_launcher", "run_monitoring"}
    shared = set(SQLITE) - {"storage"}
    assert {key: POSTGRES[key] for key in shared} == {key: SQLITE[key] for key in shared}


def test_the_kubernetes_values_set_the_same_limits_retries_and_logs():
    assert HELM_VALUES["concurrency"]["enabled"] is True
    assert HELM_VALUES["concurrency"]["runs"]["maxConcurrentRuns"] == SQLITE["concurrency"]["runs"]["max_concurrent_runs"] == 1
    assert HELM_VALUES["concurrency"]["pools"]["defaultLimit"] == SQLITE["concurrency"]["pools"]["default_limit"] == 1
    daemon = HELM_VALUES["dagsterDaemon"]
    assert (daemon["runRetries"]["enabled"], daemon["runRetries"]["maxRetries"]) == (
        SQLITE["run_retries"]["enabled"], SQLITE["run_retries"]["max_retries"])
    assert daemon["runMonitoring"]["enabled"] is True
    assert HELM_VALUES["runLauncher"]["type"] == "K8sRunLauncher"
    assert HELM_VALUES["pythonLogs"] == {"managedPythonLoggers": SQLITE["python_logs"]["managed_python_loggers"],
                                         "pythonLogLevel": SQLITE["python_logs"]["python_log_level"]}
    assert HELM_VALUES["postgresql"]["postgresqlScheme"] == "postgresql+psycopg2"
