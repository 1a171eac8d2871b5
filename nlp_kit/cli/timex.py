"""CLI commands for time: ``nlp-kit timeline PATH``, ``nlp-kit timeml PATH`` and ``nlp-kit eval timex``."""

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
    err_console,
    eval_app,
    fail,
    handle_errors,
    pipeline,
    print_json_results,
    readable_inputs,
)
from nlp_kit.errors import NlpKitError
from nlp_kit.timex.timeline import readable_value


def _timeline_table(title: str, events: list[dict], timexes: dict[str, dict]) -> Table:
    table = Table(title=title, title_justify="left", expand=True)
    table.add_column("when", no_wrap=True)
    table.add_column("value", no_wrap=True)
    table.add_column("expression", max_width=18)
    table.add_column("event", max_width=12)
    table.add_column("actors", max_width=14)
    table.add_column("description", ratio=1)
    for event in events:
        timex = timexes.get(event["timex_id"], {})
        value = event["value"] + (f" {timex['mod']}" if timex.get("mod") else "")
        if timex.get("range_end"):
            value += f" – {timex['range_end']}"
        table.add_row(
            readable_value(event["value"], timex.get("mod"), timex.get("range_end"))
            + (" ?" if event["uncertain"] else ""),
            value,
            timex.get("text", ""),
            event["predicate"] or "",
            ", ".join(event["actors"]),
            event["description"],
        )
    return table


@app.command("timeline")
@handle_errors
def timeline_command(
    path: PathArgument,
    model: ModelOption = DEFAULT_MODEL,
    actors: ActorsOption = None,
    dct: DctOption = None,
    output_format: FormatOption = "table",
) -> None:
    """Print each document's timeline: dated events in chronological order (? = uncertain placement)."""
    check_table_format(output_format)
    nlp = pipeline(model, actors)
    results = analyze_each(
        path,
        nlp,
        dct,
        lambda a: {
            "dct": a.meta.date,
            "timeline": [event.model_dump(mode="json") for event in a.summary.timeline],
            "timexes": [timex.model_dump(mode="json") for timex in a.timexes],
        },
    )
    if output_format == "json":
        print_json_results(results)
        return
    for result in results:
        title = f"{result['source'] or result['doc_id']} (creation time: {result['dct'] or 'unknown'})"
        console.print(_timeline_table(title, result["timeline"], {t["id"]: t for t in result["timexes"]}))


def _is_timeml(path: str) -> bool:
    p = Path(path)
    return p.suffix == ".tml" if p.is_file() else p.is_dir() and any(
        not f.name.startswith("._") for f in p.rglob("*.tml"))


def _timeml_outputs(path: str, model: str, actors: Path | None, dct: str | None):
    """(name, TimeML text) per document at ``path``, or (name, error) for a file that cannot be read."""
    from nlp_kit.eval.timeml import read_timeml, retag_timeml, timeml_document, timeml_files

    if _is_timeml(path):
        from nlp_kit.eval.timex import timex_pipeline

        nlp = timex_pipeline(model)
        root = Path(path) if Path(path).is_dir() else Path(path).parent
        for file in timeml_files(path):
            try:
                source = read_timeml(file)
                doc = nlp.make_doc(source.text)
                doc._.dct = source.dct or dct
                yield file.relative_to(root), retag_timeml(file, nlp(doc)._.timexes)
            except NlpKitError as exc:
                yield file.relative_to(root), exc
        return
    from nlp_kit.pipeline import analyze
    from nlp_kit.sinks.json import file_stem

    nlp = pipeline(model, actors)
    for document in readable_inputs(path, dct=dct):
        analysis = analyze(document, nlp=nlp, include_text=True)
        timexes = [timex.model_dump(mode="json") for timex in analysis.timexes]
        yield (Path(file_stem(analysis) + ".tml"),
               timeml_document(analysis.meta.doc_id, analysis.text or "", analysis.meta.date, timexes))


