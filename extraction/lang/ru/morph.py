"""Russian morphology for the Russian language pack: lemmas, and person names in the nominative.

Russian inflects names: the same minister is "Бейбут Атамкулов", "с Бейбутом Атамкуловым",
"Бейбуту Атамкулову".  Facts must carry the nominative, so every name found in text is put
back into it here.  pymorphy3 (OpenCorpora dictionary) knows Russian and many Central Asian
first names and surnames with their tags (Name, Surn, Patr); the foreign names it does not
know are handled by ending rules that only strip an ending when the name's case is
established by the other tokens (usually the first name) or by the caller, so that an
indeclinable name ("Нуртлеу", "Рубио", "Моди", "Джанелидзе") is never damaged.

The pymorphy3 analyzer (its dictionaries add ~20 MB of memory and ~0.25 s) is built on first
use, not at import, so an English-only run pays only for importing pymorphy3 (~0.1 s).
"""
from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache
from typing import NamedTuple

import pymorphy3

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
GENDERS = ("masc", "femn")

# pymorphy3's secondary cases folded into the six the rules reason about.
_CASE_ALIASES = {"gen1": "gent", "gen2": "gent", "acc2": "accs", "loc1": "loct", "loc2": "loct"}

# Lowercase parts of Arabic, Dutch, German... names: kept as written, never inflected.
PARTICLES = frozenset({
    "бен", "бин", "ибн", "аль", "ал", "эль", "ас", "ад", "ат", "уль", "ур",
    "фон", "ван", "дер", "де", "ди", "да", "дель", "дос", "дю", "ла", "ле",
})

# A preposition written before a name fixes its case ("с Муратом Нуртлеу").
PREPOSITION_CASES: dict[str, frozenset[str]] = {
    "с": frozenset({"ablt"}), "со": frozenset({"ablt"}),
    "к": frozenset({"datv"}), "ко": frozenset({"datv"}),
    "у": frozenset({"gent"}), "от": frozenset({"gent"}), "для": frozenset({"gent"}),
    "без": frozenset({"gent"}), "между": frozenset({"ablt"}),
    "о": frozenset({"loct"}), "об": frozenset({"loct"}), "при": frozenset({"loct"}),
}

# Nouns that head a person's title in apposition before the name ("министром иностранных дел
# Казахстана Бейбутом Атамкуловым"): the head agrees in case with the name.
TITLE_HEADS = frozenset({
    "министр", "замминистр", "замминистра", "заместитель", "посол", "президент", "вице-президент",
    "экс-президент", "глава", "премьер-министр", "премьер", "вице-премьер", "канцлер", "госсекретарь",
    "секретарь", "генсек", "директор", "председатель", "зампред", "король", "принц", "эмир", "шейх",
    "султан", "представитель", "постпред", "полпред", "советник", "помощник", "спикер", "руководитель",
    "губернатор", "мэр", "аким", "коллега", "генерал", "генерал-полковник", "генерал-лейтенант",
    "консул", "генконсул", "сенатор", "депутат", "лидер", "господин", "госпожа", "начальник",
    "комиссар", "еврокомиссар", "посланник", "делегат", "атташе", "поверенный", "управляющий",
    "командующий", "министр-советник", "наследный", "верховный", "монарх", "патриарх", "папа",
    "помощница", "советница", "королева", "принцесса",
})

# Title heads that are women's words: the name after them is a woman's ("Помощница президента Саида Мирзиёева").
FEMININE_HEADS = frozenset({"помощница", "советница", "госпожа", "королева", "принцесса"})

# First names of the region's officials that pymorphy3's dictionary lacks (it knows Мурат, Кайрат,
# Ермек, Мухтар...).  Knowing the name fixes the gender and the case of the whole name:
# "Касым-Жомарта Токаева" is a man in the genitive, not a woman named Жомарта.
FIRST_NAMES: dict[str, str] = {
    **dict.fromkeys((
        "касым", "жомарт", "бейбут", "ерлан", "ержан", "ерболат", "даурен", "маулен", "магзум", "акан",
        "шахрат", "канат", "маргулан", "сержан", "жалгас", "барлыбай", "багдат", "дархан", "бауыржан",
        "мирас", "нуржан", "жандос", "ержигит", "ернар", "алмаз", "болат", "нуртай", "мейрам", "сапар",
        "жээнбек", "кубанычбек", "садыр", "сооронбай", "сердар", "гурбангулы", "джейхун", "сироджиддин",
        "мухриддин", "зохир", "зограб", "никол", "мевлют", "хакан", "тайип", "реджеп", "шахбаз", "хамад",
        "тамим", "фейсал", "файсал", "олаф", "сальман", "нарендра", "фумио", "такеши", "ёсимаса",
    ), "masc"),
    **dict.fromkeys((
        "салтанат", "дарига", "гульшара", "жансая", "инкар", "томирис", "анналена", "санна", "саломе",
    ), "femn"),
}

