"""Russian lemmas and names in the nominative: what the Russian pack's facts are keyed on."""
from __future__ import annotations

import pytest

from extraction.lang.ru.morph import lemma, name_context, nominative_name


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Португалией", "португалия"),
        ("казахстанской", "казахстанский"),
        ("Штатов", "штат"),
        ("ЁЛКОЙ", "елка"),  # lowercase, ё written е
        ("Астане", "астана"),
    ],
)
def test_lemma_is_the_lowercase_normal_form(word, expected):
    assert lemma(word) == expected


def test_lemma_of_the_same_word_is_the_same_in_every_case():
    assert {lemma(w) for w in ("Грузия", "Грузии", "Грузией", "Грузию")} == {"грузия"}


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        # names pymorphy3 knows, in every case
        ("Алексеем Бородавкиным", "Алексей Бородавкин"),
        ("Сергею Лаврову", "Сергей Лавров"),
        ("Марией Захаровой", "Мария Захарова"),
        ("Ермека Кошербаева", "Ермек Кошербаев"),
        # a preposition in front fixes the case and is dropped
        ("с Бейбутом Атамкуловым", "Бейбут Атамкулов"),
        # foreign surnames pymorphy3 does not know lose only the ending the first name agrees with
        ("Антони Блинкеном", "Антони Блинкен"),
        ("Олафом Шольцем", "Олаф Шольц"),
        ("Андреем Сибигой", "Андрей Сибига"),
        ("Араратом Мирзояном", "Арарат Мирзоян"),
        ("Анналены Бербок", "Анналена Бербок"),
        ("Анналеной Бербок", "Анналена Бербок"),
        ("Нарендры Моди", "Нарендра Моди"),
        # hyphens, particles and initials are kept
        ("Касым-Жомарта Токаева", "Касым-Жомарт Токаев"),
        ("Халедом бен Хамадом Аль-Тани", "Халед бен Хамад Аль-Тани"),
        ("К. Абдрахманов", "К. Абдрахманов"),
        ("Ж. Ахметовым", "Ж. Ахметов"),
        # initials written without a space before the surname
        ("Ж.Ахметовым", "Ж.Ахметов"),
        ("с Б.Т.Ахметовым", "Б.Т.Ахметов"),
        # the spelling of the text is kept: ё, capitals
        ("Бахтиёром Саидовым", "Бахтиёр Саидов"),
    ],
)
def test_names_are_put_in_the_nominative(tokens, expected):
    assert nominative_name(tokens.split()) == expected


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        ("Мурату Нуртлеу", "Мурат Нуртлеу"),
        ("Марко Рубио", "Марко Рубио"),
        ("Ахмету Давутоглу", "Ахмет Давутоглу"),
        ("Ираклию Гарибашвили", "Ираклий Гарибашвили"),
        ("Михаилом Джанелидзе", "Михаил Джанелидзе"),
        ("Анной Мирзоян", "Анна Мирзоян"),
        ("Каталин Новак", "Каталин Новак"),
        ("Фумио Кишида", "Фумио Кишида"),
        ("Р. Василенко", "Р. Василенко"),
    ],
)
def test_indeclinable_names_are_never_damaged(tokens, expected):
    assert nominative_name(tokens.split()) == expected


def test_an_ambiguous_name_stays_as_written_until_the_context_decides():
    # "Руслана Ибрагимова" is a woman in the nominative or a man in the genitive.
    assert nominative_name(["Руслана", "Ибрагимова"]) == "Руслана Ибрагимова"
    before = "прибыла делегация во главе с заместителем министра обороны".split()
    assert nominative_name(["Руслана", "Ибрагимова"], before="в присутствии министра".split()) == "Руслан Ибрагимов"
    assert nominative_name(["Руслана", "Ибрагимова"], cases={"gent"}) == "Руслан Ибрагимов"
    assert nominative_name(["Русланом", "Ибрагимовым"], before=before) == "Руслан Ибрагимов"


def test_a_feminine_title_lets_an_unknown_womans_name_decline():
    tokens = ["Марьятте", "Ристиле"]
    assert nominative_name(tokens) == "Марьятте Ристиле"  # could be an indeclinable name
    before = "направил письмо исполняющей обязанности Генерального директора , Председателю Правления".split()
    assert nominative_name(tokens, before=before) == "Марьятта Ристила"


def test_punctuation_after_a_name_is_not_part_of_it():
    assert nominative_name(["Бахтиёром", "Саидовым."]) == "Бахтиёр Саидов"


@pytest.mark.parametrize(
    ("before", "cases", "gender"),
    [
        ("встретился с министром иностранных дел Казахстана", {"ablt"}, None),
        ("провёл встречу с Послом Венгрии в Казахстане", {"ablt"}, None),
        ("в ходе визита заместителя министра иностранных дел Таджикистана", {"gent", "accs"}, None),
        ("заявил Президент", {"nomn"}, None),
        ("телефонный разговор с Королём Иордании", {"ablt"}, None),  # "Иордании" is no woman
        ("беседа с", {"ablt"}, None),
        ("передал привет исполняющей обязанности Директора , Советнику Управления", {"datv"}, "femn"),
        # "и" joining two fields inside one title: the head is still the office before it
        ("под председательством министра науки и высшего образования Казахстана", {"gent", "accs"}, None),
        ("встреча с министром сельского хозяйства и продовольствия Армении", {"ablt"}, None),
    ],
)
def test_name_context_reads_the_title_in_apposition(before, cases, gender):
    context = name_context(before.split())
    assert context.cases == frozenset(cases)
    assert context.gender == gender


def test_and_between_two_people_still_closes_the_title():
    # the second person's title is read; the first person's office does not reach past "и"
    assert name_context("встреча президента Франции и министра".split()).cases == frozenset({"gent", "accs"})
    assert name_context("с Иваном Петровым и".split()) == (None, None)


def test_name_context_without_a_title_says_nothing():
    assert name_context("Об этом сообщили в ведомстве .".split()) == (None, None)


def test_a_feminine_adjective_of_another_noun_says_nothing_of_the_name():
    # "Курганскую", "Российской" qualify "область", "Федерации"; only adjectives right before the office qualify it
    before = "визит в Курганскую область Российской Федерации по приглашению губернатора".split()
    assert nominative_name(["Вадима", "Шумкова"], before=before) == "Вадим Шумков"
    assert name_context("исполняющей обязанности Министра иностранных дел".split()).gender == "femn"
