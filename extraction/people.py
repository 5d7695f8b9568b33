"""Named officials: "TITLE [of COUNTRY] Name", "Name, TITLE of COUNTRY", "DEMONYM TITLE Name",
"COUNTRY's TITLE Name", "TITLES A of X, B of Y and C of Z", "led by Name", "Mr. Name".

A run of capitalised words is a person only beside a title (before it, or as an appositive after
it), after "led by", after an honorific, or when it is a known official or repeats a person
already found: company and place names ("Novo Nordisk", "Air Astana") have none of these.  A single
word needs a title right before it ("President Tokayev"), or to be known.  The person's country
comes from the title ("of the Kingdom of Spain", "Kazakh", "Finland's"), the appositive, "Name of
Country", or the table of officials; otherwise it stays None for the release rules to resolve.
"""
from __future__ import annotations

from collections.abc import Container

from .analysis import KAZ, Person, SentenceAnalysis
from .lexicon import Match
from .text import DASHES

_ROMAN = frozenset("II III IV V VI VII".split())
_TITLE_PUNCT = frozenset("-–—,()&'’/")  # ("Head of the OSCE/ODIHR Mission")
_MAX_RUN = 6
# two-letter initials of transliterated Kazakh, Mongolian and Russian given names: "Zh.Karin", "Ch.Ulaan"
_DIGRAPH_INITIALS = frozenset("Ch Sh Zh Kh Ts Yu Ya Ye Yo".split())
_MAX_TITLE_TOKENS = 30


class _Sentence:
    """Per-token facts of one sentence the finder asks many times."""

    def __init__(self, sa: SentenceAnalysis):
        self.sa = sa
        self.toks = sa.tokens
        n = len(self.toks)
        self.masked = [False] * n  # inside a place, title, time word or document noun: never a name
        self.place_at: dict[int, Match] = {}
        for layer in ("place", "title", "time"):
            for m in sa.layer(layer):
                if layer == "time" and m.category == "reporting" and m.first > 0 and self.toks[m.first].is_cap:
                    continue  # a verb of saying is lowercase: "Haitham bin Tariq Al Said" is a name
                for i in range(m.first, m.last):
                    self.masked[i] = True
                    if layer == "place":
                        self.place_at[i] = m
        self.head_ending: dict[int, Match] = {}  # token index -> the title head (or plural) ending there
        self.head_starting: dict[int, Match] = {}
        self.modifier_at: set[int] = set()
        self.honorific_before: set[int] = set()
        for m in sa.layer("title"):
            if m.category in ("head", "plural"):
                self.head_ending[m.last - 1] = m
                self.head_starting[m.first] = m
            elif m.category == "modifier":
                self.modifier_at.update(range(m.first, m.last))
            elif m.category == "honorific":
                self.honorific_before.add(m.last)
        # the capitalised words: only they can be names
        self.caps = sa.caps
        # capitalised function words ("The", "During") and the words the name lexicon says are no names
        # (a Container: Russian asks its morphology of words not listed, and a compiled `in` on a frozenset would not)
        never: Container[str] = sa.doc.pack.words.never_name
        # (and a word of a contact in a headline's capitals: "Minister Idrissov Met with Secretary Kerry", «Визит
        # Токаева в США»)
        # (but "A.Gylymkhan": an initial, not the article)
        self.not_name = {m.first for m in sa.layer("name") if m.category == "not_name"} | {
            i for i in self.caps if self.toks[i].key in never and not self._initial(i)} | {
            m.first for m in sa.layer("trigger") if m.value in ("verb", "weak", "noun") and m.first in self.caps}
        self.particle = {m.first for m in sa.layer("name") if m.category == "particle"}
        self.official = {}
        self.full_name_at: dict[int, int] = {}  # a known official's full name ("John Kerry"): its last token -> first
        # a one-word entry found in another form of the word ("Айдарбек" for "Айдарбеков"): a surname inflected, never
        # the given name of a run (but "Karin Erlan", a surname written first, is Erlan Karin)
        self.official_surname_only: set[int] = set()
        for m in sa.layer("official"):
            for i in range(m.first, m.last):
                self.official[i] = m.value
            if m.last - m.first >= 2:
                self.full_name_at[m.last - 1] = m.first
            elif self.toks[m.first].text.lower() != m.entry.phrase.lower():
                self.official_surname_only.add(m.first)
        self.led_by_before: set[int] = set()
        for m in sa.layer("cue"):
            if m.category == "attendance" and m.entry.phrase.endswith(" by"):
                self.led_by_before.add(m.last)
        self.modifier_words = {self.toks[i].key for i in self.modifier_at}
        # short quoted names, quotes included ("Commissioner of «EXPO-2017» X"): part of an office's name
        self.quoted: set[int] = set()
        opening: int | None = None
        for i, t in enumerate(self.toks):
            if t.text in "«“":
                opening = i
            elif t.text in "»”" and opening is not None:
                if i - opening <= 6:
                    self.quoted.update(range(opening, i + 1))
                opening = None
        # contact verbs: never a word of an office's name ("Премьер Ирландии позвонил Токаеву")
        self.contact_verb_at = {i for m in sa.layer("trigger") if m.value == "verb" for i in range(m.first, m.last)}
        pack = sa.doc.pack
        self.w = pack.words
        self.links = pack.title_links
        self.destinations = pack.destination_links
        self.title_words = pack.title_words
        self.possessive = pack.possessive
        self.common_noun = pack.common_noun
        self.adjective = pack.adjective
        self.name_letters = pack.name_letters

    def name_token(self, i: int) -> bool:
        t = self.toks[i]
        if t.kind != "word" or i in self.not_name:
            return False
        # an office that is also a given name, inside a run of names: "Hossein Amir Abdollahian"
        if self.masked[i] and not (t.key in self.w.name_like_office and self._between_names(i)):
            return False
        if not t.text[0].isupper():
            return False
        if self.name_letters is not None and t.text not in _ROMAN and not self.name_letters.search(t.text):
            return False  # "с главами Samsung Electronics": a company's name in a language whose names are not so
        if t.text.isupper() and len(t.text) > 1 and t.text not in _ROMAN and not self._given_name_before(i):
            return False  # an acronym ("FDFA") or a word in capitals (a dateline "ASTANA")
        if self.common_noun is not None and i not in self.official and self.common_noun(t.text) \
                and not self._beside_a_name(i) and not self._initial(i):
            return False  # "Директору Центра по ...": an institution's first word, not a name
        if self.adjective is not None and i not in self.official and self._adjective_of_the_next_word(i) \
                and not self._beside_a_name(i):
            return False  # "губернатором Астраханской области": the adjective of a place, before its noun
        return True

    def _adjective_of_the_next_word(self, i: int) -> bool:
        """The word at i is an adjective and a lowercase noun or adjective follows it ("Астраханской области",
        "Загребского университета"), in a language that says so (`LanguagePack.adjective`)."""
        n = i + 1
        if n >= len(self.toks) or self.toks[n].kind != "word" or not self.toks[n].text.islower():
            return False
        adjective = self.adjective
        assert adjective is not None  # (only asked for a language that has one)
        return self.toks[n].key in self.title_words and adjective(self.toks[i].text)

    def _initial(self, i: int) -> bool:
        """A capital letter with a full stop before a capitalised word: "П. Новак", "П.Новак" (not the
        dictionary word a single letter may also be)."""
        toks = self.toks
        return len(toks[i].text) == 1 and i + 2 < len(toks) and toks[i + 1].text == "." \
            and not toks[i + 1].space_before and toks[i + 2].kind == "word" and toks[i + 2].text[0].isupper()

    def _given_name_before(self, i: int) -> bool:
        """A family name in capitals after a given name ("Yermek KOSHERBAYEV", as some ministries write)."""
        if i < 1 or not self.toks[i].space_before or len(self.toks[i].text) < 3:
            return False
        g = self.toks[i - 1]
        return g.kind == "word" and g.text[0].isupper() and not g.text.isupper() and not self.masked[i - 1] \
            and (i - 1) not in self.not_name

    def _beside_a_name(self, i: int) -> bool:
        """A capitalised word stands right before or after token i (a common noun that is also a name
        inside a full name: "Канат Бозумбаев", "Исхак Дар"), or it is joined to the word before by a
        hyphen ("ас-Сиси")."""
        if i >= 1 and self.toks[i - 1].text == "-" and not self.toks[i - 1].space_before \
                and not self.toks[i].space_before:
            return True
        toks = self.toks
        if i + 2 < len(toks) and toks[i + 1].text == "-" and not toks[i + 1].space_before \
                and not toks[i + 2].space_before and toks[i + 2].kind == "word" and toks[i + 2].text[0].isupper():
            return True  # the first part of a hyphenated given name: "Франком-Вальтером", "Жан-Луи"
        common_noun = self.common_noun
        for j in (i - 1, i + 1):
            if 0 <= j < len(self.toks) and self._plain_name(j) and not (
                    common_noun is not None and common_noun(self.toks[j].text)) \
                    and self.toks[max(i, j)].space_before:
                return True
        return False


    def _between_names(self, i: int) -> bool:
        """A name-like office inside a name: "Hossein Amir Abdollahian", "H.Amir-Abdollahian", "Khalid bin
        Sultan Al-Thani" (after a particle)."""
        toks = self.toks
        before = i >= 1 and (self._plain_name(i - 1) or (toks[i - 1].text == "." and not toks[i].space_before)
                             or (i - 1 in self.particle and toks[i - 1].text.islower()))
        after = i + 1 < len(toks) and (self._plain_name(i + 1) or i + 1 in self.particle or (
            toks[i + 1].text == "-" and i + 2 < len(toks) and self._plain_name(i + 2)))
        return before and after

    def _plain_name(self, i: int) -> bool:
        t = self.toks[i]
        return t.kind == "word" and t.text[0].isupper() and not self.masked[i] and i not in self.not_name \
            and not t.text.isupper()


