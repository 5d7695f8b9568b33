"""`extract(text, ...)`: one press release in, facts out (the contract in docs/CONTRACTS.md).

Pure: no I/O, no network, no models.  Sentences are processed in order, each
by the event tracker, the agreement finder and the figure finder; counterparts
are then the union of the foreign parties of all facts.
"""
from __future__ import annotations

import datetime as dt
import re

from .agreements import find_agreements
from .countries import KAZ, countries_in, find_mentions
from .dates import parse_iso_date
from .events import Event, EventTracker, direction_of, plover_and_cameo
from .figures import Figure, extract_figures, sentence_metric, to_number
from .money import may_hold_amount
from .people import Person, find_people
from .sentences import Sentence, sentence_words, split_sentences
from .version import EXTRACTOR_VERSION

_EVIDENCE_MAX = 300
# No prose sentence is this long: a longer run without a boundary is a table, a dump or an attack,
# and the per-sentence grammars (quadratic in the worst case) are not run on it.
_MAX_SENTENCE_CHARS = 3000
# A release from the Kazakh side: it names the country, or (Akorda, the PM's site) the President or the capital.
_FOREIGN_TRADE_PERSPECTIVE = re.compile(r"\b(?:Kazakh|Kazakhstan|Qazaq|Tokayev|Tokaev|Astana|Akorda)")
_GATHERING_REF = re.compile(r"\b(?:summit|session|Council|ministerial|conference|forum)\b")
_BILATERAL_CUE = re.compile(r"\b(?:bilateral|mutual|between\s+the\s+(?:two\s+)?countries)\b", re.IGNORECASE)


def _provenance(sentence_index: int, start: int, end: int, text: str) -> dict:
    evidence = text[start:end]
    if len(evidence) > _EVIDENCE_MAX:
        evidence = evidence[:_EVIDENCE_MAX - 1] + "…"
    return {"sentence_index": sentence_index, "char_start": start, "char_end": end,
            "evidence": evidence, "extractor_version": EXTRACTOR_VERSION}


def _participant(p: Person) -> dict:
    return {"name": p.name, "title": p.title, "country": p.country}


def _event_dict(e: Event, text: str) -> dict:
    direction = direction_of(e)
    category, mode, cameo = plover_and_cameo(e, direction)
    return {
        "type": e.type,
        "date": e.date.isoformat() if e.date else None,
        "is_subject": e.is_subject,
        "counterpart": e.counterpart,
        "location_city": e.city,
        "participants": [_participant(p) for p in e.participants],
        "status": e.status,
        "direction": direction,
        "plover_category": category,
        "plover_mode": mode,
        "cameo_code": cameo,
        "provenance": _provenance(e.sentence_index, e.start, e.end, text),
    }


def _figure_dict(f: Figure, index: int, text: str) -> dict:
    value = to_number(f.amount.value)
    common = {
        "counterpart": f.counterpart,
        "metric": f.metric,
        "value_usd": value if f.currency == "USD" else None,
        "value": value,
        "currency": f.currency,
        "qualifier": f.amount.qualifier,
    }
    if f.family == "trade":
        common.update({"year": f.year, "months": list(f.months) if f.months else None,
                       "change_pct": f.change_pct, "kind": f.kind})
    else:
        common.update({"direction": f.direction, "year_from": f.year_from, "year_to": f.year_to})
    common["provenance"] = _provenance(index, f.amount.start, f.amount.end, text)
    return common


def _main_foreign(text: str, events: list[Event]) -> str | None:
    """The release's partner: the first subject contact's, else the most named foreign country."""
    for e in events:
        if e.is_subject and e.counterpart:
            return e.counterpart
    if any(e.is_subject and e.type == "summit" for e in events):
        # a release about a multilateral gathering: a country it names is a participant, not a partner
        return None
    counts: dict[str, int] = {}
    for m in find_mentions(text):
        if m.code and m.code != KAZ and m.kind != "city":
            counts[m.code] = counts.get(m.code, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda c: counts[c])
    return best if counts[best] >= 2 else None


def _gathering_before(events: list[Event], index: int) -> bool:
    """The contact last reported up to sentence `index` is a multilateral gathering."""
    last = None
    for e in events:
        if e.sentence_index <= index and (last is None or e.sentence_index >= last.sentence_index):
            last = e
    return last is not None and last.type == "summit" and last.status == "held"


