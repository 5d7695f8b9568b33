"""Russian gazetteer: countries, their adjectives, cities and international organisations.

Russian declines place names ("с Португалией", "в Нур-Султане", "Соединённых Штатов"), so
every name is keyed by the lemmas of its words (morph.lemma) and matched on the lemmas of the
text: any case form of a name finds the same entry.  The tables below are data, one place per
word; pycountry's Russian catalogue (gettext, as sources/countries_ru.py uses it) adds every
country's name and official name.  Each key is also built from the name inflected into every
case, so a form whose most probable parse has another lemma than the nominative's
("Соединённых" -> "соединить") still matches.

Kinds, as in the English gazetteer (extraction/countries.py): "country", "demonym" (an
adjective: "португальский", "казахстанско-португальский" -> KAZ and PRT), "city" and
"organisation" (never a country).
"""
from __future__ import annotations

import gettext
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

import pycountry

from extraction.lang.ru.morph import CASES, analyzer, lemma

# Names the ministry and the press write that pycountry's Russian catalogue lacks.
COUNTRY_ALIASES: dict[str, str] = {
    "USA": "США|Соединённые Штаты|Соединённые Штаты Америки|Америка",
    "GBR": "Великобритания|Британия|Соединённое Королевство|Англия|Шотландия|Уэльс|Северная Ирландия",
    "KOR": "Корея|Республика Корея|Южная Корея",
    "PRK": "КНДР|Северная Корея",
    "ARE": "ОАЭ|Объединённые Арабские Эмираты|Эмираты",
    "TUR": "Турция|Турецкая Республика|Türkiye|Тюркие|Туркие|Республика Тюркие",
    "CHN": "КНР|Китай|Китайская Народная Республика",
    "RUS": "РФ|Россия|Российская Федерация",
    "KGZ": "Киргизия|Кыргызстан|Кыргызская Республика|Киргизская Республика",
    "BLR": "Беларусь|Белоруссия|Республика Беларусь",
    "KAZ": "Казахстан|Республика Казахстан|РК",
    "DEU": "Германия|ФРГ|Федеративная Республика Германия",
    "MDA": "Молдова|Молдавия|Республика Молдова",
    "UZB": "Узбекистан|Республика Узбекистан|РУз",
    "TJK": "Таджикистан|Республика Таджикистан",
    "TKM": "Туркменистан|Туркмения",
    "AZE": "Азербайджан|Азербайджанская Республика",
    "ARM": "Армения|Республика Армения|РА",
    "EGY": "Египет|АРЕ",
    "ZAF": "ЮАР|Южно-Африканская Республика",
    "VAT": "Ватикан|Святейший Престол|Святой Престол",
    "NLD": "Нидерланды|Голландия|Королевство Нидерландов",
    "IRN": "Иран|Исламская Республика Иран",
    "COD": "ДРК|ДР Конго|Демократическая Республика Конго",
    "MKD": "Македония|Северная Македония",
    "MMR": "Мьянма|Бирма",
    "FSM": "Микронезия",
    "CZE": "Чехия|Чешская Республика",
    "SVK": "Словакия|Словацкая Республика",
    "SAU": "Саудовская Аравия|Королевство Саудовская Аравия",
    "KWT": "Кувейт|Государство Кувейт",
    "SGP": "Сингапур|Республика Сингапур",
    # pycountry gives these only by their official names, the press by their short ones
    "TCD": "Чад|Республика Чад",
    "TGO": "Того|Тоголезская Республика",
    "SOM": "Сомали|Федеративная Республика Сомали",
    "BRN": "Бруней|Бруней-Даруссалам",
    "CIV": "Кот-д’Ивуар|Кот-д'Ивуар",
}

# pycountry's Russian names that are also common words: matched only through the aliases above.
AMBIGUOUS_NAMES = frozenset({"того", "чад"})

# Adjectives of countries, in the dictionary form (their lemma).
DEMONYMS: dict[str, str] = {
    "KAZ": "казахстанский|казахский", "PRT": "португальский", "ESP": "испанский", "FIN": "финский|финляндский",
    "SVK": "словацкий", "CZE": "чешский", "ROU": "румынский", "SRB": "сербский", "GEO": "грузинский",
    "ARM": "армянский", "AZE": "азербайджанский", "MAR": "марокканский", "TJK": "таджикский|таджикистанский",
    "IRN": "иранский", "ZAF": "южноафриканский", "JOR": "иорданский", "KWT": "кувейтский", "CAN": "канадский",
    "BGR": "болгарский", "LTU": "литовский", "LVA": "латвийский", "EST": "эстонский", "VAT": "ватиканский",
    "LKA": "шри-ланкийский", "CHE": "швейцарский", "OMN": "оманский", "GRC": "греческий", "AFG": "афганский",
    "SGP": "сингапурский", "KEN": "кенийский", "TKM": "туркменский|туркменистанский", "UZB": "узбекский|узбекистанский",
    "KGZ": "кыргызский|киргизский|кыргызстанский", "DNK": "датский", "THA": "таиландский|тайский",
    "RUS": "российский|русский", "CHN": "китайский", "USA": "американский", "GBR": "британский|английский",
    "FRA": "французский", "DEU": "германский|немецкий", "ITA": "итальянский", "AUT": "австрийский",
    "BEL": "бельгийский", "NLD": "нидерландский|голландский", "LUX": "люксембургский", "POL": "польский",
    "HUN": "венгерский", "HRV": "хорватский", "SVN": "словенский", "MNE": "черногорский", "BIH": "боснийский",
    "ALB": "албанский", "MKD": "македонский|северомакедонский", "MDA": "молдавский|молдовский",
    "UKR": "украинский", "BLR": "белорусский", "NOR": "норвежский", "SWE": "шведский", "ISL": "исландский",
    "IRL": "ирландский", "MLT": "мальтийский", "CYP": "кипрский", "TUR": "турецкий", "IRQ": "иракский",
    "SYR": "сирийский", "LBN": "ливанский", "ISR": "израильский", "PSE": "палестинский", "EGY": "египетский",
    "LBY": "ливийский", "TUN": "тунисский", "DZA": "алжирский", "QAT": "катарский", "BHR": "бахрейнский",
    "YEM": "йеменский", "SAU": "саудовский|саудовско-аравийский", "ARE": "эмиратский", "PAK": "пакистанский",
    "IND": "индийский", "BGD": "бангладешский", "NPL": "непальский", "MNG": "монгольский", "JPN": "японский",
    "KOR": "корейский|южнокорейский", "PRK": "северокорейский", "VNM": "вьетнамский", "MYS": "малайзийский",
    "IDN": "индонезийский", "PHL": "филиппинский", "KHM": "камбоджийский", "LAO": "лаосский",
    "AUS": "австралийский", "NZL": "новозеландский", "MEX": "мексиканский", "BRA": "бразильский",
    "ARG": "аргентинский", "CHL": "чилийский", "PER": "перуанский", "COL": "колумбийский",
    "VEN": "венесуэльский", "CUB": "кубинский", "NGA": "нигерийский", "ETH": "эфиопский", "GHA": "ганский",
    "SEN": "сенегальский", "TZA": "танзанийский", "UGA": "угандийский", "RWA": "руандийский",
    "MMR": "мьянманский", "BRN": "брунейский", "ECU": "эквадорский", "URY": "уругвайский",
    "PRY": "парагвайский", "BOL": "боливийский", "CRI": "костариканский", "PAN": "панамский",
    "SDN": "суданский", "AGO": "ангольский", "MOZ": "мозамбикский", "ZWE": "зимбабвийский",
    "ZMB": "замбийский", "TCD": "чадский", "MLI": "малийский", "NER": "нигерский", "CMR": "камерунский",
    "CIV": "ивуарийский", "TWN": "тайваньский",
}

