"""Parameters chosen from the data ("auto"), for forked corpora: rhetoric.analysis.focus."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import ROOT

from rhetoric.actors import load_actors
from rhetoric.analysis import focus
from rhetoric.errors import RhetoricError
from rhetoric.extract.statements import extract_corpus
from rhetoric.store.source import StatementSource

FORK = ROOT / "tests" / "fork"


@pytest.fixture(scope="module")
def registry():
    return load_actors(FORK / "actors.yml")


def rows(*triples):
    """Statement rows (speaker, target, statement number): one row per (statement, target)."""
    return StatementSource(frame=pd.DataFrame([{"article_id": "a", "statement_id": f"S{n}", "speaker": s, "target": t,
                          "kind": "direct", "stance": 0} for s, t, n in triples]))


STATEMENTS = rows(("vell", "estmark", 1), ("vell", "arvid", 1), ("vell", "estmark", 2),
                  ("arvid", "norland", 3), ("lind", "estmark", 4), ("lind", "norland", 5),
                  ("author", "norland", 6), ("Some Official", "estmark", 7))


def test_auto_speaker_is_the_most_quoted_actor_counting_statements_not_rows(registry):
    # vell: 2 statements (3 rows); lind: 2 statements; arvid: 1. Tie vell/lind → id order.
    assert focus.pick_speaker(STATEMENTS, "auto", registry) == "lind"
    assert focus.pick_speaker(STATEMENTS, "auto:2", registry) == "vell"
    assert focus.pick_speaker(STATEMENTS, "auto:3", registry) == "arvid"


def test_auto_ignores_the_authorial_voice_and_speakers_outside_the_registry(registry):
    ranked = focus.speakers(STATEMENTS, registry)
    assert "author" not in ranked.index and "Some Official" not in ranked.index


def test_named_speaker_goes_through_the_registry(registry):
    assert focus.pick_speaker(STATEMENTS, "Anna Vell", registry) == "vell"
    with pytest.raises(RhetoricError, match="unknown actor 'Vucic'"):
        focus.pick_speaker(STATEMENTS, "Vucic", registry)


def test_auto_rank_beyond_the_speakers_chooses_nobody_and_the_note_says_why(registry):
    assert focus.pick_speaker(STATEMENTS, "auto:9", registry) is None
    text = focus.note({"speaker": ("auto:9", None)}, registry, STATEMENTS)
    assert "speaker: **none**" in text and "Only 3 speaker(s) of the actor registry" in text
    assert "**Some Official** (1)" in text and "propose-actors" in text
    with pytest.raises(focus.FocusError, match="auto:N"):
        focus.pick_speaker(STATEMENTS, "auto:x", registry)


def test_auto_targets_are_the_speakers_most_frequent_targets(registry):
    assert focus.pick_targets(STATEMENTS, "vell", "auto", registry) == ["estmark", "arvid"]
    assert focus.pick_targets(STATEMENTS, "vell", "auto", registry, most=1) == ["estmark"]
    assert focus.pick_targets(STATEMENTS, "vell", ["Norland"], registry) == ["norland"]
    assert focus.pick_targets(STATEMENTS, "river_commission", "auto", registry) == []


def test_auto_targets_leave_out_the_speakers_own_state_unless_it_is_all_there_is(registry):
    own = rows(("lind", "estmark", 1), ("lind", "estmark", 2), ("lind", "arvid", 3), ("lind", "norland", 4),
               ("arvid", "estmark", 5))
    assert focus.pick_targets(own, "lind", "auto", registry) == ["norland"]   # not Estmark, nor its premier
    assert focus.pick_targets(own, "arvid", "auto", registry) == ["estmark"]  # nobody else addressed


def test_auto_controls_are_other_speakers_toward_the_same_targets(registry):
    cases = focus.pick_controls(STATEMENTS, "vell", ["estmark"], "auto", registry)
    assert cases == [{"speaker": "lind", "targets": ["estmark"]}]
    given = [{"speaker": "arvid", "targets": ["norland"]}]
    assert focus.pick_controls(STATEMENTS, "vell", ["estmark"], given, registry) == given


def test_windows():
    dates = ["2025-03-03", "2025-03-04", None, "not a date", "2025-06-30"]
    assert focus.pick_window(dates, "auto") == ["2025-03-01", "2025-07-02"]
    assert focus.pick_window(dates, ["2025-01-01", "2025-12-31"]) == ["2025-01-01", "2025-12-31"]
    assert focus.pick_window([None], "auto") is None
    assert focus.busiest_window(dates, "auto", days=10) == ["2025-03-03", "2025-03-12"]
    assert focus.busiest_window([], "auto") is None


def test_note_names_only_the_choices_made_automatically(registry):
    assert focus.note({"speaker": ("vell", "vell")}, registry) == ""
    text = focus.note({"speaker": ("auto", "vell"), "targets": (["estmark"], ["estmark"])}, registry)
    assert "speaker: **Anna Vell**" in text and "targets:" not in text


def test_a_registry_that_knows_none_of_the_speakers_names_them_and_gives_the_next_step(registry):
    unknown = rows(("Lena Holt", "Piet Moran", 1), ("Lena Holt", "", 2), ("Karl Brandt", "", 3))
    assert list(focus.unregistered_speakers(unknown, registry).items()) == [("Lena Holt", 2), ("Karl Brandt", 1)]
    chosen = focus.shift_parameters(unknown, registry, "auto", "auto", "auto")
    assert (chosen.speaker, chosen.targets, chosen.controls) == (None, [], [])
    assert "No speaker to follow" in chosen.note and "**Lena Holt** (2), **Karl Brandt** (1)" in chosen.note
    assert "Next step:" in chosen.note and "propose-actors" in chosen.note
    assert focus.pick_speaker(unknown, "auto", registry) is None


def test_shift_parameters_on_the_forked_corpus_follow_the_extracted_statements(registry):
    statements = StatementSource(frame=extract_corpus(FORK / "corpus", registry, progress=False))
    chosen = focus.shift_parameters(statements, registry, "auto", "auto", "auto")
    assert chosen.speaker == focus.speakers(statements, registry).index[0]
    assert chosen.speaker not in chosen.targets and chosen.targets
    assert "Chosen from the data" in chosen.note
