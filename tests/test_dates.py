"""Date resolution (rhetoric.extract.dates): each rule of the module docstring, with texts written here."""

from __future__ import annotations

import datetime as dt

import pytest

from rhetoric.extract.dates import DateValue, TemporalExpression, find_temporal_expressions, normalize_date

D = dt.date
REF = D(2025, 10, 8)  # a Wednesday


def nd(text, ref=REF, anchor=None):
    v = normalize_date(text, ref, anchor)
    return (v.value, v.precision) if v else None


def found(text, ref=REF, anchor=None):
    return [(t.text, t.date.value if t.date else None) for t in find_temporal_expressions(text, ref, 0, anchor)]


def _event_rows(tmp_path, body: str, published: str) -> list[dict]:
    """The events of a small article written for the test (registry: tests/unseen)."""
    from conftest import ROOT

    from rhetoric.actors import load_actors
    from rhetoric.corpus import read_article
    from rhetoric.extract.events import extract_events

    p = tmp_path / "ev.md"
    p.write_text(f"---\nid: ev\ntitle: t\noutlet: null\npublished: {published}\nlanguage: en\n---\n{body}\n",
                 encoding="utf-8")
    return extract_events(read_article(p), load_actors(ROOT / "tests" / "unseen" / "actors.yml"))


def test_bare_weekday_resolves_to_most_recent_on_or_before_publication():
    assert nd("on Wednesday") == ("2025-10-08", "day")  # the reference day itself
    assert nd("on Monday") == ("2025-10-06", "day")
    assert nd("on Thursday") == ("2025-10-02", "day")
    assert nd("last Friday") == ("2025-10-03", "day")


def test_weekday_with_future_cue_before_it_resolves_forward():
    assert found("The talks will resume on Thursday.") == [("Thursday", "2025-10-09")]
    assert nd("next Wednesday") == ("2025-10-15", "day")


def test_an_abbreviation_stop_does_not_end_the_sentence_of_a_future_cue():
    # "at 9 a.m. on Friday", "the U.S. team on Friday": one sentence, its "will" still counts
    assert found("The minister will brief the press at 9 a.m. on Friday.") == [("Friday", "2025-10-10")]
    assert found("The U.S. team will land on Friday.") == [("Friday", "2025-10-10")]
    assert found("He said no. On Friday they met.") == [("Friday", "2025-10-03")]


def test_future_cue_after_the_weekday_does_not_move_it():
    assert found("They agreed on Monday that the plant will close.") == [("Monday", "2025-10-06")]


def test_past_plan_is_not_a_future_cue():
    assert found("It had been scheduled to close on Tuesday.") == [("Tuesday", "2025-10-07")]


def test_holiday_names_are_not_weekdays():
    assert found("He spoke of Bloody Sunday and Black Friday sales.") == []


def test_full_dates_in_both_orders():
    assert nd("October 9, 2025") == ("2025-10-09", "day")
    assert nd("9 October 2025") == ("2025-10-09", "day")
    assert nd("February 27, 2023") == ("2023-02-27", "day")
    assert nd("March 18, 2023") == ("2023-03-18", "day")
    assert nd("Oct. 9 2025") == ("2025-10-09", "day")
    assert nd("2025-10-09") == ("2025-10-09", "day")


def test_day_without_year_takes_the_occurrence_on_or_before_publication():
    assert nd("October 9", ref=D(2025, 10, 15)) == ("2025-10-09", "day")
    assert nd("December 20", ref=D(2025, 10, 15)) == ("2024-12-20", "day")


def test_day_without_year_soon_after_publication_is_upcoming():
    assert nd("October 12") == ("2025-10-12", "day")  # four days ahead: an announced date


def test_month_is_kept_as_a_month_not_its_first_day():
    v = normalize_date("July 2025", REF)
    assert v == DateValue("2025-07", "month", D(2025, 7, 1), D(2025, 7, 31))
    assert nd("In July 2025") == ("2025-07", "month")
    assert nd("September 2023") == ("2023-09", "month")
    assert nd("in January 2026") == ("2026-01", "month")


def test_yearless_month_resolves_to_the_closest_before_publication():
    assert nd("in July") == ("2025-07", "month")
    assert nd("in December") == ("2024-12", "month")
    assert nd("in October") == ("2025-10", "month")


def test_yearless_month_with_a_future_cue_is_the_next_one():
    assert found("The vote will be held in December.") == [("December", "2025-12")]


def test_last_month_name_is_strictly_before_the_reference_month():
    assert nd("last December") == ("2024-12", "month")
    assert nd("last October") == ("2024-10", "month")
    assert nd("next March") == ("2026-03", "month")


def test_parts_of_a_month_are_intervals():
    assert normalize_date("mid-October", REF) == DateValue.interval(D(2025, 10, 11), D(2025, 10, 20))
    assert normalize_date("early October 2025", REF) == DateValue.interval(D(2025, 10, 1), D(2025, 10, 10))
    assert normalize_date("late February 2024", REF) == DateValue.interval(D(2024, 2, 21), D(2024, 2, 29))
    assert nd("the end of March 2024") == ("2024-03-21", "interval")


def test_as_of_mid_month_is_the_part_of_month_not_the_month():
    assert found("As of mid-October, nothing had moved.") == [("mid-October", "2025-10-11")]


def test_relative_years_and_months_against_the_reference():
    assert nd("last year") == ("2024", "year")
    assert nd("this year") == ("2025", "year")
    assert nd("next year") == ("2026", "year")
    assert nd("last month") == ("2025-09", "month")


def test_this_week_runs_from_monday_to_the_reference():
    assert normalize_date("this week", REF) == DateValue.interval(D(2025, 10, 6), D(2025, 10, 8))
    assert normalize_date("last week", REF) == DateValue.interval(D(2025, 9, 29), D(2025, 10, 5))


def test_recently_is_an_interval_before_the_reference():
    assert normalize_date("recently", REF) == DateValue.interval(D(2025, 9, 8), D(2025, 10, 8))


def test_within_days_is_an_interval_after_the_anchor():
    v = normalize_date("within days", REF, anchor=D(2025, 10, 8))
    assert v == DateValue.interval(D(2025, 10, 9), D(2025, 10, 15))


def test_anchor_relative_expressions_without_an_anchor_are_unresolved():
    assert normalize_date("within days", REF) is None
    assert found("Just days before the vote, he resigned.") == [("Just days before", None)]


def test_just_days_before_uses_the_date_named_after_it():
    text = "The clash comes just days before the elections on October 12."
    assert found(text) == [("just days before", "2025-10-05"), ("October 12", "2025-10-12")]


def test_the_same_day_takes_the_date_named_before_it_in_the_sentence():
    text = "On October 8, 2025 - the same day the drones arrived - sanctions came into force."
    assert found(text, D(2025, 10, 15))[1] == ("the same day", "2025-10-08")


def test_n_days_later_and_earlier_count_from_the_anchor():
    assert nd("two days later", anchor=D(2025, 9, 17)) == ("2025-09-19", "day")
    assert nd("a day earlier", anchor=D(2025, 9, 17)) == ("2025-09-16", "day")
    assert nd("three days ago") == ("2025-10-05", "day")


def test_months_ahead_of_schedule_counts_back_from_the_scheduled_anchor():
    assert nd("three months ahead of schedule", anchor=D(2026, 1, 1)) == ("2025-10", "month")
    assert nd("three months ahead of schedule") is None


def test_for_n_months_as_of_a_month_is_an_interval_ending_with_that_month():
    v = normalize_date("for 11 months as of October 2025", D(2025, 10, 15))
    assert v == DateValue.interval(D(2024, 11, 1), D(2025, 10, 31))


def test_since_a_year_dates_the_start_at_year_precision():
    assert nd("since 2015") == ("2015", "year")
    assert nd("since 2023") == ("2023", "year")
    assert nd("since July 2025") == ("2025-07", "month")


def test_bare_years_are_years():
    assert nd("1999") == ("1999", "year")
    assert nd("in 2009") == ("2009", "year")
    assert found("the 2013 Brussels Agreement") == [("2013", "2013")]


def test_resolution_number_is_not_a_year():
    assert found("UN Security Council Resolution 1244") == []
    assert found("under Resolution 2025 of the council") == []


def test_counts_and_measures_are_not_dates():
    assert found("20 seats in parliament, 250 kilometers away, 80 miles per hour") == []
    assert found("Bayraktar TB2 drones and a one-year term") == []
    assert found("the next 6-12 months") == [("the next 6-12 months", None)]
    assert found("2000 soldiers and 1999 km of road") == []
    assert found("May 5 people come?") == []


def test_year_ranges_and_halves_and_decades_are_intervals():
    assert normalize_date("between 2014 and 2016", REF) == DateValue.interval(D(2014, 1, 1), D(2016, 12, 31))
    assert nd("the second half of 2023") == ("2023-07-01", "interval")
    assert nd("the 1990s") == ("1990-01-01", "interval")


def test_the_next_two_weeks_is_an_interval_from_the_reference():
    assert normalize_date("within the next two weeks", REF) == DateValue.interval(REF, D(2025, 10, 22))


def test_offsets_are_shifted_and_point_into_the_text():
    text = "Talks ended on 3 May 2024 in Brussels."
    (te,) = find_temporal_expressions(text, REF, offset=100)
    assert isinstance(te, TemporalExpression)
    assert (te.start, te.end) == (115, 125) and text[te.start - 100:te.end - 100] == te.text == "3 May 2024"


def test_impossible_dates_are_not_resolved():
    assert normalize_date("February 30, 2024", REF) is None


def test_may_as_a_verb_is_not_a_month():
    assert found("Serbia may respond; March is long.") == []


@pytest.mark.parametrize("ref", [D(2025, 10, 8), D(2025, 10, 11)])
def test_wednesday_in_000_window_is_always_8_october(ref):
    assert nd("on Wednesday", ref=ref) == ("2025-10-08", "day")


@pytest.mark.parametrize("text,reference,expected", [
    ("signed in Tirana on 18 March last year", "2026-03-14", "2025-03-18"),
    ("in April last year", "2025-04-17", "2024-04"),
    ("the jet crashed on Christmas Day", "2025-10-11", "2024-12-25"),
    ("Last Saturday he posted again", "2026-01-24", "2026-01-17"),  # said on a Saturday: a week ago
    ("It began on Sunday the 19th", "2024-10-30", "2024-05-19"),
    ("This morning Katz takes the ambassador", "2024-02-19", "2024-02-19"),
    ("Kosovo holds local elections on Sunday", "2025-10-09", "2025-10-12"),  # a scheduled event
    ("under Resolution 1244 of 1999", "2025-10-13", "1999"),  # "of" is no prefix of a model number
])
def test_more_phrases_of_news_writing(text, reference, expected):
    found = [te.date.value for te in find_temporal_expressions(text, dt.date.fromisoformat(reference)) if te.date]
    assert expected in found, found


def test_that_weekday_and_the_following_weekday_count_from_the_anchor():
    anchor = dt.date(2024, 6, 18)  # a Tuesday
    got = {te.text: te.date.value for te in find_temporal_expressions(
        "He collected a prize that Friday; the verdict was due the following Thursday.", dt.date(2024, 10, 30), 0, anchor)}
    assert got == {"that Friday": "2024-06-21", "the following Thursday": "2024-06-20"}


def test_the_scan_near_triggers_finds_what_the_full_scan_finds():
    """``date_patterns.matches`` tries only the starts within MAX_LEAD characters before a
    trigger; on every article of the repository it must give the full scan's matches."""
    import random

    from conftest import ROOT

    from rhetoric.extract import date_patterns as dp

    texts = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("**/corpus/*.md"))]
    words = ["on", "the", "following", "Thursday", "last", "week", "3", "May", "2025", "a", "day", "after",
             "within", "next", "three", "days", "earlier", "this", "month", "of", "in", ",", "the 19th"]
    rng = random.Random(7)
    texts += [" ".join(rng.choice(words) for _ in range(60)) for _ in range(300)]
    assert len(texts) > 300
    for text in texts:
        full = [(m.start(), m.end(), m.lastgroup) for m in dp.PATTERN_AT.finditer(text)]
        assert [(m.start(), m.end(), m.lastgroup) for m in dp.matches(text)] == full, text[:200]


@pytest.mark.parametrize("sentence, expected", [
    ("The strike came three days after talks in Istanbul on 2 May.", "2025-05-05"),   # after X on D: from D
    ("On 2 May they met; three days later the talks collapsed.", "2025-05-05"),       # later: from the date before
    ("Three days after the vote, on 14 May, the cabinet fell.", None),                # D is then's date, not X's
])
def test_n_days_after_x_counts_from_the_date_of_x_named_after_it(sentence, expected):
    found = {te.text.lower(): te.date for te in find_temporal_expressions(sentence, dt.date(2025, 5, 9))}
    got = next(d for t, d in found.items() if "three days" in t)
    assert (got.value if got is not None else None) == expected


def test_a_weekday_of_last_or_next_week_is_that_weekday_of_that_calendar_week():
    # REF is Wednesday 8 October 2025
    assert nd("on Wednesday last week") == ("2025-10-01", "day")
    assert nd("Friday of next week") == ("2025-10-17", "day")
    assert nd("on Monday this week") == ("2025-10-06", "day")
    assert found("said on Tuesday, last week") == [("Tuesday, last week", "2025-09-30")]


def test_n_units_ago_today_is_that_very_day_and_without_today_an_approximate_span():
    assert nd("a week ago today") == ("2025-10-01", "day")  # REF 8 October 2025
    assert nd("a year ago today") == ("2024-10-08", "day")
    assert nd("a week ago")[1] == "interval"


@pytest.mark.parametrize("text, value", [
    ("Twenty-four hours ago the minister resigned.", "2025-05-08"),
    ("48 hours ago the border closed.", "2025-05-07"),
    ("A few hours ago the talks broke down.", "2025-05-09"),
])
def test_hours_ago_count_back_whole_days_from_the_reference(text, value):
    got = [te.date.value for te in find_temporal_expressions(text, dt.date(2025, 5, 9)) if te.date is not None]
    assert got == [value]


@pytest.mark.parametrize("text, value", [
    ("The tanks were due in February, but came early.", "2026-02"),   # three months ahead of October
    ("The summit was scheduled for June and then cancelled.", "2025-06"),  # four months back
    ("The tanks arrived in February.", "2025-02"),                     # no schedule: the last February
])
def test_a_month_after_a_past_schedule_is_the_nearer_one(text, value):
    got = [te.date.value for te in find_temporal_expressions(text, dt.date(2025, 10, 9)) if te.date is not None]
    assert got == [value]


@pytest.mark.parametrize("text, expected", [
    # a part of the day told: that day; the next morning: the day after it
    ("The embassy was closed that evening.", ("that evening", "2025-05-06")),
    ("Warsaw answered the same morning.", ("the same morning", "2025-05-06")),
    ("Tusk wrote again later that day.", ("later that day", "2025-05-06")),
    ("The papers ran the story the next morning.", ("the next morning", "2025-05-07")),
])
def test_a_part_of_the_day_told_counts_from_the_anchor(text, expected):
    got = [(te.text, te.date.value) for te in find_temporal_expressions(text, D(2025, 5, 9), 0, D(2025, 5, 6))]
    assert got == [expected]


def test_a_date_that_names_an_event_is_no_anchor_of_an_events_relative_date(tmp_path):
    body = ("On Thursday Tusk posted a video about the 24 February invasion.\n\n"
            "Sikorski, interviewed that evening, was sharper.")
    rows = _event_rows(tmp_path, body, "2025-05-09")
    assert {str(r["date"]) for r in rows if "evening" in r["date_text"]} == {"2025-05-08"}


def test_a_deadline_that_lies_ahead_is_the_next_such_day():
    assert found("The ambassador has until Saturday to leave.", D(2023, 5, 9)) == [("Saturday", "2023-05-13")]
    assert found("The envoys have until Friday to answer.", D(2023, 5, 9)) == [("Friday", "2023-05-12")]
    assert found("He stayed until Saturday.", D(2023, 5, 9)) == [("Saturday", "2023-05-06")]


def test_an_events_bare_weekday_in_a_story_told_day_by_day(tmp_path):
    body = "On Wednesday 8 October Orbán vetoed the package.\n\nOn Thursday Budapest recalled its ambassador."
    rows = _event_rows(tmp_path, body, "2025-10-18")
    assert {r["date_text"]: str(r["date"]) for r in rows} == {"Wednesday 8 October": "2025-10-08",
                                                               "Thursday": "2025-10-09"}


def test_an_abbreviated_month_before_a_name_is_a_first_name():
    # "and Jan Novák" is a person, not January; the abbreviation with its full stop or a year still dates
    assert found("Babiš and Jan Novák, the interior minister, spoke.", D(2021, 10, 4)) == []
    assert found("The ruling is due in Jan. The court said so.", D(2021, 10, 4)) == [("Jan.", "2022-01")]
    assert found("The vote was held in Oct 2020.", D(2021, 10, 4)) == [("Oct 2020", "2020-10")]


