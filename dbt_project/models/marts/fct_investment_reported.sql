-- One row per investment figure quoted in a release (its English and Russian
-- versions quote it once).
with

figures as (

    select * from {{ ref('int_release_facts__investment_figures') }}

)

select
    ---------- ids
    investment_figure_fact_id                  as investment_figure_id,
    release_key,
    release_version_key,

    ---------- the release
    release_url,
    release_published_date,
    project,
    lang,
    array_to_string(reporting_langs, ', ')     as reporting_langs,

    ---------- the figure
    counterpart_iso3,
    metric,
    direction,
    year_from,
    year_to,
    value_usd,
    value,
    currency,
    qualifier,

    ---------- provenance
    evidence,
    sentence_index,
    char_start,
    char_end,
    extractor_version

from figures
