"""Each contact merge rule (contacts.MERGE_RULES) and each release rule (release.RELEASE_RULES) by itself,
on sentences written for these tests.  A merge rule is asked about the last sentence of a short text after the
sentences before it went through all the rules; a release rule is applied alone to a release read without them.
"""
from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from extraction import contacts, release
from extraction.analysis import analyse
from extraction.contacts import ContactTracker, read_sentence
from extraction.lang import pack_for

ENGLISH = pack_for("en")
PUBLISHED = dt.date(2025, 5, 20)


def tracker_and_last_clue(text: str) -> tuple[ContactTracker, contacts.ContactClue]:
    """The tracker after every sentence but the last, and the last sentence's clue."""
    doc = analyse(text, PUBLISHED, ENGLISH)
    tracker = ContactTracker(doc.is_kazakh_perspective)
    *before, last = doc.sentences
    for sa in before:
        clue = read_sentence(sa, lambda: None)
        if clue is not None:
            tracker.feed(clue)
        else:
            _ = sa.people  # (people are read in order: a later sentence may name one again by surname)
    clue = read_sentence(last, lambda: None)
    assert clue is not None, "the last sentence must report a contact"
    return tracker, clue


def summary(tracker: ContactTracker) -> list[tuple[str, str | None, list[str]]]:
    return [(c.type, c.counterpart, sorted(p.surname for p in c.participants)) for c in tracker.contacts]


# ---------------------------------------------------------------- merge rules
def test_calls_with_several_countries_are_one_call_with_each():
    tracker, clue = tracker_and_last_clue(
        "Minister of Foreign Affairs of Kazakhstan Yermek Kosherbayev held telephone conversations with the foreign "
        "ministers of Azerbaijan, Kyrgyzstan and Uzbekistan, discussing the situation in the Middle East.")
    assert contacts.rule_calls_with_several_countries(tracker, clue) is True
    assert summary(tracker) == [("phone_call", code, ["kosherbaev"]) for code in ("AZE", "KGZ", "UZB")]


def test_a_call_with_one_country_or_referred_to_is_left_to_the_next_rules():
    tracker, clue = tracker_and_last_clue(
        "Minister of Foreign Affairs of Kazakhstan Yermek Kosherbayev had a telephone conversation with Foreign "
        "Minister of Georgia Maka Botchorishvili. The phone conversation comes amid the war in Ukraine and sanctions "
        "against Russia.")
    assert contacts.rule_calls_with_several_countries(tracker, clue) is False
    # a country named in what was discussed is no party of a call
    tracker, clue = tracker_and_last_clue(
        "Minister of Foreign Affairs of Kazakhstan Yermek Kosherbayev had a telephone conversation with the Foreign "
        "Minister of Hungary about the situation in Ukraine.")
    assert contacts.rule_calls_with_several_countries(tracker, clue) is False


def test_credentials_of_several_countries_envoys_are_one_meeting_with_each():
    tracker, clue = tracker_and_last_clue(
        "Minister of Foreign Affairs of Kazakhstan Murat Nurtleu received copies of credentials from the newly "
        "appointed Ambassador of Chile Juan Perez and Ambassador of Nepal Ram Thapa.")
    assert contacts.rule_credentials_of_several_countries(tracker, clue) is True
    assert summary(tracker) == [("meeting", "CHL", ["nurtleu", "perez"]), ("meeting", "NPL", ["nurtleu", "thapa"])]


def test_credentials_of_one_envoy_are_left_to_the_next_rules():
    tracker, clue = tracker_and_last_clue(
        "Minister of Foreign Affairs of Kazakhstan Murat Nurtleu received a copy of credentials from the newly "
        "appointed Ambassador of Chile Juan Perez.")
    assert contacts.rule_credentials_of_several_countries(tracker, clue) is False


def test_officials_of_several_countries_met_by_office_beside_a_gathering_are_one_meeting_with_each():
    tracker, clue = tracker_and_last_clue(
        "On the sidelines of the OSCE Ministerial Council in Vienna, Minister of Foreign Affairs of Kazakhstan "
        "Yermek Kosherbayev met with the foreign ministers of Austria, Cyprus and Greece.")
    assert contacts.rule_meetings_with_officials_of_several_countries(tracker, clue) is True
    assert summary(tracker) == [("meeting", "AUT", ["kosherbaev"]), ("meeting", "CYP", ["kosherbaev"]),
                                ("meeting", "GRC", ["kosherbaev"])]
    # envoys are received one by one wherever it is; "meetings" counts them
    for text in ("President of Kazakhstan Kassym-Jomart Tokayev met with the new ambassadors of Slovakia, Spain and "
                 "Israel.",
                 "Minister of Foreign Affairs of Kazakhstan Murat Nurtleu held meetings with his counterparts from "
                 "Slovakia, Spain and Israel."):
        tracker, clue = tracker_and_last_clue(text)
        assert contacts.rule_meetings_with_officials_of_several_countries(tracker, clue) is True
        assert [c.counterpart for c in tracker.contacts] == ["SVK", "ESP", "ISR"]


