"""The typer application and what every command shares.

Each command module (``nlp_kit.cli.<topic>``) adds its commands to ``app`` or
to ``eval_app``; a command parses options, calls one library function and
renders the result.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console

from nlp_kit.about import DEFAULT_MODEL, __version__
from nlp_kit.errors import NlpKitError

app = typer.Typer(
    name="nlp-kit",
    help="Turn policy texts into structured facts: actors, time, commitments, stance, summaries.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
eval_app = typer.Typer(help="Score nlp_kit against gold annotations.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

PIPED_WIDTH = 160
"""Columns of tables written to a pipe or file, where rich would otherwise squeeze them into 80."""


def _make_console(*, stderr: bool = False) -> Console:
    console = Console(stderr=stderr)
    if console.is_terminal or os.environ.get("COLUMNS"):
        return console
    return Console(stderr=stderr, width=PIPED_WIDTH)


console = _make_console()
err_console = _make_console(stderr=True)

F = TypeVar("F", bound=Callable[..., Any])

ModelOption = Annotated[
    str, typer.Option("--model", help="Name of an installed spaCy pipeline to build on.")
]
DctOption = Annotated[
    str | None,
    typer.Option("--dct", help="Document creation time YYYY-MM-DD, for documents whose metadata has none."),
]
ActorsOption = Annotated[
    Path | None,
    typer.Option("--actors", help="CSV or YAML file of extra actors (people, organisations, groups)."),
]
FormatOption = Annotated[str, typer.Option("--format", "-f", help="Output format: table|json.")]
PathArgument = Annotated[str, typer.Argument(help="A file, a directory, or - for standard input.")]


def fail(message: str, exit_code: int) -> None:
    """Print one line to stderr and exit."""
    err_console.print(f"nlp-kit: {message}", markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(exit_code)


def handle_errors(func: F) -> F:
    """Turn user-caused errors into one line on stderr and the documented exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except NlpKitError as exc:
            fail(str(exc), exc.exit_code)

    return wrapper  # type: ignore[return-value]


def pipeline(model: str = DEFAULT_MODEL, actors: Path | None = None, **component_config: dict[str, Any]):
    """Load the nlp_kit pipeline for a command."""
    from nlp_kit.pipeline import load

    config: dict[str, dict[str, Any]] = dict(component_config)
    if actors is not None:
        config.setdefault("nlp_kit_actors", {})["extra_actors"] = str(actors)
    return load(model, config=config)


INPUT_SETTINGS: dict[str, Any] = {}
"""Reading options given before the command (``nlp-kit --max-bytes 1000000 summarize ...``)."""


def iter_inputs(path: str, dct: str | None = None, **options: Any) -> Iterator[Any]:
    """Documents at ``path`` ('-' is stdin): yields Document, or NlpKitError for a document
    that could not be read when ``path`` holds several.

    ``options`` are keywords of ``nlp_kit.ingest.read_path`` (max_bytes,
    language, include, exclude, text_field ...); unset ones come from the
    global reading options.  A malformed ``dct`` raises at once.
    """
    from nlp_kit.ingest import read_path, validate_dct

    validate_dct(dct)
    source: Any = sys.stdin if path == "-" else path
    return read_path(source, dct=dct, **{**INPUT_SETTINGS, **options})


def readable_inputs(path: str, dct: str | None = None, *, failures: list[str] | None = None) -> Iterator[Any]:
    """The Documents at ``path``; each one that cannot be read is reported on stderr as one
    line and skipped, and when none could be read the command exits with the last failure's code.
    ``failures``: also collect each failure's message there, and leave what to do when none could
    be read to the caller (``nlp-kit report`` still writes an index that lists them)."""
    done = 0
    last_error: NlpKitError | None = None
    for item in iter_inputs(path, dct=dct):
        if isinstance(item, NlpKitError):
            err_console.print(f"nlp-kit: {item}", markup=False, highlight=False, soft_wrap=True)
            last_error = item
            if failures is not None:
                failures.append(str(item))
            continue
        done += 1
        yield item
    if last_error is not None and not done and failures is None:
        raise typer.Exit(last_error.exit_code)


def analyze_each(path: str, nlp: Any, dct: str | None, fields: Callable[[Any], dict[str, Any]]) -> list[dict[str, Any]]:
    """One JSON-ready record per readable document at ``path``: its doc_id and source plus
    ``fields(analysis)``, e.g. ``lambda a: {"actors": [...]}``."""
    from nlp_kit.pipeline import analyze

    results = []
    for document in readable_inputs(path, dct=dct):
        analysis = analyze(document, nlp=nlp, include_text=False)
        results.append({"doc_id": analysis.meta.doc_id, "source": analysis.meta.source, **fields(analysis)})
    return results


def check_table_format(output_format: str) -> None:
    """Exit with a usage error unless ``output_format`` is table or json."""
    if output_format not in ("table", "json"):
        fail(f"unknown --format '{output_format}'; use table or json", 2)


def print_json_results(results: list[dict[str, Any]]) -> None:
    """One JSON object for one document, a list for several."""
    typer.echo(json.dumps(results[0] if len(results) == 1 else results, ensure_ascii=False, indent=2))


def version_callback(value: bool) -> None:
    if value:
        console.print(f"nlp-kit {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=version_callback, is_eager=True, help="Show the version and exit.")
    ] = False,
    max_bytes: Annotated[
        int,
        typer.Option("--max-bytes", envvar="NLP_KIT_MAX_BYTES", min=1, help="Largest document text read, in bytes."),
    ] = 5_000_000,
    language: Annotated[
        str,
        typer.Option("--language", envvar="NLP_KIT_LANGUAGE", help="ISO 639-1 language documents must be in."),
    ] = "en",
    allow_any_language: Annotated[
        bool, typer.Option("--allow-any-language", help="Read documents in any language (no language check).")
    ] = False,
    include: Annotated[
        list[str] | None, typer.Option("--include", help="Glob of files to read in a directory (repeatable).")
    ] = None,
    exclude: Annotated[
        list[str] | None, typer.Option("--exclude", help="Glob of files to skip in a directory (repeatable).")
    ] = None,
    text_field: Annotated[str, typer.Option("--text-field", help="JSONL/CSV field holding the text.")] = "text",
    id_field: Annotated[str, typer.Option("--id-field", help="JSONL/CSV field holding the document id.")] = "id",
    title_field: Annotated[str, typer.Option("--title-field", help="JSONL/CSV field holding the title.")] = "title",
    date_field: Annotated[
        str, typer.Option("--date-field", help="JSONL/CSV field holding the publication date.")
    ] = "date",
    markup: Annotated[
        str, typer.Option("--markup", help="Corpus texts are: auto (detect Markdown), plain or markdown.")
    ] = "auto",
) -> None:
    """nlp-kit: structured facts from policy texts.

    Reading options go before the command: nlp-kit --max-bytes 1000000 summarize corpus/
    """
    if markup not in {"auto", "plain", "markdown"}:
        fail(f"unknown --markup '{markup}': use auto, plain or markdown", 2)
    INPUT_SETTINGS.clear()
    INPUT_SETTINGS.update(
        max_bytes=max_bytes,
        language=None if allow_any_language or language.lower() in {"any", "*"} else language.lower(),
        include=tuple(include or ()),
        exclude=tuple(exclude or ()),
        text_field=text_field,
        id_field=id_field,
        title_field=title_field,
        date_field=date_field,
        markup=markup,
    )
