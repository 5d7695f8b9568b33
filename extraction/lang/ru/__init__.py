"""Russian: lexicons in lexicon/*.tsv (one file per layer, keyed by lemma) plus the place layer
generated from the gazetteer (every country, adjective, city and organisation in every case).

A word's key is its lemma (pymorphy3), so one lexicon line matches every case form: "телефонный
разговор" matches "телефонного разговора".  Two verb forms are keyed apart from the lemma because
they announce rather than report: the future ("состоится", "посетит" -> "состояться~fut") and the
infinitive ("подписать" -> "подписать~inf", as in "планируется подписать").  So a lexicon line
written in the past ("подписали", "встретился") matches every past and present form and participle;
a future or an infinitive needs a line of its own when it should match.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from ...lexicon import read_tsv
from ...text import tokenize
from ..base import LanguagePack, Words, load_fields, load_lexicon, names_ending_in_one_letter
from . import morph, places

_HERE = Path(__file__).parent

# Words after which a full stop does not end a sentence ("2018-2019 гг. Министры"; "т.е. Казахстан").
# Not "млн"/"млрд": "достиг $26,1 млрд. Об этом заявил ..." ends a sentence, and before a lowercase
# word ("10 млрд. долларов") no sentence ends anyway.
ABBREVIATIONS = frozenset(
    "г гг тыс т.е т.д т.п т.к др пр им ул обл долл руб см ст стр проф акад англ рус каз г-н г-жа "
    "и.о юж сев зам нач ген т.г с.г п.г ц.р".split())

_EUROPEAN = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+")
_FUTURE = "~fut"
_INFINITIVE = "~inf"


@lru_cache(maxsize=200_000)
def normalise(word: str) -> str:
    """A word's lexicon key: its lemma, lowercase, ё written е; a future-tense verb or an infinitive
    keeps a mark of it ("посетит" -> "посетить~fut", "подписать" -> "подписать~inf")."""
    lowered = word.lower().replace("ё", "е")
    if not lowered.isalpha() and "-" not in lowered:
        return lowered
    parse = morph.parses(lowered)[0]
    key = parse.normal_form.replace("ё", "е")
    if parse.tag.POS == "INFN":
        return key + _INFINITIVE
    if parse.tag.POS == "VERB" and parse.tag.tense == "futr":
        return key + _FUTURE
    return key


def parse_number(raw: str) -> Decimal | None:
    """"26,1" -> 26.1 and "1.5" -> 1.5 (Russian writes a decimal comma; digits are grouped by spaces,
    which the tokenizer keeps apart); "1.234.567" -> 1234567; "1.317,5" -> 1317.5."""
    if _EUROPEAN.fullmatch(raw):
        raw = raw.replace(".", "")
    s = raw.replace(",", ".")
    if s.count(".") > 1:
        head, *groups = s.split(".")
        if not all(len(g) == 3 for g in groups):
            return None
        s = head + "".join(groups)
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


# how many words before a name may hold the women's office that makes it a woman's name
_TITLE_REACH = 4


def name_form(words: list[str], before: Sequence[str] = ()) -> str:
    """A name as written ("с Бейбутом Атамкуловым") in the nominative ("Бейбут Атамкулов"); the words
    before it (the title in apposition: "министром иностранных дел Казахстана") fix its case.  A
    surname of the officials' table is given as the table writes it: "визита Токаева" alone could be
    a woman's name in the nominative, but the table knows Токаев."""
    name = morph.nominative_name(words, before=list(before))
    *first, last = name.split(" ")
    official = _official_surnames().get(surname_key(last))
    if official and any(morph.lemma(word.lower()) in morph.FEMININE_HEADS for word in before[-_TITLE_REACH:]):
        return name  # "Помощница президента Саида Мирзиёева": a woman of the official's family, not him
    if official and first and first[0] != words[0] and \
            last.lower().replace("ё", "е") == official.lower().replace("ё", "е") + "а":
        # "Даригу Назарбаеву", "Даригой Назарбаевой": her first name, read in its case, says she is a woman, and the
        # surname is her own (a name left as written, "Александра Турчина", may be his genitive)
        return name
    # (their first three letters agree, or all but the last of a shorter surname's: "Ёля", "Ёлем" are "Ёль")
    if official and official != last:
        n = min(3, len(official) - 1)
        if last.lower().replace("ё", "е")[:n] == official.lower().replace("ё", "е")[:n]:
            return " ".join([*first, official])
    return name


_ENDINGS = ("ыми", "ими", "ого", "его", "ому", "ему", "ой", "ей", "ым", "им", "ом", "ем", "ую", "юю",
            "ий", "ый", "ая", "яя", "у", "ю", "а", "я", "е", "ы", "и", "о")


