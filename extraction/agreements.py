"""Agreements of one sentence: a document noun ("Memorandum of Understanding on ...", "Joint Action
Plan", "intergovernmental agreement on air services") with what the sentence says happened to it.

Status: the status word nearest the document ("signed", "to be signed", "discussed"); "the draft"
that is being discussed is discussed.  No status word, no fact ("the Agreement was noted" is a
mention, not news) — except a bare list of documents right after a signing.  Generic plurals
("agreements reached", "draft agreements") are no documents; a counted plural ("two memoranda") is
that many.  The counterpart is decided by the release rules (release.py).
"""
from __future__ import annotations

import dataclasses
from collections.abc import Container
from dataclasses import dataclass, replace

from .analysis import KAZ, SentenceAnalysis



@dataclass
class Agreement:
    type: str
    status: str
    title: str
    field: str | None
    sentence_index: int
    start: int
    end: int
    # (`dataclasses.field`: the attribute `field` above shadows the bare name inside a compiled class)
    keywords: list[str] = dataclasses.field(default_factory=list)
    countries: list[str] = dataclasses.field(default_factory=list)  # foreign countries named in the title
    organisation_party: bool = False  # "between Kazakhstan and the EU": the other party is no country
    sentence_countries: list[str] = dataclasses.field(default_factory=list)
    count: int = 1
    refers_back: bool = False  # "the Memorandum" with nothing more: possibly one already found
    counterpart: str | None = None  # decided by the release rules
    names: frozenset[str] = frozenset()  # the title's proper words ("Blue Peace"): the same document named again
    venue_country: str | None = None  # the country of a city named in the sentence ("... in Dushanbe")
    title_key: tuple[str, ...] = ()  # the title's word keys: the same title written again (in any case)


