"""Extractor output becomes fact rows with stable ids; re-extraction replaces, never adds."""
import hashlib
import json
from datetime import datetime

import dagster as dg
import pandas as pd

from orchestration import warehouse
from orchestration.facts import fact_rows, land_facts, versions_to_extract
from orchestration.landing import land_release_versions
from orchestration.official_names import land_name_keys, name_key_rows
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
    import extraction

    from orchestration.assets.release_facts import release_facts
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


def land_versions(database, texts: dict[tuple[str, str], str], fetched_at=datetime(2024, 11, 12)) -> None:
    """One release version per (item_id, lang), with the given body text."""
    versions = pd.DataFrame([
        {"source": "govkz", "project": "mfa", "item_id": item_id, "lang": lang,
         "content_hash": hashlib.sha256(f"{item_id}/{lang}/{text}".encode()).hexdigest(),
         "title": "Meeting", "body_html": f"<p>{text}</p>", "body_text": text,
         "published_at_utc": datetime(2024, 11, 12, 5, 30), "published_date_local": datetime(2024, 11, 12).date(),
         "published_time_known": True, "updated_at_utc": None, "url": "https://www.gov.kz/x", "raw_json": "{}"}
        for (item_id, lang), text in texts.items()
    ])
    with warehouse.connect(database) as connection:
        land_release_versions(connection, versions, fetched_at=fetched_at)


BILINGUAL = {
    ("818040", "en"): "On 11 November 2024, Deputy Prime Minister – Minister of Foreign Affairs of Kazakhstan "
                      "Murat Nurtleu received the Ambassador of the United Kingdom to Kazakhstan. In 2023, trade "
                      "between Kazakhstan and the United Kingdom amounted to 1.2 billion US dollars.",
    ("818040", "ru"): "11 ноября 2024 года Заместитель Премьер-Министра – Министр иностранных дел Республики "
                      "Казахстан Мурат Нуртлеу принял Посла Соединенного Королевства в Казахстане. По итогам 2023 "
                      "года товарооборот между Казахстаном и Великобританией составил 1,2 млрд долларов США.",
    ("818040", "kk"): "2024 жылғы 11 қарашада Мұрат Нұртілеу Ұлыбритания Елшісін қабылдады.",
}


def materialize_release_facts(database) -> dg.ExecuteInProcessResult:
    from orchestration.assets.release_facts import release_facts
    from orchestration.resources import WarehouseResource

    result = dg.materialize([release_facts], resources={"warehouse": WarehouseResource(database=str(database))},
                            instance=dg.DagsterInstance.ephemeral())
    assert result.success
    return result


def test_english_and_russian_versions_are_read_kazakh_ones_are_not_and_a_rerun_adds_nothing(tmp_path):
    database = tmp_path / "w.duckdb"
    land_versions(database, BILINGUAL)
    with warehouse.connect(database) as connection:
        pending = versions_to_extract(connection, "rules-test")
    assert sorted(pending["lang"]) == ["en", "ru"]

    materialize_release_facts(database)
    with warehouse.connect(database) as connection:
        facts = connection.execute(
            "select lang, fact_type, payload ->> '$.date', payload ->> '$.value_usd' from raw.release_facts "
            "order by lang, fact_type").fetchall()
        read = connection.execute("select lang from raw.release_extractions order by lang").fetchall()
    # each language version read once, on its own, with its own lang
    assert read == [("en",), ("ru",)]
    assert facts == [("en", "event", "2024-11-11", None), ("en", "trade_figure", None, "1200000000"),
                     ("ru", "event", "2024-11-11", None), ("ru", "trade_figure", None, "1200000000")]

    second = materialize_release_facts(database)
    with warehouse.connect(database) as connection:
        assert connection.execute("select count(*) from raw.release_facts").fetchone() == (4,)
        assert connection.execute("select count(*) from raw.release_extractions").fetchone() == (2,)
    metadata = second.asset_materializations_for_node("release_facts")[0].metadata
    assert metadata["versions_read"].value == 0


def test_participants_named_in_cyrillic_and_latin_get_one_key_and_a_quiet_rerun_writes_no_key(tmp_path):
    database = tmp_path / "w.duckdb"
    land_versions(database, BILINGUAL)
    materialize_release_facts(database)
    with warehouse.connect(database) as connection:
        keys = connection.execute("select name, name_key, name_latin from raw.person_name_keys order by name").fetchall()
        keyed_at = connection.execute("select max(keyed_at) from raw.person_name_keys").fetchone()
    assert keys == [("Murat Nurtleu", "nurtleu", "Murat Nurtleu"), ("Мурат Нуртлеу", "nurtleu", "Murat Nurtleu")]

    # nothing new: no row is written, so the dbt step sees the table unchanged
    quiet = materialize_release_facts(database)
    with warehouse.connect(database) as connection:
        assert connection.execute("select max(keyed_at) from raw.person_name_keys").fetchone() == keyed_at
    by_asset = {m.asset_key.to_user_string(): m.metadata for m in quiet.asset_materializations_for_node("release_facts")}
    assert by_asset["raw/person_name_keys"]["names_keyed"].value == 0
    assert by_asset["raw/person_name_keys"]["dagster/row_count"].value == 2


def test_a_key_computed_by_older_rules_is_replaced_and_only_it(tmp_path):
    database = tmp_path / "w.duckdb"
    land_versions(database, BILINGUAL)
    materialize_release_facts(database)
    with warehouse.connect(database) as connection:
        connection.execute("update raw.person_name_keys set name_key = 'nrtl', keyed_at = timestamp '2020-01-01' "
                           "where name = 'Мурат Нуртлеу'")
        assert land_name_keys(connection, keyed_at=datetime(2024, 12, 1)) == 1
        rows = connection.execute("select name, name_key, keyed_at from raw.person_name_keys order by name").fetchall()
    assert rows[1] == ("Мурат Нуртлеу", "nurtleu", datetime(2024, 12, 1))
    assert rows[0][2] != datetime(2024, 12, 1)  # the Latin name's row was left as it was


def test_name_key_rows_skip_blank_names_and_give_each_name_once():
    rows = name_key_rows(["Роман Василенко", "Roman Vassilenko", "R. Vasilenko", "Roman Vassilenko", "", "  "])
    assert [(r["name"], r["name_key"]) for r in rows] == [
        ("R. Vasilenko", "vasilenko"), ("Roman Vassilenko", "vasilenko"), ("Роман Василенко", "vasilenko")]
    assert rows[2]["name_latin"] == "Roman Vassilenko"
