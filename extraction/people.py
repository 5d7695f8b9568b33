"""Named officials: "TITLE [of COUNTRY] Name", "Name, TITLE of COUNTRY",
"DEMONYM TITLE Name", "COUNTRY's TITLE Name", "the X delegation led by Name".

A capitalised run counts as a person only next to a title (left or as an
appositive on the right) or after "led by"/"headed by": company and place
names ("Novo Nordisk", "Air Astana") have neither.  A lone surname counts only
right after a title ("President Tokayev") or when it repeats a person already
found.  The person's country comes from the title ("of the Kingdom of Spain",
"Kazakh", "Finland's"), the appositive, the delegation, or a small table of
Kazakh officials; otherwise it is left None for the event logic to resolve.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from operator import itemgetter

from .countries import KAZ, Mention, find_mentions

_HEAD_WORDS = (
    r"Vice[- ]President|President|Prime\s+Minister|Premier|PM|FM|Foreign\s+Minister|Minister|"
    r"Secretary\s+of\s+State|State\s+Secretary|Secretary[- ]General|Undersecretary|Foreign\s+Secretary|Principal\s+Secretary|"
    r"Permanent\s+Secretary|Secretary|Ambassador|Charg[ée]\s+d['’]Affaires(?:\s+a\.?\s?i\.?)?|Consul[- ]General|"
    r"Consul|Permanent\s+Representative|Special\s+Representative|Special\s+Envoy|Envoy|King|Queen|Emir|Amir|"
    r"Sultan|Crown\s+Prince|Prince|Sheikh|Emperor|Pope|Chancellor|Marshal|Chairperson-in-Office|Chairman|Chairwoman|"
    r"Chairperson|Speaker|Governor|Mayor|High\s+Representative|Commissioner|Director[- ]General|Director|"
    r"Head|Rector|Adviser|Advisor|Senator|Spokesperson|Spokesman|Ombudsman|Ministers"
)


def _charset_first(words: list[str], flags: int) -> re.Pattern:
    """`\\b(?:w1|w2|...)\\b` for words that each start with a letter, written to start with the class of those
    first letters (the engine then skips to candidate letters at C speed) and a look-back for the word
    boundary, each word's first letter re-checked by a look-back: the same matches, found faster."""
    firsts = "".join(sorted({w[0].lower() for w in words} | {w[0].upper() for w in words}))
    body = "|".join(f"(?<={w[0]}){w[1:]}" for w in words)
    return re.compile(rf"[{firsts}](?<!\w.)(?:{body})\b", flags)


_HEAD = _charset_first(_HEAD_WORDS.split("|"), re.IGNORECASE)  # = \b(?:{_HEAD_WORDS})\b, case-insensitive
_MODIFIER = re.compile(r"(?:(?:First|Deputy|Vice|Acting|Assistant|Senior|Special|Executive|Chief|Coordinating|"
                       r"Former|Under|Minister-Counsellor|then)[\s-]+)+$", re.IGNORECASE)
# (the words before the head are not a verb: "Amb. Korir Sing'oei, met Kazakhstan's Deputy Minister X" is no appositive)
_APPOSITIVE = re.compile(rf",\s+(?:the\s+|a\s+)?(?:(?!(?:met|meets|held|holds|received|receives|hosted|called|said|noted|told|visited|paid|signed|discussed|thanked)\b)[\w'’\-]+\s+){{0,3}}?(?:{_HEAD_WORDS})\b", re.IGNORECASE)
# Where an appositive title ends: the clause's verb or the next party.
_APPOSITIVE_END = re.compile(r",\s+and\b|\s+and\s+the\b|\b(?:met|meets|held|holds|said|says|cites|reports?|reported|"
                             r"press|paid|pays|noted|were|was|are|is|has|have|had|discussed|received|hosted|"
                             r"arrived|took|made|signed|expressed|visited|emphasi[sz]ed|stressed)\b")
_MODIFIER_WORDS = tuple(w.casefold() for w in "First Deputy Vice Acting Assistant Senior Special Executive Chief "
                        "Coordinating Former Under Minister-Counsellor then".split())


