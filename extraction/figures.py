"""Trade and investment figures of one sentence: a money amount + the metric word governing it + its
period, qualifier and change, for trade or investment between Kazakhstan and a partner.

* metric  = the metric the amount is counted in ("4.2 million in exports"), else the metric word
  nearest before the amount in its clause ("exports 4.9 million"), else after it ("$250 million for
  export"), else before it in the sentence, else the previous sentence's when the sentence continues
  it ("It rose to ...");
  a value attached to a comparison period ("compared to the previous year (30.6 million)") takes the
  first figure's metric;
* period  = right after the amount ("$X in 2009"), else the nearest own period before it, else after;
* change  = "%", "N-fold", "N times", "doubled" attached to the nearest amount of its clause;
* kind    = target when the sentence states a goal for the amount ("to bring trade to $10 billion");
* exports/imports are Kazakhstan's: "Thailand's exports to Kazakhstan" are imports, and a figure in
  the partner's own currency is the partner's statistics.
A sentence about Kazakhstan's total foreign trade or trade within a bloc yields nothing.
The counterpart is decided by the release rules (release.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from itertools import pairwise

from .amounts import Amount
from .analysis import KAZ, SentenceAnalysis
from .dates import Period
from .text import DASHES

# A partner's own currency: figures in it are the partner's statistics (exports = its exports).
NATIONAL_CURRENCY = {"ZAR": "ZAF", "GBP": "GBR", "CNY": "CHN", "RUB": "RUS", "TRY": "TUR", "INR": "IND",
                     "JPY": "JPN", "KRW": "KOR", "CHF": "CHE", "AED": "ARE", "SAR": "SAU", "KGS": "KGZ",
                     "UZS": "UZB", "AZN": "AZE", "GEL": "GEO", "AMD": "ARM", "UAH": "UKR"}
_CLAUSE_BREAKS = frozenset(",;(")


@dataclass
class Figure:
    family: str  # trade | investment
    metric: str
    amount: Amount
    currency: str
    sentence_index: int
    counterpart: str | None = None
    countries: list[str] = field(default_factory=list)  # foreign countries the sentence names
    year: int | None = None
    months: tuple[int, int] | None = None
    year_from: int | None = None
    year_to: int | None = None
    change_pct: float | None = None
    kind: str = "actual"
    direction: str = "into_kazakhstan"
    comparison: bool = False
    period_stated: bool = False  # the sentence gave the figure its period
    bilateral: bool = False  # the sentence says whose trade it is by "bilateral", "between the two countries"
    same_period: bool = False  # set against "the same period of 2022": the months of the figure it is compared to

    @property
    def qualifier(self) -> str:
        """The amount's qualifier; but a goal of "up to $1 billion" is the goal itself, not a ceiling."""
        if self.kind == "target" and self.amount.qualifier == "less_than":
            return "exact"
        return self.amount.qualifier


def _clause(sa: SentenceAnalysis, pos: int) -> tuple[int, int]:
    """Token bounds of the clause around token `pos`."""
    toks = sa.tokens
    clause_words = sa.doc.pack.words.clause_word
    lo = 0
    for i in range(pos - 1, -1, -1):
        if toks[i].text in _CLAUSE_BREAKS or toks[i].key in clause_words:
            lo = i + 1
            break
    hi = len(toks)
    for i in range(pos, len(toks)):
        if toks[i].text in _CLAUSE_BREAKS or toks[i].key in clause_words:
            hi = i
            break
    return lo, hi


def head_metric(sa: SentenceAnalysis) -> tuple[str, str] | None:
    """The first trade metric a sentence names (for a next sentence that only says "It increased")."""
    ms = sa.layer("metric")
    return (ms[0].category, ms[0].value) if ms else None


def is_global(sa: SentenceAnalysis) -> bool:
    """Kazakhstan's total trade or trade among a group of countries, and no partner named."""
    toks = sa.tokens
    w = sa.doc.pack.words
    # "among the ten largest investors" ranks a partner; it names no group
    cues = [m for m in sa.layer("figure_cue") if m.category == "global" and
            not any(t.key in w.rank for t in toks[m.last:m.last + 3])]
    if not sa.foreign_countries and _bloc(sa):
        return True  # "mutual trade of the EAEU countries", "товарооборот стран ЕАЭС"
    if _region_group_before_any_country(sa) or _region_as_a_side(sa):
        return True  # "trade with African countries reached about $800 million", "trade between Kazakhstan and Africa"
    for i, t in enumerate(toks if not sa.keyset.isdisjoint(w.among) else ()):
        if t.key in w.among and any(
                x.text in w.states - w.members and toks[k - 1].kind == "word"
                and toks[k - 1].text[0].isupper() and not (k >= 2 and toks[k - 2].key in w.pair)
                for k, x in enumerate(toks[i + 1:i + 5], i + 1)):
            return True  # "trade between Central Asian countries", "among EAEU states" (not "the two EAEU countries")
    if not cues:
        return False
    if any(m.entry.phrase in ("foreign trade", "external trade") for m in cues) and \
            (sa.foreign_countries or sa.has("figure_cue", "bilateral")):
        return False
    # "the country's trade turnover with Kazakhstan": one partner's trade with it, not its total
    return not all(_with_a_country_after(sa, m.last) for m in cues)


