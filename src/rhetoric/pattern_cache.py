"""Compiled regular expressions kept on disk, so that a command does not compile them again.

The extraction's rules are regular expressions: about 830 of them, some 14,000 characters long,
compiled at import and at the first articles. Compiling them takes about half a second in each
``rhetoric extract`` or ``rhetoric events`` process, a tenth of the time for 1,000 articles
(docs/SCALE.md). Python's ``re`` cannot save a compiled pattern, but what its compiler hands
to the matching engine is plain data: the program (a list of integers), the flags and the
groups. ``install()`` keeps that data for every pattern compiled in the process in
``<cache>/patterns/`` (``rhetoric.paths.cache_root``) and hands it back to the engine
(``_sre.compile``, as ``re``'s own compiler does) the next time the same pattern and flags are
compiled.

- A pattern from the cache is the pattern ``re`` compiles: ``Pattern.__eq__`` compares the
  program, and tests/test_pattern_cache.py checks every pattern of the extraction.
- The file's name carries the Python build and the engine's version (``_sre.MAGIC``), so
  another Python never reads it. A file that is not whole (its SHA-256 is stored with it) is
  ignored and rewritten; an entry the engine refuses is compiled again. The folder must be
  the user's alone (made 0700), else the cache is not used.
- Only the command line installs it (``rhetoric.cli.run``, ``python -m rhetoric``). Notebooks,
  tests and library use compile as usual. ``RHETORIC_PATTERN_CACHE=0`` turns it off.
- New patterns are added when the process exits: one write, atomic, of at most
  ``MAX_PATTERNS`` patterns and ``MAX_CODE_WORDS`` words of engine code (beyond that, only the
  patterns this run used are kept: old versions of the rules do not pile up). Deleting the
  folder is always safe.
- It uses CPython's private names (``re._compiler.compile``, ``re._compiler._code``,
  ``re._parser.parse``, ``_sre.compile``). ``install`` first compiles a small pattern both ways
  and compares them; where the names are missing or behave otherwise, nothing is installed and
  ``re`` compiles as usual. Files of older Python builds stay until the cache is deleted.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import marshal
import os
import sys
import tempfile
from pathlib import Path

#: At most this many patterns are kept in the file (the extraction compiles about 830; a
#: registry of other actors adds its own). When there are more, the run's own are kept.
MAX_PATTERNS = 4000
#: At most this many words of engine code in all (the extraction's and the events' patterns, with
#: the reports', hold about 1.7 million, 8.5 MB on disk). Each version of a rule adds its
#: pattern again: a cache that outgrew this (45 MB after many versions, 0.2 s to read and check at
#: every start) keeps only the run's own patterns when it is next written.
MAX_CODE_WORDS = 3_000_000

_FORMAT = 1
_state: dict = {}


def cache_file() -> Path:
    """The cache for this Python build and this version of the regular-expression engine."""
    import _sre

    from rhetoric.paths import cache_root

    build = f"{_FORMAT}|{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}"
    return cache_root() / "patterns" / f"re-{hashlib.sha256(build.encode()).hexdigest()[:16]}.marshal"


def install(path: Path | None = None) -> bool:
    """From now on in this process, compile each pattern from the cache when it is there, and
    save the new ones at exit. Returns whether the cache is in use."""
    if _state or os.environ.get("RHETORIC_PATTERN_CACHE", "1") == "0":
        return bool(_state)
    try:
        import _sre
        import re._compiler as compiler

        path = path or cache_file()
        original = compiler.compile
        probe = r"(?P<a>x)|y(?=z)[^q]*"  # the private names there, and as this module calls them
        if _entry(probe, 0) is None or _sre.compile(probe, *_entry(probe, 0)) != original(probe, 0):
            return False
    except Exception:  # (another Python: nothing installed, ``re`` as usual)
        return False
    if not _private_folder(path.parent):
        return False  # (a folder another user could write to: its programs are not run)
    stored = _load(path)
    # (a file past its budget is written again at exit, with the run's own patterns only)
    _state.update(path=path, stored=stored, used=set(), new=0, original=original, over=_over_budget(stored))
    compiler.compile = _compile
    atexit.register(save)
    return True


def _compile(p, flags=0):
    """``re._compiler.compile``, with the engine's data taken from the cache or added to it."""
    import _sre

    if not isinstance(p, (str, bytes)):  # a parsed pattern (re's internal use): as usual
        return _state["original"](p, flags)
    key = (p, int(flags))
    entry = _state["stored"].get(key)
    if entry is not None:
        try:
            compiled = _sre.compile(p, *entry)
            _state["used"].add(key)
            return compiled
        except Exception:  # (an entry the engine refuses: compiled again, and replaced)
            del _state["stored"][key]
    entry = _entry(p, flags)
    _state["stored"][key] = entry
    _state["new"] += 1
    _state["used"].add(key)
    return _sre.compile(p, *entry)


def _entry(p, flags: int) -> tuple:
    """What ``re``'s compiler gives the engine for a pattern: (flags, program, groups - 1,
    group index, index group), the arguments of ``_sre.compile`` after the pattern."""
    import re._compiler as compiler
    import re._parser as parser

    parsed = parser.parse(p, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (int(flags | parsed.state.flags), [int(op) for op in compiler._code(parsed, flags)],
            parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _private_folder(folder: Path) -> bool:
    """Whether the cache's folder is this user's alone (or does not exist yet): no one else may
    put programs in it."""
    try:
        st = folder.stat()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return st.st_uid == os.getuid() and not st.st_mode & 0o022


def _load(path: Path) -> dict:
    """The stored entries, if the file is whole (its SHA-256 is checked: a file cut short or
    damaged is ignored and written again); else none."""
    try:
        data = path.read_bytes()
        digest, payload = data[:32], data[32:]
        if hashlib.sha256(payload).digest() != digest:
            return {}
        stored = marshal.loads(payload)
        return stored if isinstance(stored, dict) else {}
    except (OSError, EOFError, ValueError, TypeError):
        return {}


def _over_budget(stored: dict) -> bool:
    """Whether the entries are more than ``MAX_PATTERNS`` or hold more than ``MAX_CODE_WORDS``."""
    return len(stored) > MAX_PATTERNS or sum(len(entry[1]) for entry in stored.values()) > MAX_CODE_WORDS


def save() -> None:
    """Write the cache when this process compiled a pattern it did not have (atomically: a
    process reading it meanwhile sees the old file or the new one)."""
    if not _state or not _state["new"] and not _state["over"]:
        return
    stored, used = _state["stored"], _state["used"]
    if _over_budget(stored):
        stored = {k: v for k, v in stored.items() if k in used}
    path = _state["path"]
    tmp = None
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".patterns-")
        payload = marshal.dumps(stored)
        with os.fdopen(fd, "wb") as fh:
            fh.write(hashlib.sha256(payload).digest() + payload)
        os.replace(tmp, path)
    except (OSError, ValueError):  # a read-only cache, a full disk: compiled again next time
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    _state["new"], _state["over"] = 0, False
