"""Batch processing: a corpus in, analyses out to a database or files, resumably.

``process(inputs, dest)`` reads every document under ``inputs`` (files,
directories, globs, JSONL/CSV corpora, through ``nlp_kit.ingest.read_path``),
skips those whose ``(doc_id, text_sha256, pipeline_version)`` the destination
already holds (unless ``force``), analyses the rest and writes them as it goes.
Documents that fail to read or analyse are recorded in ``errors`` and the run
goes on.

Memory stays flat over long runs: documents are analysed in batches, each
inside ``nlp.memory_zone()``, so the strings and lexemes a batch adds to the
vocabulary are freed when it ends (spaCy issues #3618, #3623); a batch's Docs
become ``Analysis`` objects before its zone closes.

Several processes (``workers > 1``) each run that same loop on whole batches
(a fork-based process pool sharing the loaded pipeline).  spaCy's own
``nlp.pipe(n_process=N)`` was tried first and dropped: its long-lived workers
run the components outside the parent's memory zone, so their string stores
grow without bound, every Doc is serialised to and from them, and the
``Analysis`` is still assembled serially in the parent (42% of the time in a
profile of 8 White House statements while the summarizer was quadratic, 3%
after it was fixed).

Two engines run the same ``analyse_chunk``: ``local`` (the process pool above)
and ``dask`` (a ``dask.distributed`` cluster; each worker process loads the
pipeline once and writes its partitions itself).

Example::

    >>> from nlp_kit.batch import process
    >>> report = process(["statements/*.txt"], "sqlite:///statements.db")  # doctest: +SKIP
    >>> report.done, report.skipped, report.failed  # doctest: +SKIP
    (120, 0, 1)
"""

from __future__ import annotations

import glob
import itertools
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from nlp_kit.errors import BatchFailed, InputNotFound, NlpKitError
from nlp_kit.ingest import Document, read_path
from nlp_kit.schema import Analysis

Key = tuple[str, str | None, str | None]


class Sink(Protocol):
    kind: str

    def describe(self) -> str: ...
    def open(self, *, migrate_schema: bool = True) -> Any: ...
    def existing(self, keys: Iterable[Key]) -> set[Key]: ...
    def add(self, analysis: Analysis) -> None: ...
    def add_error(self, record: dict[str, Any]) -> None: ...
    def flush(self) -> None: ...
    def close(self) -> None: ...


@dataclass
class Failure:
    """A document that could not be read or analysed."""

    source: str | None
    stage: str
    code: str
    message: str
    doc_id: str | None = None

    @classmethod
    def from_error(cls, error: BaseException, *, source: str | None, stage: str, doc_id: str | None = None):
        if isinstance(error, NlpKitError):
            return cls(error.path or source, error.stage or stage, error.code, error.message, doc_id)
        message = f"{error.__class__.__name__}: {str(error).strip().splitlines()[-1] if str(error).strip() else ''}"
        return cls(source, stage, "E000", message, doc_id)

    def record(self, pipeline_version: str | None) -> dict[str, Any]:
        from nlp_kit.sinks.sql import error_record

        return error_record(
            source=self.source,
            stage=self.stage,
            code=self.code,
            message=self.message,
            doc_id=self.doc_id,
            pipeline_version=pipeline_version,
        )


@dataclass
class Report:
    """What a run did: counts, words analysed and wall time."""

    dest: str = ""
    done: int = 0
    skipped: int = 0
    failed: int = 0
    words: int = 0
    seconds: float = 0.0
    failures: list[Failure] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return self.done + self.skipped + self.failed

    def summary(self) -> str:
        rate = self.done / self.seconds if self.seconds else 0.0
        words = self.words / self.seconds if self.seconds else 0.0
        return (
            f"{self.done} documents done, {self.skipped} skipped, {self.failed} failed "
            f"in {self.seconds:.1f} s ({rate:.1f} documents/s, {words:,.0f} words/s) -> {self.dest}"
        )


Progress = Callable[[Report], None]


def open_sink(dest: str, table_prefix: str = "") -> Sink:
    """The sink for ``dest``: a database URL, a ``.parquet``/``.csv`` base path, or a directory."""
    if "://" in dest:
        from nlp_kit.sinks.sql import SqlSink

        return SqlSink(dest, table_prefix)
    from nlp_kit.sinks.files import FileSink

    return FileSink(dest)