# First parts of compound adjectives that are not the adjective's stem + "о"
# ("американо-казахстанский", "германо-казахстанский").
COMPOUND_PREFIXES: dict[str, str] = {
    "американо": "USA", "англо": "GBR", "британо": "GBR", "германо": "DEU", "франко": "FRA",
    "итало": "ITA", "испано": "ESP", "греко": "GRC", "австро": "AUT", "индо": "IND", "русско": "RUS",
    "казахско": "KAZ", "сино": "CHN", "японо": "JPN", "турко": "TUR",
}

# International organisations (never countries), by the acronym the English facts use.
ORGANISATIONS: dict[str, str] = {
    "UN": "ООН|Организация Объединённых Наций|ЭСКАТО|Экономическая и социальная комиссия для Азии и Тихого океана"
          "|ЕЭК ООН|Европейская экономическая комиссия ООН",
    "UNGA": "Генассамблея ООН|Генеральная Ассамблея ООН",
    "UNSC": "Совбез ООН|Совет Безопасности ООН|СБ ООН",
    "OSCE": "ОБСЕ|Организация по безопасности и сотрудничеству в Европе",
    # the mediators of the Nagorno-Karabakh settlement: named after the city of its conference, not Belarus's
    "OSCE_MG": "Минская группа ОБСЕ|Минская группа",
    "CIS": "СНГ|Содружество Независимых Государств",
    "SCO": "ШОС|Шанхайская организация сотрудничества",
    "EAEU": "ЕАЭС|Евразийский экономический союз",
    "EEC": "ЕЭК|Евразийская экономическая комиссия",
    "CSTO": "ОДКБ|Организация Договора о коллективной безопасности",
    "OTS": "ОТГ|Организация тюркских государств",
    "CCTS": "Тюркский совет|Совет сотрудничества тюркоязычных государств|ССТГ",
    "CICA": "СВМДА|Совещание по взаимодействию и мерам доверия в Азии",
    "EU": "ЕС|Евросоюз|Европейский союз|Европейский совет|Евросовет",
    "EC": "Еврокомиссия|Европейская комиссия",
    "EEAS": "Европейская служба внешних действий|ЕСВД",
    "EP": "Европарламент|Европейский парламент",
    "COE": "Совет Европы",
    "CFM": "СМИД|Совет министров иностранных дел|Совещание министров иностранных дел",
    "NATO": "НАТО|Североатлантический альянс",
    "OIC": "ОИС|Организация исламского сотрудничества",
    "EBRD": "ЕБРР|Европейский банк реконструкции и развития",
    "ADB": "АБР|Азиатский банк развития",
    "AIIB": "АБИИ|Азиатский банк инфраструктурных инвестиций",
    "EDB": "ЕАБР|Евразийский банк развития",
    "ISDB": "ИБР|Исламский банк развития",
    "WB": "Всемирный банк|МБРР|Международный банк реконструкции и развития|Международная ассоциация развития",
    "IMF": "МВФ|Международный валютный фонд",
    "WTO": "ВТО|Всемирная торговая организация",
    "IAEA": "МАГАТЭ|Международное агентство по атомной энергии",
    "UNESCO": "ЮНЕСКО",
    "UNICEF": "ЮНИСЕФ",
    "UNDP": "ПРООН|Программа развития ООН",
    "WHO": "ВОЗ|Всемирная организация здравоохранения",
    "OECD": "ОЭСР|Организация экономического сотрудничества и развития",
    "ASEAN": "АСЕАН|Ассоциация государств Юго-Восточной Азии",
    "OPEC": "ОПЕК|ОПЕК+|Организация стран — экспортёров нефти|Организация стран-экспортёров нефти",
    "GCC": "ССАГПЗ|Совет сотрудничества арабских государств Персидского залива",
    "LAS": "ЛАГ|Лига арабских государств",
    "AU": "Африканский союз",
    "ECO": "ОЭС|Организация экономического сотрудничества",
    "CAREC": "ЦАРЭС|Центральноазиатское региональное экономическое сотрудничество",
    "BRICS": "БРИКС",
    "G20": "G20|Группа двадцати|Большая двадцатка",
    "ICRC": "МККК|Международный комитет Красного Креста",
    "INTERPOL": "Интерпол",
    "WFP": "ВПП|Всемирная продовольственная программа",
    "FAO": "ФАО",
    "ILO": "МОТ|Международная организация труда",
    "IOM": "МОМ|Международная организация по миграции",
    "UNHCR": "УВКБ ООН",
    "UNODC": "УНП ООН",
    "OPCW": "ОЗХО|Организация по запрещению химического оружия",
    "ITU": "МСЭ|Международный союз электросвязи",
    "UNIDO": "ЮНИДО",
    "WIPO": "ВОИС|Всемирная организация интеллектуальной собственности",
    "ICAO": "ИКАО|Международная организация гражданской авиации",
    "UPU": "Всемирный почтовый союз",
    "UNWTO": "ЮНВТО|Всемирная туристская организация",
    "IRENA": "ИРЕНА|Международное агентство по возобновляемым источникам энергии",
    "RCC": "РСС|Региональное содружество в области связи",
    "FIFA": "ФИФА|Международная федерация футбола",
    "IOC": "МОК|Международный олимпийский комитет",
    "OCA": "Олимпийский совет Азии",
    # development banks and funds
    "NIB": "Северный инвестиционный банк",
    "EIB": "ЕИБ|Европейский инвестиционный банк",
    "IFC": "Международная финансовая корпорация",
    "MIGA": "Многостороннее агентство по гарантиям инвестиций",
    "BSTDB": "ЧБТР|Черноморский банк торговли и развития",
    "ETDB": "Банк торговли и развития ОЭС|Банк торговли и развития Организации экономического сотрудничества",
    "OFID": "Фонд ОПЕК|Фонд ОПЕК для международного развития|Фонд ОПЕК по международному развитию",
    "EFSD": "ЕФСР|Евразийский фонд стабилизации и развития",
    "NDB": "Новый банк развития",
    "ITFC": "Международная исламская торгово-финансовая корпорация",
    "ICD": "Исламская корпорация по развитию частного сектора",
    "AFDB": "АфБР|Африканский банк развития",
    "IADB": "МаБР|Межамериканский банк развития",
    "IIB": "Международный инвестиционный банк",
    "TIF": "Тюркский инвестиционный фонд",
    # energy
    "IEA": "МЭА|Международное энергетическое агентство",
    "IEF": "Международный энергетический форум",
    "ECT": "Энергетическая хартия|Международная энергетическая хартия|Секретариат Энергетической хартии",
    "GECF": "ФСЭГ|Форум стран — экспортёров газа|Форум стран-экспортёров газа",
    # regional organisations
    "APEC": "АТЭС|Азиатско-Тихоокеанское экономическое сотрудничество",
    "MERCOSUR": "МЕРКОСУР|Меркосур|Общий рынок стран Южной Америки",
    "ECOWAS": "ЭКОВАС|Экономическое сообщество стран Западной Африки",
    "SADC": "САДК|Сообщество развития Юга Африки",
    "CARICOM": "КАРИКОМ|Карибское сообщество",
    "ANDEAN": "Андское сообщество",
    "SAARC": "СААРК|Ассоциация регионального сотрудничества Южной Азии",
    "BIMSTEC": "БИМСТЕК",
    "D8": "D-8|Организация экономического сотрудничества D-8|Группа восьми развивающихся стран",
    "EFTA": "ЕАСТ|Европейская ассоциация свободной торговли",
    "SICA": "Центральноамериканская интеграционная система",
    "CELAC": "СЕЛАК|Сообщество латиноамериканских и карибских государств",
    "BSEC": "ОЧЭС|Организация Черноморского экономического сотрудничества",
    "UFM": "Союз для Средиземноморья",
    "OAS": "ОАГ|Организация американских государств",
    "NORDIC": "Северный совет|Совет министров Северных стран",
    "CBSS": "СГБМ|Совет государств Балтийского моря",
    "NAM": "Движение неприсоединения",
    "PA": "Тихоокеанский альянс",
    "V4": "Вышеградская группа|Вышеградская четвёрка",
    "IFAS": "МФСА|Международный фонд спасения Арала",
    "ICWC": "МКВК|Межгосударственная координационная водохозяйственная комиссия",
    "RECCA": "РЭЦЦА|Региональный экологический центр Центральной Азии",
    "ASEM": "Азиатско-европейский форум|Форум «Азия — Европа»",
    "COMMONWEALTH": "Содружество наций",
    "OIF": "Международная организация франкоязычных стран|Международная организация Франкофонии|Франкофония",
    # parliamentary assemblies
    "IPU": "Межпарламентский союз",
    "OSCE_PA": "ПА ОБСЕ|Парламентская ассамблея ОБСЕ",
    "PACE": "Парламентская ассамблея Совета Европы",
    "IPA_CIS": "МПА СНГ|Межпарламентская ассамблея СНГ|Межпарламентская ассамблея государств — участников СНГ"
               "|Межпарламентская ассамблея государств-участников СНГ"
               "|Межпарламентская ассамблея государств — участников Содружества Независимых Государств",
    "TURKPA": "ТюркПА|Парламентская ассамблея тюркских государств|Парламентская ассамблея тюркоязычных стран",
    "APA": "Азиатская парламентская ассамблея",
    "CSTO_PA": "ПА ОДКБ|Парламентская ассамблея ОДКБ"
               "|Парламентская ассамблея Организации Договора о коллективной безопасности",
    "PABSEC": "ПАЧЭС|Парламентская ассамблея Черноморского экономического сотрудничества",
    "PUIC": "ПС ОИС|Парламентский союз ОИС|Парламентский союз государств — членов ОИС",
    # courts and human rights bodies
    "VENICE": "Венецианская комиссия|Европейская комиссия за демократию через право",
    "ECTHR": "ЕСПЧ|Европейский суд по правам человека",
    "ICJ": "Международный суд ООН|Международный суд",
    "ICC": "Международный уголовный суд",
    "PCA": "Постоянная палата третейского суда",
    "HRC": "СПЧ ООН|Совет ООН по правам человека|Совет по правам человека ООН",
    "OHCHR": "УВКПЧ|УВКПЧ ООН|Управление Верховного комиссара ООН по правам человека"
             "|Верховный комиссар ООН по правам человека",
    # the UN's offices, programmes and missions
    "UNRCCA": "РЦПДЦА|Региональный центр ООН по превентивной дипломатии для Центральной Азии",
    "UNAMA": "МООНСА|Миссия ООН по содействию Афганистану"
             "|Миссия Организации Объединённых Наций по содействию Афганистану",
    "ECOSOC": "ЭКОСОС|Экономический и социальный совет ООН",
    "UNAIDS": "ЮНЭЙДС",
    "UNHABITAT": "ООН-Хабитат",
    "UNOPS": "ЮНОПС|Управление ООН по обслуживанию проектов",
    "UNFPA": "ЮНФПА|Фонд ООН в области народонаселения",
    "OCHA": "УКГВ ООН|Управление ООН по координации гуманитарных вопросов",
    "UNOCT": "Контртеррористическое управление ООН|Управление ООН по борьбе с терроризмом",
    "UNCTAD": "ЮНКТАД|Конференция ООН по торговле и развитию",
    "UNEP": "ЮНЕП|Программа ООН по окружающей среде",
    "IFAD": "МФСР|Международный фонд сельскохозяйственного развития",
    "WMO": "ВМО|Всемирная метеорологическая организация",
    "IMO": "ИМО|Международная морская организация",
    # health
    "GLOBALFUND": "Глобальный фонд|Глобальный фонд для борьбы со СПИДом, туберкулёзом и малярией",
    "GAVI": "ГАВИ|Альянс ГАВИ|Глобальный альянс по вакцинам и иммунизации",
    # the Organisation of Islamic Cooperation's institutions
    "IOFS": "ИОПБ|Исламская организация по продовольственной безопасности",
    "ICESCO": "ИСЕСКО|Исламская организация по вопросам образования, науки и культуры",
    "ICCD": "Исламская торгово-промышленная палата",
    # disarmament, non-proliferation and security
    "CD": "Конференция по разоружению",
    "CTBTO": "ОДВЗЯО|Организация по Договору о всеобъемлющем запрещении ядерных испытаний",
    "NSG": "Группа ядерных поставщиков",
    "ISTC": "МНТЦ|Международный научно-технический центр",
    "FATF": "ФАТФ|Группа разработки финансовых мер борьбы с отмыванием денег",
    "EAG": "ЕАГ|Евразийская группа по противодействию легализации преступных доходов и финансированию терроризма",
    "CARICC": "ЦАРИКЦ|Центральноазиатский региональный информационный координационный центр",
    "ICMPD": "Международный центр по развитию миграционной политики",
    # standards, customs, transport and trade
    "EAPO": "ЕАПО|Евразийская патентная организация|Евразийское патентное ведомство",
    "ISO": "Международная организация по стандартизации",
    "WCO": "ВТамО|Всемирная таможенная организация",
    "WOAH": "Всемирная организация по охране здоровья животных|Всемирная организация здравоохранения животных"
            "|МЭБ|Международное эпизоотическое бюро",
    "IRU": "МСАТ|Международный союз автомобильного транспорта",
    "UIC": "Международный союз железных дорог",
    "OSJD": "ОСЖД|Организация сотрудничества железных дорог",
    "TRACECA": "ТРАСЕКА",
    "ITF": "Международный транспортный форум",
    "ICCWBO": "Международная торговая палата",
    "WADA": "ВАДА|Всемирное антидопинговое агентство",
    # Turkic cooperation
    "TURKSOY": "ТЮРКСОЙ|Международная организация тюркской культуры",
    "TURKIC_ACADEMY": "Международная тюркская академия|Тюркская академия",
    "TCHF": "Фонд тюркской культуры и наследия",
}

