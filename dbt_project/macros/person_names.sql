{#- Person names as the extractor returns them. Cyrillic names reach dbt already in the
    ministry's Latin spelling (raw.person_name_keys, keyed by extraction.lang.ru.translit):
    the transliteration has one home, in Python. -#}

{#- A Latin name as an identity for reading and search: lower case, no accents or
    punctuation, single spaces. "José  Ataíde-Amaral" -> "jose ataide amaral". -#}
{% macro normalise_person_name(expression) -%}
    nullif(trim(regexp_replace(
        strip_accents(lower({{ expression }})),
        '[^a-z]+', ' ', 'g'
    )), '')
{%- endmacro %}
