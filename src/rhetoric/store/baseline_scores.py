"""The baselines' scores on the study corpus: computed once by ``make baselines``, read by reports.

The spaCy + textacy direct-quotation baseline (``rhetoric.extract.baselines``) needs spaCy,
textacy and a spaCy model (the optional ``baselines`` group, about 460 MB) and several seconds
to run, and its result on the study corpus changes only when the corpus, its hand coding, the
actor registry or the baseline's code does. So its scores are computed by ``make baselines``
(``python -m rhetoric baselines``, which calls ``write_scores``) and committed as a small table,
``TABLE`` (``src/rhetoric/data/baseline_scores.csv``: subset, metric, value, n, the columns of
``rhetoric.extract.evaluation.textacy_baseline``). The stance report reads it with
``read_scores`` and names ``REMAKE_COMMAND``; ``tests/test_baselines.py`` recomputes it with the
group installed and fails when the committed table is not current.

The table sits in the package (not in ``data/``, which is input and never written by code),
so an installed package finds it and the build counts it among every report's inputs.

The VADER sentence-sentiment baseline is not in the table: it needs only the default install
and scores whatever hand coding the report has, in a fraction of a second.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from rhetoric.paths import DEFAULT_ACTORS, DEFAULT_ANNOTATIONS, DEFAULT_CORPUS

#: The committed table of the baselines' scores on the study corpus.
TABLE = Path(__file__).resolve().parents[1] / "data" / "baseline_scores.csv"
#: What remakes it (the Makefile target; it installs the baselines group first).
REMAKE_COMMAND = "make baselines"
COLUMNS = ["subset", "metric", "value", "n"]


def compute_scores(corpus_dir: Path | str = DEFAULT_CORPUS, annotations_dir: Path | str = DEFAULT_ANNOTATIONS,
                   actors_path: Path | str = DEFAULT_ACTORS) -> pd.DataFrame:
    """The textacy baseline's scores on a corpus against its hand coding (needs the baselines group)."""
    from rhetoric.actors import load_actors
    from rhetoric.annotations import load_coded_statements
    from rhetoric.extract.baselines import textacy_extract_corpus
    from rhetoric.extract.evaluation import textacy_baseline

    rows = textacy_extract_corpus(corpus_dir, load_actors(actors_path))
    return textacy_baseline(rows, load_coded_statements(annotations_dir))[COLUMNS].reset_index(drop=True)


def write_scores(path: Path | str = TABLE) -> pd.DataFrame:
    """Compute the scores on the study corpus and write them to ``path``; returns them."""
    scores = compute_scores()
    # repr of each float: read back, the values are the same
    Path(path).write_text(scores.to_csv(index=False, lineterminator="\n", float_format=lambda v: repr(float(v))), encoding="utf-8")
    return scores


def read_scores(path: Path | str = TABLE) -> pd.DataFrame:
    """The committed scores, with the values exactly as computed."""
    table = pd.read_csv(path, dtype={"subset": str, "metric": str, "n": "int64"})
    return table[COLUMNS]


def is_study(corpus_dir: Path | str, annotations_dir: Path | str | None) -> bool:
    """Whether scores on this corpus and hand coding are the table's (the study corpus with its
    own hand coding; ``annotations_dir`` None means the study's, as ``statements_to_score``
    falls back to it)."""
    same = Path(corpus_dir).resolve() == DEFAULT_CORPUS.resolve()
    return same and (annotations_dir is None or Path(annotations_dir).resolve() == DEFAULT_ANNOTATIONS.resolve())
