"""Rhetoric shift: series, detection, evidence and the ``shift`` command.

The unit cases are small invented statement tables (other speakers, other words, other dates
than the corpus); tests/unseen_shift is a fictional two-article corpus with its own actors and
hand-coded statements. The corpus checks at the end pin what the real corpus gives.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest
from conftest import ACTORS, ANNOTATIONS, CORPUS, ROOT, run_cli

from rhetoric.actors import UnknownActorError, load_actors
from rhetoric.analysis.shift import SHIFT_THRESHOLD, ShiftError, detect_shift, shift_for, statement_series
from rhetoric.paths import default_annotations
from rhetoric.report.shift_views import summary

UNSEEN = ROOT / "tests" / "unseen_shift"


def row(sid, target, stance, date="", precision=None, article="a1", start=0, goldstein=None,
        speaker="minister", note="", quote=None, **extra):
    if precision is None:
        precision = "day" if date else ""
    if goldstein is None:
        goldstein = {-2: -2.0, -1: -2.0, 0: 0.0, 1: 4.0, 2: 3.4}[stance]
    return {"article_id": article, "statement_id": sid, "speaker": speaker, "target": target,
            "kind": "reported", "quote": quote or f"statement {sid}", "start": start,
            "end": start + 10, "said_on": date, "said_on_precision": precision,
            "goldstein": goldstein, "stance": stance, "note": note, **extra}


def table(*rows) -> pd.DataFrame:
    return pd.DataFrame(list(rows))


def detect(frame, speaker="minister", targets=("neighbour",)):
    series = statement_series(frame, speaker, list(targets))
    return series, detect_shift(series, speaker, list(targets))


# --- reversals -------------------------------------------------------------------------------

def test_minister_who_denounces_a_neighbour_then_praises_it_days_later_is_a_hostile_to_conciliatory_shift():
    frame = table(
        row("S1", "neighbour", -2, "2024-05-02", article="a1", start=10),   # "reckless provocation"
        row("S2", "neighbour", -1, "2024-05-03", article="a2", start=5),    # "we expect an apology"
        row("S3", "neighbour", 2, "2024-05-06", article="a2", start=90),    # "a valued friend"
        row("S4", "neighbour", 1, "2024-05-06", article="a3", start=40),    # "talks next week"
    )
    _, res = detect(frame)
    assert res.shift_detected
    assert res.direction == "hostile→conciliatory"
    assert res.from_stance == -1.5 and res.to_stance == 1.5 and res.magnitude_stance == 3.0
    assert res.old_stance_until == "2024-05-03" and res.new_stance_from == "2024-05-06"
    assert res.latency_days == 3
    assert res.from_goldstein == -2.0 and res.to_goldstein == pytest.approx(3.7)
    assert res.magnitude_goldstein == pytest.approx(5.7)
    ev = res.evidence
    assert (ev.n_statements, ev.n_dated, ev.n_sources) == (4, 4, 3)
    assert (ev.n_sources_before, ev.n_sources_after) == (2, 2)
    assert ev.dates_exact == 4 and ev.dates_inferred == 0
    assert ev.support.startswith("strong")


def test_conciliatory_to_hostile_reversal_is_detected_with_its_direction():
    frame = table(
        row("P1", "council", 2, "2023-11-20", speaker="president", article="k1"),
        row("P2", "council", 1, "2023-11-21", speaker="president", article="k1", start=50),
        row("P3", "council", -2, "2023-11-30", speaker="president", article="k2"),
    )
    _, res = detect(frame, "president", ["council"])
    assert res.shift_detected and res.direction == "conciliatory→hostile"
    assert (res.from_stance, res.to_stance, res.magnitude_stance) == (1.5, -2.0, -3.5)
    assert res.old_stance_until == "2023-11-21" and res.new_stance_from == "2023-11-30"
    assert res.latency_days == 9
    assert res.evidence.support.startswith("weak") and "a single statement" in res.evidence.support


def test_fictional_corpus_with_hand_coded_statements_shows_the_reversal_through_aliases():
    series, res = shift_for(UNSEEN / "corpus", "Ilse Varga", "Estavia, Brandt",
                            annotations_dir=UNSEEN / "annotations")
    assert res.source == "hand-coded" and res.speaker == "varga" and res.targets == ["estavia", "brandt"]
    assert res.shift_detected and res.direction == "hostile→conciliatory"
    assert res.old_stance_until == "2024-03-03" and res.new_stance_from == "2024-03-07"
    assert res.latency_days == 4
    # s02-S02 has a row for Brandt (+2) and one for Estavia (+1): one statement, mean 1.5
    s2 = series[series["statement_id"] == "s02-S02"]
    assert len(s2) == 1 and s2["stance"].iloc[0] == 1.5 and s2["n_rows"].iloc[0] == 2
    assert res.to_stance == 1.75
    # the undated condemnation stays in the series, last, and is not used
    assert series["statement_id"].iloc[-1] == "s02-S03" and not series["placed"].iloc[-1]
    assert res.evidence.n_undated == 1 and res.evidence.n_dated == 5
    assert res.evidence.support.startswith("moderate")
    assert "1 statement without a day date" in res.evidence.support


def test_fictional_corpus_without_annotations_uses_the_automated_extraction():
    series, res = shift_for(UNSEEN / "corpus", "Várga", ["Estavia", "Brandt"])
    assert res.source == "automated"
    assert res.speaker == "varga" and len(series) > 0
    assert set(series["article_id"]) <= {"s01_border_row", "s02_thaw"}


# --- no reversal -----------------------------------------------------------------------------

def _assert_no_change_fields(res):
    assert not res.shift_detected
    for name in ("direction", "from_stance", "to_stance", "from_goldstein", "to_goldstein",
                 "magnitude_stance", "magnitude_goldstein", "old_stance_until",
                 "new_stance_from", "latency_days"):
        assert getattr(res, name) is None, name
    assert res.evidence.n_sources_before is None and res.evidence.n_sources_after is None


def test_consistently_hostile_speaker_has_no_shift_and_null_change_fields():
    frame = table(*(row(f"H{i}", "neighbour", s, f"2024-01-0{i}") for i, s in enumerate([-2, -1, -2, -1], 1)))
    _, res = detect(frame)
    _assert_no_change_fields(res)
    assert res.evidence.n_days == 4
    assert res.evidence.support.startswith("no shift: consistently hostile over 4 days")


def test_consistently_warm_speaker_has_no_shift():
    frame = table(row("W1", "neighbour", 1, "2024-01-01"), row("W2", "neighbour", 2, "2024-02-11"))
    _, res = detect(frame)
    _assert_no_change_fields(res)
    assert "consistently conciliatory" in res.evidence.support


def test_single_statement_has_no_shift():
    _, res = detect(table(row("X1", "neighbour", -2, "2024-01-01")))
    _assert_no_change_fields(res)
    assert res.evidence.n_statements == 1
    assert "a single dated statement" in res.evidence.support


def test_only_undated_statements_are_kept_but_cannot_be_ordered():
    frame = table(row("U1", "neighbour", -2, article="b"), row("U2", "neighbour", 2, article="a"))
    series, res = detect(frame)
    _assert_no_change_fields(res)
    assert list(series["date_basis"]) == ["missing", "missing"]
    assert list(series["article_id"]) == ["a", "b"]  # undated: by article, then offset
    assert (res.evidence.n_statements, res.evidence.n_dated, res.evidence.n_undated) == (2, 0, 2)
    assert "cannot be ordered in time" in res.evidence.support
    assert "1 hostile, 1 conciliatory" in res.evidence.support


def test_no_statement_toward_the_targets_gives_an_empty_series_and_no_shift():
    series, res = detect(table(row("Z1", "someone_else", -2, "2024-01-01")))
    assert series.empty
    _assert_no_change_fields(res)
    assert res.evidence.n_statements == 0 and "no statement" in res.evidence.support


# --- thresholds, ties and ambiguity ----------------------------------------------------------

def test_sign_change_below_the_threshold_is_reported_but_not_a_shift():
    frame = table(row("T1", "neighbour", -1, "2024-01-01"),
                  row("T2", "neighbour", 1, "2024-01-02"), row("T3", "neighbour", 0, "2024-01-02"))
    _, res = detect(frame)  # -1 -> +0.5: magnitude 1.5 < 2
    _assert_no_change_fields(res)
    assert res.evidence.n_sign_changes == 1 and res.evidence.n_reversals == 0
    assert res.sign_changes[0]["meets_threshold"] is False
    assert res.sign_changes[0]["magnitude_stance"] == 1.5
    assert "below the threshold" in res.evidence.support


def test_change_of_exactly_the_threshold_counts_as_a_shift():
    assert SHIFT_THRESHOLD == 2.0
    frame = table(row("T1", "neighbour", -1, "2024-01-01"), row("T2", "neighbour", 1, "2024-01-05"))
    _, res = detect(frame)
    assert res.shift_detected and res.magnitude_stance == 2.0 and res.latency_days == 4


def test_custom_threshold_can_make_a_change_too_small():
    frame = table(row("T1", "neighbour", -1, "2024-01-01"), row("T2", "neighbour", 1, "2024-01-05"))
    series = statement_series(frame, "minister", ["neighbour"])
    assert not detect_shift(series, threshold=2.5).shift_detected


def test_automated_reversal_resting_on_one_statement_is_not_a_shift():
    # the extraction can misdate a statement: one lone warm one must not make a reversal
    frame = table(
        row("S1", "neighbour", -2, "2023-11-02", article="p1", start=10),
        row("S2", "neighbour", -2, "2023-11-03", article="p2", start=5),
        row("S3", "neighbour", 2, "2023-11-09", article="p2", start=80),
    )
    series = statement_series(frame, "minister", ["neighbour"])
    assert detect_shift(series, "minister", ["neighbour"]).shift_detected      # hand-coded: it counts
    res = detect_shift(series, "minister", ["neighbour"], source="automated")
    assert not res.shift_detected
    assert res.sign_changes and res.sign_changes[0]["one_statement_side"]
    assert "single statement of the automated extraction" in res.evidence.support


def test_automated_reversal_with_two_statements_each_side_is_a_shift():
    frame = table(
        row("S1", "neighbour", -2, "2023-11-02", article="p1"), row("S2", "neighbour", -1, "2023-11-03", article="p2"),
        row("S3", "neighbour", 2, "2023-11-09", article="p2", start=80), row("S4", "neighbour", 1, "2023-11-10", article="p3"),
    )
    series = statement_series(frame, "minister", ["neighbour"])
    assert detect_shift(series, "minister", ["neighbour"], source="stored").shift_detected


def test_headline_gives_both_dates_and_the_gap_between_them(registry):
    from rhetoric.report.shift_views import headline, when_it_changed

    near = table(row("S1", "neighbour", -2, "2023-11-02"), row("S2", "neighbour", 2, "2023-11-04", start=40))
    _, res = detect(near)
    assert when_it_changed(res) == ("between **2 November 2023** (the last hostile statement) and "
                                    "**4 November 2023** (the first conciliatory one), 2 days apart")
    far = table(row("S1", "neighbour", -2, "2023-01-02"), row("S2", "neighbour", 2, "2023-03-04", start=40))
    _, res = detect(far)
    text = when_it_changed(res)
    assert text.startswith("somewhere between **2 January 2023**") and "61 days between" in text
    assert "cannot be placed more closely" in text
    res.speaker, res.targets = "vucic", ["turkey"]
    assert headline(res, registry).startswith("**Aleksandar Vučić reversed course toward Turkey** somewhere between")


def test_mixed_day_between_hostile_and_warm_belongs_to_neither_side_and_lengthens_the_latency():
    frame = table(row("M1", "neighbour", -2, "2024-01-01"),
                  row("M2", "neighbour", -2, "2024-01-02"), row("M3", "neighbour", 2, "2024-01-02"),
                  row("M4", "neighbour", 2, "2024-01-03"))
    _, res = detect(frame)
    assert res.shift_detected
    assert res.old_stance_until == "2024-01-01" and res.new_stance_from == "2024-01-03"
    assert res.latency_days == 2 and res.from_stance == -2.0 and res.to_stance == 2.0
    assert res.evidence.n_neutral_days == 1
    assert [d["side"] for d in res.days] == ["hostile", "neutral/mixed", "conciliatory"]


def test_hostile_then_mixed_day_only_is_not_a_shift():
    frame = table(row("M1", "neighbour", -2, "2024-01-01"),
                  row("M2", "neighbour", -1, "2024-01-02"), row("M3", "neighbour", 1, "2024-01-02"))
    _, res = detect(frame)
    _assert_no_change_fields(res)
    assert "with neutral or mixed days" in res.evidence.support


def test_two_equal_reversals_report_the_earliest_and_say_there_are_others():
    frame = table(row("R1", "neighbour", -2, "2024-01-01"), row("R2", "neighbour", 2, "2024-01-03"),
                  row("R3", "neighbour", -2, "2024-01-06"))
    _, res = detect(frame)
    assert res.shift_detected and res.direction == "hostile→conciliatory"
    assert res.new_stance_from == "2024-01-03"
    assert res.evidence.n_reversals == 2 and res.evidence.n_sign_changes == 2
    assert "1 other sign change" in res.evidence.support


def test_largest_reversal_wins_over_an_earlier_smaller_one():
    frame = table(row("R1", "neighbour", -1, "2024-01-01"), row("R2", "neighbour", 1, "2024-01-02"),
                  row("R3", "neighbour", -2, "2024-01-05"))
    _, res = detect(frame)
    assert res.direction == "conciliatory→hostile" and res.magnitude_stance == -3.0


# --- the series ------------------------------------------------------------------------------

def test_a_statement_toward_several_targets_counts_once_with_its_mean_stance():
    frame = table(row("S1", "state_a", -2, "2024-01-01"), row("S1", "leader_a", 0, "2024-01-01"),
                  row("S1", "other", 2, "2024-01-01"))
    series = statement_series(frame, "minister", ["state_a", "leader_a"])
    assert len(series) == 1
    assert series["stance"].iloc[0] == -1.0 and series["n_rows"].iloc[0] == 2
    assert series["targets"].iloc[0] == "state_a,leader_a"


def test_series_is_ordered_by_date_then_article_then_offset_with_undated_last():
    frame = table(row("D", "n", -2, "2024-02-01", article="b", start=5),
                  row("C", "n", -2, "", article="a", start=1),
                  row("B", "n", -2, "2024-01-15", article="b", start=3),
                  row("A", "n", -2, "2024-01-15", article="a", start=900),
                  row("E", "n", -2, "2024-01-15", article="a", start=20))
    series = statement_series(frame, "minister", ["n"])
    assert list(series["statement_id"]) == ["E", "A", "B", "D", "C"]


def test_month_precision_dates_are_kept_but_not_placed_on_a_day():
    frame = table(row("A", "n", -2, "2024-01", precision="month"), row("B", "n", 2, "2024-01-20"))
    series, res = detect(frame, targets=["n"])
    assert dict(zip(series["statement_id"], series["date_basis"])) == {"A": "approximate", "B": "exact"}
    assert dict(zip(series["statement_id"], series["placed"])) == {"A": False, "B": True}
    assert res.evidence.n_approximate == 1 and res.evidence.n_dated == 1
    assert not res.shift_detected


def test_inferred_dates_are_told_apart_from_exact_ones():
    frame = table(row("A", "n", -2, "2024-01-01", note="said_on inferred from 'the same day'"),
                  row("B", "n", -2, "2024-01-01", note="Date by adjacency with the previous quote"),
                  row("C", "n", 2, "2024-01-02", note="date stated"),
                  row("D", "n", 2, "2024-01-02", said_on_basis="inferred"))
    series, res = detect(frame, targets=["n"])
    assert dict(zip(series["statement_id"], series["date_basis"])) == {
        "A": "inferred", "B": "inferred", "C": "exact", "D": "inferred"}
    assert res.evidence.dates_exact == 1 and res.evidence.dates_inferred == 3
    assert "inferred dates only" in res.evidence.support and res.evidence.support.startswith("weak")


def test_hand_coded_strings_and_missing_goldstein_are_handled():
    frame = table(row("A", "n", -2, "2024-01-01"), row("B", "n", 2, "2024-01-03"))
    frame = frame.astype(str)
    frame.loc[1, "goldstein"] = ""
    series, res = detect(frame, targets=["n"])
    assert res.shift_detected and res.to_goldstein is None and res.magnitude_goldstein is None
    json.dumps(res.to_dict(), ensure_ascii=False, allow_nan=False)


def test_result_is_json_serialisable_and_lists_the_statements():
    frame = table(row("A", "n", -2, "2024-01-01", quote="“Čudno” behaviour"), row("B", "n", 2, "2024-01-03"),
                  row("C", "n", 2))  # mixed dated and undated: no NaN may leak into the JSON
    _, res = detect(frame, targets=["n"])
    data = json.loads(json.dumps(res.to_dict(), ensure_ascii=False, allow_nan=False))
    assert data["shift_detected"] is True and data["evidence"]["n_statements"] == 3
    assert data["statements"][-1]["date"] is None and data["statements"][-1]["precision"] is None
    first = data["statements"][0]
    assert {"date", "stance", "goldstein", "quote", "article_id", "start", "end"} <= set(first)
    assert first["quote"] == "“Čudno” behaviour"


def test_missing_columns_are_a_clear_error():
    with pytest.raises(ShiftError, match="said_on"):
        statement_series(pd.DataFrame({"speaker": [], "target": []}), "a", ["b"])


# --- names and sources -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def registry():
    return load_actors(ACTORS)


def test_unknown_target_raises_with_close_matches(registry):
    with pytest.raises(UnknownActorError) as err:
        shift_for(CORPUS, "Vucic", "Turkey,Erdgan", annotations_dir=ANNOTATIONS, registry=registry)
    assert "erdogan" in err.value.close


def test_speaker_among_the_targets_is_refused(registry):
    with pytest.raises(ShiftError, match="cannot be one of the targets"):
        shift_for(CORPUS, "Vučić", "Vucic", annotations_dir=ANNOTATIONS, registry=registry)


def test_missing_annotations_folder_is_an_error_not_a_silent_fallback(registry, tmp_path):
    with pytest.raises(ShiftError, match="does not exist"):
        shift_for(CORPUS, "Vucic", "Turkey", annotations_dir=tmp_path / "nope", registry=registry)


def test_default_annotations_only_for_the_repository_corpus(tmp_path):
    assert default_annotations(CORPUS) == ANNOTATIONS
    assert default_annotations(ROOT / "data" / ".." / "data" / "corpus") == ANNOTATIONS
    assert default_annotations(UNSEEN / "corpus") is None


# --- the corpus ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def vucic_turkey(registry):
    return shift_for(CORPUS, "Vucic", "Turkey,Erdogan", annotations_dir=ANNOTATIONS, registry=registry)


def test_corpus_vucic_turns_from_hostile_to_conciliatory_toward_turkey_and_erdogan(vucic_turkey):
    series, res = vucic_turkey
    assert res.source == "hand-coded" and res.targets == ["turkey", "erdogan"]
    assert res.shift_detected and res.direction == "hostile→conciliatory"
    assert res.old_stance_until == "2025-10-08" and res.new_stance_from == "2025-10-09"
    assert res.latency_days == 1
    assert res.from_stance == -2.0 and res.to_stance == 1.0 and res.magnitude_stance == 3.0
    ev = res.evidence
    assert (ev.n_statements, ev.n_dated, ev.n_undated, ev.n_sources) == (15, 10, 5, 2)
    assert (ev.n_sources_before, ev.n_sources_after) == (1, 1)
    assert (ev.dates_exact, ev.dates_inferred) == (4, 6)
    assert ev.support.startswith("weak: the hostile side rests on one source")
    # article 000 dates nothing: its five hostile statements are counted, not placed
    undated = series[~series["placed"]]
    assert set(undated["article_id"]) == {"000_a08b665b9e9d786d"} and (undated["stance"] < 0).all()


def test_corpus_osmani_shows_no_shift_toward_turkey_and_erdogan(registry):
    series, res = shift_for(CORPUS, "Osmani", "Turkey,Erdogan", annotations_dir=ANNOTATIONS, registry=registry)
    _assert_no_change_fields(res)
    assert len(series) == 3 and (series["stance"] > 0).all() and res.evidence.n_dated == 0


def test_corpus_vucic_toward_kosovo_is_consistently_hostile(registry):
    series, res = shift_for(CORPUS, "Vučić", "kosovo", annotations_dir=ANNOTATIONS, registry=registry)
    _assert_no_change_fields(res)
    assert len(series) == 4 and (series["stance"] == -1).all()
    assert [d["date"] for d in res.days] == ["2025-10-08", "2025-10-09"]
    assert res.evidence.support.startswith("no shift: consistently hostile over 2 days")


def test_summary_names_the_actors_and_the_shift(vucic_turkey, registry):
    text = summary(vucic_turkey[1], registry)
    assert text.startswith("Aleksandar Vučić → Turkey")
    assert "Shift hostile→conciliatory" in text and "latency 1 day;" in text


# --- command line ----------------------------------------------------------------------------

def test_cli_json_reports_the_vucic_reversal():
    done = run_cli("shift", "data/corpus", "--speaker", "Vucic", "--target", "Turkey,Erdogan", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["source"] == "hand-coded" and data["shift_detected"] is True
    assert data["direction"] == "hostile→conciliatory"
    assert (data["old_stance_until"], data["new_stance_from"], data["latency_days"]) == (
        "2025-10-08", "2025-10-09", 1)
    assert "→" in done.stdout  # ensure_ascii=False
    assert "NaN" not in done.stdout
    undated = [s for s in data["statements"] if not s["placed"]]
    assert len(undated) == 5 and all(s["date"] is None for s in undated)


def test_cli_json_reports_no_shift_for_osmani():
    done = run_cli("shift", "data/corpus", "--speaker", "Osmani", "--target", "Turkey,Erdogan", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["shift_detected"] is False and data["latency_days"] is None


def test_cli_human_summary_on_a_fictional_corpus_with_explicit_annotations():
    done = run_cli("shift", str(UNSEEN / "corpus"), "--speaker", "Varga", "--target", "Estavia",
                   "--annotations", str(UNSEEN / "annotations"))
    assert done.returncode == 0, done.stderr
    assert "Ilse Várga → Estavia (hand-coded statements)" in done.stdout
    assert "Shift hostile→conciliatory" in done.stdout


def test_cli_unknown_name_is_one_error_line_with_close_matches():
    done = run_cli("shift", "data/corpus", "--speaker", "Vucicc", "--target", "Turkey")
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: unknown actor 'Vucicc'.")
    assert "Close matches: vucic" in lines[0]
    assert done.stdout == ""
