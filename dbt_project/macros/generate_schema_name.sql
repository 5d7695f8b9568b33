{#- Use the custom schema name as-is (staging, intermediate, marts, reference):
    the publish step and BI address `marts.<table>`, not `main_marts.<table>`. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