def find_agreements(sa: SentenceAnalysis, previous_signed: bool) -> list[Agreement]:
    docs = sa.layer("document")
    if not docs:
        return []
    # a sentence that names documents and no status word takes the signing before it only as an item of
    # a list: right after a sentence that found a signed document, or under a list's opening
    previous_signed = (previous_signed and _list_item_start(sa) is not None) or _item_of_a_signed_list(sa) or \
        _names_the_documents_signed_before(sa)
    toks = sa.tokens
    w = sa.doc.pack.words
    statuses = sa.layer("document_status")
    place_tokens = {i for m in sa.mentions for i in range(m.first, m.last) if m.kind in ("organisation", "region")}
    title_tokens = {i for m in sa.layer("title") for i in range(m.first, m.last)}
    out: list[Agreement] = []
    titles: list[tuple[int, int]] = []  # the token spans of the titles read in this sentence
    previous_doc_end = -10
    for d in docs:
        if any(i in place_tokens or i in title_tokens for i in range(d.first, d.last)):
            continue  # "Collective Security Treaty Organization", "Chief of Protocol": a name, an office
        if any(first < d.first < last for first, last in titles) and _governed_by_a_title(sa, d.first):
            continue  # "a Protocol on amendments to the Agreement on ...": a word of that document's title
        if d.first >= 1 and toks[d.first - 1].text == "(" and d.first - previous_doc_end <= 2:
            continue  # "Memorandum of Understanding (MOU)": the same document abbreviated
        previous_doc_end = d.last
        if d.entry.phrase == "minutes" and not _minutes_of_a_session(sa, d.last):
            continue  # "talked for 30 minutes": a duration
        noun = sa.span_text(d.first, d.last)
        low = noun.lower()
        mods_first = _mods_start(sa, d.first)
        generic = d.last - d.first == 1 and toks[d.first].key in w.generic_document  # "documents"
        comp_last = _complement_end(sa, d.last)
        if comp_last == d.last and _abbreviation_at(sa, d.last):
            # "the free trade agreement (FTA) between Vietnam and the EAEU": the complement after the abbreviation
            after = _complement_end(sa, d.last + 3)
            comp_last = after if after > d.last + 3 else d.last
        if generic and comp_last == d.last:
            comp_last = _complement_end(sa, d.last, w.generic_documents_topic)  # "документы в сфере торговли"
        count = _count(sa, mods_first)
        # the head noun: the last word before a complement ("plan of consultations": the plan is one; "joint
        # statements": several)
        words = low.split()
        head = next((words[i - 1] for i in range(1, len(words)) if words[i] in w.of), words[-1])
        plural = (head.endswith(("s", "memoranda")) and not head.endswith(("ss", "us")) and d.value != "other"
                  and head != "minutes") or generic
        has_mods = mods_first < d.first
        org_owned = any(m.kind == "organisation" and mods_first <= m.first < d.first for m in sa.mentions)
        verb_after = _passive_after(sa, d.last) or _participle_between_after(sa, d.last)  # "a memorandum was signed on ..."
        if verb_after and comp_last == d.last:
            comp_last = _complement_end(sa, verb_after[1])
            if comp_last == verb_after[1]:
                comp_last = d.last
        if _only_a_date(sa, d.last, comp_last):
            comp_last = d.last  # "ratified the treaty in 2008": a date is no title
        has_comp = comp_last > d.last
        # "an agreement was signed on ...": the passive right after the noun is the document's own status,
        # whatever status word stands nearer before it ("Following the negotiations, an agreement was signed")
        # (a status word inside the title of a document read before is a word of that title: "memoranda on ...
        # training of diplomats, and a declaration of intent" — «подготовки дипломатов» prepares nothing)
        status = (verb_after[0] if verb_after else None) or _own_status(sa, statuses, comp_last) or \
            _status_of(sa, [m for m in statuses if not any(a <= m.first < b for a, b in titles)], d.first, d.last,
                       previous_signed, comp_last)
        if status is None:
            continue
        verb = range(d.last, verb_after[1]) if verb_after else range(0)  # (no title word)
        parties = None if verb_after or not has_comp else _participle_between_after(sa, comp_last)
        if parties:  # "a cooperation agreement on critical minerals signed between the Mining Board and ..."
            verb = range(comp_last, parties[1])
            comp_last = _complement_end(sa, parties[1])
        framed = any(_is(m, "within") and mods_first - 2 <= m.last <= mods_first for m in statuses)
        if org_owned and (status != "signed" or framed):
            continue  # "the draft CICA Charter", "within the framework of the UN Charter": an organisation's own
        if any(t.key in w.domestic for t in toks[mods_first:d.first]) and not any(
                m.is_country and m.code != KAZ and mods_first <= m.first < comp_last for m in sa.mentions):
            continue  # "the State Program of Industrial Development", "Государственная программа": a country's own
        if plural and _universal(sa, mods_first):
            continue  # "the universal conventions and protocols on ...": every state's (the UN's), no partner's (but
            # "the universal agreement on the Baikonur complex" is one comprehensive document)
        if d.entry.phrase == "minutes" and d.first >= 1 and toks[d.first - 1].kind == "num":
            continue  # "for 30 minutes": a duration
        package = _package_before(sa, mods_first)
        comp_first = verb_after[1] if verb_after and comp_last > verb_after[1] else d.last
        # "documents on/in ...", but not "documents on the eve of the visit" ("в преддверии визита"): a time
        on_topic = has_comp and toks[comp_first].key in w.generic_documents_topic and not any(
            t.key in w.setting for t in toks[comp_first + 1:min(comp_first + 3, comp_last)])
        # "documents in trade and energy", "a number of documents on cooperation in customs": a field named
        # ("documents signed in Astana", "in the presence of the Presidents" name none)
        field_named = on_topic and _field_of(sa, sa.span_text(comp_first, comp_last)) is not None
        # where a clause of what the documents hold may start: after "were signed"; right after the noun when a
        # signing stands before it ("signed documents providing for ..."); else one word on, for a verb right after
        # the noun is the documents' own ("Документ предусматривает ...")
        if verb_after:
            contents_from = verb_after[1]
        elif any(m.category == "signed" and m.last <= mods_first for m in statuses):
            contents_from = d.last
        else:
            contents_from = d.last + 1
        # (and a bare noun by what it holds: "the signing of a Protocol which outlined the current trends of ...")
        contents_said = (generic or not has_comp) and status == "signed" and _contents_said(sa, contents_from)
        if generic and not (_qualified(sa, mods_first, d.first) and (
                count or package or (on_topic and status == "signed"))) and not (
                field_named and (package or status == "signed")) and not contents_said:
            continue  # "several documents were signed", "a number of documents": none named
        if generic and (count or package) and d.last < len(toks) and any(
                t.key in w.including for t in toks[d.last:d.last + 6]):
            continue  # "9 documents were signed, including an agreement on ..." (or "a number of documents, including
            # ..."): the named one is the fact
        # "several intergovernmental agreements were signed": one fact for the set, as "a number of" (but "several
        # documents" names none, and "several agreements, including one on ..." names the fact)
        several = not generic and _several(sa, mods_first) and not any(
            t.key in w.including for t in toks[d.last:min(comp_last + 4, len(toks))])
        if _reached(sa, d, comp_last):
            continue  # "the agreements reached", "an agreement was reached": consensus, not a document
        if count is not None and any(_is(m, "base") for m in statuses):
            continue  # "the treaty base consists of 15 interstate and 59 intergovernmental agreements": a count of the
            # documents in force, none of them named
        # "to sign agreements with Malaysia, Greece and Cyprus": one with each (and after the documents' subject:
        # "Agreements on phytosanitary control have been signed with Uzbekistan, Kyrgyzstan and China")
        partners: list[str] = []
        if plural and not count and not generic:
            partners = _countries_listed_after(sa, statuses, d.last) or (
                _countries_listed_after(sa, statuses, comp_last) if comp_last > d.last else [])
        if _of_its_kind(sa, mods_first, d.first) and not partners and not _between_kazakhstan_and_a_partner(
                sa, d.last, comp_last):
            continue  # "the first such agreement signed by the United States": the kind of a document named (but "a
            # similar agreement between Kazakhstan and Uzbekistan" is one more)
        including_at = next((k for k in range(d.last, min(d.last + 4, len(toks))) if toks[k].key in w.including), None)
        if count and not generic and including_at is not None:
            # "signed 9 memorandums of understanding, including on extradition, railways and transport": the ones
            # named are the facts
            count = _listed_topics(sa, including_at + 1, _complement_end(sa, including_at + 1)) or 1
        listed = _listed_topics(sa, d.last, comp_last) if (plural or _inflected_plural(sa, d, mods_first)) \
            and not count and not generic else 0
        if listed:
            count = listed  # "signed treaties on allied relations and state border demarcation": one each
        if plural and not count and not partners and not ((package or several) and status == "signed") and \
                d.value != "other" and not (d.value == "contract" and has_mods and status == "signed") and not (
                has_mods and _between_kazakhstan_and_a_partner(sa, d.last, comp_last)) and not (
                _signed_on_a_topic_of_their_own(sa, statuses, status, comp_first, comp_last) and on_topic):
            # "draft agreements", "the agreements of the Summit": no countable document (but "a number of
            # intergovernmental agreements were signed", "bilateral memorandums between the agencies of Kazakhstan and
            # Egypt on ...", "protocols on the export of 28 products were signed" are one fact for the set)
            continue
        if not has_mods and not has_comp and not count and not partners and not (several and status == "signed") \
                and " " not in noun and not verb_after and not \
                _signed_participle_after(sa, statuses, d.last) and not (status == "signed" and _party_after(sa, d.last)) \
                and not contents_said and not (status == "signed" and not framed and d.first >= 1
                                               and toks[d.first - 1].key in w.the_relevant):
            continue  # a bare noun: "reach agreement", "signed a Memorandum" and nothing more (but "signed an
            # agreement with Brazil" names its party, "signed the relevant Protocol" the one its talks prepared)
        if low == "statement" and not has_mods and not (has_comp and status == "signed"):
            continue  # "said in a statement" (but "signed a Statement on cooperation in ...")
        if d.last - d.first == 1 and toks[d.first].key in w.policy_document and not noun[0].isupper() \
                and status == "discussed" and not has_mods:
            continue  # "the program of reforms was discussed": a policy, not a document
        if d.value == "contract" and not (has_comp or has_mods or count):
            continue
        title_first = mods_first
        if title_first < d.first and toks[title_first].key in w.article:
            title_first += 1
        title = sa.span_text(title_first, comp_last)
        if verb_after and comp_last > verb_after[1]:
            title = sa.span_text(title_first, d.last) + " " + sa.span_text(verb_after[1], comp_last)
        title_countries = [m.code for m in sa.mentions if m.is_country and m.code != KAZ
                           and title_first <= m.first < comp_last]
        orgs = [m.first for m in sa.mentions if m.kind == "organisation" and title_first <= m.first < comp_last]
        country_at = [m.first for m in sa.mentions if m.is_country and m.code != KAZ and title_first <= m.first < comp_last]
        # "between Kazakhstan and the EU"; "on the functioning of the UN Regional Center for ... Afghanistan"
        between = any(t.key in w.between for t in toks[d.last:comp_last])
        organisation = bool(orgs) and (not country_at or min(orgs) < min(country_at)) and (between or bool(country_at))
        if between and (orgs and country_at or len(set(title_countries)) >= 2) and not any(
                m.code == KAZ and title_first <= m.first < comp_last for m in sa.mentions):
            # "the free trade agreement between the EAEU and Serbia" (or "Vietnam and the EAEU"), "the agreement
            # signed between Russia, Iran and India": not Kazakhstan's
            continue
        if any(t.key in w.conflict_settlement and t.text.islower()  # (not a name: "the Blue Peace initiative")
               for t in toks[max(0, mods_first - _CONFLICT_BEFORE):comp_last]) and \
                not sa.names_kazakhstan and not any(p.country == KAZ for p in sa.people):
            continue  # "the Nagorno-Karabakh ceasefire agreement", "a peace deal between Armenia and Azerbaijan": the
            # parties' to a conflict, not Kazakhstan's
        if toks[d.first].key in w.founding_document and (orgs or any(
                t.key in w.organisation_noun and t.is_cap for t in toks[d.last:comp_last])):
            continue  # "the Charter of the Islamic Organization for Food Security": an organisation's own
        if framed and d.value == "other":
            continue  # "cooperation within the framework of the Stockholm Initiative": a framework, no document
        if not title_countries and not orgs and any(
                t.key in w.domestic_body and t.is_cap for t in toks[d.last:comp_last]):
            continue  # "the work plan of the Public Council in 2024": a body of Kazakhstan's own
        if d.value in ("programme", "action_plan") and not title_countries and not between and \
                _kazakhstans_own(sa, mods_first, comp_last):
            continue  # "the Kazakhstan 2050 Strategy", "the Action Plan of President Tokayev's Election Programme"
        opener = next((m for m in sa.mentions if m.first < title_first and (m.is_country or m.code == KAZ)), None)
        with_at = next((k for k in range(d.last, min(comp_last + 1, len(toks))) if toks[k].key in w.with_), None)
        if opener is not None and opener.code != KAZ and with_at is not None and any(
                m.kind == "organisation" and with_at < m.first <= with_at + 5 for m in sa.mentions):
            continue  # "Vietnam is the first country to sign a Free Trade Agreement with the EAEU": not Kazakhstan's
        if _multilateral(sa, mods_first, d.first) or (not title_countries and any(
                t.key in w.arms_control for t in toks[mods_first:comp_last])):
            # "accession to the Multilateral Agreement on ...", "the Comprehensive Nuclear-Test-Ban Treaty": no
            # country is its party
            organisation = True
        if toks[d.first].key in w.multilateral_document and not title_countries and not between and not any(
                t.key in w.bilateral_topic for t in toks[d.last:comp_last]):
            if toks[comp_last - 1].key in w.parties_gathering:
                continue  # "at the Convention on International Trade in Endangered Species (CITES) conference"
            organisation = True  # "the Convention on the Legal Status of the Caspian Sea": of many states
        if _region_and_country(sa, title_first, comp_last) or (
                not title_countries and _region_and_country(sa, 0, len(toks))):
            organisation = True  # "a joint statement of the Central Asian countries and Korea": a 5+1 format
        if not title_countries and _states_of_a_region(
                sa, title_first, comp_last if has_comp else d.last + _REGION_AFTER_TITLE):
            # "a Joint Statement of the heads of Central Asian states", «Совместное заявление глав государств
            # Центральной Азии» (a genitive the title does not take): of the region's states
            organisation = True
        if generic and orgs and not country_at and not any(
                m.code == KAZ and title_first <= m.first < comp_last for m in sa.mentions):
            continue  # "final documents of the SCO Summit": an organisation's documents
        n = 1
        listed_after = _list_after(sa, comp_last)
        if count and (has_comp or listed_after) and d.value != "other" and count <= 10 and not any(
                t.key in w.commercial for t in toks[mods_first:d.first]) and (
                listed_after or not _says_nothing_apart(sa, d.last, comp_last)):
            # "six memoranda in the fields of trade, education and culture", "three contracts on the supply of wheat",
            # "three memoranda: on ..., on ...", «два меморандума о сотрудничестве — в сфере ..., а также ...»: that
            # many documents; "30 commercial agreements", a bare "signed ten agreements" and "five agreements on
            # cooperation in Tehran" name none of them apart: one fact for the set
            n = count
        refers_back = not has_comp and not count and mods_first == d.first and d.first >= 1 and \
            toks[d.first - 1].key in w.determiner - w.plural_determiner
        doc_type = d.value
        if any(t.key in w.commercial for t in toks[mods_first:d.first]):
            doc_type = "contract"  # "eight commercial agreements": contracts of companies
        out.append(Agreement(
            type=doc_type, status=status,
            title=" ".join(title.split()), field=_field_of(sa, title), sentence_index=sa.index,
            start=toks[title_first].start, end=toks[comp_last - 1].end,
            keywords=_keywords(sa, title_first, comp_last, d, verb),
            countries=list(dict.fromkeys(title_countries)), organisation_party=organisation,
            sentence_countries=list(sa.foreign_countries), count=n, refers_back=refers_back,
            names=_proper_words(sa, title_first, comp_last, d),
            title_key=tuple(t.key for t in toks[title_first:_purpose_start(sa, d.last, comp_last)] if t.kind == "word"),
            venue_country=next((m.code for m in sa.mentions if m.kind == "city"), None)))
        titles.append((title_first, comp_last))
        if partners:
            # (each its own title key: one document per partner, not the same one named again)
            out[-1:] = [replace(out[-1], countries=[c], title_key=out[-1].title_key + (c,)) for c in partners]
        elif any(t.key in w.with_ for t in toks[d.last:comp_last]):
            out.extend(_with_other_partners(sa, out[-1], comp_last, d))
        elif comp_last < len(toks) and toks[comp_last].key in w.with_:  # "меморандумы ... с Университетом ..."
            out.extend(_with_other_partners(sa, out[-1], _complement_end(sa, comp_last, w.with_), d))
    return out


