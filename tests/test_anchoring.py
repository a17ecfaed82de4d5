"""The one anchoring policy (rhetoric.extract.anchoring): when a statement was made, on small
texts written for the test in several styles (wire with dateline, liveblog, feature)."""
from pathlib import Path

import pytest

from rhetoric.actors import load_actors
from rhetoric.corpus import read_article
from rhetoric.extract.statements import extract_article

ROOT = Path(__file__).resolve().parents[1]
REG = load_actors(ROOT / "tests" / "unseen" / "actors.yml")


def said_on(tmp_path, body: str, published: str = "2025-05-09") -> dict[str, str]:
    """{first words of each statement: its said_on} for the statements of a text."""
    p = tmp_path / "d1.md"
    p.write_text(f"---\nid: d1\ntitle: t\noutlet: null\npublished: {published}\nlanguage: en\n---\n{body}\n",
                 encoding="utf-8")
    rows = extract_article(read_article(p), REG)
    return {" ".join(r["quote"].split()[:3]): r["said_on"] for r in rows if r["kind"] != "authorial"}


def test_a_dateline_is_not_the_date_of_a_statement_in_its_sentence(tmp_path):
    got = said_on(tmp_path, "ATHENS, May 9 (wire) - Greek Foreign Minister Giorgos Gerapetritis said on Thursday "
                            "that Turkey was undermining the talks.", published="2025-05-09")
    assert list(got.values()) == ["2025-05-08"]


def test_a_liveblog_entry_takes_the_day_of_its_header(tmp_path):
    body = ("Live coverage of the talks.\nTuesday 6 May\n10:15\nOrbán accused Brussels of blackmail.\n"
            "Wednesday 7 May\n09:00\nThe foreign ministry said Hungary would not give in.\n"
            "11:30\nGerapetritis says Turkey is not welcome today.\n")
    got = said_on(tmp_path, body, published="2025-05-08")
    assert sorted(got.values()) == ["2025-05-06", "2025-05-07"] or sorted(got.values()) == [
        "2025-05-06", "2025-05-07", "2025-05-07"]
    assert "2025-05-08" not in got.values()  # "today" is the entry's day, not the day of publication


def test_the_time_of_an_occasion_told_before_dates_the_quotes_after_it(tmp_path):
    body = ('Meeting Netanyahu in Cairo on Tuesday, Abdelatty raised the fate of the hostages. '
            '"Egypt will not accept a war without end," he said.')
    assert list(said_on(tmp_path, body, published="2025-05-09").values()) == ["2025-05-06"]


def test_the_date_of_another_event_does_not_date_a_statement(tmp_path):
    body = ("The drones arrived in Pristina on Wednesday. "
            "Critics in the region describe the purchase as a provocation.\n"
            '"This changes nothing for Cyprus," Christodoulides said.')
    assert set(said_on(tmp_path, body, published="2025-05-09").values()) == {""}


def test_said_at_the_time_takes_the_time_just_told(tmp_path):
    body = ('Relations sank in October 2024, when Athens recalled its envoy. '
            '"This is an unacceptable provocation," Gerapetritis said at the time.')
    assert list(said_on(tmp_path, body, published="2026-03-01").values()) == ["2024-10"]


def test_the_same_day_counts_from_the_day_just_told(tmp_path):
    body = ("Orbán spoke to reporters in Brussels on Monday.\n"
            "The same day Tusk accused Hungary of blocking aid to Ukraine.")
    assert said_on(tmp_path, body, published="2025-05-09")["Tusk accused Hungary"] == "2025-05-05"


def test_a_date_that_names_an_event_is_no_time_of_speaking(tmp_path):
    # "the 24 February invasion": a date before a noun names the event; the weekday tells the time
    got = said_on(tmp_path, "On Monday Tusk posted a video that set footage of the 24 February invasion to "
                            "music. \"Russia is a terrorist state,\" he wrote.", published="2025-05-09")
    assert set(got.values()) == {"2025-05-05"}
    # but "the 24th of February" and "on 24 February" are times
    got = said_on(tmp_path, "Tusk said on 24 February that Russia was a terrorist state.")
    assert set(got.values()) == {"2025-02-24"}


def test_a_standfirst_that_gives_the_occasion_dates_the_statements_nothing_else_dates(tmp_path):
    body = ("*Notes from Thursday's session of the Sejm, where the veto was the only subject.*\n\n"
            "Tusk opened the debate. \"Orbán is blackmailing the whole union,\" he told the chamber.\n\n"
            "Sikorski spoke last. He said Hungary had betrayed its allies.")
    got = said_on(tmp_path, body, published="2025-05-10")
    assert set(got.values()) == {"2025-05-08"}
    # a standfirst with two days, or none that is an occasion, dates nothing
    body2 = body.replace("Thursday's session", "Thursday's and Friday's sessions")
    assert set(said_on(tmp_path, body2, published="2025-05-10").values()) == {""}


