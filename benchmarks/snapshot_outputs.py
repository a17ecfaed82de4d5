"""Write every extraction table a speed change must leave unchanged, to compare before and after.

    python benchmarks/snapshot_outputs.py /tmp/before      # on the old code
    python benchmarks/snapshot_outputs.py /tmp/after       # on the new code
    diff -r /tmp/before /tmp/after && echo same            # byte for byte

Writes statements (``rhetoric extract``) and dated sentences (``rhetoric events``) as CSV for
the corpus, the unseen test articles, the fork test articles, and a synthetic corpus of 1,000
articles (``synthetic_corpus.py``, generated once under the temporary directory and reused).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from synthetic_corpus import generate  # noqa: E402

CORPORA = {
    "corpus": (ROOT / "data" / "corpus", ROOT / "data" / "actors.yml"),
    "unseen": (ROOT / "tests" / "unseen" / "corpus", ROOT / "tests" / "unseen" / "actors.yml"),
    "fork": (ROOT / "tests" / "fork" / "corpus", ROOT / "tests" / "fork" / "actors.yml"),
}


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    synthetic = generate(Path(tempfile.gettempdir()) / "rhetoric-bench" / "corpus_1000", 1000, quiet=True)
    corpora = {**CORPORA, "synthetic_1000": (synthetic, ROOT / "data" / "actors.yml")}
    for name, (corpus, actors) in corpora.items():
        for command in ("extract", "events"):
            target = out / f"{name}_{command}.csv"
            subprocess.run([sys.executable, "-m", "rhetoric", command, str(corpus), "--out", str(target),
                            "--actors", str(actors), "--quiet"], check=True)
            print(f"{target}: {target.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1])))