def _ends_with_modifier(text: str, lo: int, hi: int) -> bool:
    """Necessary for _MODIFIER to match text[lo:hi]: a modifier word, then spaces or hyphens, at its end
    (a cheap test before the end-anchored pattern, which is otherwise tried at every position)."""
    i = hi
    while i > lo and (text[i - 1].isspace() or text[i - 1] == "-"):
        i -= 1
    return i < hi and text[max(lo, i - 20):i].casefold().endswith(_MODIFIER_WORDS)


def _has_by(text: str, lo: int, hi: int) -> bool:
    """Necessary for _LED_BY and _DELEGATION (both end in "by")."""
    return "by" in text[lo:hi].casefold()


_FUNCTION_WORD_BEFORE = re.compile(r"\b(?:of|the|on|for|and|in|to|at)\s+$")
_FUNCTION_WORDS = ("of", "the", "on", "for", "and", "in", "to", "at")


def _function_word_before(text: str, lo: int, hi: int) -> bool:
    """`_FUNCTION_WORD_BEFORE.search(text, lo, hi)`, the end-anchored pattern (tried at every position) run only
    when text[lo:hi] ends with whitespace and, before it, with one of its words (necessary for a match)."""
    if hi <= lo or not text[hi - 1].isspace() or not text[lo:hi].rstrip().endswith(_FUNCTION_WORDS):
        return False
    return bool(_FUNCTION_WORD_BEFORE.search(text, lo, hi))


_OF_COUNTRY_AFTER = re.compile(r"\s+of\s+(?:the\s+)?$")
_LED_BY = re.compile(r"\b(?:led|headed|chaired|co-chaired|represented|accompanied)\s+by\s+(?:the\s+)?$", re.IGNORECASE)
_DELEGATION = re.compile(r"(\w+)\s+(?:delegation|side)\s+(?:was\s+)?(?:led\s+|headed\s+)?by\s+$", re.IGNORECASE)
# Between a title head and the name: complements ("of Foreign Affairs of the Republic of Kazakhstan"),
# never a verb or another clause.
# ("оf" with a Cyrillic о occurs in copied text; a lowercase word inside a capitalised name, "the Council
# for interreligious Dialogue", and the lowercase office words "foreign affairs" are part of a title)
# (a capitalised word is taken whole, possessively: splitting one into two cannot make a fullmatch succeed,
# and trying every split made a long run of capitalised words exponential)
_TITLE_GAP = re.compile(r"(?:\s+|,\s*|\s*[-–—]\s*|\b(?:[oо]f|for|to|in|on|the|and|at|with\s+permanent\s+residence\s+in|"
                        r"foreign|affairs)\b|[A-Z][\w'’.\-]*+|\b(?!(?:of|for|to|in|on|the|and|at|with|foreign|affairs)\b)[a-z]+\b(?=\s+[A-Z][\w'’.\-]*\s)|\(|\)|&)*")
# = `[^\W\d_](?:[\w\-]|['’](?![sS]\b)|\.(?=[^\W\d_]))*`, the runs of [\w\-] taken by one repeat (the three
# alternatives are single characters of disjoint classes: the same greedy matches, fewer engine steps)
_TOKEN = re.compile(r"[^\W\d_][\w\-]*(?:(?:['’](?![sS]\b)|\.(?=[^\W\d_]))[\w\-]*)*")

