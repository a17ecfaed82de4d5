"""Automated events (rhetoric.extract.events, rhetoric.analysis.timeline): extraction, consistency checks and scores.

The extractor is held to bars on two sets: tests/unseen_events/ (eleven short wire-style
articles on other topics, hand-coded in gold.csv before the extractor was run on them) and the
two corpus articles against data/annotations/event_sources.csv (coded by someone else).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from rhetoric.actors import load_actors
from rhetoric.analysis.timeline import date_conflicts, source_agreement, weekday_checks
from rhetoric.annotations import load_table
from rhetoric.columns import EVENT_COLUMNS
from rhetoric.corpus import iter_articles, read_article
from rhetoric.extract.event_evaluation import evaluate_events
from rhetoric.extract.events import extract_events, extract_events_corpus, guess_category

ROOT = Path(__file__).resolve().parents[1]
UNSEEN = ROOT / "tests" / "unseen_events"
CORPUS = ROOT / "data" / "corpus"
ANNOTATIONS = ROOT / "data" / "annotations"


@pytest.fixture(scope="module")
def registry():
    return load_actors(ROOT / "data" / "actors.yml")


def unseen_gold() -> pd.DataFrame:
    """gold.csv in the event_sources format: each row's sentence located in article.sentences."""
    gold = pd.read_csv(UNSEEN / "gold.csv", dtype=str)
    articles = {a.id: a for a in iter_articles(UNSEEN)}
    rows = []
    for i, g in enumerate(gold.itertuples(index=False)):
        hits = [s for s in articles[g.article_id].sentences if g.sentence_contains in s.text]
        assert len(hits) == 1, f"gold row {i}: {g.sentence_contains!r} is in {len(hits)} sentences"
        s = hits[0]
        assert g.date_text in s.text, f"gold row {i}: {g.date_text!r} not in its sentence"
        rows.append({"event_id": f"U{i:03d}", "article_id": g.article_id, "start": s.start,
                     "end": s.end, "sentence": s.text, "date_text": g.date_text,
                     "stated_date": g.stated_date, "stated_precision": g.stated_precision})
    return pd.DataFrame(rows)


def scores(extracted, gold) -> dict[str, float]:
    table = evaluate_events(extracted, gold)
    return dict(zip(table["metric"], table["value"]))


def write_article(folder: Path, id: str, body: str, published="2024-05-10", **extra) -> Path:
    front = "\n".join(f"{k}: {v}" for k, v in extra.items())
    path = folder / f"{id}.md"
    path.write_text(f"---\nid: {id}\ntitle: T\noutlet: null\npublished: {published}\nlanguage: en\n"
                    f"{front}\n---\n{body}\n", encoding="utf-8")
    return path


# --- extraction on small texts ---------------------------------------------------------------

def test_each_dated_expression_gives_a_row_with_sentence_offsets(tmp_path, registry):
    path = write_article(tmp_path, "a1", "Serbia signed the deal on May 2. Nothing else happened. "
                                        "Kosovo objected in 2023 and again on May 6.")
    article = read_article(path)
    rows = extract_events(article, registry)
    assert [r["date"] for r in rows] == ["2024-05-02", "2023", "2024-05-06"]
    spans = {(s.start, s.end) for s in article.sentences}
    for r in rows:
        assert (r["start"], r["end"]) in spans
        assert article.body[r["start"]:r["end"]] == r["sentence"]
        assert article.body[r["expr_start"]:r["expr_end"]] == r["date_text"]
    assert rows[0]["actors"] == "serbia" and rows[1]["actors"] == "kosovo"
    assert rows[1]["n_in_sentence"] == 2


def test_sentence_without_a_date_gives_no_row(tmp_path, registry):
    article = read_article(write_article(tmp_path, "a2", "Resolution 1244 was cited. It has 20 seats."))
    assert extract_events(article, registry) == []


def test_within_days_is_anchored_on_the_story_date(tmp_path, registry):
    body = ("The parliament voted on Tuesday to dissolve itself. "
            "Analysts were surprised. Within days, the president called new elections.")
    rows = extract_events(read_article(write_article(tmp_path, "a3", body, published="2024-05-10")), registry)
    within = [r for r in rows if r["date_text"].lower().startswith("within")][0]
    assert within["anchor"] == dt.date(2024, 5, 7)
    assert (within["earliest"], within["latest"]) == (dt.date(2024, 5, 8), dt.date(2024, 5, 14))
    assert within["relative"]


