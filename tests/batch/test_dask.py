"""``--engine dask``: a 2-worker LocalCluster writes the same rows as the local engine."""

from __future__ import annotations

import pandas as pd
import pytest
import sqlalchemy as sa

from nlp_kit.batch import process
from nlp_kit.sinks.tables import TABLES

pytest.importorskip("distributed")
pytestmark = pytest.mark.slow

STATEMENTS = [
    "Germany pledged in January 2024 to deliver air defence systems to Ukraine.",
    "The African Union urged Sudan's warring parties to agree a ceasefire by Friday.",
    "Canada and Mexico agreed on 3 April 2023 to review the trade dispute panel.",
    "China warned the Philippines against new patrols near the shoal.",
    "The UN Secretary-General recommended that donors double humanitarian funding this year.",
    "Brazil promised to end illegal deforestation in the Amazon by 2030.",
]


@pytest.fixture(scope="module")
def scheduler():
    """A 2-worker LocalCluster (processes, 1 thread each, as --engine dask starts) shared by the tests."""
    import logging

    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR
    ) as cluster:
        yield cluster.scheduler_address


def _rows(url: str, prefix: str) -> dict[str, list[dict]]:
    from nlp_kit.sinks.sql import database_url as sqlalchemy_url

    engine = sa.create_engine(sqlalchemy_url(url))
    with engine.connect() as conn:
        frames = {
            name: pd.read_sql_table(prefix + name, conn).drop(columns=["processed_at"], errors="ignore")
            for name in TABLES
        }
    engine.dispose()
    return {name: sorted(frame.to_dict("records"), key=repr) for name, frame in frames.items()}


def test_dask_local_cluster_writes_what_the_local_engine_writes(nlp, tmp_path, scheduler, database_url):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, text in enumerate(STATEMENTS):
        (corpus / f"s{i}.txt").write_text(text, encoding="utf-8")
    pattern = str(corpus / "*.txt")

    process([pattern], database_url, nlp=nlp, table_prefix="local_")
    report = process([pattern], database_url, engine="dask", scheduler=scheduler, batch_size=2, table_prefix="dask_")

    assert (report.done, report.failed) == (6, 0)
    assert _rows(database_url, "dask_") == _rows(database_url, "local_")
    again = process([pattern], database_url, engine="dask", scheduler=scheduler, batch_size=2, table_prefix="dask_")
    assert (again.done, again.skipped) == (0, 6)


def test_dask_parquet_partitions_merge_into_the_same_tables(nlp, tmp_path, scheduler):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, text in enumerate(STATEMENTS[:4]):
        (corpus / f"s{i}.txt").write_text(text, encoding="utf-8")
    process([str(corpus / "*.txt")], str(tmp_path / "local.parquet"), nlp=nlp)
    process([str(corpus / "*.txt")], str(tmp_path / "dask.parquet"), engine="dask", scheduler=scheduler, batch_size=1)
    for name in ("documents", "actors", "timexes", "commitments"):
        local = pd.read_parquet(tmp_path / f"local.{name}.parquet").drop(columns=["processed_at"], errors="ignore")
        dask = pd.read_parquet(tmp_path / f"dask.{name}.parquet").drop(columns=["processed_at"], errors="ignore")
        assert sorted(local.to_dict("records"), key=repr) == sorted(dask.to_dict("records"), key=repr), name
