"""Synthetic corpora in the corpus format, made by recombining the paragraphs of data/corpus.

Article ``i`` of a synthetic corpus is built from its own random generator (seeded with
``seed`` and ``i``), so the corpus is deterministic and the first 1,000 articles of a
100,000-article corpus are the 1,000-article corpus. Each article:

* takes paragraphs of the corpus's article text (excluded passages, headings and bullets are
  left out), in random order, until its body reaches 2,000–5,000 characters;
* replaces every actor mention (``ActorRegistry.find_mentions``) by an alias of another actor
  of the same kind (a person by a person, a state by a state…), one mapping per article, so
  the names and who-says-what differ from article to article;
* shifts the explicit dates of the text ("October 8", "October 9, 2025", "27 February") and
  its publication date by the same random number of days (−400…+400);
* gets front matter: id ``syn<i>``, a title, outlet, ``published``, language ``en``.

Run: ``python benchmarks/synthetic_corpus.py OUT_DIR N [--seed S]`` (reuses OUT_DIR when it
already holds the same corpus: same N, seed and generator version).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rhetoric.actors import load_actors  # noqa: E402
from rhetoric.corpus import iter_articles  # noqa: E402

GENERATOR_VERSION = 1
MARKER = "_synthetic.json"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
_M = "|".join(MONTHS)
_DATE = re.compile(
    rf"\b(?:(?P<m1>{_M})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?P<y1>,\s*\d{{4}})?"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_M})(?P<y2>\s+\d{{4}})?)\b"
)
OUTLETS = ["Synthetic Wire", "Balkan Daily (synthetic)", "Regional Observer (synthetic)", None]


@dataclass
class Paragraph:
    text: str
    year: int                                   # year of dates written without one
    mentions: list[tuple[int, int, str]]        # (start, end, actor id)
    dates: list[tuple[int, int, re.Match]]


def load_sources(corpus_dir: Path, actors_path: Path):
    registry = load_actors(actors_path)
    paragraphs: list[Paragraph] = []
    for article in iter_articles(corpus_dir):
        for p in article.passages:
            if p.kind != "text":
                continue
            text = article.body[p.start:p.end]
            mentions = [(m.start, m.end, m.actor) for m in registry.find_mentions(text)]
            dates = [(m.start(), m.end(), m) for m in _DATE.finditer(text)]
            paragraphs.append(Paragraph(text, article.meta.published.year, mentions, dates))
    by_kind: dict[str, list] = {}
    for actor in registry.actors.values():
        if actor.kind != "author" and actor.aliases:
            by_kind.setdefault(actor.kind, []).append(actor)
    return registry, paragraphs, by_kind


def _shift_date(m: re.Match, year: int, days: int) -> str:
    month = m.group("m1") or m.group("m2")
    day = int(m.group("d1") or m.group("d2"))
    year_text = m.group("y1") or m.group("y2")
    y = int(re.sub(r"\D", "", year_text)) if year_text else year
    try:
        new = dt.date(y, MONTHS.index(month) + 1, day) + dt.timedelta(days=days)
    except ValueError:
        return m.group(0)
    name = MONTHS[new.month - 1]
    if m.group("m1"):
        return f"{name} {new.day}" + (f", {new.year}" if year_text else "")
    return f"{new.day} {name}" + (f" {new.year}" if year_text else "")


def make_article(i: int, seed: int, registry, paragraphs: list[Paragraph], by_kind) -> str:
    rng = random.Random(f"{seed}:{i}")
    days = rng.randint(-400, 400)
    mapping = {}
    for _kind, actors in sorted(by_kind.items()):
        shuffled = actors[:]
        rng.shuffle(shuffled)
        for a, b in zip(actors, shuffled):
            mapping[a.id] = b
    target = rng.randint(2000, 5000)
    parts: list[str] = []
    size = 0
    while size < target:
        p = paragraphs[rng.randrange(len(paragraphs))]
        edits = [(s, e, rng.choice(mapping[a].aliases)) for s, e, a in p.mentions if a in mapping]
        edits += [(s, e, _shift_date(m, p.year, days)) for s, e, m in p.dates
                  if not any(s < me and ms < e for ms, me, _ in p.mentions)]
        text = p.text
        for s, e, new in sorted(edits, reverse=True):
            text = text[:s] + new + text[e:]
        parts.append(text)
        size += len(text) + 2
    published = dt.date(2025, 10, 15) + dt.timedelta(days=days)
    outlet = OUTLETS[rng.randrange(len(OUTLETS))]
    front = "\n".join([
        "---", f"id: syn{i:06d}", f"title: Synthetic article {i}",
        f"outlet: {json.dumps(outlet) if outlet else 'null'}", f"published: {published.isoformat()}",
        "language: en", "---", ""])
    return front + "\n\n".join(parts) + "\n"


def generate(out_dir: Path | str, n: int, seed: int = 0, corpus_dir: Path | str = ROOT / "data" / "corpus",
             actors: Path | str = ROOT / "data" / "actors.yml", quiet: bool = False) -> Path:
    """Write an n-article synthetic corpus to out_dir (atomically); reuse it when present."""
    out = Path(out_dir)
    marker = {"generator": GENERATOR_VERSION, "n": n, "seed": seed}
    if (out / MARKER).is_file() and json.loads((out / MARKER).read_text()) == marker:
        return out
    registry, paragraphs, by_kind = load_sources(Path(corpus_dir), Path(actors))
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.tmp-"))
    try:
        for i in range(n):
            (tmp / f"syn{i:06d}.md").write_text(make_article(i, seed, registry, paragraphs, by_kind),
                                                encoding="utf-8")
            if not quiet and (i + 1) % 10000 == 0:
                print(f"  generated {i + 1:,} / {n:,}", file=sys.stderr)
        (tmp / MARKER).write_text(json.dumps(marker))
        if out.exists():
            shutil.rmtree(out)
        os.rename(tmp, out)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("out")
    p.add_argument("n", type=int)
    p.add_argument("--seed", type=int, default=0)
    a = p.parse_args(argv)
    out = generate(a.out, a.n, a.seed)
    size = sum(f.stat().st_size for f in out.glob("*.md"))
    print(f"{a.n:,} articles, {size / 1e6:.1f} MB in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