# Surname endings that never decline: Turkish -оглу, Kazakh -улы/-кызы, Georgian -дзе/-швили...
INDECLINABLE_ENDINGS = ("оглу", "улы", "уулу", "кызы", "заде", "дзе", "швили", "их", "ых")

_CYRILLIC_VOWELS = frozenset("аеёиоуыэюя")
_HUSHING = frozenset("жшчщц")
_INITIAL = re.compile(r"^(?:[A-ZА-ЯЁ][a-zа-яё]?\.)+$|^[A-ZА-ЯЁ]$")
_GLUED_INITIALS = re.compile(r"^(?:[A-ZА-ЯЁ]\.)+(?=[A-ZА-ЯЁ][a-zа-яё])")
_CYRILLIC_WORD = re.compile(r"^[а-яё]+$")
_OBLIQUE_LOOKING = ("ом", "ем", "ой", "ей", "ым", "им")


@lru_cache(maxsize=1)
def analyzer() -> pymorphy3.MorphAnalyzer:
    """The shared pymorphy3 analyzer (built once, on first use)."""
    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=100_000)
def parses(word: str) -> tuple:
    """pymorphy3's readings of a lowercase word, best first (cached: a parse costs ~0.3 ms)."""
    return tuple(analyzer().parse(word))


def lemma(word: str) -> str:
    """Lowercase normal form of `word` by its most probable parse, with "ё" written "е".

    "Португалией" -> "португалия", "казахстанской" -> "казахстанский", "Штатов" -> "штат".
    Participles normalise to their verb ("Соединённых" -> "соединить"), so callers compare
    lemmas with lemmas, never with dictionary spellings.
    """
    return _lemma(word.lower().replace("ё", "е"))


@lru_cache(maxsize=200_000)
def _lemma(word: str) -> str:
    if not word:
        return ""
    return parses(word)[0].normal_form.replace("ё", "е")


class _Reading(NamedTuple):
    """One way to read a name token: its case and gender, its nominative, how much it counts."""

    case: str | None  # None: any case (an indeclinable token)
    gender: str | None  # None: either gender
    nominative: str  # lowercase
    weight: float


