"""Russian releases through the same extractor as English (the Russian language pack): one test per
construction.  Every sentence is written for these tests in the ministry's Russian style (real offices
and officials; never text of an evaluation corpus)."""
from __future__ import annotations

import pytest

from extraction import extract


def ru(text: str, published: str | None = "2024-04-18") -> dict:
    return extract(text, published=published, language="ru")


def subject(result: dict) -> list[dict]:
    return [e for e in result["events"] if e["is_subject"]]


def people(event: dict) -> set[tuple[str, str | None]]:
    return {(p["name"], p["country"]) for p in event["participants"]}


# ------------------------------------------------------------ contacts and their type
def test_meeting_with_names_in_the_instrumental_gives_them_in_the_nominative():
    r = ru("Министр иностранных дел Казахстана Ермек Кошербаев встретился с министром иностранных дел "
           "Латвийской Республики Байбой Браже. Стороны обсудили вопросы двустороннего сотрудничества.")
    [e] = subject(r)
    assert (e["type"], e["counterpart"]) == ("meeting", "LVA")
    assert people(e) == {("Ермек Кошербаев", "KAZ"), ("Байба Браже", "LVA")}
    assert r["counterparts"] == ["LVA"]


def test_a_name_in_the_genitive_after_a_genitive_title():
    r = ru("Состоялась встреча заместителя министра иностранных дел Казахстана Романа Василенко с Послом "
           "Королевства Норвегия в Казахстане Ставом Тедесом Ульвеном.")
    [e] = subject(r)
    assert e["counterpart"] == "NOR"
    assert ("Роман Василенко", "KAZ") in people(e)


def test_telephone_conversation_is_a_phone_call():
    r = ru("Заместитель Премьер-министра – министр иностранных дел Республики Казахстан Мурат Нуртлеу провел "
           "телефонный разговор с министром иностранных дел Венгрии Петером Сийярто.")
    [e] = subject(r)
    assert (e["type"], e["counterpart"]) == ("phone_call", "HUN")
    assert people(e) == {("Мурат Нуртлеу", "KAZ"), ("Петер Сийярто", "HUN")}


def test_a_telephone_call_noun_is_a_phone_call():
    r = ru("Состоялся телефонный звонок Министра иностранных дел Казахстана Мурата Нуртлеу с министром "
           "иностранных дел Турции Хаканом Фиданом.")
    [e] = subject(r)
    assert (e["type"], e["counterpart"]) == ("phone_call", "TUR")


def test_videoconference_is_a_video_call():
    r = ru("В режиме видеоконференции состоялась встреча первого заместителя министра иностранных дел "
           "Казахстана Акана Рахметуллина с заместителем министра иностранных дел Китая Сунь Вэйдуном.")
    [e] = subject(r)
    assert (e["type"], e["counterpart"]) == ("video_call", "CHN")


def test_a_commission_session_by_videoconferencing_link_is_a_video_call():
    # "видеоконференцсвязь" (videoconferencing link) is one word, not "видеоконференция"
    r = ru("Министр сельского хозяйства Казахстана Айдар Бекенов и министр сельского хозяйства Армении "
           "Ваган Петросян провели заседание межправительственной комиссии в режиме видеоконференцсвязи.")
    [e] = subject(r)
    assert (e["type"], e["counterpart"]) == ("video_call", "ARM")


def test_a_headline_where_both_sides_discussed_makes_the_trip_that_follows_a_meeting():
    r = ru("Главы правительств Казахстана и Монголии обсудили развитие транзитных перевозок.\n\n"
           "Сегодня в Монголию с рабочим визитом прибыл Премьер-министр Казахстана Олжас Бектенов.")
    [e] = subject(r)
    assert (e["type"], e["counterpart"]) == ("meeting", "MNG")
    assert ("Олжас Бектенов", "KAZ") in people(e)


def test_discussed_in_the_imperfective_is_a_weak_contact_word_too():
    r = ru("О чем обсуждали министры иностранных дел Казахстана и Латвии\n\n"
           "Министр иностранных дел Латвии Байба Браже прибыла в Астану с официальным визитом.")
    [e] = subject(r)
    assert (e["type"], e["counterpart"]) == ("meeting", "LVA")


def test_a_council_of_foreign_ministers_of_kazakhstan_and_one_partner_is_a_contact_of_the_two():
    r = ru("В Астане состоялось второе заседание Совета министров иностранных дел Казахстана и Кыргызстана. "
           "В ходе переговоров стороны обсудили вопросы водно-энергетического сотрудничества.")
    [e] = subject(r)
    assert (e["type"], e["counterpart"]) == ("talks", "KGZ")
    assert r["counterparts"] == ["KGZ"]


def test_a_council_of_foreign_ministers_of_an_organisation_stays_a_gathering():
    r = ru("Министр иностранных дел Казахстана Мурат Нуртлеу принял участие в заседании Совета министров "
           "иностранных дел государств-членов СНГ в Минске.")
    [e] = subject(r)
    assert (e["type"], e["counterpart"]) == ("summit", None)


def test_an_exchange_of_views_between_both_sides_named_is_a_meeting():
    r = ru("Состоялся обмен мнениями между заместителем министра иностранных дел Казахстана Романом Василенко "
           "и Послом Италии Марко Алберти.")
    [e] = subject(r)
    assert (e["type"], e["counterpart"]) == ("meeting", "ITA")


def test_an_exchange_of_views_without_the_sides_is_no_contact():
    r = ru("В рабочем порядке обмен мнениями по этим вопросам продолжается.")
    assert r["events"] == []


def test_consultations_named_by_a_compound_adjective_are_talks_with_that_country():
    r = ru("В Лиссабоне состоялись очередные казахстанско-португальские политические консультации. "
           "Казахстанскую делегацию возглавил заместитель министра иностранных дел Роман Василенко.")
    [e] = subject(r)
    assert (e["type"], e["counterpart"], e["location_city"]) == ("talks", "PRT", "Lisbon")
    assert ("Роман Василенко", "KAZ") in people(e)


def test_a_visit_with_talks_described_is_the_talks_in_the_city_visited():
    r = ru("Министр иностранных дел Казахстана Мурат Нуртлеу прибыл с официальным визитом в Баку. "
           "В рамках визита министр провел переговоры с министром иностранных дел Азербайджана "
           "Джейхуном Байрамовым.")
    [e] = subject(r)
    assert (e["type"], e["counterpart"], e["location_city"]) == ("talks", "AZE", "Baku")
    assert people(e) == {("Мурат Нуртлеу", "KAZ"), ("Джейхун Байрамов", "AZE")}


def test_the_venue_is_given_by_its_english_name_of_the_time():
    r = ru("17 апреля в Нур-Султане министр иностранных дел Казахстана Бейбут Атамкулов принял Посла "
           "Франции Филиппа Мартине.", published="2019-04-18")
    [e] = subject(r)
    assert (e["location_city"], e["date"]) == ("Nur-Sultan", "2019-04-17")


def test_received_by_the_president_is_a_meeting_of_its_own():
    r = ru("Министр иностранных дел Казахстана Мурат Нуртлеу провел встречу с Министром иностранных дел "
           "Султаната Оман Бадром бин Хамадом Аль-Бусаиди. Кроме того, Бадр Аль-Бусаиди был принят "
           "Президентом Казахстана Касым-Жомартом Токаевым.")
    events = subject(r)
    assert len(events) == 2
    assert ("Касым-Жомарт Токаев", "KAZ") in people(events[1])
    assert ("Мурат Нуртлеу", "KAZ") not in people(events[1])


def test_taking_part_is_not_receiving_someone():
    r = ru("Казахстанская делегация приняла участие в международной конференции по вопросам водных "
           "ресурсов в Душанбе.")
    assert r["events"] == []


def test_council_of_foreign_ministers_is_a_summit_with_no_counterpart():
    r = ru("В Минске состоялось заседание Совета министров иностранных дел СНГ. В заседании принял участие "
           "заместитель министра иностранных дел Казахстана Ержан Ашикбаев.")
    [e] = subject(r)
    assert (e["type"], e["counterpart"], e["location_city"]) == ("summit", None, "Minsk")
    assert r["counterparts"] == []


def test_a_videoconference_taken_part_in_is_a_summit_even_with_a_word_between():
    # "принял сегодня участие": an adverb inside "принял участие" leaves it taking part, not receiving
    r = ru("Министр иностранных дел Казахстана Ержан Кошербаев принял сегодня участие в видеоконференции "
           "Совета министров иностранных дел государств-членов ОДКБ.", published=None)
    [e] = subject(r)
    assert (e["type"], e["counterpart"]) == ("summit", None)
    assert people(e) == {("Ержан Кошербаев", "KAZ")}


