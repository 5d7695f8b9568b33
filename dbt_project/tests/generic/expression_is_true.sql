{#- A row-level rule written as SQL; rows where it is false fail (nulls pass unless the
    expression says otherwise). With column_name, the expression continues the column
    (`column_name: value_usd, expression: ">= 0"`). Same name and arguments as
    dbt_utils.expression_is_true. -#}
{% test expression_is_true(model, expression, column_name=none) %}

select *
from {{ model }}
where not ({{ column_name ~ ' ' if column_name is not none else '' }}{{ expression }})

{% endtest %}