def test_a_day_later_chains_from_the_previous_sentence(tmp_path, registry):
    body = "The talks opened on 3 May. Turkey walked out a day later."
    rows = extract_events(read_article(write_article(tmp_path, "a4", body)), registry)
    assert [r["date"] for r in rows] == ["2024-05-03", "2024-05-04"]


def test_months_ahead_of_schedule_counts_back_from_the_scheduled_date(tmp_path, registry):
    body = ("The jets arrived two months ahead of schedule. "
            "Under the contract, the jets were scheduled to arrive in August 2024.")
    rows = extract_events(read_article(write_article(tmp_path, "a5", body)), registry)
    ahead = [r for r in rows if "ahead" in r["date_text"]][0]
    assert (ahead["date"], ahead["precision"]) == ("2024-06", "month")


def test_ahead_of_schedule_without_a_scheduled_date_stays_undated(tmp_path, registry):
    body = "The jets arrived two months ahead of schedule. Officials were pleased."
    assert extract_events(read_article(write_article(tmp_path, "a6", body)), registry) == []


def test_category_guess_uses_the_keyword_lexicon():
    assert guess_category("Troops and drones were deployed to the border.") == "military"
    assert guess_category("The court ordered the arrest of the mayor.") == "legal"
    assert guess_category("Sanctions on the oil company came into force.") == "economic"
    assert guess_category("Voters went to the polls in local elections.") == "domestic_politics"
    assert guess_category("The foreign minister held talks with his counterpart.") == "diplomatic"
    assert guess_category("It was a sunny day.") == "other"


def test_corpus_extraction_streams_into_a_dataframe_with_the_documented_columns(registry):
    table = extract_events_corpus(CORPUS, registry, progress=False)
    assert list(table.columns) == EVENT_COLUMNS
    assert set(table["article_id"]) == {a.id for a in iter_articles(CORPUS)}
    assert (table["earliest"] <= table["latest"]).all()


def test_progress_bar_goes_to_stderr_not_stdout(registry, capsys):
    extract_events_corpus(UNSEEN, registry, progress=True)
    out, err = capsys.readouterr()
    assert out == "" and "events" in err


# --- consistency checks ----------------------------------------------------------------------

def test_weekday_check_confirms_000_wednesday_is_8_october_2025(registry):
    table = extract_events_corpus(CORPUS, registry, progress=False)
    checks = weekday_checks(table)
    row = checks[(checks["article_id"] == "000_a08b665b9e9d786d") & (checks["weekday"] == "Wednesday")].iloc[0]
    assert row["date"] == "2025-10-08" and row["consistent"]
    assert row["at_earliest"] == row["at_latest"] == "2025-10-08" and row["stable"]


def test_weekday_check_flags_a_weekday_that_contradicts_its_date(tmp_path, registry):
    body = "The summit opened on Wednesday, October 9, 2025, in Skopje."
    table = pd.DataFrame(extract_events(read_article(write_article(tmp_path, "w1", body, published="2025-10-20")), registry),
                         columns=EVENT_COLUMNS)
    checks = weekday_checks(table)
    assert checks.iloc[0]["weekday_of_date"] == "Thursday" and not checks.iloc[0]["consistent"]
    assert "weekday mismatch" in set(date_conflicts(extracted=table)["problem"])


def test_weekday_check_reports_a_weekday_that_moves_within_the_publication_window(tmp_path, registry):
    body = "The minister resigned on Monday."
    path = write_article(tmp_path, "w2", body, published="2024-05-08", published_precision="estimated",
                         published_earliest="2024-05-08", published_latest="2024-05-15")
    checks = weekday_checks(pd.DataFrame(extract_events(read_article(path), registry), columns=EVENT_COLUMNS))
    assert checks.iloc[0]["at_earliest"] == "2024-05-06" and checks.iloc[0]["at_latest"] == "2024-05-13"
    assert not checks.iloc[0]["stable"]


def _sources(rows):
    return pd.DataFrame(rows, columns=["event_id", "article_id", "start", "end", "sentence",
                                       "date_text", "stated_date", "stated_precision"])


