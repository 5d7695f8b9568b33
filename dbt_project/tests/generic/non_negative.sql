{#- Money, counts and gaps that cannot be below zero. Nulls pass (not_null says otherwise). -#}
{% test non_negative(model, column_name) %}

select {{ column_name }}
from {{ model }}
where {{ column_name }} < 0

{% endtest %}
