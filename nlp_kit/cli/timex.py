"""CLI commands for timex."""

from nlp_kit.cli.app import app, eval_app  # noqa: F401
