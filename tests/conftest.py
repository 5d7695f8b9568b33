"""Shared test set-up: every test gets its own warehouse unless it says otherwise."""
import pytest


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """No test touches data/warehouse.duckdb or the user's serving file."""
    monkeypatch.setenv("DIPLOMART_WAREHOUSE", str(tmp_path / "warehouse.duckdb"))
    monkeypatch.setenv("DIPLOMART_SERVING", str(tmp_path / "serving" / "serving.duckdb"))
    monkeypatch.setenv("DIPLOMART_SOURCE_MODE", "snapshot")