# Cities, by the English name the English facts use (the name of the time: "Nur-Sultan" for
# 2019-2022 releases), with their country.
CITIES: dict[tuple[str, str], str] = {
    ("Astana", "KAZ"): "Астана", ("Nur-Sultan", "KAZ"): "Нур-Султан", ("Almaty", "KAZ"): "Алматы|Алма-Ата",
    ("Shymkent", "KAZ"): "Шымкент", ("Aktau", "KAZ"): "Актау", ("Atyrau", "KAZ"): "Атырау",
    ("Turkestan", "KAZ"): "Туркестан", ("Karaganda", "KAZ"): "Караганда", ("Aktobe", "KAZ"): "Актобе",
    ("Ust-Kamenogorsk", "KAZ"): "Усть-Каменогорск", ("Pavlodar", "KAZ"): "Павлодар",
    ("Kostanay", "KAZ"): "Костанай", ("Taraz", "KAZ"): "Тараз", ("Kyzylorda", "KAZ"): "Кызылорда",
    ("Semey", "KAZ"): "Семей", ("Burabay", "KAZ"): "Бурабай|Боровое", ("Akorda", "KAZ"): "Акорда",
    ("Lisbon", "PRT"): "Лиссабон", ("Porto", "PRT"): "Порту", ("Madrid", "ESP"): "Мадрид",
    ("Barcelona", "ESP"): "Барселона", ("Helsinki", "FIN"): "Хельсинки", ("Bratislava", "SVK"): "Братислава",
    ("Bucharest", "ROU"): "Бухарест", ("Belgrade", "SRB"): "Белград", ("Tbilisi", "GEO"): "Тбилиси",
    ("Batumi", "GEO"): "Батуми", ("Yerevan", "ARM"): "Ереван", ("Baku", "AZE"): "Баку", ("Rabat", "MAR"): "Рабат",
    ("Dushanbe", "TJK"): "Душанбе", ("Tehran", "IRN"): "Тегеран", ("Ashgabat", "TKM"): "Ашхабад|Ашгабат",
    ("Pretoria", "ZAF"): "Претория", ("Amman", "JOR"): "Амман", ("Ottawa", "CAN"): "Оттава",
    ("Sofia", "BGR"): "София", ("Vilnius", "LTU"): "Вильнюс", ("Riga", "LVA"): "Рига", ("Tallinn", "EST"): "Таллин",
    ("Colombo", "LKA"): "Коломбо", ("Bern", "CHE"): "Берн", ("Geneva", "CHE"): "Женева", ("Davos", "CHE"): "Давос",
    ("Muscat", "OMN"): "Маскат", ("Athens", "GRC"): "Афины", ("Kabul", "AFG"): "Кабул", ("Nairobi", "KEN"): "Найроби",
    ("Tashkent", "UZB"): "Ташкент", ("Samarkand", "UZB"): "Самарканд", ("Bishkek", "KGZ"): "Бишкек",
    ("Cholpon-Ata", "KGZ"): "Чолпон-Ата", ("Copenhagen", "DNK"): "Копенгаген", ("Bangkok", "THA"): "Бангкок",
    ("Moscow", "RUS"): "Москва", ("Sochi", "RUS"): "Сочи", ("St. Petersburg", "RUS"): "Санкт-Петербург|Петербург",
    ("Kazan", "RUS"): "Казань", ("Beijing", "CHN"): "Пекин", ("Shanghai", "CHN"): "Шанхай",
    ("Urumqi", "CHN"): "Урумчи", ("Xi'an", "CHN"): "Сиань", ("Washington", "USA"): "Вашингтон",
    ("New York", "USA"): "Нью-Йорк", ("London", "GBR"): "Лондон", ("Paris", "FRA"): "Париж",
    ("Berlin", "DEU"): "Берлин", ("Rome", "ITA"): "Рим", ("Vienna", "AUT"): "Вена", ("Brussels", "BEL"): "Брюссель",
    ("Amsterdam", "NLD"): "Амстердам", ("The Hague", "NLD"): "Гаага", ("Warsaw", "POL"): "Варшава",
    ("Prague", "CZE"): "Прага", ("Budapest", "HUN"): "Будапешт", ("Kyiv", "UKR"): "Киев", ("Minsk", "BLR"): "Минск",
    ("Tokyo", "JPN"): "Токио", ("Seoul", "KOR"): "Сеул", ("Busan", "KOR"): "Пусан",
    ("New Delhi", "IND"): "Нью-Дели|Дели", ("Islamabad", "PAK"): "Исламабад", ("Doha", "QAT"): "Доха",
    ("Abu Dhabi", "ARE"): "Абу-Даби", ("Dubai", "ARE"): "Дубай", ("Riyadh", "SAU"): "Эр-Рияд|Рияд",
    ("Jeddah", "SAU"): "Джидда|Джедда", ("Cairo", "EGY"): "Каир", ("Ulaanbaatar", "MNG"): "Улан-Батор",
    ("Hanoi", "VNM"): "Ханой", ("Kuala Lumpur", "MYS"): "Куала-Лумпур", ("Putrajaya", "MYS"): "Путраджая",
    ("Jakarta", "IDN"): "Джакарта", ("Manila", "PHL"): "Манила", ("Canberra", "AUS"): "Канберра",
    ("Brasilia", "BRA"): "Бразилиа", ("Buenos Aires", "ARG"): "Буэнос-Айрес", ("Santiago", "CHL"): "Сантьяго",
    ("Mexico City", "MEX"): "Мехико", ("Addis Ababa", "ETH"): "Аддис-Абеба", ("Abuja", "NGA"): "Абуджа",
    ("Stockholm", "SWE"): "Стокгольм", ("Oslo", "NOR"): "Осло", ("Reykjavik", "ISL"): "Рейкьявик",
    ("Dublin", "IRL"): "Дублин", ("Valletta", "MLT"): "Валлетта", ("Nicosia", "CYP"): "Никосия",
    ("Zagreb", "HRV"): "Загреб", ("Ljubljana", "SVN"): "Любляна", ("Podgorica", "MNE"): "Подгорица",
    ("Sarajevo", "BIH"): "Сараево", ("Tirana", "ALB"): "Тирана", ("Skopje", "MKD"): "Скопье",
    ("Chisinau", "MDA"): "Кишинёв", ("Kathmandu", "NPL"): "Катманду", ("Dhaka", "BGD"): "Дакка",
    ("Ankara", "TUR"): "Анкара", ("Istanbul", "TUR"): "Стамбул", ("Antalya", "TUR"): "Анталья",
    ("Jerusalem", "ISR"): "Иерусалим", ("Tel Aviv", "ISR"): "Тель-Авив", ("Baghdad", "IRQ"): "Багдад",
    ("Beirut", "LBN"): "Бейрут", ("Manama", "BHR"): "Манама",
    # more venues the English pack knows, and regional centres that host contacts
    ("Oskemen", "KAZ"): "Усть-Каменогорск|Оскемен", ("Oral", "KAZ"): "Уральск|Орал",
    ("Petropavl", "KAZ"): "Петропавловск", ("Kokshetau", "KAZ"): "Кокшетау", ("Taldykorgan", "KAZ"): "Талдыкорган",
    ("Zhezkazgan", "KAZ"): "Жезказган", ("Ekibastuz", "KAZ"): "Экибастуз", ("Konaev", "KAZ"): "Конаев|Капшагай",
    ("Casablanca", "MAR"): "Касабланка", ("Avaza", "TKM"): "Аваза", ("Cape Town", "ZAF"): "Кейптаун",
    ("Johannesburg", "ZAF"): "Йоханнесбург", ("Toronto", "CAN"): "Торонто", ("Kaunas", "LTU"): "Каунас",
    ("Zurich", "CHE"): "Цюрих", ("Bukhara", "UZB"): "Бухара", ("Khiva", "UZB"): "Хива", ("Osh", "KGZ"): "Ош",
    ("Khujand", "TJK"): "Худжанд", ("Tianjin", "CHN"): "Тяньцзинь", ("Qingdao", "CHN"): "Циндао",
    ("Guangzhou", "CHN"): "Гуанчжоу", ("Hangzhou", "CHN"): "Ханчжоу", ("Chengdu", "CHN"): "Чэнду",
    ("Munich", "DEU"): "Мюнхен", ("Frankfurt", "DEU"): "Франкфурт|Франкфурт-на-Майне", ("Hamburg", "DEU"): "Гамбург",
    ("Milan", "ITA"): "Милан", ("Havana", "CUB"): "Гавана",
    ("Osaka", "JPN"): "Осака", ("Mumbai", "IND"): "Мумбаи",
    ("Izmir", "TUR"): "Измир", ("Ganja", "AZE"): "Гянджа", ("Shusha", "AZE"): "Шуша",
    ("Novosibirsk", "RUS"): "Новосибирск", ("Yekaterinburg", "RUS"): "Екатеринбург", ("Omsk", "RUS"): "Омск",
    ("Orenburg", "RUS"): "Оренбург", ("Astrakhan", "RUS"): "Астрахань", ("Ufa", "RUS"): "Уфа",
    ("Chelyabinsk", "RUS"): "Челябинск", ("Tyumen", "RUS"): "Тюмень", ("Barnaul", "RUS"): "Барнаул",
    ("Samara", "RUS"): "Самара", ("Nizhny Novgorod", "RUS"): "Нижний Новгород", ("Vladivostok", "RUS"): "Владивосток",
    ("Strasbourg", "FRA"): "Страсбург", ("Lyon", "FRA"): "Лион", ("Krakow", "POL"): "Краков",
    ("Thessaloniki", "GRC"): "Салоники", ("Los Angeles", "USA"): "Лос-Анджелес", ("San Francisco", "USA"): "Сан-Франциско",
    ("Chicago", "USA"): "Чикаго", ("Houston", "USA"): "Хьюстон", ("Sharjah", "ARE"): "Шарджа",
    ("Karachi", "PAK"): "Карачи", ("Lahore", "PAK"): "Лахор", ("Ho Chi Minh City", "VNM"): "Хошимин|Хо Ши Мин",
    ("Kyoto", "JPN"): "Киото", ("Incheon", "KOR"): "Инчхон", ("Mecca", "SAU"): "Мекка", ("Medina", "SAU"): "Медина",
    ("Volgograd", "RUS"): "Волгоград", ("Saratov", "RUS"): "Саратов", ("Kurgan", "RUS"): "Курган",
    ("Tomsk", "RUS"): "Томск", ("Penza", "RUS"): "Пенза",
    # capitals of the other sovereign states, by region; a capital named as its country ("Панама", "Тунис")
    # and a name whose lemma is a common word or a given name ("Ломе" -> "лом", "Дили" -> "Диля", "Сана" ->
    # "сан", "Турку" -> "турок") are left out: a capitalised word would be taken for a venue; Accra and Yaoundé too, as
    # in the English pack (a venue gives its country to a contact or a document)
    # Latin America and the Caribbean
    ("Lima", "PER"): "Лима", ("Bogota", "COL"): "Богота", ("Caracas", "VEN"): "Каракас", ("Quito", "ECU"): "Кито",
    ("La Paz", "BOL"): "Ла-Пас", ("Asuncion", "PRY"): "Асунсьон", ("Montevideo", "URY"): "Монтевидео",
    ("Paramaribo", "SUR"): "Парамарибо", ("Georgetown", "GUY"): "Джорджтаун", ("Panama City", "PAN"): "Панама-Сити",
    ("Guatemala City", "GTM"): "Гватемала-Сити", ("Tegucigalpa", "HND"): "Тегусигальпа",
    ("Managua", "NIC"): "Манагуа", ("San Salvador", "SLV"): "Сан-Сальвадор", ("Belmopan", "BLZ"): "Бельмопан",
    ("Santo Domingo", "DOM"): "Санто-Доминго", ("Port-au-Prince", "HTI"): "Порт-о-Пренс",
    ("Kingston", "JAM"): "Кингстон", ("Nassau", "BHS"): "Нассау", ("Bridgetown", "BRB"): "Бриджтаун",
    ("Port of Spain", "TTO"): "Порт-оф-Спейн", ("Castries", "LCA"): "Кастри", ("Roseau", "DMA"): "Розо",
    ("Basseterre", "KNA"): "Бастер", ("Kingstown", "VCT"): "Кингстаун",
    # Africa
    ("Tripoli", "LBY"): "Триполи", ("Khartoum", "SDN"): "Хартум", ("Juba", "SSD"): "Джуба",
    ("Asmara", "ERI"): "Асмэра|Асмара", ("Mogadishu", "SOM"): "Могадишо", ("Kampala", "UGA"): "Кампала",
    ("Kigali", "RWA"): "Кигали", ("Gitega", "BDI"): "Гитега", ("Bujumbura", "BDI"): "Бужумбура",
    ("Dodoma", "TZA"): "Додома", ("Lilongwe", "MWI"): "Лилонгве", ("Lusaka", "ZMB"): "Лусака",
    ("Harare", "ZWE"): "Хараре", ("Maputo", "MOZ"): "Мапуту", ("Gaborone", "BWA"): "Габороне",
    ("Windhoek", "NAM"): "Виндхук", ("Maseru", "LSO"): "Масеру", ("Mbabane", "SWZ"): "Мбабане",
    ("Antananarivo", "MDG"): "Антананариву", ("Port Louis", "MUS"): "Порт-Луи", ("Moroni", "COM"): "Морони",
    ("Luanda", "AGO"): "Луанда", ("Kinshasa", "COD"): "Киншаса", ("Brazzaville", "COG"): "Браззавиль",
    ("Libreville", "GAB"): "Либревиль", ("Malabo", "GNQ"): "Малабо",
    ("Bangui", "CAF"): "Банги", ("N'Djamena", "TCD"): "Нджамена", ("Niamey", "NER"): "Ниамей",
    ("Ouagadougou", "BFA"): "Уагадугу", ("Bamako", "MLI"): "Бамако", ("Nouakchott", "MRT"): "Нуакшот",
    ("Dakar", "SEN"): "Дакар", ("Banjul", "GMB"): "Банжул", ("Bissau", "GNB"): "Бисау", ("Conakry", "GIN"): "Конакри",
    ("Freetown", "SLE"): "Фритаун", ("Monrovia", "LBR"): "Монровия", ("Yamoussoukro", "CIV"): "Ямусукро",
    ("Porto-Novo", "BEN"): "Порто-Ново", ("Praia", "CPV"): "Прая",
    ("Sao Tome", "STP"): "Сан-Томе",
    # the Middle East
    ("Damascus", "SYR"): "Дамаск",
    # South, Southeast and East Asia
    ("Thimphu", "BTN"): "Тхимпху", ("Sri Jayawardenepura Kotte", "LKA"): "Шри-Джаяварденепура-Котте",
    ("Naypyidaw", "MMR"): "Нейпьидо", ("Vientiane", "LAO"): "Вьентьян", ("Phnom Penh", "KHM"): "Пномпень",
    ("Bandar Seri Begawan", "BRN"): "Бандар-Сери-Бегаван", ("Pyongyang", "PRK"): "Пхеньян",
    # the Pacific
    ("Wellington", "NZL"): "Веллингтон", ("Port Moresby", "PNG"): "Порт-Морсби", ("Suva", "FJI"): "Сува",
    ("Honiara", "SLB"): "Хониара", ("Port Vila", "VUT"): "Порт-Вила", ("Nuku'alofa", "TON"): "Нукуалофа",
    ("Apia", "WSM"): "Апиа", ("Tarawa", "KIR"): "Тарава|Южная Тарава", ("Majuro", "MHL"): "Маджуро",
    ("Palikir", "FSM"): "Паликир", ("Funafuti", "TUV"): "Фунафути", ("Ngerulmud", "PLW"): "Нгерулмуд",
    # Europe
    ("Andorra la Vella", "AND"): "Андорра-ла-Велья", ("Vaduz", "LIE"): "Вадуц",
    # cities other than capitals that host official visits, forums and consulates (left out: "Львов", "Турин",
    # "Лагос", "Марсель", people's names too; "Грозный", "Познань" ("познанью" -> "познание"), words; Sharm el-Sheikh,
    # as in the English pack)
    # East Asia
    ("Nagoya", "JPN"): "Нагоя", ("Yokohama", "JPN"): "Иокогама", ("Hiroshima", "JPN"): "Хиросима",
    ("Shenzhen", "CHN"): "Шэньчжэнь|Шеньчжэнь", ("Chongqing", "CHN"): "Чунцин", ("Wuhan", "CHN"): "Ухань",
    ("Xiamen", "CHN"): "Сямынь", ("Lanzhou", "CHN"): "Ланьчжоу", ("Harbin", "CHN"): "Харбин",
    ("Kashgar", "CHN"): "Кашгар", ("Nanjing", "CHN"): "Нанкин", ("Dalian", "CHN"): "Далянь",
    ("Kunming", "CHN"): "Куньмин", ("Sanya", "CHN"): "Санья", ("Boao", "CHN"): "Боао",
    # South and Southeast Asia
    ("Kolkata", "IND"): "Калькутта", ("Chennai", "IND"): "Ченнаи", ("Bengaluru", "IND"): "Бангалор|Бенгалуру",
    ("Hyderabad", "IND"): "Хайдарабад",
    # the Middle East and North Africa
    ("Erbil", "IRQ"): "Эрбиль", ("Basra", "IRQ"): "Басра", ("Isfahan", "IRN"): "Исфахан",
    ("Mashhad", "IRN"): "Мешхед", ("Tabriz", "IRN"): "Тебриз", ("Haifa", "ISR"): "Хайфа",
    ("Alexandria", "EGY"): "Александрия", ("Luxor", "EGY"): "Луксор",
    ("Marrakesh", "MAR"): "Марракеш",
    # Africa
    ("Dar es Salaam", "TZA"): "Дар-эс-Салам", ("Mombasa", "KEN"): "Момбаса", ("Durban", "ZAF"): "Дурбан",
    ("Abidjan", "CIV"): "Абиджан", ("Cotonou", "BEN"): "Котону",
    # Turkey, the Caucasus and Central Asia
    ("Bursa", "TUR"): "Бурса", ("Trabzon", "TUR"): "Трабзон", ("Konya", "TUR"): "Конья",
    ("Gaziantep", "TUR"): "Газиантеп", ("Nakhchivan", "AZE"): "Нахичевань|Нахчыван", ("Kutaisi", "GEO"): "Кутаиси",
    ("Gyumri", "ARM"): "Гюмри", ("Nukus", "UZB"): "Нукус", ("Andijan", "UZB"): "Андижан",
    ("Namangan", "UZB"): "Наманган", ("Fergana", "UZB"): "Фергана", ("Termez", "UZB"): "Термез",
    ("Urgench", "UZB"): "Ургенч", ("Jalal-Abad", "KGZ"): "Джалал-Абад", ("Karakol", "KGZ"): "Каракол",
    ("Turkmenbashi", "TKM"): "Туркменбаши", ("Dashoguz", "TKM"): "Дашогуз",
    # Russia
    ("Kaliningrad", "RUS"): "Калининград", ("Krasnoyarsk", "RUS"): "Красноярск", ("Irkutsk", "RUS"): "Иркутск",
    ("Rostov-on-Don", "RUS"): "Ростов-на-Дону", ("Krasnodar", "RUS"): "Краснодар", ("Perm", "RUS"): "Пермь",
    ("Voronezh", "RUS"): "Воронеж", ("Makhachkala", "RUS"): "Махачкала", ("Yakutsk", "RUS"): "Якутск",
    ("Khabarovsk", "RUS"): "Хабаровск", ("Murmansk", "RUS"): "Мурманск", ("Tula", "RUS"): "Тула",
    ("Ulyanovsk", "RUS"): "Ульяновск", ("Kaluga", "RUS"): "Калуга", ("Lipetsk", "RUS"): "Липецк",
    ("Belgorod", "RUS"): "Белгород", ("Yaroslavl", "RUS"): "Ярославль", ("Izhevsk", "RUS"): "Ижевск",
    # Europe
    ("Bordeaux", "FRA"): "Бордо", ("Toulouse", "FRA"): "Тулуза", ("Cologne", "DEU"): "Кёльн|Кельн",
    ("Dusseldorf", "DEU"): "Дюссельдорф", ("Stuttgart", "DEU"): "Штутгарт", ("Leipzig", "DEU"): "Лейпциг",
    ("Dresden", "DEU"): "Дрезден", ("Hanover", "DEU"): "Ганновер", ("Bonn", "DEU"): "Бонн",
    ("Salzburg", "AUT"): "Зальцбург", ("Graz", "AUT"): "Грац", ("Innsbruck", "AUT"): "Инсбрук",
    ("Gdansk", "POL"): "Гданьск", ("Wroclaw", "POL"): "Вроцлав", ("Brno", "CZE"): "Брно", ("Kosice", "SVK"): "Кошице",
    ("Debrecen", "HUN"): "Дебрецен", ("Cluj-Napoca", "ROU"): "Клуж-Напока", ("Constanta", "ROU"): "Констанца",
    ("Varna", "BGR"): "Варна", ("Plovdiv", "BGR"): "Пловдив", ("Naples", "ITA"): "Неаполь",
    ("Venice", "ITA"): "Венеция", ("Genoa", "ITA"): "Генуя", ("Bologna", "ITA"): "Болонья",
    ("Valencia", "ESP"): "Валенсия", ("Seville", "ESP"): "Севилья", ("Bilbao", "ESP"): "Бильбао",
    ("Rotterdam", "NLD"): "Роттердам", ("Antwerp", "BEL"): "Антверпен", ("Ghent", "BEL"): "Гент",
    ("Manchester", "GBR"): "Манчестер", ("Birmingham", "GBR"): "Бирмингем", ("Edinburgh", "GBR"): "Эдинбург",
    ("Glasgow", "GBR"): "Глазго", ("Gothenburg", "SWE"): "Гётеборг|Гетеборг", ("Malmo", "SWE"): "Мальмё|Мальме",
    ("Bergen", "NOR"): "Берген", ("Tampere", "FIN"): "Тампере", ("Aarhus", "DNK"): "Орхус", ("Tartu", "EST"): "Тарту",
    ("Klaipeda", "LTU"): "Клайпеда", ("Lausanne", "CHE"): "Лозанна", ("Basel", "CHE"): "Базель",
    ("Kharkiv", "UKR"): "Харьков", ("Odesa", "UKR"): "Одесса",
    # North America
    ("Boston", "USA"): "Бостон", ("Seattle", "USA"): "Сиэтл", ("Miami", "USA"): "Майами", ("Dallas", "USA"): "Даллас",
    ("Denver", "USA"): "Денвер", ("Philadelphia", "USA"): "Филадельфия", ("Montreal", "CAN"): "Монреаль",
    ("Vancouver", "CAN"): "Ванкувер", ("Calgary", "CAN"): "Калгари",
    # Oceania and South America
    ("Sydney", "AUS"): "Сидней", ("Melbourne", "AUS"): "Мельбурн", ("Brisbane", "AUS"): "Брисбен",
    ("Auckland", "NZL"): "Окленд", ("Rio de Janeiro", "BRA"): "Рио-де-Жанейро", ("Sao Paulo", "BRA"): "Сан-Паулу",
    # Belarus's regional centres and cities of Kazakhstan's that the English pack knows
    ("Brest", "BLR"): "Брест", ("Vitebsk", "BLR"): "Витебск", ("Gomel", "BLR"): "Гомель", ("Grodno", "BLR"): "Гродно",
    ("Mogilev", "BLR"): "Могилёв|Могилев", ("Temirtau", "KAZ"): "Темиртау", ("Baikonur", "KAZ"): "Байконур",
    # regions, Kazakhstan's and Russia's by the border, named as the place of their governors and akims
    ("Akmola", "KAZ"): "Акмолинская область", ("Almaty Region", "KAZ"): "Алматинская область",
    ("Atyrau Region", "KAZ"): "Атырауская область", ("Aktobe Region", "KAZ"): "Актюбинская область",
    ("Zhambyl", "KAZ"): "Жамбылская область",
    ("Karaganda Region", "KAZ"): "Карагандинская область", ("Kostanay Region", "KAZ"): "Костанайская область",
    ("Kyzylorda Region", "KAZ"): "Кызылординская область", ("Mangystau", "KAZ"): "Мангистауская область",
    ("Pavlodar Region", "KAZ"): "Павлодарская область", ("Turkistan Region", "KAZ"): "Туркестанская область",
    ("Astrakhan Region", "RUS"): "Астраханская область", ("Volgograd Region", "RUS"): "Волгоградская область",
    ("Saratov Region", "RUS"): "Саратовская область", ("Samara Region", "RUS"): "Самарская область",
    ("Orenburg Region", "RUS"): "Оренбургская область", ("Chelyabinsk Region", "RUS"): "Челябинская область",
    ("Kurgan Region", "RUS"): "Курганская область", ("Tyumen Region", "RUS"): "Тюменская область",
    ("Omsk Region", "RUS"): "Омская область", ("Novosibirsk Region", "RUS"): "Новосибирская область",
    ("Altai Krai", "RUS"): "Алтайский край", ("Penza Region", "RUS"): "Пензенская область",
    ("Tatarstan", "RUS"): "Татарстан|Республика Татарстан", ("Bashkortostan", "RUS"): "Башкортостан|Республика Башкортостан",
}