_PARTICLES = frozenset("bin ibn al el de da van von der bint abu ul di du la le".split())
_ROMAN = frozenset("II III IV V VI".split())
_STOP = frozenset("""
the a an during in on at according following this that these those he she they it his her their its both our
we i as after before while with for from by of and to after since when where there here also however meanwhile
president vice prime minister ministers premier deputy first foreign affairs secretary state ambassador
chargé charge affaires consul general permanent representative special envoy king queen emir amir sultan crown
prince sheikh emperor pope chancellor chairman chairwoman chairperson chairperson-in-office speaker governor mayor high
commissioner director head rector adviser
secretary-general director-general consul-general vice-president vice-chairman vice-premier vice-minister
under-secretary undersecretary deputy-director advisor senator spokesperson spokesman acting assistant senior
executive chief coordinating extraordinary plenipotentiary minister-counsellor counsellor principal
church catholic holy see measures building confidence
republic kingdom sultanate federation confederation emirates principality state states union department office
council commission committee parliament senate majilis mazhilis government administration agency bank company
corporation university institute centre center forum summit session assembly meeting conference organization
organisation nations ministry mfa embassy press service news images photo author kazinform akorda trend
trade development economy economic cooperation co-operation industry infrastructure digital innovation innovations
aerospace ecology natural resources energy finance justice defence defense interior internal education science
health culture sports tourism agriculture transport communications labour labor social protection security
national international relations asian european african expatriates global policy integration welfare
emergency situations information investment investments public works higher his her holiness majesty highness
excellency sayyid pontifical dialogue interreligious mr mrs ms dr amb hon h.e. monday tuesday wednesday thursday friday saturday
sunday january february march april may june july august september october november december
north south east west central eastern western southern northern middle arctic maghreb caucasus asia europe
africa america americas pacific atlantic caspian gulf region
marshal councillor councilor visit visits meets meet holds hold conducts conduct pays pay receives discusses signs talks productive official working
""".split())
# Stop words as capitalised at a sentence start or in a title ("Minister", "Republic"): a token equal to one is
# neither a name nor a particle (none is a particle or a Roman numeral), tested with one set lookup.  Single
# letters are left to the general branch, where "A." may be a middle initial ("Enrique A. Manalo").
_STOP_TITLE = frozenset(w.capitalize() for w in _STOP if not any(ch in w for ch in ".'’") and len(w) > 1
                        and w.capitalize()[:1].isupper() and w.capitalize().lower() == w
                        and w not in _PARTICLES and w.capitalize() not in _ROMAN)
_TO_IN_AT_BEFORE = re.compile(r"\b(?:to|in|at)\s+(?:the\s+)?$")
_TITLE_PREFIX_COUNTRY = re.compile(r"(?:'s|’s)?\s*$")

# Kazakh officials who recur in releases: a seed of the person-office dimension, used only when
# the text itself does not say whose official someone is.
_KAZAKH_OFFICIALS = frozenset("""
tokayev tokaev nazarbayev nazarbaev vassilenko vasilenko nurtleu tileuberdi tleuberdi idrissov abdrakhmanov
atamkulov bakayev bakaev umarov nuryshev sarybay kosherbayev smadiyarov ashimbayev mamin smailov bektenov
koshanov zhetybayev rakhmetullin kazykhanov tokayeva mirzagaliyev musin sultanov karabayev sartbayeva
sadykov ashikbayev tileuberdi kuantyrov zhumangarin skakov
""".split())


@dataclass
class Person:
    name: str
    surname: str
    title: str | None
    country: str | None
    organisation: bool
    start: int  # name span
    end: int
    title_start: int  # start of the whole "title + name" phrase


def _surname(name: str) -> str:
    return name.split()[-1].lower() if name.split() else ""


# A stretch that can hold a token starting with a capital: any letter but a-z, then token-ish characters.
# (= `[^\W\d_a-z][\w\-'’.]*`, its first class written as ranges the engine tests fast, the rest checked by a
# look-back on the one character: the same first characters, verified over every code point)
_CAP_CHUNK = re.compile(r"[A-Z\u00aa-\U0010ffff](?<=[^\W\d_])[\w\-'’.]*")


