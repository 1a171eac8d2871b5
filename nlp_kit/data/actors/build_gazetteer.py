"""Build ``gazetteer.jsonl``, the actor gazetteer that ``nlp_kit_actors`` loads.

Input: pycountry (ISO 3166-1 names, official and common names), the countryinfo package
(capitals, demonyms, alternative spellings; build-time only, not a runtime dependency),
and the curated files beside this script: ``state_extras.csv`` (press variants,
abbreviations, seats of government, Kosovo), ``territories.txt`` (ISO entries that are
places, not actors), ``igos.yaml`` (intergovernmental organisations and collective actors), ``groups.yaml``
(well-known armed groups and movements), ``missions.yaml`` (peace operations), ``companies.yaml`` (state-linked and strategic companies), ``ngos.yaml`` (non-governmental organisations), ``legislatures.yaml`` (parliaments and their chambers), ``people.csv`` (prominent leaders)
and ``places.txt`` (regions and seas that are never actors).
Output: one JSON object a line, ``{"id", "name", "type", "affiliation", "aliases": [{"text",
"form"}]}`` (and ``"shared_aliases"`` for a demonym or capital two states share); places carry
``"type": "place"``. Example line:
``{"id": "TUR", "name": "Turkey", "type": "state", "aliases": [{"text": "Ankara", "form": "capital"}, ...]}``

Run from the repository root after changing a source file, and commit the result:
``.venv/bin/pip install countryinfo && .venv/bin/python nlp_kit/data/actors/build_gazetteer.py``
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pycountry
import yaml

HERE = Path(__file__).resolve().parent
OUT = HERE / "gazetteer.jsonl"

# Variants a news text can use: letters, spaces, hyphens, apostrophes and dots only, and
# at least four characters so that ISO alpha-2/alpha-3 codes ("TR", "IND") never become names.
_USABLE = re.compile(r"^[^\W\d_][\w .'’-]{3,}$")


def _usable(name: str) -> bool:
    return bool(_USABLE.match(name)) and "," not in name and not name.isupper()


def _comment_free(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def _countryinfo_rows() -> dict[str, list[dict]]:
    import countryinfo

    rows: dict[str, list[dict]] = {}
    for country in countryinfo.all_countries():
        info = country.info()
        alpha3 = (info.get("ISO") or {}).get("alpha3")
        if alpha3:
            rows.setdefault(alpha3, []).append(info)
    return rows


def _add(aliases: list[dict], text: str | None, form: str) -> None:
    text = (text or "").strip()
    if text and not any(a["text"] == text for a in aliases):
        aliases.append({"text": text, "form": form})


def build_states() -> list[dict]:
    """One record per ISO 3166-1 country plus curated polities; territories become places."""
    extras: dict[str, list[tuple[str, str]]] = {}
    lines = _comment_free(HERE / "state_extras.csv")
    for row in csv.DictReader(lines):
        extras.setdefault(row["iso3"], []).append((row["kind"], row["value"]))
    territories = set(" ".join(_comment_free(HERE / "territories.txt")).split())
    info_rows = _countryinfo_rows()

    records = []
    codes = [c.alpha_3 for c in pycountry.countries] + [c for c in extras if not pycountry.countries.get(alpha_3=c)]
    for code in codes:
        country = pycountry.countries.get(alpha_3=code)
        curated = extras.get(code, [])
        names = {v for k, v in curated if k in ("name", "state")}
        dropped = {v for k, v in curated if k == "drop"}
        aliases: list[dict] = []
        display = next(iter(sorted(names)), None)
        candidates = [display]
        if country is not None:
            candidates += [getattr(country, "common_name", None), country.name, getattr(country, "official_name", None)]
        for info in info_rows.get(code, []):
            candidates.append(info.get("name"))
            candidates += info.get("altSpellings") or []
        for name in candidates:
            if name and _usable(name) and name not in dropped:
                _add(aliases, name, "name")
        display = display or (aliases[0]["text"] if aliases else code)
        for kind, value in curated:
            if kind in ("alias", "state"):
                _add(aliases, value, "name")
            elif kind in ("abbreviation", "capital", "seat", "demonym"):
                _add(aliases, value, kind)
        for info in info_rows.get(code, []):
            capital = info.get("capital")
            if isinstance(capital, str) and capital not in dropped:
                _add(aliases, capital, "capital")
                if capital.endswith(" D.C."):
                    _add(aliases, capital[: -len(" D.C.")], "capital")
            demonym = info.get("demonym")
            if demonym and demonym not in dropped:
                _add(aliases, demonym, "demonym")
        kind = "place" if code in territories else "state"
        # A territory's demonym and capital belong to the people and city, not to an actor,
        # and must not make a state's own demonym ambiguous ("Chinese" for Hong Kong).
        aliases = [a for a in aliases if a["text"] not in dropped and (kind == "state" or a["form"] == "name")]
        records.append({"id": code, "name": display, "type": kind, "affiliation": None, "aliases": aliases})
    return records


def build_igos(filename: str = "igos.yaml") -> list[dict]:
    """IGOs and collective actors from ``igos.yaml`` (or groups from ``groups.yaml``, companies from
    ``companies.yaml``)."""
    records = []
    for entry in yaml.safe_load((HERE / filename).read_text(encoding="utf-8")):
        aliases: list[dict] = []
        for text in entry.get("aliases") or []:
            _add(aliases, text.removeprefix("the "), "name")
        for text in entry.get("abbreviations") or []:
            _add(aliases, text, "abbreviation")
        for text in entry.get("seats") or []:
            _add(aliases, text, "seat")
        for text in entry.get("demonyms") or []:
            _add(aliases, text, "demonym")
        records.append(
            {
                "id": entry["id"],
                "name": entry["name"],
                "type": entry.get("type", "igo"),
                "affiliation": entry.get("affiliation"),
                "aliases": aliases,
            }
        )
    return records


def build_people() -> list[dict]:
    """Prominent leaders from ``people.csv``: full name, other spellings and the surname."""
    records = []
    for row in csv.DictReader(_comment_free(HERE / "people.csv")):
        aliases: list[dict] = []
        _add(aliases, row["name"], "name")
        for text in (row["aliases"] or "").split("|"):
            _add(aliases, text, "surname" if " " not in text.strip() else "name")
        records.append(
            {
                "id": f"PER:{row['name']}",
                "name": row["name"],
                "type": "person",
                "affiliation": row["affiliation"] or None,
                "aliases": aliases,
            }
        )
    return records


def build_places() -> list[dict]:
    """Regions and seas from ``places.txt``: matched so that they block actor readings."""
    return [
        {"id": f"PLACE:{name}", "name": name, "type": "place", "affiliation": None, "aliases": [{"text": name, "form": "name"}]}
        for name in _comment_free(HERE / "places.txt")
    ]


def resolve_conflicts(records: list[dict]) -> list[dict]:
    """Give every alias one owner: places and IGOs first, then states in ISO order.

    A demonym or capital shared by two states ("Congolese") is no alias of either: it moves to
    each one's ``shared_aliases``, which a document resolves to the one of them it names
    ("the Democratic Republic of the Congo ... the Congolese government").
    """
    owners: dict[str, list[str]] = {}
    for record in records:
        for alias in record["aliases"]:
            owners.setdefault(alias["text"], []).append(record["id"])
    for record in records:
        kept, shared = [], []
        for alias in record["aliases"]:
            ids = owners[alias["text"]]
            if alias["form"] in ("demonym", "capital") and len(set(ids)) > 1:
                if record["type"] == "state" and all(i[:1].isupper() and len(i) == 3 for i in set(ids)):
                    shared.append(alias)
                continue
            if ids[0] == record["id"]:
                kept.append(alias)
        record["aliases"] = kept
        if shared:
            record["shared_aliases"] = shared
    return records


def main() -> None:
    records = build_places() + build_igos() + build_igos("groups.yaml") + build_igos("missions.yaml") + build_igos("companies.yaml") + build_igos("ngos.yaml") + build_igos("legislatures.yaml") + build_states() + build_people()
    records = resolve_conflicts(records)
    with OUT.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT}")


if __name__ == "__main__":
    main()
