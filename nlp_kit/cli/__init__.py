"""Command-line interface: ``nlp-kit`` (typer), a thin shell over the library."""

from nlp_kit.cli import analysis, actors, commitments, process, report, stance, timex  # noqa: F401
from nlp_kit.cli.app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