def _name_span(text: str, start: int, end: int, masked: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The part of text[start:end] where name runs can be: from the first token that may be a name to the
    end of the last one; None when there is none (the common sentence with nothing capitalised but its
    first word, stop words and country names).  Outside it no run starts, and tokens after the last
    possible name could only add particles, which are trimmed anyway.
    A chunk without "." or an apostrophe is exactly one _TOKEN, so the name test below is the loop's own;
    a chunk with them may hold several tokens and counts as "maybe"."""
    lo = hi = None
    # `masked` is in text order and non-overlapping and the chunks come in text order: one forward pointer
    # answers "inside a mention?"
    mi, n_masked = 0, len(masked)
    for c in _CAP_CHUNK.finditer(text, start, end):
        w = c.group()
        if w in _STOP_TITLE:
            continue  # (the test below, short-cut)
        if not ("." in w or "'" in w or "’" in w):
            if not w[0].isupper() or w.lower() in _STOP or (w.isupper() and len(w) > 1 and w not in _ROMAN):
                continue
            pos = c.start()
            while mi < n_masked and masked[mi][1] <= pos:
                mi += 1
            if mi < n_masked and masked[mi][0] <= pos:
                continue
        if lo is None:
            lo = c.start()
        hi = c.end()
    if lo is None:
        return None
    # begin the token loop at a true token boundary: after a space-like character, or at the sentence start
    if lo > start and (text[lo - 1].isalnum() or text[lo - 1] in "_-'’."):
        lo = start
    return lo, hi


def _name_runs(text: str, start: int, end: int, masked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised non-stop tokens separated by single spaces."""
    runs: list[tuple[int, int]] = []
    span = _name_span(text, start, end, masked)
    if span is None:
        return runs
    start, end = span
    cur_start = cur_end = None
    tokens_in_run = 0
    # `masked` is in text order and non-overlapping, so one forward pointer answers "inside a mention?".
    mi, n_masked = 0, len(masked)
    for m in _TOKEN.finditer(text, start, end):
        tok = m.group()
        if tok in _STOP_TITLE:
            # neither a name nor a particle: ends the run (the general branch below, short-cut)
            if cur_start is not None:
                runs.append((cur_start, cur_end))
                cur_start = cur_end = None
            continue
        if not tok[0].isupper():
            # fast path for the common lowercase word: never a name, at most a particle
            if tok.lower() not in _PARTICLES:
                if cur_start is not None:
                    runs.append((cur_start, cur_end))
                    cur_start = cur_end = None
                continue
            is_name, is_particle = False, True
        else:
            low = tok.lower().rstrip(".")
            pos = m.start()
            while mi < n_masked and masked[mi][1] <= pos:
                mi += 1
            inside_mention = mi < n_masked and masked[mi][0] <= pos
            is_name = (low not in _STOP and not inside_mention
                       and not (tok.isupper() and len(tok) > 1 and tok not in _ROMAN))
            is_particle = low in _PARTICLES or tok in _ROMAN
            if not is_name and len(tok) == 1 and cur_start is not None and text[m.end():m.end() + 2] == ". ":
                is_particle = True  # a middle initial that is also a stop word: "Enrique A. Manalo"
        # (= text[cur_end:m.start()] == " ", without the slice)
        adjacent = cur_end is not None and m.start() == cur_end + 1 and text[cur_end] == " "
        if (not adjacent and cur_end is not None and m.start() == cur_end + 2 and text[cur_end] == "."
                and text[cur_end + 1] == " " and text[cur_end - 1].isupper() and cur_end - 1 > cur_start
                and text[cur_end - 2] == " " and is_name):
            adjacent = True  # a middle initial: "Antony J. Blinken"
        if is_name or (is_particle and cur_start is not None and adjacent):
            if cur_start is not None and adjacent:
                cur_end = m.end()
                tokens_in_run += 1
                continue
            if cur_start is not None:
                runs.append((cur_start, cur_end))
            if is_name:
                cur_start, cur_end, tokens_in_run = m.start(), m.end(), 1
            else:
                cur_start = cur_end = None
        else:
            if cur_start is not None:
                runs.append((cur_start, cur_end))
            cur_start = cur_end = None
    if cur_start is not None:
        runs.append((cur_start, cur_end))
    # A run may not end on a particle ("Abdullah II ibn" is fine only if a name follows).
    cleaned = []
    for s, e in runs:
        words = text[s:e].split()
        while words and words[-1].lower() in _PARTICLES:
            words.pop()
        if words:
            cleaned.append((s, s + len(" ".join(words))))
    return cleaned


# _HEAD for lowercased text: the same pattern without IGNORECASE (faster).  Equivalent on text whose
# lowercase has the same length and holds none of "ı" and "ſ" (the only characters besides the cased
# letters themselves that IGNORECASE matches to a-z or é); lowercasing never changes what \w matches.
# (its words grouped by first letter, each group behind one look-back on that letter: at a word start only
# the group of its letter is tried, in the original order; words of other letters could not match there)


def _grouped_by_first(words: list[str]) -> str:
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    firsts = "".join(sorted(groups))
    body = "|".join(f"(?<={c})(?:{'|'.join(rests)})" for c, rests in groups.items())
    return rf"[{firsts}](?<!\w.)(?:{body})\b"


_HEAD_LOWER = re.compile(_grouped_by_first(_HEAD_WORDS.lower().split("|")))


class _Span:
    """start()/end() of a head found on a lowercased slice, in the full text's coordinates."""
    __slots__ = ("_start", "_end")

    def __init__(self, start: int, end: int) -> None:
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def _heads_in(text: str, start: int, end: int) -> list[tuple[int, int, re.Match]]:
    """Title heads of a sentence, scanned once for all its names (see _left_title)."""
    lo = start - 1 if start > 0 else 0  # one character of context for the look-back at `start`
    low = text[lo:end].lower()
    if len(low) != end - lo or "ı" in low or "ſ" in low:
        return [(h.start(), h.end(), h) for h in _HEAD.finditer(text, start, end)]
    out = []
    for h in _HEAD_LOWER.finditer(low, start - lo):
        hs, he = h.start() + lo, h.end() + lo
        out.append((hs, he, _Span(hs, he)))
    return out


_START, _END = itemgetter(0), itemgetter(1)


def _window_heads(text: str, heads: list[tuple[int, int, re.Match]] | None, window_start: int, name_start: int):
    """`_HEAD.finditer(text, window_start, name_start)` from the sentence's heads scanned once; falls back to
    the scan itself where the two could differ (a head crossing either end of the window, or a name glued
    to the text before it, where a scan cut at the name would see a word boundary the sentence scan does not)."""
    if heads is None or (name_start > 0 and (text[name_start - 1].isalnum() or text[name_start - 1] in "_.")):
        return _HEAD.finditer(text, window_start, name_start)
    out = []
    # heads are in text order and non-overlapping: those ending after window_start and starting before
    # name_start are the only ones that can be in the window or cross an end of it
    for hs, he, h in heads[bisect_right(heads, window_start, key=_END):bisect_left(heads, name_start, key=_START)]:
        if hs < window_start < he or hs < name_start < he:
            return _HEAD.finditer(text, window_start, name_start)
        if hs >= window_start and he <= name_start:
            out.append(h)
    return out


_WORD = re.compile(r"\S+")
_TITLE_FUNCTION_WORDS = frozenset("of the and for in on at to".split())


def _inside_title(text: str, lo: int, pos: int, masked: list[tuple[int, int]]) -> bool:
    """The capitalised run at `pos` continues a title's complement: back from it over capitalised words
    (none a country or organisation) to a function word ("Speaker of the Grand National Assembly",
    "Minister of Enterprises and Made in Italy", "the Great State Khural")."""
    base = max(lo, pos - 80)
    for w in reversed(list(_WORD.finditer(text, base, pos))):
        tok = w.group()
        if tok[0].isupper():
            ws = w.start()
            # `masked` is in text order and non-overlapping: only the last span starting at or before ws
            # can hold it (a bisection, not a scan: a long sentence has many mentions)
            i = bisect_right(masked, ws, key=_START) - 1
            if i >= 0 and ws < masked[i][1]:
                return False
            continue
        return tok in _TITLE_FUNCTION_WORDS
    return False


def _left_title(text: str, sent_start: int, name_start: int,
                runs: list[tuple[int, int]], heads: list[tuple[int, int, re.Match]] | None = None,
                masked: list[tuple[int, int]] = ()) -> tuple[int, int] | None:
    """(title_start, head_end) of the nearest title standing right before the name."""
    window_start = max(sent_start, name_start - 160)
    best = None
    # the last head that passes both tests wins: try them from the last, stop at the first that passes
    # (the cheap test first; both are pure)
    # the runs inside the window (runs are in text order and non-overlapping): only they can stand between
    # a head of the window and the name; looking at every run of a long sentence made this quadratic
    window_runs = runs[bisect_left(runs, window_start, key=_START):bisect_right(runs, name_start, key=_START)]
    for h in reversed(list(_window_heads(text, heads, window_start, name_start))):
        # another name between the title and this one means the title is that person's; a capitalised
        # word right after "of", "the", "and", "for" ("Speaker of the Grand National Assembly", "Minister
        # of Enterprises and Made in Italy") names the institution or portfolio, and is part of the title
        if any(h.end() <= rs and re_ <= name_start and not _inside_title(text, h.end(), rs, masked)
               for rs, re_ in window_runs):
            continue
        if _TITLE_GAP.fullmatch(text, h.end(), name_start) is None:
            continue
        best = h
        break
    if best is None:
        return None
    # Extend left over modifiers ("First Deputy").
    title_start = best.start()
    mod = (_MODIFIER.search(text, max(sent_start, title_start - 60), title_start)
           if _ends_with_modifier(text, max(sent_start, title_start - 60), title_start) else None)
    if mod and mod.end() == title_start:
        title_start = mod.start()
    return title_start, best.end()


def _country_before(mentions: list[Mention], pos: int, text: str) -> Mention | None:
    """A demonym/country (or organisation) ending right before pos: "Kazakh President", "Finland's Minister"."""
    for m in reversed(mentions):
        if m.end <= pos:
            between = text[m.end:pos]
            if m.kind != "city" and len(between) <= 4 and _TITLE_PREFIX_COUNTRY.fullmatch(between):
                return m
            return None
    return None


def _organisation_before(mentions: list[Mention], pos: int, text: str) -> bool:
    """"OSCE Chairperson-in-Office Finnish Foreign Minister": the office is held for an organisation."""
    for m in mentions:
        if m.kind == "organisation" and m.end <= pos and pos - m.end <= 120:
            gap = text[m.end:pos]
            if pos - m.end > 45 and "in-Office" not in gap:
                continue  # (only the rotating chair's office, "the OSCE Chairperson-in-Office, Deputy Prime
                # Minister and Minister for Foreign Affairs of Malta", precedes a long national title)
            if _TITLE_GAP.fullmatch(gap) and _HEAD.search(gap):
                return True
    return False


def _country_in_title(mentions: list[Mention], start: int, end: int, text: str) -> tuple[str | None, bool]:
    """First country 'of' the title in text[start:end]; organisation flag if an organisation is named."""
    org = False
    fallback = None
    for m in mentions:
        if m.start < start or m.end > end:
            continue
        if m.kind == "organisation":
            org = True
            continue
        if m.kind == "city" or not m.code:
            continue
        before = text[max(start, m.start - 8):m.start].lower()
        if _TO_IN_AT_BEFORE.search(before):
            fallback = fallback or m.code
            continue
        return m.code, org
    return fallback, org


def find_people(text: str, start: int, end: int, known: dict[str, "Person"] | None = None,
                mentions: list[Mention] | None = None) -> list[Person]:
    """People named in text[start:end] (one sentence).  `known` maps surnames already found in the document.
    `mentions`: find_mentions(text, max(0, start - 1), end), when the caller has it already."""
    known = known or {}
    if mentions is None:
        mentions = find_mentions(text, max(0, start - 1), end)
    masked = [(m.start, m.end) for m in mentions]
    runs = _name_runs(text, start, end, masked)
    people: list[Person] = []
    heads = _heads_in(text, max(start, runs[0][0] - 160), runs[-1][0]) if runs else None
    for i, (s, e) in enumerate(runs):
        name = text[s:e]
        n_tokens = len(name.split())
        left = _left_title(text, start, s, runs, heads, masked)
        directly_after_head = left is not None and text[left[1]:s].strip() == ""
        next_start = runs[i + 1][0] if i + 1 < len(runs) else end
        appositive = _APPOSITIVE.match(text, e, min(end, e + 90)) if text.startswith(",", e) else None
        led_by = _LED_BY.search(text, max(start, s - 40), s) if _has_by(text, max(start, s - 40), s) else None
        surname = _surname(name)
        if left and _function_word_before(text, left[1], s):
            left = None  # "Secretary General of the Conference on Confidence ...": an institution, not a name
        if len(surname) <= 2 and not (len(surname) == 2 and name.split()[-1].istitle() and surname.isalpha()
                                      and (left or appositive or n_tokens > 1)):
            continue  # an initial or an abbreviation; a two-letter surname ("Wang Yi", "President Xi") counts
        if n_tokens == 1:
            if not (directly_after_head or surname in known or (surname in _KAZAKH_OFFICIALS and left)):
                continue
        elif not (left or appositive or led_by or surname in known or surname in _KAZAKH_OFFICIALS):
            continue  # (a Kazakh official's full name needs no title: "Kassym-Jomart Tokayev met with ...")
        title = None
        country: str | None = None
        organisation = False
        title_start = s
        if left:
            title_start, head_end = left
            title = " ".join(text[title_start:s].split()).strip(" ,-–—")
            before = _country_before(mentions, title_start, text)
            if before is not None:
                if before.kind == "organisation":
                    organisation = True
                elif before.code:
                    country = before.code
                title_start = before.start
            code, org = _country_in_title(mentions, title_start, s, text)
            organisation = organisation or org or _organisation_before(mentions, title_start, text)
            if (not organisation and code is None and text[max(start, title_start - 4):title_start] == "its "
                    and any(m.kind == "organisation" and m.end <= title_start for m in mentions)):
                organisation = True  # "the OPCW, where he met with its Director-General Fernando Arias"
            country = country or code
        if country is None:
            # "King Abdullah II of Jordan": the country follows the name.
            after = next((m for m in mentions if m.start >= e and m.code and m.kind != "city"), None)
            if after is not None and after.start - e <= 14 and _OF_COUNTRY_AFTER.fullmatch(text[e:after.start]):
                country = after.code
        if appositive and country is None:
            stop = min(next_start if next_start > appositive.end() else end, end, e + 160)
            cut = _APPOSITIVE_END.search(text, appositive.end(), stop)
            stop = cut.start() if cut else stop
            title = title or " ".join(text[appositive.start():stop].split()).strip(" ,")
            code, org = _country_in_title(mentions, e, stop, text)
            country, organisation = code, organisation or org
        if country is None:
            deleg = _DELEGATION.search(text, max(start, s - 40), s) if _has_by(text, max(start, s - 40), s) else None
            if deleg:
                code = next((m.code for m in mentions if m.start <= deleg.start(1) < m.end), None)
                country = code
        if surname in known and (n_tokens == 1 or country is None):
            country = known[surname].country
            title = title or known[surname].title
            organisation = organisation or known[surname].organisation
        if country is None and surname in _KAZAKH_OFFICIALS:
            country = KAZ
        people.append(Person(name, surname, _short_title(title), country, organisation, s, e, title_start))
    if ("Mr" in text[start:end] or "Ms" in text[start:end]) and runs:
        _family_first(text, start, end, mentions, people)
    return people


# Japan's ministry writes a name family name first, in capitals, after the honorific: "Ms. KAMIKAWA Yoko,
# Minister for Foreign Affairs of Japan".  Written given name first, like every other name.
_FAMILY_FIRST = re.compile(r"\bM(?:r|s|rs)\.?\s+([A-Z][A-Z'’\-]+)\s+([A-Z][a-z]+(?:-[a-z]+)?)\b(?![ \t]+[A-Z])")


def _family_first(text: str, start: int, end: int, mentions: list[Mention], people: list[Person]) -> None:
    for m in _FAMILY_FIRST.finditer(text, start, end):
        family, given = m.group(1), m.group(2)
        if len(family) < 2 or family.lower() in _STOP or any(p.start <= m.start(2) < p.end for p in people):
            continue
        surname = family.lower()
        if any(p.surname == surname for p in people):
            continue
        title, country, organisation = None, None, False
        appositive = _APPOSITIVE.match(text, m.end(), min(end, m.end() + 90))
        if appositive:
            cut = _APPOSITIVE_END.search(text, appositive.end(), min(end, m.end() + 160))
            stop = cut.start() if cut else min(end, m.end() + 160)
            title = " ".join(text[appositive.start():stop].split()).strip(" ,").split(",")[0]
            country, organisation = _country_in_title(mentions, m.end(), stop, text)
        name = f"{given} {family.capitalize()}"
        people.append(Person(name, surname, _short_title(title), country, organisation, m.start(1), m.end(), m.start()))
    people.sort(key=lambda p: p.start)


_TITLE_TAIL = re.compile(r"\s+(?:of|to|in)\s+(?!State\b(?:\s*$|\s+of\b))(?:the\s+)?(?:Republic|Kingdom|State|Sultanate|Islamic|People|United|"
                         r"Swiss|Hellenic|Federal|Democratic|Commonwealth|[A-Z][a-z]+stan\b|[A-Z][a-z]+\s*$).*$")


_LEADING_ARTICLE = re.compile(r"^(?:the|a)\s+", re.IGNORECASE)


def _short_title(title: str | None) -> str | None:
    """Shorten a title to the office: drop "of the Kingdom of Spain to the Republic of Kazakhstan"."""
    if not title:
        return None
    short = _TITLE_TAIL.sub("", title)
    short = _LEADING_ARTICLE.sub("", short).strip(" ,")
    return short or title
