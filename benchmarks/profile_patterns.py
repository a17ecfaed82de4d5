"""Which regular expressions the extraction runs, how often, over how many characters, and
whether ``re`` can skip ahead in them: a guide for speed work (``docs/DEVELOPING.md``).

    python benchmarks/profile_patterns.py [CORPUS] [--actors FILE] [--top N]

Runs ``extract_corpus`` once to warm up, then once more with every compiled pattern of the
extraction modules (and their ``re.search(...)``-style calls) wrapped in a counter. For each
pattern it prints the characters scanned (``search``/``finditer``/``sub``), the calls, and
what ``re`` can skip to before trying the pattern at a position:

- ``literal``: a fixed prefix, found with a fast string search;
- ``class``:   a class of first characters, tested at each position in C;
- ``NONE``:    nothing: the pattern is entered at every character of the text it scans.

A ``NONE`` pattern over many characters is the first thing to rewrite: spell it so that every
alternative begins with a literal character (``rhetoric.regexes.letter_branches``,
``at_word_start``), keep the plain form beside it, and add the pair to tests/test_regexes.py.
(``WordStartPattern`` scans are not listed: they are built to skip ahead.)
"""

from __future__ import annotations

import argparse
import re
import re._compiler as sre_compile
import re._parser as sre_parse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The modules whose patterns run during extraction (every stage of rhetoric.extract that has any).
MODULES = ("extract.vocabulary", "extract.quotes", "extract.mentions", "extract.clauses", "extract.attribution",
           "extract.reported", "extract.targets", "extract.channels", "extract.anchoring", "extract.stance",
           "extract.dates", "extract.date_patterns", "extract.events", "extract.quotelists", "extract.resolve",
           "extract.transcript", "corpus", "actors")  # (the last three extraction modules counted since session 53)


def skips_to(rx: re.Pattern) -> str:
    """What ``re`` can skip to in a search with this pattern (the information its compiler
    puts at the start of the code: a literal prefix or a class of first characters)."""
    parsed = sre_parse.parse(rx.pattern, rx.flags)
    if not rx.flags & re.IGNORECASE and sre_compile._get_literal_prefix(parsed, rx.flags)[0]:
        return "literal"
    return "class" if sre_compile._get_charset_prefix(parsed, rx.flags) else "NONE"


class Counted:
    """A compiled pattern that counts its calls and the characters it scans."""

    def __init__(self, rx: re.Pattern, name: str, tally: "Tally"):
        self.rx, self.name, self.tally = rx, name, tally
        tally.kind[name] = skips_to(rx)

    def __getattr__(self, attr):
        return getattr(self.rx, attr)

    def _count(self, text: str, pos: int = 0, endpos: int | None = None, scans: bool = True) -> None:
        self.tally.calls[self.name] += 1
        if scans:
            end = len(text) if endpos is None else min(endpos, len(text))
            self.tally.chars[self.name] += max(0, end - pos)

    def search(self, text, pos=0, endpos=sys.maxsize):
        self._count(text, pos, endpos)
        return self.rx.search(text, pos, endpos)

    def finditer(self, text, pos=0, endpos=sys.maxsize):
        self._count(text, pos, endpos)
        return self.rx.finditer(text, pos, endpos)

    def findall(self, text, pos=0, endpos=sys.maxsize):
        self._count(text, pos, endpos)
        return self.rx.findall(text, pos, endpos)

    def match(self, text, pos=0, endpos=sys.maxsize):
        self._count(text, scans=False)
        return self.rx.match(text, pos, endpos)

    def fullmatch(self, text, pos=0, endpos=sys.maxsize):
        self._count(text, scans=False)
        return self.rx.fullmatch(text, pos, endpos)

    def sub(self, repl, text, count=0):
        self._count(text)
        return self.rx.sub(repl, text, count)


class Tally:
    def __init__(self):
        self.calls, self.chars, self.kind = Counter(), Counter(), {}
        self._inline: dict[tuple, Counted] = {}

    def inline(self, module: str, pattern, flags: int = 0) -> Counted:
        """The counter of a ``re.search("…", text)``-style call in ``module``."""
        key = (module, pattern, flags)
        if key not in self._inline:
            rx = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags)
            self._inline[key] = Counted(rx, f"{module}: re.…({rx.pattern[:60]!r})", self)
        return self._inline[key]


class CountingRe:
    """Stands in for the ``re`` module inside one extraction module."""

    def __init__(self, module: str, tally: Tally):
        self._module, self._tally = module, tally

    def __getattr__(self, attr):
        return getattr(re, attr)

    def search(self, pattern, text, flags=0):
        return self._tally.inline(self._module, pattern, flags).search(text)

    def match(self, pattern, text, flags=0):
        return self._tally.inline(self._module, pattern, flags).match(text)

    def fullmatch(self, pattern, text, flags=0):
        return self._tally.inline(self._module, pattern, flags).fullmatch(text)

    def finditer(self, pattern, text, flags=0):
        return self._tally.inline(self._module, pattern, flags).finditer(text)

    def sub(self, pattern, repl, text, count=0, flags=0):
        return self._tally.inline(self._module, pattern, flags).sub(repl, text, count)


def instrument(tally: Tally) -> None:
    import importlib

    for short in MODULES:
        module = importlib.import_module(f"rhetoric.{short}")
        for name, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                setattr(module, name, Counted(value, f"{short}.{name}", tally))
            elif isinstance(value, list) and value and all(
                    isinstance(x, tuple) and x and isinstance(x[-1], re.Pattern) for x in value):
                setattr(module, name, [(*x[:-1], Counted(x[-1], f"{short}.{name}[{i}]", tally))
                                       for i, x in enumerate(value)])
        for cls in [v for v in vars(module).values() if isinstance(v, type) and v.__module__ == module.__name__]:
            for name, value in list(vars(cls).items()):
                if isinstance(value, re.Pattern):
                    setattr(cls, name, Counted(value, f"{short}.{cls.__name__}.{name}", tally))
        module.re = CountingRe(short, tally)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", default=str(ROOT / "data" / "corpus"))
    parser.add_argument("--actors", default=str(ROOT / "data" / "actors.yml"))
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args(argv)

    from rhetoric.actors import load_actors
    from rhetoric.extract.statements import extract_corpus
    from rhetoric.store.parquet import release_memo_caches

    registry = load_actors(args.actors)
    extract_corpus(args.corpus, registry, progress=False)  # imports, compiled patterns
    tally = Tally()
    instrument(tally)
    release_memo_caches()
    extract_corpus(args.corpus, registry, progress=False)
    entered = sum(n for name, n in tally.chars.items() if tally.kind[name] == "NONE")
    print(f"characters scanned by patterns that re cannot skip ahead in: {entered:,}")
    print(f"{'chars':>11} {'calls':>7}  skips to  pattern")
    for name, n in tally.chars.most_common(args.top):
        print(f"{n:>11,} {tally.calls[name]:>7,}  {tally.kind[name]:<8}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
