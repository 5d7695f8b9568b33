"""Bureau of National Statistics of Kazakhstan: annual foreign trade by partner country."""
from sources.bns.checks import Problem, check_turnover_identity, check_unique_partners, check_world_total, run_checks
from sources.bns.editions import Edition, list_editions, load_edition
from sources.bns.parser import (
    BnsLayoutError,
    ParsedWorkbook,
    UnmappedPartnerError,
    parse_workbook,
)

__all__ = [
    "BnsLayoutError", "Edition", "ParsedWorkbook", "Problem", "UnmappedPartnerError",
    "check_turnover_identity", "check_unique_partners", "check_world_total", "list_editions",
    "load_edition", "parse_workbook", "run_checks",
]