@lru_cache(maxsize=50_000)
def surname_key(word: str) -> str:
    """One key for a surname in every case: "Токаев", "Токаева", "Токаевым" -> "токаев"; "Сибига",
    "Сибигой" -> "сибиг"; an indeclinable "Нуртлеу" keeps one key too.  (A lemma would not do:
    pymorphy3 reads "Токаев" as a plural of "токай".)"""
    key = word.lower().replace("ё", "е").rpartition(".")[2]  # "Е.Ашикбаев": the surname after the initial
    known = _official_forms().get(key)
    if known is not None:
        return known  # a known official's short name in any case: "Ель", "Еля", "Елем" ("Юн Сок Ель")
    for ending in _ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            return key[: len(key) - len(ending)]
    return key


_NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


@lru_cache(maxsize=10_000)
def plural_office(word: str) -> bool:
    """"президенты", "министры": the best reading of the office word is a plural noun."""
    parses = morph.parses(word.lower().replace("ё", "е"))
    return bool(parses) and {"NOUN", "plur"} <= parses[0].tag.grammemes


@lru_cache(maxsize=20_000)
def accusative_plural(word: str) -> bool:
    """"встречи" after «провел»: some reading is an accusative plural noun and none an accusative singular."""
    tags = [p.tag.grammemes for p in morph.parses(word.lower().replace("ё", "е")) if "NOUN" in p.tag.grammemes]
    return any({"plur", "accs"} <= t for t in tags) and not any({"sing", "accs"} <= t for t in tags)


@lru_cache(maxsize=20_000)
def adjective(word: str) -> bool:
    """"экономического", "торгово-экономического": the best reading is a full adjective."""
    parses = morph.parses(word.lower().replace("ё", "е"))
    return bool(parses) and parses[0].tag.POS == "ADJF"


@lru_cache(maxsize=20_000)
def passive_participle(word: str) -> bool:
    """"принятый", "принятые": the best reading is a full passive participle (not the short one of a passive
    verb: «Посол был принят Президентом» reports a reception)."""
    parses = morph.parses(word.lower().replace("ё", "е"))
    return bool(parses) and parses[0].tag.POS == "PRTF" and "pssv" in parses[0].tag


@lru_cache(maxsize=50_000)
def common_noun(word: str) -> bool:
    """A dictionary noun for things ("Центра", "Совета", "Правительства"), with no reading as a name
    or a place: capitalised, it opens an institution's name rather than naming a person."""
    lowered = word.lower().replace("ё", "е")
    if not morph.analyzer().word_is_known(lowered):
        return False
    parses = morph.parses(lowered)
    if any(_NAME_TAGS & p.tag.grammemes for p in parses):
        return False
    # (singular only: "Токаев" reads as the genitive plural of "токай")
    return parses[0].tag.POS == "NOUN" and "inan" in parses[0].tag and "sing" in parses[0].tag


class _NeverNames(frozenset):
    """Capitalised words that never stand in a person's name: the grammar's list, and any preposition,
    conjunction or particle of four letters or more opening a sentence before a name («Помимо Моди на встрече
    присутствовал ...», «Согласно Токаеву ...»); shorter ones may be East Asian names («Ли Цян», «То Лам»)."""

    def __contains__(self, key: object) -> bool:
        return frozenset.__contains__(self, key) or (isinstance(key, str) and _function_word(key))


@lru_cache(maxsize=20_000)
def _function_word(key: str) -> bool:
    if len(key) < 4 or not key.isalpha():
        return False
    parses = morph.parses(key)
    return parses[0].tag.POS in {"PREP", "CONJ", "PRCL"} and not any(_NAME_TAGS & p.tag.grammemes for p in parses)


class _TitleWords(frozenset):
    """Lowercase words that may stand inside a Russian title between its head and the name: the
    genitive chain of nouns and adjectives ("министр иностранных дел", "министр торговли и
    интеграции", "государственный министр по делам обороны") — any noun or adjective, never a verb,
    a conjunction or a pronoun, so the walk from a name to its title stops at a clause."""

    def __contains__(self, key: object) -> bool:
        return frozenset.__contains__(self, key) or (isinstance(key, str) and _nominal(key))


@lru_cache(maxsize=20_000)
def _nominal(key: str) -> bool:
    if "~" in key or not key.isalpha():
        return False
    return morph.parses(key)[0].tag.POS in {"NOUN", "ADJF"}


def city_name(mention) -> str:
    """The English name of a city named in Russian ("в Нур-Султане" -> "Nur-Sultan")."""
    keys = tuple(t.key for t in tokenize(mention.surface, 0, len(mention.surface), normalise))
    return places.english_city(keys, normalise) or mention.surface


_VOWELS = frozenset("аеёиоуыэюя")


