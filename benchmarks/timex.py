"""TempEval-3 measures of nlp_kit_timex on development and held-out data, and its cost, in one run.

Split (fixed, by corpus): TimeBank (183 docs) is the development part the
grammar was tuned on; AQUAINT (73 docs) is held out and was never looked at
error by error.  Also scores the reference article's gold.  Data is read from
``../shared`` (never copied into the project).

Cost: seconds for tagger+parser+lemmatizer over the TimeBank texts and for the
timex component alone on the parsed Docs, measured in the same run, and the
ratio (base + timex) / base.

    python benchmarks/timex.py
"""

from __future__ import annotations

import time
from pathlib import Path

from nlp_kit.eval.timex import load_timex_gold, predict, score_timexes, timex_pipeline

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SETS = {
    "TimeBank (dev)": SHARED / "evaldata" / "timex" / "train" / "TimeBank",
    "AQUAINT (held out)": SHARED / "evaldata" / "timex" / "train" / "AQUAINT",
    "reference article": SHARED / "gold" / "south-caucasus-peace.json",
}


def main() -> None:
    nlp = timex_pipeline()
    print(f"{'data':<20} {'docs':>5} {'strict F1':>9} {'relaxed P':>9} {'relaxed R':>9} {'relaxed F1':>10} "
          f"{'type F1':>8} {'value acc':>9} {'value F1':>8}")
    for name, path in SETS.items():
        documents = load_timex_gold(path)
        predict(documents, nlp)
        r = score_timexes(documents)
        print(f"{name:<20} {r['documents']:>5} {r['strict']['f1']:>9.3f} {r['relaxed']['precision']:>9.3f} "
              f"{r['relaxed']['recall']:>9.3f} {r['relaxed']['f1']:>10.3f} {r['type']['f1']:>8.3f} "
              f"{r['value']['accuracy']:>9.3f} {r['value']['f1']:>8.3f}")

    texts = [d.text for d in load_timex_gold(SETS["TimeBank (dev)"])]
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

if __name__ == "__main__":
    main()
