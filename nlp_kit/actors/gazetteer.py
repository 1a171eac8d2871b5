"""The actor gazetteer: canonical actors and every surface form that names them.

``load_gazetteer()`` reads ``nlp_kit/data/actors/gazetteer.jsonl`` (built by
``build_gazetteer.py`` from pycountry and curated files) and ``lexicon.yaml`` once per
process; ``read_actor_file(path)`` reads a user's CSV or YAML file of extra actors
(people with an affiliation and a validity period, organisations, groups).

Example::

    >>> gazetteer = load_gazetteer()
    >>> gazetteer.aliases["Ankara"]
    AliasEntry(actor_id='TUR', form='capital')
"""

from __future__ import annotations

import csv
import functools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from nlp_kit.errors import ConfigError, InputNotFound

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"
ACTOR_TYPES = ("state", "person", "igo", "org", "group")
_ID_PREFIX = {"person": "PER:", "org": "ORG:", "group": "GRP:"}


@dataclass(frozen=True)
class AliasEntry:
    """Which actor a surface form names, and how (name, abbreviation, capital, seat, demonym, surname)."""

    actor_id: str
    form: str


@dataclass
class ActorRecord:
    """A canonical actor: id, display name, type, affiliation, titles and validity period."""

    id: str
    name: str
    type: str
    affiliation: str | None = None
    titles: list[str] = field(default_factory=list)
    valid_from: str | None = None
    valid_to: str | None = None

    def valid_on(self, date: str | None) -> bool:
        """True when no date is known or ``date`` (ISO) lies in the validity period."""
        if not date:
            return True
        day = date[:10]
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


@dataclass
class Gazetteer:
    """Actors by id, aliases by exact surface form, and the context lexicon."""

    actors: dict[str, ActorRecord]
    aliases: dict[str, AliasEntry]
    lexicon: dict[str, frozenset[str]]
    titles: tuple[str, ...]
    igo_anaphors: dict[str, frozenset[str]] = field(default_factory=dict)
    member_anaphors: dict[str, str] = field(default_factory=dict)  # "Allies" -> NATO
    handles: dict[str, str] = field(default_factory=dict)  # social-media handles, lower case, without "@"
    home_currencies: dict[str, str] = field(default_factory=dict)  # "£" -> GBR
    cities: frozenset[str] = frozenset()  # city names (cities.txt): a lone PERSON name among them is a place
    # demonyms and capitals two states share ("Congolese": COD, COG): the one the document names
    shared: dict[str, tuple[AliasEntry, ...]] = field(default_factory=dict)

    def with_extra(self, records: list[dict[str, Any]]) -> Gazetteer:
        """A copy where user actors are added and their aliases take precedence."""
        actors = dict(self.actors)
        aliases = dict(self.aliases)
        for record in records:
            actors[record["id"]] = ActorRecord(
                id=record["id"],
                name=record["name"],
                type=record["type"],
                affiliation=record.get("affiliation"),
                titles=list(record.get("titles") or []),
                valid_from=record.get("valid_from"),
                valid_to=record.get("valid_to"),
            )
            for text in [record["name"], *(record.get("aliases") or [])]:
                aliases[text] = AliasEntry(record["id"], "name")
            if record["type"] == "person" and len(record["name"].split()) > 1:
                aliases.setdefault(record["name"].split()[-1], AliasEntry(record["id"], "surname"))
        return Gazetteer(
            actors=actors, aliases=aliases, lexicon=self.lexicon, titles=self.titles, igo_anaphors=self.igo_anaphors,
            member_anaphors=self.member_anaphors, handles=self.handles, home_currencies=self.home_currencies,
            cities=self.cities, shared=self.shared,
        )


