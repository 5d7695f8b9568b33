"""A new trigger word, office or currency is one line in a lexicon file (extraction/README.md): each test adds
the line to a copy of the pack's lexicon and shows that a sentence the pack missed is now read."""
from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import pytest

from extraction.analysis import analyse
from extraction.lang import pack_for
from extraction.lang.base import load_lexicon
from extraction.release import Release, read_release

PUBLISHED = dt.date(2025, 3, 3)


def english_with_line(tmp_path: Path, file: str, line: str):
    """The English pack with `line` added at the end of lexicon/`file` (in a copy of the folder)."""
    import extraction.lang.en as english

    folder = tmp_path / "lexicon"
    shutil.copytree(Path(english.__file__).parent / "lexicon", folder)
    with open(folder / file, "a", encoding="utf-8") as f:
        f.write(line + "\n")
    pack = english.ENGLISH
    return dataclasses.replace(pack, lexicon=load_lexicon(folder, pack.normalise, english._country_rows()))


def read(text: str, pack) -> Release:
    return read_release(analyse(text, PUBLISHED, pack))


def test_a_trigger_word_is_one_line(tmp_path):
    text = ("Minister of Foreign Affairs of Kazakhstan Murat Nurtleu conferred with Foreign Minister of Hungary "
            "Péter Szijjártó in Astana.")
    assert read(text, pack_for("en")).contacts == []
    [contact] = read(text, english_with_line(tmp_path, "trigger.tsv", "conferred with\tmeeting\tverb")).contacts
    assert (contact.type, contact.counterpart) == ("meeting", "HUN")
    assert sorted(p.surname for p in contact.participants) == ["nurtleu", "szijjártó"]


def test_an_office_is_one_line(tmp_path):
    text = "Minister of Foreign Affairs Murat Nurtleu met with Lord Speaker of the United Kingdom John McFall."

    def titles(pack) -> dict[str, str | None]:
        [contact] = read(text, pack).contacts
        return {p.name: p.title for p in contact.participants}

    assert titles(pack_for("en"))["John McFall"] == "Speaker"
    assert titles(english_with_line(tmp_path, "title.tsv", "Lord Speaker\thead"))["John McFall"] == "Lord Speaker"


def test_a_currency_is_one_line(tmp_path):
    text = "In 2023, trade between Kazakhstan and Kuwait amounted to 12 million Kuwaiti dinars."
    assert read(text, pack_for("en")).figures == []
    [figure] = read(text, english_with_line(tmp_path, "money.tsv", "Kuwaiti dinars\tcurrency_post\tKWD")).figures
    assert (figure.metric, figure.currency, figure.year, int(figure.amount.value)) == ("turnover", "KWD", 2023,
                                                                                       12_000_000)


@pytest.mark.parametrize("layer", ["trigger", "title", "money", "document", "metric", "time"])
def test_every_lexicon_file_says_how_to_write_a_line(layer):
    """The header of each layer file lists its categories: a newcomer adds a line without reading code."""
    import extraction.lang.en as english

    header = (Path(english.__file__).parent / "lexicon" / f"{layer}.tsv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("#") and f'layer "{layer}"' in header