def test_telephone_talks_with_the_heads_of_several_ministries_are_one_call_with_each():
    r = ru("Министр иностранных дел Казахстана Ержан Кошербаев провел телефонные переговоры с главами МИД "
           "Азербайджана, Кыргызстана и Узбекистана.")
    assert [(e["type"], e["counterpart"]) for e in subject(r)] == [
        ("phone_call", "AZE"), ("phone_call", "KGZ"), ("phone_call", "UZB")]


def test_speaking_at_a_summit_is_taking_part_and_another_gathering_is_its_own():
    r = ru("Президент Казахстана Касым-Жомарт Токаев выступил на саммите СВМДА в Астане. В тот же день "
           "Глава государства принял участие в заседании Совета глав государств СНГ.")
    assert [(e["type"], e["counterpart"]) for e in subject(r)] == [("summit", None), ("summit", None)]


@pytest.mark.parametrize("verb", ["сказал", "заявил", "подчеркнул"])
def test_saying_something_at_a_gathering_reports_it_held(verb):
    r = ru(f"Об этом Президент Казахстана Касым-Жомарт Токаев {verb} на заседании Совета глав государств СНГ "
           "в Душанбе.")
    [e] = subject(r)
    assert (e["type"], e["counterpart"]) == ("summit", None)
    assert ("Касым-Жомарт Токаев", "KAZ") in people(e)


def test_an_ambassador_who_also_took_part_in_the_meeting_joins_it():
    r = ru("Министр иностранных дел Казахстана Мурат Нуртлеу встретился с заместителем министра иностранных дел "
           "Чили Хорхе Торресом. Во встрече также принял участие посол Чили в Казахстане Педро Перес.")
    [e] = subject(r)
    assert e["counterpart"] == "CHL" and len(e["participants"]) == 3


def test_a_headline_status_before_the_title_is_no_part_of_it():
    # "Подписан Меморандум ..." in the headline and "подписали Меморандум ..." in the body: one document
    r = ru("Подписан Меморандум о взаимопонимании между фондами Казахстана и Чили\n"
           "Министр иностранных дел Казахстана Мурат Нуртлеу и посол Чили Педро Перес подписали Меморандум о "
           "взаимопонимании.")
    assert [(a["type"], a["status"]) for a in r["agreements"]] == [("memorandum", "signed")]
    assert not r["agreements"][0]["title"].startswith("Подписан")


def test_a_guest_who_also_took_part_in_a_summit_joins_it():
    r = ru("Президенты Казахстана, Кыргызстана, Таджикистана и Узбекистана провели консультативную встречу в Астане. "
           "Стороны вспомнили итоги прошлых встреч. В качестве почетного гостя во встрече также принял участие "
           "Президент Азербайджана Ильхам Алиев.")
    assert [(e["type"], e["counterpart"]) for e in subject(r)] == [("summit", None)]
    assert r["counterparts"] == []


def test_a_bilateral_meeting_on_the_sidelines_of_a_council_is_its_own_contact():
    r = ru("Заместитель министра иностранных дел Казахстана Ержан Ашикбаев принял участие в заседании Совета "
           "министров иностранных дел СНГ в Минске. В рамках мероприятия Ашикбаев провел встречу с "
           "заместителем министра иностранных дел Беларуси Игорем Назаруком.")
    assert {(e["type"], e["counterpart"]) for e in subject(r)} == {("summit", None), ("meeting", "BLR")}


def test_a_contact_named_by_the_offices_of_both_sides_alone():
    r = ru("Состоялся телефонный разговор Президента Казахстана с Премьер-министром Италии.\n"
           "Стороны обсудили вопросы двустороннего сотрудничества.")
    [e] = subject(r)
    assert (e["type"], e["counterpart"]) == ("phone_call", "ITA")


def test_an_official_of_an_organisation_has_no_country():
    r = ru("Президент Казахстана Касым-Жомарт Токаев провел встречу с Генеральным секретарем ООН "
           "Антониу Гутеррешем в Нью-Йорке.")
    [e] = subject(r)
    assert (e["type"], e["counterpart"], e["location_city"]) == ("meeting", None, "New York")
    assert ("Антониу Гутерреш", None) in people(e)


# ------------------------------------------------------------ names
def test_an_institution_after_an_office_is_no_name():
    r = ru("Посол Казахстана в Австрии Кайрат Умаров встретился с Директором Центра по предотвращению "
           "конфликтов ОБСЕ Марией Тельнёвой.")
    [e] = subject(r)
    names = {p["name"] for p in e["participants"]}
    assert "Центра" not in names and "Кайрат Умаров" in names


@pytest.mark.parametrize(("office", "name"), [
    ("вице-премьером Госсовета КНР Дин Сюэсяном", "Дин Сюэсян"),
    ("Председателем Верховной Рады Украины Русланом Стефанчуком", "Руслан Стефанчук"),
    ("Председателем Национального собрания Армении Аленом Симоняном", "Ален Симонян"),
])
def test_a_national_institution_in_an_office_is_no_name(office, name):
    r = ru(f"Премьер-министр Казахстана Олжас Бектенов встретился с {office}.")
    [e] = subject(r)
    assert {p["name"] for p in e["participants"]} == {"Олжас Бектенов", name}


def test_an_office_of_a_foreign_city_is_of_that_country():
    # (no Kazakh official named: the guest's country is his office's)
    r = ru("Генеральный консул Казахстана в Стамбуле встретился с губернатором Стамбула Давутом Гюлем.")
    [e] = subject(r)
    assert e["counterpart"] == "TUR"
    assert people(e) == {("Давут Гюль", "TUR")}


def test_names_with_particles_keep_them():
    r = ru("Посол Казахстана в Египте Аскар Абильдаев вручил верительные грамоты Президенту Арабской "
           "Республики Египет Абдель Фаттаху ас-Сиси.")
    [e] = subject(r)
    assert ("Абдель Фаттах ас-Сиси", "EGY") in people(e)


def test_a_name_after_a_title_joined_by_and_is_given_in_the_nominative():
    # "министра науки и высшего образования": the "и" joins two fields of one office, so the
    # genitive office still fixes the case of the name after it ("Аслана Мадиева", not a woman Аслана Мадиева)
    r = ru("Заседание межправительственной комиссии прошло под председательством министра науки и высшего "
           "образования Казахстана Аслана Мадиева и министра экономики Грузии Левана Давиташвили.")
    [e] = subject(r)
    assert ("Аслан Мадиев", "KAZ") in {(p["name"], p["country"]) for p in e["participants"]}


def test_a_contact_recalled_to_the_reader_is_background():
    # "Напомним, ..." opens a reminder of an earlier contact, unlike "Ранее, ..." (earlier that day)
    r = ru("Министр иностранных дел Казахстана Мурат Нуртлеу провёл встречу с послом Испании Хосе Мартином.\n\n"
           "Напомним, что на днях в Астане побывал премьер-министр Италии Джорджа Мелони, которая провела "
           "переговоры с президентом Касым-Жомартом Токаевым.")
    assert [e["counterpart"] for e in subject(r)] == ["ESP"]
    assert [e["counterpart"] for e in r["events"] if not e["is_subject"]] == ["ITA"]


def test_a_surname_named_again_in_another_case_is_the_same_person():
    r = ru("Министр иностранных дел Казахстана Ермек Кошербаев встретился с Послом Японии Ямадой Дзюном. "
           "Кошербаева проинформировали о ходе подготовки к визиту.")
    [e] = subject(r)
    assert [p["name"] for p in e["participants"]].count("Ермек Кошербаев") == 1


# ------------------------------------------------------------ dates and status
def test_relative_day_and_weekday_are_resolved_against_publication():
    r = ru("Сегодня в Астане министр иностранных дел Казахстана Мурат Нуртлеу встретился с Послом Испании "
           "Луисом Франсиско Мартинесом Монтесом.", published="2024-03-15")
    assert subject(r)[0]["date"] == "2024-03-15"
    r = ru("В понедельник министр иностранных дел Казахстана Мурат Нуртлеу провел переговоры с министром "
           "иностранных дел Кыргызстана Жээнбеком Кулубаевым.", published="2024-03-15")
    assert subject(r)[0]["date"] == "2024-03-11"


def test_a_dateline_with_a_year_dates_no_event():
    r = ru("Женева, 12 марта 2024 года – Постоянный представитель Казахстана при Отделении ООН в Женеве "
           "Кайрат Умаров провел встречу с Верховным комиссаром ООН по делам беженцев Филиппо Гранди.",
           published=None)
    [e] = subject(r)
    assert e["date"] is None