# City-states: the country's name is also the venue's.
CITY_STATES: dict[str, str] = {"SGP": "Singapore", "VAT": "Vatican", "KWT": "Kuwait City", "MCO": "Monaco"}


class Entry(NamedTuple):
    kind: str  # "country" | "demonym" | "city" | "organisation"
    code: str  # ISO 3166-1 alpha-3; an organisation's English acronym ("OSCE")
    city: str | None = None  # a city's English name (also set for city-states)


class Match(NamedTuple):
    """A gazetteer hit on a run of lemmas; `kind, code = match[:2]`."""

    kind: str
    code: str  # the first code; every code of a compound adjective is in `codes`
    length: int  # how many lemmas it covers
    codes: tuple[str, ...]
    city: str | None = None


class Mention(NamedTuple):
    start: int  # character offsets in the text
    end: int
    match: Match
    surface: str


_WORD = re.compile(r"[\w'’+]+(?:-[\w'’+]+)*")


def _words(name: str) -> list[str]:
    return _WORD.findall(name)


def _names(table: str) -> list[str]:
    return [name for name in table.split("|") if name]


def _inflected(words: Sequence[str], case: str) -> list[str]:
    """`words` (a name in the nominative) with its leading adjectives and head noun put in `case`."""
    out = list(words)
    for index, word in enumerate(words):
        parses = [
            p for p in analyzer().parse(word.lower())
            if p.tag.case == "nomn" and p.tag.POS in {"NOUN", "ADJF", "PRTF"}
        ]
        if not parses:
            break
        number = {"plur"} if "plur" in parses[0].tag else set()
        form = parses[0].inflect({case, *number})
        if form is not None:
            out[index] = form.word
        if parses[0].tag.POS == "NOUN":  # the genitive dependents after the head stay as written
            break
    return out