# how many words before a document's title may name the conflict it settles ("the 2020 Nagorno-Karabakh ceasefire
# agreement")
_CONFLICT_BEFORE = 3


def _purpose_start(sa: SentenceAnalysis, noun_end: int, comp_last: int) -> int:
    """Where a title's purpose starts after a complement of its own ("Action Plan of Cooperation | to further boost
    ties"): the same document is named again with other words of purpose.  The title's end when it has none, or none
    after such a complement ("Roadmap to boost exports" is told apart by it)."""
    toks = sa.tokens
    w = sa.doc.pack.words
    for k in range(noun_end + 1, comp_last - 1):
        if toks[k].key in w.complement_to and any(t.key in w.purpose_verb for t in toks[k + 1:k + 3]):
            return k
    return comp_last


def _kazakhstans_own(sa: SentenceAnalysis, first: int, last: int) -> bool:
    """A programme whose name holds Kazakhstan or one of its officials and no partner or joint work: the
    country's own policy ("the Kazakhstan 2050 Strategy", "President Tokayev's Election Programme")."""
    w = sa.doc.pack.words
    if any(t.key in w.bilateral or t.key in w.joint or t.key in w.with_ for t in sa.tokens[first:last]):
        return False
    if first >= 2 and sa.tokens[first - 1].key in sa.doc.pack.possessive:
        first -= 2  # (whose it is, before it: "President Tokayev's Election Programme")
    return any(m.code == KAZ and first <= m.first < last for m in sa.mentions) or any(
        p.country == KAZ and first < p.last <= last for p in sa.people)


def _universal(sa: SentenceAnalysis, first: int) -> bool:
    """A lowercase "universal" right before the document noun starting at `first`, or before a document noun joined
    to it by "and" ("universal conventions and protocols") (a named one, "the Universal Declaration on ...", is a
    document of its own)."""
    toks = sa.tokens
    w = sa.doc.pack.words
    k = first - 1
    if k >= 1 and toks[k].key in w.and_ and any(m.last == k for m in sa.layer("document")):
        k = next(m.first for m in sa.layer("document") if m.last == k) - 1
    return k >= 0 and toks[k].key in w.universal and toks[k].text.islower()


def _signed_on_a_topic_of_their_own(sa: SentenceAnalysis, statuses, status: str, first: int, last: int) -> bool:
    """Documents the sentence itself says were signed, on a topic it names ("signed protocols on the export of crop
    products", «подписаны соглашения об установлении побратимских связей»): one fact for the set — not documents of
    any field ("agreements in different spheres", "in such areas as ..."), nor ones a signing of another sentence
    is carried to ("Agreements on visa-free travel require ratification")."""
    if status != "signed" or not any(m.category == "signed" for m in statuses):
        return False
    vague = sa.doc.pack.words.vague_field
    return not any(t.key in vague for t in sa.tokens[first:min(last, first + 3)])


def _list_after(sa: SentenceAnalysis, k: int) -> bool:
    """A colon or a dash at token k that opens what follows: the documents counted before it are told apart there
    ("three memoranda: on agriculture, on ...", «два меморандума — в сфере ..., а также в области ...»)."""
    toks = sa.tokens
    return k + 1 < len(toks) and toks[k].text in (":", "—", "–") and toks[k + 1].kind == "word"


