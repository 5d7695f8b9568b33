{#- The rank of an office, from a title as written (English or Russian):
    head_of_state > head_of_government > minister > deputy_minister > ambassador > other.
    Titles are compared without accents, which also strips the breve of "й": Cyrillic
    patterns avoid that letter. Order matters: "Deputy Prime Minister - Minister of Foreign Affairs" is a minister,
    "Prime Minister" heads a government, "Deputy Minister" is a deputy. -#}
{% macro official_level(title) -%}
    {%- set t = "lower(strip_accents(coalesce(" ~ title ~ ", '')))" -%}
    case
        when regexp_matches({{ t }}, '^(the )?(president|king|queen|emir|amir|sultan|pope|emperor|grand duke|crown prince and prime minister)$')
          or regexp_matches({{ t }}, '^president of (the )?(republic|state|country)')
          or regexp_matches({{ t }}, '^(президент|король|эмир|султан|папа римский)')
            then 'head_of_state'
        when (regexp_matches({{ t }}, '(^|[^a-z-])(prime minister|premier|chancellor)')
              and not regexp_matches({{ t }}, '(deputy|vice)[ -]+(prime minister|premier|chancellor)'))
          or regexp_matches({{ t }}, '^премьер-министр')
            then 'head_of_government'
        when regexp_matches({{ t }}, '(deputy|vice)[ -]+prime minister|заместитель премьер-министра|вице-премьер')
          or ((regexp_matches({{ t }}, '(^|[^a-z])(minister|fm|foreign secretary|secretary of state)([^a-z]|$)')
               or regexp_matches({{ t }}, '^(министр|глава мид)'))
              and not regexp_matches({{ t }}, '^(first |acting )?(deputy|vice|assistant|under)[ -]|^(первый )?(заместитель|вице-министр)'))
            then 'minister'
        when regexp_matches({{ t }}, '(deputy|vice|assistant|under)[ -].*(minister|secretary)|state secretary|principal secretary|permanent secretary|заместитель министра|вице-министр|статс-секретарь')
            then 'deputy_minister'
        when regexp_matches({{ t }}, 'ambassador|charge d|envoy|consul|посол|поверенн|консул')
            then 'ambassador'
        else 'other'
    end
{%- endmacro %}

{#- 1 = highest. Used to pick the top participant of an event. -#}
{% macro official_level_rank(level) -%}
    case {{ level }}
        when 'head_of_state' then 1
        when 'head_of_government' then 2
        when 'minister' then 3
        when 'deputy_minister' then 4
        when 'ambassador' then 5
        else 6
    end
{%- endmacro %}
