"""Trade and investment figures: a money amount + the metric noun governing it +
its period + qualifier + change, for bilateral trade with Kazakhstan.

Per sentence:
* metric  = the trigger noun closest before the amount in its clause ("exports 4.9 million"),
  else after it ("$250 million for export"), else the sentence's head metric;
  a value attached to a comparison ("compared to the previous year (30.6 million)") takes the head metric;
* period  = the nearest own (non-comparison) period before the amount, else right after it;
* change  = "%", "N-fold", "N times" attached to the nearest amount of its clause;
* kind    = target when the sentence states a goal ("to bring trade to $10 billion");
* exports/imports are from Kazakhstan's side: "Thailand's exports to Kazakhstan" are imports,
  and figures quoted in the partner's own currency are the partner's statistics.
A sentence about Kazakhstan's total foreign trade, or trade among a group of countries,
yields nothing.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal

from .countries import KAZ, countries_in
from .dates import Period, find_periods
from .money import Amount, find_amounts, find_amounts_unchecked

# (each pattern starts with a look-ahead on the first letters its words can have: most positions fail at once)
_TRADE_TRIGGER = re.compile(
    r"\b(?P<turnover>trade\s+turnover|turnover|trade\s+volume|volume\s+of\s+(?:mutual\s+|bilateral\s+)?trade|"
    r"mutual\s+trade|bilateral\s+trade|two-way\s+trade|total\s+trade|trade)"
    r"|\b(?P<exports>exports?|exported|supplies\s+from\s+Kazakhstan)\b"
    r"|\b(?P<imports>imports?|imported)\b",
    re.IGNORECASE,
)
_INVEST_TRIGGER = re.compile(
    r"\b(?P<fdi>gross\s+inflow|inflow\s+of\s+(?:foreign\s+)?direct\s+investments?|FDI|direct\s+investments?)"
    r"|\b(?P<stock>accumulated\s+investments?|investment\s+stock|stock\s+of\s+investments?)"
    r"|\b(?P<invest>invest(?:ed|ments?|ors?)?)\b",
    re.IGNORECASE,
)
_TRADE_TRIGGER = re.compile(r"(?=[tvmbesi])(?:" + _TRADE_TRIGGER.pattern + ")", _TRADE_TRIGGER.flags)
_INVEST_TRIGGER = re.compile(r"(?=[gifdas])(?:" + _INVEST_TRIGGER.pattern + ")", _INVEST_TRIGGER.flags)
_PCT = re.compile(
    r"(?P<pct>[+-]?\d+(?:[.,]\d+)?)\s?(?:%|percent|per\s+cent)"
    r"|(?P<fold>\d+(?:[.,]\d+)?|two|three|four|five|six|seven|eight|nine|ten)\s?-?\s?(?:fold|times)\b"
    r"|\b(?P<double>doubled|tripled)\b",
    re.IGNORECASE,
)
# _PCT for lowercased text: no IGNORECASE and a first-character look-ahead (4x faster).
_PCT_LOWER = re.compile(r"(?=[\d+\-]|t[wher]|f[oi]|s[ie]|ei|ni|do)(?:" + _PCT.pattern + ")")
_DECREASE = re.compile(r"\b(?:decreas\w*|declin\w*|fell|drop\w*|down|less|lower|reduc\w*|contract\w*)\b", re.IGNORECASE)
_TARGET = re.compile(
    r"\b(?:target\w*|goal|aim\w*|intend\w*|intention|plan\w*|bring\w*|brought\s+to|reach\s+the\s+level|"
    r"can\s+be\s+increased|could\s+be\s+increased|to\s+increase|to\s+raise|to\s+boost|to\s+double|to\s+lift|potential\s+to|"
    r"will\s+(?:reach|increase|grow|exceed))\b",
    re.IGNORECASE,
)
# (a look-ahead on the first letters of the alternatives lets most positions fail at once: same matches)
_DECREASE = re.compile(r"(?=[dflrc])(?:" + _DECREASE.pattern + ")", _DECREASE.flags)
_TARGET = re.compile(r"(?=[tgaipbrcw])(?:" + _TARGET.pattern + ")", _TARGET.flags)
# _TARGET for lowercased text, without IGNORECASE (faster; equivalent on text whose lowercase has the same
# length and holds none of "ı" and "ſ").
_TARGET_LOWER = re.compile(_TARGET.pattern)
# Not bilateral: Kazakhstan's total trade, or trade among a group of countries.
_GLOBAL = re.compile(
    r"\b(?:foreign\s+trade|external\s+trade|country['’]s\s+(?:exports|imports|trade)|total\s+(?:exports|imports)\s+of\s+Kazakhstan|"
    r"between\s+(?:the\s+)?[A-Z]\w+\s+(?:Asian\s+)?(?:countries|states)|among\s+(?:the\s+)?\w+\s+(?:countries|states)|"
    r"(?:member|participating)\s+states)\b"
)
# Trade within a bloc or region (intra-EAEU, Central Asian): not bilateral.  Every match holds one of _BLOC_KEYS.
_INTRA_BLOC = re.compile(r"\b(?:trade|turnover)\s+(?:turnover\s+)?(?:of\s+the\s+(?:EAEU|EEU|CIS|SCO|OTS|Eurasian\s+Economic\s+Union)"
                         r"(?:\s+(?:member\s+)?(?:countries|states))?|(?:with)?in\s+the\s+(?:EAEU|EEU|CIS|SCO|OTS|region|bloc)|"
                         r"among\s+the\s+(?:EAEU|EEU|CIS|SCO|OTS))\b|\bintra-(?:regional|bloc|EAEU|union)\s+trade\b")
_BLOC_KEYS = ("EAEU", "EEU", "CIS", "SCO", "OTS", "Eurasian", "region", "bloc", "intra-")
_BLOC_WORDS = frozenset(b"eaeu eeu cis sco ots eurasian region bloc intra".split())
_AID_WORDS = frozenset(b"package packages grant grants loan loans credit tranche tranches aid aids".split())
# Cheap pre-filters: every alternative of _GLOBAL (case-sensitive) and of _TRADE_TRIGGER (lowercased)
# contains one of these substrings.
_GLOBAL_KEYS = ("foreign", "external", "country", "total", "between", "among", "member", "participating")
_TRADE_KEYS = ("trade", "turnover", "export", "import", "supplies")
_TARGET_KEYS = ("target", "goal", "aim", "intend", "intention", "plan", "bring", "brought", "reach", "increase",
                "raise", "boost", "double", "potential", "will", "lift")
_NOT_TRADE_KEYS = ("contract", "project", "deals", "agreement", "loan", "grant", "aid", "assistance", "portfolio", "credit")
_PCT_KEYS = ("%", "cent", "fold", "times", "doubled", "tripled")
_BILATERAL = re.compile(r"\b(?:bilateral|mutual|two-way|between\s+(?:the\s+)?(?:two\s+)?countries|between\s+(?:our|them|the\s+two))\b",
                        re.IGNORECASE)
_NOT_TRADE = re.compile(r"\b(?:contracts?|projects?|worth\s+of\s+deals|agreements?|loans?|grants?|aid|assistance|portfolio|"
                        r"credit\s+lines?|lines?\s+of\s+credit|credits?)\b",
                        re.IGNORECASE)
_NOT_TRADE = re.compile(r"(?=[cpwalg])(?:" + _NOT_TRADE.pattern + ")", _NOT_TRADE.flags)
# (the leading look-ahead only lets most positions fail fast)
_CLAUSE_BREAK = re.compile(r"(?=[,;(w])(?:[,;(]|\bwhile\b|\bwhereas\b|\bwith\b)")
# the same matches, every alternative starting with a literal (the engine skips to them at C speed); the \b
# before "w" is "no word character before it"
_CLAUSE_BREAK = re.compile(r",|;|\(|w(?<!\ww)(?:hile|hereas|ith)\b")
_TO_KAZ = re.compile(r"\b(?:to|into)\s+(?:the\s+(?:economy|market)\s+of\s+)?Kazakhstan|\bKazakh\s+(?:economy|market)", re.IGNORECASE)
_FROM_KAZ = re.compile(r"\bfrom\s+Kazakhstan\b", re.IGNORECASE)
_KAZ_SUBJECT = re.compile(r"\b(?:Kazakhstan['’]s|Kazakh|of\s+Kazakhstan)\s+(?:\w+\s+)?$", re.IGNORECASE)

# Small patterns, compiled once (the module-level re functions look them up in a cache on every call).
_PREVIOUS_WORD = re.compile(r"previous|last|past|preceding")
_TO_END = re.compile(r"\bto\s+$")
_OUTCOME_TO = re.compile(r"\b(?:amounted|totall?ed|came|stood|rose|grew|increased|climbed|jumped|fell|dropped|decreased|"
                         r"declined|reached|was\s+brought)\s+(?:up\s+)?to\s+$", re.IGNORECASE)
_AID_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:package|grant|loan|credit\s+line|tranche|aid)s?\b")
_IN_GAP = re.compile(r"\s*(?:in|for|during)?\s*")
_WHOLE_GAP = re.compile(r"\s*(?:in|for|during|over)\s+(?:the\s+)?(?:whole|entire|full|all)\s+(?:of\s+)?(?:the\s+year\s+)?")
_PAREN_GAP = re.compile(r"\s*\(?\s*(?:[-–—:]\s*)?")
_OF_KAZAKHSTAN = re.compile(r"\w+\s+of\s+Kazakhstan")
_TO_KAZAKHSTAN = re.compile(r"\bto\s+Kazakhstan\b")
_FROM_KAZAKHSTAN = re.compile(r"\bfrom\s+Kazakhstan\b")
_PARTNER_BEFORE = re.compile(r"['’]s\s+$|\b(?:[A-Z]\w+)\s+$")
_STOP_PUNCT = re.compile(r"[;.]")

# A partner's own currency: figures in it are the partner's statistics (exports = its exports).
_NATIONAL_CURRENCY = {"ZAR": "ZAF", "GBP": "GBR", "CNY": "CHN", "RUB": "RUS", "TRY": "TUR", "INR": "IND",
                      "JPY": "JPN", "KRW": "KOR", "CHF": "CHE", "AED": "ARE", "SAR": "SAU", "KGS": "KGZ",
                      "UZS": "UZB", "AZN": "AZE", "GEL": "GEO", "AMD": "ARM", "UAH": "UKR"}

_NUM_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


@dataclass
class Figure:
    family: str  # "trade" | "investment"
    metric: str
    amount: Amount
    currency: str | None
    counterpart: str | None = None
    year: int | None = None
    months: tuple[int, int] | None = None
    year_from: int | None = None
    year_to: int | None = None
    change_pct: float | None = None
    kind: str = "actual"
    direction: str = "into_kazakhstan"
    comparison: bool = False
    extras: dict = field(default_factory=dict)


def _not_trade(text: str, lo: int, hi: int) -> bool:
    low = text[lo:hi].lower()
    return any(map(low.__contains__, _NOT_TRADE_KEYS)) and bool(_NOT_TRADE.search(text, lo, hi))


def _clause_bounds(text: str, start: int, end: int, pos: int,
                   breaks: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """The clause around pos.  `breaks`: the sentence's clause breaks found once (_clause_breaks)."""
    if breaks is None or _glued_word_break(text, start, pos):
        cs = start
        for m in _CLAUSE_BREAK.finditer(text, start, pos):
            cs = m.end()
        nxt = _CLAUSE_BREAK.search(text, pos, end)
        return cs, (nxt.start() if nxt else end)
    cs, ce = start, end
    for b_start, b_end in breaks:
        if b_end <= pos:
            cs = b_end
        elif b_start >= pos:
            ce = b_start
            break
    return cs, ce