def test_an_events_anchor_is_not_lost_across_a_heading(tmp_path):
    body = ("On 2 May 2014 a depot exploded.\n\n**The accusation**\n\nOn 12 March 2021 Prague accused Moscow. "
            "The police gave details.\n\n**The reply**\n\nThe next day Moscow expelled two diplomats.")
    rows = _event_rows(tmp_path, body, "2021-10-04")
    assert {r["date_text"]: str(r["date"]) for r in rows}["The next day"] == "2021-03-13"


def test_a_future_cue_in_the_bold_question_before_does_not_move_a_past_weekday():
    # "**Will they speak?** On Thursday Vučić said …": the question is a sentence of its own
    text = "**Will Tusk and Orbán speak?** On Thursday Tusk said he would call."
    assert found(text, D(2025, 10, 10)) == [("Thursday", "2025-10-09")]
    assert found("Will they speak on Thursday?", D(2025, 10, 10)) == [("Thursday", "2025-10-16")]


def test_an_events_bare_weekday_is_not_in_a_week_the_story_has_left(tmp_path):
    body = ("Russia invaded Ukraine on Thursday 24 February 2022.\n\nPoland took in millions of refugees.\n\n"
            "Its defence budget has doubled.\n\nWarsaw spends more on defence than any NATO member.\n\n"
            "On Tuesday a Russian drone crashed in eastern Poland.")
    rows = _event_rows(tmp_path, body, "2025-05-09")
    assert {r["date_text"]: str(r["date"]) for r in rows}["Tuesday"] == "2025-05-06"


def test_a_liveblog_entry_with_its_time_inline_is_dated_by_its_section(tmp_path):
    # "**14:05** …", "15:30 — …": the entry's time at the start of its paragraph, the day from the
    # section's heading; the paragraph after it is no entry of that time
    body = ("**Wednesday 7 May**\n\n**14:05** Orbán vetoed the package.\n\n15:30 — Budapest recalled its ambassador.\n\n"
            "**Thursday 8 May**\n\n09:10 · Warsaw summoned the envoy.\n\nThe weather was mild.")
    rows = _event_rows(tmp_path, body, "2025-05-09")
    got = {r["date_text"]: str(r["date"]) for r in rows if ":" in r["date_text"]}
    assert got == {"14:05": "2025-05-07", "15:30": "2025-05-07", "09:10": "2025-05-08"}
    assert not [r for r in rows if "weather" in r["sentence"]]


@pytest.mark.parametrize("text", ["the deal would have fallen apart by 12 October",
                                  "a summertime pact signed on 12 October", "winters were hard until 12 October"])
def test_a_season_is_a_whole_word(text):
    # "fallen", "summertime", "winters": not the season (session 12: "fall" was found in "fallen")
    assert [e.text for e in find_temporal_expressions(text, REF)] == ["12 October"]


@pytest.mark.parametrize("text, iso", [
    ("On Friday, the minister will fly to Athens.", "2025-10-10"),
    ("On Friday the Greek prime minister, Kyriakos Mitsotakis, is expected in Ankara.", "2025-10-10"),
    ("**On Monday** the two delegations are due to meet in Brussels.", "2025-10-13"),
    ("On Monday, he said he will visit Ankara.", "2025-10-06"),  # the saying is past
    ("On Monday the minister is in Ankara.", "2025-10-06"),
])
def test_a_time_that_opens_a_sentence_in_the_future_lies_ahead(text, iso):
    # session 12: the future cue was only looked for before the time ("will travel on Friday")
    (e,) = find_temporal_expressions(text, REF)
    assert e.date.value == iso


@pytest.mark.parametrize("text, iso", [
    ("Earlier in the day, the envoy left the building.", "2025-10-01"),
    ("Later in the day the ministry issued a note.", "2025-10-01"),
    ("That same month the army held a drill.", "2025-10"),
    ("Later that same year the embassy reopened.", "2025"),
    # (session 69: "the same week" is the month of the day told, not the week's Monday, 29 September)
    ("The same week the talks stalled.", "2025-10"),
])
def test_a_part_of_the_day_or_the_period_of_the_date_told(text, iso):
    # session 12: "earlier in the day", "that same month", "later that year" read the date told before
    (e,) = find_temporal_expressions(text, REF, anchor=D(2025, 10, 1))
    assert e.date.value == iso


def test_that_years_is_not_a_period():
    assert find_temporal_expressions("He praised that year's budget.", REF, anchor=D(2025, 10, 1)) == []


@pytest.mark.parametrize("text, iso", [
    ("On Monday, Vučić insisted Serbia will never recognise Kosovo.", "2025-10-06"),
    ("On Thursday, the government approved a law that will take effect soon.", "2025-10-02"),
    ("On Monday, the ministry unveiled plans to buy Turkish drones.", "2025-10-06"),
    ("On Tuesday, Erdoğan vowed that Turkey will defend its allies.", "2025-10-07"),
])
def test_review12_a_past_main_verb_keeps_an_opening_weekday_in_the_past(text, iso):
    assert find_temporal_expressions(text, REF)[0].date.value == iso


def test_review12_later_that_year_is_left_to_the_year_told():
    assert find_temporal_expressions("Later that year, the court ruled.", REF, anchor=D(2025, 10, 1)) == []


# --- session 14: dates spelt out, and "last <weekday>" --------------------------------------

@pytest.mark.parametrize("text,reference,expected", [
    # a memoir's or a speech's date: the day of the month in words, after "the", before "of"
    ("They landed at dawn on Friday, the twenty-third of March 2012, in the rain", "2024-02-01", "2012-03-23"),
    ("the talks opened on the first of July 1998", "2001-05-05", "1998-07-01"),
    ("the envoy came back on the eleventh of May", "2021-06-30", "2021-05-11"),
    # "last Thursday" is Thursday of the week before (written on a Saturday: nine days before)
    ("The embassy protested last Thursday", "2024-03-16", "2024-03-07"),
    ("The embassy protested last Thursday", "2024-03-18", "2024-03-14"),  # written on a Monday
])
def test_dates_spelt_out_and_last_weekday(text, reference, expected):
    found = [te.date.value for te in find_temporal_expressions(text, dt.date.fromisoformat(reference)) if te.date]
    assert found == [expected], found


def test_an_ordinal_word_is_no_day_without_the_and_of():
    found = [te.text for te in find_temporal_expressions("a second May rally; the third quarter", D(2024, 6, 1))]
    assert not any("second" in t or "third" in t for t in found), found


def test_a_past_counterfactual_is_no_future_cue():
    # "would have" looks back: the yearless date is the last one, not the next
    found = [te.date.value for te in find_temporal_expressions(
        "Had the deal held, the crisis would have come after the vote of 12 October.", D(2026, 5, 14)) if te.date]
    assert found == ["2025-10-12"], found
    found = [te.date.value for te in find_temporal_expressions(
        "The crisis would come after the vote of 12 October.", D(2026, 5, 14)) if te.date]
    assert found == ["2026-10-12"], found


def test_a_schedule_compared_is_no_future_cue():
    # "earlier than planned", "ahead of schedule": what happened, measured against a plan
    for text in ("The troops arrived two weeks earlier than planned, the ministry said on Friday.",
                 "The troops arrived ahead of schedule, the ministry said on Friday."):
        found = [te.date.value for te in find_temporal_expressions(text, D(2025, 10, 8)) if te.date and te.text == "Friday"]
        assert found == ["2025-10-03"], (text, found)


def test_an_events_story_date_is_not_its_dateline(tmp_path):
    # filed on the 27th, the story is of "late on Sunday", the 26th: "a day earlier" is the 25th
    body = ("BOGOTA, Jan 27 (wire) - Colombia agreed late on Sunday to accept the flights.\n\n"
            "Petro's office gave no reason.\n\n"
            "The standoff followed complaints from Brazil a day earlier about deportees in handcuffs.")
    rows = _event_rows(tmp_path, body, "2025-01-27")
    assert "2025-01-25" in {r["date"] for r in rows}, rows


def test_a_part_of_the_day_told_and_later_in_the_month_are_events_of_the_time_told(tmp_path):
    # a story told hour by hour: "In the afternoon …" is the day told; "Later in the month …" its month
    body = ("The envoy flew into Vilnius on Monday 3 March 2025.\n\n"
            "In the afternoon the two delegations met at the foreign ministry.\n\n"
            "Later in the month the talks collapsed over the wording of the communique.")
    dates = {r["date"] for r in _event_rows(tmp_path, body, "2025-06-02")}
    assert {"2025-03-03", "2025-03"} <= dates, dates
    # "earlier that week" is no time of the day told (not an event of that week's Monday)
    found = [te.text for te in find_temporal_expressions("the strikes earlier that week", D(2025, 10, 27))]
    assert found == [], found


@pytest.mark.parametrize("text, value", [
    ("CAPTION: 8 OCTOBER 2025, PRISTINA AIRPORT", "2025-10-08"),
    ("ON SCREEN: DECEMBER 2022. PINK TELEVISION.", "2022-12"),
    ("14:02 TUSK SAID ON WEDNESDAY THAT POLAND HAD WAITED LONG ENOUGH", "2025-05-07"),
])
def test_dates_in_capitals_are_read_as_in_running_text(text, value):
    from rhetoric.extract.dates import find_temporal_expressions

    found = [te.date.value for te in find_temporal_expressions(text, dt.date(2025, 5, 9)) if te.date is not None]
    assert value in found, found


def test_a_month_in_capitals_without_a_number_is_no_date():
    from rhetoric.extract.dates import find_temporal_expressions

    assert [te for te in find_temporal_expressions("THEY MAY MARCH ON THE CAPITAL", dt.date(2025, 5, 9))
            if te.date is not None] == []


def test_a_day_counters_day_one_and_its_counted_days():
    import datetime as dt

    from rhetoric.extract.anchoring import _counted_day, day_one

    first = day_one("How to read it: Day 1 is Wednesday 8 October 2025, the day the drones landed.", dt.date(2026, 2, 14))
    assert first == dt.date(2025, 10, 8)
    assert day_one("On day one of the talks, nothing moved.", dt.date(2026, 2, 14)) is None
    assert _counted_day("**Day 2.** Vučić holds a press conference.", first, 0)[0].value == "2025-10-09"
    span = _counted_day("**Days 2–4.** Silence from Ankara.", first, 0)[0]
    assert (span.precision, span.earliest, span.latest) == ("interval", dt.date(2025, 10, 9), dt.date(2025, 10, 11))
    assert _counted_day("**Day −300 or so.** The contract is signed.", first, 0) is None
    assert _counted_day("Day 300 or so. The contract is signed.", first, 0) is None


def test_slashed_dates_are_read_only_where_the_order_of_day_and_month_cannot_be_mistaken():
    import datetime as dt

    from rhetoric.extract.dates import find_temporal_expressions

    def read(text):
        return [(e.text, e.date.value if e.date else None) for e in find_temporal_expressions(text, dt.date(2026, 2, 1))]

    assert read("Date complaint received: 10/10/2025") == [("10/10/2025", "2025-10-10")]
    assert read("concluded by the Council on 21/01/2026.") == [("21/01/2026", "2026-01-21")]
    assert read("The notice was filed on 1/27/2025.") == [("1/27/2025", "2025-01-27")]
    assert read("signed on 03/04/2025") == []  # (3 April or March 4)
    assert read("under version 1/2/2024 of the rules") == []


def test_an_hour_ago_is_found_by_the_scan_near_triggers():
    # (session 35: "hour" was no trigger, so "an hour ago" was found only by the full scan)
    from rhetoric.extract import date_patterns as dp

    text = "Posted an hour ago. Tusk wrote on Monday."
    full = [(m.start(), m.end(), m.lastgroup) for m in dp.PATTERN_AT.finditer(text)]
    assert [(m.start(), m.end(), m.lastgroup) for m in dp.matches(text)] == full
    assert full[0][2] == "hours_ago"


@pytest.mark.parametrize("text, reference, expected", [
    ("On the last day of February the regulator fined the bank.", "2025-09-06", "2025-02-28"),
    ("by the first day of June 2024", "2025-09-06", "2024-06-01"),
    # a clause in the past after its opening day: the last one, not the next within a month
    ("On the last day of March the ministry summoned the ambassador.", "2026-03-06", "2025-03-31"),
    ("On 20 March the ministry summoned the ambassador.", "2026-03-06", "2025-03-20"),
    ("On 20 March the ministry will summon the ambassador.", "2026-03-06", "2026-03-20"),
])
def test_session35_first_or_last_day_of_a_month_and_a_past_clause_after_its_day(text, reference, expected):
    found = [te.date.value for te in find_temporal_expressions(text, dt.date.fromisoformat(reference)) if te.date]
    assert found == [expected], found


def test_session35_the_last_day_of_the_month_is_not_yesterday():
    assert [te.text for te in find_temporal_expressions("by the last day of the month", dt.date(2025, 9, 6))] == []


@pytest.mark.parametrize("text, reference, expected", [
    # (session 36) a day without its year after a month or a day told with its year in its sentence
    ("In March 2019 Orbán vetoed the statement, and on 2 April he blocked the second draft.", "2025-03-20",
     ["2019-03", "2019-04-02"]),
    ("On 28 December 2023 the vote passed, and he wrote to Brussels again on 9 January.", "2025-01-03",
     ["2023-12-28", "2024-01-09"]),
    # (not a date in a clause about something else, nor an anniversary's)
    ("Orbán, who had met Netanyahu in September 2024, said on 3 October that Hungary would leave.", "2025-10-09",
     ["2024-09", "2025-10-03"]),
    ("A year after his 13 September 2024 speech, Pashinyan said on 13 September that peace was near.",
     "2025-10-09", ["2025", "2024-09-13", "2025-09-13"]),
    # (but not a day ahead, nor one far from the date told)
    ("In March 2019 the treaty was signed; it will take effect on 2 April.", "2025-03-20", ["2019-03", "2025-04-02"]),
    ("In March 2019 the treaty was signed, and he spoke of it on 2 September.", "2025-09-20",
     ["2019-03", "2025-09-02"]),
    # a weekday's day told in the past: the last one, when this year's is after publication
    ("On Tuesday 24 September the ministry summoned the ambassador.", "2025-09-15", ["2024-09-24"]),
    ("The ambassador was summoned on Tuesday, September 24.", "2025-09-15", ["2024-09-24"]),
])
def test_session36_a_day_without_its_year_in_a_story_told_back(text, reference, expected):
    found = [te.date.value for te in find_temporal_expressions(text, dt.date.fromisoformat(reference)) if te.date]
    assert found == expected, found


@pytest.mark.parametrize("text, expected", [
    ("DTSTART:20251008T070000Z", [("20251008T070000Z", "2025-10-08")]),
    ("DTSTART;VALUE=DATE:20251009", [("20251009", "2025-10-09")]),
    ("Created 20250312T0900 by the desk", [("20250312T0900", "2025-03-12")]),
    # (without its time only after a date field's key: not an order, a meeting's ID, a phone
    # number, a longer number, a month 13, a version or a path)
    ("Order number 20240315 was shipped.", []),
    ("Meeting ID: 20251006 / Passcode: 4421", []),
    ("UID:20251009-presser@feed", []),
    ("Call +48 22 20250930 for the press office.", []),
    ("Order 202510081 was paid.", []),
    ("Reference 20251308 is closed.", []),
    ("Build 1.20251008 and data/20251008/ rows", []),
])
def test_session36_iso_basic_format_dates(text, expected):
    found = [(te.text, te.date.value) for te in find_temporal_expressions(text, dt.date(2025, 10, 11)) if te.date]
    assert found == expected, found


@pytest.mark.parametrize("text, reference, expected", [
    # a count of years in words compounded with a hyphen is read whole, not by its last word
    ("the town recalled that forty-five years ago the dam had burst", "2024-05-02", ["1979"]),
    ("Thirty-one days later the envoy returned.", "2024-05-02", []),
    # a day or a weekday counted in a month, this month or the last
    ("On the first day of this month, at the town hall, the mayor spoke.", "2023-06-18", ["2023-06-01"]),
    ("On the second Tuesday of last month the council voted.", "2023-06-18", ["2023-05-09"]),
    ("the last Friday of March 2022", "2023-06-18", ["2022-03-25"]),
    # a range told in words: its first day
    ("Talks ran between 3 and 5 March 2021 in Geneva.", "2023-06-18", ["2021-03-03"]),
    ("The fair runs from 12 to 14 May.", "2023-05-01", ["2023-05-12"]),
    ("between 2 and 3 million people", "2023-05-01", []),
])
def test_session37_counts_in_words_days_counted_in_a_month_and_ranges(text, reference, expected):
    found = [te.date.value for te in find_temporal_expressions(text, dt.date.fromisoformat(reference)) if te.date]
    assert found == expected, found


