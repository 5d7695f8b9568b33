"""Regenerate dbt_project/seeds/country_reference.csv from pycountry plus the tables below.

    .venv/bin/python scripts/build_country_reference.py

One row per ISO 3166-1 country in pycountry. Regions follow the UN M49
geoscheme (https://unstats.un.org/unsd/methodology/m49/); memberships are as of
2024-12-31 (sources in MEMBERSHIP_SOURCE and dbt_project/seeds/seeds.yml).
"""
from __future__ import annotations

import csv
import gettext
import sys
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[1] / "dbt_project" / "seeds" / "country_reference.csv"

# UN M49: (region, sub-region, intermediate region) -> ISO3 codes. Taiwan is not
# listed separately by M49 (it is counted with China); it is placed in Eastern Asia.
# Antarctica has no M49 region and gets "Antarctica".
M49 = {
    ("Africa", "Northern Africa", ""): "DZA EGY LBY MAR SDN TUN ESH",
    ("Africa", "Sub-Saharan Africa", "Eastern Africa"):
        "IOT BDI COM DJI ERI ETH ATF KEN MDG MWI MUS MYT MOZ REU RWA SYC SOM SSD UGA TZA ZMB ZWE",
    ("Africa", "Sub-Saharan Africa", "Middle Africa"): "AGO CMR CAF TCD COG COD GNQ GAB STP",
    ("Africa", "Sub-Saharan Africa", "Southern Africa"): "BWA SWZ LSO NAM ZAF",
    ("Africa", "Sub-Saharan Africa", "Western Africa"):
        "BEN BFA CPV CIV GMB GHA GIN GNB LBR MLI MRT NER NGA SHN SEN SLE TGO",
    ("Americas", "Latin America and the Caribbean", "Caribbean"):
        "AIA ATG ABW BHS BRB BES VGB CYM CUB CUW DMA DOM GRD GLP HTI JAM MTQ MSR PRI BLM KNA LCA MAF VCT SXM "
        "TTO TCA VIR",
    ("Americas", "Latin America and the Caribbean", "Central America"): "BLZ CRI SLV GTM HND MEX NIC PAN",
    ("Americas", "Latin America and the Caribbean", "South America"):
        "ARG BOL BVT BRA CHL COL ECU FLK GUF GUY PRY PER SGS SUR URY VEN",
    ("Americas", "Northern America", ""): "BMU CAN GRL SPM USA",
    ("Asia", "Central Asia", ""): "KAZ KGZ TJK TKM UZB",
    ("Asia", "Eastern Asia", ""): "CHN HKG MAC PRK JPN MNG KOR TWN",
    ("Asia", "South-eastern Asia", ""): "BRN KHM IDN LAO MYS MMR PHL SGP THA TLS VNM",
    ("Asia", "Southern Asia", ""): "AFG BGD BTN IND IRN MDV NPL PAK LKA",
    ("Asia", "Western Asia", ""): "ARM AZE BHR CYP GEO IRQ ISR JOR KWT LBN OMN QAT SAU PSE SYR TUR ARE YEM",
    ("Europe", "Eastern Europe", ""): "BLR BGR CZE HUN POL MDA ROU RUS SVK UKR",
    ("Europe", "Northern Europe", ""): "ALA DNK EST FRO FIN GGY ISL IRL IMN JEY LVA LTU NOR SJM SWE GBR",
    ("Europe", "Southern Europe", ""): "ALB AND BIH HRV GIB GRC VAT ITA MLT MNE MKD PRT SMR SRB SVN ESP",
    ("Europe", "Western Europe", ""): "AUT BEL FRA DEU LIE LUX MCO NLD CHE",
    ("Oceania", "Australia and New Zealand", ""): "AUS CXR CCK HMD NZL NFK",
    ("Oceania", "Melanesia", ""): "FJI NCL PNG SLB VUT",
    ("Oceania", "Micronesia", ""): "GUM KIR MHL FSM NRU MNP PLW UMI",
    ("Oceania", "Polynesia", ""): "ASM COK PYF NIU PCN WSM TKL TON TUV WLF",
    ("Antarctica", "", ""): "ATA",
}

