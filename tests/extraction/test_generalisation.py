"""Rules added for releases the extractor has never seen (rules-0.2.0): multilateral gatherings that name
a foreign leader, datelines, a second reception, per-document agreement status, packages of documents,
title keywords, visit direction, possessive country names, titles with lowercase words.
Every sentence is written for these tests (ministry style; never text of an evaluation corpus)."""
from __future__ import annotations

from extraction import extract
from extraction.countries import countries_in


def subject(result):
    return [e for e in result["events"] if e["is_subject"]]


# ------------------------------------------------------------ multilateral gatherings naming a leader
def test_summit_naming_a_foreign_leader_is_a_summit_not_a_bilateral_meeting():
    text = ("Today in Rome, President of Kazakhstan Kassym-Jomart Tokayev took part in the Central Asia – Italy "
            "summit hosted by Prime Minister of Italy Giorgia Meloni. "
            "Following the summit, the leaders adopted a Joint Declaration.")
    r = extract(text, published="2025-06-02")
    assert [(e["type"], e["counterpart"]) for e in subject(r)] == [("summit", None)]
    assert r["counterparts"] == []
    assert [(a["type"], a["status"], a["counterpart"]) for a in r["agreements"]] == [("declaration", "signed", None)]


def test_ministerial_in_a_format_with_a_named_foreign_minister_is_a_summit():
    text = ("Today, Astana hosted a meeting of foreign ministers in the C5+1 format with the participation of "
            "Minister of Foreign Affairs of Kazakhstan Murat Nurtleu, Secretary of State of the United States "
            "Marco Rubio and the foreign ministers of Kyrgyzstan, Tajikistan and Uzbekistan.")
    r = extract(text, published="2025-04-01")
    assert [(e["type"], e["counterpart"]) for e in subject(r)] == [("summit", None)]
    assert r["counterparts"] == []


def test_bilateral_meeting_on_the_sidelines_of_a_summit_stays_bilateral():
    text = ("On the sidelines of the SCO summit, President of Kazakhstan Kassym-Jomart Tokayev met with "
            "President of Mongolia Ukhnaagiin Khurelsukh.")
    r = extract(text, published="2025-07-04")
    assert [(e["type"], e["counterpart"]) for e in subject(r)] == [("meeting", "MNG")]
    assert r["counterparts"] == ["MNG"]


def test_the_gathering_referred_back_to_is_not_a_contact_with_the_country_named():
    text = ("Yesterday, President of Kazakhstan Kassym-Jomart Tokayev took part in the summit in the C5+1 format "
            "with President of the United States Donald Trump and the leaders of Kyrgyzstan, Tajikistan and "
            "Uzbekistan. Kassym-Jomart Tokayev said that the meeting of the Heads of State strengthens the "
            "partnership between Central Asia and the United States.")
    r = extract(text, published="2025-11-07")
    assert [(e["type"], e["counterpart"]) for e in r["events"]] == [("summit", None)]
    assert r["counterparts"] == []


# ------------------------------------------------------------ dates
def test_a_dateline_alone_does_not_date_the_event():
    text = ("Astana, 3 March 2025 – First Deputy Minister of Foreign Affairs of Kazakhstan Kairat Umarov met with "
            "the Ambassador of Latvia to Kazakhstan.")
    r = extract(text, published="2025-03-03")
    assert [(e["type"], e["date"], e["counterpart"]) for e in r["events"]] == [("meeting", None, "LVA")]


def test_a_date_inside_the_sentence_still_dates_it():
    text = "On 3 March 2025, Deputy Minister of Foreign Affairs of Kazakhstan Roman Vassilenko met with the Ambassador of Latvia."
    assert extract(text, published="2025-03-04")["events"][0]["date"] == "2025-03-03"


def test_a_date_of_a_signing_following_the_talks_does_not_date_the_talks():
    text = ("Minister of Foreign Affairs of Kazakhstan Murat Nurtleu and Minister of Foreign Affairs of Chile "
            "Alberto van Klaveren held talks in Astana. "
            "Today, a memorandum of understanding on consular cooperation was signed following the talks.")
    r = extract(text, published="2025-05-12")
    assert [(e["type"], e["date"]) for e in r["events"]] == [("talks", None)]