def _listed_topics(sa: SentenceAnalysis, first: int, last: int) -> int:
    """"treaties on allied relations and state border demarcation", "agreements on A, B and C": a plural document
    noun whose topics are listed is that many documents (a list inside the first topic's phrase is one).  Only a
    list that cannot be one topic counts: three or more items, or two of two words or more ("on trade and economic
    cooperation" is one topic)."""
    toks = sa.tokens
    w = sa.doc.pack.words
    if first < last and toks[first].key in w.between:
        # "agreements between Kazakhstan and Egypt on extradition, ...": the topics after the parties
        first = next((k for k in range(first + 1, min(last, first + 10)) if toks[k].key in w.generic_documents_topic),
                     last)
    if first >= last or toks[first].key not in w.generic_documents_topic:
        return 0
    last_and = next((k for k in range(last - 1, first, -1) if toks[k].key in w.and_), None)
    if last_and is not None and last_and + 1 < last and toks[last_and + 1].key in w.vague_field:
        last = last_and  # "programmes in the aerospace industry and other areas": the others are no topic named
    # the items between commas, each cut at its "and"s: [[words, ...], ...]
    items: list[list[int]] = [[0]]
    nested = False
    for t in toks[first + 1:last]:
        if t.key in w.of and len(items) == 1 and len(items[0]) == 1:
            nested = True
        if t.text == ",":
            items.append([0])
        elif t.key in w.and_ and items[-1] != [0]:  # (the "and" after a list's last comma opens no part)
            items[-1].append(0)
        elif t.kind == "word" and t.key not in w.article:
            items[-1][-1] += 1
    if any(min(parts) == 0 for parts in items[:-1]) or (len(items) == 1 and min(items[0]) == 0):
        return 0
    if toks[first].key in w.field_in:
        # the fields of one set ("agreements in agriculture, defense and energy", «в сфере сельского хозяйства,
        # энергетики и транспорта»): one fact for the set, whatever its status
        return 1 if len(items) > 1 or len(items[0]) > 1 else 0
    if nested:
        # a list inside a phrase of the first topic: "on the abolition of visas for holders of diplomatic, official
        # and service passports" is one topic, one fact for the set
        return 1 if len(items) > 1 else 0
    # an "and" inside an item before the last one joins words of one topic ("on trade, economic and technical
    # cooperation, visa facilitation and air services": three topics), else it joins the last two items
    if len(items) > 1 and any(len(parts) > 1 for parts in items[:-1]):
        sizes = [sum(parts) for parts in items]
        if len(items) >= 3 and len(items[-1]) == 2 and max(items[-1]) == 1:
            sizes[-1:] = items[-1]  # (but one word on each side of the last "and" are two topics: "... ICT,
            # education, agriculture and finance")
    else:
        sizes = [n for parts in items for n in parts]
    if min(sizes) == 0:
        return 0
    return len(sizes) if len(sizes) >= 3 or (len(sizes) == 2 and min(sizes) >= 2) else 0


def _with_other_partners(sa: SentenceAnalysis, agreement: Agreement, comp_last: int, d) -> list[Agreement]:
    """Documents with one partner, then with another: "documents on cooperation with the Institute of
    Diplomacy ..., as well as with the University of Lisbon", "... с Институтом ..., а также с
    Университетом ...": one document per partner, the later ones titled by their own "with" phrase."""
    toks = sa.tokens
    w = sa.doc.pack.words
    more: list[Agreement] = []
    i = comp_last
    while True:
        k = i
        while k < len(toks) and (toks[k].text == "," or toks[k].key in w.as_well or toks[k].key in w.also
                                 or toks[k].key in w.and_):
            k += 1
        if k == i or k >= len(toks) or toks[k].key not in w.with_ or not any(
                toks[j].kind == "word" for j in range(i, k)):
            return more
        end = _complement_end(sa, k, w.with_)
        if end <= k + 1:
            return more
        title = sa.span_text(k, end)
        countries = [m.code for m in sa.mentions if m.is_country and m.code != KAZ and k <= m.first < end]
        more.append(replace(
            agreement, countries=list(dict.fromkeys(countries)) or agreement.countries,
            title=" ".join(title.split()), field=_field_of(sa, title), start=toks[k].start,
            end=toks[end - 1].end, keywords=_keywords(sa, k, end, d), names=_proper_words(sa, k, end, d),
            title_key=tuple(t.key for t in toks[k:end] if t.kind == "word"), refers_back=False))
        i = end


def _item_of_a_signed_list(sa: SentenceAnalysis) -> bool:
    """A document that is an item of a list under a signing: "The following documents were signed:
    1. Memorandum of ...; 2. Agreement on ...", "состоялся обмен следующими документами: - Меморандум
    о ...".  The items are sentences of their own; bare numbers ("2.") between them are skipped."""
    if _list_item_start(sa) is None:
        return False
    sentences = sa.doc.sentences
    for k in range(sa.index - 1, max(-1, sa.index - 30), -1):
        previous = sentences[k]
        if _list_item_start(previous) is not None or all(t.kind != "word" for t in previous.tokens):
            continue  # another item of the list, or a bare number
        return _opens_a_signed_list(previous)
    return False


def _names_the_documents_signed_before(sa: SentenceAnalysis) -> bool:
    """"Several documents were signed. These are the Memorandum on ..., the Agreement on ...", "They include ...":
    a sentence that opens on naming what the signing just before it left unnamed."""
    toks = sa.tokens
    w = sa.doc.pack.words
    if sa.index < 1 or len(toks) < 3 or sa.layer("document_status") or not sa.layer("document"):
        return False
    if toks[0].key in w.list_opener and toks[1].key in w.list_opener_verb:
        k = 2
    else:
        # "The cooperation documents include ...": the documents of the sentence before, then what they are
        k = next((i + 1 for i in range(min(4, len(toks) - 1)) if toks[i].key in w.generic_document
                  and toks[i + 1].key in w.list_opener_verb), 0)
        if not k:
            return False
        k += 1
    while k < len(toks) and (toks[k].key in w.article or toks[k].key in w.also or toks[k].key in w.list_opener_verb):
        k += 1  # "These are also the ...", "Among them are the ..."
    first = next((d for d in sa.layer("document") if d.first >= k), None)
    if first is None or k not in (first.first, _mods_start(sa, first.first)):
        return False  # "These are important for the Agreement ...": something said of a document
    previous = sa.doc.sentences[sa.index - 1]
    exchange = w.document_exchange
    return (any(m.category == "signed" for m in previous.layer("document_status")) or any(
        t.key in exchange for t in previous.tokens)) and any(
        previous.tokens[d.first].key in w.generic_document for d in previous.layer("document"))


def _list_item_start(sa: SentenceAnalysis) -> int | None:
    """The first word of a sentence that is a list item, a title with no predicate after it: "- A
    Memorandum of ...;", "2) the Agreement on ...", "Joint Declaration on ..." (None otherwise: "The
    Agreement on ... will open new markets" says something of a document)."""
    docs = sa.layer("document")
    if not docs or sa.layer("document_status"):
        return None
    toks = sa.tokens
    w = sa.doc.pack.words
    first = 0
    while first < len(toks) and (toks[first].kind != "word" or toks[first].key in w.article):
        first += 1
    d = docs[0]
    if first not in (d.first, _mods_start(sa, d.first)):
        return None
    predicate = w.predicate | w.reporting
    return first if not any(t.key in predicate for t in toks[d.last:]) else None


def _opens_a_signed_list(sa: SentenceAnalysis) -> bool:
    """"The following documents were signed:", "signed the following agreements:": documents, a
    signing (or an exchange of documents) and a colon that the list follows."""
    if not sa.layer("document") or not any(t.text == ":" for t in sa.tokens):
        return False
    exchange = sa.doc.pack.words.document_exchange
    return any(m.category == "signed" for m in sa.layer("document_status")) or any(
        t.key in exchange for t in sa.tokens)


def _minutes_of_a_session(sa: SentenceAnalysis, last: int) -> bool:
    w = sa.doc.pack.words
    keys = [t.key for t in sa.tokens[last:last + 8]]
    return bool(keys) and keys[0] in w.of and any(k in w.minutes_of for k in keys)


