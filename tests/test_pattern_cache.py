"""The compiled-pattern cache of the command line (rhetoric.pattern_cache): a pattern taken from
the cache is the one ``re`` compiles, the output does not depend on the cache, and a broken or
unwritable cache only costs time."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from conftest import ACTORS, ROOT

REALISTIC = ROOT / "tests" / "realistic" / "devset" / "corpus"


def _python(code: str, cache: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, capture_output=True,
                          text=True, timeout=600, env={**os.environ, "RHETORIC_CACHE_DIR": str(cache), **env})


def _cli(*args: str, cache: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rhetoric", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, env={**os.environ, "RHETORIC_CACHE_DIR": str(cache), **env})


_EXTRACT_ALL = f"""
    from rhetoric.pattern_cache import install, _state
    assert install()
    from rhetoric.actors import load_actors
    from rhetoric.corpus import iter_articles
    from rhetoric.extract.events import extract_events
    from rhetoric.extract.statements import extract_article
    registry = load_actors({str(ACTORS)!r})
    for article in iter_articles({str(REALISTIC)!r}):
        extract_article(article, registry)
        extract_events(article, registry)
    print(len(_state["used"]), _state["new"])
"""

_COMPARE = """
    import _sre
    from rhetoric.pattern_cache import install, _state
    assert install()
    original = _state["original"]
    same = sum(original(p, f) == _sre.compile(p, *entry) for (p, f), entry in _state["stored"].items())
    print(len(_state["stored"]), same)
"""


def test_every_pattern_of_the_extraction_from_the_cache_is_the_one_re_compiles(tmp_path):
    cold = _python(_EXTRACT_ALL, tmp_path, PYTHONHASHSEED="1")
    assert cold.returncode == 0, cold.stderr
    used, new = map(int, cold.stdout.split())
    assert used > 500 and new == used  # the first run compiled them all, and saved them
    warm = _python(_EXTRACT_ALL, tmp_path, PYTHONHASHSEED="2")
    # the second found them all: a pattern's text does not follow the order of a set
    # (regexes.longest_first), which another hash seed changes
    assert warm.stdout.split() == [str(used), "0"]
    compared = _python(_COMPARE, tmp_path)
    stored, same = map(int, compared.stdout.split())
    assert stored == used and same == stored  # Pattern.__eq__ compares the engine's program


def test_the_commands_write_the_same_bytes_with_a_cold_a_warm_and_no_cache(tmp_path):
    outputs = []
    for name, env in (("cold", {}), ("warm", {}), ("off", {"RHETORIC_PATTERN_CACHE": "0"})):
        out = tmp_path / name
        for command in ("extract", "events"):
            res = _cli(command, str(REALISTIC), "--out", str(out / f"{command}.csv"), "--actors", str(ACTORS),
                       "--quiet", cache=tmp_path / "cache", **env)
            assert res.returncode == 0, res.stderr
        outputs.append([(out / f"{c}.csv").read_bytes() for c in ("extract", "events")])
    assert outputs[0] == outputs[1] == outputs[2]
    assert outputs[0][0].count(b"\n") > 100
    assert len(list((tmp_path / "cache" / "patterns").iterdir())) == 1


def test_a_broken_cache_file_is_ignored_and_rewritten(tmp_path):
    assert _python(_EXTRACT_ALL, tmp_path).returncode == 0
    (cached,) = (tmp_path / "patterns").iterdir()
    cached.write_bytes(b"not a cache")
    again = _python(_EXTRACT_ALL, tmp_path)
    assert again.returncode == 0 and again.stderr == ""
    used, new = map(int, again.stdout.split())
    assert new == used  # compiled as usual
    assert _python(_EXTRACT_ALL, tmp_path).stdout.split() == [str(used), "0"]  # and saved again


def test_an_unwritable_cache_only_costs_time(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("the cache folder's place is taken by a file")
    res = _cli("extract", str(REALISTIC), "--out", str(tmp_path / "s.csv"), "--actors", str(ACTORS), "--quiet",
               cache=blocker / "cache")
    assert res.returncode == 0 and "Traceback" not in res.stderr
    assert (tmp_path / "s.csv").stat().st_size > 1000


def test_an_entry_the_engine_refuses_is_compiled_again(tmp_path):
    # a whole file (its digest right) whose program for one pattern is not valid engine code
    code = """
        import hashlib, marshal, re
        from pathlib import Path
        from rhetoric.pattern_cache import cache_file, install, _state
        path = cache_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = marshal.dumps({("[xyz]+", 0): (32, [1, 2, 3], 0, {}, (None,))})
        path.write_bytes(hashlib.sha256(payload).digest() + payload)
        assert install()
        rx = re.compile("[xyz]+")
        print(rx.findall("axyzb"), _state["new"])
    """
    res = _python(code, tmp_path)
    assert res.returncode == 0, res.stderr
    assert res.stdout.split() == ["['xyz']", "1"]


def test_a_folder_others_can_write_to_is_not_used(tmp_path):
    (tmp_path / "patterns").mkdir()
    (tmp_path / "patterns").chmod(0o777)
    res = _python("from rhetoric.pattern_cache import install\nprint(install())", tmp_path)
    assert res.stdout.strip() == "False", res.stderr


def test_a_cache_grown_past_its_budget_keeps_only_the_runs_own_patterns(tmp_path):
    # (old versions of the rules pile up in the file: past ``MAX_CODE_WORDS`` the next write keeps
    # only what that run used, and the next run still finds all it needs)
    code = """
        import hashlib, marshal, re
        from rhetoric import pattern_cache
        from rhetoric.pattern_cache import cache_file, install, save, _state
        path = cache_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        stale = {(f"old{i}[a-z]+", 0): (32, [0] * 1000, 0, {}, ()) for i in range(50)}
        payload = marshal.dumps(stale)
        path.write_bytes(hashlib.sha256(payload).digest() + payload)
        pattern_cache.MAX_CODE_WORDS = 20_000
        assert install()
        re.compile("old3[a-z]+")  # (from the cache: no pattern is new, the file is still written)
        save()
        kept = marshal.loads(path.read_bytes()[32:])
        print(len(kept), ("old3[a-z]+", 0) in kept, _state["new"])
    """
    res = _python(code, tmp_path)
    assert res.returncode == 0, res.stderr
    assert res.stdout.split() == ["1", "True", "0"]