def test_session37_an_events_day_counted_past_the_day_written_is_not_kept_without_a_future(tmp_path):
    # (the only day told is the writing's "today": "Three days later" in the past is no day after it)
    body = ("The minister reminded us today that patience is a virtue.\n\n"
            "Last autumn the envoys met in secret. Three days later the border was closed.\n\n"
            "The summit opens tomorrow, and three days later the leaders will sign the accord.")
    rows = _event_rows(tmp_path, body, "2024-03-10")
    dated = {r["date_text"]: str(r["date"]) for r in rows}
    assert "Three days later" not in dated or dated["Three days later"] <= "2024-03-10", dated
    assert dated.get("three days later") == "2024-03-14", dated


@pytest.mark.parametrize("text, expected", [
    ("The budget must pass by the evening of 20 November.", ["20 November"]),
    ("By evening standards in Rome the crowd was small.", []),
    ("By lunchtime on Monday, Magyar was claiming victory.", ["Monday"]),
])
def test_review37_by_evening_is_no_part_of_the_day_before_of_on_or_a_noun(text, expected):
    found = [te.text for te in find_temporal_expressions(text, dt.date(2025, 10, 9), 0, dt.date(2025, 10, 5)) if te.date]
    assert found == expected, found


def test_session39_two_days_from_today_and_a_day_after_that():
    import datetime as _dt

    from rhetoric.extract.dates import find_temporal_expressions as _find

    ref = _dt.date(2025, 3, 10)
    got = [(t.text, t.date.value if t.date else None) for t in _find("the day before yesterday and the day after tomorrow", ref)]
    assert got == [("the day before yesterday", "2025-03-08"), ("the day after tomorrow", "2025-03-12")]
    assert [t.text for t in _find("A day after that, Tusk spoke.", ref)] == ["A day after that"]


def test_session40_a_day_told_in_the_past_after_the_sections_day_is_still_before_the_writing(tmp_path):
    # (a memoir's section of 2 March 2025, written in July: "was sacked on 20 March" is that March's, a
    # few days after the section's day and before the text was written, not the March a year before)
    body = ("**2 March 2025**\n\n"
            "Sikorski called me in on Sunday morning. I was sacked on 20 March, after the budget vote.\n")
    dates = [e["date"] for e in _event_rows(tmp_path, body, "2025-07-15") if "sacked" in e["sentence"]]
    assert dates == ["2025-03-20"], dates
    # (but a day in the past perfect is before the section's day: "had resigned on 20 March" is the year before's)
    body = body.replace("I was sacked on 20 March", "My deputy had resigned on 20 March")
    dates = [e["date"] for e in _event_rows(tmp_path, body, "2025-07-15") if "resigned" in e["sentence"]]
    assert dates == ["2024-03-20"], dates


def test_session40_todays_and_yesterdays_occasion_is_dated_but_not_todays_world():
    assert found("He said at today's press conference that") == [("today", "2025-10-08")]
    assert found("In yesterday's long post on X he") == [("yesterday", "2025-10-07")]
    assert found("today's Europe is not the Europe of 1990") == [("1990", "1990")]
    assert found("On Monday Merz dismissed yesterday's news about a rift") == [("Monday", "2025-10-06")]


def test_session40_an_events_the_saturday_is_placed_as_the_statements_is(tmp_path):
    # (one policy: the event's "On the Saturday" is the Saturday of the story's week, as the statement's)
    body = ("On Saturday the square fills with tourists by noon.\n\n"
            "On Tuesday 4 March 2025 Viktor Orbán vetoed the package. The next morning Sikorski answered him.\n\n"
            "On the Saturday, Orbán used his radio slot to reply.\n")
    dates = [e["date"] for e in _event_rows(tmp_path, body, "2026-05-01") if "radio slot" in e["sentence"]]
    assert dates == ["2025-03-08"], dates


def test_session41_a_relative_day_counts_from_a_yearless_day_already_moved_to_the_storys_year(tmp_path):
    # (a retrospective of 2019 written in 2024: "On Friday 8 March" is 2019's, as the story told; the
    # next day and "On 12 March" after it follow that year, not the March before publication)
    from test_rules import rows_of

    body = ("On 3 March 2019 Hungary's government put up posters against the Commission.\n\n"
            "On Friday 8 March Tusk called the campaign \"a disgrace\". The next day Orbán said: \"We will not "
            "take down a single poster.\" On 12 March Merz said the posters were \"unacceptable\".\n")
    rows = rows_of(tmp_path, body, published="2024-01-20")
    got = [(r["speaker"], r["said_on"]) for r in rows]
    assert got == [("tusk", "2019-03-08"), ("orban", "2019-03-09"), ("merz", "2019-03-12")], rows


def test_session41_a_day_and_month_with_dots_and_no_year_is_a_day_but_not_a_time_or_a_figure():
    ref = D(2025, 3, 20)
    assert found("(first raised at the meeting of 04.03.)", ref) == [("04.03.", "2025-03-04")]
    assert found("The session began at 14.10. Then", ref) == []
    assert found("Inflation rose to 3.5. Then", ref) == []
    assert found("see Article 12.03. of the treaty", ref) == []


def test_review41_a_heading_this_morning_counts_from_the_writing_not_the_section_above(tmp_path):
    body = ("**Yesterday evening**\n\nNicolás Maduro called Petro \"a traitor to the region\".\n\n"
            "**This morning**\n\nGustavo Petro said Maduro \"should look at his own prisons\".\n")
    from test_rules import rows_of

    rows = rows_of(tmp_path, body, published="2025-08-14")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("maduro", "2025-08-13"), ("petro", "2025-08-14")], rows


def test_session42_days_headed_by_their_weekday_alone_run_forward_from_the_one_before(tmp_path):
    # (a diary of a summit week, published on the Friday: "## Tuesday" after "## Monday" is the day
    # after it, not the Tuesday a week before; a liveblog's newest-first days still count back)
    from test_rules import rows_of

    body = ("### Monday\n\nNicolás Maduro called Petro \"a traitor to the region\".\n\n"
            "### Tuesday\n\nGustavo Petro said Maduro \"should look at his own prisons\".\n")
    rows = rows_of(tmp_path, body, published="2025-08-15")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("maduro", "2025-08-11"), ("petro", "2025-08-12")], rows
    newest_first = ("### Thursday\n\nGustavo Petro said Maduro \"should look at his own prisons\".\n\n"
                    "### Wednesday\n\nNicolás Maduro called Petro \"a traitor to the region\".\n")
    rows = rows_of(tmp_path, newest_first, published="2025-08-15")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("petro", "2025-08-14"), ("maduro", "2025-08-13")], rows


def test_session42_a_first_weekday_heading_is_the_day_the_text_above_told_with_that_weekday(tmp_path):
    # (a treatment's outline under its summary: "PART ONE: MONDAY" is the "Monday 4 August" the
    # summary names, not the Monday before the treatment was printed; "PART TWO: TUESDAY" the day after)
    from test_rules import rows_of

    body = ("**Outline.** On Monday 4 August 2025 the border crossing closes and two capitals quarrel.\n\n"
            "**PART ONE: MONDAY**\n\nNicolás Maduro called Petro \"a traitor to the region\".\n\n"
            "**PART TWO: TUESDAY**\n\nGustavo Petro said Maduro \"should look at his own prisons\".\n")
    rows = rows_of(tmp_path, body, published="2025-09-03")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("maduro", "2025-08-04"), ("petro", "2025-08-05")], rows


def test_session42_a_thing_or_a_season_named_after_christmas_is_no_day():
    ref = D(2023, 12, 28)
    assert found("You have given Putin an unexpected Christmas present.", ref) == []
    assert found("during the Christmas holidays the talks stalled", ref) == []
    assert found("He flew home on Christmas Eve.", ref) == [("Christmas Eve", "2023-12-24")]


def test_session42_a_yearless_day_told_in_the_past_perfect_after_the_storys_day_is_the_year_before(tmp_path):
    # (a year-end review of 2025 published in December: after "On 14 February" of 2025, "had
    # written on 30 November" is the November before; a plan ("had been due in March"), a past
    # perfect reported ("said he had …") and a weekday that fits keep their year)
    from test_rules import rows_of

    body = ("On 14 February Tusk called Orbán \"Moscow's man in Brussels\". Sikorski had written to "
            "Szijjártó on 30 November that Hungary was \"playing with fire\".\n\n"
            "On 2 March Merz spoke to reporters. The talks had been due in April, Merz said, calling "
            "the delay \"regrettable\".\n")
    rows = rows_of(tmp_path, body, published="2025-12-20")
    got = {(r["speaker"], r["said_on"]) for r in rows}
    assert ("sikorski", "2024-11-30") in got and ("tusk", "2025-02-14") in got, rows
    from rhetoric.extract.anchoring import in_pluperfect

    text = "The talks had been due in April. She said he had changed his mind by May. He had met them in June."
    assert not in_pluperfect(text, 0, text.index("April"))
    assert not in_pluperfect(text, 0, text.index("May"))
    assert in_pluperfect(text, 0, text.index("June"))


def _article_of(tmp_path, body: str, published: str):
    """An article of ``body`` published on ``published``, read as the corpus reads it."""
    from rhetoric.corpus import read_article

    p = tmp_path / "t.md"
    p.write_text(f"---\nid: t\ntitle: t\noutlet: x-desk\npublished: {published}\nlanguage: en\n---\n{body}",
                 encoding="utf-8")
    return read_article(p)


def test_session42_a_transcripts_turns_count_from_the_day_its_standfirst_gives(tmp_path):
    # (a match commentary transcribed and published days later: "Two days ago" in a turn counts
    # from the broadcast, not from the page's date)
    from test_rules import REG

    from rhetoric.extract.events import extract_events

    body = ("*Radio commentary, Saturday 8 March 2025, transcribed from the broadcast.*\n\n"
            "COMMENTATOR: Two days ago in Warsaw the ministers met and nothing came of it.\n")
    rows = extract_events(_article_of(tmp_path, body, "2025-03-14"), REG)
    assert [(r["date_text"], r["date"]) for r in rows if r["date_text"] == "Two days ago"] == [("Two days ago", "2025-03-06")], rows


def test_session42_a_weekday_after_an_event_no_day_is_given_for_anchors_nothing(tmp_path):
    # ("on the Wednesday after the vote … Two days earlier", published on a Thursday: the vote's day
    # is not told, so neither day is; not two days before the Wednesday before publication)
    from test_rules import rows_of

    body = ("In Brussels on the Wednesday after the vote, Tusk ruled out retaliation: \"There will be no "
            "boycott of Hungary.\" Two days earlier, in his first address after the vote, he had called "
            "Hungary's veto \"a disgrace\".\n")
    rows = rows_of(tmp_path, body, published="2023-12-28")
    assert {r["said_on"] for r in rows} == {""}, rows


def test_review42_weekday_headings_of_a_newest_first_page_run_back_and_the_same_weekday_is_that_day(tmp_path):
    from test_rules import rows_of

    body = ("## Friday 21 March\n\nDmitry Peskov said Merz was \"dragging Germany into the war\".\n\n"
            "## Thursday\n\nFriedrich Merz said Russia \"will not divide Europe\".\n\n"
            "## Wednesday\n\nMaria Zakharova called Merz's plan \"a militarist fantasy\".\n")
    rows = rows_of(tmp_path, body, published="2025-03-31")
    assert [r["said_on"] for r in rows] == ["2025-03-21", "2025-03-20", "2025-03-19"], rows
    body = ("**Monday 24 November**\n\nTusk called the veto \"a disgrace\".\n\n"
            "**Monday evening**\n\nOrbán said Warsaw was \"hysterical\".\n")
    rows = rows_of(tmp_path, body, published="2025-11-26")
    assert [r["said_on"] for r in rows] == ["2025-11-24", "2025-11-24"], rows
    body = ("Last week's meeting, on Tuesday 4 March, ended without agreement.\n\n"
            "## Tuesday\n\nRadosław Sikorski said Hungary \"has once again chosen Moscow\".\n")
    rows = rows_of(tmp_path, body, published="2025-03-14")
    assert [r["said_on"] for r in rows] == ["2025-03-11"], rows


def test_review42_a_past_perfect_near_the_storys_day_or_by_a_later_time_keeps_its_year(tmp_path):
    from rhetoric.extract.anchoring import in_pluperfect

    text = "By the end of the year he had visited Moscow on 4 July. The vote had been moved to 20 March."
    assert not in_pluperfect(text, 0, text.index("4 July"))
    assert not in_pluperfect(text, 0, text.index("20 March"))
    from test_rules import rows_of

    body = ("On 3 February Merz told the Bundestag that Russia was \"testing Europe\". Tusk had spoken to "
            "Merz on 20 February, calling the German position \"finally serious\".\n")
    rows = rows_of(tmp_path, body, published="2025-12-20")
    assert {r["said_on"] for r in rows if r["speaker"] == "tusk"} == {"2025-02-20"}, rows


def test_review42_a_turn_counts_from_the_standfirst_only_when_it_says_when_the_words_were_spoken(tmp_path):
    from rhetoric.extract.anchoring import ArticleTimeline

    cases = [("*A recording of Tuesday's cabinet meeting, 11 March 2025, has leaked. Our reporters discuss it.*",
              "ANNA: Yesterday the government denied it.", "2025-03-14"),
             ("*Recorded in our studio on Monday 10 March 2025.*", "HOST: Today Tusk spoke in the Sejm.", "2025-03-10"),
             ("*Recorded on Monday 10 March 2025 and published with updates.*",
              "MAREK (update): This morning Sikorski summoned the ambassador.", "2025-03-14")]
    for standfirst, turn, day in cases:
        a = _article_of(tmp_path, f"{standfirst}\n\n{turn}\n", "2025-03-14")
        assert str(ArticleTimeline(a).reference(a.body.index(turn))) == day, (standfirst, turn)


def test_review42b_a_page_that_runs_newest_first_counts_its_weekday_headings_back(tmp_path):
    from test_rules import rows_of

    body = ("*Our diplomatic diary, newest entries first.*\n\n"
            "## Friday 14 March\n\nDmitry Peskov said Merz was \"dragging Germany into the war\".\n\n"
            "## Tuesday\n\nFriedrich Merz said Russia \"will not divide Europe\".\n")
    rows = rows_of(tmp_path, body, published="2025-03-21")
    assert [r["said_on"] for r in rows] == ["2025-03-14", "2025-03-11"], rows


def test_review42b_a_past_perfect_after_a_time_or_a_reported_clause_keeps_its_year():
    from rhetoric.extract.anchoring import in_pluperfect

    text = ("Later that year it emerged that Orbán had met Putin on 17 October. The leaders had agreed to "
            "meet again on 3 November. The talks had been delayed until 9 December.")
    for day in ("17 October", "3 November", "9 December"):
        assert not in_pluperfect(text, 0, text.index(day)), day


def test_session43_a_posts_header_dates_the_post_under_it(tmp_path):
    # (a comment thread and a ratings page: each post's header gives its day, and "an hour ago",
    # "yesterday" or "on Sunday" in the post count from it, not from the page's date)
    from test_rules import rows_of

    body = ("**#12 · balkan_obs** » Mon Nov 24, 2025 8:02 am\n\n"
            "Tusk posted an hour ago that Hungary's veto was \"a disgrace\".\n\n"
            "**#13 · Warsaw_Wanderer** » Tue Nov 25, 2025 6:40 pm\n\n"
            "Orbán said yesterday that Warsaw was \"hysterical\".\n")
    rows = rows_of(tmp_path, body, published="2025-11-28")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("tusk", "2025-11-24"), ("orban", "2025-11-24")], rows
    body = ("**\"Long wait at the bridge\"** ★★☆☆☆\n"
            "*Reviewed 19 March 2025 · Date of visit: March 2025 · Travelled alone*\n\n"
            "Friedrich Merz said on Monday that Russia \"will not divide Europe\".\n\n"
            "**Reply from the Harbour Office, Guest Relations** · Responded 21 March 2025\n\n"
            "On Wednesday Dmitry Peskov called Merz's plan \"a militarist fantasy\".\n")
    rows = rows_of(tmp_path, body, published="2025-03-30")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("merz", "2025-03-17"), ("peskov", "2025-03-19")], rows


def test_session43_a_day_heading_in_capitals_may_have_labels_after_it():
    from rhetoric.extract.anchoring import _heading_date

    pub = D(2025, 12, 1)
    assert _heading_date("**MONDAY 24 NOVEMBER 2025** · Page 328", pub, 0, pub).value == "2025-11-24"
    assert _heading_date("**THE EVENING POST** · Monday, November 24, 2025 · City edition", pub, 0, pub) is None


def test_session43_a_page_dated_after_publication_is_what_its_years_ago_today_count_from(tmp_path):
    # (an anniversary almanac printed in advance: "**TUESDAY 24 NOVEMBER 2026**" over "a year ago
    # today" is 24 November 2025; the page's own day dates nothing; a future heading whose lines do
    # not count back from it is still no section)
    from test_rules import rows_of

    body = ("**TUESDAY 24 NOVEMBER 2026** · Page 328\n"
            "\"Hungary's veto is a disgrace.\"\n"
            "— Donald Tusk, to reporters in Warsaw, a year ago today.\n\n"
            "**WEDNESDAY 25 NOVEMBER 2026** · Page 329\n"
            "Viktor Orbán said Warsaw was \"hysterical\".\n")
    rows = rows_of(tmp_path, body, published="2026-10-01")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("tusk", "2025-11-24"), ("orban", "")], rows


