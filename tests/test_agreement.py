"""Inter-coder agreement (rhetoric.analysis.agreement, `python -m rhetoric agreement`): the gold
against itself, against a copy with stances changed (α worked out by hand), and against the
automated extraction (the figure the stance report shows)."""

from __future__ import annotations

import math
from collections import Counter

import pandas as pd
import pytest
from conftest import ACTORS, ANNOTATIONS, CORPUS, run_cli

from rhetoric.actors import load_actors
from rhetoric.analysis.agreement import agreement, krippendorff_alpha, verdict, weighted_kappa
from rhetoric.annotations import load_coded_events, load_coded_statements
from rhetoric.report import stance_views


@pytest.fixture(scope="module")
def gold() -> pd.DataFrame:
    return load_coded_statements(ANNOTATIONS)


def _rows(stances: list[int]) -> pd.DataFrame:
    """One statement per stance, each with one target, at offsets 10 characters apart."""
    return pd.DataFrame([{"article_id": "a1", "statement_id": f"S{i}", "speaker": "vucic", "target": "turkey",
                          "kind": "direct", "quote": "x", "start": 10 * i, "end": 10 * i + 5, "said_on": "",
                          "stance": s} for i, s in enumerate(stances)])


def test_alpha_and_weighted_kappa_of_a_small_case_worked_out_by_hand():
    # A = (-2, -1, 0, 2), B = (-2, 0, 0, 2). Coincidences: (-2,-2) 2, (-1,0) and (0,-1) 1 each,
    # (0,0) 2, (2,2) 2; n_c: -2:2, -1:1, 0:3, 2:2; n = 8. Ordinal δ(c,k) = (Σ_{g=c..k} n_g - (n_c+n_k)/2)².
    # D_o = (1/8)·(1·δ(-1,0) + 1·δ(0,-1)) = (1/8)·(4 + 4) = 1.
    # D_e = Σ_{c≠k} n_c n_k δ / (8·7) with δ(-2,-1) 2.25, δ(-2,0) 12.25, δ(-2,2) 36, δ(-1,0) 4,
    # δ(-1,2) 20.25, δ(0,2) 6.25: 2·(4.5 + 73.5 + 144 + 12 + 40.5 + 37.5) / 56 = 624/56.
    # α = 1 - 56/624 = 71/78.
    a, b = [-2, -1, 0, 2], [-2, 0, 0, 2]
    assert krippendorff_alpha(a, b) == pytest.approx(71 / 78)
    # κ (quadratic): Σ w·O = 1 (the -1/0 pair, (i-j)² = 1); Σ w·E = Σ a_i b_j (i-j)² / n = 68/4 = 17.
    assert weighted_kappa(a, b) == pytest.approx(1 - 1 / 17)
    result = agreement(_rows(a), _rows(b))
    assert result.value("stance_alpha") == pytest.approx(71 / 78)
    assert result.value("stance_kappa") == pytest.approx(16 / 17)
    assert result.value("stance_exact") == 0.75 and result.value("unitizing") == 1.0
    assert list(result.disagreements["statement_a"]) == ["S1"]
    assert result.disagreements.at[0, "differs"] == "stance toward turkey (-1 vs +0)"


def test_gold_against_itself_agrees_perfectly(gold):
    _, sources = load_coded_events(ANNOTATIONS)
    result = agreement(gold, gold, sources, sources)
    assert result.value("stance_alpha") == 1.0 and result.value("stance_kappa") == 1.0
    for metric in ("unitizing", "speaker", "kind", "target_set", "target_pairs", "stance_exact", "said_on",
                   "event_sentences", "event_date"):
        assert result.value(metric) == 1.0, metric
    assert result.value("statements_a") == gold.groupby(["article_id", "statement_id"]).ngroups
    assert result.disagreements.empty