def _events(rows):
    return pd.DataFrame(rows, columns=["event_id", "title", "date", "precision", "earliest",
                                       "latest", "category", "actors", "note"])


def test_source_agreement_separates_agreeing_conflicting_and_single_source_events():
    events = _events([
        ["E1", "vote", "2024-05-02", "day", "2024-05-02", "2024-05-02", "", "", ""],
        ["E2", "strike", "2024-05-03", "day", "2024-05-03", "2024-05-03", "", "", ""],
        ["E3", "visit", "2024-05", "month", "2024-05-01", "2024-05-31", "", "", ""],
        ["E4", "deal", "2024-05-06", "day", "2024-05-06", "2024-05-06", "", "", ""],
    ])
    sources = _sources([
        ["E1", "a", 0, 10, "s", "on May 2", "2024-05-02", "day"],
        ["E1", "b", 0, 10, "s", "Thursday", "2024-05-02", "day"],
        ["E2", "a", 20, 30, "s", "on May 3", "2024-05-03", "day"],
        ["E2", "b", 20, 30, "s", "on May 4", "2024-05-04", "day"],
        ["E3", "a", 40, 50, "s", "in May", "2024-05", "month"],
        ["E4", "a", 60, 70, "s", "May 6", "2024-05-06", "day"],
        ["E4", "b", 60, 70, "s", "in May", "2024-05", "month"],
    ])
    status = dict(zip(*source_agreement(events, sources)[["event_id", "status"]].T.values))
    assert status == {"E1": "agree", "E2": "conflict", "E3": "single source", "E4": "compatible"}
    conflicts = date_conflicts(events, sources)
    assert set(conflicts["id"]) == {"E2"}
    assert set(conflicts["problem"]) == {"stated dates disagree", "stated date outside event"}


def test_date_conflicts_flags_an_interval_whose_earliest_is_after_its_latest():
    events = _events([["E9", "x", "2024-05-09", "interval", "2024-05-09", "2024-05-01", "", "", ""]])
    problems = set(date_conflicts(events)["problem"])
    assert "earliest after latest" in problems and "date outside bounds" in problems


def test_source_agreement_on_the_gold_corpus_finds_july_exercises_agree():
    if not (ANNOTATIONS / "event_sources.csv").exists():
        pytest.skip("gold annotations not coded yet")
    events = pd.read_csv(ANNOTATIONS / "events.csv", dtype=str)
    sources = load_table(ANNOTATIONS / "event_sources.csv")
    table = source_agreement(events, sources)
    agree = table[table["status"] == "agree"]
    # 000 "In July" and 001 "In July 2025" must resolve to the same month
    assert not agree.empty
    assert table[table["status"] == "conflict"].empty


# --- evaluation ------------------------------------------------------------------------------

def test_evaluation_counts_recall_precision_and_date_accuracy():
    gold = _sources([
        ["E1", "a", 0, 20, "Voted on May 2 and May 3.", "May 3", "2024-05-03", "day"],
        ["E2", "a", 30, 40, "Later, quickly.", "quickly", "2024-05-04", "interval"],
        ["E3", "a", 50, 60, "No date here.", None, None, None],
    ])
    extracted = pd.DataFrame([
        {"article_id": "a", "start": 0, "end": 20, "expr_start": 9, "expr_end": 14,
         "date": "2024-05-02", "precision": "day", "earliest": "2024-05-02", "latest": "2024-05-02"},
        {"article_id": "a", "start": 0, "end": 20, "expr_start": 19, "expr_end": 24,
         "date": "2024-05-03", "precision": "day", "earliest": "2024-05-03", "latest": "2024-05-03"},
        {"article_id": "a", "start": 70, "end": 80, "expr_start": 70, "expr_end": 74,
         "date": "2020", "precision": "year", "earliest": "2020-01-01", "latest": "2020-12-31"},
    ])
    s = scores(extracted, gold)
    assert s["recall"] == 0.5  # E1 found, E2 ("quickly") not
    assert s["precision"] == 0.5  # the sentence at 70 supports no coded event
    assert s["date_accuracy"] == 1.0  # aligned on "May 3", not the first date of the sentence