def expand_inputs(inputs: Iterable[str]) -> list[str]:
    """Paths named by ``inputs``: files and directories as given, globs expanded (sorted).

    Raises InputNotFound for a path that does not exist or a glob that matches nothing.
    """
    paths: list[str] = []
    for item in inputs:
        if item == "-" or Path(item).exists():
            paths.append(item)
        elif glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                raise InputNotFound("the pattern matches no file: check the quoting and the directory", path=item)
            paths.extend(matches)
        else:
            raise InputNotFound("no such file or directory", path=item)
    return paths


def iter_documents(
    inputs: Iterable[str], *, dct: str | None = None, read_options: dict[str, Any] | None = None
) -> Iterator[Document | Failure]:
    """Every document under ``inputs`` (see ``expand_inputs``), or a Failure for one that cannot be read.

    ``read_options`` are keywords of ``nlp_kit.ingest.read_path`` (max_bytes, language, include ...).
    """
    import sys

    for path in expand_inputs(inputs):
        try:
            for item in read_path(sys.stdin if path == "-" else path, dct=dct, **(read_options or {})):
                if isinstance(item, NlpKitError):
                    yield Failure.from_error(item, source=path, stage="read")
                else:
                    yield item
        except Exception as exc:  # a reader that breaks on one input must not stop the others
            if isinstance(exc, NlpKitError) and exc.stage == "options":
                raise  # a bad option (e.g. --dct) is the user's to fix, not a document's failure
            yield Failure.from_error(exc, source=path, stage="read")


def word_count(document: Document) -> int:
    """Whitespace-separated words, the unit of every words/s figure nlp_kit prints."""
    return len(document.text.split())


def document_key(document: Document, pipeline_version: str | None) -> Key:
    from nlp_kit.ingest.document import text_sha256

    return (document.meta.doc_id, document.meta.text_sha256 or text_sha256(document.text), pipeline_version)


def _assemble(nlp, doc, document: Document) -> Analysis | Failure:
    from nlp_kit.assemble import build_analysis

    try:
        return build_analysis(doc, document, nlp=nlp)
    except Exception as exc:  # a component left output the schema rejects: record it, go on
        return Failure.from_error(exc, source=document.meta.source, stage="assemble", doc_id=document.meta.doc_id)


LEMMA_CACHE_LIMIT = 100_000
"""Entries after which spaCy's lemmatizer cache is emptied: it is keyed by word
and, unlike the vocabulary, not covered by memory zones, so it grows with every
new word of a long run."""


def _bound_caches(nlp) -> None:
    from spacy.pipeline import Lemmatizer

    for _, pipe in nlp.pipeline:
        if isinstance(pipe, Lemmatizer) and len(pipe.cache) > LEMMA_CACHE_LIMIT:
            pipe.cache.clear()


ZONE_SIZE = 128
"""Documents analysed inside one ``nlp.memory_zone()`` (and handed to a worker at once).

Each zone starts from the pipeline's own vocabulary, so every word outside it is
looked up again per zone; zones of 16 documents cost about 5% of spaCy's time on
the White House statements, zones of 128 about 1-2%, while what a zone holds (the
strings of its documents) stays small and independent of the corpus size."""


def analyse_batches(
    nlp, documents: list[Document], *, batch_size: int = 16, zone_size: int = ZONE_SIZE
) -> Iterator[Analysis | Failure]:
    """``analyse_chunk`` over ``documents``, ``zone_size`` documents (one memory zone) at a time."""
    for start in range(0, len(documents), zone_size):
        yield from analyse_chunk(nlp, documents[start : start + zone_size], batch_size=batch_size)


