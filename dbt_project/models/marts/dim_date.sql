-- One row per calendar day of the spine (vars dim_date_start..dim_date_end).
with

days as (

    select cast(day as date) as date_day
    from range(
        date '{{ var("dim_date_start") }}',
        date '{{ var("dim_date_end") }}' + interval 1 day,
        interval 1 day
    ) as spine(day)

)

select
    date_day,
    year(date_day)                          as year,
    quarter(date_day)                       as quarter,
    month(date_day)                         as month,
    strftime(date_day, '%B')                as month_name,
    day(date_day)                           as day_of_month,
    dayofyear(date_day)                     as day_of_year,
    isoyear(date_day)                       as iso_year,
    weekofyear(date_day)                    as iso_week,
    isodow(date_day)                        as iso_day_of_week,
    strftime(date_day, '%A')                as day_name,
    isodow(date_day) in (6, 7)              as is_weekend,
    date_trunc('month', date_day)::date     as month_start_date,
    date_trunc('quarter', date_day)::date   as quarter_start_date,
    date_trunc('year', date_day)::date      as year_start_date
from days