@functools.lru_cache(maxsize=4)
def load_gazetteer(data_dir: str | Path = DATA_DIR) -> Gazetteer:
    """Read ``gazetteer.jsonl``, ``lexicon.yaml``, ``handles.yaml`` and ``cities.txt`` from ``data_dir`` (cached
    per process)."""
    root = Path(data_dir)
    actors: dict[str, ActorRecord] = {}
    aliases: dict[str, AliasEntry] = {}
    shared: dict[str, tuple[AliasEntry, ...]] = {}
    with (root / "gazetteer.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            actors[row["id"]] = ActorRecord(row["id"], row["name"], row["type"], affiliation=row["affiliation"])
            for alias in row["aliases"]:
                aliases.setdefault(alias["text"], AliasEntry(row["id"], alias["form"]))
            for alias in row.get("shared_aliases", ()):
                shared[alias["text"]] = (*shared.get(alias["text"], ()), AliasEntry(row["id"], alias["form"]))
    raw = yaml.safe_load((root / "lexicon.yaml").read_text(encoding="utf-8"))
    titles = tuple(raw.pop("titles"))
    igo_anaphors = {noun: frozenset(ids) for noun, ids in raw.pop("igo_anaphors").items()}
    member_anaphors = {str(noun): str(igo) for noun, igo in (raw.pop("member_anaphors", None) or {}).items()}
    home_currencies = {str(sign): str(state) for sign, state in (raw.pop("home_currencies", None) or {}).items()}
    lexicon = {key: frozenset(value) for key, value in raw.items()}
    handles_file = root / "handles.yaml"
    handles = {
        str(handle).lower(): str(actor_id)
        for handle, actor_id in (yaml.safe_load(handles_file.read_text(encoding="utf-8")) or {}).items()
    } if handles_file.is_file() else {}
    cities_file = root / "cities.txt"
    cities = frozenset(
        line for line in cities_file.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")
    ) if cities_file.is_file() else frozenset()
    return Gazetteer(
        actors=actors, aliases=aliases, lexicon=lexicon, titles=titles, igo_anaphors=igo_anaphors,
        member_anaphors=member_anaphors, handles=handles, home_currencies=home_currencies, cities=cities,
        shared=shared,
    )


def _split_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    return [part.strip() for part in str(value).replace(";", "|").split("|") if part.strip()]


def _normalize_record(raw: dict[str, Any], path: Path, line: int) -> dict[str, Any]:
    where = f"entry {line}"
    name = str(raw.get("name") or "").strip()
    actor_type = str(raw.get("type") or "").strip().lower()
    if not name:
        raise ConfigError(f"{where} has no 'name'; every actor needs a name", path=path, stage="load")
    if actor_type not in ACTOR_TYPES:
        raise ConfigError(
            f"{where} ({name}) has type '{actor_type}'; use one of {', '.join(ACTOR_TYPES)}", path=path, stage="load"
        )
    actor_id = str(raw.get("id") or "").strip() or _ID_PREFIX.get(actor_type, "") + name
    record: dict[str, Any] = {
        "id": actor_id,
        "name": name,
        "type": actor_type,
        "affiliation": (str(raw["affiliation"]).strip() or None) if raw.get("affiliation") else None,
        "aliases": _split_list(raw.get("aliases")),
        "titles": _split_list(raw.get("titles")),
    }
    for key in ("valid_from", "valid_to"):
        value = raw.get(key)
        record[key] = str(value).strip()[:10] if value not in (None, "") else None
    return record


def read_actor_file(path: str | Path) -> list[dict[str, Any]]:
    """Read a user's extra actors from CSV or YAML.

    Input: a ``.csv`` with header ``id,name,type,affiliation,aliases,titles,valid_from,valid_to``
    (aliases and titles separated by ``|``) or a ``.yaml``/``.yml`` list of mappings with
    the same keys (lists allowed). ``id`` defaults to ``PER:``/``ORG:``/``GRP:`` + name.
    Output: one dict per actor. Example row: ``PER:Nikol Pashinyan,Nikol Pashinyan,person,
    ARM,Pashinyan|Nikol Pashinyan,Prime Minister,2018-05-08,``.
    Raises :class:`InputNotFound` or :class:`ConfigError` naming the file and the fix.
    """
    file_path = Path(path)
    if not file_path.is_file():
        raise InputNotFound("actors file not found; pass an existing CSV or YAML file to --actors", path=file_path)
    text = file_path.read_text(encoding="utf-8")
    suffix = file_path.suffix.lower()
    if suffix == ".csv":
        lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
        rows: list[Any] = list(csv.DictReader(lines))
    elif suffix in (".yaml", ".yml"):
        try:
            rows = yaml.safe_load(text) or []
        except yaml.YAMLError as exc:
            raise ConfigError(f"actors file is not valid YAML ({exc})", path=file_path, stage="load") from exc
        if isinstance(rows, dict) and "actors" in rows:
            rows = rows["actors"]
    else:
        raise ConfigError("actors file must end in .csv, .yaml or .yml", path=file_path, stage="load")
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        raise ConfigError(
            "actors file must hold a list of actors (mappings with name and type)", path=file_path, stage="load"
        )
    return [_normalize_record(row, file_path, number) for number, row in enumerate(rows, start=1)]