@pytest.mark.parametrize("text", [
    # the ministers of three neighbours met in Astana, no setting: possibly one gathering, left to the next rules
    "Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met with the foreign ministers of Kyrgyzstan, "
    "Tajikistan and Uzbekistan in Astana.",
    # one envoy named: the next rules give each named party its contact
    "President of Kazakhstan Kassym-Jomart Tokayev met with the Ambassador of Slovakia Jan Novak and discussed "
    "trade with Spain and Israel.",
])
def test_meetings_with_officials_of_several_countries_only_by_office_and_not_together(text):
    tracker, clue = tracker_and_last_clue(text)
    assert contacts.rule_meetings_with_officials_of_several_countries(tracker, clue) is False


def test_named_foreign_party_who_also_took_part_in_the_meeting_joins_it():
    tracker, clue = tracker_and_last_clue(
        "Ambassador of Kazakhstan to Ethiopia Zhalgas Adilbayev met with Deputy Minister of Foreign Affairs of Kenya "
        "Mary Wanjiru. The Ambassador of Kenya to Ethiopia, John Otieno, also took part in the meeting.")
    assert contacts.rule_named_foreign_party(tracker, clue) is True
    assert summary(tracker) == [("meeting", "KEN", ["adilbaev", "otieno", "wanjiru"])]


def test_named_foreign_party_met_by_another_kazakh_host_is_another_meeting():
    tracker, clue = tracker_and_last_clue(
        "Prime Minister of Kazakhstan Olzhas Bektenov met with Vice President of Vietnam Vo Thi Anh Xuan. The "
        "parties discussed trade. President of Kazakhstan Kassym-Jomart Tokayev met with Vice President Xuan during "
        "the summit.")
    assert contacts.rule_named_foreign_party(tracker, clue) is True
    assert summary(tracker) == [("meeting", "VNM", ["bektenov", "xuan"]), ("meeting", "VNM", ["tokaev", "xuan"])]
    # the same host again is more of the same meeting
    tracker, clue = tracker_and_last_clue(
        "Prime Minister of Kazakhstan Olzhas Bektenov met with Vice President of Vietnam Vo Thi Anh Xuan. Olzhas "
        "Bektenov met with Vice President Xuan again at the end of the visit.")
    assert contacts.rule_named_foreign_party(tracker, clue) is True
    assert len(tracker.contacts) == 1


def test_named_foreign_party_named_otherwise_during_the_meeting_is_its_guest():
    tracker, clue = tracker_and_last_clue(
        "President Kassym-Jomart Tokayev held talks with the Sultan of Oman Haitham bin Tarik in Astana. During the "
        "meeting, the Head of State briefed Sultan Haitham on the prospects of Kazakh-Omani cooperation.")
    assert contacts.rule_named_foreign_party(tracker, clue) is True
    # (an Arabic name is known by its given name: "Haitham bin Tarik" is "Sultan Haitham")
    assert summary(tracker) == [("talks", "OMN", ["haitham", "tokaev"])]


def test_named_foreign_party_who_discussed_with_the_traveller_met_him():
    # "discussed" is a contact only with both sides named; then the trip has a meeting described
    tracker, clue = tracker_and_last_clue(
        "Prime Minister of Kazakhstan Olzhas Bektenov paid a working visit to Qatar. Olzhas Bektenov and Prime "
        "Minister of Qatar Mohammed bin Abdulrahman Al Thani discussed cooperation in energy and logistics.")
    assert contacts.rule_named_foreign_party(tracker, clue) is True
    assert summary(tracker) == [("meeting", "QAT", ["bektenov", "mohammed"])]


def test_gathering_is_one_summit_gathering_its_participants():
    tracker, clue = tracker_and_last_clue(
        "Minister of Foreign Affairs of Kazakhstan Murat Nurtleu took part in the meeting of the Council of Foreign "
        "Ministers of the CIS held in Minsk. Minister of Foreign Affairs of Armenia Ararat Mirzoyan also took part in "
        "the meeting of the Council of Foreign Ministers.")
    assert contacts.rule_gathering(tracker, clue) is True
    assert summary(tracker) == [("summit", None, ["mirzoyan", "nurtleu"])]


def test_gathering_named_otherwise_is_a_gathering_of_its_own():
    tracker, clue = tracker_and_last_clue(
        "Minister of Foreign Affairs of Kazakhstan Murat Nurtleu took part in the meeting of the Council of Foreign "
        "Ministers of the CIS held in Minsk. On the same day, Murat Nurtleu participated in the eighth meeting of the "
        "heads of foreign ministries in the Central Asia - Russia format.")
    assert contacts.rule_gathering(tracker, clue) is True
    assert [c.type for c in tracker.contacts] == ["summit", "summit"]
    # the gathering referred to again is the one reported
    tracker, clue = tracker_and_last_clue(
        "Minister of Foreign Affairs of Kazakhstan Murat Nurtleu took part in the meeting of the Council of Foreign "
        "Ministers of the CIS held in Minsk. Minister of Foreign Affairs of Armenia Ararat Mirzoyan also took part in "
        "the meeting of the Council of Foreign Ministers of the CIS.")
    assert contacts.rule_gathering(tracker, clue) is True
    assert [c.type for c in tracker.contacts] == ["summit"]


def test_gathering_takes_a_guest_who_attended_it():
    tracker, clue = tracker_and_last_clue(
        "The presidents of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan held a consultative meeting in Astana. "
        "They recalled the results of the previous meetings. President of Azerbaijan Ilham Aliyev attended the "
        "meeting as a guest of honour.")
    assert contacts.rule_gathering(tracker, clue) is True
    assert [(c.type, c.counterpart) for c in tracker.contacts if c.status == "held"] == [("summit", None)]
    assert "aliev" in tracker.contacts[0].surnames()


