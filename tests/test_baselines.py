"""The spaCy/textacy quotation baseline (rhetoric.extract.baselines) and its place in the evaluation."""
from pathlib import Path

import pandas as pd
import pytest

from rhetoric.actors import load_actors
from rhetoric.columns import STATEMENT_COLUMNS as COLUMNS
from rhetoric.corpus import read_article
from rhetoric.extract.baselines import MODEL, load_model, textacy_extract_corpus, textacy_quotations
from rhetoric.extract.evaluation import TEXTACY_METRICS, evaluate, report, textacy_baseline
from rhetoric.extract.statements import extract_corpus

ROOT = Path(__file__).resolve().parents[1]
UNSEEN_REG = load_actors(ROOT / "tests" / "unseen" / "actors.yml")
CORPUS = ROOT / "data" / "corpus"
GOLD = ROOT / "data" / "annotations" / "statements.csv"


def _article(tmp_path, body, exclude=""):
    p = tmp_path / "t1.md"
    p.write_text(f"---\nid: t1\ntitle: t\noutlet: null\npublished: 2025-05-09\nlanguage: en\n{exclude}---\n{body}",
                 encoding="utf-8")
    return read_article(p)


def test_model_loads_offline_from_the_installed_package(monkeypatch):
    import spacy.util

    # the package is installed: spaCy finds it without any download
    assert spacy.util.is_package(MODEL)
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.setenv(var, "http://127.0.0.1:9")  # any network access would fail
    nlp = load_model()
    assert "parser" in nlp.pipe_names and nlp.lang == "en"
    assert load_model() is nlp  # loaded once per process


def test_finds_a_direct_quotation_with_its_speaker_and_exact_offsets(tmp_path):
    body = ("Greek Foreign Minister Giorgos Gerapetritis spoke in Athens on Tuesday.\n"
            "\"Ankara is once again trying to impose a solution that violates every UN resolution,\" "
            "Gerapetritis told reporters.\n")
    a = _article(tmp_path, body)
    rows = textacy_quotations(a, UNSEEN_REG)
    assert len(rows) == 1
    r = rows[0]
    assert set(r) >= set(COLUMNS)
    assert r["speaker"] == "gerapetritis" and r["kind"] == "direct" and r["target"] == ""
    assert a.body[r["start"]:r["end"]] == r["quote"]
    assert r["quote"].startswith("Ankara is once again") and r["quote"].endswith("resolution,")


def test_excluded_passages_are_skipped_and_offsets_stay_in_the_body(tmp_path):
    body = ("🔥 EXCLUSIVE: \"We will win this war against Brussels,\" Orbán said.\n"
            "\"The bureaucrats in Brussels want to decide who lives in our country,\" Orbán said on state radio.\n")
    exclude = "exclude:\n  - {text: \"🔥 EXCLUSIVE\", reason: promotional teaser}\n"
    a = _article(tmp_path, body, exclude)
    rows = textacy_quotations(a, UNSEEN_REG)
    assert [r["speaker"] for r in rows] == ["orban"]
    assert rows[0]["start"] > body.index("\n")
    assert a.body[rows[0]["start"]:rows[0]["end"]] == rows[0]["quote"]


def test_unbalanced_quotation_loses_only_its_paragraph(tmp_path):
    body = ("Pashinyan said the deal was \"a historic opportunity for the whole region.\n"
            "\"Washington is meddling in a region it does not understand,\" Zakharova said.\n")
    rows = textacy_quotations(_article(tmp_path, body), UNSEEN_REG)
    assert [r["speaker"] for r in rows] == ["zakharova"]


def test_corpus_frame_has_the_extractor_columns():
    df = textacy_extract_corpus(ROOT / "tests" / "unseen" / "corpus", UNSEEN_REG)
    assert list(df.columns) == COLUMNS and len(df) > 0
    assert (df["kind"] == "direct").all() and (df["stance"] == 0).all()


def test_report_appends_the_textacy_rows_and_keeps_the_others():
    gold = pd.read_csv(GOLD, dtype=str, keep_default_na=False)
    pred = extract_corpus(CORPUS, load_actors(), progress=False)
    plain = report(pred, gold)
    both = report(pred, gold, textacy=textacy_extract_corpus(CORPUS, load_actors()))
    assert both.iloc[:len(plain)].equals(plain)
    added = both.iloc[len(plain):]
    assert tuple(added["metric"]) == TEXTACY_METRICS and set(added["subset"]) == {"attributed"}


def test_our_extractor_beats_the_textacy_baseline_on_the_corpus_gold():
    """What the rule-based method buys over an off-the-shelf quotation finder: it must find more
    of the gold statements and get more of their speakers right (an assertion that can fail)."""
    gold = pd.read_csv(GOLD, dtype=str, keep_default_na=False)
    reg = load_actors()
    ours = evaluate(extract_corpus(CORPUS, reg, progress=False), gold)
    ours = ours[ours.subset == "attributed"].set_index("metric")["value"]
    base = textacy_baseline(textacy_extract_corpus(CORPUS, reg), gold).set_index("metric")["value"]
    assert ours["statement_recall"] > base["textacy_statement_recall"]
    assert ours["speaker_accuracy"] > base["textacy_speaker_accuracy"]
    # and the baseline is a real one: it finds some of the direct quotes
    assert base["textacy_direct_recall"] > 0


@pytest.mark.parametrize("metric", ["textacy_statement_recall", "textacy_speaker_accuracy"])
def test_textacy_baseline_is_scored_with_the_same_matching(metric):
    gold = pd.DataFrame([{"article_id": "a", "statement_id": "g1", "speaker": "x", "target": "t", "kind": "direct",
                          "quote": "q", "start": 0, "end": 10, "said_on": "", "stance": -1, "cameo": "111"}])
    rows = pd.DataFrame([{"article_id": "a", "statement_id": "p1", "speaker": "x", "target": "", "kind": "direct",
                          "quote": "q", "start": 2, "end": 8, "said_on": "", "stance": 0, "cameo": ""}])
    assert textacy_baseline(rows, gold).set_index("metric")["value"][metric] == 1.0


# --- the committed table of the baseline's scores (rhetoric.store.baseline_scores) -----------

def test_committed_baseline_scores_are_current():
    """src/rhetoric/data/baseline_scores.csv is what `make baselines` computes today: the study
    corpus, its hand coding, the registry and the baseline's code give the same scores."""
    from rhetoric.store.baseline_scores import REMAKE_COMMAND, compute_scores, read_scores

    fresh, committed = compute_scores(), read_scores()
    pd.testing.assert_frame_equal(committed, fresh, check_exact=True, check_dtype=False,
                                  obj=f"baseline_scores.csv (stale: run `{REMAKE_COMMAND}`)")


def test_stance_report_scores_are_the_same_as_running_the_baseline():
    """The stance report reads the table instead of running textacy: its evaluation table is
    the one it gave when it ran the baseline on every build, value for value."""
    from rhetoric.corpus import load_corpus
    from rhetoric.report.stance_views import evaluation_table
    from rhetoric.store.loading import statements_to_score

    reg = load_actors()
    scores, _ = evaluation_table(CORPUS, reg, ROOT / "data" / "annotations")
    scoring = statements_to_score(CORPUS, reg, ROOT / "data" / "annotations")
    bodies = dict(zip(*load_corpus(CORPUS)[["id", "body"]].T.values))
    before = report(scoring.predicted, scoring.gold, bodies, textacy=textacy_extract_corpus(CORPUS, reg))
    before["value"] = before["value"].round(3)
    pd.testing.assert_frame_equal(scores, before, check_exact=True, check_dtype=False)