def test_an_announced_visit_is_planned():
    r = ru("Президент Турции Реджеп Тайип Эрдоган посетит Казахстан с официальным визитом 3 ноября.",
           published="2024-09-11")
    [e] = r["events"]
    assert (e["type"], e["status"], e["counterpart"], e["date"]) == ("visit", "planned", "TUR", "2024-11-03")


def test_a_visit_being_prepared_for_is_planned():
    r = ru("Посол Казахстана в Риге Тимур Приманов сообщил, что стороны готовятся к визиту Президента Латвии "
           "в Казахстан.", published="2024-09-11")
    assert [(e["type"], e["status"], e["counterpart"]) for e in r["events"]] == [("visit", "planned", "LVA")]


def test_an_earlier_visit_recalled_is_context_not_the_subject():
    r = ru("Министр иностранных дел Казахстана Мурат Нуртлеу провел встречу с Послом Италии Марко Алберти. "
           "Стороны отметили итоги визита Премьер-министра Италии в Казахстан в июне прошлого года.",
           published="2024-04-18")
    assert [(e["type"], e["counterpart"]) for e in subject(r)] == [("meeting", "ITA")]


# ------------------------------------------------------------ agreements
def test_a_memorandum_signed_and_an_agreement_to_be_signed():
    r = ru("По итогам переговоров министры иностранных дел Казахстана и Омана подписали Меморандум о "
           "взаимопонимании о политических консультациях. Стороны договорились подписать Соглашение о "
           "взаимном освобождении от визовых требований в ближайшее время.")
    assert [(a["type"], a["status"], a["counterpart"]) for a in r["agreements"]] == [
        ("memorandum", "signed", "OMN"), ("agreement", "planned", "OMN")]


def test_a_number_of_joint_documents_signed_is_one_document():
    # "ряд"/"пакет" before the documents: Russian says "a number of" without "of"
    r = ru("По итогам заседания Совета глав правительств СНГ подписан ряд совместных документов.")
    assert [(a["type"], a["status"], a["counterpart"]) for a in r["agreements"]] == [("other", "signed", None)]


def test_a_programme_of_joint_actions_is_a_document_named_by_its_complement():
    r = ru("Министры иностранных дел Казахстана и Австрии подпишут программу совместных действий на 2025-2026 годы.")
    assert [(a["type"], a["status"], a["counterpart"]) for a in r["agreements"]] == [("programme", "planned", "AUT")]


def test_a_number_of_documents_named_by_no_word_of_their_own_is_none():
    r = ru("Президенты Казахстана и Монголии подписали ряд документов.")
    assert r["agreements"] == []


def test_a_draft_discussed_is_discussed_and_a_document_named_as_a_place_is_none():
    r = ru("Министр иностранных дел Казахстана Мурат Нуртлеу провел переговоры с министром иностранных дел "
           "Азербайджана Джейхуном Байрамовым. Стороны обсудили проект Соглашения о стратегическом "
           "партнерстве и роль Организации Договора о коллективной безопасности.")
    assert [(a["type"], a["status"]) for a in r["agreements"]] == [("agreement", "discussed")]


def test_each_item_of_a_list_under_an_exchange_of_documents_is_signed():
    r = ru("Президент Казахстана Касым-Жомарт Токаев провел переговоры с Президентом Эстонии Аларом Карисом. "
           "В присутствии глав государств состоялся обмен следующими межведомственными документами:\n"
           "1. Меморандум о сотрудничестве в области цифрового развития.\n"
           "2. Соглашение о сотрудничестве в сфере культуры.\n"
           "3. Программа сотрудничества между министерствами иностранных дел на 2025-2027 годы.")
    assert [(a["type"], a["status"], a["counterpart"]) for a in r["agreements"]] == [
        ("memorandum", "signed", "EST"), ("agreement", "signed", "EST"), ("programme", "signed", "EST")]


def test_a_statement_in_the_headline_and_in_the_body_is_one_document():
    r = ru("Президенты Казахстана и Эстонии приняли Совместное заявление\n"
           "По итогам переговоров Касым-Жомарт Токаев и Алар Карис приняли Совместное заявление.")
    assert [(a["type"], a["status"], a["counterpart"]) for a in r["agreements"]] == [
        ("declaration", "signed", "EST")]


CHILE_TALKS = ("Министр иностранных дел Казахстана Мурат Нуртлеу провел переговоры с министром иностранных дел "
               "Чили Альберто ван Кларенсом. ")


def test_unnamed_documents_are_one_document_when_their_fields_are_named():
    for sentence in ("Договорно-правовая база двусторонних отношений включает документы в сфере торговли, "
                     "образования и культуры.",
                     "По итогам переговоров подписан ряд документов о сотрудничестве в области таможенного дела "
                     "и цифровизации."):
        r = ru(CHILE_TALKS + sentence)
        assert [(a["type"], a["status"], a["counterpart"]) for a in r["agreements"]] == [("other", "signed", "CHL")]
    for sentence in ("По итогам переговоров подписан ряд документов.",
                     "Документы были подписаны в Астане в присутствии министров."):
        assert ru(CHILE_TALKS + sentence)["agreements"] == []


def test_a_bare_noun_named_by_a_participle_of_signing_is_a_document():
    r = ru(CHILE_TALKS + "Итоги заседания зафиксированы в протоколе, подписанном сопредседателями комиссии, "
           "сообщает пресс-служба министерства.")
    assert [(a["type"], a["status"], a["counterpart"], a["title"]) for a in r["agreements"]] == [
        ("protocol", "signed", "CHL", "протоколе")]


def test_a_document_of_a_region_and_a_country_has_no_country_counterpart():
    r = ru(CHILE_TALKS + "Министры подписали совместное заявление стран Центральной Азии и Чили.")
    assert [(a["type"], a["counterpart"]) for a in r["agreements"]] == [("declaration", None)]


def test_work_on_a_draft_sped_up_is_discussion():
    r = ru(CHILE_TALKS + "Стороны договорились ускорить работу над проектом соглашения о воздушном сообщении.")
    assert [(a["type"], a["status"]) for a in r["agreements"]] == [("agreement", "discussed")]


def test_a_document_an_action_is_framed_by_exists():
    r = ru("Министр иностранных дел Казахстана Мурат Нуртлеу провел переговоры с министром иностранных дел Чили "
           "Альберто ван Кларенсом в рамках Программы сотрудничества между министерствами иностранных дел на "
           "2024-2026 годы.")
    assert [(a["type"], a["status"], a["counterpart"]) for a in r["agreements"]] == [("programme", "signed", "CHL")]
    assert ru("Министр иностранных дел Казахстана Мурат Нуртлеу провел переговоры с министром иностранных дел "
              "Чили Альберто ван Кларенсом в рамках визита в Сантьяго.")["agreements"] == []
    assert ru(CHILE_TALKS + "Министр рассказал о реформах в рамках Государственной программы "
              "индустриально-инновационного развития.")["agreements"] == []


def test_a_signing_of_it_announced_later_makes_a_discussed_document_planned():
    r = ru(CHILE_TALKS + "Стороны обсудили Дорожную карту по критическим минералам и выразили готовность "
           "подписать ее до конца года.")
    assert [(a["type"], a["status"]) for a in r["agreements"]] == [("roadmap", "planned")]


def test_documents_with_one_partner_as_well_as_with_another_are_one_per_partner():
    r = ru(CHILE_TALKS + "Подписаны межвузовские меморандумы о сотрудничестве с Университетом Чили, а также с "
           "Папским католическим университетом.")
    assert [(a["status"], a["counterpart"]) for a in r["agreements"]] == [("signed", "CHL"), ("signed", "CHL")]


def test_negotiations_yet_to_start_on_an_agreement_make_it_planned():
    r = ru(CHILE_TALKS + "Стороны договорились начать переговоры по соглашению о трудовой миграции.")
    assert [(a["type"], a["status"]) for a in r["agreements"]] == [("agreement", "planned")]


def test_the_protocol_of_a_session_is_a_document():
    for sentence in ("По итогам заседания подписан Протокол восьмого заседания Межправительственной комиссии.",
                     "Сопредседатели подписали протокол 12-го заседания комиссии.",
                     "Стороны подписали протокол заседания."):
        r = ru(CHILE_TALKS + sentence)
        assert [(a["type"], a["status"], a["counterpart"]) for a in r["agreements"]] == [("protocol", "signed", "CHL")]


