{#- Half a unit of the last significant digit a quoted figure shows, at its scale:
    the largest power of ten dividing the value, halved. "50.5 million" = 50,500,000
    -> 100,000 / 2 = 50,000; "$2.8bn" -> 50,000,000; a value with cents -> 0.005. -#}
{% macro quoted_rounding(value) -%}
    case
        when {{ value }} is null or {{ value }} = 0 then null
        when {{ value }} <> round({{ value }}) then 0.005
        else power(10,
            length(cast(cast(abs({{ value }}) as hugeint) as varchar))
            - length(rtrim(cast(cast(abs({{ value }}) as hugeint) as varchar), '0'))
        ) / 2
    end
{%- endmacro %}
