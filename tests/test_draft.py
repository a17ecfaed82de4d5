"""`python -m rhetoric draft`: the extraction as hand-coding files that validate accepts, marked
draft, never written over existing coding; reports built from a draft say it is unreviewed."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import ANNOTATIONS, CORPUS, ROOT, run_cli

from rhetoric.actors import actors_for_corpus, load_actors
from rhetoric.annotations import AnnotationError, validate_annotations
from rhetoric.coding.draft import draft_statements, write_draft
from rhetoric.corpus import load_corpus
from rhetoric.report import tables
from rhetoric.store.loading import Review, coding_review

FORK = ROOT / "tests" / "fork" / "corpus"


@pytest.mark.parametrize("corpus", [FORK, CORPUS], ids=["fork", "study"])
def test_draft_is_hand_coding_that_validate_accepts_with_every_row_a_draft(tmp_path, corpus):
    registry = load_actors(actors_for_corpus(corpus))
    counts = write_draft(corpus, registry, tmp_path / "draft")
    assert counts["statements.csv"] > 0 and counts["events.csv"] > 0
    validate_annotations(tmp_path / "draft", load_corpus(corpus), registry)
    for name, n in counts.items():
        table = pd.read_csv(tmp_path / "draft" / name, dtype=str, keep_default_na=False)
        assert len(table) == n and set(table["status"]) == {"draft"}
    statements = pd.read_csv(tmp_path / "draft" / "statements.csv", dtype=str, keep_default_na=False)
    # every column the extraction can fill is filled: offsets, kind, CAMEO, PLOVER where it has one, Goldstein
    assert (statements[["start", "end", "kind", "cameo", "goldstein", "stance", "speaker"]] != "").all().all()
    assert statements["statement_id"].str.fullmatch(r"[\w.-]+-S\d{3}").all()
    assert coding_review(tmp_path / "draft") == Review(sum(counts.values()), sum(counts.values()))


def test_a_statement_dated_only_to_an_interval_keeps_its_dates_in_the_note():
    row = {"article_id": "a1", "statement_id": "a1:001", "speaker": "vucic", "target": "turkey",
           "kind": "direct", "quote": "x", "start": 0, "end": 1, "said_on": "2025-10-09",
           "said_on_precision": "interval", "channel": "", "cameo": "111", "plover": "ACCUSE",
           "goldstein": -2.0, "stance": -2, "verb": "said", "flag": ""}
    out = draft_statements(pd.DataFrame([row])).iloc[0]
    assert (out["said_on"], out["said_on_precision"]) == ("", "")
    assert "2025-10-09 (interval)" in out["note"] and out["statement_id"] == "a1-S001"


def test_draft_never_writes_into_a_folder_that_holds_coding(tmp_path):
    folder = tmp_path / "coding"
    folder.mkdir()
    (folder / "statements.csv").write_text("mine\n", encoding="utf-8")
    result = run_cli("draft", str(FORK), "--out", str(folder))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ")
    assert "already holds coding (statements.csv)" in result.stderr
    assert (folder / "statements.csv").read_text(encoding="utf-8") == "mine\n"
    assert sorted(p.name for p in folder.iterdir()) == ["statements.csv"]


def _gold_copy(tmp_path, edit) -> tuple:
    folder = tmp_path / "coding"
    folder.mkdir()
    table = pd.read_csv(ANNOTATIONS / "statements.csv", dtype=str, keep_default_na=False)
    edit(table)
    table.to_csv(folder / "statements.csv", index=False)
    return folder, load_corpus(CORPUS), load_actors(actors_for_corpus(CORPUS))


def test_only_a_draft_row_may_leave_its_target_empty(tmp_path):
    def edit(table):
        table["status"] = "reviewed"
        table.loc[0, "target"] = ""
        table.loc[1, ["target", "status"]] = ["", "draft"]
    folder, corpus, registry = _gold_copy(tmp_path, edit)
    with pytest.raises(AnnotationError) as caught:
        validate_annotations(folder, corpus, registry)
    assert caught.value.problems == [f"{folder / 'statements.csv'}, row 2, column target: empty: a reviewed "
                                     f"row needs a target (only a draft row may leave it empty)"]


def test_status_is_draft_or_reviewed(tmp_path):
    folder, corpus, registry = _gold_copy(tmp_path, lambda t: t.insert(len(t.columns), "status", "done"))
    with pytest.raises(AnnotationError, match="column status"):
        validate_annotations(folder, corpus, registry)


def test_reports_say_the_coding_is_unreviewed_while_any_row_is_a_draft(tmp_path):
    def edit(table):
        table["status"] = "reviewed"
        table.loc[3, "status"] = "draft"
    folder, _, _ = _gold_copy(tmp_path, edit)
    review = coding_review(folder)
    assert review == Review(1, 106) and review.unreviewed
    assert "Unreviewed draft" in tables.provenance_note("hand-coded", "statements", review)
    assert "1 of its 106 rows still have status `draft`" in tables.review_sentence(review)
    reviewed = coding_review(ANNOTATIONS)
    assert not reviewed.unreviewed and tables.review_sentence(reviewed) == ""
    assert "Unreviewed" not in tables.provenance_note("hand-coded", "statements", reviewed)