def test_more_document_nouns_and_a_package_of_documents():
    for sentence, expected in (
            ("Стороны подписали письмо о намерениях по созданию совместных школ и обменялись дипломатическими "
             "нотами об открытии генконсульства.", [("other", "signed"), ("other", "signed")]),
            ("Министры подпишут программу совместных действий на 2026 год.", [("programme", "planned")]),
            # "ряд" governs the documents itself (Russian has no "of"): qualified, they are one fact
            ("По итогам переговоров подписан ряд совместных документов.", [("other", "signed")]),
            # a document in another's title is a word of that title
            ("Министры подписали Протокол о внесении изменений в Соглашение о безвизовом режиме.",
             [("protocol", "signed")])):
        r = ru(CHILE_TALKS + sentence)
        assert [(a["type"], a["status"]) for a in r["agreements"]] == expected
    assert [a["title"] for a in ru(CHILE_TALKS + "Стороны подписали письмо о намерениях по созданию школ и "
                                   "обменялись нотами.")["agreements"]] == ["письмо о намерениях по созданию школ"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("В ходе визита запланировано подписание ряда двусторонних документов.", ("other", "planned")),
    ("На бизнес-форуме предполагается подписание около 30 коммерческих соглашений.", ("contract", "planned")),
    ("Стороны выразили заинтересованность в подписании Соглашения о воздушном сообщении.", ("agreement", "planned")),
    ("Чилийская сторона готовит пакет двусторонних документов к визиту.", ("other", "planned")),
])
def test_a_signing_scheduled_expected_wished_for_or_prepared_is_planned(sentence, expected):
    r = ru(CHILE_TALKS + sentence)
    assert [(a["type"], a["status"]) for a in r["agreements"]] == [expected]


def test_a_title_complement_without_a_preposition_may_open_with_adjectives():
    # "Программа торгово-экономического сотрудничества": a genitive complement, its adjectives first
    for sentence in ("Стороны подписали Программу экономического сотрудничества на 2025-2027 годы.",
                     "Стороны подписали Программу торгово-экономического сотрудничества."):
        r = ru(CHILE_TALKS + sentence)
        assert [(a["type"], a["status"], a["counterpart"]) for a in r["agreements"]] == [
            ("programme", "signed", "CHL")]
        assert "сотрудничества" in r["agreements"][0]["title"]


def test_the_parties_after_a_participle_of_signing_belong_to_the_title():
    r = ru(CHILE_TALKS + "Министр отметил соглашение, подписанное между правительствами о взаимной защите "
           "инвестиций.")
    assert [(a["title"], a["status"], a["counterpart"]) for a in r["agreements"]] == [
        ("соглашение между правительствами о взаимной защите инвестиций", "signed", "CHL")]


def test_a_plan_agreed_is_adopted_and_a_draft_agreed_is_still_to_be_signed():
    r = ru(CHILE_TALKS + "Стороны обсудили вопросы безопасности и согласовали ежегодный план консультаций экспертов.")
    assert [(a["type"], a["status"]) for a in r["agreements"]] == [("action_plan", "signed")]
    r = ru(CHILE_TALKS + "Стороны согласовали проект соглашения о воздушном сообщении.")
    assert [(a["type"], a["status"]) for a in r["agreements"]] == [("agreement", "planned")]


def test_a_bare_document_noun_is_no_fact():
    r = ru("Министр иностранных дел Казахстана Мурат Нуртлеу провел переговоры с министром иностранных дел "
           "Грузии Майей Кварацхелия. Кроме того, руководитель национальной компании подписал меморандум "
           "с коллегой.")
    assert r["agreements"] == []


# ------------------------------------------------------------ figures
def test_trade_for_a_months_range_with_a_decimal_comma():
    r = ru("Министр иностранных дел Казахстана Мурат Нуртлеу встретился с Послом Германии Моникой Иффлендер. "
           "За январь–июль 2023 года товарооборот между Казахстаном и Германией составил 1,5 млрд долларов "
           "США, увеличившись на 12,3%.")
    [f] = r["trade_figures"]
    assert (f["counterpart"], f["metric"], f["year"], f["months"]) == ("DEU", "turnover", 2023, [1, 7])
    assert (f["value_usd"], f["qualifier"], f["change_pct"], f["kind"]) == (1500000000, "exact", 12.3, "actual")


@pytest.mark.parametrize(("words", "value"), [
    ("порядка семисот миллионов долларов", 700_000_000),
    ("двести пятьдесят миллионов долларов", 250_000_000),
    ("девятьсот сорок пять миллионов долларов", 945_000_000),
])
def test_hundreds_written_in_words_are_read_with_the_tens_and_units_after_them(words, value):
    r = ru(f"Товарооборот между Казахстаном и Беларусью в 2023 году составил {words}.")
    assert [(f["counterpart"], f["value_usd"], f["year"]) for f in r["trade_figures"]] == [("BLR", value, 2023)]


def test_exports_and_imports_after_turnover_take_its_period():
    r = ru("В 2023 году товарооборот между Казахстаном и Арменией составил 117 млн долларов США. Экспорт из "
           "Казахстана составил 97,1 млн долларов, импорт – 19,9 млн долларов.")
    assert [(f["metric"], f["year"], f["value_usd"]) for f in r["trade_figures"]] == [
        ("turnover", 2023, 117000000), ("exports", 2023, 97100000), ("imports", 2023, 19900000)]


def test_last_year_and_a_qualifier():
    r = ru("Глава МИД Казахстана отметил, что в прошлом году товарооборот с Турцией составил более "
           "6,3 млрд долларов.", published="2024-09-11")
    [f] = r["trade_figures"]
    assert (f["counterpart"], f["year"], f["value_usd"], f["qualifier"]) == ("TUR", 2023, 6300000000, "more_than")


def test_the_year_before_in_the_genitive():
    # ("прошлого года" is keyed apart from "прошлый год": pymorphy3 reads "прошлого" as a noun)
    r = ru("По итогам прошлого года объем торговли между Казахстаном и Монголией достиг 180 млн долларов.",
           published="2025-03-05")
    [f] = r["trade_figures"]
    assert (f["counterpart"], f["year"], f["value_usd"]) == ("MNG", 2024, 180000000)


def test_numbers_written_as_words():
    r = ru("В прошлом году товарооборот между Казахстаном и Таджикистаном достиг полутора миллиардов долларов, "
           "а инвестиции – полумиллиарда долларов.", published="2024-05-02")
    assert [(f["year"], f["value_usd"]) for f in r["trade_figures"]] == [(2023, 1500000000)]
    assert [f["value_usd"] for f in r["investment_figures"]] == [500000000]
    r = ru("Товарооборот Казахстана и Китая достиг двадцати пяти миллиардов долларов.")
    assert [f["value_usd"] for f in r["trade_figures"]] == [25000000000]


def test_digits_grouped_by_spaces_are_one_number():
    r = ru("Товарооборот между Казахстаном и Египтом в 2023 году составил 1 317,5 млн долларов, экспорт – "
           "1\u00a0100 000 тыс. долларов.")
    assert [(f["metric"], f["value_usd"]) for f in r["trade_figures"]] == [
        ("turnover", 1317500000), ("exports", 1100000000)]


def test_a_rouble_conversion_in_brackets_is_not_a_second_figure():
    r = ru("Товарооборот между Казахстаном и Россией составил 27 миллиардов долларов [2,4 триллиона рублей].")
    assert [(f["value_usd"], f["currency"]) for f in r["trade_figures"]] == [(27000000000, "USD")]


def test_capital_investments_accumulated():
    r = ru("Общий объем накопленных турецких капиталовложений в Казахстане составляет около 5 миллиардов долларов.")
    [f] = r["investment_figures"]
    assert (f["counterpart"], f["value_usd"], f["qualifier"]) == ("TUR", 5000000000, "about")
    assert r["trade_figures"] == []


@pytest.mark.parametrize("text", [
    "Стороны заинтересованы в увеличении товарооборота между Казахстаном и Чили до 2 млрд долларов.",
    "Стороны договорились об увеличении товарооборота между Казахстаном и Чили до 2 млрд долларов.",
    "Казахстан и Чили договорились о расширении связей и увеличении торговли до 2 млрд долларов в год.",
])
def test_an_interest_in_raising_trade_is_a_target(text):
    r = ru(text)
    assert [(f["kind"], f["value_usd"]) for f in r["trade_figures"]] == [("target", 2_000_000_000)]


