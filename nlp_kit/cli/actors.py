"""CLI commands for actors: ``nlp-kit actors PATH`` and ``nlp-kit eval actors``."""

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
    eval_app,
    handle_errors,
    print_json_results,
)


def _actor_table(title: str, actors: list[dict]) -> Table:
    table = Table(title=title, title_justify="left")
    for column, justify in (("id", "left"), ("name", "left"), ("type", "left"), ("affiliation", "left"),
                            ("titles", "left"), ("mentions", "right"), ("salience", "right")):
        table.add_column(column, justify=justify, no_wrap=column == "id")  # type: ignore[arg-type]
    for actor in sorted(actors, key=lambda a: -a["salience"]):
        table.add_row(
            actor["id"], actor["name"], actor["type"], actor["affiliation"] or "",
            ", ".join(actor["titles"]), str(actor["mention_count"]), f"{actor['salience']:.2f}",
        )
    return table


@app.command("actors")
@handle_errors
def actors_command(
    path: PathArgument,
    model: ModelOption = DEFAULT_MODEL,
    actors: ActorsOption = None,
    dct: DctOption = None,
    output_format: FormatOption = "table",
) -> None:
    """Print the actors of each document: id, name, type, affiliation, mentions, salience."""
    from nlp_kit.pipeline import load

    check_table_format(output_format)
    config = {"nlp_kit_actors": {"extra_actors": str(actors)}} if actors is not None else {}
    nlp = load(model, components=["nlp_kit_actors"], config=config)
    results = analyze_each(path, nlp, dct, lambda a: {"actors": [actor.model_dump(mode="json") for actor in a.actors]})
    if output_format == "json":
        print_json_results(results)
        return
    for result in results:
        console.print(_actor_table(result["source"] or result["doc_id"], result["actors"]))


@eval_app.command("actors")
@handle_errors
def eval_actors_command(
    gold: Annotated[Path, typer.Option("--gold", help="Folder of gold JSON files (X.json annotates X.txt).")],
    docs: Annotated[Path, typer.Option("--docs", help="Folder holding the documents X.txt (or X.md).")],
    model: ModelOption = DEFAULT_MODEL,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object instead of a table.")] = False,
) -> None:
    """Score actors against gold files: P/R/F1 by actor id and by mention."""
    from nlp_kit.eval.actors import score_actors
    from nlp_kit.pipeline import load

    report = score_actors(gold, docs, nlp=load(model, components=["nlp_kit_actors"]))
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False))
        return
    table = Table(title="actors", title_justify="left")
    for column in ("level", "precision", "recall", "f1", "tp", "predicted", "gold"):
        table.add_column(column, justify="left" if column == "level" else "right")
    for level in ("actors", "mentions"):
        row = report[level]
        table.add_row(level, f"{row['precision']:.3f}", f"{row['recall']:.3f}", f"{row['f1']:.3f}",
                      str(row["tp"]), str(row["predicted"]), str(row["gold"]))
    console.print(table)
    for document in report["documents"]:
        console.print(f"{document['doc_id']}: missed {document['missed'] or '-'}; extra {document['extra'] or '-'}",
                      markup=False, highlight=False)