# how many words after a word of a country's total trade its partner may be named ("the country's trade turnover
# with Kazakhstan")
_PARTNER_AFTER_REACH = 4


def _with_a_country_after(sa: SentenceAnalysis, k: int) -> bool:
    """A country named right after "with" a few words on from token `k`."""
    toks = sa.tokens
    w = sa.doc.pack.words
    return any(toks[j].key in w.with_ and any(x.first == j + 1 and x.is_country for x in sa.mentions)
               for j in range(k, min(k + _PARTNER_AFTER_REACH, len(toks))))


def _region_as_a_side(sa: SentenceAnalysis) -> bool:
    """A region of the world named as a side right after a word of trade and "between" or "with", and no foreign
    country there ("trade between Kazakhstan and Africa grew by 15%", «товарооборот между Казахстаном и Африкой»)."""
    w = sa.doc.pack.words
    toks = sa.tokens
    first_amount = min([a.first for a in sa.amounts] + [len(toks)])
    # (the word of trade the amount is of: the last before it, not "Finland's trade with Central Asia, with foreign
    # trade between the countries reaching $307.9 million")
    m = max((m for m in sa.layer("metric") if m.category == "trade" and m.last <= first_amount),
            key=lambda m: m.first, default=None)
    if m is None or m.last >= len(toks) or (toks[m.last].key not in w.between and toks[m.last].key not in w.with_):
        return False
    sides = [x for x in sa.mentions if m.last < x.first < min(m.last + _SIDES_REACH, first_amount)]
    return any(x.kind == "region" for x in sides) and not any(x.is_country and x.code != KAZ for x in sides)


# how far after "trade between" its two sides are named ("trade between the Republic of Kazakhstan and Africa")
_SIDES_REACH = 7
# how far after a word of trade a region's kind makes it the region's trade ("the trade turnover between Kazakhstan and
# Novgorod oblast", "товарооборот между регионами Казахстана и Астраханской областью")
_REGION_REACH = 8


def is_regional(sa: SentenceAnalysis) -> bool:
    """Trade or investment of a region (a province, an oblast) or a city, not of its country: a region's kind within a
    few words after a word of trade or investment, before any amount ("investments in Aktobe region"), the region
    named as the owner of the trade ("Minsk Oblast's trade with Kazakhstan"), or a city as one side of it ("turnover
    between Almaty and the U.S.")."""
    w = sa.doc.pack.words
    cities = {x.first for x in sa.mentions if x.kind == "city"}
    if sa.keyset.isdisjoint(w.subdivision) and not cities:
        return False
    toks = sa.tokens
    amounts = [a.first for a in sa.amounts]
    possessive = sa.doc.pack.possessive
    for m in sa.layer("metric"):
        if m.category not in ("trade", "investment"):
            continue
        if m.last + 1 < len(toks) and toks[m.last].key in w.between and (m.last + 1 in cities or (
                toks[m.last + 1].key in w.article and m.last + 2 in cities)):
            return True  # "turnover between Almaty and the U.S.": a city's trade
        if m.first >= 2 and toks[m.first - 1].key in possessive and toks[m.first - 2].key in w.subdivision:
            return True
        end = min([m.last + _REGION_REACH, len(toks)] + [a for a in amounts if a >= m.last])
        # "the region" alone is the area around ("the second largest trade partner of Kazakhstan in the region")
        if any(toks[k].key in w.subdivision and toks[k - 1].key not in w.definite for k in range(m.last, end)):
            return True
    return False