def test_a_milestone_set_is_a_target_and_one_passed_an_outcome():
    r = ru("Сейчас товарооборот между Казахстаном и Азербайджаном составляет около 600 млн долларов. Рубеж в "
           "1 млрд долларов поставлен главами государств.")
    assert [(f["value_usd"], f["kind"]) for f in r["trade_figures"]] == [(600000000, "actual"), (1000000000, "target")]
    r = ru("В 2023 году товарооборот между Казахстаном и Азербайджаном превысил рубеж в 500 млн долларов.")
    assert [(f["value_usd"], f["kind"], f["year"]) for f in r["trade_figures"]] == [(500000000, "actual", 2023)]


def test_a_base_year_after_chem_v_and_a_decrease_by_menshe():
    r = ru("Товарооборот Казахстана и Египта в 2023 году составил 340 млн долларов, что на 15% меньше, чем в "
           "2022 году (400 млн долларов).")
    assert [(f["year"], f["value_usd"], f["change_pct"]) for f in r["trade_figures"]] == [
        (2023, 340000000, -15.0), (2022, 400000000, None)]


def test_a_quarter_in_digits_and_a_range_of_years_with_their_words():
    r = ru("За 1 квартал 2024 года товарооборот между Казахстаном и Египтом составил 90 млн долларов.")
    [f] = r["trade_figures"]
    assert (f["year"], f["months"]) == (2024, [1, 3])
    r = ru("За период с 2005 года по 2023 год валовый приток прямых инвестиций из Египта в Казахстан составил "
           "50 млн долларов.")
    [f] = r["investment_figures"]
    assert (f["year_from"], f["year_to"]) == (2005, 2023)


def test_since_a_year_with_its_word_and_a_future_verb():
    r = ru("Объем корейских инвестиций в экономику Казахстана за период с 2005 года превысил 9 млрд долларов США. "
           "Стороны выразили уверенность, что товарооборот между Казахстаном и Кореей достигнет 10 млрд долларов.")
    [i] = r["investment_figures"]
    assert (i["year_from"], i["year_to"], i["direction"]) == (2005, None, "into_kazakhstan")
    [t] = r["trade_figures"]
    assert (t["kind"], t["value_usd"]) == ("target", 10000000000)


def test_a_figure_with_a_deadline_after_publication_is_a_goal():
    r = ru("Стороны договорились об увеличении товарооборота Казахстана и Египта до 1 млрд долларов к 2030 году.",
           published="2024-05-02")
    [f] = r["trade_figures"]
    assert (f["kind"], f["year"], f["value_usd"]) == ("target", 2030, 1000000000)


def test_another_measure_after_a_trade_sentence_is_no_trade_figure():
    r = ru("Товарооборот между Казахстаном и Оманом вырос на 20%. ВВП Казахстана в прошлом году достиг 260 млрд "
           "долларов. Уставный капитал совместного фонда составляет 2 млрд долларов.")
    assert r["trade_figures"] == []


def test_the_trade_balance_is_no_figure():
    r = ru("Товарооборот между Казахстаном и Оманом в 2023 году составил 80 млн долларов, положительное сальдо "
           "торговли для Казахстана – 50 млн долларов.")
    assert [f["value_usd"] for f in r["trade_figures"]] == [80000000]


def test_a_scale_with_its_full_stop_keeps_the_currency_and_the_sentence():
    r = ru("Стороны договорились довести объем взаимного товарооборота Казахстана и Узбекистана до "
           "10 млрд. долларов США.")
    [f] = r["trade_figures"]
    assert (f["counterpart"], f["value_usd"], f["kind"], f["year"]) == ("UZB", 10000000000, "target", None)


def test_gross_inflow_of_direct_investment_over_years():
    r = ru("Валовый приток прямых инвестиций из Республики Корея в Казахстан с 2005 по 2023 год превысил "
           "9 млрд долларов США.")
    [f] = r["investment_figures"]
    assert (f["counterpart"], f["metric"], f["direction"]) == ("KOR", "fdi_gross_inflow", "into_kazakhstan")
    assert (f["year_from"], f["year_to"], f["value_usd"], f["qualifier"]) == (2005, 2023, 9000000000, "more_than")


def test_a_figure_in_euros_keeps_its_currency():
    r = ru("Взаимный товарооборот Казахстана и Италии в 2022 году составил 1,1 млрд евро.")
    [f] = r["trade_figures"]
    assert (f["counterpart"], f["value_usd"], f["value"], f["currency"]) == ("ITA", None, 1100000000, "EUR")


def test_tonnes_are_no_money():
    r = ru("Казахстан направил в Афганистан гуманитарную помощь общим объёмом 3,7 тыс. тонн.")
    assert r["trade_figures"] == [] and r["investment_figures"] == []


def test_the_head_of_state_named_by_office_alone_is_the_president_named_before():
    r = ru("Президент Казахстана Касым-Жомарт Токаев прибыл в Бишкек для участия в саммите СНГ. В рамках "
           "саммита Глава государства провел двусторонние встречи с Президентом Азербайджана Ильхамом Алиевым "
           "и Президентом Армении Ваагном Хачатуряном.")
    meetings = {e["counterpart"]: e for e in subject(r) if e["type"] == "meeting"}
    assert set(meetings) == {"AZE", "ARM"}
    assert all(("Касым-Жомарт Токаев", "KAZ") in people(e) for e in meetings.values())


def test_two_names_after_an_office_of_two_countries_take_them_in_order():
    r = ru("По итогам переговоров президенты Казахстана и Сербии Касым-Жомарт Токаев и Александр Вучич "
           "приняли Совместное заявление.")
    [e] = subject(r)
    assert people(e) == {("Касым-Жомарт Токаев", "KAZ"), ("Александр Вучич", "SRB")}
    assert [(a["type"], a["status"], a["counterpart"]) for a in r["agreements"]] == [("declaration", "signed", "SRB")]


# ------------------------------------------------------------ held-out error classes (rules-2.0.0)
def test_a_conversation_of_the_heads_of_state_is_no_summit():
    r = ru("Президент Казахстана Касым-Жомарт Токаев провел телефонный разговор с Президентом Франции Эммануэлем "
           "Макроном. Разговор глав государств прошел в дружественной атмосфере.")
    assert [(e["type"], e["counterpart"]) for e in subject(r)] == [("phone_call", "FRA")]


def test_a_country_named_in_what_was_discussed_is_no_party():
    r = ru("Токаев и Макрон обсудили ситуацию на Украине и в Сирии.")
    assert [(e["type"], e["counterpart"]) for e in subject(r)] == [("meeting", "FRA")]


def test_the_council_on_the_eve_of_which_they_met_is_not_the_contact():
    r = ru("Глава МИД Казахстана Мурат Нуртлеу встретился с министром иностранных дел России Сергеем Лавровым. "
           "Встреча состоялась в Минске накануне заседания Совета министров иностранных дел СНГ.")
    assert [(e["type"], e["counterpart"]) for e in subject(r)] == [("meeting", "RUS")]


def test_an_ambassador_summoned_to_the_ministry_is_a_meeting():
    r = ru("Посол Грузии был вызван в МИД Казахстана для беседы.")
    assert [(e["type"], e["counterpart"]) for e in subject(r)] == [("meeting", "GEO")]


def test_a_summit_in_the_lobbies_of_which_they_met_is_the_setting_not_the_contact():
    for setting in ("В кулуарах саммита ШОС", "На полях саммита ШОС в Астане"):
        r = ru(f"{setting} Президент Казахстана Касым-Жомарт Токаев встретился с Председателем КНР Си Цзиньпином.")
        [e] = subject(r)
        assert (e["type"], e["counterpart"]) == ("meeting", "CHN"), setting
        assert people(e) == {("Касым-Жомарт Токаев", "KAZ"), ("Си Цзиньпин", "CHN")}, setting


def test_each_side_represented_by_its_official():
    r = ru("Министерства иностранных дел Грузии и Казахстана провели политические консультации в Тбилиси. "
           "Грузинскую сторону на них представлял заместитель министра иностранных дел Давид Джалагания, "
           "казахстанскую – заместитель министра иностранных дел Самат Ордабаев.")
    [e] = subject(r)
    assert (e["type"], e["counterpart"]) == ("talks", "GEO")
    assert people(e) == {("Давид Джалагания", "GEO"), ("Самат Ордабаев", "KAZ")}


def test_the_hosts_invitation_does_not_make_the_guest_the_hosts():
    r = ru("По приглашению пакистанской стороны заместитель Премьер-министра – министр иностранных дел Мурат Нуртлеу "
           "прибыл с официальным визитом в Исламскую Республику Пакистан.")
    [e] = subject(r)
    assert people(e) == {("Мурат Нуртлеу", "KAZ")}