def _runs(s: _Sentence) -> list[tuple[int, int]]:
    """Maximal runs of name tokens: "Kassym-Jomart Tokayev", "B.Imanbayev", "Antony J. Blinken",
    "Pieter-Jan Kleiweg de Zwaan", "Abdullah II"."""
    toks, n = s.toks, len(s.toks)
    runs: list[tuple[int, int]] = []
    j = 0
    for i in s.caps:  # a run starts at a capitalised word
        if i < j or not s.name_token(i):
            continue
        j = i + 1
        while j < n and j - i < _MAX_RUN * 2:
            t = toks[j]
            if s.name_token(j) and t.space_before:
                j += 1
            elif t.text == "-" and not t.space_before and j + 1 < n and not toks[j + 1].space_before and (
                    s.name_token(j + 1) or (toks[j + 1].kind == "word" and toks[j + 1].text.islower()
                                            and len(toks[j + 1].text) <= 6 and j + 1 not in s.particle)
                    or (toks[j + 1].kind == "word" and toks[j + 1].key in s.w.name_like_office)):
                j += 2  # "Kassym-Jomart", "Duk-geun", "Jae-myung"; an office joined by a hyphen: "Al Ash-Sheikh"
            elif t.text == "." and not t.space_before and (
                    len(toks[j - 1].text) == 1 or toks[j - 1].text in _DIGRAPH_INITIALS) and j + 1 < n \
                    and s.name_token(j + 1):
                j += 2  # an initial: "B.Imanbayev", "Antony J. Blinken"
            elif t.kind == "word" and len(t.text) == 1 and t.text.isupper() and t.space_before and j + 2 < n \
                    and toks[j + 1].text == "." and not toks[j + 1].space_before and s.name_token(j + 2):
                j += 3  # a middle initial that is also a word: "Enrique A. Manalo"
            elif j in s.particle and t.space_before and _particles_then_name(s, j):
                j = _particles_then_name(s, j)  # "Kleiweg de Zwaan", "Gloria de la Fuente"
            else:
                break
        if j < n and toks[j].key in s.w.patronymic_after and toks[j].space_before and j - i >= 1:
            j += 1  # "Nurlanbek Turgunbek uulu", "Aida Kasymaly kyzy": the patronymic word ends the name
        runs.append((i, j))
    return runs


def _without_the_place_of_an_office(s: _Sentence, r0: int, r1: int) -> tuple[int, int]:
    """"Deputy Mayor of Stavanger Dagny Hausken", "Speaker of the Storting Ola Nordmann": a run of three or more
    capitalised words right after an office and "of" opens with the place the office is of, which no gazetteer
    knows; the name is the rest of the run.  A region's kind ends the place ("Governor of South Chungcheong
    Province Kim Tae-heum")."""
    k = r0 - 1
    while k >= 1 and r0 - k <= 2 and s.toks[k].key in s.w.compass and not s.masked[k]:
        k -= 1  # a word of direction opens the place: "of South Chungcheong Province"
    if k >= 1 and s.toks[k].key in s.w.article:
        k -= 1
    if r1 - r0 < 3 or k < 1 or s.toks[k].key not in s.w.of or (k - 1) not in s.head_ending:
        return r0, r1
    kind = next((i for i in range(r0 + 1, r1 - 2) if s.toks[i].key in s.w.subdivision), None)
    if kind is not None:
        return kind + 1, r1
    if any(s.toks[i].kind != "word" for i in range(r0, r0 + 2)):
        return r0, r1  # (a hyphen or an initial right after the first word: "Kassym-Jomart ...", one name; but
        # "Governor of Texas John B. Scott" is the place, then a name with a middle initial)
    return r0 + 1, r1


