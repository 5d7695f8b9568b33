"""Byte-for-byte check of the extractor's output, for refactors that must change nothing.

    .venv/bin/python scripts/extraction_identity.py dump before.json [CORPUS_DIR ...]
    ... change the code ...
    .venv/bin/python scripts/extraction_identity.py dump after.json [CORPUS_DIR ...]
    .venv/bin/python scripts/extraction_identity.py diff before.json after.json

A dump is every fact `extract()` gives for every release of the corpora (NNN.txt files with the header
of tests/extraction/unseen), plus a fixed set of random texts per language made of that language's own
words in the corpora (which finds the odd constructions no release has), as sorted-key JSON.  With no
corpus given it uses the probe set in the repository and the shared corpora when they are on the machine.
"""
from __future__ import annotations

import hashlib
import json
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extraction import extract  # noqa: E402


def default_corpora() -> list[Path]:
    corpora = [ROOT / "tests" / "extraction" / "unseen"]
    shared = Path(os.environ.get("DIPLOMART_SHARED_DIR") or ROOT.parent / "shared") / "corpus"
    corpora += [shared / name for name in ("seed", "dev", "train", "dev-ru") if (shared / name).is_dir()]
    return corpora


def read(path: Path) -> tuple[str, str | None, str]:
    head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
    meta = dict(line.split(":", 1) for line in head.splitlines() if ":" in line)
    published = meta.get("published", "").strip()
    return body, (published if published[:2] in ("19", "20") else None), meta.get("language", "en").strip() or "en"


def dump(out: Path, corpora: list[Path]) -> None:
    results, words = [], {"en": [], "ru": []}
    for corpus in corpora:
        for path in sorted(corpus.glob("*.txt")):
            body, published, language = read(path)
            # (the parent's name too: held-out sets are split into en/ and ru/ folders of one name)
            case = f"{corpus.parent.name}/{corpus.name}/{path.stem}"
            results.append({"case": case, "facts": extract(body, published, language)})
            words.setdefault(language, []).extend(body.split())
    for language, pool in words.items():
        rng = random.Random(7)
        prefix = "random" if language == "en" else f"random-{language}"
        for index in range(300):
            text = " ".join(rng.choice(pool) for _ in range(rng.randint(5, 120))) if pool else ""
            results.append({"case": f"{prefix}/{index}", "facts": extract(text, "2024-05-05", language)})
    blob = json.dumps(results, sort_keys=True, ensure_ascii=False)
    out.write_text(blob, encoding="utf-8")
    print(f"{out}: {len(results)} results, sha256 {hashlib.sha256(blob.encode()).hexdigest()[:16]}")


def diff(before: Path, after: Path) -> int:
    a = {r["case"]: r["facts"] for r in json.loads(before.read_text(encoding="utf-8"))}
    b = {r["case"]: r["facts"] for r in json.loads(after.read_text(encoding="utf-8"))}
    changed = [case for case in a if a[case] != b.get(case)] + [case for case in b if case not in a]
    for case in changed[:20]:
        for key in sorted(set(a.get(case, {})) | set(b.get(case, {}))):
            if a.get(case, {}).get(key) != b.get(case, {}).get(key):
                print(f"{case} {key}:\n  - {json.dumps(a.get(case, {}).get(key))[:400]}\n"
                      f"  + {json.dumps(b.get(case, {}).get(key))[:400]}")
    print(f"{len(changed)} of {len(a)} results changed")
    return 1 if changed else 0


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "dump":
        dump(Path(argv[1]), [Path(p) for p in argv[2:]] or default_corpora())
        return 0
    if len(argv) == 3 and argv[0] == "diff":
        return diff(Path(argv[1]), Path(argv[2]))
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