def _clause_breaks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text, start, end)]


def _glued_word_break(text: str, start: int, pos: int) -> bool:
    """A break word ending right at pos with a word character after it ("with5"): a scan cut at pos would
    see a word boundary there that the sentence-wide scan does not."""
    return pos > start and pos < len(text) and (text[pos].isalnum() or text[pos] == "_") and text[pos - 1] in "hels"


# The trigger patterns for lowercased text, without IGNORECASE (faster; equivalent on text whose lowercase has
# the same length and holds none of "ı" and "ſ").
_TRIGGER_LOWER = {rx: re.compile(rx.pattern.lower().replace("(?p<", "(?P<")) for rx in (_TRADE_TRIGGER, _INVEST_TRIGGER)}


class _LowerMatch:
    """A trigger match found on the lowercased sentence: start()/end() in the text's coordinates, `re` the
    pattern it stands for, groupdict() (lowercased values: only their truth is used)."""
    __slots__ = ("_m", "_offset", "re")

    def __init__(self, m: re.Match, offset: int, rx: re.Pattern) -> None:
        self._m, self._offset, self.re = m, offset, rx

    def start(self) -> int:
        return self._m.start() + self._offset

    def end(self) -> int:
        return self._m.end() + self._offset

    def groupdict(self) -> dict:
        return self._m.groupdict()


