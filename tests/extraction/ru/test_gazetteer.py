"""Russian gazetteer: every case form of a country, city or organisation finds the same entry."""
from __future__ import annotations

import pytest

from extraction.lang.ru.gazetteer import find_mentions, lookup
from extraction.lang.ru.morph import lemma


def mentions(text: str) -> list[tuple[str, str, tuple[str, ...], str | None]]:
    return [(m.surface, m.match.kind, m.match.codes, m.match.city) for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("переговоры с Португалией", "PRT"),
        ("посол Португалии", "PRT"),
        ("делегация Соединённых Штатов Америки", "USA"),
        ("визит в США", "USA"),
        ("с Соединённым Королевством", "GBR"),
        ("встреча с послом Великобритании", "GBR"),
        ("между Казахстаном и Республикой Корея", "KOR"),
        ("инвестиции из ОАЭ", "ARE"),
        ("с Турецкой Республикой", "TUR"),
        ("с Türkiye", "TUR"),
        ("торговля с КНР", "CHN"),
        ("в Китае", "CHN"),
        ("граница с РФ", "RUS"),
        ("с Киргизией", "KGZ"),
        ("в Кыргызстане", "KGZ"),
        ("с Белоруссией", "BLR"),
        ("в Беларуси", "BLR"),
        ("в Ливане", "LBN"),  # "Ливан" is also a woman's name in pymorphy3's dictionary
        ("из Федеративной Республики Германия", "DEU"),
    ],
)
def test_country_names_match_in_every_case(text, code):
    found = [m for m in find_mentions(text) if m.match.kind == "country" and m.match.code != "KAZ"]
    assert [m.match.code for m in found] == [code]


def test_kazakhstan_is_a_country_like_any_other():
    assert [m.match.code for m in find_mentions("Республики Казахстан и РК")] == ["KAZ", "KAZ"]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("португальской стороной", ("PRT",)),
        ("британских компаний", ("GBR",)),
        ("американский бизнес", ("USA",)),
        ("китайских инвесторов", ("CHN",)),
        ("российской стороне", ("RUS",)),
        ("казахстанская делегация", ("KAZ",)),
        ("на казахском языке", ("KAZ",)),
        ("казахстанско-португальских отношений", ("KAZ", "PRT")),
        ("российско-казахстанского сотрудничества", ("RUS", "KAZ")),
        ("американо-казахстанский бизнес-совет", ("USA", "KAZ")),
    ],
)
def test_adjectives_give_their_countries(text, codes):
    found = [m for m in find_mentions(text) if m.match.kind == "demonym"]
    assert len(found) == 1 and found[0].match.codes == codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("на полях ООН", "UN"),
        ("председательство в ОБСЕ", "OSCE"),
        ("заседание СМИД", "CFM"),
        ("саммит Организации тюркских государств", "OTS"),
        ("в рамках ОТГ", "OTS"),
        ("с Европейским союзом", "EU"),
        ("кредит Всемирного банка", "WB"),
        ("встреча министров ЕАЭС", "EAEU"),
        ("в рамках СВМДА", "CICA"),
    ],
)
def test_organisations_are_organisations_never_countries(text, code):
    assert [(m.match.kind, m.match.code) for m in find_mentions(text)] == [("organisation", code)]


def test_the_longest_name_wins():
    # "Европейский союз" is an organisation, not the adjective "европейский" and a union.
    assert mentions("с Европейским союзом") == [("Европейским союзом", "organisation", ("EU",), None)]
    # "Республика Корея" is one country, not "Республика" plus "Корея".
    assert lookup(tuple(lemma(w) for w in "Республикой Корея провели".split()))[:3] == ("country", "KOR", 2)


@pytest.mark.parametrize(
    ("text", "city", "code"),
    [
        ("в Астане", "Astana", "KAZ"),
        ("в Нур-Султане", "Nur-Sultan", "KAZ"),
        ("в Алматы", "Almaty", "KAZ"),
        ("в Москве", "Moscow", "RUS"),
        ("в Пекине", "Beijing", "CHN"),
        ("в Ташкенте", "Tashkent", "UZB"),
        ("в Баку", "Baku", "AZE"),
        ("в Стамбуле", "Istanbul", "TUR"),
        ("в Вашингтоне", "Washington", "USA"),
        ("в Нью-Йорке", "New York", "USA"),
        ("в Женеве", "Geneva", "CHE"),
    ],
)
def test_cities_give_the_english_name_and_their_country(text, city, code):
    assert mentions(text) == [(text.split()[-1], "city", (code,), city)]


def test_a_city_state_is_a_country_that_is_also_a_venue():
    assert mentions("в Сингапуре") == [("Сингапуре", "country", ("SGP",), "Singapore")]


def test_common_words_are_not_countries():
    # "Того" (Togo) is first the pronoun "тот"; lowercase words are never places.
    assert find_mentions("Того же дня в вене и в того") == []
    assert find_mentions("министр иностранных дел") == []