def test_gathering_leaves_a_bilateral_meeting_on_its_sidelines_to_the_next_rules():
    tracker, clue = tracker_and_last_clue(
        "On the sidelines of the SCO summit, President of Kazakhstan Kassym-Jomart Tokayev met with President of "
        "Mongolia Ukhnaagiin Khurelsukh.")
    assert contacts.rule_gathering(tracker, clue) is False


def test_gathering_a_meeting_was_held_beside_is_its_setting():
    tracker, clue = tracker_and_last_clue(
        "Deputy Foreign Minister Alibek Bakayev met with Deputy Foreign Minister of Egypt Ahmed Kamal on the margins "
        "of the 50th session of the OIC Council of Foreign Ministers. The session, which gathered the foreign "
        "ministers of the Islamic world, adopted a number of resolutions.")
    assert contacts.rule_gathering(tracker, clue) is True
    assert [(c.type, c.status) for c in tracker.contacts] == [("meeting", "held"), ("summit", "context")]
    # a Kazakh official named in it took part: a gathering reported
    tracker, clue = tracker_and_last_clue(
        "Deputy Foreign Minister Alibek Bakayev met with Deputy Foreign Minister of Egypt Ahmed Kamal on the margins "
        "of the 50th session of the OIC Council of Foreign Ministers. Deputy Foreign Minister Alibek Bakayev also "
        "addressed the session, which gathered the foreign ministers of the Islamic world.")
    assert contacts.rule_gathering(tracker, clue) is True
    assert [(c.type, c.status) for c in tracker.contacts] == [("meeting", "held"), ("summit", "held")]


def test_separate_reception_of_the_same_guest_is_a_contact_of_its_own():
    tracker, clue = tracker_and_last_clue(
        "Deputy Minister of Foreign Affairs of Kazakhstan Alibek Bakayev held talks with Deputy Minister of Foreign "
        "Affairs of Peru Ana Cecilia Gervasi. Ana Cecilia Gervasi was also received by First Deputy Minister of "
        "Foreign Affairs of Kazakhstan Kairat Umarov.")
    assert contacts.rule_separate_reception(tracker, clue) is True
    assert summary(tracker) == [("talks", "PER", ["bakaev", "gervasi"]), ("meeting", "PER", ["gervasi", "umarov"])]


def test_separate_reception_does_not_repeat_the_same_officials():
    tracker, clue = tracker_and_last_clue(
        "Deputy Minister of Foreign Affairs of Kazakhstan Alibek Bakayev met with Ambassador of Peru Javier Prado. "
        "Alibek Bakayev also met with Javier Prado at the reception.")
    assert contacts.rule_separate_reception(tracker, clue) is False


def test_separate_reception_by_the_first_host_fills_a_contact_without_a_kazakh_side():
    tracker, clue = tracker_and_last_clue(
        "Meetings with Assistant Secretary of State of the United States Donald Carver took place at the MFA. "
        "The American diplomat was received by Minister of Foreign Affairs of Kazakhstan Yermek Kosherbayev.")
    assert contacts.rule_separate_reception(tracker, clue) is True
    assert summary(tracker) == [("meeting", "USA", ["carver", "kosherbaev"])]


def test_meeting_with_another_host_is_the_same_guests_contact_of_its_own():
    tracker, clue = tracker_and_last_clue(
        "Assistant Secretary of State of the United States Donald Carver was received by Minister of Foreign "
        "Affairs of Kazakhstan Yermek Kosherbayev. At the meeting with the First Deputy Minister of Foreign Affairs "
        "of Kazakhstan Akan Kenzhebek, regional security was discussed.")
    assert contacts.rule_meeting_with_another_host(tracker, clue) is True
    assert summary(tracker) == [("meeting", "USA", ["carver", "kosherbaev"]),
                                ("meeting", "USA", ["carver", "kenzhebek"])]


@pytest.mark.parametrize("second", [
    "At the meeting with Minister of Foreign Affairs of Kazakhstan Yermek Kosherbayev, trade was discussed.",
    "At the meeting, First Deputy Minister of Foreign Affairs of Kazakhstan Akan Kenzhebek was also present.",
])
def test_meeting_with_the_same_host_or_no_host_after_with_is_left_to_the_next_rules(second):
    tracker, clue = tracker_and_last_clue(
        "Assistant Secretary of State of the United States Donald Carver was received by Minister of Foreign "
        "Affairs of Kazakhstan Yermek Kosherbayev. " + second)
    assert contacts.rule_meeting_with_another_host(tracker, clue) is False


def test_each_foreign_party_is_one_contact():
    tracker, clue = tracker_and_last_clue(
        "Deputy Minister of Foreign Affairs of Kazakhstan Roman Vassilenko held separate meetings with Ambassador of "
        "Chile Pablo Lira and Ambassador of Peru Javier Prado.")
    assert contacts.rule_named_foreign_party(tracker, clue) is True
    assert summary(tracker) == [("meeting", "CHL", ["lira", "vassilenko"]), ("meeting", "PER", ["prado", "vassilenko"])]


def test_officials_of_one_country_met_together_are_one_contact():
    tracker, clue = tracker_and_last_clue(
        "Ambassador of Kazakhstan Nurlan Onzhanov met with State Secretary of Germany Thomas Bagger and Director "
        "for Central Asia of the German Federal Foreign Office Anna Lührmann.")
    assert contacts.rule_named_foreign_party(tracker, clue) is True
    assert summary(tracker) == [("meeting", "DEU", ["bagger", "lührmann", "onzhanov"])]