def _package_before(sa: SentenceAnalysis, mods_first: int) -> bool:
    """"a package of intergovernmental and commercial documents", "a number of agreements"; a language without
    "of" puts the package word right before ("ряд совместных документов", "пакет соглашений")."""
    toks = sa.tokens
    w = sa.doc.pack.words
    k = mods_first - 1
    while k >= 0 and (toks[k].key in w.document_adjective or toks[k].key in w.package_and):
        k -= 1
    if not w.of:
        return k >= 0 and toks[k].key in w.package
    return k >= 1 and toks[k].key in w.of and toks[k - 1].key in w.package


def _several(sa: SentenceAnalysis, mods_first: int) -> bool:
    """"several agreements", "several important memoranda", "multiple intergovernmental agreements",
    «несколько соглашений»: how many, said without a number."""
    toks = sa.tokens
    w = sa.doc.pack.words
    k = mods_first - 1
    while k >= 0 and mods_first - k <= 2 and toks[k].key in w.weight:
        k -= 1  # "several important agreements", "several more bilateral agreements"
    return k >= 0 and toks[k].key in w.package_quantifier


def _multilateral(sa: SentenceAnalysis, mods_first: int, noun_first: int) -> bool:
    """A multilateral document: "Multilateral"/"Quadrilateral" in its name, or acceded to."""
    w = sa.doc.pack.words
    return any(t.key in w.multilateral for t in sa.tokens[max(0, mods_first - 6):noun_first])


def _region_and_country(sa: SentenceAnalysis, first: int, last: int) -> bool:
    """A region and a foreign country joined as the parties of a format ("Central Asia and Italy",
    "the Central Asian states and Japan", "Central Asia + Korea", "Японии и стран Центральной Азии")
    between tokens `first` and `last`: the document is that format's, of several states."""
    toks = sa.tokens
    w = sa.doc.pack.words
    regions = [m for m in sa.mentions if m.kind == "region" and first <= m.first < last]
    if not regions:
        return False
    countries = [m for m in sa.mentions if m.is_country and m.code != KAZ and first <= m.first < last]
    for r in regions:
        for c in countries:
            left, right = (r, c) if r.last <= c.first else (c, r)
            gap = [t for t in toks[left.last:right.first] if t.key not in w.states and t.key not in w.article]
            if 1 <= len(gap) <= 2 and any(t.key in w.and_ or t.text in "+–-" or t.key in w.format_plus
                                          for t in gap):
                return True
    return False


# how far after a title with no complement the states of a region are still the document's parties (a genitive)
_REGION_AFTER_TITLE = 4


def _states_of_a_region(sa: SentenceAnalysis, first: int, last: int) -> bool:
    """A region's states named between tokens `first` and `last` ("of the Central Asian states", «стран
    Центральной Азии»): a document of several states, whoever hosts its signing."""
    toks = sa.tokens
    w = sa.doc.pack.words
    return any(m.kind == "region" and first <= m.first < last and (
        m.last < last and toks[m.last].key in w.states or m.first >= 1 and toks[m.first - 1].key in w.states)
        and not any(t.text == "," for t in toks[first:m.first]) for m in sa.mentions)


def _passive_after(sa: SentenceAnalysis, last: int) -> tuple[str, int] | None:
    """"(a memorandum) was signed", "were adopted": (the status word, the index after it)."""
    toks = sa.tokens
    w = sa.doc.pack.words
    if last + 1 < len(toks) and toks[last].key in w.auxiliary:
        k = last + 1
        if k < len(toks) and toks[k].key in w.been:
            k += 1
        for m in sa.layer("document_status"):
            if m.first == k and m.category == "signed":
                return "signed", m.last
    return None


def _participle_between_after(sa: SentenceAnalysis, last: int) -> tuple[str, int] | None:
    """"(an agreement) signed between the governments on ...", "(соглашение), подписанное между ...": a
    participle of signing right after the title, with the parties after it: (the status word, the index
    after it); the title goes on past it."""
    toks = sa.tokens
    w = sa.doc.pack.words
    k = last
    while k < len(toks) and k - last < 3 and toks[k].key in w.own_status_filler:
        k += 1
    for m in sa.layer("document_status"):
        if m.first == k and m.category == "signed" and not _is(m, "signing") and not _is(m, "within") \
                and m.last < len(toks) and toks[m.last].key in w.between:
            return "signed", m.last
    return None


def _own_status(sa: SentenceAnalysis, statuses, title_end: int) -> str | None:
    """A status word right after the whole title belongs to the document: "the Joint Action Plan ...
    for 2023-2025 signed last year", "the Treaty ..., which was signed in 1999"."""
    toks = sa.tokens
    fillers = sa.doc.pack.words.own_status_filler
    k = title_end
    while k < len(toks) and k - title_end < 5 and toks[k].key in fillers:
        k += 1
    for m in statuses:  # (a status phrase may begin with a filler: "is being finalised")
        if title_end <= m.first <= k and m.category in ("signed", "discussed") and not _is(m, "within"):
            return m.category
    return None


def _signed_participle_after(sa: SentenceAnalysis, statuses, noun_end: int) -> bool:
    """A bare noun that a participle of signing names: "recorded in a protocol signed by the
    co-chairs", "the agreement, which was signed in 2019", "в протоколе, подписанном сопредседателями".
    Not a verb of its own clause with its own object ("signed a memorandum, adopted a declaration")."""
    toks = sa.tokens
    w = sa.doc.pack.words
    k = noun_end
    while k < len(toks) and k - noun_end < 5 and toks[k].key in w.own_status_filler:
        k += 1
    for m in statuses:
        if m.first == k and m.category == "signed":
            after = toks[m.last] if m.last < len(toks) else None
            return after is None or not (after.key in w.article or after.key in w.determiner
                                         or sa.at("document", "document", m.last) is not None)
    return False


def _mods_start(sa: SentenceAnalysis, first: int) -> int:
    """Capitalised words and document adjectives before the noun ("Joint Action Plan", "Kazakh-Chinese
    intergovernmental agreement")."""
    toks = sa.tokens
    w = sa.doc.pack.words
    i = first
    while i - 1 >= 0 and first - i < 6:
        t = toks[i - 1]
        if sa.at("time", "number_word", i - 1) is not None:
            break
        if any(m.first <= i - 1 < m.last for m in sa.layer("document_status")):
            break  # a headline's "Signed Memorandum ...", "Подписан Меморандум ...": the status, not the title
        if (t.key in w.and_ or t.key in w.name_link) and i - 2 >= 0 and toks[i - 2].kind == "word" \
                and toks[i - 2].text[0].isupper() and toks[i].text[0].isupper():
            i -= 1  # "Partnership and Cooperation Agreement", "Traffic in Transit Agreement"
            continue
        if t.key in w.and_ and i - 2 >= 0 and toks[i - 2].key in w.document_adjective \
                and toks[i].key in w.document_adjective:
            i -= 1  # "intergovernmental and interagency documents", «межправительственных и межведомственных»
            continue
        if t.key in w.document_adjective or (t.kind == "word" and t.text[0].isupper() and
                                             t.key not in w.near_determiner and t.key not in w.article
                                             and t.key not in w.package_quantifier) \
                or (t.text == "-" and not t.space_before) or (t.kind == "num" and len(t.text) == 4):
            i -= 1
            continue
        break
    while i < first and (sa.tokens[i].text == "-" or i == 0 and sa.tokens[i].kind == "word"
                         and sa.tokens[i].key in w.document_opening):
        i += 1
    return i


