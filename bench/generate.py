"""Synthetic history for the scale benchmarks: N press releases (+ their facts) and M official trade rows.

    .venv/bin/python bench/generate.py WAREHOUSE --releases 10000 --trade-rows 1000000 [--seed 7]

Releases: rendered from templates with a seeded RNG (a realistic mix: meetings, talks,
calls, visits, consultations, signings, trade and investment paragraphs, and ~25%
consular/boilerplate notices with no facts; ~80% English, ~20% "Russian" versions (the
template text, which the Russian pack reads as the pipeline would, finding little); ~8% of
English releases get a second, edited version; ~5% are embassy re-posts). They are inserted
straight into `raw.press_release_versions`. Facts come from the **real extractor** run on
every version in a language the pipeline extracts (in parallel over the cores), turned into
rows and landed with the pipeline's own code (`orchestration.facts.fact_rows` / `land_facts`,
`orchestration.official_names.land_name_keys`), so `raw.release_facts`,
`raw.release_extractions` and `raw.person_name_keys` hold exactly what the `release_facts`
asset would write.

Trade: `raw.bns_trade_by_country` has no product column, so M rows are made of the
real partner list (the country reference seed, plus the four aggregates BNS
publishes) × synthetic extra editions, each edition holding its own year and the
previous one, exactly as the real workbooks do (so the same transformations run:
newest-edition window, unpivot, joins, and every dbt test holds once the year range
tests are widened: editions are numbered 2019, 2020, … up to ~21,800 at 10^7 rows, and
bench_scale.py passes `--vars "{latest_plausible_year: 100000}"`). M = partners ×
editions × 2. Generated in SQL inside DuckDB (seconds even at 10^7).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import duckdb  # noqa: E402
import pandas as pd  # noqa: E402

# (name, adjective, capital)
PARTNERS = [
    ("Portugal", "Portuguese", "Lisbon"), ("Spain", "Spanish", "Madrid"), ("Finland", "Finnish", "Helsinki"),
    ("Romania", "Romanian", "Bucharest"), ("Serbia", "Serbian", "Belgrade"), ("Georgia", "Georgian", "Tbilisi"),
    ("Morocco", "Moroccan", "Rabat"), ("Latvia", "Latvian", "Riga"), ("Greece", "Greek", "Athens"),
    ("Oman", "Omani", "Muscat"), ("Kenya", "Kenyan", "Nairobi"), ("Thailand", "Thai", "Bangkok"),
    ("Germany", "German", "Berlin"), ("France", "French", "Paris"), ("Italy", "Italian", "Rome"),
    ("Japan", "Japanese", "Tokyo"), ("China", "Chinese", "Beijing"), ("Turkey", "Turkish", "Ankara"),
    ("Uzbekistan", "Uzbek", "Tashkent"), ("Kyrgyzstan", "Kyrgyz", "Bishkek"), ("Poland", "Polish", "Warsaw"),
    ("Hungary", "Hungarian", "Budapest"), ("Egypt", "Egyptian", "Cairo"), ("India", "Indian", "New Delhi"),
    ("Indonesia", "Indonesian", "Jakarta"), ("Brazil", "Brazilian", "Brasilia"), ("Canada", "Canadian", "Ottawa"),
    ("Austria", "Austrian", "Vienna"), ("Belgium", "Belgian", "Brussels"), ("Sweden", "Swedish", "Stockholm"),
    ("Norway", "Norwegian", "Oslo"), ("Azerbaijan", "Azerbaijani", "Baku"), ("Mongolia", "Mongolian", "Ulaanbaatar"),
    ("Vietnam", "Vietnamese", "Hanoi"), ("Qatar", "Qatari", "Doha"), ("Pakistan", "Pakistani", "Islamabad"),
]
KAZ_OFFICIALS = [
    ("Deputy Minister of Foreign Affairs", "Roman Vassilenko"), ("Deputy Minister of Foreign Affairs", "Alibek Bakayev"),
    ("Deputy Prime Minister - Minister of Foreign Affairs", "Murat Nurtleu"),
    ("First Deputy Minister of Foreign Affairs", "Kairat Umarov"), ("President", "Kassym-Jomart Tokayev"),
    ("Minister of Foreign Affairs", "Mukhtar Tileuberdi"), ("Deputy Minister of Foreign Affairs", "Akan Rakhmetullin"),
]
FOREIGN_TITLES = ["Ambassador", "Minister of Foreign Affairs", "State Secretary", "Vice Minister of Foreign Affairs",
                  "Prime Minister", "Deputy Foreign Minister", "Minister of Economy"]
FIRST = ["Jose", "Maria", "Andrei", "Elena", "Nikos", "Anna", "Peter", "Laura", "Ahmed", "Sofia", "Kenji", "Li",
         "Mehmet", "Olga", "Ravi", "Paulo", "Ingrid", "Tomas", "Yusuf", "Hana"]
LAST = ["Amaral", "Urbiola", "Popescu", "Dendias", "Lupu", "Tavio", "Bourita", "Augulis", "Korir", "Silva",
        "Tanaka", "Wei", "Yilmaz", "Novak", "Sharma", "Costa", "Larsen", "Horvath", "Karimov", "Suzuki"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
FIELDS = ["education", "tourism", "digital technologies", "agriculture", "transport and logistics", "energy", "culture"]
FILLER = [
    "The parties discussed current issues of the bilateral agenda and prospects for cooperation.",
    "Special attention was paid to transport and logistics, education and tourism.",
    "The diplomats exchanged views on topical issues of the regional and international agenda.",
    "Both sides stressed the importance of regular political dialogue at all levels.",
    "The interlocutors noted the dynamic development of trade, economic and investment ties.",
    "The sides also discussed the preparation of upcoming high-level visits.",
    "Photo: press service of the Kazakh MFA",
]
NOTICES = [
    "The Ministry of Foreign Affairs of the Republic of Kazakhstan reminds citizens planning trips abroad of the need to "
    "check the validity of their passports and the entry requirements of the country of destination in advance.",
    "Citizens are recommended to register with the foreign missions of Kazakhstan through the electronic consular "
    "registration service and to take out medical insurance for the entire period of the trip.",
    "In emergency situations, citizens may contact the duty officers of the embassies and consulates of Kazakhstan "
    "around the clock.",
    "The briefing of the official representative of the Ministry will be held on Monday at 11:00 Astana time.",
]
PROJECTS = [("mfa", 0.95), ("mfa-istanbul", 0.03), ("mfa-bjs", 0.02)]
FIRST_DAY = date(2019, 1, 1)
LAST_DAY = date(2025, 12, 31)


def render(rng: random.Random, published: date) -> tuple[str, str]:
    """One release: (title, body text), from templates."""
    if rng.random() < 0.25:
        return "Information for citizens of Kazakhstan", "\n\n".join(rng.sample(NOTICES, rng.randint(2, 3)))
    country, adj, city = rng.choice(PARTNERS)
    k_title, k_name = rng.choice(KAZ_OFFICIALS)
    f_name, f_title = f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(FOREIGN_TITLES)
    day = published - timedelta(days=rng.randint(0, 2))
    when = f"On {day.day} {MONTHS[day.month - 1]}"
    year = min(published.year - 1, 2024)
    opening = rng.choice([
        f"{when}, {k_title} of the Republic of Kazakhstan {k_name} met with {f_title} of {country} {f_name}.",
        f"{k_title} of Kazakhstan {k_name} held talks with {adj} {f_title} {f_name} in {city} on {MONTHS[day.month - 1]} {day.day}.",
        f"{when}, {k_name}, {k_title} of Kazakhstan, had a telephone conversation with {f_title} of {country} {f_name}.",
        f"{when}, {k_title} of Kazakhstan {k_name} received the Ambassador of {country} to Kazakhstan {f_name}.",
        f"The {rng.randint(2, 9)}th round of Kazakh-{adj} political consultations was held in Astana.",
        f"{k_title} of Kazakhstan {k_name} paid an official visit to {country}.",
        f"{when}, {k_title} of Kazakhstan {k_name} held a videoconference with {f_title} of {country} {f_name}.",
    ])
    body = [opening] + rng.sample(FILLER, rng.randint(2, 4))
    if rng.random() < 0.5:
        body.append(f"Bilateral trade turnover in {year} amounted to {rng.randint(10, 990)}.{rng.randint(0, 9)} million US dollars "
                    f"(exports {rng.randint(1, 9)}.{rng.randint(0, 9)} million, imports - {rng.randint(1, 9)}.{rng.randint(0, 9)} million).")
    if rng.random() < 0.15:
        body.append(f"From 2005 to {year}, the gross inflow of direct investment from {country} to Kazakhstan exceeded "
                    f"{rng.randint(50, 900)} million US dollars.")
    if rng.random() < 0.25:
        body.append(f"Following the meeting, the parties signed a Memorandum of Understanding on cooperation in the field of "
                    f"{rng.choice(FIELDS)}.")
    if rng.random() < 0.1:
        body.append(f"The sides agreed to bring bilateral trade to ${rng.randint(1, 5)} billion.")
    return f"Kazakhstan and {country} discuss cooperation", "\n\n".join(body)


def make_releases(n: int, seed: int, first_item_id: int = 10_000_000) -> pd.DataFrame:
    """N releases (≈80% en, 20% ru, a few edited twice) as rows of raw.press_release_versions."""
    rng = random.Random(seed)
    span = (LAST_DAY - FIRST_DAY).days
    fetched = datetime(2026, 1, 1)
    rows = []
    for i in range(n):
        published = FIRST_DAY + timedelta(days=rng.randrange(span))
        project = rng.choices([p for p, _ in PROJECTS], [w for _, w in PROJECTS])[0]
        lang = "en" if rng.random() < 0.8 else "ru"
        title, text = render(rng, published)
        versions = 2 if lang == "en" and rng.random() < 0.08 else 1
        for v in range(versions):
            body = text if v == 0 else text + "\n\nThe text has been updated."
            at = datetime.combine(published, datetime.min.time()) + timedelta(hours=rng.randint(3, 12))
            rows.append(release_row(project, str(first_item_id + i), lang, title, body, at,
                                    at + timedelta(hours=v * 5), fetched + timedelta(days=v)))
    return pd.DataFrame(rows)


def release_row(project: str, item_id: str, lang: str, title: str, body: str, published_at: datetime,
                updated_at: datetime, fetched_at: datetime) -> dict:
    content_hash = hashlib.sha256(f"{title}\n{body}".encode()).hexdigest()
    html = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return {
        "source": "govkz", "project": project, "item_id": item_id, "lang": lang, "content_hash": content_hash,
        "title": title, "body_html": html, "body_text": body, "published_at_utc": published_at,
        "published_date_local": (published_at + timedelta(hours=5)).date(), "published_time_known": True,
        "updated_at_utc": updated_at,
        "url": f"https://www.gov.kz/memleket/entities/{project}/press/news/details/{item_id}?lang={lang}",
        "raw_json": json.dumps({"id": int(item_id), "title": title}), "first_fetched_at": fetched_at,
    }


def _extract_chunk(versions: list[dict]) -> tuple[list[dict], list[dict]]:
    from extraction import EXTRACTOR_VERSION, extract
    from orchestration.facts import fact_rows

    rows, marks = [], []
    for v in versions:
        published = v["published_date_local"]
        try:
            out = extract(v["body_text"] or "", published=published.isoformat(), language=v["lang"])
        except Exception:  # noqa: S112 -- the pipeline records these as rejects; the benchmark skips them
            continue
        facts = fact_rows(v, out)
        rows.extend(facts)
        marks.append({**{k: str(v[k]) for k in ("source", "project", "item_id", "lang", "content_hash")},
                      "extractor_version": EXTRACTOR_VERSION,
                      "counterparts": json.dumps(out.get("counterparts") or []), "fact_count": len(facts)})
    return rows, marks


def extract_facts(versions: pd.DataFrame, workers: int | None = None) -> tuple[pd.DataFrame, list[dict]]:
    """Run the real extractor over every version in a language the pipeline extracts (en, ru)."""
    from orchestration.facts import EXTRACTED_LANGS

    todo = versions[versions["lang"].isin(EXTRACTED_LANGS)].to_dict("records")
    workers = workers or os.cpu_count() or 1
    chunks = [todo[i::workers] for i in range(workers)]
    rows, marks = [], []
    if workers == 1 or len(todo) < 200:
        rows, marks = _extract_chunk(todo)
    else:
        with ProcessPoolExecutor(workers) as pool:
            for r, m in pool.map(_extract_chunk, chunks):
                rows.extend(r)
                marks.extend(m)
    return pd.DataFrame(rows), marks


def insert_releases(connection: duckdb.DuckDBPyConnection, versions: pd.DataFrame, with_facts: bool = True) -> dict:
    from orchestration.facts import land_facts
    from orchestration.official_names import land_name_keys

    connection.register("synthetic_versions", versions)
    connection.execute("insert into raw.press_release_versions by name select * from synthetic_versions")
    connection.unregister("synthetic_versions")
    facts_written = 0
    if with_facts:
        facts, marks = extract_facts(versions)
        facts_written = land_facts(connection, facts, marks, extracted_at=datetime(2026, 1, 1))
        land_name_keys(connection, keyed_at=datetime(2026, 1, 1))
    return {"versions": len(versions), "facts": facts_written}


def insert_trade(connection: duckdb.DuckDBPyConnection, rows: int, seed: int) -> dict:
    """≈`rows` rows of raw.bns_trade_by_country: partners × synthetic editions × 2 years, replacing the table."""
    seeds = Path(__file__).resolve().parents[1] / "dbt_project" / "seeds" / "country_reference.csv"
    connection.execute(
        f"""
        create or replace temp table bench_partners as
        select row_number() over (order by iso3) as partner_idx, name_ru, iso3, false as is_aggregate, null::varchar as aggregate_code
        from read_csv('{seeds}', header = true, all_varchar = true) where iso3 <> 'KAZ'
        union all
        select 1000 + i, name, null, true, code
        from (values (1, 'Всего', 'WORLD'), (2, 'Страны СНГ', 'CIS'), (3, 'Страны ЕАЭС', 'EAEU'), (4, 'Страны ЕС', 'EU'))
             as t(i, name, code)
        """
    )
    partners = connection.execute("select count(*) from bench_partners").fetchone()[0]
    editions = max(1, round(rows / (partners * 2)))
    connection.execute("delete from raw.bns_trade_by_country")
    # Editions 2019.. as the real files; each holds its own year and revises the previous one.
    connection.execute(
        f"""
        insert into raw.bns_trade_by_country
        with e as (select 2019 + range as edition_year from range({editions})),
             y as (select 0 as back union all select 1),
             base as (
                select e.edition_year, e.edition_year - y.back as period_year, p.*,
                       -- deterministic pseudo-random export/import values (USD, whole hundreds)
                       (hash(p.partner_idx, e.edition_year, y.back, {seed}) % 5000000000)::decimal(18,2) * 100 as exports_usd,
                       (hash(p.partner_idx, y.back, e.edition_year, {seed} + 1) % 5000000000)::decimal(18,2) * 100 as imports_usd,
                       y.back
                from e, y, bench_partners p)
        select edition_year, period_year, name_ru, iso3, is_aggregate, aggregate_code,
               exports_usd + imports_usd, exports_usd, imports_usd,
               'bench_bns_' || edition_year || '.xls',
               case back when 0 then '12_' || edition_year else '12_' || period_year || '_rev' end,
               partner_idx::integer + 5, timestamp '2026-01-01'
        from base
        """
    )
    # The hand-checked reference figures (tests/singular/assert_bns_reference_values.sql):
    # Portugal 2023 as the real 2023 workbook has it, so the dbt build stays green.
    connection.execute(
        "update raw.bns_trade_by_country set turnover_usd = 50679800, exports_usd = 4912100, imports_usd = 45767700 "
        "where partner_iso3 = 'PRT' and period_year = 2023"
    )
    written = connection.execute("select count(*) from raw.bns_trade_by_country").fetchone()[0]
    return {"trade_rows": written, "partners": partners, "editions": editions}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("warehouse", help="DuckDB file to write (created with the raw schema if missing)")
    ap.add_argument("--releases", type=int, default=1000)
    ap.add_argument("--trade-rows", type=int, default=0, help="replace raw.bns_trade_by_country with ≈M rows (0: leave it)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    from orchestration.warehouse import connect

    started = time.perf_counter()
    with connect(args.warehouse) as connection:
        out = insert_releases(connection, make_releases(args.releases, args.seed)) if args.releases else {}
        if args.trade_rows:
            out.update(insert_trade(connection, args.trade_rows, args.seed))
    out["seconds"] = round(time.perf_counter() - started, 2)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
