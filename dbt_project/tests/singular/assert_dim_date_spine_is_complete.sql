-- dim_date is a gapless calendar from var dim_date_start to var dim_date_end: one row
-- per day, none missing (a relationships test to date_day would otherwise fail on
-- a hole, or pass on a too-short spine).
with

spine as (

    select
        min(date_day)            as first_day,
        max(date_day)            as last_day,
        count(distinct date_day) as days
    from {{ ref('dim_date') }}

)

select *
from spine
where first_day <> date '{{ var("dim_date_start") }}'
   or last_day  <> date '{{ var("dim_date_end") }}'
   or days      <> last_day - first_day + 1