def _is_common_word(word: str) -> bool:
    """True if the word's most probable parse is a common word ("Того" -> "тот", "Чад" -> "чадо").

    A name's other readings (a place, a person's name: "Ливан" is also "Ливана"'s genitive plural)
    are fine: names are matched only when capitalised.
    """
    morph = analyzer()
    if not morph.word_is_known(word.lower()):
        return False
    tag = morph.parse(word.lower())[0].tag
    return not ({"Geox", "Abbr", "Orgn", "Name", "Surn", "Patr"} & tag.grammemes)


def _keys(name: str, *, checked: bool) -> set[tuple[str, ...]]:
    """Lemma keys of `name` in every case; `checked` drops one-word forms that are common words."""
    words = _words(name)
    if not words or (len(words) == 1 and words[0].lower() in AMBIGUOUS_NAMES):
        return set()
    forms = [words, *(_inflected(words, case) for case in CASES)]
    return {
        tuple(lemma(word) for word in form)
        for form in forms
        if not (checked and len(form) == 1 and _is_common_word(form[0]))
    }


def _pycountry_names() -> Iterator[tuple[str, str]]:
    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            english = getattr(country, attr, None)
            if english:
                russian = translation.gettext(english).replace("\u0301", "")
                if russian != english and "," not in russian and "(" not in russian:
                    yield russian, country.alpha_3