def test_a_spokesperson_commenting_later_is_no_participant():
    r = ru("Посол России был вызван в МИД Казахстана. Напомним, ранее официальный представитель МИД России Мария "
           "Захарова заявила о недовольстве. Пресс-секретарь МИДа Айбек Смадияров прокомментировал встречу.")
    [e] = subject(r)
    assert e["counterpart"] == "RUS" and e["participants"] == []


def test_two_names_under_one_plural_office():
    r = ru("Президенты Касым-Жомарт Токаев и Масуд Пезешкиан провели переговоры в расширенном составе. "
           "Глава государства выразил заинтересованность в укреплении взаимодействия с Ираном.")
    [e] = subject(r)
    assert (e["type"], e["counterpart"]) == ("talks", "IRN")
    assert people(e) == {("Касым-Жомарт Токаев", "KAZ"), ("Масуд Пезешкиан", "IRN")}


def test_a_meeting_within_the_framework_of_a_council():
    r = ru("В рамках заседания Совета министров иностранных дел Организации тюркских государств, проходящего в "
           "Габале, состоялась встреча министра иностранных дел Азербайджана Джейхуна Байрамова и главы МИД "
           "Казахстана Ермека Кошербаева.")
    assert [(e["type"], e["counterpart"]) for e in subject(r)] == [("meeting", "AZE")]


def test_a_cancelled_visit_is_no_contact():
    r = ru("Отмена визита президента Беларуси в Казахстан произошла на фоне снижения товарооборота.")
    assert subject(r) == []


def test_a_signing_ceremony_both_sides_attended_is_a_meeting():
    r = ru("В церемонии подписания приняли участие первый вице-президент Ирана Мохаммад Мохбер и Премьер-министр "
           "Казахстана Алихан Смаилов.")
    assert [(e["type"], e["counterpart"]) for e in subject(r)] == [("meeting", "IRN")]


# ------------------------------------------------------------ a future contact spoken of during one reported
VENGRIYA = "Министр иностранных дел Казахстана Мурат Нуртлеу встретился с министром иностранных дел Венгрии " \
           "Петером Сийярто в Астане. "


def test_talks_that_agree_on_the_next_session_are_still_the_talks_reported():
    for later in ("В ходе переговоров министры договорились провести очередное заседание межправительственной "
                  "комиссии в Будапеште.",
                  "В ходе переговоров особое внимание было уделено подготовке к предстоящему визиту Президента "
                  "Венгрии в Казахстан.",
                  "На переговорах Петер Сийярто пригласил казахстанского коллегу посетить Будапешт."):
        r = ru(VENGRIYA + later)
        assert [(e["type"], e["counterpart"], e["location_city"]) for e in subject(r)] == [
            ("talks", "HUN", "Astana")], later
        assert [e for e in r["events"] if e["status"] == "planned"] == []


def test_a_meeting_that_agreed_on_the_next_round_is_held_where_it_was():
    r = ru("Министр иностранных дел Казахстана Мурат Нуртлеу встретился с министром иностранных дел Венгрии Петером "
           "Сийярто в Астане и договорился провести следующий раунд консультаций в Будапеште.")
    assert [(e["type"], e["status"], e["location_city"]) for e in r["events"]] == [("meeting", "held", "Astana")]


def test_an_agreement_to_hold_consultations_alone_announces_them():
    r = ru("Казахстан и Венгрия договорились провести политические консультации в Будапеште в следующем году.")
    assert [(e["type"], e["counterpart"], e["status"]) for e in r["events"]] == [("talks", "HUN", "planned")]


def test_the_summit_a_meeting_was_held_beside_is_its_setting():
    r = ru("Президент Казахстана Касым-Жомарт Токаев встретился с Президентом Узбекистана Шавкатом Мирзиёевым на полях "
           "саммита ШОС в Астане. Саммит собрал лидеров десяти государств.")
    assert [(e["type"], e["counterpart"]) for e in subject(r)] == [("meeting", "UZB")]


def test_summing_up_the_talks_reported_is_no_earlier_contact():
    r = ru(VENGRIYA + "Подводя итоги переговоров, министры отметили их продуктивный характер.")
    assert [(e["type"], e["counterpart"], e["status"]) for e in r["events"]] == [("talks", "HUN", "held")]


def test_an_official_present_at_the_talks_joins_them():
    # a language without articles: the contact noun that opens the sentence is the contact just reported
    r = ru(VENGRIYA + "На переговорах присутствовал посол Венгрии в Казахстане Золтан Варга.")
    [e] = r["events"]
    assert (e["type"], e["counterpart"]) == ("talks", "HUN")
    assert ("Золтан Варга", "HUN") in people(e)


def test_talks_of_other_countries_say_nothing_of_how_the_meeting_was_held():
    r = ru("Министр иностранных дел Казахстана Мурат Нуртлеу встретился с министром иностранных дел Кыргызстана "
           "Жээнбеком Кулубаевым. Переговоры по пограничным вопросам с Узбекистаном и Таджикистаном пока продолжаются.")
    assert [(e["type"], e["counterpart"]) for e in subject(r)] == [("meeting", "KGZ")]


def test_a_conference_a_guest_took_part_in_by_video_is_no_call_with_the_host():
    r = ru("Министр иностранных дел Турции Хакан Фидан провел в Анкаре встречу с министром иностранных дел Казахстана "
           "Муратом Нуртлеу. Позднее министр Фидан также принял участие в ежегодной инвестиционной конференции "
           "Лондонской фондовой биржи в режиме видеоконференции.")
    assert [(e["type"], e["counterpart"]) for e in subject(r)] == [("meeting", "TUR")]


def test_a_trip_where_both_sides_discussed_has_a_meeting():
    r = ru("Премьер-министр Казахстана Олжас Бектенов совершил рабочий визит в Катар. Олжас Бектенов и Премьер-министр "
           "Катара Мухаммед Аль Тани обсудили сотрудничество в энергетике и логистике.")
    assert [(e["type"], e["counterpart"]) for e in subject(r)] == [("meeting", "QAT")]


def test_a_meeting_of_ministers_of_a_region_and_a_partner_is_a_summit():
    r = ru("Министр иностранных дел Казахстана Мурат Нуртлеу принял участие во встрече министров иностранных дел стран "
           "Центральной Азии и Японии в Токио.")
    assert [(e["type"], e["counterpart"]) for e in subject(r)] == [("summit", None)]
    # the heads of two states met are a meeting of the two
    r = ru("В Ташкенте состоялась встреча глав государств Казахстана и Узбекистана.")
    assert [(e["type"], e["counterpart"]) for e in subject(r)] == [("meeting", "UZB")]


def test_credentials_presented_by_envoys_of_several_states_are_a_meeting_with_each():
    r = ru("Глава государства Касым-Жомарт Токаев принял верительные грамоты у послов Малайзии, Турции и "
           "Ирана. Церемония прошла в Акорде.")
    assert [(e["type"], e["counterpart"]) for e in r["events"]] == [("meeting", "MYS"), ("meeting", "TUR"),
                                                                     ("meeting", "IRN")]


def test_envoys_or_ministers_of_several_states_met_by_office_are_a_meeting_with_each():
    r = ru("Президент Казахстана Касым-Жомарт Токаев встретился с новыми послами Словакии, Испании и Израиля.")
    assert [(e["type"], e["counterpart"]) for e in r["events"]] == [("meeting", "SVK"), ("meeting", "ESP"),
                                                                     ("meeting", "ISR")]
    r = ru("На полях СМИД ОБСЕ в Вене министр иностранных дел Казахстана Ермек Кошербаев встретился с министрами "
           "иностранных дел Австрии, Кипра и Греции.")
    assert [(e["type"], e["counterpart"]) for e in r["events"]] == [("meeting", "AUT"), ("meeting", "CYP"),
                                                                     ("meeting", "GRC")]


def test_a_known_name_ending_in_one_letter_ends_the_sentence_at_its_full_stop():
    # "И" in "Ван И" is no initial: the next sentence is not read into the name
    r = ru("Министр иностранных дел Казахстана Мурат Нуртлеу провел встречу с министром иностранных дел Китая "
           "Ван И. Об этом сообщает пресс-служба МИД.")
    [e] = r["events"]
    assert sorted((p["name"], p["country"]) for p in e["participants"]) == [("Ван И", "CHN"),
                                                                           ("Мурат Нуртлеу", "KAZ")]
    # an initial still joins the name after it, even a letter that is also a dictionary word ("П.", "Ч.")
    r = ru("Президент Казахстана Касым-Жомарт Токаев провел встречу с послом Словакии П. Новаком. Стороны "
           "обсудили торговлю.")
    assert [p["name"] for p in r["events"][0]["participants"] if p["country"] == "SVK"] == ["П. Новак"]


