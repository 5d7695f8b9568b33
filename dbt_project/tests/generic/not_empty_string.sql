{#- Text that is present must say something: an empty (or, with trim_whitespace, a
    whitespace-only) string fails; it should have been null. Nulls pass (not_null says
    otherwise). Same name and arguments as dbt_utils.not_empty_string. -#}
{% test not_empty_string(model, column_name, trim_whitespace=true) %}

select {{ column_name }}
from {{ model }}
where {{ "regexp_full_match(" ~ column_name ~ ", '\\s*')" if trim_whitespace else column_name ~ " = ''" }}

{% endtest %}