def test_the_official_named_again_tells_more_of_the_same_contact():
    tracker, clue = tracker_and_last_clue(
        "Minister of Foreign Affairs of Kazakhstan Yermek Kosherbayev met with Minister of Foreign Affairs of "
        "Estonia Margus Tsahkna. During the talks, Margus Tsahkna noted the progress of the negotiations.")
    assert contacts.rule_named_foreign_party(tracker, clue) is True
    assert summary(tracker) == [("talks", "EST", ["kosherbaev", "tsahkna"])]


def test_a_contact_of_two_foreign_parties_is_not_kazakhstans():
    tracker, clue = tracker_and_last_clue(
        "In Tashkent, OSCE Chairperson-in-Office Elina Valtonen held meetings with President of Uzbekistan Shavkat "
        "Mirziyoyev.")
    assert contacts.rule_named_foreign_party(tracker, clue) is True
    assert tracker.contacts == []


def test_one_more_party_met_is_a_contact_of_its_own():
    tracker, clue = tracker_and_last_clue(
        "Deputy Minister of Foreign Affairs of Kazakhstan Roman Vassilenko held talks with Deputy Minister of Foreign "
        "Affairs of Japan Ken Sato in Tokyo. The Deputy Minister also met with members of the Japan-Kazakhstan "
        "Parliamentary Friendship League.")
    assert contacts.rule_another_party_met(tracker, clue) is True
    assert summary(tracker) == [("talks", "JPN", ["sato", "vassilenko"]), ("meeting", "JPN", ["vassilenko"])]
    assert tracker.contacts[-1].city == "Tokyo"


def test_the_same_contact_told_again_is_no_further_party():
    tracker, clue = tracker_and_last_clue(
        "Deputy Minister of Foreign Affairs of Kazakhstan Roman Vassilenko held talks with Deputy Minister of Foreign "
        "Affairs of Japan Ken Sato in Tokyo. During the meeting with the Japanese side, trade was also discussed.")
    assert contacts.rule_another_party_met(tracker, clue) is False


def test_a_country_named_as_the_other_party_is_a_contact():
    tracker, clue = tracker_and_last_clue(
        "Kazakh-Mongolian political consultations were held in Ulaanbaatar on 19 May.")
    assert contacts.rule_country_named(tracker, clue) is True
    assert summary(tracker) == [("talks", "MNG", [])]


def test_a_weak_word_with_both_sides_named_as_a_pair_is_a_contact():
    tracker, clue = tracker_and_last_clue("Kazakhstan and Mongolia discussed the expansion of transit cooperation.")
    assert contacts.rule_country_named(tracker, clue) is True
    assert summary(tracker) == [("meeting", "MNG", [])]


def test_a_weak_word_says_nothing_of_a_contact_already_reported_with_that_country():
    tracker, clue = tracker_and_last_clue(
        "Kazakh-Mongolian political consultations were held in Ulaanbaatar on 19 May. "
        "Kazakhstan and Mongolia discussed the expansion of transit cooperation.")
    assert contacts.rule_country_named(tracker, clue) is False
    assert summary(tracker) == [("talks", "MNG", [])]


def test_a_weak_word_announces_no_further_contact_with_a_country_already_met():
    tracker, clue = tracker_and_last_clue(
        "Deputy Minister of Foreign Affairs of Kazakhstan Alibek Bakayev met with the Ambassador of Japan Ichiro "
        "Ogasawara. The sides reviewed the schedule of upcoming bilateral contacts and discussed ways to deepen "
        "Kazakh-Japanese interaction in trade and energy.")
    assert contacts.rule_country_named(tracker, clue) is False
    assert [(c.type, c.status, c.counterpart) for c in tracker.contacts] == [("meeting", "held", "JPN")]


def test_a_country_only_mentioned_is_no_contact():
    tracker, clue = tracker_and_last_clue(
        "He also highlighted the role of the negotiations on Syria hosted by the capital of Kazakhstan.")
    assert contacts.rule_country_named(tracker, clue) is False
    assert tracker.contacts == []


def test_an_earlier_contact_referred_to_is_context_with_the_same_partner():
    tracker, clue = tracker_and_last_clue(
        "Deputy Minister of Foreign Affairs of Kazakhstan Roman Vassilenko met with Ambassador of Japan Ken Sato. "
        "The diplomats noted the results of the recent telephone conversation between the Foreign Ministers.")
    assert contacts.rule_earlier_contact(tracker, clue) is True
    assert [(c.type, c.status, c.counterpart) for c in tracker.contacts] == [
        ("meeting", "held", "JPN"), ("phone_call", "context", "JPN")]


def test_kazakh_hosts_listed_after_a_foreign_guest_are_one_contact_each():
    tracker, clue = tracker_and_last_clue(
        "Speaker of the Parliament of Hungary Laszlo Kover held talks in Kazakhstan on Wednesday. "
        "In Astana he held discussions with Erlan Koshanov, Chairman of the Majilis; Maulen Ashimbayev, Chairman of "
        "the Senate; and Prime Minister Olzhas Bektenov.")
    assert contacts.rule_hosts_of_the_last_guest(tracker, clue) is True
    assert summary(tracker) == [("talks", "HUN", ["koshanov", "kover"]), ("talks", "HUN", ["ashimbaev", "kover"]),
                                ("talks", "HUN", ["bektenov", "kover"])]
    # (a sentence naming one Kazakh official tells more of the last contact)
    tracker, clue = tracker_and_last_clue(
        "Speaker of the Parliament of Hungary Laszlo Kover held talks in Kazakhstan on Wednesday. "
        "In Astana he held discussions with Erlan Koshanov, Chairman of the Majilis.")
    assert contacts.rule_hosts_of_the_last_guest(tracker, clue) is False