# Ending rules for tokens pymorphy3 does not know as names, as data:
# (oblique ending, nominative ending, cases, gender, weight, what the stem must end with).
# Stem conditions: "C" a hard consonant (not й/ь, not a vowel), "H" one of ж ш ч щ ц,
# "V" a vowel, "" anything.  Weight 2 for the unambiguous Russian-type surname paradigms,
# 1 for the generic noun paradigms, 0 for an ending that may be an indeclinable name and so
# only applies when another token (or the caller) has already fixed the case and gender.
_RULES: tuple[tuple[str, str, tuple[str, ...], str | None, float, str], ...] = (
    # -ов/-ев/-ёв/-ин/-ын surnames: Атамкулов, Токаев, Смаилов; Назарбаева (f.)
    *((suffix + "а", suffix, ("gent", "accs"), "masc", 2, "") for suffix in ("ов", "ев", "ёв", "ин", "ын")),
    *((suffix + "у", suffix, ("datv",), "masc", 2, "") for suffix in ("ов", "ев", "ёв", "ин", "ын")),
    *((suffix + "ым", suffix, ("ablt",), "masc", 2, "") for suffix in ("ов", "ев", "ёв", "ин", "ын")),
    *((suffix + "е", suffix, ("loct",), "masc", 2, "") for suffix in ("ов", "ев", "ёв", "ин", "ын")),
    *((suffix + "ой", suffix + "а", ("gent", "datv", "ablt", "loct"), "femn", 2, "")
      for suffix in ("ов", "ев", "ёв", "ин", "ын")),
    *((suffix + "у", suffix + "а", ("accs",), "femn", 2, "") for suffix in ("ов", "ев", "ёв", "ин", "ын")),
    # -ский/-цкий surnames: Зеленский, Зеленская
    *((stem + "ого", stem + "ий", ("gent", "accs"), "masc", 2, "") for stem in ("ск", "цк")),
    *((stem + "ому", stem + "ий", ("datv",), "masc", 2, "") for stem in ("ск", "цк")),
    *((stem + "им", stem + "ий", ("ablt",), "masc", 2, "") for stem in ("ск", "цк")),
    *((stem + "ом", stem + "ий", ("loct",), "masc", 2, "") for stem in ("ск", "цк")),
    *((stem + "ой", stem + "ая", ("gent", "datv", "ablt", "loct"), "femn", 2, "") for stem in ("ск", "цк")),
    *((stem + "ую", stem + "ая", ("accs",), "femn", 2, "") for stem in ("ск", "цк")),
    # Armenian -ян surnames decline for men only ("Мнацаканяна"); "-яна" is never a nominative.
    ("яна", "ян", ("gent", "accs"), "masc", 2, ""),
    ("яну", "ян", ("datv",), "masc", 2, ""),
    ("яном", "ян", ("ablt",), "masc", 2, ""),
    ("яне", "ян", ("loct",), "masc", 2, ""),
    # hard-stem masculine nouns: Данкан, Бейбут, Блинкен, Шольц
    ("а", "", ("gent", "accs"), "masc", 1, "C"),
    ("у", "", ("datv",), "masc", 1, "C"),
    ("ом", "", ("ablt",), "masc", 1, "C"),
    ("ем", "", ("ablt",), "masc", 1, "H"),
    # ь-stem masculine nouns: Эммануэль -> Эммануэля, Эммануэлю, Эммануэлем; Боррель -> Боррелем
    ("я", "ь", ("gent", "accs"), "masc", 1, "C"),
    ("ю", "ь", ("datv",), "masc", 1, "C"),
    ("ем", "ь", ("ablt",), "masc", 1, "C"),
    # й-stem masculine nouns: Хусай -> Хусая, Хусаю, Хусаем
    ("я", "й", ("gent", "accs"), "masc", 1, "V"),
    ("ю", "й", ("datv",), "masc", 1, "V"),
    ("ем", "й", ("ablt",), "masc", 1, "V"),
    # a-declension, men's and women's names alike: Нарендра, Сибига, Анналена, Рона
    ("ы", "а", ("gent",), None, 1, "C"),
    ("ой", "а", ("ablt",), None, 1, "C"),
    ("ей", "а", ("ablt",), None, 1, "H"),
    ("у", "а", ("accs",), "femn", 1, "C"),
    ("е", "а", ("datv", "loct"), "femn", 0, "C"),
    ("ии", "ия", ("gent", "datv", "loct"), "femn", 1, ""),
    ("ию", "ия", ("accs",), "femn", 1, ""),
    ("ией", "ия", ("ablt",), "femn", 1, ""),
)