def test_a_consul_posted_abroad_who_met_someone_named_met_the_host_country():
    # the host named with no title: the country of the consul's posting is the other party
    r = ru("Виталий Хоценко встретился с Генеральным консулом Республики Казахстан в Омске Алмасом Нурлановым и "
           "поблагодарил его за совместную работу.")
    assert [(e["type"], e["counterpart"]) for e in r["events"]] == [("meeting", "RUS")]
    assert ru("Генеральный консул Казахстана в Омске Алмас Нурланов провел ряд встреч.")["events"] == []


@pytest.mark.parametrize(("country", "code"), [("Чада", "TCD"), ("Того", "TGO"), ("Сомали", "SOM"), ("Брунея", "BRN"),
                                               ("Кот-д’Ивуара", "CIV")])
def test_short_country_names_the_press_uses_give_the_counterpart(country, code):
    # pycountry's Russian catalogue names these only officially ("Республика Чад", "Тоголезская Республика")
    r = ru(f"Министр иностранных дел Казахстана Мурат Нуртлеу встретился с послом {country} Хуаном Пересом.")
    assert [e["counterpart"] for e in r["events"]] == [code]


@pytest.mark.parametrize("text", ["министры иностранных дел стран Центральной Азии",
                                  "министры иностранных дел стран Средней Азии"])
def test_central_asia_by_either_russian_name_is_the_region(text):
    from extraction.analysis import analyse
    from extraction.lang import pack_for

    [sentence] = analyse(text, None, pack_for("ru")).sentences
    assert [(m.kind, m.code) for m in sentence.mentions] == [("region", "CA")]


def test_the_european_council_is_the_eus_and_its_president_no_countrys():
    r = ru("Председатель Европейского совета Антониу Кошта 3 декабря прибудет с официальным визитом в Казахстан.",
           published="2025-11-28")
    assert [(e["type"], e["status"], e["counterpart"]) for e in r["events"]] == [("visit", "planned", None)]
    assert r["counterparts"] == []


@pytest.mark.parametrize("office", ["координатором", "национальным координатором", "генеральным прокурором"])
def test_less_common_russian_offices_name_their_holder(office):
    r = ru(f"Министр иностранных дел Казахстана Мурат Нуртлеу встретился с {office} Хорватии Иваном Хорватом.")
    assert ("Иван Хорват", "HRV") in [(p["name"], p["country"]) for e in r["events"] for p in e["participants"]]


def test_pobesedoval_is_a_meeting():
    r = ru("Министр иностранных дел Казахстана Мурат Нуртлеу побеседовал с министром иностранных дел Хорватии "
           "Иваном Хорватом.")
    assert [(e["type"], e["counterpart"]) for e in r["events"]] == [("meeting", "HRV")]


@pytest.mark.parametrize("office, title", [
    ("губернатором Бургасской области", "губернатором Бургасской области"),
    ("председателем Народного собрания Болгарии", "председателем Народного собрания Болгарии"),
    ("ректором Софийского университета", "ректором Софийского университета"),
])
def test_an_adjective_inside_an_office_is_no_name(office, title):
    # a capitalised adjective before the lowercase noun it qualifies is the office's, not a name
    r = ru(f"Посол Казахстана в Болгарии Ерлан Нурпеисов встретился с {office} Петром Ивановым.")
    assert ("Петр Иванов", title, "BGR") in [(p["name"], p["title"], p["country"]) for e in r["events"]
                                             for p in e["participants"]]
    assert not any(p["name"].startswith(("Бургас", "Народн", "Софийск")) for e in r["events"] for p in e["participants"])


def test_a_leader_is_an_office():
    r = ru("Президент Казахстана Касым-Жомарт Токаев провел телефонный разговор с болгарским лидером Руменом Радевым.")
    assert ("Румен Радев", "BGR") in [(p["name"], p["country"]) for e in r["events"] for p in e["participants"]]


def test_ruz_is_uzbekistan_and_no_name():
    r = ru("Президенты Казахстана и Узбекистана провели переговоры в Ташкенте, сообщила пресс-служба лидера РУз.")
    assert [(e["type"], e["counterpart"]) for e in r["events"]] == [("talks", "UZB")]
    assert not any(p["name"] == "РУз" for e in r["events"] for p in e["participants"])


# ------------------------------------------------------------ rules-2.4.0
def test_a_womans_office_keeps_a_womans_name_even_of_an_officials_family():
    r = ru("Помощница президента Узбекистана Саида Мирзиёева провела встречу с послом Казахстана в Узбекистане "
           "Бейбутом Атамкуловым.")
    [e] = subject(r)
    assert people(e) == {("Саида Мирзиёева", "UZB"), ("Бейбут Атамкулов", "KAZ")}


def test_ra_is_armenia():
    r = ru("Вице-премьер РА Мгер Григорян и вице-премьер Казахстана Серик Жумангарин провели переговоры.")
    assert [(e["type"], e["counterpart"]) for e in subject(r)] == [("talks", "ARM")]


def test_a_region_of_kazakhstan_makes_its_akim_kazakh_and_one_of_russia_its_governor_russian():
    r = ru("Аким Акмолинской области Марат Ахметжанов встретился с губернатором Оренбургской области Денисом "
           "Паслером.")
    [e] = subject(r)
    assert (e["counterpart"], people(e)) == ("RUS", {("Марат Ахметжанов", "KAZ"), ("Денис Паслер", "RUS")})


def test_was_and_became_continue_the_figure_of_the_sentence_before():
    r = ru("За 2018 год товарооборот между Казахстаном и Грузией возрос на 32%. Было 67 миллионов долларов, сейчас "
           "стало 90 миллионов долларов.", published="2019-03-05")
    assert [(f["counterpart"], f["value_usd"]) for f in r["trade_figures"]] == [("GEO", 67000000), ("GEO", 90000000)]


@pytest.mark.parametrize("text, expected", [
    ("Председатель Мажилиса Нурлан Нигматулин встретился с главой Консультативного Совета Катара Ахмадом бен "
     "Абдаллой бен Заидом Аль Махмудом.", ("QAT", "Ахмад бен Абдалла бен Заид Аль Махмуд")),
    ("Генеральный консул Республики Казахстан в Санкт-Петербурге Бауыржан Досманбетов встретился с Генеральным "
     "секретарем Совета Межпарламентской Ассамблеи СНГ Дмитрием Кобицким.", (None, "Дмитрий Кобицкий")),
])
def test_capitalised_words_of_an_institution_are_no_name(text, expected):
    # "Консультативного Совета", "Совета Межпарламентской Ассамблеи": common nouns and adjectives open an
    # institution's name; the office reaches the person named after them
    [e] = subject(ru(text))
    assert (e["counterpart"], next(p["name"] for p in e["participants"] if p["country"] != "KAZ")) == expected


def test_an_officials_name_that_is_also_a_common_noun_stays_a_name():
    r = ru("Президент Казахстана Касым-Жомарт Токаев встретился с президентом Франции Эммануэлем Макроном. "
           "Макрон отметил важность сотрудничества.")
    [e] = subject(r)
    assert ("Эммануэль Макрон", "FRA") in people(e)


def test_a_delegation_of_a_russian_republic_is_russias_side():
    r = ru("Визит парламентской делегации Республики Татарстан во главе с Председателем Государственного Совета "
           "Фаридом Мухаметшиным в Казахстан.", published="2019-11-28")
    assert [(e["type"], e["counterpart"]) for e in subject(r)] == [("visit", "RUS")]


def test_the_deceased_of_condolences_and_an_anniversary_of_credentials_are_no_contact():
    r = ru("Председатель Сената Маулен Ашимбаев встретился с Послом Великобритании Кэтрин Лич. Открывая встречу, "
           "Маулен Ашимбаев выразил соболезнования в связи с кончиной Её Величества Королевы Елизаветы II.")
    assert [(e["counterpart"], sorted(p["name"] for p in e["participants"])) for e in subject(r)] == [
        ("GBR", ["Кэтрин Лич", "Маулен Ашимбаев"])]
    r = ru("Посол Казахстана в Словакии Роман Василенко дал интервью. В феврале исполняется год со дня вручения "
           "мною верительных грамот президенту Словакии Зузане Чапутовой.", published="2021-02-20")
    assert subject(r) == []