def test_a_release_opening_on_a_contact_not_reported_is_about_it():
    tracker, clue = tracker_and_last_clue(
        "At the beginning of the meeting, the Minister of Health of Kazakhstan thanked the Minister of Health of Turkey "
        "for the cooperation during the pandemic.")
    assert contacts.rule_contact_the_release_opens_on(tracker, clue) is True
    assert summary(tracker) == [("meeting", "TUR", [])]
    # (but not after a contact reported: "the meeting" is that one)
    tracker, clue = tracker_and_last_clue(
        "Deputy Minister of Foreign Affairs of Kazakhstan Roman Vassilenko met with Ambassador of Japan Ken Sato. "
        "At the meeting, the Minister of Health of Kazakhstan thanked the Minister of Health of Turkey.")
    assert contacts.rule_contact_the_release_opens_on(tracker, clue) is False


def test_a_sentence_naming_no_foreign_party_tells_more_of_the_last_contact():
    tracker, clue = tracker_and_last_clue(
        "Deputy Minister of Foreign Affairs of Kazakhstan Roman Vassilenko met with Ambassador of Japan Ken Sato. "
        "During the talks, the diplomats discussed the preparations for the business forum.")
    assert contacts.rule_more_of_the_last(tracker, clue) is True
    assert summary(tracker) == [("talks", "JPN", ["sato", "vassilenko"])]



def test_the_contact_referred_to_is_the_one_reported_not_one_announced_in_between():
    tracker, clue = tracker_and_last_clue(
        "Deputy Minister of Foreign Affairs of Kazakhstan Roman Vassilenko met with Ambassador of Japan Ken Sato. "
        "The diplomats agreed that the next round of consultations will be held in Tokyo. "
        "Following the talks, the diplomats signed a memorandum on the exchange of archives.")
    assert [(c.type, c.status) for c in tracker.contacts] == [("meeting", "held"), ("talks", "planned")]
    assert contacts.rule_more_of_the_last(tracker, clue) is True
    assert [(c.type, c.status) for c in tracker.contacts] == [("talks", "held"), ("talks", "planned")]


def test_talks_of_other_countries_say_nothing_of_how_the_last_contact_was_held():
    tracker, clue = tracker_and_last_clue(
        "Deputy Minister of Foreign Affairs of Kazakhstan Roman Vassilenko met with Ambassador of Japan Ken Sato. "
        "Negotiations on a settlement in Syria and Iraq were also touched upon.")
    assert contacts.rule_more_of_the_last(tracker, clue) is True
    assert summary(tracker) == [("meeting", "JPN", ["sato", "vassilenko"])]


def test_every_merge_rule_has_a_test_here():
    source = Path(__file__).read_text(encoding="utf-8")
    assert all(f"contacts.{rule.__name__}(" in source for rule in contacts.MERGE_RULES)


# ---------------------------------------------------------------- release rules
def read_without_rules(text: str, monkeypatch) -> release.Release:
    monkeypatch.setattr(release, "RELEASE_RULES", [])
    return release.read_release(analyse(text, PUBLISHED, ENGLISH))


def test_contacts_need_a_counterpart(monkeypatch):
    r = read_without_rules(
        "Minister of Foreign Affairs of Kazakhstan Murat Nurtleu took part in the meeting of the Council of Foreign "
        "Ministers of the SCO held in Tianjin. The participants recalled the results of the previous meeting.",
        monkeypatch)
    # (the earlier meeting referred to names no country and no organisation's official)
    assert [(c.type, c.status, c.counterpart) for c in r.contacts] == [("summit", "held", None),
                                                                      ("meeting", "context", None)]
    release.contacts_need_a_counterpart(r)
    assert [(c.type, c.status) for c in r.contacts] == [("summit", "held")]


def test_visit_is_absorbed_by_its_contacts(monkeypatch):
    r = read_without_rules(
        "Minister of Foreign Affairs of Kazakhstan Yermek Kosherbayev arrived in Rome on an official visit at the "
        "invitation of Minister of Foreign Affairs of Italy Antonio Tajani. Yermek Kosherbayev was also received by "
        "President of Italy Sergio Mattarella.", monkeypatch)
    assert [c.type for c in r.contacts] == ["visit", "meeting"]
    release.visit_absorbed_by_its_contacts(r)
    assert [(c.type, c.city, c.visit_cue) for c in r.contacts] == [("meeting", "Rome", True)]


def test_inviting_host_at_the_talks(monkeypatch):
    r = read_without_rules(
        "At the invitation of Minister of Foreign Affairs of Kazakhstan Murat Nurtleu, Minister of Foreign Affairs of "
        "Egypt Badr Abdelatty paid an official visit to Astana. The ministers held talks on bilateral issues.",
        monkeypatch)
    assert [(c.type, [p.name for p in c.participants], [p.name for p in c.inviters]) for c in r.contacts] == [
        ("talks", ["Badr Abdelatty"], ["Murat Nurtleu"])]
    release.inviting_host_at_the_talks(r)
    assert [[p.name for p in c.participants] for c in r.contacts] == [["Badr Abdelatty", "Murat Nurtleu"]]


