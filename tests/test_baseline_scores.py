"""The baselines' scores the stance report reads from a committed table (no spaCy needed).

tests/test_baselines.py checks, with the baselines group installed, that the table is current
and that the report's scores are those of running the baseline."""

import os
import subprocess
import sys

import pandas as pd
import pytest
from conftest import ANNOTATIONS, CORPUS, ROOT

from rhetoric import cli
from rhetoric.actors import load_actors
from rhetoric.extract.evaluation import TEXTACY_METRICS
from rhetoric.report import stance_views
from rhetoric.report.fingerprint import package_inputs
from rhetoric.store import baseline_scores

FORK = ROOT / "tests" / "fork" / "corpus"


def test_the_table_holds_every_textacy_metric_once_with_counts():
    table = baseline_scores.read_scores()
    assert list(table.columns) == ["subset", "metric", "value", "n"]
    assert tuple(table["metric"]) == TEXTACY_METRICS and set(table["subset"]) == {"attributed"}
    assert table["value"].between(0, 1).all() and (table["n"] > 0).all()
    assert baseline_scores.TABLE.is_relative_to(ROOT / "src" / "rhetoric" / "data")


def test_written_table_reads_back_to_the_same_values(tmp_path, monkeypatch):
    computed = pd.DataFrame({"subset": ["attributed"] * 2, "metric": ["textacy_a", "textacy_b"],
                             "value": [1 / 3, 0.1 + 0.2], "n": [3, 10]})
    monkeypatch.setattr(baseline_scores, "compute_scores", lambda: computed)
    baseline_scores.write_scores(tmp_path / "t.csv")
    back = baseline_scores.read_scores(tmp_path / "t.csv")
    assert back["value"].tolist() == computed["value"].tolist()  # exactly, not approximately
    assert back["n"].tolist() == [3, 10]


@pytest.mark.parametrize("corpus, annotations, expected", [
    (CORPUS, ANNOTATIONS, True),
    (CORPUS, None, True),             # a fork without gold is scored on the study corpus
    (FORK, None, False),
    (CORPUS, ROOT / "tests" / "unseen", False),  # the study corpus with other hand coding
])
def test_the_table_applies_to_the_study_corpus_and_its_hand_coding_only(corpus, annotations, expected):
    assert baseline_scores.is_study(corpus, annotations) is expected


def test_the_stance_report_reads_the_table_and_never_loads_spacy_or_textacy():
    inputs = {p.relative_to(ROOT / "src" / "rhetoric").as_posix() for p in package_inputs(ROOT / "notebooks" / "stance.ipynb")}
    assert "store/baseline_scores.py" in inputs and "data/baseline_scores.csv" in inputs
    # what the stance notebook runs, in a fresh interpreter: the baseline's libraries stay unloaded
    code = ("import sys; from rhetoric.actors import load_actors; from rhetoric.report import stance_views; "
            f"s, _ = stance_views.evaluation_table({str(CORPUS)!r}, load_actors(), {str(ANNOTATIONS)!r}); "
            "assert s['metric'].str.startswith('textacy_').sum() == 5; "
            "print(sorted(m for m in ('spacy', 'textacy', 'thinc') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_evaluation_table_reads_the_baseline_scores_for_the_study_corpus():
    scores, scope = stance_views.evaluation_table(CORPUS, load_actors(), ANNOTATIONS)
    textacy = scores[scores["metric"].str.startswith("textacy_")].reset_index(drop=True)
    expected = baseline_scores.read_scores().assign(value=lambda t: t["value"].round(3))
    pd.testing.assert_frame_equal(textacy, expected, check_dtype=False)
    note = stance_views.baselines_note(scores)
    assert "read from `src/rhetoric/data/baseline_scores.csv`" in note and "`make baselines`" in note


def test_evaluation_table_leaves_the_baseline_out_of_another_corpus_with_gold(tmp_path):
    # the study's own articles under another name, with their hand coding: not the study corpus
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for f in CORPUS.glob("*.md"):
        (corpus / f.name).write_bytes(f.read_bytes())
    scores, scope = stance_views.evaluation_table(corpus, load_actors(), ANNOTATIONS)
    assert scope == "this corpus" and not scores["metric"].str.startswith("textacy_").any()
    assert scores["metric"].str.startswith("vader_").any()  # the VADER baseline still runs
    assert "not shown here" in stance_views.baselines_note(scores)


def test_baselines_command_says_what_to_install_when_spacy_is_missing(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "spacy", None)  # import spacy raises ImportError
    assert cli.main(["baselines", "--out", str(tmp_path / "b.csv")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "'baselines' group" in err and "make baselines" in err
    assert not (tmp_path / "b.csv").exists()
