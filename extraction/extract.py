"""`extract(text, published, language)`: one press release in, facts out (the contract in
docs/CONTRACTS.md, "Extraction").

Pure: no I/O, no network, no model downloads.  The language pack gives the words; the analysis
reads each sentence once; the finders and the release rules (release.py) decide the facts; this
module writes them in the contract's shape, each with its provenance.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from .analysis import KAZ, analyse
from .contacts import Contact, direction_of, plover_and_cameo
from .lang import pack_for
from .release import read_release
from .version import EXTRACTOR_VERSION

_EVIDENCE_MAX = 300


def parse_iso_date(value) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _provenance(sentence_index: int, start: int, end: int, text: str) -> dict:
    evidence = text[start:end]
    if len(evidence) > _EVIDENCE_MAX:
        evidence = evidence[:_EVIDENCE_MAX - 1] + "…"
    return {"sentence_index": sentence_index, "char_start": start, "char_end": end,
            "evidence": evidence, "extractor_version": EXTRACTOR_VERSION}


def _number(value: Decimal) -> int | float:
    integral = value.to_integral_value()
    return int(integral) if value == integral else float(value)


def _event(c: Contact, text: str) -> dict:
    direction = direction_of(c)
    category, mode, cameo = plover_and_cameo(c, direction)
    return {
        "type": c.type,
        "date": c.date.isoformat() if c.date else None,
        "is_subject": c.is_subject,
        "counterpart": c.counterpart,
        "location_city": c.city,
        "participants": [{"name": p.name, "title": p.title, "country": p.country} for p in c.participants],
        "status": c.status,
        "direction": direction,
        "plover_category": category,
        "plover_mode": mode,
        "cameo_code": cameo,
        "provenance": _provenance(c.sentence_index, c.start, c.end, text),
    }


def empty_result() -> dict:
    return {"counterparts": [], "events": [], "agreements": [], "trade_figures": [],
            "investment_figures": [], "extractor_version": EXTRACTOR_VERSION}


def extract(text: str, published: str | dt.date | None = None, language: str | None = "en") -> dict:
    """Facts of one release.  `published` (ISO date) anchors "today", "last year", "on Tuesday";
    `language` picks the language pack ("en", "ru"); a language without one yields no facts."""
    result = empty_result()
    pack = pack_for(language)
    if pack is None or not isinstance(text, str) or not text.strip():
        return result
    doc = analyse(text, parse_iso_date(published), pack)
    release = read_release(doc)
    result["events"] = [_event(c, text) for c in release.contacts]
    for a in release.agreements:
        for _ in range(a.count):
            result["agreements"].append({
                "type": a.type, "status": a.status, "counterpart": a.counterpart, "title": a.title,
                "title_keywords": list(a.keywords), "field": a.field,
                "provenance": _provenance(a.sentence_index, a.start, a.end, text),
            })
    for f in release.figures:
        value = _number(f.amount.value)
        fact: dict[str, object] = {"counterpart": f.counterpart, "metric": f.metric,
                "value_usd": value if f.currency == "USD" else None, "value": value,
                "currency": f.currency, "qualifier": f.qualifier}
        if f.family == "trade":
            fact.update({"year": f.year, "months": list(f.months) if f.months else None,
                         "change_pct": f.change_pct, "kind": f.kind})
        else:
            fact.update({"direction": f.direction, "year_from": f.year_from, "year_to": f.year_to})
        fact["provenance"] = _provenance(f.sentence_index, f.amount.start, f.amount.end, text)
        result["trade_figures" if f.family == "trade" else "investment_figures"].append(fact)
    counterparts = [c.counterpart for c in release.contacts if c.counterpart and c.type != "summit"]
    for key in ("agreements", "trade_figures", "investment_figures"):
        counterparts.extend(x["counterpart"] for x in result[key] if x["counterpart"])
    result["counterparts"] = sorted({c for c in counterparts if c != KAZ})
    # Each sentence's analysis points back at the document, which lists the sentences: cut that cycle, so
    # the whole analysis is freed here by reference counting instead of piling up for the cyclic garbage
    # collector (which then walks it, and every other live object, again and again).
    doc.sentences.clear()
    return result
