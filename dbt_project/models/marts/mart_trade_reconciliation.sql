-- One row per actual trade figure quoted in a release, next to the official BNS
-- figure for the same partner, year and metric. A quoted figure is rounded
-- ("50.5 million"), so it agrees with the statistics when the gap is within
-- half a unit of its last quoted digit; "more than"/"less than" figures agree
-- when the official value lies on the stated side.
with

quoted as (

    select * from {{ ref('fct_trade_reported') }}
    where kind = 'actual'

),

official as (

    select * from {{ ref('fct_trade_official') }}
    where source = 'bns'

),

compared as (

    select
        quoted.trade_figure_id,
        quoted.release_key,
        quoted.release_version_key,
        quoted.release_url,
        quoted.release_published_date,
        quoted.counterpart_iso3,
        quoted.metric,
        quoted.year,
        quoted.month_from,
        quoted.month_to,
        -- [1, 12] is a whole year said the long way
        quoted.month_from is null or (quoted.month_from = 1 and quoted.month_to = 12) as is_full_year,
        quoted.qualifier,
        quoted.value_usd                        as quoted_value_usd,
        quoted.value                            as quoted_value,
        quoted.currency                         as quoted_currency,
        quoted.evidence,
        official.value_usd                      as official_value_usd,
        official.edition_year                   as official_edition_year,
        {{ quoted_rounding('quoted.value_usd') }} as quoted_rounding_usd
    from quoted
    left join official
        on  quoted.counterpart_iso3 = official.partner_iso3
        and quoted.year             = official.year
        and quoted.metric           = official.flow

),

measured as (

    select
        *,
        official_value_usd - quoted_value_usd                       as gap_usd,
        abs(official_value_usd - quoted_value_usd)                  as abs_gap_usd,
        abs(official_value_usd - quoted_value_usd) / nullif(official_value_usd, 0) as rel_gap,
        abs(official_value_usd - quoted_value_usd) <= quoted_rounding_usd as within_rounding
    from compared

),

judged as (

    select
        *,
        case qualifier
            when 'more_than' then official_value_usd >= quoted_value_usd
            when 'less_than' then official_value_usd <= quoted_value_usd
            else within_rounding  -- exact, about
        end as is_consistent
    from measured

)

select
    trade_figure_id,
    release_key,
    release_version_key,
    release_url,
    release_published_date,
    counterpart_iso3,
    metric,
    year,
    month_from,
    month_to,
    is_full_year,
    qualifier,
    quoted_value_usd,
    quoted_value,
    quoted_currency,
    quoted_rounding_usd,
    -- the official figure is only comparable with a whole-year figure in US dollars
    if(is_full_year and quoted_value_usd is not null, official_value_usd, null)    as official_value_usd,
    if(is_full_year and quoted_value_usd is not null, official_edition_year, null) as official_edition_year,
    if(is_full_year, gap_usd, null)                                    as gap_usd,
    if(is_full_year, abs_gap_usd, null)                                as abs_gap_usd,
    if(is_full_year, rel_gap, null)                                    as rel_gap,
    if(is_full_year, within_rounding, null)                            as within_rounding,
    if(is_full_year, is_consistent, null)                              as is_consistent,
    case
        when year is null then 'no_year'
        when quoted_value_usd is null then 'not_in_usd'
        when not is_full_year then 'partial_year_unmatched'
        when official_value_usd is null then 'no_official_figure'
        when is_consistent then 'consistent'
        else 'inconsistent'
    end as match_status,
    evidence
from judged