MEMBERS = {
    "is_eu": "AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE",
    "is_eaeu": "ARM BLR KAZ KGZ RUS",
    # Turkmenistan is an associate member of the CIS (since 2005), not a member: not flagged.
    "is_cis": "ARM AZE BLR KAZ KGZ MDA RUS TJK UZB",
    "is_sco": "CHN IND IRN KAZ KGZ PAK RUS TJK UZB BLR",
    "is_ots": "AZE KAZ KGZ TUR UZB",
}
MEMBERSHIP_SOURCE = (
    "Full members as of 2024-12-31. EU: european-union.europa.eu (27 states); "
    "EAEU: eaeunion.org (Treaty on the EAEU, 2014); CIS: cis.minsk.by (Turkmenistan associate since 2005, "
    "not flagged; Georgia left 2009, Ukraine stopped participating 2018); SCO: eng.sectsco.org "
    "(Iran from 2023-07-04, Belarus from 2024-07-04); OTS: turkicstates.org (observers Hungary, "
    "Turkmenistan and the TRNC not flagged)"
)

# Short English names where pycountry only has the ISO "Name, qualifier" form.
NAME_EN = {
    "COD": "Democratic Republic of the Congo",
    "FSM": "Micronesia",
    "PSE": "Palestine",
    "VAT": "Vatican City",
    "VGB": "British Virgin Islands",
    "VIR": "U.S. Virgin Islands",
    "RUS": "Russia",
    "BRN": "Brunei",
    "FLK": "Falkland Islands",
}
# Russian names as used in Kazakhstan's official texts, where pycountry's
# translation is odd (lower case, political qualifier, long form) or differs.
NAME_RU = {
    "RUS": "Россия",
    "KGZ": "Кыргызстан",
    "USA": "Соединённые Штаты Америки",
    "GBR": "Великобритания",
    "MDA": "Молдова",
    "CAF": "Центральноафриканская Республика",
    "DOM": "Доминиканская Республика",
    "MNP": "Северные Марианские Острова",
    "TWN": "Тайвань",
    "UMI": "Внешние малые острова США",
    "VEN": "Венесуэла",
    "WLF": "Уоллис и Футуна",
    "VGB": "Британские Виргинские Острова",
    "VIR": "Американские Виргинские Острова",
    "ASM": "Американское Самоа",
    "HMD": "Остров Херд и острова Макдональд",
    "IOT": "Британская территория в Индийском океане",
    "CCK": "Кокосовые (Килинг) острова",
    "MYT": "Майотта",
    "PCN": "Острова Питкэрн",
    "BRN": "Бруней",
    "FSM": "Микронезия",
    "TCA": "Острова Теркс и Кайкос",
    "BLM": "Сен-Бартелеми",
    "CYM": "Каймановы Острова",
    "MHL": "Маршалловы Острова",
    "FRO": "Фарерские Острова",
    "ALA": "Аландские Острова",
    "COK": "Острова Кука",
    "ATF": "Французские Южные территории",
    "SJM": "Шпицберген и Ян-Майен",
}
COLUMNS = ["iso3", "iso2", "iso_numeric", "name_en", "name_ru", "region", "sub_region", "intermediate_region",
           *MEMBERS, "membership_source"]


def build_rows() -> list[dict]:
    ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    regions = {iso3: key for key, codes in M49.items() for iso3 in codes.split()}
    members = {flag: set(codes.split()) for flag, codes in MEMBERS.items()}
    countries = {c.alpha_3: c for c in pycountry.countries}
    unknown = sorted((set(regions) | set().union(*members.values())) - set(countries))
    missing = sorted(set(countries) - set(regions))
    if unknown or missing:
        raise SystemExit(f"M49/membership tables out of step with pycountry: unknown {unknown}, missing {missing}")
    rows = []
    for iso3, country in sorted(countries.items()):
        region, sub_region, intermediate = regions[iso3]
        rows.append({
            "iso3": iso3,
            "iso2": country.alpha_2,
            "iso_numeric": country.numeric,
            "name_en": NAME_EN.get(iso3) or getattr(country, "common_name", None) or country.name,
            "name_ru": NAME_RU.get(iso3) or ru.gettext(country.name).replace("\u0301", ""),
            "region": region,
            "sub_region": sub_region,
            "intermediate_region": intermediate,
            **{flag: str(iso3 in codes).lower() for flag, codes in members.items()},
            "membership_source": MEMBERSHIP_SOURCE,
        })
    return rows


def main() -> int:
    rows = build_rows()
    with OUT.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} countries to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