def surname_cases(surname: str) -> list[str]:
    """The oblique cases of a surname written in the nominative, by its ending: "Токаев" -> "Токаева",
    "Токаеву", "Токаевым", "Токаеве"; "Сибига" -> "Сибиги", "Сибиге", "Сибигу", "Сибигой"; a name
    ending in another vowel ("Нуртлеу", "Рубио") does not decline."""
    low = surname.lower()
    if low.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return [surname + e for e in ("а", "у", "ым", "ом", "е")]
    if low.endswith(("ова", "ева", "ина", "ына")):
        return [surname[:-1] + "ой", surname[:-1] + "у"]
    if low.endswith(("ский", "цкий")):
        return [surname[:-2] + e for e in ("ого", "ому", "им", "ом")]
    if low[-1] in "йь":
        return [surname[:-1] + e for e in ("я", "ю", "ем", "е")]
    if low[-1] in "ая":
        stem = surname[:-1]
        genitive = "и" if low[-2] in "гкхжшчщ" or low[-1] == "я" else "ы"
        instrumental = "ей" if low[-2] in "жшчщц" or low[-1] == "я" else "ой"
        return [stem + genitive, stem + "е", stem + ("ю" if low[-1] == "я" else "у"), stem + instrumental]
    if low[-1] in _VOWELS:
        return []
    instrumental = "ем" if low[-1] in "жшчщц" else "ом"
    return [surname + e for e in ("а", "у", instrumental, "е")]


@lru_cache(maxsize=1)
def _official_forms() -> dict[str, str]:
    """Every case form of the surnames of the officials' table too short for their endings to be cut (three
    letters or fewer: "Ель", "Ли") -> the nominative, lowercase: one key for the name in every case."""
    forms: dict[str, str] = {}
    for _, phrase, _, _, _ in read_tsv(_HERE / "lexicon" / "official.tsv", "official"):
        last = phrase.split(" ")[-1]
        nominative = last.lower().replace("ё", "е")
        if len(nominative) <= 3:
            for form in surname_cases(last):
                forms.setdefault(form.lower().replace("ё", "е"), nominative)
    return forms


@lru_cache(maxsize=1)
def _official_surnames() -> dict[str, str]:
    """Surname key -> the surname in the nominative, of the officials' table."""
    return {surname_key(phrase.split(" ")[-1]): phrase.split(" ")[-1]
            for _, phrase, _, _, _ in read_tsv(_HERE / "lexicon" / "official.tsv", "official")}


def _official_rows():
    """official.tsv names the officials in the nominative; their other cases, keyed apart by lemma
    ("Токаев" -> "токай", "Токаева" -> "токаева"), are added here, each key once."""
    def key(phrase: str) -> tuple[str, ...]:
        return tuple(t.key for t in tokenize(phrase, 0, len(phrase), normalise))

    for layer, phrase, category, value, flags in read_tsv(_HERE / "lexicon" / "official.tsv", "official"):
        *first, last = phrase.split(" ")
        seen = {key(phrase)}
        for form in surname_cases(last):
            oblique = " ".join([*first, form])
            if key(oblique) not in seen:
                seen.add(key(oblique))
                yield (layer, oblique, category, value, flags)


def _words() -> Words:
    words = Words(_HERE / "grammar.tsv", normalise)
    words.never_name = _NeverNames(words.never_name)
    return words


RUSSIAN = LanguagePack(
    code="ru",
    normalise=normalise,
    abbreviations=ABBREVIATIONS,
    lexicon=load_lexicon(_HERE / "lexicon", normalise, [*places.place_rows(), *_official_rows()]),
    parse_number=parse_number,
    # the words that join an office to the country or body it serves: "министр по делам Европы",
    # "посол Казахстана в Украине", "представитель при международных организациях"
    # ("и" is no link: "Лавровым и Индии" is no "Lavrov of India"; it stands inside a title as a word)
    title_links=frozenset(normalise(w) for w in "по при в во на – —".split()),
    # (and where it is held: "посол Казахстана в Украине", "спецпредставитель США по Афганистану")
    destination_links=frozenset(normalise(w) for w in "в во при на по".split()),
    name_form=name_form,
    surname_key=surname_key,
    common_noun=common_noun,
    plural_office=plural_office,
    accusative_plural=accusative_plural,
    adjective=adjective,
    passive_participle=passive_participle,
    name_letters=re.compile("[а-яё]", re.IGNORECASE),
    whole_names=names_ending_in_one_letter(_HERE / "lexicon"),
    title_words=_TitleWords(normalise(w) for w in "по при делам и".split()),
    words=_words(),
    city_name=city_name,
    document_fields=load_fields(_HERE / "fields.tsv"),
)
