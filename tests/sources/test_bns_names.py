"""Russian names -> ISO 3166 alpha-3 or a group code (sources.countries_ru), and the country seed."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from sources.countries_ru import match_partner_ru, normalise_ru

SEED = Path(__file__).resolve().parents[2] / "dbt_project" / "seeds" / "country_reference.csv"


@pytest.mark.parametrize(("name", "iso3"), [
    ("Португалия", "PRT"),
    ("  ПОРТУГАЛИЯ ", "PRT"),  # case and spaces
    ("Объединённые Арабские Эмираты", "ARE"),  # ё/е
    ("Папуа-новая Гвинея", "PNG"),  # pycountry has "Папуа — Новая Гвинея"
    ("Иран, Исламская Республика", "IRN"),  # "A, B" inverted to pycountry's "B A"
    ("Гибралтар (Брит.)", "GIB"),  # trailing note dropped
    ("Виргинские Острова (Брит.)", "VGB"),  # ... but not where it is the only difference
    ("Виргинские Острова (США)", "VIR"),
    ("Кыргызстан", "KGZ"),
    ("Россия", "RUS"),
])
def test_country_names(name, iso3):
    match = match_partner_ru(name)
    assert match is not None and match.iso3 == iso3 and not match.is_aggregate


@pytest.mark.parametrize(("name", "code"), [
    ("Всего", "WORLD"), ("Всего\nв том числе", "WORLD"), (" Страны ЕАЭС", "EAEU"),
    ("Страны вне ЕАЭС", "CIS_NON_EAEU"), ("  Страны ЕС", "EU"), ("Австралия и Океания", "OCEANIA"),
])
def test_group_names_are_never_countries(name, code):
    match = match_partner_ru(name)
    assert match is not None and match.iso3 is None and match.aggregate_code == code


def test_australia_the_country_is_not_the_continent():
    assert match_partner_ru("Австралия").iso3 == "AUS"


@pytest.mark.parametrize("name", ["Атлантида", "", "Страны Луны"])
def test_unknown_names_return_none(name):
    assert match_partner_ru(name) is None


def test_normalisation():
    assert normalise_ru("Кот-Д'Ивуар") == normalise_ru("кот д'ивуар")
    assert normalise_ru("Малые Тихоокеан.отдален.ост-ва") == "малые тихоокеан. отдален. ост ва"


def test_country_seed_covers_iso_3166_and_its_russian_names_resolve_back():
    rows = list(csv.DictReader(SEED.open(encoding="utf-8")))
    assert len(rows) == 249 and len({r["iso3"] for r in rows}) == 249
    for row in rows:
        match = match_partner_ru(row["name_ru"])
        assert match is not None and match.iso3 == row["iso3"], row["name_ru"]
        assert row["region"], row["iso3"]
    members = {flag: {r["iso3"] for r in rows if r[flag] == "true"}
               for flag in ("is_eu", "is_eaeu", "is_cis", "is_sco", "is_ots")}
    assert len(members["is_eu"]) == 27 and "GBR" not in members["is_eu"]
    assert members["is_eaeu"] == {"ARM", "BLR", "KAZ", "KGZ", "RUS"}
    assert members["is_cis"] == {"ARM", "AZE", "BLR", "KAZ", "KGZ", "MDA", "RUS", "TJK", "UZB"}
    assert members["is_sco"] == {"CHN", "IND", "IRN", "KAZ", "KGZ", "PAK", "RUS", "TJK", "UZB", "BLR"}
    assert members["is_ots"] == {"AZE", "KAZ", "KGZ", "TUR", "UZB"}
    kaz = next(r for r in rows if r["iso3"] == "KAZ")
    assert (kaz["iso2"], kaz["iso_numeric"], kaz["sub_region"], kaz["name_ru"]) == ("KZ", "398", "Central Asia", "Казахстан")