def _complement_end(sa: SentenceAnalysis, last: int, starts: frozenset[str] | None = None) -> int:
    """The title's complement: "on cooperation in the field of ...", "between X and Y", "for 2024-2025"
    (it starts with a word of `starts`, by default the language's complement_start words)."""
    toks = sa.tokens
    w = sa.doc.pack.words
    n = len(toks)
    k = last  # "Протокол (восьмого, 8-го) заседания ...": a genitive complement, after an ordinal
    while k < n and k - last < 3 and (toks[k].key in w.ordinal or toks[k].text == "-" or (
            toks[k].kind == "num" and k + 1 < n and toks[k + 1].text == "-")):
        k += 1
    if last >= n:
        return last
    if toks[last].key not in (starts or w.complement_start) and not (
            k < n and toks[k].key in w.genitive_complement) and not _adjectives_then_complement(sa, last, starts) \
            and not (starts is None and toks[last].key in w.participle_complement and _introduced(sa, last)) \
            and not (last + 1 < n and toks[last].key in w.field_in and toks[last + 1].key in w.field_word):
        # (a participle opens one too: "an agreement exempting holders of diplomatic passports from"; and the field
        # documents are in: «соглашения в сфере сельского хозяйства»)
        return last
    if toks[last].key in w.complement_to and not (last + 1 < n and toks[last + 1].kind == "num") and not (
            last + 1 < n and toks[last + 1].key in w.purpose_verb):
        return last  # "agreements to be signed": no complement (but "a roadmap to boost exports" has one)
    i = last + 1
    within = {m.first for m in sa.layer("document_status") if m.value == "within"}
    while i < n and i - last < 28:
        t = toks[i]
        if t.text in ".;:" or i in within or t.key in w.complement_stop and not (
                i == last + 1 and t.key.endswith("ing")):
            break  # (... "in line with the Joint Declaration": another document's frame; but "on providing")
        if t.text == "," and i + 1 < n and (toks[i + 1].key in w.complement_end and not _last_item_after(sa, i)
                                            or toks[i + 1].key.endswith("ing")
                                            or any(x.key in w.reporting for x in toks[i + 1:i + 5])
                                            or _another_document_after(sa, i, past_article=True)):
            break  # ", which ...", ", reaffirming ...", ", Akorda reports", ", a memorandum on ..."
        between = any(x.key in w.between for x in toks[last:i]) and not any(x.key in w.and_ for x in toks[last:i])
        if t.key in w.and_ and not between and i + 1 < n and (toks[i + 1].key in w.complement_and_stop
                                                                or _another_document_after(sa, i)):
            break
        if t.text == "(" and i + 1 < n and toks[i + 1].kind == "num":
            break
        i += 1
    while i > last and toks[i - 1].text in ",–—-(" or (i > last and toks[i - 1].key in w.complement_trailing):
        i -= 1
    return i


# how many words a list's last item, after ", and", may have ("..., transfer of convicted persons, and extradition")
_LAST_ITEM_WORDS = 3


def _last_item_after(sa: SentenceAnalysis, comma: int) -> bool:
    """", and extradition." (a list's last item after a comma: a few lowercase words, then the clause ends), not
    ", and the leaders discussed ..."."""
    toks = sa.tokens
    if comma + 1 >= len(toks) or toks[comma + 1].key not in sa.doc.pack.words.and_:
        return False
    k = comma + 2
    while k < len(toks) and toks[k].kind == "word" and toks[k].text.islower() and k - comma - 2 < _LAST_ITEM_WORDS:
        k += 1
    return k > comma + 2 and (k >= len(toks) or toks[k].text in ".,;")


def _introduced(sa: SentenceAnalysis, last: int) -> bool:
    """The document that ends before token `last` is brought in by an indefinite article ("an agreement", "an
    intergovernmental agreement"), not referred back to ("the declaration providing for ...")."""
    toks = sa.tokens
    w = sa.doc.pack.words
    for k in range(last - 1, max(-1, last - 5), -1):
        if toks[k].key in w.article:
            return toks[k].key not in w.definite
    return False


def _adjectives_then_complement(sa: SentenceAnalysis, last: int, starts: frozenset[str] | None) -> bool:
    """A complement with no preposition, its adjectives first: "(Программа) торгово-экономического
    сотрудничества", "(Дорожная карта) стратегического партнерства" (a language pack with `adjective`)."""
    adjective = sa.doc.pack.adjective
    if adjective is None:
        return False
    toks = sa.tokens
    k = last
    while k < len(toks) and k - last < 5 and (toks[k].text == "-" or toks[k].kind == "word" and (
            adjective(toks[k].text) or k + 1 < len(toks) and toks[k + 1].text == "-")):
        k += 1  # (a compound's first part, "торгово-", stands before its hyphen)
    return last < k < len(toks) and toks[k].key in (starts or sa.doc.pack.words.complement_start)


def _contents_said(sa: SentenceAnalysis, first: int) -> bool:
    """Right after documents signed, a clause of what they hold: "documents were signed providing for the supply
    of ...", "were signed at the forum, which provide for ...", "документы, согласно которым ...": the set is
    named by its contents (but "according to the ministry" says only who reports it)."""
    toks = sa.tokens
    w = sa.doc.pack.words
    for k in range(first, min(first + 8, len(toks))):
        if toks[k].key in w.contents:
            return toks[k].key not in w.complement_end or any(
                t.key in w.clause_relative for t in toks[k + 1:k + 3])  # "according to which"
    return False


def _qualified(sa: SentenceAnalysis, mods_first: int, noun_first: int) -> bool:
    """Generic documents qualified by what they are ("intergovernmental documents", "Kazakh-Chinese
    documents"), not just by the capital of a sentence's first word ("Several documents ...")."""
    toks = sa.tokens
    adjectives = sa.doc.pack.words.document_adjective
    return any(t.key in adjectives for t in toks[mods_first:noun_first]) or any(
        m.is_country and mods_first <= m.first < noun_first for m in sa.mentions) or any(
        toks[k].is_cap for k in range(max(mods_first, 1), noun_first))


def _governed_by_a_title(sa: SentenceAnalysis, noun_first: int) -> bool:
    """A document named after a preposition ("amendments to the Agreement on ...", "a grant for the
    implementation of the Development Program", "изменений в Соглашение"): the object of another title."""
    return _after_a_preposition(sa, _mods_start(sa, noun_first))


def _after_a_preposition(sa: SentenceAnalysis, first: int) -> bool:
    """The words at `first` are the object of a preposition (past an article): "of (the) negotiations",
    "to the Agreement", "в Соглашение"."""
    toks = sa.tokens
    w = sa.doc.pack.words
    k = first - 1
    while k >= 0 and toks[k].key in w.article:
        k -= 1
    return k >= 0 and (toks[k].key in w.complement_start or toks[k].key in w.towards)


def _another_document_after(sa: SentenceAnalysis, and_at: int, past_article: bool = False) -> bool:
    """"... on Cooperation in Tourism and two agreements", «... и ряд других документов»: a document noun right
    after "and" (past a count: a number, a number word, a word of quantity) starts a document of its own, not more
    of the title.  After a comma, past an article and the document's own words too: "..., a memorandum on ...",
    "..., the Joint Action Plan"."""
    toks = sa.tokens
    w = sa.doc.pack.words
    for d in sa.layer("document"):
        if and_at < d.first <= and_at + (5 if past_article else 3):
            k = and_at + 1
            while k < d.first and (toks[k].kind == "num" or sa.at("time", "number_word", k) is not None
                                   or toks[k].key in w.quantity or past_article and toks[k].key in w.article):
                k += 1
            return k >= (_mods_start(sa, d.first) if past_article else d.first)
    return False


def _count(sa: SentenceAnalysis, mods_first: int) -> int | None:
    toks = sa.tokens
    k = mods_first - 1
    if k >= 0 and toks[k].key in sa.doc.pack.words.new:
        k -= 1
    if k < 0:
        return None
    t = toks[k]
    if t.kind == "num" and t.text.isdigit() and int(t.text) < 100:
        return int(t.text)
    number = sa.at("time", "number_word", k)
    return int(number.value) if number is not None and number.last == k + 1 and int(number.value) <= 10 else None