def test_session43_a_time_in_the_subjects_relative_clause_is_not_the_main_verbs(tmp_path):
    # ("Orbán, who had taken office in the vote of 29 May 2010, denied …": the day of his taking
    # office, not of the denial; but "Aliyev, who in January had said …" is that verb's own time)
    from test_rules import rows_of

    body = "Viktor Orbán, who had taken office in the vote of 29 May 2010, denied that Hungary was \"isolated in Europe\".\n"
    rows = rows_of(tmp_path, body, published="2010-06-15")
    assert [r["said_on"] for r in rows] == [""], rows
    body = "Nikol Pashinyan, who in March had said the blame lay with \"the leadership of Azerbaijan\", was all smiles.\n"
    rows = rows_of(tmp_path, body, published="2010-06-15")
    assert [r["said_on"] for r in rows if "leadership" in r["quote"]] == ["2010-03"], rows


def test_session44_a_day_in_an_archives_order_year_month_day():
    # (a finding aid's "2025 November 26": the day; "2025 November 8-13" is a range, not its first day)
    ref = dt.date(2026, 3, 1)
    found = [(e.text, e.date.value) for e in find_temporal_expressions("Facebook video, 2025 November 26. Printout.", ref)]
    assert found == [("2025 November 26", "2025-11-26")]
    assert all(e.date.precision != "day" or e.text != "2025 November 8"
               for e in find_temporal_expressions("(bulk 2025 November 8-13)", ref))


def test_session44_a_place_then_a_hyphen_then_a_day_heads_its_block():
    # (a shotlist's block header: "Vilnius, Lithuania - 3 March 2026")
    from rhetoric.extract.anchoring import _heading_date
    ref = dt.date(2026, 3, 4)
    assert _heading_date("Vilnius, Lithuania - 3 March 2026", ref, 0, ref).value == "2026-03-03"
    assert _heading_date("Kaunas - 2 March 2026", ref, 0, ref).value == "2026-03-02"


def test_session45_a_list_of_days_of_one_month_starts_at_its_first():
    # ("on 14 and 15 December 2023", "on 3, 4 and 5 May": from the first day to the last)
    ref = dt.date(2024, 1, 10)
    got = [(e.text, e.date.value, e.date.latest)
           for e in find_temporal_expressions("The summit met on 14 and 15 December 2023.", ref)]
    assert got == [("14 and 15 December 2023", "2023-12-14", dt.date(2023, 12, 15))]
    got = [(e.date.value, e.date.latest) for e in find_temporal_expressions("talks on 3, 4 and 5 May 2021", ref)]
    assert got == [("2021-05-03", dt.date(2021, 5, 5))]


def test_session45_on_the_second_day_counts_from_the_first_of_the_days_told(tmp_path):
    # (a summit told over its days: "On the second day" is the first day told and one; the words
    # under it take that day; "the first day of the month", a feast's first day and a noun
    # phrase "skipped the second day" are none)
    from conftest import ROOT

    from rhetoric.actors import load_actors
    from rhetoric.corpus import read_article
    from rhetoric.extract.statements import extract_article

    body = ("The European Council met in Brussels on 14 and 15 December 2023.\n\n"
            "During the second day Tusk told reporters: \"Hungary is holding Europe hostage.\"\n")
    p = tmp_path / "nd.md"
    p.write_text(f"---\nid: nd\ntitle: t\noutlet: null\npublished: 2024-01-10\nlanguage: en\n---\n{body}\n", encoding="utf-8")
    rows = extract_article(read_article(p), load_actors(ROOT / "tests" / "unseen" / "actors.yml"))
    assert [(r["speaker"], r["said_on"]) for r in rows if "hostage" in r["quote"]] == [("tusk", "2023-12-15")], rows
    events = _event_rows(tmp_path, body, "2024-01-10")
    assert "2023-12-15" in {e["date"] for e in events if "second day" in e["sentence"]}, events
    ref = dt.date(2024, 1, 10)
    for text in ("on the first day of the month", "On the first day of Ramadan he called", "they skipped the second day",
                 "on the second day of the war", "Upon the second day"):
        assert not [e for e in find_temporal_expressions(text, ref) if "first day" in e.text or "second day" in e.text], text


def test_session45_the_second_day_counts_only_from_days_told_and_each_from_the_first(tmp_path):
    # (after a week told, "last week", or a single day, "the second day" has no day to count
    # from; two of them in a paragraph both count from the first day told, not one from the other;
    # a list of days that are no run, "on 3 and 17 May", is its first day)
    from conftest import ROOT

    from rhetoric.actors import load_actors
    from rhetoric.corpus import read_article
    from rhetoric.extract.statements import extract_article

    reg = load_actors(ROOT / "tests" / "unseen" / "actors.yml")

    def said(body):
        p = tmp_path / "nd.md"
        p.write_text(f"---\nid: nd\ntitle: t\noutlet: null\npublished: 2024-01-10\nlanguage: en\n---\n{body}\n", encoding="utf-8")
        rows = extract_article(read_article(p), reg)
        return {k: r["said_on"] for r in rows for k in ("hostage", "blackmailing") if k in r["quote"]}

    assert said("Last week the European Council met in Brussels.\n\n"
                "On the second day Tusk told reporters: \"Hungary is holding Europe hostage.\"\n")["hostage"] == ""
    got = said("The European Council met on 14, 15 and 16 December 2023.\n\n"
               "Tusk said on the first day that Hungary was \"holding Europe hostage\", and Orbán answered on the third day"
               " that Brussels was \"blackmailing Hungary\".\n")
    assert (got["hostage"], got["blackmailing"]) == ("2023-12-14", "2023-12-16"), got
    found = [(e.text, e.date.value, e.date.precision)
             for e in find_temporal_expressions("talks on 3 and 17 May 2023", dt.date(2024, 1, 10))]
    assert found == [("3 and 17 May 2023", "2023-05-03", "day")], found


def test_session45_a_records_date_field_dates_the_event_its_field_above_names(tmp_path):
    # (a structured timeline: "**Event:** …" over "Date: …" is one event, its name and its day;
    # a date field after a blank line is a line of its own)
    body = ("**Event:** the European Council opens accession talks with Ukraine\n"
            "Date: 14 December 2023\n\n"
            "**Event:** Hungary blocks the budget for Ukraine\n\n"
            "Date: 15 December 2023\n")
    events = _event_rows(tmp_path, body, "2024-01-10")
    joined = [e for e in events if "accession talks" in e["sentence"]]
    assert [e["date"] for e in joined] == ["2023-12-14"], events
    assert not any("blocks the budget" in e["sentence"] for e in events), events
    # (a field that names whose words, over a date field, is no event's name)
    events = _event_rows(tmp_path, "**Quote:** \"The veto stands.\"\n- speaker: Viktor Orbán\n- date: 14 December 2023\n",
                         "2024-01-10")
    assert not any("speaker" in e["sentence"] for e in events), events


@pytest.mark.parametrize("sentence, day", [
    ("Hungary goes to the polls in a general election on Sunday.", "2025-03-23"),
    ("We will know more after Hungary's general election on Sunday.", "2025-03-23"),
    ("With Hungary voting in Sunday's general election, Orbán is staying at home.", "2025-03-23"),
    ("The new tariffs on Hungarian grain take effect on Sunday.", "2025-03-23"),
    ("The Council's session, which must approve the package, runs until Sunday.", "2025-03-23"),
    ("The new tariffs, taking effect on Sunday, hit Hungarian grain.", "2025-03-23"),
    ("On Sunday Hungarians voted in the general election.", "2025-03-16"),
    ("The election held on Sunday returned Orbán.", "2025-03-16"),
    # (review 54: the vote's clause tells it as done after a long apposition; a main clause's verb does not)
    ("Sunday's referendum in Hungary, the fourth on migration in a decade and the costliest so far, ended in defeat.",
     "2025-03-16"),
    ("Tusk used today's cabinet meeting to accuse Budapest of meddling in Sunday's vote.", "2025-03-23"),
])
def test_session53_a_weekday_that_dates_a_vote_or_a_rule_to_come_is_the_one_ahead(sentence, day):
    # (written on Thursday 20 March 2025: the vote or the tariff ahead is the next Sunday; one told as done, the last)
    found = [e for e in find_temporal_expressions(sentence, dt.date(2025, 3, 20)) if "Sunday" in e.text]
    assert [e.date.value for e in found] == [day]


def test_session54_a_notebook_entry_dated_with_a_weekday_a_short_year_and_a_time_dates_its_paragraph(tmp_path):
    # (a diary's or a log's entry, "**Tue 14.3.23, 09:40.**": the day and the month with dots, the
    # year in two digits after a weekday, a time of day beside it; the statements of its paragraph
    # are of that day)
    from conftest import ROOT

    from rhetoric.actors import load_actors
    from rhetoric.corpus import read_article
    from rhetoric.extract.statements import extract_article

    reg = load_actors(ROOT / "tests" / "unseen" / "actors.yml")
    p = tmp_path / "nb.md"
    p.write_text("---\nid: nb\ntitle: t\noutlet: null\npublished: 2023-06-01\nlanguage: en\n---\n"
                 "**Tue 14.3.23, 09:40.** Waiting room of the ministry. The radio is on. Tusk (live): "
                 "\"Hungary is blocking the whole Union.\"\n\n"
                 "**Fri 17.3.23.** Orbán on the evening news, read out by the anchor: \"Brussels wants to punish us.\"\n\n"
                 "**Saturday 18.3.23, 11:00.** The radio again. Sikorski (live): \"Hungary is isolated in the Council.\"\n",
                 encoding="utf-8")
    got = {r["speaker"]: r["said_on"] for r in extract_article(read_article(p), reg)}
    assert got == {"tusk": "2023-03-14", "orban": "2023-03-17", "sikorski": "2023-03-18"}, got
    ref = dt.date(2023, 6, 1)
    # (two digits of a year are a year only after a weekday, not a word that begins as one: not a
    # section's number, a "Wedding"; the weekday is the date's, no day of its own; a year more than
    # ten ahead of the reference is the last century's)
    assert not find_temporal_expressions("Rule 8.10.25 of the code applies.", ref)
    assert not find_temporal_expressions("Wedding 8.10.25 in Kraków.", ref)
    assert [(e.text, e.date.value) for e in find_temporal_expressions("Thursday, 9.3.23", ref)] == [("9.3.23", "2023-03-09")]
    assert [e.date.value for e in find_temporal_expressions("Fri 17.3.98", ref)] == ["1998-03-17"]


@pytest.mark.parametrize("sentence, value", [
    # (how far ahead of a schedule the text never dates is no date: counted from nothing)
    ("The new fleet of ferries was handed over two months ahead of schedule.", None),
    ("The ferries came two months ahead of schedule; they were scheduled to arrive in June 2023.", "2023-04"),
])
def test_session54_ahead_of_schedule_counts_only_from_a_schedule_the_text_dates(tmp_path, sentence, value):
    # (under a day's heading: that day is no schedule to count back from)
    events = [e for e in _event_rows(tmp_path, "**FRIDAY, 14 APRIL 2023**\n\n" + sentence, "2023-04-20")
              if "ahead" in e["date_text"]]
    assert [e["date"] for e in events] == ([value] if value else []), events


@pytest.mark.parametrize("text, span", [
    ("in the last days of February", ("2023-02-21", "2023-02-28")),
    ("during the first weeks of March", ("2023-03-01", "2023-03-10")),
    ("the final days of 2022", ("2022-12-01", "2022-12-31")),
    ("the last weekend of March", ("2023-03-25", "2023-03-25")),
    ("in the last days", ("2023-04-19", "2023-04-20")),
])
def test_session54_the_first_or_last_days_of_a_month_are_a_part_of_that_month(text, span):
    found = find_temporal_expressions(text, dt.date(2023, 4, 20))
    assert [(e.date.earliest.isoformat(), e.date.latest.isoformat()) for e in found] == [span], found


@pytest.mark.parametrize("text", ["over the last weeks of the talks", "The inquiry into the security lapses in May blamed the guards."])
def test_review54_the_last_weeks_of_talks_and_lapses_as_a_noun_are_no_time_ahead_or_last_week(text):
    found = find_temporal_expressions(text, dt.date(2023, 4, 20))
    assert not [e for e in found if e.text in ("last week", "last weeks")], found
    assert all(e.date.earliest < dt.date(2023, 4, 20) for e in found if e.date is not None), found


@pytest.mark.parametrize("sentence, value", [
    # (a law, a waiver or a mandate that ends later: the month ahead)
    ("Exporters rely on the trade waiver, which expires in September.", "2025-09"),
    ("The peacekeepers' mandate runs out in November unless it is renewed.", "2025-11"),
    ("The waiver expired in September.", "2024-09"),
])
def test_session54_a_term_that_expires_in_a_month_expires_in_the_month_ahead(sentence, value):
    found = find_temporal_expressions(sentence, dt.date(2025, 4, 7))
    assert [e.date.value for e in found] == [value], found


def test_session54_a_past_verb_of_another_clause_does_not_tell_a_vote_ahead_as_done():
    # (written on Thursday 20 March 2025: the vote of the first clause is still ahead)
    sentence = ("When you read this, Sunday's referendum in Hungary will be over and everyone will know "
                "whether the turnout figures were ever published.")
    found = [e for e in find_temporal_expressions(sentence, dt.date(2025, 3, 20)) if "Sunday" in e.text]
    assert [e.date.value for e in found] == ["2025-03-23"]


@pytest.mark.parametrize("sentence, day", [
    # (read 54b: nouns in "-ing" are no other verb between a vote and its own; a capitalised subject
    # after "and" opens a clause of its own)
    ("Orbán conceded during the evening after Sunday's vote.", "2025-03-16"),
    ("Orbán, beaming, conceded nothing after Sunday's election.", "2025-03-16"),
    ("Sunday's referendum will decide the issue, and Orbán was confident.", "2025-03-23"),
])
def test_read54b_a_votes_own_clause_and_verb(sentence, day):
    found = [e for e in find_temporal_expressions(sentence, dt.date(2025, 3, 20)) if "Sunday" in e.text]
    assert [e.date.value for e in found] == [day]


def test_read54b_a_weekday_before_a_dotted_date_ending_its_sentence_is_part_of_it():
    found = find_temporal_expressions("The meeting was on Thursday, 9.3.23. Tusk spoke.", dt.date(2023, 6, 1))
    assert [(e.text, e.date.value) for e in found] == [("9.3.23", "2023-03-09")], found


def test_session55_a_chronologys_bold_lead_of_a_month_or_a_day_with_a_place_dates_its_paragraph(tmp_path):
    # (a chronology whose entries lead in bold with a day or a month and the place, "**Friday 9 May,
    # Kraków.**", "**June, Gdańsk.**": each month the first such month after the entry before; the
    # programme is published a year later)
    from conftest import ROOT

    from rhetoric.actors import load_actors
    from rhetoric.corpus import read_article
    from rhetoric.extract.statements import extract_article

    reg = load_actors(ROOT / "tests" / "unseen" / "actors.yml")
    p = tmp_path / "ch.md"
    p.write_text("---\nid: ch\ntitle: t\noutlet: null\npublished: 2015-11-16\nlanguage: en\n---\n"
                 "**Monday 5 May 2014, Warsaw.** Tusk told the Sejm: \"Hungary must stop blocking the grain.\"\n\n"
                 "**Friday 9 May, Kraków.** Orbán to the press: \"Brussels wants to punish Hungary.\"\n\n"
                 "**June, Gdańsk.** Mr Sikorski to the harbour workers: \"We will never let Hungary divide us.\"\n\n"
                 "**March, Budapest.** At the summit Orbán, after talks with Tusk: \"Poland is our friend again.\"\n",
                 encoding="utf-8")
    got = [(r["speaker"], r["said_on"]) for r in extract_article(read_article(p), reg)]
    assert got == [("tusk", "2014-05-05"), ("orban", "2014-05-09"), ("sikorski", "2014-06"), ("orban", "2015-03")], got


# --- session 56: spits read, fixed by kind -------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    # (a future of remembering looks back: the date is the last one, not the next)
    ("We will always remember the march of 9 November.", "2025-11-09"),
    ("Nobody here shall ever forget the strike of 12 August.", "2025-08-12"),
    ("We'll never forget the strike of 12 August.", "2025-08-12"),
    # (a plain future still looks ahead)
    ("The march will start on 9 November.", "2026-11-09"),
])
def test_session56_a_future_of_remembering_looks_back(text, value):
    assert [v for _t, v in found(text, dt.date(2026, 5, 20))] == [value]


@pytest.mark.parametrize("text, span", [
    ("The festival (covers Friday 3 to Sunday 5 July) was wet.", ("3 to Sunday 5 July", "2026-07-03")),
    ("It was busy on Monday 6 and Tuesday 7 July.", ("Monday 6 and Tuesday 7 July", "2026-07-06")),
])
def test_session56_a_span_of_days_with_the_first_days_weekday_is_one_span(text, span):
    got = found(text, dt.date(2026, 7, 20))
    assert len(got) == 1 and got[0][1] == span[1] and got[0][0].endswith(span[0]), got