def test_a_short_quoted_name_inside_an_office_keeps_the_office_beside_its_holder():
    r = ru("Состоялся визит казахстанской делегации во главе с первым заместителем министра иностранных дел РК, "
           "Комиссаром «ЭКСПО-2027» Рапилем Жумабековым в Сербию. В Белграде Р.Жумабеков провел встречу с министром "
           "иностранных дел Сербии Марко Джуричем.", published=None)
    assert [{n for n, _ in people(e)} for e in subject(r)] == [{"Рапиль Жумабеков", "Марко Джурич"}]


def test_meetings_in_the_plural_after_a_verb_of_holding_are_one_with_each():
    r = ru("В Нью-Дели первый заместитель министра иностранных дел РК Ерлан Сагадиев провел встречи с заместителем "
           "министра иностранных дел Индии Аджаем Мехтой и председателем индийской организации по продвижению "
           "торговли Раджешем Кумаром.")
    assert sorted(sorted(people(e)) for e in subject(r)) == [
        [("Аджай Мехта", "IND"), ("Ерлан Сагадиев", "KAZ")], [("Ерлан Сагадиев", "KAZ"), ("Раджеш Кумар", "IND")]]


def test_a_meeting_in_the_singular_after_a_verb_of_holding_is_one():
    r = ru("В Нью-Дели первый заместитель министра иностранных дел РК Ерлан Сагадиев провел встречу с заместителем "
           "министра иностранных дел Индии Аджаем Мехтой и послом Индии Раджешем Кумаром.")
    assert [len(people(e)) for e in subject(r)] == [3]


def test_an_office_of_an_organisation_the_lexicon_does_not_know_is_no_countrys():
    r = ru("Посол Казахстана в Бельгии Айбек Нуртаев встретился с Генеральным секретарем Организации островных и "
           "прибрежных государств Педру Сантушем.")
    assert [(e["type"], e["counterpart"]) for e in subject(r)] == [("meeting", None)]
    assert r["counterparts"] == []


def test_the_year_just_ended_is_the_last_year():
    r = ru("Объем взаимной торговли Казахстана и Турции в ушедшем году составил $ 2,6 млрд.", published="2021-01-01")
    assert [(f["year"], f["value_usd"]) for f in r["trade_figures"]] == [(2020, 2600000000)]


def test_dr_congo_is_the_democratic_republic_of_the_congo():
    r = ru("Президент Казахстана провел переговоры с Президентом ДР Конго в Астане.")
    assert r["counterparts"] == ["COD"]


def test_an_envoy_with_the_term_of_his_office_in_the_title():
    r = ru("Специальный уполномоченный правительства Германии по председательству в ОБСЕ в 2016 году Гернот Эрле "
           "встретился с министром иностранных дел РК Ерланом Идрисовым.", published="2015-10-10")
    assert [people(e) for e in subject(r)] == [{("Гернот Эрле", "DEU"), ("Ерлан Идрисов", "KAZ")}]


def test_a_hyphenated_given_name_whose_first_part_is_a_common_noun_is_still_a_name():
    r = ru("Министр иностранных дел Казахстана провел переговоры с федеральным президентом Германии "
           "Франком-Вальтером Штайнмайером.")
    assert {surname for e in subject(r) for name, _ in people(e) for surname in name.split()[-1:]} >= {"Штайнмайер"}
    assert any(name.startswith("Франк") and "-" in name for e in subject(r) for name, _ in people(e))


def test_a_lead_repeated_by_the_page_is_one_call():
    r = ru("Состоялся телефонный разговор президента РК Касым-Жомарта Токаева с наследным принцем Саудовской Аравии "
           "Мухаммедом бен Салманом, - Состоялся телефонный разговор президента РК Касым-Жомарта Токаева с наследным "
           "принцем Саудовской Аравии Мухаммедом бен Салманом, сообщила пресс-служба Акорды.")
    assert [(e["type"], e["counterpart"]) for e in subject(r)] == [("phone_call", "SAU")]


def test_speaking_from_the_rostrum_of_a_gathering_is_taking_part_in_it():
    r = ru("Выступая с трибуны Генассамблеи, министр иностранных дел Казахстана Ерлан Идрисов подчеркнул "
           "приверженность диалогу.", published="2016-09-22")
    assert [(e["type"], e["counterpart"]) for e in subject(r)] == [("summit", None)]


def test_a_known_short_foreign_name_in_any_case_is_one_person():
    r = ru("Торжественная церемония встречи президента Республики Корея Юн Сок Еля состоялась в Акорде. "
           "По завершении церемонии Касым-Жомарт Токаев и Юн Сок Ель провели переговоры.")
    assert [e["type"] for e in subject(r)] == ["talks"]
    # (in the nominative, as the officials' table writes it)
    assert {name for e in subject(r) for name, _ in people(e)} == {"Касым-Жомарт Токаев", "Юн Сок Ёль"}


def test_a_known_leader_named_without_an_office():
    r = ru("Президенты Казахстана и ДР Конго провели переговоры. Касым-Жомарт Токаев назвал визит Феликса "
           "Чисекеди историческим событием.")
    assert ("Феликс Чисекеди", "COD") in {p for e in subject(r) for p in people(e)}


def test_credentials_received_from_several_countries_envoys_by_the_host():
    r = ru("Государственный секретарь Гульшара Абдыкаликова приняла верительные грамоты от ряда послов в Казахстане. "
           "Грамоты вручили представители Филиппин, Чада и Непала.")
    assert sorted(e["counterpart"] for e in subject(r)) == ["NPL", "PHL", "TCD"]
    assert all(people(e) == {("Гульшара Абдыкаликова", "KAZ")} for e in subject(r))


def test_two_names_in_a_row_split_at_a_person_named_before():
    r = ru("Государственный секретарь Гульшара Абдыкаликова приняла верительные грамоты от послов. Во время встречи "
           "с послом Йемена Мохаммедом Алашаби Гульшара Абдыкаликова отметила важность диалога.")
    assert ("Мохаммед Алашаби", "YEM") in {p for e in subject(r) for p in people(e)}


def test_a_guests_meetings_in_the_plural_with_two_hosts_are_two():
    r = ru("Представитель президента Азербайджана Халаф Халафов посетил Астану. В рамках визита Х. Халафов провел "
           "встречи с министром иностранных дел Казахстана Муратом Нуртлеу и помощником президента Казахстана "
           "Ержаном Казыханом.")
    assert sorted(sorted(n for n, c in people(e) if c == "KAZ") for e in subject(r)) == [["Ержан Казыхан"], ["Мурат Нуртлеу"]]


def test_the_head_of_our_state_is_the_releases_own():
    r = ru("Президент Казахстана Касым-Жомарт Токаев прибыл в Рим. Глава нашего государства сообщил, что переговоры "
           "с президентом Италии Маттареллой были содержательными.")
    assert any(("Касым-Жомарт Токаев", "KAZ") in people(e) for e in subject(r) if e["type"] == "talks")


def test_the_leader_whose_administration_is_named_takes_no_part():
    r = ru("Президент Казахстана Касым-Жомарт Токаев встретился с государственным секретарем США Марком Рубио и "
           "другими представителями администрации президента США Дональда Трампа.")
    assert ("Дональд Трамп", "USA") not in {p for e in subject(r) for p in people(e)}


def test_a_kingdom_named_after_an_office_is_no_person():
    r = ru("Министр торговли Казахстана Арман Шаккалиев встретился с делегацией Нигерии во главе с представителем "
           "Королевства Ифе.")
    assert not any("Королевств" in name for e in r["events"] for name, _ in people(e))


def test_furthermore_talks_of_another_kazakh_official_with_the_partner_are_a_contact_of_their_own():
    r = ru("Заместитель министра иностранных дел Казахстана Алибек Бакаев провел встречу с заместителем министра "
           "иностранных дел Ирана Каземом Гарибабади. Кроме того, состоялись переговоры заместителя министра "
           "иностранных дел Казахстана Армана Исетова с иранской делегацией.")
    assert [(e["type"], e["counterpart"]) for e in subject(r)] == [("meeting", "IRN"), ("talks", "IRN")]


def test_a_charge_daffaires_in_russian_is_of_the_country_after_the_office():
    # («в делах» is no posting abroad: the envoy of a partner, not Kazakhstan's)
    text = ("Заместитель Министра иностранных дел Казахстана Роман Василенко встретился с поверенным в делах "
            "Португальской Республики в Казахстане Жозе Атаиде Амаралом.")
    r = extract(text, published="2024-05-06", language="ru")
    assert [(e["counterpart"], sorted(p["country"] for p in e["participants"])) for e in r["events"]] == [
        ("PRT", ["KAZ", "PRT"])]
