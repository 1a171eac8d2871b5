"""CLI commands for stance: ``nlp-kit stance PATH`` (= ``stance show``), ``stance train``, ``stance eval``.

``stance`` is a command group whose first argument, when it is not one of the
subcommands, is taken as the PATH of ``show``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from nlp_kit.about import DEFAULT_MODEL
from nlp_kit.cli.app import (
    ActorsOption,
    DctOption,
    FormatOption,
    ModelOption,
    PathArgument,
    analyze_each,
    app,
    check_table_format,
    console,
    fail,
    handle_errors,
    pipeline,
    print_json_results,
)
from nlp_kit.errors import ConfigError


class ShowByDefault(typer.core.TyperGroup):
    """A group that runs ``show`` when its first argument is not a subcommand name."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["show", *args]
        return super().parse_args(ctx, args)


stance_app = typer.Typer(
    cls=ShowByDefault,
    no_args_is_help=True,
    help="Who is for or against what: nlp-kit stance PATH | stance train … | stance eval …",
)
app.add_typer(stance_app, name="stance")

TargetOption = Annotated[
    list[str] | None,
    typer.Option("--target", "-t", help="A target to find stances on, e.g. 'the peace agreement' (repeatable)."),
]


def _read_targets(targets: list[str] | None, targets_file: Path | None) -> list[str]:
    found = list(targets or [])
    if targets_file is not None:
        try:
            lines = targets_file.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise ConfigError(f"cannot read the targets file ({exc.strerror}); give one target per line", path=targets_file) from exc
        found += [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    return found


def stance_table(title: str, stances: list[dict]) -> Table:
    """Holders as rows, targets as columns, cells 'FAVOR 0.77'."""
    targets = list(dict.fromkeys(s["target"] for s in stances))
    holders = list(dict.fromkeys(s["holder"] for s in sorted(stances, key=lambda s: (s["holder"] != "AUTHOR", s["holder"]))))
    table = Table(title=title, title_justify="left")
    table.add_column("holder", no_wrap=True)
    for target in targets:
        table.add_column(target)
    cells = {(s["holder"], s["target"]): s for s in stances}
    colour = {"FAVOR": "green", "AGAINST": "red", "NONE": "dim"}
    for holder in holders:
        row = [holder]
        for target in targets:
            s = cells.get((holder, target))
            row.append(f"[{colour[s['label']]}]{s['label']}[/] {s['score']:.2f}" if s else "")
        table.add_row(*row)
    return table


@stance_app.command("show")
@handle_errors
def show_command(
    path: PathArgument,
    target: TargetOption = None,
    targets: Annotated[Path | None, typer.Option("--targets", help="File with one target per line.")] = None,
    stance_model: Annotated[
        Path | None, typer.Option("--stance-model", help="Directory holding stance.skops (default: the shipped model).")
    ] = None,
    model: ModelOption = DEFAULT_MODEL,
    actors: ActorsOption = None,
    dct: DctOption = None,
    output_format: FormatOption = "table",
    evidence: Annotated[bool, typer.Option("--evidence", help="Also print the evidence sentences.")] = False,
) -> None:
    """Print the holder × target stance table of each document (targets proposed when none are given)."""
    check_table_format(output_format)
    config = {"targets": _read_targets(target, targets)}
    if stance_model is not None:
        config["model_path"] = str(stance_model)
    nlp = pipeline(model, actors, nlp_kit_stance=config)
    results = analyze_each(
        path,
        nlp,
        dct,
        lambda a: {
            "stances": [s.model_dump(mode="json") for s in a.stances],
            "sentence_stances": [s.model_dump(mode="json") for s in a.sentence_stances],
        },
    )
    if output_format == "json":
        print_json_results(results)
        return
    for result in results:
        title = result["source"] or result["doc_id"]
        if not result["stances"]:
            console.print(f"{title}: no stances found")
            continue
        console.print(stance_table(title, result["stances"]))
        if evidence:
            for s in result["stances"]:
                for ev in s["evidence"]:
                    console.print(f"  {s['holder']} {s['label']} {s['target']}: {ev['text']}", markup=False, highlight=False)


@stance_app.command("train")
@handle_errors
def train_command(
    out: Annotated[Path, typer.Option("--out", help="Directory to write stance.skops and meta.json into.")],
    data: Annotated[Path | None, typer.Option("--data", help="Labelled CSV/TSV/JSONL: text, target, label columns.")] = None,
    corpus: Annotated[
        str | None, typer.Option("--corpus", help="'shared': rebuild the shipped model from ../shared/evaldata/stance.")
    ] = None,
    shared: Annotated[Path | None, typer.Option("--shared", help="The shared/ folder (default: ../shared or $NLP_KIT_SHARED).")] = None,
    text_col: Annotated[str, typer.Option("--text-col", help="Column with the sentence.")] = "text",
    target_col: Annotated[str, typer.Option("--target-col", help="Column with the target.")] = "target",
    label_col: Annotated[str, typer.Option("--label-col", help="Column with FAVOR/AGAINST/NONE (or PRO/CON, SUPPORT/UNDERMINE).")] = "label",
) -> None:
    """Train a stance model on labelled data (--data) or rebuild the shipped one (--corpus shared)."""
    from nlp_kit.stance.training import train_from_file, train_shipped

    if (data is None) == (corpus is None):
        fail("give exactly one of --data FILE or --corpus shared", 2)
    if corpus is not None:
        if corpus != "shared":
            fail(f"unknown --corpus '{corpus}'; the only corpus is 'shared'", 2)
        path, meta = train_shipped(out, shared)
        for split, scores in meta["metrics"].items():
            two = scores["two_way"]
            console.print(f"{split}: two-way macro-F1 {two['macro_f1']:.3f}, accuracy {two['accuracy']:.3f}")
    else:
        path = train_from_file(data, out, text_col=text_col, target_col=target_col, label_col=label_col)
    console.print(f"wrote {path}")


@stance_app.command("eval")
@handle_errors
def eval_command(
    data: Annotated[Path, typer.Option("--data", help="Labelled CSV/TSV/JSONL: text, target, label columns.")],
    model: Annotated[Path | None, typer.Option("--model", help="Stance model directory (default: the shipped model).")] = None,
    labels: Annotated[
        str | None,
        typer.Option("--labels", help="Labels the model may predict, e.g. FAVOR,AGAINST,NONE (default: those in the data)."),
    ] = None,
    text_col: Annotated[str, typer.Option("--text-col", help="Column with the sentence.")] = "text",
    target_col: Annotated[str, typer.Option("--target-col", help="Column with the target.")] = "target",
    label_col: Annotated[str, typer.Option("--label-col", help="Column with the gold label.")] = "label",
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score a stance model on labelled data: precision/recall/F1 per class, macro-F1, confusion matrix."""
    from nlp_kit.stance.datasets import normalize_label
    from nlp_kit.stance.training import evaluate_file

    allowed = None
    if labels:
        try:
            allowed = [normalize_label(label) for label in labels.split(",") if label.strip()]
        except ValueError as exc:
            fail(f"{exc}; use FAVOR, AGAINST, NONE", 2)
    report = evaluate_file(data, model, allowed, text_col=text_col, target_col=target_col, label_col=label_col)
    if as_json:
        typer.echo(json.dumps(report, indent=2))
        return
    table = Table(title=f"{data} — {report['n']} rows, predictions among {', '.join(report['predicted_among'])}", title_justify="left")
    for column in ("label", "precision", "recall", "F1", "support"):
        table.add_column(column, justify="left" if column == "label" else "right")
    for label, scores in report["per_class"].items():
        if scores["support"] or label in report["predicted_among"]:
            table.add_row(label, f"{scores['precision']:.3f}", f"{scores['recall']:.3f}", f"{scores['f1']:.3f}", str(scores["support"]))
    console.print(table)
    console.print(f"macro-F1 {report['macro_f1']:.3f}   accuracy {report['accuracy']:.3f}")
    confusion = Table(title="confusion (rows gold, columns predicted)", title_justify="left")
    confusion.add_column("")
    for label in report["labels"]:
        confusion.add_column(label, justify="right")
    for label, row in zip(report["labels"], report["confusion"]):
        confusion.add_row(label, *map(str, row))
    console.print(confusion)