_NOMINATIVE_SURNAMES: tuple[tuple[str, str, float], ...] = (
    *((suffix, "masc", 2) for suffix in ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ян")),
    *((suffix, "femn", 2) for suffix in ("ова", "ева", "ёва", "ина", "ына", "ская", "цкая")),
)


def _stem_ok(stem: str, condition: str) -> bool:
    if len(stem) < 2:
        return False
    last = stem[-1]
    if condition == "C":
        return last not in _CYRILLIC_VOWELS and last not in "йь"
    if condition == "H":
        return last in _HUSHING
    if condition == "V":
        return last in _CYRILLIC_VOWELS
    return True


@lru_cache(maxsize=20_000)
def _readings(token: str) -> tuple[_Reading, ...]:
    """Every reading of one name token (lowercase, no hyphen), best first."""
    if not _CYRILLIC_WORD.match(token) or token.endswith(INDECLINABLE_ENDINGS):
        # Latin script, an abbreviation, "Чавушоглу": written as is in any case.
        return (_Reading(None, None, token, 0),)
    known_gender = FIRST_NAMES.get(token)
    if known_gender or any(FIRST_NAMES.get(r.nominative) for r in _rule_readings(token)):
        return _first_name_readings(token)
    readings: list[_Reading] = []
    morph = analyzer()
    if morph.word_is_known(token):
        for parse in morph.parse(token):
            tag = parse.tag
            if not ({"Name", "Surn", "Patr"} & tag.grammemes) or "plur" in tag:
                continue
            gender = tag.gender if tag.gender in GENDERS else None
            if "Fixd" in tag:
                readings.append(_Reading(None, gender, token, 0.5))
                continue
            case = _CASE_ALIASES.get(tag.case, tag.case)
            if case not in CASES:
                continue
            nominative = parse.inflect({"nomn"})
            if nominative is None:
                continue
            weight = 2 if "Surn" in tag else 3
            readings.append(_Reading(case, gender, nominative.word, weight))
        if readings:
            return tuple(readings)
    readings.extend(_rule_readings(token))
    surname_nominative = [(gender, weight) for suffix, gender, weight in _NOMINATIVE_SURNAMES if token.endswith(suffix)]
    for surname_gender, surname_weight in surname_nominative:
        readings.append(_Reading("nomn", surname_gender, token, surname_weight))
    if token.endswith("ян"):
        readings.append(_Reading(None, "femn", token, 1))  # "Анной Мнацаканян": women's -ян stays
    last = token[-1]
    if last in "аяы":
        if last != "ы":
            readings.append(_Reading("nomn", None, token, 1))
    elif last in _CYRILLIC_VOWELS:
        # "Нуртлеу", "Моди", "Рубио", "Левенте": foreign names ending in a vowel do not decline.
        readings.append(_Reading(None, None, token, 0))
    elif not surname_nominative:
        if token.endswith(_OBLIQUE_LOOKING):
            readings.append(_Reading("nomn", "masc", token, 0.5))
        else:
            # A consonant-final name is a man's in the nominative, or a woman's in any case
            # ("Каталин Новак", "Анналены Бербок").
            readings.append(_Reading("nomn", "masc", token, 1))
            readings.append(_Reading(None, "femn", token, 1))
    return tuple(sorted(readings, key=lambda r: -r.weight))


def _rule_readings(token: str) -> list[_Reading]:
    readings: list[_Reading] = []
    for oblique, nominative_end, cases, gender, weight, condition in _RULES:
        if token.endswith(oblique):
            stem = token[: len(token) - len(oblique)]
            if _stem_ok(stem, condition):
                readings.extend(_Reading(case, gender, stem + nominative_end, weight) for case in cases)
    return readings


def _first_name_readings(token: str) -> tuple[_Reading, ...]:
    """Readings of a token that is, or inflects, a name of FIRST_NAMES: only those, and strong."""
    gender = FIRST_NAMES.get(token)
    if gender:
        declines = token[-1] not in _CYRILLIC_VOWELS or token[-1] in "ая"
        readings = [_Reading("nomn" if declines else None, gender, token, 3)]
    else:
        readings = []
    for reading in _rule_readings(token):
        known = FIRST_NAMES.get(reading.nominative)
        if known and reading.gender in (None, known):
            readings.append(_Reading(reading.case, known, reading.nominative, 3))
    return tuple(readings)


def _fits(reading: _Reading, case: str, gender: str) -> bool:
    return reading.case in (None, case) and reading.gender in (None, gender)


@lru_cache(maxsize=20_000)
def _fit_table(readings: tuple[_Reading, ...]) -> dict[tuple[str, str], tuple[float, _Reading | None]]:
    """For each (case, gender): the best weight of the readings that fit it (-2 when none does) and the first
    reading that fits.  A pure function of a word's readings (names recur from release to release), cached:
    the twelve case-and-gender checks per word were most of the cost of putting a name in the nominative."""
    table = {}
    for case in CASES:
        for gender in GENDERS:
            fitting = [r for r in readings if _fits(r, case, gender)]
            table[case, gender] = (max(r.weight for r in fitting) if fitting else -2, fitting[0] if fitting else None)
    return table


@lru_cache(maxsize=100_000)
def _best_pos(word: str) -> str | None:
    """The part of speech of a lowercase word's most probable reading (cached per word: a tag's attributes are
    Python properties in pymorphy3)."""
    return parses(word)[0].tag.POS


def _restore(original: str, nominative: str) -> str:
    """`nominative` spelled like `original`: its capitals, its е/ё, its letters up to the ending."""
    plain_original = original.lower().replace("ё", "е")
    plain_nominative = nominative.replace("ё", "е")
    shared = 0
    for a, b in zip(plain_original, plain_nominative, strict=False):
        if a != b:
            break
        shared += 1
    tail = nominative[shared:]
    if original.isupper() and len(original) > 1:
        tail = tail.upper()
    if shared == 0:
        return tail[:1].upper() + tail[1:] if original[:1].isupper() else tail
    return original[:shared] + tail


class _Part(NamedTuple):
    """A name token split for inflection: the kept prefix ("Касым-", "Аль-") and the declining word."""

    prefix: str
    word: str  # "" when the whole token is kept (an initial, a particle)


def _split(token: str) -> _Part | None:
    if not _INITIAL.match(token):
        token = token.rstrip(".,;:!?")
    if not token:
        return None
    head, dash, last = token.rpartition("-")
    if dash and head.lower() in PARTICLES and last[:1].isupper():
        return _Part(head + dash, last)  # "аль-Джерманом": the particle is kept, the name after it declines
    if _INITIAL.match(token) or token.lower() in PARTICLES or not token[:1].isupper():
        return _Part(token, "")
    # "Е.Идрисова": initials written without a space are kept, the surname after them declines
    glued = _GLUED_INITIALS.match(token)
    initials, token = (glued.group(), token[glued.end():]) if glued else ("", token)
    # In "Касым-Жомарта" and "Аль-Гаргауи" only the last part declines.
    head, dash, last = token.rpartition("-")
    return _Part(initials + head + dash, last)


class NameContext(NamedTuple):
    """What the words before a name say about it: its possible cases and its gender."""

    cases: frozenset[str] | None
    gender: str | None


def nominative_name(
    tokens: Sequence[str],
    *,
    before: Sequence[str] = (),
    cases: Collection[str] | None = None,
    gender: str | None = None,
) -> str:
    """A person's name, written in any case in the text, put in the nominative.

    `tokens` are the words of the name as written ("Бейбутом", "Атамкуловым"); a preposition
    before them ("с", "к", "у", ...) may be included and fixes the case.  `before` are the words
    written before the name in its sentence (the title in apposition agrees with the name:
    "с министром иностранных дел Казахстана"); `cases` (a subset of CASES) and `gender`
    ("masc"/"femn") override what `before` says.  Without any of these the case and gender are
    those the tokens agree on best, the nominative winning ties, so an ambiguous name is left
    as written.  Capitals, hyphens, initials ("К. Абдрахманов") and particles ("бен", "Аль-")
    are kept; indeclinable names ("Нуртлеу", "Рубио", "Чавушоглу") are never changed.
    """
    context = name_context(before) if before else NameContext(None, None)
    allowed = set(cases or context.cases or CASES)
    gender = gender or context.gender
    words = list(tokens)
    while words and words[0].lower() in PREPOSITION_CASES:
        allowed = (allowed & PREPOSITION_CASES[words.pop(0).lower()]) or allowed
    parts = [part for part in map(_split, words) if part is not None]
    fits = [_fit_table(_readings(part.word.lower())) if part.word else None for part in parts]
    best = _best_case(fits, allowed, gender)
    tables = [table for table in fits if table is not None]
    if best is not None and allowed != set(CASES) and tables and not any(
            table[case, g][0] > 0 for table in tables for case in allowed for g in GENDERS):
        # no word of the name reads in the case the words before it ask for, and every word reads in another:
        # they are not its title ("покидающим пост посла США Уильямом Мозером": the post's holder, in the case
        # of "покидающим")
        free = _best_case(fits, set(CASES), gender)
        if free is not None and all(table[free[1], free[2]][0] > 0 for table in tables):
            best = free
    if best is None:
        return " ".join(part.prefix + part.word for part in parts)
    _, case, chosen_gender = best
    out = []
    for part, table in zip(parts, fits, strict=True):
        first_fit = table[case, chosen_gender][1] if table is not None else None
        word = _restore(part.word, first_fit.nominative) if first_fit is not None else part.word
        out.append(part.prefix + word)
    return " ".join(out)


def _best_case(fits: list, allowed: set[str], gender: str | None) -> tuple[float, str, str] | None:
    """The (score, case, gender) the name's words agree on best among the allowed cases, the nominative
    winning ties."""
    best: tuple[float, str, str] | None = None
    for case in CASES:
        if case not in allowed:
            continue
        for candidate_gender in GENDERS:
            if gender and candidate_gender != gender:
                continue
            score = 0.0
            for table in fits:
                if table is not None:  # (a part without a word has no table)
                    score += table[case, candidate_gender][0]
            if best is None or score > best[0]:
                best = (score, case, candidate_gender)
    return best


_BOUNDARY_WORDS = frozenset({"—", "–", "-", "(", ")", "и", "а", "но", "или"})


def _title_conjunction(
    words_before: Sequence[str], index: int, head: int | None, read: Sequence[tuple[int, int, str]]
) -> bool:
    """The "и" at `index` joins two fields inside one title ("министра науки и высшего образования
    Казахстана", "министром энергетики и инфраструктуры"), not two people: no title head read yet
    right of it, a lowercase word of the title's genitive chain on its right, and a lowercase noun
    in the genitive on its left."""
    if head is not None or words_before[index] != "и" or index == 0 or not read:
        return False
    right = read[-1][2]  # the word just right of "и" (read before it: the walk goes leftwards)
    left = words_before[index - 1]
    if not (right.isalpha() and right.islower() and left.isalpha() and left.islower()):
        return False
    if _best_pos(right) not in {"NOUN", "ADJF"} or lemma(left) in TITLE_HEADS:
        return False
    return any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in parses(left))


