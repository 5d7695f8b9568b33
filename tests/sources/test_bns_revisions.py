"""The revision rule: the newest edition that reports a year wins, as a whole."""
from __future__ import annotations

from collections import Counter

from sources.bns import latest_by_period, list_editions, load_edition, parse_workbook


def all_rows() -> list[dict]:
    rows = []
    for edition in list_editions("snapshot"):
        content = load_edition(edition, "snapshot")
        rows += parse_workbook(content, edition_year=edition.year, source_file=edition.source_file).rows
    return rows


def pick(rows, *, edition: int, period: int, iso3: str) -> dict:
    (row,) = [r for r in rows if r["edition_year"] == edition and r["period_year"] == period
              and r["partner_iso3"] == iso3]
    return row


def test_2020_is_revised_by_the_2021_edition_and_the_newer_figure_wins():
    rows = all_rows()
    # The real revision in the shipped files: the 2020 edition printed Russia's and
    # Armenia's 2020 figures rounded to 0.1 thousand, the 2021 edition revised them.
    assert pick(rows, edition=2020, period=2020, iso3="RUS")["turnover_usd"] == 18_775_351_500.00
    assert pick(rows, edition=2021, period=2020, iso3="RUS")["turnover_usd"] == 18_775_351_559.57
    assert pick(rows, edition=2020, period=2020, iso3="ARM")["imports_usd"] == 7_829_100.00
    assert pick(rows, edition=2021, period=2020, iso3="ARM")["imports_usd"] == 7_829_063.87

    latest = latest_by_period(rows)
    assert pick(latest, edition=2021, period=2020, iso3="RUS")["turnover_usd"] == 18_775_351_559.57
    assert not [r for r in latest if r["edition_year"] == 2020 and r["period_year"] == 2020]
    # Each year comes from exactly one edition: its successor if there is one, else itself.
    editions_by_year = {(r["period_year"], r["edition_year"]) for r in latest}
    assert editions_by_year == {(2018, 2019), (2019, 2020), (2020, 2021), (2021, 2022), (2022, 2023), (2023, 2023)}
    # Every edition's own figures are still there in the input: nothing was overwritten.
    assert Counter(r["edition_year"] for r in rows) == {2019: 404, 2020: 393, 2021: 392, 2022: 419, 2023: 433}


def test_a_partner_dropped_by_the_revision_does_not_survive_from_the_older_edition():
    old = [{"edition_year": 2022, "period_year": 2022, "partner_iso3": p} for p in ("PRT", "XXX")]
    new = [{"edition_year": 2023, "period_year": 2022, "partner_iso3": "PRT"},
           {"edition_year": 2023, "period_year": 2023, "partner_iso3": "PRT"}]
    assert latest_by_period(old + new) == new