def test_the_day_after_a_speakers_post_counts_from_that_post(tmp_path):
    body = ("Tusk wrote on X on Friday the 2nd that Orbán was a traitor.\n\n"
            "Budapest was silent at first. On the day after Tusk's post, the Hungarian government said it was "
            "\"a disgraceful lie\".")
    got = said_on(tmp_path, body, published="2025-05-09")
    assert got["the Hungarian government"] == "2025-05-03"


def test_a_bare_weekday_in_a_story_told_day_by_day_is_in_the_week_told(tmp_path):
    # published ten days later: "on Thursday" is the day after "Wednesday 8 October", not the last Thursday
    body = ("On Wednesday 8 October Orbán vetoed the package.\n\n"
            "And on Thursday Tusk called the veto \"blackmail\".")
    assert said_on(tmp_path, body, published="2025-10-18") == {"And on Thursday": "2025-10-09"}
    # without a weekday and date told before, a bare weekday is the last one before publication
    body = "Orbán vetoed the package on 8 October.\n\nOn Thursday Tusk called the veto \"blackmail\"."
    assert said_on(tmp_path, body, published="2025-10-18") == {"On Thursday Tusk": "2025-10-16"}


def test_the_week_told_lasts_across_paragraphs_and_headings_while_its_days_are_told(tmp_path):
    # a retrospective (published months later): the week starts at "Tuesday 3 June" and lasts,
    # across headings and paragraphs, while the story tells days of it
    body = ("**The summit**\n\nOn Tuesday 3 June 2025 the leaders met in Vilnius.\n\n"
            "The next day the talks stalled.\n\n**The row**\n\nOn Thursday the delegates argued over the text.\n\n"
            "Nothing moved.\n\nOn Friday Orbán called the draft \"a provocation\".")
    assert said_on(tmp_path, body, published="2025-11-20") == {"On Friday Orbán": "2025-06-06"}
    # a later day told outside that week ends it: "on Friday" counts from publication again
    body = ("On Tuesday 3 June 2025 the leaders met in Vilnius.\n\nOn 19 November the delegates came back.\n\n"
            "On Friday Orbán called the draft \"a provocation\".")
    assert said_on(tmp_path, body, published="2025-11-22") == {"On Friday Orbán": "2025-11-21"}
    # and so does a story that has moved on: four paragraphs without a day of that week
    body = ("Russia invaded Ukraine on Thursday 24 February 2022.\n\nPoland took in millions of refugees.\n\n"
            "Its defence budget has doubled.\n\nWarsaw spends more on defence than any NATO member.\n\n"
            "On Tuesday Sikorski said Russia was \"testing NATO\".")
    assert said_on(tmp_path, body, published="2025-05-09") == {"On Tuesday Sikorski": "2025-05-06"}


def test_a_weekday_after_the_is_a_time_when_the_subject_follows(tmp_path):
    # "On the Friday the minister's office …": "the" after the weekday opens the subject, the
    # date is the time told (not an attributive date such as "the 3 June summit")
    body = ("On Tuesday 3 June 2025 the leaders met in Vilnius.\n\n"
            "On the Friday the Hungarian prime minister spoke. \"This draft is a provocation,\" Orbán said.")
    assert said_on(tmp_path, body, published="2025-11-20")["This draft is"] == "2025-06-06"


def test_a_sentence_that_names_the_speaker_by_a_role_dates_the_quote_after_it(tmp_path):
    body = ("It is easy to forget that the Polish prime minister kept the door open on Tuesday. "
            "\"I would ask Moscow again to return to talks,\" he said.")
    assert said_on(tmp_path, body, published="2025-05-09") == {"I would ask": "2025-05-06"}


def test_a_statement_is_never_dated_after_its_article(tmp_path):
    # "this Christmas" in the sentence of a statement made in early December is a time ahead,
    # not when the words were said: left undated
    body = "Senator Kaja Kallas asked people to buy Polish apples this Christmas, saying Russia \"bullies us\"."
    assert list(said_on(tmp_path, body, published="2025-12-04").values()) == [""]