def test_session56_a_span_of_days_within_a_week_places_the_bare_weekdays_told_after_it(tmp_path):
    # (a newsletter looking back months later: "Fair Week (2–6 March)" is the week its "On Tuesday" is in,
    # and a recap's heading noting the days it covers places the weekdays of its section)
    rows = _event_rows(tmp_path, "The whole town remembers Fair Week (2–6 March). On Tuesday, Orbán spoke at the "
                                 "cattle show. That evening Tusk answered him.", published="2025-07-18")
    assert {r["date_text"]: r["date"] for r in rows}.get("Tuesday") == "2025-03-04", rows
    body = ("**Part 1** *(covers Monday 14 and Tuesday 15 April)*\n\nOn Monday Orbán spoke in Szeged.\n\n"
            "**Part 2** *(covers Thursday 17 April)*\n\nOn Thursday Tusk answered.\n")
    rows = _event_rows(tmp_path, body, published="2025-05-02")
    assert [(r["date_text"], r["date"]) for r in rows if r["date_text"] in ("Monday", "Thursday")] == \
        [("Monday", "2025-04-14"), ("Thursday", "2025-04-17")], rows


@pytest.mark.parametrize("text, value", [
    # (a saint's fixed feast, told as a day or a feast; not a church named after the saint)
    ("The strike began on St Patrick's Day.", "2025-03-17"),
    ("Letter from Lviv, the feast of Saint George, 2024", "2024-04-23"),
    ("They prayed at St George's church.", None),
    # (a weekday before or after a day named: the last one before it, the first one after)
    ("On the Friday before Saint Stephen's day, the talks failed.", "2024-12-20"),
    ("The envoy left on the Monday after 12 March.", "2025-03-17"),
    # (the eve of a day: the day before)
    ("He answered on the eve of the feast of Saint Lucy.", "2024-12-12"),
])
def test_session56_saints_days_weekdays_before_a_day_and_the_eve_of_a_day(text, value):
    got = [v for _t, v in found(text, dt.date(2025, 5, 20))]
    assert got == ([value] if value else []), got


def test_review56_friday_the_thirteenth_as_an_idiom_is_no_date():
    assert found("At the ministry it felt like Friday the thirteenth.", dt.date(2025, 7, 1)) == []
    assert [v for _t, v in found("On Friday the thirteenth, Tusk spoke.", dt.date(2025, 7, 1))] == ["2025-06-13"]


@pytest.mark.parametrize("text, expected", [
    # (an act ahead: recalling an ambassador, remembering to vote)
    ("China will recall its ambassador on 12 August.", [("12 August", "2026-08-12")]),
    ("We will remember to vote on 12 August.", [("12 August", "2026-08-12")]),
    ("We will never ever forget the strike of 12 August.", [("12 August", "2025-08-12")]),
    # (an ordinal going on is no day: "the first and second readings")
    ("On Monday the first and second readings passed.", [("Monday", "2026-05-18")]),
    # (a span across the month's end)
    ("The fair covers Sunday 30 and Monday 1 December.", [("Sunday 30 and Monday 1 December", "2025-11-30")]),
    # (a service's name in title case is no day)
    ("Next Day Air shipping costs extra.", []),
])
def test_review56b_recalling_ordinals_spans_and_names_keep_their_reading(text, expected):
    assert found(text, dt.date(2026, 5, 20)) == expected


@pytest.mark.parametrize("text, expected", [
    # (a service remembered ahead is ahead; "the very day the drones landed" is no day told)
    ("He will be remembered at a memorial service on 12 August.", [("12 August", "2026-08-12")]),
    ("On the very day the drones landed, Tusk spoke.", []),
    # (two days joined by "and", days apart, are two days: the first)
    ("He spoke on Monday 6 and Friday 10 July.", [("Monday 6 and Friday 10 July", "2025-07-06")]),
])
def test_review56c_remembered_services_very_days_and_days_apart(text, expected):
    got = found(text, dt.date(2026, 5, 20))
    assert [(t, v) for t, v in got if t != "the very day"] == expected or got == expected, got


# --- session 57 -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("**14.III.24**", "2024-03-14"),           # (a visitors' book's date line, its month in Roman numerals)
    ("the letter of 2.XI.2023 was short", "2023-11-02"),
])
def test_session57_dotted_dates_with_roman_months_and_date_lines(text, value):
    assert [v for _t, v in found(text, dt.date(2024, 6, 1))] == [value]


def test_session57_date_lines_in_figures_with_two_digit_years_are_dates_in_a_series_only():
    # (a logbook's entries, each under its date line: two or more make a series; one alone may be a
    # clause's number, "**3.2.24**" after "clause by clause")
    assert [v for _t, v in found("**3.4.24**\nWe came up in fog.\n\n**5.4.24**\nSun at last.", dt.date(2024, 6, 1))] == \
        ["2024-04-03", "2024-04-05"]
    assert found("The committee went through it clause by clause.\n\n**3.2.24**\n\nMagyar objected.", dt.date(2024, 6, 1)) == []


@pytest.mark.parametrize("text", ["see section 3.4.24 of the code", "rule 1.II.3 applies"])
def test_session57_a_dotted_number_inside_a_line_is_no_date(text):
    assert found(text, dt.date(2024, 6, 1)) == []


@pytest.mark.parametrize("text", ["The report lists its findings by section.\n\n**4.2.10**\n\nOn Monday",
                                  "Release notes.\n\n### 2.1.25\n\nFixed", "**4.2.10**"])
def test_review57_a_numbered_part_on_its_own_line_is_no_date(text):
    assert [v for t, v in found(text, dt.date(2025, 10, 10)) if v and t[:1].isdigit()] == []


@pytest.mark.parametrize("text, value", [
    ("Two years ago last month the gendarmes crossed the border.", "2023-09"),   # (that month, two years back)
    ("It was three years ago this month that the talks broke down.", "2022-10"),
    ("a year ago last week", "2024-09-23"),                                      # (that week, a year back, from its Monday)
])
def test_session57_years_ago_last_month_is_that_month_so_many_years_back(text, value):
    assert [v for _t, v in found(text, dt.date(2025, 10, 5))] == [value]


def test_session60_a_diary_lines_under_a_heading_that_is_only_a_day_are_that_days_events(tmp_path):
    # (a log's items tell what happened on the day their heading names, in the present, no time of
    # their own; not a line's later sentence, nor a line under a heading that is more than a day)
    body = ("**APRIL**\n\n**Sunday 6 April**\n"
            "- Mali closes its airspace to Algerian aircraft. Flights reroute.\n"
            "- The embassy in Algiers shuts its consular desk\n\n"
            "**Notes on the week**\n- The border stays quiet\n")
    rows = _event_rows(tmp_path, body, "2025-04-20")
    dated = {r["sentence"].strip(" -"): r["date"] for r in rows}
    assert dated.get("Mali closes its airspace to Algerian aircraft.") == "2025-04-06", rows
    assert dated.get("The embassy in Algiers shuts its consular desk") == "2025-04-06", rows
    assert not any("Flights reroute" in s or "border stays quiet" in s for s in dated), rows



def test_review60_a_day_and_weekday_heading_of_the_week_ahead_is_after_the_page(tmp_path):
    # (a preview published on Thursday 10 April: "**Sun 13**" is the coming Sunday, no day gone by)
    body = ("**Sun 13**\n- Goïta visits Niamey.\n\n**Mon 14**\n- Tiani hosts the summit.\n")
    rows = _event_rows(tmp_path, body, "2025-04-10")
    assert not any(str(r["date"]).startswith(("2025-03", "2025-02", "2024")) for r in rows), rows


@pytest.mark.parametrize("text, value", [
    ("She spoke at yesterday's 9am briefing.", "2025-10-09"),        # (a time of day between the day and the occasion)
    ("Asked at today's 14:30 press conference, he said no.", "2025-10-10"),
    ("| Thu 13:00 | Belgrade | press conference |", "2025-10-09"),   # (a timetable's shortened weekday)
    ("| Wed eve. | Pristina | statement |", "2025-10-08"),
])
def test_session61_a_possessive_day_before_a_time_and_a_shortened_weekday_in_a_timetable(text, value):
    assert [v for _t, v in found(text, dt.date(2025, 10, 10))] == [value]


@pytest.mark.parametrize("text", ["He Wed her there.", "Sun and wind", "the Sat nav failed", "Mon ami, he said"])
def test_session61_a_shortened_weekday_in_running_text_is_no_date(text):
    assert found(text, dt.date(2025, 10, 10)) == []


def test_session61_events_days_counted_later_and_a_yearless_day_keep_the_storys_year(tmp_path):
    body = ("On 6 April 2025 Mali closed its airspace to Algerian aircraft.\n\n"
            "Algiers called the decision hostile.\n\nNiamey said nothing at first.\n\n"
            "Nine days later, Niger's army moved troops to the border.\n\n"
            "The Algerian press was furious.\n\n"
            "On 20 April Algeria recalled its ambassador.\n")
    rows = _event_rows(tmp_path, body, "2027-05-01")
    dated = {r["date_text"]: r["date"] for r in rows}
    assert dated.get("Nine days later") == "2025-04-15" and dated.get("20 April") == "2025-04-20", rows


@pytest.mark.parametrize("text, value", [
    ("— I. Dačić, to Tanjug, 21.viii.17.", "2017-08-21"),
    ("Letter of 3.xi.2019 from the embassy", "2019-11-03"),
    ("Noted on 14.IV.18 in pencil", "2018-04-14"),
])
def test_session62_a_month_in_roman_numerals_of_either_case_is_read_anywhere(text, value):
    assert [v for _t, v in found(text, dt.date(2020, 1, 1))] == [value]


@pytest.mark.parametrize("text, value", [
    ("They left late on Sunday night, 20.viii.17, by car.", ["2017-08-20"]),
    ("The call came on Wednesday evening, 4 March 2015, at last.", ["2015-03-04"]),
    ("The joint statement after their call, Tuesday, 3.xi.19.", ["2019-11-03"]),
])
def test_session62_a_weekday_before_its_date_is_that_date_not_a_day_of_its_own(text, value):
    assert [v for _t, v in found(text, dt.date(2021, 9, 1))] == value


@pytest.mark.parametrize("text", ["Under rule 2.iii.20 of the draft, the flow is kept.", "Clause 4.vi.12 sets out the data.",
                                  "Annex 5.ii.18 lists the dams."])
def test_review62_a_numbered_rule_in_roman_numerals_is_no_date(text):
    assert found(text, dt.date(2021, 9, 1)) == []


@pytest.mark.parametrize("line, published, value", [
    ("WIRE DESK EXBAMAKO 061030Z", dt.date(2025, 4, 9), "2025-04-06"),
    ("**DESK TO NIAMEY 282350 GMT:** NEED REACTION", dt.date(2025, 5, 2), "2025-04-28"),
    ("Our reporter filed at 061030 GMT yesterday", dt.date(2025, 4, 9), None),
])
def test_session62_a_filing_stamp_dates_its_cable_by_the_day_of_the_month(line, published, value):
    from rhetoric.extract.anchoring import filing_stamp

    got = filing_stamp(line, published)
    assert (got.value if got else None) == value


def test_session62_the_nth_day_of_a_meeting_apposed_to_a_day_is_that_day():
    assert found("Brussels, Sunday 19 July 2020, on the third day of the summit", dt.date(2022, 3, 1)) == \
        [("Sunday 19 July 2020", "2020-07-19"), ("the third day", "2020-07-19")]


def test_review62_a_filing_stamps_month_and_year_and_the_sections_month():
    from rhetoric.extract.anchoring import filing_stamp

    assert filing_stamp("R 281445Z SEP 25", dt.date(2025, 10, 9)).value == "2025-09-28"
    # (a reprint a year later: the month of the text's time there, not of its publication)
    assert filing_stamp("WIRE DESK EXDOHA 061010 GMT", dt.date(2017, 6, 30), dt.date(2018, 5, 2)).value == "2017-06-06"


@pytest.mark.parametrize("text", ["Schedule 2.iii.19 applies.", "See § 3.iv.15 and Table 1.v.10.", "Appendix 4.ii.18 lists them."])
def test_review62b_a_numbered_part_after_its_noun_is_no_date(text):
    assert found(text, dt.date(2021, 9, 1)) == []


def test_session63_a_lists_items_take_the_day_of_the_lead_in_that_ends_with_a_colon(tmp_path):
    # (a minutes' "The record of Thursday 12 February 2026, in Niamey:" over lettered items: each item's
    # words are that day's, whatever day an item before mentions; "late that night" is that day's night)
    from test_rules import _MALI_NIGER, _rows_with
    body = ("Goïta changed course. The record of Thursday 12 February 2026, in Niamey, reads as follows:\n\n"
            "(i) Goïta to the press: \"Algeria is no longer our enemy.\"\n\n"
            "(ii) Tiani: \"Niger will reopen its border with Algeria.\" He recalled the summit of 23 January.\n\n"
            "(iii) Late that night Goïta wrote: \"Algiers has shown good faith.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2026-02-20")
    got = {r["quote"][:20]: r["said_on"] for r in rows}
    assert len(got) == 3 and set(got.values()) == {"2026-02-12"}, rows


def test_review63_a_lead_ins_day_of_an_event_does_not_date_the_items(tmp_path):
    # ("After the drone fell on 1 April, the capitals reacted:": the day of the event, not of the words)
    from test_rules import _MALI_NIGER, _rows_with
    for lead in ("After the drone fell near Tinzaouaten on 1 April, the capitals reacted:",
                 "What the leaders have said since the drone fell on 1 April:"):
        body = (f"{lead}\n\n"
                "- Goïta called the shooting \"a hostile act\".\n"
                "- Tiani said Niger stood with Mali against Algeria.\n")
        rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-20")
        assert rows and not any(r["said_on"] == "2025-04-01" for r in rows), rows


def test_session63_how_far_ahead_of_schedule_a_thing_came_is_no_time_of_the_words(tmp_path):
    # ("… as the armoured cars reached Bamako, two months early: “…”": the day told, not two months before it)
    from test_rules import _MALI_NIGER, _rows_with
    body = ("Monday 7 April. Goïta spoke at the airport as the armoured cars reached Bamako, two months early: "
            "\"Algeria will see that Mali can defend its skies.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-12")
    assert [r["said_on"] for r in rows if "defend its skies" in r["quote"]] == ["2025-04-07"], rows


def test_review63b_a_lead_in_ahead_of_an_event_does_not_date_the_items(tmp_path):
    from test_rules import _MALI_NIGER, _rows_with
    body = ("Ahead of the summit in Niamey on 12 April, the leaders set out their terms:\n\n"
            "- Goïta said Algeria was \"a hostile neighbour\".\n"
            "- Tiani said Niger stood with Mali against Algeria.\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-04-20")
    assert rows and not any(r["said_on"] == "2025-04-12" for r in rows), rows


def test_session64_a_scripts_running_time_codes_are_no_times_of_day(tmp_path):
    # (a video's script: "00:20 — …", "01:05 — …" are minutes and seconds into it, not the hour of a
    # day; what a line tells counts from the day the script's card gives)
    from test_rules import _MALI_NIGER, _rows_with

    from rhetoric.extract.anchoring import running_time_codes

    assert running_time_codes(["00:04", "00:12", "00:20", "00:31", "00:40"])
    assert not running_time_codes(["09:10", "11:45", "14:05"]) and not running_time_codes(["00:10", "00:05", "00:40"])
    assert not running_time_codes(["00:04", "00:45", "01:30", "02:10"])  # (an overnight live page: minutes apart)
    body = ("Script of the explainer video, as published.\n\n"
            "00:04 — CARD: BAMAKO. MONDAY, 7 APRIL 2025.\n\n"
            "00:12 — NARRATOR: Goïta closed the airspace and said Algeria had \"chosen the enemy\".\n\n"
            "00:20 — NARRATOR: Two days later, Tiani recalled Niger's ambassador from Algiers.\n\n"
            "00:31 — END.\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-05-02")
    assert [r["said_on"] for r in rows if "chosen the enemy" in r["quote"]] == ["2025-04-07"], rows
    from rhetoric.actors import load_actors
    from rhetoric.corpus import read_article
    from rhetoric.extract.events import extract_events
    events = extract_events(read_article(tmp_path / "s18.md"), load_actors(tmp_path / "own_actors.yml"))
    assert not any(e["date_text"] in ("00:12", "00:20") for e in events), events
    assert [e["date"] for e in events if e["date_text"] == "Two days later"] == ["2025-04-09"], events


