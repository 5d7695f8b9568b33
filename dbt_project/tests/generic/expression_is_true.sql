{#- A row-level rule written as SQL; rows where it is false fail (nulls pass unless the
    expression says otherwise). The project's own stand-in for dbt_utils.expression_is_true. -#}
{% test expression_is_true(model, expression) %}

select *
from {{ model }}
where not ({{ expression }})

{% endtest %}