@app.command("timeml")
@handle_errors
def timeml_command(
    path: PathArgument,
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Folder to write NAME.tml into (the input's folder layout kept for .tml)."),
    ] = None,
    model: ModelOption = DEFAULT_MODEL,
    actors: ActorsOption = None,
    dct: DctOption = None,
) -> None:
    """Tag time expressions as TimeML TIMEX3: a .tml file (TempEval-3 input) comes back with nlp_kit's tags in
    its TEXT, for the organisers' scorer; any other document becomes a TimeML document. One document without
    --out is printed."""
    from nlp_kit.sinks.json import atomic_write_text

    outputs = _timeml_outputs(path, model, actors, dct)
    if out is None:
        first = next(outputs, None)
        if first is not None and next(outputs, None) is not None:
            fail("several documents: pass --out DIR to write one .tml file each", 2)
        outputs = iter([first] if first else [])
    done, last_error = 0, None
    for name, result in outputs:
        if isinstance(result, NlpKitError):
            err_console.print(f"nlp-kit: {result}", markup=False, highlight=False, soft_wrap=True)
            last_error = result
            continue
        if out is None:
            typer.echo(result, nl=False)
        else:
            atomic_write_text(out / name, result)
        done += 1
    if out is not None:
        err_console.print(f"wrote {done} TimeML file(s) to {out}", markup=False, highlight=False)
    if last_error is not None and not done:
        raise typer.Exit(last_error.exit_code)


@eval_app.command("timex")
@handle_errors
def eval_timex_command(
    gold: Annotated[
        Path, typer.Option("--gold", help="TimeML .tml file or folder, or gold JSON file or folder (X.json).")
    ],
    docs: Annotated[
        Path | None, typer.Option("--docs", help="Folder of the texts X.txt for JSON gold (default: beside it), or a JSONL corpus whose rows the gold doc_ids name.")
    ] = None,
    model: ModelOption = DEFAULT_MODEL,
    limit: Annotated[int | None, typer.Option("--limit", help="Score only the first N documents.")] = None,
    errors: Annotated[int, typer.Option("--errors", help="Also list up to N disagreements.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object instead of a table.")] = False,
) -> None:
    """Score time expressions with the TempEval-3 measures: strict/relaxed span P/R/F1, type and value F1;
    with TimeML gold, also how often the timeline attaches a date to the event the gold's TLINKs anchor it to."""
    from nlp_kit.eval.timex import evaluate_timex, timex_pipeline

    report = evaluate_timex(gold, docs_dir=docs, nlp=timex_pipeline(model), limit=limit)
    disagreements = report.pop("errors")
    misattached = report["timeline"].pop("errors") if "timeline" in report else []
    if as_json:
        if "timeline" in report:
            report["timeline"]["errors"] = misattached[:errors]
        typer.echo(json.dumps({**report, "errors": disagreements[:errors]}, ensure_ascii=False))
        return
    table = Table(title=f"timex ({report['documents']} documents)", title_justify="left")
    for column in ("measure", "precision", "recall", "f1", "accuracy", "tp", "predicted", "gold"):
        table.add_column(column, justify="left" if column == "measure" else "right")
    for level in ("strict", "relaxed"):
        row = report[level]
        table.add_row(f"span {level}", f"{row['precision']:.3f}", f"{row['recall']:.3f}", f"{row['f1']:.3f}", "",
                      str(row["tp"]), str(row["predicted"]), str(row["gold"]))
    for attribute, label in (("type", "type"), ("value", "value"), ("value_exact", "value (exact string)")):
        row = report[attribute]
        table.add_row(label, "", "", f"{row['f1']:.3f}", f"{row['accuracy']:.3f}", "", "", "")
    if "timeline" in report:  # TimeML gold with TLINKs: is each date on the timeline with its event?
        row = report["timeline"]
        table.add_row("timeline event", "", "", "", f"{row['accuracy']:.3f}", str(row["attached"]),
                      str(row["placed"]), str(row["linked"]))
    console.print(table)
    for item in disagreements[:errors]:
        console.print(
            f"{item['doc']}: {item['text']!r} gold={item['gold']} predicted={item['predicted']}",
            markup=False, highlight=False,
        )
    for item in misattached[:errors]:
        console.print(
            f"{item['doc']}: {item['text']!r} dates {' / '.join(item['gold'])}, timeline says {item['predicate']!r}",
            markup=False, highlight=False,
        )
