"""Load hand-made gold annotations shared by every scorer.

A gold file ``X.json`` annotates the document ``X.txt`` (the format of
``/work/shared/gold/README.md``): ``doc_id``, ``dct``, ``actors[]`` (``id``,
``name``, ``type``, ``affiliation``, ``aliases``), ``ignore_mentions`` (surface
forms predicted as actors that are neither rewarded nor penalised),
``timexes[]`` and ``commitments[]``. Keys absent from a file get an empty
default so a scorer never needs ``dict.get`` chains.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from nlp_kit.errors import ConfigError, InputNotFound

_LIST_KEYS = ("actors", "ignore_mentions", "timexes", "commitments")


def load_gold(path: str | Path) -> dict[str, Any]:
    """Read one gold JSON file and return it as a dict with every known key.

    Input: the path of a gold file such as ``gold/south-caucasus-peace.json``.
    Output: the parsed dict; ``doc_id`` defaults to the file stem, ``dct`` to
    ``None``, and ``actors``, ``ignore_mentions``, ``timexes``, ``commitments``
    to empty lists. Example: ``load_gold("gold/x.json")["actors"][0]["id"]``
    is ``"ARM"`` for an article on Armenia.

    Raises :class:`InputNotFound` for a missing file and :class:`ConfigError`
    for a file that is not a JSON object or whose list keys are not lists.
    """
    gold_path = Path(path)
    if not gold_path.is_file():
        raise InputNotFound("gold file not found; pass an existing .json gold file", path=gold_path)
    try:
        data = json.loads(gold_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"gold file is not valid UTF-8 JSON ({exc}); fix the syntax", path=gold_path) from exc
    if not isinstance(data, dict):
        raise ConfigError("gold file must hold one JSON object with an 'actors' list etc.", path=gold_path)
    data.setdefault("doc_id", gold_path.stem)
    data.setdefault("dct", None)
    for key in _LIST_KEYS:
        value = data.setdefault(key, [])
        if not isinstance(value, list):
            raise ConfigError(f"gold key '{key}' must be a list, got {type(value).__name__}", path=gold_path)
    return data


def gold_pairs(gold_dir: str | Path, docs_dir: str | Path) -> list[tuple[Path, Path]]:
    """Pair every gold file ``X.json`` of ``gold_dir`` with its document in ``docs_dir``.

    Input: a folder of gold JSON files and a folder of documents. Output: a sorted
    list of ``(gold_path, doc_path)``; the document is ``X.txt`` or, failing that,
    ``X.md``. Example: ``gold/south-caucasus-peace.json`` pairs with
    ``corpus/south-caucasus-peace.txt``. Raises :class:`InputNotFound` when a folder
    is missing, holds no gold file, or a gold file has no document.
    """
    gold_root, docs_root = Path(gold_dir), Path(docs_dir)
    for folder in (gold_root, docs_root):
        if not folder.is_dir():
            raise InputNotFound("folder not found; pass an existing directory", path=folder)
    pairs = []
    for gold_path in sorted(gold_root.glob("*.json")):
        candidates = [docs_root / f"{gold_path.stem}{suffix}" for suffix in (".txt", ".md")]
        doc_path = next((c for c in candidates if c.is_file()), None)
        if doc_path is None:
            raise InputNotFound(
                f"no document for gold file {gold_path.name}; expected {candidates[0].name} in --docs",
                path=docs_root,
            )
        pairs.append((gold_path, doc_path))
    if not pairs:
        raise InputNotFound("no *.json gold files in this folder", path=gold_root)
    return pairs