def test_the_week_told_lasts_through_days_told_from_the_one_before(tmp_path):
    # session 14: a memoir told day by day, years later; "the following day" and "that evening"
    # carry the story on, so "On the Saturday" four paragraphs on is still in the week told
    body = ("I flew in on Wednesday 12 April 2006, a day of rain.\n\n"
            "Nobody met us at the airport.\n\n"
            "The minister saw us that evening.\n\n"
            "The following day the talks began badly.\n\n"
            "On the Saturday Tusk told the press that the offer was \"an insult\".")
    assert said_on(tmp_path, body, published="2019-09-02") == {"On the Saturday": "2006-04-15"}


def test_a_bare_weekday_that_names_the_day_just_told_is_that_day(tmp_path):
    # session 14: a follow-up published weeks later, its lead weekday counts from publication;
    # further down, "Two days later … on Friday" is the Friday the story has reached
    body = ("Orbán repeated on Tuesday that the veto stands.\n\n"
            "The row began on Wednesday 3 September, when the package was blocked.\n\n"
            "Two days later it was Tusk's turn. He told Polsat on Friday that it was \"blackmail\".")
    got = said_on(tmp_path, body, published="2025-09-30")
    assert got["He told Polsat"] == "2025-09-05", got
    # a weekday that is not the one told keeps counting from publication
    body = ("Orbán repeated on Tuesday that the veto stands.\n\n"
            "The row began on Wednesday 3 September, when the package was blocked.\n\n"
            "Two days later the talks stalled. Tusk told Polsat on Monday that it was \"blackmail\".")
    got = said_on(tmp_path, body, published="2025-09-30")
    assert got["Tusk told Polsat"] == "2025-09-29", got


def test_a_relative_time_counts_from_the_day_told_before_it_in_its_paragraph(tmp_path):
    # session 14: a year in review; "That evening" follows "On Friday 14 November" in its own
    # paragraph, not the "2 June" of the paragraph before
    body = ("**JUNE**\n\nOn 2 June the two ministers met in Riga.\n\n**NOVEMBER**\n\n"
            "The row broke out on Friday 14 November. That evening Tusk went on television to "
            "answer. The decision was, he said, \"a provocation\".")
    assert list(said_on(tmp_path, body, published="2025-12-28").values()) == ["2025-11-14"]  # not 2 June


def test_a_time_counted_from_a_named_event_is_not_the_day_told(tmp_path):
    # "two days before the vote" counts from the vote, which the text does not date here
    body = ("Orbán spoke in Budapest on Monday 3 March.\n\n"
            "Two days before the vote, Tusk complained that Budapest was \"buying time\".")
    got = said_on(tmp_path, body, published="2025-05-20")
    assert [d for q, d in got.items() if "Tusk" in q] == [""], got  # undated


def test_that_afternoon_after_the_verb_is_the_time_of_speaking_not_the_clause(tmp_path):
    # "wrote that afternoon that …": the first "that" points to a time, the second opens what
    # was written; the time dates the statement from the day told before it
    body = ("The Hungarian veto was announced in Brussels on Tuesday 6 May, and the Commission met on Wednesday.\n\n"
            "Tusk wrote that afternoon that Orbán had betrayed Europe.")
    assert list(said_on(tmp_path, body, published="2025-05-09").values()) == ["2025-05-07"]


def test_the_weekday_after_an_event_counts_from_the_event_not_from_publication(tmp_path):
    # "the Friday after the summit": a weekday of the summit's week, which the text does not date
    body = ('On the Friday after the summit in Brussels, Tusk told reporters that Orbán had "betrayed Europe". '
            '"Hungary has chosen Moscow," he said.')
    assert set(said_on(tmp_path, body, published="2025-06-20").values()) == {""}
    # but "On Friday, after the summit" is Friday of the publication's week, as before
    body = 'On Friday, after the summit in Brussels, Tusk told reporters that Orbán had "betrayed Europe".'
    assert set(said_on(tmp_path, body, published="2025-06-20").values()) == {"2025-06-20"}


# --- session 56: spits read, fixed by kind -------------------------------------------------------


@pytest.mark.parametrize("body, day", [
    # (a day fronted in its sentence sets the scene for the words told after it in the paragraph)
    ("On Thursday morning Orbán's ferry was cancelled in Split. Tusk told Polsat: \"Hungary is blocking the whole "
     "Union.\"", "2025-05-08"),
    # (the capitalised name of a day before its weekday is part of the day: "On Budget Thursday")
    ("On Budget Thursday the markets in Budapest fell. Tusk told Polsat: \"Hungary is blocking the whole Union.\"",
     "2025-05-08"),
    # (the later time told wins over the fronted one, "Next day" opening a sentence before a name too)
    ("On 3 May Orbán spoke in Szeged. Next day Tusk told Polsat: \"Hungary is blocking the whole Union.\"",
     "2025-05-04"),
])
def test_session56_a_day_fronted_in_its_sentence_dates_the_words_told_after_it(tmp_path, body, day):
    assert list(said_on(tmp_path, body, published="2025-05-09").values()) == [day]


