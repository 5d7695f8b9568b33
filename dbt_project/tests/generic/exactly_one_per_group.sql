{#- Exactly one row per group has the flag set (e.g. one current version per release). -#}
{% test exactly_one_per_group(model, column_name, group_by) %}

select
    {{ group_by | join(', ') }},
    count(*) filter (where {{ column_name }}) as flagged_rows
from {{ model }}
group by {{ group_by | join(', ') }}
having count(*) filter (where {{ column_name }}) <> 1

{% endtest %}
