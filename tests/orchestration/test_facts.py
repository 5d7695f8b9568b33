"""Extractor output becomes fact rows with stable ids; re-extraction replaces, never adds."""
import json
from datetime import datetime

import pandas as pd
import pytest

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
