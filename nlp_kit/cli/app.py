"""The typer application and what every command shares.

Each command module (``nlp_kit.cli.<topic>``) adds its commands to ``app`` or
to ``eval_app``; a command parses options, calls one library function and
renders the result.
"""

from __future__ import annotations

import functools
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

console = Console()
err_console = Console(stderr=True)

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


def iter_inputs(path: str, dct: str | None = None) -> Iterator[Any]:
    """Documents at ``path`` ('-' is stdin): yields Document, or NlpKitError for a document
    that could not be read when ``path`` holds several."""
    from nlp_kit.ingest import read_path

    source: Any = sys.stdin if path == "-" else path
    yield from read_path(source, dct=dct)


def version_callback(value: bool) -> None:
    if value:
        console.print(f"nlp-kit {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=version_callback, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """nlp-kit: structured facts from policy texts."""
