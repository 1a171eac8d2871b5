"""Files written through a temporary file and a rename get the mode any new file gets, not mkstemp's 0600."""

from __future__ import annotations

import os
import stat

from nlp_kit.sinks.json import atomic_write_text


def test_a_written_result_is_readable_as_the_umask_allows(tmp_path):
    previous = os.umask(0o022)
    try:
        path = tmp_path / "out" / "doc.json"
        atomic_write_text(path, "{}")
    finally:
        os.umask(previous)
    assert path.read_text(encoding="utf-8") == "{}"
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    assert [p.name for p in path.parent.iterdir()] == ["doc.json"]  # no temporary file left behind
