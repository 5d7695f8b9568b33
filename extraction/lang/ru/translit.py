"""Cyrillic names in Latin script, as the ministry's English releases spell them, and a
script-independent key so that one official is one person whatever the script.

The ministry follows the Kazakh passport convention rather than a library standard (GOST,
BGN/PCGN): "Токаев" is "Tokayev" (е after a vowel is "ye"), "Кайрат" is "Kairat" (й before a
consonant is "i"), "Касым" is "Kassym" (с between vowels is doubled so it is not read as z).
A few officials keep a spelling of their own ("Жомарт" -> "Jomart"): OFFICIAL_SPELLINGS.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Officials' established Latin spellings that the letter rules do not produce, by Cyrillic word.
OFFICIAL_SPELLINGS: dict[str, str] = {
    "Тлеуберди": "Tileuberdi",  # from Kazakh "Тілеуберді"
    "Жомарт": "Jomart",
    "Мусин": "Musin",
}

_VOWELS = frozenset("аеёиоуыэюяәөұүі")
_LETTERS: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ж": "zh", "з": "z", "и": "i", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya",
    # Kazakh letters
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
}


def _letter(word: str, index: int) -> str:
    """Latin for the lowercase letter at `index` of the lowercase `word`."""
    char = word[index]
    before = word[index - 1] if index else ""
    after = word[index + 1] if index + 1 < len(word) else ""
    if char in "её":
        vowel = "e" if char == "е" else "o"
        # "Ерлан" -> Yerlan, "Токаев" -> Tokayev, "Бахтиёр" -> Bakhtiyor; "Лебедев" -> Lebedev
        if not before or before in _VOWELS or before in "ъь" or char == "ё":
            return "y" + vowel
        return vowel
    if char == "й":
        # "Кайрат" -> Kairat, "Бейбут" -> Beibut; "Сергей" -> Sergey, "Сарыбай" -> Sarybay
        return "i" if after and after not in _VOWELS else "y"
    if char == "с" and before in _VOWELS and after in _VOWELS:
        return "ss"  # "Касым" -> Kassym, "Василенко" -> Vassilenko
    return _LETTERS.get(char, char)


def _word_latin(word: str) -> str:
    if word in OFFICIAL_SPELLINGS:
        return OFFICIAL_SPELLINGS[word]
    lowered = word.lower()
    out = []
    for index, char in enumerate(word):
        latin = _letter(lowered, index)
        if char.isupper() and latin:
            latin = latin.upper() if word.isupper() and len(word) > 1 else latin[0].upper() + latin[1:]
        out.append(latin)
    return "".join(out)


_CYRILLIC_RUN = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+")


def latin(name: str) -> str:
    """`name` with every Cyrillic word in the ministry's Latin spelling; Latin text is kept.

    "Мурат Нуртлеу" -> "Murat Nurtleu", "Касым-Жомарт Токаев" -> "Kassym-Jomart Tokayev".
    """
    return _CYRILLIC_RUN.sub(lambda m: _word_latin(m.group()), name)


def _fold(latin_word: str) -> str:
    """Spelling variants of one Latin word folded together: Tokayev/Tokaev, Vassilenko/Vasilenko."""
    text = unicodedata.normalize("NFKD", latin_word.lower())
    text = "".join(c for c in text if c.isascii() and c.isalpha())
    for variant, folded in (("dzh", "j"), ("zh", "j"), ("kh", "h"), ("q", "k"), ("w", "v"), ("x", "ks")):
        text = text.replace(variant, folded)
    text = re.sub(r"(?<![bcdfghjklmnpqrstvz])y(?=[aeiou])", "", text)  # glide: Yerlan, Tokayev
    text = text.replace("y", "i")  # ы/и/й: Sarybay/Saribai, Beybut/Beibut
    return re.sub(r"(.)\1+", r"\1", text)  # doubled letters: Vassilenko


@lru_cache(maxsize=1)
def _official_folds() -> dict[str, str]:
    """The letter-rule spelling of each official's word, folded, -> the established one, folded."""
    folds: dict[str, str] = {}
    for cyrillic, established in OFFICIAL_SPELLINGS.items():
        rule_spelling = "".join(_letter(cyrillic.lower(), i) for i in range(len(cyrillic)))
        folds[_fold(rule_spelling)] = _fold(established)
    return folds


_SEPARATORS = re.compile(r"[\s.]+")


def name_key(name: str) -> str:
    """The surname of `name`, folded to one Latin key whatever the script and spelling.

    "Мурат Нуртлеу" and "Murat Nurtleu" -> "nurtleu"; "Роман Василенко", "Roman Vassilenko" and
    "Roman Vasilenko" -> "vasilenko"; "B.Imanbayev" -> "imanbaev".  The warehouse keys
    dim_official on it (with the country, since two officials may share a surname).
    """
    words = [word for word in _SEPARATORS.split(name.strip()) if word]
    if not words:
        return ""
    folded = _fold(latin(words[-1]))
    return _official_folds().get(folded, folded)