@lru_cache(maxsize=1)
def _index() -> dict[tuple[str, ...], Entry]:
    """Lemma key -> entry.  Hand tables win over pycountry; earlier kinds win over later ones."""
    index: dict[tuple[str, ...], Entry] = {}

    def add(keys: set[tuple[str, ...]], entry: Entry) -> None:
        for key in keys:
            index.setdefault(key, entry)

    for code, names in ORGANISATIONS.items():
        for name in _names(names):
            add(_keys(name, checked=False), Entry("organisation", code))
    for code, names in COUNTRY_ALIASES.items():
        for name in _names(names):
            add(_keys(name, checked=False), Entry("country", code, CITY_STATES.get(code)))
    for (english, code), names in CITIES.items():
        for name in _names(names):
            add(_keys(name, checked=False), Entry("city", code, english))
    for name, code in _pycountry_names():
        add(_keys(name, checked=True), Entry("country", code, CITY_STATES.get(code)))
    for code, names in DEMONYMS.items():
        for name in _names(names):
            add({(lemma(name),)}, Entry("demonym", code))
    return index


@lru_cache(maxsize=1)
def _longest_by_first() -> dict[str, int]:
    longest: dict[str, int] = {}
    for key in _index():
        longest[key[0]] = max(longest.get(key[0], 0), len(key))
    return longest


