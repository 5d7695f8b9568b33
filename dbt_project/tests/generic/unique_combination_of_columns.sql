{#- No two rows share the same values of all the columns together (a composite key).
    Same name and arguments as dbt_utils.unique_combination_of_columns. -#}
{% test unique_combination_of_columns(model, combination_of_columns, quote_columns=false) %}

{%- set columns = combination_of_columns if not quote_columns
    else combination_of_columns | map('tojson') | list -%}

select {{ columns | join(', ') }}, count(*) as rows_sharing_the_key
from {{ model }}
group by {{ columns | join(', ') }}
having count(*) > 1

{% endtest %}
