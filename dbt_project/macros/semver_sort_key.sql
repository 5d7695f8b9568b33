{#- A sortable key for a dotted version string: "0.10.0" sorts after "0.9.3".
    Non-numeric parts (e.g. "rc1") are dropped; equal keys fall back to other columns. -#}
{% macro semver_sort_key(column) -%}
    list_transform(
        string_split(regexp_replace({{ column }}, '[^0-9.]', '', 'g'), '.'),
        lambda part: coalesce(try_cast(part as integer), 0)
    )
{%- endmacro %}