def _region_group_before_any_country(sa: SentenceAnalysis) -> bool:
    """A region's countries named before any amount and before any foreign country ("Kazakhstan's trade with
    African countries", "with the Central Asian states"): the group's trade, no partner's."""
    toks = sa.tokens
    states = sa.doc.pack.words.states
    first_amount = min([a.first for a in sa.amounts] + [len(toks)])
    first_country = min([x.first for x in sa.mentions if x.is_country and x.code != KAZ] + [len(toks)])
    return any(x.kind == "region" and x.last < len(toks) and toks[x.last].key in states
               and x.last < first_amount and x.first < first_country for x in sa.mentions)


def _bloc(sa: SentenceAnalysis) -> bool:
    """An organisation named with the word for its members beside it: "the EAEU countries", "SCO member
    states", "стран ЕАЭС"."""
    toks = sa.tokens
    states = sa.doc.pack.words.states
    for m in sa.mentions:
        if m.kind != "organisation" or m.first >= 1 and toks[m.first - 1].key in sa.doc.pack.words.pair:
            continue  # (but "the two EAEU countries" are a pair)
        if m.last < len(toks) and (toks[m.last].key in states or
                                   m.last + 1 < len(toks) and toks[m.last + 1].key in states):
            return True
        if m.first >= 1 and toks[m.first - 1].key in states:
            return True
    return False


def find_figures(sa: SentenceAnalysis, carried_metric: tuple[str, str] | None, global_trade: bool,
                 carried_currency: str | None = None) -> list[Figure]:
    """The figures of a sentence; `global_trade` is `is_global(sa)` (the caller needs it too: computed once);
    `carried_currency` is the currency of the sentence before's figures, for the amounts of a country's list written
    without one ("$330 billion was attracted. ... Switzerland — 25.8 billion, France — 16.1 billion")."""
    amounts = sa.amounts
    if not amounts or global_trade:
        return []
    amounts = _without_conversions(sa, amounts)
    if carried_metric is not None and not _continues_a_figure(sa):
        carried_metric = None
    toks = sa.tokens
    sentence_currency = next((a.currency for a in amounts if a.currency), None)
    metrics = sa.layer("metric")
    cues = sa.layer("figure_cue")
    not_trade = [m for m in cues if m.category == "not_trade"]
    targets = [m for m in cues if m.category == "target"]
    periods = sa.periods
    figures: list[Figure] = []
    first_metric: tuple[str, str] | None = None
    trader = _trader(sa)
    not_ours: list[Figure] = []
    for a in amounts:
        currency = a.currency or sentence_currency
        lo, hi = _clause(sa, a.first)
        if currency is None and carried_currency is not None and any(
                m.is_country and m.code != KAZ and lo <= m.first and m.last <= a.first for m in sa.mentions):
            currency = carried_currency  # (only for an amount its clause gives a country: one item of a list)
        if currency is None:
            continue
        if any(t.key in sa.doc.pack.words.hypothetical for t in toks[lo:a.first]) and not any(
                lo <= m.first < hi for m in targets):
            continue  # «имели бы товарооборот не в один миллиард»: what would be, neither a figure nor a goal set
        trig = _metric_right_after(sa, metrics, a) or _nearest(metrics, lo, a.first, before=True) \
            or _nearest(metrics, a.last, hi, before=False) or _nearest(metrics, 0, a.first, before=True)
        if trig is None and carried_metric is None:
            continue
        if trig is not None and trig.category == "trade" and _one_product(sa, trig):
            continue  # "agricultural trade ... to nearly $300 million", "exports of wheat": one product's trade
        # "a $100 million loan", "contracts worth $310 million": not trade or investment
        if any(m.first >= a.last and m.first - a.last <= (0 if m.value == "next" else 2) and
               not any(t.kind == "punct" for t in toks[a.last:m.first]) for m in not_trade):
            continue
        deal_from = trig.last if trig and trig.last <= a.first else lo  # (a metric after the amount: its clause)
        if any(deal_from <= m.first and m.last <= a.first and m.value != "next" for m in not_trade):
            continue
        if trig is not None:
            family, metric = trig.category, trig.value
        else:
            assert carried_metric is not None  # (no metric and none carried: skipped above)
            family, metric = carried_metric
        if family == "none":
            continue  # "the trade balance", "сальдо торговли": a measure, but none of ours
        period = _own_period(sa, periods, a)
        comparison = (period is not None and period.comparison) or (bool(figures) and _versus(sa, a, periods))
        if comparison and first_metric:
            family, metric = first_metric
        if family == "trade" and metric in ("exports", "imports"):
            metric = _kazakh_side(sa, metric, trig, currency)
        if first_metric is None:
            first_metric = (family, metric)
        countries = _partners(sa, a, lo, trader)
        if countries is None:
            # "trade between Kazakhstan and the EU amounted to $40 billion": no country's figure (but the change
            # stated with it is its own: "trade with Kyrgyzstan doubled and amounted to ...")
            not_ours.append(Figure(family, metric, a, currency, sa.index))
            continue
        f = Figure(family, metric, a, currency, sa.index, countries=countries, comparison=comparison,
                   bilateral=sa.has("figure_cue", "bilateral"))
        if period is not None:
            f.year, f.months, f.year_from, f.year_to = period.year, period.months, period.year_from, period.year_to
            f.period_stated = True
            if comparison and figures and figures[0].year and _previous_word(sa, period):
                # "compared to the previous year" is the year before the first figure's, not before publication
                f.year = figures[0].year - 1
            if comparison and period.months is None and any(
                    t.key in sa.doc.pack.words.same_period for t in sa.tokens[max(0, period.first - 4):period.first]):
                f.same_period = True
            if f.year is None and period.relative and not comparison:
                base = _year_of_the_same_period_before(sa, periods)
                if base is not None:
                    f.year = base + 1  # an undated release's "this year", set against "the same period of 2023"
        if family == "investment":
            f.direction = "from_kazakhstan" if _outward(sa, trig, a) else "into_kazakhstan"
            if f.year_from is None and f.year is not None and period is not None and not period.months:
                f.year_to = f.year
        if not comparison and (_in_the_future(sa, f) or targets and _is_target(sa, a, targets, figures)):
            if family == "investment":
                continue  # "plans to attract $1 billion of investment": investment figures are what was invested
            f.kind = "target"
            if period is not None and period.first < a.first and not _in_the_future(sa, f):
                f.year = f.months = None  # a goal has only the year stated with it ("$10 billion by 2030")
                f.period_stated = False
        if f.kind == "actual" and _size_of_a_change(sa, a):
            continue
        figures.append(f)
    _attach_changes(sa, sorted((f for f in figures + not_ours if not f.comparison), key=lambda f: f.amount.first))
    return _ranges(sa, figures)