def test_the_first_named_contact_of_a_trip_carries_its_own_date():
    text = ("President of Kazakhstan Kassym-Jomart Tokayev is in Japan on a state visit from 9 to 11 December. "
            "On 10 December, Tokayev called on Prime Minister of Japan Shigeru Ishiba. "
            "That same day, Tokayev also met with the Speaker of the House of Representatives of Japan.")
    r = extract(text, published="2025-12-11")
    assert subject(r)[0]["date"] == "2025-12-10"


# ------------------------------------------------------------ a second reception
def test_a_guest_also_received_by_the_president_is_a_second_contact():
    text = ("On 5 May, Minister of Foreign Affairs of Kazakhstan Murat Nurtleu held talks with Minister of Foreign "
            "Affairs of Egypt Badr Abdelatty, who arrived in Astana on an official visit. "
            "The Egyptian Minister was also received by President of Kazakhstan Kassym-Jomart Tokayev.")
    r = extract(text, published="2025-05-05")
    events = [(e["type"], e["date"], e["counterpart"]) for e in subject(r)]
    assert events == [("talks", "2025-05-05", "EGY"), ("meeting", None, "EGY")]
    second = subject(r)[1]
    assert {p["name"] for p in second["participants"]} == {"Kassym-Jomart Tokayev", "Badr Abdelatty"}
    assert second["location_city"] == "Astana"


# ------------------------------------------------------------ agreements
def test_declaration_and_a_package_of_intergovernmental_documents_are_two_facts():
    text = ("President of Kazakhstan Kassym-Jomart Tokayev held talks with President of Azerbaijan Ilham Aliyev in Baku. "
            "The Presidents signed a Joint Declaration on Allied Relations. "
            "A package of intergovernmental and interdepartmental documents on transport and energy was also signed.")
    r = extract(text, published="2025-08-20")
    assert sorted((a["type"], a["status"], a["counterpart"]) for a in r["agreements"]) == [
        ("agreement", "signed", "AZE"), ("declaration", "signed", "AZE")]


def test_a_number_of_documents_without_a_qualifier_is_not_a_fact():
    text = ("The Heads of State adopted a number of documents on cooperation in energy and security.")
    assert extract(text, published="2025-08-20")["agreements"] == []


def test_a_treaty_reported_as_signed_earlier_is_signed_whatever_else_is_prepared():
    text = ("Deputy Minister of Foreign Affairs of Kazakhstan Alibek Bakayev met with the Ambassador of Tajikistan. "
            "The parties discussed the implementation of the Treaty on Strategic Partnership signed by the Presidents "
            "in 2024 and the preparation of the next meeting of the intergovernmental commission.")
    r = extract(text, published="2025-02-10")
    assert [(a["type"], a["status"]) for a in r["agreements"]] == [("treaty", "signed")]


def test_a_draft_agreement_under_discussion_is_discussed():
    text = ("Deputy Minister of Foreign Affairs of Kazakhstan Roman Vassilenko met with the Ambassador of Oman. "
            "The parties discussed cooperation in logistics and the draft agreement on the avoidance of double taxation.")
    r = extract(text, published="2025-02-10")
    assert [(a["type"], a["status"]) for a in r["agreements"]] == [("agreement", "discussed")]


def test_a_draft_planned_for_signing_stays_planned():
    text = ("The sides noted that the draft agreement on air services is planned for signing during the upcoming visit.")
    r = extract(text, published="2025-02-10")
    assert [(a["type"], a["status"]) for a in r["agreements"]] == [("agreement", "planned")]


def test_an_agreement_between_an_organisation_and_a_third_country_is_not_kazakhstans():
    text = ("Deputy Minister of Foreign Affairs of Kazakhstan Alibek Bakayev met with the Ambassador of Serbia. "
            "The parties discussed the use of the free trade agreement between the Eurasian Economic Union and Serbia.")
    r = extract(text, published="2025-02-10")
    assert r["agreements"] == []


def test_a_named_initiative_adopted_is_a_document_of_type_other():
    text = ("The Heads of State adopted the Astana Declaration and the CICA Initiative on Water Security in Asia.")
    r = extract(text, published="2025-10-10")
    assert sorted((a["type"], a["status"]) for a in r["agreements"]) == [("declaration", "signed"), ("other", "signed")]