def test_unseen_articles_meet_the_bar(registry):
    """Eleven wire-style articles on other topics, coded by hand before the extractor ran.

    Bar: recall >= 0.9, date accuracy >= 0.85, precision >= 0.9.
    """
    extracted = extract_events_corpus(UNSEEN, registry, progress=False)
    s = scores(extracted, unseen_gold())
    assert s["recall"] >= 0.9, s
    assert s["date_accuracy"] >= 0.85, s
    assert s["precision"] >= 0.9, s


def test_corpus_meets_the_bar_against_hand_coded_event_sources(registry):
    """The corpus against data/annotations/event_sources.csv (coded by someone else).

    Bar: recall >= 0.75 (gold rows with a date_text and a stated date: the coder also noted
    manner cues such as "quick", "immediate", "rapid" that are not temporal expressions),
    date accuracy >= 0.85, precision >= 0.85.
    """
    path = ANNOTATIONS / "event_sources.csv"
    if not path.exists():
        pytest.skip("gold annotations not coded yet")
    extracted = extract_events_corpus(CORPUS, registry, progress=False)
    s = scores(extracted, load_table(path))
    assert s["recall"] >= 0.75, s
    assert s["date_accuracy"] >= 0.85, s
    assert s["precision"] >= 0.85, s


def _events_of(tmp_path, body: str, published: str, registry) -> list[dict]:
    p = tmp_path / "e1.md"
    p.write_text(f"---\nid: e1\ntitle: t\noutlet: null\npublished: {published}\nlanguage: en\n---\n{body}\n",
                 encoding="utf-8")
    return extract_events(read_article(p), registry)


def test_a_liveblog_entry_is_dated_by_its_day_header_and_today_counts_from_it(tmp_path, registry):
    body = ("Live coverage of the reactions.\nMONDAY, OCT. 6\n10:15\nThe ministry calls in the ambassador.\n"
            "14:40\nThe president speaks to reporters today about the drones.\nTUESDAY, OCT. 7\n09:00\n"
            "Parliament meets in an emergency session.\n")
    rows = _events_of(tmp_path, body, "2025-10-08", registry)
    by_sentence = {r["sentence"][:20]: r["date"] for r in rows}
    assert by_sentence["The ministry calls i"] == "2025-10-06"
    assert by_sentence["The president speaks"] == "2025-10-06"  # "today" is the entry's day
    assert by_sentence["Parliament meets in "] == "2025-10-07"


def test_an_entry_labelled_by_a_part_of_the_day_is_dated_by_its_section_every_sentence_of_it(tmp_path, registry):
    # a running timeline's entries open with "*Morning* —" or "**Late evening** -", not a clock
    # time; each of an entry's sentences happened on its section's day
    body = ("Updated as it happens. Times are local.\n\n**Monday 6 October**\n\n"
            "*Morning* — Border guards close the crossing at Jarinje. Trucks queue for kilometres.\n\n"
            "**Tuesday 7 October**\n\n"
            "**Late evening** - The mission's commander meets both delegations. No statement follows.\n\n"
            "*Later* – Parliament is summoned for an emergency session.\n")
    rows = _events_of(tmp_path, body, "2025-10-08", registry)
    expected = {"Border guards close": "2025-10-06", "Trucks queue": "2025-10-06",
                "The mission's commander": "2025-10-07", "No statement follows": "2025-10-07",
                "Parliament is summoned": "2025-10-07"}
    got = {words: [r["date"] for r in rows if words in r["sentence"]] for words in expected}
    assert got == {words: [day] for words, day in expected.items()}, got


def test_a_table_of_the_days_times_dates_its_rows_and_a_section_title_ends_the_day(tmp_path, registry):
    # a row whose first cell is a time of day is an entry of its dated section; a heading that
    # titles a section of its own ("**Our method**") ends the day: "today" after it is the
    # day of publication
    body = ("The crossing week, hour by hour.\n\n**Monday 6 October**\n\n"
            "| Time | Place | What happened |\n|---|---|---|\n"
            "| 07:30 | Jarinje | Border police turn back the first lorries |\n"
            "| late morning | Brnjak | A second crossing closes until further notice |\n\n"
            "**Our method**\n\nWe counted only crossings the police confirmed. The count is updated today.\n")
    rows = _events_of(tmp_path, body, "2025-10-09", registry)
    got = {words: [r["date"] for r in rows if words in r["sentence"]]
           for words in ("turn back the first lorries", "A second crossing closes", "updated today")}
    assert got == {"turn back the first lorries": ["2025-10-06"], "A second crossing closes": ["2025-10-06"],
                   "updated today": ["2025-10-09"]}, got


