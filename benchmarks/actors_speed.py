"""Cost of the nlp_kit_actors component relative to the base spaCy pipeline.

Runs the base pipeline alone and the base pipeline plus ``nlp_kit_actors`` side by side on
the same documents (the first ``--limit`` texts of the White House bulk corpus) and prints
docs/s for each and the ratio. Usage:

    .venv/bin/python benchmarks/actors_speed.py --limit 200
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import spacy

import nlp_kit  # noqa: F401  (registers the factories)
from nlp_kit.about import DEFAULT_MODEL

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "whitehouse" / "bulk.jsonl"


def texts(path: Path, limit: int) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for _, line in zip(range(limit), handle)]


def docs_per_second(nlp, batch: list[str]) -> tuple[float, int]:
    start = time.perf_counter()
    mentions = sum(len(doc.spans.get("nlp_kit_actors", [])) for doc in nlp.pipe(batch, batch_size=16))
    return len(batch) / (time.perf_counter() - start), mentions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=200, help="Number of documents.")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="JSONL file with a 'text' field.")
    args = parser.parse_args()
    batch = texts(args.corpus, args.limit)
    base = spacy.load(DEFAULT_MODEL)
    with_actors = spacy.load(DEFAULT_MODEL)
    started = time.perf_counter()
    with_actors.add_pipe("nlp_kit_actors")
    build = time.perf_counter() - started
    docs_per_second(base, batch[:8])
    base_rate, _ = docs_per_second(base, batch)
    actors_rate, mentions = docs_per_second(with_actors, batch)
    words = sum(len(text.split()) for text in batch)
    print(f"documents: {len(batch)}  words: {words}  actor mentions: {mentions}")
    print(f"component build (gazetteer + matchers): {build:.2f} s")
    print(f"base pipeline:          {base_rate:7.1f} docs/s")
    print(f"base + nlp_kit_actors:  {actors_rate:7.1f} docs/s")
    print(f"time ratio (with actors / base): {base_rate / actors_rate:.3f}")


if __name__ == "__main__":
    main()
