"""Is a served item what was asked for? Pure checks of an item against the project and language
of the request, from the item's own fields, the answer's Content-Language and the script of
its text. A server that ignores `projects=` or Accept-Language must not make a release land
under another project or in another language.
"""
from __future__ import annotations

from typing import Any

# Fields in which gov.kz items (or a mirror) may name their project or their language.
PROJECT_FIELDS = ("projects", "project", "project_name")
LANGUAGE_FIELDS = ("lang", "language", "locale")
# Keys under which a project object names itself, e.g. {"code": "mfa"}.
PROJECT_NAME_KEYS = ("code", "name", "project", "project_name", "slug", "alias")
CYRILLIC_SCRIPT = frozenset({"ru", "kk"})
# Letters of the Kazakh alphabet that Russian does not have.
KAZAKH_ONLY_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
# Below this many letters a text says too little about its script to refuse it.
MIN_LETTERS = 20
# Russian text quotes a Kazakh name now and then; a Kazakh text is full of these letters.
MAX_KAZAKH_SHARE_IN_RUSSIAN = 0.02


def mismatch(item: dict, *, project: str, lang: str, served_language: str | None, text: str) -> str | None:
    """Why the item is not the asked project's release in the asked language; None when it is
    (or when nothing in it says otherwise)."""
    projects = projects_named(item)
    if projects and project not in projects:
        return f"served for project {project} but the item belongs to {', '.join(sorted(projects))}"
    languages = {str(item[f]).strip().lower() for f in LANGUAGE_FIELDS if isinstance(item.get(f), str) and item[f].strip()}
    if served_language:
        languages.add(served_language.split(",")[0].strip().lower())
    languages = {language.split("-")[0] for language in languages}
    if languages and lang not in languages:
        return f"asked for {lang} but the item or the answer says {', '.join(sorted(languages))}"
    return _script_mismatch(text, lang)


def projects_named(item: dict) -> set[str]:
    """Project codes the item names, whatever the shape: "mfa", ["mfa"], [{"code": "mfa"}], {"code": "mfa"}."""
    names: set[str] = set()
    for field in PROJECT_FIELDS:
        _collect_names(item.get(field), names)
    return names


def _collect_names(value: Any, names: set[str]) -> None:
    if isinstance(value, str) and value.strip():
        names.add(value.strip().lower())
    elif isinstance(value, list):
        for element in value:
            _collect_names(element, names)
    elif isinstance(value, dict):
        for key in PROJECT_NAME_KEYS:
            if isinstance(value.get(key), str):
                _collect_names(value[key], names)
                return


def _script_mismatch(text: str, lang: str) -> str | None:
    letters = [c for c in text if c.isalpha()]
    if len(letters) < MIN_LETTERS:
        return None
    cyrillic = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    if lang == "en" and cyrillic > len(letters) / 2:
        return "asked for en but the text is written in Cyrillic"
    if lang in CYRILLIC_SCRIPT and cyrillic < len(letters) / 2:
        return f"asked for {lang} but the text is not written in Cyrillic"
    if lang == "ru" and sum(1 for c in letters if c in KAZAKH_ONLY_LETTERS) > MAX_KAZAKH_SHARE_IN_RUSSIAN * len(letters):
        return "asked for ru but the text is Kazakh"
    return None