def test_contacts_at_the_venue_of_the_trip(monkeypatch):
    r = read_without_rules(
        "Prime Minister of Kazakhstan Olzhas Bektenov arrived in Minsk to attend the meeting of the Eurasian "
        "Intergovernmental Council. Upon arrival, Olzhas Bektenov met with Prime Minister of Belarus Roman "
        "Golovchenko. Later, Olzhas Bektenov held a telephone conversation with Prime Minister of Armenia Nikol "
        "Pashinyan.", monkeypatch)
    assert [(c.type, c.counterpart, c.city) for c in r.contacts] == [("meeting", "BLR", None), ("phone_call", "ARM", None)]
    release.contacts_at_the_venue_of_the_trip(r)
    # (a call is held from wherever one is, and with a country the trip did not go to)
    assert [(c.type, c.city) for c in r.contacts] == [("meeting", "Minsk"), ("phone_call", None)]


def test_gatherings_in_passing_are_context(monkeypatch):
    r = read_without_rules(
        "Today, President of Kazakhstan Kassym-Jomart Tokayev had a telephone conversation with President of "
        "Azerbaijan Ilham Aliyev. The leaders praised the decisions of the summit of the Organization of Turkic "
        "States held in Budapest.", monkeypatch)
    release.gatherings_in_passing_are_context(r)
    assert [(c.type, c.status) for c in r.contacts] == [("phone_call", "held"), ("summit", "context")]


def test_an_announced_gathering_named_after_an_announced_contact_is_context(monkeypatch):
    r = read_without_rules(
        "Foreign Minister of Japan Takeshi Iwaya will visit Astana on 12 June to meet with Foreign Minister of "
        "Kazakhstan Murat Nurtleu. His visit will follow the meeting of the foreign ministers of "
        "Kazakhstan, Uzbekistan and Japan, which will be held in Tokyo on 10 June.", monkeypatch)
    assert [(c.type, c.status) for c in r.contacts] == [("meeting", "planned"), ("summit", "planned")]
    release.gatherings_in_passing_are_context(r)
    assert [(c.type, c.status) for c in r.contacts] == [("meeting", "planned"), ("summit", "context")]


def test_a_gathering_taken_part_in_after_a_contact_stays_reported(monkeypatch):
    r = read_without_rules(
        "Today, Foreign Minister of Kazakhstan Murat Nurtleu met with Foreign Minister of Tajikistan Sirojiddin "
        "Muhriddin. On the same day, he took part in a session of the Council of Foreign Ministers of "
        "the CIS.", monkeypatch)
    release.gatherings_in_passing_are_context(r)
    assert [(c.type, c.status) for c in r.contacts] == [("meeting", "held"), ("summit", "held")]


def test_subject_by_status(monkeypatch):
    r = read_without_rules(
        "Today, Minister of Foreign Affairs of Kazakhstan Yermek Kosherbayev met with Ambassador of Poland Piotr "
        "Kraska. The diplomats recalled the recent visit of President Tokayev to Warsaw.", monkeypatch)
    release.subject_by_status(r)
    assert [(c.type, c.status, c.is_subject) for c in r.contacts] == [
        ("meeting", "held", True), ("visit", "context", False)]


def test_closing_earlier_news_is_background(monkeypatch):
    body = ("Deputy Foreign Minister of Kazakhstan Roman Vassilenko held consultations with Deputy Foreign Minister of "
            "Estonia Jonatan Vseviov in Astana. The parties discussed the transit of goods across the Caspian Sea. "
            "They noted the growth of trade between the two countries. They agreed to hold the next round in "
            "Tallinn. ")
    r = read_without_rules(body + "Earlier, President Kassym-Jomart Tokayev attended the summit of the Organization "
                           "of Turkic States.", monkeypatch)
    release.closing_earlier_news_is_background(r)
    assert [(c.type, c.status) for c in r.contacts] == [("talks", "held"), ("summit", "context")]
    # (the release's party met again: the news told again)
    r = read_without_rules(body + "Earlier, President Kassym-Jomart Tokayev received Deputy Foreign Minister of Estonia "
                           "Jonatan Vseviov.", monkeypatch)
    release.closing_earlier_news_is_background(r)
    assert [c.status for c in r.contacts] == ["held", "held"]


def test_trip_named_after_the_lead_is_background(monkeypatch):
    lead = ("The Mazhilis ratified the agreement between Kazakhstan and China on mutual exemption from visa requirements. "
            "The agreement allows citizens of the two countries to stay up to 30 days without visas. The deputies "
            "approved the law in two readings at once. ")
    r = read_without_rules(lead + "The agreement was signed during the visit of President Tokayev to China.", monkeypatch)
    release.trip_named_after_the_lead_is_background(r)
    assert [(c.type, c.status) for c in r.contacts] == [("visit", "context")]
    # (a verb of making the trip reports it)
    r = read_without_rules(lead + "President Tokayev paid a state visit to China.", monkeypatch)
    release.trip_named_after_the_lead_is_background(r)
    assert [(c.type, c.status) for c in r.contacts] == [("visit", "held")]