# how many words after a word of trade (and its "of"/"in") may name the product traded ("exports of Kazakh wheat")
_PRODUCT_AFTER_REACH = 2


def _one_product(sa: SentenceAnalysis, metric) -> bool:
    """A word of trade qualified by a product: "agricultural trade", "oil and gas exports", "trade in services",
    "exports of Kazakh wheat", «экспорт пшеницы», «торговля сельскохозяйственной продукцией» — the trade in one
    product, not the bilateral total a figure of ours is."""
    toks = sa.tokens
    w = sa.doc.pack.words
    product = w.traded_product
    if metric.first >= 1 and toks[metric.first - 1].key in product:
        return True
    k = metric.last
    if k < len(toks) and toks[k].key in w.metric_after:
        k += 1
    return any(t.key in product for t in toks[k:k + _PRODUCT_AFTER_REACH] if t.kind == "word") and not any(
        t.kind != "word" for t in toks[k:k + 1])


def _year_of_the_same_period_before(sa: SentenceAnalysis, periods) -> int | None:
    """The year of "the same period of 2023", «аналогичным периодом 2023 года»: a figure set against the same months
    of a year stated is of the year after it."""
    same = sa.doc.pack.words.same_period
    return next((p.year for p in periods if p.comparison and p.year is not None and p.year_from is None and any(
        t.key in same for t in sa.tokens[max(0, p.first - 4):p.first])), None)


def _size_of_a_change(sa: SentenceAnalysis, a: Amount) -> bool:
    """"grew by $7.5 million", "rail - by $5.3 million", "увеличился на 8,3% или на 324,3 млн": how much a figure
    changed, not a figure (but a goal "to enhance trade by $1 billion" is the goal)."""
    toks = sa.tokens
    w = sa.doc.pack.words
    k = a.first - 1
    if k < 1 or toks[k].key not in w.change_by:
        return False
    before = toks[k - 1]
    return before.kind == "punct" or before.key in w.or_ or any(
        m.last == k and m.category in ("outcome", "decrease") for m in sa.layer("figure_cue"))


def _in_the_future(sa: SentenceAnalysis, f: Figure) -> bool:
    """A figure for a year after the release's ("to $10 billion by 2030", "до 10 млрд долларов к 2030 году")
    is a goal, whatever the verb.  (Only against a publication date: a release's first date may be history.)"""
    published = sa.doc.published
    year = f.year or f.year_to
    return published is not None and year is not None and year > published.year


