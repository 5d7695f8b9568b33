-- One row per counterpart country × year: contacts, agreements and trade side
-- by side. A row exists when any of them is non-empty for that year.
with

events as (

    select * from {{ ref('fct_diplomatic_event') }}
    where counterpart_iso3 is not null and event_date is not null

),

agreements as (

    select * from {{ ref('fct_agreement') }}
    where counterpart_iso3 is not null and release_published_date is not null

),

trade as (

    select * from {{ ref('fct_trade_official') }}

),

contacts_by_year as (

    select
        counterpart_iso3,
        year(event_date)                                                              as year,
        count(*)                                                                      as events_total,
        -- a visit is counted by its days with a reported contact, not by its meetings
        count(distinct event_date) filter (where direction = 'incoming_visit')        as visits_in,
        count(distinct event_date) filter (where direction = 'outgoing_visit')        as visits_out,
        count(*) filter (where event_type in ('meeting', 'talks') and level = 'head_of_state')      as meetings_head_of_state,
        count(*) filter (where event_type in ('meeting', 'talks') and level = 'head_of_government') as meetings_head_of_government,
        count(*) filter (where event_type in ('meeting', 'talks') and level = 'minister')           as meetings_minister,
        count(*) filter (where event_type in ('meeting', 'talks') and level = 'deputy_minister')    as meetings_deputy_minister,
        count(*) filter (where event_type in ('meeting', 'talks') and level = 'ambassador')         as meetings_ambassador,
        count(*) filter (where event_type in ('meeting', 'talks') and level in ('other', 'unknown')) as meetings_other,
        count(*) filter (where event_type = 'phone_call')                             as phone_calls,
        count(*) filter (where event_type = 'video_call')                             as video_calls
    from events
    group by all

),

agreements_by_year as (

    select
        counterpart_iso3,
        year(release_published_date) as year,
        -- mentions of one document in several releases count once (same type and title)
        count(distinct concat_ws('|', agreement_type, lower(coalesce(title, title_keywords, ''))))
            filter (where agreement_status = 'signed')    as agreements_signed,
        count(*) filter (where agreement_status = 'signed') as agreement_signed_mentions
    from agreements
    group by all

),

bns_by_year as (

    select
        counterpart_iso3,
        year,
        max(value_usd) filter (where flow = 'turnover') as turnover_usd,
        max(value_usd) filter (where flow = 'exports')  as exports_usd,
        max(value_usd) filter (where flow = 'imports')  as imports_usd
    from trade
    where source = 'bns'
    group by all

),

mirror_by_year as (

    select
        counterpart_iso3,
        year,
        value_usd      as partner_exports_to_kz_usd,
        months_covered as partner_exports_months_covered
    from trade
    where source = 'comext' and flow = 'exports'

),

spine as (

    select counterpart_iso3, year from contacts_by_year
    union
    select counterpart_iso3, year from agreements_by_year
    union
    select counterpart_iso3, year from bns_by_year

)

select
    {{ surrogate_key(['spine.counterpart_iso3', 'spine.year']) }} as scorecard_key,
    spine.counterpart_iso3,
    spine.year,

    ---------- contacts
    coalesce(contacts.events_total, 0)                 as events_total,
    coalesce(contacts.visits_in, 0)                    as visits_in,
    coalesce(contacts.visits_out, 0)                   as visits_out,
    coalesce(contacts.meetings_head_of_state, 0)       as meetings_head_of_state,
    coalesce(contacts.meetings_head_of_government, 0)  as meetings_head_of_government,
    coalesce(contacts.meetings_minister, 0)            as meetings_minister,
    coalesce(contacts.meetings_deputy_minister, 0)     as meetings_deputy_minister,
    coalesce(contacts.meetings_ambassador, 0)          as meetings_ambassador,
    coalesce(contacts.meetings_other, 0)               as meetings_other,
    coalesce(contacts.phone_calls, 0)                  as phone_calls,
    coalesce(contacts.video_calls, 0)                  as video_calls,

    ---------- agreements
    coalesce(agreements.agreements_signed, 0)          as agreements_signed,
    coalesce(agreements.agreement_signed_mentions, 0)  as agreement_signed_mentions,

    ---------- trade, Kazakhstan's statistics (BNS, USD)
    bns.turnover_usd,
    bns.exports_usd,
    bns.imports_usd,
    round(100.0 * (bns.turnover_usd - bns_previous.turnover_usd)
          / nullif(bns_previous.turnover_usd, 0), 1)   as turnover_growth_pct,

    ---------- mirror: the partner's own exports to Kazakhstan (Comext, EUR -> USD)
    mirror.partner_exports_to_kz_usd,
    mirror.partner_exports_months_covered,
    bns.imports_usd - mirror.partner_exports_to_kz_usd as mirror_gap_usd,
    round(bns.imports_usd / nullif(mirror.partner_exports_to_kz_usd, 0), 3) as mirror_ratio

from spine
left join contacts_by_year   as contacts     using (counterpart_iso3, year)
left join agreements_by_year as agreements   using (counterpart_iso3, year)
left join bns_by_year        as bns          using (counterpart_iso3, year)
left join bns_by_year        as bns_previous
    on  bns_previous.counterpart_iso3 = spine.counterpart_iso3
    and bns_previous.year = spine.year - 1
left join mirror_by_year     as mirror       using (counterpart_iso3, year)
