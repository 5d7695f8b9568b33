"""The `diplomart` command.

Sub-commands import what they need lazily: `diplomart extract` must start fast
and never import Dagster.
"""
from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="diplomart", description="diplomart: Kazakhstan's bilateral relations warehouse")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="extract facts from releases given as JSON Lines")
    extract.add_argument("input", help="JSON Lines file ({id, text, published, language}); '-' for stdin")

    commands.add_parser("run", help="materialize every asset (the nightly_refresh job) and print the marts' row counts")

    args = parser.parse_args(argv)
    if args.command == "extract":
        from extraction.cli import extract_command

        return extract_command(args.input)
    if args.command == "run":
        from orchestration.run import run_nightly_refresh

        return run_nightly_refresh()
    return 2


if __name__ == "__main__":
    sys.exit(main())
