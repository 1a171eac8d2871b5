"""ROUGE of nlp_kit's key sentences against extractive baselines, same documents, same budget.

Systems: Lead-k, sumy's LexRank and TextRank, pytextrank, and nlp_kit.  Every
system chooses from the same sentences (nlp_kit's narrative sentences of the
same spaCy parse; sumy is fed those pre-split sentences and spaCy's tokens, so
nothing is downloaded) and every ranking is cut by the same budget rule
(``nlp_kit.summary.ranker.fill_budget``).  nlp_kit's ranker also reads the
facts the pipeline extracted (actors, dates, commitments), as in production.

Data (read-only, never copied): ``../shared/evaldata/summaries/`` —
Manor & Li's plain-English summaries of legal terms (446 pairs) and 10 US
bills with CRS summaries (bill text cut at 20,000 characters for every system).

With ``--halves`` every setting is also scored on the even- and the
odd-numbered pairs separately (pair order as loaded): the ranker's few settings
are chosen on the even half of the legal set, so the odd half is the check
that a margin is not an artefact of that choice.

Run:  .venv/bin/python benchmarks/summaries.py [--limit N] [--only NAME] [--halves] [--json]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
import time
from pathlib import Path

import spacy
from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

import nlp_kit
from nlp_kit.about import DEFAULT_MODEL
from nlp_kit.assemble import build_analysis
from nlp_kit.eval.summaries import load_pairs, rouge, truncate
from nlp_kit.ingest import from_text
from nlp_kit.pipeline import make_doc
from nlp_kit.summary import key_sentences
from nlp_kit.summary.ranker import fill_budget, sentence_units

with contextlib.redirect_stdout(io.StringIO()):  # pytextrank prints its install path on import, which broke --json
    import pytextrank  # noqa: F401  (registers the "textrank" factory)

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NLP_KIT_SHARED", ROOT.parent / "shared")) / "evaldata" / "summaries"
BILL_CHARS = 20_000

# dataset directory, budgets (sentences or words), character cut
DATASETS = {
    "legal (Manor & Li, 446 pairs)": ("legal_contracts_plain_english/all_v1.json", [("sentences", 1), ("sentences", 2)], None),
    "US bills (BillML sample, 10)": (
        "billml_us_bills_sample",
        [("sentences", 3), ("words", "reference")],
        BILL_CHARS,
    ),
}


class SpacyWords:
    """sumy tokenizer over words already split by spaCy (no NLTK data needed)."""

    language = "english"

    def __init__(self, words: dict[str, tuple[str, ...]]):
        self._words = words

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return self._words[sentence.strip()]


def sumy_ranking(summarizer, texts: list[str], words: list[tuple[str, ...]]) -> list[int]:
    """Indices of ``texts`` best first, as sumy rates them."""
    tokenizer = SpacyWords({t.strip(): w for t, w in zip(texts, words)})
    sentences = [Sentence(t, tokenizer) for t in texts]
    document = ObjectDocumentModel([Paragraph(sentences)])
    order = {id(s): i for i, s in enumerate(sentences)}
    ranked: list[int] = []

    def capture(infos):
        ranked.extend(order[id(info.sentence)] for info in infos)
        return infos

    summarizer(document, capture)
    return ranked


def pytextrank_ranking(textrank_nlp, narrative: str, texts: list[str]) -> list[int]:
    doc = textrank_nlp(narrative)
    index = {t.strip(): i for i, t in enumerate(texts)}
    ranked = []
    for sentence in doc._.textrank.summary(limit_phrases=15, limit_sentences=len(list(doc.sents)), preserve_order=False):
        i = index.get(sentence.text.strip())
        if i is not None and i not in ranked:
            ranked.append(i)
    return ranked + [i for i in range(len(texts)) if i not in ranked]


def score_halves(references: list[str], systems: dict[str, list[str]]) -> dict[str, dict]:
    """ROUGE of every system on the even- and on the odd-numbered pairs."""
    return {
        half: {
            system: rouge(references[start::2], predictions[start::2]) for system, predictions in systems.items()
        }
        for half, start in (("even", 0), ("odd", 1))
    }


def run(limit: int | None, only: str | None = None, halves: bool = False) -> list[dict]:
    nlp = nlp_kit.load()
    textrank_nlp = spacy.load(DEFAULT_MODEL)
    textrank_nlp.add_pipe("textrank")
    stemmer = Stemmer("english")
    lexrank, textrank = LexRankSummarizer(stemmer), TextRankSummarizer(stemmer)
    lexrank.stop_words = textrank.stop_words = get_stop_words("english")
    results = []
    for name, (relative, budgets, max_chars) in DATASETS.items():
        if only and only.lower() not in name.lower():
            continue
        path = SHARED / relative
        if not path.exists():
            print(f"skipping {name}: {path} not found", file=sys.stderr)
            continue
        pairs = load_pairs(path)[:limit]
        documents = [from_text(truncate(p.text, max_chars)) for p in pairs]
        docs = list(nlp.pipe(make_doc(nlp, d) for d in documents))
        per_doc = []
        facts_of = {}
        for document, doc in zip(documents, docs):
            analysis = build_analysis(doc, document, nlp=nlp)
            facts_of[id(doc)] = {
                "actors": analysis.actors,
                "timexes": analysis.timexes,
                "events": analysis.summary.timeline,
                "commitments": analysis.commitments,
            }
        seconds = {"nlp_kit ranker": 0.0, "sumy LexRank": 0.0, "sumy TextRank": 0.0, "pytextrank": 0.0}
        for pair, document, doc in zip(pairs, documents, docs):
            units = sentence_units(doc)
            texts = [document.text[u.start : u.end] for u in units]
            words = [tuple(t.text for t in doc.char_span(u.start, u.end, alignment_mode="expand") if not t.is_punct) for u in units]
            clock = time.perf_counter()
            lex = sumy_ranking(lexrank, texts, words)
            seconds["sumy LexRank"] += time.perf_counter() - clock
            clock = time.perf_counter()
            tex = sumy_ranking(textrank, texts, words)
            seconds["sumy TextRank"] += time.perf_counter() - clock
            clock = time.perf_counter()
            ptr = pytextrank_ranking(textrank_nlp, document.narrative_text(), texts)
            seconds["pytextrank"] += time.perf_counter() - clock
            per_doc.append((pair, document, doc, units, texts, lex, tex, ptr))
        for unit, amount in budgets:
            systems: dict[str, list[str]] = {k: [] for k in ("Lead", "sumy LexRank", "sumy TextRank", "pytextrank", "nlp_kit")}
            references = []
            for pair, document, doc, units, texts, lex, tex, ptr in per_doc:
                lengths = [u.words for u in units]
                budget = len(pair.summary.split()) if amount == "reference" else amount
                cut = {"max_sentences": budget} if unit == "sentences" else {"max_words": budget}
                for system, ranking in (
                    ("Lead", range(len(units))),
                    ("sumy LexRank", lex),
                    ("sumy TextRank", tex),
                    ("pytextrank", ptr),
                ):
                    systems[system].append(" ".join(texts[i] for i in fill_budget(ranking, lengths, **cut)))
                facts = facts_of[id(doc)]
                clock = time.perf_counter()
                key = key_sentences(doc, document.text, **facts, **cut)
                seconds["nlp_kit ranker"] += time.perf_counter() - clock
                systems["nlp_kit"].append(" ".join(k.text for k in key))
                references.append(pair.summary)
            label = f"{amount} {unit.rstrip('s') if amount == 1 else unit}" if amount != "reference" else "words = reference length"
            scores = {system: rouge(references, predictions) for system, predictions in systems.items()}
            results.append({"dataset": name, "pairs": len(per_doc), "budget": label, "scores": scores})
            if halves:
                results[-1]["halves"] = score_halves(references, systems)
        results[-1]["seconds"] = seconds
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="Use only the first N pairs of each dataset.")
    parser.add_argument("--only", help="Run only the datasets whose name contains this (e.g. bills).")
    parser.add_argument("--halves", action="store_true", help="Also score the even- and odd-numbered pairs apart.")
    parser.add_argument("--json", action="store_true", help="Print the results as JSON.")
    args = parser.parse_args()
    results = run(args.limit, args.only, args.halves)
    if args.json:
        print(json.dumps(results, indent=2))
        return
    for result in results:
        print(f"\n{result['dataset']} — {result['pairs']} documents — budget: {result['budget']}")
        print(f"{'system':<16}{'ROUGE-1 F':>11}{'ROUGE-2 F':>11}{'ROUGE-L F':>11}")
        for system, scores in result["scores"].items():
            print(f"{system:<16}" + "".join(f"{100 * scores[m]['f']:>11.2f}" for m in ("rouge1", "rouge2", "rougeL")))
        for half, by_system in result.get("halves", {}).items():
            print(f"  {half} half ({(result['pairs'] + (half == 'even')) // 2} pairs):")
            for system, scores in by_system.items():
                print(f"  {system:<14}" + "".join(f"{100 * scores[m]['f']:>11.2f}" for m in ("rouge1", "rouge2", "rougeL")))
        if "seconds" in result:
            print("seconds spent ranking (sumy, pytextrank: once per document; nlp_kit: once per budget): " + ", ".join(f"{k} {v:.2f}" for k, v in result["seconds"].items()))


if __name__ == "__main__":
    main()