def _trader(sa: SentenceAnalysis) -> str | None:
    """The foreign country whose trade the sentence's word of trade names ("Azerbaijan's trade turnover with
    Türkiye", "the trade turnover of Uzbekistan with", "товарооборот Азербайджана с Турцией"; not a pair:
    "the trade of Kazakhstan and Azerbaijan"), or None."""
    toks = sa.tokens
    w = sa.doc.pack.words
    possessive = sa.doc.pack.possessive
    for m in sa.layer("metric"):
        if m.category != "trade":
            continue
        for x in sa.mentions:
            if x.kind != "country" or x.last < len(toks) and (
                    toks[x.last].key in w.and_ or toks[x.last].text in DASHES):
                continue  # (a pair: "the trade of Kazakhstan and Azerbaijan")
            before = x.last < m.first <= x.last + 3 and toks[x.last].key in possessive
            after = x.first == m.last or x.first == m.last + 1 and toks[m.last].key in w.of
            if before or after:
                return x.code if x.code != KAZ else None
    return None


def _partners(sa: SentenceAnalysis, a: Amount, lo: int, trader: str | None) -> list[str] | None:
    """The foreign countries of the amount's sentence, the one named last in its clause before it first
    ("with Italy $14.6 billion, while with Germany it was $3.8 billion"); None when that clause names an
    organisation and no country ("between Kazakhstan and the EU ... $40 billion").  In a sentence on another
    country's trade (`trader`), a clause that names Kazakhstan is trade with that country, and one that names
    a third country is no trade of Kazakhstan's (None)."""
    toks = sa.tokens
    in_clause = [m for m in sa.mentions if lo <= m.first and m.last <= a.first]
    own = [m.code for m in in_clause if m.is_country and m.code != KAZ]
    if trader is not None:
        if any(m.code == KAZ for m in in_clause):
            return [trader]
        if any(c != trader for c in own):
            return None
    if own:
        return [own[-1]] + [c for c in sa.foreign_countries if c != own[-1]]
    w = sa.doc.pack.words
    if any(m.kind == "organisation" and toks[m.last].key not in w.states for m in in_clause):
        return None  # (an organisation, not its members: "the two EAEU countries" are countries)
    # "$1 billion, which is more compared to the trade with Azerbaijan": a country the amount is set against is no
    # partner of it (the partner is the one spoken of before)
    against = {m.code for m in sa.mentions if m.first >= a.last and any(
        t.key in w.versus or t.key in w.ranked_against for t in toks[a.last:m.first])}
    return [c for c in sa.foreign_countries if c not in against]


def _continues_a_figure(sa: SentenceAnalysis) -> bool:
    """A sentence that names no metric continues the previous sentence's figure when it refers back to it
    ("It increased to ...", "This figure is ..."), says what it came to ("In 2022 it made $5 million") or
    sets its goal ("The milestone of $10 billion was set"); "the parties agreed on a delivery of flour
    worth $4 million" does none of these: a deal."""
    return any(m.category in ("outcome", "target") for m in sa.layer("figure_cue")) or \
        not sa.keyset.isdisjoint(sa.doc.pack.words.figure_anaphor)


def _without_conversions(sa: SentenceAnalysis, amounts: list[Amount]) -> list[Amount]:
    """"8.5 billion dollars [773.4 billion roubles]", "500 billion tenge (about $1 billion)": an amount in
    another currency in brackets right after an amount restates it; of the two, the dollar one is the
    figure (the first when neither is in dollars)."""
    toks = sa.tokens
    out = list(amounts)
    for a, b in pairwise(amounts):
        gap = toks[a.last:b.first]
        if not gap or gap[0].text not in "([" or len(gap) > 4 or a.currency is None or b.currency is None \
                or a.currency == b.currency or any(t.kind == "num" for t in gap):
            continue
        if b.last < len(toks) and toks[b.last].text not in ")]":
            continue  # "(exports $5 million, imports ...)": a breakdown, not a conversion
        drop = a if b.currency == "USD" else b
        out = [x for x in out if x is not drop]
    return out


