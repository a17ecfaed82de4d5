"""Throughput of statement extraction: articles/s and MB/s on a synthetic corpus, one process.

The corpus (default 1,000 articles) is made by recombining the sentences of data/corpus into
new articles of 25 lines each, written to a temporary directory.
Run: python benchmarks/bench_extract.py [N]
"""
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rhetoric.actors import load_actors  # noqa: E402
from rhetoric.corpus import iter_articles  # noqa: E402
from rhetoric.extract.statements import extract_corpus  # noqa: E402


def main(n: int = 1000) -> None:
    lines = [s.text for a in iter_articles(ROOT / "data" / "corpus") for s in a.sentences]
    rng = random.Random(0)
    registry = load_actors()
    with tempfile.TemporaryDirectory() as tmp:
        size = 0
        for i in range(n):
            body = "\n".join(rng.choice(lines) for _ in range(25)) + "\n"
            text = f"---\nid: b{i:05d}\ntitle: synthetic {i}\noutlet: null\npublished: 2025-10-15\nlanguage: en\n---\n{body}"
            (Path(tmp) / f"b{i:05d}.md").write_text(text, encoding="utf-8")
            size += len(body.encode("utf-8"))
        t0 = time.perf_counter()
        table = extract_corpus(tmp, registry, progress=False)
        dt = time.perf_counter() - t0
    print(f"{n} articles, {size / 1e6:.2f} MB, {len(table)} rows in {dt:.2f} s: "
          f"{n / dt:.0f} articles/s, {size / 1e6 / dt:.2f} MB/s (single process)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
