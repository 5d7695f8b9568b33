{#- Trade turnover is exports + imports. BNS publishes each figure rounded on its own
    (to 0.1 thousand USD, and older editions to whole thousands), so the identity holds
    only up to `tolerance` in the model's currency unit. -#}
{% test turnover_equals_exports_plus_imports(model, turnover_column, exports_column, imports_column, tolerance=1000) %}

select
    {{ turnover_column }} as turnover,
    {{ exports_column }}  as exports,
    {{ imports_column }}  as imports,
    {{ turnover_column }} - ({{ exports_column }} + {{ imports_column }}) as difference
from {{ model }}
where {{ turnover_column }} is not null
  and {{ exports_column }} is not null
  and {{ imports_column }} is not null
  and abs({{ turnover_column }} - ({{ exports_column }} + {{ imports_column }})) > {{ tolerance }}

{% endtest %}