def _ranges(sa: SentenceAnalysis, figures: list[Figure]) -> list[Figure]:
    """"ranged from $2.5 billion to $6.5 billion per year", "$1-2 billion": a range, no figure; "would expand from $1
    billion now to $5 billion in 2030": the first is the current value, the second the goal."""
    toks = sa.tokens
    w = sa.doc.pack.words
    ranged = not sa.keyset.isdisjoint(w.ranged)
    out = list(figures)
    for a, b in pairwise(figures):
        gap = [t.key for t in toks[a.amount.last:b.amount.first]]
        if len(gap) == 1 and gap[0] in ("-", "–", "—"):
            out = [f for f in out if f is not a and f is not b]  # "by $1-2 billion": a range, no figure
            continue
        if a.amount.first < 1 or toks[a.amount.first - 1].key not in w.from_between:
            continue
        if not gap or gap[-1] not in w.to_and:
            continue
        if ranged and len(gap) <= 2:
            out = [f for f in out if f is not a and f is not b]
        elif a.kind == b.kind == "actual" and a.year is not None and a.year == b.year and a.months == b.months:
            # "Compared with 2017, trade in 2018 grew (from $197.8 million to $364.7 million)": the amount it grew
            # from is the year it is compared with; "rose from $45.2 million to $53.3 million in 2023", with no year to
            # compare with, the year before
            base = [p.year for p in sa.periods if p.comparison and p.year is not None and p.months is None]
            if len(set(base)) == 1 and base[0] < b.year:
                a.year = base[0]
            elif not base and a.months is None:
                a.year = b.year - 1
        elif b.kind == "target" and a.kind == "target":
            if a.period_stated and a.year == b.year and a.months == b.months:
                a.year, a.months, a.period_stated = None, None, False  # "in 2030" is the goal's year
            if not a.period_stated:
                a.kind = "actual"
    return out


def _metric_right_after(sa: SentenceAnalysis, metrics, a: Amount):
    """"4.2 million in export and 22.1 million in import", "$5 billion of investment": the metric the
    amount is counted in, right after it, over the metric of the clause before."""
    toks = sa.tokens
    if a.last >= len(toks) or toks[a.last].key not in sa.doc.pack.words.metric_after:
        return None
    for m in metrics:
        if a.last < m.first <= a.last + 3:
            between = toks[a.last + 1:m.first]
            if all(t.kind == "word" and t.key not in sa.doc.pack.words.article for t in between):
                return m  # (a word or two between: "in Kazakh exports"; but "in a trade mission" is no metric)
            return None
    return None


def _nearest(matches, lo: int, hi: int, before: bool):
    inside = [m for m in matches if m.first >= lo and m.last <= hi]
    if not inside:
        return None
    return inside[-1] if before else inside[0]


def _own_period(sa: SentenceAnalysis, periods: list[Period], a: Amount) -> Period | None:
    """The amount's own period: right after it ("$X in 2009"), or the nearest before it."""
    toks = sa.tokens
    w = sa.doc.pack.words
    fillers = w.period_filler
    for p in periods:
        if p.first >= a.last and p.first - a.last <= 5 and all(
                t.key in fillers or (p.comparison and t.key in w.same_period or t.key in w.period_word)
                for t in toks[a.last:p.first]):
            # "$470 million in the whole of 2023", "$10 billion by 2030", and a comparison's own: "($1.4 billion
            # over the same period of 2022)"
            return p
    before = [p for p in periods if p.last <= a.first]
    for p in reversed(before):
        if p.comparison:
            between = toks[p.last:a.first]
            if all(t.text in "(–—-:" or t.key in w.figure_noun for t in between):
                return p  # "compared to 2021 (30.6 million)", "compared to the 2022 figures ($770.2 million)"
            continue
        return p
    later = [p for p in periods if p.first >= a.last and not p.comparison]
    return later[0] if later else None


def _versus(sa: SentenceAnalysis, a: Amount, periods: list[Period]) -> bool:
    """"$355 million in the first seven months, a surge of 328% versus $200 million in all of 2022": an
    amount set against the one before it is the base of the comparison (its own figure, but not the one the
    change is of).  Nothing but words may stand between: "compared to 2022, and exports $3 billion" is not."""
    toks = sa.tokens
    versus = sa.doc.pack.words.versus
    if sa.keyset.isdisjoint(versus):
        return False
    for k in range(a.first - 1, max(-1, a.first - 8), -1):
        if toks[k].key in versus:
            return not any(p.first >= k and p.last <= a.first for p in periods)
        if toks[k].kind != "word" or toks[k].key in sa.doc.pack.words.and_:
            return False
    return False


def _previous_word(sa: SentenceAnalysis, p: Period) -> bool:
    previous = sa.doc.pack.words.previous
    return any(t.key in previous for t in sa.tokens[max(0, p.first - 3):p.last])