def _inflected_plural(sa: SentenceAnalysis, d, mods_first: int) -> bool:
    """«подписали соглашения о …»: in a language whose pack reads cases, a document noun that may be an accusative
    plural and is not governed by a noun before it («подписание соглашения о …» is one document's genitive)."""
    pack = sa.doc.pack
    if pack.accusative_plural is None or pack.common_noun is None or d.last - d.first != 1:
        return False
    if not pack.accusative_plural(sa.tokens[d.first].text):
        return False
    k = mods_first - 1
    return k < 0 or sa.tokens[k].kind != "word" or not pack.common_noun(sa.tokens[k].text)


def _between_kazakhstan_and_a_partner(sa: SentenceAnalysis, first: int, last: int) -> bool:
    """The complement in tokens [first, last) opens with "between" and names Kazakhstan and a foreign country."""
    toks = sa.tokens
    if first >= last or toks[first].key not in sa.doc.pack.words.between:
        return False
    codes = {m.code for m in sa.mentions if first < m.first < last and m.is_country}
    return KAZ in codes and len(codes) >= 2


def _abbreviation_at(sa: SentenceAnalysis, k: int) -> bool:
    """"(FTA)", "(MoU)": a bracketed abbreviation of the name before it, at token k."""
    toks = sa.tokens
    return k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")" and toks[k + 1].kind == "word" \
        and toks[k + 1].text[:1].isupper() and sum(c.isupper() for c in toks[k + 1].text) >= 2


def _of_its_kind(sa: SentenceAnalysis, mods_first: int, noun_first: int) -> bool:
    """"such an agreement", "the first such kind of agreement", «подобное соглашение», «Аналогичные соглашения»: a
    document spoken of as a kind."""
    toks = sa.tokens
    w = sa.doc.pack.words
    if any(t.key in w.such for t in toks[mods_first:noun_first]):
        return True  # (a capitalised word of kind opening the sentence is read as a word of the title)
    k = mods_first - 1
    if k >= 0 and toks[k].key in w.article:
        k -= 1  # ("such an agreement")
    if k >= 1 and toks[k].key in w.of and toks[k - 1].key in w.kind_of:
        k -= 2  # ("such kind of agreement")
    return k >= 0 and toks[k].key in w.such


def _reached(sa: SentenceAnalysis, d, comp_last: int) -> bool:
    """"the agreements reached", "reach agreement", "agreements on cooperation in trade were reached", "agreement on
    the draft Statute" (no article: consent to another document's draft) and "an agreement to develop a plan":
    consensus, not a document."""
    if d.value != "agreement":
        return False
    w = sa.doc.pack.words
    keys = [t.key for t in sa.tokens]
    near = keys[max(0, d.first - 3):d.first] + keys[d.last:d.last + 3]
    if any(k in w.reached for k in near):
        return True
    after = keys[comp_last:comp_last + 3]
    if len(after) >= 2 and after[0] in w.auxiliary and any(k in w.reached for k in after[1:]):
        return True  # (the passive after the topic: "agreements on cooperation in trade were reached")
    if 2 <= d.first and d.last + 1 < len(keys) and d.last - d.first == 1 and sa.tokens[d.first].text.islower() and \
            keys[d.first - 1] in w.article and keys[d.first - 2] in w.consent_after and \
            keys[d.last] in w.complement_to and keys[d.last + 1] in w.purpose_verb:
        return True  # "resulted in an agreement to develop a joint action plan": consent to act (but "signed an
        # agreement to set up a centre" is a document)
    after = [k for k in keys[d.last:d.last + 4] if k not in w.article]
    bare = d.first == 0 or keys[d.first - 1] not in w.article and keys[d.first - 1] not in w.determiner
    return bare and len(after) >= 2 and after[0] in w.document_topic and after[1] in w.draft


def _status_of(sa: SentenceAnalysis, statuses, first: int, last: int, previous_signed: bool,
               title_end: int) -> str | None:
    """The status word nearest the document (before it preferred on a tie).  A status word after an
    "and" that follows the document is a verb of the next clause when one before the document governs
    it ("agreed to expedite ... the Transit Agreement and to explore ...").  A status noun that is a
    word of the title ("the Protocol of negotiations", "an agreement on the implementation of ...") is
    no status of the document."""
    best = None
    best_distance = None
    and_ = sa.doc.pack.words.and_
    governed = any(m.last <= first for m in statuses)
    for m in statuses:
        if m.last <= first:
            distance = first - m.last
        elif m.first >= last and not _is(m, "within"):  # (a frame names the document after it)
            if governed and any(t.key in and_ for t in sa.tokens[last:m.first]):
                continue
            if m.first < title_end and _after_a_preposition(sa, m.first):
                continue
            distance = m.first - last + 1
        else:
            continue
        if best_distance is None or distance < best_distance:
            best, best_distance = m, distance
    if best is None:
        return "signed" if previous_signed else None
    status = best.category
    if _is(best, "headline") and is_headline(sa) and not (
            best.first >= 1 and sa.tokens[best.first - 1].key in sa.doc.pack.words.modal):
        return "signed"  # "Kazakhstan and Chile sign Treaty on ...": a headline's present is a signing done
    if _is(best, "draft"):
        # a signing announced makes the draft planned ("... the draft and agreed to speed up procedures for
        # its signing"); work on it, sped up or not, is discussion ("agreed to accelerate work on the draft")
        if any(m.category == "planned" and not _is(m, "draft") and not _is(m, "pace") for m in statuses):
            return "planned"
        if any(m.category == "discussed" for m in statuses):
            return "discussed"  # "discussed the draft agreement": no signing announced
    keys = [t.key for t in sa.tokens]
    possibility = sa.doc.pack.words.possibility
    if any(k in possibility for k in keys[max(0, first - 6):first]) or (
            best.last <= first and any(k in possibility for k in keys[max(0, best.first - 3):best.first])):
        # "considered the possibility of signing a Memorandum", and "discussed the possibility of signing a
        # number of documents on ..., the General Cooperation Agreement ...": however far the document
        return "discussed"
    if status == "signed" and _is(best, "signing") and any(
            m.category == "planned" and (best.first - 6 <= m.last <= best.first or (
                best.last <= first and title_end <= m.first <= title_end + 1)) for m in statuses):
        # "the talks are expected to result in the signing of a Memorandum", "the signing of a Memorandum on
        # ... is planned"
        return "planned"
    contact_nouns = {m.first for m in sa.layer("trigger") if m.value == "noun"}
    if status == "signed" and _is(best, "signing") and any(
            m.category == "discussed" and not _is(m, "draft") and best.first - 12 <= m.last <= best.first
            and m.first not in contact_nouns for m in statuses):
        # "discussed ... the signing of the Comprehensive Plan": a signing still to come (but "the negotiations
        # resulted in the signing of ...": the contact that ended in it)
        return "planned"
    if status == "discussed" and _signing_of_it_after(sa, statuses, last):
        return "planned"  # "proposed to develop a Roadmap ..., and the other side is ready to sign it"
    return status


def _countries_listed_after(sa: SentenceAnalysis, statuses, last: int) -> list[str]:
    """The countries listed after "with" right at token `last`, or after a status there ("will be signed soon with")."""
    return _countries_listed_after_with(sa, last) or _countries_listed_after_status(sa, statuses, last)


def _countries_listed_after_with(sa: SentenceAnalysis, last: int) -> list[str]:
    """"agreements with Malaysia, Greece and Cyprus": the two or more foreign countries listed right after "with"
    that follows a plural document noun ([] when it is not so)."""
    if last >= len(sa.tokens) or sa.tokens[last].key not in sa.doc.pack.words.with_:
        return []
    codes = sa.countries_listed(last + 1, first_within=1)
    return codes if len(codes) >= 2 else []


