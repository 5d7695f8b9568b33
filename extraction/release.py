"""One release read sentence by sentence, then settled by an ordered list of named release rules.

`read_release(doc)` feeds each sentence's analysis to the finders (contacts, agreements, figures),
carrying what a sentence leaves to the next (a signing a bare list continues, a metric or a period
a next sentence's figure takes), then applies `RELEASE_RULES` in order.  Each rule is one decision
about the whole release (which contact is the subject, which country a figure is with, ...), small
and tested by itself.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal

from .agreements import Agreement, find_agreements, is_headline
from .analysis import KAZ, DocumentAnalysis, SentenceAnalysis
from .contacts import Contact, ContactTracker, named_absent, read_sentence
from .figures import Figure, find_figures, head_metric, is_global, is_regional


@dataclass
class Release:
    doc: DocumentAnalysis
    tracker: ContactTracker
    agreements: list[Agreement] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    # the foreign countries named up to each sentence (a figure's partner may be named before it)
    countries_before: dict[int, list[str]] = field(default_factory=dict)

    @property
    def contacts(self) -> list[Contact]:
        return self.tracker.contacts

    def partner(self) -> str | None:
        """The release's partner: the first held contact's country, else the foreign country it names
        most (at least twice, or the only one)."""
        for c in self.contacts:
            if c.counterpart and c.status == "held" and c.type != "summit":
                return c.counterpart
        if any(c.type == "summit" and c.status == "held" for c in self.contacts):
            return None  # about a multilateral gathering: a country it names is a participant, not a partner
        if any(c.status == "held" and any(p.organisation for p in c.participants) for c in self.contacts):
            return None  # about a contact with an organisation: its partner is no country
        counts = self.doc.mention_counts
        if not counts:
            # a partner's own release that names no country but its dateline: "Riyadh, January 17, 2024 --"
            for sa in self.doc.sentences[:3]:
                for m in sa.mentions:
                    if m.kind == "city" and m.code != KAZ:
                        return m.code
            return None
        best = max(counts, key=lambda c: counts[c])
        if counts[best] >= 2 or len(counts) == 1:
            return best
        return None


def read_release(doc: DocumentAnalysis) -> Release:
    release = Release(doc, ContactTracker(doc.is_kazakh_perspective))
    previous_signed = False
    carried_metric = None
    carried_currency: str | None = None
    previous_period = None
    global_trade = False
    regional_trade = False
    seen: list[str] = []
    for sa in doc.sentences:
        release.countries_before[sa.index] = list(seen)
        clue = read_sentence(sa, release.partner)
        if clue is not None:
            release.tracker.feed(clue)
        elif sa.people:
            present_at_the_last_contact(release, sa)
        found = find_agreements(sa, previous_signed)
        previous_signed = any(a.status == "signed" for a in found)
        release.agreements.extend(found)
        sentence_is_global = is_global(sa)
        figures = find_figures(sa, carried_metric, sentence_is_global, carried_currency)
        if sentence_is_global:
            # a partner's share of the total, with no amount ("Accounting for 20% of the total turnover with Central
            # Asian countries, Tajikistan is ..."), sets no total that runs on into the next sentences
            global_trade = bool(sa.amounts) or not sa.foreign_countries
        elif global_trade and (sa.foreign_countries or sa.has("figure_cue", "bilateral")):
            global_trade = False
        # a region's trade runs on until a country is named: "... between the regions of Kazakhstan and the
        # Astrakhan region. Last year mutual trade came to almost 17 million dollars" is still the region's
        if is_regional(sa):
            regional_trade = True
        elif sa.foreign_countries:
            regional_trade = False
        if not global_trade and not regional_trade and doc.is_kazakh_perspective:
            own = next((f for f in figures if f.family == "trade" and f.kind == "actual" and not f.comparison), None)
            for f in figures:
                if f.family == "trade" and not f.period_stated and f.kind == "actual" and previous_period:
                    # "... reached $43.8bn in 2024. Exports totalled $15.3bn ...": the period runs on
                    f.year, f.months = previous_period
                if f.same_period and f.months is None:
                    # "($1.4 billion over the same period of 2022)": the months of the figure it is set against
                    f.months = own.months if own is not None and own.months else (
                        previous_period[1] if previous_period else None)
                release.figures.append(f)
        actual = [f for f in figures if f.family == "trade" and f.kind == "actual" and not f.comparison
                  and f.year is not None]
        previous_period = (actual[0].year, actual[0].months) if actual else (
            previous_period if figures and all(f.comparison for f in figures) else _period_of_a_change(sa, figures))
        carried_metric = head_metric(sa) if sa.layer("metric") else None
        carried_currency = figures[-1].currency if figures else None
        for c in _countries_spoken_of(sa):
            if c in seen:
                seen.remove(c)
            seen.append(c)
    for rule in RELEASE_RULES:
        rule(release)
    return release


def _period_of_a_change(sa, figures: list[Figure]) -> tuple[int, tuple[int, int] | None] | None:
    """"Trade from January through April 2023 increased by 7 percent. ... Trade reached $1.5 billion": a sentence
    that gives the period and the change of trade but no amount sets the period of the figures that follow, a relative
    one too ("Exports grew 1.9 times last year. Imports rose by 25.7% to $35.9 million")."""
    if figures or not any(m.category == "trade" for m in sa.layer("metric")):
        return None
    own = [p for p in sa.periods if p.year is not None and not p.comparison]
    return (own[0].year, own[0].months) if len(own) == 1 else None


def _countries_spoken_of(sa: SentenceAnalysis) -> list[str]:
    """The foreign countries a sentence speaks of, in order; not one named only as what another is ranked against
    ("Russia will be ranked second after the Netherlands": the sentences after it speak of Russia), nor a route
    ("transit tariffs for cargo through Russia": the partner is still the one spoken of before)."""
    toks = sa.tokens
    w = sa.doc.pack.words
    aside = set()
    for m in sa.mentions:
        k = m.first - 1
        while k >= 0 and toks[k].key in w.article:
            k -= 1
        if k >= 0 and (toks[k].key in w.ranked_against or toks[k].key in w.route):
            aside.add(m.code)
    spoken = {m.code for m in sa.mentions if m.is_country and m.code not in aside}
    return [c for c in sa.foreign_countries if c in spoken]


def present_at_the_last_contact(release: Release, sa) -> None:
    """A sentence that names officials but no contact: they took part in the contact just reported when
    it says so ("The Kazakh delegation was led by X, the Romanian side by Y"), or when that contact has
    no one named of their side yet ("Deputy of the National Diet Fumiaki Kobayashi stated ...")."""
    held = [c for c in release.contacts if c.status == "held"]
    if not held or (sa.has("cue", "planned") and not sa.has("cue", "attendance")):
        return  # (nor those a sentence says will do something: "V.Putin and N.Nazarbayev will discuss ...")
    last = held[-1]
    if last.type == "summit" and not sa.has("cue", "attendance"):
        # a gathering no one of Kazakhstan is named at yet: the Kazakh official who speaks of it took part
        # ("The ministers of the five states met in Geneva. ... Minister Nurtleu stressed ...")
        if not any(p.country == KAZ for p in last.participants):
            last.add_people([p for p in sa.people if p.country == KAZ and "spokesperson" not in p.roles][:1])
        return
    attendance = sa.has("cue", "attendance")
    sides = {p.country for p in last.participants}
    for p in sa.people:
        if p.surname in last.surnames() or "spokesperson" in p.roles or named_absent(sa, p):
            continue  # (a spokesperson announces or comments on contacts, takes no part in them)
        if p.country is None and not p.organisation:
            if not attendance:
                continue
            # (the one foreign country the sentence names is theirs: "A working group led by Minister X ... is
            # representing the Mongolian side")
            named = set(sa.foreign_countries)
            p.country = next(iter(named)) if len(named) == 1 and KAZ not in sides else (
                last.counterpart if KAZ in sides else KAZ)
        if attendance or (p.country == KAZ and KAZ not in sides) or (
                p.country != KAZ and p.country == last.counterpart and not last.foreign_surnames()):
            last.add_people([p])


# ---------------------------------------------------------------- release rules
def contacts_need_a_counterpart(release: Release) -> None:
    """A bilateral contact with no country (and no organisation's official) is no fact."""
    release.tracker.contacts = [c for c in release.contacts
                                if c.type == "summit" or c.counterpart or any(p.organisation for p in c.participants)]


def visit_absorbed_by_its_contacts(release: Release) -> None:
    """A trip is an event only when no meeting or talks of it are described: when they are, those are
    the events (SCHEMA.md)."""
    held = [c for c in release.contacts if c.status == "held" and c.type not in ("visit", "summit")]
    kept = []
    for c in release.contacts:
        if c.type == "visit" and c.status == "held" and any(
                o.counterpart == c.counterpart or not c.counterpart for o in held):
            absorbing = [o for o in held if o.counterpart == c.counterpart]
            for o in absorbing:
                o.visit_cue = True
                o.city = o.city or c.city
                o.city_country = o.city_country or c.city_country
            if absorbing:
                # the host named with the trip ("at the invitation of X") takes part in its first contact
                first = absorbing[0]
                sides = {p.country for p in first.participants}
                first.add_people([p for p in c.participants if p.country not in sides])
                first.inviters = first.inviters or c.inviters
            continue
        kept.append(c)
    release.tracker.contacts = kept


def inviting_host_at_the_talks(release: Release) -> None:
    """"At the invitation of Minister X, Minister Y paid a visit to Astana. The ministers held talks": the host
    who invited the guest takes part in the talks or meeting of the trip when no one of the host's side is named
    in it (the trip alone, with no contact described, is the guest's)."""
    for c in release.contacts:
        if c.type in ("visit", "summit") or c.status != "held":
            continue
        sides = {p.country for p in c.participants}
        c.add_people([p for p in c.inviters if p.country is not None and p.country not in sides])


def contacts_at_the_venue_of_the_trip(release: Release) -> None:
    """"The Prime Minister arrived in Minsk to attend the meeting of the Eurasian Intergovernmental Council. Upon
    arrival, he met with the Prime Minister of Belarus": a contact that names no venue, held in the country a
    trip reported before it went to (or in Kazakhstan, where the guest arrived), is held in the trip's city."""
    trips = release.tracker.trips
    for c in release.contacts:
        organisation = not c.counterpart and any(p.organisation for p in c.participants)
        if c.city is not None or c.status != "held" or c.type in ("summit", "phone_call", "video_call") \
                or not (c.counterpart or organisation):
            continue
        # (an organisation's official is met wherever the trip went: "visited New York ... met the UN
        # Secretary-General")
        trip = next((t for t in reversed(trips) if t[0] <= c.sentence_index and (
            organisation or t[2] in (c.counterpart, KAZ))), None)
        if trip is not None:
            c.city, c.city_country = trip[1], trip[2]


def gatherings_in_passing_are_context(release: Release) -> None:
    """A gathering named after the bilateral contact the release reports, with no one said to take part in
    it ("... held talks with X. They discussed the agenda of the coming summit, and the summit held in May
    took place ..."; "they praised the decisions of the summit held in Budapest"), is background:
    the release is about the contact, the summit is spoken of.  So is an announced gathering named after
    the contact a release announces."""
    sentences = release.doc.sentences
    for status in ("held", "planned"):
        # (an announced gathering named after the announced contact: "The visit comes after the ministerial
        # meeting in Tokyo")
        reported = [c.sentence_index for c in release.contacts if c.status == status and c.type not in ("summit", "visit")
                    and (c.counterpart or any(p.organisation for p in c.participants))]
        for c in release.contacts:
            if c.type == "summit" and c.status == status and not c.participants and reported \
                    and c.sentence_index > min(reported) and not sentences[c.sentence_index].has("cue", "attendance"):
                c.status = "context"


def closing_earlier_news_is_background(release: Release) -> None:
    """A paragraph that closes a release with "Earlier, ..." after its news recalls other news: "Earlier, the President
    attended the summit of the Organization of Turkic States", closing a release about a law ratified, is background.
    A contact it tells with a party of a contact the release reports is that news told again ("Earlier, Qazinform
    reported that President Tokayev welcomed the visiting President Karis", closing a release about Karis's visit)."""
    sentences = release.doc.sentences
    if not sentences or sentences[-1].index in release.doc.lead_sentences:
        return
    closing = sentences[-1]
    toks = closing.tokens
    if not any(m.first == 0 and m.last < len(toks) and toks[m.last].text == "," for m in closing.find("cue", "context")):
        return
    for c in release.contacts:
        if c.sentence_index != closing.index or c.status != "held":
            continue
        others = [o for o in release.contacts if o is not c and o.status == "held"]
        if not any((o.counterpart and o.counterpart == c.counterpart) or o.foreign_surnames() & c.foreign_surnames()
                   for o in others):
            c.status = "context"


def trip_named_after_the_lead_is_background(release: Release) -> None:
    """A release whose only contact held is a trip named by a noun after its opening sentences ("The agreement was
    signed during the visit of President X to China", "As a result of the minister's visit, an embassy was opened")
    speaks of that trip: its news is elsewhere (an agreement, an interview).  A verb of travel ("visited", "arrived")
    or of making the trip before its noun ("paid a visit", «совершил визит») reports the trip itself."""
    held = [c for c in release.contacts if c.status == "held"]
    if not held or any(c.type != "visit" for c in held):
        return
    lead = release.doc.lead_sentences
    sentences = release.doc.sentences
    for c in held:
        if c.sentence_index in lead:
            continue
        sa = sentences[c.sentence_index]
        words = [m for m in sa.layer("trigger") if m.category == "visit"]
        if words and all(m.value == "noun" and not _trip_made_before(sa, m.first) for m in words):
            c.status = "context"


def _trip_made_before(sa: SentenceAnalysis, first: int) -> bool:
    """"paid an official visit", "wrapped up a two-day visit", «совершил свой первый официальный визит»: a verb of
    making the trip stands a few words before its noun."""
    made = sa.doc.pack.words.trip_made
    return any(t.key in made for t in sa.tokens[max(0, first - _TRIP_VERB_REACH):first])


# how far before a trip's noun the verb of making it may stand ("completed his first official state visit")
_TRIP_VERB_REACH = 5


def subject_by_status(release: Release) -> None:
    """The contacts the release reports are held ones; earlier contacts referred to (context) are not
    its subject, nor are announced ones (planned) unless the release reports nothing else, nor one dated weeks
    before the release ("The agreement was signed on February 14 during the visit of the President to Doha", in a
    release of March: news reports days, not weeks)."""
    any_held = any(c.status == "held" for c in release.contacts)
    lead = release.doc.lead_sentences
    published = release.doc.published
    for c in release.contacts:
        # an announced contact is the subject of a release that announces it in its opening sentences
        c.is_subject = c.status == "held" or (c.status == "planned" and not any_held and c.sentence_index in lead)
        if c.is_subject and published is not None and c.date is not None and (published - c.date).days > _NEWS_DAYS:
            c.is_subject = False


def recent_contact_of_the_opening(release: Release) -> None:
    """A release that reports no contact but the one its opening sentence calls recent ("discussed labour migration
    with the Ambassador during a recent meeting", «в ходе недавней встречи») reports that one: news of a meeting some
    days back.  A recent contact named beside a contact held is the background of that one, as before."""
    if any(c.is_subject for c in release.contacts) or not release.doc.lead_sentences:
        return
    opening = release.doc.sentences[min(release.doc.lead_sentences)]
    if not any(m.value == "recent" for m in opening.find("cue", "context")):
        return
    for c in release.contacts:
        if c.sentence_index == opening.index and c.status == "context" and c.date is None:
            c.status, c.is_subject = "held", True


# how many days before its publication a release still reports a contact as news (no gold subject event of the
# corpora, 312 dated ones, lies further back than 14)
_NEWS_DAYS = 14


def figure_counterparts(release: Release) -> None:
    """A figure is with the country its sentence names, else the country named last before it, else
    the release's partner; a figure with no partner is dropped.  "Trade between the two countries" is
    with the other party of the contact reported last, when the country named last is no party of any
    contact ("... the Kazakhstan–Turkmenistan–Iran railway. Trade between the two countries ...").  In a
    release that reports no contact, a figure named before any partner is Kazakhstan's total ("Kazakhstan
    attracted $11.2 billion of investment. Most of it came from the Netherlands, ... Switzerland"): no partner's."""
    partner = release.partner()
    parties = {c.counterpart for c in release.contacts if c.counterpart}
    reporting = any(c.status == "held" for c in release.contacts)
    kept = []
    for f in release.figures:
        before = release.countries_before.get(f.sentence_index, [])
        f.counterpart = (f.countries[0] if f.countries else (before[-1] if before else partner))
        if not f.countries and not before and not reporting:
            f.counterpart = None  # "Kazakhstan attracted $11.2 billion of investment ...", no contact reported
        if not f.countries and f.bilateral and f.counterpart not in parties:
            reported = [c for c in release.contacts if c.counterpart and c.status == "held" and c.type != "summit"
                        and c.sentence_index <= f.sentence_index]
            if reported:
                f.counterpart = reported[-1].counterpart
        if f.counterpart and f.counterpart != KAZ:
            kept.append(f)
    release.figures = kept


def identical_figures_once(release: Release) -> None:
    """A paragraph printed twice, or a figure repeated in a summary: one figure.  A figure given once with its
    period and once without ("Last year, bilateral trade reached $6 billion", a speaker says; "trade in 2023
    amounted to $6 billion", the release notes) is the one with its period."""
    dated = {_undated(f) for f in release.figures if f.year is not None or f.year_from is not None}
    seen = set()
    kept = []
    for f in release.figures:
        key = (f.family, f.metric, f.counterpart, f.year, f.months, f.amount.value, f.currency, f.kind)
        if key in seen or (f.year is None and f.year_from is None and f.months is None and _undated(f) in dated):
            continue
        seen.add(key)
        kept.append(f)
    # "grew by 85% to reach nearly $1 billion ... Last year's turnover made $979.2 million": the round figure
    # near a precise one of the same year is that figure rounded
    release.figures = [f for f in kept if not any(_rounds(f, g) for g in kept)]


# how far a round figure ("nearly $1 billion") may be from the precise one it rounds
_ROUNDING = Decimal("0.05")


def _rounds(rough: Figure, precise: Figure) -> bool:
    """`rough` ("nearly $1 billion") is `precise` ("$979.2 million") rounded: the same measure, party and year
    (months, if both have them, too), within `_ROUNDING`."""
    return rough is not precise and rough.amount.qualifier != "exact" and precise.amount.qualifier == "exact" \
        and _undated(rough)[:3] == _undated(precise)[:3] and (rough.currency, rough.kind, rough.year) == (
            precise.currency, precise.kind, precise.year) and (
            rough.months is None or precise.months is None or rough.months == precise.months) \
        and abs(precise.amount.value - rough.amount.value) <= _ROUNDING * rough.amount.value


def _undated(f: Figure) -> tuple:
    """A figure's key but its period (a module function: a nested one makes garbage cycles in the compiled build)."""
    return (f.family, f.metric, f.counterpart, f.amount.value, f.currency, f.kind)


def agreement_counterparts(release: Release) -> None:
    """An agreement is with the country its title names ("between Kazakhstan and Hungary"), else the
    one its sentence names, else the country of the contact reported last before it ("... met the
    Minister of Cameroon. The parties agreed to work on a memorandum"), else the release's partner.
    With an organisation, or a document of several states, it has no country counterpart; nor has a
    document in a release about a summit, unless it comes right after a bilateral contact."""
    partner = release.partner()
    held = [c for c in release.contacts if c.status == "held"]
    held_summit = any(c.type == "summit" and c.is_subject for c in held)
    only_summit = held_summit and not any(c.type != "summit" for c in held)
    for a in release.agreements:
        before = [c for c in held if c.sentence_index <= a.sentence_index]
        last = max(before, key=lambda c: c.sentence_index) if before else None
        # (contracts signed abroad well after the summit's sentences are the venue's: "Kazakh entrepreneurs
        # signed export contracts ... in Dushanbe", in a release about the ministers gathered there)
        apart = a.type == "contract" and a.venue_country is not None and a.venue_country != KAZ and last is not None and \
            a.sentence_index - last.sentence_index > 1
        if a.organisation_party or len(a.countries) > 1 or (only_summit and not apart):
            a.counterpart = None
        elif a.countries:
            a.counterpart = a.countries[0]
        elif len(a.sentence_countries) == 1:
            a.counterpart = a.sentence_countries[0]
        elif a.venue_country and a.venue_country != KAZ:
            a.counterpart = a.venue_country  # "signed export contracts ... in Dushanbe"
        elif len(a.sentence_countries) > 1:
            a.counterpart = None
        elif last is not None and (not held_summit or a.sentence_index - last.sentence_index <= 1 or (
                last.type != "summit" and _refers_back_to_a_contact(release.doc.sentences[a.sentence_index]))):
            # ("As a result of the talks, the ministers signed ...": the talks reported last, however far back)
            a.counterpart = last.counterpart if last.type != "summit" else (
                partner if _of_the_relations_of_two(release, a) else None)
        elif held_summit and not _of_the_relations_of_two(release, a):
            a.counterpart = None  # ("Following the session, the Council adopted ...": the summit's)
        else:
            a.counterpart = partner


def _of_the_relations_of_two(release: Release, a: Agreement) -> bool:
    """A title on the relations of two states ("the Treaty on the Foundations of Interstate Relations", «Договор о
    союзнических отношениях»): the partner's, though a summit is the release's news too."""
    relations = release.doc.pack.words.relations_of_two
    return any(word in relations for key in a.keywords for word in key.split())


def _refers_back_to_a_contact(sa: SentenceAnalysis) -> bool:
    """"As a result of the talks", "during the meeting": the sentence names a contact already reported."""
    toks = sa.tokens
    determiner = sa.doc.pack.words.determiner
    return any(m.category in ("meeting", "talks", "phone_call", "video_call") and m.first >= 1
               and toks[m.first - 1].key in determiner for m in sa.layer("trigger"))


def documents_of_no_other_party_dropped(release: Release) -> None:
    """A release that names no foreign country or city, no international organisation or region and no
    gathering of several states: a programme, plan or roadmap of it with no counterpart is the country's
    own ("the Head of State's assignment to prepare two strategies for investment attraction"), not an
    agreement (an agreement or a memorandum has another party, even unnamed)."""
    own = [a for a in release.agreements if a.counterpart is None and a.type in ("programme", "action_plan", "roadmap")]
    if not own or any(c.type == "summit" for c in release.contacts) or any(
            m.code != KAZ and m.kind in ("country", "demonym", "city", "organisation", "region")
            for sa in release.doc.sentences for m in sa.mentions):
        return
    release.agreements = [a for a in release.agreements if all(a is not o for o in own)]


def _headline_of_documents(release: Release) -> int | None:
    """The index of the headline that names documents (after a page's time stamp, if any), or None."""
    return next((sa.index for sa in release.doc.sentences if is_headline(sa) and any(
        a.sentence_index == sa.index for a in release.agreements)), None)


def documents_named_twice_once(release: Release) -> None:
    """"The Memorandum provides ...", the same "Blue Peace" memorandum named again later, a title
    written again word for word (the headline's "Joint Statement adopted" and the body's), or the
    start of a title already read ("a Joint Declaration of Cooperation between ..." then "In addition
    to the Joint Declaration, ..."): the document already found, not a second one."""
    kept: list[Agreement] = []
    no_subject = release.doc.pack.words.no_subject
    headline = _headline_of_documents(release)
    for a in release.agreements:
        if a.refers_back and any(k.type == a.type for k in kept):
            continue
        short = next((k for k in kept if k.sentence_index == headline != a.sentence_index and k.count == a.count == 1
                      and k.type == a.type and k.status == a.status and len(a.title_key) > len(k.title_key)
                      and a.title_key[:len(k.title_key)] == k.title_key),
                     None)
        if short is not None:
            # the headline's "sign new military cooperation agreement", then the body's "signed a new military
            # cooperation agreement between the two countries ...": the body tells the document in full
            kept[kept.index(short)] = a
            headline = None  # (one document of the body for the headline's one)
            continue
        if a.count == 1 and any(k.type == a.type and k.title_key[:len(a.title_key)] == a.title_key
                                and _same_party(k, a) for k in kept):
            continue  # the same words, or the start of a title already read ("the Joint Declaration"), with the
            # same party (not the headline's "agreements with Uzbekistan and Turkmenistan": one with each)
        if a.count > 1 and any(k.type == a.type and k.count == a.count and k.title_key == a.title_key for k in kept):
            continue  # a set of documents named again in the same words (a headline repeated in the lead)
        if a.names and any(k.type == a.type and _same_names(k.names, a.names) and _same_party(k, a) for k in kept):
            continue
        if a.count == 1 and not a.names and all(word in no_subject for key in a.keywords for word in key.split()) and any(
                k.count == 1 and k.type == a.type and k.status == a.status and k.sentence_index < a.sentence_index
                and k.keywords and _same_party(k, a) for k in kept):
            continue  # "a draft agreement on water apportionment in transboundary rivers", then "the parties are
            # preparing an intergovernmental agreement": a document of no subject of its own is the one told before
        if a.count == 1 and any(k.count == 1 and k.status == a.status and k.sentence_index != a.sentence_index
                                and _same_subject(k.keywords, a.keywords) for k in kept):
            continue  # "the Treaty on deepening and expansion of allied relations", then "an agreement ... on
            # deepening and expanding allied relations": one document named by another noun
        kept.append(a)
    release.agreements = kept


def _same_party(one: Agreement, other: Agreement) -> bool:
    """Two documents that may be one: the same counterpart, or one of them with none decided."""
    return one.counterpart is None or other.counterpart is None or one.counterpart == other.counterpart


def headline_document_told_in_the_body(release: Release) -> None:
    """A headline's one document ("Kazakhstan and Turkmenistan to sign agreement on emergency response") and one
    document of that kind and status in the body, however often named there ("... will sign an agreement on
    cooperation in civil defense and disaster prevention"): the headline retells the body's document in words of its
    own, and the body's is the fact (a headline named again in the body is left to `documents_named_twice_once`)."""
    headline = _headline_of_documents(release)
    if headline is None:
        return
    told = [a for a in release.agreements if a.sentence_index == headline]
    if len(told) > 1:
        _headline_documents_with_each(release, told)
        return
    if len(told) != 1 or told[0].count != 1:
        return
    short = told[0]
    body = [a for a in release.agreements if a.sentence_index != headline and a.type == short.type
            and a.status == short.status]
    if not body or any(a.count != 1 or _named_again(short, a) for a in body):
        return
    if all(_named_again(body[0], a) for a in body[1:]) and (
            not short.countries or not body[0].countries or set(short.countries) & set(body[0].countries)):
        release.agreements.remove(short)


def _headline_documents_with_each(release: Release, told: list[Agreement]) -> None:
    """The headline's "ratifies agreements with Uzbekistan and Turkmenistan" (one with each), and the body's one
    plural of that kind naming no partner ("ratified agreements in the field of civil defense"): the body tells
    what the documents are, one with each partner of the headline."""
    one = told[0]
    partners = [a.countries[0] for a in told if len(a.countries) == 1]
    if len(partners) != len(told) or any(a.type != one.type or a.status != one.status
                                         or a.title_key[:-1] != one.title_key[:-1] for a in told):
        return
    body = [a for a in release.agreements if a.sentence_index != one.sentence_index and a.type == one.type
            and a.status == one.status]
    if len(body) != 1 or body[0].count != 1 or body[0].countries or \
            not set(body[0].sentence_countries) <= set(partners) or \
            body[0].title_key[:len(one.title_key) - 1] != one.title_key[:-1]:
        return
    in_full = {id(a): replace(body[0], countries=[c], counterpart=c, title_key=body[0].title_key + (c,))
               for a, c in zip(told, partners, strict=True)}
    release.agreements = [in_full.get(id(a), a) for a in release.agreements if a is not body[0]]


def _named_again(one: Agreement, other: Agreement) -> bool:
    """The same document in other words: one title the start of the other, or on the same subject."""
    small, large = sorted((one.title_key, other.title_key), key=len)
    return large[:len(small)] == small or _same_subject(one.keywords, other.keywords)


def _same_subject(one: list[str], other: list[str]) -> bool:
    """Titles on the same subject in other forms of its words: three or more word stems, all of one
    title's among the other's ("expansion"/"expanding"); of five or more, all but one (a date or a word such as
    "intergovernmental" one of the two adds: "the Treaty on mutual legal assistance in criminal matters (Washington,
    February 20, 2015)" and "the intergovernmental Treaty on mutual legal assistance in criminal matters")."""
    def stems(keywords):
        return {w[:5] for k in keywords for w in k.split() if len(w) >= 4 and not w[0].isdigit()}
    small, large = sorted((stems(one), stems(other)), key=len)
    if len(small) >= 5:
        return len(small - large) <= 1
    return len(small) >= 3 and small <= large


def _same_names(one: frozenset[str], other: frozenset[str]) -> bool:
    """The same proper words, or two or more of them all named again ("Blue Peace"); one shared word is
    not enough ("Transit Trade Agreement", "Traffic in Transit Agreement")."""
    small, large = sorted((one, other), key=len)
    return bool(small) and small <= large and (len(small) >= 2 or small == large)


# The order matters: contacts are settled before visits are merged and subjects chosen; figures and
# agreements take the partner the contacts give the release.
RELEASE_RULES = [
    contacts_need_a_counterpart,
    visit_absorbed_by_its_contacts,
    inviting_host_at_the_talks,
    contacts_at_the_venue_of_the_trip,
    gatherings_in_passing_are_context,
    closing_earlier_news_is_background,
    trip_named_after_the_lead_is_background,
    subject_by_status,
    recent_contact_of_the_opening,
    figure_counterparts,
    identical_figures_once,
    agreement_counterparts,
    documents_of_no_other_party_dropped,
    headline_document_told_in_the_body,
    documents_named_twice_once,
]