def analyse_chunk(nlp, documents: list[Document], *, batch_size: int = 16) -> Iterator[Analysis | Failure]:
    """Analyses (or Failures) for ``documents``, in order, inside one memory zone.

    Everything spaCy allocates for the chunk is freed when the last result is
    taken, so callers must consume the results as ``Analysis`` objects only.
    When a batch fails, the documents not yet returned are retried one by one
    so only the faulty one is reported.
    """
    from nlp_kit.pipeline import make_doc

    done = 0
    _bound_caches(nlp)
    with nlp.memory_zone():
        try:
            pairs = ((make_doc(nlp, d), d) for d in documents)
            for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
                result = _assemble(nlp, doc, document)
                done += 1
                yield result
        except Exception:
            for document in documents[done:]:
                try:
                    doc = nlp(make_doc(nlp, document))
                except Exception as exc:  # one faulty document must not stop the corpus
                    yield Failure.from_error(
                        exc, source=document.meta.source, stage="analyse", doc_id=document.meta.doc_id
                    )
                    continue
                yield _assemble(nlp, doc, document)


def _chunks(items: Iterator[Any], size: int) -> Iterator[list[Any]]:
    while chunk := list(itertools.islice(items, size)):
        yield chunk


def _pending(
    chunk: list[Document | Failure],
    sink: Sink,
    version: str | None,
    force: bool,
    report: Report,
    busy: set[Key] | None = None,
) -> list[Document]:
    """Record the chunk's read failures; return the documents still to analyse.

    ``busy``: keys already handed on for analysis but not yet written; they are skipped as
    if present, and the keys of the documents returned are added to it.
    """
    documents: list[Document] = []
    seen: set[str] = set()
    for item in chunk:
        if isinstance(item, Failure):
            sink.add_error(item.record(version))
            report.failed += 1
            report.failures.append(item)
        elif item.meta.doc_id in seen:
            report.skipped += 1
        else:
            seen.add(item.meta.doc_id)
            documents.append(item)
    if not documents:
        return documents
    keys = [document_key(d, version) for d in documents]
    present = set() if force else sink.existing(keys)
    pending = [(d, key) for d, key in zip(documents, keys) if key not in present and key not in (busy or ())]
    if busy is not None:
        busy.update(key for _, key in pending)
    report.skipped += len(documents) - len(pending)
    return [d for d, _ in pending]


def _record(result: Analysis | Failure, sink: Sink, version: str | None, report: Report, words: int) -> None:
    if isinstance(result, Failure):
        sink.add_error(result.record(version))
        report.failed += 1
        report.failures.append(result)
    else:
        sink.add(result)
        report.done += 1
        report.words += words


_WORKER: dict[str, Any] = {}


def _set_worker_pipeline(nlp) -> None:
    _WORKER["nlp"] = nlp


def _analyse_batch(documents: list[Document], batch_size: int) -> list[Analysis | Failure]:
    """Pool task: documents analysed in a worker process, inside one memory zone."""
    return list(analyse_chunk(_WORKER["nlp"], documents, batch_size=batch_size))


