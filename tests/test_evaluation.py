import pandas as pd

from rhetoric.extract.evaluation import cohen_kappa, evaluate, vader_baseline

COLS = ["article_id", "statement_id", "speaker", "target", "kind", "quote", "start", "end", "said_on", "stance", "cameo"]


def frame(rows):
    return pd.DataFrame(rows, columns=COLS)


def test_kappa_perfect_and_chance():
    assert cohen_kappa([1, 0, -1], [1, 0, -1]) == 1.0
    assert abs(cohen_kappa([1, 1, 0, 0], [1, 0, 1, 0])) < 1e-9


def test_statements_match_by_overlap_and_rows_by_target():
    gold = frame([["a", "g1", "x", "t1", "direct", "q", 0, 10, "", -2, "112"],
                  ["a", "g1", "x", "t2", "direct", "q", 0, 10, "", 1, "051"],
                  ["a", "g2", "y", "t1", "reported", "r", 20, 30, "", -1, "111"]])
    pred = frame([["a", "p1", "x", "t1", "direct", "q", 2, 8, "", -1, "112"],
                  ["a", "p2", "z", "", "reported", "s", 40, 50, "", 0, "010"]])
    t = evaluate(pred, gold)
    att = t[t.subset == "attributed"].set_index("metric")["value"]
    assert att["statement_precision"] == 0.5 and att["statement_recall"] == 0.5
    assert att["speaker_accuracy"] == 1.0 and att["target_recall"] == 0.5
    assert att["stance_sign_accuracy"] == 1.0 and att["stance_exact_accuracy"] == 0.0


def test_authorial_scored_separately_and_baseline_runs():
    gold = frame([["a", "g1", "author", "t1", "authorial", "This is a terrible disgrace.", 0, 10, "", -2, "111"]])
    t = evaluate(gold, gold)
    assert t[(t.subset == "authorial") & (t.metric == "statement_recall")]["value"].iloc[0] == 1.0
    b = vader_baseline(gold)
    assert b[(b.subset == "authorial") & (b.metric == "vader_stance_sign_accuracy")]["value"].iloc[0] == 1.0