def _alpha_by_hand(a: list[int], b: list[int]) -> float:
    """Krippendorff's ordinal α of two coders without missing values, from its definition."""
    pairs = Counter()
    for x, y in zip(a, b):
        pairs[(x, y)] += 1
        pairs[(y, x)] += 1
    n_c = Counter(a) + Counter(b)
    n = sum(n_c.values())
    values = sorted(n_c)

    def delta(c, k):
        lo, hi = min(c, k), max(c, k)
        return (sum(n_c[g] for g in values if lo <= g <= hi) - (n_c[c] + n_c[k]) / 2) ** 2

    observed = sum(count * delta(c, k) for (c, k), count in pairs.items()) / n
    expected = sum(n_c[c] * n_c[k] * delta(c, k) for c in values for k in values) / (n * (n - 1))
    return 1 - observed / expected


def test_gold_against_a_copy_with_three_stances_changed(gold, tmp_path):
    changed = gold.copy()
    edits = {3: 0, 20: 2, 50: -2}  # rows of statements.csv (0-based) and their new stance
    for row, stance in edits.items():
        assert changed.at[row, "stance"] != stance
        changed.at[row, "stance"] = stance
    expected = _alpha_by_hand(list(gold["stance"]), list(changed["stance"]))
    assert 0.8 < expected < 1
    result = agreement(gold, changed)
    assert result.value("stance_alpha") == pytest.approx(expected, abs=1e-12)
    assert result.value("stance_exact") == pytest.approx(1 - 3 / len(gold))
    assert result.value("speaker") == 1.0 and result.value("unitizing") == 1.0
    assert set(result.disagreements["statement_a"]) == set(gold.loc[list(edits), "statement_id"])
    # the command gives the same figure, from two folders
    for name, table in (("a", gold), ("b", changed)):
        (tmp_path / name).mkdir()
        table.to_csv(tmp_path / name / "statements.csv", index=False)
    out = run_cli("agreement", str(tmp_path / "a"), str(tmp_path / "b"), "--corpus", str(CORPUS),
                  "--out", str(tmp_path / "out"))
    assert out.returncode == 0, out.stderr
    written = pd.read_csv(tmp_path / "out" / "agreement.csv").set_index("metric")
    assert written.at["stance_alpha", "value"] == pytest.approx(expected, abs=1e-12)
    assert f"stance: Krippendorff's alpha, ordinal {expected:.3f}" in " ".join(out.stdout.split())
    assert "the 3 statements the coders disagree on most" in out.stdout


def test_gold_against_the_extraction_gives_the_figure_the_stance_report_shows(tmp_path):
    out = run_cli("agreement", str(ANNOTATIONS), "auto", "--corpus", str(CORPUS), "--out", str(tmp_path))
    assert out.returncode == 0, out.stderr
    written = pd.read_csv(tmp_path / "agreement.csv").set_index("metric")
    table, text = stance_views.reliability(CORPUS, load_actors(ACTORS), ANNOTATIONS)
    shown = table[table["comparison"] == "hand coding vs automated extraction"].set_index("metric")
    for metric in ("stance_alpha", "stance_kappa", "unitizing", "speaker", "said_on"):
        assert shown.at[metric, "value"] == round(written.at[metric, "value"], 3), metric
    alpha = written.at["stance_alpha", "value"]
    assert f"Krippendorff's α = {alpha:.2f}" in text and verdict(alpha) in text
    assert len(pd.read_csv(tmp_path / "disagreements.csv")) > 0


def test_a_second_coders_folder_beside_the_first_adds_human_agreement(gold, tmp_path):
    for name in ("annotations", "annotations_b"):
        (tmp_path / name).mkdir()
        gold.to_csv(tmp_path / name / "statements.csv", index=False)
    table, text = stance_views.reliability(CORPUS, load_actors(ACTORS), tmp_path / "annotations")
    human = table[table["comparison"] == "first vs second human coder"].set_index("metric")
    assert human.at["stance_alpha", "value"] == 1.0
    assert "Two human coders agree at **α = 1.00**" in text


def test_verdict_uses_the_customary_thresholds():
    assert verdict(0.85).startswith("reliable") and verdict(0.7).startswith("tentative")
    assert verdict(0.5).startswith("not reliable") and verdict(math.nan) == "undefined"
