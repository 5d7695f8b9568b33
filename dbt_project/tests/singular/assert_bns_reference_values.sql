-- Figures checked by hand against the BNS workbooks (shared/data/README.md): the
-- 2023 edition's Kazakhstan–Portugal trade. Guards the x1000 scaling, the column
-- order and the newest-edition rule. Silent when no 2023 BNS data is loaded yet.
with

expected (flow, value_usd) as (

    values ('turnover', 50679800), ('exports', 4912100), ('imports', 45767700)

)

select
    expected.flow,
    expected.value_usd as expected_value_usd,
    official.value_usd as actual_value_usd
from expected
left join {{ ref('fct_trade_official') }} as official
    on  official.source = 'bns'
    and official.partner_iso3 = 'PRT'
    and official.year = 2023
    and official.flow = expected.flow
where exists (select 1 from {{ ref('fct_trade_official') }} where source = 'bns' and year = 2023)
  -- published to 0.1 thousand USD
  and (official.value_usd is null or abs(official.value_usd - expected.value_usd) > 100)
