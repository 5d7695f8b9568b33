"""Dagster assets. Beta features used on purpose, whose warning would print on every load
of the code location (each run, each `make dev` reload) and say nothing new:

- `backfill_policy=BackfillPolicy.single_run()`: one run fetches a range of partitions
  (one paging pass over gov.kz instead of one per month);
- code references (`LocalFileCodeReference`, `CodeReferencesMetadataValue`): the UI's links
  from each asset to the file that defines it.
"""
import warnings

import dagster as dg

for _message in (r"Parameter `backfill_policy` of function", r"Class `LocalFileCodeReference`",
                 r"Class `CodeReferencesMetadataValue`"):
    warnings.filterwarnings("ignore", message=_message, category=dg.BetaWarning)
