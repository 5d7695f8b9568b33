"""Russian country and country-group names -> ISO 3166-1 alpha-3 or a group code.

Kazakh statistics (BNS) and Russian-language press releases name partners in
Russian, with spellings that drift between editions ("Папуа-Новая Гвинея" /
"Папуа-новая Гвинея", "Виргинские Острова, США" / "(США)", "Корея, Народно-...").
Names are matched after normalisation against, in order:

1. the group names below (a group is never a country),
2. the hand-maintained overrides (spellings pycountry does not know),
3. pycountry's Russian translations of every country's name, official name and
   common name, also tried with an "A, B" inversion and without a trailing
   parenthesised note ("Гибралтар (Брит.)").

An unknown name returns None: callers must treat that as an error, never drop it.
"""
from __future__ import annotations

import gettext
import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry

# Group rows of the BNS tables, by the code the warehouse uses for them.
# "Страны вне ЕАЭС" sits under "Страны СНГ" in the tables: it means the CIS
# members outside the EAEU, not the whole world minus the EAEU.
AGGREGATES_RU: dict[str, str] = {
    "Всего": "WORLD",
    "Всего в том числе": "WORLD",
    "Страны СНГ": "CIS",
    "Страны ЕАЭС": "EAEU",
    "Страны вне ЕАЭС": "CIS_NON_EAEU",
    "Остальные страны мира": "NON_CIS",
    "Страны ЕС": "EU",
    "Страны вне ЕС": "EUROPE_NON_EU",
    "Европа": "EUROPE",
    "Азия": "ASIA",
    "Америка": "AMERICA",
    "Африка": "AFRICA",
    "Австралия и Океания": "OCEANIA",
    "Страны ОЭСР": "OECD",
}

# Spellings seen in BNS editions 2019-2023 that pycountry's Russian catalogue
# does not produce, even after normalisation. Keep the published spelling.
OVERRIDES_RU: dict[str, str] = {
    "Россия": "RUS",
    "Кыргызстан": "KGZ",
    "Македония": "MKD",
    "Свазиленд": "SWZ",
    "Республика Латвия": "LVA",
    "Тайвань (Китай)": "TWN",
    "Ирак, Республика Ирак": "IRQ",
    "Корея, Народно-Демократическая Республика": "PRK",
    "Микронезия, Федеративные Штаты": "FSM",
    "Ангилья (Брит.)": "AIA",
    "Виргинские Острова (Брит.)": "VGB",
    "Виргинские Острова, США": "VIR",
    "Американское Самоа": "ASM",
    "Британская территория в Индийском океане": "IOT",
    "Северные Марианские Острова": "MNP",
    "Коморские Острова": "COM",
    "Тимор-Лесте": "TLS",
    "Кокосовые (Килинг) Острова": "CCK",
    "Остров Святой Елены": "SHN",
    "Сен-Бартелеми": "BLM",
    "Майотта": "MYT",
    "Уоллис и Футуна": "WLF",
    "Питкерн": "PCN",
    "Острова Теркс и Кайкос": "TCA",
    "Фолклендские Острова (Мальвинские)": "FLK",
    "Французкие южные территории": "ATF",  # sic, the 2021 edition's typo
    "Южн.Джорджия и Южн.Сандвич.Острова": "SGS",
    "Малые Тихоокеан. Отдаленные остроа США": "UMI",  # sic
    "Малые Тихоокеан. отдален. острова США": "UMI",
    "Малые Тихоокеан.отдален.ост-ва С.Ш.": "UMI",
    # Names used in dbt_project/seeds/country_reference.csv (see scripts/build_country_reference.py).
    "Центральноафриканская Республика": "CAF",
    "Микронезия": "FSM",
    "Молдова": "MDA",
    "Острова Питкэрн": "PCN",
    "Внешние малые острова США": "UMI",
    # Common press spellings.
    "Соединенные Штаты": "USA",
    "США": "USA",
    "Великобритания": "GBR",
    "Белоруссия": "BLR",
    "Бруней": "BRN",
}

_DASHES = re.compile(r"[\u2010-\u2015\-]")
_TRAILING_NOTE = re.compile(r"\s*\([^()]*\)\s*$")


def normalise_ru(name: str) -> str:
    """Case-, ё/е-, dash-, dot- and whitespace-insensitive form of a Russian name."""
    text = name.casefold().replace("ё", "е").replace("\u00a0", " ")
    text = _DASHES.sub(" ", text)
    text = text.replace(".", ". ")
    text = re.sub(r"\s*([(),])\s*", r" \1 ", text)
    return " ".join(text.split())


@dataclass(frozen=True)
class PartnerMatch:
    iso3: str | None
    aggregate_code: str | None

    @property
    def is_aggregate(self) -> bool:
        return self.aggregate_code is not None


def _variants(name: str) -> list[str]:
    """The name as given, its "A, B" -> "B A" inversion, and both without a trailing note."""
    bases = [name]
    without_note = _TRAILING_NOTE.sub("", name)
    if without_note and without_note != name:
        bases.append(without_note)
    out: list[str] = []
    for base in bases:
        out.append(base)
        head, sep, tail = base.partition(",")
        if sep and "," not in tail:
            out.append(f"{tail.strip()} {head.strip()}")
    return out


@lru_cache(maxsize=1)
def _pycountry_index() -> dict[str, str]:
    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    index: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            english = getattr(country, attr, None)
            if english:
                # Strip the combining acute accents some entries carry ("Респу́блика").
                russian = translation.gettext(english).replace("\u0301", "")
                index.setdefault(normalise_ru(russian), country.alpha_3)
    return index


@lru_cache(maxsize=1)
def _exact_index() -> tuple[dict[str, str], dict[str, str]]:
    aggregates = {normalise_ru(k): v for k, v in AGGREGATES_RU.items()}
    overrides = {normalise_ru(k): v for k, v in OVERRIDES_RU.items()}
    return aggregates, overrides


def match_partner_ru(name: str) -> PartnerMatch | None:
    """ISO3 or group code for a Russian partner name; None if the name is unknown."""
    key = normalise_ru(name)
    if not key:
        return None
    aggregates, overrides = _exact_index()
    if key in aggregates:
        return PartnerMatch(iso3=None, aggregate_code=aggregates[key])
    if key in overrides:
        return PartnerMatch(iso3=overrides[key], aggregate_code=None)
    index = _pycountry_index()
    for variant in _variants(key):
        variant = normalise_ru(variant)
        if variant in overrides:
            return PartnerMatch(iso3=overrides[variant], aggregate_code=None)
        if variant in index:
            return PartnerMatch(iso3=index[variant], aggregate_code=None)
    return None
