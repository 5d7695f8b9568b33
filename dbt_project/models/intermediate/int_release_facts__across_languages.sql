-- One row per fact of a current release version: does it repeat a fact of its
-- release's English version, and which language versions of the release state it.
--
-- The ministry publishes one release (one gov.kz item) in English and Russian; each
-- language version is extracted on its own, so a contact, an agreement or a figure
-- stated in both comes twice. Analysts see it once: the English fact, and a fact of
-- another language only when the English version has nothing it repeats (a Russian
-- text often carries a reference paragraph the English one leaves out). A Russian-only
-- release has no English version: every fact of it stands.
--
-- The matching rule, within one release (source, project, item_id) and one fact type:
--   candidates   events:      the same counterpart (or both none: multilateral) and
--                             dates that agree (equal, or one text gives none);
--                agreements:  the same document type and status;
--                figures:     the same number in the same currency, as quoted (the
--                             number survives translation; the metric or year read
--                             around it may not);
--                agreements and figures also agree on the counterpart, or one text
--                leaves it unsaid;
--   best match   the most alike candidate: for events the same type, then the most
--                participants in common (by name key), then the same is_subject and
--                the same stated date; then, for every type, the same rank among the
--                text's facts alike (the n-th "agreement signed" of one text is the n-th
--                of the other), then the nearest position, then the fact id;
--   a pair       when each is the other's best match. A fact whose best English match
--                prefers another fact stays unmatched and so stands on its own: two
--                texts never fold into one fact more than one fact of each.
-- A table: the four fact models and the event models read it.
{{ config(materialized='table') }}
with

facts as (

    select * from {{ ref('int_release_facts__current') }}

),

participants as (

    select * from {{ ref('int_release_facts__event_participants') }}
    where name_key is not null

),

described as (

    select
        fact_id,
        fact_type,
        source,
        project,
        item_id,
        lang,
        payload ->> '$.counterpart'                                       as counterpart_iso3,
        -- events and agreements
        payload ->> '$.type'                                              as type,
        try_cast(payload ->> '$.date' as date)                            as event_date,
        coalesce(try_cast(payload ->> '$.is_subject' as boolean), false)  as is_subject,
        payload ->> '$.status'                                            as agreement_status,
        -- figures: the number as quoted, in the currency quoted
        try_cast(payload ->> '$.value' as decimal(20, 2))                 as quoted_value,
        payload ->> '$.currency'                                          as currency,
        row_number() over (
            partition by source, project, item_id, lang, fact_type
            order by sentence_index nulls last, char_start nulls last, fact_id
        )                                                                 as text_position
    from facts

),

ranked_among_alike as (

    select
        *,
        -- the n-th fact of its kind in its text
        row_number() over (
            partition by source, project, item_id, lang, fact_type, counterpart_iso3,
                case fact_type
                    when 'event' then concat_ws('|', type, event_date)
                    when 'agreement' then concat_ws('|', type, agreement_status)
                    else concat_ws('|', quoted_value, currency)
                end
            order by text_position
        ) as rank_among_alike
    from described

),

candidates as (

    select
        other.fact_id,
        english.fact_id                                                   as english_fact_id,
        other.fact_type,
        other.type = english.type                                         as same_type,
        other.is_subject = english.is_subject                             as same_subject,
        other.event_date = english.event_date                             as same_stated_date,
        other.rank_among_alike = english.rank_among_alike                 as same_rank_among_alike,
        abs(other.text_position - english.text_position)                  as position_distance
    from ranked_among_alike as other
    inner join ranked_among_alike as english
        on  english.lang = 'en'
        and other.lang <> 'en'
        and english.source = other.source
        and english.project = other.project
        and english.item_id = other.item_id
        and english.fact_type = other.fact_type
        and case other.fact_type
                when 'event' then
                    -- no counterpart means a multilateral contact: never the same as a bilateral one
                    english.counterpart_iso3 is not distinct from other.counterpart_iso3
                    and (english.event_date is null or other.event_date is null
                         or english.event_date = other.event_date)
                else
                    -- a document or a figure whose country one text leaves unsaid is still the same
                    (english.counterpart_iso3 is null or other.counterpart_iso3 is null
                     or english.counterpart_iso3 = other.counterpart_iso3)
                    and case other.fact_type
                            when 'agreement' then
                                english.type is not distinct from other.type
                                and english.agreement_status is not distinct from other.agreement_status
                            else
                                english.quoted_value is not distinct from other.quoted_value
                                and english.currency is not distinct from other.currency
                        end
            end

),

shared_participants as (

    select
        candidates.fact_id,
        candidates.english_fact_id,
        count(distinct english_participant.name_key) as participants_in_common
    from candidates
    inner join participants as other_participant
        on other_participant.event_fact_id = candidates.fact_id
    inner join participants as english_participant
        on  english_participant.event_fact_id = candidates.english_fact_id
        and english_participant.name_key = other_participant.name_key
        and english_participant.country_iso3 is not distinct from other_participant.country_iso3
    group by all

),

scored as (

    select
        candidates.*,
        coalesce(shared_participants.participants_in_common, 0) as participants_in_common
    from candidates
    left join shared_participants using (fact_id, english_fact_id)

),

preferences as (

    select
        *,
        row_number() over (
            partition by fact_id
            order by same_type desc nulls last, participants_in_common desc, same_subject desc,
                     same_stated_date desc nulls last, same_rank_among_alike desc, position_distance,
                     english_fact_id
        ) as preference_of_other,
        row_number() over (
            partition by english_fact_id
            order by same_type desc nulls last, participants_in_common desc, same_subject desc,
                     same_stated_date desc nulls last, same_rank_among_alike desc, position_distance,
                     fact_id
        ) as preference_of_english
    from scored

),

pairs as (

    select fact_id, english_fact_id
    from preferences
    where preference_of_other = 1 and preference_of_english = 1

),

languages_of_each_stated_fact as (

    select
        coalesce(pairs.english_fact_id, facts.fact_id)    as stated_fact_id,
        list(distinct facts.lang order by facts.lang)     as reporting_langs
    from facts
    left join pairs using (fact_id)
    group by all

)

select
    ---------- ids
    facts.fact_id,
    facts.fact_type,
    facts.lang,

    ---------- across the language versions of the release
    pairs.english_fact_id                          as repeats_fact_id,
    pairs.english_fact_id is not null              as is_repeat,
    languages_of_each_stated_fact.reporting_langs
from facts
left join pairs using (fact_id)
inner join languages_of_each_stated_fact
    on languages_of_each_stated_fact.stated_fact_id = coalesce(pairs.english_fact_id, facts.fact_id)