def test_session56_a_standfirsts_weekday_is_no_news_leads_and_the_story_keeps_its_weeks(tmp_path):
    # (a lecture given "on Tuesday evening" in May tells a week of March: its "Tuesday" is that week's)
    body = ("*Transcript of a talk given on Tuesday evening in our spring series.*\n\n"
            "On Monday 3 March Orbán spoke in Szeged about the grain.\n\n"
            "Tuesday was the collapse. Tusk told Polsat: \"Hungary is blocking the whole Union.\"")
    assert list(said_on(tmp_path, body, published="2025-05-16").values()) == ["2025-03-04"]


def test_session56_a_scenes_heading_dates_the_words_under_it(tmp_path):
    # (a game's or a script's scene heading: a place in bold, a dash, the day and the part of it, then
    # the game's fields; the second scene's "the next day" is no other day)
    body = ("**CAFÉ NOWY ŚWIAT, WARSAW** — Monday 5 May 2025, evening — Score: 0 of 5\n\nThe radio is on.\n\n"
            "\\>LISTEN\n\n\"Hungary is blocking the whole Union,\" says Tusk.\n\n"
            "**PARLIAMENT HALL, BUDAPEST** — Tuesday 6 May 2025, the next day — Score: 2 of 5\n\n\\>LISTEN\n\n"
            "\"Brussels wants to punish Hungary,\" says Orbán.")
    assert list(said_on(tmp_path, body, published="2025-06-20").values()) == ["2025-05-05", "2025-05-06"]


@pytest.mark.parametrize("answer", ["Tusk answered that very Tuesday on Polsat:", "Tusk answered that very day on Polsat:"])
def test_session56_that_very_day_is_the_day_told(tmp_path, answer):
    body = f"On the last Tuesday of August Orbán spoke in Szeged. {answer} \"Hungary is blocking the whole Union.\""
    assert list(said_on(tmp_path, body, published="2025-12-15").values()) == ["2025-08-26"]


def test_session56_a_weekday_and_day_without_the_month_is_in_the_month_told(tmp_path):
    # (a quiz read in February about May: "Monday the twenty-sixth" is 26 May, not 26 January, the
    # last Monday the 26th before the quiz)
    body = ("QUIZMASTER: Question one. On Thursday the eighth of May, Orbán spoke in Szeged.\n\n"
            "TEAM A: Pass.\n\nQUIZMASTER: Question two. On Monday the twenty-sixth, Tusk told Polsat: \"Hungary is "
            "blocking the whole Union.\"")
    assert list(said_on(tmp_path, body, published="2026-02-10").values()) == ["2025-05-26"]


@pytest.mark.parametrize("body, published, not_day", [
    # (words told in the present after a day told in the past: today's, not that day's)
    ("On Wednesday the ferry sank off Split. Tusk says Hungary is \"blocking the whole Union\".", "2025-05-09",
     "2025-05-07"),
    # (a day of the story's background, years before)
    ("On 17 March 2004 riots swept Kosovo. Tusk told Polsat: \"Hungary is blocking the whole Union.\"", "2025-05-09",
     "2004-03-17"),
    # (a news lead in italics is a lead: its Friday counts from publication, and so does the body's)
    ("*Tusk on Friday renewed his attack on Hungary.*\n\nOn Thursday 2 October Orbán spoke in Szeged.\n\n"
     "On Friday Tusk told Polsat: \"Hungary is blocking the whole Union.\"", "2025-10-20", "2025-10-03"),
    # (a fact card's header with a field that is no game's or script's is no scene)
    ("**POLAND, WARSAW** — Sunday 4 June 1989 — Status: free elections\n\nThis week Tusk told Polsat: \"Hungary is "
     "blocking the whole Union.\"", "2025-05-09", "1989-06-04"),
])
def test_review56_the_fronted_day_the_standfirst_and_the_scene_heading_keep_to_their_kinds(tmp_path, body, published,
                                                                                              not_day):
    got = list(said_on(tmp_path, body, published=published).values())
    assert got and not_day not in got, got


