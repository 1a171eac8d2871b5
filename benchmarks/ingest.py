"""Reading speed of ``nlp_kit.ingest.read_path`` against bare ``json.loads``, side by side in one run.

Reads the White House corpus (``../shared/corpus/whitehouse/bulk.jsonl``,
2,868 statements) twice in the same process: once with ``json.loads`` per
line (the floor: no decoding checks, no structure, no language check) and
once with ``read_path`` (charset/mojibake check, Markdown rendering,
structure detection, size and language checks).  Prints documents/s,
words/s and the ratio of the two; also how many rows were refused and why.

    python benchmarks/ingest.py
    python benchmarks/ingest.py --corpus corpus/regional-statements.jsonl
"""

from __future__ import annotations

import argparse
import collections
import json
import time
from pathlib import Path

from nlp_kit.ingest import read_path

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "whitehouse" / "bulk.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT, help="A JSONL corpus with a 'text' field.")
    args = parser.parse_args()

    start = time.perf_counter()
    with args.corpus.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    bare = time.perf_counter() - start
    words = sum(len(row.get("text", "").split()) for row in rows)

    start = time.perf_counter()
    items = list(read_path(args.corpus))
    full = time.perf_counter() - start
    refused = collections.Counter(type(i).__name__ for i in items if isinstance(i, Exception))

    print(f"corpus: {args.corpus} ({len(rows):,} rows, {words:,} words)")
    print(f"json.loads : {bare:7.2f} s  {len(rows) / bare:9,.0f} docs/s  {words / bare:12,.0f} words/s")
    print(f"read_path  : {full:7.2f} s  {len(rows) / full:9,.0f} docs/s  {words / full:12,.0f} words/s")
    print(f"read_path / json.loads time: {full / bare:.1f}x")
    print(f"documents: {len(items) - sum(refused.values()):,}  refused: {dict(refused) or 0}")


if __name__ == "__main__":
    main()
