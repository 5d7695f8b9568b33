"""Extractor output becomes fact rows with stable ids; re-extraction replaces, never adds."""
import json
from datetime import datetime

import pandas as pd

from orchestration import warehouse
from orchestration.facts import fact_rows, land_facts
from schemas import validate_rows
from schemas.raw_tables import ReleaseFact

VERSION = {"source": "govkz", "project": "mfa", "item_id": "812001", "lang": "en", "content_hash": "d" * 64}
EXTRACTION = {
    "extractor_version": "test-1",
    "counterparts": ["PRT"],
    "events": [{"type": "meeting", "counterpart": "PRT", "is_subject": True,
                "provenance": {"sentence_index": 0, "char_start": 0, "char_end": 40, "evidence": "Vassilenko met Amaral."}}],
    "agreements": [],
    "trade_figures": [
        {"metric": "exports", "value_usd": 4900000, "provenance": {"sentence_index": 3, "char_start": 100, "char_end": 140}},
        {"metric": "imports", "value_usd": 45600000, "provenance": {"sentence_index": 3, "char_start": 100, "char_end": 140}},
    ],
    "investment_figures": [],
}


def test_fact_ids_are_stable_and_distinguish_facts_sharing_a_span():
    first, second = fact_rows(VERSION, EXTRACTION), fact_rows(VERSION, EXTRACTION)
    assert [r["fact_id"] for r in first] == [r["fact_id"] for r in second]
    assert len({r["fact_id"] for r in first}) == 3
    assert [r["fact_type"] for r in first] == ["event", "trade_figure", "trade_figure"]
    assert json.loads(first[1]["payload"])["value_usd"] == 4900000


def test_landing_the_same_extraction_twice_keeps_one_copy(tmp_path):
    rows = validate_rows(fact_rows(VERSION, EXTRACTION), ReleaseFact)
    assert not rows.rejected
    mark = {**VERSION, "extractor_version": "test-1", "counterparts": '["PRT"]', "fact_count": 3}
    with warehouse.connect(tmp_path / "w.duckdb") as connection:
        for _ in range(2):
            land_facts(connection, rows.valid, [mark], extracted_at=datetime(2024, 3, 8))
        assert connection.execute("select count(*) from raw.release_facts").fetchone() == (3,)
        assert connection.execute("select count(*) from raw.release_extractions").fetchone() == (1,)


def test_a_fact_with_a_backwards_span_is_rejected_with_a_reason():
    bad = {**EXTRACTION, "events": [], "trade_figures": [
        {"metric": "turnover", "provenance": {"sentence_index": 1, "char_start": 90, "char_end": 10}}]}
    outcome = validate_rows(fact_rows(VERSION, bad), ReleaseFact)
    assert outcome.valid.empty
    assert "a span ends after it starts" in outcome.rejected[0]["reason"]


def test_identical_facts_of_one_version_get_distinct_ids_and_the_first_keeps_its_id():
    contract = {"type": "contract", "counterpart": "PRT", "title": None,
                "provenance": {"sentence_index": 1, "char_start": 104, "char_end": 142, "evidence": "three contracts"}}
    three = {**EXTRACTION, "events": [], "trade_figures": [], "agreements": [contract, contract, contract]}
    rows = fact_rows(VERSION, three)
    assert len({r["fact_id"] for r in rows}) == 3
    one = fact_rows(VERSION, {**three, "agreements": [contract]})
    assert rows[0]["fact_id"] == one[0]["fact_id"]  # ids of facts that never collided do not change
    outcome = validate_rows(rows, ReleaseFact)
    assert not outcome.rejected and len(outcome.valid) == 3


def test_a_release_the_extractor_cannot_read_is_quarantined_and_said_in_the_log(tmp_path, monkeypatch):
    import dagster as dg
    import extraction

    from orchestration.assets.release_facts import release_facts
    from orchestration.landing import land_release_versions
    from orchestration.resources import WarehouseResource

    database = tmp_path / "w.duckdb"
    versions = pd.DataFrame([
        {"source": "govkz", "project": "mfa", "item_id": item_id, "lang": "en", "content_hash": item_id[0] * 64,
         "title": "Consultations", "body_html": "<p>x</p>", "body_text": text,
         "published_at_utc": datetime(2024, 3, 7), "published_date_local": datetime(2024, 3, 7).date(),
         "published_time_known": True, "updated_at_utc": None, "url": "https://www.gov.kz/x", "raw_json": "{}"}
        for item_id, text in (("1", "The parties signed three contracts."), ("2", "unreadable"))
    ])
    with warehouse.connect(database) as connection:
        land_release_versions(connection, versions, fetched_at=datetime(2024, 3, 7))
    real_extract = extraction.extract

    def extract_or_fail(text, **kwargs):
        if text == "unreadable":
            raise ValueError("no sentence boundary")
        return real_extract(text, **kwargs)

    monkeypatch.setattr(extraction, "extract", extract_or_fail)
    instance = dg.DagsterInstance.ephemeral()
    result = dg.materialize([release_facts], resources={"warehouse": WarehouseResource(database=str(database))},
                            instance=instance)
    assert result.success
    logged = [entry.user_message for entry in instance.all_logs(result.run_id)]
    assert any("1 facts or releases not extracted (1 extractor errors)" in m and "no sentence boundary" in m for m in logged)
    with warehouse.connect(database) as connection:
        rejects = connection.execute("select record_key, reason from raw.rejected_records").fetchall()
    assert rejects == [("mfa/2/en", "extractor error: ValueError('no sentence boundary')")]
