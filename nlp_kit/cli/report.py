"""``nlp-kit report PATH --out DIR`` (HTML pages + index) and ``nlp-kit eval summaries``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from nlp_kit.about import DEFAULT_MODEL
from nlp_kit.cli.analysis import SentencesOption, WordsOption, analyses
from nlp_kit.cli.app import (
    ActorsOption,
    DctOption,
    ModelOption,
    PathArgument,
    app,
    console,
    eval_app,
    handle_errors,
)
from nlp_kit.errors import BatchFailed


@app.command()
@handle_errors
def report(
    path: PathArgument,
    out: Annotated[Path, typer.Option("--out", "-o", help="Directory for the HTML pages and index.html.")],
    sentences: SentencesOption = None,
    words: WordsOption = None,
    title: Annotated[str, typer.Option("--title", help="Title of the index page.")] = "nlp_kit report",
    model: ModelOption = DEFAULT_MODEL,
    dct: DctOption = None,
    actors: ActorsOption = None,
) -> None:
    """Write a self-contained HTML page per document and an index.html linking them (opens offline)."""
    from nlp_kit.sinks.html import write_report

    failures: list[str] = []
    index = write_report(
        analyses(path, model, actors, dct, sentences, words, failures=failures), out, title=title, failures=failures
    )
    pages = sum(1 for p in out.glob("*.html") if p.name != "index.html")
    if failures and not pages:
        raise BatchFailed(f"no document could be reported ({len(failures)} failed)", path=path, stage="report")
    console.print(f"wrote {index} ({pages} pages, {len(failures)} failed)", markup=False, highlight=False, soft_wrap=True)


@eval_app.command("summaries")
@handle_errors
def eval_summaries(
    data: Annotated[Path, typer.Option("--data", help="File or directory of reference summaries (JSON or JSONL).")],
    sentences: Annotated[int | None, typer.Option("--sentences", "-n", min=1, help="Key sentences per summary.")] = None,
    words: Annotated[int | None, typer.Option("--words", "-w", min=1, help="Word budget per summary.")] = None,
    max_chars: Annotated[
        int | None, typer.Option("--max-chars", min=100, help="Cut each source text to this many characters first.")
    ] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Score only the first N pairs.")] = None,
    model: ModelOption = DEFAULT_MODEL,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """ROUGE-1/2/L precision, recall and F1 of nlp_kit's key sentences against reference summaries."""
    from nlp_kit.eval.summaries import evaluate
    from nlp_kit.pipeline import load

    result = evaluate(
        data,
        nlp=load(model),
        max_sentences=sentences if sentences or words else 1,
        max_words=words,
        max_chars=max_chars,
        limit=limit,
    )
    if as_json:
        print(json.dumps(result, indent=2))
        return
    console.print(
        f"{result['data']}: {result['pairs']} pairs, budget {result['budget']}", markup=False, highlight=False, soft_wrap=True
    )
    table = Table()
    for column in ("metric", "P", "R", "F1"):
        table.add_column(column, justify="right" if column != "metric" else "left")
    for metric, scores in result["scores"].items():
        table.add_row(metric, *(f"{100 * scores[k]:.2f}" for k in ("p", "r", "f")))
    console.print(table)
