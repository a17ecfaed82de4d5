"""rhetoric.store.loading: where the reports' statements and events come from (a statements
store, the hand coding, or the automated extraction read from the derived-table cache), and
that a report derives each table once."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from conftest import ACTORS, ANNOTATIONS, CORPUS, ROOT, run_cli

from rhetoric.actors import load_actors
from rhetoric.analysis import focus, shift
from rhetoric.cli import main
from rhetoric.report import build as b
from rhetoric.report import stance_views, tables, timeline_views
from rhetoric.store import cache, loading

FORK = ROOT / "tests" / "fork" / "corpus"
FORK_ACTORS = ROOT / "tests" / "fork" / "actors.yml"
UNSEEN = ROOT / "tests" / "unseen" / "corpus"
UNSEEN_ACTORS = ROOT / "tests" / "unseen" / "actors.yml"


@pytest.fixture(autouse=True)
def cache_dir(tmp_path, monkeypatch):
    """A derived-table cache of the test's own, empty at its start."""
    monkeypatch.setenv("RHETORIC_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture(scope="module")
def fork_registry():
    return load_actors(FORK_ACTORS)


@pytest.fixture(scope="module")
def registry():
    return load_actors(ACTORS)


def _store(tmp_path, corpus=FORK, actors=FORK_ACTORS, name="statements", command="extract") -> str:
    """A store written by the command line (``rhetoric extract CORPUS --out NAME``)."""
    out = tmp_path / name
    assert main([command, str(corpus), "--out", str(out), "--actors", str(actors), "--quiet"]) == 0
    return str(out)


def _derivations(monkeypatch) -> list[tuple[str, str]]:
    """The (corpus folder, table) of every dataset the cache derives from now on."""
    calls = []
    real = cache.write_dataset

    def counting(corpus_dir, out, registry, table="statements", **kwargs):
        calls.append((str(corpus_dir), table))
        return real(corpus_dir, out, registry, table, **kwargs)

    monkeypatch.setattr(cache, "write_dataset", counting)
    return calls


# --- which statements --------------------------------------------------------------------------

def test_hand_coded_statements_unless_asked_for_the_extraction_or_given_a_store(tmp_path, registry):
    _, kind = loading.load_statements(CORPUS, registry, ANNOTATIONS)
    assert kind == "hand-coded"
    _, kind = loading.load_statements(CORPUS, registry, ANNOTATIONS, source="automated")
    assert kind == "automated"
    _, kind = loading.load_statements(CORPUS, registry, None)
    assert kind == "automated"
    store = _store(tmp_path, CORPUS, ACTORS)
    for given in (store, store + ".csv"):
        if given.endswith(".csv"):
            _store(tmp_path, CORPUS, ACTORS, "statements.csv")
        statements, kind = loading.load_statements(CORPUS, registry, ANNOTATIONS, given)
        assert kind == "stored"
        assert len(statements.to_frame()) == len(loading.load_statements(CORPUS, registry, None)[0].to_frame())
    for none in ("none", "", None):
        assert loading.load_statements(CORPUS, registry, ANNOTATIONS, none)[1] == "hand-coded"


def test_bad_loading_parameters_are_clear_errors(tmp_path, registry):
    with pytest.raises(loading.LoadingError, match="does not exist"):
        loading.load_statements(CORPUS, registry, tmp_path / "nope")
    with pytest.raises(loading.LoadingError, match="unknown statement source 'mine'"):
        loading.load_statements(CORPUS, registry, ANNOTATIONS, source="mine")
    with pytest.raises(loading.LoadingError, match="unknown article 'x'; articles: all, 000_"):
        loading.load_statements(CORPUS, registry, ANNOTATIONS, article="x")


def test_one_article_only(registry):
    article = loading.article_ids(CORPUS)[0]
    statements, _ = loading.load_statements(CORPUS, registry, ANNOTATIONS, article=article)
    assert set(statements.to_frame()["article_id"]) == {article}


# --- a statements store ------------------------------------------------------------------------

def test_a_parquet_store_and_a_csv_store_give_the_reports_what_the_extraction_gives(tmp_path, fork_registry):
    derived, kind = loading.load_statements(FORK, fork_registry, None)
    assert kind == "automated"
    stores = [_store(tmp_path), _store(tmp_path, name="statements.csv")]
    for store in stores:
        statements, kind = loading.load_statements(FORK, fork_registry, None, store)
        assert kind == "stored"
        for name in ("stance_matrix", "by_source", "stance_points", "authorial_framing", "statement_table"):
            pd.testing.assert_frame_equal(getattr(stance_views, name)(statements),
                                          getattr(stance_views, name)(derived), obj=f"{name}, {store}")
        pd.testing.assert_series_equal(focus.speakers(statements, fork_registry), focus.speakers(derived, fork_registry))
        assert (stance_views.summarize(statements, "vell", fork_registry, kind)
                == stance_views.summarize(derived, "vell", fork_registry, "automated"))
        pd.testing.assert_frame_equal(shift.statement_series(statements, "vell", ["estmark"]),
                                      shift.statement_series(derived, "vell", ["estmark"]))


def test_a_store_of_other_articles_or_of_another_table_is_refused(tmp_path, fork_registry):
    other = _store(tmp_path, UNSEEN, UNSEEN_ACTORS, "unseen")
    with pytest.raises(loading.LoadingError, match=r"14 of its articles are not in the corpus \(u01_.*, …\)"):
        loading.load_statements(FORK, fork_registry, None, other)
    events = _store(tmp_path, name="events", command="events")
    with pytest.raises(loading.LoadingError, match="missing column.*statement_id"):
        loading.load_statements(FORK, fork_registry, None, events)
    (tmp_path / "few.csv").write_text("article_id,speaker\nf01_dam_dispute,vell\n", encoding="utf-8")
    with pytest.raises(loading.LoadingError, match="missing column.*statement_id"):
        loading.load_statements(FORK, fork_registry, None, tmp_path / "few.csv")
    with pytest.raises(loading.LoadingError, match="no statements store there"):
        loading.load_statements(FORK, fork_registry, None, tmp_path / "absent")
    (tmp_path / "empty").mkdir()
    with pytest.raises(loading.LoadingError, match="not a Parquet dataset"):
        loading.load_statements(FORK, fork_registry, None, tmp_path / "empty")


def test_the_shift_and_its_command_read_a_statements_store(tmp_path, fork_registry):
    store = _store(tmp_path, name="statements.csv")
    series, result = shift.shift_for(FORK, "Vell", "Estmark", registry=fork_registry, statements=store)
    derived_series, derived = shift.shift_for(FORK, "Vell", "Estmark", registry=fork_registry)
    pd.testing.assert_frame_equal(series, derived_series)
    assert result.source == "stored" and derived.source == "automated"
    assert {k: v for k, v in result.to_dict().items() if k != "source"} == \
        {k: v for k, v in derived.to_dict().items() if k != "source"}
    done = run_cli("shift", str(FORK), "--speaker", "Vell", "--target", "Estmark", "--actors", str(FORK_ACTORS),
                   "--statements", store, "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["source"] == "stored"
    with pytest.raises(shift.ShiftError, match="no statements store there"):
        shift.shift_for(FORK, "Vell", "Estmark", registry=fork_registry, statements=tmp_path / "absent")


def test_the_reports_say_when_their_statements_come_from_a_store():
    note = tables.provenance_note("stored", "statements")
    assert "statements store" in note.lower() and "--statements" in note
    assert note != tables.provenance_note("automated", "statements")


# --- the build's parameter ---------------------------------------------------------------------

def test_the_build_gives_the_statements_store_to_the_notebooks_that_read_statements(tmp_path):
    cfg = b.load_config(ROOT / "reports.yml")
    args = (cfg, FORK, tmp_path / "out", None, FORK_ACTORS, None)
    without = {j.name: j for j in b.plan(*args)}
    store = tmp_path / "statements.csv"
    store.write_text("article_id\n", encoding="utf-8")
    given = {j.name: j for j in b.plan(*args, store)}
    readers = {"stance", "rhetoric_shift", "rhetoric_shift_osmani"}
    for name, job in given.items():
        if name in readers:
            assert without[name].parameters["statements_store"] == "none"
            assert job.parameters["statements_store"] == str(store)
            assert job.inputs_sha256 != without[name].inputs_sha256
        else:
            assert "statements_store" not in job.parameters
            assert job.inputs_sha256 == without[name].inputs_sha256
    store.write_text("article_id\nf01_dam_dispute\n", encoding="utf-8")  # the store's bytes count
    assert b.plan(*args, store)[1].inputs_sha256 != given["stance"].inputs_sha256
    for report in readers - {"rhetoric_shift_osmani"}:  # the notebooks' own default
        nb = json.loads((ROOT / "notebooks" / f"{report}.ipynb").read_text(encoding="utf-8"))
        parameters = next(c for c in nb["cells"] if "parameters" in c["metadata"].get("tags", []))
        assert 'statements_store = "none"\n' in parameters["source"]


def test_a_build_with_a_missing_statements_store_stops_before_any_notebook(tmp_path, capsys):
    assert main(["build", "--corpus", str(FORK), "--out", str(tmp_path / "out"),
                 "--statements", str(tmp_path / "absent")]) == 2
    assert "no statements store there" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


@pytest.mark.slow
def test_a_build_reads_its_statements_from_the_store_it_is_given(tmp_path):
    store = _store(tmp_path, name="statements.csv")
    out = tmp_path / "out"
    assert b.build_reports(corpus=str(FORK), out=str(out), only=["stance"], statements=store) == 0
    page = (out / "stance.html").read_text(encoding="utf-8")
    assert "Statements store." in page and "automatically extracted statements" in page
    nb = json.loads((out / "stance.ipynb").read_text(encoding="utf-8"))
    assert f'statements_store = "{store}"' in "".join(
        "".join(c["source"]) for c in nb["cells"] if "injected-parameters" in c["metadata"].get("tags", []))


# --- each table derived once -------------------------------------------------------------------

def test_a_report_without_hand_coding_derives_each_table_once(monkeypatch, fork_registry):
    calls = _derivations(monkeypatch)
    for _ in range(2):  # a second report of the same corpus reads the cache
        events = loading.load_events(FORK, fork_registry, None)
        table, kind = timeline_views.events_table(events)
        assert kind == "automated" and len(table) == len(events.derived())
        timeline_views.reference_accuracy(events)
        statements, _ = loading.load_statements(FORK, fork_registry, None)
        shift.shift_for(FORK, "Vell", "Estmark", registry=fork_registry, loaded=(statements, "automated"))
        scoring = loading.statements_to_score(FORK, fork_registry, None)
        assert not scoring.own_corpus and len(scoring.predicted) and len(scoring.gold)
    assert sorted(calls) == sorted([(str(FORK), "events"), (str(CORPUS), "events"),
                                    (str(FORK), "statements"), (str(CORPUS), "statements")])


def test_the_study_timeline_scores_the_events_it_has_read(monkeypatch, registry):
    events = loading.load_events(CORPUS, registry, ANNOTATIONS)
    assert events.kind == "hand-coded"
    derived = events.derived()
    assert events.derived() is derived

    def no_reading(*args, **kwargs):
        raise AssertionError("the report's own tables should have been used")

    monkeypatch.setattr(cache, "cached_table", no_reading)
    monkeypatch.setattr("rhetoric.annotations.load_coded_events", no_reading)
    extracted, sources = loading.reference_events(events)
    assert extracted is derived and sources is events.coded[1]


def test_the_stance_report_scores_the_cached_statements_of_its_corpus(monkeypatch, registry):
    calls = _derivations(monkeypatch)
    statements, kind = loading.load_statements(CORPUS, registry, ANNOTATIONS, source="automated")
    scoring = loading.statements_to_score(CORPUS, registry, ANNOTATIONS)
    assert scoring.own_corpus and calls == [(str(CORPUS), "statements")]
    pd.testing.assert_frame_equal(scoring.predicted, statements.to_frame())
