{#- The project's surrogate keys: md5 of the fields joined by '|'. A null field is written as
    '∅' so that (a, null, b) and (a, b, null) never share a key; for non-null fields the key is
    md5(concat_ws('|', ...)), the formula every key had before this macro (so no key changed).
    Like dbt_utils.generate_surrogate_key, but with our separator and null marker. -#}
{% macro surrogate_key(fields) -%}
    md5(concat_ws('|'
    {%- for field in fields -%}
        , coalesce(cast({{ field }} as varchar), '∅')
    {%- endfor -%}
    ))
{%- endmacro %}
