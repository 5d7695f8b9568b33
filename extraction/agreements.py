"""Agreements: a document noun ("Memorandum of Understanding on ...", "Joint Action Plan",
"intergovernmental agreement on air services") plus a status cue in its sentence.

Status: planned ("planned for signing", "to be signed") is checked before signed
("signed", "adopted", "the signing of"), then discussed ("discussed", "explore").
No cue, no fact: "the Agreement on the JCPOA was noted" is a mention, not news.
Generic plurals ("draft agreements", "13 treaties") are not facts; a counted
plural ("Six new Memoranda") is that many facts.  "The Memorandum provides ..."
refers back to one already found.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_NOUN = re.compile(
    r"\b(?:(?P<count>(?i:two|three|four|five|six|seven|eight|nine|ten)|\d{1,2})\s+)?(?:new\s+)?"
    r"(?P<mods>(?:(?:[A-Z][\w\-’']*|(?i:intergovernmental|interagency|bilateral|joint|comprehensive|strategic|final|"
    r"air\s+services|air\s+communication|visa[\s-]free|visa|free\s+trade|extradition|readmission|investment\s+protection))\s+){0,6})"
    r"(?P<noun>(?i:Memorand(?:um|a)(?:\s+of\s+Understanding)?|MoUs?|Agreements?|Protocols?|Treat(?:y|ies)|Declarations?|"
    r"Programmes?|Programs?|Road\s?maps?|Action\s+Plans?|Plans?\s+of\s+(?:Action|Consultations|Joint\s+Actions|Measures)|Contracts?|Conventions?|Joint\s+Statements?|"
    r"Communiqu[eé]s?|Charters?|arrangements?|minutes(?=\s+of\s+the\s+(?:\w+\s+){0,3}(?:session|meeting)))|Initiatives?|Statements?|"
    r"Strateg(?:y|ies))\b"
)
_COMPLEMENT = re.compile(r"\s+(?:on|of|between|for|in\s+the\s+field\s+of|in\s+the\s+fields\s+of|until|to\s+\d{4})\b[^.;]{0,160}?"
                         r"(?=,\s+(?:which|as\s+well|and\s+(?:a|an|the)\b|while|whereas|but|although|[a-z]+ing\b)|\s+and\s+(?:a|an)\s|"
                         r"\s+and\s+(?:considered|discussed|agreed|noted|stressed|emphasi[sz]ed|expressed|reviewed|exchanged|"
                         r"welcomed|called|reaffirmed|confirmed|highlighted|decided)\b|\s+(?:was|were|is|are|has|have|will|planned|signed|which)\b|[.;:]|$)",
                         re.IGNORECASE)
_PLANNED = re.compile(r"\b(?:planned\s+for\s+signing|to\s+be\s+signed|will\s+(?:be\s+)?sign\w*|plan\w*\s+to\s+sign|intend\w*\s+to\s+sign|"
                      r"agreed\s+to\s+sign|expected\s+to\s+(?:be\s+)?sign\w*|prepar\w+|draft|to\s+conclude|upcoming\s+signing|"
                      r"ready\s+to\s+sign|readiness\s+to\s+sign|for\s+signing|to\s+sign)\b", re.IGNORECASE)
# More planned cues, tried only when one of _PLANNED_EXTRA_KEYS is in the sentence: "procedures for its signing",
# "the early signing of", "expected to result in the signing", "are expected to adopt"
_PLANNED_EXTRA = re.compile(r"\b(?:for\s+(?:its|their)\s+(?:early\s+|speedy\s+)?signing|(?:early|speedy|swift|prompt|soonest)\s+signing|"
                            r"towards?\s+(?:the\s+)?signing|expected\s+to\s+(?:\w+\s+){1,3}(?:the\s+)?signing|"
                            r"(?:expected|due|set)\s+to\s+(?:be\s+)?adopt\w*|will\s+(?:be\s+)?adopt\w*)\b", re.IGNORECASE)
_PLANNED_EXTRA_KEYS = ("its signing", "their signing", "early signing", "speedy signing", "swift signing", "prompt signing",
                       "soonest signing", "toward", "expected to", "adopt")
_SIGNED = re.compile(r"\b(?:signed|signing|adopted|approved|concluded|inked|ratified|entered\s+into\s+force|in\s+force|anniversary|"
                     r"exchanged\s+the\s+instruments|entry\s+into\s+force)\b", re.IGNORECASE)
_DISCUSSED = re.compile(r"\b(?:discuss\w*|explor\w*|consider\w*|review\w*|negotiat\w*|work(?:ing)?\s+on|elaborat\w*|"
                        r"finali[sz]\w*|agreed\s+to\s+develop|proposed)\b", re.IGNORECASE)
_VIEWS = re.compile(r"\bexchang\w*\s+(?:of\s+)?views\b", re.IGNORECASE)  # "exchanged views on the draft ...": discussed
# Every alternative of _PLANNED / _SIGNED / _DISCUSSED contains one of these (lowercase) substrings.
_PLANNED_KEYS = ("plann", "sign", "prepar", "draft", "conclude", "for signing", "plan")
_SIGNED_KEYS = ("sign", "adopted", "approved", "concluded", "inked", "ratified", "force", "anniversary", "instruments")
_DISCUSSED_KEYS = ("discuss", "explor", "consider", "review", "negotiat", "work", "elaborat", "finali", "develop",
                   "proposed")
# Every alternative of _NOUN's noun group contains one of these (lowercase) substrings.
_NOUN_KEYS = ("memorand", "agreement", "protocol", "treat", "declaration", "program", "road", "plan",
              "contract", "convention", "statement", "communiq", "charter", "arrangement", "minutes", "strateg")
_MOU = re.compile(r"\bmous?\b")  # "MoU" is a word, not the "mou" of "amounted"
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_TYPES = [
    ("memorandum", r"memorand|mou"), ("action_plan", r"action\s+plan|plan\s+of\s+(?:action|consultations|joint\s+actions|measures)"), ("roadmap", r"road\s?map"),
    ("protocol", r"protocol|minutes"), ("treaty", r"treat"), ("programme", r"strateg"), ("declaration", r"declaration|statement|communiqu"),
    ("programme", r"program"), ("contract", r"contract"), ("agreement", r"agreement|arrangement|convention|charter"),
]
_FIELDS = [
    ("economic", r"trade|econom|invest|financ|custom|tax|business|industr|commerc"),
    ("education", r"educat|universit|student|academic|scien|research"),
    ("legal", r"legal|criminal|extradit|justice|law\b|judicial|intellectual\s+property"),
    ("transport", r"air\s+services|railway|transport|logistic|aviation|connectivity|transit"),
    ("energy", r"energy|gas\b|oil\b|nuclear|uranium|hydro"),
    ("diplomatic", r"consultations|foreign\s+ministr|diplomat|visa|foreign\s+service|friendship|partnership|political"),
    ("security", r"security|defen[cs]e|military|terror"),
    ("culture", r"cultur|tourism|sport|media"),
    ("health", r"health|medic|pharma"),
    ("agriculture", r"agricultur|food|veterinar|phytosanit"),
    ("technology", r"digital|technolog|innovation|space|standards"),
    ("environment", r"ecolog|environment|climate|forest|water|waste"),
]


_DETERMINER = re.compile(r"(?:The|This|That|These|Those|A|An|Our|Its)\s+")
_REFERS_BACK = re.compile(r"\b(?:the|this|that)\s*$")


@dataclass
class Agreement:
    type: str
    status: str
    title: str
    field: str | None
    start: int
    end: int
    count: int = 1
    keywords: list[str] = field(default_factory=list)
    organisation_party: bool = False  # "between Kazakhstan and the EU": the other party is no country


_TYPES_RX = [(t, re.compile(rx)) for t, rx in _TYPES]
_FIELDS_RX = [(f, re.compile(rx)) for f, rx in _FIELDS]  # run on the lowercased title


def _type_of(noun: str) -> str:
    low = noun.lower()
    return next((t for t, rx in _TYPES_RX if rx.search(low)), "other")


def _field_of(title: str) -> str | None:
    low = title.lower()
    return next((f for f, rx in _FIELDS_RX if rx.search(low)), None)


# Word-level pre-filter (see sentences.sentence_words): a _NOUN match has its noun's first word, and a
# _PACKAGE match its last, as a whole word of the sentence (it starts after \b or \s and ends at \b or \s).
# Without one of them the sentence yields no agreement.  (ASCII sentences only: "Communiqué" is not ASCII.)
_NOUN_WORDS = frozenset(b"""memorandum memoranda mou mous agreement agreements protocol protocols treaty treaties
declaration declarations programme programmes program programs road roadmap roadmaps action plan plans contract
contracts convention conventions joint communique communiques charter charters arrangement arrangements initiative
initiatives statement statements documents minutes strategy strategies""".split())


def find_agreements(text: str, start: int, end: int, previous_signed: bool,
                    words: set[bytes] | None = None) -> list[Agreement]:
    """Agreements named in one sentence.  `previous_signed`: the sentence before reported a signing,
    so a bare list of documents continues it.  `words`: sentences.sentence_words of the sentence, when
    the caller has it (None: not ASCII, or not computed)."""
    if words is not None and _NOUN_WORDS.isdisjoint(words):
        return []
    sentence = text[start:end]
    low = sentence.lower()
    if not any(map(low.__contains__, _NOUN_KEYS)) and not ("mou" in low and _MOU.search(low)) \
            and not ("initiative" in low or "documents" in low):
        return []  # no document noun, no agreement (cheap pre-filter for _NOUN)
    planned = _PLANNED.search(sentence) if any(map(low.__contains__, _PLANNED_KEYS)) else None
    extra = (_PLANNED_EXTRA.search(sentence) if (planned is None or planned.group().lower() == "draft")
             and any(map(low.__contains__, _PLANNED_EXTRA_KEYS)) else None)
    if planned and planned.group().lower() == "draft" and not _PLANNED.search(sentence, planned.end()) \
            and not extra and (_DISCUSSED.search(sentence) or ("views" in low and _VIEWS.search(sentence))):
        # "discussed the draft agreement on ...": a document under discussion, no signing announced
        status = "discussed"
    elif planned or extra:
        status = "planned"
    elif any(map(low.__contains__, _SIGNED_KEYS)) and _SIGNED.search(sentence):
        status = "signed"
    elif any(map(low.__contains__, _DISCUSSED_KEYS)) and _DISCUSSED.search(sentence) \
            or ("views" in low and _VIEWS.search(sentence)):
        status = "discussed"
    else:
        status = "signed" if previous_signed else None
    if status is None:
        return []
    found: list[Agreement] = []
    pos = start
    while True:
        m = _NOUN.search(text, pos, end)
        if not m:
            break
        noun = m.group("noun")
        comp = _COMPLEMENT.match(text, m.end(), end)
        title_end = comp.end() if comp else m.end()
        pos = max(title_end, m.end())
        plural = (noun.lower().endswith(("s", "ies", "memoranda")) and not noun.lower().endswith(("ss",))
                  and noun.lower() != "minutes" and noun.split()[0].lower() != "plan")
        count = m.group("count")
        if noun.lower() == "minutes" and (count or mods_has_digit_before(text, start, m.start())):
            continue  # "talked for 30 minutes of the session": a duration, not the minutes of a session
        mods = m.group("mods") or ""
        determiner = _DETERMINER.match(mods)
        if determiner:  # a capitalised sentence-initial article is not part of the title
            mods = mods[determiner.end():]
        before = text[max(start, m.start() - 6):m.start()].lower() + ("the " if determiner else "")
        if plural and not count and not (status == "signed" and noun.lower() == "contracts"):
            continue  # "draft agreements", "13 treaties": no countable document
        if not comp and not mods.strip() and _REFERS_BACK.search(before):
            continue  # "The Memorandum contains ...": refers back
        if not comp and not mods.strip() and not noun[0].isupper() and not count and " " not in noun:
            continue  # a bare common noun: "reach agreement" (not "a joint statement", "an action plan")
        n = (_NUMBERS.get(count.lower()) or int(count)) if count else 1
        title = " ".join(text[m.end("mods") - len(mods) if mods else m.start("noun"):title_end].split())
        organisation_party = _between_organisation(text, m.start("noun"), title_end)
        if organisation_party and not _KAZAKH_PARTY.search(text, m.start("noun"), title_end):
            continue  # "the agreement between the EU and Viet Nam": not a document of two countries
        if not organisation_party and ("ccession" in text[max(start, m.start() - 60):m.start()]
                                       or "ccede" in text[max(start, m.start() - 60):m.start()]
                                       or "Quadrilateral" in mods or "Multilateral" in mods):
            # "accession to the Quadrilateral Traffic in Transit Agreement": a multilateral document, no
            # country is its other party
            organisation_party = bool(_ACCESSION_BEFORE.search(text, max(start, m.start() - 60), m.start())
                                      or _MULTILATERAL_MODS.search(mods))
        own = _own_status(text, start, m.start(), title_end)
        found.append(Agreement(_type_of(noun), own or status, title, _field_of(title), m.start(), title_end, n,
                               _keywords(title, noun), organisation_party))
    package = (_PACKAGE.search(sentence) if status in ("signed", "planned") and any(map(low.__contains__, _PACKAGE_KEYS))
               else None)
    if package and not any(a.start <= start + package.start() < a.end for a in found):
        # "a package of intergovernmental documents was also signed": one fact for the set
        title = " ".join(package.group().split())
        found.append(Agreement("agreement", status, title, _field_of(sentence[package.end():package.end() + 80]),
                               start + package.start(), start + package.end(), 1, _keywords(title, package.group("pnoun"))))
    counted = (_COUNTED_DOCS.search(sentence) if status in ("signed", "planned") and ("documents" in low or "commercial" in low)
               else None)
    if counted and not package and not any(a.start <= start + counted.start() < a.end for a in found):
        # "six commercial agreements worth $310 million were signed", "more than 20 cooperation documents":
        # one fact for the set, as for a package
        title = " ".join(counted.group().split())
        found.append(Agreement("contract" if counted.group("ckind").lower() in ("commercial", "business") else "other",
                               status, title, _field_of(sentence[counted.end():counted.end() + 80]),
                               start + counted.start(), start + counted.end(), 1, _keywords(title, counted.group("cnoun"))))
    return found


# "accession to the ... Agreement", "to accede to the Convention": a multilateral document
_ACCESSION_BEFORE = re.compile(r"\b(?:accession|accede)\s+to\s+(?:the\s+)?(?:(?:[A-Z][\w\-]*|in|of|on)\s+){0,5}$")
_MULTILATERAL_MODS = re.compile(r"\b(?:Quadrilateral|Multilateral)\b")
# "six commercial agreements", "more than 20 cooperation documents" (a generic "15 documents ... including" is not one)
_COUNTED_DOCS = re.compile(r"\b(?:more\s+than\s+|over\s+|some\s+|about\s+)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|"
                           r"a\s+dozen|dozens\s+of)\s+(?:new\s+)?(?P<ckind>commercial|business|cooperation)\s+"
                           r"(?P<cnoun>documents|agreements|contracts|deals)\b", re.IGNORECASE)

_PACKAGE_KEYS = ("package", "number", "set", "series")
# "a package / a number / a set of intergovernmental (and interdepartmental) documents/agreements"
_PACKAGE = re.compile(r"\b(?:a\s+)?(?:package|number|set|series)\s+of\s+(?:(?:bilateral|intergovernmental|interdepartmental|"
                      r"interagency|inter-agency|government|commercial)\s+(?:and\s+)?)+(?P<pnoun>documents|agreements|memoranda)\b",
                      re.IGNORECASE)
_SIGNED_AFTER = re.compile(r",?\s+(?:(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+)?(?:signed|adopted|concluded|ratified|inked)\b"
                           r"|,?\s+(?:which|that)\s+(?:has\s+|had\s+)?entered\s+into\s+force\b",
                           re.IGNORECASE)
_PLANNED_BEFORE = re.compile(r"\b(?:prepar\w+\s+(?:of\s+)?(?:a|an|the)?|draft|to\s+sign|to\s+conclude|sign\s+(?:a|an|the))\s*$",
                             re.IGNORECASE)
_SIGNED_BEFORE_KEYS = ("sign", "adopt", "conclu", "ratif", "inked")
_SIGNED_BEFORE = re.compile(r"\b(?:signed|adopted|concluded|ratified|inked|signing\s+of)\s+(?:a|an|the)?\s*$", re.IGNORECASE)
_PLANNED_SIGNING = re.compile(r"(?:\b(?:early|speedy|swift|prompt|soonest)|\btowards?\s+(?:the\s+)?|"
                              r"\bexpected\s+to\s+(?:\w+\s+){1,3}(?:the\s+)?|\bfor\s+(?:its|their)\s+)\s*$", re.IGNORECASE)
_DISCUSSED_AFTER = re.compile(r"\s+(?:is|are)\s+(?:being\s+|still\s+)?(?:finali[sz]ed|negotiated|discussed|under\s+(?:discussion|"
                              r"negotiation|consideration))\b", re.IGNORECASE)
_POSSIBILITY_BEFORE = re.compile(r"\b(?:consider\w*|discuss\w*|explor\w*|stud\w*)\s+(?:the\s+)?possibilit(?:y|ies)\s+(?:of\s+"
                                 r"(?:signing|concluding|adopting)|to\s+(?:sign|conclude|adopt))\s+(?:a|an|the)?\s*$", re.IGNORECASE)
_KAZAKH_PARTY = re.compile(r"\bKazakh")
_ORGANISATION_PARTY = re.compile(r"\bbetween\b[^.;]*\b(?:EU|EAEU|EEU|European\s+Union|Eurasian\s+Economic\s+Union|ASEAN|"
                                 r"Shanghai\s+Cooperation\s+Organi[sz]ation|SCO|CIS|OSCE|United\s+Nations|UN)\b")


_DIGIT_BEFORE = re.compile(r"\d\s*$")


def mods_has_digit_before(text: str, start: int, pos: int) -> bool:
    return bool(_DIGIT_BEFORE.search(text, max(start, pos - 4), pos))


def _own_status(text: str, start: int, noun_start: int, title_end: int) -> str | None:
    """The status the words right around one document give it ("the Treaty ... signed by the Presidents",
    "preparation of a memorandum"), which beats the cues elsewhere in the sentence."""
    if _SIGNED_AFTER.match(text, title_end):
        return "signed"
    if _DISCUSSED_AFTER.match(text, title_end):
        return "discussed"  # "..., while an agreement on ... is being finalised"
    before_lo = max(start, noun_start - 60)
    window = text[before_lo:noun_start].lower()
    if "possibilit" in window and _POSSIBILITY_BEFORE.search(text, before_lo, noun_start):
        return "discussed"  # "considered the possibility of signing a Memorandum": no signing announced
    before_lo = max(start, noun_start - 40)
    window = text[before_lo:noun_start].lower()
    if any(map(window.__contains__, _SIGNED_BEFORE_KEYS)) and (sb := _SIGNED_BEFORE.search(text, before_lo, noun_start)):
        if "signing" in window and _PLANNED_SIGNING.search(text, max(start, sb.start() - 40), sb.start()):
            return "planned"  # "agreed to work towards the early signing of a memorandum"
        return "signed"
    return None


def _between_organisation(text: str, noun_start: int, title_end: int) -> bool:
    return "between" in text[noun_start:title_end] and bool(_ORGANISATION_PARTY.search(text, noun_start, title_end))


_KEYWORD_SPLIT = re.compile(r"\s*(?:,|;|\(|\)|\bin\s+the\s+fields?\s+of\b|\bon\b|\bof\b|\bbetween\b|\bfor\b|\band\b|\bin\b|"
                            r"\bto\b|\bwith\b|\bthe\b|\ba\b|\ban\b|\buntil\b|\bwithin\b)\s*", re.IGNORECASE)
_KEYWORD_DROP = re.compile(r"^(?:(?:republic|kingdom|government|governments|state|states|federation|people's|peoples|"
                           r"democratic|islamic|federal|socialist|united|understanding|joint|new|two|countries|sides|parties|"
                           r"field|fields|area|areas|sphere|spheres|framework|ministry|foreign|affairs|diaspora|final|intergovernmental\s+agreement|"
                           r"memorandum|agreement|protocol|treaty|declaration|programme|program|roadmap|plan|contract)\s*)+$")


def _keywords(title: str, noun: str) -> list[str]:
    """Key noun phrases of a document's title: "Memorandum of Understanding on cooperation in the field of
    ecology, forestry and waste treatment" -> cooperation, ecology, forestry, waste treatment.  Country
    names and the document noun itself are left out."""
    from .countries import scan_mentions  # (late import: countries is heavy and agreements is imported first)
    body = title
    at = body.lower().find(noun.lower())
    if at >= 0:
        head, body = body[:at], body[at + len(noun):]
        body = head + " , " + body
    # country and organisation names are parties, not subjects
    # (not find_mentions: that caches one text, the release being processed; every name is capitalised)
    mentions = scan_mentions(body) if body != body.lower() else []
    for m in reversed(mentions):
        body = body[:m.start] + " , " + body[m.end:]
    out: list[str] = []
    for chunk in _KEYWORD_SPLIT.split(body):
        phrase = " ".join(chunk.split()).strip(" .:-–—«»\"'").lower()
        if len(phrase) < 3 or _KEYWORD_DROP.match(phrase) or phrase in out:
            continue
        out.append(phrase)
    return out[:6]
