"""Country gazetteer: names, official long forms, aliases, demonyms, capitals.

Built once at import from pycountry plus hand-made tables, because no package
ships English demonyms or the aliases a ministry actually writes ("Türkiye",
"UAE", "the Holy See").  Matching is one compiled alternation, longest first,
so "Papua New Guinea" wins over "Guinea" and "Kazakh-Portuguese" yields both
KAZ and PRT (the hyphen is a word boundary).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

import pycountry

KAZ = "KAZ"

# Aliases and short forms the ministry and republishers use, beyond pycountry's names.
_ALIASES = {
    "USA": "United States|United States of America|USA|U.S.A.|U.S.|US|America",
    "GBR": "United Kingdom|UK|U.K.|Britain|Great Britain|England|Scotland",
    "RUS": "Russia|Russian Federation",
    "KOR": "South Korea|Republic of Korea|Korea",
    "PRK": "North Korea|DPRK",
    "IRN": "Iran|Islamic Republic of Iran",
    "SYR": "Syria",
    "VNM": "Vietnam|Viet Nam",
    "LAO": "Laos",
    "CZE": "Czech Republic|Czechia",
    "MDA": "Moldova|Republic of Moldova",
    "TZA": "Tanzania",
    "BOL": "Bolivia",
    "VEN": "Venezuela",
    "TWN": "Taiwan",
    "PSE": "Palestine|State of Palestine",
    "COD": "Democratic Republic of the Congo|DR Congo|DRC",
    "COG": "Republic of the Congo|Congo",
    "CIV": "Ivory Coast|Côte d'Ivoire|Cote d'Ivoire",
    "MKD": "North Macedonia|Macedonia",
    "BRN": "Brunei",
    "CPV": "Cape Verde|Cabo Verde",
    "SWZ": "Eswatini|Swaziland",
    "MMR": "Myanmar|Burma",
    "FSM": "Micronesia",
    "VAT": "Vatican|Vatican City|Holy See|the Holy See",
    "TUR": "Turkey|Türkiye|Turkiye|Republic of Türkiye|Republic of Turkey",
    "ARE": "United Arab Emirates|UAE|Emirates",
    "SAU": "Saudi Arabia|Kingdom of Saudi Arabia",
    "NLD": "Netherlands|the Netherlands|Holland",
    "FIN": "Finland|Suomi",
    "LTU": "Lithuania|Lithuanian Republic",
    "KGZ": "Kyrgyzstan|Kyrgyz Republic|Kirghizia",
    "KAZ": "Kazakhstan|Qazaqstan|Republic of Kazakhstan",
    "CHN": "China|People's Republic of China|PRC",
    "GRC": "Greece|Hellenic Republic",
    "BIH": "Bosnia and Herzegovina|Bosnia",
    "TLS": "East Timor|Timor-Leste",
    "LBY": "Libya",
}

# English demonyms and adjectives ("Portuguese", "Kazakh-Spanish").  Hand-made: no package ships them.
_DEMONYMS = {
    "KAZ": "Kazakh|Kazakhstani|Qazaq", "PRT": "Portuguese", "ESP": "Spanish", "FIN": "Finnish",
    "SVK": "Slovak|Slovakian", "CZE": "Czech", "ROU": "Romanian", "SRB": "Serbian", "GEO": "Georgian",
    "ARM": "Armenian", "AZE": "Azerbaijani|Azeri", "MAR": "Moroccan", "TJK": "Tajik|Tajikistani",
    "IRN": "Iranian", "ZAF": "South African", "JOR": "Jordanian", "KWT": "Kuwaiti", "CAN": "Canadian",
    "BGR": "Bulgarian", "LTU": "Lithuanian", "LVA": "Latvian", "EST": "Estonian", "VAT": "Vatican|Pontifical",
    "LKA": "Sri Lankan", "CHE": "Swiss", "OMN": "Omani", "GRC": "Greek|Hellenic", "AFG": "Afghan",
    "SGP": "Singaporean", "KEN": "Kenyan", "TKM": "Turkmen", "UZB": "Uzbek", "KGZ": "Kyrgyz",
    "DNK": "Danish", "THA": "Thai", "RUS": "Russian", "CHN": "Chinese", "USA": "American",
    "GBR": "British", "FRA": "French", "DEU": "German", "ITA": "Italian", "AUT": "Austrian",
    "BEL": "Belgian", "NLD": "Dutch", "LUX": "Luxembourgish", "POL": "Polish", "HUN": "Hungarian",
    "HRV": "Croatian", "SVN": "Slovenian|Slovene", "MNE": "Montenegrin", "BIH": "Bosnian",
    "ALB": "Albanian", "MKD": "Macedonian", "MDA": "Moldovan", "UKR": "Ukrainian", "BLR": "Belarusian",
    "NOR": "Norwegian", "SWE": "Swedish", "ISL": "Icelandic", "IRL": "Irish", "MLT": "Maltese",
    "CYP": "Cypriot", "TUR": "Turkish", "IRQ": "Iraqi", "SYR": "Syrian", "LBN": "Lebanese",
    "ISR": "Israeli", "PSE": "Palestinian", "EGY": "Egyptian", "LBY": "Libyan", "TUN": "Tunisian",
    "DZA": "Algerian", "QAT": "Qatari", "BHR": "Bahraini", "YEM": "Yemeni", "SAU": "Saudi",
    "ARE": "Emirati", "PAK": "Pakistani", "IND": "Indian", "BGD": "Bangladeshi", "NPL": "Nepalese|Nepali",
    "MNG": "Mongolian", "JPN": "Japanese", "KOR": "South Korean|Korean", "PRK": "North Korean",
    "VNM": "Vietnamese", "MYS": "Malaysian", "IDN": "Indonesian", "PHL": "Philippine|Filipino",
    "KHM": "Cambodian", "LAO": "Lao|Laotian", "AUS": "Australian", "NZL": "New Zealand",
    "MEX": "Mexican", "BRA": "Brazilian", "ARG": "Argentine|Argentinian", "CHL": "Chilean",
    "PER": "Peruvian", "COL": "Colombian", "VEN": "Venezuelan", "CUB": "Cuban", "NGA": "Nigerian",
    "ETH": "Ethiopian", "GHA": "Ghanaian", "SEN": "Senegalese", "TZA": "Tanzanian", "UGA": "Ugandan",
    "RWA": "Rwandan", "MMR": "Burmese", "BRN": "Bruneian", "ECU": "Ecuadorian",
    "URY": "Uruguayan", "PRY": "Paraguayan", "BOL": "Bolivian", "CRI": "Costa Rican", "PAN": "Panamanian",
    "SDN": "Sudanese", "AGO": "Angolan", "MOZ": "Mozambican", "ZWE": "Zimbabwean", "ZMB": "Zambian",
    "TCD": "Chadian", "MLI": "Malian", "NER": "Nigerien", "CMR": "Cameroonian", "CIV": "Ivorian",
}

# International organisations: recognised so they are never taken for countries.
_ORGANISATIONS = (
    "United Nations|UN|UNGA|UN General Assembly|UN Security Council|OSCE|"
    "Organization for Security and Co-operation in Europe|Organization for Security and Cooperation in Europe|"
    "European Union|EU|Shanghai Cooperation Organisation|Shanghai Cooperation Organization|SCO|"
    "Commonwealth of Independent States|CIS|CICA|Conference on Interaction and Confidence Building Measures in Asia|"
    "Organization of Islamic Cooperation|Organisation of Islamic Cooperation|OIC|"
    "Economic Cooperation Organization|ECO|Eurasian Economic Union|EAEU|EEU|"
    "Collective Security Treaty Organization|CSTO|NATO|ASEAN|Organization of Turkic States|OTS|"
    "Turkic Council|WTO|World Trade Organization|IMF|World Bank|UNESCO|UNICEF|UNDP|IAEA|WHO|G20|G7|BRICS|"
    "Gulf Cooperation Council|GCC|African Union|Arab League|League of Arab States|Council of Europe|"
    "Asian Development Bank|ADB|EBRD|Islamic Development Bank|Eurasian Development Bank|OPEC|OPEC\\+|"
    "European Commission|European Parliament|Interpol|Red Cross|ICRC|European Council|Council of the European Union|"
    "European External Action Service|EEAS|OPCW|Organisation for the Prohibition of Chemical Weapons|"
    "Organization for the Prohibition of Chemical Weapons|OECD|Organisation for Economic Co-operation and Development|"
    "FAO|UNHCR|IOM|International Organization for Migration|ILO|UNIDO|UNCTAD|WIPO|ICAO|UNODC|UNEP|UNFPA|WFP|"
    "World Food Programme|World Health Organization|International Monetary Fund|International Atomic Energy Agency|"
    "Asian Infrastructure Investment Bank|AIIB|New Development Bank|CAREC|Eurasian Economic Commission|"
    "Organization of American States|Nordic Council|Council of the Baltic Sea States|IsDB|UN Secretariat"
)

# Capitals and cities that appear as venues.  A venue is a location, never by itself a counterpart.
_CITIES = {
    "KAZ": "Astana|Nur-Sultan|Almaty|Shymkent|Aktau|Atyrau|Turkestan|Karaganda|Aktobe|Oskemen|Ust-Kamenogorsk|"
           "Pavlodar|Kostanay|Taraz|Kyzylorda|Semey|Burabay|Akorda",
    "PRT": "Lisbon|Porto", "ESP": "Madrid|Barcelona", "FIN": "Helsinki", "SVK": "Bratislava", "ROU": "Bucharest",
    "SRB": "Belgrade", "GEO": "Tbilisi|Batumi", "ARM": "Yerevan", "AZE": "Baku", "MAR": "Rabat|Casablanca",
    "TJK": "Dushanbe", "IRN": "Tehran", "TKM": "Ashgabat|Ashkhabad", "ZAF": "Pretoria|Cape Town|Johannesburg",
    "JOR": "Amman", "KWT": "Kuwait City", "CAN": "Ottawa", "BGR": "Sofia", "LTU": "Vilnius|Kaunas|Klaipeda",
    "LVA": "Riga", "EST": "Tallinn", "VAT": "Vatican", "LKA": "Colombo", "CHE": "Bern|Geneva|Davos",
    "OMN": "Muscat", "GRC": "Athens|Heraklion", "AFG": "Kabul", "SGP": "Singapore", "KEN": "Nairobi",
    "UZB": "Tashkent|Samarkand", "KGZ": "Bishkek|Cholpon-Ata", "DNK": "Copenhagen", "THA": "Bangkok",
    "RUS": "Moscow|Sochi|St. Petersburg|Saint Petersburg|Kazan", "CHN": "Beijing|Shanghai|Xi'an|Urumqi",
    "USA": "Washington|New York", "GBR": "London", "FRA": "Paris", "DEU": "Berlin", "ITA": "Rome",
    "AUT": "Vienna", "BEL": "Brussels", "NLD": "Amsterdam|The Hague", "POL": "Warsaw", "CZE": "Prague",
    "HUN": "Budapest", "UKR": "Kyiv|Kiev", "BLR": "Minsk", "JPN": "Tokyo", "KOR": "Seoul|Busan",
    "IND": "New Delhi", "PAK": "Islamabad", "QAT": "Doha", "ARE": "Abu Dhabi|Dubai", "SAU": "Riyadh|Jeddah",
    "EGY": "Cairo", "MNG": "Ulaanbaatar", "VNM": "Hanoi", "MYS": "Kuala Lumpur", "IDN": "Jakarta",
    "PHL": "Manila", "AUS": "Canberra", "BRA": "Brasilia", "ARG": "Buenos Aires", "MEX": "Mexico City",
    "ETH": "Addis Ababa", "NGA": "Abuja", "SWE": "Stockholm", "NOR": "Oslo", "ISL": "Reykjavik",
    "IRL": "Dublin", "MLT": "Valletta", "CYP": "Nicosia", "HRV": "Zagreb", "SVN": "Ljubljana",
    "MNE": "Podgorica", "BIH": "Sarajevo", "ALB": "Tirana", "MKD": "Skopje", "MDA": "Chisinau",
    "NPL": "Kathmandu", "BGD": "Dhaka", "TUR": "Ankara|Istanbul|Antalya", "ISR": "Jerusalem|Tel Aviv",
    "IRQ": "Baghdad", "LBN": "Beirut", "BHR": "Manama", "TUN": "Tunis", "DZA": "Algiers",
}


class Mention(NamedTuple):
    start: int
    end: int
    code: str | None  # ISO alpha-3, or None for an organisation
    kind: str  # "country" | "demonym" | "organisation" | "city"
    surface: str


def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            # "Korea, Republic of" style inversions never occur in prose.
            if value and "," not in value and "(" not in value:
                names[value] = c.alpha_3
    for code, alts in _ALIASES.items():
        for alt in alts.split("|"):
            names[alt] = code
    return names


_TOKEN = re.compile(r"[\w'’+]+(?:\.(?=\w)[\w'’+]*)*\.?|[-–]")


def _tokens(name: str) -> tuple[str, ...]:
    return tuple(t.rstrip(".") for t in _TOKEN.findall(name))


def _build() -> tuple[dict[str, list[tuple[tuple[str, ...], str]]], dict[str, tuple[str | None, str]]]:
    table: dict[str, tuple[str | None, str]] = {}
    for name, code in _country_names().items():
        table[name] = (code, "country")
    for code, alts in _DEMONYMS.items():
        for alt in filter(None, alts.split("|")):
            table.setdefault(alt, (code, "demonym"))
    for code, alts in _CITIES.items():
        for alt in alts.split("|"):
            table.setdefault(alt, (code, "city"))
    for org in _ORGANISATIONS.split("|"):
        table[org.replace("\\", "")] = (None, "organisation")
    # Index by first token, longest name first, so a scan is one dict lookup per word
    # (a 1,000-name regex alternation is tried at every character and is too slow on 1 MB).
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for name in sorted(table, key=lambda n: len(_tokens(n)), reverse=True):
        toks = _tokens(name)
        if toks:
            by_first.setdefault(toks[0], []).append((toks, name))
    return by_first, table


_BY_FIRST, _TABLE = _build()


def _build_trie() -> dict:
    """Token trie of the names: {token: {token: ..., None: name}}.  The deepest name on a path is the
    longest (in tokens), which is what the longest-first list in _BY_FIRST picks; ties keep list order."""
    trie: dict = {}
    for first, entries in _BY_FIRST.items():
        for toks, name in entries:
            node = trie
            for t in toks:
                node = node.setdefault(t, {})
            node.setdefault(None, name)
    return trie


_TRIE = _build_trie()


class _LastText:
    """Mentions of the release being processed, scanned once: every sentence asks several times."""
    text: str | None = None
    mentions: list[Mention] = []
    starts: list[int] = []
    spans: dict[tuple[int, int], list[Mention]] = {}  # (start, end) -> mentions, asked again per sentence


def find_mentions(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """All country / demonym / city / organisation mentions in text[start:end], in order.
    Case-sensitive on purpose: "turkey" the bird, "china" the porcelain, "us" the pronoun."""
    end = len(text) if end is None else end
    if _LastText.text is not text:
        _LastText.mentions = _scan(text)
        _LastText.starts = [m.start for m in _LastText.mentions]
        _LastText.text = text
        _LastText.spans = {}
    hit = _LastText.spans.get((start, end))
    if hit is None:
        i = bisect_left(_LastText.starts, start)
        j = bisect_left(_LastText.starts, end)
        hit = _LastText.spans[(start, end)] = [m for m in _LastText.mentions[i:j] if m.end <= end]
    return list(hit)


# Where a name can begin: the start of a _TOKEN (not after a token character, nor after a full stop
# glued to one, which _TOKEN swallows) whose first letter starts some capitalised gazetteer name.
# Only these positions are looked at: most words of a release are lowercase and never start a mention.
_CANDIDATE = re.compile("[" + re.escape("".join(sorted({name[0] for name in _BY_FIRST if name[:1].isupper()}))) + "]")


# A whole token (_TOKEN's word alternative) that starts at a token start (_token_start) with a candidate
# letter: one regex does what a loop over candidate letters, two look-backs and _TOKEN.match would.
# (it starts with the candidate letter class itself, so the engine skips to candidate letters at C speed;
# the look-backs then test the character before that letter)
_CANDIDATE_TOKEN = re.compile(_CANDIDATE.pattern + r"(?<![\w'’+].)(?<![\w'’+]\..)[\w'’+]*(?:\.(?=\w)[\w'’+]*)*\.?")


def _token_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_'’+"  # _TOKEN's [\w'’+]


def _token_start(text: str, pos: int) -> bool:
    if pos == 0:
        return True
    prev = text[pos - 1]
    if _token_char(prev):
        return False
    return not (prev == "." and pos >= 2 and _token_char(text[pos - 2]))


def _scan(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Gazetteer matches over the token sequence of text[start:end] (tokens by _TOKEN, compared without
    a trailing full stop), longest name first, left to right, a match consuming its tokens."""
    end = len(text) if end is None else end
    found = []
    resume = start  # tokens before this were consumed by the previous match
    for first in _CANDIDATE_TOKEN.finditer(text, start, end):
        w_start = first.start()
        if w_start < resume:
            continue
        # (the token starts with a _CANDIDATE letter, which is uppercase by construction: no isupper() test)
        word = first.group().rstrip(".")
        node = _TRIE.get(word)
        if node is None:
            # a possessive ("Kazakhstan’s", "Thailand's"): the name without its "'s", if it is one by itself
            if word[-2:] in ("'s", "’s"):
                name = _TRIE.get(word[:-2], {}).get(None)
                if name is not None:
                    m_end = w_start + len(word) - 2
                    resume = first.end()
                    code, kind = _TABLE[name]
                    found.append(Mention(w_start, m_end, code, kind, text[w_start:m_end]))
            continue
        # walk the trie over the next tokens; keep the deepest name passed
        hit = None
        last = first
        while True:
            if None in node:
                hit = (node[None], last.end())
            nxt = _TOKEN.search(text, last.end(), end) if len(node) > (None in node) else None
            if nxt is None:
                break
            node = node.get(nxt.group().rstrip("."))
            if node is None:
                break
            last = nxt
        if hit is None:
            continue
        name, m_end = hit
        resume = m_end
        surface = text[w_start:m_end]
        if surface.endswith(".") and not name.endswith("."):
            m_end -= 1
            surface = surface[:-1]
        code, kind = _TABLE[name]
        if not (name == "US" and not _is_us_country(text, w_start)):
            found.append(Mention(w_start, m_end, code, kind, surface))
    return found


def scan_mentions(text: str) -> list[Mention]:
    """Mentions in a short string other than the release being processed (no caching)."""
    return _scan(text)


def _is_us_country(text: str, pos: int) -> bool:
    # "US" is a country only in "the US", "US President", "US-Kazakh": never "let US".
    before = text[max(0, pos - 4):pos]
    return before.endswith("the ") or text[pos + 2:pos + 3] in "-" or text[pos + 2:pos + 4] == " P"


def countries_in(text: str, start: int = 0, end: int | None = None, *, with_cities: bool = False) -> list[str]:
    """Distinct country codes named (by name, long form or demonym) in a span, in order of appearance."""
    out: list[str] = []
    for m in find_mentions(text, start, end):
        if m.code and (m.kind != "city" or with_cities) and m.code not in out:
            out.append(m.code)
    return out


@lru_cache(maxsize=None)
def capital_of(code: str) -> str | None:
    """The first listed city of a country: its capital in the table above."""
    cities = _CITIES.get(code)
    return cities.split("|")[0] if cities else None


def is_city(surface: str) -> bool:
    entry = _TABLE.get(surface)
    return bool(entry and entry[1] == "city")
