"""The pure gov.kz parser: HTML -> text, timestamps, hashes, rejects."""
from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest

from sources.govkz.html_text import html_to_text
from sources.govkz.parser import content_hash, parse_item
from sources.govkz.settings import GovKzSettings

URL_TEMPLATE = GovKzSettings().human_url_template


def item(**overrides) -> dict:
    base = {
        "id": 812345,
        "title": "Foreign Minister meets the Ambassador of Ruritania",
        "body": "<p>The sides discussed cooperation.</p>",
        "created_date": "2024-05-14T08:05:00Z",
        "updated_date": "2024-05-14T09:00:00Z",
    }
    return {**base, **overrides}


def parse(raw, lang="en", project="mfa"):
    return parse_item(raw, project=project, lang=lang, human_url_template=URL_TEMPLATE)


# --- HTML -> text -----------------------------------------------------------------

def test_paragraphs_are_separated_by_a_blank_line():
    html = "<p>First  paragraph\n spans lines.</p><div>Second.</div><ul><li>one</li><li>two</li></ul>"
    assert html_to_text(html) == "First paragraph spans lines.\n\nSecond.\n\none\n\ntwo"


def test_line_breaks_and_entities():
    html = "<p>Astana,&nbsp;7&nbsp;March &ndash; talks<br/>Second&nbsp;line &amp; more</p>"
    assert html_to_text(html) == "Astana, 7 March – talks\n\nSecond line & more"


def test_scripts_styles_and_share_widgets_are_dropped():
    html = (
        "<p>Real text.</p>"
        "<script>var p = '<p>not text</p>';</script>"
        "<style>p { color: red }</style>"
        '<div class="ya-share2"><div><a>VK</a></div><span>Tell a friend</span></div>'
        "<p>Tell a friend</p><p>Поделиться:</p>"
        "<p>More real text.</p>"
    )
    assert html_to_text(html) == "Real text.\n\nMore real text."


def test_text_after_a_nested_share_widget_is_kept():
    html = '<div id="social"><div><div>x</div></div></div><div>Kept.</div>'
    assert html_to_text(html) == "Kept."


def test_tell_a_friend_inside_a_sentence_is_kept():
    assert html_to_text("<p>He said: tell a friend about the visa-free regime.</p>") == (
        "He said: tell a friend about the visa-free regime."
    )


# --- records ----------------------------------------------------------------------

def test_release_record_has_the_contract_fields():
    raw = item()
    release = parse(raw).release
    assert release == {
        "source": "govkz",
        "project": "mfa",
        "item_id": "812345",
        "lang": "en",
        "title": "Foreign Minister meets the Ambassador of Ruritania",
        "body_html": "<p>The sides discussed cooperation.</p>",
        "body_text": "The sides discussed cooperation.",
        "published_at_utc": datetime(2024, 5, 14, 8, 5, tzinfo=timezone.utc),
        "published_date_local": date(2024, 5, 14),
        "published_time_known": True,
        "updated_at_utc": datetime(2024, 5, 14, 9, 0, tzinfo=timezone.utc),
        "url": "https://www.gov.kz/memleket/entities/mfa/press/news/details/812345?lang=en",
        "content_hash": release["content_hash"],
        "raw_json": json.dumps(raw, ensure_ascii=False),
    }
    assert len(release["content_hash"]) == 64


@pytest.mark.parametrize(
    ("created", "local_date"),
    [
        # Almaty was UTC+6 until 1 March 2024 and UTC+5 after.
        ("2023-06-01T18:30:00Z", date(2023, 6, 2)),
        ("2024-06-01T18:30:00Z", date(2024, 6, 1)),
        ("2024-06-01T19:00:00Z", date(2024, 6, 2)),
        ("2024-06-01T23:30:00+02:00", date(2024, 6, 2)),
    ],
)
def test_local_date_is_the_almaty_calendar_day(created, local_date):
    assert parse(item(created_date=created)).release["published_date_local"] == local_date


@pytest.mark.parametrize(
    ("created", "time_known"),
    [
        ("2020-04-03T00:00:00Z", False),
        ("2019-01-10T00:00:00", False),
        ("2021-12-31T00:00:00.000Z", False),
        ("2020-04-03T00:00:01Z", True),
        ("2018-04-03T00:00:00Z", True),
        ("2023-04-03T00:00:00Z", True),
    ],
)
def test_midnight_migration_artefacts_have_no_known_time(created, time_known):
    assert parse(item(created_date=created)).release["published_time_known"] is time_known


def test_artefact_keeps_its_written_date():
    release = parse(item(created_date="2020-04-03T00:00:00Z")).release
    assert release["published_date_local"] == date(2020, 4, 3)
    assert release["published_at_utc"] == datetime(2020, 4, 3, tzinfo=timezone.utc)


