-- The analyst queries on serving.duckdb (read-only), one per question. Parameters are
-- DuckDB named parameters: $country (ISO3, e.g. 'PRT'), $from_year, $to_year.
-- bench/bench_serving.py splits this file on the `-- name:` lines and times each query.

-- name: visits_and_meetings
-- Visits and meetings with a country, with their level, newest first.
select
    e.event_date,
    e.event_type,
    e.direction,
    e.level,
    e.location_city,
    e.participant_count,
    e.reporting_release_count,
    string_agg(p.name || coalesce(' (' || p.title || ')', ''), '; ' order by p.side, p.name) as participants,
    e.first_release_url
from marts.fct_diplomatic_event as e
left join marts.bridge_event_participant as p on p.event_id = e.event_id
where e.counterpart_iso3 = $country
  and year(e.event_date) between $from_year and $to_year
group by all
order by e.event_date desc, e.event_type
limit 200;

-- name: agreements
-- Agreements signed, discussed or planned with a country, by year and status.
select
    year(release_published_date)                  as year,
    agreement_status,
    agreement_type,
    count(*)                                      as mentions,
    count(distinct lower(coalesce(title, '')))    as distinct_titles,
    any_value(title)                              as example_title,
    max(release_published_date)                   as last_mentioned
from marts.fct_agreement
where counterpart_iso3 = $country
  and year(release_published_date) between $from_year and $to_year
group by all
order by year desc, agreement_status, mentions desc;

-- name: trade_movement
-- How trade moved: Kazakhstan's official figures (BNS) by year with growth, next to
-- the contacts and signed agreements of the same year (the scorecard).
select
    s.year,
    s.turnover_usd,
    s.exports_usd,
    s.imports_usd,
    s.turnover_growth_pct,
    s.partner_exports_to_kz_usd,
    s.mirror_ratio,
    s.events_total,
    s.agreements_signed,
    t.edition_year                                as bns_edition
from marts.mart_bilateral_scorecard as s
left join marts.fct_trade_official as t
    on  t.source = 'bns' and t.counterpart_iso3 = s.counterpart_iso3
    and t.year = s.year and t.flow = 'turnover'
where s.counterpart_iso3 = $country
  and s.year between $from_year and $to_year
order by s.year;

-- name: quoted_vs_official
-- Whether the figures quoted in releases agree with the official ones.
select
    year,
    metric,
    match_status,
    count(*)                                      as figures,
    count(*) filter (where is_consistent)         as consistent,
    median(rel_gap)                               as median_rel_gap,
    max(abs_gap_usd)                              as max_abs_gap_usd,
    any_value(evidence)                           as example_evidence
from marts.mart_trade_reconciliation
where counterpart_iso3 = $country
  and (year is null or year between $from_year and $to_year)
group by all
order by year desc nulls last, metric, match_status;