def _a_person_s_name(word: str) -> bool:
    """The dictionary's first reading of the (lowercase) word is a given name, a surname or a patronymic."""
    found = parses(word)
    return bool(found) and not {"Name", "Surn", "Patr"}.isdisjoint(found[0].tag.grammemes)


def name_context(words_before: Sequence[str]) -> NameContext:
    """The case and gender a name must have, from the words written just before it.

    The title in apposition agrees with the name: "с министром иностранных дел Казахстана"
    -> ablt, "министра" -> gent/accs, "Директору Центра" -> datv.  Its head is the leftmost
    title noun of the phrase that ends at the name (a comma, a sentence end, a verb or a
    governing preposition closes it); with no title, a preposition right before the name
    decides ("с" -> ablt).  A feminine participle or adjective left of that head, or in the
    appositive phrase before it, agreeing with the head ("исполняющей обязанности ...,
    Директору ...") makes the name feminine; words after the head ("Королём Саудовской
    Аравии") depend on it and say nothing of the person.
    """
    head: int | None = None
    segment_words: list[tuple[int, int, str]] = []  # (index, segment, lowercase word)
    segment = 0
    last = len(words_before) - 1
    for index in range(last, -1, -1):
        word = words_before[index]
        stripped = word.rstrip(",")
        if stripped != word or not stripped:  # a comma closes this appositive phrase
            if index != last or not stripped:
                segment += 1
                if head is None or segment > 1:
                    break
            if not stripped:
                continue
        if _title_conjunction(words_before, index, head, segment_words):
            continue
        if stripped in _BOUNDARY_WORDS or stripped[-1] in ".!?;:":
            break
        lowered = stripped.lower()
        if lowered in PREPOSITION_CASES:
            if index == last:
                return NameContext(PREPOSITION_CASES[lowered], None)
            break
        if head is not None and stripped[:1].isupper() and _a_person_s_name(lowered):
            break  # "звонок ... Касым-Жомарта Токаева Президенту Франции Эммануэлю Макрону": another person's name
            # ends the title of this one
        if _best_pos(lowered) in {"VERB", "INFN"}:
            break
        if segment == 0 and lemma(lowered) in TITLE_HEADS:
            head = index
        segment_words.append((index, segment, lowered))
    if head is None:
        return NameContext(None, None)
    head_word = words_before[head].rstrip(",").lower()
    head_lemma = lemma(head_word)
    cases = frozenset(
        _CASE_ALIASES.get(parse.tag.case, parse.tag.case)
        for parse in parses(head_word)
        if parse.tag.POS in {"NOUN", "ADJF", "PRTF"}
        and "plur" not in parse.tag
        and parse.normal_form.replace("ё", "е") == head_lemma
    ) & frozenset(CASES)
    gender = "femn" if head_lemma in FEMININE_HEADS else None
    next_left = head  # in the head's own phrase, only the adjectives right before it qualify it
    for index, word_segment, word in segment_words:
        if word_segment == 0 and index >= head:
            continue
        readings = parses(word)
        if word_segment == 0:
            if index != next_left - 1 or not (all(p.tag.POS in {"ADJF", "PRTF"} for p in readings)
                                              or lemma(word) == "обязанность"):  # ("исполняющей обязанности")
                next_left = -1  # ("визит в Курганскую область Российской Федерации по приглашению губернатора")
                continue
            next_left = index
        if all(p.tag.POS in {"ADJF", "PRTF"} and p.tag.gender == "femn" for p in readings) and any(
            _CASE_ALIASES.get(p.tag.case, p.tag.case) in cases for p in readings
        ):
            gender = "femn"
    return NameContext(cases or None, gender)