def _pooled(
    pool, chunks: Iterator[list[Document]], *, workers: int, batch_size: int, zone_size: int
) -> Iterator[tuple[int, Document, Analysis | Failure]]:
    """``(chunk number, document, result)`` for every document of ``chunks``, in order.

    At most two tasks (one memory zone each) per worker are in flight, and the next
    chunk's tasks are handed out while the last ones of a chunk still run, so no
    worker waits at chunk boundaries.  Tasks are cut finer than a zone when a chunk
    is small, so that no worker idles while another finishes a long last task.
    """
    from collections import deque

    in_flight: deque = deque()

    def collect():
        number, documents, future = in_flight.popleft()
        for document, result in zip(documents, future.result()):
            yield number, document, result

    for number, documents in enumerate(chunks):
        size = max(1, min(zone_size, -(-len(documents) // (4 * workers))))
        for start in range(0, len(documents), size):
            part = documents[start : start + size]
            in_flight.append((number, part, pool.submit(_analyse_batch, part, batch_size)))
            if len(in_flight) >= 2 * workers:
                yield from collect()
    while in_flight:
        yield from collect()


def run_local(
    documents: Iterator[Document | Failure],
    sink: Sink,
    *,
    nlp,
    n_process: int = 1,
    batch_size: int = 16,
    chunk_size: int = 1000,
    zone_size: int = ZONE_SIZE,
    force: bool = False,
    progress: Progress | None = None,
    report: Report,
) -> Report:
    """Analyse ``documents`` in this process (or ``n_process`` forked workers) and write them to ``sink``.

    Documents are read and checked against the sink ``chunk_size`` at a time; the
    sink is flushed after each chunk's last document.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from nlp_kit.assemble import pipeline_version

    version = pipeline_version(nlp)
    start = time.perf_counter()
    busy: set[Key] = set()  # handed on for analysis, not yet written

    def todo_chunks() -> Iterator[list[Document]]:
        for chunk in _chunks(documents, chunk_size):
            yield _pending(chunk, sink, version, force, report, busy)

    def tick() -> None:
        report.seconds = time.perf_counter() - start
        if progress:
            progress(report)

    pool = None
    if n_process > 1:
        # fork: the workers inherit the loaded pipeline instead of loading it again.
        pool = ProcessPoolExecutor(
            n_process,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_set_worker_pipeline,
            initargs=(nlp,),
        )
    try:
        if pool is None:
            results = (
                (number, document, result)
                for number, todo in enumerate(todo_chunks())
                for document, result in zip(todo, analyse_batches(nlp, todo, batch_size=batch_size, zone_size=zone_size))
            )
        else:
            results = _pooled(pool, todo_chunks(), workers=n_process, batch_size=batch_size, zone_size=zone_size)
        current = 0
        for number, document, result in results:
            if number != current:
                sink.flush()
                current = number
            _record(result, sink, version, report, word_count(document))
            busy.discard(document_key(document, version))
            tick()
        sink.flush()
        tick()
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return report


_PIPELINES: dict[str, Any] = {}
_SINKS: dict[tuple[str, str], Sink] = {}


def cached_pipeline(model: str, config: dict[str, dict[str, Any]] | None = None):
    """The nlp_kit pipeline for ``model``/``config``, loaded once per (worker) process."""
    import json

    from nlp_kit.pipeline import load

    key = json.dumps([model, config or {}], sort_keys=True)
    if key not in _PIPELINES:
        _PIPELINES[key] = load(model, config=config)
    return _PIPELINES[key]


def worker_pipeline_version(model: str, config: dict[str, dict[str, Any]] | None = None) -> str:
    """The pipeline version a Dask worker will stamp on its analyses."""
    from nlp_kit.assemble import pipeline_version

    return pipeline_version(cached_pipeline(model, config))


def process_partition(
    documents: list[Document],
    dest: str,
    table_prefix: str,
    model: str,
    config: dict[str, dict[str, Any]] | None,
    batch_size: int,
) -> Report:
    """Dask task: analyse one partition and write it (per document to a database, as one part to files)."""
    from nlp_kit.assemble import pipeline_version

    nlp = cached_pipeline(model, config)
    key = (dest, table_prefix)
    if key not in _SINKS:
        _SINKS[key] = open_sink(dest, table_prefix).open(migrate_schema=False)
    sink = _SINKS[key]
    report = Report()
    words = [word_count(d) for d in documents]
    for result, count in zip(analyse_batches(nlp, documents, batch_size=batch_size), words):
        _record(result, sink, pipeline_version(nlp), report, count)
    sink.flush()
    return report


def run_dask(
    documents: Iterator[Document | Failure],
    sink: Sink,
    *,
    dest: str,
    table_prefix: str = "",
    model: str,
    config: dict[str, dict[str, Any]] | None = None,
    workers: int = 1,
    scheduler: str | None = None,
    batch_size: int = 16,
    force: bool = False,
    progress: Progress | None = None,
    report: Report,
) -> Report:
    """Analyse ``documents`` on a dask.distributed cluster (a LocalCluster unless ``scheduler``)."""
    import logging

    from distributed import Client, LocalCluster, as_completed

    from nlp_kit.errors import ConfigError

    start = time.perf_counter()
    if scheduler:
        try:
            client = Client(scheduler, timeout=30)
        except OSError as exc:
            raise ConfigError(
                f"cannot reach the Dask scheduler at {scheduler}: {exc}; start it with `dask scheduler`",
                stage="process",
            ) from exc
        cluster = None
    else:
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
        client = Client(cluster)
    try:
        # Every worker loads the pipeline now, in parallel, and must run the same version.
        versions = set(client.run(worker_pipeline_version, model, config).values())
        if not versions:
            raise ConfigError(
                f"the Dask cluster has no workers: start some with `dask worker {scheduler or 'ADDRESS'}`",
                stage="process",
            )
        if len(versions) != 1:
            raise ConfigError(
                f"Dask workers run different pipelines ({', '.join(sorted(versions)) or 'none'}): "
                "install the same nlp_kit and model on every worker",
                stage="process",
            )
        (version,) = versions
        in_flight = as_completed()
        limit = 2 * max(1, len(client.scheduler_info()["workers"]))

        def collect(future) -> None:
            part: Report = future.result()
            report.done += part.done
            report.failed += part.failed
            report.words += part.words
            report.failures.extend(part.failures)
            report.seconds = time.perf_counter() - start
            if progress:
                progress(report)

        for chunk in _chunks(documents, batch_size):
            todo = _pending(chunk, sink, version, force, report)
            sink.flush()
            if todo:
                in_flight.add(
                    client.submit(
                        process_partition, todo, dest, table_prefix, model, config, batch_size, pure=False
                    )
                )
            while in_flight.count() >= limit:
                collect(next(in_flight))
        for future in in_flight:
            collect(future)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    report.seconds = time.perf_counter() - start
    return report


def worker_dest(dest: str) -> str:
    """``dest`` with relative paths made absolute, so Dask workers started elsewhere write to the same place."""
    if "://" not in dest:
        return str(Path(dest).expanduser().resolve())
    from sqlalchemy.engine import make_url

    url = make_url(dest)
    if url.get_backend_name() == "sqlite" and url.database:
        url = url.set(database=str(Path(url.database).expanduser().resolve()))
    return url.render_as_string(hide_password=False)


def process(
    inputs: Iterable[str],
    dest: str,
    *,
    nlp=None,
    model: str | None = None,
    config: dict[str, dict[str, Any]] | None = None,
    engine: str = "local",
    workers: int = 1,
    scheduler: str | None = None,
    batch_size: int = 16,
    chunk_size: int = 1000,
    force: bool = False,
    strict: bool = False,
    table_prefix: str = "",
    dct: str | None = None,
    read_options: dict[str, Any] | None = None,
    progress: Progress | None = None,
) -> Report:
    """Analyse every document under ``inputs`` into ``dest``; return the run's Report.

    ``dest``: ``sqlite:///x.db``, ``postgresql://...``, ``out.parquet``, ``out.csv`` or a directory.
    Raises BatchFailed (exit code 9) when every document failed, or when
    ``strict`` and any failed; the failures are in the destination's ``errors``.
    """
    from nlp_kit.about import DEFAULT_MODEL
    from nlp_kit.errors import ConfigError

    if engine not in {"local", "dask"}:
        raise ConfigError(f"unknown engine '{engine}': use local or dask", stage="process")
    if workers < 1 or batch_size < 1 or chunk_size < 1:
        raise ConfigError("--workers, --batch-size and --chunk-size must be at least 1", stage="process")
    model = model or (nlp.meta.get("nlp_kit", {}).get("model") if nlp is not None else None) or DEFAULT_MODEL
    expand_inputs(inputs)
    sink = open_sink(dest, table_prefix)
    sink.open()
    report = Report(dest=sink.describe())
    documents = iter_documents(inputs, dct=dct, read_options=read_options)
    try:
        if engine == "dask":
            run_dask(
                documents,
                sink,
                dest=worker_dest(dest),
                table_prefix=table_prefix,
                model=model,
                config=config,
                workers=workers,
                scheduler=scheduler,
                batch_size=batch_size,
                force=force,
                progress=progress,
                report=report,
            )
        else:
            if nlp is None:
                from nlp_kit.pipeline import load

                nlp = load(model, config=config)
            run_local(
                documents,
                sink,
                nlp=nlp,
                n_process=workers,
                batch_size=batch_size,
                chunk_size=chunk_size,
                force=force,
                progress=progress,
                report=report,
            )
    finally:
        sink.close()
    failure = None
    if report.failed and not report.done and not report.skipped:
        failure = BatchFailed(f"all {report.failed} documents failed: see the errors in {report.dest}", stage="process")
    elif strict and report.failed:
        failure = BatchFailed(
            f"{report.failed} of {report.seen} documents failed (--strict): see the errors in {report.dest}",
            stage="process",
        )
    if failure is not None:
        failure.report = report  # type: ignore[attr-defined]
        raise failure
    return report
