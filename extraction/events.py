"""Diplomatic contacts: who met whom, how (meeting, talks, visit, call, summit), when, where.

Per sentence: find contact triggers and named officials.  Each foreign official
in a contact sentence is one contact (a "series of meetings with ambassadors A,
B and C" is three); an organisation official who meets several Kazakh officials
meets each of them.  A sentence that names no one but a country ("Kazakh-Kuwaiti
consultations") is a contact with that country; a sentence that names nothing
refines the contact just reported ("During the talks, ...").  Sentences that
refer back ("the recent telephone conversation", "the results of the visit")
give context contacts (is_subject false); announcements ("will meet", "invited
... to visit") give planned ones, which are the subject only when the release
is about nothing else.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .countries import KAZ, Mention, capital_of, find_mentions
from .dates import MONTHS as _MONTH_NUMBERS
from .dates import find_event_dates
from .people import Person

# Trigger -> event type.  Order of strength: a call/video beats talks beats meeting beats visit.
_TRIGGERS = [
    ("phone_call", re.compile(r"\b(?:tele)?phone\s+(?:call|conversation|talks?)|\bby\s+(?:tele)?phone\b|\bover\s+(?:the\s+)?(?:tele)?phone\b"
                              r"|\btelephone\b|\bphoned\b", re.IGNORECASE)),
    ("video_call", re.compile(r"\bvideo\s?-?conferenc\w*|\bvideo\s+(?:call|link|format)|\bvia\s+video\b|\bonline\s+(?:meeting|talks|format|consultations)"
                              r"|\bvirtual(?:ly)?\s+(?:meeting|talks)", re.IGNORECASE)),
    ("talks", re.compile(r"\btalks\b|\bnegotiations?\b|\bconsultations\b|\bnegotiated\b", re.IGNORECASE)),
    ("summit", re.compile(r"(?-i:(?<=[a-z] )Meeting)\b|\bsummit\b|\bministerial\b|\bcouncil\s+of\s+(?:heads|foreign\s+ministers)\b|\bconsultative\s+meeting\b"
                          r"|\bgathered\b|\bbrought\s+together\b|\bGeneral\s+Assembly\b|\bC5\b|\bsession\s+of\s+the\s+Council\b"
                          r"|(?<=Eurasian Intergovernmental )Council\b|(?<=Eurasian Economic )Council\b", re.IGNORECASE)),
    ("meeting", re.compile(r"\bmet\b|\bmeets?\b|\bmeetings?\b|\breceived\b|\breceives\b|\bhosted\b|\bhosts\b|\baudience\b"
                           r"|\bcalled\s+on\b|\bdiscussions?\s+with\b|\bengaged\s+in\s+discussions\b|\bconversation\b|\bsidelines\b"
                           r"|\bheld\s+(?:a\s+)?(?:working\s+|bilateral\s+)?meeting|\bcredentials\b|\bcredence\b"
                           r"|\bsession\s+of\s+the\s+(?:[^\s.,;]+\s+){0,6}?(?:inter-?governmental|joint|interstate)\s+(?:commission|committee)\b",
                           re.IGNORECASE)),
    ("visit", re.compile(r"\bvisit(?:s|ed|ing)?\b|\barrived\s+in\b|\btrip\b|\btour\b", re.IGNORECASE)),
]
_STRENGTH = {"phone_call": 5, "video_call": 5, "talks": 4, "meeting": 3, "visit": 1, "summit": 0}
_CONTEXT = re.compile(
    r"\b(?:recent(?:ly)?|earlier(?!\s+(?:in\s+the\s+day|today|that\s+day|the\s+same\s+day))|previous(?:ly)?|"
    r"last\s+(?:year|month|time)|results\s+of\s+the|outcomes?\s+of\s+the|(?:reached|achieved)\s+(?:during|at)\s+the|"
    r"importance\s+of\s+the|follow(?:s|ed)?\s+(?:a|the|up)|since\s+the|on\s+the\s+sidelines\s+of\s+the\s+\d+\w*|"
    r"after\s+the\s+(?:\w+\s+){0,2}visit\s+(?:of|by)|continuation\s+of|anniversary|remind(?:ed)?|recalled|in\s+the\s+course\s+of\s+(?:his|her)\s+previous)\b",
    re.IGNORECASE)
_PLANNED = re.compile(
    r"\b(?:will|shall|to\s+be\s+held|upcoming|planned|planning|scheduled|expected\s+to|invit(?:ed|ation)\s+(?:\w+\s+){0,4}?to\s+"
    r"(?:visit|pay|undertake|attend|participate)|agreed\s+to\s+(?:hold|organi[sz]e|meet)|intends?\s+to|next\s+(?:year|month|week|day)|"
    r"readiness\s+to\s+hold|proposed\s+to\s+hold|the\s+next\s+day|tomorrow|preparations?\s+for\s+(?:the|an?)\s+(?:\w+\s+){0,2}"
    r"(?:visit|talks|meeting|summit)|(?:programme|program|agenda|itinerary)\s+(?:of\s+the\s+visit\s+)?(?:includes?|envisages?|"
    r"provides\s+for|foresees))\b", re.IGNORECASE)
# Every alternative of _PLANNED / _CONTEXT contains one of these lowercase words (cheap pre-filters).
_PLANNED_KEYS = ("will", "shall", "held", "upcoming", "plann", "scheduled", "expected", "invit", "agreed", "intend",
                 "next", "readiness", "proposed", "tomorrow", "prepar", "program", "agenda", "itinerary")
_CONTEXT_KEYS = ("recent", "earlier", "previous", "last", "results", "outcome", "importance", "follow", "since", "reached",
                 "achieved", "after",
                 "sidelines", "continuation", "anniversary", "remind", "recalled", "course")
# Word-level pre-filters (see sentences.sentence_words): every _PLANNED / _CONTEXT match contains one of these
# as a whole word of the sentence (each alternative starts at \b and its words are followed by \s or \b),
# or (_PLANNED's "to be held") both "be" and "held".
_PLANNED_WORDS = frozenset(b"""will shall upcoming planned planning scheduled expected invited invitation agreed
intend intends next readiness proposed tomorrow preparation preparations programme program agenda itinerary""".split())
_CONTEXT_WORDS = frozenset(b"""recent recently earlier previous previously last results outcome outcomes reached
achieved importance follow follows followed since sidelines after continuation anniversary remind reminded
recalled""".split())
_ATTENDANCE = re.compile(r"\b(?:attend\w*|accompan\w*|participat\w*|took\s+part|led\s+by|headed\s+by|chaired\s+by|co-chaired|"
                         r"represented\s+by|delegation|joined\s+by|also\s+present)\b", re.IGNORECASE)
_CONSULTATION_TITLE = re.compile(r"\b(?:on|for)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_GROUP_AUDIENCE = re.compile(r"\b(?i:ambassadors|heads\s+of\s+(?:diplomatic\s+missions|state)|foreign\s+ministers|representatives)\s+"
                             r"(?:of|from)\s+(?:the\s+)?(?:[A-Z]\w+\s+)+(?i:countries|states|nations)\b")
# A gathering is news only when the sentence says it took place (not "the venue for the International Meeting").
_HELD = re.compile(r"\b(?:held|took\s+place|gathered|brought\s+together|hosted|convened|attended|participated|took\s+part|"
                   r"met|addressed|chaired|opened|began|started|was\s+headed|were\s+represented|kicked\s+off|got\s+under\s+way)\b", re.IGNORECASE)
_MONTH_YEAR = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d\d)\b")
_DOCUMENT_NOUN = re.compile(r"memorand|agreement|protocol", re.IGNORECASE)
# What may open a sentence before the setting phrase "on the sidelines of": nothing, or a date.
_SETTING_START = re.compile(r"\s*(?:(?:on|in)\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|today|yesterday)?,?\s*$",
                            re.IGNORECASE)
# Someone named as the sender of greetings or a message, or a spokesperson announcing a contact, is not
# a participant of it.
_ABSENT_BEFORE = re.compile(r"\b(?:greetings|regards|wishes|message|letter|behalf)\s+(?:of|from)\s+(?:the\s+)?$",
                            re.IGNORECASE)
_SPOKESPERSON = re.compile(r"\b(?:spokes(?:person|man|woman)|press\s+secretary|official\s+representative)\b", re.IGNORECASE)
_ABSENT_KEYS = ("greetings", "regards", "wishes", "message", "letter", "behalf", "spokes", "press secretary",
                "official representative")
# The Kazakh side named by its office alone ("the President held a meeting with President of Finland ..."):
# the subject of the sentence, before the contact verb.
_KAZAKH_SIDE = re.compile(r"^(?:[^,]*,\s*)?(?:[Tt]he\s+)?(?:Head\s+of\s+State|President|Prime\s+Minister|Foreign\s+Minister|"
                          r"(?:Deputy\s+)?Minister|Speaker|Chairman|Ambassador|Kazakh\s+\w+)\s+(?:also\s+)?"
                          r"(?:met|held|received|hosted|had|conducted|took\s+part|visited)\b")
# Where the subject matter of a contact begins ("... met Y and discussed ...", "..., to discuss ...").
_TOPIC = re.compile(r"\b(?:discuss(?:ed|es|ing)?|exchanged\s+views|focus(?:ed|ing)\s+on)\b", re.IGNORECASE)
_TOPIC_KEYS = ("discuss", "views", "focus")
_SAME_DAY = re.compile(r"\b(?:that|the)\s+same\s+day\b", re.IGNORECASE)
# pre-filters: every _GROUP_AUDIENCE match contains one of these (lowercased); every year has "19"/"20"
_GROUP_KEYS = ("ambassadors", "heads", "ministers", "representatives")
_HAS_YEAR = re.compile(r"(?:19|20)\d\d")
# `\b((?:19|20)\d\d)\b` (the \b before a digit is "no word character before it"), written to start with a
# literal so the engine skips to the digits 1 and 2 at C speed: the same matches
_YEAR_TOKEN = re.compile(r"((?:1(?<!\w1)9|2(?<!\w2)0)\d\d)\b")
_KAZAKH_CUE = re.compile(r"Kazakh|Qazaq|Astana|Nur-Sultan|Almaty|Tokayev")
_BILATERAL_CONTACT = re.compile(
    r"\b(?:met|meets|meetings?\s+with|talks|negotiations|bilateral|tête-à-tête|one-on-one|received|receives|"
    r"(?:tele)?phone|conversation|discussions?\s+with|consultations)\b", re.IGNORECASE)
# Word-level pre-filter (see sentences.sentence_words): every _BILATERAL_CONTACT match on an ASCII sentence
# starts with one of these as a whole word; and the pattern for such a lowercased sentence, without IGNORECASE,
# written to start with the class of its first letters (the engine skips to them at C speed), the word
# boundary and each first letter checked by look-backs: the same truth value, found faster.
_BILATERAL_WORDS = frozenset(b"""met meets meeting meetings talks negotiations bilateral one received receives
phone telephone conversation discussion discussions consultations""".split())
_BILATERAL_CONTACT_LOWER = re.compile(
    r"[mtnborpcd](?<!\w.)(?:(?<=m)(?:et|eets|eetings?\s+with)|(?<=t)(?:alks|elephone)|(?<=n)egotiations|(?<=b)ilateral|"
    r"(?<=o)ne-on-one|(?<=r)ecei(?:ved|ves)|(?<=p)hone|(?<=c)(?:onversation|onsultations)|(?<=d)iscussions?\s+with)\b")
_TWO_LEADERS = re.compile(r"\b(?:the\s+two|both)\s+(?:leaders|presidents|heads\s+of\s+state|prime\s+ministers|heads\s+of\s+government)\b",
                          re.IGNORECASE)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that)\s+$", re.IGNORECASE)
_SEPARATE_RECEPTION = re.compile(r"\b(?:also\s+(?:received|met|called\s+on|paid\s+a\s+(?:courtesy\s+)?call\s+on)|(?:was|were)\s+(?:also\s+)?received\s+by)\b",
                                 re.IGNORECASE)
_VISIT_CUE = re.compile(r"\b(?:arrived|arrives|visit(?:s|ed|ing)?|trip|tour|came\s+to|travel(?:led|ed|s)?)\b", re.IGNORECASE)
_RESIDENT_TITLE = re.compile(r"\b(?:Ambassador|Charg[ée]|Consul|Head\s+of\s+(?:the\s+)?(?:Mission|Embassy))", re.IGNORECASE)
_AFTER_CONTACT = re.compile(r"\b(?:following|after|on\s+the\s+results\s+of|at\s+the\s+end\s+of|as\s+a\s+result\s+of)"
                            r"\s+(?:the|this|these|their)\s+(?:\w+\s+)?$", re.IGNORECASE)
_IN_CITY = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")
_CAPITAL_PHRASE = re.compile(r"\b(?:the\s+)?([A-Z]\w+)\s+capital\b")


# Offices held only by foreign officials (a monarch), and offices one country alone names so.
_NEVER_KAZAKH_TITLE = re.compile(r"\b(?:Emperor|Empress|King|Queen|Sultan|Emir|Amir|Sheikh|Crown\s+Prince|Pope|"
                                 r"Grand\s+Duke|Taoiseach)\b")
_UNIQUE_OFFICES = [(re.compile(r"^(?:the\s+)?Secretary\s+of\s+State$"), "USA"),
                   (re.compile(r"\bEmperor\b"), "JPN"), (re.compile(r"\bTaoiseach\b"), "IRL")]


@dataclass
class Event:
    type: str
    status: str  # held | context | planned
    counterpart: str | None
    participants: list[Person] = field(default_factory=list)
    date: dt.date | None = None
    city: str | None = None
    city_country: str | None = None
    sentence_index: int = 0
    start: int = 0
    end: int = 0
    evidence: str = ""
    is_subject: bool = True
    visit_cue: bool = False  # a sentence of the contact says someone travelled ("arrived", "on an official visit")

    def foreign_surnames(self) -> set[str]:
        return {p.surname for p in self.participants if p.country != KAZ}

    def add_people(self, people: list[Person]) -> None:
        have = {p.surname for p in self.participants}
        for p in people:
            if p.surname not in have and not any(p.surname in q.name.lower().split() for q in self.participants):
                self.participants.append(p)
                have.add(p.surname)

    def upgrade(self, new_type: str) -> None:
        if _STRENGTH.get(new_type, 0) > _STRENGTH.get(self.type, 0) and self.type != "summit":
            self.type = new_type


# Cheap pre-filter: a trigger regex can only match a sentence whose lowercase text contains one of
# these substrings (each alternative of the pattern contains one), so most sentences skip most regexes.
_TRIGGER_KEYS = {
    "phone_call": ("phone",),
    "video_call": ("video", "online", "virtual"),
    "talks": ("talks", "negotiat", "consultations"),
    "summit": ("meeting", "summit", "ministerial", "council", "gathered", "brought", "general", "c5", "session"),
    "meeting": ("met", "meet", "received", "receives", "hosted", "hosts", "audience", "called", "discussion",
                "conversation", "sidelines", "held", "credentials", "credence", "session"),
    "visit": ("visit", "arrived", "trip", "tour"),
}
# Each pattern again behind a look-ahead on its possible first letters, so most positions fail at once.
_FIRST_LETTERS = {"phone_call": "tpbo", "video_call": "vo", "talks": "tnc", "summit": "mscgb", "meeting": "mrhacdes",
                  "visit": "vat"}
_GATED_TRIGGERS = [(etype, re.compile(rf"(?=[{_FIRST_LETTERS[etype]}])(?:{rx.pattern})", rx.flags), _TRIGGER_KEYS[etype])
                   for etype, rx in _TRIGGERS]


# The case-insensitive trigger patterns again for lowercased text, without IGNORECASE (faster).  Equivalent
# on text whose lowercase has the same length and holds none of "ı" and "ſ" (the only characters besides
# the cased letters themselves that IGNORECASE matches to a-z); lowercasing never changes what \w matches.
# "summit" has a case-sensitive part and always runs on the text itself.
_LOWER_TRIGGERS = {etype: re.compile(rx.pattern.lower()) for etype, rx, _ in _GATED_TRIGGERS if etype != "summit"}


# Word-level pre-filters (see sentences.sentence_words): every match of a trigger pattern contains one of
# its type's words as a whole word of the sentence (a maximal \w run: each alternative starts at \b with
# it and it is followed by \b, \s or "-"), except a glued "videoconferenc...", tested as a substring.  The
# substring gate still runs after them, so they only skip work: the same triggers are found.
_TRIGGER_WORDS = {
    "phone_call": frozenset(b"phone telephone phoned".split()),
    "video_call": frozenset(b"video online virtual virtually".split()),
    "talks": frozenset(b"talks negotiation negotiations negotiated consultations".split()),
    "summit": frozenset(b"meeting summit ministerial council gathered brought general c5 session".split()),
    "meeting": frozenset(b"met meet meets meeting meetings received receives hosted hosts audience called "
                         b"discussion discussions conversation sidelines held credentials credence session".split()),
    "visit": frozenset(b"visit visits visited visiting arrived trip tour".split()),
}
_ALL_TRIGGER_WORDS = frozenset().union(*_TRIGGER_WORDS.values())
_WORD_GATED_TRIGGERS = [(etype, rx, keys, _TRIGGER_WORDS[etype]) for etype, rx, keys in _GATED_TRIGGERS]


def find_triggers(text: str, start: int, end: int, words: set[bytes] | None = None) -> list[tuple[str, int]]:
    """`words`: sentences.sentence_words(text[start:end]), when the caller has it (None: not ASCII)."""
    if words is not None and _ALL_TRIGGER_WORDS.isdisjoint(words) and \
            "videoconferenc" not in text[start:end].lower():
        return []
    out = []
    lo = start - 1 if start > 0 else 0  # one character of context for the \b at `start`
    low_ctx = text[lo:end].lower()
    if len(low_ctx) == end - lo and "ı" not in low_ctx and "ſ" not in low_ctx:
        low = low_ctx[start - lo:]
    else:
        low = text[start:end].lower()
        low_ctx = None
    for etype, rx, keys, type_words in _WORD_GATED_TRIGGERS:
        if words is not None and type_words.isdisjoint(words) and not (etype == "video_call"
                                                                         and "videoconferenc" in low):
            continue
        if not any(map(low.__contains__, keys)):
            continue
        lrx = _LOWER_TRIGGERS.get(etype) if low_ctx is not None else None
        if lrx is not None:
            matches = [(m.start() + lo, m.group()) for m in lrx.finditer(low_ctx, start - lo)]
        else:
            matches = [(m.start(), m.group().lower()) for m in rx.finditer(text, start, end)]
        for m_start, group in matches:
            if etype == "talks" and group == "consultations" and \
                    _CONSULTATION_TITLE.search(text, max(start, m_start - 40), m_start) and \
                    _DOCUMENT_NOUN.search(text, start, m_start):
                continue  # "Memorandum ... on political consultations" names a document, not a contact
            out.append((etype, m_start))
    return sorted(out, key=lambda t: t[1]) if len(out) > 1 else out


_SIDELINES_SETTING = re.compile(r"\bsidelines\s+of\b[^,;]*", re.IGNORECASE)


def _without_setting(s_text: str, start: int, triggers: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """"On the sidelines of the UN General Assembly, X met Y": the gathering named in the setting is where
    the contact took place, not the contact; drop its triggers when a contact trigger follows the setting."""
    m = _SIDELINES_SETTING.search(s_text)
    if m is None:
        return triggers
    lo, hi = start + m.start(), start + m.end()
    if not any(pos >= hi and t != "summit" for t, pos in triggers):
        return triggers
    kept = [(t, pos) for t, pos in triggers if not (lo <= pos < hi)]
    return kept or triggers


def _strongest(triggers: list[tuple[str, int]]) -> str:
    return max((t for t, _ in triggers), key=lambda t: _STRENGTH.get(t, 0))


def _city(text: str, start: int, end: int, mentions: list[Mention]) -> tuple[str | None, str | None]:
    for m in mentions:
        if m.kind == "city" and _IN_CITY.search(text, max(start, m.start - 8), m.start):
            return m.surface, m.code
    cap = _CAPITAL_PHRASE.search(text, start, end) if "capital" in text[start:end] else None
    if cap:
        code = next((x.code for x in mentions if x.start == cap.start(1) and x.code), None)
        if code and capital_of(code):
            return capital_of(code), code
    for m in mentions:
        if m.kind == "city":
            return m.surface, m.code
    return None, None


@dataclass
class EventTracker:
    """Accumulates events over the sentences of one release."""
    text: str
    published: dt.date | None
    events: list[Event] = field(default_factory=list)
    recent_foreign: str | None = None

    _partners: list[str] | None = None

    def __post_init__(self) -> None:
        # Release-level facts, computed once: per-sentence rescans would make long texts quadratic.
        years = [int(y) for y in _YEAR_TOKEN.findall(self.text[:20000])]
        self.latest_year = max(years) if years else None
        self.kazakh_release = bool(_KAZAKH_CUE.search(self.text[:4000]))

    def _find(self, status: str, *, surname: str | None = None, counterpart: str | None = None,
              without_foreign: bool = False, skip_summit: bool = False) -> Event | None:
        for e in reversed(self.events):
            if e.status != status or (skip_summit and e.type == "summit"):
                continue
            if surname is not None and surname in e.foreign_surnames():
                return e
            if counterpart is not None and e.counterpart == counterpart and e.type != "summit":
                if not without_foreign or not e.foreign_surnames():
                    return e
        return None

    def _status(self, s_text: str, date: dt.date | None, words: set[bytes] | None = None) -> str:
        """`words`: sentences.sentence_words of the sentence s_text is (a prefix of), when the caller has it."""
        pub = self.published
        maybe_planned = (words is None or not _PLANNED_WORDS.isdisjoint(words)
                         or (b"held" in words and b"be" in words))
        if date and pub and abs((date - pub).days) <= 7:
            return "planned" if date > pub and maybe_planned and _PLANNED.search(s_text) else "held"
        low = s_text.lower()
        if maybe_planned and any(map(low.__contains__, _PLANNED_KEYS)) and _PLANNED.search(s_text):
            return "planned"
        if pub and _HAS_YEAR.search(s_text):
            for month, year in _MONTH_YEAR.findall(s_text):
                if (int(year), _MONTH_NUMBERS[month]) > (pub.year, pub.month):
                    return "planned"
        if (words is None or not _CONTEXT_WORDS.isdisjoint(words)) and any(map(low.__contains__, _CONTEXT_KEYS)):
            for c in _CONTEXT.finditer(s_text):
                if not (c.group()[:2].lower() == "on" and _SETTING_START.match(s_text[:c.start()])):
                    return "context"
                # "On the sidelines of the 78th session, X met Y": the setting of the contact reported
        # Without a publication date the newest year in the release stands in for it.
        reference = pub.year if pub else self.latest_year
        if reference and _HAS_YEAR.search(s_text):
            for y in _YEAR_TOKEN.findall(s_text):
                if int(y) < reference:
                    return "context"
        return "held"


    def feed(self, index: int, start: int, end: int, people: list[Person],
             mentions: list[Mention] | None = None, words: set[bytes] | None = None) -> None:
        """One sentence.  `mentions`: find_mentions(text, start, end), when the caller has it already;
        `words`: sentences.sentence_words of the sentence (None: not ASCII, or not computed)."""
        text = self.text
        s_text = text[start:end]
        if mentions is None:
            mentions = find_mentions(text, start, end)
        foreign_here = [m.code for m in mentions if m.code and m.code != KAZ and m.kind != "city"]
        foreign_cities = [m.code for m in mentions if m.code and m.code != KAZ and m.kind == "city"]
        triggers = find_triggers(text, start, end, words)
        if not triggers:
            if people and self.events and _ATTENDANCE.search(s_text):
                self._resolve_unknown(people, foreign_here or foreign_cities)
                self.events[-1].add_people([p for p in people])
            if foreign_here:
                self.recent_foreign = foreign_here[0]
            return
        kaz_here = any(m.code == KAZ for m in mentions)
        low = s_text.lower()
        dates = find_event_dates(text, start, end, self.published)
        date = dates[0].date if dates else None
        if date and all(_AFTER_CONTACT.search(text, max(start, pos - 30), pos) for _, pos in triggers):
            # "Today, a memorandum was signed following the talks": the date is the signing's; the talks
            # are referred to, and keep the date their own sentence gives
            date = None
        status_text = s_text
        if any(map(low.__contains__, _TOPIC_KEYS)):
            topic = _TOPIC.search(s_text)
            if topic is not None and any(pos < start + topic.start() and t != "summit" for t, pos in triggers):
                # "X met Y and discussed the preparations for the upcoming summit": what follows the verb of
                # discussion is the subject matter; it neither adds contacts nor makes the one reported planned
                # or past
                cut = start + topic.start()
                triggers = [(t, pos) for t, pos in triggers if pos < cut]
                status_text = text[start:cut]
        status = self._status(status_text, date, words)
        if "sidelines" in low and len(triggers) > 1:
            triggers = _without_setting(s_text, start, triggers)
        etype = _strongest(triggers)
        gathering = any(t == "summit" for t, _ in triggers) or len(set(foreign_here)) >= 3 or (any(map(low.__contains__, _GROUP_KEYS))
                                                                                          and bool(_GROUP_AUDIENCE.search(s_text)))
        if gathering and "two" in low and len(set(foreign_here)) < 3 and _TWO_LEADERS.search(s_text):
            gathering = False  # "Following the summit, the two leaders signed ...": a bilateral summit is a meeting
        if any(p.title_start > start for p in people) and any(map(low.__contains__, _ABSENT_KEYS)):
            # "conveyed the greetings of President Tokayev", "the spokesperson announced ...": named, not present
            people = [p for p in people if not (_ABSENT_BEFORE.search(text, max(start, p.title_start - 30), p.title_start)
                                                or (p.title and _SPOKESPERSON.search(p.title)))]
        self._resolve_unknown(people, foreign_here or foreign_cities)
        foreign = [p for p in people if p.country != KAZ]
        kazakh = [p for p in people if p.country == KAZ]
        named_bilateral = [p for p in foreign if not p.organisation]
        city, city_country = _city(text, start, end, mentions)
        if date is None and "same" in low and _SAME_DAY.search(s_text) and self.events:
            date = self.events[-1].date
        if date is None and "same" in low and _SAME_DAY.search(s_text) and not self.events:
            # "On 19 August ... held a business forum. ... On the same day, X held talks with Y": the day
            # last named in the release
            earlier = find_event_dates(text, 0, start, self.published)
            date = earlier[-1].date if earlier else None
        new: list[Event] = []
        visit_cue = any(t == "visit" for t, _ in triggers) and bool(_VISIT_CUE.search(s_text))

        def make(kind: str, counterpart: str | None, parts: list[Person]) -> Event:
            e = Event(kind, status, counterpart, [], date, city, city_country, index, start, end, s_text)
            e.visit_cue = visit_cue
            e.add_people(parts)
            return e

        # A multilateral gathering that names a foreign leader among its participants ("the C5+1 summit with
        # the US President", "the summit hosted by the Federal Chancellor") is still the gathering, not a
        # bilateral contact with that leader's country, unless the sentence describes one ("met with").
        if words is None:
            bilateral = bool(_BILATERAL_CONTACT.search(s_text))
        else:  # an ASCII sentence: `low` is its exact lowercase
            bilateral = not _BILATERAL_WORDS.isdisjoint(words) and bool(_BILATERAL_CONTACT_LOWER.search(low))
        multilateral = gathering and named_bilateral and not bilateral
        if gathering and (not named_bilateral or multilateral):
            existing = next((e for e in reversed(self.events) if e.type == "summit" and e.status == status), None)
            if existing is not None:
                existing.add_people(people)
            elif (kazakh or kaz_here or self.kazakh_release) and (_HELD.search(s_text) or status != "held"):
                new.append(make("summit", None, people))
        elif foreign:
            if len(foreign) == 1 and foreign[0].organisation and len(kazakh) > 1:
                # an organisation's official meeting several Kazakh officials: one contact each
                groups = [(None, [foreign[0], k]) for k in kazakh]
            else:
                groups = [(None if p.organisation else p.country, [p] + kazakh) for p in foreign]
            several = len(groups) > 1 and len({t for t, _ in triggers if t != "summit"}) > 1
            for counterpart, parts in groups:
                principal = parts[0]
                if several:
                    # "will hold talks with the Prime Minister and will be received by the Emperor": each
                    # party's contact is the one named right before it
                    etype = next((t for t, pos in reversed(triggers) if pos < principal.title_start and t != "summit"),
                                 _strongest(triggers))
                if principal.organisation:
                    target = self._find_organisation_contact(status, principal, parts[1:])
                else:
                    target = (self._find(status, surname=principal.surname, skip_summit=bilateral)
                              or (self._find(status, counterpart=counterpart, without_foreign=True) if counterpart else None))
                if (target is not None and kazakh and _SEPARATE_RECEPTION.search(s_text)
                        and not {p.surname for p in kazakh} & {p.surname for p in target.participants}):
                    # "Szijjártó was also received by President Tokayev": the guest of the contact just
                    # reported meets another Kazakh official, a contact of its own
                    full = {q.surname: q for q in target.participants}
                    e = make(etype if etype != "summit" else "meeting", counterpart,
                             [full.get(q.surname, q) if q.country != KAZ else q for q in parts])
                    e.city, e.city_country = e.city or target.city, e.city_country or target.city_country
                    new.append(e)
                elif (target is not None and kazakh and "also" in low and target.type != "visit"
                      and not target.foreign_surnames() and (sr := _SEPARATE_RECEPTION.search(s_text))
                      and "also" in sr.group().lower()):
                    # "The consultations were held ... X was also received by Minister Y": the Kazakh guest of
                    # a contact with no named foreign party meets a foreign official, a contact of its own
                    e = make(etype if etype != "summit" else "meeting", counterpart, parts)
                    e.city, e.city_country = e.city or target.city, e.city_country or target.city_country
                    new.append(e)
                elif target is not None:
                    if date and target.type == "visit" and not target.foreign_surnames():
                        # the first named contact of a trip ("On 23 May, X called on President Y") has its own
                        # date; the trip's ("a state visit from 22 to 24 May") is only its first day
                        target.date = date
                    target.add_people(parts)
                    target.visit_cue = target.visit_cue or visit_cue
                    target.upgrade(etype)
                    target.date = target.date or date
                    if target.counterpart is None and counterpart and target.type != "summit":
                        target.counterpart = counterpart
                else:
                    if not (kazakh or kaz_here or (self.kazakh_release and len(set(foreign_here) | {p.country for p in foreign}) == 1
                                                   and _KAZAKH_SIDE.search(s_text))):
                        continue  # a contact between two foreign parties is not Kazakhstan's
                    if counterpart is None and not principal.organisation:
                        continue
                    new.append(make(etype if etype != "summit" else "meeting", counterpart, parts))
        else:
            # no foreign country named: a Kazakh official's trip to a foreign city ("arrived in Budapest")
            # is a contact with that city's country
            countries = list(dict.fromkeys(foreign_here or (foreign_cities if kazakh else [])))
            if len(countries) == 1 and (kaz_here or kazakh or self.events or self.kazakh_release):
                c = countries[0]
                target = self._find(status, counterpart=c)
                if (target is not None and kazakh and _SEPARATE_RECEPTION.search(s_text)
                        and not {p.surname for p in kazakh} & {p.surname for p in target.participants}):
                    # "The Secretary of State was also received by the President": the guest of the contact
                    # just reported meets another Kazakh official, a contact of its own
                    e = make(etype, c, people)
                    e.add_people([p for p in target.participants if p.country != KAZ])
                    e.city, e.city_country = e.city or target.city, e.city_country or target.city_country
                    new.append(e)
                elif target is not None:
                    target.add_people(people)
                    target.visit_cue = target.visit_cue or visit_cue
                    target.upgrade(etype)
                    target.date = target.date or date
                    target.city = target.city or city
                elif (self.events and self.events[-1].type == "summit" and status == self.events[-1].status
                      and all(_DEFINITE_BEFORE.search(text, max(start, pos - 8), pos) for _, pos in triggers)):
                    # "the meeting of the Heads of State opens a new stage ... with the United States": the
                    # gathering just reported, referred back to, not a new contact with the country named
                    self.events[-1].add_people(people)
                else:
                    new.append(make(etype, c, people))
            elif not countries and self.events and status != "held" and self.events[-1].status == "held":
                # "the importance of the recent telephone conversation between the Presidents": an earlier
                # (or announced) contact with the partner of the contact just reported
                new.append(make(etype, self.events[-1].counterpart, people))
            elif (not countries and kazakh and status == "held" and _SEPARATE_RECEPTION.search(s_text)
                  and (last := self._last_held_bilateral()) is not None
                  and not {p.surname for p in kazakh} & {p.surname for p in last.participants}):
                # "Earlier in the day, the Secretary was received by President Tokayev": the guest of the
                # contact last reported (a gathering or an earlier contact mentioned since does not count)
                # meets another Kazakh official
                e = make(etype, last.counterpart, people)
                e.add_people([p for p in last.participants if p.country != KAZ])
                e.city, e.city_country = e.city or last.city, e.city_country or last.city_country
                new.append(e)
            elif not countries and self.events:
                last = self.events[-1]
                if last.status == status or status == "held":
                    if status == last.status:
                        last.upgrade(etype)
                    last.add_people(people)
                    last.date = last.date or date
                    last.city = last.city or city
        for e in new:
            if e.status == "planned":
                e.is_subject = not any(x.status == "held" or (x.status == "planned" and x.is_subject) for x in self.events)
            else:
                e.is_subject = e.status == "held"
            self.events.append(e)
        if foreign_here:
            self.recent_foreign = foreign_here[0]

    def _last_held_bilateral(self) -> Event | None:
        for e in reversed(self.events):
            if e.status == "held" and e.type != "summit":
                return e if e.foreign_surnames() else None
        return None

    def _find_organisation_contact(self, status: str, official: Person, kazakh: list[Person]) -> Event | None:
        for e in reversed(self.events):
            if e.status != status or e.counterpart is not None or e.type == "summit":
                continue
            names = {p.surname for p in e.participants}
            if official.surname not in names:
                continue
            others = {p.surname for p in e.participants if p.country == KAZ}
            if not others or (kazakh and kazakh[0].surname in others):
                return e
        return None

    def _resolve_unknown(self, people: list[Person], foreign_here: list[str]) -> None:
        """Give officials whose country the text leaves implicit the side opposite the others."""
        if not any(p.country is None for p in people):
            return
        has_kazakh = any(p.country == KAZ for p in people)
        foreign_known = [p.country for p in people if p.country not in (None, KAZ)]
        for p in people:
            if p.country is not None or p.organisation:
                continue  # an organisation's official has no country
            if p.title and _NEVER_KAZAKH_TITLE.search(p.title):
                # a monarch is never the Kazakh side: the country named here, the foreign side's, the release's
                p.country = (foreign_here[0] if foreign_here else foreign_known[0] if foreign_known
                             else self.recent_foreign or self._main_foreign() or self._release_partner(p))
            elif has_kazakh and not foreign_known:
                p.country = foreign_here[0] if foreign_here else (self.recent_foreign or self._main_foreign()
                                                                  or self._release_partner(p))
            elif foreign_known and not has_kazakh:
                p.country = KAZ
            elif foreign_here:
                p.country = foreign_here[0]
            else:
                p.country = self.recent_foreign or self._main_foreign()

    def _release_partner(self, p: Person) -> str | None:
        """A partner country's own release names its official without a country ("Secretary of State Antony
        Blinken met today in Astana with ..."): the one foreign country the release names, or the country an
        office without an equal elsewhere implies when the release names it too or names no other."""
        if self._partners is None:
            self._partners = list(dict.fromkeys(m.code for m in find_mentions(self.text)
                                                if m.code and m.code != KAZ))
        hint = next((code for rx, code in _UNIQUE_OFFICES if rx.search(p.title)), None) if p.title else None
        if hint and (hint in self._partners or not self._partners):
            return hint
        if len(self._partners) == 1:
            return self._partners[0]
        return None

    def _main_foreign(self) -> str | None:
        for e in self.events:
            if e.counterpart:
                return e.counterpart
        return None


def _travelled(people: list[Person]) -> bool:
    """Someone of this side who does not reside where the contact took place (not an ambassador, chargé
    d'affaires or consul, who are posted there): their presence means a trip."""
    return any(not (p.title and _RESIDENT_TITLE.search(p.title)) for p in people)


def direction_of(e: Event) -> str | None:
    """A contact in Kazakhstan is an incoming visit only if the text says someone came ("arrived", "on an
    official visit") or a foreign participant is not a diplomat posted there; a meeting with a resident
    ambassador in Astana is no visit (None).  Likewise abroad for an outgoing visit."""
    if e.type == "summit":
        return "multilateral"
    if e.type in ("phone_call", "video_call"):
        return "remote"
    # Talks and consultations are held between delegations, not with the diplomats posted in the host
    # capital: with no one named on the travelling side, the delegation came.
    if e.city_country == KAZ:
        foreign = [p for p in e.participants if p.country != KAZ]
        if e.visit_cue or _travelled(foreign) or (e.type == "talks" and not foreign):
            return "incoming_visit"
        return None
    if e.city_country and e.city_country == e.counterpart:
        kazakh = [p for p in e.participants if p.country == KAZ]
        if e.visit_cue or _travelled(kazakh) or (e.type == "talks" and not kazakh):
            return "outgoing_visit"
        return None
    if e.city_country:
        return "third_location"
    return None


_MODES = {"incoming_visit": "visit", "outgoing_visit": "visit", "third_location": "third-party",
          "multilateral": "multilateral", "remote": "phone"}


def plover_and_cameo(e: Event, direction: str | None) -> tuple[str, str | None, str]:
    if e.status == "planned":
        return "AGREE", _MODES.get(direction), "036"
    if e.type in ("phone_call", "video_call"):
        return "CONSULT", "phone", "041"
    if e.type == "talks":
        code = "046"
    elif e.type == "summit" or direction == "third_location":
        code = "044"
    elif direction == "outgoing_visit":
        code = "042"
    elif direction == "incoming_visit":
        code = "043"
    else:
        code = "040"
    return "CONSULT", _MODES.get(direction), code
