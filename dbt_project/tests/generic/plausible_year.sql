{#- A year Kazakhstan's figures can cover: from independence (1991) to the
    project's var latest_plausible_year. Nulls pass. -#}
{% test plausible_year(model, column_name) %}

select {{ column_name }}
from {{ model }}
where {{ column_name }} < 1991
   or {{ column_name }} > {{ var('latest_plausible_year') }}

{% endtest %}