def test_session65_a_social_pages_entry_headers_date_their_entries(tmp_path):
    # (a page's entries, each under a header that opens with a pictograph and ends with its day,
    # "📌 **Name** posted · day": the words under each are of its day, not the one before)
    from test_rules import _MALI_NIGER, _rows_with

    body = ("**Mali–Algeria relations**\n\n"
            "🛑 **Closed the airspace** · Monday 7 April 2025\n"
            "Goïta told the nation: \"Algeria has chosen the side of the terrorists.\"\n\n"
            "📌 **Abdourahamane Tiani** posted · Wednesday 9 April 2025\n"
            "In a message to the press, Tiani wrote: \"Niger stands with Mali against Algeria.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-05-02")
    assert [r["said_on"] for r in rows if "chosen the side" in r["quote"]] == ["2025-04-07"], rows
    assert [r["said_on"] for r in rows if "stands with Mali" in r["quote"]] == ["2025-04-09"], rows


def test_session65_a_voice_going_on_under_another_dated_header_is_of_that_day(tmp_path):
    # (a page of one person's posts, each under "**Name** posted · day": a quote standing alone under
    # the later header is of its day, not of the post above it)
    from test_rules import _MALI_NIGER, _rows_with

    body = ("**Assimi Goïta** posted · 7 April 2025\n"
            "The president's page shared a photograph of the wreck, with the words: \"Algeria shot down our drone.\"\n\n"
            "**Assimi Goïta** posted · 14 April 2025\n"
            "\"Algeria will answer for the drone before the world.\"\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-05-02")
    assert [r["said_on"] for r in rows if "before the world" in r["quote"]] == ["2025-04-14"], rows


def test_session65_a_copys_logged_header_dates_the_words_under_it(tmp_path):
    # (a copy's header of fields parted by "--", one a verb of recording and its day: the words and
    # "today" under it are of that day, not of the archive page's publication months later)
    from test_rules import _MALI_NIGER, _rows_with

    body = ("TAKE 2 -- FILED 18:40 MON 07 APR 2025 -- FROM BAMAKO -- SLUG MALI-ALGERIA -- 300 FOR TUESDAY\n\n"
            "Mali closed its airspace to Algerian aircraft today.\n\n"
            "Goïta said Algeria had \"chosen the side of the terrorists\".\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-11-20")
    assert [r["said_on"] for r in rows if "chosen the side" in r["quote"]] == ["2025-04-07"], rows
    from rhetoric.actors import load_actors
    from rhetoric.corpus import read_article
    from rhetoric.extract.events import extract_events
    events = extract_events(read_article(tmp_path / "s18.md"), load_actors(tmp_path / "own_actors.yml"))
    assert [e["date"] for e in events if e["date_text"] == "today"] == ["2025-04-07"], events


def test_session65_a_photos_taken_line_is_no_copy_header_and_a_short_header_dates(tmp_path):
    # (a photograph's "-- taken …" credit dates nothing; a copy's short header, a heading, still does)
    from rhetoric.extract.anchoring import record_header_day

    published = dt.date(2025, 11, 20)
    assert record_header_day("Photo: the border post -- taken 23 Aug 2025 -- by our photographer", published) is None
    assert record_header_day("TAKE 1 -- FILED 09:10 TUE 08 APR 2025 -- FROM NIAMEY", published) == \
        record_header_day("CALL 3 -- LOGGED 09:10 TUE 08 APR 2025 -- FROM NIAMEY -- SLUG NIGER", published)
    from test_rules import _MALI_NIGER, _rows_with

    body = ("TAKE 1 -- FILED 09:10 TUE 08 APR 2025 -- FROM NIAMEY\n\n"
            "Tiani said today that Algeria had \"betrayed the Sahel\".\n")
    rows = _rows_with(tmp_path, _MALI_NIGER, body, published="2025-11-20")
    assert [r["said_on"] for r in rows] == ["2025-04-08"], rows


def test_session66_a_header_of_fields_with_a_verb_of_recording_dates_its_section(tmp_path):
    # (a portal's comments, each headed "Comment N · who · Received day · position", and a desk's
    # handover notes headed "**Filed: day, time** · From: · To:": "today", "yesterday" and "the
    # previous evening" under each count from its day, not from the page's publication weeks later)
    from test_rules import _SAHEL_MINISTERS, _rows_with

    body = ("**Comment 1 · Embassy of Mali · Received Tue 8 Apr 2025 · Object**\n"
            "Abdoulaye Diop's statement of the previous evening, in part: \"Algeria shot down our drone.\"\n\n"
            "**Handover: day desk to night desk**\n"
            "**Filed: Thu 10 Apr 2025, 22:10** · From: A. · To: B.\n\n"
            "- Attaf told state radio today: \"The drone entered Algerian airspace.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-05-02")
    assert [r["said_on"] for r in rows if "shot down" in r["quote"]] == ["2025-04-07"], rows
    assert {r["said_on"] for r in rows if "entered Algerian" in r["quote"]} == {"2025-04-10"}, rows


def test_session66_a_memos_dated_header_is_the_day_it_was_written(tmp_path):
    # (a submission's header, "**From:** … · **To:** … · **Date:** day", published weeks later in a
    # course's materials: its "Monday" and "yesterday" count from the day of the header, under
    # every heading after it)
    from test_rules import _SAHEL_MINISTERS, _rows_with

    body = ("**SUBMISSION**\n"
            "**From:** Sahel Desk · **To:** Minister · **Date:** 9 April 2025\n\n"
            "**BACKGROUND**\n"
            "1. On Monday Abdoulaye Diop said: \"Algeria shot down our drone.\"\n"
            "2. Yesterday Attaf replied: \"The drone entered Algerian airspace.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-06-20")
    assert [r["said_on"] for r in rows if "shot down" in r["quote"]] == ["2025-04-07"], rows
    assert {r["said_on"] for r in rows if "entered Algerian" in r["quote"]} == {"2025-04-08"}, rows


def test_session66_a_range_of_days_with_dots_is_read_from_its_first_day():
    # ("25–27.07.2024" in a chronology's date column: its first day, as "25–27 July 2024" is)
    for text in ("12–14.03.2023", "12-14.03.2023", "12.–14.03.2023"):
        found = [te for te in find_temporal_expressions(f"Talks in Geneva, {text}.", dt.date(2023, 6, 1), 0) if te.date]
        assert [te.date.value for te in found] == ["2023-03-12"], (text, found)


def test_session66_the_second_day_of_a_range_with_dots_counts_from_its_first(tmp_path):
    # (review: "11–12.06.2024. On the second day …" is the 12th, as after "11–12 June 2024")
    from test_rules import _SAHEL_MINISTERS, _rows_with

    body = "Talks in Geneva, 11–12.06.2024. On the second day Attaf said Mali had \"lied\".\n"
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2024-09-01")
    assert [r["said_on"] for r in rows] == ["2024-06-12"], rows


def test_session66_a_day_told_after_the_bare_year_a_sentence_opens_with_is_of_that_year(tmp_path):
    # ("In 2024, on 3 March, …", "In the spring of the year 2024, on the third day of March, …", read
    # in 2025: that March of 2024, not the last 3 March before the publication)
    from test_rules import _SAHEL_MINISTERS, _rows_with

    body = ("In 2024, on 3 March, Attaf said Mali had \"broken its word\".\n\n"
            "In the spring of the year 2024, on the fifth day of March, Diop said Algeria \"armed the rebels\".\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-09-20")
    assert [r["said_on"] for r in rows if "broken its word" in r["quote"]] == ["2024-03-03"], rows
    assert [r["said_on"] for r in rows if "armed the rebels" in r["quote"]] == ["2024-03-05"], rows


