"""`diplomart run` with one test hook, run as its own process by test_reliability_crash.py.

    python pause_after_landing.py MARKER_FILE

The release versions of the run are committed to raw.press_release_versions, then, before the
rejects are recorded and before any fact is extracted, the process writes MARKER_FILE and
sleeps, so that the test can SIGKILL it at exactly that point of the ingestion - while the run
holds the warehouse's pool slot. Everything else is the real command.
"""
import sys
import time
from pathlib import Path

import orchestration.assets.press_releases as press_releases
from orchestration.cli import main

land_release_versions = press_releases.land_release_versions


def land_then_pause(*args, **kwargs):
    land_release_versions(*args, **kwargs)
    Path(sys.argv[1]).write_text("versions committed; nothing after them\n")
    time.sleep(600)
    raise SystemExit("pause_after_landing: not killed within 600 s")


press_releases.land_release_versions = land_then_pause
sys.exit(main(["run"]))
