{#- A year Kazakhstan's figures can cover: from independence (1991) to the project's
    var latest_plausible_year (an accepted_range with the project's bounds). Nulls pass. -#}
{% test plausible_year(model, column_name) %}

{{ test_accepted_range(model, column_name, min_value=1991, max_value=var('latest_plausible_year')) }}

{% endtest %}
