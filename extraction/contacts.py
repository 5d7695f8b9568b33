"""Diplomatic contacts: who met whom, how (meeting, talks, visit, call, summit), when, where.

Two steps.  `read_sentence` is pure: it says what one sentence reports of contacts (a `ContactClue`:
the contact words, whether the contact is announced, past or reported now, who took part, which
countries and venue are named, the date).  `ContactTracker.feed` then decides, by an ordered list
of named rules (`MERGE_RULES`, the first that applies wins), whether the clue is a new contact or
tells more of one already reported ("During the talks, ...").
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from itertools import pairwise

from .analysis import KAZ, Person, SentenceAnalysis

# A stronger word says more of how the contact was held: a call beats talks beats a meeting beats a visit.
STRENGTH = {"phone_call": 5, "video_call": 5, "talks": 4, "meeting": 3, "visit": 1, "summit": 0}


@dataclass
class Contact:
    type: str
    status: str  # held | planned | context
    counterpart: str | None
    participants: list[Person] = field(default_factory=list)
    date: dt.date | None = None
    city: str | None = None
    city_country: str | None = None
    sentence_index: int = 0
    start: int = 0
    end: int = 0
    is_subject: bool = True
    visit_cue: bool = False  # a sentence of the contact says someone travelled
    # who invited the guest ("at the invitation of Minister X"): no participant of the trip itself, but the host
    # of the talks held on it (release rule `inviting_host_at_the_talks`)
    inviters: list[Person] = field(default_factory=list)
    joint_body: bool = False  # a sitting of a commission or council of the two states

    def foreign_surnames(self) -> set[str]:
        return {p.surname for p in self.participants if p.country != KAZ}

    def surnames(self) -> set[str]:
        return {p.surname for p in self.participants}

    def add_people(self, people: list[Person]) -> None:
        have = self.surnames()
        for p in people:
            if p.surname not in have:
                self.participants.append(p)
                have.add(p.surname)

    def upgrade(self, new_type: str) -> None:
        if self.type != "summit" and STRENGTH.get(new_type, 0) > STRENGTH.get(self.type, 0):
            self.type = new_type


@dataclass
class ContactClue:
    """What one sentence says of contacts."""
    sa: SentenceAnalysis
    type: str  # the strongest contact word of the sentence
    types: list[tuple[str, int]]  # every contact word: (type, token index)
    status: str
    people: list[Person]
    kazakh: list[Person]
    foreign: list[Person]  # not Kazakh: with a country, an organisation's, or still unknown
    countries: list[str]  # foreign countries named (not venues)
    city: str | None
    city_country: str | None
    date: dt.date | None
    gathering: bool  # a multilateral gathering is reported
    bilateral: bool  # the sentence also describes a bilateral contact
    visit_cue: bool
    also_received: bool  # "X was also received by ...": a reception of its own
    refers_back: bool  # "the meeting", "the talks": the contact words name one already reported
    weak: bool  # only weak contact words ("discussed"): a contact only when both sides are named
    pair: str | None  # a foreign country named as Kazakhstan's other party ("Kazakh-Mongolian talks")
    attendance: bool  # the sentence says who took part ("also participated", "led by")
    setting: bool = False  # a gathering is named as the setting of the contact ("on the sidelines of the summit")
    ceremony: bool = False  # envoys present their credentials: one contact with each envoy's country
    hosted: bool = False  # Kazakhstan's official named by office alone met the people named ("The Minister met ...")
    inviters: list[Person] = field(default_factory=list)  # named after "at the invitation of"
    # officials of Central Asia's states met together ("a meeting with the foreign ministers of the Central Asian
    # countries"): Kazakhstan's among them, named or not
    central_asia_met: bool = False

    @property
    def index(self) -> int:
        return self.sa.index


# ---------------------------------------------------------------- one sentence
# how far before a word of travel the travellers of no official kind may be named ("42 passengers, who were
# evacuated from Afghanistan, arrived")
_TRAVELLERS_REACH = 10


def _triggers(sa: SentenceAnalysis) -> list[tuple[str, int, str]]:
    """(type, token index, pos) of the contact words that report a contact in this sentence."""
    out = []
    docs = sa.layer("document")
    named = {i for x in sa.mentions if x.kind == "organisation" for i in range(x.first, x.last)}
    heads = {x.first for x in sa.layer("title") if x.category in ("head", "modifier", "honorific")}
    people_at = {p.title_first for p in sa.people} | {p.first for p in sa.people}
    out.extend(_commission_sessions(sa))
    w = sa.doc.pack.words
    for m in sa.layer("trigger"):
        if m.value == "none":
            continue  # a phrase that holds a contact word but reports none ("принять участие": take part)
        if m.first in named:
            continue  # "Conference on Interaction and Confidence Building Measures in Asia": a name
        if m.first > 0 and m.category == "meeting" and sa.tokens[m.first].text in ("Meeting", "Meetings") \
                and sa.tokens[m.first - 1].kind == "word" \
                and sa.keyset.isdisjoint(w.bilateral) and not _indefinite(sa, m.first - 1):
            # "the International Meeting on ...": a named gathering (not a headline's "... Held a Meeting with")
            out.append(("summit", m.first, "noun"))
            continue
        if m.value == "group":
            # "the meeting of the heads of foreign ministries of Central Asia and Russia": a gathering, but
            # "the meeting of the leaders of Kazakhstan and Uzbekistan" is a meeting of the two
            out.append(("summit" if _several_parties_after(sa, m.last) else "meeting", m.first, "noun"))
            continue
        if m.category == "meeting" and m.value == "verb" and _meets_a_thing(sa, m.last):
            continue  # "the plants will meet the latest technological standards", "meets the interests of both"
        passive = sa.doc.pack.passive_participle
        if m.value == "verb" and passive is not None and m.last - m.first == 1 and passive(sa.tokens[m.first].text):
            continue  # «Принятый документ», «принятые меры»: adopted, not received (a lemma the verb shares)
        if m.value == "assembly":
            if _states_officials_after(sa, m.last):
                out.append(("summit", m.first, "verb"))
            continue  # "The presentation brought together some 400 parliamentarians, scholars ...": no gathering of states
        if m.category == "video_call" and m.value == "noun" and _taken_part_in(sa, m.first):
            out.append(("summit", m.first, "noun"))  # "took part in the video conference of the SCO ministers"
            continue
        if m.category == "meeting" and m.value == "noun" and _of_a_domestic_body(sa, m.last):
            continue  # "the final meeting of the Public Council under the MFA": a body of Kazakhstan's own
        if m.category in ("meeting", "summit") and m.value == "noun" and _a_sitting_of_its_own(sa, m.first, m.last):
            continue  # "At today's plenary session the Majilis ratified ...": a parliament's own sitting
        if m.category == "meeting" and m.value == "noun" and _of_its_own_parliament_or_government(sa, m.last):
            continue  # "presented the bill at an extended meeting of the Senate", "a meeting of the Cabinet"
        travellers = [k for k in range(max(0, m.first - _TRAVELLERS_REACH), m.first)
                      if sa.tokens[k].key in w.private_travellers] if m.category == "visit" else []
        if travellers and not any(p.first > travellers[-1] for p in sa.people if p.first < m.first):
            continue  # "42 passengers, who were evacuated from Afghanistan, arrived in Almaty" (also "According to X, a
            # total of 306 passengers arrived"): no official's trip
        if m.category == "meeting" and m.value == "noun" and _on_a_subject_with_no_party(sa, m.last):
            continue  # "chaired a meeting on Kazakhstan-China cooperation": a working meeting of one's own
        if m.category == "meeting" and m.value == "noun" and _of_a_named_gathering(sa, m.last):
            out.append(("summit", m.first, "noun"))  # "the meeting of the Korea-Central Asia Cooperation Forum"
            continue
        if m.entry.phrase in ("called on", "calls on") and not any(
                k in heads or k in people_at for k in range(m.last, m.last + 3)):
            continue  # "called on the OSCE to keep an eye on the region": urged, not visited
        if m.value == "verb" and m.first >= 1 and sa.tokens[m.first - 1].key in w.press:
            continue  # "Kazinform correspondent met with Ambassador X": an interview, no diplomatic contact
        if m.value == "noun" and _congratulation_before(sa, m.first) is not None:
            continue  # "congratulated Vladimir Putin on the outcome of his meeting with Donald Trump": theirs
        if _negated(sa, m.first, m.last, m.value == "noun"):
            continue  # "no talks were held between ...", "did not meet", «не встречался», «встреча не состоялась»
        if m.category == "talks" and any(d.last <= m.first <= d.last + 8 and any(
                t.key in w.document_topic for t in sa.tokens[d.last:m.first]) for d in docs):
            continue  # "Memorandum ... on political consultations" names a document, not a contact
        out.append((m.category, m.first, m.value))
    if not any(t == "summit" for t, _, _ in out):
        gathering = _named_gathering_taken_part_in(sa)
        if gathering is not None:
            out.append(("summit", gathering, "noun"))
    elif _council_of_the_pair(sa) or any(t == "summit" and _of_both_countries(sa, pos) for t, pos, _ in out):
        out = [("meeting" if t == "summit" else t, pos, v) for t, pos, v in out]
    return out


# how far after a word of a gathering "both countries" may say whose it is
_BOTH_COUNTRIES_REACH = 12


def _of_both_countries(sa: SentenceAnalysis, k: int) -> bool:
    """The gathering at token k is of "both countries", "the two states" ("the first meeting of the Strategic
    Dialogue of foreign ministers from both countries", «заседание ... министров иностранных дел двух стран»): a
    meeting of the two, not a multilateral gathering."""
    toks = sa.tokens
    w = sa.doc.pack.words
    for i in range(k + 1, min(len(toks) - 1, k + _BOTH_COUNTRIES_REACH)):
        if toks[i].kind == "punct" and toks[i].text not in "-–":
            return False
        if toks[i].key in w.both_two and toks[i + 1].key in w.states:
            return True
    return False


# how far after a verb of congratulation the contact it congratulates on may stand
_CONGRATULATED_REACH = 12


def _congratulation_before(sa: SentenceAnalysis, first: int) -> int | None:
    """Where the verb of congratulation stands when a contact noun at `first` follows it and the foreign official
    congratulated ("congratulated Vladimir Putin on the outcome of his meeting with Donald Trump", «поздравил Путина с
    итогами встречи с Трампом»): the congratulated official's contact, not one of Kazakhstan's; else None."""
    w = sa.doc.pack.words
    at = next((k for k in range(first - 1, max(-1, first - 1 - _CONGRATULATED_REACH), -1)
               if sa.tokens[k].key in w.congratulate), None)
    if at is None or not any(at < p.first < first and p.country != KAZ for p in sa.people):
        return None
    return at


# how far before a contact word (or after a contact noun) a negation governs it
_NEGATION_REACH = 3


def _negated(sa: SentenceAnalysis, first: int, last: int, noun: bool) -> bool:
    """A contact word a negation governs: one of the few words before it ("no talks", "did not meet", «не
    встречался», «никаких переговоров»), or, after a contact noun, before its verb ("the meeting did not take place",
    «встреча не состоялась») — not "not only", «не раз» (many times), nor across a comma."""
    toks = sa.tokens
    for k in range(first - 1, max(-1, first - 1 - _NEGATION_REACH), -1):
        if toks[k].kind != "word":
            break
        if _negation_at(sa, k):
            return True
    for k in range(last, min(len(toks), last + _NEGATION_REACH)) if noun else range(0):
        if toks[k].kind != "word":
            break
        if _negation_at(sa, k):
            return True
    return False


def _negation_at(sa: SentenceAnalysis, k: int) -> bool:
    """A word of negation at token k that is not "not only", «не раз»."""
    toks = sa.tokens
    w = sa.doc.pack.words
    return toks[k].key in w.negation and not (k + 1 < len(toks) and toks[k + 1].key in w.negation_not)


# how many sentences of prose open a release: a signing reported there is the release's contact
LEAD_SENTENCES = 3


def _signing_in_the_lead(sa: SentenceAnalysis, triggers: list[tuple[str, int, str]]) -> list[tuple[str, int, str]]:
    """"Foreign Minister X and his Kazakh counterpart Y signed two agreements": the two officials met, though no
    contact word says so.  A signing word counts only alone (beside "talks" or "visit" it tells nothing of the
    contact's kind) and only in the lead (further down it is part of a contact already reported, or an earlier
    document: "the treaty signed in 2003"); read_sentence then asks for both sides named, like a weak word."""
    if any(v != "signing" for _, _, v in triggers) or not _in_the_lead(sa):
        return [t for t in triggers if t[2] != "signing"]
    return triggers


def _in_the_lead(sa: SentenceAnalysis) -> bool:
    """Among the release's first LEAD_SENTENCES sentences of prose (a line of no prose, a dateline's time or city,
    does not count: "11:41, 24 October 2015")."""
    prose = 0
    for s in sa.doc.sentences[:sa.index]:
        if any(t.kind == "word" and t.text.islower() for t in s.tokens):
            prose += 1
            if prose >= LEAD_SENTENCES:
                return False
    return True


def _council_of_the_pair(sa: SentenceAnalysis) -> bool:
    """"the Council of Foreign Ministers of Kazakhstan and Uzbekistan", "Казахстан и Кыргызстан провели заседание
    Совета министров иностранных дел": a council of two, Kazakhstan and one partner named as a pair, no
    organisation, region or third state in the sentence, is a meeting of the two, not a multilateral gathering."""
    pair = _pair_named(sa)
    if pair is None:
        return False
    return not any(x.kind in ("organisation", "region") or x.is_country and x.code not in (KAZ, pair)
                   for x in sa.mentions)


def _several_parties_after(sa: SentenceAnalysis, k: int) -> bool:
    """After token k the sentence names a region, an organisation or two or more foreign countries."""
    named = [x for x in sa.mentions if x.first >= k]
    return any(x.kind in ("region", "organisation") for x in named) or len(
        {x.code for x in named if x.is_country and x.code != KAZ}) > 1


def _taken_part_in(sa: SentenceAnalysis, k: int) -> bool:
    """The contact word at token k is what someone took part in ("took part in the high-level video
    conference", "принял участие в видеоконференции"): a conference of several parties, where a call between
    two is held or had, not taken part in."""
    toks = sa.tokens
    w = sa.doc.pack.words
    video = next(m for m in sa.layer("trigger") if m.first == k)
    if video.last < len(toks) and toks[video.last].key in w.with_:
        return False  # "took part in a video conference with the Minister of Japan": a call between two
    others = [t.first for t in sa.layer("trigger") if t.first != k and t.value != "none"]
    return any(m.category == "attendance" and m.value != "led_by" and m.last <= k <= m.last + 12
               and not any(t.kind == "punct" and t.text not in "-–" for t in toks[m.last:k])
               and not any(m.last <= o < k for o in others)  # ("participated in talks via video link")
               for m in sa.layer("cue"))


def _of_a_named_gathering(sa: SentenceAnalysis, k: int) -> bool:
    """"(meeting) of the South Korea-Central Asia Cooperation Forum": the capitalised name after "of the" at
    token k names a forum, council or conference of several states (not "of the Kazakh-German Business
    Council", one partner's)."""
    if sa.keyset.isdisjoint(sa.doc.pack.words.gathering_name):
        return False
    start = _name_after_of(sa, k)
    return start is not None and _named_gathering_at(sa, start)


def _name_after_of(sa: SentenceAnalysis, k: int) -> int | None:
    """The token where a name starts after "of" (and "the") at token k ("meeting of the Public Council")."""
    w = sa.doc.pack.words
    toks, n = sa.tokens, len(sa.tokens)
    if k >= n or toks[k].key not in w.of:
        return None
    k += 1
    while k < n and toks[k].key in w.definite:
        k += 1
    return k


def _named_gathering_taken_part_in(sa: SentenceAnalysis) -> int | None:
    """"took part in the opening of the 15th Central Asia - Korea Cooperation Forum": a named gathering of
    several states right after a word of taking part; the token where its name starts."""
    w = sa.doc.pack.words
    if sa.keyset.isdisjoint(w.gathering_name):
        return None
    toks, n = sa.tokens, len(sa.tokens)
    for m in sa.layer("cue"):
        if m.category != "attendance" or m.value == "led_by":
            continue
        k = m.last
        while k < n and k - m.last < 9 and (toks[k].kind == "num" or toks[k].key in w.ordinal or (
                toks[k].key in w.gathering_part or toks[k].key in w.article or toks[k].key in w.of
                or toks[k].key in w.ordinal_suffix)):
            k += 1  # "in the opening of the 15th" (not "in a panel discussion during the ...")
        if any(m.last <= t.first < k for t in sa.layer("trigger")):
            continue  # "took part in talks at the ... Forum": the talks are the contact
        if k < n and k > m.last and _named_gathering_at(sa, k):
            return k
    return None


def _named_gathering_at(sa: SentenceAnalysis, k: int) -> bool:
    """The capitalised name at token k names a forum, council or conference of several states."""
    w = sa.doc.pack.words
    toks, n = sa.tokens, len(sa.tokens)
    start = k
    while k < n and (toks[k].kind == "word" and toks[k].text[0].isupper() or toks[k].kind == "num"
                     or toks[k].text in "-–" or toks[k].key in sa.doc.pack.title_links and k > start):
        k += 1
    if not any(toks[i].key in w.gathering_name and toks[i].text[0].isupper() for i in range(start, k)):
        return False
    if sa.at("title", "head", start) is not None or any(toks[i].key in w.joint for i in range(start, k)):
        return False  # "of the President of the European Council": a person's; "Interstate Council": a pair's
    if any(start <= t.first < k for t in sa.layer("trigger")):
        return False  # "of the SCO Council of Heads of State": a gathering the lexicon knows by name
    named = [x for x in sa.mentions if start <= x.first < k]
    partners = {x.code for x in named if x.is_country and x.code != KAZ}
    return len(partners) != 1 or any(x.kind in ("region", "organisation") for x in named)


def _of_a_domestic_body(sa: SentenceAnalysis, k: int) -> bool:
    """"(meeting) of the Public Council under the MFA", "of the Expert Council": the capitalised name after "of
    the" at token k is a council of one state's own, naming no partner, region or organisation — no contact."""
    w = sa.doc.pack.words
    toks, n = sa.tokens, len(sa.tokens)
    start = None if sa.keyset.isdisjoint(w.domestic_body) else _name_after_of(sa, k)
    if start is None:
        return False
    k = start
    while k < n and toks[k].kind == "word" and toks[k].text[0].isupper():
        k += 1
    if not any(toks[i].key in w.domestic_body for i in range(start, k)) or \
            not any(toks[i].key in w.gathering_name for i in range(start, k)):
        return False
    return not any(start <= x.first < k and x.code != KAZ for x in sa.mentions)


def _a_sitting_of_its_own(sa: SentenceAnalysis, first: int, last: int) -> bool:
    """"plenary session", «пленарное заседание»: a parliament's sitting, unless a gathering or an organisation is
    named after it ("the plenary session of the UN General Assembly", "of the Astana International Forum")."""
    if not any(t.key in sa.doc.pack.words.own_sitting for t in sa.tokens[max(0, first - 1):last]):
        return False
    w = sa.doc.pack.words
    named = _name_after_of(sa, last)
    if named is not None and named < len(sa.tokens) and sa.tokens[named].key not in w.assembly_name and \
            sa.tokens[named].key not in w.own_parliament:
        return False  # ("the plenary session of the 16th Forum of Interregional Cooperation", but "of the Majilis")
    return not any(last <= x.first <= last + _SITTING_REACH and x.kind == "organisation" for x in sa.mentions)


def _of_its_own_parliament_or_government(sa: SentenceAnalysis, k: int) -> bool:
    """"(a meeting) of the Senate", "of the Cabinet": a sitting of a country's own parliament or government, when the
    sentence names no foreign country after it and no one it was held with — no contact (but "a meeting of the
    Government of Uzbekistan", "a joint meeting of the Senate with the Japanese delegation")."""
    w = sa.doc.pack.words
    start = _name_after_of(sa, k)
    if start is None or start >= len(sa.tokens) or sa.tokens[start].key not in w.own_parliament:
        return False
    return not any(x.first >= start and x.is_country and x.code != KAZ for x in sa.mentions) and not any(
        t.key in w.with_ for t in sa.tokens[start:])


def _on_a_subject_with_no_party(sa: SentenceAnalysis, k: int) -> bool:
    """"(a meeting) on Kazakhstan-China cooperation", "on the development of investment projects": the word of a
    meeting's subject right after it (not a day: "on Monday", "on 5 May"; nor its setting: "on the sidelines"; nor
    whom a call was paid to: "a courtesy call on Prime Minister X"), and no party named after it ("with", "between")
    — a working meeting of one side's own."""
    w = sa.doc.pack.words
    toks = sa.tokens
    if k >= len(toks) - 1 or toks[k].key not in w.meeting_subject:
        return False
    if any(m.first in (k + 1, k + 2) for m in sa.layer("time")) or toks[k + 1].kind == "num" or any(
            t.key in w.setting for t in toks[k + 1:k + 3]):
        return False
    if any(k < m.first <= k + 3 for m in sa.layer("title")) or any(k < p.first <= k + 3 for p in sa.people):
        return False  # "paid a courtesy call on Prime Minister X": whom it was paid to
    # (up to the next contact word: "... projects signed following the talks between the Presidents" are other talks)
    end = min([m.first for m in sa.layer("trigger") if m.first > k] + [len(toks)])
    return not any(t.key in w.with_ or t.key in w.between for t in toks[k:end])


def _with_right_after(sa: SentenceAnalysis, first: int) -> int | None:
    """The "with" within three tokens of the contact word at `first` ("held talks with", "a call with"), or after
    the subject the contact word names ("held talks on energy cooperation with"): where the other party is named."""
    w = sa.doc.pack.words
    toks = sa.tokens
    reach = _SUBJECT_THEN_WITH if first + 1 < len(toks) and toks[first + 1].key in w.meeting_subject else 4
    for i in range(first, min(first + reach, len(toks))):
        if toks[i].key in w.with_:
            return i
        if toks[i].text in ",.;:":
            return None
    return None


# how far after a contact word the "with" after its subject may stand ("talks on energy cooperation with")
_SUBJECT_THEN_WITH = 8


# how far after "with" a party of no officials may be named ("with representatives of the Kazakh diaspora", "with
# the leadership of one of Denmark's largest corporations")
_NO_OFFICIALS_REACH = 8


def _with_no_official_party(sa: SentenceAnalysis, types: list[tuple[str, int]], people: list[Person]) -> bool:
    """"The Ambassador held a meeting with compatriots living in London", "... with members of the Algerian
    community residing in our country", "... with the leadership of the Confederation of Danish Industry": every
    meeting word's other party is the envoy's own nationals or business, and no official is named after it — no
    diplomatic contact."""
    w = sa.doc.pack.words
    toks = sa.tokens
    withs = [_with_right_after(sa, pos) for t, pos in types if t in ("meeting", "talks")]
    if not withs or any(k is None for k in withs) or any(t not in ("meeting", "talks", "visit") for t, _ in types):
        return False  # (an envoy's trip to a city, "where he met compatriots", is no contact either)
    # (an office of its own, not the word the community is named by: «с представителями казахской диаспоры»)
    offices = {m.first for m in sa.layer("title") if not any(
        t.key in w.no_official_party for t in toks[m.last:m.last + 3])} | {p.title_first for p in people} | {
        p.first for p in people}
    for k in withs:
        assert k is not None
        reach = range(k + 1, min(k + 1 + _NO_OFFICIALS_REACH, len(toks)))
        at = next((i for i in reach if toks[i].key in w.no_official_party or toks[i].key in w.official_body
                   or i in offices), None)
        if at is None or at in offices or toks[at].key in w.official_body:
            return False  # ("meetings with Government representatives and business circles": officials first)
    first_with = min(k for k in withs if k is not None)
    return not any(p.first > first_with for p in people)


# how far after a country's name its companies may be named ("Denmark's largest multinational corporations")
_COMPANIES_REACH = 4


def _business_countries(sa: SentenceAnalysis) -> set[str]:
    """Foreign countries named only for their business: "the Saudi Arabian company", "one of Denmark's largest
    corporations", "Estonian companies"."""
    w = sa.doc.pack.words
    toks = sa.tokens
    named: dict[str, bool] = {}
    for m in sa.mentions:
        if not m.is_country or m.code == KAZ or (m.first >= 1 and toks[m.first - 1].key in w.towards):
            continue  # (nor a posting: "Ambassador of Kazakhstan to Denmark")
        business = False
        for i in range(m.last, min(m.last + _COMPANIES_REACH, len(toks))):
            if toks[i].key in w.no_official_party:
                business = True
                break
            if toks[i].kind != "word" and toks[i].key not in sa.doc.pack.possessive:
                break
        named[m.code] = named.get(m.code, True) and business
    return {code for code, business in named.items() if business}


def _business_office(sa: SentenceAnalysis, p: Person) -> bool:
    """The person's office is a company's ("General Director of the Saudi company", "Chairman of the Board")."""
    pack = sa.doc.pack
    return p.title is not None and any(pack.normalise(word) in pack.words.business_office
                                       for word in p.title.replace(",", " ").split())


def _discussed_with(sa: SentenceAnalysis, p: Person, topic: int) -> bool:
    """Named right after the "with" that ends a verb of discussion at `topic`: "discussed the situation with
    Sultan X" (the party, not subject matter)."""
    w = sa.doc.pack.words
    if sa.tokens[topic].key not in w.discussion:
        return False
    k = p.title_first - 1
    if k >= 0 and sa.tokens[k].key in w.article:
        k -= 1
    return k > topic and sa.tokens[k].key in w.with_ and not any(t.text in ",;" for t in sa.tokens[topic:k])


def _indefinite(sa: SentenceAnalysis, i: int) -> bool:
    """Token i is an indefinite article ("a", "an")."""
    key = sa.tokens[i].key
    w = sa.doc.pack.words
    return key in w.article and key not in w.definite


def _commission_sessions(sa: SentenceAnalysis) -> list[tuple[str, int, str]]:
    """"the 5th session of the Kazakhstan – Indonesia Joint Commission", "the meeting of the
    Intergovernmental Commission", "the Kazakh-German Intergovernmental Working Group held its 10th session": a
    bilateral commission meeting is a meeting."""
    toks = sa.tokens
    w = sa.doc.pack.words
    out: list[tuple[str, int, str]] = []
    if sa.keyset.isdisjoint(w.session):
        return out
    for i, t in enumerate(toks):
        if t.key not in w.session:
            continue
        if i + 1 < len(toks) and toks[i + 1].key in w.of:
            keys = [x.key for x in toks[i + 2:i + 14]]  # the body after: "the session of the ... Commission"
        elif any(x.key in w.its for x in toks[max(0, i - 3):i]):
            keys = [x.key for x in toks[max(0, i - 16):i]]  # the body before: "the ... Commission held its session"
        else:
            continue
        if any(key in w.commission and any(x in w.joint for x in keys[:k]) for k, key in enumerate(keys)):
            out.append(("meeting", i, "noun"))
    return out


def _setting_span(sa: SentenceAnalysis) -> tuple[int, int] | None:
    """"On the sidelines of the UN General Assembly", "on the margins of the summit", "on the eve of the
    Council", "during the High-Level week of the UN General Assembly": where or when a contact took place, not a
    contact itself; (first, last) of the phrase."""
    toks = sa.tokens
    w = sa.doc.pack.words
    if sa.keyset.isdisjoint(w.setting) and sa.keyset.isdisjoint(w.setting_of_a_gathering):
        return None
    gatherings = {k for m in sa.layer("trigger") if m.category == "summit" for k in range(m.first, m.last)}
    for i, t in enumerate(toks):
        # (a language without "of" puts the complement right after: "на полях саммита", "накануне заседания")
        if t.key in w.setting and i + 1 < len(toks) and (toks[i + 1].key in w.of or not w.of):
            complement = i + 2 if w.of else i + 1
        elif t.key in w.setting_of_a_gathering:
            complement = i + 1
        else:
            continue
        # to the end of the clause, or to the office or contact word that begins the sentence's own
        # report ("В кулуарах саммита ШОС Президент ... встретился": no comma in Russian)
        stops = {m.first for m in sa.layer("title") if m.first not in gatherings} | {
            m.first for m in sa.layer("trigger") if m.category != "summit"}
        j = complement
        while j < len(toks) and toks[j].text not in ",;." and toks[j].key not in w.clause_relative \
                and (j == complement or j not in stops):
            j += 1
        if t.key in w.setting_of_a_gathering and not any(complement <= k < j for k in gatherings):
            continue  # "during the talks" is the contact itself: only a gathering's name makes it a setting
        return i, j
    return None


# how far before "had held" a verb of saying shifts the tense of what it reports ("said on Friday it had held")
_BACKSHIFT_REACH = 6
# how far after "plenary session" the gathering it is of is named ("the plenary session of the UN General Assembly")
_SITTING_REACH = 5
# how far after "anniversary of" the contact it marks is named ("the 65th anniversary of President X's visit")
_ANNIVERSARY_REACH = 8


def _status(sa: SentenceAnalysis, hi: int, date: dt.date | None) -> str:
    """held, planned (announced) or context (an earlier contact referred to), from the words before
    token `hi` (what follows a verb of discussion is subject matter, not the contact)."""
    pub = sa.doc.published
    toks = sa.tokens
    # (nor is a word of a body's name: "the Joint Strategic Planning Group" plans nothing)
    cues = [m for m in sa.layer("cue") if m.first < hi and not (
        m.first >= 1 and toks[m.first].text[:1].isupper() and toks[m.first - 1].kind == "word"
        and toks[m.first - 1].text[:1].isupper() and toks[m.first - 1].key not in sa.doc.pack.words.article
        and m.category in ("planned", "context"))]
    # a word of an office's name is no cue ("Head of the Department of Strategic Planning X met ...")
    offices = [(p.title_first, p.first) for p in sa.people if p.title_first < p.first]
    strong = [t for t in sa.layer("trigger") if t.value not in ("weak", "signing", "none") and t.first < hi] or \
        [t for t in sa.layer("trigger") if t.first < hi and t.value != "none"]
    last_trigger = max((t.first for t in strong), default=hi)
    # nor is a word of the statement a report quotes before the contact ("Kazakhstan intends to invest in Africa,
    # media reported citing the Minister's speech after his meeting with ..."): the meeting is not announced
    w = sa.doc.pack.words
    reported = [i for i in range(1, last_trigger) if sa.tokens[i].key in w.reporting
                and any(t.text == "," for t in sa.tokens[max(0, i - 3):i])] + [
        m.first for m in cues if m.category == "topic" and m.value == "speech" and m.first < last_trigger]
    # (and before a verb of saying: "Kazakhstan and Norway intend to develop cooperation, the ministries reiterated
    # during the consultations")
    planned = any(m.category == "planned" and not any(a <= m.first < b for a, b in offices)
                  and not any(m.first < r for r in reported) for m in cues)
    same_day = {i for m in cues if m.category == "same_day" for i in range(m.first, m.last)}
    # a past reference before a contact word ("the results of the recent visit") or right after one;
    # not "X met Y, congratulating him on his recent appointment", and not "Earlier, X met Y" (same day)
    verbs_at = {t.first for t in strong if t.value == "verb"}
    context = [m for m in cues if m.category == "context" and m.first not in same_day and (
        m.first < last_trigger or any(0 <= m.first - t.last <= 2 for t in strong))
        and not (m.first == 0 and m.last < len(sa.tokens) and sa.tokens[m.last].text == ","
                 and m.value != "recall")
        and not (m.value == "adverb" and m.last in verbs_at)
        and not (m.value == "participle" and m.first >= 1 and (
            sa.tokens[m.first - 1].key in w.auxiliary or sa.tokens[m.first - 1].key in w.been))
        # («в минувшую субботу»: the day of the week just past dates the contact, it does not make it an earlier one)
        and sa.at("time", "weekday", m.last) is None
        and not (m.value == "pluperfect" and any(
            t.key in w.reporting for t in sa.tokens[max(0, m.first - _BACKSHIFT_REACH):m.first]))
        and not (m.value == "anniversary" and (verbs_at or not any(
            m.last <= t.first <= m.last + _ANNIVERSARY_REACH and t.value == "noun" for t in strong)))
        # ("have repeatedly visited", "visited Kazakhstan several times": earlier trips; but "received X, who has
        # visited Kazakhstan several times" reports the reception)
        and not (m.value == "habitual" and strong and not (
            m.first < strong[0].first or 0 <= m.first - strong[0].last <= 2))]
    if not planned and any(m.value == "recall" for m in context):
        return "context"  # ("As earlier reported, the Presidents met on May 26", in a release of May 27)
    if date is not None and pub is not None and abs((date - pub).days) <= 7:
        return "planned" if date >= pub and planned else "held"
    if planned:
        return "planned"
    if date is not None and pub is not None and date > pub + dt.timedelta(days=7):
        return "planned"
    if context:
        return "context"
    if date is not None and pub is not None and date < pub - dt.timedelta(days=30):
        return "context"
    # a year, or a month without a day, before the release ("in November 2023", "in July 2023"): a
    # contact reported now is dated by its day or not at all
    reference = sa.doc.reference_year
    if pub is None and date is not None and reference and date.year < reference:
        return "context"  # undated release: "on May 4, 2017" in one that also speaks of 2019
    figure = _figure_before_the_contact(sa, strong, hi)
    for p in sa.periods:
        if p.first >= hi:
            continue
        if figure is not None and figure[0] <= p.first < figure[1]:
            continue  # a figure's period ("'In 2020, trade was $237 million, 37% less than in 2019,' X said after
            # meeting Y"): not the contact's
        if p.year is None:
            spoken = sa.at("time", "year_word", p.first) if p.relative else None
            if spoken is not None and int(spoken.value) < 0 and not p.comparison:
                return "context"  # "The inaugural summit, held in Berlin last year, ...", in an undated release
            if reference and p.year_to is not None and p.year_to < reference and not p.comparison:
                return "context"  # "came to Astana three times between 2001 and 2012"
            if p.months is not None and p.first >= 1 and toks[p.first - 1].key in sa.doc.pack.words.last_of_time:
                return "context"  # "the visit of Chairman Xi Jinping last October": the month before, whatever year
            continue
        if reference and p.year < reference:
            return "context"  # "in 2019", and "last year" too
        if pub is None and p.first <= 1 and p.months is None and not p.relative and date is None:
            return "context"  # undated release, a sentence opening on a year: "In 2009, the minister came to ..."
        if p.relative:
            continue
        if date is None and p.months is not None and p.months[0] == p.months[1] and not _day_before(sa, p.first):
            if pub is None or (p.year, p.months[0]) < (pub.year, pub.month):
                return "context"
            if (p.year, p.months[0]) > (pub.year, pub.month):
                return "planned"  # "a visit by X to the Forum in June 2024" in a release of January 2024
    return "held"


# how many words before a figure's metric its period may stand ("In 2020, trade between ...")
_PERIOD_BEFORE_METRIC = 3


def _figure_before_the_contact(sa: SentenceAnalysis, strong, hi: int) -> tuple[int, int] | None:
    """The tokens of a figure told before the sentence's first contact word (from a little before its metric to
    that contact word), where its periods are: "'In 2020, trade was $237 million,' X said after meeting Y"."""
    first_contact = min((t.first for t in strong), default=hi)
    metrics = [m.first for m in sa.layer("metric") if m.first < first_contact]
    if not metrics or not any(a.first < first_contact for a in sa.amounts):
        return None
    return max(0, min(metrics) - _PERIOD_BEFORE_METRIC), first_contact


def _day_before(sa: SentenceAnalysis, first: int) -> bool:
    """A day number right before a month ("12 марта 2024 года"): a full date (a dateline's), not a month."""
    return first >= 1 and sa.tokens[first - 1].kind == "num" and sa.tokens[first - 1].text.isdigit() \
        and len(sa.tokens[first - 1].text) <= 2


def _city(sa: SentenceAnalysis, hi: int) -> tuple[str | None, str | None]:
    """The venue: a city after "in"/"at" ("in Astana"), "the Kazakh capital", else any city named
    (a dateline city that opens the sentence is where the report was filed, not the venue); only before
    token `hi`, where a future contact spoken of starts."""
    toks = sa.tokens
    w = sa.doc.pack.words
    cities = [m for m in sa.mentions if m.kind == "city" and m.first < hi]
    for m in cities:
        if m.first >= 1 and toks[m.first - 1].key in w.venue_preposition or \
                (m.first >= 2 and toks[m.first - 1].key in w.definite and toks[m.first - 2].key in w.venue_preposition):
            return sa.doc.pack.city_name(m), m.code
    for i, t in enumerate(toks[:hi] if not sa.keyset.isdisjoint(w.capital) else ()):
        if t.key in w.capital and i >= 1:
            country = next((x for x in sa.mentions if x.last == i and x.is_country), None)
            if country is not None:
                capital = sa.doc.pack.extras.get("capitals", {}).get(country.code)
                if capital:
                    return capital, country.code
    for m in cities:
        if m.first <= 1 and (sa.tokens[m.first].text.isupper() or
                             (m.last < len(toks) and toks[m.last].text in ",.–—-")):
            continue
        if m.last < len(toks) and toks[m.last].key in w.subdivision:
            continue  # "water to Kazakhstan's Zhambyl region": a region named, no venue
        if m.first >= 1 and toks[m.first - 1].key in w.from_ or any(
                p.title_first <= m.first < p.first for p in sa.people):
            continue  # "a delegation from Karaganda led by Karaganda Mayor X visited Tallinn": where they come from
        if m.first >= 1 and toks[m.first - 1].key in w.of and any(
                x.first == m.first and x.kind == "country" for x in sa.mentions):
            continue  # "the Foreign Minister of Singapore": a city-state as the office's country, no venue
        return sa.doc.pack.city_name(m), m.code
    return None, None


# how far after "delegation" the city or region it comes from may be named ("the delegation of the Saint Petersburg
# government", "делегация правительства Санкт-Петербурга")
_DELEGATION_REACH = 5


def _delegations_of_foreign_places(sa: SentenceAnalysis) -> list[str]:
    """"The delegation of the Saint Petersburg government arrived in Almaty": a delegation of a foreign city or
    region is that country's side (a city is otherwise only a venue)."""
    w = sa.doc.pack.words
    if sa.keyset.isdisjoint(w.side):
        return []
    toks = sa.tokens
    out = []
    for i, t in enumerate(toks):
        if t.key not in w.side:
            continue
        for m in sa.mentions:
            if m.kind == "city" and m.code != KAZ and i < m.first <= i + _DELEGATION_REACH and not any(
                    x.kind != "word" for x in toks[i + 1:m.first]):
                out.append(m.code)
    return out


def _office_alone_before(sa: SentenceAnalysis, types: list[tuple[str, int]], people: list[Person]) -> str | None:
    """"The Minister held meetings with President A and Speaker B", "Глава государства провел телефонные разговоры с
    A и B": in Kazakhstan's release, an office named alone before the contact word (with "the"; in a language
    without articles, an office the lexicon tags as one: "Глава государства"), every person named after it — the
    release's own official met hosts.  The office's words, lowercase, or None."""
    if not sa.doc.is_kazakh_perspective or not people:
        return None
    toks = sa.tokens
    w = sa.doc.pack.words
    first = min(pos for _, pos in types)
    plural = sa.doc.pack.plural_office
    for m in sa.layer("title"):
        if m.category != "head" or m.last > first or any(p.title_first < m.last for p in people):
            continue  # (every person named comes after the office: "The Chairman ... and his counterpart X")
        if w.definite:
            if m.first < 1 or toks[m.first - 1].key not in w.definite:
                continue
        elif not any(t.startswith("office:") for t in m.value.split()) or (
                plural is not None and any(plural(t.text) for t in toks[m.first:m.last])):
            continue  # ("Главы государств обменялись мнениями": the two, not Kazakhstan's one)
        if m.last < len(toks) and toks[m.last].is_cap:
            continue  # "Президент Казахстана": not alone
        if m.last < len(toks) and toks[m.last].key in w.of:
            end = m.last + 1  # the office's complement: "of the Majilis", "of Trade of Egypt"
            while end < len(toks) and (toks[end].key in sa.doc.pack.title_links or toks[end].is_cap):
                end += 1
            if any((x.is_country and x.code != KAZ or x.kind == "organisation") and m.last < x.first < end
                   for x in sa.mentions):
                continue  # "the Minister of Trade of Egypt": another country's office
        return sa.span_text(m.first, m.last).lower()  # ("The Chairman of the Majilis": the head, "chairman")
    return None


def _another_country_s_office_met(sa: SentenceAnalysis, types: list[tuple[str, int]], foreign: list[Person]) -> bool:
    """"The Russian President held telephone talks with the President of Tajikistan X", «президент России провел
    телефонные переговоры с президентом Таджикистана X»: an office of a foreign country, named alone before the contact
    word, and the people named all of other foreign countries — a contact between two foreign parties."""
    if not foreign or any(p.country in (None, KAZ) or p.organisation for p in foreign):
        return False
    toks = sa.tokens
    w = sa.doc.pack.words
    first = min(pos for _, pos in types)
    named = {i for p in sa.people for i in range(p.title_first, p.last)}
    for m in sa.layer("title"):
        if m.category != "head" or m.last > first or m.first in named:
            continue
        for x in sa.mentions:
            if not x.is_country or x.code == KAZ or x.last > first:
                continue
            before = x.last == m.first  # "the Russian President"
            after = x.first == m.last or (x.first == m.last + 1 and toks[m.last].key in w.of)  # "President of Russia"
            if (before or after) and all(p.country != x.code for p in foreign):
                return True
    return False


def _kazakh_holder(sa: SentenceAnalysis, office: str) -> Person | None:
    """The one Kazakh official named earlier in the release whose title holds this office, else the one Kazakh
    official named at all ("Назарбаев обсудил по телефону ... Глава государства провел ...")."""
    kazakh = {p.surname: p for p in sa.doc.known_people.values() if p.country == KAZ}
    holders = {k: p for k, p in kazakh.items() if p.title and office in p.title.lower()}
    if not holders and not any(p.title for p in kazakh.values()):
        holders = kazakh
    return next(iter(holders.values())) if len(holders) == 1 else None


def _visits_kazakhstan(sa: SentenceAnalysis, types: list[tuple[str, int]]) -> bool:
    """"visited Kazakhstan", "a visit to Astana": whoever makes the trip is the guest, not the host."""
    visits = [pos for t, pos in types if t == "visit"]
    return bool(visits) and any(x.code == KAZ and any(0 < x.first - pos <= 4 for pos in visits) for x in sa.mentions)


def _trip_at_home(sa: SentenceAnalysis, types: list[tuple[str, int]]) -> bool:
    """"paid a working visit to Akmola region", "visited Karaganda": a trip whose destination, right after the word of
    travel, is a place of Kazakhstan, with no one else's office or country between (not "preparing for the visit of
    the President of Latvia to Kazakhstan", nor "the visit of the Kazakh delegation to Serbia")."""
    links = sa.doc.pack.destination_links
    toks = sa.tokens
    places = sorted((x for x in sa.mentions if x.kind in ("country", "city", "region", "demonym")), key=lambda x: x.first)
    titles = [m.first for m in sa.layer("title")]
    for _, pos in types:
        x = next((x for x in places if x.first > pos), None)
        if x is None or x.first - pos > _DESTINATION_REACH or x.kind == "demonym":
            continue
        linked = x.first == pos + 1 or any(w.key in links for w in toks[max(pos + 1, x.first - 3):x.first])
        if linked and x.code == KAZ and not any(pos < k < x.first for k in titles):
            return True
    return False


# how many words after a word of travel its destination may be named ("a working visit to the Akmola region")
_DESTINATION_REACH = 5


def _visit_host(sa: SentenceAnalysis, types: list[tuple[str, int]]) -> str | None:
    """"who were on a visit to the Republic of Korea": the foreign country a visit goes to."""
    visits = [pos for t, pos in types if t == "visit"]
    links = sa.doc.pack.destination_links
    for x in sa.mentions:
        if x.kind == "country" and x.code != KAZ and any(0 < x.first - pos <= 5 for pos in visits) and any(
                t.key in links for t in sa.tokens[max(0, x.first - 3):x.first]):
            return x.code
    return None


def _visitors_of_a_country_are_kazakh(sa: SentenceAnalysis, types: list[tuple[str, int]], people: list[Person]) -> None:
    """"A delegation of the party led by First Deputy Chairman X visited Singapore" («... посетила Сингапур»): in
    Kazakhstan's release, who is named before a verb of visiting a foreign country, of no side the sentence says, is
    the Kazakh visitor."""
    toks = sa.tokens
    w = sa.doc.pack.words
    verbs = {m.first for m in sa.layer("trigger") if m.value == "verb"}
    for t, pos in types:
        if t != "visit" or pos not in verbs:
            continue
        k = pos + 1
        while k < len(toks) and toks[k].key in w.article:
            k += 1
        if any(m.first == k and m.kind == "country" and m.code != KAZ for m in sa.mentions):
            for p in people:
                if p.country is None and not p.organisation and p.last <= pos:
                    p.country = KAZ
            return


def _envoy_who_met_is_kazakh(types: list[tuple[str, int]], people: list[Person]) -> None:
    """"Ambassador B. Imanbayev met with Minister of Economy V. Kerobyan", in Kazakhstan's release that names no one's
    country: the envoy who met (named before the contact word, with no country to the office) is Kazakhstan's, posted
    to the hosts (a foreign envoy is named with his country: "Ambassador of Armenia X")."""
    if any(p.country is not None or p.organisation for p in people):
        return
    first = min(pos for _, pos in types)
    for p in people:
        if "resident" in p.roles and p.last <= first:
            p.country = KAZ


def _resolve_unknown(people: list[Person], countries: list[str], partner, venue: str | None,
                     guest: bool = False, host: str | None = None, hosted: bool = False) -> None:
    """Give the officials whose country the sentence leaves implicit the side opposite the others:
    beside a Kazakh official the foreign side, beside a foreign official the Kazakh side — unless the
    contact is held abroad with no Kazakh official in it ("In Tashkent, the Chairperson-in-Office met
    with the Speaker of the Oliy Majlis"): then they are the host's."""
    if not any(p.country is None and not p.organisation for p in people):
        return
    has_kazakh = any(p.country == KAZ for p in people)
    foreign_known = [p.country for p in people if p.country not in (None, KAZ)]
    referred = [p for p in people if p.country is None and not p.organisation and "counterpart" in p.roles]
    for p in people:
        if p.country is not None or p.organisation or p in referred:
            continue
        if host is not None and has_kazakh and host not in foreign_known:
            p.country = host  # the partner's own release: its official receives the visitors
        elif "monarch" in p.roles or ("local" in p.roles and not has_kazakh and not foreign_known):
            p.country = countries[0] if countries else (foreign_known[0] if foreign_known else partner())
        elif has_kazakh and not foreign_known:
            p.country = countries[0] if countries else partner()
        elif foreign_known and not has_kazakh:
            # (a counterpart is the other side's official, wherever they met: "the Deputy Minister of South Africa
            # and his counterpart, X" in Pretoria)
            p.country = venue if venue and venue != KAZ and venue in foreign_known and "counterpart" not in p.roles \
                else KAZ
        elif countries:
            p.country = countries[0]
        elif guest and not has_kazakh:
            p.country = partner()  # the partner's own release: "Deputy Minister X visited Kazakhstan"
        elif hosted and not has_kazakh and not foreign_known and not countries:
            # "The Minister held meetings with President A and Speaker B" on a trip to the partner: Kazakhstan's
            # release names its own side by office alone, the officials named are the hosts
            p.country = partner()
    for p in referred:
        # "co-chaired by Deputy Minister A and his counterpart, B": the side opposite the officials named
        sides = {q.country for q in people if q.country is not None and q is not p}
        if sides and KAZ not in sides:
            p.country = KAZ
        elif KAZ in sides:
            p.country = countries[0] if countries else partner()


def _companions_on_their_side(sa: SentenceAnalysis, people: list[Person]) -> None:
    """"Iranian Minister X, accompanying First Vice President Y at the Conference, held a meeting with ...": who is
    accompanied (or accompanies) is of the same side as the official beside them."""
    toks = sa.tokens
    w = sa.doc.pack.words
    own = {id(q) for q in sa.people}  # (token positions are of this sentence's people only)
    for p in people:
        if p.country is not None or p.organisation or id(p) not in own:
            continue
        k = p.title_first - 1
        while k >= 0 and p.title_first - k <= 3 and toks[k].key not in w.companion:
            k -= 1
        if k < 0 or toks[k].key not in w.companion:
            continue
        before = [q for q in people if id(q) in own and q.last <= k and q.country is not None]
        if before:
            p.country = before[-1].country


def named_absent(sa: SentenceAnalysis, p: Person) -> bool:
    """Named right after a word that says they were not there: the sender of greetings, "a letter on behalf
    of President X", «от имени Президента»."""
    return _absent_cue(sa, p) is not None


def _absent_cue(sa: SentenceAnalysis, p: Person):
    """The word of absence right before the person, or before the sender the person is addressed by ("the
    greetings of President A to President B")."""
    cues = [m for m in sa.layer("cue") if m.category == "absent"]
    # (not across a colon: "with representatives of the administration of Afghanistan: Deputy Prime Minister X")
    cue = next((m for m in cues if p.title_first - 3 <= m.last <= p.title_first
                and not any(t.text == ":" for t in sa.tokens[m.last:p.title_first])), None)
    if cue is None and cues and _listed(sa, p):
        # one more of a list of absent people ("on behalf of President A, Prime Minister B, and the people of ...")
        before = next((q for q in sa.people if q.last < p.title_first and all(
            t.text == "," or t.key in sa.doc.pack.words.and_ for t in sa.tokens[q.last:p.title_first])), None)
        if before is not None and before.title_first < p.title_first:
            return _absent_cue(sa, before)
    if cue is not None or not cues or p.title_first < 1 or sa.tokens[p.title_first - 1].key not in sa.doc.pack.words.addressee:
        return cue
    sender = next((q for q in sa.people if q.last == p.title_first - 1), None)
    if sender is None:
        return None
    return next((m for m in cues if sender.title_first - 3 <= m.last <= sender.title_first), None)


def _listed(sa: SentenceAnalysis, p: Person) -> bool:
    """The person is an item of a list: joined to the one before by "and", or followed by a comma or "and" ("A, B,
    and C"; not the subject after an opening phrase: "At the invitation of A, Minister B paid a visit")."""
    toks = sa.tokens
    and_ = sa.doc.pack.words.and_
    joined = p.title_first >= 1 and toks[p.title_first - 1].key in and_
    return joined or (p.last < len(toks) and (toks[p.last].text == "," or toks[p.last].key in and_))


def _inviter(sa: SentenceAnalysis, p: Person) -> bool:
    """Named after "at the invitation of": not on the trip, but its host."""
    cue = _absent_cue(sa, p)
    return cue is not None and cue.value == "host"


def _meets_a_thing(sa: SentenceAnalysis, last: int) -> bool:
    """"meet the requirements", "meets the strategic interests of both countries", "meet latest technological
    standards": what the verb meets, a few lowercase words on, is a need or a standard, not a person."""
    toks = sa.tokens
    w = sa.doc.pack.words
    for k in range(last, min(last + _THING_MET_REACH, len(toks))):
        t = toks[k]
        if t.key in w.met_things:
            return True
        if t.kind != "word" or t.is_cap or t.key in w.with_ or t.key in w.and_:
            return False
    return False


# how far after "meet" the need or standard it meets may stand ("meet the growing domestic demand")
_THING_MET_REACH = 4


def _one_official_of_each_side(people: list[Person]) -> bool:
    """The people named are officials of Kazakhstan and of one other country, at least one of each."""
    sides = {p.country for p in people}
    return len(sides) == 2 and KAZ in sides and None not in sides and not any(p.organisation for p in people)


def _two_sides_after(people: list[Person], between: int) -> bool:
    """"talks between Foreign Minister A of Kazakhstan and Emir B of Qatar": right after "between", one person of
    Kazakhstan's side and one of a single other country's are named."""
    after = [p for p in people if between < p.title_first or between < p.first][:2]
    return len(after) == 2 and _one_official_of_each_side(after)


def _states_officials_after(sa: SentenceAnalysis, last: int) -> bool:
    """"brought together the foreign ministers of more than 20 countries", "gathered African foreign ministers",
    "brought together parliamentary delegations from ...": states' officials or delegations are the ones gathered."""
    delegates = sa.doc.pack.words.states_delegates
    return any(t.key in delegates for t in sa.tokens[last:last + _DELEGATES_REACH])


# how far after a verb of gathering the officials gathered are named ("brought together the heads of state and
# government of ...")
_DELEGATES_REACH = 6


def read_sentence(sa: SentenceAnalysis, partner) -> ContactClue | None:
    """The contact clue of a sentence, or None when it reports no contact.  `partner()` gives the
    release's partner country (for an official whose side the sentence leaves implicit)."""
    triggers = _signing_in_the_lead(sa, _triggers(sa))
    if not triggers or sa.has("cue", "called_off"):
        return None  # (nor does "the visit was postponed": the contact did not take place)
    signing = any(v == "signing" for _, _, v in triggers)
    ceremony = any(v == "ceremony" for _, _, v in triggers)
    triggers = [(t, pos, "weak" if v == "signing" else v) for t, pos, v in triggers]
    people = list(sa.people)
    toks = sa.tokens
    setting = _setting_span(sa)
    if setting is not None and any(pos >= setting[1] or pos < setting[0] for _, pos, _ in triggers):
        triggers = [t for t in triggers if not (setting[0] <= t[1] < setting[1])]
    if any(v != "weak" for _, _, v in triggers):
        # "spoke with journalists after the meeting with X": a verb of speaking is a call only with no contact word
        triggers = [t for t in triggers if not (t[2] == "weak" and t[0] == "phone_call")]
    # what follows a verb of discussion is the subject matter ("met ... and discussed the upcoming summit"), and
    # so is a future contact spoken of after the one reported ("met ... and agreed to hold the next round",
    # "during the talks, he invited her to visit Astana"): it is no time of the contact reported
    topic_cue = next((m for m in sa.layer("cue") if m.category == "topic" or m.value == "subject"), None)
    topic = topic_cue.first if topic_cue is not None else None
    # (what a foreign official is congratulated on is subject matter too, and its parties none of the contact's:
    # "congratulated Putin on the outcome of his meeting with Donald Trump")
    congratulated = [(k, m.first) for m in sa.layer("trigger") if m.value == "noun"
                     for k in [_congratulation_before(sa, m.first)] if k is not None]
    if congratulated and (topic is None or congratulated[0][0] < topic):
        topic = congratulated[0][0]
    hi = len(toks)
    if topic is not None and any(pos < topic and t != "summit" and v != "weak" for t, pos, v in triggers):
        triggers = [t for t in triggers if t[1] < topic]
        hi = topic
        # "... stressed the importance of the next Commission, to be co-chaired by Minister X": named in it
        # (but not the party the topic was discussed with: "During the call, the Head of State discussed the
        # situation in the Middle East with Sultan X")
        people = [p for p in people if p.title_first < hi or _discussed_with(sa, p, hi)]
    elif topic is not None and any(v == "weak" and pos == topic for _, pos, v in triggers) and (
            _pair_named(sa, topic) is not None or _both_sides_named_before(people, topic)):
        # "Presidents of Kazakhstan and Russia discussed preparations for the upcoming meeting of the Council", "X of
        # Kazakhstan and Y of Lithuania discussed plans for the year": the two sides named before it discussed; the
        # gathering or plan is what they discussed (but "discussed ... via videoconference" says how they did, and
        # "discussed ... during the negotiations" when; "discussed the next meeting of the Kazakh-Uzbek Commission"
        # names the sides in what was discussed)
        triggers = [t for t in triggers if t[1] <= topic or t[0] in ("phone_call", "video_call") or any(
            x.key in sa.doc.pack.words.setting_of_a_gathering for x in toks[max(0, t[1] - _DURING_REACH):t[1]])]
        hi = topic
    weak = all(v == "weak" for _, _, v in triggers)
    types = [(t, pos) for t, pos, _ in triggers]
    signed_at = _signing_of_a_document_after(sa, types)
    date = next((d.date for d in sa.dates if signed_at is None or d.first < signed_at), None)
    if date is not None and sa.has("document_status", "signed") and all(_after_contact(sa, pos) for _, pos in types):
        date = None  # "a memorandum was signed today following the talks": the signing's date
    if date is None and sa.has("cue", "same_day_as_before"):
        date = sa.doc.last_date_before(sa.index)  # "On the same day, X held talks with Y"
    status = _status(sa, hi if signed_at is None else min(hi, signed_at), date)
    # named, but not present: the sender of greetings, a spokesperson announcing the contact
    inviters = [p for p in people if _inviter(sa, p)]
    people = [p for p in people if not named_absent(sa, p) and "spokesperson" not in p.roles]
    if congratulated:
        people = [p for p in people if p.first < congratulated[0][1]]  # (the congratulated contact's parties)
    people += _referred_by_office(sa, people)
    people += _whose_counterpart(sa, people)
    if _with_no_official_party(sa, [(t, pos) for t, pos, _ in triggers], people):
        return None
    business = [p for p in people if p.country != KAZ and _business_office(sa, p)]
    if business:
        # "a meeting between the Minister of Industry X and the General Director of the Saudi company Y": no
        # official of the other side, no diplomatic contact
        people = [p for p in people if p not in business]
        if not any(p.country != KAZ for p in people):
            return None
    if status == "held":
        later = _announced_after(sa, types)
        if later is not None:
            # "... stressed the importance of holding the next meeting of the Commission, to be co-chaired by
            # Deputy Prime Minister X": X is named for the contact announced, not the one reported
            people = [p for p in people if p.title_first < later]
    countries = list(dict.fromkeys(list(sa.foreign_countries) + _delegations_of_foreign_places(sa)))
    # the country a venue city is placed in ("met his Mongolian counterpart in Qingdao, China")
    placed = {m.last + 1 for m in sa.mentions if m.kind == "city" and m.last < len(toks) and toks[m.last].text == ","}
    if setting is not None:
        # "met on the sidelines of the SCO meeting in Hangzhou, China": the gathering's host is no party (unless the
        # sentence names that country elsewhere too)
        hosts = {x.code for x in sa.mentions if x.first in placed} - {
            x.code for x in sa.mentions if x.is_country and x.first not in placed}
        countries = [c for c in countries if c not in hosts]
    # (a country whose companies are named is no party: "the General Director of the Saudi Arabian company")
    companies = _business_countries(sa)
    if companies and not any(p.country in companies for p in people):
        countries = [c for c in countries if c not in companies]
        if not countries and not any(p.country not in (None, KAZ) for p in people) and not any(
                p.organisation for p in people):
            return None
    # ("agreed to hold the next round in Tbilisi": the venue of the next round)
    # (nor is a city in what was said: "... reaffirmed support for the planned UN Centre in Almaty")
    city, city_country = _city(sa, min(hi if topic_cue is not None and topic_cue.value in ("subject", "speech") else len(toks),
                                       len(toks) if signed_at is None else signed_at))
    # "State Secretary X received the credentials of several ambassadors": who receives credentials is the host,
    # and a Kazakh release's host is Kazakhstan's, unless a country is named before the ceremony
    at = min((pos for _, pos, v in triggers if v == "ceremony"), default=None)
    if at is not None and sa.doc.is_kazakh_perspective:
        if not any(x.is_country and x.code != KAZ and x.first < at for x in sa.mentions):
            for p in people:
                if p.country is None and not p.organisation and p.first < at:
                    p.country = KAZ
    _companions_on_their_side(sa, people)
    office = _office_alone_before(sa, types, people)
    hosted = office is not None
    if sa.doc.is_kazakh_perspective:
        _visitors_of_a_country_are_kazakh(sa, types, people)
        _envoy_who_met_is_kazakh(types, people)
    _resolve_unknown(people, countries, partner, city_country, guest=_visits_kazakhstan(sa, types),
                     host=_visit_host(sa, types), hosted=hosted)
    holder = _kazakh_holder(sa, office) if office is not None else None
    if holder is not None and holder.surname not in {p.surname for p in people}:
        people.append(holder)
    kazakh = [p for p in people if p.country == KAZ]
    foreign = [p for p in people if p.country != KAZ]
    if kazakh and not foreign and all(t == "visit" for t, _ in types) and _trip_at_home(sa, types) and all(
            any(p.title_first <= m.first < p.first for p in kazakh) for m in sa.layer("title")):
        # "Kazakh PM X paid a working visit to Akmola region": a trip at home (no office but the traveller's named:
        # not "met at the airport the President of Turkey, who arrived on a visit to Astana")
        return None
    if not kazakh and _another_country_s_office_met(sa, types, foreign):
        return None  # "the Russian President held telephone talks with the President of Tajikistan X": not Kazakhstan's
    if signing and not (kazakh and any(p.country for p in foreign)):
        return None  # "the two countries signed ...": a signing, not two officials who met
    ctype = max((t for t, _ in types), key=lambda t: STRENGTH.get(t, 0))
    # a country named in what was discussed is no party to the gathering ("discussed the war in Ukraine")
    discussed = next((m.first for m in sa.layer("cue") if m.category == "topic" and m.value != "speech"), None)
    # (nor is the country a venue city is placed in)
    parties = [x.code for x in sa.mentions if x.is_country and x.code != KAZ and x.first not in placed and (
        discussed is None or x.first < discussed)]
    states = set(parties) | {p.country for p in people if p.country and not p.organisation} | (
        {KAZ} if sa.names_kazakhstan else set())
    if not any(t in ("meeting", "talks", "summit") for t, _ in types):
        states = set()  # "concluded her visit to Kazakhstan and Uzbekistan": a tour, not a gathering
    w = sa.doc.pack.words
    keys = sa.keyset
    # (but "a meeting with the Ministers of Healthcare of the Organisation of Turkic States" meets a body of them)
    # (and "talks between Kazakhstan's Foreign Minister A and the visiting Emir of Qatar B": the two named after it)
    bilateral = not keys.isdisjoint(w.bilateral) or (not keys.isdisjoint(w.with_) and any(
        t.key in w.with_ and i >= 1 and toks[i - 1].key in w.meeting_noun and not _officials_of_an_organisation(sa, i)
        for i, t in enumerate(toks))) or (not keys.isdisjoint(w.between) and any(
            t.key in w.between and i >= 1 and toks[i - 1].key in w.meeting_noun and _two_sides_after(people, i)
            for i, t in enumerate(toks)))
    # ("Bilateral Meetings with the ROK, Kazakhstan and Uzbekistan": three states, met two by two)
    central_asia_met = _with_central_asia_s_officials(sa) or _with_kazakhstan_among_several(sa)
    # ("US Secretary of State A hosted Kazakhstan's Foreign Minister B for discussions on Ukraine", "an audience of the
    # Ambassador of Kazakhstan with Crown Prince X, Kazinform's reporter in China informed": one official of each of
    # the two sides named, the third country only spoken of)
    many_states = len(states) >= 3 and not _one_official_of_each_side(people)
    gathering = any(t == "summit" for t, _ in types) or (
        (many_states or _group_audience(sa) or central_asia_met) and keys.isdisjoint(w.bilateral))
    if gathering and len(states) < 3 and not keys.isdisjoint(w.two) and not keys.isdisjoint(w.pair_people):
        gathering = False  # "the two leaders" after a bilateral summit
    if ceremony and not any(t == "summit" for t, _ in types):
        gathering = False  # envoys of several states presenting credentials: each met the host (a rule below)
    visit_cue = any(t == "visit" for t, _ in types)
    also = not keys.isdisjoint(w.also)
    also_received = (not keys.isdisjoint(w.received) and any(
        t.key in w.received and i >= 1 and toks[i - 1].key in w.passive_received
        for i, t in enumerate(toks))) or (also and any(
                            t == "meeting" and toks[pos].kind == "word" and toks[pos].key not in w.also_not_new
                            for t, pos in types))
    # ("the meeting", and a sentence opening on "His visit ...": the contact already reported, whatever else it
    # calls it, "His visit was the first bilateral trip of ...")
    refers_back = all(pos >= 1 and toks[pos - 1].key in w.determiner for _, pos in types) or (
        min(pos for _, pos in types) == 1 and toks[0].key in w.possessive_pronoun)
    attendance = sa.has("cue", "attendance")
    return ContactClue(sa, ctype, types, status, people, kazakh, foreign, countries, city, city_country, date,
                       gathering, bilateral, visit_cue, also_received, refers_back, weak,
                       _pair_named(sa) or (partner() if _the_two_countries(sa) else None),
                       attendance, setting is not None, ceremony, hosted, inviters, central_asia_met)


# how far before a contact word "during" may stand ("during the bilateral negotiations")
_DURING_REACH = 3


def _both_sides_named_before(people: list[Person], k: int) -> bool:
    """A Kazakh official and a foreign one named before token `k`."""
    before = [p for p in people if p.last <= k]
    return any(p.country == KAZ for p in before) and any(p.country not in (None, KAZ) for p in before)


def _the_two_countries(sa: SentenceAnalysis) -> bool:
    """"a meeting involving the Prosecutors General of the two countries": officials of the pair named by reference,
    no foreign country named — the release's partner is the other party."""
    w = sa.doc.pack.words
    toks = sa.tokens
    if any(m.is_country and m.code != KAZ for m in sa.mentions):
        return False
    plural = sa.doc.pack.plural_office
    offices = {m.last for m in sa.layer("title") if m.category == "plural" or (
        m.category == "head" and plural is not None and plural(toks[m.last - 1].text))} | {
        i + 1 for i, t in enumerate(toks) if t.key in w.pair_people}
    return any(t.key in w.two and i + 1 < len(toks) and toks[i + 1].key in w.states and any(
        i - _OFFICES_OF_THE_TWO <= k <= i for k in offices) for i, t in enumerate(toks))


# how far before "the two countries" the officials of them are named ("the Prosecutors General of the two countries")
_OFFICES_OF_THE_TWO = 3


def _whose_counterpart(sa: SentenceAnalysis, named: list[Person]) -> list[Person]:
    """""We are always in contact," he said at a meeting with his Kazakh counterpart X": the foreign official whose
    counterpart X is, named in a sentence before (none in this one, and no foreign country named)."""
    w = sa.doc.pack.words
    toks = sa.tokens
    if any(p.country != KAZ for p in named) or any(m.is_country and m.code != KAZ for m in sa.mentions):
        return []
    if not any(p.country == KAZ and "counterpart" in p.roles and p.title_first >= 1
               and toks[p.title_first - 1].key in w.possessive_pronoun for p in named):
        return []
    for k in range(sa.index - 1, max(-1, sa.index - 3), -1):
        foreign = [p for p in sa.doc.sentences[k].people if p.country not in (None, KAZ) and not p.organisation]
        if foreign:
            return [foreign[-1]]
    return []


def _referred_by_office(sa: SentenceAnalysis, named: list[Person]) -> list[Person]:
    """"In Tashkent, the Chairperson-in-Office held meetings with ...": an office named alone, with
    "the", stands for the one official of the release who holds it (only an office no one else holds)."""
    out: list[Person] = []
    toks = sa.tokens
    w = sa.doc.pack.words
    taken = {i for p in named for i in range(p.title_first, p.last)}
    for m in sa.layer("title"):
        if m.category != "head" or m.first in taken:
            continue
        # an office tag ("office:head_of_state" on "Президент" and "Глава государства") names the office
        # whatever the words; a language without articles ("Глава государства провел встречу") refers by
        # such offices only
        tags = {t for t in m.value.split() if t.startswith("office:")}
        if w.definite:
            if m.first < 1 or toks[m.first - 1].key not in w.definite:
                continue
        elif not tags:
            continue
        if m.last < len(toks) and (toks[m.last].key in w.of or toks[m.last].is_cap):
            continue  # "the Minister of ...", "the Minister Y": not alone
        office = sa.span_text(m.first, m.last).lower()
        if tags:
            holders = {p.surname: p for p in sa.doc.known_people.values()
                       if tags & p.roles and p.surname not in {q.surname for q in named}}
            if len(holders) > 1:  # in a Kazakh release, the Kazakh holder
                holders = {k: p for k, p in holders.items() if p.country == KAZ}
        else:
            # (an office of eight letters or more, "governor", "minister": a shorter word is too often part of
            # another's)
            holders = {p.surname: p for p in sa.doc.known_people.values()
                       if p.title and office in p.title.lower() and len(office) >= 8}
        if len(holders) == 1:
            p = next(iter(holders.values()))
            if p.surname not in {q.surname for q in named + out}:
                out.append(p)
    return out


def _pair_named(sa: SentenceAnalysis, before: int | None = None) -> str | None:
    """A foreign country named as Kazakhstan's other party: "Kazakh-Mongolian consultations",
    "between Kazakhstan and Serbia", "Kazakhstan and Chile held" (only before token `before`, when given)."""
    ms = [m for m in sa.mentions if m.is_country and (before is None or m.last <= before)]
    toks = sa.tokens
    w = sa.doc.pack.words
    for a, b in pairwise(ms):
        if KAZ not in (a.code, b.code) or a.code == b.code:
            continue
        gap = toks[a.last:b.first]
        if len(gap) == 1 and gap[0].text in "-–—/" or len(gap) == 1 and gap[0].key in w.and_ or \
                len(gap) == 1 and gap[0].text == "," and a.kind == b.kind == "demonym" or \
                len(gap) == 2 and gap[0].key in w.and_ and gap[1].key in w.definite or \
                _bodies_of_the_two(sa, a.last, b.first, b.kind == "demonym"):
            return b.code if a.code == KAZ else a.code
    return None


def _bodies_of_the_two(sa: SentenceAnalysis, lo: int, hi: int, adjective_after: bool) -> bool:
    """"the Ministry of Agriculture of Kazakhstan and the Ministry of Commerce of China", "the Kazakh Ministry of
    Agriculture and the Chinese Ministry of Commerce": between the two countries, the names of two bodies joined
    by one "and" — a body of each side."""
    toks = sa.tokens
    w = sa.doc.pack.words
    ands = [k for k in range(lo, hi) if toks[k].key in w.and_]
    if len(ands) != 1 or hi - lo > _BODY_NAMES_REACH:
        return False
    k = ands[0]
    # (the second body's name after its country's adjective, "and the Chinese Ministry", or before its country)
    if not ((adjective_after or hi - k > 2) and sa.names_a_body(lo, k) and sa.names_a_body(k + 1, hi)):
        return False
    # (not the parties of a document: "an Agreement between the Government of Kazakhstan and the Government of
    # Russia was ratified")
    start = lo - 1
    while start > 0 and sa.names_a_body(start - 1, start):
        start -= 1
    return start == 0 or toks[start - 1].key not in w.between


# how many tokens the names of two bodies may take between their countries
_BODY_NAMES_REACH = 10


def _announced_after(sa: SentenceAnalysis, types: list[tuple[str, int]]) -> int | None:
    """The token where a second, announced contact starts in a sentence reporting one ("the next meeting",
    "to be co-chaired"): a planned cue after a later contact word."""
    if len(types) < 2:
        return None
    second = sorted(pos for _, pos in types)[1]
    return next((m.first for m in sa.layer("cue") if m.category == "planned" and m.first >= second - 2), None)


def _signing_of_a_document_after(sa: SentenceAnalysis, types: list[tuple[str, int]]) -> int | None:
    """"At a meeting with X, the ratification of the Agreement on ..., signed by the parties in New York on
    September 22, 2022, was discussed": where a document named after the contact word is said to have been
    signed — the day, venue and time words from there on are the signing's, not the contact's."""
    first = min(pos for _, pos in types)
    docs = [d.last for d in sa.layer("document") if d.first > first]
    if not docs:
        return None
    toks = sa.tokens
    # (the participle set off by a comma: not "the Agreement, which entered into force in 2020, and the next meeting")
    return next((m.first for m in sa.layer("document_status") if m.category == "signed" and min(docs) <= m.first
                 and m.last - m.first == 1 and toks[m.first - 1].text == ","), None)


def _after_contact(sa: SentenceAnalysis, pos: int) -> bool:
    """The contact word follows "following the", "after the", "on the results of the"."""
    w = sa.doc.pack.words
    keys = [t.key for t in sa.tokens[max(0, pos - 5):pos]]
    return any(k in w.after for k in keys[-3:]) or any(k in w.results for k in keys)


def _group_audience(sa: SentenceAnalysis) -> bool:
    """"heads of diplomatic missions of the CICA member states", "ambassadors of EU countries", "Central Asian energy
    ministers" (a region's, named right before)."""
    toks = sa.tokens
    w = sa.doc.pack.words
    if sa.keyset.isdisjoint(w.audience):
        return False
    for i, t in enumerate(toks):
        if t.key in w.audience and any(m.kind == "region" and i - _REGION_BEFORE_AUDIENCE <= m.last <= i and all(
                x.kind == "word" for x in toks[m.last:i]) for m in sa.mentions):
            return True
        if t.key in w.audience and any(x.key in w.states for x in toks[i + 1:i + 12]):
            window = [x.key for x in toks[i + 1:i + 4]]
            plural = next(k for k in range(i + 1, min(len(toks), i + 12)) if toks[k].key in w.states)
            if plural == i + 1 and not _group_named_after(sa, plural + 1):
                continue  # "разговор глав государств": the two heads of state, an office
            if toks[plural].text[0].isupper() and toks[plural - 1].key not in w.member:
                continue  # "the States General" is a parliament; "the Member States of the CICA" a group
            if toks[plural - 1].key in w.both_two:
                continue  # "representatives ... of both countries": the two delegations
            if any(k in w.audience_from for k in window):
                return True
    return False


# how many words (of the office: "energy") may stand between a region and its officials ("Central Asian energy
# ministers")
_REGION_BEFORE_AUDIENCE = 2


def _group_named_after(sa: SentenceAnalysis, k: int) -> bool:
    """A group named right after "heads of states": its members ("-членов"), an organisation or a region
    ("глав государств Центральной Азии", "послов стран ЕС")."""
    toks = sa.tokens
    if k < len(toks) and toks[k].text in "-–" and k + 1 < len(toks):
        k += 1
    return k < len(toks) and (toks[k].key in sa.doc.pack.words.member or any(
        x.first == k and x.kind in ("organisation", "region") for x in sa.mentions))


# ---------------------------------------------------------------- across sentences
# how many sentences after a Kazakh official reported with no other party (a trip, "met the participants of the
# Assembly") that official is the Kazakh side of a contact that names none
UNPAIRED_REACH = 2


@dataclass
class ContactTracker:
    """Contacts of one release, sentence by sentence."""
    kazakh_release: bool
    contacts: list[Contact] = field(default_factory=list)
    setting: SentenceAnalysis | None = None  # the last sentence read that named the setting of its contact
    # Kazakh officials a sentence reported with no other party ("Ambassador X visited the Astrakhan region"), that
    # sentence's index and venue: the hosts they meet next may be named without them
    unpaired: list[Person] = field(default_factory=list)
    unpaired_at: int = -1
    unpaired_city: tuple[str | None, str | None] = (None, None)
    # the trips reported (sentence index, city, its country): "X arrived in Minsk to attend ...", whatever
    # contact the sentence became
    trips: list[tuple[int, str, str]] = field(default_factory=list)

    def find(self, status: str, *, surname: str | None = None, counterpart: str | None = None,
             without_foreign: bool = False, skip_summit: bool = False) -> Contact | None:
        for c in reversed(self.contacts):
            if c.status != status or (skip_summit and c.type == "summit"):
                continue
            if surname is not None and surname in c.foreign_surnames():
                return c
            if counterpart is not None and c.counterpart == counterpart and c.type != "summit":
                if not without_foreign or not c.foreign_surnames():
                    return c
        return None

    def new(self, clue: ContactClue, ctype: str, counterpart: str | None, people: list[Person]) -> Contact:
        sa = clue.sa
        c = Contact(ctype, clue.status, counterpart, [], clue.date, clue.city, clue.city_country,
                    sa.index, sa.start, sa.end)
        c.visit_cue = clue.visit_cue
        c.inviters = list(clue.inviters)
        c.joint_body = bool(_commission_sessions(sa))
        c.add_people(people)
        if clue.status == "held" and not clue.kazakh and 0 < sa.index - self.unpaired_at <= UNPAIRED_REACH:
            # "... visited the Astrakhan region. At the meeting with the governor Igor Babushkin, ...": the
            # traveller is the Kazakh side of the meetings of the trip that name none
            c.add_people(self.unpaired)
            if c.city is None:
                c.city, c.city_country = self.unpaired_city
        self.contacts.append(c)
        return c

    def feed(self, clue: ContactClue) -> None:
        count = len(self.contacts)
        claimed = False
        for rule in MERGE_RULES:
            if rule(self, clue):
                claimed = True
                break
        if not claimed and clue.kazakh and not clue.foreign and clue.status == "held" and len(self.contacts) == count:
            self.unpaired, self.unpaired_at = list(clue.kazakh), clue.index
            self.unpaired_city = (clue.city, clue.city_country)
        if clue.setting:
            self.setting = clue.sa
        if clue.visit_cue and clue.city is not None and clue.city_country is not None:
            # (held by the words before the trip's own word: "arrived in Minsk to attend ..." is a trip made)
            visit_at = min(pos for t, pos in clue.types if t == "visit")
            if _status(clue.sa, visit_at + 1, clue.date) == "held":
                self.trips.append((clue.index, clue.city, clue.city_country))


def _kazakh_side(tracker: ContactTracker, clue: ContactClue) -> bool:
    return bool(clue.kazakh) or clue.sa.names_kazakhstan or tracker.kazakh_release or clue.central_asia_met


def _refine(c: Contact, clue: ContactClue, people: list[Person], upgrade: bool = True, ctype: str | None = None) -> None:
    """Tell more of contact c: its people, a stronger word (`ctype`, by default the clue's strongest), day, venue."""
    c.add_people(people)
    c.visit_cue = c.visit_cue or clue.visit_cue
    c.inviters = c.inviters or list(clue.inviters)
    if upgrade:
        c.upgrade(ctype or clue.type)
    c.date = c.date or clue.date
    if c.city is None and clue.city is not None:
        c.city, c.city_country = clue.city, clue.city_country


def rule_gathering(tracker: ContactTracker, clue: ContactClue) -> bool:
    """A multilateral gathering (a summit, a council of ministers, three or more states): one summit
    contact per status, its participants gathered from every sentence about it.  A bilateral contact
    described in the sentence ("met with X on the sidelines") is left to the next rules."""
    named_bilateral = [p for p in clue.foreign if not p.organisation]
    last = next((c for c in reversed(tracker.contacts) if c.status == clue.status), None)
    if last is not None and last.type == "summit" and _joins_the_contact(clue) \
            and not clue.bilateral and not clue.weak:
        # "President X and Y, head of the UN Centre, attended the meeting as guests": more of the summit
        _refine(last, clue, clue.people, upgrade=False)
        return True
    if not clue.gathering or clue.weak or (named_bilateral and clue.bilateral and not clue.central_asia_met):
        return False  # (but a foreign minister's "meeting with his colleagues from Uzbekistan, Kazakhstan, ..." is one)
    first_type, first_pos = min(clue.types, key=lambda t: t[1])
    w = clue.sa.doc.pack.words
    if first_type != "summit" and tracker.contacts and first_pos >= 1 and \
            clue.sa.tokens[first_pos - 1].key in w.near_determiner and tracker.contacts[-1].type != "summit":
        return False  # "The meeting took place during his visit for the Ministerial Conference"
    existing = next((c for c in reversed(tracker.contacts) if c.type == "summit" and c.status == clue.status), None)
    if existing is not None and not clue.refers_back and existing.sentence_index != clue.index and \
            _another_gathering(clue.sa, clue.sa.doc.sentences[existing.sentence_index]):
        existing = None
    if existing is not None:
        _refine(existing, clue, clue.people, upgrade=False)
        return True
    if clue.foreign and not clue.kazakh and not clue.sa.names_kazakhstan and clue.city_country != KAZ and \
            not clue.central_asia_met:
        # "Minister Cavusoglu also attended the virtual event of the OIC": a foreign official's own (but not a meeting
        # with Central Asia's ministers, Kazakhstan's among them)
        return True
    if _kazakh_side(tracker, clue) and (clue.status != "held" or clue.sa.has("cue", "held")):
        c = tracker.new(clue, "summit", None, clue.people)
        if c.status == "held" and tracker.setting is not None and not (
                clue.kazakh or clue.sa.names_kazakhstan or clue.attendance) and not _another_gathering(
                clue.sa, tracker.setting):
            # "met X on the margins of the OIC Council of Foreign Ministers. The session, which gathered ...":
            # the gathering a contact was held beside, told of with no one of Kazakhstan in it, is its setting
            c.status = "context"
        return True
    # "visited Luxembourg to attend the meeting of the Cooperation Council": a gathering not said to be held, on a
    # trip to a country; the trip is the contact reported
    return not (clue.visit_cue and clue.countries and clue.status == "held")


def rule_calls_with_several_countries(tracker: ContactTracker, clue: ContactClue) -> bool:
    """"held telephone conversations with the foreign ministers of Azerbaijan, Kyrgyzstan and Uzbekistan",
    "провел телефонные переговоры с главами МИД Азербайджана, Кыргызстана и Узбекистана": a call joins two
    parties, so calls with several countries, none of their officials named, are one call with each."""
    if clue.type != "phone_call" or clue.weak or clue.foreign or clue.refers_back or \
            any(t == "summit" for t, _ in clue.types):
        return False
    sa = clue.sa
    first = min(pos for _, pos in clue.types)
    with_at = _with_right_after(sa, first)
    if with_at is None:
        return False  # the parties follow "with" ("amid the war in Ukraine" names none)
    # the countries listed together after "with": "of Azerbaijan, Kyrgyzstan and Uzbekistan" (not "of Hungary
    # about the situation in Ukraine")
    codes = sa.countries_listed(with_at + 1, first_within=_CALLED_OFFICES_REACH)
    if len(codes) < 2 or not _kazakh_side(tracker, clue):
        return False
    _one_contact_with_each(tracker, clue, clue.type, codes, lambda code: clue.people)
    return True


# how many words after "with" the countries of the offices called may start ("with the heads of foreign policy
# agencies of Azerbaijan, Kyrgyzstan, ...")
_CALLED_OFFICES_REACH = 8


# how many sentences after the one that named a gathering as the setting of its contacts meetings with officials of
# several countries are still held beside it
_SETTING_REACH = 2


def rule_meetings_with_officials_of_several_countries(tracker: ContactTracker, clue: ContactClue) -> bool:
    """"met with the new ambassadors of Slovakia, Spain and Israel", "встретился с министрами иностранных дел
    Австрии, Кипра и Греции на полях СМИД ОБСЕ": officials of several countries met by their office, none of
    them named — one contact with each country.  Envoys always (each is received in turn); others only when
    the contacts were held beside a gathering or are counted as several ("held meetings with"): "met with the
    foreign ministers of" three neighbours in Astana may be one gathering."""
    if clue.type not in ("meeting", "talks") or clue.weak or clue.foreign or \
            any(t == "summit" for t, _ in clue.types) or len(set(clue.countries)) < 2:
        return False
    if clue.refers_back and any(c.counterpart in clue.countries for c in tracker.contacts):
        return False  # (but "had a number of meetings with delegations. At the meetings with the heads of the
        # delegations of Germany, Cyprus and Serbia, ...": the meetings announced, with no country yet)
    sa = clue.sa
    toks = sa.tokens
    w = sa.doc.pack.words
    # (the meeting word's "with", not a trip's named before it: "X, who is on a visit to Baku, has held bilateral
    # meetings with Speakers of the Azerbaijani, Kyrgyz and Turkish Parliaments")
    first = min(pos for t, pos in clue.types if t in ("meeting", "talks"))
    with_at = next((i for i in range(first, min(first + 4, len(toks))) if toks[i].key in w.with_), None)
    if with_at is None:
        return False
    office = _plural_office_after(sa, with_at + 1)
    separate = any(toks[pos].key in w.plural_meeting for _, pos in clue.types)  # "held meetings with"
    # (a gathering named as the setting a sentence or two before counts: "... talks with several counterparts
    # during the UN General Assembly. Nurtleu met with foreign ministers from Spain, Latvia and Poland")
    after_setting = tracker.setting is not None and clue.index - tracker.setting.index <= _SETTING_REACH
    if office is None and separate:
        # "held meetings with the Foreign Minister of Moldova, the Foreign Minister of Ukraine and the Foreign
        # Minister of Singapore": an office of each country in turn
        codes = _countries_of_offices_listed(sa, with_at + 1)
    elif office is None or not (clue.setting or after_setting or separate or "resident" in office.value.split()):
        return False
    else:
        codes = sa.countries_listed(office.last)
    if len(codes) < 2 or not _kazakh_side(tracker, clue):
        return False
    _one_contact_with_each(tracker, clue, clue.type, codes, lambda code: clue.kazakh)
    return True


def _countries_of_offices_listed(sa: SentenceAnalysis, k: int) -> list[str]:
    """The countries of a list of offices after token `k`, each office with its own country and no one named
    ("the Deputy Prime Minister and Foreign Minister of Moldova, the Foreign Minister of Ukraine, and the Foreign
    Minister of Singapore"), or [] when the list names anyone."""
    if any(p.first >= k for p in sa.people):
        return []
    toks = sa.tokens
    w = sa.doc.pack.words
    in_title = {i for m in sa.layer("title") if m.first >= k for i in range(m.first, m.last)}
    codes: list[str] = []
    last = k
    for x in sorted((x for x in sa.mentions if x.first >= k and x.is_country and x.code != KAZ), key=lambda x: x.first):
        if x.first < last:
            continue  # (the same name read twice: "Moldova" as a country and a demonym's stem)
        gap = range(last, x.first)
        # every word between is an office's, a link ("of the") or the list's commas and "and"
        if not any(i in in_title for i in gap) or not all(
                i in in_title or toks[i].text == "," or toks[i].key in w.and_ or toks[i].key in w.article
                or toks[i].key in w.of for i in gap):
            break
        codes.append(x.code)
        last = x.last
    return list(dict.fromkeys(codes))


# the region whose states' gatherings are Kazakhstan's own (a place lexicon's region code)
KAZAKHSTAN_S_REGION = "CA"


def _with_central_asia_s_officials(sa: SentenceAnalysis) -> bool:
    """"held a meeting with the foreign ministers of the Central Asian countries", «Встречу с министрами иностранных
    дел стран Средней Азии провел ...»: officials of Kazakhstan's region met together, Kazakhstan's among them."""
    w = sa.doc.pack.words
    return any(t.key in w.with_ and _office_for_several_of(sa, i, central_asia_only=True)
               for i, t in enumerate(sa.tokens))


# how many words after "with" the list of the countries met may start ("with his colleagues from Uzbekistan, ...")
_LIST_AFTER_WITH = 5


def _with_kazakhstan_among_several(sa: SentenceAnalysis) -> bool:
    """"to take part in the meeting with his colleagues from Uzbekistan, Kazakhstan, Kyrgyzstan, Tajikistan and
    Turkmenistan", «во встрече со своими коллегами из Узбекистана, Казахстана, ...»: Kazakhstan one of three or more
    countries met together — a gathering, Kazakhstan's among them."""
    w = sa.doc.pack.words
    for i, t in enumerate(sa.tokens):
        if t.key in w.with_:
            listed = sa.countries_listed(i + 1, _LIST_AFTER_WITH, with_kazakhstan=True)
            if KAZ in listed and len(listed) >= 3:
                return True
    return False


def _officials_of_an_organisation(sa: SentenceAnalysis, with_at: int) -> bool:
    """After "with" at `with_at`, an office named for several people of an organisation or of Central Asia's states
    ("with the Ministers of Healthcare of the Organisation of Turkic States", "with the heads of delegations of the SCO
    member states", «с министрами иностранных дел стран Средней Азии»; but "meetings with ambassadors of Eastern
    European countries" are one with each)."""
    return _office_for_several_of(sa, with_at, central_asia_only=False)


def _office_for_several_of(sa: SentenceAnalysis, with_at: int, central_asia_only: bool) -> bool:
    office = _plural_office_after(sa, with_at + 1)
    return office is not None and any(
        ((m.kind == "organisation" and not central_asia_only) or (m.kind == "region" and m.code == KAZAKHSTAN_S_REGION))
        and office.last <= m.first <= office.last + _ORGANISATION_AFTER_OFFICE
        for m in sa.mentions)


# how far after an office named for several people its organisation may be named ("the Ministers of Healthcare of
# the Organisation of Turkic States")
_ORGANISATION_AFTER_OFFICE = 6


def _plural_office_after(sa: SentenceAnalysis, k: int):
    """The office named for several people within three words after `k` ("the new ambassadors",
    "новыми послами", "his counterparts"), or None."""
    plural_office = sa.doc.pack.plural_office
    for m in sa.layer("title"):
        if k <= m.first <= k + 3 and (m.category == "plural" or (
                m.category == "head" and plural_office is not None and plural_office(sa.tokens[m.first].text))):
            return m
    return None


def _one_contact_with_each(tracker: ContactTracker, clue: ContactClue, ctype: str, codes: list[str],
                           people_of) -> None:
    """A contact of this type with each country (more of the one already reported with it), `people_of(code)`
    its participants."""
    for code in codes:
        target = tracker.find(clue.status, counterpart=code)
        if target is not None:
            _refine(target, clue, people_of(code))
        else:
            tracker.new(clue, ctype, code, people_of(code))


def rule_credentials_of_several_countries(tracker: ContactTracker, clue: ContactClue) -> bool:
    """"received the credentials of the ambassadors of Malaysia, Türkiye and Iran", "принял верительные грамоты
    у послов Малайзии, Турции и Ирана": each envoy presents credentials to the host in turn, so a ceremony of
    several countries' envoys is one meeting with each country, with that country's envoy."""
    if not clue.ceremony or clue.weak or any(t == "summit" for t, _ in clue.types):
        return False
    codes = list(dict.fromkeys(
        [p.country for p in clue.foreign if p.country and not p.organisation] +
        [x.code for x in clue.sa.mentions if x.is_country and x.code != KAZ and x.first > min(
            pos for _, pos in clue.types)]))
    if len(codes) < 2 or not _kazakh_side(tracker, clue):
        return False
    _one_contact_with_each(tracker, clue, "meeting", codes,
                           lambda code: clue.kazakh + [p for p in clue.foreign if p.country == code])
    return True


def _gathering_names(sa: SentenceAnalysis) -> tuple[set[str], set[tuple[str, ...]]]:
    """What names a gathering in a sentence: the organisations and regions named, and the words of its
    gathering nouns ("Council of Foreign Ministers", "саммит") that introduce one (not "the summit")."""
    groups = {m.code for m in sa.mentions if m.kind in ("organisation", "region")}
    det = sa.doc.pack.words.determiner
    words = {tuple(t.key for t in sa.tokens[m.first:m.last]) for m in sa.layer("trigger")
             if m.category == "summit" and m.value in ("noun", "group") and not (m.first >= 1 and sa.tokens[m.first - 1].key in det)}
    return groups, words


def _another_gathering(sa: SentenceAnalysis, before: SentenceAnalysis) -> bool:
    """"On the same day, he took part in the meeting of the heads of ... in the Central Asia - Russia format"
    after "the Council of Foreign Ministers of the CIS": a gathering named otherwise than the one reported
    (other organisations or regions, or no gathering word in common) is a gathering of its own."""
    groups, words = _gathering_names(sa)
    groups_before, words_before = _gathering_names(before)
    if groups and groups_before:
        return groups.isdisjoint(groups_before)
    return bool(words) and bool(words_before) and words.isdisjoint(words_before)


def _last_held_contact(tracker: ContactTracker) -> Contact | None:
    """The contact reported last that was held and is no gathering: the one a further party or host adds to."""
    return next((c for c in reversed(tracker.contacts) if c.status == "held" and c.type != "summit"), None)


def _withs_of_contact_words(clue: ContactClue) -> list[int]:
    """Where "with" follows a meeting or talks word of the sentence: the other party is named there."""
    found = (_with_right_after(clue.sa, pos) for t, pos in clue.types if t in ("meeting", "talks"))
    return [k for k in found if k is not None]


def _named_right_after_with(clue: ContactClue, person: Person) -> bool:
    """The person (or their office) is named within three tokens after the first "with" of the contact words:
    the party met ("At the meeting with the First Deputy Minister X", "During the talks with Prime Minister Y")."""
    withs = _withs_of_contact_words(clue)
    return bool(withs) and (withs[0] < person.title_first <= withs[0] + 3 or withs[0] < person.first <= withs[0] + 3)


def rule_separate_reception(tracker: ContactTracker, clue: ContactClue) -> bool:
    """"X was also received by President Tokayev": the guest of a contact already reported meets
    another Kazakh official — a contact of its own."""
    if not (clue.also_received and (clue.kazakh or clue.foreign) and clue.status == "held") or clue.weak:
        return False
    if not clue.kazakh:
        # "Secretary Saboia also called on First Deputy Minister X": the Kazakh host is named by office
        return False
    if len({p.country for p in clue.foreign if p.country}) > 1:
        return False  # "Minister X also met with the Minister of Moldova A and the Minister of Ukraine B": one with each
    last = _last_held_contact(tracker)
    if last is None:
        return False
    kazakh_new = not ({p.surname for p in clue.kazakh} & last.surnames())
    foreign_new = clue.foreign and not ({p.surname for p in clue.foreign} & last.surnames())
    if not any(p.country == KAZ for p in last.participants) and not foreign_new:
        # "Meetings with Assistant Secretary X took place at the MFA. ... The diplomat was received by Minister
        # Y": the first host named is the Kazakh side of the contact reported, not another contact
        _refine(last, clue, clue.kazakh)
        return True
    if not kazakh_new and not (foreign_new and not last.foreign_surnames()):
        return False  # the same officials again: more of the same contact
    guests = clue.foreign or [p for p in last.participants if p.country != KAZ]
    if not guests:
        return False
    counterpart = next((p.country for p in clue.foreign if p.country and not p.organisation), None) or last.counterpart
    c = tracker.new(clue, clue.type if clue.type != "summit" else "meeting", counterpart, clue.kazakh + guests)
    if c.city is None:
        c.city, c.city_country = last.city, last.city_country
    return True


def _kazakh_side_of_the_last(tracker: ContactTracker, status: str, countries: set[str | None]) -> list[Person]:
    """The Kazakh participants of the contact of this status reported last, when it was with one of `countries`
    (not a foreign guest's next stop: "... in Astana. In Tashkent, she held meetings with A, B and C")."""
    last = next((c for c in reversed(tracker.contacts) if c.status == status), None)
    if last is None or last.counterpart not in countries:
        return []
    return [p for p in last.participants if p.country == KAZ]


def _kazakh_subject(clue: ContactClue) -> bool:
    """Kazakhstan's side named by a demonym and no name before the contact word ("The Kazakh diplomat met with A, B and
    C"): the contact is Kazakhstan's, whoever the people met serve."""
    first = min(pos for _, pos in clue.types)
    return any(m.code == KAZ and m.kind == "demonym" and m.last < first for m in clue.sa.mentions) and not any(
        p.first < first for p in clue.people)


def _plural_contact_word(sa: SentenceAnalysis, pos: int) -> bool:
    """"held meetings with", «провел встречи с»: several contacts (a plural after a verb of holding, in a
    language whose keys are lemmas)."""
    pack = sa.doc.pack
    if sa.tokens[pos].key in pack.words.plural_meeting:
        return True
    return pack.accusative_plural is not None and pos >= 1 and sa.tokens[pos - 1].key in pack.words.hold_verb \
        and pack.accusative_plural(sa.tokens[pos].text)


def _hosts_listed(clue: ContactClue, separate: bool) -> bool:
    """Three or more Kazakh officials listed after the "with" of the contact word, the one foreign party named
    before it — or two after a plural contact word ("провел встречи с A и B"), or two each after a contact word
    of its own ("met with President A and held talks with Prime Minister B")."""
    if len(clue.kazakh) < 2 or clue.foreign[0].organisation:
        return False
    first = min((pos for t, pos in clue.types if t in ("meeting", "talks")), default=None)
    if first is None or clue.foreign[0].first >= first or not all(k.title_first > first for k in clue.kazakh):
        return False
    if len(clue.kazakh) >= 3 or separate:
        with_at = _with_right_after(clue.sa, first)
        return with_at is not None and all(k.title_first > with_at for k in clue.kazakh)
    anchors = [max(pos for _, pos in clue.types if pos < k.title_first) for k in clue.kazakh]
    return len(set(anchors)) == len(anchors)


def rule_named_foreign_party(tracker: ContactTracker, clue: ContactClue) -> bool:
    """Each foreign party named is one contact: the officials of one country met together are one
    contact, those of different countries one each ("a series of meetings with ambassadors A, B and
    C" is three); an organisation's official meeting several Kazakh officials meets each of them.  A
    contact already reported with the same official (or with the same country and no official yet)
    is told more of, not repeated."""
    if not clue.foreign or (clue.weak and not clue.kazakh and not tracker.contacts):
        return False
    # (one person named twice in one sentence, and no one else, is one party: a lead the page repeats, "A met B, -
    # A met B")
    foreign = clue.foreign if len({p.surname for p in clue.foreign}) > 1 else clue.foreign[:1]
    sides = {("org", p.surname) if p.organisation else p.country for p in foreign}
    if not clue.kazakh:
        # (and an office of another country named right after "with": "During a conversation with the Chinese
        # Ambassador, the Ambassador of Russia X ...")
        sides |= {m.code for k in _withs_of_contact_words(clue)[:1] for m in clue.sa.mentions
                  if m.is_country and m.code != KAZ and k < m.first <= k + 3}
    if not clue.kazakh and len(sides) > 1 and not clue.attendance and not clue.hosted and not _kazakh_subject(clue):
        return True  # "the Chairperson-in-Office met the President of Uzbekistan": not Kazakhstan's contact
    separate = any(_plural_contact_word(clue.sa, pos) for _, pos in clue.types)
    if len(foreign) == 1 and foreign[0].organisation and len(clue.kazakh) > 1:
        groups: list[tuple[str | None, list[Person]]] = [(None, [foreign[0], k]) for k in clue.kazakh]
    elif len(foreign) == 1 and _hosts_listed(clue, separate):
        # "X met with the Chairman of the Senate A, the Minister of Foreign Affairs B and the Deputy Chairman of
        # the Committee C": a guest's round of meetings, one with each
        # (each host first: the contact word before the host is the meeting's, not the trip's before the guest)
        groups = [(foreign[0].country, [k, foreign[0]]) for k in clue.kazakh]
    elif separate:
        # "held separate meetings with A and B", "a series of meetings with A, B and C": one each (with the Kazakh
        # side of the contact just reported when the sentence names none: "He held meetings with A, B and C")
        kazakh = clue.kazakh or _kazakh_side_of_the_last(tracker, clue.status, {p.country for p in foreign})
        groups = [(None if p.organisation else p.country, [p] + kazakh) for p in foreign]
    else:
        # officials of one side met together are one contact; each under its own contact word is its own
        # ("Prior to his meeting with Erdogan and Oktay, he also met with Cavusoglu")
        anchors = sorted(pos for _, pos in clue.types)
        by_side: dict = {}
        for p in foreign:
            anchor = max((a for a in anchors if a < p.title_first), default=None)
            key = ("org", p.surname) if p.organisation else ("country", p.country, anchor)
            by_side.setdefault(key, []).append(p)
        groups = []
        first_trigger = anchors[0] if anchors else 0
        hosts = {p.country for p in foreign if p.first < first_trigger and not p.organisation}
        kazakh_after = bool(clue.kazakh) and all(k.first > first_trigger for k in clue.kazakh)
        for key, ps in by_side.items():
            if hosts and kazakh_after and key[0] == "country" and key[1] not in hosts \
                    and all(p.first > first_trigger for p in ps):
                continue  # "A of Korea met B of Kazakhstan and C of Uzbekistan": C met A, not Kazakhstan
            if key[0] == "country" and not clue.attendance and _principals_of_their_own(clue.sa, ps):
                # (not those who attended one meeting: «Помимо Моди на встрече присутствовал министр B»)
                groups.extend((key[1], [p] + clue.kazakh) for p in ps)
            else:
                groups.append((None if key[0] == "org" else key[1], ps + clue.kazakh))
    several = len(groups) > 1 and len({t for t, _ in clue.types if t != "summit"}) > 1
    for counterpart, parts in groups:
        principal = parts[0]
        ctype = clue.type
        if several:
            # "held talks with the Prime Minister and was received by the Emperor": each party's contact
            # is the one named right before it
            before = [t for t, pos in clue.types if pos < principal.first and t != "summit"]
            ctype = before[-1] if before else clue.type
        if ctype == "summit":
            ctype = "meeting"
        target = tracker.find(clue.status, surname=principal.surname, skip_summit=clue.bilateral)
        if target is None and principal.country == KAZ and len(parts) == 2:
            # a host of the guest's round of meetings: the guest's contact reported with no host yet is the first
            target = next((c for c in reversed(tracker.contacts) if c.status == clue.status and c.type != "summit"
                           and parts[1].surname in c.surnames() and not any(p.country == KAZ for p in c.participants)),
                          None)
        if target is None and counterpart:
            target = tracker.find(clue.status, counterpart=counterpart, without_foreign=True)
            if target is not None and target.joint_body and target.sentence_index != clue.index and \
                    _met_by_a_verb_of_its_own(clue, principal):
                target = None  # "The 9th sitting of the intergovernmental commission convened ... the Minister met
                # with the Education Minister X": a meeting on the sitting's margins, of its own
        if target is None and counterpart and _joins_the_contact(clue) and not separate:
            # "The Ambassador of the DRC also took part in the meeting": one more of that side at the meeting
            target = tracker.find(clue.status, counterpart=counterpart)
        renamed = False
        if target is None and counterpart and clue.refers_back and tracker.contacts:
            last = tracker.contacts[-1]
            if last.status == clue.status and last.counterpart == counterpart and last.type in ("meeting", "talks"):
                if last.foreign_surnames() and _another_official(principal, last) and \
                        all(k.surname in last.surnames() for k in clue.kazakh) and \
                        (_named_right_after_with(clue, principal) or separate):
                    # "At the meeting with Foreign Minister A, ... During the talks with Prime Minister B, ...": the
                    # Kazakh guest's round of meetings, one with each host (named right after "with": not "During
                    # the meeting with businesses, the Ambassador of Sweden B said")
                    c = tracker.new(clue, ctype, counterpart, parts + [p for p in last.participants if p.country == KAZ])
                    if c.city is None:
                        c.city, c.city_country = last.city, last.city_country
                    continue
                # "held talks with the Sultan of Oman Haitham bin Tarik. During the meeting, the Head of State
                # briefed Sultan Haitham ...": the contact just reported, its guest named otherwise than before
                target, renamed = last, bool(last.foreign_surnames())
        if target is None and principal.organisation:
            target = next((c for c in reversed(tracker.contacts) if c.status == clue.status and c.counterpart is None
                           and c.type != "summit" and principal.surname in c.surnames()), None)
        if target is not None and target.sentence_index == clue.index and len(groups) > 1:
            target = None  # each of several parties of one sentence has a contact of its own
        if target is not None and _another_host(target, clue):
            target = None  # "Prime Minister A met Vice President X. ... President B met with X": two meetings
        if target is not None and principal.organisation and len(parts) == 2 and parts[1].country == KAZ and \
                target.surnames() & {p.surname for p in target.participants if p.country == KAZ} and \
                parts[1].surname not in target.surnames():
            target = None  # an organisation's official meets another Kazakh official: another contact
        if target is not None:
            if clue.date and target.type == "visit" and not target.foreign_surnames():
                target.date = clue.date  # the first named contact of a trip carries its own day
            _split_named_party(tracker, target, principal, clue)
            _split_kazakh_host(tracker, target, clue)
            target = tracker.find(clue.status, surname=principal.surname, skip_summit=clue.bilateral) or target
            people = parts if (clue.attendance or not clue.refers_back or
                               not any(p.country == KAZ for p in target.participants)) else parts[:1]
            if renamed:
                people = [p for p in people if p.country == KAZ]
            # (a weak word with both sides named reports a contact: "X and Y discussed ..." on a trip is a meeting)
            # (each of several parties under its own contact word: "meetings with A, as well as talks with B")
            _refine(target, clue, people, upgrade=not clue.weak or bool(clue.kazakh and clue.foreign),
                    ctype=ctype if several else None)
            if target.counterpart is None and counterpart and target.type != "summit":
                target.counterpart = counterpart
            continue
        if not (clue.kazakh or clue.sa.names_kazakhstan or tracker.kazakh_release):
            continue  # a contact between two foreign parties is not Kazakhstan's
        if counterpart is None and not principal.organisation:
            continue
        if clue.weak and not clue.kazakh:
            continue
        tracker.new(clue, ctype, counterpart, parts)
    return True


# how far after the "with" of a meeting its party's name may stand ("met with Mongolia's Education and Science
# Minister X")
_PARTY_AFTER_WITH_REACH = 10


def _met_by_a_verb_of_its_own(clue: ContactClue, person: Person) -> bool:
    """The sentence reports, by a verb, a meeting with `person`, the first one named after its "with" ("the Kazakh
    Minister met with Mongolia's Education and Science Minister X")."""
    withs = _withs_of_contact_words(clue)
    if clue.refers_back or not withs or not withs[0] < person.first <= withs[0] + _PARTY_AFTER_WITH_REACH:
        return False
    if any(withs[0] < p.first < person.first for p in clue.people):
        return False
    return any(v == "verb" and t in ("meeting", "talks") for t, _, v in _triggers(clue.sa))


_WORD = re.compile(r"[^\W\d_]+")


def _another_official(person: Person, contact: Contact) -> bool:
    """Someone who is none of the contact's foreign participants, however named: no word of the name in common
    with any of them ("Sultan Haitham" is "Sultan of Oman Haitham bin Tarik") and another office."""
    words = set(person.name.lower().split())
    for p in contact.participants:
        if p.country == KAZ:
            continue
        if words & set(p.name.lower().split()) or person.title is None or p.title is None or \
                person.title.lower() == p.title.lower():
            return False
    return True


def _another_host(target: Contact, clue: ContactClue) -> bool:
    """A later sentence that reports, by a verb of its own, the guest of a contact meeting Kazakh officials none
    of whom were in it ("President B met with Vice President X" after "Prime Minister A received X"), or one of
    them named right after the "with" of a meeting ("During a meeting with First Deputy Minister B, the
    Ambassador ..." after the credentials presented to A): a meeting of its own, not more of the first."""
    if clue.attendance or not clue.kazakh or clue.index == target.sentence_index:
        return False
    if not target.foreign_surnames() & {p.surname for p in clue.foreign}:
        return False  # (the same guest, named in both)
    hosts = {p.surname for p in target.participants if p.country == KAZ}
    if not hosts or hosts & {p.surname for p in clue.kazakh}:
        return False
    if any(_named_right_after_with(clue, p) for p in clue.kazakh):
        return True
    return not clue.refers_back and any(v == "verb" and t in ("meeting", "talks") for t, _, v in _triggers(clue.sa))


def _joins_the_contact(clue: ContactClue) -> bool:
    """"X also took part in the meeting", "Во встрече также принял участие X": someone taking part in a
    contact named as a thing (the contact already reported), not one of their own ("held talks with")."""
    if not clue.attendance:
        return False
    if clue.refers_back:
        return True
    w = clue.sa.doc.pack.words
    # a language without articles cannot say "the meeting": a contact noun alone refers back with "also", when
    # it opens the sentence ("На переговорах присутствовал посол ..."), or as the place someone was present at, the
    # word of attendance right after it («Помимо Моди на встрече присутствовал министр ...»)
    toks = clue.sa.tokens
    opens = min(pos for _, pos in clue.types) <= 1 or any(
        pos >= 1 and toks[pos - 1].key in w.attended_in and any(
            m.category == "attendance" and pos < m.first <= pos + 2 for m in clue.sa.layer("cue"))
        for _, pos in clue.types)
    return not w.definite and (opens or not clue.sa.keyset.isdisjoint(w.also)) and all(
        v in ("noun", "ceremony") for _, _, v in _triggers(clue.sa))


def _principals_of_their_own(sa: SentenceAnalysis, people: list[Person]) -> bool:
    """"met Prime Minister A, Foreign Minister B and Speaker C": officials of one country each under an office
    of their own, none a deputy or an aide (but of a city of their own), were each met on their own (a delegation is a
    principal and his deputies: "the Foreign Minister A and Deputy Foreign Minister B")."""
    if len(people) < 2 or any(p.title is None for p in people):
        return False
    pack = sa.doc.pack
    if _listed_after_representatives(sa, min(p.title_first for p in people)):
        return False  # "talks with representatives of the administration: Deputy Prime Minister A, Minister B, ...":
        # one delegation
    titles = [(p.title or "").lower() for p in people]
    if len(set(titles)) < len(titles):
        return False
    # a deputy head of another city or region than every other official's is a principal too: "Mayor of Bergen A and
    # Deputy Mayor of Stavanger B" (but "Foreign Minister A and Deputy Foreign Minister B" is a minister and his deputy)
    offices = [[pack.normalise(word) for word in _WORD.findall(title)] for title in titles]
    bodies = [_body_of(office, pack.words.of) for office in offices]
    for k, office in enumerate(offices):
        if any(word in pack.words.subordinate for word in office) and not (
                "local" in people[k].roles and bodies[k] is not None and
                all(body != bodies[k] for j, body in enumerate(bodies) if j != k)):
            return False
    return True


def _listed_after_representatives(sa: SentenceAnalysis, first: int) -> bool:
    """The person whose title starts at `first` is listed after "representatives ...:" — between the colon and the
    title only other people of the list, commas and "and"."""
    toks = sa.tokens
    w = sa.doc.pack.words
    listed = {i for p in sa.people for i in range(p.title_first, p.last)}
    k = first - 1
    while k >= 0 and (k in listed or toks[k].text == "," or toks[k].key in w.and_):
        k -= 1
    return k >= 1 and toks[k].text == ":" and any(
        t.key in w.representatives for t in toks[max(0, k - _REPRESENTATIVES_BEFORE_COLON):k])


# how far before the colon of a list the word of a delegation's members may stand ("with representatives of the
# current administration of Afghanistan:")
_REPRESENTATIVES_BEFORE_COLON = 6


def _body_of(office: list[str], of: frozenset[str]) -> tuple[str, ...] | None:
    """The words after "of" in an office ("mayor of stavanger": the body it heads), or None."""
    at = next((i for i, word in enumerate(office) if word in of), None)
    return tuple(office[at + 1:]) if at is not None else None


def _split_named_party(tracker: ContactTracker, target: Contact, principal: Person, clue: ContactClue) -> None:
    """"held talks with A and B. During the meeting with A, ... At the meeting with B, ...": when a later
    sentence names one of several officials met together as the party of a meeting of its own, each
    had a contact of their own."""
    toks = clue.sa.tokens
    w = clue.sa.doc.pack.words
    own = any(t.key in w.with_ and i >= 1 and toks[i - 1].key in w.own_meeting_noun
              and i + 1 < len(toks) and principal.first <= i + 3 for i, t in enumerate(toks))
    others = [p for p in target.participants if p.country != KAZ and p.surname != principal.surname]
    if not own or not others or principal.surname not in target.surnames():
        return
    kazakh = [p for p in target.participants if p.country == KAZ]
    target.participants = [p for p in target.participants if p.surname != principal.surname]
    c = Contact(target.type, target.status, target.counterpart, [], target.date, target.city, target.city_country,
                target.sentence_index, target.start, target.end, target.is_subject, target.visit_cue)
    c.add_people([next(p for p in [principal] + clue.people if p.surname == principal.surname)] + kazakh)
    tracker.contacts.insert(tracker.contacts.index(target) + 1, c)


def _split_kazakh_host(tracker: ContactTracker, target: Contact, clue: ContactClue) -> None:
    """"X made a visit to Kazakhstan, meeting President A and Foreign Minister B. ... The same day, X met with his
    Kazakh counterpart B": when a later sentence reports, by a verb of its own, the guest meeting one of several
    Kazakh officials of a contact, that official had a meeting of their own with the guest."""
    if clue.index == target.sentence_index or clue.refers_back or len(clue.kazakh) != 1 or not any(
            v == "verb" and t in ("meeting", "talks") for t, _, v in _triggers(clue.sa)):
        return
    host = clue.kazakh[0]
    if not _named_right_after_with(clue, host):
        return  # (the host named right after "with": not "thanked President A for the opportunity to meet")
    hosts = [p for p in target.participants if p.country == KAZ]
    if len(hosts) < 2 or host.surname not in {p.surname for p in hosts}:
        return
    guests = [p for p in target.participants if p.country != KAZ]
    target.participants = [p for p in target.participants if p.surname != host.surname]
    c = Contact(clue.type if clue.type != "summit" else "meeting", target.status, target.counterpart, [],
                clue.date or target.date, target.city, target.city_country, clue.index, clue.sa.start, clue.sa.end,
                target.is_subject, target.visit_cue)
    c.add_people(guests + [host])
    tracker.contacts.insert(tracker.contacts.index(target) + 1, c)


def rule_another_party_met(tracker: ContactTracker, clue: ContactClue) -> bool:
    """"Furthermore, the Kazakh delegation held a meeting with members of the Parliamentary Friendship Group", "the
    Deputy Minister also met with the delegation": a contact reported again, by a verb or "a meeting", with "with"
    after it and a word that adds one more thing done, is a meeting with one more party of the partner's — a
    contact of its own, not more of the one reported (whose Kazakh side it keeps when it names none)."""
    if clue.status != "held" or clue.weak or clue.foreign or clue.refers_back or clue.type not in ("meeting", "talks"):
        return False
    sa = clue.sa
    w = sa.doc.pack.words
    if sa.keyset.isdisjoint(w.besides):
        return False
    last = _last_held_contact(tracker)
    if last is None or last.counterpart is None or any(c != last.counterpart for c in clue.countries):
        return False
    withs = _withs_of_contact_words(clue)
    if not withs and clue.kazakh:
        # «Кроме того, состоялись переговоры заместителя министра X с иранской делегацией»: "with" after the Kazakh
        # official who holds the contact
        after = clue.kazakh[-1].last
        withs = [k for k in range(after, min(after + 2, len(sa.tokens))) if sa.tokens[k].key in w.with_]
    if not withs or any(m.code == KAZ and withs[0] < m.first <= withs[0] + 5 for m in sa.mentions):
        return False  # (not "also met with Kazakh children", "во время его встреч с Президентом Казахстана")
    kazakh = clue.kazakh or [p for p in last.participants if p.country == KAZ]
    c = tracker.new(clue, clue.type, last.counterpart, kazakh)
    if c.city is None:
        c.city, c.city_country = last.city, last.city_country
    return True


def rule_meeting_with_another_host(tracker: ContactTracker, clue: ContactClue) -> bool:
    """"The diplomat was received by Minister X ... At the meeting with the First Deputy Minister Y, a wide range
    of issues was touched upon": a meeting with a Kazakh official named right after "with", who is not the
    Kazakh side of the contact just reported, is the same guest's meeting with another host."""
    if clue.status != "held" or clue.weak or clue.foreign or not clue.kazakh or clue.type not in ("meeting", "talks"):
        return False
    last = _last_held_contact(tracker)
    if last is None or last.counterpart is None or any(c != last.counterpart for c in clue.countries):
        return False
    hosts = {p.surname for p in last.participants if p.country == KAZ}
    guests = [p for p in last.participants if p.country != KAZ]
    if not hosts or not guests or {p.surname for p in clue.kazakh} & hosts:
        return False
    if not any(_named_right_after_with(clue, p) for p in clue.kazakh):
        return False
    c = tracker.new(clue, clue.type, last.counterpart, clue.kazakh + guests)
    if c.city is None:
        c.city, c.city_country = last.city, last.city_country
    return True


def rule_country_named(tracker: ContactTracker, clue: ContactClue) -> bool:
    """No foreign official named, one foreign country named as the other party ("Kazakh-Mongolian
    consultations were held", "Kazakhstan and Serbia held consultations", a Kazakh official's trip to
    a country): a contact with that country, or more of the one reported.  A weak word reports one only
    with both sides named as a pair and no contact with that country known yet (a headline "Премьер-министры
    Кыргызстана и Казахстана обсудили ...", then "... прибыл с рабочим визитом": the two met, it was more than
    a trip)."""
    countries = list(dict.fromkeys(clue.countries))
    if not countries and clue.kazakh and clue.visit_cue and clue.city_country and clue.city_country != KAZ:
        countries = [clue.city_country]  # "arrived in Budapest"
    if not countries and clue.pair and not clue.foreign:
        countries = [clue.pair]  # "a meeting of the Prosecutors General of the two countries"
    posting = _posting_of_a_diplomat_who_met_someone(clue)
    if posting is not None and set(countries) <= {posting}:
        countries = [posting]
    if len(countries) != 1 or (clue.weak and clue.pair != countries[0]):
        return False
    c = countries[0]
    if not clue.foreign and c != posting and _only_a_posting(clue, c):
        return False  # "Ambassador of Kazakhstan to Ghana X held several meetings in Accra": no party named
    target = tracker.find(clue.status, counterpart=c)
    if clue.weak and any(known.counterpart == c for known in tracker.contacts):
        # a weak word says nothing of how a contact already reported was held, nor announces another one
        # ("the schedule of upcoming contacts was reviewed ... Kazakh-Japanese interaction")
        return False
    if target is not None and clue.pair == c and not clue.foreign and not clue.refers_back and \
            (clue.attendance or clue.sa.has("cue", "held")) and target.sentence_index != clue.index and \
            target.foreign_surnames() and _meeting_of_a_joint_body(clue):
        target = None  # "met President X. ... took part in the 8th meeting of the Kazakhstan-X Joint Planning Group"
    if target is not None:
        people = clue.people if clue.attendance or not clue.refers_back else []
        if all(t == "visit" for t, _ in clue.types) and target.type != "visit" and \
                any(p.country == KAZ for p in target.participants) and not clue.attendance and \
                not ({p.surname for p in clue.kazakh} & target.surnames()):
            # "the speech of President X at the Shura Council during his state visit", told of at the Ambassador's
            # meeting: another Kazakh official's trip, no part of that meeting
            people = [p for p in people if p.country != KAZ]
        _refine(target, clue, people)
        return True
    last = tracker.contacts[-1] if tracker.contacts else None
    if last is not None and clue.refers_back and (last.status == clue.status or (
            last.counterpart == c and last.type == clue.type and clue.status == "held")):
        # "During the meeting, a memorandum on ... Afghanistan was signed", "the meeting of the Heads of
        # State ... with the United States": the contact just reported, the country only mentioned (and "Within
        # the framework of the visit the sides signed ..." after "the visit to Kuwait back in 1997": that visit)
        _refine(last, clue, clue.people if clue.attendance else [], upgrade=last.type != "summit")
        return True
    if not (clue.kazakh or clue.pair == c or (clue.visit_cue and clue.sa.names_kazakhstan)
            or ((_office_of(clue.sa, KAZ) or clue.sa.names_kazakhstan) and _office_of(clue.sa, c))
            or _kazakhstan_then_with_the_country(clue, c)):
        return False  # a country only mentioned ("negotiations on Syria hosted by Astana")
    tracker.new(clue, clue.type if clue.type != "summit" else "meeting", c, clue.people)
    return True


def _meeting_of_a_joint_body(clue: ContactClue) -> bool:
    """A meeting noun followed by "of the" and the capitalised name of a body of the two states ("the 8th meeting
    of the Kazakhstan-Türkiye Joint Strategic Planning Group", "the meeting of the Intergovernmental Commission")."""
    sa = clue.sa
    toks, n = sa.tokens, len(sa.tokens)
    w = sa.doc.pack.words
    if sa.keyset.isdisjoint(w.joint_body):
        return False
    for t, pos in clue.types:
        if t != "meeting" or pos + 1 >= n or toks[pos + 1].key not in w.of:
            continue
        if any(toks[k].key in w.joint_body and toks[k].text[:1].isupper() for k in range(pos + 2, min(n, pos + 12))):
            return True
    return False


def _kazakhstan_then_with_the_country(clue: ContactClue, c: str) -> bool:
    """"The Kazakh ambassador held talks with Montenegrin officials", "the Foreign Minister of Kazakhstan met
    with the Foreign Minister of Portugal": no one named, but Kazakhstan's side stands before the contact word
    and the country right after the "with" that follows it — the two sides of the contact."""
    sa = clue.sa
    if clue.weak:
        return False
    first = min(pos for _, pos in clue.types)
    with_at = _with_right_after(sa, first)
    return with_at is not None and any(m.code == KAZ and m.kind != "city" and m.last <= first for m in sa.mentions) \
        and any(m.code == c and with_at < m.first and (m.first <= with_at + 5 or sa.names_a_body(with_at + 1, m.first))
                for m in sa.mentions)


def _posting_of_a_diplomat_who_met_someone(clue: ContactClue) -> str | None:
    """"Consul General of Kazakhstan in Omsk X met with the Governor of the Omsk Region", "Виталий Хоценко
    встретился с Генеральным консулом Казахстана в Омске": a Kazakh diplomat posted abroad met someone the
    sentence names (an office, or a name with no title) and gives no country — the country of the posting
    is the other party.  None when no one else is named ("... held several meetings in Accra")."""
    sa = clue.sa
    if clue.weak or clue.type not in ("meeting", "talks") or clue.status != "held" \
            or any(p.country or p.organisation for p in clue.foreign):
        return None
    posting = next((m.code for p in clue.kazakh if "resident" in p.roles for m in sa.mentions
                    if m.code != KAZ and m.kind in ("country", "city") and p.title_first <= m.first < p.first), None)
    if posting is None or any(c != posting for c in clue.countries) or any(
            m.kind == "organisation" for m in sa.mentions):
        return None  # (an envoy to a state and an organisation: "the Grand Master of the Order of Malta")
    spans = [(p.title_first, p.last) for p in clue.kazakh]
    places = {i for m in sa.mentions for i in range(m.first, m.last)}

    def elsewhere(i: int) -> bool:
        return not any(a <= i < b for a, b in spans) and i not in places

    caps = set(sa.caps)
    someone = bool(clue.foreign) or any(m.category in ("head", "plural") and elsewhere(m.first)
                                        for m in sa.layer("title")) or any(
        i + 1 in caps and elsewhere(i) and elsewhere(i + 1) and sa.tokens[i + 1].space_before for i in caps)
    return posting if someone else None


def _only_a_posting(clue: ContactClue, code: str) -> bool:
    """Every mention of the country is a Kazakh official's posting ("Ambassador of Kazakhstan to Ghana",
    "the Kazakh Ambassador to Ghana", "the newly appointed Ambassador to Ghana X" of a Kazakh release): where the
    official serves, not a party to the contact."""
    sa = clue.sa
    toks = sa.tokens
    w = sa.doc.pack.words
    heads = [t.last for t in sa.layer("title") if t.category == "head"]
    mentions = [m for m in sa.mentions if m.code == code]
    triggers = [pos for _, pos in clue.types]

    def posting(m) -> bool:
        k = m.first - 1
        if k >= 0 and toks[k].key in w.article:
            k -= 1
        return k >= 0 and toks[k].key in w.towards and any(m.first - 6 <= h <= k for h in heads) \
            and any(m.last <= p.first <= m.last + 12 and not any(m.last <= t < p.first for t in triggers)
                    for p in clue.kazakh)  # (in the office before the name: not "X's visit to Ghana")
    return bool(clue.kazakh) and bool(mentions) and all(posting(m) for m in mentions)


def _office_of(sa: SentenceAnalysis, code: str) -> bool:
    """The sentence names an office of this country by its bare complement, with or without its holder:
    "телефонный разговор Президента Казахстана с Премьер-министром Японии" (a headline that names both
    sides by office only).  Only a complement without a link word: a language that joins the country by
    a preposition ("the President of Kazakhstan") names its parties otherwise."""
    pack = sa.doc.pack
    heads = [m for m in sa.layer("title") if m.category == "head"]
    for x in sa.mentions:
        if x.code != code or x.kind != "country":
            continue
        for m in heads:
            gap = sa.tokens[m.last:x.first]
            if 0 <= len(gap) <= 3 and x.first >= m.last and all(
                    t.key in pack.title_words and t.key not in pack.title_links for t in gap):
                return True
    return False


def rule_contact_the_release_opens_on(tracker: ContactTracker, clue: ContactClue) -> bool:
    """"At the beginning of the meeting, the Head of the Ministry of Health of Kazakhstan thanked the Minister of
    Health of Turkey ...", "At the meeting on Wednesday, the parties paid special attention to ...", "The sides
    discussed a wide range of issues ...": a release (an excerpt whose lead is lost) that opens on a contact it has
    not reported is about that contact — with the one country its sentence names, else the country the release names
    most."""
    if tracker.contacts or clue.index > _OPENING_SENTENCES or clue.status != "held" or clue.foreign or \
            clue.type not in ("meeting", "talks"):
        return False
    if not (clue.refers_back and not clue.weak) and not (clue.weak and _opens_with_the_two_sides(clue.sa)) and \
            not (clue.kazakh and not clue.weak and _the_two_named(clue.sa)):
        return False
    countries = list(dict.fromkeys(clue.countries))
    if len(countries) > 1:
        return False
    counts = clue.sa.doc.mention_counts
    best = max(counts, key=lambda code: counts[code]) if counts else None
    c = countries[0] if countries else best if best is not None and (counts[best] >= 2 or len(counts) == 1) else None
    if c is None:
        return False
    tracker.new(clue, clue.type, c, clue.people)
    return True


def _the_two_named(sa: SentenceAnalysis) -> bool:
    """"... noted the fruitfulness of negotiations, during which the two leaders discussed ...": the two sides of a
    contact named as a pair ("the two leaders", "the two presidents")."""
    toks = sa.tokens
    w = sa.doc.pack.words
    return any(t.key in w.pair_people and i >= 1 and toks[i - 1].key in w.two for i, t in enumerate(toks))


def _opens_with_the_two_sides(sa: SentenceAnalysis) -> bool:
    """"The sides discussed ...", "The parties exchanged views ...", «Стороны обсудили ...»: the sentence's subject,
    first, is the two sides of a contact."""
    toks = sa.tokens
    w = sa.doc.pack.words
    first = 1 if toks and toks[0].key in w.determiner else 0
    return len(toks) > first and toks[first].key in w.pair_people and toks[first].text[:1].isupper() == (first == 0)


# how many sentences a release may open with (a headline, a dateline) before its first contact
_OPENING_SENTENCES = 1


def rule_earlier_contact(tracker: ContactTracker, clue: ContactClue) -> bool:
    """"the importance of the recent telephone conversation between the Presidents": an earlier (or
    announced) contact with the partner of the contact just reported."""
    if clue.countries or clue.status == "held" or clue.weak or not tracker.contacts \
            or tracker.contacts[-1].status != "held":
        return False
    if clue.refers_back and clue.status == "context" and clue.type == tracker.contacts[-1].type:
        return False
    tracker.new(clue, clue.type, tracker.contacts[-1].counterpart, clue.people)
    return True


def rule_more_of_the_last(tracker: ContactTracker, clue: ContactClue) -> bool:
    """A sentence naming no foreign party tells more of the contact just reported ("During the talks,
    the Minister noted ..."): a stronger word upgrades it; an official joins it when the sentence says
    so ("also participated in the talks") or when the contact has no one of that side yet."""
    if not tracker.contacts:
        return False
    last = tracker.contacts[-1]
    if clue.refers_back and clue.status == "held" and last.status != "held":
        # "Following the talks, ..." after a contact announced or recalled in between: the one reported
        last = next((c for c in reversed(tracker.contacts) if c.status == "held"), last)
    if last.status == clue.status or clue.status == "held":
        sides = {p.country == KAZ for p in last.participants}
        people = [p for p in clue.people if clue.attendance or (p.country == KAZ) not in sides]
        # "Negotiations on a settlement in Syria and Iraq were also touched upon": talks of other countries, not
        # named as the contact reported ("the talks"), say nothing of how it was held
        others = bool(clue.countries) and last.counterpart not in clue.countries and not clue.refers_back
        _refine(last, clue, people, upgrade=clue.status == last.status and not clue.weak and not others)
    return True


def rule_hosts_of_the_last_guest(tracker: ContactTracker, clue: ContactClue) -> bool:
    """"X came to Astana, where he held discussions with A, Speaker of the Parliament; B, Chairman of the Senate; and
    Prime Minister C": three or more Kazakh officials listed after the "with" of a contact word (two after a plural
    one: "the Vietnamese leader held talks with President A and had meetings with Speaker B and Prime Minister C"),
    no foreign party named but the guest's country, right after a contact with a foreign guest and no Kazakh side
    yet — the guest's round of meetings, one with each, of the contact word before each host."""
    if clue.foreign or clue.status != "held" or not tracker.contacts:
        return False
    last = tracker.contacts[-1]
    hosts = {p.surname for p in clue.kazakh}
    if last.status != "held" or last.type == "summit" or not last.foreign_surnames() or any(
            p.country == KAZ and p.surname not in hosts for p in last.participants) or any(
            c != last.counterpart for c in clue.countries):
        return False  # (a host already with the guest, seeing them off at the airport, is one of the round)
    separate = any(_plural_contact_word(clue.sa, pos) for _, pos in clue.types)
    if len(clue.kazakh) < (2 if separate else _ROUND_OF_HOSTS):
        return False
    first = min((pos for t, pos in clue.types if t in ("meeting", "talks")), default=None)
    with_at = _with_right_after(clue.sa, first) if first is not None else None
    if with_at is None or not all(k.title_first > with_at or k.first > with_at for k in clue.kazakh):
        return False
    guests = [p for p in last.participants if p.country != KAZ]
    last.participants = list(guests)
    several = len({t for t, _ in clue.types if t in ("meeting", "talks")}) > 1
    for n, host in enumerate(clue.kazakh):
        # each host's contact is of the word right before it when the sentence names several ("held talks with A
        # and had meetings with B"), else of the guest's contact
        ctype = max((pos, t) for t, pos in clue.types if pos < min(host.first, host.title_first))[1] \
            if several else last.type
        ctype = ctype if ctype in ("meeting", "talks") else last.type
        if n == 0:
            _refine(last, clue, [host], upgrade=several, ctype=ctype)
            continue
        c = tracker.new(clue, ctype, last.counterpart, guests + [host])
        c.date = c.date or last.date
        if c.city is None:
            c.city, c.city_country = last.city, last.city_country
    return True


# how many Kazakh hosts listed make a guest's round of meetings, one with each
_ROUND_OF_HOSTS = 3

# The order is the decision: the first rule that applies to a sentence's clue wins.
MERGE_RULES = [
    rule_calls_with_several_countries,
    rule_credentials_of_several_countries,
    rule_meetings_with_officials_of_several_countries,
    rule_gathering,
    rule_separate_reception,
    rule_named_foreign_party,
    rule_hosts_of_the_last_guest,
    rule_another_party_met,
    rule_meeting_with_another_host,
    rule_country_named,
    rule_contact_the_release_opens_on,
    rule_earlier_contact,
    rule_more_of_the_last,
]


# ---------------------------------------------------------------- for the marts
def _travelled(people: list[Person]) -> bool:
    """Someone of this side who does not reside where the contact took place (not a diplomat posted
    there): their presence means a trip."""
    return any("resident" not in p.roles for p in people)


def direction_of(c: Contact) -> str | None:
    """A contact in Kazakhstan is an incoming visit only if the text says someone came or a foreign
    participant is not a diplomat posted there; likewise abroad for an outgoing visit."""
    if c.type == "summit":
        return "multilateral"
    if c.type in ("phone_call", "video_call"):
        return "remote"
    if c.city_country == KAZ:
        foreign = [p for p in c.participants if p.country != KAZ]
        if c.visit_cue or _travelled(foreign) or (c.type == "talks" and not foreign):
            return "incoming_visit"
        return None
    if c.city_country and c.city_country == c.counterpart:
        kazakh = [p for p in c.participants if p.country == KAZ]
        if c.visit_cue or _travelled(kazakh) or (c.type == "talks" and not kazakh):
            return "outgoing_visit"
        return None
    if c.city_country:
        return "third_location"
    return None


_MODES: dict[str | None, str] = {"incoming_visit": "visit", "outgoing_visit": "visit", "third_location": "third-party",
          "multilateral": "multilateral", "remote": "phone"}


def plover_and_cameo(c: Contact, direction: str | None) -> tuple[str, str | None, str]:
    """PLOVER event category and mode, and the CAMEO code, of a contact."""
    if c.status == "planned":
        return "AGREE", _MODES.get(direction), "036"
    if c.type in ("phone_call", "video_call"):
        return "CONSULT", "phone", "041"
    if c.type == "talks":
        code = "046"
    elif c.type == "summit" or direction == "third_location":
        code = "044"
    elif direction == "outgoing_visit":
        code = "042"
    elif direction == "incoming_visit":
        code = "043"
    else:
        code = "040"
    return "CONSULT", _MODES.get(direction), code
