"""CLI commands for report."""

from nlp_kit.cli.app import app, eval_app  # noqa: F401