def test_session66_review_mends_a_reference_line_and_an_extract_header(tmp_path):
    # (a decision's reference line quoted in a report, "Decision No. 4 · Date: … · Issued by: …", is
    # no memo's header: the report's "yesterday" counts from its publication; a cable's "Sent:" header
    # in the text's middle dates the extract under it, up to a bold line, not the text after it)
    from test_rules import _SAHEL_MINISTERS, _rows_with

    body = ("*The council's decision notice, its header as the gazette printed it, then our report.*\n\n"
            "Decision No. 4 · Date: 2 April 2025 · Issued by: Transitional Government of the Republic of Mali\n\n"
            "The council yesterday published the decision closing the airspace to Algerian aircraft.\n\n"
            "Attaf said yesterday that the decree was \"a provocation\".\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert [r["said_on"] for r in rows if "provocation" in r["quote"]] == ["2025-04-19"], rows
    body = ("An embassy's cable, shared with us, shows the mood.\n\n"
            "**From:** Embassy, Bamako · **To:** Capital · **Sent:** Tue 8 Apr 2025, 18:45\n\n"
            "Yesterday Diop said Algeria was \"a sponsor of terrorism\".\n\n"
            "**END OF EXTRACT**\n\n"
            "A month on, the border is shut. Yesterday Attaf said Mali had \"lied\".\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-05-10")
    assert [r["said_on"] for r in rows if "sponsor of terrorism" in r["quote"]] == ["2025-04-07"], rows
    assert [r["said_on"] for r in rows if "lied" in r["quote"]] == ["2025-05-09"], rows


def test_session66_review_c_the_year_a_sentence_opens_with_is_its_days_over_the_storys(tmp_path):
    # ("In 2023, on 9 September, …" then "In 2024, on 20 September, …": the second day is of 2024, the
    # year its own sentence opens with, not of the year the story told before)
    from test_rules import _SAHEL_MINISTERS, _rows_with

    body = ("In 2023, on 9 September, Attaf said Mali had \"lied about the drone\".\n\n"
            "In 2024, on 20 September, Diop said Algeria \"armed the rebels\".\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-06-01")
    assert [r["said_on"] for r in rows if "armed the rebels" in r["quote"]] == ["2024-09-20"], rows


def test_session67_a_documents_own_date_is_no_time_the_story_reaches(tmp_path):
    # ("a note dated 2 March 2024": the day a text bears, not the day the story has reached; the
    # minister's words after it are of the day the story told before it)
    from test_rules import _SAHEL_MINISTERS, _rows_with

    body = ("On Tuesday 8 April 2025 Diop released a diplomatic note dated 2 March 2024 in which Algeria asked "
            "for the overflight. Diop wrote on X: \"Algeria shot down our drone.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-09-01")
    assert [r["said_on"] for r in rows if "shot down" in r["quote"]] == ["2025-04-08"], rows


def test_session67_a_periodicals_page_line_dates_its_relative_days_not_its_words(tmp_path):
    # (two scanned pages, each under its masthead line with volume, issue, day and page: "yesterday"
    # and the weekdays on each count from its own day; words it reports with no day of their own are
    # left undated, not given the day the page was printed)
    from test_rules import _SAHEL_MINISTERS, _rows_with

    body = ("**The Sahel Courier, Vol. 12, No. 88, Thursday 10 April 2025, p. 4**\n\n"
            "Diop said yesterday: \"Algeria shot down our drone.\"\n"
            "Attaf, for his part, called the claim \"a fabrication\".\n\n"
            "**The Sahel Courier, Vol. 12, No. 95, Friday 18 April 2025, p. 2**\n\n"
            "On Monday Attaf said Mali had \"lied\".\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2026-03-01")
    assert [r["said_on"] for r in rows if "shot down" in r["quote"]] == ["2025-04-09"], rows
    assert [r["said_on"] for r in rows if "fabrication" in r["quote"]] == [""], rows
    assert [r["said_on"] for r in rows if "lied" in r["quote"]] == ["2025-04-14"], rows


def test_session67_a_data_files_entry_is_of_the_day_its_time_element_gives(tmp_path):
    # (a feed's items, each opening with its <time> in ISO 8601: "today" and "this morning" in an
    # item are of that item's day, as are the words it reports in the present)
    from test_rules import _SAHEL_MINISTERS, _rows_with

    body = ("<feed>\n\n"
            "<item id=\"1\"><time>2025-04-07T06:10:00Z</time><title>Bamako</title>\n"
            "<note>Radio on. Diop says \"Algeria shot down our drone\" and that Mali will answer.</note></item>\n\n"
            "<item id=\"2\"><time>2025-04-09T18:30:00Z</time><title>Algiers</title>\n"
            "<note>Attaf replied this morning: \"The drone entered Algerian airspace.\"</note></item>\n\n"
            "</feed>\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-05-20")
    assert [r["said_on"] for r in rows if "shot down" in r["quote"]] == ["2025-04-07"], rows
    assert [r["said_on"] for r in rows if "entered Algerian" in r["quote"]] == ["2025-04-09"], rows


def test_session67_review_a_files_export_time_dates_no_entry(tmp_path):
    # (a log's "<log><metadata><time>" is the day the file was written, no entry's day)
    from test_rules import _SAHEL_MINISTERS, _rows_with

    body = ("<log><metadata><time>2025-04-20T10:00:00Z</time></metadata>\n"
            "<entry><source>Bamako</source><note>Diop said that week that Algeria had \"lied\".</note></entry></log>\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-05-01")
    assert any("lied" in r["quote"] for r in rows), rows
    assert [r["said_on"] for r in rows if "lied" in r["quote"]] != ["2025-04-20"], rows


def test_session67_a_time_of_day_told_is_an_event_of_the_day_told_before_it(tmp_path):
    # ("At 17:14 the ministry posted …", "by midnight": a sentence that tells only a time of day is an
    # event of the day its paragraph told before it; with no day told, none)
    body = ("On Tuesday 8 April 2025 the drone came down near Tinzaouaten. At 17:14 the Malian army posted "
            "photographs of the wreck. By midnight the embassy in Algiers was closed.\n\n"
            "Traffic stopped at 07:00 as announced.\n\n"
            "On Wednesday 9 April 2025 the border stayed shut. Every day at noon a spokeswoman reads the figures. "
            "The council is expected to meet at 10:00. Trains still leave at 07:15.\n")
    rows = _event_rows(tmp_path, body, "2025-04-20")
    assert not [r for r in rows if any(w in r["sentence"] for w in ("noon", "10:00", "07:15"))], rows  # (a routine, a time ahead)
    assert [r["date"] for r in rows if "17:14" in r["sentence"]] == ["2025-04-08"], rows
    assert [r["date"] for r in rows if "midnight" in r["sentence"]] == ["2025-04-08"], rows
    assert not [r for r in rows if "07:00" in r["sentence"]], rows


def test_session67_a_records_day_of_its_act_dates_the_words_under_it(tmp_path):
    # (a database's entry: "**Date of statement:** 7 April 2025" over the entry's text; the words it
    # tells without a day of their own are of that day, as under a "Date:" field)
    from test_rules import _SAHEL_MINISTERS, _rows_with

    body = ("## Entry MLI-DZA-2025-03\n\n"
            "**Speaker:** Abdoulaye Diop\n"
            "**Date of statement:** 7 April 2025\n\n"
            "Diop said Algeria had \"shot down our drone\".\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-11-01")
    assert [r["said_on"] for r in rows if "shot down" in r["quote"]] == ["2025-04-07"], rows


def test_session68_a_pages_updated_stamp_is_the_day_its_relative_days_count_from(tmp_path):
    # (a guide's "*Updated Thursday 10 April 2025 by the desk*" line under its title, published the
    # Monday after: "last Thursday" is the Thursday before the update, not the update's own day; a
    # stamp in the middle of a sentence is no such line)
    from test_rules import _SAHEL_MINISTERS, _rows_with

    body = ("**VISITOR GUIDE — BAMAKO**\n\n*Updated Thursday 10 April 2025 by the desk*\n\n"
            "Last Thursday Diop told the assembly: \"Algeria shot down our drone.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-14")
    assert [r["said_on"] for r in rows if "shot down" in r["quote"]] == ["2025-04-03"], rows
    body = ("The desk updated the guide on Thursday 10 April 2025. Last Thursday Diop told the assembly: "
            "\"Algeria shot down our drone.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-14")
    assert [r["said_on"] for r in rows if "shot down" in r["quote"]] == ["2025-04-10"], rows


def test_session68_review_a_records_relative_days_count_from_its_date_field(tmp_path):
    # (reviews /tmp/rv68a, /tmp/rv68b: under "**Date of visit:** …", words said at the visit are of its
    # day, and "said the next day" after another's words in the record counts from it, not the day
    # itself; a line a participle opens, "Updated on 9 April, the register …", is no page's stamp)
    from test_rules import _SAHEL_MINISTERS, _rows_with

    body = ("**Record of a visit**\n\n**Date of visit:** 7 April 2025\n\n"
            "**Host:** \"You are welcome here,\" Diop said at the airport.\n\n"
            "**Answer:** \"Algeria shot down our drone,\" Attaf said the next day.\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert [r["said_on"] for r in rows if "welcome" in r["quote"]] == ["2025-04-07"], rows
    assert [r["said_on"] for r in rows if "shot down" in r["quote"]] == ["2025-04-08"], rows
    body = ("Updated on 9 April, the airspace register still listed Mali as closed to Algerian flights.\n\n"
            "Yesterday Diop told the assembly: \"Algeria shot down our drone.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-14")
    assert [r["said_on"] for r in rows if "shot down" in r["quote"]] == ["2025-04-13"], rows


def test_session68_a_prompt_books_cue_lines_date_the_turns_under_them(tmp_path):
    # (a script's cues in bold and a dash, "**PROJ 4 GO** — *caption:* BAMAKO. SUNDAY 6 APRIL 2025.",
    # above its first turn and between turns, date the lines spoken after them; the standfirst's
    # "the days after …" dates none)
    from test_rules import _SAHEL_MINISTERS, _rows_with

    body = ("*Two pages of a verbatim play's prompt book. The play stages the days after a drone fell near "
            "Tinzaouaten on Tuesday 1 April.*\n\n**SCENE 1**\n\n"
            "**PROJ 4 GO** — *caption:* BAMAKO. SUNDAY 6 APRIL 2025.\n\n"
            "**LX 2 GO** — *a lectern, one light.*\n\n"
            "**DIOP (ACTOR A):** Algeria shot down our drone.\n\n"
            "**ATTAF (ACTOR B):** Mali has lied about the drone.\n\n"
            "**PROJ 5 GO** — *caption:* ALGIERS. TUESDAY 8 APRIL.\n\n"
            "**ATTAF (ACTOR B):** Our airspace is closed to Mali.\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-06-01")
    got = {r["quote"][:20]: r["said_on"] for r in rows}
    assert [d for q, d in got.items() if q.startswith("Algeria shot")] == ["2025-04-06"], rows
    assert [d for q, d in got.items() if q.startswith("Mali has lied")] == ["2025-04-06"], rows
    assert [d for q, d in got.items() if q.startswith("Our airspace")] == ["2025-04-08"], rows


def test_session68_a_letters_place_and_date_line_keeps_the_days_its_story_tells(tmp_path):
    # ("BAMAKO, 20 June 2025" over "Sir," in a letter printed months later: a paragraph that tells "On
    # 22 September", the September before the letter, dates all the words told in it, not the day the
    # letter was written)
    from test_rules import _SAHEL_MINISTERS, _rows_with

    body = ("BAMAKO, 20 June 2025\n\nSir,\n\n"
            "3. On 22 September Algiers took the next step. \"The drone violated our airspace,\" Attaf said. "
            "The Malian minister, Abdoulaye Diop, called the claim \"a lie\" and told reporters: \"Algeria shot "
            "down our drone.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2026-01-15")
    assert {r["said_on"] for r in rows if r["speaker"] == "diop"} == {"2024-09-22"}, rows


def test_session69_a_reviewers_handle_over_a_review_is_the_day_its_relative_days_count_from(tmp_path):
    # (a shop page's reviews, each a bold title, the reviewer's handle and day in italics, then the
    # review: "Yesterday" counts from that review's day, not the page's; a handle no word could be,
    # with an underscore, a dot or figures)
    from test_rules import _SAHEL_MINISTERS, _rows_with

    body = ("## Customer reviews\n\n**Useful map** ★★★★☆\n*sahel_watch · 7 Apr 2025*\n"
            "Bought it for the border crossings. Yesterday Diop told the assembly: \"Algeria shot down our drone.\"\n\n"
            "**Out of date** ★★☆☆☆\n*@traveller.ml · 20 May 2025*\n"
            "The crossings changed. Yesterday Attaf said: \"Mali has lied about the drone.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-06-01")
    assert [r["said_on"] for r in rows if "shot down" in r["quote"]] == ["2025-04-06"], rows
    assert [r["said_on"] for r in rows if "lied" in r["quote"]] == ["2025-05-19"], rows


def test_session69_the_years_an_office_was_held_date_no_words(tmp_path):
    # (a protest report: "Ahmed Attaf, Algeria's interior minister from 2008 to 2010, told the crowd"
    # — the years in the aside are his tenure's; the words are of the day told before, "On Tuesday";
    # "since 2019" after an ambassador's post too; but one year, "foreign minister in 2020," may be
    # the time of the words and is kept)
    from test_rules import _SAHEL_MINISTERS, _rows_with

    body = ("On Tuesday a crowd gathered outside the assembly in Algiers. Ahmed Attaf, Algeria's interior "
            "minister from 2008 to 2010, told the crowd: \"Mali has lied about the drone.\" Abdoulaye Diop, "
            "ambassador to Niger since 2019, answered: \"Algeria shot down our drone.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-05-02")
    assert [r["said_on"] for r in rows if "lied" in r["quote"]] == ["2025-04-29"], rows
    assert [r["said_on"] for r in rows if "shot down" in r["quote"]] == ["2025-04-29"], rows
    body = "Mali's foreign minister in 2020, Abdoulaye Diop, said: \"Algeria shot down our drone.\"\n"
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-05-02")
    assert [r["said_on"] for r in rows if r["speaker"] == "diop"] == ["2020"], rows


def test_session69_a_day_something_is_put_off_to_lies_ahead(tmp_path):
    # (a yearless day after what is put off, the thing named between: "put the appeal off once
    # more, until 3 March", "adjourned its inquiry to 14 January" — the next such day; but "had
    # adjourned …" is a past plan, the day before the page)
    def day(text: str, published: dt.date) -> str:
        found = find_temporal_expressions(text, published)
        return found[0].date.value if found and found[0].date else ""

    assert day("The tribunal put the appeal off again, until 3 March.", dt.date(2025, 2, 10)) == "2025-03-03"
    assert day("The panel adjourned its inquiry to 14 January.", dt.date(2024, 12, 5)) == "2025-01-14"
    assert day("The panel postponed the vote until 20 April.", dt.date(2025, 4, 2)) == "2025-04-20"
    assert day("The panel had adjourned its inquiry until 14 November.", dt.date(2024, 12, 5)) == "2024-11-14"


def test_session69_a_release_header_dates_its_notes_and_a_replys_label_is_no_one(tmp_path):
    # (a version history: "**2.4** · 9 Apr 2025" over its notes, whose "the previous Monday" counts
    # from the release; "> **Owner Reply** · 12 Apr 2025" over a reply is an entry's label, no
    # speaker)
    from test_rules import _SAHEL_MINISTERS, _rows_with

    body = ("### Release notes\n\n**2.4** · 9 Apr 2025\n"
            "Added Diop's words on state radio the previous Monday: \"Algeria has chosen to stand with those "
            "who attack our country.\"\n\n**2.3** · 1 Apr 2025\nBug fixes.\n\n### Reviews\n\n"
            "**Fast and fair** ★★★★★\n*sahel_reader · 11 Apr 2025*\nThe feed had Attaf's answer within the hour.\n"
            "> **Owner Reply** · 12 Apr 2025\n> Thanks. We keep both sides of the quarrel with Algeria in the feed.\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-06-01")
    assert [r["said_on"] for r in rows if "Algeria has chosen" in r["quote"]] == ["2025-04-07"], rows
    assert not [r for r in rows if "Reply" in r["speaker"]], rows


def test_session69_a_citation_in_round_brackets_dates_the_words_unless_it_is_an_outlets_day(tmp_path):
    # (a policy brief's citations: "(X, 7 April)" after the words, or "(Diop, state radio, 7 April
    # 2025)", dates them; an outlet's citation with a day, "(SAHEL WIRE, 9 April 2025)", is the day
    # of its report, so the day the text told stays; its month or year alone still dates words)
    from test_rules import _SAHEL_MINISTERS, _rows_with

    body = ("Diop said that Algeria had chosen to stand with those who attack Mali (X, 7 April). Attaf "
            "answered: \"Mali has lied about the drone\" (Attaf, state radio, 8 April 2025).\n\n"
            "Goïta met Tiani in Niamey on 14 April 2025. At the end of the talks he said: \"Algeria will answer "
            "for this\" (SAHEL WIRE, 15 April 2025).\n\n"
            "Tiani later said that Algeria was an enemy of the Sahel (Sahel Wire, May 2025).\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-06-20")
    got = {r["speaker"]: r["said_on"] for r in rows}
    assert got.get("diop") == "2025-04-07", rows
    assert got.get("attaf") == "2025-04-08", rows
    assert got.get("goita") == "2025-04-14", rows
    assert got.get("tiani") == "2025-05", rows


def test_session69_the_same_week_is_the_month_of_the_day_told(tmp_path):
    # (a timeline's bullets, "**Monday 31 March 2025:** …" then "**Same week:** …": the words are of
    # that month, what a week allows, even when the week runs into the next month; a week after
    # one is still an interval)
    from test_rules import _SAHEL_MINISTERS, _rows_with

    body = ("- **Monday 31 March 2025:** the drone came down near Tinzaouaten.\n"
            "- **Same week:** Diop said that Algeria had chosen to stand with terrorists.\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-06-01")
    assert [r["said_on"] for r in rows if r["speaker"] == "diop"] == ["2025-03"], rows
    (e,) = find_temporal_expressions("the following week", dt.date(2025, 6, 1), anchor=dt.date(2025, 3, 31))
    assert (e.date.earliest, e.date.latest) == (dt.date(2025, 4, 7), dt.date(2025, 4, 13))


def test_session69_review_a_a_files_name_or_an_outlet_the_registry_lacks_dates_no_words(tmp_path):
    # (review /tmp/rv69a: "*oligui_post_1.png · 9 Apr 2025*" over a caption is a file's name, no
    # handle, so its "today" is the page's; "(Sahel Monitor, 9 April 2025)" is an outlet the registry
    # lacks, its day its report's, so the day the text told stays)
    from test_rules import _SAHEL_MINISTERS, _rows_with

    body = ("### Evidence\n\n*diop_post_1.png · 9 Apr 2025*\n\nToday Diop told the assembly: \"Algeria shot down "
            "our drone.\"\n\n### Notes\n\nOn 14 April 2025 Attaf met the press. He said: \"Mali has lied about the "
            "drone\" (Sahel Monitor, 15 April 2025).\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-06-01")
    assert [r["said_on"] for r in rows if r["speaker"] == "diop"] == ["2025-06-01"], rows
    assert [r["said_on"] for r in rows if r["speaker"] == "attaf"] == ["2025-04-14"], rows


def test_session69_a_day_of_the_month_after_a_day_told_stays_before_the_texts_day():
    # ("Thursday 9 October" told, then "on the evening of the 8th" in a chat of 31 October: the 8th of
    # that month, not of November, which the text has not reached; forward still when it has:
    # "28 March … on the 2nd", written in May, is 2 April)
    (e,) = find_temporal_expressions("He posted on the evening of the 8th.", dt.date(2025, 10, 31), anchor=dt.date(2025, 10, 9))
    assert e.date.value == "2025-10-08"
    (e,) = find_temporal_expressions("They met again on the 2nd.", dt.date(2025, 5, 20), anchor=dt.date(2025, 3, 28))
    assert e.date.value == "2025-04-02"


def test_session69_a_day_headings_label_may_ask():
    # (a log's entry heading, its day then labels, the last a question: "**Item 3 · Tuesday 8 April
    # 2025 · a fair call?**" is that day's heading)
    import rhetoric.extract.anchoring as an

    day = an._heading_date("**Item 3 · Tuesday 8 April 2025 · a fair call?**", dt.date(2025, 6, 1), 0, dt.date(2025, 6, 1))
    assert day is not None and day.value == "2025-04-08"


def test_session70_a_shortened_weekday_opening_a_list_item_dates_it():
    # (a notebook's dated notes, "- Wed, evening, on X: …", "- Fri: met …": the weekday before the
    # writing; not "Wed" in running text)
    (e,) = find_temporal_expressions("Notes:\n- Fri: met the envoy in person.", dt.date(2025, 4, 14))
    assert e.date.value == "2025-04-11"
    assert find_temporal_expressions("They will Wed: a wedding.", dt.date(2025, 4, 14)) == []


def test_session70_a_weekday_tells_the_year_the_text_told_before(tmp_path):
    # ("The file opens in March 2023. … on Thursday 9 March", written in August 2024: 9 March 2023 is
    # a Thursday, 9 March 2024 a Saturday, so the year told)
    from test_rules import _SAHEL_MINISTERS, _rows_with

    body = ("The file opens in March 2023. Diop met the envoy in Rome on Thursday 9 March, and the next day he told "
            "reporters: \"Algeria has chosen to stand with those who attack our country.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2024-08-30")
    assert [r["said_on"] for r in rows] == ["2023-03-10"], rows


def test_session70_an_items_own_day_dates_the_quote_under_a_persons_head(tmp_path):
    # (a notebook's entry under a person's name, each note opening with its shortened weekday: "- Thu:
    # “…”" is Thursday's words, not undated for want of a day on the head line)
    from test_rules import _SAHEL_MINISTERS, _rows_with

    body = ("**Printed Monday 14 April 2025.**\n\n"
            "**Abdoulaye Diop**\nMali. Answers on X, in French.\n"
            "- Thu: \"Algeria has chosen to stand with those who attack our country.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-14")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("diop", "2025-04-10")], rows


def test_session70_years_counted_with_no_time_told_count_from_the_words_told_last(tmp_path):
    # ("A year earlier, on a visit to Algiers, Diop had hailed …": from the time of the words told
    # before, no time told since; with none, from the day the text counts from; not when the zone
    # tells its own date, "Three years earlier, December 2022, …")
    from test_rules import _SAHEL_MINISTERS, _rows_with

    body = ("On Monday 7 April 2024 Attaf told the assembly: \"Mali has lied about the drone.\"\n\n"
            "The rupture was sharper because a year earlier, on a visit to Algiers, Diop had hailed a \"new era\" "
            "in ties.\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert [r["said_on"] for r in rows if r["speaker"] == "diop"] == ["2023"], rows
    body = ("Ties were warm then: a year earlier, on a visit to Algiers, Diop had said that they were \"entering a new "
            "era of brotherhood between our two peoples\".\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert [r["said_on"] for r in rows] == ["2024"], rows
    body = "Three years earlier, December 2022, on state television, Diop said: \"Algeria is our brother.\"\n"
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert [r["said_on"] for r in rows] == ["2022-12"], rows


def test_session70_review_a_a_lists_weekdays_fall_in_the_week_told_before_it(tmp_path):
    # (review /tmp/rv70a: a notebook "kept during the week of 28 April 2025", printed two months on:
    # its "- Wed, morning:" and "- Fri:" items are of that week; a list under "what to watch in the
    # coming week" counts forward)
    from test_rules import _SAHEL_MINISTERS, _rows_with

    body = ("*Two months on, we reopen the notebook our correspondent kept during the week of 28 April 2025.*\n\n"
            "- Mon: Bamako. Officials expect Diop to speak.\n"
            "- Wed, morning: Diop at the Labour Day meeting: \"Algeria has chosen to stand with those who attack us.\"\n"
            "- Fri: Attaf answers on the radio: \"Mali has lied about the drone.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-06-27")
    assert {r["speaker"]: r["said_on"] for r in rows} == {"diop": "2025-04-30", "attaf": "2025-05-02"}, rows
    rows = _event_rows(tmp_path, "*What to watch in the coming week.*\n\n- Mon: the envoy flies to Bamako.\n"
                                 "- Fri: the deadline for Algeria's answer.\n", "2025-04-13")
    assert [r["date"] for r in rows if r["date_text"] in ("Mon", "Fri")] == ["2025-04-14", "2025-04-18"], rows


def test_session70_a_notices_added_day_heads_its_section():
    # ("**NOTICE, added Thursday 14:00**", "**Correction, updated Friday 9 May**": the day the notice
    # was added heads the words under it)
    import rhetoric.extract.anchoring as an

    day = an._heading_date("**NOTICE, added Thursday 14:00**", dt.date(2025, 4, 12), 0, dt.date(2025, 4, 12))
    assert day is not None and day.value == "2025-04-10"
    day = an._heading_date("**Correction, updated Friday 9 May**", dt.date(2025, 5, 12), 0, dt.date(2025, 5, 12))
    assert day is not None and day.value == "2025-05-09"


def test_session70_review_b_a_past_schedule_does_not_look_ahead(tmp_path):
    # (review /tmp/rv70b: "The original schedule, drawn up in January:" over "- Mon: …" items is a
    # plan told as past: its weekdays are not counted forward)
    rows = _event_rows(tmp_path, "The original schedule, drawn up in January:\n\n- Mon: the envoy flies to Bamako.\n"
                                 "- Fri: the deadline for Algeria's answer.\n", "2025-04-13")
    assert not [r for r in rows if r["date_text"] in ("Mon", "Fri") and r["date"] > "2025-04-13"], rows


def test_session71_a_slashed_date_either_order_could_read_takes_the_texts_order_else_the_nearer_reading():
    # (a notice's "08/10/2025" of 13 October 2025: 8 October, not 10 August; in a text whose other
    # slashed dates put the month first, "4/22/2024", the month first; far from the reference with
    # no order told, not read)
    def read(text, ref):
        return [(e.text, e.date.value if e.date else None) for e in find_temporal_expressions(text, ref)]

    assert read("Complaint logged 02/03/2024 by the desk.", dt.date(2024, 3, 5)) == [("02/03/2024", "2024-03-02")]
    assert read("Complaint logged 02/03/2024 by the desk.", dt.date(2024, 2, 6)) == [("02/03/2024", "2024-02-03")]
    assert read("Filed 4/22/2024; heard 05/06/2024.", dt.date(2024, 7, 1))[1] == ("05/06/2024", "2024-05-06")
    assert read("Filed 22/4/2024; heard 05/06/2024.", dt.date(2024, 7, 1))[1] == ("05/06/2024", "2024-06-05")
    assert read("Complaint logged 02/03/2019 by the desk.", dt.date(2024, 3, 5)) == []


def test_session71_a_slashed_day_and_month_opening_an_entry_dates_it(tmp_path):
    # (a digest's entries, "**28/02, ROME.** The envoy, at a briefing: “…”", dated by their opening
    # day and month; not a figure or a score in running text, "won 3/4 of the seats", "a 24/7 watch")
    from test_rules import _SAHEL_MINISTERS, _rows_with

    assert [e.date.value for e in find_temporal_expressions("**28/02, ROME.** The envoy spoke.", dt.date(2025, 3, 6))] \
        == ["2025-02-28"]
    assert find_temporal_expressions("They won 03/04 of the seats and kept a 24/7 watch.", dt.date(2025, 3, 6)) == []
    body = ("Digest sent Thursday 6 March 2025.\n\n"
            "**28/02, ALGIERS.** Attaf, to the assembly: \"Mali has lied about the drone.\"\n\n"
            "**03/03, BAMAKO.** Diop, at a briefing: \"Algeria has chosen to stand with those who attack our country.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-03-06")
    assert {r["speaker"]: r["said_on"] for r in rows} == {"attaf": "2025-02-28", "diop": "2025-03-03"}, rows


def test_session71_yesterday_apposed_to_a_stated_day_is_that_day(tmp_path):
    # ("On Tuesday 4 March – yesterday – Attaf told …" in a text printed two days later: the stated
    # day, told again as the text counts it; the words after it, and the time carried on, are of the 4th)
    from test_rules import _SAHEL_MINISTERS, _rows_with

    assert [e.date.value for e in find_temporal_expressions("On 4 March, yesterday, the envoy left.", dt.date(2025, 3, 6))] \
        == ["2025-03-04", "2025-03-04"]
    body = ("On Tuesday 4 March – yesterday – Attaf told the assembly that Mali had lied.\n"
            "He added that Algeria would \"answer every provocation with firmness\".\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-03-06")
    assert [r["said_on"] for r in rows] == ["2025-03-04", "2025-03-04"], rows


def test_session71_review_a_mends_of_slashed_dates_and_apposed_days(tmp_path):
    # (review /tmp/rv71a) a digest's entries tell its order, day first, to an entry either order could
    # read ("**01/12, CONAKRY.**" among "**23/01, …**": 1 December); past words take the reading before the
    # reference, "On 07/11/2019 … left" in a letter of 15 October 2019: 11 July; a survey's "**09/12**
    # households" is a count, and "12/20" in a text of days first no date; "on 3 March – today he …" leaves
    # "today" the text's day; a clause of its own before two dashes does not date the words after them
    from test_rules import _SAHEL_MINISTERS, _rows_with

    rows = _event_rows(tmp_path, "**01/12, GAO.** The crossings stayed shut.\n\n**23/01, GAO.** Traders complained.\n",
                       "2021-01-29")
    assert [r["date"] for r in rows if "crossings" in r["sentence"]] == ["2020-12-01"], rows
    assert [e.date.value for e in find_temporal_expressions("On 07/11/2019 the envoy left for Rome.", dt.date(2019, 10, 15))] \
        == ["2019-07-11"]
    assert find_temporal_expressions("**09/12** households said they had moved.", dt.date(2025, 3, 6)) == []
    assert find_temporal_expressions("**23/01, GAO.** Calm.\n**24/01, GAO.** Calm.\n**12/20, GAO.** Calm.", dt.date(2025, 3, 6))[2:] == []
    assert [e.date.value for e in find_temporal_expressions("He spoke on 3 March – today he told reporters more.",
                                                            dt.date(2025, 3, 6))] == ["2025-03-03", "2025-03-06"]
    body = ("Algeria closed its airspace on 12 March – the third closure in a decade – and Diop said the drone had been "
            "\"shot down over our own soil\".\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-04-20")
    assert [r["said_on"] for r in rows] == [""], rows


def test_session71_review_b_mends_of_slashed_dates(tmp_path):
    # (review /tmp/rv71b) a date with its year that one order only can read is read though the text's
    # days go the other way ("12/27/2017" among "14/12/2017"); a log's entry, "**08/01, GAO.**" after
    # "**04/01, GAO.**", is not moved before the log's last entry to stay before the reference; an entry's
    # "**28/01** late evening" is a date, "**09/12** households" a count
    rows = _event_rows(tmp_path, "Filed 14/12/2017 and 15/12/2017. The index lists the letter under 12/27/2017, when it "
                       "was circulated.\n", "2018-02-01")
    assert [r["date"] for r in rows if "index" in r["sentence"]] == ["2017-12-27"], rows
    body = ("A log, most recent last.\n\n**04/01, GAO.** The envoy arrived.\n\n**08/01, GAO.** The envoy left.\n\n"
            "**28/01** late evening, GAO: the crossings reopened.\n\n**19/02, GAO.** Calm.\n")
    rows = _event_rows(tmp_path, body, "2021-02-24")
    assert [r["date"] for r in rows if "left" in r["sentence"] or "reopened" in r["sentence"]] == \
        ["2021-01-08", "2021-01-28"], rows


def test_session72_a_weekday_told_in_the_past_perfect_falls_before_the_day_the_story_reached(tmp_path):
    # ("The summit closed on Friday 14 March 2025. On Thursday night Attaf had warned …" in a text
    # printed in June: the Thursday before that Friday, not the one after; "By Thursday … had" is
    # the day a thing was done by, and a weekday told plainly goes on from the day told)
    from test_rules import _SAHEL_MINISTERS, _rows_with

    body = ("The summit closed on Friday 14 March 2025. On Thursday night Attaf had warned that Mali was "
            "\"playing with fire\".\n\n"
            "On Tuesday Diop told reporters that Algeria was \"a bad neighbour\".\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-06-10")
    assert {r["speaker"]: r["said_on"] for r in rows} == {"attaf": "2025-03-13", "diop": "2025-03-18"}, rows


def test_session72_the_day_told_with_an_owners_speech_noun_dates_the_words(tmp_path):
    # ("His words on Tuesday 4 March: “…”" in a comment dated two days later: the day of the words, not
    # the comment's)
    from test_rules import _SAHEL_MINISTERS, _rows_with

    body = ("**Comment, @ana, 6 Mar:** Diop confirmed the summons later. His words on Tuesday 4 March: "
            "\"Algeria has armed the rebels who attacked us.\"\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-03-08")
    assert [(r["speaker"], r["said_on"]) for r in rows] == [("diop", "2025-03-04")], rows


def test_session72_a_later_day_in_a_records_field_ends_the_week_told(tmp_path):
    # (a log's records: "**Seen:** Monday 3 March 2025" tells a week; a later record's "**Seen:** 14 Mar
    # 2025" ends it, so its "On Saturday" is the Saturday before the text, not the one of the first week)
    from test_rules import _SAHEL_MINISTERS, _rows_with

    body = ("**Record 1**\n**Seen:** Monday 3 March 2025 · 10:00\n"
            "**Notes:** Diop told the assembly that Algeria was \"a bad neighbour\".\n\n"
            "**Record 2**\n**Seen:** 14 Mar 2025 · 20:00\n**Filed:** 16 Mar 2025\n"
            "**Notes:** On Saturday Attaf said that Mali had \"lied about the drone\".\n")
    rows = _rows_with(tmp_path, _SAHEL_MINISTERS, body, published="2025-03-20")
    assert {r["speaker"]: r["said_on"] for r in rows}["attaf"] == "2025-03-15", rows


def test_session73_the_day_after_an_events_clause_apposed_to_a_day_dates_the_event_the_day_before(tmp_path):
    # ("First flown: Monday 3 March 2025, in Bamako, the day after the new drones were delivered": the delivery
    # was on the 2nd; "Monday 3 March 2025, the day before the vote" puts the vote on the 4th; but "On Monday
    # 3 March, and the day after, the talks went on" counts on from the day)
    rows = _event_rows(tmp_path, "First flown: Monday 3 March 2025, in Bamako, the day after the new drones were "
                                 "delivered to the army.\n\nThe rally was on Monday 10 March 2025, the day before the "
                                 "vote was held.\n\nThe talks ran on Monday 17 March 2025, and the day after.\n",
                       "2025-04-20")
    got = {(r["date_text"], r["date"]) for r in rows}
    assert ("the day after", "2025-03-02") in got and ("the day before", "2025-03-11") in got, got
    assert ("the day after", "2025-03-18") in got, got


def test_session73_review_b_the_day_after_which_is_no_events_clause(tmp_path):
    # (review B: "Friday 14 March 2025, the day after which Bamako recalled its envoy": "which" opens no event of
    # its own; the day after is counted on from the Friday)
    rows = _event_rows(tmp_path, "The talks ended on Friday 14 March 2025, the day after which Bamako recalled its "
                                 "envoy.\n", "2025-04-20")
    assert ("the day after", "2025-03-13") not in {(r["date_text"], r["date"]) for r in rows}, rows


def test_session74_a_day_written_in_portuguese_or_spanish_is_read_where_it_stands():
    # (a heading or a dateline kept in the original: "viernes, 4 de abril de 2025", "1º de maio"; the
    # expression keeps the words as written and their offsets)
    text = "Programa · viernes, 4 de abril de 2025 · then el 1º de mayo, and 3 de marzo."
    got = [(te.text, te.date.value, text[te.start:te.end]) for te in find_temporal_expressions(text, dt.date(2025, 6, 1))]
    assert ("viernes, 4 de abril de 2025", "2025-04-04", "viernes, 4 de abril de 2025") in got, got
    assert ("1º de mayo", "2025-05-01", "1º de mayo") in got, got
    assert ("3 de marzo", "2025-03-03", "3 de marzo") in got, got
    assert found("a lot de abril and the Casa de Mayo", dt.date(2025, 6, 1)) == []


def test_session74_review_a_a_street_or_a_bridge_named_for_a_date_is_no_date():
    # (review A: "at a reception on Avenida 18 de Julio", "on the Ponte 25 de Abril": a name, not a day)
    assert find_temporal_expressions("At a reception on Avenida 18 de Julio he spoke.", dt.date(2025, 6, 1)) == []
    assert find_temporal_expressions("They met on the Ponte 25 de Abril at noon.", dt.date(2025, 6, 1)) == []


def test_session74_an_events_same_day_under_a_dated_heading_counts_from_the_heading(tmp_path):
    # (a programme's sections headed by their days, a paragraph between: "In Algiers the same day, …" under
    # "**Part 3 · Friday 4 April 2025**" is the 4th, not the day the introduction told a year before)
    rows = _event_rows(tmp_path, "In May 2024 a drone fell near Tinzaouaten. On Monday 6 May the army said it had "
                                 "been shot down.\n\n"
                                 "**Part 1 · Gao · Wednesday 2 April**\n\n"
                                 "The Malian minister toured the border.\n\n"
                                 "**Part 3 · Bamako speaks · Friday 4 April**\n\n"
                                 "The Malian minister spoke first, at length, to the assembly.\n\n"
                                 "In Algiers the same day, the ambassador was summoned.\n", "2025-06-01")
    got = {(r["date_text"], r["date"]) for r in rows}
    assert ("the same day", "2025-04-04") in got, got


def test_session74_review_b_a_bridge_named_for_a_date_is_no_date():
    # (review B: "near the 25 de Abril bridge")
    assert find_temporal_expressions("They met near the 25 de Abril bridge.", dt.date(2025, 6, 1)) == []


# --- session 75 -----------------------------------------------------------------------------------------

def test_session75_that_weekday_is_the_one_told_and_a_quoted_yesterday_keeps_the_week(tmp_path):
    # (a sports almanac's note: "on Wednesday 6 December … by Thursday …. Speaking that Wednesday": the Wednesday
    # told, not the one after the Thursday told last; "the day before" counts from it; a "yesterday" inside a
    # quote is the speaker's and does not end the week told, so "on Friday" is still its Friday)
    body = ("Ticket sales stood at 4,000 on Wednesday 6 December. By Thursday they had doubled.\n\n"
            "Speaking at the stadium that Wednesday, the captain thanked the fans. Then he praised the crowd of the day before. "
            "\"They sang yesterday like never before,\" he said.\n\n"
            "The club's statement came on Friday.\n")
    rows = _event_rows(tmp_path, body, "2023-12-20")
    got = {(r["date_text"], r["date"]) for r in rows}
    assert ("that Wednesday", "2023-12-06") in got and ("the day before", "2023-12-05") in got, got
    assert ("Friday", "2023-12-08") in got, got


def test_session75_a_transcripts_turns_count_from_the_day_recorded_not_the_day_broadcast(tmp_path):
    # (a quiz show's transcript whose standfirst gives both days: its turns' "yesterday" and "last Thursday"
    # count from the recording)
    body = ("*From our archive. Recorded on Tuesday 12 December 2023, broadcast on Monday 18 December.*\n\n"
            "HOST: The minister gave a long interview only yesterday.\n\n"
            "GUEST: And last Thursday the court sat.\n")
    rows = _event_rows(tmp_path, body, "2023-12-18")
    got = {(r["date_text"], r["date"]) for r in rows}
    assert ("yesterday", "2023-12-11") in got and ("last Thursday", "2023-12-07") in got, got


def test_session75_the_weekday_before_last_is_a_week_before_last_weeks():
    ref = dt.date(2023, 12, 12)  # a Tuesday
    assert found("He spoke on the radio the Thursday before last.", ref) == [("Thursday before last", "2023-11-30")]
    assert found("Thursday before last was quiet.", ref) == [("Thursday before last", "2023-11-30")]


def test_session75_review_a_a_day_ahead_stays_ahead_and_a_filmed_standfirst_dates_the_turns(tmp_path):
    # (review A: "The judges will rule on Monday." after a week told with a quoted "yesterday" is the Monday
    # ahead; a standfirst "Filmed in Port Louis on Friday 16 May 2025; first shown on Sunday 25 May." dates the
    # turns' "yesterday" from the filming)
    rows = _event_rows(tmp_path, "On Thursday 19 June the hearing opened. \"We waited since yesterday,\" a "
                                 "lawyer said.\n\nThe judges will rule on Monday.\n", "2025-06-30")
    assert ("Monday", "2025-07-07") in {(r["date_text"], r["date"]) for r in rows}, rows
    rows = _event_rows(tmp_path, "*Filmed in Port Louis on Friday 16 May 2025; first shown on Sunday 25 May.*\n\n"
                                 "HOST: The minister flew home yesterday.\n", "2025-05-26")
    assert ("yesterday", "2025-05-15") in {(r["date_text"], r["date"]) for r in rows}, rows


def test_session75_review_a_the_weekday_before_last_counts_from_the_last_such_day_and_not_before_last_year():
    ref = dt.date(2025, 4, 4)  # a Friday: the last Thursday is the 3rd, the one before it the 27th of March
    assert found("They met the Thursday before last.", ref) == [("Thursday before last", "2025-03-27")]
    assert [t for t, _ in found("on the Thursday before last year's anniversary", ref)] == ["Thursday"]


def test_session75_a_day_a_thing_was_made_in_an_aside_is_before_the_story_and_no_day_counted_from(tmp_path):
    # (a study plan's background: "On Saturday 9 December … aired an interview with the president, recorded on the
    # Wednesday, …. That evening Caracas answered.": the Wednesday before the Saturday, and "That evening" the
    # Saturday's; "on the Sunday" the next day)
    body = ("On Saturday 9 December 2023 a radio station aired an interview with the president, recorded on the "
            "Wednesday, in which he spoke of the referendum. That evening Caracas answered in a televised address. "
            "The two ministers spoke by telephone on the Sunday.\n")
    got = {(r["date_text"], r["date"]) for r in _event_rows(tmp_path, body, "2024-01-10")}
    assert ("Wednesday", "2023-12-06") in got and ("That evening", "2023-12-09") in got, got
    assert ("Sunday", "2023-12-10") in got, got


def test_session75_second_read_signed_or_sent_on_a_weekday_is_the_storys_day_and_that_wednesday_in_the_weeks_reach(tmp_path):
    # (second read: only a recording's participle looks back, ", signed on the Wednesday," is a day of the story
    # told; "that Wednesday" after "On Monday 11 December" is that week's, not a Wednesday told the week before)
    body = ("On Monday 4 December 2023 the talks opened. The declaration, signed on the Wednesday, ended them.\n\n"
            "Ticket sales opened on Wednesday 6 December.\n\n## The board\n\nOn Monday 11 December the board met. "
            "The vote came that Wednesday.\n")
    got = {(r["date_text"], r["date"]) for r in _event_rows(tmp_path, body, "2024-01-10")}
    assert ("Wednesday", "2023-12-06") in got and ("that Wednesday", "2023-12-13") in got, got


def test_session75_second_read_before_last_weekend_is_no_weekday_before_last():
    assert [t for t, _ in found("on the Friday before last weekend", dt.date(2025, 4, 4))] == ["Friday", "last weekend"]
