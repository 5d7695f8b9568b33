{#- Person names as the extractor returns them, in English or Russian releases. -#}

{#- Latin spelling of a Cyrillic name (simplified BGN/PCGN, lower case), so that
    "Роман Василенко" and "Roman Vassilenko" can meet. -#}
{% macro transliterate_cyrillic(expression) -%}
    {%- set pairs = [
        ('щ', 'shch'), ('ж', 'zh'), ('ч', 'ch'), ('ш', 'sh'), ('ю', 'yu'), ('я', 'ya'),
        ('х', 'kh'), ('ц', 'ts'), ('ё', 'e'), ('ә', 'a'), ('ғ', 'g'), ('қ', 'q'), ('ң', 'n'),
        ('ө', 'o'), ('ұ', 'u'), ('ү', 'u'), ('һ', 'h'), ('і', 'i'),
        ('а', 'a'), ('б', 'b'), ('в', 'v'), ('г', 'g'), ('д', 'd'), ('е', 'e'), ('з', 'z'),
        ('и', 'i'), ('й', 'y'), ('к', 'k'), ('л', 'l'), ('м', 'm'), ('н', 'n'), ('о', 'o'),
        ('п', 'p'), ('р', 'r'), ('с', 's'), ('т', 't'), ('у', 'u'), ('ф', 'f'), ('ы', 'y'),
        ('э', 'e'), ('ъ', ''), ('ь', '')
    ] -%}
    {%- set ns = namespace(sql='lower(' ~ expression ~ ')') -%}
    {%- for cyrillic, latin in pairs -%}
        {%- set ns.sql = "replace(" ~ ns.sql ~ ", '" ~ cyrillic ~ "', '" ~ latin ~ "')" -%}
    {%- endfor -%}
    {{ ns.sql }}
{%- endmacro %}

{#- The name as an identity: Latin, lower case, no accents or punctuation, single spaces.
    "José  Ataíde-Amaral" -> "jose ataide amaral". -#}
{% macro normalise_person_name(expression) -%}
    nullif(trim(regexp_replace(
        strip_accents({{ transliterate_cyrillic(expression) }}),
        '[^a-z]+', ' ', 'g'
    )), '')
{%- endmacro %}

{#- A spelling-tolerant key for a surname, used only to match the same person
    across releases and languages (never shown): the consonant skeleton of the
    last word, vowels dropped, doubled letters collapsed. Vassilenko / Василенко -> "vslnk",
    Tileuberdi / Тлеуберди -> "tlbrd". -#}
{% macro surname_match_key(expression) -%}
    {%- set consonants = "regexp_replace(list_last(string_split(" ~ normalise_person_name(expression) ~ ", ' ')), '[aeiouy]', '', 'g')" -%}
    {#- RE2 has no back-references, so doubled letters are collapsed on the character list. -#}
    nullif(array_to_string(list_filter(
        string_split({{ consonants }}, ''),
        lambda letter, position: position = 1 or letter != string_split({{ consonants }}, '')[position - 1]
    ), ''), '')
{%- endmacro %}
