{#- Every value matches `pattern` as a whole (DuckDB regexp_full_match, RE2 syntax): URLs,
    ISO codes, comma-separated lists. Nulls pass (not_null says otherwise). -#}
{% test matches_regex(model, column_name, pattern) %}

select {{ column_name }}
from {{ model }}
where {{ column_name }} is not null
  and not regexp_full_match({{ column_name }}, '{{ pattern }}')

{% endtest %}