def test_recent_contact_of_the_opening(monkeypatch):
    text = ("Minister of Labour of Kazakhstan Svetlana Zhakupova discussed labour migration with Ambassador of Korea "
            "Kim Dae-sik during a recent meeting. The parties agreed to exchange experience.")
    r = read_without_rules(text, monkeypatch)
    release.subject_by_status(r)
    assert [(c.status, c.is_subject) for c in r.contacts] == [("context", False)]
    release.recent_contact_of_the_opening(r)
    assert [(c.type, c.counterpart, c.status, c.is_subject) for c in r.contacts] == [
        ("meeting", "KOR", "held", True)]


def test_an_announced_contact_is_the_subject_only_of_a_release_about_nothing_else(monkeypatch):
    r = read_without_rules("President of Kazakhstan Kassym-Jomart Tokayev will pay a state visit to Japan next "
                           "week at the invitation of Prime Minister of Japan Shigeru Ishiba.", monkeypatch)
    release.subject_by_status(r)
    assert [(c.status, c.is_subject) for c in r.contacts] == [("planned", True)]


def test_figure_counterparts_come_from_the_sentence_or_the_country_named_before(monkeypatch):
    r = read_without_rules(
        "Kazakhstan and Hungary discussed trade. In 2024, bilateral trade amounted to $512 million.", monkeypatch)
    assert [f.counterpart for f in r.figures] == [None]
    release.figure_counterparts(r)
    assert [(f.counterpart, f.year) for f in r.figures] == [("HUN", 2024)]


def test_figure_counterparts_a_total_before_any_partner_in_a_release_without_contacts(monkeypatch):
    text = ("Kazakhstan attracted $11.2 billion of foreign direct investment in the first half of 2024. Most of it "
            "came from the Netherlands, the United States, China and Switzerland. Investors from China and "
            "Switzerland opened new plants.")
    r = read_without_rules(text, monkeypatch)
    release.figure_counterparts(r)
    assert r.figures == []
    # after a contact is reported, the same words are the partner's
    r = read_without_rules("Today, President Tokayev met with Swiss Federal Councillor Ignazio Cassis. " + text, monkeypatch)
    release.figure_counterparts(r)
    assert [f.counterpart for f in r.figures] == ["CHE"]


def test_trade_between_the_two_countries_is_with_the_party_of_the_contact(monkeypatch):
    r = read_without_rules(
        "President Tokayev held a meeting with President of Turkmenistan Serdar Berdimuhamedov. They discussed the "
        "Kazakhstan-Turkmenistan-Iran railway. Trade between the two countries reached $500 million in 2023.",
        monkeypatch)
    release.figure_counterparts(r)
    assert [f.counterpart for f in r.figures] == ["TKM"]


def test_identical_figures_once(monkeypatch):
    text = "In 2024, trade between Kazakhstan and Canada reached $838.6 million. "
    r = read_without_rules(text + text, monkeypatch)
    release.figure_counterparts(r)
    assert len(r.figures) == 2
    release.identical_figures_once(r)
    assert len(r.figures) == 1


def test_agreement_counterparts(monkeypatch):
    r = read_without_rules(
        "Kazakhstan and Latvia signed a memorandum on cooperation in education. The parties also discussed the "
        "agreement between Kazakhstan and the European Union on visa facilitation.", monkeypatch)
    release.agreement_counterparts(r)
    assert [(a.type, a.counterpart) for a in r.agreements] == [("memorandum", "LVA"), ("agreement", None)]


def test_agreement_counterparts_take_the_contact_reported_last_before_them(monkeypatch):
    r = read_without_rules(
        "Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met with Minister of Foreign Affairs of Korea Cho "
        "Tae-yul. Nurtleu also met with Minister of Foreign Affairs of Turkmenistan Rashid Meredov. The parties signed "
        "a memorandum on cooperation in culture.", monkeypatch)
    release.agreement_counterparts(r)
    assert [a.counterpart for a in r.agreements] == ["TKM"]


def test_agreement_counterparts_in_a_release_about_a_summit(monkeypatch):
    r = read_without_rules(
        "Deputy Minister of Foreign Affairs of Kazakhstan Alibek Bakayev took part in the session of the Council of "
        "Foreign Ministers of the OIC. On its sidelines, Bakayev held a bilateral meeting with Minister of Foreign "
        "Affairs of Senegal Yassine Fall. The parties agreed to work on a memorandum on political consultations. "
        "The ministers also spoke about the Organisation's budget. Following the session, the Council adopted the "
        "final declaration on cooperation in education.", monkeypatch)
    assert [(c.type, c.counterpart) for c in r.contacts] == [("summit", None), ("meeting", "SEN")]
    release.agreement_counterparts(r)
    # (right after the bilateral meeting: its country; later, the summit's)
    assert [(a.type, a.counterpart) for a in r.agreements] == [("memorandum", "SEN"), ("declaration", None)]


def test_agreement_counterparts_contracts_signed_abroad_apart_from_the_summit(monkeypatch):
    r = read_without_rules(
        "Foreign Ministers of Central Asian states gathered in Bishkek to prepare the consultative meeting of the "
        "Heads of State, in the presence of Minister of Foreign Affairs of Kazakhstan Yermek Kosherbayev. "
        "The ministers discussed water and energy. They praised the regional dialogue. "
        "Kazakh companies signed export contracts worth $40 million at a trade mission in Bishkek.", monkeypatch)
    assert [(c.type, c.status) for c in r.contacts] == [("summit", "held")]
    release.subject_by_status(r)
    release.agreement_counterparts(r)
    assert [(a.type, a.counterpart) for a in r.agreements] == [("contract", "KGZ")]