def test_review15_a_liveblogs_bold_entry_headline_does_not_end_its_day(tmp_path, registry):
    # a headline over a timed entry, or one below the day's heading level, titles an entry
    body = ("## Thursday, 8 May\n\n**Tusk demands NATO consultations**\n\n"
            "14:05 — Tusk said today that Poland would invoke Article 4.\n\n"
            "**Merz lands in Warsaw**\n\n16:30 — Merz arrived in Warsaw and met Tusk this evening.\n")
    rows = _events_of(tmp_path, body, "2025-05-09", registry)
    got = {words: [r["date"] for r in rows if words in r["sentence"]] for words in ("Article 4", "arrived in Warsaw")}
    assert got == {"Article 4": ["2025-05-08"], "arrived in Warsaw": ["2025-05-08"]}, got


def test_review15_a_background_sentence_of_an_entry_is_no_event_of_its_day(tmp_path, registry):
    body = ("## Thursday, 8 May\n\n**14:05** Tusk called Orbán to protest. The two men have disagreed about Russia "
            "for more than a decade. Poland has long been one of the strongest backers of Ukraine. Asked about the "
            "call, which had been planned for days, Orbán hung up.\n")
    rows = _events_of(tmp_path, body, "2025-05-09", registry)
    got = {words: [r["date"] for r in rows if words in r["sentence"]]
           for words in ("Tusk called", "have disagreed", "has long been", "Orbán hung up")}
    assert got == {"Tusk called": ["2025-05-08"], "have disagreed": [], "has long been": [],
                   "Orbán hung up": ["2025-05-08"]}, got


def test_review15b_acts_in_the_perfect_or_the_passive_are_events_of_the_entrys_day(tmp_path, registry):
    body = ("## Thursday, 8 May\n\n**14:05** Tusk called Orbán to protest. Poland has summoned the Hungarian "
            "ambassador. Two drones were shot down over Rzeszów.\n")
    rows = _events_of(tmp_path, body, "2025-05-09", registry)
    got = {words: [r["date"] for r in rows if words in r["sentence"]] for words in ("has summoned", "shot down")}
    assert got == {"has summoned": ["2025-05-08"], "shot down": ["2025-05-08"]}, got


def test_review15b_a_bold_headline_that_names_someone_does_not_end_a_bold_day(tmp_path, registry):
    body = ("**Thursday, 8 May**\n\n**Tusk demands NATO consultations**\n\n"
            "Tusk said today that Russia was deliberately provoking Poland.\n")
    rows = _events_of(tmp_path, body, "2025-05-09", registry)
    assert [r["date"] for r in rows if "provoking" in r["sentence"]] == ["2025-05-08"], rows


def test_an_interval_counted_back_from_the_present_dates_the_event_it_names(tmp_path, registry):
    rows = _events_of(tmp_path, "Five days after the drones landed in Pristina, Ankara has still said nothing.",
                      "2025-10-13", registry)
    assert "2025-10-08" in {r["date"] for r in rows}


def test_a_month_of_that_year_is_in_the_year_told_before_not_the_publications(tmp_path, registry):
    body = ("The border opened in May 2025. Trade grew.\n\nIn March 2019 the first talks had failed. "
            "By June of that year both sides had walked out, and in August the same year they met again.")
    rows = extract_events(read_article(write_article(tmp_path, "y1", body, published="2025-06-20")), registry)
    got = {r["date_text"]: r["date"] for r in rows}
    assert got["June of that year"] == "2019-06" and got["August the same year"] == "2019-08"