@lru_cache(maxsize=1)
def _compound_prefixes() -> dict[str, str]:
    """First parts of compound adjectives: each adjective's stem + "о", plus the irregular ones."""
    prefixes: dict[str, str] = {}
    for code, names in DEMONYMS.items():
        for name in _names(names):
            if name.endswith("ий") or name.endswith("ый"):
                prefixes.setdefault(name[:-2] + "о", code)
    prefixes.update(COMPOUND_PREFIXES)
    return prefixes


def _compound(word_lemma: str) -> tuple[str, ...] | None:
    """ISO codes of a compound adjective ("казахстанско-португальский" -> KAZ, PRT), else None."""
    *firsts, last = word_lemma.split("-")
    if not firsts:
        return None
    entry = _index().get((last,))
    if entry is None or entry.kind != "demonym":
        return None
    prefixes = _compound_prefixes()
    codes = [prefixes.get(first) for first in firsts]
    if not all(codes):
        return None
    return (*codes, entry.code)  # type: ignore[arg-type, return-value]  # (all codes are set: checked above)


def lookup(lemmas: Sequence[str]) -> Match | None:
    """The longest gazetteer entry that starts at `lemmas[0]`, or None.

    `lemmas` are morph.lemma() of the text's words: ("соединить", "штат", "америка", ...) ->
    Match("country", "USA", 3, ("USA",)).  A compound adjective is one word with every code:
    ("казахстанско-португальский",) -> Match("demonym", "KAZ", 1, ("KAZ", "PRT")).
    """
    if not lemmas:
        return None
    index = _index()
    longest = _longest_by_first().get(lemmas[0], 0)
    for length in range(min(longest, len(lemmas)), 0, -1):
        entry = index.get(tuple(lemmas[:length]))
        if entry is not None:
            return Match(entry.kind, entry.code, length, (entry.code,), entry.city)
    codes = _compound(lemmas[0])
    if codes:
        return Match("demonym", codes[0], 1, codes)
    return None


def find_mentions(text: str) -> list[Mention]:
    """Every country, adjective, city and organisation named in `text`, left to right.

    Names of places and organisations must start with a capital ("в Вене", not "в вене");
    adjectives are lowercase in Russian and match in any case.
    """
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    lemmas = [lemma(word) for _, _, word in words]
    mentions: list[Mention] = []
    position = 0
    while position < len(words):
        match = lookup(lemmas[position:])
        start = words[position][0]
        if match is not None and (match.kind == "demonym" or words[position][2][:1].isupper()):
            end = words[position + match.length - 1][1]
            mentions.append(Mention(start, end, match, text[start:end]))
            position += match.length
        else:
            position += 1
    return mentions
