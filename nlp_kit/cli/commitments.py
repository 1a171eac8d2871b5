"""CLI commands for commitments: ``nlp-kit commitments PATH``, ``nlp-kit eval commitments``
and ``nlp-kit eval events``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
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
    eval_app,
    handle_errors,
    print_json_results,
)

COMMITMENT_COMPONENTS = ["nlp_kit_actors", "nlp_kit_timex", "nlp_kit_commitments"]
JsonOption = Annotated[bool, typer.Option("--json", help="Print one JSON object instead of a table.")]


def _load(model: str, actors: Path | None = None):
    from nlp_kit.pipeline import load

    config = {"nlp_kit_actors": {"extra_actors": str(actors)}} if actors is not None else {}
    return load(model, components=COMMITMENT_COMPONENTS, config=config)


def _commitment_table(title: str, commitments: list[dict]) -> Table:
    table = Table(title=title, title_justify="left")
    for column in ("actor", "kind", "action", "made", "status", "event"):
        table.add_column(column, overflow="fold", no_wrap=column in ("kind", "status"))
    for c in commitments:
        actor = " + ".join([c["actor"] or "?", *c["co_actors"]])
        if c["speaker"] == "AUTHOR":
            actor += " (author)"
        action = ("not " if c["negated"] else "") + c["action"]
        if c["condition"]:
            action += f" (if: {c['condition']})"
        if c["counterpart"]:
            action += f" → {c['counterpart']}"
        made = (c["made"] or "") + (f" (by {c['deadline']})" if c["deadline"] else "")
        event = f"{c['plover']} {c['cameo']}" if c["plover"] else ""
        table.add_row(*(escape(cell) for cell in (actor, c["kind"], action, made, c["status"], event)))
    return table


@app.command("commitments")
@handle_errors
def commitments_command(
    path: PathArgument,
    model: ModelOption = DEFAULT_MODEL,
    actors: ActorsOption = None,
    dct: DctOption = None,
    output_format: FormatOption = "table",
) -> None:
    """Print who pledged, promised, agreed, demanded or recommended what, when, and whether it was kept."""
    check_table_format(output_format)
    nlp = _load(model, actors)
    results = analyze_each(
        path, nlp, dct, lambda a: {"commitments": [c.model_dump(mode="json") for c in a.commitments]}
    )
    if output_format == "json":
        print_json_results(results)
        return
    for result in results:
        console.print(_commitment_table(result["source"] or result["doc_id"], result["commitments"]))


@eval_app.command("commitments")
@handle_errors
def eval_commitments_command(
    gold: Annotated[Path, typer.Option("--gold", help="Folder of gold JSON files (X.json annotates X.txt).")],
    docs: Annotated[Path, typer.Option("--docs", help="Folder holding the documents X.txt (or X.md).")],
    model: ModelOption = DEFAULT_MODEL,
    as_json: JsonOption = False,
) -> None:
    """Score commitments against gold files: P/R/F1, kind and status accuracy over matches."""
    from nlp_kit.eval.commitments import score_commitments

    report = score_commitments(gold, docs, nlp=_load(model))
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False))
        return
    table = Table(title="commitments", title_justify="left")
    for column in ("document", "precision", "recall", "f1", "kind acc", "status acc", "tp", "fp", "fn"):
        if column == "document":
            table.add_column(column, no_wrap=True)
        else:
            table.add_column(column, justify="right")
    rows = [*report["documents"].items(), ("overall", report["overall"])]
    for name, row in rows:
        table.add_row(
            name, f"{row['precision']:.3f}", f"{row['recall']:.3f}", f"{row['f1']:.3f}",
            f"{row['kind_accuracy']:.3f}", f"{row['status_accuracy']:.3f}", str(row["tp"]), str(row["fp"]), str(row["fn"]),
        )
    console.print(table)
    for name, row in report["documents"].items():
        for evidence in row["missed"]:
            console.print(f"{name}: missed: {evidence}", markup=False, highlight=False)
        for evidence in row["unmatched_predictions"]:
            console.print(f"{name}: extra: {evidence}", markup=False, highlight=False)


@eval_app.command("events")
@handle_errors
def eval_events_command(
    data: Annotated[
        Path, typer.Option("--data", help="The PETRARCH2 validation file PETR2_GSR_validation.xml.")
    ] = Path("../shared/evaldata/events/PETR2_GSR_validation.xml"),
    model: ModelOption = DEFAULT_MODEL,
    as_json: JsonOption = False,
) -> None:
    """Measure commitments and CAMEO/PLOVER codes on the PETRARCH2 validation sentences."""
    from nlp_kit.eval.events import evaluate_events

    report = evaluate_events(data, nlp=_load(model))
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False))
        return
    c = report["commitments"]
    table = Table(title=f"events: {report['sentences']} sentences, {report['commitment_sentences']} with 03x/057/10x gold",
                  title_justify="left")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for label, value in (
        ("commitment recall (source + code family)", c["recall"]),
        ("commitment recall (source, any code)", c["recall_any_code"]),
        ("commitment precision", c["precision"]),
        ("false alarm rate on other sentences", c["false_alarm_rate"]),
        ("PLOVER event-type accuracy", report["event_type_accuracy"]),
    ):
        table.add_row(label, f"{value:.3f}")
    console.print(table)