def test_the_weekday_before_or_after_counts_from_the_day_told_and_a_sunday_describes_it(tmp_path, registry):
    body = ("The embassy closed on 3 March 2021. Two days later, on a Friday, the envoy flew home.\n\n"
            "The minister had warned on the Tuesday before that it would close, and spoke again the Monday after.")
    rows = extract_events(read_article(write_article(tmp_path, "w1", body, published="2021-04-20")), registry)
    got = [(r["date_text"], r["date"]) for r in rows]
    assert ("the Tuesday before", "2021-03-02") in got and ("the Monday after", "2021-03-08") in got
    assert not any(t.endswith("Friday") for t, _ in got)  # "on a Friday" says which day "two days later" was


def test_a_month_without_its_year_and_the_next_day_follow_a_story_told_years_back(tmp_path, registry):
    # a month told at the opening of its sentence is the story's time: "In June 2022 …, In
    # November" is that November; "the next day" is in the month told, not a day after publication;
    # a month named in passing ("the contract of 2022") moves nothing
    body = ("In June 2022 Kosovo ordered the drones. Serbia protested in November.\n\n"
            "The next day Kurti answered the protest.\n\nIn 2025, Vučić spoke again.")
    rows = extract_events(read_article(write_article(tmp_path, "m1", body, published="2025-10-10")), registry)
    got = [(r["date_text"], r["date"]) for r in rows]
    assert got == [("June 2022", "2022-06"), ("November", "2022-11"), ("The next day", "2022-11"), ("2025", "2025")], got


def test_a_day_told_after_a_month_years_back_is_the_storys_time_again(tmp_path, registry):
    # "In July 2023 … That changed on 8 October 2025. … due in January …. That evening": the day
    # told is the time again; a month named in passing moves no time
    body = ("In July 2023 Kurti posed beside a drone. That changed on 8 October 2025. The drones had been due "
            "in January.\n\nOsmani's answer came that evening.")
    rows = extract_events(read_article(write_article(tmp_path, "m2", body, published="2026-05-14")), registry)
    got = {r["date_text"]: r["date"] for r in rows}
    assert got["that evening"] == "2025-10-08" and got["January"] == "2026-01", got


def test_review17_the_date_of_an_agreement_is_no_story_time_for_an_events_month(tmp_path, registry):
    body = ("Under the ceasefire agreement of 10 November 2020, Russian peacekeepers were deployed.\n\n"
            "In March, Kurti accused Serbia of preparing a new war.")
    rows = extract_events(read_article(write_article(tmp_path, "m3", body, published="2025-05-09")), registry)
    assert {r["date_text"]: r["date"] for r in rows}.get("March") == "2025-03", rows


def test_a_plain_part_of_the_day_or_a_time_with_a_stop_opens_an_entry_of_the_days_section(tmp_path, registry):
    # a tick-tock under day headings: "Evening. …", "11:00. …" are entries of the heading's day
    body = ("## Wednesday 8 October\n\nEvening. In Belgrade, Vučić writes on X that he is appalled.\n\n"
            "## Thursday 9 October\n\n11:00. Vučić calls an extraordinary press conference.")
    rows = extract_events(read_article(write_article(tmp_path, "m4", body, published="2025-10-20")), registry)
    got = {(r["date"], r["sentence"][:12]) for r in rows}
    assert ("2025-10-08", "In Belgrade,") in got and ("2025-10-09", "Vučić calls ") in got, got


def test_review17b_a_plain_part_of_the_day_after_a_sections_title_opens_no_entry(tmp_path, registry):
    body = ("## Wednesday 8 October\n\n**14:05** Kurti greets the containers.\n\n## What happens next\n\n"
            "Overnight. Nothing is expected. Ministers gather in Luxembourg on Friday.")
    rows = extract_events(read_article(write_article(tmp_path, "m5", body, published="2025-10-20")), registry)
    got = {(r["date_text"], r["date"]) for r in rows}
    assert not any(d == "2025-10-08" and t != "Wednesday 8 October" and t != "14:05" for t, d in got), got


def test_review17b_a_stamp_split_off_as_a_sentence_is_no_event_of_its_own(tmp_path, registry):
    body = "## Thursday 9 October\n\n11:00. Vučić calls an extraordinary press conference."
    rows = extract_events(read_article(write_article(tmp_path, "m6", body, published="2025-10-20")), registry)
    assert [r["sentence"][:5] for r in rows if r["date"] == "2025-10-09" and r["date_text"] == "11:00"] == ["Vučić"]