def _countries_listed_after_status(sa: SentenceAnalysis, statuses, last: int) -> list[str]:
    """"(similar agreements) will be signed soon with Malaysia, Greece and Cyprus", "have been signed with ...": the
    countries listed after "with" that follows the status right after a plural document noun (and a word such as
    "soon")."""
    status = next((m for m in statuses if m.first == last), None)
    passive = _passive_after(sa, last)  # ("have been signed with ...")
    if status is not None:
        k = status.last
    elif passive is not None:
        k = passive[1]
    else:
        return []
    if k < len(sa.tokens) and sa.tokens[k].key not in sa.doc.pack.words.with_ and sa.tokens[k].text.islower():
        k += 1
    return _countries_listed_after_with(sa, k)


def _party_after(sa: SentenceAnalysis, last: int) -> bool:
    """"an agreement with Brazil", "a deal with the Brazilian side": the other party right after the noun."""
    toks = sa.tokens
    w = sa.doc.pack.words
    if last >= len(toks) or toks[last].key not in w.with_:
        return False
    k = last + 1
    while k < len(toks) and toks[k].key in w.article:
        k += 1
    # (or a body of the party: "a protocol with the General Administration of Customs of China")
    return any(m.is_country and m.code != KAZ and (m.first == k or k < m.first <= k + _BODY_NAME_REACH and
                                                   sa.names_a_body(k, m.first)) for m in sa.mentions)


# how many words the name of a party's body may take before its country ("the General Administration of Customs of")
_BODY_NAME_REACH = 8


def _only_a_date(sa: SentenceAnalysis, first: int, last: int) -> bool:
    """A complement that is a date alone: "in 2008", "on 12 May 2019", "в 2008 году" — or that opens with a day
    ("on May 30 in Astana, another in a series of deals", "on 23rd of May"): a time, not a title."""
    toks = sa.tokens
    w = sa.doc.pack.words
    if last - first < 2 or toks[first].key not in w.venue_preposition and toks[first].key not in w.document_topic:
        return False

    def dated(i: int) -> bool:
        return toks[i].kind == "num" or toks[i].key in w.year_suffix or sa.at("time", "month", i) is not None \
            or sa.at("time", "weekday", i) is not None

    if all(dated(i) for i in range(first + 1, last)):
        return True
    # a month and its day right after the preposition (the day also as an ordinal: "on 23rd of May")
    if last - first >= 3 and sa.at("time", "month", first + 1) is not None and toks[first + 2].kind == "num":
        return True
    k = first + 1
    if toks[k].kind != "num":
        return False
    k += 1
    while k < last and (toks[k].key in w.ordinal_suffix or toks[k].key in w.of):
        k += 1
    return k < last and sa.at("time", "month", k) is not None


# how many lines with no full stop may open a page before its headline ("12:11, 19 March 2014 | GMT +5", "Go to the
# main site")
_LINES_BEFORE_HEADLINE = 2


def is_headline(sa: SentenceAnalysis) -> bool:
    """A line of the release's opening with no full stop at its end, after none but lines of that kind: the
    headline (a page's time stamp or a link may stand before it)."""
    return sa.index <= _LINES_BEFORE_HEADLINE and all(
        s.tokens and s.tokens[-1].text not in ".!?" for s in sa.doc.sentences[:sa.index + 1])


def _signing_of_it_after(sa: SentenceAnalysis, statuses, last: int) -> bool:
    """A signing announced later in the sentence for the document itself: a planned status word after it
    with a pronoun that refers back ("to sign it", "подписать его"), no other document in between."""
    toks = sa.tokens
    back = sa.doc.pack.words.back_pronoun
    next_doc = min((d.first for d in sa.layer("document") if d.first >= last), default=len(toks))
    return any(m.category == "planned" and not _is(m, "pace") and last <= m.first < next_doc
               and any(t.key in back for t in toks[m.last:m.last + 2]) for m in statuses)


def _is(status_match, word: str) -> bool:
    """A status word is "draft", "signing", "pace" (speeding up: "accelerate"), "within" (a frame: "in
    the framework of") or "headline" (a headline's present: "sign"): so written (English), or so marked
    in the lexicon's value column ("проект", "подписание", "ускорить", "в рамках")."""
    return status_match.entry.phrase == word or status_match.value == word


def _proper_words(sa: SentenceAnalysis, first: int, last: int, d) -> frozenset[str]:
    """Capitalised words of a title other than the document noun, office and institution words and
    country names: what tells one document from another ("Blue", "Peace", "Astana")."""
    never: Container[str] = sa.doc.pack.words.never_name  # (a Container: see people.py)
    not_name = {m.first for m in sa.layer("name") if m.category == "not_name"} | {
        i for i in range(first, last) if sa.tokens[i].key in never}
    countries = {i for m in sa.mentions if m.is_country for i in range(m.first, m.last)}
    drop = sa.doc.pack.words.keyword_drop
    return frozenset(t.key for i, t in enumerate(sa.tokens[first:last], first)
                     if t.kind == "word" and t.text[0].isupper() and i not in not_name and i not in countries
                     and not (d.first <= i < d.last) and i > first - 1 and t.key not in drop)


def _says_nothing_apart(sa: SentenceAnalysis, first: int, last: int) -> bool:
    """The complement in tokens [first, last) after a counted plural tells the documents from no others: a venue
    or a day ("five agreements in Tehran on Wednesday"), or a subject any document has ("on cooperation", "о
    сотрудничестве"); not "on air services", "on cooperation in transport, energy and water", nor the parties
    ("four memoranda were signed between Kazakhstan and Malaysia")."""
    toks = sa.tokens
    w = sa.doc.pack.words
    if first >= last or toks[first].key not in w.generic_documents_topic:
        return False
    places = {i for m in sa.mentions for i in range(m.first, m.last)} | {
        i for m in sa.layer("time") for i in range(m.first, m.last)}
    words: list[int] = []
    for i in range(first + 1, last):
        if i in places:
            break  # ("on cooperation in Tehran": what follows is the venue)
        if toks[i].kind == "word" and toks[i].key not in w.article and toks[i].key not in w.of \
                and toks[i].key not in w.and_ and toks[i].key not in w.generic_documents_topic:
            words.append(i)
    return all(toks[i].key in w.general_subject for i in words)


def _field_of(sa: SentenceAnalysis, title: str) -> str | None:
    """The policy field of a document, from its title (the language pack's word stems per field)."""
    low = title.lower()
    return next((f for f, rx in sa.doc.pack.document_fields if rx.search(low)), None)


def _keywords(sa: SentenceAnalysis, first: int, last: int, d, verb: range = range(0)) -> list[str]:
    """Key words of a document's title: "Memorandum of Understanding on cooperation in the field of
    ecology, forestry and waste treatment" -> cooperation, ecology, forestry, waste treatment (not the
    `verb` of signing inside it: "an agreement was signed on ...")."""
    masked = {i for m in sa.mentions for i in range(m.first, m.last)} | set(range(d.first, d.last)) | set(verb)
    drop = sa.doc.pack.words.keyword_drop
    out: list[str] = []
    phrase: list[str] = []
    for i in range(first, last):
        t = sa.tokens[i]
        if i in masked or t.kind == "punct" or t.key in drop:
            if phrase:
                out.append(" ".join(phrase))
                phrase = []
            continue
        phrase.append(t.key)
    if phrase:
        out.append(" ".join(phrase))
    return list(dict.fromkeys(p for p in out if len(p) >= 3))[:6]
