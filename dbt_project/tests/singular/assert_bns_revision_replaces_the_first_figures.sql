-- The real revision in the shipped BNS files: the 2020 edition printed Russia's 2020
-- turnover rounded to 0.1 thousand USD (18,775,351.5 thousand); the 2021 edition revised
-- it to 18,775,351,559.57 USD. The marts must carry the revised figure, from the 2021
-- edition. Silent until the 2021 edition is loaded.
select
    official.edition_year,
    official.value_usd
from {{ ref('fct_trade_official') }} as official
where official.source = 'bns'
  and official.partner_iso3 = 'RUS'
  and official.year = 2020
  and official.flow = 'turnover'
  and exists (select 1 from {{ ref('fct_trade_official') }} where source = 'bns' and year = 2021)
  and (official.edition_year <> 2021 or abs(official.value_usd - 18775351559.57) > 0.005)