def test_content_hash_is_stable_and_tracks_wording():
    first = parse(item()).release["content_hash"]
    assert parse(item()).release["content_hash"] == first
    # Re-serialised whitespace or a new updated_date is not a new version...
    assert parse(item(body="<p>The sides  discussed\ncooperation.</p>", updated_date="2025-01-01T00:00:00Z")).release["content_hash"] == first
    # ...a changed word or title is.
    assert parse(item(body="<p>The sides discussed trade.</p>")).release["content_hash"] != first
    assert parse(item(title="Foreign Minister meets the Ambassador of Freedonia")).release["content_hash"] != first
    assert content_hash("ab", "c") != content_hash("a", "bc")


def test_string_id_is_accepted_and_url_uses_project_and_lang():
    russian = item(id="99", title="Министр встретился с послом Руритании", body="<p>Стороны обсудили сотрудничество.</p>")
    release = parse(russian, lang="ru", project="mfa-istanbul").release
    assert release["item_id"] == "99"
    assert release["url"] == "https://www.gov.kz/memleket/entities/mfa-istanbul/press/news/details/99?lang=ru"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (item(id=None), "missing or non-numeric id"),
        (item(id="abc"), "missing or non-numeric id"),
        (item(created_date="yesterday"), "unparseable created_date"),
        (item(created_date=None), "unparseable created_date"),
        (item(updated_date="soon"), "unparseable updated_date"),
        (item(title=["x"]), "title is a list"),
        (item(body={"html": "x"}), "body is a dict"),
        (["not", "an", "object"], "not an object"),
    ],
)
def test_malformed_items_become_rejects_with_reason_and_payload(raw, reason):
    outcome = parse(raw)
    assert outcome.release is None
    assert reason in outcome.reject["reason"]
    assert json.loads(outcome.reject["raw_payload"]) == raw
    assert outcome.reject["source"] == "govkz" and outcome.reject["lang"] == "en"


def test_reject_keeps_item_id_when_known():
    assert parse(item(created_date="x")).reject["item_id"] == "812345"


def test_item_without_text_in_this_language_is_untranslated_not_rejected():
    outcome = parse(item(title="", body=""))
    assert outcome.untranslated and outcome.release is None and outcome.reject is None


def test_markup_and_scripts_are_stripped_from_titles():
    release = parse(item(title="<script>alert('x')</script> Minister <b>meets</b> the Ambassador &amp; staff")).release
    assert release["title"] == "Minister meets the Ambassador & staff"
    plain = parse(item()).release
    assert plain["content_hash"] == content_hash("Foreign Minister meets the Ambassador of Ruritania",
                                                 "<p>The sides discussed cooperation.</p>")


def test_bytes_that_are_not_utf8_spoil_their_item_only():
    spoiled = item(title=b"Minister meets \xff\xfe Ambassador".decode("utf-8", errors="surrogateescape"))
    outcome = parse(spoiled)
    assert outcome.release is None
    assert outcome.reject["reason"] == "bytes that are not UTF-8 in title"
    assert outcome.reject["kind"] == "unparseable"
    assert "\\xff\\xfe" in outcome.reject["raw_payload"]
    outcome.reject["raw_payload"].encode("utf-8")  # storable as it is


@pytest.mark.parametrize(("raw", "project", "lang", "reason"), [
    (item(projects=[{"code": "mfa-bjs"}]), "mfa", "en", "served for project mfa but the item belongs to mfa-bjs"),
    (item(project="mfa-bjs"), "mfa", "en", "belongs to mfa-bjs"),
    (item(lang="ru"), "mfa", "en", "asked for en but the item or the answer says ru"),
    (item(title="Министр иностранных дел встретился с послом", body="<p>Стороны обсудили сотрудничество.</p>"),
     "mfa", "en", "asked for en but the text is written in Cyrillic"),
    (item(), "mfa", "ru", "asked for ru but the text is not written in Cyrillic"),
    (item(title="Қазақстан Республикасының Сыртқы істер министрі", body="<p>Тараптар ынтымақтастықты талқылады.</p>"),
     "mfa", "ru", "asked for ru but the text is Kazakh"),
])
def test_an_item_that_is_not_what_was_asked_for_is_a_mismatch(raw, project, lang, reason):
    outcome = parse_item(raw, project=project, lang=lang, human_url_template=URL_TEMPLATE)
    assert outcome.release is None
    assert reason in outcome.reject["reason"]
    assert outcome.reject["kind"] == "mismatch"
    assert outcome.reject["record_key"] == f"{project}/812345/{lang}"


def test_the_answers_content_language_is_checked_too():
    outcome = parse_item(item(), project="mfa", lang="en", human_url_template=URL_TEMPLATE, served_language="ru-RU")
    assert outcome.reject["kind"] == "mismatch"
    matching = parse_item(item(projects=["mfa"]), project="mfa", lang="en", human_url_template=URL_TEMPLATE,
                          served_language="en")
    assert matching.release is not None
