"""A run killed with SIGKILL and re-run ends with the same database as an uninterrupted run."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa

from nlp_kit.batch import process
from nlp_kit.sinks.sql import ERRORS_TABLE
from nlp_kit.sinks.tables import TABLES

COUNTRIES = ["France", "Germany", "Japan", "India", "Kenya", "Brazil", "Canada", "Turkey", "Armenia", "Poland"]
RUNTIME = ["processed_at", "created_at", "applied_at"]


def _statement(i: int) -> str:
    a, b = COUNTRIES[i % 10], COUNTRIES[(i * 3 + 1) % 10]
    return (
        f"Statement {i} on regional security.\n\n"
        f"{a} pledged on {i % 27 + 1} March 2022 to support {b} with {i + 2} million euros for border crossings. "
        f"The foreign minister of {b} welcomed the offer and called for talks before the end of the year. "
        f"Officials in {a} said the agreement would be signed in June, but critics urged the government to wait. "
        f"The European Union recommended that both sides publish the terms within {i % 5 + 2} weeks."
    )


def _documents(path: Path) -> int:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def _tables(url: str) -> dict[str, list[dict]]:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        tables = {
            name: pd.read_sql_table(name, conn).drop(columns=RUNTIME, errors="ignore")
            for name in [*TABLES, ERRORS_TABLE, "schema_version"]
        }
    engine.dispose()
    return {name: sorted(frame.to_dict("records"), key=repr) for name, frame in tables.items()}


@pytest.mark.slow
def test_kill_9_mid_run_then_rerun_equals_an_uninterrupted_run(nlp, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(30):
        (corpus / f"statement{i:02d}.txt").write_text(_statement(i), encoding="utf-8")
    (corpus / "empty.txt").write_text("\n", encoding="utf-8")
    pattern = str(corpus / "*.txt")

    reference = f"sqlite:///{tmp_path / 'reference.db'}"
    process([pattern], reference, nlp=nlp)

    killed_db = tmp_path / "killed.db"
    command = [
        sys.executable, "-c", "from nlp_kit.cli import main; main()", "process", pattern,
        "--out", f"sqlite:///{killed_db}", "--batch-size", "1", "--chunk-size", "4",
    ]
    runner = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 50
    while _documents(killed_db) < 3 and runner.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(runner.pid, signal.SIGKILL)
    runner.wait()
    committed = _documents(killed_db)
    assert 3 <= committed < 30, f"the kill came too late or too early: {committed} documents committed"

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert "30 documents done" not in rerun.stdout
    assert f"{committed} skipped" in rerun.stdout

    assert _tables(f"sqlite:///{killed_db}") == _tables(reference)