def extract(text: str, published: str | dt.date | None = None, title: str | None = None,
            language: str = "en") -> dict:
    """Facts of one release.  `published` (ISO date) anchors "today", "last year", "on Tuesday"."""
    text = text if isinstance(text, str) else ""
    pub = published if isinstance(published, dt.date) else parse_iso_date(published)
    result = {"counterparts": [], "events": [], "agreements": [], "trade_figures": [],
              "investment_figures": [], "extractor_version": EXTRACTOR_VERSION}
    if language not in ("en", None, "") or not text.strip():
        # Only English grammars exist yet; other languages yield no facts rather than wrong ones.
        return result
    sentences = split_sentences(text)
    kazakh_release = bool(_FOREIGN_TRADE_PERSPECTIVE.search(text))
    tracker = EventTracker(text, pub)
    known: dict[str, Person] = {}
    raw_agreements: list[tuple[Sentence, object, list[str], bool]] = []
    raw_figures: list[tuple[Sentence, Figure, list[str]]] = []
    previous_signed = False
    global_trade = False
    last_foreign: list[str] = []
    previous_period: tuple | None = None  # (year, months) of the last sentence's actual trade figures
    previous: Sentence | None = None  # the last sentence processed: its metric serves a next one naming none
    for s in sentences:
        if s.end - s.start > _MAX_SENTENCE_CHARS:
            continue
        mentions = find_mentions(text, s.start, s.end)
        words = sentence_words(s.text)  # (None for a sentence that is not ASCII)
        # a sentence starts after whitespace (or at 0), where no mention can start: the span one
        # character earlier that find_people looks at holds the same mentions
        people = find_people(text, s.start, s.end, known,
                             mentions if s.start == 0 or text[s.start - 1].isspace() else None)
        for p in people:
            known.setdefault(p.surname, p)
        tracker.feed(s.index, s.start, s.end, people, mentions, words)
        here = (list(dict.fromkeys(m.code for m in mentions if m.code and m.kind != "city" and m.code != KAZ))
                if mentions else [])
        found = find_agreements(text, s.start, s.end, previous_signed, words)
        previous_signed = bool(found) and any(a.status == "signed" for a in found)
        if found:
            venue = [c for c in countries_in(text, s.start, s.end, with_cities=True) if c != KAZ]
            for a in found:
                raw_agreements.append((s, a, here or venue, not here))
        # the previous sentence's metric matters only to a sentence that may hold an amount
        may_hold = may_hold_amount(text, s.start, s.end)
        carried_metric = (sentence_metric(text, previous.start, previous.end)
                          if previous is not None and may_hold else None)
        figures, is_global = extract_figures(text, s.start, s.end, pub, carried_metric, may_hold, words)
        previous = s
        if is_global:
            global_trade = True
        elif global_trade and (here or _BILATERAL_CUE.search(s.text)):
            global_trade = False
        if kazakh_release and not global_trade:
            for f in figures:
                if (f.family == "trade" and f.year is None and f.months is None and f.kind == "actual"
                        and not f.comparison and previous_period is not None):
                    # "... reached $43.8bn in 2024. Exports totalled $15.3bn ...": the period runs on
                    f.year, f.months = previous_period
                raw_figures.append((s, f, here or last_foreign))
        previous_period = next(((f.year, f.months) for f in figures
                                if f.family == "trade" and f.kind == "actual" and f.year is not None and not f.comparison),
                               previous_period if figures and all(f.comparison for f in figures) else None)
        if here:
            last_foreign = here

    events = tracker.events
    main = _main_foreign(text, events)
    held_gathering = any(e.type == "summit" and e.status == "held" and e.is_subject for e in events)
    for s, a, countries, venue_only in raw_agreements:
        counterpart = countries[0] if countries else main
        if venue_only and held_gathering and _GATHERING_REF.search(s.text):
            # "Following the session, the Council adopted the Yaoundé Declaration": a document of the gathering
            # the release reports; its venue is no party
            counterpart = None
        if a.organisation_party or (not countries and _gathering_before(events, s.index)):
            # "between Kazakhstan and the EU"; "Following the summit, the leaders signed a Statement ...":
            # a document with an organisation or of a multilateral gathering has no country counterpart
            counterpart = None
        for _ in range(a.count):
            result["agreements"].append({
                "type": a.type, "status": a.status, "counterpart": counterpart, "title": a.title,
                "title_keywords": list(a.keywords), "field": a.field,
                "provenance": _provenance(s.index, a.start, a.end, text),
            })
    for s, f, countries in raw_figures:
        f.counterpart = countries[0] if countries else main
        if f.counterpart is None:
            continue
        key = "trade_figures" if f.family == "trade" else "investment_figures"
        result[key].append(_figure_dict(f, s.index, text))
    result["events"] = [_event_dict(e, text) for e in events]

    counterparts: list[str] = []
    for e in events:
        if e.counterpart and e.type != "summit":
            counterparts.append(e.counterpart)
    for key in ("agreements", "trade_figures", "investment_figures"):
        counterparts.extend(x["counterpart"] for x in result[key] if x["counterpart"])
    result["counterparts"] = sorted({c for c in counterparts if c != KAZ})
    return result
