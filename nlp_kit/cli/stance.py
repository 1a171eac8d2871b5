"""CLI commands for stance."""

from nlp_kit.cli.app import app, eval_app  # noqa: F401
