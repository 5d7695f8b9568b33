"""Facts read from the English and Russian texts of each release version → raw.release_facts,
and the key of every participant named in them → raw.person_name_keys."""

import json
from collections import Counter
from datetime import datetime, timezone

import dagster as dg
import pandas as pd

from orchestration.facts import EXTRACTED_LANGS, fact_rows, land_facts, versions_to_extract
from orchestration.landing import land_and_quarantine
from orchestration.official_names import land_name_keys
from orchestration.resources import WarehouseResource
from schemas.raw_tables import ReleaseFact
from sources.govkz.parser import release_key


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            ["raw", "release_facts"],
            deps=[["raw", "press_release_versions"]],
            description="One row per fact (event, agreement, trade or investment figure) read from a release version, with provenance.",
            kinds={"python", "duckdb"},
        ),
        dg.AssetSpec(
            ["raw", "release_extractions"],
            deps=[["raw", "press_release_versions"]],
            description="One row per release version read by an extractor version, with the counterparts it found.",
            kinds={"python", "duckdb"},
        ),
        dg.AssetSpec(
            ["raw", "person_name_keys"],
            deps=[["raw", "press_release_versions"]],
            description=(
                "One row per participant name in the facts, as written (Latin or Cyrillic), with the "
                "script-independent key that identifies the official (extraction.lang.ru.translit)."
            ),
            kinds={"python", "duckdb"},
        ),
    ],
    group_name="extraction",
    pool="duckdb_writer",
)
def release_facts(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    from extraction import EXTRACTOR_VERSION, extract

    now = datetime.now(timezone.utc).replace(tzinfo=None)
    with warehouse.connect() as connection:
        pending = versions_to_extract(connection, EXTRACTOR_VERSION)

    rows, marks, failures = [], [], []
    for version in pending.to_dict("records"):
        published = version["published_date_local"]
        try:
            extraction = extract(
                version["body_text"] or "",
                published=published.isoformat() if published is not None and not pd.isna(published) else None,
                language=version["lang"],
            )
        except Exception as error:  # one unreadable release must not stop the others
            failures.append({"version": version, "reason": f"extractor error: {error!r}"})
            continue
        facts = fact_rows(version, extraction)
        rows.extend(facts)
        marks.append(
            {
                **{k: str(version[k]) for k in ("source", "project", "item_id", "lang", "content_hash")},
                "extractor_version": EXTRACTOR_VERSION,
                "counterparts": json.dumps(extraction.get("counterparts") or []),
                "fact_count": len(facts),
            }
        )

    with warehouse.connect() as connection:
        report = land_and_quarantine(
            connection,
            rows=rows,
            model=ReleaseFact,
            land=lambda connection, valid: land_facts(connection, valid, marks, extracted_at=now),
            source="extraction",
            entity="release_fact",
            record_key=lambda row: row.get("fact_id"),
            rejects=[
                {
                    "record_key": release_key(f["version"]["project"], f["version"]["item_id"], f["version"]["lang"]),
                    "reason": f["reason"],
                    "raw_payload": {k: str(v) for k, v in f["version"].items()},
                }
                for f in failures
            ],
            rejected_at=now,
        )
        by_type = dict(
            connection.execute(
                "select fact_type, count(*) from raw.release_facts where extractor_version = ? group by 1",
                [EXTRACTOR_VERSION],
            ).fetchall()
        )
        extracted_total = connection.execute("select count(*) from raw.release_extractions").fetchone()[0]
        by_lang = dict(connection.execute(
            "select lang, count(*) from raw.release_extractions where extractor_version = ? group by 1",
            [EXTRACTOR_VERSION],
        ).fetchall())
        names_keyed = land_name_keys(connection, keyed_at=now)
        names_total = connection.execute("select count(*) from raw.person_name_keys").fetchone()[0]

    read_by_lang = Counter(mark["lang"] for mark in marks)
    context.log.info(
        f"extracted {report.written} facts from {len(marks)} release versions"
        + (f" ({', '.join(f'{n} {lang}' for lang, n in sorted(read_by_lang.items()))})" if marks else "")
        + f"; {names_keyed} participant names keyed"
    )
    if report.rejected:
        # Each one is in raw.rejected_records with its payload; the log says how many and why.
        context.log.warning(
            f"{report.rejected} facts or releases not extracted ({len(failures)} extractor errors): "
            + "; ".join(f"{n} × {reason}" for reason, n in sorted(report.reasons.items()))
        )
    yield dg.MaterializeResult(
        asset_key=["raw", "release_facts"],
        metadata={
            "extractor_version": EXTRACTOR_VERSION,
            "versions_read": len(marks),
            "facts_written": report.written,
            "facts_rejected": report.rejected - len(failures),
            "extractor_failures": len(failures),
            **{f"facts_{fact_type}": int(n) for fact_type, n in sorted(by_type.items())},
            "dagster/row_count": int(sum(by_type.values())),
        },
    )
    yield dg.MaterializeResult(
        asset_key=["raw", "release_extractions"],
        metadata={
            "versions_read": len(marks),
            "extracted_langs": ", ".join(EXTRACTED_LANGS),
            **{f"versions_{lang}": int(n) for lang, n in sorted(by_lang.items())},
            "dagster/row_count": int(extracted_total),
        },
    )
    yield dg.MaterializeResult(
        asset_key=["raw", "person_name_keys"],
        metadata={"names_keyed": names_keyed, "dagster/row_count": int(names_total)},
    )
