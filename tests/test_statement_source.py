"""The reports' statements through DuckDB (rhetoric.store.source): each loader reads only
what its chart or table shows, and gives what the pandas computation over the whole table gave
(tests/pandas_reference.py), on the study's hand coding, its automated extraction, the fork
corpus and the unseen test corpora."""

from __future__ import annotations

import os

import pandas as pd
import pandas_reference as ref
import pytest
from conftest import ACTORS, ANNOTATIONS, CORPUS, ROOT

from rhetoric.actors import load_actors
from rhetoric.analysis import alignment, focus, shift
from rhetoric.report import stance_views
from rhetoric.store import loading
from rhetoric.store import parquet as store
from rhetoric.store.source import StatementSource

CASES = {
    "study, hand-coded": (CORPUS, ACTORS, ANNOTATIONS),
    "study, automated": (CORPUS, ACTORS, None),
    "fork, automated": (ROOT / "tests" / "fork" / "corpus", ROOT / "tests" / "fork" / "actors.yml", None),
    "unseen, automated": (ROOT / "tests" / "unseen" / "corpus", ROOT / "tests" / "unseen" / "actors.yml", None),
    "unseen shift, hand-coded": (ROOT / "tests" / "unseen_shift" / "corpus",
                                 ROOT / "tests" / "unseen_shift" / "actors.yml",
                                 ROOT / "tests" / "unseen_shift" / "annotations"),
}