def test_title_keywords_are_the_key_noun_phrases_of_the_title():
    text = ("Following the talks, the Ministers of Kazakhstan and Chile signed a Memorandum of Understanding on "
            "cooperation in the field of education, culture and mining technologies.")
    (a,) = extract(text, published="2025-05-12")["agreements"]
    assert a["title_keywords"] == ["cooperation", "education", "culture", "mining technologies"]


# ------------------------------------------------------------ direction
def test_a_resident_ambassador_meeting_in_astana_is_not_a_visit():
    text = "In Astana, Deputy Minister of Foreign Affairs of Kazakhstan Roman Vassilenko met with Ambassador of Chile Pablo Garcia."
    (e,) = extract(text, published="2025-02-10")["events"]
    assert e["location_city"] == "Astana" and e["direction"] is None and e["cameo_code"] == "040"


def test_a_minister_meeting_in_astana_or_a_stated_arrival_is_an_incoming_visit():
    minister = "In Astana, Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met with Minister of Foreign Affairs of Chile Alberto van Klaveren."
    arrival = ("Deputy Minister of Foreign Affairs of Kazakhstan Roman Vassilenko met with Ambassador-at-Large of Chile "
               "Pablo Garcia, who arrived in Astana on a working visit.")
    assert extract(minister, published="2025-02-10")["events"][0]["direction"] == "incoming_visit"
    assert extract(arrival, published="2025-02-10")["events"][0]["direction"] == "incoming_visit"


def test_consultations_held_in_astana_are_an_incoming_visit_of_the_delegation():
    text = "The 5th round of Kazakh-Chilean political consultations was held in Astana."
    assert extract(text, published="2025-02-10")["events"][0]["direction"] == "incoming_visit"


def test_a_kazakh_ambassador_meeting_in_the_host_capital_is_not_an_outgoing_visit():
    text = "In Santiago, Ambassador of Kazakhstan to Chile Yerlan Abdikarimov met with Deputy Minister of Foreign Affairs of Chile Gloria de la Fuente."
    (e,) = extract(text, published="2025-02-10")["events"]
    assert e["counterpart"] == "CHL" and e["direction"] is None


# ------------------------------------------------------------ names, countries, sides
def test_possessive_country_names_are_mentions():
    assert countries_in("Chile’s exports and Kazakhstan's imports") == ["CHL", "KAZ"]


def test_partner_as_grammatical_subject_of_exports_means_kazakh_imports():
    text = ("Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met with Ambassador of Chile Pablo Garcia. "
            "In 2024, Chile's exports to Kazakhstan reached 35 million US dollars.")
    (f,) = extract(text, published="2025-02-10")["trade_figures"]
    assert (f["metric"], f["counterpart"], f["value_usd"]) == ("imports", "CHL", 35000000)


def test_a_title_with_a_lowercase_word_inside_an_institution_name_keeps_the_person():
    text = ("Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met with Chairman of the Council for "
            "interfaith Relations of Indonesia Ahmad Suryadi.")
    names = {p["name"] for e in extract(text, published="2025-02-10")["events"] for p in e["participants"]}
    assert "Ahmad Suryadi" in names


def test_a_lowercase_title_before_the_name_is_a_title():
    text = ("The sides spoke by phone today: the deputy prime minister, minister of foreign affairs of Kazakhstan, "
            "Murat Nurtleu, and Foreign Minister of Chile Alberto van Klaveren.")
    names = {(p["name"], p["country"]) for e in extract(text, published="2025-02-10")["events"] for p in e["participants"]}
    assert ("Murat Nurtleu", "KAZ") in names


def test_a_headline_in_title_case_is_not_a_name():
    text = "Kazakhstan’s Foreign Minister Holds Productive Talks in Chile"
    names = [p["name"] for e in extract(text, published="2025-02-10")["events"] for p in e["participants"]]
    assert names == []


# ------------------------------------------------------------ speed-only rewrites keep exact behaviour
def test_clause_and_trigger_caches_agree_with_direct_scans():
    text = ("In 2024, bilateral trade turnover amounted to 120.5 million US dollars (exports - 20.1 million, "
            "imports - 100.4 million), which is 12% more than in 2023.")
    out = extract("Kazakh-Chilean relations. " + text, published="2025-02-10")
    got = sorted((f["metric"], f["value_usd"], f["change_pct"]) for f in out["trade_figures"])
    assert got == [("exports", 20100000, None), ("imports", 100400000, None), ("turnover", 120500000, 12.0)]

