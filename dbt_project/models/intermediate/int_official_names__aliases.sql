-- Names that transliteration alone does not join to their Latin spelling, learnt
-- from releases that name the same people in both languages.
--
-- The name key (the surname transliterated the ministry's way) joins most officials
-- across scripts: "Мурат Нуртлеу" and "Murat Nurtleu" are both "nurtleu". It cannot
-- join names that the English releases spell by another convention: "Си Цзиньпин" is
-- "Xi Jinping", "Мун Чжэ Ин" is "Moon Jae-in". Those are learnt from a contact stated
-- by both language versions of one release (int_release_facts__across_languages):
-- once the names of that contact that share a key are set aside, a country left with
-- exactly one name on each side pairs them; two or more left is ambiguous and pairs
-- nothing. A Russian key that an English release uses as a name key of its own (in
-- that country) is never an alias. When releases disagree, the pairing seen most
-- often wins, then the first key by value.
with

across_languages as (

    select * from {{ ref('int_release_facts__across_languages') }}
    where fact_type = 'event' and is_repeat

),

participants as (

    select
        event_fact_id,
        coalesce(country_iso3, 'organisation') as country_key,
        name_key,
        lang
    from {{ ref('int_release_facts__event_participants') }}
    where name_key is not null

),

english_names as (

    select
        across_languages.fact_id as repeat_fact_id,
        participants.country_key,
        participants.name_key
    from across_languages
    inner join participants on participants.event_fact_id = across_languages.repeats_fact_id

),

other_names as (

    select
        across_languages.fact_id as repeat_fact_id,
        participants.country_key,
        participants.name_key
    from across_languages
    inner join participants on participants.event_fact_id = across_languages.fact_id

),

english_left_over as (

    select distinct * from english_names
    where not exists (
        select 1 from other_names
        where other_names.repeat_fact_id = english_names.repeat_fact_id
          and other_names.country_key = english_names.country_key
          and other_names.name_key = english_names.name_key
    )

),

other_left_over as (

    select distinct * from other_names
    where not exists (
        select 1 from english_names
        where english_names.repeat_fact_id = other_names.repeat_fact_id
          and english_names.country_key = other_names.country_key
          and english_names.name_key = other_names.name_key
    )

),

paired_in_one_release as (

    select
        other_left_over.country_key,
        other_left_over.name_key   as alias_name_key,
        english_left_over.name_key as official_name_key
    from other_left_over
    inner join english_left_over using (repeat_fact_id, country_key)
    -- one name left on each side of the country, or the pairing is a guess
    qualify count(*) over (partition by repeat_fact_id, country_key) = 1

),

keys_of_english_releases as (

    select distinct country_key, name_key
    from participants
    where lang = 'en'

),

pairings as (

    select
        country_key,
        alias_name_key,
        official_name_key,
        count(*) as releases_pairing
    from paired_in_one_release
    where not exists (
        select 1 from keys_of_english_releases
        where keys_of_english_releases.country_key = paired_in_one_release.country_key
          and keys_of_english_releases.name_key = paired_in_one_release.alias_name_key
    )
    group by all

)

select *
from pairings
qualify row_number() over (
    partition by country_key, alias_name_key
    order by releases_pairing desc, official_name_key
) = 1
