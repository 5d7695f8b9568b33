{#- Text that is present must say something: an empty or whitespace-only string fails
    (it should have been null). Nulls pass (not_null says otherwise). -#}
{% test not_blank(model, column_name) %}

select {{ column_name }}
from {{ model }}
where {{ column_name }} is not null
  and regexp_full_match({{ column_name }}, '\s*')

{% endtest %}