@pytest.mark.parametrize("body, published, day", [
    # (the headings' spans place the weekdays of their sections)
    ("**Part 1** *(covers Saturday 19 to Wednesday 23 October)*\n\nOrbán fell ill on Saturday 19 October.\n\n"
     "**Part 2** *(covers Monday 28 and Tuesday 29 October)*\n\nOn Monday Tusk told Polsat: \"Hungary is blocking the "
     "whole Union.\"", "2024-11-04", "2024-10-28"),
    # (a weekday and day without the month is in the year told too)
    ("On Thursday the eighth of May 2014 Orbán spoke in Szeged.\n\nOn Monday the 26th Tusk told Polsat: \"Hungary is "
     "blocking the whole Union.\"", "2025-06-10", "2014-05-26"),
    # (a scene heading with a comma after its weekday)
    ("**CAFÉ NOWY ŚWIAT, WARSAW** — Monday, 5 May 2025 — Score: 0 of 5\n\n\\>LISTEN\n\n\"Hungary is blocking the whole "
     "Union,\" says Tusk.", "2025-06-20", "2025-05-05"),
])
def test_review56b_headings_spans_years_and_scene_forms(tmp_path, body, published, day):
    assert list(said_on(tmp_path, body, published=published).values()) == [day]


@pytest.mark.parametrize("body, published, not_day", [
    # (a preposition's capital is no day's name: "Since Monday" fronts nothing)
    ("Since Monday the border at Záhony has been closed. Tusk told Polsat: \"Hungary is blocking the whole Union.\"",
     "2025-05-09", "2025-05-05"),
])
def test_review56b_fronting_and_standfirst_guards(tmp_path, body, published, not_day):
    got = list(said_on(tmp_path, body, published=published).values())
    assert got and not_day not in got, got


@pytest.mark.parametrize("lead, news_lead", [
    # (a lead that opens with an italic dateline is no standfirst: its bare weekday is a news lead's)
    ("*BRUSSELS* — On Tuesday Orbán vetoed the package.", True),
    ("*A lecture given on Tuesday evening in our spring series.*", False),
])
def test_review56b_only_a_standfirst_that_tells_the_tellings_occasion_is_passed_over(tmp_path, lead, news_lead):
    from rhetoric.extract.anchoring import ArticleTimeline

    p = tmp_path / "sf.md"
    p.write_text(f"---\nid: sf\ntitle: t\noutlet: null\npublished: 2025-05-09\nlanguage: en\n---\n{lead}\n\n"
                 "On Thursday 17 April the summit opened.\n", encoding="utf-8")
    assert ArticleTimeline(read_article(p))._lead_weekday() is news_lead


@pytest.mark.parametrize("body, published, not_day", [
    # (a photo caption's agency is no scene's field)
    ("**JARINJE CROSSING, KOSOVO** — Sunday 5 October 2025 — AFP\n\nTusk has told Polsat: \"Hungary is blocking the "
     "whole Union.\"", "2025-10-11", "2025-10-05"),
    # (words said before the story's day, in the past perfect)
    ("On Wednesday the drones were unloaded at Split. Tusk had warned Polsat in the spring: \"Hungary is blocking the "
     "whole Union.\"", "2025-10-11", "2025-10-08"),
    # (a weekday ahead stays ahead under a week told by a heading)
    ("## Monday 6 to Friday 10 October\n\nOn Monday Orbán spoke.\n\n### Looking ahead\n\nOn Wednesday the Sejm will "
     "vote. Tusk told Polsat: \"Hungary is blocking the whole Union.\"", "2025-10-18", "2025-10-15"),
])
def test_review56c_captions_past_perfects_and_weekdays_ahead(tmp_path, body, published, not_day):
    got = list(said_on(tmp_path, body, published=published).values())
    assert got and not_day not in got, got


def test_review56c_a_month_told_places_a_weekday_and_day(tmp_path):
    body = ("On 1 March Orbán spoke in Szeged. This month the talks resumed.\n\nOn Tuesday the eleventh, Tusk told "
            "Polsat: \"Hungary is blocking the whole Union.\"")
    assert list(said_on(tmp_path, body, published="2025-11-20").values()) == ["2025-11-11"]


def test_session57_an_entry_headed_by_a_roman_month_date_counts_its_yesterday_from_it(tmp_path):
    # (a climbing club's logbook: each entry under its own date line, "**12.IV.24**")
    body = ("*The club's logbook, printed as written.*\n\n**12.IV.24**\n"
            "Anna, Kraków. Yesterday Orbán told reporters that \"Hungary will not send weapons\".\n\n"
            "**20.IV.24**\nMarek. Fog all week.\n")
    assert list(said_on(tmp_path, body, published="2024-09-01").values()) == ["2024-04-11"]