def _sentence_triggers(rx: re.Pattern, text: str, start: int, end: int) -> list[tuple[int, int, object]]:
    """(start, end, match) of rx.finditer(text, start, end), run on the lowercased sentence (with one character
    before it, for the look-back of \\b) where that is equivalent."""
    lo = start - 1 if start > 0 else 0
    low = text[lo:end].lower()
    if len(low) != end - lo or "ı" in low or "ſ" in low:
        return [(m.start(), m.end(), m) for m in rx.finditer(text, start, end)]
    return [(m.start() + lo, m.end() + lo, _LowerMatch(m, lo, rx)) for m in _TRIGGER_LOWER[rx].finditer(low, start - lo)]


def _nearest_trigger(rx: re.Pattern, text: str, lo: int, hi: int, before: bool, cache: dict | None = None):
    """The last (before) or first trigger match in text[lo:hi].  `cache` holds the sentence's matches of
    rx scanned once; used unless a match crosses lo or hi or a boundary there is glued to a word
    (where a scan cut at lo/hi could see a different match)."""
    found = None
    if cache is not None:
        whole = cache.get(rx)
        if whole is None:
            start, end = cache["span"]
            whole = cache[rx] = _sentence_triggers(rx, text, start, end)
        if not (_glued(text, lo) or _glued(text, hi)):
            found = []
            for ms, me, m in whole:
                if ms < lo < me or ms < hi < me:
                    found = None
                    break
                if ms >= lo and me <= hi:
                    found.append(m)
    if found is None:
        found = list(rx.finditer(text, lo, hi))
    if not found:
        return None
    return found[-1] if before else found[0]