def _kazakh_side(sa: SentenceAnalysis, metric: str, trig, currency: str) -> str:
    """A partner-side export or import turned into Kazakhstan's side."""
    if trig is None:
        return metric
    flipped = {"exports": "imports", "imports": "exports"}[metric]
    toks = sa.tokens
    w = sa.doc.pack.words
    after_keys = [t.key for t in toks[trig.last:trig.last + 6]]
    # "Kazakhstan's import to Azerbaijan", "import from Kazakhstan to Uzbekistan": what the partner takes in is
    # what Kazakhstan sends (whoever is named before the word)
    if metric == "imports" and any(
            m.is_country and m.code != KAZ and trig.last < m.first <= trig.last + 5 and m.first >= 1
            and toks[m.first - 1].key in w.towards for m in sa.mentions):
        return flipped
    # "Kazakhstan's exports", "Kazakh exports", "exports of Kazakhstan": Kazakhstan speaks
    if any(m.code == KAZ and m.last >= trig.first - 3 and m.last <= trig.first for m in sa.mentions):
        return metric
    if after_keys[:1] and after_keys[0] in w.of and any(
            m.code == KAZ and trig.last < m.first <= trig.last + 3 and
            all(t.key in w.article for t in toks[trig.last + 1:m.first]) for m in sa.mentions):
        return metric  # (but not "exports of machinery to Kazakhstan")
    kaz_after = [m for m in sa.mentions if m.code == KAZ and trig.last <= m.first <= trig.last + 5]
    if kaz_after:
        prep = toks[kaz_after[0].first - 1].key if kaz_after[0].first >= 1 else ""
        if metric == "exports" and prep in w.towards:
            return flipped  # "exports to Kazakhstan": the partner's exports
        if metric == "imports" and prep in w.from_:
            return flipped
        if metric == "imports" and prep in w.towards or metric == "exports" and prep in w.from_:
            return metric  # "Hungarian imports to Kazakhstan": what Kazakhstan imports
    # (but not a country that ends the clause before: "exported $1.4 billion to Poland and imported $900 million")
    partner_before = [m for m in sa.mentions if m.is_country and m.code != KAZ and trig.first - 3 <= m.last <= trig.first
                      and not any(t.key in w.and_ or t.text == "," for t in toks[m.last:trig.first])]
    if partner_before and not any(m.code == KAZ and trig.first - 4 <= m.first < trig.first for m in sa.mentions):
        return flipped  # "Thailand's exports", "Georgian exports"
    if currency in NATIONAL_CURRENCY:
        return flipped
    return metric


def _outward(sa: SentenceAnalysis, trig, a: Amount) -> bool:
    """Investment from Kazakhstan ("Kazakhstan's investments in Georgia", "from Kazakhstan to ...")."""
    toks = sa.tokens
    w = sa.doc.pack.words
    lo = trig.first if trig is not None else 0
    keys = [t.key for t in toks]
    kaz_last = {m.last for m in sa.mentions if m.code == KAZ and m.kind == "demonym"}
    # (a country, not a city: "the minister said in Astana" says nothing of where the money goes)
    to_kaz = any(m.code == KAZ and m.is_country and m.first >= 1 and keys[m.first - 1] in w.into for m in sa.mentions) \
        or any(k in w.economy and i in kaz_last for i, k in enumerate(keys))
    from_kaz = any(m.code == KAZ and m.first >= 1 and keys[m.first - 1] in w.from_ and lo <= m.first <= a.first
                   for m in sa.mentions)
    # "Kazakhstan's investments", or the owner right after the word in a language that puts it there
    # ("инвестиции Казахстана", "инвестиций казахстанских компаний")
    kaz_owner = any(m.code == KAZ and trig is not None and (
        trig.first - 3 <= m.last <= trig.first and all(t.kind == "word" for t in toks[m.last:trig.first])
        or m.first == trig.last) for m in sa.mentions)
    return (from_kaz or kaz_owner) and not to_kaz


