-- mart_agreements_by_year loses no mention and counts documents as the scorecard does: per
-- year, its mentions add up to fct_agreement's rows and its signed bilateral documents to
-- mart_bilateral_scorecard's agreements_signed.
with

by_year as (

    select
        year,
        sum(mentions)                                                       as mentions,
        coalesce(sum(bilateral_documents) filter (where agreement_status = 'signed'), 0) as signed_documents
    from {{ ref('mart_agreements_by_year') }}
    group by year

),

mentions as (

    select year(release_published_date) as year, count(*) as mentions
    from {{ ref('fct_agreement') }}
    group by all

),

scorecard as (

    select year, sum(agreements_signed) as signed_documents
    from {{ ref('mart_bilateral_scorecard') }}
    group by year

)

select
    coalesce(by_year.year, mentions.year, scorecard.year) as year,
    by_year.mentions,
    mentions.mentions          as fct_agreement_mentions,
    by_year.signed_documents,
    scorecard.signed_documents as scorecard_signed_documents
from by_year
full join mentions  using (year)
full join scorecard using (year)
where coalesce(by_year.mentions, 0) <> coalesce(mentions.mentions, 0)
   or coalesce(by_year.signed_documents, 0) <> coalesce(scorecard.signed_documents, 0)