def _glued(text: str, pos: int) -> bool:
    """pos is between two word characters (a cut there would change what \\b sees)."""
    return 0 < pos < len(text) and _is_word(text[pos - 1]) and _is_word(text[pos])


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _metric_of(match: re.Match) -> str:
    return next(k for k, v in match.groupdict().items() if v)


def _change_value(m: re.Match, clause: str) -> float:
    if m.group("pct"):
        value = float(m.group("pct").replace(",", "."))
        return -abs(value) if _DECREASE.search(clause) else value
    if m.group("fold"):
        raw = m.group("fold").lower()
        n = float(_NUM_WORDS.get(raw, 0) or raw.replace(",", "."))
        return round((n - 1) * 100, 4)
    return 100.0 if m.group("double").lower() == "doubled" else 200.0


def sentence_metric(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The first trade metric a sentence talks about, for a next sentence that only says "It increased ..."."""
    low = text[start:end].lower()
    if not any(map(low.__contains__, _TRADE_KEYS)):
        return None
    m = _TRADE_TRIGGER.search(text, start, end)
    return ("trade", _metric_of(m)) if m else None


# Word-level pre-filter (see sentences.sentence_words): every _GLOBAL match starts with one of these as a
# whole word (case-sensitive there, so lowercase here).
_GLOBAL_WORDS = frozenset(b"foreign external country total between among member participating".split())


def extract_figures(text: str, start: int, end: int, published: dt.date | None,
                    carried_metric: tuple[str, str] | None = None,
                    may_hold: bool | None = None, words: set[bytes] | None = None) -> tuple[list[Figure], bool]:
    """Figures of one sentence (counterpart left for the caller) and whether the sentence is global trade talk.
    `carried_metric` serves amounts of a sentence that names no metric itself.  `may_hold`:
    money.may_hold_amount(text, start, end), when the caller has it already; `words`:
    sentences.sentence_words of the sentence (None: not ASCII, or not computed)."""
    if may_hold is False and words is not None and _GLOBAL_WORDS.isdisjoint(words):
        return [], False  # no amount, and no global trade talk
    sentence = text[start:end]
    is_global = (words is None or not _GLOBAL_WORDS.isdisjoint(words)) and \
        any(map(sentence.__contains__, _GLOBAL_KEYS)) and bool(_GLOBAL.search(sentence))
    if may_hold is None:
        amounts = find_amounts(text, start, end)
    else:
        amounts = find_amounts_unchecked(text, start, end) if may_hold else []
    if amounts and not is_global and (not _BLOC_WORDS.isdisjoint(words) if words is not None
                                      else any(map(sentence.__contains__, _BLOC_KEYS))) and _INTRA_BLOC.search(sentence):
        is_global = True  # "mutual trade of the EAEU countries", "trade in the region": not bilateral
    if not amounts or is_global:
        return [], is_global
    sentence_currency = next((a.currency for a in amounts if a.currency), None)
    low = sentence.lower()
    periods = find_periods(text, start, end, published, low)
    is_target = any(map(low.__contains__, _TARGET_KEYS)) and bool(
        _TARGET_LOWER.search(low) if len(low) == len(sentence) and "ı" not in low and "ſ" not in low
        else _TARGET.search(sentence))
    # _not_trade of a window inside the sentence needs one of its (ASCII) words in the window's lowercase,
    # and so in the sentence's
    not_trade_possible = any(map(low.__contains__, _NOT_TRADE_KEYS))
    figures: list[Figure] = []
    head_metric: tuple[str, str] | None = None
    breaks = _clause_breaks(text, start, end)
    trig_cache: dict = {"span": (start, end)}  # trigger matches of the sentence, scanned once per pattern
    for a in amounts:
        currency = a.currency or sentence_currency
        if currency is None:
            continue
        cs, ce = _clause_bounds(text, start, end, a.start, breaks)
        # the trigger must govern the amount: same clause first, then the sentence so far
        trig = (_nearest_trigger(_TRADE_TRIGGER, text, cs, a.start, True, trig_cache)
                or _nearest_trigger(_INVEST_TRIGGER, text, cs, a.start, True, trig_cache))
        if trig is None:
            trig = (_nearest_trigger(_TRADE_TRIGGER, text, a.end, ce, False, trig_cache)
                    or _nearest_trigger(_INVEST_TRIGGER, text, a.end, ce, False, trig_cache))
        if trig is None:
            t1 = _nearest_trigger(_TRADE_TRIGGER, text, start, a.start, True, trig_cache)
            t2 = _nearest_trigger(_INVEST_TRIGGER, text, start, a.start, True, trig_cache)
            trig = max((t for t in (t1, t2) if t), key=lambda t: t.start(), default=None)
        if trig is None and carried_metric is None:
            continue
        if (words is None or not _AID_WORDS.isdisjoint(words)) and _AID_AFTER.match(text, a.end, end):
            continue  # "a new £50 million package of support", "a $100 million loan": no trade or investment
        if not_trade_possible and (trig is not None and _not_trade(text, trig.end(), a.start)
                                   or _not_trade(text, max(start, a.start - 25), a.start)):
            continue
        if trig is None:
            # "It increased from R44-million ...": the previous sentence named the metric.
            family, metric = carried_metric
        else:
            family = "trade" if trig.re is _TRADE_TRIGGER else "investment"
            metric = _metric_of(trig)
        # "The comparison value (30.6 million)" belongs to the head figure's metric.
        period = _own_period(periods, a, text)
        comparison = period is not None and period.comparison
        if comparison and head_metric:
            family, metric = head_metric
        if family == "trade" and metric in ("exports", "imports"):
            metric = _kazakh_side(metric, text, start, trig.start() if trig else start,
                                  trig.end() if trig else start, currency)
        if family == "investment":
            metric = {"fdi": "fdi_gross_inflow", "stock": "investment_stock", "invest": "investment"}[metric]
        if head_metric is None:
            head_metric = (family, metric)
        fig = Figure(family, metric, a, currency, comparison=comparison)
        if period:
            fig.year, fig.months, fig.year_from, fig.year_to = period.year, period.months, period.year_from, period.year_to
            if comparison and figures and figures[0].year and _PREVIOUS_WORD.search(text, period.start, period.end):
                # "compared to the previous year" is the year before the head figure's, not before publication
                fig.year = figures[0].year - 1
        if family == "investment":
            outward = _FROM_KAZ.search(text, trig.start() if trig else start, a.start) and not _TO_KAZ.search(sentence)
            fig.direction = "from_kazakhstan" if outward else "into_kazakhstan"
            if fig.year_from is None and fig.year is not None and period and not period.months:
                fig.year_to = fig.year
        if is_target and not comparison and fig.year is None and not _before_goal(text, a, start, end, low):
            fig.kind = "target"
        elif is_target and _target_to(text, a):
            fig.kind = "target"
            if period and figures and period.start < figures[-1].amount.start:
                # "in 2024 trade amounted to $580 million and ... bring it to $1 billion": the year is the
                # actual figure's, a goal without its own year has none
                fig.year = fig.months = None
        figures.append(fig)
    _attach_changes(text, start, end, figures, breaks, low)
    return figures, False


def _before_goal(text: str, a: Amount, start: int, end: int, low: str) -> bool:
    """The amount comes before every goal word of its sentence and is no "to $X" of its own: the current
    value the goal is set against ("the current volume, around $180 million, ... raise it to $1 billion")."""
    if _target_to(text, a) or a.start - start < 3:
        return False
    head = low[:a.start - start]
    if len(head) != a.start - start or _TARGET_LOWER.search(head):
        return False
    after = low[a.end - start:a.end - start + 14]
    return not any(map(after.__contains__, ("target", "goal", "aim")))


def _target_to(text: str, a: Amount) -> bool:
    """"to $10 billion" in a sentence stating a goal, but not "amounted to $4.4 billion": an outcome."""
    return (bool(_TO_END.search(text[max(0, a.start - 5):a.start]))
            and not _OUTCOME_TO.search(text, max(0, a.start - 40), a.start))


def _own_period(periods: list[Period], a: Amount, text: str) -> Period | None:
    """The amount's own period: right after it ("$X in 2009"), or the nearest before it."""
    after = next((p for p in periods if p.start >= a.end and p.start - a.end <= 5), None)
    if after and not after.comparison and _IN_GAP.fullmatch(text, a.end, after.start):
        return after
    if after is None and (gap := _WHOLE_GAP.match(text, a.end)):
        whole = next((p for p in periods if p.start == gap.end()), None)
        if whole and not whole.comparison:
            return whole  # "$3.9 billion in the whole of 2021"
    before = [p for p in periods if p.end <= a.start]
    # a comparison period immediately followed by "(value)" names that value's period
    for p in reversed(before):
        if p.comparison:
            if _PAREN_GAP.fullmatch(text, p.end, a.start):
                return p
            continue
        return p
    later = [p for p in periods if p.start >= a.end and not p.comparison]
    return later[0] if later else None


def _kazakh_side(metric: str, text: str, sent_start: int, trig_start: int, trig_end: int, currency: str) -> str:
    """Turn a partner-side export/import into Kazakhstan's side."""
    flipped = {"exports": "imports", "imports": "exports"}[metric]
    around = text[trig_start:trig_end + 30]
    before = text[max(sent_start, trig_start - 30):trig_start]
    # (cheap necessary conditions first: each of these patterns names Kazakhstan / "Kazakh")
    kz_around = "Kazakhstan" in around
    if ("kazakh" in before.lower() and _KAZ_SUBJECT.search(before)) or (kz_around and _OF_KAZAKHSTAN.match(around)):
        return metric
    if metric == "exports" and kz_around and _TO_KAZAKHSTAN.search(around):
        return flipped
    if metric == "imports" and kz_around and _FROM_KAZAKHSTAN.search(around):
        return flipped
    if _PARTNER_BEFORE.search(before) and "Kazakh" not in before:
        # "Thailand's exports", "Georgian exports": the partner speaks
        codes = countries_in(text, max(sent_start, trig_start - 30), trig_start)  # (the release's cached mentions)
        if codes and codes[-1] != KAZ:
            return flipped
    if currency in _NATIONAL_CURRENCY:
        return flipped
    return metric


class _Shifted:
    """A match on a lowercased slice, with start()/end() in the full text's coordinates."""
    __slots__ = ("_m", "_offset")

    def __init__(self, m: re.Match, offset: int) -> None:
        self._m, self._offset = m, offset

    def start(self) -> int:
        return self._m.start() + self._offset

    def end(self) -> int:
        return self._m.end() + self._offset

    def group(self, *args):
        return self._m.group(*args)


def _attach_changes(text: str, start: int, end: int, figures: list[Figure],
                    breaks: list[tuple[int, int]] | None = None, low: str | None = None) -> None:
    """`low`: text[start:end].lower(), when the caller has it already."""
    candidates = [f for f in figures if not f.comparison]
    if not candidates:
        return
    if low is None:
        low = text[start:end].lower()
    if not any(map(low.__contains__, _PCT_KEYS)):
        return
    if len(low) == end - start:
        matches = [_Shifted(m, start) for m in _pct_lower_matches(low)]
    else:  # a character whose lowercase is longer would shift offsets
        matches = list(_PCT.finditer(text, start, end))
    for m in matches:
        cs, ce = _clause_bounds(text, start, end, m.start(), breaks)
        clause = text[cs:ce]
        in_clause_before = [f for f in candidates if cs <= f.amount.start < m.start()]
        in_clause_after = [f for f in candidates if m.end() <= f.amount.start < ce + 60 and
                           not _STOP_PUNCT.search(text, m.end(), f.amount.start)]
        if in_clause_before:
            target = in_clause_before[-1]
        elif in_clause_after:
            target = in_clause_after[0]
        else:
            before = [f for f in candidates if f.amount.end <= m.start() and not _inside_parens(text, start, f.amount.start)]
            if not before:
                continue
            target = before[-1]
        if target.change_pct is None:
            target.change_pct = _change_value(m, clause + text[max(start, m.start() - 30):m.start()])


# Every _PCT match holds one of these words; before it only a number ([+-], digits, [.,], spaces, "-") or a
# number word of at most 5 letters and spaces/hyphen.  Used to try the grammar only just before them.
_PCT_ANCHOR = re.compile(r"%|per|fold|times|doubled|tripled")


def _pct_number_char(ch: str) -> bool:
    return ch.isdecimal() or ch.isspace() or ch in ".,+-"


def _pct_lower_matches(low: str):
    """`_PCT_LOWER.finditer(low)`, the grammar tried only from just before each anchor word (same matches:
    a match starting before that point would hold an earlier anchor inside its number)."""
    anchors = [(a.start(), a.end()) for a in _PCT_ANCHOR.finditer(low)]
    pos, ai, n = 0, 0, len(anchors)
    while True:
        while ai < n and anchors[ai][1] <= pos:
            ai += 1
        if ai == n:
            return
        b = anchors[ai][0]
        while b > pos and _pct_number_char(low[b - 1]):
            b -= 1
        m = _PCT_LOWER.search(low, max(pos, b - 5))
        if m is None:
            return
        yield m
        pos = m.end()


def _inside_parens(text: str, start: int, pos: int) -> bool:
    segment = text[start:pos]
    return segment.count("(") > segment.count(")")


def to_number(value: Decimal) -> int | float:
    integral = value.to_integral_value()
    return int(integral) if value == integral else float(value)