def _is_target(sa: SentenceAnalysis, a: Amount, targets, figures: list[Figure]) -> bool:
    """The sentence states a goal, and this amount is the goal: after a goal word, or "to $X" after a
    word of increase; not an outcome ("amounted to $4.4 billion") nor the current value the goal is set
    against ("the current volume, around $180 million, ... raise it to $1 billion")."""
    toks = sa.tokens
    outcome_before = [m for m in sa.layer("figure_cue") if m.category == "outcome" and m.last <= a.first
                      and a.first - m.last <= 4]
    goal_before = [m for m in targets if m.last <= a.first]
    if outcome_before and not goal_before:
        return False
    if goal_before:
        nearest_goal = goal_before[-1]
        w = sa.doc.pack.words
        before = toks[max(nearest_goal.last, a.first - 3):a.first]
        while before and any(t.kind == "punct" for t in before):
            before = before[1:]  # (within the amount's own clause: not "..., which is $120 million today, to $1 billion")
        if any(t.key in w.current_value for t in before) or any(
                t.key in w.current_value for t in toks[a.last:a.last + 2]):
            return False  # "to boost our trade, which is currently around $120 million", "$120 million today"
        if any(toks[k].key in w.from_ and all(t.kind == "word" for t in toks[k:a.first])
               for k in range(max(nearest_goal.last, a.first - 4), a.first)):
            return False  # "set to increase trade from the level of $1 billion reached in 2017": where it starts
        lead_from = max(0, nearest_goal.first - 5)
        if nearest_goal.entry.phrase.startswith("to ") and any(
                (m.category == "change" or m.category == "outcome" and nearest_goal.value == "result")
                and lead_from <= m.first < nearest_goal.first for m in sa.layer("figure_cue")):
            return False  # "increasing by 23.1% to reach $53 million", "has grown steadily to reach": an outcome
        if outcome_before and outcome_before[-1].first > nearest_goal.last:
            gap = toks[nearest_goal.last:outcome_before[-1].first]
            if len(gap) > 2 or any(t.kind == "punct" for t in gap):
                return False  # "the goal ... was set; trade amounted to $X" (but "a goal of reaching $X")
        return True
    # a goal word only after the amount: "$10 billion is the target", "to $2 billion in the medium term"
    after = [m for m in targets if m.first >= a.last and m.first - a.last <= 4
             and not any(t.text in ",;" for t in toks[a.last:m.first])]  # (not "$X in 2023, and proposed ...")
    if after:
        return True
    return False


def _attach_changes(sa: SentenceAnalysis, figures: list[Figure]) -> None:
    """"(+48.1%)", "an increase of 30.4 percent", "69.2 percent higher", "grew 2.5-fold", "doubled"."""
    if not figures:
        return
    toks = sa.tokens
    changes = [m for m in sa.layer("figure_cue") if m.category == "change"]
    for m in changes:
        kind = m.value
        if kind in ("pct", "fold"):
            k = m.first - 1
            if k >= 0 and toks[k].text in "-" and not toks[k].space_before and m.value == "fold":
                k -= 1
            if k < 0 or toks[k].kind != "num":
                word = _number_word(sa, k)
                if word is None:
                    continue
                n = Decimal(word)
                num_first = k
            else:
                parsed = sa.doc.pack.parse_number(toks[k].text)
                if parsed is None:
                    continue
                n = parsed
                num_first = k
            sign = -1 if _minus(sa, num_first) else 1
            value = float(n) * sign if kind == "pct" else round((float(n) - 1) * 100, 4)
        else:
            num_first = m.first
            value = 100.0 if kind == "double" else 200.0
        lo, hi = _clause(sa, num_first)
        before = [f for f in figures if lo <= f.amount.first < num_first]
        after = [f for f in figures if m.last <= f.amount.first < hi + 12 and
                 not any(t.text in ";." for t in toks[m.last:f.amount.first])]
        if before:
            target = before[-1]
        elif after:
            target = after[0]
        else:
            prior = [f for f in figures if f.amount.last <= num_first and not _inside_parens(sa, f.amount.first)]
            if not prior:
                continue
            target = prior[-1]
        if target.change_pct is None:
            if kind == "pct" and value > 0 and _decrease(sa, lo, hi, num_first):
                value = -value
            target.change_pct = value


def _minus(sa: SentenceAnalysis, num_first: int) -> bool:
    """"(-50,3%)": a minus sign glued to the number."""
    toks = sa.tokens
    return num_first >= 1 and toks[num_first - 1].text in "-–" and not toks[num_first].space_before


def _decrease(sa: SentenceAnalysis, lo: int, hi: int, pos: int) -> bool:
    window_lo = min(lo, max(0, pos - 6))
    return any(m.category == "decrease" and window_lo <= m.first < hi for m in sa.layer("figure_cue"))


def _number_word(sa: SentenceAnalysis, k: int) -> int | None:
    if k < 0:
        return None
    for m in sa.layer("time"):
        if m.category == "number_word" and m.last == k + 1:
            return int(m.value)
    return None


def _inside_parens(sa: SentenceAnalysis, pos: int) -> bool:
    opened = sum(1 for t in sa.tokens[:pos] if t.text == "(") - sum(1 for t in sa.tokens[:pos] if t.text == ")")
    return opened > 0
