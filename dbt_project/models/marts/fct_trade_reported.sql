-- One row per trade figure quoted in a release (its English and Russian versions
-- quote it once), with where it was read (release, sentence, character span).
with

figures as (

    select * from {{ ref('int_release_facts__trade_figures') }}

)

select
    ---------- ids
    trade_figure_fact_id                       as trade_figure_id,
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
    year,
    month_from,
    month_to,
    value_usd,
    value,
    currency,
    qualifier,
    change_pct,
    kind,

    ---------- provenance
    evidence,
    sentence_index,
    char_start,
    char_end,
    extractor_version

from figures