def test_documents_named_twice_once(monkeypatch):
    r = read_without_rules(
        "The delegations signed a memorandum of understanding on the Blue Peace initiative. During the visit, a "
        "memorandum of understanding on the second phase of the Blue Peace initiative was signed.", monkeypatch)
    assert len(r.agreements) == 2
    release.documents_named_twice_once(r)
    assert len(r.agreements) == 1
    r = read_without_rules(
        "Kazakhstan and Latvia adopted a Joint Statement on enhanced partnership\nThe Presidents adopted a joint "
        "statement on enhanced partnership. They also adopted a Joint Statement on climate.", monkeypatch)
    release.documents_named_twice_once(r)
    assert [a.title for a in r.agreements] == ["Joint Statement on enhanced partnership", "Joint Statement on climate"]
    r = read_without_rules(
        "The Presidents adopted a Joint Declaration on Strategic Partnership. In addition to the Joint Declaration, "
        "the delegations signed a Joint Declaration on climate and a memorandum on tourism.", monkeypatch)
    release.documents_named_twice_once(r)
    assert [a.title for a in r.agreements] == [
        "Joint Declaration on Strategic Partnership", "Joint Declaration on climate", "memorandum on tourism"]


def test_headline_document_told_in_the_body(monkeypatch):
    r = read_without_rules(
        "Kazakhstan and Kyrgyzstan to sign agreement on emergency response\nThe Minister will draft and sign an "
        "interstate agreement on civil protection and disaster relief. The Government will sign an agreement on "
        "cooperation in civil protection and disaster relief with the Kyrgyz side.", monkeypatch)
    assert len(r.agreements) == 3
    release.headline_document_told_in_the_body(r)
    assert [a.sentence_index for a in r.agreements] == [1, 2]
    # (not when the body names the headline's document again, beside another one of its kind)
    r = read_without_rules(
        "Chile and Kazakhstan sign Treaty on Demarcation of State Border\nThe Presidents signed the Treaty on "
        "Demarcation of the State Border. The Treaty on Delimitation was signed in 2003.", monkeypatch)
    release.headline_document_told_in_the_body(r)
    assert len(r.agreements) == 3


def test_documents_named_twice_once_needs_more_than_one_shared_proper_word(monkeypatch):
    r = read_without_rules(
        "The ministers discussed the Transit Trade Agreement. They also discussed the Traffic in Transit "
        "Agreement.", monkeypatch)
    release.documents_named_twice_once(r)
    assert len(r.agreements) == 2


def test_a_document_named_again_by_another_noun_on_the_same_subject_is_one(monkeypatch):
    r = read_without_rules(
        "Kazakhstan and Chile signed the Treaty on the deepening and expansion of strategic relations. "
        "\"Following the talks, an agreement was signed on deepening and expanding strategic relations,\" the "
        "President said. The ministers also signed a memorandum on cooperation in education and an agreement on "
        "cooperation in education.", monkeypatch)
    assert [a.type for a in r.agreements] == ["treaty", "agreement", "memorandum", "agreement"]
    release.documents_named_twice_once(r)
    # (two documents of one sentence on a subject of two words are two)
    assert [a.type for a in r.agreements] == ["treaty", "memorandum", "agreement"]


def test_documents_of_no_other_party_dropped(monkeypatch):
    text = ("The Prime Minister chaired a session of the Government. He instructed the ministries to prepare a "
            "new strategy for export policy and to speed up the adoption of the national investment programme.")
    r = read_without_rules(text, monkeypatch)
    release.agreement_counterparts(r)
    assert [(a.type, a.counterpart) for a in r.agreements] == [("programme", None), ("programme", None)]
    release.documents_of_no_other_party_dropped(r)
    assert r.agreements == []
    # an agreement has another party even when the release does not name it
    r = read_without_rules("The Prime Minister said that the agreement on air services was signed.", monkeypatch)
    release.agreement_counterparts(r)
    release.documents_of_no_other_party_dropped(r)
    assert [(a.type, a.counterpart) for a in r.agreements] == [("agreement", None)]
    # a release with another party keeps its documents with no country: an organisation's, a format's
    r = read_without_rules("The Prime Minister met the President of the World Bank. They discussed the new "
                           "strategy for export policy.", monkeypatch)
    release.agreement_counterparts(r)
    release.documents_of_no_other_party_dropped(r)
    assert [(a.type, a.counterpart) for a in r.agreements] == [("programme", None)]


def test_every_release_rule_has_a_test_here():
    source = Path(__file__).read_text(encoding="utf-8")
    assert all(f"release.{rule.__name__}(" in source for rule in release.RELEASE_RULES)


@pytest.mark.parametrize("rules, module", [(contacts.MERGE_RULES, "contacts"), (release.RELEASE_RULES, "release")])
def test_rules_are_named_and_explained(rules, module):
    # (read from the source: the compiled build of the modules keeps no docstrings)
    source = (Path(__file__).resolve().parents[2] / "extraction" / f"{module}.py").read_text(encoding="utf-8")
    docstrings = {f.name: ast.get_docstring(f) for f in ast.walk(ast.parse(source)) if isinstance(f, ast.FunctionDef)}
    assert all(docstrings.get(rule.__name__) for rule in rules)
    assert len({rule.__name__ for rule in rules}) == len(rules)
