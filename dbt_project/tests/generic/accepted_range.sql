{#- Values inside [min_value, max_value] (or the open interval with inclusive=false); either
    bound may be omitted. Nulls pass (not_null says otherwise). Same name and arguments as
    dbt_utils.accepted_range, which we cannot install (no dbt packages offline). -#}
{% test accepted_range(model, column_name, min_value=none, max_value=none, inclusive=true) %}

select {{ column_name }}
from {{ model }}
where false
    {%- if min_value is not none %} or {{ column_name }} {{ '<' if inclusive else '<=' }} {{ min_value }}{% endif %}
    {%- if max_value is not none %} or {{ column_name }} {{ '>' if inclusive else '>=' }} {{ max_value }}{% endif %}

{% endtest %}