@pytest.fixture(scope="module", autouse=True)
def cache_dir(tmp_path_factory):
    """One derived-table cache for this module, outside the user's."""
    before = os.environ.get("RHETORIC_CACHE_DIR")
    os.environ["RHETORIC_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if before is None:
        os.environ.pop("RHETORIC_CACHE_DIR", None)
    else:
        os.environ["RHETORIC_CACHE_DIR"] = before


def _loaded(case):
    corpus, actors, annotations = CASES[case]
    registry = load_actors(actors)
    source = "gold" if annotations else "automated"
    statements, kind = loading.load_statements(corpus, registry, annotations, source=source)
    whole, old_kind = ref.load_statements(corpus, registry, annotations)
    assert kind == old_kind
    return registry, statements, kind, whole


# --- the same results as the pandas computation ----------------------------------------------

@pytest.mark.parametrize("case", list(CASES))
def test_stance_report_tables_equal_the_pandas_computation(case):
    registry, statements, kind, whole = _loaded(case)
    articles = sorted(whole["article_id"].unique())[:2]
    for article in ["all", *articles]:
        new = statements if article == "all" else statements.for_article(article)
        old = ref.stance_frame(whole, registry, article)
        for name in ("stance_matrix", "by_source", "stance_points", "authorial_framing", "statement_table"):
            pd.testing.assert_frame_equal(getattr(stance_views, name)(new), getattr(ref, name)(old),
                                          obj=f"{name}, {article}")
        pd.testing.assert_frame_equal(alignment.align_across_sources(new), ref.align_across_sources(old))
        for actor in [*ref.speakers(old, registry).index, *sorted(registry.actors)[:3]]:
            assert stance_views.summarize(new, actor, registry, kind) == ref.summarize(old, actor, registry, kind)


@pytest.mark.parametrize("case", list(CASES))
def test_focus_choices_and_shift_series_equal_the_pandas_computation(case):
    registry, statements, kind, whole = _loaded(case)
    old = ref.stance_frame(whole, registry)
    pd.testing.assert_series_equal(focus.speakers(statements, registry), ref.speakers(old, registry),
                                   check_names=False)
    ranked = list(ref.speakers(old, registry).index)
    assert ranked, "every case has speakers with a target"
    for rank in range(1, len(ranked) + 1):
        assert focus.pick_speaker(statements, f"auto:{rank}", registry) == ranked[rank - 1]
    for speaker in ranked:
        targets = ref.pick_targets(old, speaker, "auto", registry)
        assert focus.pick_targets(statements, speaker, "auto", registry) == targets
        assert (focus.pick_controls(statements, speaker, targets, "auto", registry)
                == ref.pick_controls(old, speaker, targets, "auto", registry))
        pd.testing.assert_frame_equal(shift.statement_series(statements, speaker, targets),
                                      ref.statement_series(whole, speaker, targets))


def test_shift_for_gives_the_same_result_from_the_source_as_from_the_whole_table():
    registry = load_actors(ACTORS)
    series, result = shift.shift_for(CORPUS, "vucic", ["turkey", "erdogan"], ANNOTATIONS, registry)
    whole, _ = ref.load_statements(CORPUS, registry, ANNOTATIONS)
    old_series = ref.statement_series(whole, "vucic", ["turkey", "erdogan"])
    pd.testing.assert_frame_equal(series, old_series)
    assert result.to_dict() == shift.detect_shift(old_series, "vucic", ["turkey", "erdogan"],
                                                  source="hand-coded").to_dict()
    assert result.shift_detected


# --- only what is asked for --------------------------------------------------------------------

def test_the_shift_loader_returns_only_the_speakers_rows_toward_the_targets_and_the_columns_it_uses():
    registry, statements, _, whole = _loaded("study, hand-coded")
    rows = shift.series_rows(statements, "vucic", ["turkey", "erdogan"])
    expected = whole[(whole["speaker"] == "vucic") & whole["target"].isin(["turkey", "erdogan"])]
    assert len(rows) == len(expected) < len(whole)
    assert list(rows.columns) == shift.REQUIRED_COLUMNS + ["kind", "goldstein", "note"]
    assert set(rows["speaker"]) == {"vucic"} and set(rows["target"]) == {"turkey", "erdogan"}
    assert list(rows["start"]) == [int(s) for s in expected["start"]]  # corpus order


def test_one_article_reads_only_that_articles_rows():
    registry, statements, _, whole = _loaded("study, automated")
    article = sorted(whole["article_id"].unique())[0]
    table = stance_views.statement_table(statements.for_article(article))
    assert set(table["article"]) == {article}
    assert len(table) == int((whole["article_id"] == article).sum())
    assert list(table.columns) == ["article", "id", "speaker", "target", "kind", "stance", "said on",
                                   "quote", "start", "end"]


def test_alignment_reads_only_quotes_of_speakers_quoted_in_several_articles():
    registry, statements, _, whole = _loaded("study, hand-coded")
    rows = alignment.quoted_in_several_articles(statements)
    assert list(rows.columns) == ["article_id", "statement_id", "speaker", "quote", "start", "end"]
    assert rows.groupby("speaker")["article_id"].nunique().min() >= 2
    assert len(rows) < len(whole)


def test_a_frame_and_a_dataset_of_the_same_rows_give_the_same_answers(tmp_path):
    registry, statements, _, whole = _loaded("unseen, automated")
    frame = StatementSource(frame=statements.to_frame())
    assert frame.columns == statements.columns == store.table_spec("statements").columns
    pd.testing.assert_frame_equal(frame.to_frame(), statements.to_frame())
    pd.testing.assert_series_equal(focus.speakers(frame, registry), focus.speakers(statements, registry))
    named = frame.with_names({a: registry.name(a) for a in registry.actors})
    pd.testing.assert_frame_equal(stance_views.stance_matrix(named), stance_views.stance_matrix(statements))


# --- many statements: the loaders still return only what the reports show ----------------------

def _many_statements(base: pd.DataFrame, copies: int, out) -> int:
    """``copies`` copies of ``base``, each as other articles (ids suffixed), written with the
    store's writer in partitions of 20,000 rows. Returns the rows written."""
    staging = store.new_staging_dir(out)
    per_part = max(1, 20_000 // len(base))
    rows = part = 0
    for first in range(0, copies, per_part):
        frames = [base.assign(article_id=base["article_id"] + f"~{k:05d}")
                  for k in range(first, min(first + per_part, copies))]
        rows += store.write_partition(pd.concat(frames, ignore_index=True), "statements",
                                      staging / store.part_name(part))
        part += 1
    info = store.DatasetInfo(out, "statements", base["article_id"].nunique() * copies, part, rows,
                             base["article_id"].nunique() * per_part)
    store.publish(staging, info)
    return rows


def test_loaders_over_200k_statements_return_only_what_the_reports_show(tmp_path, monkeypatch):
    registry, small, _, base = _loaded("unseen, automated")
    copies = -(-200_000 // len(base))
    n = _many_statements(base, copies, tmp_path / "statements")
    assert n >= 200_000
    big = StatementSource(dataset=tmp_path / "statements").with_names(
        {a: registry.name(a) for a in registry.actors})

    received = []  # the shape of every result DuckDB hands to pandas
    fetch = store.fetch

    def recording_fetch(*args):
        result = fetch(*args)
        received.append(result.shape)
        return result

    monkeypatch.setattr(store, "fetch", recording_fetch)

    # the rhetoric-shift report: focus chosen by counting in DuckDB, then one speaker's series
    chosen = focus.shift_parameters(big, registry, "auto", "auto", "auto")
    assert chosen.speaker == focus.pick_speaker(small, "auto", registry)
    assert chosen.targets == focus.pick_targets(small, chosen.speaker, "auto", registry)
    rows = shift.series_rows(big, chosen.speaker, chosen.targets)
    assert len(rows) == copies * len(shift.series_rows(small, chosen.speaker, chosen.targets))
    assert rows.shape[1] == len(shift.REQUIRED_COLUMNS) + 2  # + kind, goldstein
    # the stance report's aggregates: one row per speaker → target pair, or one line of text
    matrix = stance_views.stance_matrix(big)
    assert len(matrix) == len(stance_views.stance_matrix(small)) and matrix.shape[1] == 6
    assert list(matrix["n"]) == [copies * k for k in stance_views.stance_matrix(small)["n"]]
    assert len(stance_views.authorial_framing(big)) == copies * len(stance_views.authorial_framing(small))
    assert "statements** with a target" in stance_views.summarize(big, chosen.speaker, registry, "automated")

    assert max(r for r, _ in received) == len(rows) < n / 10
    assert max(c for _, c in received) <= len(shift.REQUIRED_COLUMNS) + 2
    # the whole table, for comparison, is what the reports used to load
    assert store.read_table(tmp_path / "statements", columns=["article_id"]).shape[0] == n