def _without_complements(s: _Sentence, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"the Minister of Foreign Affairs and National Community Abroad of the People's Democratic Republic of
    Algeria Ahmed Attaf": a capitalised run followed by "of", a country or place, and right after it another
    run is a field of the office, not a person — a name is not joined to the next name by its country; nor is
    a run in brackets inside an office ("(Dewan Rakyat) of the Parliament").  Its words are masked (never a
    name), so the office reaches the name after them."""
    starts = {r0 for r0, _ in runs}
    toks, n = s.toks, len(s.toks)
    kept = []
    for r0, r1 in runs:
        k = r1
        if k < n and toks[k].key in s.w.of:
            k += 1
            if k < n and toks[k].key in s.w.article:
                k += 1
        elif r0 >= 1 and toks[r0 - 1].text == "(" and k < n - 1 and toks[k].text == ")" \
                and toks[k + 1].key in s.links:
            for i in range(r0, r1):
                s.masked[i] = True  # "Speaker of the House of Representatives (Dewan Rakyat) of the Parliament X"
            continue
        elif s.w.of:
            kept.append((r0, r1))
            continue  # (a language without "of" joins the country by its case: "главой Совета Катара Ахмадом")
        place = s.place_at.get(k)
        if place is not None and place.first == k and place.last in starts:
            for i in range(r0, r1):
                s.masked[i] = True
            continue
        kept.append((r0, r1))
    return kept


def _without_common_words(s: _Sentence, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"с главой Консультативного Совета Катара", "Секретариата Совета": in a language whose pack knows its
    common nouns and adjectives, a capitalised run of nothing else opens an institution's name, no person's.
    Its words are masked (never a name), so the office reaches the name after them."""
    pack = s.sa.doc.pack
    if pack.common_noun is None or pack.adjective is None:
        return runs
    known = s.sa.doc.known_people
    kept = []
    for r0, r1 in runs:
        words = [t.text for t in s.toks[r0:r1] if t.kind == "word"]
        if any(i in s.official or _known_key(pack, s.toks[i]) in known for i in range(r0, r1)):
            kept.append((r0, r1))
            continue  # ("Макрон" is also a common noun, but an official's name)
        if words and all(pack.common_noun(w) or pack.adjective(w) for w in words):
            for i in range(r0, r1):
                s.masked[i] = True
            continue
        kept.append((r0, r1))
    return kept


def _particles_then_name(s: _Sentence, j: int) -> int:
    """The index after the name that follows one or more particles at j, or 0."""
    k = j
    while k < len(s.toks) and k in s.particle:
        k += 1
    if k + 1 < len(s.toks) and k > j and s.toks[k].text == "-" and not s.toks[k].space_before \
            and not s.toks[k + 1].space_before and s.name_token(k + 1):
        return k + 2  # a particle joined by a hyphen: "Абдель Фаттах ас-Сиси", "al-Sisi"
    return k + 1 if k < len(s.toks) and s.name_token(k) and k - j <= 2 else 0


def _allowed_in_title(s: _Sentence, i: int) -> bool:
    t = s.toks[i]
    if t.key in s.links or t.text in _TITLE_PUNCT or t.key in s.possessive or t.key in s.title_words or i in s.quoted:
        return True
    if i in s.place_at or i in s.modifier_at or t.key in s.w.subdivision:
        return True  # ("Akim of Akmola region, Malik Murzalin": a region's kind, lowercase, in the office)
    if t.kind == "word" and t.text[0].isupper():
        return True
    if t.kind == "num" or (i >= 1 and s.toks[i - 1].kind == "num"):
        # the term of an office ("по председательству в ОБСЕ в 2016 году", "Chair of the OSCE in 2016")
        return any(p.first <= i < p.last for p in s.sa.periods)
    # a lowercase word inside an institution's name: "the Council for interfaith Relations"
    # (not a verb between an office and a name: "the President of Zimbabwe thanked Nursultan Nazarbayev")
    return t.kind == "word" and 0 < i < len(s.toks) - 1 and s.toks[i + 1].is_cap and i not in s.contact_verb_at \
        and t.key not in s.w.verb_before_a_name and t.key not in s.w.reporting and (
        s.toks[i - 1].is_cap or s.toks[i - 1].key in s.links)


def _left_title(s: _Sentence, run_start: int, lo: int) -> tuple[int, Match] | None:
    """(title_first, head) of the title standing right before the name at run_start, if any.
    Between the head and the name only the title's complement may stand: links ("of", "the"),
    places, capitalised institution words ("Ministry of Foreign Affairs"); a capitalised run right
    after a head is another person's name, so the title is not this one's."""
    i = run_start - 1
    if (i + 1) in s.honorific_before:  # "Ambassador of Kazakhstan, Mr. Margulan Baimukhan"
        i = next(m.first for m in s.sa.layer("title") if m.category == "honorific" and m.last == i + 1) - 1
    if i >= lo and s.toks[i].text == ",":
        i -= 1
    if i >= lo and s.toks[i].key in s.links and s.toks[i].text != "," and i == run_start - 1:
        return None  # "Ambassador of Japan Ken Sato and Ivan Petrov": "and" ends the title before it
    steps = 0
    cap_run_since: int | None = None  # walking back inside a capitalised stretch that started here
    names_in_a_row = 0  # name-like words passed in a row: two are another person ("Kairat Umarov and ...")
    in_a_place = False  # left of a region's kind: the words are its name ("South Chungcheong Province")
    while i >= lo and steps < _MAX_TITLE_TOKENS:
        head = s.head_ending.get(i)
        if head is not None:
            if cap_run_since is not None and i + 1 < run_start and i + 1 == cap_run_since \
                    and s.name_token(cap_run_since):
                return None  # "Minister Vassilenko and Kathy Leach": that title is Vassilenko's
            return _extend_left(s, head.first, lo), head
        if not _allowed_in_title(s, i):
            return None
        t = s.toks[i]
        if t.kind == "word" and t.text[0].isupper() and not s.masked[i] and i not in s.not_name:
            cap_run_since = i
            in_a_place = in_a_place or t.key in s.w.subdivision
            names_in_a_row += 0 if in_a_place else 1
        else:
            # a stretch of two name-like words not opened by a link word is a name: another person's
            # ("... of Kazakhstan Kairat Umarov and Andrei Mikhnev"); after "of"/"and" it is the title's
            # complement ("Minister of Industry and Green Transition of Portugal")
            if t.text == "-" and not t.space_before and i + 1 < run_start and not s.toks[i + 1].space_before:
                i -= 1  # inside a hyphenated name ("Kassym-Jomart"): still the same name
                steps += 1
                continue
            if i in s.particle and names_in_a_row:
                i -= 1  # a particle inside a name ("Alberto van Klaveren"): still the same name
                steps += 1
                continue
            if names_in_a_row >= 2 and t.key not in s.links:
                return None  # "the President of Kazakhstan, Kassym-Jomart Tokayev, at Palazzo Chigi"
            names_in_a_row = 0
            if t.key in s.links or t.text in _TITLE_PUNCT:
                cap_run_since = None
        i -= 1
        steps += 1
    return None


def _extend_left(s: _Sentence, first: int, lo: int) -> int:
    """Widen a title to the left over modifiers ("First Deputy"), a joined office ("Deputy Prime
    Minister – Minister ..."), and a demonym, a possessive country or an organisation ("Kazakh",
    "Hungary's", "UN")."""
    i = first
    while i - 1 >= lo:
        j = i - 1
        if j in s.modifier_at:
            i = j
            continue
        if s.toks[j].text in DASHES and j - 1 >= lo and (j - 1) in s.head_ending:
            i = s.head_ending[j - 1].first
            continue
        if s.toks[j].text == "(" and j - 1 >= lo and (j - 1) in s.head_ending:
            i = s.head_ending[j - 1].first  # "Akim (governor) of Akmola region": the office and its gloss
            continue
        if s.toks[j].key in s.w.and_ and j - 1 >= lo and (j - 1) in s.head_ending \
                and s.head_ending[j - 1].first > lo:
            i = s.head_ending[j - 1].first  # "Deputy Prime Minister and Foreign Minister"
            continue
        if s.toks[j].key in s.possessive and j - 1 >= lo and (j - 1) in s.place_at:
            i = s.place_at[j - 1].first
            break
        if s.toks[j].text == ")" and j - 3 >= lo and s.toks[j - 2].text == "(" and (j - 3) in s.place_at:
            i = s.place_at[j - 3].first  # "Asian Development Bank (ADB) President"
            break
        # (a noun before the office is its owner only in a language that otherwise links it by "of": "UN
        # Secretary-General"; in Russian the owner follows in the genitive, so "саммита ШОС Президент" is not
        # an SCO office; an adjective, "казахстанский министр", is the owner in both)
        if j in s.place_at and (s.place_at[j].category == "demonym" or (
                s.w.of and s.place_at[j].category in ("country", "organisation")) or (
                s.w.of and s.place_at[j].category == "city" and _local_office_at(s, first))):
            i = s.place_at[j].first  # (and "Almaty Mayor", "Busan Mayor": the city a local office heads)
            break
        break
    return i


def _local_office_at(s: _Sentence, first: int) -> bool:
    """The office at token `first` heads a region or a city (title lexicon tag "local")."""
    head = s.head_starting.get(first)
    return head is not None and "local" in head.value.split()


def _title_end_right(s: _Sentence, start: int, hi: int) -> int:
    """Where an appositive title that starts at `start` ends: at a comma before a verb, a verb, or
    the sentence end."""
    n = min(hi, start + _MAX_TITLE_TOKENS)
    # (past the head itself, which may be written in lowercase: ", governor of Akmola region,")
    i = s.head_starting[start].last if start in s.head_starting else start
    while i < n:
        t = s.toks[i]
        if t.text in ".;:" or t.text in "«»\"“”":
            break
        if t.text == ",":
            # a comma inside a title joins two offices ("Deputy Prime Minister, Foreign Minister")
            if i + 1 < n and (i + 1) in s.head_starting:
                i += 1
                continue
            if i + 2 < n and s.toks[i + 1].key in s.modifier_words and (i + 2) in s.head_starting:
                i += 1
                continue
            break
        if not _allowed_in_title(s, i):
            break
        if t.key in s.w.and_ and i + 1 < n and s.toks[i + 1].key in s.w.article:
            break
        if t.key in s.w.and_ and _another_person_at(s, i + 1):
            break  # "Deputy Foreign Minister of Kazakhstan and Angeles Moreno Bau, Secretary of State of Spain"
        i += 1
    while i > start and (s.toks[i - 1].key in s.links or s.toks[i - 1].key in s.possessive):
        i -= 1
    return i


def _another_person_at(s: _Sentence, i: int) -> bool:
    """A name of two words or more starts at token i and ends the clause (a comma, a full stop, the end):
    another person, not more of an office ("and Green Transition of Portugal" goes on)."""
    j = i
    while j < len(s.toks) and s.name_token(j):
        j += 1
    return j - i >= 2 and (j == len(s.toks) or s.toks[j].text in ",.;")


def _appositive(s: _Sentence, run_end: int) -> tuple[int, int] | None:
    """", TITLE of COUNTRY" right after a name: the token span of the title."""
    toks, n = s.toks, len(s.toks)
    if run_end >= n or toks[run_end].text != ",":
        return None
    k = run_end + 1
    while k < n and k < run_end + 8:  # ", the Extraordinary and Plenipotentiary Ambassador"
        if k in s.head_starting:
            end = _title_end_right(s, k, n)
            first = run_end + 1
            while first < k and toks[first].key in s.w.article:
                first += 1
            return first, max(end, s.head_starting[k].last)
        t = toks[k]
        if not (t.key in s.links or k in s.modifier_at or k in s.place_at or t.key in s.title_words
                or t.key in s.possessive or (t.kind == "word" and t.text[0].isupper())
                or (k == run_end + 1 and t.key in s.w.article)):  # ", a Minister of ..."
            return None
        k += 1
    return None


def _country_of_title(s: _Sentence, first: int, last: int) -> tuple[str | None, bool]:
    """The country an office in tokens [first, last) belongs to, and whether it is an
    organisation's office.  A country after "to"/"in"/"at" is where the office is held
    ("Ambassador of Spain to Kazakhstan"), not whose it is; of several, the last owns the office
    ("Director of the Department of Russia and Eurasia of the Ministry of Foreign Affairs of Serbia")."""
    organisation = False
    country = None
    city = None  # "Mayor of Busan", "губернатор Стамбула": a city's office is its country's
    seen = set()
    # after "to", an organisation is where the office is held ("head of the delegation to the Parliamentary Assembly
    # of the Council of Europe"), not whose it is
    sent_to = False
    destination_end: int | None = None  # where the last place the office is held at ends
    for i in range(first, last):
        sent_to = sent_to or s.toks[i].key in s.destinations
        m = s.place_at.get(i)
        if m is None:
            # an organisation the lexicon does not know, by the noun that names one ("Secretary-General of
            # the Organisation of African, Caribbean and Pacific States"): its office is no country's
            t = s.toks[i]
            if t.key in s.w.organisation_noun and t.text[:1].isupper() and not sent_to:
                organisation = True
            continue
        if id(m) in seen:
            continue
        seen.add(id(m))
        before = [t.key for t in s.toks[max(first, m.first - 2):m.first]]
        if any(b in s.destinations for b in before) or (destination_end is not None and all(
                t.key in s.w.and_ or t.text == "," for t in s.toks[destination_end:m.first])):
            # (and the places joined to one: "Special Representative for Afghanistan and Pakistan", «по Афганистану
            # и Пакистану»)
            destination_end = m.last
            continue
        destination_end = None
        if m.category == "organisation":
            organisation = organisation or not sent_to
        elif m.category in ("country", "demonym"):
            country = m.value
        elif m.category == "city" and city is None:
            city = m.value
    if country is None and not organisation:
        country = city
    return country, (organisation and country is None)


def _envoy_of_kazakhstan(s: _Sentence, first: int, last: int) -> str | None:
    """"the recently appointed ambassador to Russia Dauren Abayev" in a Kazakh release: an envoy posted to
    another country, whose own country the office does not say, is Kazakhstan's (a foreign envoy in Kazakhstan
    is posted "to Kazakhstan")."""
    if not s.sa.doc.is_kazakh_perspective or "resident" not in _office_tags(s, first, last):
        return None
    for i in range(first + 1, last):
        m = s.place_at.get(i)
        k = i - 1
        if k > first and s.toks[k].key in s.w.article:
            k -= 1  # ("Ambassador to the Russian Federation")
        if m is not None and m.first == i and m.category in ("country", "demonym") and m.value != KAZ and \
                s.toks[k].key in s.destinations:
            return KAZ
    return None


def _delegation_before(s: _Sentence, run_start: int) -> str | None:
    """"the Romanian side by Iulian Fota", "the Kazakh delegation was led by X": the side's country."""
    toks = s.toks
    k = run_start - 1
    if (k + 1) in s.honorific_before:
        return None
    # back over an office between "by" and the name ("led by Foreign Secretary Aruni Wijewardane")
    while k >= 0 and toks[k].key not in s.w.by and run_start - k < _LED_BY_REACH and (
            _allowed_in_title(s, k) or k in s.head_ending or toks[k].kind == "num" or (
                k >= 1 and toks[k - 1].kind == "num" and toks[k].key in s.w.ordinal_suffix)):
        k -= 1  # (a lowercase office too, and its rank: "led by governor X", "led by 1st deputy governor X")
    if k < 1 or toks[k].key not in s.w.by:
        return None
    k -= 1
    while k >= 0 and toks[k].key in s.w.led:
        k -= 1
    if k >= 1 and toks[k].text == ",":
        k -= 1  # "a delegation of Atyrau region, led by ..."
    if k >= 0 and toks[k].key in s.w.side:
        m = s.place_at.get(k - 1)
        if m is not None and m.category in ("country", "demonym"):
            return m.value
    # "the delegation of Akmola region led by governor X": the place after the side's word
    if k >= 0 and toks[k].key in s.w.subdivision:
        k -= 1
    place = s.place_at.get(k) if k >= 0 else None
    if place is None or place.category not in ("country", "city"):
        return None
    k = place.first - 1
    if k >= 0 and toks[k].key in s.w.article:
        k -= 1
    if k >= 1 and toks[k].key in s.w.of and toks[k - 1].key in s.w.side:
        return place.value
    return None


def _side_led_after(s: _Sentence, run_end: int) -> str | None:
    """"Minister Marat Karabaev, who led a large Kazakh delegation, briefed ...": the country of the side the
    relative clause right after the name says they lead."""
    toks = s.toks
    k = run_end
    if k + 3 >= len(toks) or toks[k].text != "," or toks[k + 1].key not in s.w.relative_person or \
            toks[k + 2].key not in s.w.led or toks[k + 2].key in s.w.auxiliary:
        return None
    for i in range(k + 3, min(k + 3 + _SIDE_LED_REACH, len(toks))):
        if toks[i].kind == "punct":
            return None
        m = s.place_at.get(i)
        if m is not None and m.first == i and m.category in ("country", "demonym") and \
                m.last < len(toks) and toks[m.last].key in s.w.side:
            return m.value
    return None


# how far after "who led" the side's country may stand ("who led a large high-level Kazakh delegation")
_SIDE_LED_REACH = 5


# how far before a name "led by" may stand, over the name's offices ("the Kazakh delegation was headed by Vice
# Minister of Investments and Development – co-Chairman of the Intergovernmental Working Group X")
_LED_BY_REACH = 24


def _organisation_office_before(s: _Sentence, title_first: int) -> bool:
    """Another office right before this one, held for an organisation: "the Chairman-in-Office of the
    Organization for Security and Co-operation in Europe (OSCE), Slovakia's Minister of Foreign
    Affairs, Miroslav Lajčák" serves the OSCE here, and so do "OSCE Chairperson-in-Office, Minister ..."
    and "OSCE Chairperson-in-Office and Sweden's Minister ..."."""
    k = title_first - 1
    if k >= 0 and k in s.head_ending:
        head = s.head_ending[k]
        return any(m.category == "organisation" and head.first - 3 <= m.last <= head.first
                   for m in s.place_at.values())
    if k < 1 or (s.toks[k].text != "," and s.toks[k].key not in s.w.and_):
        return False
    lo = max(0, k - 20)
    orgs = [m for m in s.place_at.values() if m.category == "organisation" and lo <= m.first < k]
    office = s.head_ending.get(k - 1)  # the office right before the comma or "and"
    if office is not None and any(office.first - 2 <= m.last <= office.first for m in orgs):
        return True  # "OSCE Chairperson-in-Office, Minister ...", "OSCE Chairperson-in-Office and Sweden's ..."
    if s.toks[k].text != ",":
        return False
    heads = [i for i in s.head_ending if lo <= i < k]
    if not orgs or any(s.name_token(i) for i in range(max(m.last for m in orgs), k)):
        return False  # "президентом Европейского Совета Херманом Ван Ромпеем, президентом Кыргызстана ...": that
        # office is the one named between's
    return bool(heads) and min(heads) < max(m.first for m in orgs)


def _country_of_office_before(s: _Sentence, title_first: int) -> str | None:
    """Two offices of one person, the first saying whose he is: "Ambassador of Kazakhstan to Ethiopia,
    Permanent Representative to the African Union Barlybay Sadykov" is Kazakhstan's, and so is "the Special
    Envoy of the President of Kazakhstan and Deputy Foreign Minister, X"."""
    k = title_first - 1
    if k < 1 or (s.toks[k].text != "," and s.toks[k].key not in s.w.and_):
        return None
    heads = [m for m in s.head_starting.values() if k - 12 <= m.first < k and m.category == "head"]
    if not heads:
        return None
    first = min(m.first for m in heads)
    if any(t.text in ",;" or t.kind == "word" and t.text[0].isupper() and s.name_token(i)
           for i, t in enumerate(s.toks[first:k], first)):
        return None  # a name or another clause between: "Minister X, Ambassador Y" are two people
    if any(s.toks[i].key in s.w.possessive_pronoun for i in range(first, k)):
        return None  # another's office: "a conversation with the Japanese Ambassador and his wife, Mehmet Aydin"
    before = s.place_at.get(first - 1)
    if before is not None and before.category == "demonym" and before.last == first:
        first = before.first  # "Kazakh Ambassador to Ethiopia and Permanent Representative to the African Union X"
    return _country_of_title(s, first, k)[0]


def _country_after_name(s: _Sentence, run_end: int) -> str | None:
    """"King Abdullah II of Jordan", "Jeyhun Bayramov of Azerbaijan" (not "President X and Egyptian Speaker Y":
    a link inside titles, "and" joins the next person; nor "presented King Abdullah II with Kazakhstan's highest
    award": what was given him)."""
    toks = s.toks
    if run_end + 1 < len(toks) and toks[run_end].key in s.links and toks[run_end].key not in s.destinations \
            and toks[run_end].key not in s.w.and_ and toks[run_end].key not in s.w.with_:
        k = run_end + 1
        if k < len(toks) and toks[k].key in s.w.definite:
            k += 1
        m = s.place_at.get(k)
        if m is not None and m.category in ("country", "demonym") and m.first == k:
            return m.value
    return None


def _clean_title(s: _Sentence, first: int, last: int) -> str | None:
    """The office as the facts give it: without the country or ministry it is "of" or "to" at its end
    ("Ambassador of Japan" -> "Ambassador", "Secretary of State of the United States" -> "Secretary of
    State"); a country before it stays ("Kazakh Foreign Minister")."""
    while last > first and (s.toks[last - 1].text in ",–—-(" or s.toks[last - 1].key in s.links):
        last -= 1
    tail = s.place_at.get(last - 1)
    if tail is not None and tail.category in ("country", "demonym") and tail.first > first:
        k = tail.first
        while k > first and s.toks[k - 1].key in s.w.definite:
            k -= 1
        if k > first and s.toks[k - 1].key in s.links:
            last = k - 1
    while last > first and (s.toks[last - 1].text in ",–—-(" or s.toks[last - 1].key in s.links):
        last -= 1
    while first < last and s.toks[first].key in s.w.title_article:
        first += 1
    while first + 2 < last and len(s.toks[first].text) > 1 and s.toks[first].text.isupper() and \
            s.toks[first + 1].text in "–—-":
        first += 2  # a dateline run into the office: "NUR-SULTAN – Minister of Foreign Affairs of ..."
    if first >= last:
        return None
    return " ".join(s.sa.span_text(first, last).split())


def _plural_lists(s: _Sentence, runs: list[tuple[int, int]]) -> dict[int, tuple[Match, str | None]]:
    """"Foreign Ministers Jeyhun Bayramov of Azerbaijan, Mevlüt Çavuşoğlu of Türkiye, and Mukhtar
    Tileuberdi of Kazakhstan": each name of the list gets the office (singular) and its own country."""
    out = {}
    starts = {r[0]: r for r in runs}
    plural_office = s.sa.doc.pack.plural_office
    for m in s.sa.layer("title"):
        if m.category != "plural" and not (m.category == "head" and plural_office is not None
                                           and plural_office(s.toks[m.last - 1].text)):
            continue
        k = m.last
        if k not in starts:
            out.update(_countries_then_names(s, m, starts))
            continue
        listed: list[int] = []
        while k in starts:
            r = starts[k]
            out[r[0]] = (m, _country_after_name(s, r[1]))
            listed.append(r[0])
            k = r[1]
            if k + 1 < len(s.toks) and s.toks[k].key in s.w.and_ and k + 1 in starts:
                k += 1  # "Foreign Ministers Murat Nurtleu and Bakhtiyor Saidov"
                continue
            if k + 1 < len(s.toks) and s.toks[k].key in s.links and s.toks[k].key not in s.destinations:
                place = s.place_at.get(k + 1) or s.place_at.get(k + 2)
                if place is None:
                    break
                k = place.last
            while k < len(s.toks) and s.toks[k].text in ",":
                k += 1
            if k < len(s.toks) and s.toks[k].key in s.w.and_:
                k += 1
        before = _sides_before(s, m.first)
        if len(listed) >= 2 and len(before) == len(listed) and all(out[first][1] is None for first in listed):
            # "Kazakh and Uzbek Foreign Ministers Murat Nurtleu and Bakhtiyor Saidov": respectively
            for first, code in zip(listed, before, strict=True):
                out[first] = (m, code)
    return out


def _sides_before(s: _Sentence, first: int) -> list[str]:
    """The countries (or demonyms) listed right before a plural office, in order: "Kazakh and Uzbek", "Kazakhstan,
    Kyrgyzstan and Tajikistan"."""
    codes: list[str] = []
    k = first - 1
    while k >= 0:
        place = s.place_at.get(k)
        if place is None or place.category not in ("country", "demonym"):
            break
        codes.insert(0, place.value)
        k = place.first - 1
        if k >= 0 and (s.toks[k].text == "," or s.toks[k].key in s.w.and_):
            k -= 1
            if k >= 0 and s.toks[k].text == ",":
                k -= 1
        else:
            break
    return codes


# how many words of the office's complement ("of the", "внешнеполитических ведомств") may stand between a plural
# office and the first country of its list
_LIST_COMPLEMENT = 4


def _countries_then_names(s: _Sentence, m: Match, starts: dict[int, tuple[int, int]]) -> dict[int, tuple[Match, str | None]]:
    """"the foreign ministers of Turkey Hakan Fidan, Malaysia Mohamad Haji Hasan and Iran Abbas Araghchi",
    "с главами внешнеполитических ведомств Турции Хаканом Фиданом, Малайзии ...": under a plural office, each
    country of the list followed right away by a name is that person's."""
    toks, n = s.toks, len(s.toks)
    out: dict[int, tuple[Match, str | None]] = {}
    k = m.last
    while k < n and k - m.last < _LIST_COMPLEMENT and k not in s.place_at and (
            toks[k].key in s.links or toks[k].kind == "word" and toks[k].text.islower()):
        k += 1
    while k < n:
        place = s.place_at.get(k)
        if place is None or place.first != k or place.category != "country" or place.last not in starts:
            break
        r = starts[place.last]
        out[r[0]] = (m, place.value)
        k = r[1]
        while k < n and (toks[k].text == "," or toks[k].key in s.w.and_):
            k += 1
    return out if len(out) >= 2 else {}


def _title_case(sa: SentenceAnalysis) -> bool:
    """A headline Written In Title Case: every long word capitalised, no full stop."""
    if sa.text.rstrip().endswith("."):
        return False  # (most sentences: the cheap test first)
    words = [t for t in sa.tokens if t.kind == "word" and len(t.text) > 3]
    return len(words) >= 3 and all(t.text[0].isupper() for t in words)


def _may_name_someone(sa: SentenceAnalysis) -> bool:
    """A person is only found beside an office, an honorific, "led by", as a known official or as
    someone already named: a sentence with none of these names no one (most sentences)."""
    if sa.layer("title") or sa.layer("official"):
        return True
    if any(m.category == "attendance" for m in sa.layer("cue")):
        return True
    known, pack = sa.doc.known_people, sa.doc.pack
    if not known or (pack.surname_key is None and sa.keyset.isdisjoint(known)):
        return False
    return any(_known_key(pack, t) in known for t in sa.tokens if t.kind == "word" and t.text[0].isupper())


def _known_key(pack, token) -> str:
    """A capitalised token as a key of the release's known people: its lexicon key, or, in a language
    that inflects names, the pack's case-independent surname key ("Токаева" is "Токаев")."""
    return pack.surname_key(token.text) if pack.surname_key else token.key


# How many words before a name the language pack may read to put it in its dictionary form (the title
# in apposition fixes a Russian name's case: "с министром иностранных дел Казахстана Бейбутом ...").
_NAME_CONTEXT = 12


def find_people(sa: SentenceAnalysis) -> list[Person]:
    if not _may_name_someone(sa) or _title_case(sa):
        return []
    s = _Sentence(sa)
    doc = sa.doc
    known = doc.known_people
    pack = doc.pack
    runs = _without_complements(s, _without_common_words(
        s, [_without_the_place_of_an_office(s, r0, r1) for r0, r1 in _runs(s)]))
    # a known official's full name ends a run that an office's complement opens: the capitalised word before it
    # is the office's ("Special Presidential Envoy for Climate John Kerry"; but "Mohammad Ishaq Dar" is his name)
    runs = [(s.full_name_at.get(r1 - 1, r0) if r0 >= 1 and s.toks[r0 - 1].key in s.links
             and s.full_name_at.get(r1 - 1, r0) > r0 else r0, r1) for r0, r1 in runs]
    runs = _split_at_a_known_name(s, runs, known)
    plural = _plural_lists(s, runs)
    people: list[Person] = []
    for r0, r1 in runs:
        name_tokens = [t for t in s.toks[r0:r1] if t.kind == "word"]
        if not name_tokens:
            continue
        if any(k < len(s.toks) and s.toks[k].key in s.w.named_place and all(
                t.is_cap or (t.key in s.possessive and j == r1) for j, t in enumerate(s.toks[r1:k + 1], r1))
               for k in (r1, r1 + 1)) or s.toks[r1 - 1].key in s.w.assembly_name:
            continue  # a place named after someone: "President Ho Chi Minh Mausoleum", "Nazarbayev University",
            # "Nursultan Nazarbayev International Airport", "the King Prajadhipok's Institute"; a parliament's name:
            # "Jogorku Kenesh"
        surname_tok = name_tokens[-1]
        if (surname_tok.text in _ROMAN or surname_tok.key in s.w.patronymic_after) and len(name_tokens) > 1:
            surname_tok = name_tokens[-2]  # "Abdullah II", "Turgunbek uulu": the family name before
        # ("Айдарбек Сапаров" is no "Айдарбеков")
        official = next((s.official[i] for i in range(r0, r1) if i in s.official and (
            i not in s.official_surname_only or s.toks[i] is surname_tok or len(name_tokens) == 1)), None)
        left = _left_title(s, r0, 0)
        if left is not None and r0 >= 1 and s.toks[r0 - 1].text == "," and left[0] >= 2 and \
                s.toks[left[0] - 1].text == "," and s.name_token(left[0] - 2) and \
                r1 + 1 < len(s.toks) and s.toks[r1 + 1].key not in s.w.and_ and _appositive(s, r1) is not None:
            # "A, Chairman of X, B, Chairman of Y": the office between two names is the first's, B's comes after
            # (not "the deputy prime minister, minister of foreign affairs of Kazakhstan, A, and Minister B")
            left = None
        appositive = _appositive(s, r1) if left is None else None
        in_list = plural.get(r0)
        led_by = r0 in s.led_by_before
        honorific = r0 in s.honorific_before
        name = pack.name_form(_name_words(s, r0, r1), _words_before(s, r0))
        surname = _surname(pack, name.split()[-1]) if name.split() else surname_tok.key
        if len(name.split()) > 1 and (surname in _ROMAN_LOWER or name.split()[-1].lower() in s.w.patronymic_after):
            surname = _surname(pack, name.split()[-2])  # "Abdullah II", "Nurlanbek Turgunbek uulu"
        if any(word.lower() in s.w.patronymic for word in name.split()[1:-1]):
            # "Mansour bin Zayed Al Nahyan" is "Sheikh Mansour" further on: known by the given name
            surname = _surname(pack, name.split()[0])
        prior = known.get(surname)
        directly_after_head = left is not None and (r0 - 1) in s.head_ending
        paired = _paired_after(s, people, r0) if left is None and appositive is None and in_list is None else None
        if len(name_tokens) == 1:
            if len(surname_tok.text) < 2:
                continue
            if not (directly_after_head or prior or official or honorific or in_list or paired):
                continue
        elif not (left or appositive or in_list or led_by or official or prior or honorific or paired):
            continue
        title = None
        country = None
        organisation = False
        title_first = r0
        if left is not None:
            title_first, head = left
            title_last = r0
            if honorific:  # "Minister of Investment Dr. Sahar Nasr": the honorific is no word of the office
                title_last = next((m.first for m in sa.layer("title") if m.category == "honorific" and m.last == r0),
                                  r0)
            title = _clean_title(s, title_first, title_last)
            country, organisation = _country_of_title(s, title_first, title_last)
            if title_first >= 1 and s.toks[title_first - 1].key in s.w.its and country is None and any(
                    m.category == "organisation" and m.last < title_first for m in s.place_at.values()):
                organisation = True  # "the OPCW, where he met with its Director-General Fernando Arias"
            if _organisation_office_before(s, title_first):
                organisation = True  # "the OSCE Chairman-in-Office, Slovakia's Minister ..., X"
            if head.category == "plural":  # "Foreign Ministers A of X, B of Y": each their own country
                title = _singular(title) if title else title
                country = country if country is not None else _country_after_name(s, r1)
                if in_list is not None and in_list[1] is not None and in_list[0] is head:
                    # "Kazakh and Uzbek Foreign Ministers A and B": the list's side, not the nearest demonym's
                    country, title_first = in_list[1], head.first
                    title = _singular(sa.span_text(head.first, head.last))
        elif appositive is not None:
            a0, a1 = appositive
            title = _clean_title(s, a0, a1)
            country, organisation = _country_of_title(s, a0, a1)
        elif in_list is not None:
            head, country = in_list
            title = _singular(sa.span_text(head.first, head.last)) if pack.plural_office is None or \
                head.last - head.first > 1 else pack.normalise(s.toks[head.first].text)  # "президентами": "президент"
            title_first = head.first
        elif paired is not None:
            people[-1].country, country = paired  # "президенты Казахстана и Сербии A и B": A's, then B's
            title = people[-1].title
        if country is None and not organisation:
            country = _country_after_name(s, r1) or _delegation_before(s, r0) or _side_led_after(s, r1) \
                or _country_dash_before(s, r0) \
                or _country_dash_before(s, title_first) or _country_of_office_before(s, title_first) \
                or _side_before(s, title_first) or _envoy_of_kazakhstan(s, *(
                    appositive if left is None and appositive is not None else (title_first, r0)))
        # (a known official's own country first: "Secretary of State Marat Tazhin" is Kazakhstan's State Secretary)
        if country is None and not organisation and official is not None:
            if official == "ORG":
                organisation = True
            else:
                country = official
        unique = _head_is_unique(s, title_first, r0) if title is not None and not organisation else None
        if country is None and unique and (unique == KAZ or unique in doc.mention_counts_so_far(sa.index)
                                           or not doc.mention_counts_so_far(sa.index)):
            country = unique  # "Secretary of State Blinken" — unless the release is about the Holy See
        if prior is not None:
            # the same person as before in the release: the same side
            organisation = organisation or prior.organisation
            if len(name_tokens) == 1 or country is None or official:
                country = prior.country if prior.country is not None else country
            title = title or prior.title
            if len(name_tokens) == 1:
                name = prior.name
        if country is None and not organisation and people and title is not None and _listed_after(
                s, people[-1], title_first) and "counterpart" not in _office_tags(s, title_first, r0) and \
                not _one_holder_each(s, people[-1], title, title_first, r0):
            country = people[-1].country  # "Kazakh Minister A, Minister B and Minister C": one side's list
        roles = _office_tags(s, title_first, r0) if left is not None else (
            _office_tags(s, *appositive) if appositive is not None else set())
        if prior is not None:
            roles |= prior.roles
        p = Person(name, surname, title, country, organisation, r0, r1, title_first,
                   s.toks[r0].start, s.toks[r1 - 1].end, s.toks[title_first].start,
                   frozenset(t for t in roles if not t.startswith("unique:")))
        people.append(p)
        if surname not in known or (known[surname].country is None and country is not None):
            known[surname] = p
    people.extend(_family_name_first(s, people))
    people.sort(key=lambda p: p.first)
    return people


def _split_at_a_known_name(s: _Sentence, runs: list[tuple[int, int]], known: dict) -> list[tuple[int, int]]:
    """"с послом Йемена Мохаммедом Алашаби Гульшара Абдыкаликова отметила": a run of four names or more whose
    last two are someone named before in the release (given name and surname) is two people."""
    pack = s.sa.doc.pack
    out = []
    for r0, r1 in runs:
        words = [k for k in range(r0, r1) if s.toks[k].kind == "word"]
        if len(words) >= 4 and words[-2] == r1 - 2:
            prior = known.get(_surname(pack, s.toks[r1 - 1].text))
            if prior is not None and prior.name.split()[0].lower() == s.toks[r1 - 2].text.lower():
                out.extend([(r0, r1 - 2), (r1 - 2, r1)])
                continue
        out.append((r0, r1))
    return out


def _country_dash_before(s: _Sentence, r0: int) -> str | None:
    """"министры иностранных дел Азербайджана Эльмар Мамедъяров, Кыргызстана – Чингиз Айдарбеков": in a
    list under one office, a country and a dash before the name (or before its office: "казахстанскую –
    заместитель министра Самат Ордабаев") say whose official it is."""
    if r0 >= 2 and s.toks[r0 - 1].text in DASHES:
        m = s.place_at.get(r0 - 2)
        if m is not None and m.last == r0 - 1 and m.category in ("country", "demonym"):
            return m.value
    return None


def _side_before(s: _Sentence, title_first: int) -> str | None:
    """"Грузинскую сторону на них представлял заместитель министра X", "the Georgian side was represented by
    Deputy Minister X": the side named before the office, in the same clause, is the official's."""
    k = title_first - 1
    while k >= 1 and title_first - k <= 6 and s.toks[k].text not in ",;.":
        if s.toks[k].key in s.w.side:
            m = s.place_at.get(k - 1)
            represented = any(c.category == "attendance" and k < c.first < title_first for c in s.sa.layer("cue"))
            if m is not None and m.last == k and m.category in ("country", "demonym") and represented:
                return m.value  # (not "по приглашению пакистанской стороны министр X": the host's invitation)
            return None
        k -= 1
    return None


def _paired_after(s: _Sentence, people: list[Person], r0: int) -> tuple[str, str] | None:
    """"Главы МИД Казахстана и Украины, Мурат Нуртлеу и Андрей Сибига", "президенты Казахстана и Сербии
    A и B": an office of two countries, then two names joined by "and", the second without an office
    of its own.  For the second name: (the first's country, its own), in the order of the countries."""
    if not people or r0 < 1 or s.toks[r0 - 1].key not in s.w.and_:
        return None
    a = people[-1]
    if a.last != r0 - 1 or a.title_first >= a.first:
        return None
    seen: list = []
    for i in range(a.title_first, a.first):
        m = s.place_at.get(i)
        if m is not None and m.category in ("country", "demonym") and (not seen or seen[-1] is not m):
            seen.append(m)
    between = [t for t in s.toks[seen[0].last:seen[1].first] if t.key not in s.w.article] if len(seen) == 2 else []
    if len(between) == 1 and between[0].key in s.w.and_:  # ("of the Republic of Kazakhstan and the Republic of ...")
        return seen[0].value, seen[1].value
    return None


def _family_name_first(s: _Sentence, found: list[Person]) -> list[Person]:
    """Japan's ministry writes the family name first, in capitals, after an honorific: "Ms. KAMIKAWA
    Yoko, Minister for Foreign Affairs of Japan".  Given the usual way: "Yoko Kamikawa"."""
    out = []
    toks = s.toks
    known = s.sa.doc.known_people
    for k in sorted(s.honorific_before):
        if k + 1 >= len(toks):
            continue
        family, given = toks[k], toks[k + 1]
        if not (family.kind == "word" and family.text.isupper() and len(family.text) >= 2 and not s.masked[k]
                and given.kind == "word" and given.text[0].isupper() and not given.text.isupper()
                and not s.masked[k + 1] and given.space_before):
            continue
        if any(p.first <= k + 1 < p.last for p in found):
            continue
        surname = family.text.lower()
        appositive = _appositive(s, k + 2)
        title, country, organisation = None, None, False
        if appositive is not None:
            title = _clean_title(s, *appositive)
            country, organisation = _country_of_title(s, *appositive)
        roles = frozenset(t for t in _office_tags(s, *appositive) if not t.startswith("unique:")) \
            if appositive is not None else frozenset()
        p = Person(f"{given.text} {family.text.capitalize()}", surname, title, country, organisation, k, k + 2, k,
                   family.start, given.end, family.start, roles)
        out.append(p)
        known.setdefault(surname, p)
    return out


_ROMAN_LOWER = frozenset(r.lower() for r in _ROMAN)


def _surname(pack, word: str) -> str:
    """The key a person is known by in the release: the lowercase surname (the pack's surname key in a
    language that inflects names)."""
    return pack.surname_key(word) if pack.surname_key else word.lower()


def _name_words(s: _Sentence, r0: int, r1: int) -> list[str]:
    """The name's words as written, initials kept with their full stop ("B.Imanbayev")."""
    words: list[str] = []
    for i in range(r0, r1):
        t = s.toks[i]
        if t.space_before or not words:
            words.append(t.text)
        else:
            words[-1] += t.text
    return words


def _words_before(s: _Sentence, r0: int) -> list[str]:
    """The words written before the name at token r0, as the text spaces them ("генерал-полковника,")."""
    if r0 == 0:
        return []
    lo = s.toks[max(0, r0 - _NAME_CONTEXT)].start
    return s.sa.doc.text[lo:s.toks[r0].start].split()


def _one_holder_each(s: _Sentence, previous: Person, title: str, first: int, last: int) -> bool:
    """"President A and President B", «Президент А и Президент Б»: the same office, one a country's person holds
    (not a deputy's: a government has several), named twice — the officials of two countries."""
    matches = [m for m in s.sa.layer("title") if first <= m.first and m.last <= last]
    return previous.title is not None and previous.title.lower() == title.lower() and \
        any("single" in m.value.split() for m in matches) and not any(m.category == "modifier" for m in matches)


def _listed_after(s: _Sentence, previous: Person, title_first: int) -> bool:
    """This person's title follows the previous person's name with only "," or "and" between."""
    between = [t.key for t in s.toks[previous.last:title_first]]
    return 0 < len(between) <= 2 and all(k == "," or k in s.w.and_ for k in between)


def _office_tags(s: _Sentence, first: int, last: int) -> set[str]:
    """The tags of the offices named in tokens [first, last) (title lexicon values)."""
    return {tag for m in s.sa.layer("title") if m.first >= first and m.last <= last for tag in m.value.split()}


def _head_is_unique(s: _Sentence, first: int, last: int) -> str | None:
    """An office only one country names so ("Secretary of State", "Federal Councillor")."""
    return next((t.split(":", 1)[1] for t in _office_tags(s, first, last) if t.startswith("unique:")), None)


def _singular(title: str) -> str:
    """One person's office from an office named for several: the head before the complement ("Speakers of the
    House of Representatives" -> "Speaker of the House of Representatives"), else the last word ("Foreign
    Ministers")."""
    words = title.split()
    head = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    if head >= 0 and words[head].endswith("s"):
        words[head] = words[head][:-1]
    return " ".join(words)
