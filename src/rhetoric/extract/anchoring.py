"""When a statement was made and what a relative date counts from: the anchoring policy of the
extraction, in one place, for statements and events alike.

**What frames an article's dates** (``ArticleTimeline``):

- its *dateline* ("BELGRADE, Oct 8 (Reuters) – "): the day the story was filed. It dates the
  story's own statements when nothing nearer does, and is never a statement's date when it
  merely stands in the same sentence; nor is the day a text gives as its own ("Good morning, it's
  Thursday the ninth of October": ``todays_date``);
- its *dated sections*: a heading that is only a date ("Wednesday 8 October", a liveblog's day)
  dates what follows it until the next one. Inside such a section, words such as "today", "this
  afternoon" or "on Sunday" count from the section's day, not from the publication date; an
  entry after a time of day, on its own line or opening the paragraph ("**14:05** …", "15:30 —
  …"), is an event of the section's day. A heading dated after the publication is no section,
  unless the lines under it count back from it ("a year ago today": a page-a-day calendar's page);
  a post's or a record's header is one ("**#3 · user** » Wed Oct 08, 2025 9:10 pm", "*Reviewed 11
  August 2013 · Date of experience: …*"); so is a record's field of any label that holds only a
  day, in a record of someone's words (a field after it quotes, and a field names the person,
  "*Producer:* Albin Kurti, …", or the label dated such a record before): "*Vintage:* Wednesday 8
  October, 17:14 (X)", "the same evening" from the record before, the same field telling only the
  week the month of the record before; its day ends with the record's lines, where the day
  around it goes on (``_record_date_field``; not "Date of birth", "Took office", ``_NOT_WHEN_LABELS``);
  a signature on a line of its own under an entry ("by **drina_bridge** October 9, 2025 · 👍 412",
  "— Ana K., April 7, 2025, 21:40 | Reply") is the day the entry's lines above it count from, back to
  the heading or the signature before (not a list of such lines, a piece's sources: ``_closing_signature``);
  a day heading's labels may give the part of the day and places with commas ("**Wed 08 Oct 2025,
  evening · Pristina, Adem Jashari Airport · Note (third party)**"), a log entry's header its stamp
  last ("Hand #25100817: Table - 2025/10/08 17:14:00 CET"), and a heading of a day of the month and
  its weekday ("**25 TUE**") is the nearest such day to the page; the lines under a heading that
  is only a day are that day's events where its entries are not timed (``_day_heading_item``);
  a chapter's *dateline*, a heading or a line in emphasis that places the chapter and ends with its
  day, days or month ("*Bern, Monday the 16th and Tuesday the 17th.*", "*Paris, in the month of
  October, 2008.*"), dates it (several days as a span: its words of the first day, "On the Tuesday"
  the dateline's Tuesday, the days without their month forward from the chapter before,
  ``_dateline_day``); a relative day of an event under a dated heading newer than the day told
  last counts from the heading's day (``section_day``);
- a *periodical's page line* ("**Te Awa Evening Post, Volume 141, Issue 302, Wednesday 28
  December 2016, Page 7**") opens a section whose "yesterday" and weekdays count from the page's
  day, but whose reported words take no day from it (``printed_sections``); a *data file's entry*
  that opens with its time element ('<wpt …><time>2017-07-04T05:41:00Z</time>') is of that day
  (``_MARKUP_TIME_LEAD``); a *document's own date* ("a letter dated 13 November 2019") is no time
  the story reaches (``_DOCUMENT_DATED_BEFORE``); a sentence that tells only a *time of day* is
  an event of its section's day, or, told in the past, of the day its paragraph told before
  (``clock_time_day``);
- its *timeline entries*: a paragraph or list item that opens with a date ("- **December
  2022.** …"), or with its own dateline in roman ("New Delhi, Mar 13: …", a casualty column's or a
  chronicle's reports), counts its dates from that date ("On 20 December" is 2022's), and that
  date dates its statements when nothing nearer does;
- its *year sections*: under a heading that is a year ("## 2012"), a paragraph that opens with a
  year in bold ("**2024.** …") or a run-in heading in emphasis of a year alone or over the
  paragraph's own dateline ("*2013.* …", "*Summary of 2012 reports.* Kochi, Feb 16: …"; not
  "*Born 1964.*"), the days told without a year are that year's, until the next heading of its
  level, a run-in heading of no year ("*Since then.*"), a lead of another year or words of the
  present time (``year_at``); a stage direction in brackets on its own line ("*[Buzzer]*", "[Pause
  10 seconds.]") is no heading of anything (``stage_direction``); so does a day counter's entry ("**Day 2.** …", "**Days
  2–4.**"), counted from the Day 1 the text states ("Day 1 is Wednesday 8 October 2025",
  ``day_one``);
- the *narrative time*: the last date the text states (outside quotes) before a point of its
  paragraph, or at the end of the paragraph before; not a day the story tells as planned ("due
  to air in full on 31 March", ``_SCHEDULED_BEFORE``), nor a date that opens what a parenthetical
  report tells ("On Friday afternoon, he told MPs, four boats had …": ``reported_across``), nor
  one counted from an event named after it ("three days after Iranian forces seized …"). A relative date there ("the same day",
  "hours later") counts from the last day date before it, in its paragraph or the one before,
  as an event's does.

**Statements** (``statement_date``), first that applies:

1. a date in the statement's own attribution (its *date zone*: "criticized Germany on Monday
   for …", "… ,” she wrote on X late on Sunday"), resolved against the section's day or the
   publication date; "the same day", "a day later" there count from the narrative time, and
   "said at the time" takes it, and so does "Then X said" in a story told in the past (not "Then
   he says", a scene described in the present: ``_at_that_time``); "a week before the trip"
   counts from the trip, not from the narrative time, and leaves the statement undated
   (``counts_from_event``); the day of another's words the statement answers, named by their
   owner's possessive and "of" ("rejected Chad's denial of the previous day"), is not the
   statement's (``_of_anothers_text``); or the day of the reference list's entry that a
   citation key in its sentence points to ("[VUCIC-X] reads: “…”" over "[VUCIC-X] Vučić, A.,
   post on X, 8 October 2025", ``_cited_entry``);
2. the date of the statement it continues (a quote split over sentences);
3. the narrative time of its paragraph before it, when the sentence that states it is about an
   occasion for speaking (a meeting, an interview, an answer …) or names the speaker, by a role
   too ("… that the prime minister kept the door open on Monday. “…,” he said"; "Meeting
   Aliyev on Thursday, Putin began … “I apologized …”"), or when the statement's own sentence
   tells its occasion ("It began on Sunday the 19th. On a visit to Madrid, the president told a
   rally …"), or when that sentence only sets the time ("Then came Wednesday. Đurić called the
   delivery …", ``_SCENE_TIME_WORDS``), or is a slug line, a place and the day in either order,
   perhaps after a scene's label ("Flashback: Belgrade, 11 October 2024.", "Monday 11 November
   2013, The Hague."); or the date of the sentence right after it that tells its occasion ("…, she said.
   She was speaking in Ankara on Monday."). A date of another event ("the drones
   arrived on Wednesday") does not date the statements after it, nor does one in a clause in
   the past perfect ("Aliyev, who in January had said …"), a time before the story's, nor one
   in an "after" clause ("at a press conference on Monday, after meeting Morales on Friday"),
   nor one in a restrictive relative clause ("The neighbour who lodged Wednesday's complaint
   called a press conference", ``in_restrictive_relative``, which the narrative time skips too);
   but a later day the story told after the occasion is the words' ("On 27 December Cerar
   said …. On the morning of 30 December three vessels entered …. Of further entries he said:");
   under a message's "Sent:" field, a story told back dates the words told in the past in it
   (``story_in_field``);
4. the day of its dated section (a liveblog entry), or the date its timeline entry opens with;
5. the date of the same speaker's statement just before (within two sentences), unless that
   one is told in the past perfect; then, for an item of a list under a lead-in that ends with a
   colon, the day that lead-in tells ("New evidence, from Thursday 12 February 2026 …:" over "(a)
   …"), not an event's ("After the raid on 1 March, governments reacted:", ``ArticleTimeline.lead_in``);
6. the day the article's standfirst gives its occasion ("*Our sketch of Tuesday's sitting …*":
   one day and an occasion word; a transcript's turns count their "yesterday" from the day it was
   recorded, where the standfirst gives the broadcast's too: "Recorded on Tuesday 19 July 2011,
   broadcast on Monday 25 July"), for a statement whose paragraph tells no time before it; else
   the day the lead gives the occasion it names first ("I watched yesterday's press conference …"),
   for a speaker the lead's sentence names, or its paragraph when that sentence names no other
   person (``_occasion_of_speaker``).

Words whose own sentence tells them as older ("an interview he gave years ago", ``_ANOTHER_TIME``)
take neither the narrative time (rule 3) nor the lead's occasion (rule 6).

A statement none of these dates is left undated: the dateline, the publication date or a date
stated paragraphs earlier are not taken for the day it was made; nor is a date after the
article's publication ("buy Australian wine this Christmas", written in early December).

A date that names an event ("the 7 October attack", ``attributive``) is never a statement's
date nor narrative time. A bare weekday in a story told day by day ("On Wednesday 8 October …
And on Thursday …", published ten days later) is in the week told, the first such day from the
weekday-and-date before it (``in_told_week``), while the story is told in that week (a day
of it told in the paragraph or the three before, "the next day" too; a later date outside it ends it:
``next_week``), for statements and events alike. So is a bare weekday that names the weekday
of the day the story has just told ("Sunday 12 October … A day later he told Geo News on
Monday", published two weeks later: the 13th; ``_narrative_weekday``).

**Events** (``EventAnchors``): relative expressions ("within days", "a day later", "that
Friday") count from an explicit day date of the same sentence (``rhetoric.extract.dates``), else
from the last day date told before, in the same paragraph or the one before, else from the
article's story date (its first day-precision date); "that Wednesday" is the Wednesday the text
dated in figures in the week before, when it told no day of a later week since ("on Wednesday 20
September … by Thursday … that Wednesday": the 20th); a weekday after "the" is placed as the
timeline places it before anything counts from it; a day a recording was made in an aside (",
recorded on the Tuesday,") is the last such day before the story's and no day counted from; a
"yesterday" inside a quotation does not end the week told, nor does a day ahead move into it
("The judges will rule on Monday"); "N months ahead of schedule" counts back from the date the article says the thing was
scheduled for; "December of that year" is in the year of the last date told with its year. Deictic words count from the section's day where there is one.

**A story told back** (``forward_month``, statements and events alike): a month or a day told
without its year after a date told is of the story's year, not the year before publication
("on 2 October 2018 … On 2 November", in a judgment of 2021: 2018's); a day of another month
only in the weeks after the day told, and not when the year before publication puts it within
the month before it (this week's news after a date from the background).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from rhetoric.corpus import SIGNATURE_DASH, ends_a_sentence, table_cell_at
from rhetoric.extract import vocabulary as v
from rhetoric.extract.channels import UNSPECIFIED
from rhetoric.extract.date_patterns import (
    ANCHORED_DAY,
    DATE_FIELD_KEY,
    DAY_WORD,
    FUTURE_CUE,
    MONTH_NAME,
    NTH_DAY_WORDS,
    OPENS_SENTENCE,
    ORDINAL_WORDS,
    ROMAN_MONTHS,
    WEEKDAY_ABBR,
    WEEKDAY_NAME,
    WEEKDAY_SHORT,
    possessive_event,
)
from rhetoric.extract.date_values import (
    WEEKDAYS,
    DateValue,
    TemporalExpression,
    add_months,
    month_num,
    safe_date,
    stated_span,
)
from rhetoric.extract.dates import (
    DEICTIC_DAY,
    FIGURES_DATE_LINE,
    RETROSPECTIVE,
    STORY_DAYS,
    YEAR_OPENS_SENTENCE,
    date_line_series,
    find_temporal_expressions,
    slash_order,
)
from rhetoric.extract.references import cited_keys, reference_entries
from rhetoric.extract.scripts import card_day
from rhetoric.regexes import at_word_start, letter_branches, split_alternatives

if TYPE_CHECKING:
    from rhetoric.corpus import Article
    from rhetoric.extract.context import ArticleContext
    from rhetoric.extract.model import Statement

#: The participles of making a recording, whose day is the day the words were spoken, not the day they
#: went out (``_RECORDED_ON_DAY``, ``_RECORDED_IN_ASIDE``).
_RECORDING_VERBS = r"recorded|filmed|taped"
#: A line that is a transcript's stage direction in brackets, no heading: "*[Buzzer]*", "[Laughter]",
#: "(Applause)", "[Pause 10 seconds.]" (a relative day after it counts from the day told above it); not a
#: day's or a time's heading in brackets, "**(Thursday 9 October)**", "(Updated 14:05)".
_STAGE_DIRECTION = re.compile(r"[ \t*_]*[\[(](?![^\[\]()\n]*(?:\d{1,2}[:.]\d{2}|(?:19|20)\d{2}|" + MONTH_NAME + "|" + WEEKDAY_NAME +
                               r"))[^\[\]()\n]{1,30}[\])][ \t*_.]*")


def stage_direction(line: str) -> bool:
    """Whether a line is only a stage direction in brackets ("*[Buzzer]*"): no heading of a section."""
    return _STAGE_DIRECTION.fullmatch(line) is not None


#: A heading that is a time of day: a liveblog entry's timestamp ("13:20", "9.45 am").
TIMESTAMP = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}))?")
#: A time of day that opens an entry's paragraph, bold or not, before its text: "**14:05** …",
#: "15:30 — …", "09:10 · …" (a liveblog's or a channel's post); or a part of the day in italics
#: or bold before a dash ("*Evening* - …", "**Later** — …", "_During the day_ – …"), or plain as a
#: sentence of its own ("Evening. In Belgrade, …").
INLINE_TIMESTAMP = re.compile(r"[*_]{0,2}(?P<time>\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}))?)[*_]{0,2}"
                              r"(?:\s*[—–·|:.-])?\s+(?=[*_]{0,2}[A-Z“\"‘'])|"
                              r"[*_]{1,2}(?P<part>(?:[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)(?:\s+(?:morning|afternoon|evening|"
                              r"night|in\s+the\s+day))?|(?:(?:[Ee]arly|[Ll]ate)\s+)?(?:[Mm]orning|[Aa]fternoon|[Ee]vening|"
                              r"[Nn]ight|[Oo]vernight|[Mm]idday|[Nn]oon|[Mm]idnight|[Dd]awn)|[Dd]uring\s+the\s+(?:day|night)|"
                              r"[Tt]hroughout\s+the\s+day)[*_]{1,2}\s*[—–·|:-]\s+(?=[*_]{0,2}[A-Z“\"‘'])|"
                              # a tick-tock's plain part of the day as a sentence: "Evening. In Belgrade, …"
                              r"(?P<plain>(?:(?:Early|Late)\s+|Mid-)?(?:[Mm]orning|[Aa]fternoon|[Ee]vening|[Nn]ight|"
                              r"[Mm]idday|[Nn]oon|[Mm]idnight|[Dd]awn)|Later|Overnight)\.\s+(?=[A-Z“\"‘'])")
def running_time_codes(stamps: list[str]) -> bool:
    """Whether the times that open an article's paragraphs, in order, are a script's or a video's
    running time ("00:03 — TITLE CARD …", "00:14 — ARCHIVE …", "02:12 — END."), not times of day:
    three or more, all minutes and seconds from a first under a minute, none going back, most a
    few seconds apart (an overnight live page's "00:04", "00:45", "01:30" are minutes apart)."""
    clock = [tuple(int(x) for x in t.replace(".", ":").split(":")) for t in stamps if re.fullmatch(r"\d{1,2}[:.]\d{2}", t)]
    if len(clock) < 3 or len(clock) != len(stamps) or clock[0][0] != 0 or any(sec >= 60 for _, sec in clock):
        return False
    gaps = [(b[0] - a[0]) * 60 + b[1] - a[1] for a, b in zip(clock, clock[1:])]
    return min(gaps) >= 0 and sorted(gaps)[len(gaps) // 2] < 30


#: A time ahead that the story tells as planned, not the time it has reached: "due to air in full
#: on 31 March", "scheduled for Friday", "is expected to sign on Monday".
#: (each word led by its first letter, so that ``re`` skips ahead to them)
_SCHEDULED_BEFORE = re.compile(r"(?:d(?<![\w-]d)ue|s(?<![\w-]s)(?:cheduled|lated|et)|e(?<![\w-]e)xpected|p(?<![\w-]p)lanned)"
                               r"\s+(?:to|for|on|in)(?![\w-])[^,.;:!?¤\n]{0,30}$")
#: A state or a background, not an act of the day: a time span or habit ("for more than a
#: decade", "has long been", "since 2019", "always") or a description ("is the first …", "is one
#: of …"); not a perfect or a passive of an act ("Poland has summoned …", "two drones were shot down").
_BACKGROUND = re.compile(r"(?<![\w-])(?:(?:has|have|had)\s+(?:long|always|never|for)|for\s+(?:more\s+than\s+|over\s+|almost\s+)?"
                         r"(?:a|an|two|three|four|five|several|many|decades|years|\d+)\s+(?:decades?|years?|months?|"
                         r"generations?)|since\s+\d{4}|(?:is|are|was|were)\s+(?:the\s+first|the\s+only|one\s+of|among|"
                         r"known\s+(?:as|for)|still)|always)(?![\w-])")
#: A sentence up to its first subordinate clause or comma (where its main verb usually is).
_MAIN_CLAUSE = re.compile(r"(?:(?!\b(?:that|which|who)\b)[^,;:])*")


#: A year's number, and a month's name right before it ("April 2012", "9 July, 2011", "APRIL 2012").
_YEAR_NUMBER = re.compile(r"(?<![\w.,-])(?:19|20)\d\d(?![\w-])")
_MONTH_BEFORE_YEAR = re.compile(r"(?i)(?<![\w-])(?P<month>" + MONTH_NAME + r")\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+$")
#: A line's opening before a year: a list's mark, bold (a timeline entry's, ``_MONTH_AFTER_YEAR``).
_LINE_OPENS_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-*•][ \t]+)?(?:\*\*|__)?$")
#: A month right after its year, a timeline entry's "2023 July - …" at a line's opening (``story_year``).
_MONTH_AFTER_YEAR = re.compile(r"[ \t]+(?P<month>" + MONTH_NAME + r")(?=[*_]*[ \t]*[-–—:|][ \t])")


#: A heading that is only a year: "## 2024", "**2022.**", "### In 2019" (a chronology's or an annals'
#: sections, a year-in-review's).
_YEAR_HEADING = re.compile(r"[ \t#*_]*(?:In[ \t]+)?(?P<year>(?:19|20)\d{2})[.:]?[ \t*_]*")
#: A day of the month told alone, in a statement's own words of when: "on the 14th", "the evening of
#: the eighth" (``date_patterns``' "dom").
_DAY_ORDINAL = re.compile(r"(?i:\d{1,2}(?:st|nd|rd|th)|" + ORDINAL_WORDS + ")")
#: A run-in heading in emphasis that names a year, a few words around it at most: "*2013.*" (the
#: year ``alone``), "*Summary of 2012 reports.*", "_Reports from 2019:_".
_RUN_IN_YEAR = re.compile(r"[ \t]*(?P<mark>\*\*|__|\*|_)(?:(?P<alone>(?=(?:19|20)\d{2}[.:]?(?P=mark)))|"
                          r"[A-Z][a-z]+(?:[ \t]+[a-z]+){0,3}[ \t]+)?(?P<year>(?:19|20)\d{2})"
                          r"(?:[ \t]+[a-z]+){0,2}[.:]?(?P=mark)(?:[ \t]|$)")
#: A run-in heading in italics, a few words and a stop: "*Since then.*", "*New reports.*".
_RUN_IN_HEADING = re.compile(r"[ \t]*(?P<mark>\*|_)[A-Z][^*_\n]{0,40}[.:](?P=mark)[ \t]")
#: A paragraph that opens with a year in bold, run in: "**2024.** In this year, …".
_BOLD_YEAR_LEAD = re.compile(r"[ \t]*(?:\*\*|__)(?:19|20)\d{2}")
#: Words of the present time told (outside quotation marks), which end a year section: "yesterday",
#: "on Tuesday", "last week", "this year", "three days ago".
_PRESENT_TIME = re.compile(r"(?i)(?<![\w-])(?:today|tonight|yesterday|tomorrow|this\s+(?:week|month|year|morning|afternoon|evening)|"
                           r"(?:last|next)\s+(?:week|month|night)|(?:days?|weeks?|months?)\s+ago|"
                           r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!,?\s+(?:the\s+)?\d))(?![\w-])")


def _day_of_month_alone(text: str) -> bool:
    """Whether a date's words end with a day of the month alone (``_DAY_ORDINAL``, its last word)."""
    words = text.split()
    return bool(words) and _DAY_ORDINAL.fullmatch(words[-1]) is not None


def _heading_level(line: str) -> int:
    """A heading's level: its number of "#", 7 for a bold or italic line (below every "#")."""
    m = re.match(r"\s*(#{1,6})\s", line)
    return len(m.group(1)) if m else 7


#: A table row whose first cell is a time of day ("| 17:14 |", "| from 13:00 |", "| afternoon |"):
#: an entry of its dated section, like a liveblog's.
_ROW_TIME = re.compile(r"\|\s*(?P<time>(?:[A-Za-z]+\s+){0,2}?(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|[Mm]orning|"
                       r"[Aa]fternoon|[Ee]vening|[Nn]ight|[Mm]idday|[Nn]oon|[Oo]vernight))\s*\|")

#: A capitalised word after a heading's first: a name, as an entry's headline has ("**Tusk demands
#: NATO consultations**"); a section's title has none ("**What the table shows**").
_NAME_AFTER_FIRST = re.compile(r"\s[A-ZÀ-ÖØ-ÞČĆŠŽĐ]")
#: A headline quoting someone: a name, a colon and words in quotation marks (double or single:
#: "**Sikorski: "stop whining"**", "**Tusk: 'not one more euro'**"), or three words or more in
#: quotation marks, then a colon ("**"I will always be a good host": Vučić …**"); not a section's
#: title with a quoted term, "**The "two-state" question**", nor the page's own label before the
#: colon, "**Glossary: "hybrid war"**".
_QUOTING_HEADLINE = re.compile(r"(?!(?i:glossary|background|context|timeline|notes?|definitions?|terms?|key|explainer|"
                               r"analysis|opinion|editorial|factbox|facts?|sources?|reading|correction|update|"
                               r"comment|quotes?|quotations?|phrase|word|explained|q\s*&\s*a|faq|watch|live|interview|video|photos?|"
                               r"fact[- ]?check|listen|podcast|review)\s*:)"
                               r"[A-ZÀ-Ž][\w'’.-]*:\s*[\"“‘'][^\"“”\s][^\"“”\n]*[\"”’']|"
                               r"[\"“‘'](?:[^\"“”\s]+\s+){2,}[^\"“”\n]*[\"”’']\s*:")
#: A heading that opens a section of its own ("**What the table shows**", "## Method"): the dated
#: section before it ends there.
_SECTION_TITLE = re.compile(r"(?:#{1,6}\s+|\*\*|__)[^|*_#\n]*[A-Za-z][^|*_#\n]*(?:\*\*|__)?")

#: A heading in bold and nothing else: "**Part B — Budapest responds**", "**III. Aftermath**".
_BOLD_LINE = re.compile(r"[ \t#]*(?:\*\*|__)[^*_\n]{1,80}(?:\*\*|__)[ \t]*")
#: A heading that opens with its part's number: "**3. Kurz's tweet !**", "## 2) The reply".
_NUMBERED_TITLE = re.compile(r"[ \t]*(?:#{1,6}[ \t]+)?[*_]*\d{1,3}(?:\.{1,3}|\))[ \t]")
#: A day told from the day of writing: a heading's "TODAY" is the publication's day.
_AGO = re.compile(r"(?i)(?<![\w-])ago(?![\w-])")
#: A past perfect right before an occasion's noun: "had given an (interview)".
_HAD_BEFORE_OCCASION = re.compile(r"(?<![\w-])had\s+(?:[\w-]+\s+){0,3}$")
#: A part of the day told from the writing: "**This morning**" over a diary's entry.
_THIS_PART_OF_DAY = re.compile(letter_branches([r"this\s+(?:morning|afternoon|evening)"], r"(?![\w-])", ignorecase=True,
                                               not_after=r"[\w-]"))
#: How many paragraphs after the day told an event's "the following day" still counts from it.
NEXT_DAY_PARAGRAPHS = 4
#: How many paragraphs after a day of the week told (``next_week``) a bare weekday is still in it.
TOLD_WEEK_PARAGRAPHS = 3
#: How far after the last day told a day long before the writing still carries on the story (``_story_goes_on``).
STORY_GOES_ON_DAYS = 31
#: How many paragraphs back a month told without its year looks for the story's time (``_forward_months``,
#: and ``EventAnchors.resolve`` for events).
FORWARD_MONTH_PARAGRAPHS = 6
#: How far before the day an event's relative date would count from a month told just before
#: must end for "a week later" not to count from that day: the story is told in that month.
STORY_TOLD_BACK = 62
#: How far back a docket's or a log's entry heading ("**[3] 08.04.2024, 10:00 · Public sitting …**")
#: may date its entry: the year before the page (``_CODE_DATE_TITLE``).
ENTRY_DAYS_BACK = 366
#: How far back (in paragraphs) a card shown in a transcript counts from the card before it.
INSERT_PARAGRAPHS = 6
#: How far back (in paragraphs) the same speaker's dated statement still dates a statement.
SAME_SPEAKER_PARAGRAPHS = 3


def _as_day(value) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


#: A record's caption, a line that opens with the noun of what the record is: "Recording of …",
#: "Letter in which …", "Screenshot of …" (not a story's sentence, "Years later Tusk called it …").
_RECORD_CAPTION = re.compile(r"[ \t*_]*(?:Recording|Letter|Photo|Photograph|Still|Screenshot|Image|Video|Clip|Post|"
                             r"Statement|Transcript|Scan|Copy|Note|Memo|Speech|Audio|Footage|Poster|Leaflet|Document|"
                             r"Interview|Broadcast|Press\s+release|Tweet|Message|Cable|Telegram)s?\s+(?:of|by|from|in|with|"
                             r"to|showing|where|which)(?![\w-])")
#: A day in brackets that ends a heading, its month named: "(10 November 2020)", "(Thursday 9 October)"
#: (not "(use with -002: file portrait)").
_DAY_IN_BRACKETS_END = re.compile(r"\((?=[^()\n]*\d)[^()\n]{0,20}?(?i:" + MONTH_NAME + r")[^()\n]{0,20}\)[ \t*_]*$")
#: A record's field line, a list's item or not: "- **Description:** …", "*Author:* …", "Date: …".
_RECORD_FIELD_LINE = re.compile(r"[ \t>]*(?:[-•*][ \t]+)?(?:\*\*|__|\*|_)?[A-Z][\w ]{1,30}(?:\*\*|__|\*|_)?:")
#: A date field of an event, not of words: "Held:".
_EVENT_FIELD = re.compile(r"[ \t>]*(?:[-•*][ \t]+)?(?:\*\*|__|\*|_)?Held\b")


#: How far back a bare date may look from the later day the story reached for "the Thursday" to
#: count from that later day (``_after_flashback``): a reason told, not a history.
_FLASHBACK_DAYS = 92


#: How far a thing came ahead of its schedule: "three months early", "two weeks ahead of schedule"
#: (``dates``' "ahead"): when it came, counted back from when it was due, no time of anyone's words
#: ("as the containers landed at Pristina airport, three months early: “…”").
_AHEAD_OF_SCHEDULE = re.compile(r"(?i)(?:early|ahead\s+of\s+\w+|earlier\s+than\s+\w+)$")
#: A word before a lead-in's date that makes it the day of an event, not of the words below it
#: ("After the raid on 1 March, governments reacted:", "since … on 8 November:", "on the anniversary of …",
#: "Ahead of the vote on 8 June:", "On the eve of …").
_LEAD_IN_EVENT = re.compile(r"(?i)(?<![\w-])(?:after|before|since|following|until|amid|when|anniversary|ahead|eve)(?![\w-])")
#: What opens a list's item: "- ", "1. ", "(a) ", "(iii) ", "**(b)** " (``ArticleTimeline.lead_in``).
_LIST_ITEM = re.compile(r"[ \t>]*[*_]{0,2}(?:" + v.LIST_MARK + r"|\(?[ivx]{1,5}[.)])[*_]{0,2}[ \t]+")


class ArticleTimeline:
    """The dateline, dated sections and narrative time of one article (module doc). ``text``
    is the body the narrative time is read from (the body with quotes masked, for statements)."""

    def __init__(self, article: Article, text: str | None = None, relayed: list | None = None):
        self.published = _as_day(article.meta.published)
        self.text = text if text is not None else article.text
        #: the order, day or month first, of the text's slashed dates where one cannot be mistaken
        #: ("23/01"), for those either could read ("01/12") in a paragraph that tells none
        self.slash_order = slash_order(self.text)
        #: the day the text says it was written, closed or last brought up to date, before it was
        #: published ("Sheet closed: Thu 9 Oct, 22:40" over a sheet published a week later): what its
        #: "today" and "yesterday" count from (``written_day``); else the publication date
        self.written = written_day(article.text, article.passages, self.published)
        self.dateline: tuple[int, int, DateValue | None] | None = None
        self._citations: list[tuple[int, int]] | None = None  # sources cited by name and day (``_in_source_citation``)
        self.sections: list[tuple[int, DateValue]] = []
        self.section_starts: list[int] = []
        self.timestamps: list[tuple[int, int]] = []
        self.inline_stamps: dict[int, tuple[int, int]] = {}  # paragraph start -> the time it opens with
        self.scene_days: set[int] = set()  # the sections a title card's line dates (``slug_line``)
        #: a table row that opens with a time of day: its start -> (its end, the time's span)
        self.row_stamps: dict[int, tuple[int, tuple[int, int]]] = {}
        #: the article's first passage of text or heading: where a standfirst would be
        self.first_passage = next((p for p in article.passages if p.kind in ("text", "heading")
                                   and article.text[p.start:p.end].strip(" \t-*_")), None)  # (not a rule, "---")
        self.paras = [p for p in article.passages if p.kind in ("text", "bullet")]
        #: a piece that looks back a year, by its title or first passage (``dates.RETROSPECTIVE``)
        self.retrospective = bool(RETROSPECTIVE.search(article.meta.title or "") or self.first_passage is not None and
                                  RETROSPECTIVE.search(article.text, self.first_passage.start, self.first_passage.end))
        self.para_starts = [p.start for p in self.paras]
        #: the article's headings, stage directions in brackets left out (``stage_direction``); the
        #: events' anchors read the same list
        self.headings = [p for p in article.passages if p.kind == "heading" and not stage_direction(article.text[p.start:p.end])]
        self.heading_starts = [p.start for p in self.headings]
        self._heading_spans = [(p.start, p.end) for p in self.headings]
        self._found: dict[int, list] = {}
        self._timed: set[int] = set()  # paragraphs that tell a time, resolved or not (``_expressions``)
        #: paragraphs whose every time counts from a day told before and stays within it or the
        #: night after ("Đurić followed within hours"): the story has not left that day
        self._same_day: set[int] = set()
        self._looked_back: set[int] = set()  # paragraphs whose relative day counts from one further back (``_day_before``)
        self._years: list[tuple[int, int, int]] | None = None  # (``story_year``: (offset, year, month), found when first asked)
        #: a weekday after "the" -> the day told above it is (``_definite_weekdays``)
        self.definite: dict[int, DateValue] = {}
        self._standfirst: dict[str | None, DateValue | None] = {}  # (``standfirst_occasion``, by its words)
        self._lead_occasion: tuple | None | bool = False  # not looked for yet
        self._weekday_lead: bool | None = None
        self._weeks: dict[int, tuple[dt.date, int] | None] = {}  # paragraph -> the week told at its end
        self._heading_weeks: dict[int, list] = {}  # paragraph -> the days its headings tell (``_heading_days``)
        self._days_after: dict[int, list] = {}  # paragraph -> its days told from one it lacks ("the next day")
        #: paragraph start -> the date it opens with, a timeline's entry ("- **December 2022.** …")
        self.leads: dict[int, DateValue] = {}
        self.lead_ends: dict[int, int] = {}
        #: texts relayed whole (a listener's letter read out, ``quotes.relayed_quotes``; ``relayed``:
        #: those the extraction's context found) and the day the sentence before each says it was
        #: written: (start, end, day), what its "yesterday" counts from
        self.relayed = _relayed_texts(article.text, self.paras, self.written, relayed)
        #: paragraph start -> the day its closing signature gives: what "tonight" in it counts from
        #: (not the day of the words it quotes: a comment quotes what was said before it)
        self.signed: dict[int, dt.date] = {}
        #: a dated section's heading start -> (its end, the day its own words count from): "*Comment
        #: · 2 days ago*" counts from the page's date, not from the section it opens
        self.heading_refs: dict[int, tuple[int, dt.date]] = {}
        #: the starts of headings that are only a day ("**25 TUE**", "Tuesday 25 January"): a diary's
        #: or a log's, whose lines tell what happened that day (``entry_date``)
        self.bare_day_headings: set[int] = set()
        #: the starts of the sections a record's field of when words were said opens ("**Made:** 9
        #: October 2025, …"): the day of those words, not the day the text under it counts from
        self.record_fields: set[int] = set()
        #: the starts of the sections a message's sending field opens ("**Sent:** Friday, October
        #: 10, 2025 7:02 AM"): the day the text under it was written, which may tell earlier days
        #: (``story_in_field``)
        self.field_sections: set[int] = set()
        #: the starts of the sections a periodical's page line opens ("**Te Awa Evening Post, Volume
        #: 141, Issue 302, Wednesday 28 December 2016, Page 7**"): the day the page was printed, what
        #: its "yesterday" and weekdays count from, and no day of the words it reports (told before)
        self.printed_sections: set[int] = set()
        #: the starts of record fields of any label read as fields of when (``_record_date_field``)
        self._any_label_fields: set[int] = set()
        self._when_labels: set[str] = set()  # (their labels, lower case)
        self._record_end: int | None = None  # (where the last such record's field lines end)
        self._record_openings: set[int] = set()  # (sections a record's date field under its lines opened)
        self._outer: DateValue | None = None  # (the day in force before those records)
        #: the starts of sections a day and a topic head ("## Saturday: the recall"): told later, their
        #: "yesterday" counts from the day the text was written
        self._topic_days: set[int] = set()
        #: year sections: (start, year) where a heading or a paragraph's lead that is only a year
        #: opens one ("## 2024", "**2024.** In this year, …"), (start, 0) where the next heading
        #: ends it (``year_at``)
        self.years: list[tuple[int, int]] = []
        year_level = 0  # (the heading level of the last year's heading; 7 for a paragraph's lead)
        day_level = 0  # the heading level of the last dated section's heading
        passages = [p for p in article.passages if p.kind != "excluded"]
        #: a day counter's Day 1 ("Day 1 is Wednesday 8 October 2025"): its entries open with "Day 2."
        first_day = day_one(article.text, self.published)
        titled = _weekday_titles(article.text, passages, self.published)
        titled.update({k: d for k, d in _numbered_weekday_days(article.text, passages, self.published,
                                                                article.meta.title or "").items() if k not in titled})
        #: passage index -> the day a line that only signs the entry above it gives (``_closing_signature``)
        closing = {k: day for k, p in enumerate(passages) if p.kind == "heading" and
                   (day := _closing_signature(article.text[p.start:p.end], self.published)) is not None}
        series = date_line_series(article.text)  # (date lines in figures with two-digit years: two or more)
        logged_sections: set[int] = set()  # (the starts of sections a header of fields in a text line dated)
        for k, p in enumerate(passages):
            line = article.text[p.start:p.end]
            if self._record_end is not None and p.start > self._record_end:
                if self.sections and self.sections[-1][0] in self._any_label_fields:
                    # (the record's lines end: its day dates nothing after them; the day around it again)
                    self.sections.append((p.start, self._outer))
                    self.section_starts.append(p.start)
                self._record_end = None
            if p.kind == "heading" and (year := _YEAR_HEADING.fullmatch(line)) is not None:
                self.years.append((p.start, int(year.group("year"))))
                year_level = _heading_level(line)
            elif p.kind == "heading" and self.years and self.years[-1][1] and _heading_level(line) <= year_level:
                self.years.append((p.start, 0))
            elif p.kind == "text" and (year := _RUN_IN_YEAR.match(line)) is not None and not _BOLD_YEAR_LEAD.match(line) and \
                    (year.group("alone") is not None or _PLAIN_DATELINE.match(line) is not None):
                # ("*2013.* In March …", "*Summary of 2012 reports.* Kochi, Feb 16: …": a run-in heading of a year
                # alone, or over the paragraph's own dateline, whose paragraphs' days without a year are of it; not
                # "*Born 1964.* Ali grew up …"; a bold year alone is a lead's, below)
                self.years.append((p.start, int(year.group("year"))))
                year_level = 7
            elif p.kind == "text" and self.years and self.years[-1][1] and year_level == 7 and _RUN_IN_HEADING.match(line):
                self.years.append((p.start, 0))  # (another run-in heading, of no year: "*Since then.* On March 3 …")
            scene = p.kind == "text" and slug_line(line)
            header_day = record_header_day(line, self.published) if _HEADER_FIELD_SEPARATOR.search(line) else None
            logged = p.kind == "text" and not scene and header_day is not None
            if p.kind in ("text", "heading") and not scene and not logged and len(line) <= 90 and \
                    (cut := source_label_day(line, self.published)) is not None:
                # ("**Page 1.** Pencilled above: *Reuters · 15.X.14.*": a cutting's source and day over it)
                header_day, logged = cut, True
            elif p.kind in ("text", "bullet") and not scene and not logged and len(line) <= 120 and \
                    (named := _FILE_NAME_FIELD.fullmatch(line)) is not None:
                # ("* FROM CLIP NAME: RAI_ROME_09JUN2011_BERLUSCONI.MXF": a record's source file, named
                # with the day it was recorded, dates the record's lines under it; one with no day
                # ends the day of the record before)
                found = find_temporal_expressions(named.group("file").replace("_", " "), self.published,
                                                  p.start + named.start("file"))
                header_day = found[0].date if len(found) == 1 and found[0].date is not None and \
                    found[0].date.precision == "day" else None
                if header_day is not None:
                    logged = True
                elif self.sections and self.sections[-1][1] is not None:
                    self.sections.append((p.start, None))
                    self.section_starts.append(p.start)
            elif p.kind == "text" and not scene and not logged and "," in line and len(line) <= 90 and \
                    (dispatch := _DISPATCH_DATELINE.fullmatch(line)) is not None:
                # ("(Telegraphic.) Pristina, October 8, 2025, 11.20 p.m.": a dispatch's dateline, its note blanked)
                line, logged = " " * dispatch.start("place") + line[dispatch.start("place"):], True
            if p.kind == "heading" or scene or logged:
                # (a date line in figures with a two-digit year, "**1.3.22**", only in a series of them,
                # ``dates.date_line_series``; one alone may be a clause's or a version's number)
                figures_line = "." in line and FIGURES_DATE_LINE.fullmatch(line) is not None
                if TIMESTAMP.fullmatch(line.strip()):
                    self.timestamps.append((p.start, p.end))
                    continue
                # ("TODAY" over a diary's items, "2 days ago" over a search result: counted from the
                # day it is published, whatever section came before; so does a title over its weekday)
                ref = self.written if DEICTIC_DAY.search(line) or _THIS_PART_OF_DAY.search(line) or \
                    "ago" in line and _AGO.search(line) or \
                    p.start in titled else self.reference(p.start)
                date = titled.get(p.start) or (scene_after(line, self.sections) if scene else None) or \
                    (header_day if logged else None) or \
                    (None if figures_line and not series else _heading_date(line, ref, p.start, self.published)) or \
                    _date_field(line, self.published, p.start) or self._record_date_field(passages, k) or \
                    filing_stamp(line, ref, self.published) or \
                    (occasion_by_day(line, ref, self.published) if p.kind == "heading" else None)
                if date is not None and date.precision == "day" and p.start not in titled and \
                        (weekday := _bare_weekday(line)) is not None and \
                        (placed := self._weekday_heading_day(article.text, p.start, weekday)) is not None:
                    date, ref = placed, placed.earliest  # (and the heading's own weekday counts from it)
                if date is not None and (topic := _DAY_THEN_TOPIC.fullmatch(line)) is not None and \
                        _bare_weekday(topic.group("day")) and not _bare_weekday(line[topic.end("day"):]):
                    # (a day, then the topic of its section: "## Saturday: the recall" in notes written on
                    # the Monday after, whose "yesterday" counts from that Monday; none when the text
                    # under it looks ahead, a preview's "**Thursday: Belgrade meets Ankara**" over
                    # "Vučić will arrive …")
                    nxt = next((q for q in passages[k + 1:] if q.kind in ("text", "bullet")), None)
                    if nxt is not None and _TEXT_AHEAD.search(_QUOTED.sub("", article.text[nxt.start:min(nxt.end, nxt.start + 200)])):
                        date = None
                    else:
                        self._topic_days.add(p.start)
                if date is None and self.sections and (noted := _BOLD_TITLE_THEN_NOTE.fullmatch(line)) is not None:
                    before, note = self.sections[-1][1], noted.group("note").strip()
                    if SAME_OCCASION_NOTE.fullmatch(note):
                        date = before  # "**2. Strache !?** (same news conference)": the section before's day
                    elif NEXT_DAY_NOTE.fullmatch(note) and before is not None and before.precision == "day":
                        date = DateValue.day(before.earliest + dt.timedelta(days=1))  # "(the following day)"
                if date is not None and (_SENT_FIELD.match(line) or _letter_date_line(article.text, line, passages, k)):
                    self.field_sections.add(p.start)
                if date is not None and date.earliest > self.published and \
                        not _counts_back_from(article.text, p.end, _section_end(article.text, p.end)):
                    # (a fact box's "**Date:** 12 April 2026", the day of a vote ahead: no section of words
                    # said; but a page-a-day calendar's "**SATURDAY 18 JULY 2015**" over "a year ago today"
                    # is what its lines count back from, though its own day dates nothing)
                    date = None
                if date is not None:
                    self.sections.append((p.start, date))
                    self.section_starts.append(p.start)
                    self.heading_refs[p.start] = (p.end, ref)
                    if header_day is not None and (logged or p.kind == "heading"):
                        logged_sections.add(p.start)
                    if _PRINTED_PAGE.search(line):
                        self.printed_sections.add(p.start)
                    if scene:
                        self.scene_days.add(p.start)
                    if _DAY_NUMBER_WEEKDAY.fullmatch(line) or (
                            (only := find_temporal_expressions(line, ref, p.start)) and len(only) == 1 and
                            not re.sub(r"[\W_]+", "", line.replace(only[0].text, ""))):
                        self.bare_day_headings.add(p.start)
                    day_level = _heading_level(line)
                    if _RECORD_FIELD.match(line) or p.start in self._any_label_fields:
                        self.record_fields.add(p.start)
                elif self.sections and self.sections[-1][1] is not None and \
                        self.section_starts[-1] in logged_sections and _BOLD_LINE.fullmatch(line):
                    # (a header of fields in a text's middle, "**From:** … · **Sent:** Wed 3 Jan 2024", dates
                    # the extract under it up to a bold line, "**END OF EXTRACT**"; a desk note's plain
                    # "STATE OF PLAY" goes on under it)
                    self.sections.append((p.start, None))
                    self.section_starts.append(p.start)
                elif self.sections and self.sections[-1][1] is not None and _YEAR_LABEL.match(line) and \
                        _YEAR_LABEL.match(article.text, self.section_starts[-1]):
                    # (the next heading of a timeline's years that dates it not: "**2022 · Storskog | crisis
                    # Wednesday 15 June 2022**" after "**2020 · Centenary | letter Monday 10 February 2020**";
                    # the year before ends there)
                    self.sections.append((p.start, None))
                    self.section_starts.append(p.start)
                elif self.sections and self.sections[-1][1] is not None and \
                        (_BOLD_LABEL_THEN_DATE.match(line) or _ENTRY_HEADER.match(line) or
                         # (or the next entry of a coded series, "**Card 3 · Petro on X**" after "**Card 2 ·
                         # Maduro, Friday 10 January**": its own card, no day told)
                         (coded := _CODED_HEADING.match(line)) is not None and
                         (before := _CODED_HEADING.match(article.text, self.section_starts[-1])) is not None and
                         coded.group("word") == before.group("word")):
                    # ("**Planned** · 15 July 2025", "**Note on sources** · March 2025", "**Exhibit No. 3**
                    # · …": an entry's header with no day the words under it were written on ends the
                    # entry before)
                    self.sections.append((p.start, None))
                    self.section_starts.append(p.start)
                elif self.sections and self.sections[-1][1] is not None and _SECTION_TITLE.fullmatch(line.strip()) \
                        and not _NAME_AFTER_FIRST.search(line.strip(" #*_")) and not _QUOTING_HEADLINE.search(line) \
                        and _heading_level(line) <= day_level \
                        and not self._entry_follows(article.text, passages, k):
                    self.sections.append((p.start, None))  # "**What the table shows**": the day's section ends
                    self.section_starts.append(p.start)
                elif self.sections and self.sections[-1][1] is not None and (
                        _NUMBERED_TITLE.match(line) and _NUMBERED_TITLE.match(article.text, self.section_starts[-1]) or
                        _BOLD_LINE.fullmatch(line) and _BOLD_TITLE_THEN_NOTE.match(article.text, self.section_starts[-1]) or
                        # (or the next record's heading after a record its date field dated, "## Exhibit K-5 …"
                        # after "## Exhibit K-4 …" and its "- **Date:** 3 October 2025"; or a title with a
                        # day in brackets that dates no words, "## Reactions to the 2020 ceasefire (10
                        # November 2020)": the day before ends there)
                        self.section_starts[-1] in self._record_openings or _DAY_IN_BRACKETS_END.search(line)):
                    # (or a bold title after one with its day noted: "**Part B — Budapest responds**"
                    # after "**Part A — The clash** (Tuesday 4 March)")
                    # "**3. Kurz's tweet !**" after "**2... The cross and the crescent ??** (Saturday 9
                    # June, Istanbul)": the next numbered part, with no day of its own
                    self.sections.append((p.start, None))
                    self.section_starts.append(p.start)
            if p.kind in ("text", "bullet") and self.years and self.years[-1][1] and \
                    not _BOLD_YEAR_LEAD.match(line) and _PRESENT_TIME.search(_QUOTED.sub("", line)):
                # ("On Tuesday Orbán told …", "yesterday": the story is back in the present, out of the year)
                self.years.append((p.start, 0))
            if p.kind in ("text", "bullet") and (signed := _signature_date(line, self.published)) is not None:
                self.signed[p.start] = signed  # "… Vučić wrote tonight …  — Ohridski (talk) 21:05, 8 October 2025 (UTC)"
            elif (signed := closing.get(k)) is not None and k + 1 not in closing:
                # (a signature on a line of its own under an entry, "by **drina_bridge** October 9, 2025 ·
                # 👍 412": the day the lines above it were written, back to the heading or signature before;
                # not a list of such lines, a piece's sources: "by Reuters October 9, 2025 · reuters.com")
                # (back to the heading only where the text signs its entries so, twice or more: one such
                # line, a comment quoted under a blog's section, signs only the passage right above it)
                j, stop = k - 1, -1 if len(closing) > 1 else k - 2
                while max(stop, -1) < j and passages[j].kind in ("text", "bullet") and passages[j].start not in self.signed:
                    self.signed[passages[j].start] = signed
                    j -= 1
            if (row := _ROW_TIME.match(line)) is not None:  # "| 17:14 | Vučić | X | … |" in a dated section
                self.row_stamps[p.start] = (p.end, (p.start + row.start("time"), p.start + row.end("time")))
            elif p.kind == "text" and (_CODE_DATE_TITLE.match(line) or _SCENE_HEADING.fullmatch(line)) and \
                    (entry_day := _heading_date(line, self.reference(p.start), p.start, self.published)) is not None:
                # (a docket's entry heading too long to read as a heading, "**[5] 30.04.2024 · Order on the
                # request for the indication of provisional measures; press release No. 2024/37.**": its section)
                self.sections.append((p.start, entry_day))
                self.section_starts.append(p.start)
                day_level = 7  # (below every "#": the next heading ends it)
            elif p.kind in ("text", "bullet") and (lead := _lead_date(line, self._lead_reference(p), p.start,
                                                                     self._entry_before(p) is not None, self.story_year,
                                                                     self.published)
                                                    or self._weekday_after_lead(line, p)
                                                    or first_day and _counted_day(line, first_day, p.start)):
                self.leads[p.start], self.lead_ends[p.start] = lead
                if lead[0].precision == "year" and p.kind == "text" and _BOLD_YEAR_LEAD.match(line):
                    # ("**2024.** In this year, …": the year's section, to the next heading, lead or present
                    # time; not a list's "- 2024: …" nor "2024 — the year …")
                    self.years.append((p.start, lead[0].earliest.year))
                    year_level = 7
                elif self.years and self.years[-1][1] and year_level == 7 and lead[0].earliest.year != self.years[-1][1]:
                    self.years.append((p.start, 0))  # (another lead: "**March 2025.** …"; not one of the year's own
                    # days, "*2012.* Kochi, Feb 16: …")
            elif p.kind in ("text", "bullet") and (field := (plain := _date_field(line, self.published, p.start)) or
                                                    self._record_date_field(passages, k) or
                                                    filing_stamp(line, self.reference(p.start), self.published)) is not None:
                # a record's field of its date, "Date(s): 24 April 2018 [late evening]": the record's
                # lines under it are of that date, as under a day's heading; and so are its lines
                # above it, up to the record's heading, when it closes them (``_record_opening``)
                start = self._record_opening(article.text, passages, k) if plain is not None and \
                    not _EVENT_FIELD.match(line) else p.start
                if start != p.start:
                    self._record_openings.add(start)
                self.sections.append((start, field))
                self.section_starts.append(start)
                if _RECORD_FIELD.match(line) or p.start in self._any_label_fields:
                    self.record_fields.add(p.start)
                elif _SENT_FIELD.match(line):
                    self.field_sections.add(p.start)
            elif p.kind in ("text", "bullet") and (cited := _citation_date(line, self.published, p.start)) is not None:
                # a reference list's entry, '**1.** "Headline." *The Week*, 17 June 2020.': the
                # annotation under it is of that day, as under a day's heading
                self.sections.append((p.start, cited))
                self.section_starts.append(p.start)
            elif p.kind in ("text", "bullet") and (stamp := INLINE_TIMESTAMP.match(line)):
                # "**14:05** Tusk called …", "15:30 — Budapest recalled …": an entry with its time inline
                g = "time" if stamp.group("time") else "part" if stamp.group("part") else "plain"
                self.inline_stamps[p.start] = (p.start + stamp.start(g), p.start + stamp.end(g))
            elif self.dateline is None and p.kind == "text" and p is self.paras[0]:
                m = v.DATELINE.match(line)
                if m:
                    when = None
                    if m.group("when"):
                        exprs = find_temporal_expressions(m.group("when"), self.published)
                        when = exprs[0].date if exprs and exprs[0].date is not None else None
                    self.dateline = (p.start + m.start(), p.start + m.end(), when)

        if running_time_codes([self.text[a:b] for a, b in self.inline_stamps.values()]):
            self.inline_stamps = {}  # (a script's running time, "00:03 — …" to "02:12 — END.": no time of day)

    def _record_opening(self, body: str, passages: list, k: int) -> int:
        """Where the record whose date field is passage ``k`` opens: the first line under the
        heading above it ("## File:Kurti Facebook post.png" over "- **Description:** … “…”" and
        "- **Date:** 8 October 2025"), when only the record's field lines stand between, none of
        them dated (a date field, a timeline's entry) and no dated section opened since the heading,
        and the field is no event's ("Held:"); else the field's own line."""
        j = k - 1
        while j >= 0 and passages[j].kind in ("text", "bullet"):
            if not _RECORD_FIELD_LINE.match(body, passages[j].start, passages[j].end) or passages[j].start in self.leads \
                    or _date_field(body[passages[j].start:passages[j].end], self.published, 0):
                break
            j -= 1
        if j > 0 and passages[j].kind in ("text", "bullet") and passages[j - 1].kind == "heading" and \
                _RECORD_CAPTION.match(body, passages[j].start, passages[j].end):
            j -= 1  # (or the record's caption first, "Recording of William Ruto telling troops …", then fields)
        if j < 0 or j == k - 1 or passages[j].kind != "heading" or \
                self.section_starts and self.section_starts[-1] >= passages[j].start and \
                not (self.section_starts[-1] == passages[j].start and self.sections[-1][1] is None):
            return passages[k].start
        return passages[j + 1].start

    def story_year(self, pos: int, month: int) -> int | None:
        """The year the text last tells with ``month`` before ``pos`` ("April 2012", "10–23 APRIL
        2012", "In November 2020", a timeline's "2023 July -"): the story told there, whose year a weekday and a day of that
        month that fit no year near the publication are of (``dates.find_temporal_expressions``'
        ``story_year``)."""
        if self._years is None:
            self._years = [(m.start(), int(m.group()), month_num(mo.group("month")))
                           for m in _YEAR_NUMBER.finditer(self.text)
                           if (mo := _MONTH_BEFORE_YEAR.search(self.text, max(0, m.start() - 16), m.start()) or
                               _LINE_OPENS_BEFORE.search(self.text, max(0, m.start() - 8), m.start()) and
                               _MONTH_AFTER_YEAR.match(self.text, m.end()))]
        k = bisect.bisect_left(self._years, (pos, 0, 0))
        return next((year for _, year, mo in reversed(self._years[:k]) if mo == month), None)

    @property
    def _newest_first(self) -> bool:
        """Whether the text says its entries run newest first ("Newest entries first", "latest
        first", "in reverse chronological order")."""
        return _NEWEST_FIRST.search(self.text, 0, 2000) is not None

    def _headings_before(self, pos: int) -> list[tuple[int, int]]:
        """The spans of the headings before ``pos``."""
        return [(s, e) for s, e in self._heading_spans if e <= pos]

    def _weekday_heading_day(self, body: str, pos: int, weekday: str) -> DateValue | None:
        """The day a heading that names only a weekday ("EPISODE 2 — THURSDAY", "## Tuesday") at
        ``pos`` stands for, by one policy for days headed in turn: the same day as the dated
        section before it when it has that weekday ("**Monday evening**" after "**Monday 27
        November**"); else the next such weekday, when it is at most ``FORWARD_HEADING_DAYS`` on
        and not past the writing, unless the page says it runs newest first (a diary's or a
        series' days run forward, "## Monday" then "## Tuesday"); else the last one before ("##
        Friday 21 March" then "## Thursday"); else, as the first such heading, the last day told before it with that weekday's name
        and its date ("On Wednesday 8 October 2025 …" in a synopsis above "EPISODE 1 —
        WEDNESDAY"), when that is more than two weeks before the writing and no time told after it
        leaves its week (not "Last week's meeting, on Tuesday 4 March" over this week's "##
        Tuesday", nor "… Two weeks later the ministers met again"); else None (counted back from
        the reference, as any weekday is)."""
        wanted = WEEKDAYS.index(weekday)
        before = next((d for _, d in reversed(self.sections) if d is not None), None) if self.sections else None
        if before is not None:
            if before.precision != "day":
                return None
            if before.earliest.weekday() == wanted:
                return before  # ("**Monday evening**" after "**Monday 27 November, morning lobby**": that day)
            after = before.earliest + dt.timedelta(days=(wanted - before.earliest.weekday() - 1) % 7 + 1)
            back = before.earliest - dt.timedelta(days=(before.earliest.weekday() - wanted - 1) % 7 + 1)
            # (the next such day within FORWARD_HEADING_DAYS: "## Monday 5 May" then "## Friday" runs
            # forward; else the last one: "## Friday 21 March" then "## Thursday", newest days first)
            forward = (after - before.earliest).days <= FORWARD_HEADING_DAYS and not self._newest_first
            if forward and after > self.written and _day_named_above(body, self._headings_before(pos), after):
                return DateValue.day(after)  # (a listing's days ahead, named above: "WEEKEND TV · SATURDAY 11 – SUNDAY 12 OCTOBER")
            return DateValue.day(after) if after <= self.written and forward else DateValue.day(back)
        told = [m for m in _WEEKDAY_AND_DATE_TEXT.finditer(body, 0, pos) if body.startswith(weekday, m.start())]
        for m in reversed(told):
            exprs = find_temporal_expressions(body[m.start():m.end() + 20], self.written, m.start())
            day = exprs[0].date if exprs and exprs[0].date is not None else None
            if day is not None and day.precision == "day" and day.earliest.weekday() == wanted and \
                    (self.written - day.earliest).days > 14:
                later = find_temporal_expressions(body[exprs[0].end:pos], self.written, 0, day.earliest)
                if any(te.date is not None and te.date.earliest > day.earliest + dt.timedelta(days=6) for te in later):
                    return None  # ("… on Tuesday 4 March … Two weeks later the ministers met again" over "## Tuesday")
                return day
        return None

    @staticmethod
    def _entry_follows(body: str, passages: list, k: int) -> bool:
        """Whether the passage after heading ``k`` is a timed entry (a liveblog's headline over
        "14:05 — …" or over a time on its own line): the heading titles an entry, not a section."""
        if k + 1 >= len(passages):
            return False
        nxt = passages[k + 1]
        text = body[nxt.start:nxt.end]
        stamp = INLINE_TIMESTAMP.match(text)  # (a plain "Overnight." after "## What happens next" titles no entry)
        return TIMESTAMP.fullmatch(text.strip()) is not None or stamp is not None and not stamp.group("plain")

    def section_at(self, pos: int) -> DateValue | None:
        """The date of the dated section ``pos`` is in, else None."""
        i = bisect.bisect_right(self.section_starts, pos) - 1
        return self.sections[i][1] if i >= 0 else None

    def _record_date_field(self, passages: list, k: int) -> DateValue | None:
        """The day or month a record's field of any label holds and nothing else but a note
        ("*Vintage:* Wednesday 8 October, morning (Facebook)", "*Last run:* Friday 13 October, a
        televised lecture.", "*Vintage:* the same evening (X)", counted from the record's day
        before), when the line right above or below is a field too (a tasting note's lot, a
        racecard's runner), over field lines of which one holds a quote (not a programme's header
        block, "Recording: Fri 10 Oct, 18:00 CET" over "Moderator: …"); not a field of a life's or
        a thing's dates (``_NOT_WHEN_LABELS``)."""
        p = passages[k]
        m = v.FIELD_LABEL.match(self.text, p.start, p.end)
        if m is None or _NOT_WHEN_LABELS.search(m.group("label").strip()) or not any(
                0 <= j < len(passages) and v.FIELD_LABEL.match(self.text, passages[j].start, passages[j].end) and
                self.text[min(p.end, passages[j].end):max(p.start, passages[j].start)] == "\n" for j in (k - 1, k + 1)):
            return None
        first, run = k, k  # (the record: its field lines, one right under the other)
        while first > 0 and v.FIELD_LABEL.match(self.text, passages[first - 1].start, passages[first - 1].end) and \
                self.text[passages[first - 1].end:passages[first].start] == "\n":
            first -= 1
        while run + 1 < len(passages) and v.FIELD_LABEL.match(self.text, passages[run + 1].start, passages[run + 1].end) and \
                self.text[passages[run].end:passages[run + 1].start] == "\n":
            run += 1
        label = m.group("label").strip().lower()
        # (a record of someone's words: a field after it holds a quote, and a field names the one
        # whose words they are, "*Producer:* Albin Kurti, …", or the label dated such a record
        # before; not "*Vote:* Sunday 5 October" over a quote with its own attribution)
        if not any(q in self.text[p.end:passages[run].end] for q in "\"“") or label not in self._when_labels and \
                not any(_NAME_FIELD.match(self.text, passages[j].start, passages[j].end) for j in range(first, run + 1)):
            return None
        before = next((d for _, d in reversed(self.sections) if d is not None), None)  # (the record before's day)
        value = self.text[m.end():p.end]
        note = _FIELD_NOTE.match(value)
        if note is None or not note.group("when").strip():
            return None
        when = note.group("when")
        if SAME_OCCASION_NOTE.fullmatch(when.strip()):  # "the same evening", "late that night": the record's before
            date = before if before is not None and before.precision == "day" else None
        else:
            exprs = find_temporal_expressions(_FIELD_WEEKDAY.sub("", when), self.published, m.end())
            date = exprs[0].date if len(exprs) == 1 and exprs[0].date is not None and \
                exprs[0].date.precision in ("day", "month") and \
                not re.sub(r"[\W_]+", "", _FIELD_WEEKDAY.sub("", when).replace(exprs[0].text, "")) else None
        if date is None and label in self._when_labels and before is not None and _VAGUE_WHEN.search(when):
            # (the same field of another record that tells only the week: "*Last run:* the week after
            # the lecture", "*Vintage:* that week; no day on the label": the month of the record before)
            date = DateValue.month(before.earliest.year, before.earliest.month)
        if date is not None:
            self._any_label_fields.add(p.start)
            self._when_labels.add(label)
            if self._record_end is None:  # (the day in force around the record, back after its lines)
                self._outer = self.sections[-1][1] if self.sections else None
            self._record_end = passages[run].end
        return date

    def _scene(self, pos: int) -> int | None:
        """The index of the section a title card's line opens that holds ``pos`` (``slug_line``), else None."""
        if self.scene_days:
            i = bisect.bisect_right(self.section_starts, pos) - 1
            if i >= 0 and self.section_starts[i] in self.scene_days:
                return i
        return None

    def scene_day(self, pos: int) -> DateValue | None:
        """The day of the title card whose line holds ``pos`` (``slug_line``), else None."""
        i = self._scene(pos)
        return self.sections[i][1] if i is not None and pos < self.heading_refs[self.section_starts[i]][0] else None

    def scene_at(self, pos: int) -> dt.date | None:
        """The day of the title card whose scene holds ``pos`` (``slug_line``), else None."""
        i = self._scene(pos)
        return self.sections[i][1].earliest if i is not None else None

    def written_at(self, pos: int) -> dt.date:
        """The day the text at ``pos`` was written on: the publication's under a title card's
        scene (``slug_line``: its day is the scene's, and the narration goes on past it), else
        the ``reference``."""
        return self.published if self.scene_at(pos) is not None else self.reference(pos)

    def reference(self, pos: int) -> dt.date:
        """The day that "today", "this afternoon" or "on Sunday" at ``pos`` count from: the date
        its timeline entry opens with (its last day: "On 20 December" under "December 2022"),
        else its dated section's day, else, in a transcript's turn, the day of the occasion the
        standfirst gives (``standfirst_occasion``), else the day the text was written; a dateline's
        span of days counts from its last ("*Bern, Monday the 16th and Tuesday the 17th.*")."""
        lead = self.lead_at(pos) if self.leads else None
        if lead is not None:
            return min(lead.latest, self.published)
        if self.relayed and (written := next((day for a, b, day in self.relayed if a <= pos < b), None)) is not None:
            return written  # ("who wrote to us early on Thursday morning. … “Dear Mira, yesterday …”")
        if self.signed and (signed := self.signed_at(pos)) is not None:
            return signed.earliest
        if self.heading_refs:
            i = bisect.bisect_right(self.section_starts, pos) - 1
            own = self.heading_refs.get(self.section_starts[i]) if i >= 0 else None
            if own is not None and pos < own[0]:
                return own[1]  # (inside the heading that dates its section)
        section = self.section_at(pos) if self.sections else None
        if section is not None and self.record_fields and \
                self.section_starts[bisect.bisect_right(self.section_starts, pos) - 1] in self.record_fields:
            return self.published  # ('**Said:** 3 May 2024, …' over 'On Wednesday Tusk replied': from the page's day)
        if section is not None and self._topic_days and \
                self.section_starts[bisect.bisect_right(self.section_starts, pos) - 1] in self._topic_days:
            return self.written  # ("## Sunday: Nairobi answers" over "Yesterday the foreign ministry …", written Monday)
        if section is not None and self._in_note(pos):
            return self.published  # (the outlet's note in italics under a day's section: its "today" is the paper's)
        if section is None and self.paras and (occasion := self.standfirst_occasion(_TRANSCRIBED)) is not None and \
                self._turn(pi := self._para_index(pos)) and not _LATER_TURN.match(self.text, self.paras[pi].start):
            return occasion.earliest  # (a transcript's turns: "Four days ago" from the match its standfirst dates)
        if section is None and self.years and (year := self.year_at(pos)) and year < self.written.year:
            # (under "## 2024", "in August" is 2024's: as of the year's last month, whose days come
            # within the month after it, and January's are not the next year's)
            return dt.date(year, 12, 1)
        if section is not None and section.precision == "interval" and section.latest <= self.published and \
                (section.latest - section.earliest).days <= _DATELINE_SPAN:
            return section.latest  # (a chapter's days, "Monday the 16th and Tuesday the 17th": up to its last)
        return section.earliest if section is not None and section.precision == "day" else self.written

    def year_fixed(self, pos: int) -> bool:
        """Whether the year of the dates at ``pos`` is told by a year section or by its
        paragraph's lead ("**2022.** In this year …"): no month without its year there moves to
        the year of a story told before (``forward_month``)."""
        lead = self.lead_at(pos) if self.leads else None
        return bool(self.years and self.year_at(pos)) or lead is not None and lead.precision == "year"

    def year_at(self, pos: int) -> int:
        """The year of the year section ``pos`` is in (``years``: under "## 2024" or after a
        paragraph that opens "**2024.**", to the next heading of its level or above), else 0."""
        i = bisect.bisect_right(self.years, (pos, 10_000)) - 1
        return self.years[i][1] if i >= 0 else 0

    def in_printed_section(self, pos: int) -> bool:
        """Whether ``pos`` is under a periodical's page line (``printed_sections``)."""
        if not self.printed_sections:
            return False
        i = bisect.bisect_right(self.section_starts, pos) - 1
        return i >= 0 and self.section_starts[i] in self.printed_sections

    def story_in_field(self, pos: int) -> DateValue | None:
        """The narrative time at ``pos`` (told before it in its paragraph, or in the paragraph
        before with no heading between) when ``pos`` is under a message's sending field
        ("**Sent:** Friday, October 10, 2025") and that time is an earlier day ("On Wednesday
        morning a cargo plane landed … Kurti wrote that …"): the story the message tells back,
        not the day it was written; else None. (Not a meeting's "Held:" field: the words under it
        are said at the meeting; nor a month told, "signed last December": background; nor a day
        told above a quote sheet's next item's heading.)"""
        if not self.field_sections:
            return None
        i = bisect.bisect_right(self.section_starts, pos) - 1
        if i < 0 or self.section_starts[i] not in self.field_sections or self.sections[i][1] is None:
            return None
        told = self.narrative(pos)
        pi = self._para_index(pos)
        if told is None and pi > 0 and self.paras[pi - 1].start > self.section_starts[i] and \
                not self._heading_between(self.paras[pi - 1].end, self.paras[pi].start):
            told = self.previous_paragraph(pos)
        if told is None or told.precision not in ("day", "interval"):
            return None
        return told if told.earliest < self.sections[i][1].earliest else None

    def _in_note(self, pos: int) -> bool:
        """Whether ``pos`` is in a paragraph wholly in italics: the outlet's own note ("*Lula
        answered at his own press conference in New York today. …*")."""
        i = bisect.bisect_right(self.para_starts, pos) - 1
        if i < 0 or _ITALIC_NOTE.fullmatch(self.text, self.paras[i].start, self.paras[i].end) is None:
            return False
        # (among the section's roman paragraphs: a diary written all in italics is its entries)
        k = bisect.bisect_right(self.section_starts, pos) - 1
        lo = self.section_starts[k] if k >= 0 else 0
        hi = self.section_starts[k + 1] if k + 1 < len(self.section_starts) else len(self.text)
        return any(lo <= p.start < hi and _ITALIC_NOTE.fullmatch(self.text, p.start, p.end) is None for p in self.paras)

    def signed_at(self, pos: int) -> DateValue | None:
        """The day the closing signature of ``pos``'s paragraph gives, else None."""
        i = bisect.bisect_right(self.para_starts, pos) - 1
        day = self.signed.get(self.paras[i].start) if i >= 0 else None
        return DateValue.day(day) if day is not None else None

    def lead_at(self, pos: int) -> DateValue | None:
        """The date the paragraph of ``pos`` opens with (a timeline's entry), else None."""
        i = bisect.bisect_right(self.para_starts, pos) - 1
        return self.leads.get(self.paras[i].start) if i >= 0 else None

    def in_lead(self, pos: int) -> bool:
        """Whether ``pos`` is in the date a paragraph opens with (not a date told in it)."""
        i = bisect.bisect_right(self.para_starts, pos) - 1
        return i >= 0 and pos < self.lead_ends.get(self.paras[i].start, -1)

    def _weekday_after_lead(self, line: str, p) -> tuple[DateValue, int] | None:
        """A weekday alone leading an entry ("**Wednesday.** The drones land …") after an entry
        led by a day's date in the paragraph before ("**Monday, 6 October.** …"), a diary of the
        week: the first such weekday after that day, within the week; else None."""
        if not self.leads:
            return None
        m = _LEAD.match(line)
        i = bisect.bisect_left(self.para_starts, p.start)
        before = self.leads.get(self.paras[i - 1].start) if m is not None and 0 < i <= len(self.paras) else None
        if before is None or before.precision != "day" or not _BARE_WEEKDAY.fullmatch(m.group("date").strip()):
            return None
        target = WEEKDAYS.index(m.group("date").strip())
        day = before.earliest + dt.timedelta(days=(target - before.earliest.weekday()) % 7 or 7)
        return (DateValue.day(day), p.start + m.end()) if day <= self.published else None

    def _entry_before(self, p) -> DateValue | None:
        """The date of the entry right before paragraph ``p``, when the paragraph before it is one."""
        i = bisect.bisect_left(self.para_starts, p.start)
        return self.leads.get(self.paras[i - 1].start) if 0 < i <= len(self.paras) else None

    def _lead_reference(self, p) -> dt.date:
        """What an entry's own date counts from: under a year's heading or run-in ("## 2012",
        "*2012.* Kochi, Feb 16: …"), that year, unless the entry right before is of it (the year's
        first of December, as ``reference`` counts a year section's days: a day of the year's last
        weeks is still that year's, January's not the next; the day written if that is sooner); else
        the entry right before it, when the paragraph before this one is an entry ("8 October,
        evening" after "8 October 2025, afternoon"); else the day written."""
        before = self._entry_before(p)
        if self.years and (year := self.year_at(p.start)) and year <= self.written.year and \
                (before is None or before.latest.year != year):
            # ("*2012.* Kochi, Feb 16: …": under a year's run-in heading, of that year, not the entry's before)
            return min(dt.date(year, 12, 1), self.written)
        return min(before.latest, self.published) if before is not None else self.written

    def entry_date(self, sentence) -> tuple[tuple[int, int], DateValue] | None:
        """For a sentence of a liveblog entry (a paragraph right after a timestamp, or opening
        with one, in a dated section): the timestamp's span and the section's day; else None. A
        sentence after the entry's first is one only when it tells an act, not a state or a
        background ("The two men have disagreed for a decade", "He is the first …")."""
        day = self.section_at(sentence.start)
        if day is None or day.precision != "day":
            return None
        i = bisect.bisect_right(self.para_starts, sentence.start) - 1
        if i >= 0 and self.paras[i].start < sentence.start and not sentence.text.lstrip(" *_").startswith("|") \
                and _BACKGROUND.search(_MAIN_CLAUSE.match(sentence.text).group()):
            return None
        if self.row_stamps:  # a row of a table of the day's times ("| 17:14 | … |")
            row = max((r for r in self.row_stamps if r <= sentence.start), default=None)
            if row is not None and sentence.start < self.row_stamps[row][0]:
                return self.row_stamps[row][1], day
        if i < 0:
            return None
        if self.paras[i].start in self.inline_stamps:  # its time at its start ("**14:05** Tusk called …")
            return self.inline_stamps[self.paras[i].start], day
        stamps = [ts for ts in self.timestamps if ts[1] <= sentence.start]
        if not stamps or (i > 0 and self.paras[i - 1].start > stamps[-1][1]):
            return self._day_heading_item(sentence, day)
        return stamps[-1], day

    def clock_time_day(self, sentence) -> tuple[tuple[int, int], DateValue] | None:
        """For a sentence that tells only a time of day ("At 17:14 Vučić posted on X", "just after
        one o'clock", "by midnight"): the time's span and the day it is of, the day of its dated
        section, else, told in the past (``_PAST_ACT``), the day told last before it in its
        paragraph; else None (no day to put it on; nor a routine, a timetable or a time ahead,
        ``_HABITUAL``, ``_NOT_ONCE``)."""
        if ":" not in sentence.text and "o'clock" not in sentence.text and "o’clock" not in sentence.text and \
                "noon" not in sentence.text and "midnight" not in sentence.text:
            return None
        if (clock := _CLOCK_TIME.search(sentence.text)) is None or _HABITUAL.search(sentence.text) or \
                _NOT_ONCE.search(sentence.text):
            return None  # (a routine, a timetable or a time ahead: "Every day at noon …", "is expected shortly after noon")
        pos = sentence.start + clock.start("time")
        told = _PAST_ACT.search(sentence.text) is not None
        for day in (self.section_at(pos), self.narrative(pos) if told else None):
            if day is not None and day.precision == "day" and day.earliest <= self.published:
                return (pos, sentence.start + clock.end("time")), day
            if day is not None:
                return None  # (a month or a year told last: no day to put the time on)
        return None

    def _day_heading_item(self, sentence, day: DateValue) -> tuple[tuple[int, int], DateValue] | None:
        """A diary's or a log's line under a heading that is only its day ("**25 TUE**", "Tuesday
        25 January"), with no time of its own: its first sentence tells what happened that day (the
        heading's span and day); else None."""
        k = bisect.bisect_right(self.section_starts, sentence.start) - 1
        start = self.section_starts[k]
        end = self.section_starts[k + 1] if k + 1 < len(self.section_starts) else len(self.text)
        if start not in self.bare_day_headings or \
                any(start <= a < end for a, _b in self.timestamps) or any(start <= a < end for a in self.inline_stamps):
            return None  # (a liveblog's day, its entries timed: a line with no time is no entry of its own)
        line_lo = self.text.rfind("\n", 0, sentence.start) + 1
        if self.text[line_lo:sentence.start].strip(" \t*_" + v.JOURNAL_MARKS) or sentence.text.rstrip(" *_").endswith("?"):
            return None  # (not the line's first sentence, nor a question)
        return (start, self.heading_refs[start][0]), day

    def _in_told_weeks(self, pi: int, found: list) -> list:
        """``found`` with its bare weekdays placed in the week told day by day (``in_told_week``),
        unless a bare weekday was told before the story's first weekday-and-date (a news lead's
        "on Thursday": then the weekdays count from publication)."""
        if self._lead_weekday():
            return found
        week = self._week_before(pi)
        out = []
        for te in found:
            # (not a weekday ahead, "On Wednesday the Assembly will vote": it stays after the publication)
            moved = in_told_week(te, self._fresh(week, pi), self.text) if te.date is None or te.date.earliest <= self.published else None
            te = type(te)(te.start, te.end, te.text, moved) if moved is not None else te
            out.append(te)
            week = next_week(week, te)
        return out

    def _fresh(self, week: tuple[dt.date, int] | None, pi: int) -> dt.date | None:
        """The week's first day, when a day of it was told in paragraph ``pi`` or the three
        before (``TOLD_WEEK_PARAGRAPHS``); else None: a story that has moved on."""
        if week is None or pi - self._para_index(week[1]) > TOLD_WEEK_PARAGRAPHS:
            return None
        return week[0]

    def _week_before(self, pi: int) -> tuple[dt.date, int] | None:
        """The week told before paragraph ``pi``: at the end of the one before, then as the
        headings between them tell it (an episode's "*(covers Monday 28 and Tuesday 29 October)*")."""
        week = self._week_at_end(pi - 1)
        for te in self._heading_days(pi):
            week = next_week(week, te)
        return week

    def _heading_days(self, pi: int) -> list:
        """The days and spans of days that the headings right before paragraph ``pi`` tell with
        their dates ("**EPISODE 3** *(covers Monday 28 and Tuesday 29 October)*"): what starts the
        week its bare weekdays are told in (``next_week``), past a week told in an earlier section."""
        if not 0 <= pi < len(self.paras):
            return []
        if pi not in self._heading_weeks:
            lo = self.paras[pi - 1].end if pi > 0 else 0
            found = []
            i, j = bisect.bisect_left(self.heading_starts, lo), bisect.bisect_left(self.heading_starts, self.paras[pi].start)
            for hs, he in self._heading_spans[i:j]:
                if any(c.isdigit() for c in self.text[hs:he]):
                    # (and the first day of the headings, a record's own, with which a later day ends the week
                    # told: "**Observed:** 16 Sep 2022" over "On Saturday …", after a record of "Monday 29
                    # August"; not a record's other dates after its own, "Acquired: 3 Oct" under "Date of
                    # object: Sunday 24 September", review /tmp/rv72b)
                    for te in find_temporal_expressions(self.text[hs:he], self.reference(hs), hs):
                        if te.date is not None and (te.date.precision == "interval" or te.date.precision == "day" and
                                                    (_WEEKDAY_AND_DATE.match(te.text) or not found)):
                            found.append(te)
            self._heading_weeks[pi] = found
        return self._heading_weeks[pi]

    def _week_at_end(self, pi: int) -> tuple[dt.date, int] | None:
        """The week told (``next_week``) at the end of paragraph ``pi``; paragraphs are folded in
        order, each once."""
        if pi < 0:
            return None
        if pi not in self._weeks:
            start = max((j for j in self._weeks if j < pi), default=-1)
            week = self._weeks.get(start)
            for j in range(start + 1, pi + 1):
                for te in sorted(self._heading_days(j) + self._expressions(j) + self._days_after[j], key=lambda te: te.start):
                    week = next_week(week, te)
                self._weeks[j] = week
        return self._weeks[pi]

    def _lead_weekday(self) -> bool:
        """``weekday_lead`` of the article's text, looked up once."""
        if self._weekday_lead is None:
            # (not the weekday of a standfirst that tells the telling's occasion, "*… a lecture given on
            # Tuesday evening …*": the day of the telling; a news lead in italics is a lead, "*Serbia's
            # president on Friday renewed …*")
            p = self.first_passage
            line = self.text[p.start:p.end].strip() if p is not None else ""
            skip = p.end if _ITALIC_NOTE.fullmatch(line) and _TOLD_OCCASION.search(line) else 0
            self._weekday_lead = weekday_lead(self.text[skip:])
        return self._weekday_lead

    def week_told(self, pos: int) -> dt.date | None:
        """The day of the last weekday-and-date told before ``pos`` ("On Wednesday 8 October"),
        while the story is told in its week (``next_week``: a day of it told in the paragraph of
        ``pos`` or the three before, no later day outside it since): the week a story told day
        by day is in (none after a news lead's bare weekday, ``_lead_weekday``)."""
        if not self.paras or self._lead_weekday():
            return None
        pi = self._para_index(pos)
        week = self._week_before(pi)
        for te in self._expressions(pi):
            if te.end <= pos:
                week = next_week(week, te)
        return self._fresh(week, pi)

    def standfirst_occasion(self, words: re.Pattern | None = None) -> DateValue | None:
        """The day an article's standfirst (an italic first paragraph) gives its occasion for
        speaking: "*Our parliamentary sketch of Tuesday's sitting …*" (one day, and an occasion
        word, ``_STANDFIRST_OCCASION``, or one of ``words``: ``_TRANSCRIBED`` for the day a
        transcript's turns count from); else None."""
        key = words.pattern if words is not None else None
        if key not in self._standfirst:
            self._standfirst[key] = None
            p = self.first_passage
            if p is not None:
                line = self.text[p.start:p.end]
                if line.lstrip().startswith(("*", "_")) and (words or _STANDFIRST_OCCASION).search(line) and \
                        not _NOT_A_REPORT.search(line):
                    found = [te for te in find_temporal_expressions(line, self.published, p.start)
                             if te.date is not None and te.date.precision == "day"]
                    days = {te.date for te in found}
                    if len(days) > 1 and words is not None:  # (a transcript's turns, "Recorded on Tuesday 19 July
                        # 2011, broadcast on Monday 25 July": the day the words were spoken, not the day they went out)
                        days = {te.date for te in found if _RECORDED_ON_DAY.search(self.text, max(p.start, te.start - 30), te.start)}
                    if len(days) == 1 and next(iter(days)).earliest <= self.published:
                        self._standfirst[key] = next(iter(days))
        return self._standfirst[key]

    def lead_occasion(self) -> tuple[DateValue, tuple[int, int]] | None:
        """The day the article's lead (its first paragraph in roman, after a standfirst or a
        kicker in italics) gives the occasion for speaking it names first ("… a bingo card for
        Vučić's extraordinary address, which his press service had announced last night for 13:00
        today": the day told nearest that occasion in its sentence, not one in the past perfect);
        else None. The occasion of the words the article then quotes with no time of their own."""
        if self._lead_occasion is False:
            self._lead_occasion = None
            for pi, p in enumerate(self.paras[:2]):
                if _ITALIC_NOTE.fullmatch(self.text, p.start, p.end):
                    continue
                occ = _STANDFIRST_OCCASION.search(self.text, p.start, p.end)
                if occ is None or _NOT_A_REPORT.search(self.text, p.start, p.end) or \
                        _HAD_BEFORE_OCCASION.search(self.text, max(p.start, occ.start() - 40), occ.start()):
                    break  # (nor "Petro had given an interview on Sunday …": an occasion before the story's)
                sent_lo = max(self.text.rfind(". ", p.start, occ.start()) + 1, p.start)
                sent_hi = self.text.find(". ", occ.end(), p.end)
                sent_hi = p.end if sent_hi < 0 else sent_hi
                days = [te for te in self._expressions(pi) if sent_lo <= te.start < sent_hi and te.date.precision == "day"
                        and te.date.earliest <= self.published
                        and not _PLUPERFECT_BEFORE.search(self.text, max(sent_lo, te.start - 40), te.start)]
                if days:
                    near = min(days, key=lambda te: te.start - occ.end() if te.start >= occ.end() else occ.start() - te.end)
                    self._lead_occasion = (near.date, (sent_lo, sent_hi))
                break
        return self._lead_occasion

    def _in_source_citation(self, pos: int) -> bool:
        """Whether ``pos`` is in a source cited by name and day in brackets, "(AOL News 26 Feb.
        2010; SMH 26 Feb. 2010)": the day a report came out, no time of the story."""
        if self._citations is None:
            self._citations = [(m.start(), m.end()) for m in _SOURCE_CITATIONS.finditer(self.text)] \
                if "(" in self.text else []
        return any(a <= pos < b for a, b in self._citations)

    def in_dateline(self, pos: int) -> bool:
        return self.dateline is not None and self.dateline[0] <= pos < self.dateline[1]

    def _para_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)

    def _from_days_told(self, pi: int, depth: int, exprs: list, text: str, ref: dt.date) -> list:
        """``exprs`` of paragraph ``pi`` with each relative one ("that afternoon") counted from the
        last day date told before it in the paragraph ("On Wednesday 8 October … That afternoon"),
        else from the last one of the paragraph before (``_back``)."""
        before: list = []
        told = None  # the last date told before (a day or coarser), for months counted from it
        out, redone = [], {}
        unknown = False  # (a day told whose date the text does not give: "the Friday after the summit")
        listed = None  # the first of the last days told here ("on 10, 11 and 12 December"), for "the second day"
        counted = False  # (a day counted here: a day told from the one before it, read past it, is counted again)
        for te in exprs:
            anchor = None
            if te.date is not None and counted and before and _NEXT_DAY_TOLD.fullmatch(te.text) and \
                    te.date.precision == "day" and te.date.earliest != before[-1]:
                # ("On July 25 … The following day … That same morning": the morning of the following day,
                # not of the day the text gave before it; read alone, which the text's own chain does not)
                alone = find_temporal_expressions(te.text, ref, te.start, before[-1], self.retrospective, self.published)
                if len(alone) == 1 and alone[0].date is not None:
                    te = type(te)(te.start, te.end, te.text, alone[0].date)
            elif te.date is None and _nth_day(te):  # (from the days told, however many "second day"s came before)
                anchor = listed or self._day_before(pi, depth, True, True)
            elif te.date is None and not counts_from_event(self.text, te) and not (unknown and not before):
                anchor = before[-1] if before else self._day_before(pi, depth, _counted_from_told_day(te.text))
                if anchor is None:  # ("In December 2022 … A month later")
                    anchor = month_anchor(te, told or self._last_told(self._back(pi, depth), depth))
                if (that := _THAT_WEEKDAY.fullmatch(te.text)) is not None and \
                        (anchor is None or WEEKDAYS[anchor.weekday()] != that.group(1)) and not depth:
                    # "On that Wednesday …": the last Wednesday the article told before, in the
                    # paragraph or however far back
                    same = [d for d in before if WEEKDAYS[d.weekday()] == that.group(1)]
                    told = same[-1] if same else self._told_weekday(pi, te.start, that.group(1))
                    if told is not None and (anchor is None or told <= anchor):
                        anchor = told  # (not a Monday told after the day the story has reached: "broadcast on Monday
                        # 25 July" in the standfirst, over "summoned him that Monday" after "Saturday 16 April")
            if anchor is not None:
                if anchor not in redone:
                    redone[anchor] = {(x.start, x.end): x for x in find_temporal_expressions(
                        text, ref, self.paras[pi].start, anchor, self.retrospective, self.published)}
                was = te.date
                te = redone[anchor].get((te.start, te.end), te)
                counted = counted or was is None and te.date is not None
            if te.date is not None and days_told(te.date):
                listed = te.date.earliest
            if te.date is not None and weekday_of_event(self.text, te):
                unknown, before = True, []  # ("the Wednesday after the vote … Two days earlier": no day to count from)
            elif te.date is not None and te.date.precision == "day" and not attributive(self.text, te):
                before.append(te.date.earliest)  # (not "Friday's summit": an event's name)
            if te.date is not None and te.date.precision != "interval":
                told = te.date
            out.append(te)
        return out

    def _day_before(self, pi: int, depth: int, far: bool = False, days_of: bool = False) -> dt.date | None:
        """The day a relative time at the start of paragraph ``pi`` counts from: the last day told
        in the paragraph before (``_back``), unless a dated section's heading stands between them
        (``_section_between``); for a day counted from the one told (``far``: "the same morning",
        "that night", not "within days"), past paragraphs that tell no time; with ``days_of``, the
        first of the last days told instead ("the second day" of "10, 11 and 12 December")."""
        k = self._back(pi, depth)
        if (section := self._section_between(k, pi)) is not None:
            return section.earliest if not days_of or days_told(section) else None
        if self._looked_back_over_heading(k, pi):
            return None
        day = self._last_day(k, depth, days_of)
        # (past paragraphs that tell no time; for days told, past those that tell their other days too:
        # "On the first day …" over "On the second day …")
        while far and day is None and 0 < k and pi - k < NEXT_DAY_PARAGRAPHS and \
                (days_of or k not in self._timed or k in self._same_day) and \
                not self._heading_between(self.paras[k - 1].end, self.paras[pi].start):
            k -= 1  # (past paragraphs that tell no time, as ``recent_day``: "… began on Wednesday,
            # October 8." over "What happened:" and a list whose first item tells "the same morning")
            day = self._last_day(k, depth, days_of)
            if day is not None:
                self._looked_back.add(pi)
        return day

    def _definite_weekdays(self, pi: int, exprs: list) -> list:
        """``exprs`` of paragraph ``pi`` with each weekday after "the" ("on the Thursday", "the
        Wednesday evening") placed on the last day of that weekday told before it, in the paragraph
        or however far back ("I wrote it on Thursday 9 October …" paragraphs above, in notes
        published nine days later): "the" points back to a day told, as "that Wednesday" does,
        while the story is still in that day's week (the last day it told, ``_story_day``, within
        six days of it; not after "A month later", "last week", "on the 16th"), or on the day of that
        weekday the heading above tells, no paragraph between telling a time ("*Bern, Monday the 16th
        and Tuesday the 17th.*" over "On the Tuesday …", ``_heading_weekday``). Otherwise it keeps
        its own reading (the last such day before publication). The days placed are kept in
        ``definite``: the statements read them there (``definite_day``)."""
        out = []
        for te in exprs:
            if te.date is not None and te.date.precision == "day" and _BARE_WEEKDAY.fullmatch(te.text) and \
                    _THE_BEFORE_DATE.search(self.text, max(0, te.start - 8), te.start) is not None and \
                    not _OF_A_WEEK_AFTER.match(self.text, te.end):
                same = [x.date.earliest for x in out if x.date is not None and x.date.precision == "day"
                        and WEEKDAYS[x.date.earliest.weekday()] == te.text]
                headed = None if same else self._heading_weekday(pi, te.text)
                told = same[-1] if same else headed or self._told_weekday(pi, te.start, te.text)
                last = ((section := self.section_at(self.paras[pi].start)) and section.latest) if headed else self._story_day(pi, out)
                anchor = self._day_reached(pi, out) if told is None or last is None or abs((last - told).days) > 6 else None
                if told is not None and last is None and anchor is not None and 0 <= (anchor - told).days <= 6:
                    last, anchor = anchor, None  # (the day the story reached is of the told weekday's week: "on
                    # Wednesday of last week … By lunchtime the next day …" then "on the Wednesday": that Wednesday)
                if anchor is not None:
                    # (no such weekday told in the story's week: the next one after the day the story
                    # has reached: "On Wednesday 15 August … The next morning … On the Saturday": the 18th;
                    # the last one before it for a thing made earlier, ", recorded on the Tuesday,")
                    told = anchor - dt.timedelta(days=(anchor.weekday() - WEEKDAYS.index(te.text)) % 7) \
                        if _RECORDED_IN_ASIDE.search(self.text, max(0, te.start - 40), te.start) else \
                        anchor + dt.timedelta(days=(WEEKDAYS.index(te.text) - anchor.weekday()) % 7)
                    last = anchor
                if told is not None and told <= (self.published if headed else self.reference(te.start)) and \
                        last is not None and abs((last - told).days) <= 6:
                    te = type(te)(te.start, te.end, te.text, DateValue.day(told))
                    self.definite[te.start] = te.date
            out.append(te)
        return out

    def _day_reached(self, pi: int, before: list) -> dt.date | None:
        """The last day told in ``before`` (paragraph ``pi``'s expressions so far), else in the
        three paragraphs before that tell a time, a relative one placed too ("The next morning",
        "That evening"); the writer's own days ("today") passed over; None when it is no day."""
        for exprs in [before] + [self._expressions(j) for j in range(pi - 1, max(-1, pi - 4), -1)]:
            told = [te for te in exprs if not DEICTIC_DAY.fullmatch(te.text) and not attributive(self.text, te)]
            if told:  # (a time not placed, or coarser, "A month later": the story has moved on, no day; not a day
                # naming a thing, "(appointed 2 May 2024)")
                last = told[-1].date
                return self._after_flashback(pi, before, told[-1]) if last is not None and \
                    last.precision == "day" else None
        return None

    def _after_flashback(self, pi: int, before: list, last) -> dt.date:
        """The day of ``last``, the last time told (a day), unless it is a bare date, no weekday
        told with it, looking back from a later day the story told with its weekday and date in
        ``before`` or the three paragraphs above, up to ``_FLASHBACK_DAYS`` after it: then that
        later day, the one the story had reached ("On Wednesday 7 September … The reason was an
        attack on 15 July. … on the Thursday": the Thursday after 7 September; but "The row began
        on Monday 10 March … On the Thursday": the 13th, whatever a lede told of Tuesday 18 March, and "On 4 April she was
        sworn in. … on 22 March … On the Thursday": the 25th)."""
        day = last.date.earliest
        if _WEEKDAY_WORD.search(last.text):
            return day
        later = [te.date.earliest for exprs in [before] + [self._expressions(j) for j in range(pi - 1, max(-1, pi - 4), -1)]
                 for te in exprs if te.date is not None and te.date.precision == "day" and
                 _WEEKDAY_AND_DATE.match(te.text) and day < te.date.earliest <= self.reference(te.start)
                 and (te.date.earliest - day).days <= _FLASHBACK_DAYS]
        return max(later, default=day)

    def item_weekday(self, te) -> DateValue | None:
        """A shortened weekday that opens a list's item ("- Wed, evening: …", "- Fri: met …"): the
        first such day on or after the last day the text told before the list ("Week of Monday 6
        October", "the notebook kept during the week of 29 April 2024"), when that is not after the
        text's day; with none told, under a lead that looks ahead ("what to watch in the coming
        week"), the first one after the day the text counts from; else None (its date stays)."""
        if te.date is None or not _ITEM_WEEKDAY.fullmatch(te.text):
            return None
        line = self.text.rfind("\n", 0, te.start) + 1
        if _ITEM_MARK_LEAD.fullmatch(self.text, line, te.start) is None:
            return None
        first = line  # (the list's first item: the lines above it that are items too)
        while first > 0 and _ITEM_MARK_LEAD.match(self.text, (above := self.text.rfind("\n", 0, first - 1) + 1), first):
            first = above
        target = WEEKDAYS.index(next(w for w in WEEKDAYS if w.lower().startswith(te.text[:3].lower())))
        told = self.last_day_before(first)
        if told is not None and told.precision == "day" and told.earliest <= self.published:
            day = told.earliest + dt.timedelta(days=(target - told.earliest.weekday()) % 7)
            return DateValue.day(day) if day <= self.published else None
        lead = self.text[max(0, self.text.rfind("\n\n", 0, max(0, first - 1))):first]
        if told is None and _AHEAD_LEAD.search(lead) and not _PAST_LEAD.search(lead):
            ref = self.reference(te.start)
            return DateValue.day(ref + dt.timedelta(days=(target - ref.weekday()) % 7 or 7))
        return None

    def definite_day(self, pos: int) -> DateValue | None:
        """The day the weekday after "the" at ``pos`` is placed on (``_definite_weekdays``), its
        paragraph read first; else None."""
        if _THE_BEFORE_DATE.search(self.text, max(0, pos - 8), pos) is None:
            return None  # (only a weekday after "the" is placed: no paragraph read for the others)
        if self.paras:
            self._expressions(self._para_index(pos))
        return self.definite.get(pos)

    def _story_day(self, pi: int, before: list) -> dt.date | None:
        """The day the story has reached: the last time told in ``before`` (paragraph ``pi``'s
        expressions so far), else in the paragraphs before that tell one, when it is a day; None
        when it is a coarser or a relative time ("A month later", "last week"). The writer's own
        days ("yesterday", "today") are no time of the story and are passed over."""
        told = [te for te in before if not DEICTIC_DAY.fullmatch(te.text) and not attributive(self.text, te)]
        if told:  # (not a day naming a thing, "(appointed 2 May 2024)")
            last = told[-1].date
            return self._after_flashback(pi, before, told[-1]) if last is not None and \
                last.precision == "day" else None
        for j in range(pi - 1, -1, -1):
            found = [te for te in self._expressions(j) if not DEICTIC_DAY.fullmatch(te.text)]
            if found:
                return self._after_flashback(pi, before, found[-1]) if \
                    found[-1].date.precision == "day" else None
            if j in self._timed and not any(DEICTIC_DAY.fullmatch(te.text) for te in self._expressions(j)):
                return None  # (a time told that is no date: "Since then", "A month later")
        return None

    def _heading_weekday(self, pi: int, weekday: str) -> dt.date | None:
        """The day on ``weekday`` that a heading above paragraph ``pi`` tells, no paragraph between
        telling a time: a chapter's dateline "*Bern, Monday the 16th and Tuesday the 17th.*" over
        "On the Tuesday the envoy … was called in"; else None."""
        for j in range(pi - 1, -2, -1):
            lo, hi = self.paras[j].end if j >= 0 else 0, self.paras[j + 1].start
            i, k = bisect.bisect_left(self.heading_starts, lo), bisect.bisect_left(self.heading_starts, hi)
            for hs, he in reversed(self._heading_spans[i:k]):
                if any(c.isdigit() for c in self.text[hs:he]):
                    days = [te.date.earliest for te in find_temporal_expressions(self.text[hs:he], self.published, hs)
                            if te.date is not None and te.date.precision == "day" and WEEKDAYS[te.date.earliest.weekday()] == weekday]
                    if days:
                        return days[-1]
            if j >= 0 and j in self._timed:
                return None
        return None

    def _told_weekday(self, pi: int, pos: int, weekday: str) -> dt.date | None:
        """The last day told before ``pos`` (in paragraph ``pi`` or any before it) that fell on
        ``weekday``; else None."""
        for j in range(pi - 1, -1, -1):
            days = [te.date.earliest for te in self._expressions(j) if te.date.precision == "day"
                    and WEEKDAYS[te.date.earliest.weekday()] == weekday]
            if days:
                return days[-1]
        return None

    def _last_told(self, pi: int, depth: int):
        """The last date told in paragraph ``pi`` (a day, a month or a year), as ``_last_day``."""
        if pi < 0 or depth >= 3:
            return None
        dates = [te.date for te in self._expressions(pi, depth + 1) if te.date.precision != "interval" and
                 not self._background_day(pi, te)]
        return dates[-1] if dates else None

    def _last_day(self, pi: int, depth: int, days_of: bool = False) -> dt.date | None:
        """The last day date told in paragraph ``pi`` (looked back through a few deep); with
        ``days_of``, the first of the last days told instead ("on 10, 11 and 12 December", for
        "the second day": ``days_told``)."""
        if pi < 0 or depth >= 3:
            return None
        days = [te.date.earliest for te in self._expressions(pi, depth + 1)
                if (days_told(te.date) if days_of else te.date.precision == "day") and not self._background_day(pi, te)]
        return days[-1] if days else None

    def _background_day(self, pi: int, te) -> bool:
        """Whether a day told in paragraph ``pi`` is background, no day to count "the same day" from:
        one told in the past perfect before the day of the dated section it is in (under "**Saturday
        11 March**", "the city had already banned the rally on Friday")."""
        return in_pluperfect(self.text, self.paras[pi].start, te.start) and \
            (section := self.section_at(te.start)) is not None and te.date.earliest < section.earliest

    def _expressions(self, pi: int, depth: int = 0) -> list:
        """The dated expressions of paragraph ``pi`` (outside the dateline), in order. A relative
        one ("the same day", "hours later") counts from the last day date before it in the
        paragraph, else from the last one of the paragraph before, as event dates do
        (``EventAnchors``); paragraphs before that are looked at only through such chains, a
        few deep."""
        if pi not in self._found:
            p = self.paras[pi]
            text, ref = self.text[p.start:p.end], self.reference(p.start)
            exprs = find_temporal_expressions(text, ref, p.start, retrospective=self.retrospective, published=self.published,
                                              story_year=self.story_year, slash_order=self.slash_order)
            for a, b, day in self.relayed:
                if p.start <= a < p.end:  # (a letter read out: its days counted from the day it was written)
                    exprs = sorted([te for te in exprs if not a <= te.start < b] + find_temporal_expressions(
                        self.text[a:b], day, a, retrospective=self.retrospective, published=self.published,
                        story_year=self.story_year, slash_order=self.slash_order), key=lambda te: te.start)
            if exprs:
                self._timed.add(pi)  # (a time told, resolved or not: ``recent_day`` looks no further back)
            if not depth and any(te.date is not None and _BARE_WEEKDAY.fullmatch(te.text) for te in exprs):
                exprs = self._in_told_weeks(pi, in_last_week(exprs))  # ("On the Wednesday … The same afternoon": from that Wednesday)
                exprs = self._definite_weekdays(pi, exprs)
            if not depth and any(te.date is not None and _WEEKDAY_THE_DAY.fullmatch(te.text) for te in exprs):
                exprs = self._in_told_month(pi, exprs)  # ("on Tuesday the eighteenth" after "the twentieth of February")
            # (a day without its year first moved to the story's year, so that "The next day"
            # after "On Tuesday 6 May" in a story of 2014 counts from 2014's: ``forward_month``)
            if any(te.date is not None and yearless(te.text) for te in exprs) and not self.year_fixed(p.start):
                exprs = self._forward_months(pi, exprs, ref, depth)
            if any(te.date is None for te in exprs):
                relative = all(te.date is None for te in exprs)
                exprs = self._from_days_told(pi, depth, exprs, text, ref)
                if any(te.date is None and _day_of_month_alone(te.text) for te in exprs):
                    # ("On the evening of the eighth", no day told before: the last eighth before the day the
                    # text counts from, as a statement's own words of when are read)
                    alone = {(x.start, x.end): x for x in find_temporal_expressions(
                        text, ref, p.start, ref, self.retrospective, self.published, story_year=self.story_year, slash_order=self.slash_order)}
                    exprs = [alone.get((te.start, te.end), te) if te.date is None and _day_of_month_alone(te.text)
                             else te for te in exprs]
                if relative and all(te.date is not None and te.date.precision != "day" and
                                    (te.date.latest - te.date.earliest).days <= 1 for te in exprs):
                    self._same_day.add(pi)  # ("within hours", "hours later": told past for "that night")
            if any(te.date is None and _THAT_YEAR.search(te.text) for te in exprs):
                exprs = self._that_year(pi, exprs, text, ref, depth)
            # ("three months early" counts from a schedule, not from a day told: no narrative time)
            found = [te for te in exprs if te.date is not None and v.MASK not in te.text
                     and not self.in_dateline(te.start) and _narrative(te.date) and not _ahead_only(te.text)
                     and not attributive(self.text, te) and not _SINCE_OR_OF_BEFORE.search(self.text, max(0, te.start - 30), te.start)
                     and not _DOCUMENT_DATED_BEFORE.search(self.text, max(0, te.start - 40), te.start)
                     and not weekday_of_event(self.text, te) and not reported_across(self.text, te)
                     and not counts_from_event(self.text, te) and not corrected(self.text, te)
                     and not self._planned_ahead(te, exprs) and not self._in_source_citation(te.start)]
            if depth:  # a look back for an anchor: not cached, its own anchor may lie deeper
                return found
            # ("The next day, a Tuesday" with no day before it to count from: the story is still
            # told day by day, ``next_week``)
            self._days_after[pi] = [te for te in exprs if te.date is None and _NEXT_DAY_TOLD.fullmatch(te.text)]
            self._found[pi] = found
        return self._found[pi]

    def _in_told_month(self, pi: int, exprs: list) -> list:
        """``exprs`` of paragraph ``pi`` with each weekday and day of the month told without its month
        ("on Tuesday the eighteenth", "Sunday the 19th") placed in the month of the last day told
        before it, in the paragraph or however far back, when that month has such a day (a spelling
        bee's "Thursday the twentieth of February … Wednesday the nineteenth … Tuesday the eighteenth",
        read in March, whose 18th is a Tuesday too); otherwise its own reading (the last such day
        before the day the text counts from)."""
        out = []
        for te in exprs:
            if te.date is not None and _WEEKDAY_THE_DAY.fullmatch(te.text):
                # (the last day told, not one counted from an event named after it, "The evening before
                # Mr Mudavadi's statement"; in the paragraph, else however far back)
                # (a month told counts too: "This month … On Tuesday the eleventh"; the paragraphs before
                # are looked at directly, ``last_day_before`` would read this paragraph's again)
                told = [x.date for x in out if x.date is not None and x.date.precision in ("day", "month") and
                        not counts_from_event(self.text, x)]
                last = told[-1] if told else next((x.date for j in range(pi - 1, -1, -1) for x in reversed(self._expressions(j))
                                                   if x.date is not None and x.date.precision in ("day", "month")), None)
                if last is not None and (last.earliest.year, last.earliest.month) != (te.date.earliest.year, te.date.earliest.month):
                    day = safe_date(last.earliest.year, last.earliest.month, te.date.earliest.day)
                    if day is not None and day.weekday() == te.date.earliest.weekday() and day <= self.published:
                        te = type(te)(te.start, te.end, te.text, DateValue.day(day))
            out.append(te)
        return out

    def _planned_ahead(self, te, exprs: list) -> bool:
        """Whether ``te`` is a day the story tells as planned, ahead of the day it has reached: a
        schedule's words before it ("due to air in full on 31 March", ``_SCHEDULED_BEFORE``) after an
        earlier day told in its paragraph ("On 27 March CNN released clips …"); not a planned day
        that the story then tells ("The summit, scheduled for 20 February, opened …" with no day
        before it)."""
        if te.date is None or not _SCHEDULED_BEFORE.search(self.text, max(0, te.start - 50), te.start):
            return False
        return any(x.end <= te.start and x.date is not None and x.date.latest < te.date.earliest for x in exprs)

    def _that_year(self, pi: int, exprs: list, text: str, ref: dt.date, depth: int) -> list:
        """The paragraph's expressions with "December of that year" resolved in the year of the
        last date told with its year before it (in the paragraph, else in the three before),
        as ``EventAnchors`` does for events."""
        first = next(te for te in exprs if te.date is None and _THAT_YEAR.search(te.text))
        told = [te for te in exprs if te.date is not None and te.end <= first.start and _YEAR_TOLD.search(te.text)]
        for back in range(1, 4):
            if told or pi - back < 0 or depth + back > 3:
                break
            told = [te for te in self._expressions(pi - back, depth + back) if _YEAR_TOLD.search(te.text)]
        if not told:
            return exprs
        year = dt.date(told[-1].date.earliest.year, 1, 1)
        redo = {(te.start, te.end): te for te in find_temporal_expressions(text, ref, self.paras[pi].start, year,
                                                                           self.retrospective, self.published)}
        return [redo.get((te.start, te.end), te) if te.date is None and _THAT_YEAR.search(te.text) else te
                for te in exprs]

    def _heading_between(self, lo: int, hi: int) -> bool:
        i = bisect.bisect_left(self.heading_starts, lo)
        return i < len(self.heading_starts) and self.heading_starts[i] < hi

    def _forward_months(self, pi: int, exprs: list, ref: dt.date, depth: int) -> list:
        """The paragraph's expressions with a month told without its year moved to the year of
        the story told before it (``forward_month``): the time told is the last date before it
        in the paragraph, else the last one of the ``FORWARD_MONTH_PARAGRAPHS`` paragraphs before
        (three in a look back for an anchor), not across a heading."""
        told, here = None, False
        # (at the top, past up to six paragraphs of its section that tell no time: "On 4 December 2019 …"
        # four paragraphs above "On 12 December Russia expelled …"; a look back for an anchor, three)
        for back in range(1, FORWARD_MONTH_PARAGRAPHS + 1 if not depth else 4):
            if pi - back < 0 or depth and depth + back > 3 or \
                    self._heading_between(self.paras[pi - back].end, self.paras[pi].start):
                break  # (a heading opens another section: "**Tom, London: Do the drones matter?**")
            found = [te for te in self._expressions(pi - back, min(depth + back, 3)) if self._story_time(te)]
            if found:
                told = found[-1].date
                break
        out = []
        for te in exprs:
            if te.date is None:
                here = False  # (a time counted from the one told, "A year later, on 23 January": no longer its year)
            moved = forward_month(te, told, ref, in_pluperfect(self.text, self.paras[pi].start, te.start), here) \
                if not (_YEARLESS_DAYS.fullmatch(te.text) and _EVENTS_OF_BEFORE.search(self.text, max(0, te.start - 30), te.start)) \
                else None  # (the days of events named, "the events of 14–17 September": no time the story reached)
            if moved is not None:
                te = type(te)(te.start, te.end, te.text, moved)
            if te.date is not None and _narrative(te.date) and not attributive(self.text, te) and \
                    (moved is not None or self._story_time(te)):
                told, here = te.date, _YEAR_NUMBER.search(te.text) is not None  # (a month told with its year)
            out.append(te)
        return out

    def _story_time(self, te) -> bool:
        """Whether a date tells the time of the story (``tells_story_time``)."""
        lo = self.paras[self._para_index(te.start)].start
        stop = max(self.text.rfind(". ", lo, te.start), self.text.rfind("? ", lo, te.start),
                   self.text.rfind("! ", lo, te.start))
        return tells_story_time(self.text, lo if stop < 0 else stop + 2, te)

    def dates_in(self, lo: int, hi: int) -> list:
        """The dated expressions (``_expressions``) told between ``lo`` and ``hi`` of one paragraph."""
        if not self.paras:
            return []
        return [te for te in self._expressions(self._para_index(lo)) if lo <= te.start < hi]

    def narrative(self, pos: int) -> DateValue | None:
        """The last date stated before ``pos`` in its paragraph, else None; not a time after the
        publication, which the story tells as ahead ("a tariff on imports from 1 February"), not
        as the time it has reached."""
        if not self.paras:
            return None
        para = self.paras[self._para_index(pos)]
        before = [te for te in self._expressions(self._para_index(pos)) if te.end <= pos and
                  (te.date is None or te.date.earliest <= self.published) and
                  not in_restrictive_relative(self.text, para.start, para.end, te)]
        return before[-1].date if before else None

    def last_day_before(self, pos: int) -> DateValue | None:
        """The last day told before ``pos``, in its paragraph or however far back, else None."""
        if not self.paras:
            return None
        pi = self._para_index(pos)
        for j in range(pi, -1, -1):
            days = [te.date for te in self._expressions(j) if (j < pi or te.end <= pos) and _counts_next_day_from(te, self.published)]
            if days:
                return days[-1]
        return None

    def first_of_days_told(self, pos: int) -> dt.date | None:
        """The first of the last days told before ``pos`` (``days_told``: "on 10, 11 and 12
        December"), in its paragraph, else as ``_day_before`` looks back: what "On the second day"
        at ``pos`` counts from; None without such days."""
        if not self.paras:
            return None
        pi = self._para_index(pos)
        here = [te.date.earliest for te in self._expressions(pi) if te.end <= pos and days_told(te.date)]
        return here[-1] if here else self._day_before(pi, 0, True, True)

    def section_day(self, pos: int) -> tuple[int, dt.date] | None:
        """The start of the dated section of ``pos`` and its day, when it dates to the day; else None
        (what an event's "the same day" under its heading counts from, ``EventAnchors.resolve``)."""
        day = self.section_at(pos)
        if day is None or day.precision != "day":
            return None
        return self.section_starts[bisect.bisect_right(self.section_starts, pos) - 1], day.earliest

    def record_day_at(self, pos: int) -> DateValue | None:
        """The day of the dated section of ``pos`` when it is a day and the section is a record's,
        not a message's "Sent:" field (whose story is told back from the day it was sent), else None:
        what "the next day" in a record counts from when no paragraph tells a day."""
        if not self.sections:
            return None
        i = bisect.bisect_right(self.section_starts, pos) - 1
        if i < 0 or self.section_starts[i] in self.field_sections:
            return None
        day = self.section_at(pos)
        return day if day is not None and day.precision == "day" else None

    def recent_day(self, pos: int) -> DateValue | None:
        """The last day told in the ``NEXT_DAY_PARAGRAPHS`` paragraphs before the one of ``pos``,
        not across a heading: what "the same day" counts from past paragraphs that tell no time
        ("The next day, Saturday, November 1st, he posted:" over a blockquote and "He ended: …",
        then "Hegseth replied on X the same day"); else None."""
        if not self.paras:
            return None
        pi = self._para_index(pos)
        for j in range(pi - 1, max(-1, pi - 1 - NEXT_DAY_PARAGRAPHS), -1):
            if self._heading_between(self.paras[j].end, self.paras[pi].start) and \
                    (self._section_between(j, pi) is not None or not self._told_day_opens(pos)):
                break
            days = [te.date for te in self._expressions(j) if _counts_next_day_from(te, self.published) and
                    not self._background_day(j, te)]
            if days:
                return days[-1]
            if j in self._timed:
                return None  # (a paragraph that tells another time: "Days later, …", "On the second day")
        return None

    def _told_day_opens(self, pos: int) -> bool:
        """Whether the paragraph of ``pos`` opens with "The same day", "That day", "The next day":
        it counts from the day told before it, across a heading that is no day (an event card's
        title over "The same day the African Union said …"), as an event's date does."""
        para = self.paras[self._para_index(pos)]
        return _OPENS_WITH_TOLD_DAY.match(self.text, para.start) is not None

    def previous_paragraph(self, pos: int) -> DateValue | None:
        """The last date stated in the paragraph before the one of ``pos`` (``_back``), or the day
        of a dated section whose heading stands between them; else None."""
        pi = self._para_index(pos)
        k = self._back(pi, 0) if pi > 0 else -1
        if (section := self._section_between(k, pi)) is not None:
            return section
        if pi <= 0:
            return None
        found = [te for te in self._expressions(k) if not self._background_day(k, te)]
        if self._looked_back_over_heading(k, pi):
            return None
        return found[-1].date if found else None

    def lead_in(self, pos: int) -> DateValue | None:
        """The last date the lead-in of a list tells, for a position in one of its items: the
        paragraph before the list's first item, when it ends with a colon ("New evidence, from
        Thursday 12 February 2026 at the Presidential Complex in Ankara:" over "(a) The helmsman to
        the skipper: “…”", "(b) …"); the items are told under it, whatever day an item before
        mentions. None outside a list item, under a lead-in without a colon or a day, across a
        heading, or when the day is an event's the words answer (after "after", "since", "ahead
        of", "on the eve of", an anniversary; attributive; in the past perfect)."""
        if not self.paras:
            return None
        pi = self._para_index(pos)
        k = pi
        while k >= 0 and _LIST_ITEM.match(self.text, self.paras[k].start):
            k -= 1
        if k == pi or k < 0 or not self.text[self.paras[k].start:self.paras[k].end].rstrip(" \t\n*_").endswith(":") or \
                self._heading_between(self.paras[k].end, self.paras[pi].start):
            return None
        days = [te for te in self._expressions(k) if te.date is not None and te.date.earliest <= self.published]
        if not days:
            return None
        te, lo = days[-1], self.paras[k].start
        lo = max([lo] + [self.text.rfind(c, lo, te.start) + 1 for c in ".!?"])  # (its sentence's start)
        if te.date.precision != "day" or _LEAD_IN_EVENT.search(self.text, lo, te.start) or \
                attributive(self.text, te) or in_pluperfect(self.text, lo, te.start):
            return None  # (the day of an event the words answer: "After Colombia's raid on 1 March,
            # governments reacted:", "since the crisis escalated on 8 November:", "the 2 April 1982 invasion")
        return te.date

    def _looked_back_over_heading(self, k: int, pi: int) -> bool:
        """Whether paragraph ``k``'s day was found by looking back (``_day_before``) and a heading
        stands between it and paragraph ``pi``: a day so found is not carried across a heading."""
        return k in self._looked_back and self._heading_between(self.paras[k].end, self.paras[pi].start)

    def _section_between(self, k: int, pi: int) -> DateValue | None:
        """The day of the dated section whose heading stands between paragraphs ``k`` and ``pi``
        (``k`` -1: before ``pi``, the first), as a calendar entry's "DTSTART:20251008T070000Z" over
        "… the same day"; else None: what the time told before ``pi`` is, rather than the last
        date of ``k``."""
        if not self.sections or not 0 <= pi < len(self.paras):
            return None
        i = bisect.bisect_right(self.section_starts, self.paras[pi].start) - 1
        if i < 0 or k >= 0 and self.section_starts[i] <= self.paras[k].start:
            return None
        day = self.sections[i][1]
        return day if day is not None and day.precision == "day" else None

    def _back(self, pi: int, depth: int) -> int:
        """The paragraph that paragraph ``pi``'s time told before is in: the one before; in a
        transcript, past one or two turns that tell no date (a briefing's "**Spokesperson:** Not
        that I'm aware of." between two questions; not across a heading)."""
        k = pi - 1
        while k > 0 and depth + 1 < 3 and self._quoted_block(k) and not self._expressions(k, depth + 1):
            k -= 1  # (a quotation set off under the sentence that introduces it tells no time of its own)
        if self._insert(pi):  # (a card shown counts from the card shown before: "[CARD K: … the same day.]")
            return next((j for j in range(pi - 1, max(-1, pi - 1 - INSERT_PARAGRAPHS), -1) if self._insert(j)), k)
        if self._turn(pi):  # (and a turn of the talk does not count from a card's date)
            while k > 0 and self._insert(k):
                k -= 1
        if k <= 0 or depth + 1 >= 3 or not self._turn(pi):
            return k
        for _ in range(2):
            if not self._turn(k) or self._expressions(k, depth + 1) or \
                    self._heading_between(self.paras[k - 1].end, self.paras[k].start):
                return k
            k -= 1
            if k <= 0:
                break
        return k

    def _insert(self, pi: int) -> bool:
        """Whether paragraph ``pi`` is a quoted document shown in brackets in a transcript, a card
        or an exhibit ("[CARD F: "…" Gustavo Petro, on X, October 2023.]"): its dates are the
        document's, not the time of the talk around it."""
        p = self.paras[pi]
        line = self.text[p.start:p.end].strip(" *_.")
        return line.startswith("[") and line.endswith("]") and ('"' in line or "“" in line or v.MASK in line)

    def _quoted_block(self, pi: int) -> bool:
        """Whether paragraph ``pi`` is a block quotation (a Markdown "> …" line)."""
        return self.text.startswith(">", self.paras[pi].start)

    def _turn(self, pi: int) -> bool:
        """Whether paragraph ``pi`` is a transcript's turn: it opens with a speaker's label."""
        return _TURN_LABEL.match(self.text, self.paras[pi].start) is not None


#: A transcript turn's label at the start of its paragraph: "**Question (Adriatic Radio):**",
#: "**Spokesperson:**", "MR. SMITH:".
_TURN_LABEL = re.compile(r"(?:\*\*|__)[^*_\n]{1,60}:(?:\*\*|__)|[A-ZÀ-Ž][A-ZÀ-Ž. '’-]{1,40}"
                         r"(?:\s*[*_]?\([^()\n]{1,60}\)[*_]?)?:\s")


#: A source cited in brackets by its name and the day it published, one or several: "(AFP 20 Aug.
#: 2009)", "(Al Jazeera 26 Feb. 2010; SMH 26 Feb. 2010)", "(AP Feb. 26, 2010)" (not a place and its
#: day, "(Brussels, 4 March 2025)": the comma is left to the occasion).
_CITED_SOURCE = (r"[A-Z][\w.&'’/-]*(?:[ \t]+[\w.&'’/-]+){0,3}[ \t]+(?:\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?|"
                 r"[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?)[ \t]+\d{4}")
_SOURCE_CITATIONS = re.compile(r"\(" + _CITED_SOURCE + r"(?:;[ \t]*" + _CITED_SOURCE + r")*\)")


def _narrative(date: DateValue) -> bool:
    """A date precise enough to date statements: a day, a month, or an interval of a month."""
    return date.precision in ("day", "month") or (date.latest - date.earliest).days <= 31


#: A date that opens a paragraph or a list item, bold or not, closed by a full stop, a colon or
#: a dash: "- **7 September 2022.**", "**8 October, evening.**", "2023 —".
_LEAD = re.compile(r"\s*(?:>\s*)?(?:[-*•]\s+)?"
                   # (a field's label: a flashcard's "Back: "; not the day of a thing, "Born:", "Due:")
                   r"(?:(?!(?:Born|Died|Founded|Established|Married|Elected|Appointed|Due|Deadline|Expires|Since|Until)\b)"
                   r"[A-Z][a-z]+:[ \t]+(?=[A-Z\d]))?"
                   # (a dot or a colon inside the date only before a digit: "Wed 8.10.25, 17:30.")
                   r"(?P<open>\*\*|__)?(?P<date>(?:[^.:*_—–\n]|[.:](?=\d)){3,40}?)\s*(?:[.:]\s*(?:\*\*|__)|(?:\*\*|__)?\s*[.:—–]|"
                   # (or a spaced hyphen, a country profile's timeline: "2016 June - …"; not a range, "2019 - 2020")
                   r"(?:\*\*|__)?(?<=\s)-(?=\s+(?!\d))|"
                   # (or a date in bold alone, as a dictionary's quotation opens: "> **2019** Gui Congyou, …")
                   r"(?(open)(?:\*\*|__)(?=\s)|(?!)))\s")


#: A reference to a published text on a line of its own: its number in a list, the title in
#: quotes, the source in italics, its date ('**1.** "Headline." *The Week*, 17 June 2020.'; not
#: a pull quote signed the same way, '"…" *Donald Tusk*, 2 March 2022.', which has no number).
_CITATION_LINE = re.compile(r"[\s*_]*\d{1,3}[.)][*_]*\s*[\"“][^\"“”\n]{3,200}[\"”][\s.]*[*_][^*_\n]{2,60}[*_],?\s*"
                            r"(?P<date>[^*_\n]{4,40}?)[.\s]*")


#: The labels of a record's field of when the words under it were said (``_RECORD_FIELD``).
_RECORD_LABELS = r"Made|Said|When|Delivered|Spoken"
#: A record's field of its date on a line of its own, or a list's item: "Date(s): 24 April 2018",
#: "**Recorded:** 3 June 2018", "Date of broadcast: February 2018 [day not recorded]", "Date: [26
#: April 2018?]", "- **Date:** 8 October 2025, 17:14 (CEST)", an org-mode property in capitals,
#: ":SAID:     <2024-03-22 Fri>".
_DATE_FIELD = re.compile(r"[\s*_]*(?:[-•][ \t]+[*_]*)?(?::(?=[A-Z]{2,}:)(?i:DATE|" + _RECORD_LABELS + r")|Dates?(?:\s*\(s\))?|Date\s+of\s+(?:the\s+)?(?:broadcast|recording|transmission|interview|"
                         # (a record's day of the act it is about: "**Date of apology:** 8 July 2021",
                         # "**Date achieved:** 8 October 2025", "**Date of call:** 7 December 2021")
                         r"apology|statement|speech|remarks|letter|meeting|call|visit|hearing|announcement|post)|"
                         r"Date\s+(?:achieved|given|made|delivered)|"
                         r"(?:First\s+)?(?:[Bb]roadcast|[Aa]ired|[Ss]hown)|Recorded|Transmitted|Filmed|Sent|Held|"
                         # (a platform record's day of its post: "Posted: 2019-07-19 · Reported: 2019-07-20")
                         r"Posted|Tweeted|"
                         # (a tracker's or a record's field of when the words were said: "**Made:** 9 October
                         # 2025, to reporters in Belgrade", "When: 8 October 2025, on X")
                         + _RECORD_LABELS + r")"
                         r"[*_]*\s*:[*_]*\s*(?P<date>[^\n]{4,120}?)[\s.*_]*")
#: … of those, a message's field of when it was sent: "**Sent:** Friday, October 10, 2025 7:02 AM".
_SENT_FIELD = re.compile(r"[\s*_]*Sent[*_]*\s*:")
#: A letter's line of its place and date ("HANOI, 20 June 2018", "Belgrade, 9 October 2025") and the
#: salutation a few lines under it ("Sir,", "Dear Minister,").
_PLACE_DATE_LINE = re.compile(r"[ \t*_]*[A-ZÀ-Ž][\w'’. -]{1,40},[ \t]+[^,\n]{4,40}?[ \t*_]*")
_SALUTATION = re.compile(r"[ \t*_]*(?:Sir|Madam|Dear\s+[^,\n]{1,60}|Your\s+(?:Excellency|Majesty))[ \t*_]*,[ \t]*$")


def _letter_date_line(text: str, line: str, passages: list, k: int) -> bool:
    """Whether ``line`` (passage ``k``) is a letter's place and date, a salutation in the two
    passages under it: like a message's "Sent:" field, the day it was written, from which the
    story it tells back keeps its own days (``ArticleTimeline.story_in_field``)."""
    if _PLACE_DATE_LINE.fullmatch(line) is None:
        return False
    return any(_SALUTATION.match(text[q.start:q.end]) for q in passages[k + 1:k + 3])


#: … of those, a record's field of when the words under it were said: "**Made:**", "When:", "*Said:*".
_RECORD_FIELD = re.compile(r"[\s*_]*(?:" + _RECORD_LABELS + r")[*_]*\s*:")
#: What may follow a date field's date: its time ("at 19:06", ", 22:40 CET"), then other fields
#: after a separator ("· 29 mins · Available until Fri 7 Nov 2025"), cut before the date is read.
_AFTER_FIELD_DATE = re.compile(r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:[A-Z]{2,4}|[+-]\d{4}))?)?"
                               r"(?:\s+[·|•]\s+[^\n]*|"
                               # (or, after a comma, where and how, with no other time: ", to reporters in
                               # Belgrade (our translation)", ", on X", ", same occasion")
                               r",\s+(?![^\n]*(?i:day|week|month|year|morning|evening|night|later|earlier|ago)\b)[^\n\d]{2,80}?"
                               # (then perhaps its time: a meeting's "Held: Thursday 16 October, Main Chamber, 19:30")
                               r"(?:,\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?)?$")
#: A record's field that names a person and describes them: "*Producer:* Albin Kurti, acting
#: Prime Minister of Kosovo", "*Trainer:* Abiy Ahmed, …", "*Lender:* Tusk again", "*Voice:* …".
_NAME_FIELD = re.compile(r"[ \t>]*(?:[-*•][ \t]+)?(?:\*\*|__|\*|_)?[A-Z][A-Za-z ]{0,30}:(?:\*\*|__|\*|_)?[ \t]+"
                         r"(?:[A-ZÀ-Ž][\w'’.-]+[ \t]+){0,3}[A-ZÀ-Ž][\w'’.-]+(?:,|[ \t]+again\b|[ \t*_]*$)")
#: A record field's value that opens with its time, then perhaps a note after a comma, a
#: semicolon or in brackets: "Wednesday 8 October, 17:14 (X)", "late that night (our translation)".
_FIELD_NOTE = re.compile(r"(?P<when>(?:late\s+|early\s+)?[^,;()\n]{3,40}?)[ \t*_]*(?:[,;(][^\n]*|[.])?[ \t*_]*$")
#: A time told only by its week or as "later": "the week after the lecture", "that week", "the same week".
_VAGUE_WHEN = re.compile(r"(?i)(?<![\w-])(?:week|weekend|days?\s+later|later\s+that\s+(?:week|month))(?![\w-])")
#: The labels of a field that dates a life or a thing, not words: "Born:", "Founded:", "Expires:".
_NOT_WHEN_LABELS = re.compile(r"(?i)(?<![\w-])(?:born|birth|died|death|founded|established|formed|created|built|opened|"
                              r"detained|arrested|jailed|incident|attack|proclaimed|independence|office|power|"
                              r"sworn|inaugurated|took|began|ended|started|"
                              r"closed|expires?|expiry|valid|until|deadline|due|next|previous|updated|modified|edited|"
                              r"printed|released|signed|ratified|elected|appointed|"
                              r"term|tenure|since)(?![\w-])")
#: A short weekday before a field's date: "Wed, 8 Oct 2025", "Thu 9 Oct 2025".
_FIELD_WEEKDAY = re.compile(r"^\s*" + WEEKDAY_SHORT + r"\.?,?\s+(?=\d)|(?<=\d)\s+" + WEEKDAY_SHORT +
                            r"(?:\s+\d{1,2}:\d{2}(?:-\d{1,2}:\d{2})?)?(?=>?\s*$)")


#: A text's own note of when it was written, closed or brought up to date: a field, "Sheet closed:
#: Thu 9 Oct, 22:40", "Last updated: 12 March 2024"; the text told as written, "This one was closed
#: on the night of Thursday 9 October"; "Correct as of 3 May". The date follows it. (Not a story's
#: "had written on Wednesday", "Prize entries closed last night".)
_WRITTEN_WORDS = r"closed|compiled|prepared|written|drafted|finalised|finalized|updated|revised|as\s+of|as\s+at"
_WRITTEN_WORD = re.compile(letter_branches(split_alternatives(_WRITTEN_WORDS), r"(?![\w-])", ignorecase=True,
                                           not_after=r"[\w-]"))
#: What a text calls itself: "this sheet", "Page last updated:", "this one".
_TEXT_NOUNS = (r"one|sheet|page|list|brief(?:ing)?|notes?|document|file|dossier|guide|article|piece|report|summary|"
               r"text|edition|newsletter|digest|register|factsheet|fact\s+sheet|memo|update|log")
#: What comes before ``_WRITTEN_WORD`` in such a note: a field's label at a line's start or after a
#: dot ("Sheet closed:", "Last updated:"); the text as the subject ("This one was closed on");
#: "Correct as of".
_WRITTEN_BEFORE = {
    # (the label names the text, or nothing: not "Polls closed:", the day of an election)
    "field": re.compile(r"(?:^|[·|•] )[*_]*(?:(?:" + _TEXT_NOUNS + r")\s+)?(?:[Ll]ast\s+)?$", re.M | re.I),
    # ("this": the text itself, not "The dossier was updated on 15 July by prosecutors")
    "text": re.compile(r"(?i)(?<![\w-])this\s+(?:" + _TEXT_NOUNS + r")\s+(?:was|is|has\s+been)\s+(?:last\s+)?$"),
    "as of": re.compile(r"(?i)(?<![\w-])(?:correct|accurate|current)\s+$"),
}
#: What comes between ``_WRITTEN_WORD`` and the day, by the kind of note.
_WRITTEN_AFTER = {
    "field": re.compile(r"[*_]*\s*:[*_]*\s*"),
    "text": re.compile(r"\s+(?:on\s+|at\s+)?(?:the\s+(?:night|evening|morning|afternoon)\s+of\s+)?"),
    "as of": re.compile(r"[*_]*\s*:?[*_]*\s*"),  # ("As at: Tue 14 Jan 2025")
    "stamp": re.compile(r"[ \t]+(?:on[ \t]+)?"),
}
_SHORT_WEEKDAY = re.compile(r"\s*(?:" + WEEKDAY_SHORT + r"\.?,?\s+)?")
#: How long a line a stamp of its own may be ("*Updated Thursday 2 April 2020 by Joana & Pieter*"; not
#: a sentence a participle opens, "Updated on 9 December, the customs register still listed …").
STAMP_LINE_CHARS = 80
#: How many passages from the top a text's note of its writing is looked for in.
WRITTEN_NOTE_PASSAGES = 6


def written_day(body: str, passages: list, published: dt.date) -> dt.date:
    """The day a text says, near its top, it was written, closed or last brought up to date
    ("Sheet closed: Thu 9 Oct, 22:40", ``_WRITTEN_WORD`` in one of its notes), when that day is on
    or before its publication: a fact sheet closed on Thursday and published the week after says
    "yesterday" of Wednesday. Else the publication date."""
    for p in passages[:WRITTEN_NOTE_PASSAGES]:
        for w in _WRITTEN_WORD.finditer(body, p.start, p.end):
            line = max(p.start, body.rfind("\n", p.start, w.start()) + 1)
            if w.group()[0] in "aA":  # ("As of 3 May" opening its line)
                kind = "as of"
                if body[line:w.start()].strip(" *_") and \
                        _WRITTEN_BEFORE[kind].search(body, max(line, w.start() - 20), w.start()) is None:
                    continue
            else:
                kind = "field" if body[w.end():w.end() + 3].lstrip("*_").startswith(":") else "text"
                eol = body.find("\n", w.end(), p.end)
                if kind == "text" and body[line:w.start()].strip(" \t*_") in ("", "Last", "last") and \
                        (eol if eol >= 0 else p.end) - line <= STAMP_LINE_CHARS:
                    kind = "stamp"  # ("*Updated Thursday 2 April 2020 by Joana & Pieter*": the line's own stamp)
                elif _WRITTEN_BEFORE[kind].search(body, max(line, w.start() - 80), w.start()) is None:
                    continue
            after = _WRITTEN_AFTER[kind].match(body, w.end())
            if after is None:
                continue  # ("Updated." alone, "Closed," a word of the line's sentence)
            at = after.end()
            found = find_temporal_expressions(body[at:min(p.end, at + 40)], published, at)
            # (the day first, or after its weekday in short: "Tue 11 March 2025")
            if found and _SHORT_WEEKDAY.fullmatch(body, at, found[0].start) and found[0].date is not None and \
                    found[0].date.precision == "day" and found[0].date.earliest <= published:
                return found[0].date.earliest
    # (a memo's header of fields near its top, "**From:** Desk · **To:** Minister · **Date:** 22 June
    # 2022", the text's only such header: the day it was written; not a cable's "Sent:" over an extract
    # that the text goes on after, which dates its own section only)
    headers = [(p, day) for p in passages if p.kind != "excluded" and
               _HEADER_FIELD_SEPARATOR.search(body, p.start, p.end) is not None and
               (day := record_header_day(body[p.start:p.end], published)) is not None]
    if len(headers) == 1 and headers[0][0] in passages[:WRITTEN_NOTE_PASSAGES] and \
            _MEMO_DATE.search(body, headers[0][0].start, headers[0][0].end) is not None:
        return headers[0][1].earliest
    return published


#: A note after a date field's day, in its brackets: "[day not recorded]"; a part of the day or a
#: time zone, "(evening)", "17:14 (CEST)" (not a channel, "(state radio)", "(RTS)": a record's field
#: of another kind).
_FIELD_DATE_NOTE = re.compile(r"\s*(?:\[[^\[\]\n]{1,40}\]|\((?:UTC|GMT|CET|CEST|EET|EEST|BST|WET|WEST|EST|EDT|CST|CDT|PST|PDT|"
                              r"MSK|TRT|IST|JST|AEST|AEDT|NZST|NZDT|EAT|WAT|CAT|SAST|(?:UTC|GMT)\s*[+-]\s*\d{1,2}|"
                              r"(?:early\s+|late\s+)?(?:morning|afternoon|evening|night|midday|noon)|local(?:\s+time)?)\))$")
#: A note after a date field's day and a semicolon, in lower case: "; uploaded 11 October 2025".
_NOTE_AFTER_SEMICOLON = re.compile(r";\s*(?=[a-z])")


def _date_field(line: str, published: dt.date, offset: int) -> DateValue | None:
    """The date of a record's date field (``_DATE_FIELD``, a list's item too) that holds only a
    date (a day or a month; in brackets, with a question mark, when uncertain), perhaps with its
    time, then a note in brackets (``_FIELD_DATE_NOTE``) or after a semicolon (``_NOTE_AFTER_SEMICOLON``),
    else None."""
    if ":" not in line:
        return None
    m = _DATE_FIELD.fullmatch(line)
    if m is None:
        return None
    text = m.group("date")
    if (rest := _AFTER_FIELD_DATE.search(text)) is not None and rest.start() > 0:
        text = text[:rest.start()]
    text = _FIELD_WEEKDAY.sub("", text)  # (a mail header's "Wed, 8 Oct 2025", an org timestamp's "<2024-03-22 Fri>")
    if (semi := _NOTE_AFTER_SEMICOLON.search(text)) is not None and re.search(r"\d", text[:semi.start()]):
        text = text[:semi.start()]  # ("9 October 2025; uploaded 11 October 2025": the field's day, then a note)
    # (a note in brackets after it: "[day not recorded]"; a part of the day or a time zone, "(evening)",
    # "17:14 (CEST)"; not a channel, "(state radio)", a record's field of another kind)
    note = _FIELD_DATE_NOTE.search(text)
    if note is not None and re.search(r"\d", text[:note.start()]):
        text = text[:note.start()]
        if (rest := _AFTER_FIELD_DATE.search(text)) is not None and rest.start() > 0:
            text = text[:rest.start()]  # ("8 October 2025, 17:14 (CEST)": its time, before the zone)
    text = text.strip().removeprefix("[").removesuffix("]").removeprefix("<").removesuffix(">").rstrip("?").strip()
    exprs = find_temporal_expressions(text, published, offset + m.start("date"))
    if len(exprs) != 1 or exprs[0].date is None or exprs[0].date.precision not in ("day", "month") or \
            re.sub(r"[\W_]+", "", text.replace(exprs[0].text, "")):
        return None
    return exprs[0].date


#: A cable's or a message's filing line that ends with its date-time group, the day of the month
#: and the time: "DALES LONDON FOREIGN EXBELGRADE 081445 GMT", "**DESK TO BELGRADE 081510 GMT:**",
#: "FM AMEMBASSY ROME 211530Z" (a line in capitals of a few words).
_FILING_STAMP = re.compile(r"[*_]*(?:[A-Z][A-Z'’./-]*[ \t]+){1,8}(?P<day>0[1-9]|[12][0-9]|3[01])(?:[01][0-9]|2[0-3])[0-5][0-9]"
                           r"[ \t]*(?:GMT|UTC|Z)(?:[ \t]+(?P<mon>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
                           r"(?:[ \t]+(?P<year>(?:19|20)?[0-9]{2}))?)?[*_]*:?[*_]*(?=[ \t]|$)")


def filing_stamp(line: str, reference: dt.date, published: dt.date | None = None) -> DateValue | None:
    """The day of a line that opens with a filing stamp (``_FILING_STAMP``): the date-time group's
    day of its month and year when it gives them ("281445Z SEP 25"), else of the month of
    ``reference`` (the text's time there), or of the month before when that day is after
    ``published`` (still to come; ``reference`` itself when not given);
    the lines under it, to the next stamp or heading, are of that day (a correspondent's cables
    filed on "081445 GMT" and "091240 GMT" tell "TODAY" of the 8th and of the 9th)."""
    if ("GMT" not in line and "UTC" not in line and "Z" not in line) or (m := _FILING_STAMP.match(line)) is None:
        return None
    day = int(m.group("day"))
    if m.group("mon"):
        year = int(m.group("year")) if m.group("year") else reference.year
        year, month = year + (2000 if year < 100 else 0), month_num(m.group("mon"))
    else:
        year, month = reference.year, reference.month
        if dt.date(year, month, 1) + dt.timedelta(days=day - 1) > (published or reference):
            year, month = add_months(year, month, -1)
    d = safe_date(year, month, day)
    return DateValue.day(d) if d else None


def _citation_date(line: str, published: dt.date, offset: int) -> DateValue | None:
    """The day of a reference line (``_CITATION_LINE``), else None."""
    if '"' not in line and "“" not in line:
        return None
    m = _CITATION_LINE.fullmatch(line)
    if m is None:
        return None
    exprs = find_temporal_expressions(m.group("date"), published, offset + m.start("date"))
    return exprs[0].date if len(exprs) == 1 and exprs[0].date is not None and exprs[0].date.precision == "day" else None


#: The day a day counter starts from, as the text states it: "Day 1 is Wednesday 8 October 2025",
#: "Day 1 (24 February 2022)", "Day 1 — 8 October".
_DAY_ONE = re.compile(r"(?<![\w-])Day\s+(?:1(?![,.]?\d)|[Oo]ne)\s*(?:is|was|=|:|—|–|\(|,)\s*(?:the\s+day\s+of\s+|on\s+)?"
                      r"(?P<date>[^.;()\n]{4,40})")
#: A counted day that opens a paragraph, bold or not, then its time or title: "**Day 2.**", "**Day
#: 1, 17:14.**", "Day 128 — Ankara.", "**Days 2–4.**"; not a count told loosely ("Day −300 or so"),
#: nor a number with a thousands separator read short ("Day 1,000").
_COUNTED_DAY = re.compile(r"\s*(?:[-*•]\s+)?(?:\*\*|__)?Days?\s+(?P<n>\d{1,4})(?:\s*[–-]\s*(?P<m>\d{1,4}))?"
                          r"(?=\s*(?:[,.:—–](?!\d)|\*\*|__))(?!\s+or\s+so)")


def day_one(text: str, published: dt.date) -> dt.date | None:
    """The day a day counter counts from (``_DAY_ONE``), when the text states one, else None."""
    if "Day" not in text:
        return None
    m = _DAY_ONE.search(text)
    if m is None:
        return None
    exprs = find_temporal_expressions(m.group("date"), published)
    date = exprs[0].date if exprs else None
    return date.earliest if date is not None and date.precision == "day" else None


def _counted_day(line: str, first: dt.date, offset: int) -> tuple[DateValue, int] | None:
    """The date a paragraph opens with as a counted day ("**Day 2.** …", "Days 2–4."), Day 1 being
    ``first``, and where its lead ends; else None."""
    m = _COUNTED_DAY.match(line)
    if m is None:
        return None
    lo = first + dt.timedelta(days=int(m.group("n")) - 1)
    hi = first + dt.timedelta(days=int(m.group("m")) - 1) if m.group("m") else lo
    if hi < lo:
        return None
    return (DateValue.day(lo) if hi == lo else DateValue.interval(lo, hi)), offset + m.end()


#: What may stand beside a date in a label and say no more of when: a weekday, short or whole, a
#: clock time and its zone, a part of the day, brackets and commas ("Wed 8 Oct, 17:14", "(Thu 9
#: Oct 2025, evening)").
_BESIDE_LABEL_DATE = re.compile(r"(?i)(?:[\s,()\[\]*_]|(?:mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?(?![a-z])|"
                                r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:cest|cet|utc|gmt|local))?|"
                                r"(?:morning|afternoon|evening|night|daytime|midday|noon|overnight|late|early)(?![a-z]))*")



def label_date(label: str, reference: dt.date, offset: int) -> DateValue | None:
    """The date a label gives when the label is only that date, with a weekday, a clock time or a
    part of the day beside it ("Wed 8 Oct, 17:14", "(Thu 12 Feb 2026)"), else None."""
    exprs = find_temporal_expressions(label, reference, offset)
    if len(exprs) != 1 or exprs[0].date is None or exprs[0].date.precision not in ("day", "month") or \
            not any(c.isdigit() for c in exprs[0].text):
        return None  # (a day written out: "**Brussels, yesterday, 18:00:**" is counted where it is read)
    k = exprs[0].start - offset
    rest = label[:k] + " " + label[k + len(exprs[0].text):]
    return exprs[0].date if _BESIDE_LABEL_DATE.fullmatch(rest) else None


#: A paragraph's own dateline in roman, a place, its day and a colon (or a full stop after a word or a year),
#: perhaps after a run-in heading in emphasis: "New Delhi, Mar 13: …", "*2013.* New Delhi, Mar 12: …",
#: "Belgrade, Thursday 9 October. Serbian President …", "Mogadishu, Tuesday 15 December 2020. …" (a casualty column's or a chronicle's dated
#: reports, an agency's items in a digest, each dating its paragraph as a timeline entry's date does).
_PLAIN_DATELINE = re.compile(r"[ \t]*(?:(?P<mark>\*\*|__|\*|_)[^*_\n]{1,40}?(?P=mark)[ \t]+)?"
                             r"[A-ZÀ-Ž][\w'’.-]*(?:[ \t]+[A-ZÀ-Ž][\w'’.-]*){0,2},[ \t]+(?P<date>[^,:;\n]{3,25}?)(?::|(?<=[a-z0-9])\.)[ \t]")
#: A place after a bold lead's date: ", Maputo", ", Mbamba Bay".
_PLACE_AFTER_LEAD_DATE = re.compile(r",\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s*$")
#: A month alone in a bold lead, a place after it at most: "September, Mbamba Bay", "October".
_MONTH_THEN_PLACE = re.compile(r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
                               r"November|December)(?:\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?")


#: A sentence that tells when a text was written or sent: "who wrote to us early on Thursday
#: morning", "an email from Arta, sent late on Wednesday night", "It is dated Thursday evening".
_WRITTEN_WHEN = re.compile(r"(?<![\w-])(?:wrote|written|sent|dated|emailed|posted|typed|left)(?![\w-])")


def _relayed_texts(body: str, paras: list, written: dt.date, relayed: list | None = None) -> list[tuple[int, int, dt.date]]:
    """The texts relayed whole in quotation marks (``quotes.relays_others``) whose writing the text
    dates in the sentence before them, in their paragraph or the one before ("Next, an email from
    Arta, sent late on Wednesday night." over "“Hello Mira. Tonight our President …”"): (start,
    end, that day); their "yesterday", "tonight" count from it."""
    from rhetoric.extract import quotes as qt  # (quotes is read by the extraction, not by the timeline)

    out = []
    for q in relayed if relayed is not None else qt.relayed_quotes(body, paras):
        i = bisect.bisect_right([p.start for p in paras], q.open) - 1
        before = body[paras[i].start:q.open] if i >= 0 else ""
        if not before.strip(" \t*_") or not _WRITTEN_WHEN.search(before) and i > 0:
            before = body[paras[i - 1].start:paras[i - 1].end] if i > 0 else before
        last = re.split(r"(?<=[.!?])\s+", before.strip())[-1] if before.strip() else ""
        if not _WRITTEN_WHEN.search(last):
            continue
        found = [te for te in find_temporal_expressions(last, written, 0) if te.date is not None and te.date.precision == "day"]
        # (a weekday read as one ahead, "sent late on Wednesday night": the one before, a text is
        # written before it is read out; another day ahead is no day of writing)
        days = [d - dt.timedelta(days=7 * -(-(d - written).days // 7)) if d > written else d
                for te in found if (d := te.date.latest) <= written or _BARE_WEEKDAY.fullmatch(te.text)]
        if days:
            out.append((q.open, q.end, days[-1]))
    return out


#: An entry of a data file whose markup opens with its time element, ISO 8601 ('<wpt lat="47.26"
#: lon="11.39"><time>2017-07-04T05:41:00Z</time>…', a track's waypoint, a feed's item): the
#: entry's day, as a timeline entry's lead date (not an element of text first, a file's
#: "<metadata><name>…</name><time>", nor a file's or a feed's container, "<log><metadata><time>":
#: the time it was exported).
_MARKUP_TIME_LEAD = re.compile(r"[ \t]*(?:<(?!(?:metadata|head|channel|feed|gpx|kml|log|document)\b)[A-Za-z][\w:-]*(?:[ \t]+[^<>\n]{0,200})?>[ \t]*){1,3}"
                               r"<(?P<tag>time|date|when|timestamp|pubDate|published)>[ \t]*"
                               r"(?P<day>\d{4}-\d{2}-\d{2})(?:[T ][\d:.]{5,12}(?:Z|[+-]\d{2}:?\d{2})?)?[ \t]*</(?P=tag)>")


def _markup_time(line: str, offset: int = 0) -> tuple[DateValue, int] | None:
    """The day of a data file's entry whose markup opens with its time element
    (``_MARKUP_TIME_LEAD``) and where that element ends; else None."""
    if (stamped := _MARKUP_TIME_LEAD.match(line)) is None:
        return None
    try:
        return DateValue.day(dt.date.fromisoformat(stamped.group("day"))), offset + stamped.end()
    except ValueError:
        return None

def _lead_date(line: str, reference: dt.date, offset: int, after_entry: bool = False,
               story_year=None, published: dt.date | None = None) -> tuple[DateValue, int] | None:
    """The date a paragraph opens with, when all its first words up to the full stop (or colon,
    dash) are that date ("7 September 2022.", "December 2022.", "8 October, evening."), or when
    its label in bold is a dateline ("**BELGRADE, Wed 8 Oct, 17:14.**", ``vocabulary.DATELINE_LABEL``)."""
    if (stamped := _markup_time(line)) is not None:
        return stamped
    if (d := v.DATELINE_LABEL.match(line)) is not None and any(c.isdigit() for c in d.group("date")) and \
            (date := label_date(d.group("date"), reference, offset + d.start("date"))) is not None:
        return date, offset + d.end()
    if (d := _PLAIN_DATELINE.match(line)) is not None and any(c.isdigit() for c in d.group("date")) and \
            (date := label_date(d.group("date"), reference, offset + d.start("date"))) is not None:
        return date, offset + d.end()  # ("New Delhi, Mar 13: Ambassador Mancini told reporters …")
    m = _LEAD.match(line)
    bold_stop = m is not None and bool(m.group("open")) and line.startswith(".", m.end("date"))  # ("**… .**")
    if bold_stop and (month := _MONTH_THEN_PLACE.fullmatch(m.group("date").strip())) is not None:
        # ("**September, Mbamba Bay.**" after "**Saturday 11 August.**": an entry of a chronology
        # led by its month in bold: the first such month from the entry before, else the last one
        # up to the day the text counts from)
        if not after_entry:
            return None  # (a chronology's first entry: its year is not told, "**October, Nairobi.**")
        num = month_num(month.group("month"))
        return DateValue.month(reference.year + (num < reference.month), num), offset + m.end()
    if m is None or not any(c.isdigit() for c in m.group("date")):
        return None  # a year or a day of the month is in every entry's date
    if not re.search(r"[.:—–]", line[m.end("date"):m.end()]) and not re.search(r"\d{4}", m.group("date")):
        return None  # (a date in bold alone leads with its year: "**2019** …", not "**29 October** · …")
    # (the story's year too: "Friday 20 April" under "10–23 APRIL 2012" is 2012's, ``story_year``)
    # (a timetable's shortened weekday, "Thu 15:00 —", of the week written in: ``published``)
    exprs = find_temporal_expressions(m.group("date"), reference, offset + m.start("date"), story_year=story_year,
                                      published=published)
    if len(exprs) != 1 or exprs[0].date is None:
        return None
    # (by its span: a date in capitals, "**9 NOV 2024** —", is told back as "9 Nov 2024")
    at = exprs[0].start - offset - m.start("date")
    rest = m.group("date")[:at] + m.group("date")[at + exprs[0].end - exprs[0].start:]
    if bold_stop:  # ("**Friday 17 August, Maputo.**": the place of an entry in bold after its date, then its stop)
        rest = _PLACE_AFTER_LEAD_DATE.sub("", rest)
    if _LEAD_REST.sub("", _UPDATE_LABEL.sub("", rest, count=1)):
        return None
    return exprs[0].date, offset + m.end()


#: A reporting verb in the present: what a signed comment tells as said now ("He now says …") is of
#: the day it was signed (one in the past, "wrote", may be of any day before).
_PRESENT_REPORT = re.compile(r"(?:says|tells|writes|adds|argues|insists|claims|warns|calls|describes|accuses)")

#: Words said again and again: "every year", "in every interview", "always".
_HABITUAL = re.compile(r"(?i)(?<![\w-])(?:every|each|always|often|regularly|repeatedly|routinely|usually)(?![\w-])")
#: A text as the subject of the verb: "The same post says …", "The lead says …": what it holds, not words of now.
_TEXT_SAYS = re.compile(r"(?<![\w-])(?:post|tweet|statement|letter|article|lead|text|message|report|speech|"
                        r"communiqu[eé]|readout|transcript|version|headline|caption)\s+(?:\w+\s+)?$", re.I)
#: A signature that closes a comment with its time of writing: "— Sremac (talk) 20:31, 8 October
#: 2025 (UTC)", "-- J. Novak, 9 Oct 2025", "— Ana, March 3, 2025" (a name or a handle before the
#: date: not a dash's prose, "— the first since 14 March 2024").
_SIGNATURE_DATE = re.compile(r"\s[—–]{1,2}|\s--")
_SIGNED_DATE_TAIL = re.compile(r"[ \t]*(?:(?:[A-ZÀ-Ž][\w'’.-]*|@[\w.-]+|[a-z0-9]+[_.\d][\w.-]*)(?:[ \t]+[A-ZÀ-Ž][\w'’.-]*){0,3}[ \t,]+)?"
                               r"(?:\(talk[^()\n]{0,20}\)[ \t]*)?"
                               r"(?:\d{1,2}:\d{2}(?:[ \t]*[ap]\.?m\.?)?,?[ \t]+)?(?P<date>\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?,?[ \t]+\d{4}|"
                               r"[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4})(?:[ \t]*\((?:UTC|GMT|CET|CEST)\))?[ \t*_]*$")


#: A line that only signs the entry above it: "by" or a dash, a name or a handle, and the day it was
#: written, perhaps a time and a tail of counts or links after a separator ("by **drina_bridge**
#: October 9, 2025 · 👍 412 👎 37", "— Ana K., 3 March 2025, 21:40 | Reply", "Posted by @novak on 9 Oct
#: 2025").
_CLOSING_SIGNATURE = re.compile(r"[ \t*_]*(?:(?i:(?:posted|submitted|written|added)[ \t]+by|by)|[—–]{1,2}|--)[ \t]+[*_]*"
                                r"@?[\w.'’/&-]+(?:[ \t]+[A-ZÀ-Ž][\w.'’/&-]*){0,3}[*_]*[ \t,·|]+(?:on[ \t]+)?"
                                r"(?P<date>\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?,?[ \t]+\d{4}|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4})"
                                r"(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?)?[ \t*_]*(?:[·|•][^\n]*)?")


def _closing_signature(line: str, published: dt.date) -> dt.date | None:
    """The day a line that only signs the entry above it gives (``_CLOSING_SIGNATURE``), not after
    the text's publication; else None."""
    m = _CLOSING_SIGNATURE.fullmatch(line)
    if m is None:
        return None
    exprs = find_temporal_expressions(m.group("date"), published)
    if len(exprs) == 1 and exprs[0].date is not None and exprs[0].date.precision == "day" and \
            exprs[0].date.earliest <= published:
        return exprs[0].date.earliest
    return None


def _signature_date(line: str, published: dt.date) -> dt.date | None:
    """The day a comment's closing signature gives (``_SIGNED_DATE_TAIL``): the day it was written,
    which "tonight", "yesterday" and "this afternoon" in it count from ("Vučić wrote tonight …  —
    Ohridski (talk) 21:05, 8 October 2025 (UTC)")."""
    if not line.rstrip(" *_").endswith(("(UTC)", "(GMT)", "(CET)", "(CEST)")) and not line.rstrip()[-1:].isdigit():
        return None
    for m in _SIGNATURE_DATE.finditer(line, max(0, len(line) - 120)):
        tail = _SIGNED_DATE_TAIL.fullmatch(line, m.end())
        if tail is None:
            continue
        exprs = find_temporal_expressions(tail.group("date"), published)
        if len(exprs) == 1 and exprs[0].date is not None and exprs[0].date.precision == "day" and \
                exprs[0].date.earliest <= published:
            return exprs[0].date.earliest
        return None
    return None


#: What a lead's date may have beside it: a part of the day, a time of day, its weekday, whole or
#: shortened ("**Wed 8.10.25, 17:30.**", a notebook's or a log's entry), punctuation.
_LEAD_REST = re.compile(r"[\W_]+|\b(?:morning|afternoon|evening|night|\d{1,2}[:.]\d{2}|" + WEEKDAY_SHORT + r")\b")
#: A label that dates a later addition to a text, before its date: "**Edit (Jul 9, 2024):**",
#: "Update, 10 October:", "UPDATE 2 (11 Oct):", "Correction (3 March):".
_UPDATE_LABEL = re.compile(r"^\W*(?i:edit(?:ed)?|update[ds]?|correction|addendum|postscript)(?:\s+\d{1,2})?(?=[\s(,]|$)")


#: An entry's heading of a label, a number and a weekday: "**Door 2 · Monday**", "Day 16 — Monday".
_NUMBERED_WEEKDAY = re.compile(r"[\s#*_]*[A-Z][a-z]{1,12}[ \t]+(?P<day>[0-9]{1,2})[ \t]*[·|—–,:-][ \t]*(?P<weekday>" +
                               WEEKDAY_SHORT + r")[\s*_.]*")


def _numbered_weekday_days(body: str, passages: list, published: dt.date, title: str) -> dict[int, DateValue]:
    """The headings of a series numbered by the day of one month, each with its weekday (an Advent
    calendar's "**Door 2 · Monday**", "**Door 16 · Monday**", a countdown's), by heading start: three
    or more, all of them the days of one month (the nearest to the page where each number falls on
    its weekday), a month the title or the text's first lines name ("one door a day, 1 to 24
    December"); else none (a diary's "Day 2 · Monday" counts days, not dates)."""
    found = [(p.start, m) for p in passages if p.kind == "heading" and
             (m := _NUMBERED_WEEKDAY.fullmatch(body, p.start, p.end)) is not None]
    if len(found) < 3:
        return {}
    days = {start: _day_of_weekday(int(m.group("day")), m.group("weekday"), published) for start, m in found}
    months = {(d.earliest.year, d.earliest.month) if d is not None else None for d in days.values()}
    if len(months) != 1 or None in months:
        return {}
    month = dt.date(*next(iter(months)), 1).strftime("%B")
    opening = title + " " + body[:found[0][0]][:600]
    return days if re.search(r"(?<![\w-])" + month + r"(?![\w-])", opening) else {}


def _weekday_titles(body: str, passages: list, published: dt.date) -> dict[int, DateValue]:
    """The headings that title a day by its weekday in brackets ("**What drove the peak
    (Friday)**", "**Second wave (Saturday)**"), each weekday counted back from publication (a
    story told by days up to the day it is written), by heading start; not a heading that looks
    ahead, or one under such a heading ("What to watch (Friday)", "## Agenda for the week" over
    "**Council meeting (Thursday)**": that day is to come)."""
    found: dict[int, DateValue] = {}
    ahead = False  # (under a heading that looks ahead)
    if not any(p.kind == "heading" and body[p.start:p.end].rstrip("*_ ").endswith(")") for p in passages):
        return found  # (no heading ends with a bracket: no weekday titled)
    for p in passages:
        if p.kind != "heading":
            continue
        line = body[p.start:p.end].rstrip("*_ ")
        # (a titled piece of writing over its day, "Update (Friday)", is ``_heading_date``'s)
        titled = _TITLE_THEN_WEEKDAY.fullmatch(line) if line.endswith(")") and not _TITLE_THEN_DATE.fullmatch(line) and \
            not _SAID_TITLE_THEN_DATE.fullmatch(line) else None
        if titled is None:
            ahead = _LOOKS_AHEAD.search(line) is not None
            continue
        if ahead or _LOOKS_AHEAD.search(line):
            continue
        exprs = find_temporal_expressions(titled.group("weekday"), published)
        if len(exprs) == 1 and exprs[0].date is not None:
            found[p.start] = exprs[0].date
    return found


#: A heading's words for what is to come: "What to watch", "Preview", "Agenda", "The week ahead".
_LOOKS_AHEAD = re.compile(r"(?i)(?<![\w-])(?:watch|preview|agenda|ahead|coming|upcoming|next|schedule[sd]?|deadline\s+for|"
                          r"due\s+(?:on|by|in|at)|"
                          r"programme|program|plans?|expected|diary|forthcoming|tomorrow)(?![\w-])")


#: A heading that opens with an entry's code, a word and a number: "**Card 3 · ", "## Exhibit 4 — ".
#: (a record's or a card's series, one item each: not a live page's "Update 2", a "Part 3" or a "Day 2",
#: which go on in the same day)
_CODED_HEADING = re.compile(r"[ \t#]*(?:\*\*|__)?(?P<word>Card|Ticket|Exhibit|Entry|Item|Document|Source|Slide|Clip|"
                            r"Page|Message|Incident|Record|Letter|Notice|Capture|"
                            r"Sample|Handout|Case|Question|Q)[ \t]*#?\d{1,3}[ \t]*[·|—–:.-]")
#: An entry's heading that opens with its code in brackets or after "#", then its full date (and
#: time), then its title after a separator: a docket's "**[3] 08.04.2024, 10:00 · Public sitting: …**",
#: a log's "(12) 9 October 2025 — Press conference".
_CODE_DATE_TITLE = re.compile(r"[\s*_#>]*(?:\[\d{1,3}\]|\(\d{1,3}\)|#\d{1,3})[ \t]+"
                              r"(?P<date>\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{4}|"
                              r"[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4})(?:,?[ \t]+\d{1,2}[:.]\d{2})?[ \t]*[·|—–][ \t]*\S")


#: A date with its month in Roman numerals, "26.II.22": capitals that are no words in capitals.
_ROMAN_MONTH_DATE = re.compile(r"\d\.(?:" + ROMAN_MONTHS + r")\.\d")


#: A verb of posting after a name in bold, before its header's separator: "**Luis Arce** posted · …".
_POSTED_AFTER_NAME = re.compile(r"(?<=\*\*)[ \t]+(?:posted|wrote|replied|commented|shared|tweeted|added|updated)(?=[ \t]*[·|•])")


#: A paragraph that is only a place and a day, perhaps after a note in brackets and with a time: a
#: dispatch's or a telegram's dateline inside the text, "(Telegraphic.) Pristina, October 8, 2025,
#: 11.20 p.m.", "Belgrade, October 9, 2025." (a section's line: what the text under it tells of
#: "today" and "this afternoon" is of that day, ``_heading_date``; not a picture's caption, "(Photo.)
#: Ceuta, May 18, 2021", whose day is the picture's).
_DISPATCH_DATELINE = re.compile(r"[ \t*_]*(?:\((?![^)\n]*\b(?:Photo\w*|Pictures?|Images?|Caption|Video|Map|Credit)\b)[A-Z][\w .]{0,30}\)[ \t]*)?(?P<place>[A-ZÀ-Ž][\w'’.-]*(?:[ \t][A-ZÀ-Ž][\w'’.-]*){0,2}),"
                                r"[ \t]+(?:" + MONTH_NAME + r"[ \t]+\d{1,2},?|\d{1,2}(?:st|nd|rd|th)?[ \t]+" + MONTH_NAME +
                                r")[ \t]+\d{4}(?:,[ \t]*\d{1,2}[.:]\d{2}(?:[ \t]*[ap]\.?m\.?)?)?[ \t*_.]*")


def _heading_date(line: str, reference: dt.date, offset: int, published: dt.date) -> DateValue | None:
    """The date a heading states when the heading is only a date ("Wednesday 8 October",
    or a chapter's dateline, a day, a month or a span of days: ``_dateline_day``;
    "SUNDAY, FEB. 18"), perhaps after a numbered part's label or a place ("Slide 7 — Ankara, 12
    February 2026") and before the day's places, or among an entry's labels ("*World · 9 Oct
    2025*", a search result's or a reading list's line under its headline); or after a few words that lead to it ("CARRIED
    OVER FROM WEDNESDAY", "What happened on Thursday?"), a day then counted from the publication
    (a diary's or an explainer's days, in order, up to the day it is written). A log's shift and the
    initials of who kept it, or a note in brackets, after a day alone are blanked first ("**WED 08.10. —
    LATE (D.P. / N.J.)**", ``_SHIFT_AND_SIGNERS``)."""
    if (slug := _SLUG_LEAD.match(line)) is not None and (slug.group("code") or slug.group("label")):
        line = " " * slug.end() + line[slug.end():]  # (a title card's code, label and place: same length, offsets hold)
        line = _SLUG_TIME_END.sub(lambda t: " " * len(t.group()), line)  # (and its time of day: "THURSDAY. 13:00.")
        line = _SLUG_PLACE_END.sub(lambda t: " " * len(t.group()), line)  # (or its place after: "12 MARCH 2025. NUUK.")
    if (stamped := _markup_time(line)) is not None:
        return stamped[0]  # ('<wpt lat="…" lon="…"><time>2017-07-04T05:41:00Z</time>…': a track's waypoint, its day)
    if "(" in line or "—" in line or " -" in line:
        shift = _SHIFT_AND_SIGNERS.search(line)
        if shift is not None and shift.group().strip() and any(c.isdigit() for c in line[:shift.start()]) and \
                len(re.sub(r"[*_#]", " ", line[:shift.start()]).split()) <= 4:  # (a day alone before it: not "… | Orbán's veto (explained)")
            # ("**THU 13.08. (NO BRIEFING TODAY)**", "**WED 08.10. — LATE (D.P. / N.J.)**": a log's day, its
            # shift and who kept it blanked, same length: offsets hold)
            line = line[:shift.start()] + " " * (shift.end() - shift.start()) + line[shift.end():]
    if _HEADER_FIELD_SEPARATOR.search(line) is not None and (logged := record_header_day(line, published)) is not None:
        return logged  # (a copy's header short enough to be a heading: "TAKE 1 -- FILED … -- FROM … -- SLUG …")
    if "**" in line:
        # (and the verb after the poster's name, "**Luis Arce** posted · …": the post's header, its day)
        line = _POSTED_AFTER_NAME.sub(lambda m: " " * len(m.group()), line)
    if (bare := _DAY_NUMBER_WEEKDAY.fullmatch(line)) is not None:
        return _day_of_weekday(int(bare.group("day") or bare.group("day2")), bare.group("weekday") or bare.group("weekday2"),
                               published)
    if (scene := _SCENE_HEADING.fullmatch(line)) is not None and \
            (day := label_date(scene.group("date"), reference, offset + scene.start("date"))) is not None and \
            day.precision == "day" and day.earliest <= published:
        return day  # "**PRESS CENTRE, BELGRADE** — Thursday 9 October 2025, the next day — Score: 3 of 12": a scene's
    if line.rstrip("*_ ").endswith(")") and (cited := _TITLE_SOURCE_DATE.fullmatch(line.rstrip("*_ "))) is not None and \
            (day := label_date(cited.group("date"), reference, offset + cited.start("date"))) is not None and \
            day.precision == "day" and day.earliest <= published:
        return day  # "Netanyahu receives the guard (wire digest, Wed 26 Jul 2017)": a report's title, its source and day
    if (entry := _CODE_DATE_TITLE.match(line)) is not None and \
            (day := label_date(entry.group("date"), reference, offset + entry.start("date"))) is not None and \
            day.precision == "day" and 0 <= (published - day.earliest).days <= ENTRY_DAYS_BACK:
        # (a docket's steps within the year before the page; not a reading list's speeches of past
        # decades, "[1] 16.06.1989 · Heroes' Square speech", whose comments are of now)
        return day  # "**[3] 08.04.2024, 10:00 · Public sitting: Nicaragua's oral argument.**": a docket's entry, its day first
    if (noted := _BOLD_TITLE_THEN_NOTE.fullmatch(line)) is not None:
        # "**1. Seven mosques closed!** (Friday 8 June, Vienna)": a bold title, its day and place noted after it
        return _noted_day(noted.group("note"), reference, offset + noted.start("note"), published)
    said = _SAID_TITLE_THEN_DATE.fullmatch(line.rstrip("*_ ")) if line.rstrip("*_ ").endswith(")") else None
    if said is not None and ((day := label_date(said.group("date"), reference, offset + said.start("date"))) is None or
                             not 0 <= (published - day.earliest).days <= STORY_TOLD_BACK):
        return None  # (a title of words said long ago, "What the 1979 communiqué said (1 January 1979)": no section)
    if said is None and line.rstrip("*_ ").endswith(")") and not _LOOKS_AHEAD.search(line) and \
            (said := _TITLE_THEN_DAY.fullmatch(line.rstrip("*_ "))) is not None and \
            ((day := label_date(said.group("date"), reference, offset + said.start("date"))) is None or day.precision != "day" or
             not 0 <= (published - day.earliest).days <= STORY_TOLD_BACK):
        said = None  # (a title over a day it tells back, "**2nd innings (Day 5, Monday 2 April)**"; no other date)
    if line.rstrip("*_ ").endswith(")") and (titled := _TITLE_THEN_DATE.fullmatch(line.rstrip("*_ ")) or said) is not None:
        # "## Resolution note (Jan 8, 2020)": a short title, its day in brackets (same length: offsets hold)
        line = " " * titled.start("date") + titled.group("date") + " " * (len(line) - titled.end("date"))
    head = line if line.isupper() else re.split(r"[—–]", line, maxsplit=1)[0]
    first = re.split(r"[·|]", line, maxsplit=1)[0]
    if not head.isupper() and any(c.isdigit() for c in first) and _COUNTER_LABELS.fullmatch(line, len(first)):
        # ("**SATURDAY 18 JULY 2015** · Day 199", a page's number after its day; not a masthead, "**THE
        # CAPITAL COURIER** · Friday, …", nor a topic's title after a day, "**FEBRUARY 24** · Three years since …")
        head = first
    if head.isupper() and not _ROMAN_MONTH_DATE.search(head):  # "SUNDAY, FEB. 18", "SATURDAY 24 OCTOBER — Kayseri"
        line = head.title() + line[len(head):]  # same length: offsets hold
    # (the weekday in brackets after the date, a portal's "October 8, 2025 (Wednesday)": blanked)
    line = _WEEKDAY_IN_BRACKETS.sub(lambda w: " " * len(w.group()), line)
    if (label := _BOLD_LABEL_THEN_DATE.match(line)) is not None:  # ("**Reply from Jan** · 9 Oct 2025": no month)
        line = " " * label.end() + line[label.end():]
    exprs = find_temporal_expressions(line, reference, offset)
    if exprs and exprs[0].date is not None and exprs[0].date.earliest > published:
        exprs = find_temporal_expressions(line, published, offset)  # (no day after the article's: from its date)
        if exprs and exprs[0].date is not None and exprs[0].date.earliest > published:
            # (nor a year the weekday picks after it: "FRIDAY, JANUARY 9" in October, a weekday written wrong)
            line = re.sub(r"(?i)(?<![\w-])" + WEEKDAY_NAME + r"(?![\w-])", lambda w: " " * len(w.group()), line)
            exprs = find_temporal_expressions(line, published, offset)
    if len(exprs) > 1 and exprs[0].date is not None and exprs[0].date.precision == "day" and \
            all(te.date is None or te.date.precision != "day" or _CHECKED_ON.search(line, 0, te.start - offset)
                for te in exprs[1:]) and \
            _RECORDED_ON.search(line, 0, exprs[0].start - offset) and \
            _BEFORE_HEADING_DATE.fullmatch(line, 0, exprs[0].start - offset) and \
            _ANY_LABELS.fullmatch(line, exprs[0].end - offset):
        # ("*Reviewed 11 August 2013 · Date of experience: August 2013*": the record's day, and a card's
        # "Created Thu 9 Oct, 13:10 · Verified Thu 9 Oct, 14:02", the day it was checked after it; not
        # "*Published 14 March 2019 · Updated 8 October 2025*", two days of the text)
        return exprs[0].date
    if len(exprs) == 1 and exprs[0].date is not None and exprs[0].date.precision == "day" and \
            re.search(r"\d{4}", exprs[0].text) and not _NOT_WORDS_STAMP.search(line) and _STAMP_AFTER_DASH.search(line, 0, exprs[0].start - offset) and _CLOCK_ENDS.fullmatch(line, exprs[0].end - offset):
        # ("Hand #2510081714: Hold'em No Limit - 2025/10/08 17:14:00 CET": a log entry's header, its
        # stamp with its year ending the line after a dash or a separator; not "— Friday, 6:20 a.m.")
        return exprs[0].date
    if line.lstrip().startswith(("*", "_", "#")) and (told := _dateline_day(line, exprs, offset)) is not None:
        if told.earliest < reference and not re.search(r"\d{4}", line) and \
                (ahead := _dateline_day(line, find_temporal_expressions(line, published, offset), offset)) is not None and \
                reference <= ahead.earliest <= published:
            told = ahead  # (a story told forward, chapter by chapter: "Monday the 16th" after "Saturday the 14th" of March)
        return told
    if len(exprs) != 1 or exprs[0].date is None or exprs[0].date.precision != "day":
        return _labels_date(line, reference, offset)
    before, _, rest = line.partition(exprs[0].text)
    if re.sub(r"[\W_]+", "", before) and not _BEFORE_HEADING_DATE.fullmatch(before) and \
            not (_FIELDS_BEFORE_DATE.fullmatch(before) and any(c.isdigit() for c in exprs[0].text)):
        if not _WORDS_TO_HEADING_DATE.fullmatch(before):
            return _labels_date(line, reference, offset)
        exprs = find_temporal_expressions(line, published, offset)
        if len(exprs) != 1 or exprs[0].date is None or exprs[0].date.precision != "day":
            return None
    return exprs[0].date if not re.sub(r"[\W_]+", "", rest) or _PLACES_AFTER_DATE.fullmatch(rest) or \
        _LABELS_AFTER_DATE.fullmatch(rest) or (_RECORDED_ON.search(before) and _ANY_LABELS.fullmatch(rest)) or \
        not re.sub(r"[\W_]+", "", before) and _TITLE_AFTER_DAY.fullmatch(rest) and _bare_weekday(exprs[0].text) \
        else _labels_date(line, reference, offset)


def _dateline_day(line: str, exprs: list, offset: int) -> DateValue | None:
    """The time a chapter's dateline tells, a heading or a line in emphasis that places the chapter
    and then ends with its day, days or month ("*Bern, Monday the 16th and Tuesday the 17th.*",
    "*Horsham, in the land of the English. Saturday the 14th.*", "*Paris and Bern, in the month of
    October, 2008.*"); else None. Several days are the span from the first to the last: the words
    under it are of its first day, and the text counts from its last ("On the Tuesday")."""
    if not exprs or exprs[0].date is None or exprs[0].date.precision == "year":
        return None
    first, last = exprs[0].start - offset, exprs[-1].end - offset
    if _DATELINE_PLACE.fullmatch(line, 0, first) is None or _DATELINE_END.fullmatch(line, last) is None:
        return None
    between = line[first:last]
    for te in exprs:
        between = between.replace(te.text, " ", 1)
    if not _DATELINE_JOINS.fullmatch(between):
        return None
    days = [te.date for te in exprs if te.date is not None]
    if len(days) == 2 and days[0].precision == "month" and days[1].precision == "year":
        return DateValue.month(days[1].earliest.year, days[0].earliest.month)  # ("in the month of May, 2023")
    if len(days) > 1 and days[0].precision != "month" and days[-1].latest > days[0].earliest:
        return DateValue.interval(days[0].earliest, days[-1].latest)  # (the chapter's span: from its first day to its last)
    return days[0]


#: A dateline's place before its time: a name, perhaps more words after it, then a comma or a full
#: stop ("Bern, ", "Paris and Bern, in the month of ", "Horsham, in the land of the English. ", "Rivera and
#: Santana do Livramento, ").
_DATELINE_PLACE = re.compile(r"[\s*_#]*[A-ZÀ-Ž][\w'’-]+(?:[ \t]+(?:(?:and|do|da|de|del|dos|das|es|la|le|on|upon)[ \t]+)?[A-ZÀ-Ž][\w'’-]+)*"
                             r"(?:,[ \t]+[^\d.,;:!?\n]{1,40})?[,.][ \t]+"
                             r"(?:(?:on|in)[ \t]+)?(?:the[ \t]+month[ \t]+of[ \t]+)?")
#: What a dateline's times are joined by ("Monday the 16th and Tuesday the 17th", "October, 2008").
_DATELINE_JOINS = re.compile(r"[\s,]*(?:(?:and|to|until)[\s,]*)?")
#: How many days a dateline's span may cover for its last day to be what its text counts from.
_DATELINE_SPAN = 14
#: A dateline's end: its full stop, in emphasis.
_DATELINE_END = re.compile(r"\.[*_]*\s*")


#: A heading that is only a day of the month and its weekday, either way round, in any case (a
#: journal's "**25 TUE**", a diary's "Tuesday 25th", "**Tue 25**").
_DAY_NUMBER_WEEKDAY = re.compile(r"[\s#*_]*(?:(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?[ \t.,]+(?P<weekday>(?i:" + WEEKDAY_SHORT +
                                 r"))|(?P<weekday2>(?i:" + WEEKDAY_SHORT + r"))[ \t.,]+(?P<day2>[0-9]{1,2})(?:st|nd|rd|th)?)[\s.*_]*")
#: How many months back a day of the month and its weekday are looked for.
_WEEKDAY_MONTHS_BACK = 11


def _day_of_weekday(day: int, weekday: str, published: dt.date) -> DateValue | None:
    """The day ``day`` of a month, nearest to ``published`` (from ``_WEEKDAY_MONTHS_BACK`` months
    before to the month after), that falls on ``weekday``: what a journal's "25 TUE" is; else None."""
    want = next((i for i, w in enumerate(WEEKDAYS) if w.lower().startswith(weekday.lower()[:3])), None)
    found = []
    for n in range(-_WEEKDAY_MONTHS_BACK, 2):
        year, month = add_months(published.year, published.month, n)
        day_value = safe_date(year, month, day)
        if day_value is not None and day_value.weekday() == want:
            found.append(day_value)
    # (the nearest to the page: a preview's "**Sun 7**" of the week ahead is after it, and no section)
    best = min(found, key=lambda d: abs((d - published).days), default=None)
    return DateValue.day(best) if best is not None else None


#: A header's word that makes its stamp the time a page was kept, not when its words were said:
#: "Item 7: archived — 2024-03-01 10:00:00 UTC", "retrieved", "exported".
_NOT_WORDS_STAMP = re.compile(r"(?i)(?<![\w-])(?:archived|retrieved|accessed|captured|scraped|saved|exported|compiled|"
                              r"updated|modified|downloaded|uploaded|generated|printed|backed\s+up)(?![\w-])")
#: The separator before a log entry's stamp that ends its header: " - ", " — ", " · ", " | ".
_STAMP_AFTER_DASH = re.compile(r"\s[-–—·|]\s+$")
#: A machine's stamp, to the second or with its zone, ending the line: " 17:14:00 CET", " 11:20 KST"
#: (not an annex's "Annex D: Reactions - 2022/04/08 12:00", the time it was compiled).
_CLOCK_ENDS = re.compile(r",?\s+\d{1,2}:\d{2}(?::\d{2}(?:\s*(?:[A-Z]{2,5}|[+-]\d{2}:?\d{2}))?|\s*(?:[A-Z]{2,5}|[+-]\d{2}:?\d{2}))[\s*_]*")


#: A scene's heading: its place in bold, a dash, its day (and the part of the day, or how it
#: follows the scene before), then fields of the game or the script after dashes ("**PRESS OFFICE,
#: BELGRADE** — Wednesday 8 October 2025, afternoon — Score: 0 of 12", "**INT. HOTEL LOBBY,
#: NAIROBI** — Monday 3 March 2025 — NIGHT").
#: A part of a slug line: a few words in capitals or figures ("PRISTINA AIRPORT", "8 OCTOBER 2025",
#: "Belgrade", "13:00"), or a day told from the one before ("the same evening").
#: A day told from the one before, as a title card tells it: "THE NEXT DAY", "the same evening".
_DAY_FROM_BEFORE = r"(?i:(?:the\s+)?(?P<which>same|next|following)\s+(?:day|morning|afternoon|evening|night))(?![\w-])"
_SLUG_PART = r"(?:[A-ZÀ-Ž0-9][\w'’:-]*(?:[ \t]+[A-ZÀ-Ž0-9][\w'’:-]*){0,4}|" + _DAY_FROM_BEFORE.replace("?P<which>", "") + ")"
#: A line that only places and dates what follows, a script's title card or a storyboard's slug,
#: perhaps after a time code and a label in capitals: "00:03 — TITLE CARD: PRISTINA AIRPORT. WEDNESDAY,
#: 8 OCTOBER 2025.", "TITLE CARD: THE SAME EVENING.", "Belgrade, Thursday 9 October." (a text, it ends with a
#: full stop, but it dates a section as a heading does; ``_SLUG_DAY`` must name a day or a time).
_SLUG_LINE = re.compile(r"(?!\d{1,3}[.)][ \t])[*_]*(?:\d{1,2}:\d{2}(?::\d{2})?[ \t]*[—–-][ \t]*)?(?:[A-Z][A-Z ]{1,30}:[ \t]*)?" + _SLUG_PART +
                        r"(?:[.,][ \t]*" + _SLUG_PART + r")*\.[*_]*")
_SLUG_DAY = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:january|february|march|april|may|june|july|"
                       r"august|september|october|november|december)\b|\b" + _DAY_FROM_BEFORE.replace("?P<which>", "") +
                       r"|\b\d{1,2}:\d{2}\.?$")


#: A title card's day told from the card before: "THE NEXT DAY.", "Caracas, the following morning.",
#: "THE SAME AFTERNOON." (``scene_after``).
_SLUG_RELATIVE = re.compile(r"(?<![\w-])" + _DAY_FROM_BEFORE)


def scene_after(line: str, sections: list) -> DateValue | None:
    """The day of a title card told from the card or heading before (``_SLUG_RELATIVE``): that
    day for "the same afternoon", the day after for "the next day"; None when the line tells no
    such day or no day was told before it."""
    told = _SLUG_RELATIVE.search(line)
    before = next((d for _, d in reversed(sections) if d is not None), None)
    if told is None or before is None or before.precision != "day":
        return None
    if told.group("which").lower() == "same":
        return before
    return DateValue.day(before.earliest + dt.timedelta(days=1))


#: A header line of fields, one of them a verb of recording (or a memo's "Date:") and its day:
#: "CALL 1 -- LOGGED 21:38 WED 08 OCT 2025 -- FROM PRISTINA -- SLUG KOSOVO-DRONES -- 450 FOR
#: THURSDAY" (a copy room's log, a wire's take header), "**Filed: Wed 8 Oct 2025, 23:40** · From: K.
#: · To: M." (a desk's handover note), "**From:** Desk · **To:** Minister · **Date:** 22 June 2022" (a
#: submission), "Comment 2 · Office of … · Received Wed 08 Oct 2025, 17:14 · Object" (a portal's
#: comment); not a photo's "taken …", nor a bare "Date" without its colon.
_LOGGED_FIELD = re.compile(r"[ \t]*(?:(?i:logged|filed|transmitted|received|sent|written)[ \t]*:?|(?i:date):)[ \t]+"
                           r"(?P<day>[^-\n]{6,40}?)[ \t]*")
#: A memo's date field: "Date:", "**Date:**".
_MEMO_DATE = re.compile(r"(?<![\w-])Date[*_]*:")
#: A memo's field of who writes to whom: "From:", "To:".
_MEMO_FIELD = re.compile(r"[ \t]*(?i:from|to)[ \t]*:")
#: What parts a header's fields: " -- ", " · ", " | ", " • " (one kind in a line).
#: (spelt to begin with a class after a space, which ``re`` skips to, ``tests/test_regexes.py``)
_HEADER_FIELD_SEPARATOR = re.compile(r"[-·|•](?:(?<=[ \t][·|•])|(?<=[ \t]-)-{1,2})[ \t]+")


def record_header_day(line: str, published: dt.date) -> DateValue | None:
    """The day a header line of three fields or more records (``_LOGGED_FIELD``, the one field of
    its kind, parted by ``_HEADER_FIELD_SEPARATOR``), to the day; else None. Its section is that
    day's, and "today", "yesterday" and the weekdays in it count from there."""
    stripped = line.strip()
    if stripped.startswith("|"):
        return None  # (a table's row is no header)
    fields = [f.strip(" *_") for f in _HEADER_FIELD_SEPARATOR.split(stripped.strip(" *_"))]
    if len(fields) < 3 or ends_a_sentence(stripped) and len(fields[-1].split()) > 3:
        return None  # (a sentence, not a field's initial: "… · To: M.")
    plain = [f.title() if f.isupper() else f.replace("*", "").replace("_", "") for f in fields]
    found = [m for f in plain if (m := _LOGGED_FIELD.fullmatch(f)) is not None]
    if len(found) != 1:
        return None
    if found[0].group().lstrip().lower().startswith("date") and not any(_MEMO_FIELD.match(f) for f in plain):
        return None  # (a memo's "Date:" beside its "From:" or "To:"; not a decision's reference line quoted in a
        # report, "Decision No. 512 · Date: 26 July 2023 · Issued by: …")
    exprs = [te for te in find_temporal_expressions(found[0].group("day"), published, 0) if te.date is not None]
    day = exprs[0].date if exprs and exprs[0].date.precision == "day" else None
    return day if day is not None and day.earliest <= published else None


#: A line that gives the source and the day of the text under it, perhaps after an entry's code in
#: bold and a label of where it was written ("Source:", "Pencilled above:", "Written on the back:"; not
#: an event's "Deadline:"): "**Page 1.** Pencilled above: *Reuters · 15.X.14.*", "Source: AP, 11 July 2015."
#: (a scrapbook's cutting, a clipping file's, a press review's item); the source a name, its words
#: capitalised after the first, perhaps a note in brackets ("B92 (copied on a blog)"; not "Proclaimed
#: in Belgrade"), the day a field of its own at the end, after a label or an entry's code at least (not
#: a revision's heading, "**Rev. E · 20.11.2025**", nor a signature's line; ``source_label_day``).
_SOURCE_LABEL_LINE = re.compile(r"[ \t]*(?:(?P<code>(?:\*\*|__)[^*_\n]{1,20}(?:\*\*|__))[ \t]+)?(?P<label>(?i:source|cutting|clipping|pencil(?:l)?ed|written|noted|marked|filed|clipped|"
                                r"stamped|handwritten|scribbled|annotated|from|via)(?:[ \t]+[a-z]+){0,3}[ \t]*:[ \t]+)?"
                                r"[*_]*(?P<source>[A-Za-z][\w.&'’-]*(?:[ \t]+(?:[A-Z0-9][\w.&'’-]*|&))*(?:[ \t]+\([^()\n]{1,30}\))?)[ \t]*(?:·|,|—|–)[ \t]*"
                                r"(?P<day>[^*_\n·,]{4,30}?(?:,[ \t]*(?:19|20)\d\d)?)[ \t]*\.?[*_]*[ \t]*")


#: A file's name, no source: "diop_post_1.png", "scan_03".
_FILE_NAME = re.compile(r"_|\.(?:png|jpe?g|gif|webp|pdf|docx?|txt|html?|mp[34]|wav)\b", re.I)


def source_label_day(line: str, published: dt.date) -> DateValue | None:
    """The day of a line that gives a source and a day alone (``_SOURCE_LABEL_LINE``), when the day
    is the whole of its field and no later than ``published``; else None. The text under it until
    the next heading or such line is told on that day."""
    m = _SOURCE_LABEL_LINE.fullmatch(line)
    if m is None or not (m.group("code") or m.group("label")) or v.SPEECH.search(m.group("source")) or _FILE_NAME.search(m.group("source")) or \
            find_temporal_expressions(m.group("source"), published, 0):
        return None  # (not a file's name, "*diop_post_1.png · 9 Apr 2025*", nor a day's, "**Thursday, 8 May**")
    found = [te for te in find_temporal_expressions(m.group("day"), published, 0) if te.date is not None]
    if len(found) != 1 or found[0].text.strip(" .") != m.group("day").strip(" ."):
        return None
    day = found[0].date
    return day if day.precision == "day" and day.earliest <= published else None


#: A heading that opens by naming an occasion of someone's words (``vocabulary.OCCASION_BY``) and a name:
#: "Given a post by Aleksandar Vučić on X at 17:14 on Wednesday 8 October 2025".
_OCCASION_BY = re.compile(r"[ \t#*_>-]*" + v.OCCASION_BY + r"[A-ZÀ-Ž]")


#: "of" right before a day: the day of an event named before it ("the riots of 13 May").
_EVENTS_DAY_BEFORE = re.compile(r"(?<![\w-])of[ \t]+(?:the[ \t]+)?$")


def occasion_by_day(line: str, reference: dt.date, published: dt.date) -> DateValue | None:
    """The one day a heading that names an occasion of someone's words "by" them states
    (``_OCCASION_BY``), no later than ``published``: the day of the words under it; else None."""
    if _OCCASION_BY.match(line) is None or ends_a_sentence(line.rstrip(" *_")):
        return None  # (the heading opens with the occasion; not a note's sentence, "*This article was updated
        # on Wednesday with a statement from the Kremlin.*")
    found = [te for te in find_temporal_expressions(line, reference, 0) if te.date is not None and te.date.precision == "day"]
    if len(found) != 1 or _EVENTS_DAY_BEFORE.search(line, 0, found[0].start) or found[0].date.earliest > published:
        return None  # (nor an event's day the occasion is about: "Statement from Baku on the riots of 13 May")
    return found[0].date


def slug_line(line: str) -> bool:
    """Whether a paragraph only places and dates what follows (``_SLUG_LINE``), in 15 words or fewer."""
    return len(line.split()) <= 15 and _SLUG_LINE.fullmatch(line.strip()) is not None and _SLUG_DAY.search(line) is not None


#: What a script's title card puts before its day: a time code, a label in capitals, a place in
#: capitals and its full stop ("00:03 — TITLE CARD: PRISTINA AIRPORT. WEDNESDAY, 8 OCTOBER 2025.",
#: ``_SLUG_LINE``).
_SLUG_LEAD = re.compile(r"[*_]*(?P<code>\d{1,2}:\d{2}(?::\d{2})?[ \t]*[—–-][ \t]*)?(?P<label>[A-Z][A-Z ]{1,30}:[ \t]*)?"
                        r"(?:(?!(?i:" + WEEKDAY_NAME + r"))[A-ZÀ-Ž][A-ZÀ-Ž'’ -]{1,40}\.[ \t]+(?=\S))?")
#: A title card's place after its day, "… 12 MARCH 2025. NUUK.", and its time, "THURSDAY. 13:00."
_SLUG_PLACE_END = re.compile(r"(?<=\d)\.[ \t]+[A-ZÀ-Ž][A-ZÀ-Ž'’ ,-]{1,50}\.?[ \t*_]*$")
_SLUG_TIME_END = re.compile(r"[.,]?[ \t]*\d{1,2}:\d{2}\.?[ \t*_]*$")
_SCENE_HEADING = re.compile(r"[\s#*_]*(?:\*\*|__)(?P<place>[^*_\n]{2,60})(?:\*\*|__)[ \t]*[—–][ \t]*"
                            r"(?P<date>(?:[A-Z][a-z]+day,[ \t]*)?[^—–,\n]{4,40}?(?:,[ \t]*(?:19|20)[0-9]{2})?)"
                            r"(?:,[ \t]*(?:the[ \t]+(?:next|same|following)[ \t]+day|(?:early[ \t]+|late[ \t]+)?"
                            r"(?:morning|afternoon|evening|night|at[ \t]+night|at[ \t]+dawn)|midnight|dawn))?"
                            r"(?:[ \t]*[—–][ \t]*(?:(?:Score|Act|Scene|Part|Chapter|Episode|Turn|Level|Take|Moves?):[ \t]*"
                            r"[\w ]{1,20}|NIGHT|DAY|MORNING|EVENING|DAWN|DUSK|CONTINUOUS|LATER|PROLOGUE|EPILOGUE|FLASHBACK))*[ \t*_]*")
#: A heading that is a day, then a colon or a dash and the topic of the section under it.
_DAY_THEN_TOPIC = re.compile(r"[\s#*_]*(?P<day>[^:—–\n]{3,40}?)[ \t*_]*[:—–][ \t]+[^.!?\n]{2,60}[\s*_#]*")
#: Words in quotation marks (someone's, not the text's own tense).
_QUOTED = re.compile(r"[\"“][^\"“”\n]*[\"”]")
#: Text that looks ahead: "will", "is expected to", "is due", "Expect …".
_TEXT_AHEAD = re.compile(r"(?<![\w-])(?:will|is\s+(?:expected|due|scheduled|set)|are\s+(?:expected|due|scheduled|set)|[Ee]xpect)(?![\w-])")
#: A section's title after the weekday that opens its heading, after a colon or a dash: "## Friday:
#: the hotel press conference", "**Saturday — the recall**" (no sentence: no verb of its own; not
#: after a full date, a diary's headline, "**Thursday 23 October: Tusk attacks Orbán**").
_TITLE_AFTER_DAY = re.compile(r"[ \t*_]*[:—–][ \t]+(?!.*\b(?:said|says|told|will|would|was|is|were|are)\b)[^.!?\n]{2,60}[ \t*_#]*")


#: Words counted back from the day of the page they stand on: "a year ago today", "two years ago
#: today" (a page-a-day calendar's, an anniversary column's).
_AGO_TODAY = re.compile(r"(?i)(?<![\w-])ago\s+today(?![\w-])")


def _counts_back_from(body: str, lo: int, hi: int) -> bool:
    """Whether the lines in [lo, hi) count back from their heading's day outside quotation marks
    ("— Donald Tusk, to reporters, a year ago today"; not a quotation that says it)."""
    if "ago" not in body[lo:hi].lower():
        return False
    for m in _AGO_TODAY.finditer(body, lo, hi):
        before = body[body.rfind("\n", lo, m.start()) + 1:m.start()]
        if before.count("“") <= before.count("”") and before.count('"') % 2 == 0:
            return True
    return False


#: A blank line, then a paragraph that opens in bold or with "#".
_NEXT_TITLED_PARAGRAPH = re.compile(r"\n\s*\n[ \t]*(?:\*\*|#)")


def _section_end(body: str, pos: int) -> int:
    """Where the lines after a heading end: at the next blank line's paragraph that opens in bold
    or "#", at most 600 characters on."""
    m = _NEXT_TITLED_PARAGRAPH.search(body, pos, pos + 600)
    return m.start() if m is not None else min(len(body), pos + 600)


#: A page's counter after its day heading: "· Day 199", "· Page 328" (a calendar's; not "· Part 2",
#: a series' part under a day of history).
_COUNTER_LABELS = re.compile(r"(?:[ \t]*[·|][ \t]*(?:Day|Page|p\.)[ \t]+\d{1,3})+[ \t*_]*")
#: A page's note that its entries run newest first.
_NEWEST_FIRST = re.compile(r"(?i)(?<![\w-])(?:(?:newest|latest|most\s+recent)(?:\s+(?:entries|posts|items|updates|days))?\s+"
                           r"(?:first|on\s+top|at\s+the\s+top)|reverse\s+(?:chronological\s+)?order)(?![\w-])")
#: How many days on a heading's bare weekday may run forward from the dated section before it
#: (a week's days in order, "## Monday 5 May" … "## Friday"); further on, it is the one before
#: ("## Friday 21 March" … "## Thursday": a page's newest days first).
FORWARD_HEADING_DAYS = 4
_WEEKDAY_WORD = re.compile(r"(?i)(?<![\w-])" + WEEKDAY_NAME)
_MONTH_WORD = re.compile(r"(?i)(?<![\w-])" + MONTH_NAME)


def _bare_weekday(line: str) -> str | None:
    """The weekday a heading names when it is the heading's only time ("EPISODE 2 — THURSDAY",
    "## Tuesday"), capitalised; None when the heading has a month too or a number beside the
    weekday ("Wednesday 8 October", "Sunday, 12", "12/10 Sunday") or names two weekdays."""
    found = list(_WEEKDAY_WORD.finditer(line))
    if len(found) != 1 or _MONTH_WORD.search(line) or _NUMBER_BESIDE.search(line, 0, found[0].start()) or \
            _NUMBER_AFTER.match(line, found[0].end()):
        return None
    return found[0].group().capitalize()


_NUMBER_BESIDE = re.compile(r"\d[.,/]?[ \t]*$")
_NUMBER_AFTER = re.compile(r"[.,]?[ \t]*\d(?!\d?:\d\d)")  # (a time of day is no number beside it: "THURSDAY. 13:00.")


#: A title in bold with a note in brackets after it: "**1. Seven mosques closed!** (Friday 8 June,
#: Vienna)", "**2... Kalın's tweet** (same day)".
_BOLD_TITLE_THEN_NOTE = re.compile(r"[\s#]*(?:\*\*|__)[^*_\n]{1,80}(?:\*\*|__)[ \t]*\((?P<note>[^()\n]{3,40})\)[ \t]*")
#: A note that a heading's part is of the occasion or the day before: "(same day)", "(same news
#: conference)", "(the same evening)".
SAME_OCCASION_NOTE = re.compile(r"(?i)(?:the\s+)?same\s+(?:day|morning|afternoon|evening|night|occasion|"
                                r"(?:news\s+|press\s+)?conference|briefing|interview|speech|meeting|session|sitting)|"
                                r"later\s+(?:that|the\s+same)\s+day|that\s+(?:morning|afternoon|evening|night)")
#: A note that a heading's part is of the day after the part before's: "(the following day)", "(next day)".
NEXT_DAY_NOTE = re.compile(r"(?i)(?:the\s+)?(?:following|next)\s+(?:day|morning|afternoon|evening)(?![\w-])|a\s+day\s+later")


def _noted_day(note: str, reference: dt.date, offset: int, published: dt.date) -> DateValue | None:
    """The day a heading's note in brackets gives when it is a date, perhaps with a weekday or a
    time, and places after it ("Friday 8 June, Vienna"); else None."""
    exprs = find_temporal_expressions(note, reference, offset)
    if len(exprs) != 1 or exprs[0].date is None or exprs[0].date.precision != "day" or exprs[0].date.earliest > published:
        return None
    k = exprs[0].start - offset
    before, rest = note[:k], note[k + len(exprs[0].text):]
    if not _BESIDE_LABEL_DATE.fullmatch(before) or not (_BESIDE_LABEL_DATE.fullmatch(rest) or _PLACES_AFTER_DATE.fullmatch(rest)):
        return None
    return exprs[0].date


#: A report's title over what is taken from it, its source and day in brackets: "Netanyahu receives
#: the guard (wire digest, Wed 26 Jul 2017)", "Tusk answers Orbán (Reuters, 9 October)"; not a line
#: led by a label, "Photo: … (Reuters, Mon 3 Mar 2025)", "Read more: …", nor a reference to a book,
#: "Sikorski, R. Poland first (Znak, 12 May 2019)".
_TITLE_SOURCE_DATE = re.compile(r"[\s*_#]*(?![A-Z][\w ]{0,20}:)(?![A-ZÀ-Ž][\w'’-]+,\s+[A-Z]\.)[A-ZÀ-Ž][^()\n:]{2,120}?\s*"
                                r"\((?P<source>[^(),\n\d]{2,40}),\s*(?P<date>[^()\n]{4,30})\)")
#: One label of a heading's line of labels, a word or two before the date in brackets: "REAL (Wed 8
#: Oct 2025, 17:14)", "Aired (9 October)".
_BRACKETED_LABEL = re.compile(r"[\s*_]*(?:[A-Z][\w'’-]*\s+){0,2}\((?P<date>[^()\n]{3,40})\)[\s*_]*")


#: A label that is the page's own date line, after its field's name: "date line: 2 June 2020", "Dated: 2020/07/01".
#: (or the day a diary's or a log's page is of: "Diary day: Tuesday 30 May 2023", "Log day:"; not a
#: record's other dates, "Audit date: …", "Due date: …", nor an event's, "Polling day: …")
_DATE_LINE_LABEL = re.compile(r"[\s*_]*(?:(?i:date\s*line|dateline|dated|date)|(?i:diary|log|entry|record(?:ing)?|observation|"
                              r"page|survey|fieldwork|panel|study|interview|shift|duty)[ \t]+(?i:day))\s*:[\s*_]*"
                              r"(?P<date>[^()\n]{3,40}?)[\s*_]*")
#: A label that is a word or two in lower case and then a weekday's date, perhaps with its time: a
#: game's turn "deadline Wednesday 8 October, 23:00 CEST" (not a day ahead or a bound: "response due
#: Friday 14 October", "meeting planned Thursday 25 August").
_WORDS_THEN_DAY_LABEL = re.compile(r"[\s*_]*(?:(?!(?:due|planned|scheduled|expected|next|until|till|by|before|after|from|to|"
                                   r"postponed|proposed|set|pending|deferred|moved|opens?|closes?|ends?|starts?|on|at|in|of|for)[ \t])"
                                   r"[a-z]+[ \t]+){1,2}(?P<date>(?i:" + WEEKDAY_NAME + r")[ \t]+\d{1,2}[ \t]+" + MONTH_NAME +
                                   r"(?:[ \t]+\d{4})?)(?:,?[ \t]+\d{1,2}[:.]\d{2}(?:[ \t]*[A-Z]{3,4})?)?[\s*_]*")
#: A label that is a year before 1900, which the date patterns do not read, perhaps after its month: a
#: historical page's "JANUARY 1833" (not "Room 1204", "1430 hrs").
_EARLY_YEAR = re.compile(r"[\s*_]*(?:" + MONTH_NAME + r"[ \t]+)?1[0-8]\d\d[\s*_]*", re.I)
#: How many years before the page a label's time may be and still tell a time of the text: older is a
#: game board's "SPRING 1912" or an era's, no day of the words under it.
_LABEL_YEARS_BACK = 50


#: A heading of labels that opens with a year alone: a timeline's "**1920 · Paris · …", "## 2022 | …".
_YEAR_LABEL = re.compile(r"[ \t#*_]*(?:1[0-9]|20)[0-9]{2}[ \t*_]*[·|]")


def _labels_date(line: str, reference: dt.date, offset: int) -> DateValue | None:
    """The date of a heading that is a line of labels parted by "·" or "|", one of them its date
    in brackets after a word or two, the others telling no time: an exercise's inject, "**INJECT
    02 · T+00:30 · REAL (Wed 8 Oct 2025, 17:14)**", a log's "Entry 4 | (Thu 9 Oct)"; or after the
    name of a date field, a web archive's "Page 4 · Post by the Home Secretary · date line: 1 July
    2020"; else None. A
    day or a month: "REAL (October 2025)" dates the words under it to that month. (Not a date
    standing bare among labels: a masthead's "**THE CAPITAL COURIER** · Friday, July 21, 2023 ·
    Late edition" is the day of the page, and a related article's card, "**14.02.2025 | ANALYSIS
    | Orbán's veto**", the day of another text.)"""
    if "·" not in line and "|" not in line:
        return None
    found, pos = None, 0
    for label in re.split(r"[·|]", line):
        lo = pos
        pos += len(label) + 1
        if not any(c.isdigit() for c in label):
            continue
        b = _BRACKETED_LABEL.fullmatch(label) or _DATE_LINE_LABEL.fullmatch(label) or _WORDS_THEN_DAY_LABEL.fullmatch(label)
        date = label_date(b.group("date"), reference, offset + lo + b.start("date")) if b else None
        if date is None:
            if _EARLY_YEAR.fullmatch(label):
                return None  # ("**Port Louis · JANUARY 1833 · Diary day: Wednesday 2 January**": a page of 1833)
            if any(te.date is not None and (te.date.latest.year > reference.year - _LABEL_YEARS_BACK or
                                            te.date.precision not in ("interval", "year"))
                   for te in find_temporal_expressions(label, reference, offset + lo)):
                return None  # (another time told among the labels; not a board's season "SPRING 1912", though a
                # month of a year long past is one, "JANUARY 1833", whose day it would then be)
            continue
        if found is not None:
            return None
        found = date
    return found


#: A counter of a periodical's masthead or page line: "Volume 141", "Vol. 3", "Issue 302", "No. 17",
#: "Page 7", "p. 7" (a digitised page's header: "Te Awa Evening Post, Volume 141, Issue 302,
#: Wednesday 28 December 2016, Page 7").
_ISSUE_COUNTER = r"(?:Vol(?:ume)?|Issue|No|Number|Edition|Page|p)\.?[ \t]*\d{1,5}"
#: A periodical's page line: its counters around a day ("Volume 141, Issue 302, …, Page 7").
_PRINTED_PAGE = re.compile(r"(?<![\w-])(?:Vol(?:ume)?|Issue|Edition|Page)\.?[ \t]*\d{1,5}\s*,")

#: A heading that titles a dated piece of writing, its day in brackets: "## Resolution note (Jan 8,
#: 2020)", "Update (9 October)", "Editor's note (…)" (not an explainer's "The Budapest Memorandum (Dec
#: 5, 1994)": the day of what it explains, not of the words under it).
_TITLE_THEN_DATE = re.compile(r"[\s*_#]*(?:[A-ZÀ-Ž][\w'’.-]*\s+){0,4}?(?i:note|update|edit|addendum|correction|clarification|"
                              r"statement|reply|response|comment|post|entry|remarks|transcript|readout|briefing|"
                              r"dispatch|bulletin)s?\s*\((?P<date>[^()\n]{4,30})\)")
#: … or a title that tells of words said, then a day with its number in brackets ("Background: what
#: was said yesterday (Wednesday 8 October)", "Reactions in brief (14 October)"); not one that looks
#: ahead ("Preview: what Tusk will be told (Thursday 9 October)").
_SAID_TITLE_THEN_DATE = re.compile(r"[\s*_#]*(?=[A-ZÀ-Ž])(?![^()\n]*(?<![\w-])(?i:will|expected|preview|next|ahead|coming)(?![\w-]))"
                                   r"(?:[^()\n]{0,50}?(?<![\w-]))?(?i:said|told|wrote|reactions?|quotes?)(?:\s+[\w'’-]+){0,2}"
                                   r"\s*\((?P<date>[^()\n]{0,20}\d[^()\n]{0,20})\)")
#: Any short title over the day it tells, a weekday alone in brackets: "**What drove the peak
#: (Friday)**", "Second wave (Saturday)" (``_weekday_titles``).
_TITLE_THEN_WEEKDAY = re.compile(r"[\s*_#]*(?:\d{1,2}(?:st|nd|rd|th)?\.?[ \t]+(?=[a-zà-žA-ZÀ-Ž])|(?=[A-ZÀ-Ž]))[\w'’.-]+(?:\s+[\w'’.-]+){0,5}\s*"
                                 r"\((?P<weekday>" + WEEKDAY_NAME + r")\)")
#: … ("**1st PERIOD (Monday)**": after the part's ordinal too) and any short title over a weekday and
#: its day of the month in brackets, after a counter of days perhaps, a diary's day: "**SOUTH AFRICA,
#: 2nd innings (Day 5, Monday 2 April)**", "Second reading (Tuesday 14 October)" (``_heading_date``: a
#: day told back, not one ahead; not an event's title and its day, "The Warsaw summit (14 October 2025)").
_TITLE_THEN_DAY = re.compile(r"[\s*_#]*(?:\d{1,2}(?:st|nd|rd|th)?\.?[ \t]+)?[A-ZÀ-Ž][\w'’.-]*(?:,?\s+[\w'’.-]+){0,6}\s*"
                             r"\((?:(?i:day)[ \t]+\d{1,3},[ \t]*)?(?P<date>" + WEEKDAY_NAME + r",?[ \t]+[^()\n]{0,20}\d[^()\n]{0,20})\)")
#: A label in bold before a separator and a date, no digit in it: "**Reply from Jan** · 9 Oct 2025";
#: or the label and number of a piece of writing or of an occasion of speaking, in bold or not:
#: "**Entry No. 12** · 4 March 2025", "### Update #3 · Feb 13, 2026", "### Hearing #2 · 11 March
#: 2025" (not another thing's number, "**Case No. 4** · 12 January 2023",
#: "**Part 2** · 16 June 1989": the day of the case or of the history told, not of the writing).
_BOLD_LABEL_THEN_DATE = re.compile(r"[ \t]*(?:\*\*(?=[^*\n]*[a-z])[^*\d\n]{1,60}\*\*|[#*_ \t]*(?i:update|post|entry|comment|reply|edit|"
                                   r"note|bulletin|dispatch|log|message|release|issue|hearing|session|sitting|meeting|"
                                   r"briefing|debate|interview)\s+(?:#|No\.?\s*)?\d{1,4}(?=[*_ \t]*[·|•])[*_]*)[ \t]*[·|•][ \t]*(?=\S)")  # (not a masthead in capitals)
#: Any label in bold before a separator, an entry's header whatever it holds ("**Exhibit No. 3** · …").
_ENTRY_HEADER = re.compile(r"[ \t#]*\*\*(?=[^*\n]*[A-Za-z]{2})[^*\n]{1,60}\*\*[ \t]*[·|•]")  # (not a time, "**17:14** ·")
#: A weekday in brackets after a heading's date, in full or short: "October 8, 2025 (Wednesday)", "08 OCT (WED)".
_WEEKDAY_IN_BRACKETS = re.compile(r"\(" + WEEKDAY_SHORT + r"\.?\)")
#: A record's verb before its date on its header: "Posted 8 Oct 2025", "Reviewed 11 August 2013", a
#: card's "Created Thu 9 Oct, 13:10 · Verified …", a voicemail's "Received Wed 8 Oct 2025, 17:29 · 0:58".
_RECORD_VERBS = r"Published|Posted|Created|Reviewed|Responded|Replied|Answered|Received|Recorded|Filed|Logged|Submitted"
#: What may stand before a day heading's date: a numbered part's label and a dash, a place and a
#: comma ("Slide 7 — Ankara, 12 February 2026", "Day 2: Brussels, 9 October", "BELGRADE, 8 October").
_BEFORE_HEADING_DATE = re.compile(r"[\s*_#>]*(?:[A-Z][a-z]+\s+(?:\d{1,2}|(?i:one|two|three|four|five|six|seven|eight|nine|"
                                  r"ten|[ivx]{1,4}))\s*[—–:.·-]\s*)?"  # ("Slide 7 — ", "PART ONE: ", "Act II — ", "Card 7 · ")
                                  r"(?:[A-ZÀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-Ž][\w'’.-]*)?\s*,\s*)?"
                                  # (an entry's line of labels: "*World · 9 Oct 2025*", "Comment | 2 days ago";
                                  # a comment's author in bold, a name or a handle: "**Jan Novak** · Oct 23,
                                  # 2019", "**oilseed_oracle** · Oct 23, 2019"; not a masthead's three words
                                  # nor a link card's "**Read more** · …", "**Related** | …")
                                  # (a page's byline, its place after it: "Started by **Wilmer Cuéllar Yucuna** ·
                                  # Leticia, Amazonas, Colombia · 6 Aug 2025")
                                  # (a forum post's number before its author: "**#3 · KFOR_watcher** » Wed Oct 08")
                                  r"(?:(?:[A-ZÀ-Ž][\w'’.-]*(?:\s+[\w'’.-]+){0,2}|(?:[A-Z][a-z]+\s+by\s+)?\*\*(?:#\d{1,5}\s*[·|•]\s*)?(?:@?[a-z][a-z0-9_.-]*|[A-Z][A-Za-z]*_[\w.-]*|"
                                  # (a release's number in a version history: "**2.1** · 21 Aug 2023", "**Version 3.4** · …")
                                  r"(?:[Vv]ersion\s+|[Vv])?\d{1,3}(?:\.\d{1,3}){1,3}|"
                                  # (or a reply's label: "**Reply from Marta** · 14 Feb 2025")
                                  # (a reply's or an owner's response's label: "**Response from Frontier Desk, Visitor Services**")
                                  r"[A-ZÀ-Ž][a-zà-ž]+(?:\s[A-ZÀ-Ž][\w'’-]+){1,3}|[A-Z][a-z]+\s+(?:from|by)\s+"
                                  r"(?:@?[a-z0-9][\w.-]*|[A-ZÀ-Ž][\w'’-]+(?:,?\s[A-ZÀ-Ž][\w'’-]+){0,5}))\*\*|"
                                  r"(?<=[·|•] )[A-ZÀ-Ž][\w'’.-]*(?:,\s+[A-ZÀ-Ž][\w'’.-]*){1,3}|"
                                  # (a reviewer's or a commenter's handle, not in bold, that no word could be:
                                  # "*dusan_ns · 9 Oct 2025*", "@ana.k · 3 March 2025", "reader1989 | …", "*p.ondo · …*";
                                  # not a file's or a site's name, "post_1.png ·", "statehouse.gov.ga ·")
                                  r"@[\w.-]+|[a-z][a-z0-9]*(?:_[a-z0-9]+|[0-9]+|\.(?!(?:png|jpe?g|gif|pdf|docx?|mp[34]|mov|txt|csv|"
                                  r"xlsx?|html?|com|org|net|gov|edu|int|info)(?![\w]))[a-z0-9]{3,})[\w-]*(?![\w.])|"
                                  # (a record's channel in lower case after its speaker's label: "VUČIĆ ·
                                  # extraordinary address · today, 13:00")
                                  r"(?<=[·|•] )[a-z][\w'’.-]*(?:\s+[\w'’.-]+){0,2})(?:\s*[·|•—–»]|\s+-)\s*)*"
                                  # (a hyphen between spaces parts them too: a shotlist's "Pristina, Kosovo - 8 October 2025")
                                  # (a page's header, its number then its service in capitals: a teletext page's
                                  # "P141 CAPES TEXT Wed 08 Oct 18:41:55 1/2"; not a title in capitals, "ARCHIVE
                                  # 12 March 2019", "KEY DATE 24 February 2022")
                                  r"(?:[A-Z]{0,3}\d{2,4}(?:\s+[A-Z][A-Z&.-]*){0,3}\s+)?"
                                  # (a notice's "added", "updated" after its label: "**NOTICE, added Thursday 14:00**")
                                  r"(?:(?:" + _RECORD_VERBS + r"|First\s+published|(?i:added|updated|amended))(?:\s+on)?:?\s+|"
                                  # (an entry's "Issued" after its code: "ADVISORY 23-041 | Issued Monday 11 …")
                                  r"(?<=[·|•—–] )(?:Issued|Sent)(?:\s+on)?:?\s+|"
                                  # (a feed's or a record's field of its date: "pubDate:", "Date:", "dc.date.issued:",
                                  # a calendar's "DTSTART;TZID=Europe/Belgrade:", "Start:")
                                  + DATE_FIELD_KEY + r")?"
                                  r"(?:" + WEEKDAY_SHORT + r"\.?,?\s+)?")  # (an RFC 822 date's "Thu, 09 Oct 2025")
#: A programme's or a meeting's header: its name and channel or place in fields before its full
#: date ("**Point of View, Kanal Sever, Thursday 9 October 2025, 21:00–22:30**"), a few
#: capitalised words each (a speaker's label in capitals, "VJOSA OSMANI, ON X, WEDNESDAY
#: EVENING:", has no day of the month and is not one).
_FIELDS_BEFORE_DATE = re.compile(r"[\s*_#]*(?:(?:[A-ZÀ-Ž][\w'’.-]*(?:\s+(?:(?:of|the|on|and|for|de|la|du)\s+)?[A-ZÀ-Ž][\w'’.-]*){0,3}|"
                                 + _ISSUE_COUNTER + r")\s*,\s*){1,4}")
#: An entry's labels after its date: "*9 Oct 2025 · World · 3 min read*", a filing's "11.10.2010
#: 07:30 | NORDIC SALMON ASA (NSA) | Inside information".
# (a word, or a ticker-like code in brackets: "(NSJ)", not "(explained)"; or an entry kind's
# symbol: "**Thu 9 Oct · 15:40 · 🗣️ REACTION · Belgrade**")
_LABEL = r"(?:[\w'’.–-]+|\d{1,3}:\d{2}(?=[\s*_]*$|\s*[·|•])|\([A-Z0-9.]{1,8}\)|[^\w\s·|•*_()\[\]:;,.!?\"“”'’-]{1,3}(?=\s))"
_LABELS_AFTER_DATE = re.compile(r"[*_]*(?:\s+(?:morning|afternoon|evening|night))?"  # ("yesterday evening")
                                r"(?:\s*[·|•]\s*\d{1,2}[:.]\d{2}(?=\s*[·|•]|[\s*_]*$))?"  # (the entry's time as its first label)
                                # (the occasion of the day after a comma: "Monday 27 November, morning lobby",
                                # "Wednesday 29 November, after Prime Minister's Questions")
                                r"(?:,\s+(?:(?:morning|afternoon|evening|night)(?:\s+[a-z][\w'’-]*)?|"
                                r"(?:after|before|during)\s+[^,.;:!?\n]{2,40}))?"
                                # (a label may ask: "**Incident 3 · Tuesday 21 November 2023 · own goal?**")
                                r"(?:\s*[·|•]\s*" + _LABEL + r"(?:\s+" + _LABEL + r"){0,3}[?!]?)*"
                                # (its time, to the second and with its zone: "16:05:00 GMT", "06:40:00 +0200")
                                r"(?:(?:,?\s+|\s+[-–—]\s+)\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?:[A-Z]{2,4}|[+-]\d{4}|[ap]\.?m\.?))?"
                                r"(?:\s*[–—-]\s*\d{1,2}[:.]\d{2})?)?"  # (or the hours of a broadcast: ", 21:00–22:30")
                                r"(?:\s+\d{1,2}/\d{1,2})?"  # (a page's number of pages: "1/2")
                                r"(?:,[ \t]*" + _ISSUE_COUNTER + r")?"  # (a digitised page's number: ", Page 7")
                                # (and what was published when, a note of the rendering: "yesterday, published
                                # 20:34 · our translation from the Albanian")
                                r"(?:,\s+(?:published|posted|sent|updated)\s+\d{1,2}[:.]\d{2})?"
                                # (a tracking page's "· Pristina, Adem Jashari International Airport · Delivered",
                                # "· Second complaint (third party)": a place with a comma, a note in brackets)
                                # (and a label's field name, italics or bold around one: "· Tour: *The Message
                                # Tour 2025–26*", "**Thu, February 12, 2026 · Ankara** · *with Erdoğan*")
                                r"(?:[*_]*\s*[·|•]\s*[*_]*(?:[A-Z][a-z]+:\s+[*_]*)?" + _LABEL + r"(?:,?\s+" + _LABEL + r"){0,6}"
                                r"(?:\s+\([\w'’.-]+(?:,?[ ][\w'’.-]+){1,5}\))?[*_]*)*"  # (not a headline's "(explained)")
                                # (and a title in quotation marks last: "· Belgrade circuit · “Sorry, Ankara”")
                                r"(?:\s*[·|•]\s*[\"“][^\"“”\n]{1,80}[\"”])?[\s*_]*")
#: A record's verb before its date on a line of labels ("*Reviewed 11 August 2013 · Date of
#: experience: August 2013 · Traveled as a couple*"): the date of the record under it, whatever
#: the labels after it say.
_RECORDED_ON = re.compile(r"(?<![\w-])(?:" + _RECORD_VERBS + r")(?:\s+on)?:?" + _SHORT_WEEKDAY.pattern + "$")
#: A later day on a record's header that tells when the desk checked it, not when its text was
#: written: "Created Wed 8 Oct, 11:05 · Verified Wed 8 Oct, 11:30", "· Resolved 12 Oct".
_CHECKED_ON = re.compile(r"(?<![\w-])(?:Verified|Checked|Fact-checked|Approved|Closed|Resolved|Archived|Due)"
                         r"(?:\s+on)?:?" + _SHORT_WEEKDAY.pattern + "$")
_ANY_LABELS = re.compile(r"[*_]*(?:,?\s+\d{1,2}[:.]\d{2})?(?:\s*[·|•][^·|•\n]{1,60})*[\s*_]*")
#: Words that lead to a day heading's date and say it is a day gone by: a diary's "CARRIED OVER
#: FROM WEDNESDAY", "Events of 8 October", "What happened on Thursday" (not a title that names a
#: day, "The vote on Sunday", "The road from Friday", "Reaction since Monday": ahead, or a span);
#: or the part of the day it is about, "The evening of 8 October 2025", "The night of Thursday".
_WORDS_TO_HEADING_DATE = re.compile(r"[\s*_#]*(?i:(?:what\s+happened|carried\s+over|held\s+over|events|what\s+was\s+said|"
                                    r"reactions?|earlier|(?:the\s+)?(?:morning|afternoon|evening|night|day|events))"
                                    r"\s+(?:on|from|of)\s+)")  # (a part of the day: "The evening of 8 October 2025")
#: A log's shift and the initials of those who kept it, after its day: "— LATE (D.P. / N.J.)",
#: "— early shift", "(S.M.)", "(E.K., from home)"; or a note of the day in capitals or in lower case, "(NO
#: BRIEFING TODAY)", "(strike, no buses)".
_SHIFT_AND_SIGNERS = re.compile(r"(?:\s*[—–-]\s*(?i:early|late|night|day|morning|afternoon|evening)(?:\s+(?i:shift))?"
                                r"(?=[\s*_]*$|\s*\())?"
                                # (then the initials of who kept it, perhaps with where: "(S.M.)", "(D.P. / N.J.)",
                                # "(E.K., from home)"; or a note of the day, "(NO BRIEFING TODAY)", "(strike, no buses)")
                                r"(?:\s*\((?:(?:[A-Z]\.\s?){1,3}(?:\s*[/,&]\s*(?:[A-Z]\.\s?){1,3})*(?:,\s*[a-z][a-z ]{1,20})?|"
                                r"[A-Z][A-Z' ]{2,30}|[a-z][a-z' ,]{2,40})\))?"
                                r"(?=[\s*_]*$)")
#: A record's field that names its source file, the day it was recorded in the name: "* FROM CLIP
#: NAME: AGBR_BRASILIA_31DEC2010_AMORIM.MXF", "Source file: 2019-01-13_salvini.mp4" (a file's label and a
#: media file's type: not "Source: 24sata.hr", "Turnout: 48.25").
_FILE_NAME_FIELD = re.compile(r"\s*(?:[-*•]\s+)?(?i:(?:from\s+)?clip(?:\s+name)?|source\s+(?:file|clip|media)|(?:media\s+)?file(?:\s*name)?|"
                              r"tape|reel|asset|footage|video|audio|picture|photo|image|grab)[ \t]*:\s*[*_`]*"
                              r"(?P<file>[\w.-]*[0-9][\w.-]*\.(?i:mxf|mp4|mov|m4v|avi|mkv|wav|mp3|m4a|jpe?g|png|tiff?|gif|pdf))[*_`]*\s*")
#: Where a day heading goes on after its date: the places of the day, after a dash or a comma
#: ("SATURDAY 24 OCTOBER — Kayseri, Paris", "Thursday 22 August, Brasília", "Tuesday 27 August,
#: Brasília, morning"), a diary's or a reconstruction's way; not a headline ("Monday: Tusk
#: attacks Orbán").
_PLACES_AFTER_DATE = re.compile(
    r"[\s*_#]*[—–,-]\s*(?:(?:the\s+)?[A-ZÀ-Ž][\w'’.-]*(?:\s+(?:and\s+)?[A-ZÀ-Ž][\w'’.-]*)*"
    r"(?:\s*,\s*|\s+and\s+)?)+(?:,?\s*(?:morning|afternoon|evening|night|press\s+conference))?[\s*_#.]*")


#: Words that make a sentence's date the date of an occasion for speaking: a meeting, an
#: interview, a speech, an answer … (and the reporting verbs of ``vocabulary``).
_OCCASION_WORDS = (
    r"meet(?:ing|s)?|met|talks|summit|interview(?:ed)?|press\s+conference|news\s+conference|"
    r"address(?:ed)?|speech|spoke|spoken|speaking|visit(?:ed|ing|s)?|phone\s+call|telephone\s+call|call\s+with|phoned|"
    r"briefing|debate|hearing|sitting|session|rally|ceremony|remarks|statement|posts?|posted|tweet(?:ed)?|wrote|told|said|says|"
    r"broadcast|televised|appear(?:ed|ance)|asked|answer(?:ed)?|repl(?:y|ied)|respon(?:se|ded)|reaction|reacted|"
    r"questions?|message|letter|announce(?:d|ment)|declared")
_OCCASION_PLAIN = re.compile(r"(?i)(?<![\w-])(?:" + _OCCASION_WORDS + r")(?![\w-])")
#: The same, each alternative led by its first letter (``rhetoric.regexes``): ``re`` skips to them.
_OCCASION = re.compile(letter_branches(split_alternatives(_OCCASION_WORDS), r"(?![\w-])", ignorecase=True,
                                       not_after=r"[\w-]"))
#: A dash or semicolon: what comes after it is another clause, with its own time.
_ASIDE = re.compile(r"[—–;]|\s-\s")
#: Words in an attribution that point to the time just told: "said at the time", "then".
_THAT_TIME_WORDS = r"at\s+the\s+time|at\s+that\s+time|back\s+then|then|that\s+day"
_THAT_TIME_PLAIN = re.compile(r"(?i)(?<![\w-])(?:" + _THAT_TIME_WORDS + r")(?![\w-])")
#: The same, each alternative led by its first letter (``rhetoric.regexes``): ``re`` skips to them.
_THAT_TIME = re.compile(letter_branches(split_alternatives(_THAT_TIME_WORDS), r"(?![\w-])", ignorecase=True,
                                        not_after=r"[\w-]"))


#: A date in a clause in the past perfect, a time before the story's own: "who in January had
#: said", "had warned in March".
_PARTICIPLE = (r"(?:[a-z]+(?:ed|en|id|ld|ght|wn|ne|de)|spent|kept|left|lost|sent|meant|felt|dealt|built|lent|slept|"
               r"met|set|put|cut|let|shut|read|led|fled|held|stood|found|won|begun|run|come|become)")
_PLUPERFECT = re.compile(r"(?<![\w-])had\s+(?:\w+ly\s+|already\s+|also\s+)?(?:been\s+)?" + _PARTICIPLE + r"\b")
_PLUPERFECT_AFTER = re.compile(r",?\s+had\s+(?:\w+ly\s+|already\s+|also\s+)?(?:been\s+)?" + _PARTICIPLE + r"\b")
_PLUPERFECT_BEFORE = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:been\s+)?" + _PARTICIPLE + r"\s+(?:[\w-]+\s+){0,2}$")


#: Before a date that tells no time of the story: "since" (a span's start: "since the row of last
#: October") and "of" after a noun of an event that is not an occasion for speaking ("the row of
#: last October", "the elections of March") or of a signed text that binds ("the tripartite
#: declaration of 9 November 2020", "the agreement of 19 April"); not "the evening of 8 October",
#: "a letter of 14 October", "the sidelines of Thursday's summit".
_SINCE_OR_OF_BEFORE = re.compile(r"(?<![\w-])(?:since|before|(?:row|rows|dispute|quarrel|feud|spat|crisis|elections?|vote|"
                                 r"referendum|war|clash|clashes|attacks?|raids?|restrictions|sanctions|ban|arrests?|"
                                 r"incident|scandal|coup|invasion|protests?|riots?|agreements?|accords?|treaty|treaties|ceasefire|truce|deal|pact|"
                                 r"armistice|memorandum|protocol|(?<=the )declaration|(?:tripartite|joint|trilateral)\s+"
                                 r"declaration)\s+of)\s+$")
#: A time of day told after a preposition, as of an act: "at 17:14", "at 9:58 a.m.", "by 22:31",
#: "just after one o'clock", "shortly after noon", "by midnight" (not a score or a verse, "2:1",
#: "3:16", which no preposition of time leads).
_CLOCK_TIME = re.compile(r"(?<![\w-])(?:(?:[Ss]hortly|[Jj]ust|[Ss]oon)\s+)?(?:[Aa]t|[Bb]y|[Aa]round|[Aa]bout|[Aa]fter|[Bb]efore|[Uu]ntil)"
                         r"\s+(?:about\s+)?(?P<time>(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d:])(?:\s*(?:a\.m\.|p\.m\.|am|pm))?|"
                         r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['’]clock|noon|midnight)(?![\w-])")
#: What makes a time of day no single act's: a time ahead or kept ("will", "is expected", "until
#: then", "still", "daily", "nightly", a timetable's "leave at").
_NOT_ONCE = re.compile(r"(?i)(?<![\w-])(?:will|would|shall|expected|due|scheduled|until\s+then|still|daily|nightly|"
                       r"weekdays|timetable|leave\s+at|leaves\s+at|depart\w*)(?![\w-])")
#: A verb in the past: a time of day told with one is of an act told, whose day the paragraph told
#: ("At 17:14 Vučić posted", "the alert was withdrawn at 18:20"); in the present only a dated
#: section's day places it (a running order's "At 17:14 the post goes up").
_PAST_ACT = re.compile(r"(?<![\w-])(?:[a-z]{2,}ed|" + v.COMMON_PAST + r"|was|were|drew|rose|fell)(?![\w-])")
#: A document's own date before it: "a letter dated 13 November 2019", "a memo dated" (the day a
#: text bears, which the story does not reach by naming it; its own sentence's words may still be
#: of that day); not a record of an occasion, "the minutes, dated 29 April", whose day is the
#: occasion's.
_DOCUMENT_DATED_BEFORE = re.compile(r"(?<![\w-])(?:letter|note|memo|memorandum|cable|telegram|decree|contract|invoice|"
                                    r"document|order|receipt|circular|instruction|directive|communication|message|notice|notification|despatch|dispatch)s?,?\s+(?:dated|date-stamped)\s+(?:on\s+)?$")
#: A clause of a time since when, up to a date in it: "since Russia invaded on ".
_SINCE_CLAUSE = re.compile(r"(?<![\w-])[Ss]ince\s[^,;.:]{0,45}$")
#: A paragraph wholly in italics (one pair of single asterisks or underscores around it).
_ITALIC_NOTE = re.compile(r"\*(?![*\s])[^*]+(?<!\s)\*|_(?![_\s])[^_]+(?<!\s)_")
_THE_BEFORE_DATE = re.compile(r"(?<![\w-])[Tt]he\s+$")
_NOUN_AFTER_DATE = re.compile(r"\s+(?!(?:of|and|or|to|at|in|on|when|while|as|that|which|after|before|until|with|by|"
                              r"for|from|is|was|were|had|has|will|would|he|she|they|it|we|i|you|"
                              # a determiner opens the sentence's subject: "On the Monday the Kremlin's spokesman …"
                              r"the|a|an|his|her|its|their|our|this|"
                              # the date of an occasion for speaking dates what is said at it: "the 3 May interview"
                              r"interview|press|news|speech|address|briefing|talks|summit|visit|debate|session|"
                              r"sitting|hearing|rally|conference|"
                              # (a part of the day tells the time: "on the Wednesday evening")
                              r"morning|afternoon|evening|night|lunchtime)(?![\w-]))"
                              r"[a-z][a-z-]+(?![\w-])")


#: A weekday alone ("Thursday", an expression's text) and a weekday with its date ("Wednesday 8
#: October"); the same in running text (led by a class of first letters, so that ``re`` skips ahead).
_BARE_WEEKDAY = re.compile(WEEKDAY_NAME)
#: A weekday shortened, alone, as a list's item opens with it: "Wed", "Thurs".
_ITEM_WEEKDAY = re.compile(WEEKDAY_ABBR + r"\.?")
#: A list's item mark, alone before the text of its line.
_ITEM_MARK_LEAD = re.compile(r"[ \t]*[-*•][ \t]+")
#: A lead that looks ahead over a list: "what to watch in the coming week", "The week ahead:".
_AHEAD_LEAD = re.compile(r"(?i)(?<![\w-])(?:week\s+ahead|coming\s+(?:week|days)|next\s+week|to\s+watch|upcoming|"
                         r"what['’]?s\s+(?:on|next|ahead)|schedule|agenda|diary\s+for|preview)(?![\w-])")
#: … not a plan told as past: "The original schedule, drawn up in January:".
_PAST_LEAD = re.compile(r"(?i)(?<![\w-])(?:original|originally|drawn\s+up|was|were|had|used\s+to)(?![\w-])")
#: A relative day set beside a weekday: "On Thursday, the very next day, …", "on Monday, a day later,".
_NEXT_DAY_APPOSED = re.compile(r",\s+(?:the\s+(?:very\s+)?(?:next|following)\s+day|a\s+day\s+later)(?![\w-])")


def _counts_next_day_from(te, reference: dt.date) -> bool:
    """Whether ``te`` tells a day the story may count "the next day" from: a day's date, not
    after ``reference`` and not the writer's "today" or "tomorrow" ("drones Serbia itself could
    buy tomorrow?"); for statements (``ArticleTimeline.last_day_before``) and events alike."""
    return te.date is not None and te.date.precision == "day" and te.date.earliest <= reference and \
        not DEICTIC_DAY.fullmatch(te.text)


def next_day_named(te, told: DateValue | None) -> DateValue | None:
    """The day after the day told, when a weekday set beside "the next day" names it ("On
    Thursday, the very next day": the Thursday after the Wednesday told, however far back it
    was told); else None."""
    if told is None or told.precision != "day":
        return None
    day = told.earliest + dt.timedelta(days=1)
    return DateValue.day(day) if WEEKDAYS[day.weekday()].lower() == te.text.strip().lower() else None


#: A recording's participle apposed to it, before its day: "(an interview with Macron), recorded on the
#: (Tuesday)", ", filmed on 1 October,": recorded before the day the story has reached (it aired then),
#: and that day is no day the story counts on from (not "signed on the Wednesday", "sent on the
#: Thursday": acts of the story's own days).
_RECORDED_IN_ASIDE = re.compile(r",\s+(?:pre-)?(?:" + _RECORDING_VERBS + r")\s+on\s+(?:the\s+)?$")
#: How many of the last days told an event's timeline keeps, for "that Wednesday".
_DAYS_TOLD_KEPT = 8
#: "that Wednesday", "the same Sunday": a day the story has told, named by its weekday.
_THAT_WEEKDAY = re.compile(r"(?i:that(?:\s+(?:same|very))?|the\s+(?:same|very))\s+(" + WEEKDAY_NAME + ")")
#: The day after a weekday that makes it a weekday-and-date: "Wednesday 8 October", "Monday, the
#: fifth of June", "Saturday, November 1st" (the month first, as American copy writes it).
_DAY_AFTER_WEEKDAY = r",?\s+(?:the\s+)?(?:\d|" + DAY_WORD + "|" + MONTH_NAME + r"\s+\d)"
_WEEKDAY_AND_DATE = re.compile(WEEKDAY_NAME + _DAY_AFTER_WEEKDAY)
#: A weekday and the day of the month, no month told: "Tuesday the eighteenth", "Sunday the 19th".
_WEEKDAY_THE_DAY = re.compile(r"(?:[Oo]n\s+)?" + WEEKDAY_NAME + r",?\s+the\s+[\w-]+")
#: A weekday with the week it is in, which also starts the week a story is told in: "Wednesday last
#: week", "last Wednesday", "Wednesday of last week".
_WEEKDAY_OF_WEEK = re.compile(r"(?i:" + WEEKDAY_NAME + r"\s+(?:of\s+)?(?:last|this)\s+week|last\s+" + WEEKDAY_NAME + ")")
_WEEKDAY_AND_DATE_TEXT = re.compile(r"[MTWFS](?<![\w-].)(?:onday|uesday|ednesday|hursday|riday|aturday|unday)" +
                                    _DAY_AFTER_WEEKDAY)


def _day_named_above(body: str, spans: list[tuple[int, int]], day: dt.date) -> bool:
    """Whether a heading above (``spans``) names ``day`` by its weekday and its date, in running
    case or in capitals, a listing's masthead ("WEEKEND TV · SATURDAY 11 – SUNDAY 12 OCTOBER"); not a
    day ahead told in prose ("Magyar has called a rally for Sunday 12 October")."""
    for lo, hi in spans:
        text = body[lo:hi].title()  # (the words only are read, not their offsets)
        for m in _WEEKDAY_AND_DATE_TEXT.finditer(text):
            if m.group().startswith(WEEKDAYS[day.weekday()]):
                exprs = find_temporal_expressions(text[m.start():m.end() + 20], day, 0)
                if exprs and exprs[0].date is not None and exprs[0].date.precision == "day" and \
                        exprs[0].date.earliest == day:
                    return True
    return False


_BARE_WEEKDAY_TEXT = re.compile(r"[Oo](?<![\w-].)n\s+" + WEEKDAY_NAME + "(?!" + _DAY_AFTER_WEEKDAY + ")")


#: A date set right: "on 12 February 2026, not 12 March": the date after "not" is no time told.
_NOT_BEFORE = re.compile(r"(?<![\w-])not\s+(?:on\s+|in\s+|until\s+)?$")


def corrected(text: str, te, offset: int = 0) -> bool:
    """Whether ``te`` is the wrong date a sentence sets right ("…, not 12 March"); ``text``
    starts at ``offset`` of the body."""
    lo, hi = max(0, te.start - offset - 13), te.start - offset
    return text.find("not", lo, hi) >= 0 and _NOT_BEFORE.search(text, lo, hi) is not None


def weekday_lead(text: str) -> bool:
    """Whether a bare weekday ("on Thursday") comes before the first weekday-and-date of a text
    (a news lead, whose weekdays count from publication), or the text has no weekday-and-date:
    then no bare weekday is placed in a told week (``in_told_week``)."""
    first = _WEEKDAY_AND_DATE_TEXT.search(text)
    span = min((m for rx in (_DAY_SPAN_DM, _DAY_SPAN_MD) for m in rx.finditer(text)
                if (rx is _DAY_SPAN_DM or re.fullmatch(MONTH_NAME, m.group("m"))) and
                0 <= int(m.group("b")) - int(m.group("a")) <= 6), key=lambda m: m.start(), default=None)
    if span is not None and (first is None or span.start() < first.start()):
        first = span  # (a span of days within a week starts a told week too: "Spirit Week (6–10 October)")
    return first is None or _BARE_WEEKDAY_TEXT.search(text, 0, first.start()) is not None


#: A span of days of one month: "6–10 October", "October 6-10" (each led by a class of characters,
#: which ``re`` skips to).
_DAY_SPAN_DM = re.compile(r"(?P<a>[0-9](?<![\w.,-][0-9])[0-9]?)\s*[–-]\s*(?P<b>\d{1,2})\s+" + MONTH_NAME)
_DAY_SPAN_MD = re.compile(r"(?P<m>[JFMASOND](?<![\w-][JFMASOND])[a-z]{2,8})\.?\s+(?P<a>\d{1,2})\s*[–-]\s*(?P<b>\d{1,2})(?![\d])")


#: A time counted from an event named after it ("a week before the trip", "three months before
#: Baykar's delivery"): not from the day told before it (``ArticleTimeline._from_days_told``).
_BEFORE_AN_EVENT = re.compile(r"(?:\s+(?:the|a|an|his|her|its|their|our|this|that|[A-Z][\w'’-]*['’]s)\s|"
                              # "… after Iranian forces seized", "… after Orbán met Putin", "… after the drones had struck"
                              r"\s+(?:[\w'’-]+\s+){1,2}(?:had\s+)?(?:[a-z]{2,}ed|met|struck|shot|took|hit|began|fell|left|"
                              r"won|lost|sent|made|held|gave|broke|came|went|told|said|wrote|flew|ran|spoke|threw|"
                              r"stood|drove|sank|caught|brought|bought|sold|led|fled|fought|rose|shut|cut|put|set)(?=[\s,.])|"
                              # "… before municipal elections", "… after publication": an event with no article
                              r"\s+(?!(?:noon|midnight|dawn|dusk|then|now|that|this|it|and|or|but|in|on|at|to|of)(?![\w'’-]))[a-z][a-z'’-]+(?=[\s,.;:)]))")

def counts_from_event(text: str, te) -> bool:
    """Whether a relative time counts from an event named after it ("a week before the trip"),
    not from the day told before it."""
    return te.text.lower().endswith(("before", "after")) and _BEFORE_AN_EVENT.match(text, te.end) is not None


#: "the Sunday after the Tallinn meeting", "the Friday before his visit": a weekday of an event's
#: week, not of the publication's.
_THE_BEFORE = re.compile(r"(?<![\w-])the\s+$", re.I)
_AFTER_AN_EVENT = re.compile(r"\s+(?:after|before)" + _BEFORE_AN_EVENT.pattern)


#: "it's Thursday the ninth of October", "today is Monday": the day the text is read or heard in
_TODAY_IS = re.compile(r"(?i)\b(?:it['’]s|it\s+is|today\s+is)\s+$")
#: A programme's greeting before its day: "Good morning, and welcome to Morning Report on …",
#: "This is Radio Poland's Morning Report for …".
_GREETING = re.compile(r"(?i)(?:good\s+(?:morning|afternoon|evening)|welcome\s+to|this\s+is)\b[^.!?\n]{0,60}$")


#: A record of words made public, before a date in a transcript's introduction: "published on",
#: "released by the charity on Tuesday", "made public", "leaked", "reproduced". The day a record came out is not
#: the day its words were said (a recording's day is: "recorded on Thursday").
_RECORD_RELEASED = re.compile(r"(?<![\w-])(?:published|released|made\s+public|leaked|declassified|reproduced|"
                              r"posted\s+online)\s+(?:it\s+|them\s+)?(?:by\s+(?:[\w'’-]+\s+){1,4}?)?(?:on\s+|in\s+|late\s+|early\s+|last\s+)?$")


def todays_date(text: str, te) -> bool:
    """Whether a date is the day a text gives as its own ("Good morning, it's Thursday the ninth of
    October", "welcome to Morning Report on Thursday"): like a dateline, it tells when the text is
    read, never when something was said."""
    if _TODAY_IS.search(text, max(0, te.start - 12), te.start) is not None:
        return True
    window = text[max(0, te.start - 80):te.start].lower()
    return ("good " in window or "welcome" in window or "this is" in window) and _GREETING.search(window) is not None


#: A reporting clause set off by commas right after a date: "On Friday afternoon, he told MPs, …".
_PARENTHETICAL_REPORT = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?,\s+(?:he|she|they|it|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:told|tells|said|says|"
                                   r"recalled|recalls|explained|explains|insisted|insists)(?:\s+[\w'’-]+){0,3},")


#: What a parenthetical report goes on with when it tells an earlier time: a clause in the past
#: perfect ("four boats had surrounded the ship"), not a quotation.
_EARLIER_CLAUSE = re.compile(r"\s*(?![\"“¤])[^.;:\"“”¤]{0,80}?(?<![\w-])had\s+(?!to\b)[a-z]")


def reported_across(text: str, te) -> bool:
    """Whether a date opens what a parenthetical reporting clause reports, told in the past perfect
    ("On Friday afternoon, he told MPs, four boats had surrounded the ship"): the day of the
    reported events, not of the telling ("On Monday, Tusk said, “…”" is the telling's)."""
    m = _PARENTHETICAL_REPORT.match(text, te.end)
    return m is not None and _EARLIER_CLAUSE.match(text, m.end()) is not None


def weekday_of_event(text: str, te) -> bool:
    """Whether a bare weekday is "the <weekday> after/before <an event>": it counts from that
    event, whose date the expression does not give (the statement or event is left undated)."""
    return _BARE_WEEKDAY.fullmatch(te.text) is not None and _THE_BEFORE.search(text, max(0, te.start - 5), te.start) \
        is not None and _AFTER_AN_EVENT.match(text, te.end) is not None


#: A weekday of a week told after it: "the Wednesday evening of the following week".
_OF_A_WEEK_AFTER = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s+of\s+(?:the\s+)?(?:following|next|that|the\s+same|last)\s+week")
#: A day told from the one before ("the next day", "that afternoon", "a day later"): the story
#: is still told day by day (``next_week``).
_NEXT_DAY_TOLD = re.compile(ANCHORED_DAY)
#: Days or weeks counted after the day told: "Five days later", "two weeks afterwards" (from the last
#: day the story told, past paragraphs that tell no time, as "the next day" counts).
_DAYS_COUNTED_AFTER = re.compile(r"(?i)\w+(?:[ -]\w+)?\s+(?:days?|weeks?)\s+(?:later|after)")


def _counted_from_told_day(text: str) -> bool:
    """Whether a relative time counts from the day told before it, however far back past paragraphs
    that tell no time: "the same day", "that evening" (``_NEXT_DAY_TOLD``), "Five days later"."""
    return _NEXT_DAY_TOLD.fullmatch(text) is not None or _DAYS_COUNTED_AFTER.fullmatch(text) is not None
#: A paragraph that opens with a day counted from the one told: "The same day …", "That evening, …".
_OPENS_WITH_TOLD_DAY = re.compile(r"[\s*_>]*(?:" + ANCHORED_DAY + r")")
#: "the second day" (after "On"): a day of the days told before (``date_patterns.NTH_DAY``).
_NTH_DAY_TOLD = re.compile(NTH_DAY_WORDS)
#: How many days apart the first and the last of days told may be for "the second day" to count
#: from the first ("on 10, 11 and 12 December"; not "last week", a calendar week).
DAYS_TOLD_SPAN = 5


def _nth_day(te) -> bool:
    """Whether ``te`` is "the second day" (``date_patterns.NTH_DAY``)."""
    return _NTH_DAY_TOLD.fullmatch(te.text) is not None


def days_told(date: DateValue | None) -> bool:
    """Whether ``date`` is a run of days told ("on 10, 11 and 12 December", "14-16 May"): an
    interval of two to ``DAYS_TOLD_SPAN`` + 1 days, what "the second day" counts from."""
    return date is not None and date.precision == "interval" and 1 <= (date.latest - date.earliest).days <= DAYS_TOLD_SPAN


def next_week(week: tuple[dt.date, int] | None, te) -> tuple[dt.date, int] | None:
    """The week a story is told in after the expression ``te``, as (its first day, where a day
    of it was last told): a weekday-and-date ("On Saturday 17 April") or a span of days within a
    week ("Spirit Week (6–10 October)") starts it; a day in it
    ("the next day", "Monday") is told in it; a later date outside it ends it ("On 8 April …"
    after "Saturday 22 March", "in May"), a bare weekday not (it is what the week places)."""
    if te.date is None:  # "The next day, a Tuesday": a day after the one told, still in the story
        if _MOVES_ON.search(te.text):
            return None  # ("A month later", "Weeks later": past the week told)
        return (week[0], te.end) if week is not None and _NEXT_DAY_TOLD.fullmatch(te.text) else week
    if te.date.precision == "day" and (_WEEKDAY_AND_DATE.match(te.text) or _WEEKDAY_OF_WEEK.fullmatch(te.text)):
        return te.date.earliest, te.end
    if te.date.precision == "interval" and (te.date.latest - te.date.earliest).days <= 6 and any(c.isdigit() for c in te.text):
        return te.date.earliest, te.end  # (a span of days within a week: "Spirit Week (6–10 October)", "covers Monday 28 and Tuesday 29 October")
    if (monday := _last_week(te)) is not None:
        return monday, te.end  # "last week: fury on Wednesday, and on Thursday …": that week's
    if week is None:
        return None
    first, last = week[0], week[0] + dt.timedelta(days=6)
    if first <= te.date.earliest and te.date.latest <= last:
        return first, te.end
    if te.date.earliest > last and not _BARE_WEEKDAY.fullmatch(te.text):
        return None
    return week


#: A time counted on past a week: "A month later", "weeks after", "the following year".
_MOVES_ON = re.compile(r"(?i)(?:weeks?|months?|years?)\s+(?:later|after)|(?:following|next)\s+(?:week|month|year)")
#: A past week told as a whole, whose weekdays the story then names ("last week: on Wednesday …").
_LAST_WEEK = re.compile(r"(?i)last\s+week")


def _last_week(te) -> dt.date | None:
    """The Monday of the week "last week" names, when ``te`` is that phrase; else None."""
    if te.date is None or not _LAST_WEEK.fullmatch(te.text) or te.date.earliest.weekday() != 0:
        return None
    return te.date.earliest


def in_last_week(exprs: list) -> list:
    """The expressions of a sentence or paragraph with the bare weekdays after "last week" placed
    in that week ("It was the balance he struck last week: fury on Wednesday, and on Thursday a
    press conference …": the Thursday of last week, not of this one), whatever the weekdays of
    a news lead count from (``weekday_lead``)."""
    week = None
    out = []
    for te in exprs:
        if (monday := _last_week(te)) is not None:
            week = monday
        elif week is not None and (moved := in_told_week(te, week)) is not None:
            te = type(te)(te.start, te.end, te.text, moved)
        out.append(te)
    return out


def in_told_week(te, week_day: dt.date | None, text: str | None = None) -> DateValue | None:
    """A bare weekday ("on Thursday") in a story told day by day from a weekday and date
    ("On Wednesday 8 October …") more than a week before it would fall: the first such day
    from that date on (the 9th), not the one before the publication date; else None (keep
    its date). Told in the past perfect (``text`` given, ``told_before``: "Thursday 9 October
    … On Wednesday night Osmani had answered"), the last such day before that date (the 8th)."""
    if week_day is None or te.date is None or not _BARE_WEEKDAY.fullmatch(te.text):
        return None
    if (te.date.earliest - week_day).days <= 6:
        return None
    target = WEEKDAYS.index(te.text)
    if text is not None and told_before(text, te):
        return DateValue.day(week_day - dt.timedelta(days=(week_day.weekday() - target) % 7 or 7))
    return DateValue.day(week_day + dt.timedelta(days=(target - week_day.weekday()) % 7))


#: How far after a weekday the past perfect of its clause may stand: "On Wednesday night Kosovo's
#: president, Vjosa Osmani, had answered".
_HAD_AFTER_REACH = 80
#: "By" right before a weekday: the day something was done by.
_BY_BEFORE = re.compile(r"(?<![\w-])[Bb]y\s+$")


def told_before(text: str, te) -> bool:
    """Whether the clause of the weekday ``te`` tells its act in the past perfect, before or after
    it ("had written on Wednesday", "The day before, Wednesday, he had posted"): a time before the
    day the story has reached (no verb of speech between the weekday and a "had" after it: not
    "On Thursday he said Osmani had answered")."""
    lo = text.rfind("\n", 0, te.start) + 1  # (its line: ``in_pluperfect`` finds the sentence in it)
    if _BY_BEFORE.search(text, max(lo, te.start - 4), te.start):
        return False  # ("By Thursday lunchtime the tone had turned": done by that day, not before it)
    if in_pluperfect(text, lo, te.start):
        return True
    end = min(len(text), te.end + _HAD_AFTER_REACH)
    stop = min((i for i in (text.find(". ", te.end, end), text.find("\n", te.end, end)) if i >= 0), default=end)
    had = _PLUPERFECT.search(text, te.end, stop)
    return had is not None and v.SPEECH.search(text, te.end, had.start()) is None


def _narrative_weekday(te, told: DateValue | None, reference: dt.date) -> DateValue | None:
    """A bare weekday ("he told Geo News on Monday") that is the weekday of the day the story has
    just told ("Sunday 12 October … A day later …"), earlier than the one before publication it
    would count from: that day; else None (a weekday ahead, "will fly on Thursday", stays)."""
    if told is None or told.precision != "day" or told.earliest >= te.date.earliest or te.date.earliest > reference:
        return None
    return told if told.earliest.weekday() == WEEKDAYS.index(te.text) else None


#: A month told without its year: "September", "early March", "mid-April", "the end of May".
_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_YEARLESS_MONTH_TEXT = r"(?:(?:early|late|mid|the\s+(?:end|start|beginning|middle)\s+of)[\s-]*)?" + _MONTH_NAMES
_YEARLESS_MONTH = re.compile("(?i)" + _YEARLESS_MONTH_TEXT)
#: A weekday before a day: "Sunday 21 October", "Sunday, October 21".
_WEEKDAY_FIRST_TEXT = "(" + WEEKDAY_NAME + r"),?\s+(?:the\s+)?"
_WEEKDAY_FIRST = re.compile("(?i)" + _WEEKDAY_FIRST_TEXT)
#: A month told without its year, or a day of one (its weekday before it): "September", "25
#: March", "March 25th", "Sunday 21 October".
#: A few days of one month without their year: "10 and 11 August", "August 10-11", "3 to 5 May".
_YEARLESS_DAYS = re.compile(r"(?i)(?:[0-9]{1,2}(?:st|nd|rd|th)?\s*(?:-|–|and|to)\s*[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" +
                            _MONTH_NAMES + "|" + _MONTH_NAMES + r"\s+[0-9]{1,2}\s*(?:-|–)\s*[0-9]{1,2})")
_YEARLESS = re.compile("(?i)" + _YEARLESS_MONTH_TEXT + "|(?:" + _WEEKDAY_FIRST_TEXT + ")?(?:"
                       r"[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_NAMES +
                       "|" + _MONTH_NAMES + r"\s+[0-9]{1,2}(?:st|nd|rd|th)?)")


def yearless(text: str) -> bool:
    """Whether a date's words tell a month, a day or a few days without their year (``_YEARLESS``,
    ``_YEARLESS_DAYS``): what the story's year may move."""
    return _YEARLESS.fullmatch(text) is not None or _YEARLESS_DAYS.fullmatch(text) is not None


#: The word that opens a phrase of an earlier event: "after meeting …", "after Orbán's veto on …".
_EVENT_CLAUSE = re.compile(r"(?<![\w-])(?:after|since|following|before"
                           # (not "before" an audience: "appeared before reporters on Monday")
                           r"(?!\s+(?:the\s+|a\s+)?(?:reporters|journalists|press|cameras|parliament|lawmakers|MPs|deputies|"
                           r"committee|crowd|audience|court|judges|senators|congress|assembly|media|nation|house|chamber)\b))"
                           r"\s+(?!(?:which|that|this|then)\b)")
#: A coordination right before the event's phrase: "and after talks …", "and, after …": the
#: phrase opens the next clause, whose time is its own.
_COORDINATED_BEFORE = re.compile(r"(?:\b(?:and|then|but)|;),?\s*$")
#: A subordinate event before a date in its sentence: the date is that event's ("fell out after
#: Russia's invasion of Ukraine in February 2022"), not the story's.
_SUBORDINATE_EVENT = re.compile(r"(?<![\w-])(?:after|before|since|following|until|amid)(?![\w-])")


def _subordinate_between(text: str, lo: int, hi: int) -> bool:
    """Whether the time at ``hi`` is told inside a phrase of an earlier event that opens between
    ``lo`` and ``hi`` (", after meeting Morales at the UN on Friday 22 April", "a day after
    Orbán's veto on Monday"; not "and, after a long flight, spoke to reporters on Tuesday", "and
    after talks held a press conference on Tuesday", nor "after which they briefed journalists on
    Friday"); its words looked for as plain text first."""
    seg = text[lo:hi]
    if not any(w in seg for w in ("after", "before", "since", "following")):
        return False
    m = max(_EVENT_CLAUSE.finditer(seg), key=lambda x: x.start(), default=None)  # (the last one)
    return m is not None and "," not in seg[m.end():] and _COORDINATED_BEFORE.search(seg, 0, m.start()) is None


def tells_story_time(text: str, sent_lo: int, te) -> bool:
    """Whether a date tells the time of the story, what a month without its year moves on from
    (``forward_month``), for statements and events alike: a day; a date that opens its sentence
    ("In May last year …"); a date told with its year that no subordinate event comes before in
    its sentence ("Orbán threatened the veto in May 2023, weeks after …"); not "fell out after the
    invasion in February 2022"."""
    if te.date.precision == "day" and not attributive(text, te):
        return True
    if OPENS_SENTENCE.fullmatch(text, sent_lo, te.start) is not None:
        return True
    return _YEAR_TOLD.search(te.text) is not None and not _SUBORDINATE_EVENT.search(text, sent_lo, te.start)


#: How far after the time told a yearless day in the past perfect must fall to be of the year before:
#: "On 19 January … had written on 25 November" is the November before; "On 3 February … had
#: already spoken on 20 February" is that February (the past perfect of "by the time …").
PLUPERFECT_GAP_DAYS = 90


def _year_before(date: DateValue) -> DateValue | None:
    """``date`` (a day or a month) a year earlier; None for another precision or 29 February."""
    try:
        if date.precision == "day":
            return DateValue.day(date.earliest.replace(year=date.earliest.year - 1))
        if date.precision == "month":
            return DateValue.month(date.earliest.year - 1, date.earliest.month)
    except ValueError:
        return None
    return None


#: A sentence that opens with the later time by which its past perfect was done: "By the end of
#: the year …", "By then …", "By the time …".
_BY_THEN = re.compile(r"[\s*_]*By\s")
#: A time told or a reported clause before a past perfect: it may be of any later time ("Later that
#: year it emerged that …", "In October the minutes showed that …", "Before the summer was out").
_TIME_OR_THAT_BEFORE = re.compile(r"(?i)(?<![\w-])(?:that|later|earlier|before|after|since|until|year|month|week|"
                                  r"summer|winter|spring|autumn|january|february|march|april|may|june|july|august|"
                                  r"september|october|november|december)(?![\w-])")
#: A plan in the past perfect, or one moved: "had agreed to meet again on", "had been due in",
#: "had been delayed until", "had been moved to 20 March", "pencilled in for".
_PLAN_WORD = re.compile(r"(?<![\w-])(?:agreed|delayed|expected|planned|scheduled|slated|due|meant|supposed|hoped|"
                        r"intended|promised|postponed|rescheduled|pencilled|penciled|set|fixed|booked|moved|pushed|"
                        r"put\s+off|brought\s+forward)(?![\w-])")


def in_pluperfect(text: str, lo: int, pos: int) -> bool:
    """Whether the clause ``pos`` is in (its sentence begins after ``lo``) tells its act in the
    past perfect ("The ambassador had written to Van der Bellen on …", "Van der Bellen had said
    in …"): an act before the time the story has reached. Not a past perfect reported ("She said
    the President had changed his tone by …": the speaker's time shifted back), nor one of a
    clause before ("He said he had misspoken, then told the Star on …"), nor a plan ("had been due
    in January": what was to come)."""
    if "had " not in text[lo:pos]:
        return False
    stop = max(text.rfind(". ", lo, pos), text.rfind("; ", lo, pos))
    lo = lo if stop < 0 else stop + 2
    if _BY_THEN.match(text, lo):
        return False  # ("By the end of the year he had visited Moscow on 4 July": done by a later time)
    if _TIME_OR_THAT_BEFORE.search(text, lo, pos) or _PLAN_WORD.search(text, lo, pos):
        return False  # ("Six months later …", "it emerged that … had", "had agreed to meet again on")
    had = next(reversed(list(_PLUPERFECT.finditer(text, lo, pos))), None)  # (the last one before it)
    return had is not None and not any(c in text[had.end():pos] for c in ",;:—") and \
        v.SPEECH.search(text, lo, had.start()) is None


def forward_month(te, told: DateValue | None, reference: dt.date, pluperfect: bool = False,
                  told_here: bool = False) -> DateValue | None:
    """A month told without its year in a story told more than a year back: the first such
    month on or after the time told ("In May last year … A week later … In September": that
    September, not the one before publication), when it is before publication; else None (a
    story told in the last year keeps the month before publication, as ``dates`` resolves it).
    A day told without its year after a day told is of that day's year ("On 1 March 2019 … He
    announced it on 25 March": 2019), and after a month told in its paragraph (``told_here``: "In July
    2019 … Galvão answered on 20 July"; not a month of the background paragraphs before); one of another month only in a story told back day by day
    (``_day_of_story``: "on 2 October 2018 … On 2 November" in a judgment of 2021 is 2018's).
    Only after a day: "In October 2024 … Twelve months later … On 8 October" is the next
    October's. A day or a month told in the ``pluperfect`` (``in_pluperfect``) after the time
    told, and no weekday to confirm its year, is the year before ("On 19 January … The ambassador
    had written to him on 25 November": the November before that January)."""
    if told is None or te.date is None:
        return None
    if pluperfect and (te.date.earliest - told.latest).days > PLUPERFECT_GAP_DAYS and _YEARLESS.fullmatch(te.text) and \
            not _WEEKDAY_FIRST.match(te.text):
        return _year_before(te.date)
    if te.date.precision == "day" and told.precision == "day" and _YEARLESS.fullmatch(te.text) and \
            te.date.earliest.year != told.earliest.year:
        return _day_of_story(te, told.earliest, reference)
    if told_here and te.date.precision == "day" and told.precision == "month" and _YEARLESS.fullmatch(te.text) and \
            te.date.earliest.year != told.earliest.year:
        return _day_of_story(te, told.earliest, reference)  # ("In July 2019 … Galvão answered on 20 July": 2019)
    if te.date.precision == "interval" and (told.precision == "day" or told_here and told.precision == "month") and \
            _YEARLESS_DAYS.fullmatch(te.text) and \
            te.date.earliest.year != told.earliest.year and (te.date.latest - te.date.earliest).days <= 7 and \
            (first := _day_of_story(type(te)(te.start, te.end, te.text, DateValue.day(te.date.earliest)), told.earliest,
                                    reference)) is not None:
        # ("He was dismissed on Friday 2 August 2019. … Over the weekend of 10 and 11 August": those of 2019)
        shift = first.earliest - te.date.earliest
        return DateValue.interval(te.date.earliest + shift, te.date.latest + shift)
    if te.date.precision not in ("month", "interval") or not _YEARLESS_MONTH.fullmatch(te.text):
        return None
    month = te.date.earliest.month
    back = te.date.earliest.year - (told.earliest.year if month >= told.earliest.month else told.earliest.year + 1)
    if back <= 0:
        return None
    lo, hi = te.date.earliest, te.date.latest
    try:
        lo, hi = lo.replace(year=lo.year - back), hi.replace(year=hi.year - back)
    except ValueError:  # (29 February)
        return None
    if hi > reference:
        return None
    return DateValue.month(lo.year, lo.month) if te.date.precision == "month" else DateValue.interval(lo, hi)


def _day_of_story(te, told: dt.date, reference: dt.date) -> DateValue | None:
    """``forward_month``'s day: the day of the month told (its year); else, in a story told back
    day by day, the occurrence in the weeks after ``told`` (at most ``STORY_DAYS``, its weekday
    fitting, if one is named), when the occurrence ``dates`` gave is more than a year after
    ``told`` and more than a month before ``reference`` (a judgment of 2021 retelling October
    2018: "on 2 October 2018 … On 2 November"; not the news of the week after a date from the
    background: "first made the claim on 12 March 2019. He repeated it on 14 October"); None if
    no such occurrence is before ``reference``."""
    day = te.date.earliest
    if day.month == told.month:
        candidates = [told.year]
    elif (day - told).days > 366 and (reference - day).days > 31:
        candidates = [told.year, told.year + 1]
    else:
        return None
    weekday = _WEEKDAY_FIRST.match(te.text)
    for year in candidates:
        try:
            d = day.replace(year=year)
        except ValueError:  # (29 February)
            continue
        if d <= reference and (day.month == told.month or 0 <= (d - told).days <= STORY_DAYS) and \
                (weekday is None or WEEKDAYS.index(weekday.group(1).capitalize()) == d.weekday()):
            return DateValue.day(d)
    return None


#: A participle set off by commas after a noun, right before a date: "its new law, passed on (15 June),"
#: "the treaty, signed in (1947)," (when the thing was done, not when the sentence's words were said);
#: not one that tells when words came out, "an interview, aired on (25 January),", "his statement,
#: issued on (Boxing Day),".
_PARTICIPLE_ASIDE_BEFORE = re.compile(r"[a-z],\s+(?:[a-z]+ly\s+)?(?!(?:aired|issued|published|posted|broadcast|released|"
                                      r"delivered|given|made|recorded|filmed|written|sent|read|televised|tweeted|"
                                      r"uploaded|printed|quoted|reported)\s)[a-z]{3,}(?:ed|en)\s+(?:on|in)\s+$")
_ASIDE_CLOSES = re.compile(r"\s*,")
#: A bracketed note of a person's or a thing's record before its date: "(credentials presented 14 March
#: 2022)", "(born 3 May 1970)", "(appointed on 2 June 2024)" (not "(posted 8 October)", "(interview
#: conducted 24 July 2025)": the words' own occasion).
_RECORD_NOTE_BEFORE = re.compile(r"\((?:[A-Za-z]+\s+){0,2}(?:born|appointed|presented|accredited|elected|re-elected|founded|"
                                 r"established|installed|nominated|confirmed|registered|incorporated|married|promoted|"
                                 r"commissioned|sworn\s+in|in\s+(?:post|office)\s+since)\s+(?:on\s+|in\s+)?$")
_NOTE_CLOSES = re.compile(r"\s*\)")


def attributive(text: str, te, offset: int = 0) -> bool:
    """Whether a date names an event rather than telling a time: "the 7 October attack", "the
    8 October delivery" (a definite article before it, a noun after it), "Tuesday's meeting", "its
    new law, passed on 15 June," (a participle's aside after a noun), "Bern's Friday decision" (a
    name's possessive before it, a noun after it that is no text of words), "(credentials presented
    9 January 2024)" (a record's note in brackets, ``_RECORD_NOTE_BEFORE``). Such a date is no
    statement's date, no narrative time and no anchor of an event's relative date. ``offset``:
    where ``text`` starts in the body ``te``'s offsets count in."""
    start, end = te.start - offset, te.end - offset
    return _THE_BEFORE_DATE.search(text, max(0, start - 5), start) is not None and \
        _NOUN_AFTER_DATE.match(text, end) is not None or possessive_event(text, start, end) or \
        _OWNER_BEFORE_DATE.search(text, max(0, start - 30), start) is not None and \
        _NOUN_AFTER_DATE.match(text, end) is not None and _TEXT_AFTER_DATE.match(text, end) is None or \
        _PARTICIPLE_ASIDE_BEFORE.search(text, max(0, start - 40), start) is not None and \
        _ASIDE_CLOSES.match(text, end) is not None or \
        te.date is not None and (te.date.precision == "interval" or te.text.lower().startswith("since")) and \
        _OFFICE_BEFORE_TENURE.search(text, max(0, start - 60), start) is not None and _ASIDE_CLOSES.match(text, end) is not None or \
        _RECORD_NOTE_BEFORE.search(text, max(0, start - 40), start) is not None and _NOTE_CLOSES.match(text, end) is not None


#: Events named in the plural before the days they took: "the events of (14–17 September)", "the clashes
#: of (1–3 May)" (not a stretch of time, "the weeks of", "the nights of"; ``_forward_months``).
_EVENTS_OF_BEFORE = re.compile(r"(?<![\w-])the\s+(?!(?:weekends|weeks|nights|mornings|evenings|afternoons|days|hours|months|"
                               r"years|terms|times)\s)[a-z]+s\s+of\s+$")
#: A name's possessive right before a date, the owner of the thing the date names: "Bern's (Friday
#: decision)", "Moscow's (Monday note)" (not "his", "her": the speaker's own occasion may be meant).
_OWNER_BEFORE_DATE = re.compile(r"[A-ZÀ-Ž](?<![\w-].)[\w-]*['’]s\s+$")  # (led by a class: ``re`` skips ahead)
#: A text after a date, the words' own, perhaps after a word: "Vučić's Wednesday post", "Lisbon's Tuesday
#: protest note", "Arbiza's Wednesday outburst".
_TEXT_AFTER_DATE = re.compile(r"\s+(?:[a-z-]+\s+)?(?:posts?|statements?|remarks|comments|tweets?|messages?|letters?|words|"
                              r"reply|answer|columns?|articles?|editorials?|op-eds?|notes?|communiqu[eé]s?|outbursts?|"
                              r"broadcasts?|warnings?|appeals?|retorts?|rebukes?|tirades?|responses?)(?![\w-])")


#: An office's noun right before a span of years, perhaps with its domain or state between: the
#: years the office was held, "(Iraq's transport minister) from 2008 to 2010,", "(president) in
#: 2008–2010,", "(ambassador to Kuwait) since 2019,", an aside that closes after them; no time of
#: words said (but not one year, "Ethiopia's foreign minister in 2020, …, called them …", nor "The
#: minister in 2019 told …").
_OFFICE_BEFORE_TENURE = re.compile(r"(?<![\w-])(?i:" + "|".join(sorted(
    w for w in v.TITLE_WORDS if len(w) > 4 and w.isalpha() and w not in ("acting", "former", "national", "opposition",
                                                                         "european", "security", "state"))) +
    r")(?:\s+(?:of|to|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?\s+(?:from|in|between|during)?\s*$")


#: A parenthetical attribution right after a time: ", he reminded the House," in "By Thursday
#: afternoon, he reminded the House, Vučić was telling reporters …" (the time is of the words told).
_ATTRIBUTION_ASIDE_AFTER = re.compile(r"[^,.;:¤\n]{0,20},\s*(?:he|she|they|[A-Z][\w'’-]+)\s+(?:also\s+)?(?:said|says|told|reminded|recalled|argued|"
                                      r"added|noted|insisted|claimed|explained|wrote|warned|pointed\s+out)(?:\s+[\w'’.-]+){0,3},")


#: A restrictive relative clause open before a time, its verb and up to three words after it:
#: "(The neighbour) who lodged (Wednesday's complaint)", "(the ministry) that issued (Monday's note)".
_RELATIVE_BEFORE_TIME = re.compile(r"[wt](?<=[a-z] .)(?:ho|hich|hat)\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\s+(?:(?:the|a|an|its|his|her|their)\s+)?"
                                   r"(?:[\w'’-]+\s+){0,2}$")
#: The main clause going on after the relative clause's object: "… complaint called a press conference".
_MAIN_VERB_AFTER = re.compile(r"[ \t]*(?:[\w'’-]+\s+){0,5}?(?P<verb>[a-z]{3,}ed|" + v.COMMON_PAST.replace("says|", "") + r"|was|were)(?![\w-])")


def in_restrictive_relative(text: str, lo: int, hi: int, te) -> bool:
    """Whether a time stands in a restrictive relative clause that tells of an earlier act, as the
    possessive of its object, with the sentence's main verb after it ("The neighbour who lodged
    Wednesday's complaint called a press conference and softened it."): the time of the act the
    clause names, not of the occasion the main clause tells (nor the time a story has reached);
    not a clause that tells the occasion ("The spokesman who fielded questions Monday said"). ``lo``–``hi``: the text around it, its
    paragraph or sentence."""
    start = max(lo, *(text.rfind(c, lo, te.start) + 1 for c in ".!?"))
    end = min((k for c in ".!?" if (k := text.find(c, te.end, hi)) >= 0), default=hi)
    rel = _RELATIVE_BEFORE_TIME.search(text, start, te.start)
    main = _MAIN_VERB_AFTER.match(text, te.end, end) if rel is not None and text.startswith(("'s", "’s"), te.end) else None
    # (no occasion in the clause, before the main verb: not "who chaired Tuesday's security council meeting told it")
    return main is not None and not _OCCASION.search(text, rel.start(), main.start("verb"))


def _in_pluperfect(ctx: ArticleContext, te) -> bool:
    """Whether a date stands in a clause in the past perfect ("who in January had said", "who
    had attacked Warsaw on Monday"): a time before the story's, no statement's date."""
    return _PLUPERFECT_AFTER.match(ctx.masked, te.end) is not None or (
        "had" in ctx.masked[max(0, te.start - 30):te.start]
        and _PLUPERFECT_BEFORE.search(ctx.masked, max(0, te.start - 30), te.start) is not None)


def _in_reported_clause(ctx: ArticleContext, te, told: list) -> bool:
    """Whether ``te`` stands in a clause reported after a verb of speech that has a time of its own
    before it in the sentence ("said on Tuesday that police had tried to take the building on Monday
    evening"): the time of the act told, not of the occasion for speaking (``told``: the paragraph's
    expressions)."""
    sent = ctx.sents[ctx.sent_index(te.start)]
    earlier = [x for x in told if sent.start <= x.start and x.end <= te.start and x.date is not None]
    if not earlier:
        return False
    m = ctx.masked
    for vm in v.SPEECH.finditer(m, max(sent.start, earlier[-1].end - 40), te.start):
        that = re.search(r"(?<![\w-])that\s", m[max(vm.end(), earlier[-1].end):te.start]) if vm.start() < earlier[-1].start + 40 else None
        if that is not None:
            inner = max(vm.end(), earlier[-1].end) + that.end()
            # (but a clause that tells an occasion for speaking keeps its time: "reported on Sunday that
            # Maduro had addressed supporters on Saturday. “…,” he said": Saturday's)
            return _OCCASION.search(m, inner, te.start) is None and v.SPEECH.search(m, inner, te.start) is None
    return False


#: A slug line's place before its day: "The press room, ", "**Sc. 21.** State House, Nairobi, " (a few
#: words and a comma, up to three times), perhaps after the scene's label, "Flashback: Belgrade, ".
_SLUG_PLACE_BEFORE_DAY = re.compile(r"[\s*_]*(?:[^*_\n]{1,30}?[*_]{1,2}\s+)?(?:[A-Z][a-z]+(?:\s+(?:[a-z]+|\d{1,3}[a-z]?)){0,2}:\s+)?"
                                    r"(?:(?:The|A|An)\s+)?(?P<place>(?:(?:[A-Za-z'’-]+\s+){0,3}[A-Za-z'’-]+,\s*){1,3})?")
#: What may follow a slug line's day: its time, "13:00", "at 9 a.m.", or the part of the day, "morning";
#: or its place, where none came before the day ("Monday 11 November 2013, The Hague.").
_SLUG_TIME_AFTER_DAY = re.compile(r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|,?\s*(?:morning|afternoon|evening|night))?"
                                  r"(?P<place>,\s*(?:(?:The|the|of|[A-Z][\w'’-]*)\s+){0,3}[A-Z][\w'’-]*)?[\s.*_]*")
#: The words a sentence that only sets the time may hold beside it: "Then came Wednesday.", "It
#: was Thursday.", "And so to Friday."
_SCENE_TIME_WORDS = frozenset("then came comes it was is and so to by now next arrived dawned finally".split())
#: "had" right before a reporting verb: words said before the story's day ("Vučić had warned as early as the spring").
_PAST_PERFECT_VERB = re.compile(r"(?<![\w-])had\s+(?:[a-z]+ly\s+|already\s+|also\s+)?$")
#: A verb in the past: "landed", "was", "had", "swept".
_PAST_IN = re.compile(r"(?<![\w-])(?:was|were|had|did|sank|swept|fell|struck|broke|flew|rose|" + v.COMMON_PAST.replace("says|", "") +
                      r"|[a-z]{2,}ed)(?![\w-])")
#: How far before publication a day fronted in its sentence may date the words told after it.
FRONTED_DAYS_BACK = 366
#: What may stand before a time that opens its sentence: "Then, on Thursday", "And that evening".
_FRONTING_WORDS = frozenset("then and so but on in at early late later".split())
#: The capitalised words of a day's name right before its weekday: "On Pyjama Wednesday", "On Super
#: Tuesday" (not a preposition's or a conjunction's capital: "Since Monday", "Until Friday").
_DAY_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?:(?!(?:On|In|At|By|Then|And|But|So|Early|Late|Later|That|The|This|Last|Next|"
                              r"Since|Until|Till|Before|After|From|During|Every|Each|Through|For)\s)[A-Z][\w'’-]*\s+){1,3}$")


def _only_fronting(before: str, weekday: bool) -> bool:
    """Whether only the words that front a time (``_FRONTING_WORDS``) stand before it in its
    sentence, ``before`` ("Then, on", "And that"), a day's name before a weekday left out ("On
    Pyjama Wednesday")."""
    if weekday and (name := _DAY_NAME_BEFORE.search(before, max(0, len(before) - 40))) is not None:
        before = before[:name.start()]
    return set(re.findall(r"[a-z]+", before.lower())) <= _FRONTING_WORDS


def _story_goes_on(tl, te) -> bool:
    """Whether a day told long before the writing carries on the story told just before it, a day
    told before it within a month ("Five days later, …" then "On 12 December Russia expelled …" in a
    profile written two years on): the story's time, not its background."""
    last = tl.last_day_before(te.start)
    return last is not None and 0 <= (te.date.earliest - last.earliest).days <= STORY_GOES_ON_DAYS


def _occasion_date(ctx: ArticleContext, stmt: Statement) -> DateValue | None:
    """The narrative time of the sentences before a statement's in its paragraph, where the
    sentence that states it is about an occasion for speaking (``_OCCASION``) or names the
    statement's speaker."""
    tl = ctx.timeline
    if not tl.paras:
        return None
    own = ctx.sents[stmt.sent_lo].start
    if _told_as_older(ctx, stmt):
        return None  # ("… came from an interview he gave years ago: “…”": not the time the paragraph told)
    # "It began on Sunday the 19th. On a visit to Madrid, the president told a rally …": the
    # statement's own sentence tells the occasion, so the time told before it is the occasion's
    told_here = _occasion_told(ctx, stmt, own)
    ahead = False  # (a time ahead of the writing passed over: only an occasion told before it dates the words)
    told = [te for te in tl._expressions(tl._para_index(stmt.start)) if te.end <= stmt.start]
    later = None
    for te in reversed(told):
        if te.end > own and _ASIDE.search(ctx.masked, te.end, stmt.start):
            continue  # "the July arrest …—a move Serbia condemned": a date of another event
        if _in_pluperfect(ctx, te):
            continue  # "Aliyev, who in January had said …, was all gratitude": a time before the story's
        if _RECORDED_IN_ASIDE.search(ctx.masked, max(0, te.start - 40), te.start):
            continue  # ("an interview with Macron, recorded on the Tuesday, …": the day a thing was made before)
        if in_restrictive_relative(ctx.masked, (sent := ctx.sents[ctx.sent_index(te.start)]).start, sent.end, te):
            continue  # ("The neighbour who lodged Wednesday's complaint called a press conference": not its time)
        if _may_be_anothers_text(ctx.masked, te.start) and _of_anothers_text(ctx, te, stmt.speaker, 0):
            continue  # ("rejected Chad's denial of the previous day": the day of the words answered)
        if _in_reported_clause(ctx, te, told):
            continue  # "said on Tuesday that police had stormed the building on Monday evening. “…,” he said": Tuesday
        if _ATTRIBUTION_ASIDE_AFTER.match(ctx.masked, te.end):
            continue  # ("By Thursday afternoon, he reminded the House, Vučić was telling …": the time of the words told)
        sent_lo = ctx.sents[ctx.sent_index(te.start)].start
        if any(sent_lo <= x.start and x.end <= te.start and _subordinate_between(ctx.masked, x.end, te.start)
               for x in told if x is not te):
            continue  # ("at a press conference on Monday, after meeting Morales on Friday 22 April": Monday's)
        if te.date is not None and (te.date.earliest > tl.published and te.end <= own or
                                    not any(c.isdigit() for c in te.text) and te.date.earliest > tl.reference(te.start)):
            ahead = True  # ("ordered the closure from 06:00 tomorrow"; a sentence before the words' telling of "a
            continue  # tariff on imports from 1 February" in a bulletin of January: a time ahead, no occasion)
        sent = ctx.sents[ctx.sent_index(te.start)]
        if ahead:  # ("On Tuesday Merz spoke …. The Bundestag votes tomorrow. “…,” he said": a sentence naming him)
            if te.date is not None and te.date.precision == "day" and \
                    0 <= (tl.reference(te.start) - te.date.earliest).days <= 7 and _names(ctx, sent, stmt.speaker, te):
                # (a day of the week the words are told in, not "In March Netanyahu visited …")
                named = next_day_named(te, tl.last_day_before(te.start)) \
                    if _NEXT_DAY_APPOSED.match(ctx.masked, te.end) else None  # ("On Thursday, the very next day")
                return named or te.date
            continue
        # (the occasion told in the statement's sentence takes a time told before it only from a
        # sentence that sets the time and names no one: "It began on Sunday the 19th.")
        # (the speaker's own state named there is the speaker's side: "By Thursday the tone in
        # Belgrade had changed. At a press conference the president called …")
        home = ctx.reg.state_of(stmt.speaker)
        bare_time = told_here and not any(mt.actor not in (stmt.speaker, home) for mt in ctx.mentions_in(sent.start, sent.end))
        # (or a sentence that is only the time, setting the scene: "Then came Wednesday.", "It was Thursday.")
        only_time = set(re.findall(r"[a-z]+", (ctx.masked[sent.start:te.start] + " " + ctx.masked[te.end:sent.end]).lower())) \
            <= _SCENE_TIME_WORDS and te.date is not None and te.date.precision == "day"
        # (or a day fronted in its sentence, setting the scene for what follows: "That evening the group
        # chat exploded. President Vučić posted …", "On Friday morning the ferry was cancelled. Tusk said …")
        # (the last time told before the words, not one the story has moved on from, "August 8th, his golf
        # club: …. Next day Tillerson told …"; nor a bare weekday read from the publication far from the
        # story's days, "[Slide: Monday, 18 February] Monday was the collapse." in a lecture given in May)
        # (nor words told in the present after a day told in the past, "On Wednesday the drones landed.
        # Analysts say …" (a recap told in the present all through keeps it: "Wednesday belongs to
        # Caracas. Rodríguez … writes to him: …"), nor a day of the story's background, a year or more
        # before the telling, "On 17 March 2004 riots swept …")
        fronted = te is told[-1] and te.date is not None and te.date.precision == "day" and \
            not (stmt.verb_pos is not None and _PAST_PERFECT_VERB.search(ctx.masked, max(0, stmt.verb_pos - 14), stmt.verb_pos)) and \
            not (stmt.verb and _PRESENT_VERB.fullmatch(stmt.verb) and _PAST_IN.search(ctx.masked, te.end, sent.end)) and \
            ((tl.published - te.date.earliest).days <= FRONTED_DAYS_BACK or _story_goes_on(tl, te)) and \
            _only_fronting(_THE_BEFORE_DATE.sub("", ctx.masked[sent.start:te.start]) if te.start in tl.definite else
                           ctx.masked[sent.start:te.start], _BARE_WEEKDAY.fullmatch(te.text) is not None) and \
            not (_BARE_WEEKDAY.fullmatch(te.text) and te.start not in tl.definite and (last := tl.last_day_before(te.start)) is not None and
                 not 0 <= (te.date.earliest - last.earliest).days <= 7)
        # (or a line that only sets the scene, a place and the time, no verb: "The press room, Thursday 9
        # October 2025, 13:00.", a script's or a report's slug line)
        setting = te.date is not None and te.date.precision == "day" and \
            (place_before := _SLUG_PLACE_BEFORE_DAY.fullmatch(ctx.masked, sent.start, te.start)) is not None and \
            (after_day := _SLUG_TIME_AFTER_DAY.fullmatch(ctx.masked, te.end, sent.end)) is not None and \
            bool(place_before.group("place")) != bool(after_day.group("place"))  # (its place once, before the day or after it)
        if bare_time or only_time or fronted or setting or _OCCASION.search(ctx.masked, sent.start, sent.end) or _names(ctx, sent, stmt.speaker, te):
            if later is not None and te.date is not None and later.date.earliest > te.date.latest:
                return later.date  # (the story has moved past the occasion told: the words are of its later day)
            return te.date
        if te.date is not None and te.date.precision == "day" and (later is None or te.date.earliest > later.date.earliest) \
                and any(mt.actor == stmt.speaker for mt in ctx.mentions_in(te.end, stmt.start)):
            later = te  # (a later day the story told since, the speaker named after it: "On 27 December
            # Cerar said …. On the morning of 30 December three vessels entered …. Boštjan Šefic … said …. Of
            # further entries he said:"; not "Orbán spoke on 15 September. The bill passed on 18 September.")
    return None


#: The occasions that set the words' time, not a text ("said in a statement", "in a post" tell no
#: time of their own): a conference, a rally, a briefing, an interview, a speech, a session …
_SETTING_WORDS = (r"press\s+conference|news\s+conference|conference|rally|briefing|summit|session|sitting|debate|"
                  r"hearing|interview|meeting|speech|address|ceremony|visit|gathering|congress|convention|forum")
#: An occasion as the setting right after a reporting verb: "told a press conference", "said at a
#: news conference", "spoke during the weekly briefing" (not "called the president's remarks
#: shameful": another's words as the object).
_OCCASION_AFTER_VERB = re.compile(r"\s+(?:(?<=told\s)|(?<=tells\s)|(?<=addressed\s)|(?<=addresses\s)|(?:at|in|during)\s+)"
                                  r"(?:a|an|the|his|her|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?"
                                  r"(?=(?:" + _SETTING_WORDS + r")(?![\w-]))", re.I)


def _occasion_told(ctx: ArticleContext, stmt: Statement, own: int) -> bool:
    """Whether a statement's own sentence (from ``own``) tells the occasion of its words: before
    its verb ("On a visit to Madrid, the president told a rally …") or as its setting right
    after the verb ("Vučić told a press conference: “…”", "“…,” he said at a news conference")."""
    if stmt.verb_pos is None:
        return False
    if _OCCASION.search(ctx.masked, own, stmt.verb_pos) is not None:
        return True
    return _OCCASION_AFTER_VERB.match(ctx.masked, stmt.verb_pos + len(stmt.verb)) is not None


def _names(ctx: ArticleContext, sent, speaker: str, told=None) -> bool:
    """Whether a sentence names ``speaker``: by name, by a role that is the speaker ("… that
    the Prime Minister kept the door open even on Monday. “…,” he said"), or by a pronoun as its
    subject that is the speaker, after the time the sentence opens with, a time counted in the
    story (``told``: "The next day he sounded different. “…,” Vučić told reporters"; not "He
    attacked the protests held this month", a time of another act, nor "In October 2015 he lost
    power", a time of his life)."""
    if any(mt.actor == speaker for mt in ctx.mentions_in(sent.start, sent.end)):
        return True
    if speaker not in ctx.reg.actors and any(x.kind == "name" and x.ref == speaker for x in ctx.cands_in(sent.start, sent.end)):
        return True  # (one the registry lacks, kept by name: "Two days before, Dumezweni Mthimkhulu was in London")
    from rhetoric.extract.resolve import after_preposition, is_person, resolve, resolve_role

    # (a body of a state, after what that state did, the state the sentence's first actor: "On 29
    # October Saudi Arabia recalled its ambassador … Its foreign ministry said …"; not "Lithuania
    # opened an office, angering China. The commerce ministry called …")
    home = ctx.reg.state_of(speaker)
    first = next((x for x in ctx.cands_in(sent.start, sent.end) if x.kind in ("mention", "name")), None)
    if home not in (None, speaker) and not is_person(ctx, speaker) and first is not None and first.ref == home and \
            not after_preposition(ctx, first):
        return True

    cands = ctx.cands_in(sent.start, sent.end)
    if any(x.kind == "role" and resolve_role(ctx, x) == speaker for x in cands):
        return True
    subject = next((x for x in cands if x.kind == "pronoun" and x.text.lower() in ("he", "she")), None)
    return subject is not None and told is not None and told.end <= subject.start and \
        (_NEXT_DAY_TOLD.fullmatch(told.text) or _BARE_WEEKDAY.fullmatch(told.text)) is not None and \
        not any(x.kind in ("mention", "name") for x in cands if x.start < subject.start) and resolve(ctx, subject) == speaker


#: A sentence after a statement that tells its occasion: "He was speaking in Ankara this evening",
#: "She was speaking to reporters on Monday", "His remarks came on Tuesday", "Vell made the
#: comments in a radio interview on Friday".
_OCCASION_AFTER = re.compile(
    r"[\W_]*(?P<subject>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}|(?:The|His|Her|Their)\s+(?:remarks|comments|words))\s+(?:"
    r"(?:was|were)\s+(?:speaking|talking)|spoke|(?:remarks|comments|words)\s+came|"
    r"made\s+(?:the|his|her|their|those|these)\s+(?:remarks|comments)|"
    r"gave\s+(?:the|an?|his|her|their)\s+(?:interview|speech|briefing))(?![\w-])")
_PRONOUN_SUBJECTS = {"he", "she", "they", "his", "her", "their"}


#: A word of the words' own time that is not the one told before: "later", "afterwards", "since".
_OTHER_TIME_WORD = re.compile(letter_branches(["later", r"afterwards?", "subsequently", "since", "earlier", "previously",
                                                "once", "again"], r"(?![\w-])", ignorecase=True, not_after=r"[\w-]"))
#: A verb in the past perfect: "had given", "had already said".
_HAD_DONE = re.compile(r"(?<![\w-])had\s+(?:\w+ly\s+|already\s+|also\s+)?(?:been\s+)?" + _PARTICIPLE + r"\b")
#: "of" right before a date: the day of a thing named ("his remarks of Wednesday"), no occasion told.
_OF_BEFORE = re.compile(r"(?i)(?<![\w-])of\s+(?:the\s+)?$")


def _occasion_before(ctx: ArticleContext, stmt: Statement) -> DateValue | None:
    """The day of the occasion the paragraph right before tells, when the words are in their
    paragraph's first sentence and it tells no time of its own: the last sentence of the one
    before tells an occasion for speaking (``_OCCASION``) or asks what was said, names the speaker
    (by name, role or pronoun) and no other person, and tells one day by its name or number, not
    one counted from another ("the following day", whose day may be a title card's), nor a thing's
    ("his remarks of Wednesday"), nor one told in the past perfect ("had given an interview on
    Sunday"); nor for words told "later" ("Kurti spoke at the airport on Wednesday." over "He said
    the drones …"; a catechism's "**Q. 8.** What did the President say on the ninth day?" over
    its answer); else None."""
    from rhetoric.extract.resolve import is_person, resolve  # (resolve imports this module)

    tl = ctx.timeline
    pi = tl._para_index(stmt.start)
    if pi <= 0 or not tl.paras[pi].start <= stmt.start < tl.paras[pi].end or \
            ctx.sent_index(tl.paras[pi].start) != stmt.sent_lo or \
            any(te.start < ctx.sents[stmt.sent_hi].end for te in tl._expressions(pi)):
        return None
    before = tl.paras[pi - 1]
    if any(p.start >= before.end for p in ctx.headings_in(before.end, tl.paras[pi].start)):
        return None  # (a heading between: another section)
    last = ctx.sents[ctx.sent_index(before.end - 1)]
    if not (_OCCASION.search(ctx.masked, last.start, last.end) or ctx.masked[last.start:last.end].rstrip(" *_").endswith("?")):
        return None  # (first the cheap test: most paragraphs end telling no occasion)
    told = [te for te in tl._expressions(pi - 1) if te.start >= last.start and te.date is not None]
    if len(told) != 1 or told[0].date.precision != "day" or \
            not (any(c.isdigit() for c in told[0].text) or _WEEKDAY_WORD.search(told[0].text) or _MONTH_WORD.search(told[0].text)) or \
            attributive(ctx.masked, told[0]) or _OF_BEFORE.search(ctx.masked, max(0, told[0].start - 12), told[0].start) or \
            _in_pluperfect(ctx, told[0]) or _HAD_DONE.search(ctx.masked, last.start, told[0].start):
        return None
    own = ctx.sents[stmt.sent_lo]
    if _OTHER_TIME_WORD.search(ctx.masked, own.start, min(own.end, stmt.quote_inner[0] if stmt.quote_inner else own.end)):
        return None  # ("He later said in a television interview …": another time than the one told)
    named = {resolve(ctx, c) for c in ctx.cands_in(last.start, last.end) if c.kind in ("mention", "name", "role", "pronoun")}
    if stmt.speaker not in named or any(x and x != stmt.speaker and is_person(ctx, x) for x in named):
        return None  # (nor another person's occasion: "Makolo was responding to a speech Wagner gave on Tuesday")
    return told[0].date


def _occasion_after(ctx: ArticleContext, stmt: Statement) -> DateValue | None:
    """The date of the sentence right after a statement, in its paragraph, when that sentence
    tells the occasion of the speaker's words ("…, she said. She was speaking in Ankara on
    Monday.") and quotes nothing itself: its subject is a pronoun, the speaker, or the remarks."""
    tl = ctx.timeline
    if not tl.paras or stmt.sent_hi + 1 >= len(ctx.sents):
        return None
    sent = ctx.sents[stmt.sent_hi + 1]
    pi = tl._para_index(stmt.start)
    if tl._para_index(sent.start) != pi or v.MASK in ctx.masked[sent.start:sent.end]:
        return None
    m = _OCCASION_AFTER.match(ctx.masked, sent.start, sent.end)
    if m is None:
        return None
    subject = m.group("subject")
    words = subject.split()
    if not (words[0].lower() in _PRONOUN_SUBJECTS or words[-1] in ("remarks", "comments", "words")
            or any(mt.actor == stmt.speaker for mt in ctx.mentions_in(m.start("subject"), m.end("subject")))):
        return None
    for te in tl._expressions(pi):
        if sent.start <= te.start < sent.end and te.date is not None and not tl.in_dateline(te.start):
            # the date of the occasion, not of another actor's act told after it ("He spoke
            # after Orbán gave a speech on Monday")
            if any(mt.actor != stmt.speaker for mt in ctx.mentions_in(m.end(), te.start)):
                return None
            return te.date
    return None


#: A citation in brackets right after a statement's words: "[Đurić, X post, 8 Oct]", "[same;
#: translated from Serbian]", "[ibid.]".
_CITATION = re.compile(r"[”\"’']?[.]?[ \t]*[*_]{0,2}\[(?P<cite>[^\[\]\n]{2,80})\]")
#: The same in round brackets: "(X, 8 October)", "(Foreign Minister Marko Đurić, on X, 8 Oct)".
_ROUND_CITATION = re.compile(r"[”\"’']?[ \t]*\((?P<cite>[^()\n]{2,80})\)")
#: An editor's note in brackets, no citation: "[Article updated, 18 Oct]", "[accessed 3 May]".
_EDITORS_CITATION = re.compile(r"(?i)(?<![\w-])(?:updated|corrected|edited|amended|accessed|retrieved|archived)(?![\w-])")
#: A note of the occasion and the day only, no source named: "[12 Feb]", "[joint press conference,
#: 12 Feb]", "[to Serbian reporters in Ankara, 12 Feb; our translation]".
_OCCASION_CITATION = re.compile(r"(?i)\s*(?:[a-z][^,;\[\]]{0,60},\s*)?(?P<day>\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?|"
                                r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)\s*(?:;[^\[\]]{0,40})?")
_SAME_CITATION = re.compile(r"(?i)\s*(?:same|ibid\.?|id\.?)\s*(?:[;,]|$)")
#: A citation that names its source before a comma or semicolon: "Sikorski, Facebook post, 14 Oct",
#: "Marko Đurić's X account, 1742 gmt 8 Oct 25".
_SOURCE_CITATION = re.compile(r"\s*[^\W\d_a-z][^,;]*[,;]")


def _citation_after(body: str, end: int) -> list[tuple[int, int]]:
    """The citation in brackets right after the words that end at ``end`` (an assessment's "…
    “dreams of …” [Vučić, X post, 8 Oct]"), as a date zone after the statement's own; for
    "[same]" or "[ibid.]", the citation before it that names its source."""
    # (or in round brackets, "… not kamikaze drones, but respect … (X, 8 October).", which names its
    # source or its occasion and day; "[same]" only in square ones)
    m = _CITATION.match(body, end) or _ROUND_CITATION.match(body, end)
    same = m is not None and m.re is _CITATION and _SAME_CITATION.match(m.group("cite")) is not None
    if m is None or not same and (not _SOURCE_CITATION.match(m.group("cite")) and
                                  not _OCCASION_CITATION.fullmatch(m.group("cite")) or _EDITORS_CITATION.search(m.group("cite"))):
        return []  # (an editor's note is none: "[updated 14 Oct]", "[the deal of 14 March 2023]")
    if same:
        # (a source's citation, or a note of an occasion and its day: "*[joint press conference, 12 Feb]*")
        before = [c for c in _CITATION.finditer(body, max(0, m.start() - 3000), m.start())
                  if _SOURCE_CITATION.match(c.group("cite")) or _OCCASION_CITATION.fullmatch(c.group("cite"))]
        if not before:
            return []
        m = before[-1]
    return [(m.start("cite"), m.end("cite"))]


#: A day of the month in a citation: "13 February", "Oct 8".
_CITED_DAY = re.compile(r"\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?![\d:])")


def _outlets_day(ctx: ArticleContext, lo: int, hi: int) -> bool:
    """Whether a citation in round brackets gives a day that is not the words' ("A News, 13 February
    2026", "TASS, 21 December 2022": an outlet's report, often the day after): any with a day that
    does not open with an actor the registry has, or a platform ("X, 8 October"); its month or
    year ("Balkan View, February 2026") may still date the words."""
    from rhetoric.extract.roles import is_platform

    source = ctx.body[lo:hi].split(",", 1)[0].strip(" *_")
    if not _CITED_DAY.search(ctx.body, lo, hi) or is_platform(source):
        return False
    # (a day only where the citation opens with one the registry has, who spoke, or a platform:
    # "(Attaf, state radio, 8 April 2025)"; an outlet the registry lacks, "(Guinee360, 25 February
    # 2026)", or a place, "(Koudaya district, 22 February)", gives no day of the words)
    named = ctx.reg.find_mentions(source)
    return not named or any(ctx.reg.actors[m.actor].kind == "media" for m in named)


def _citation_closing(body: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """``_citation_after`` for a citation that closes the sentence ending at ``hi`` of the words
    that start at ``lo`` ("He thanked his guest …, whose … on 23 January. *[12 Feb]*")."""
    at = max(body.rfind("[", lo, hi), body.rfind("(", lo, hi))
    close = body.find("]" if body[at:at + 1] == "[" else ")", at, hi) if at >= 0 else -1
    if close < 0 or body[close + 1:hi].strip(" \t*_."):
        return []
    start = at
    while start > lo and body[start - 1] in " \t*_.":
        start -= 1
    return _citation_after(body, start)


#: A note's marker right after a statement's words: "….”[6]", "… impartially”.[^5]", "crazy.”¹".
_NOTE_MARK = re.compile(r"[”\"’'.,;:)]{0,3}[ \t]*(?:" + v.NOTE_MARKER + ")")
_MARK = re.compile(v.NOTE_MARKER)


def _mark_before(body: str, end: int) -> re.Match | None:
    """A note's marker that ends right before ``end`` (white space aside), else None (found by
    looking back from ``end``: a scan ``re`` could not skip ahead in costs a pass per character)."""
    j = end
    while j > 0 and body[j - 1] in " \t":
        j -= 1
    if j == 0:
        return None
    if body[j - 1] == "]":
        k = body.rfind("[", max(0, j - 6), j)
        return _MARK.fullmatch(body, k, j) if k >= 0 else None
    k = j
    while k > max(0, j - 3) and body[k - 1] in _SUPERSCRIPT_DIGITS:
        k -= 1
    return _MARK.fullmatch(body, k, j) if k < j else None


_SUPERSCRIPT_DIGITS = frozenset("¹²³⁴⁵⁶⁷⁸⁹⁰")
_SUPERSCRIPT = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")
_TO_SUPERSCRIPT = str.maketrans("1234567890", "¹²³⁴⁵⁶⁷⁸⁹⁰")


def _note_text(body: str, after: int, n: int, sup: bool, published: dt.date) -> tuple[int, int] | None:
    """The span of note ``n``'s text, the last one after ``after`` (notes stand below the text): a
    line, or a part of one up to the next marker, that opens with "[6]", "[^6]:" or "¹" (at the
    start of a line, or on a line of notes), or, under a heading of notes ("**Notes**",
    "References"), a list's "6."; its "Ibid." without a date of its own is the note before."""
    if sup:
        opener = r"(?:^|(?<=\s))" + str(n).translate(_TO_SUPERSCRIPT) + r"(?![¹²³⁴-⁹⁰])[ \t]*"
        rest = r"[^\n¹²³⁴-⁹⁰]+"
    else:
        opener = r"(?:(?<=\n)|(?<=\s))\[\^?" + str(n) + r"\]:?[ \t]+|(?<=\n)[ \t]*" + str(n) + r"\.[ \t]+"
        rest = r"[^\n\[]+"
    last = None
    for m in re.finditer(r"(?:" + opener + r")(?P<text>" + rest + r")", body[after:]):
        line_start = body.rfind("\n", 0, after + m.start()) + 1
        if not sup and body[line_start:line_start + 1] != "[" and \
                not body[line_start:after + m.start()].strip() == "":
            continue  # ("… Sikorski was blunter. [2] On 14 March …": a marker again, no note)
        if not sup and not body.startswith("[", after + m.start()) and not _NOTES_HEADING.search(body, after, after + m.start()):
            continue  # (a list's "3." is a note only under a heading of notes: not "Key dates" nor signatures)
        last = m
    if last is None:
        return None
    lo, hi = after + last.start("text"), after + last.end("text")
    if _SAME_CITATION.match(body, lo) and n > 1 and _cited_date(body[lo:hi], lo, published) is None:
        return _note_text(body, after, n - 1, sup, published)  # "[9] Ibid.": the note before
    return lo, hi


#: A heading over notes: "**Notes**", "References", "## Sources", "Footnotes".
_NOTES_HEADING = re.compile(r"(?im)^[#*_ \t]*(?:notes?|references?|sources?|footnotes?|endnotes?|citations?)[*_: \t]*$")
#: A note that sends the reader elsewhere ("See e.g. …", "Cf. …", "For the background, see …"): no source of the words.
_NOT_A_SOURCE = re.compile(r"[\s*_]*(?:See|Cf\.|Compare|For\s)")
#: Where a source's date stands in a note: a field of its own, after the note's start or a comma
#: ("Press conference, Belgrade, 9 October 2025, as reported by …"), before a comma, a stop or the
#: end (not "Retrieved 13 March 2025", "Judgment of 13 June 2024", "1 March 2025: Budapest vetoes …").
_FIELD_BEFORE = re.compile(r"(?:^|[,;.(]\s*)$")
_FIELD_AFTER = re.compile(r"\s*(?:[,;.)]|$)")


def _cited_date(text: str, offset: int, published: dt.date):
    """The first date of a day or a month that stands as a field of its own in a note's text (a
    source's citation), not after ``published``; else None."""
    if _NOT_A_SOURCE.match(text):
        return None
    for te in find_temporal_expressions(text, published, offset):
        lo, hi = te.start - offset, te.end - offset
        if te.date is not None and te.date.precision in ("day", "month") and te.date.earliest <= published and \
                any(ch.isdigit() for ch in te.text) and _FIELD_BEFORE.search(text, 0, lo) and _FIELD_AFTER.match(text, hi):
            return te.date
    return None


def source_line_date(ctx: ArticleContext, stmt: Statement):
    """The date of the source's line right under the paragraph that holds a statement's words, a
    dash before it (a digest's or a source pack's "— Spokesperson's statement, 23 April 2023 (some
    reports date it to the 22nd)."): its first date standing as a field of its own
    (``_cited_date``); None when no such line is there. (Only for words nothing else dates.)"""
    passages = ctx.article.passages
    k = next((i for i, p in enumerate(passages) if p.start <= stmt.end <= p.end), None)
    if k is None or k + 1 >= len(passages):
        return None
    nxt = passages[k + 1]
    if SIGNATURE_DASH.match(ctx.body, nxt.start, nxt.end) is None or ctx.body.count("\n", passages[k].end, nxt.start) > 2:
        return None
    # (its notes in brackets read as spaces: "23 April 2023 (some reports date it to the 22nd)")
    line = re.sub(r"\([^()\n]*\)", lambda m: " " * len(m.group()), ctx.body[nxt.start:nxt.end])
    return _cited_date(line, nxt.start, ctx.timeline.published)


def note_date(ctx: ArticleContext, stmt: Statement):
    """The date of the note a statement's words are marked with ("… a great and successful
    country,” he said.[6]" over "[6] Press conference, Belgrade, 9 October 2025, as reported by
    …"): its first date of a day or a month standing as a field of its own, a source's citation
    (``_cited_date``), not after publication; None without a marker or such a note. (Only for words
    nothing else dates: a note may give the day a report appeared.)"""
    # (right after the words, or at the end of their sentence, after the attribution: "“…,” he
    # said of Turkey.[6]"; or the marker ends the words themselves)
    sent_end = ctx.sents[min(stmt.sent_hi, len(ctx.sents) - 1)].end
    m = next((m for at in (stmt.end, sent_end) if (m := _NOTE_MARK.match(ctx.body, at)) is not None), None) or \
        _mark_before(ctx.body, stmt.end) or _mark_before(ctx.body, sent_end)
    if m is None:
        return None
    sup = m.group("sup") is not None
    n = int((m.group("sup") or "").translate(_SUPERSCRIPT) or m.group("n"))
    span = _note_text(ctx.body, m.end(), n, sup, ctx.timeline.published)
    if span is None:
        return None
    return _cited_date(ctx.body[span[0]:span[1]], span[0], ctx.timeline.published)


#: A time that closes the sentence right after the quoted words: 'called the remarks "shameful and
#: hypocritical" that Wednesday night.', '… "deeply concerned" on Tuesday.' (``_time_after``).
_TIME_AFTER = re.compile(r"[\"”’']?[ \t]*,?[ \t]*(?P<time>(?:on|late|early|that|this|last|yesterday|earlier|later)"
                         r"(?![\w'’-])[^\n.;:!?,¤\"“”]{0,30}?)[ \t]*[.!?]")


def _time_after(ctx: ArticleContext, stmt: Statement) -> list[tuple[int, int]]:
    """The time that ends the statement's sentence right after its quoted words, as a date zone
    after the statement's own; none when other words stand between."""
    if not stmt.quote_inner:
        return []
    m = _TIME_AFTER.match(ctx.masked, stmt.quote_inner[1], ctx.sents[stmt.sent_hi].end + 1)
    return [] if m is None else [(m.start("time"), m.end("time"))]


#: A note's key opening its paragraph: "a. ", "(g) ", "12) " (a timetable's, a chart's or a table's notes).
_NOTE_KEY = re.compile(r"[ \t>*_]*\(?(?P<key>[a-z]|[0-9]{1,2})[.)][ \t*_]+(?=[A-Z\"“])")
#: The header of a table's column that holds the keys of the notes below it: "Notes", "Ref.", "Key", "See".
_KEY_COLUMN = re.compile(r"[ \t*_]*(?i:notes?|refs?\.?|references?|key|remarks|see|fn\.?|footnotes?)[ \t*_]*")
#: How a cell lists several keys: "g, h", "m; n", "a b".
_KEYS_SPLIT = re.compile(r"[\s,;/&]+")
#: A notes cell of keys only: "a", "g, h", "2, 3".
_KEYS_CELL = re.compile(r"(?:[a-z]|[0-9]{1,2})(?:[\s,;/&]+(?:[a-z]|[0-9]{1,2}))*")


@lru_cache(maxsize=8)
def _keyed_rows(body: str) -> dict[str, tuple[int, int]]:
    """The table rows of ``body`` by the note keys their notes column lists (a timetable's "| 102 |
    Thu 9 Oct 2025 only | … | g, h |" under a header "| … | Notes |"): key -> the row's span, for a
    key one row lists only. A cell is keys only when it holds nothing else ("shelling, 1 soldier
    hurt" is a note itself); a table's figures that do not run 1, 2, 3 … down it are counts."""
    rows: dict[str, list[tuple[int, int]]] = {}
    column, table, numbers = None, {}, []

    def close_table():
        if numbers and (min(numbers) != 1 or numbers != sorted(numbers)):
            for k in [k for k in table if k.isdigit()]:  # (counts, not keys: "| Remarks |" of 4, 2, 3, 1)
                del table[k]
        for k, spans in table.items():
            rows.setdefault(k, []).extend(spans)

    for m in re.finditer(r"(?m)^[ \t]*\|[^\n]*", body) if "|" in body else ():
        cells = m.group().strip().strip("|").split("|")
        if not body[body.rfind("\n", 0, max(0, m.start() - 1)) + 1:max(0, m.start() - 1)].lstrip().startswith("|"):
            close_table()  # (a table's header: a new table)
            column, table, numbers = next((i for i, c in enumerate(cells) if _KEY_COLUMN.fullmatch(c)), None), {}, []
            continue
        if column is None or column >= len(cells) or not _KEYS_CELL.fullmatch(cells[column].strip()):
            continue
        for key in _KEYS_SPLIT.split(cells[column].strip()):
            table.setdefault(key, []).append((m.start(), m.end()))
            numbers += [int(key)] if key.isdigit() else []
    close_table()
    return {k: spans[0] for k, spans in rows.items() if len(spans) == 1}


def _keyed_row(ctx: ArticleContext, stmt: Statement) -> list[tuple[int, int]]:
    """The table row whose notes column lists the key that opens the statement's paragraph ("a.
    Heritage special. The President of Serbia, on TV Pink: “…”" under a timetable's row "| H1 |
    Tue 20 Dec 2022 only | … | a |"), as a date zone after the statement's own: the note is the
    row's; none without such a key or row."""
    para = ctx.paras[ctx.para_index(stmt.start)]
    m = _NOTE_KEY.match(ctx.body, para.start)
    if m is None:
        return []
    row = _keyed_rows(ctx.body).get(m.group("key"))
    return [row] if row is not None and row[1] <= para.start else []


def _cited_entry(ctx: ArticleContext, stmt: Statement) -> list[tuple[int, int]]:
    """The reference list's entry of a key cited in the statement's sentence before its words that
    names its speaker ("[VUCIC-X] reads: “…”" over "[VUCIC-X] Vučić, A., post on X, 8 October 2025,
    17:14."), as a date zone after the statement's own (``references``)."""
    lo = ctx.sents[stmt.sent_lo].start
    hi = stmt.quote_inner[0] if stmt.quote_inner else stmt.end
    # (the speaker's own entry: not a report's that tells of the words, "[2] reported that Albares had called …")
    return [reference_entries(ctx.body)[key][1:] for key, start, end in cited_keys(ctx.body, lo, hi)
            if any(mt.actor == stmt.speaker for mt in ctx.mentions_in(start, end))]


def _row_before(body: str, pos: int) -> list[tuple[int, int]]:
    """The cells before ``pos`` of the table row it is in ("| 2 | Belgrade tabloid | Wed 8 Oct,
    17:38 | VUČIĆ: “…” |"), as a date zone after the statement's own: a row is one record, and
    its "when" cell dates the words in another cell; none when ``pos`` is in no table row."""
    cell = table_cell_at(body, pos)
    if cell is None or _names_same_occasion(body, cell):
        return []  # ("| 30/07/2025 | Hun Manet, same address | “…” |": the day of that address, ``_same_occasion``)
    return [(cell[0], cell[1] - 1)]


def row_names_same_occasion(body: str, pos: int) -> bool:
    """Whether the cells before ``pos`` in its table row name the occasion of the row before ("Hun
    Manet, same address")."""
    cell = table_cell_at(body, pos)
    return cell is not None and _names_same_occasion(body, cell)


def _names_same_occasion(body: str, span: tuple[int, int]) -> bool:
    return "same" in body[span[0]:span[1]].lower() and _SAME_OCCASION.search(body, *span) is not None


#: A paragraph that opens and ends with an ellipsis: an excerpt cut from another text ("... A NATO
#: official told … ...", a search digest's snippet), written on a day the page does not give (not
#: a live blog's line that goes on from the one before: "… and Merz has just added his voice.").
_EXCERPT = re.compile(r"[ \t>*_]*(?:\.\.\.|…)[^\n]*(?:\.\.\.|…)[ \t*_]*$", re.M)


def statement_date(ctx: ArticleContext, stmt: Statement) -> None:
    """Set ``stmt.said_on``/``precision`` (and ``date_from`` when taken from another statement),
    by the first rule of the module doc that applies; a date after the article's publication is
    no date a statement in it was made on ("buy Australian wine this Christmas"), and is left out.
    A script's line takes the day of the title card above it (``scripts.card_day``)."""
    if (card := card_day(ctx, stmt.start)) is not None:
        stmt.said_on, stmt.precision = card.value, card.precision
        return
    _statement_date(ctx, stmt)
    if not stmt.said_on and (noted := note_date(ctx, stmt) or source_line_date(ctx, stmt)) is not None:
        stmt.said_on, stmt.precision = noted.value, noted.precision
    span = stated_span(stmt.said_on, stmt.precision)
    if span is not None and span[0] > ctx.timeline.published:
        stmt.said_on, stmt.precision, stmt.date_from = "", "", None


#: A time counted from another, coarser than the day it may go on to tell: "A year later", "months
#: earlier", "two weeks after".
_COUNTED_TIME = re.compile(r"(?i)(?<![\w-])(?:later|earlier|after|before|ago)(?![\w-])")
#: An occasion of the speaker's own right before its day: "at his press conference of ", "his
#: briefing on " (not "the attack of 3 October", a day the count starts from).
_OCCASION_OF = re.compile(r"(?i)(?<![\w-])(?:conference|briefing|speech|interview|statement|address|remarks|meeting|"
                          r"session|rally|summit|appearance|post|tweet|message|letter|broadcast)\s+(?:of|on)\s+(?:[a-z]{2,9}\.?,?\s+)?$")


def _statement_date(ctx: ArticleContext, stmt: Statement) -> None:
    tl = ctx.timeline
    told: dict[int, DateValue | None] = {}  # the narrative time before a point, looked up once

    def narrative_time(pos: int):
        if pos not in told:
            told[pos] = tl.narrative(pos) or tl.lead_in(pos) or tl.previous_paragraph(pos)
        return told[pos]

    skipped_ahead = False  # (a date after the article passed over)
    # (the citation after the words, or after their sentence: "He thanked his guest …, whose … *[12 Feb]*")
    cited = _citation_after(ctx.body, stmt.end) or \
        (_citation_closing(ctx.body, stmt.start, max(stmt.end, ctx.sents[stmt.sent_hi].end))
         if stmt.sent_hi < len(ctx.sents) else [])
    if cited and ctx.body[cited[0][0] - 1] == "(" and _outlets_day(ctx, *cited[0]):
        cited = []  # ("… (A News, 13 February 2026)": the day of an outlet's report, often the day after the words)
    zones = stmt.date_zone + cited + _row_before(ctx.body, stmt.start) + _time_after(ctx, stmt) + _cited_entry(ctx, stmt) + \
        _keyed_row(ctx, stmt)
    for zi, (zlo, zhi) in enumerate(zones):
        if tl.relayed:  # (a zone that runs into a letter read out from its lead-in: the letter's days)
            zlo = next((a for a, _b, _day in tl.relayed if zlo < a < zhi), zlo)
        if zhi <= zlo:
            continue
        zone, from_event = ctx.masked[zlo:zhi], False
        found = find_temporal_expressions(zone, tl.reference(zlo), zlo, retrospective=tl.retrospective, published=tl.published,
                                          story_year=tl.story_year, slash_order=tl.slash_order)
        if not found and (zlo >= ctx.sents[min(stmt.sent_hi, len(ctx.sents) - 1)].end or
                          zhi <= ctx.sents[min(stmt.sent_lo, len(ctx.sents) - 1)].start) and \
                (month := _MONTH_ENDS_SIGNATURE.search(zone)) is not None:
            # (a signature's bare month, "— Sameh Shoukry, Egyptian foreign minister, February [2]", or a
            # credit line's over the words, "… First performed on Radio Free Europe, October.": the last one)
            ref, m = tl.reference(zlo), month_num(month.group("m"))
            day = DateValue.month(ref.year if m <= ref.month else ref.year - 1, m)
            found = [TemporalExpression(zlo + month.start("m"), zlo + month.end("m"), month.group("m"), day)]
        if any(te.date is None for te in found):  # "a day later": counted from the time told before it
            # ("the day after Rubio's post": from the day that speaker's statement was made)
            occasion = _occasion_of(ctx, stmt, found)
            # (a lead line's "**Edi Rama, the same month:**" under another's "**…, to Skai, March 2024:**",
            # or a signature's "— Renzi, same day", no time told in the text between: the time of the
            # words before it, not of the story told above the list)
            # (only for the same occasion told on a line of its own: not "a week later" in a sentence)
            line_zone = (zhi <= ctx.sents[stmt.sent_lo].start or zlo >= ctx.sents[min(stmt.sent_hi, len(ctx.sents) - 1)].end) \
                and any(te.date is None and _SAME_TOLD.search(te.text) for te in found)
            # (a list's item's "the same day" after an item whose words were dated, no time told between: their day,
            # not the day of the list's lead-in, "on Sunday 05/02/2021: …" over "- The Secretary's own post the same day:")
            item_day = _previous_said(ctx, stmt, zlo, 1) if _LIST_ITEM.match(ctx.masked, ctx.paras[ctx.para_index(zlo)].start) and \
                tl.narrative(min(zlo, stmt.start)) is None and \
                any(te.date is None and _SAME_DAY.search(te.text) for te in found) else None
            t = occasion or (_previous_said(ctx, stmt, zlo, 1) if line_zone else None) or \
                (item_day if item_day is not None and item_day.precision == "day" else None) or \
                narrative_time(min(zlo, stmt.start)) or (_previous_said(ctx, stmt, zlo) if line_zone else None)
            if t is None and any(te.date is None and _NEXT_DAY_TOLD.fullmatch(te.text) for te in found):
                t = tl.recent_day(min(zlo, stmt.start))  # ("the same day" past paragraphs that tell no time; not "within days")
                if t is None and (section := tl.record_day_at(min(zlo, stmt.start))) is not None:
                    t = section  # ("**Date of call:** 23 October 2020" over '“…,” Abiy said the next day': from the record's day)
            # (a day of days told counts from their first: "on 10, 11 and 12 December" … "On the second day")
            anchor = tl.first_of_days_told(zlo) if any(te.date is None and _nth_day(te) for te in found) else \
                t.earliest if t is not None and t.precision == "day" else None
            if anchor is None:  # ("In December 2022 … A month later": months from the month told)
                anchor = next((a for te in found if te.date is None and (a := month_anchor(te, t)) is not None), None)
            if anchor is None and any(te.date is None and _day_of_month_alone(te.text) for te in found):
                # ("On the evening of the eighth he wrote", no day told before: the last eighth before the
                # day the text counts from; an event's is left, ``dates``)
                anchor = tl.reference(zlo)
            if anchor is None and all(te.date is None for te in found) and any(_YEARS_COUNTED.search(te.text) for te in found):
                # ("a year earlier, on a visit to Belgrade, Erdoğan had hailed …", no time told in the
                # paragraph nor in the zone: years counted from the time of the words told last, no time
                # told since, else, in a text that does not look back, from the day it counts from; a
                # year is coarse enough to hold the story's)
                anchor = said.earliest if (said := _previous_said(ctx, stmt, zlo)) is not None else \
                    None if tl.retrospective else tl.reference(zlo)
            if anchor:
                found = find_temporal_expressions(zone, tl.reference(zlo), zlo, anchor, tl.retrospective, tl.published,
                                                  story_year=tl.story_year, slash_order=tl.slash_order)
            # ("A week before the trip, Vučić complained": from the trip, not the day told; undated)
            from_event = occasion is None and any(counts_from_event(ctx.masked, te) for te in found)
        for k, te in enumerate(found):
            if te.date is not None and k + 1 < len(found) and (finer := _apposed_finer(ctx.masked, te, found[k + 1])):
                te = finer  # ("Four months ago, on the evening of Wednesday 8 October": the day that says which)
            # ("on the Thursday": placed as the timeline places it)
            placed = tl.definite_day(te.start) if te.date is not None and _BARE_WEEKDAY.fullmatch(te.text) else \
                tl.item_weekday(te)  # (and "- Wed, evening: …", a list's item, in the week told before the list)
            definite = placed is not None
            if definite:
                te = type(te)(te.start, te.end, te.text, placed)
            elif _THAT_WEEKDAY.fullmatch(te.text) or te.date is None and _THAT_YEAR.search(te.text) or \
                    te.date is not None and (yearless(te.text) and not _year_opens_sentence(ctx, te.start) or
                                             _WEEKDAY_THE_DAY.fullmatch(te.text)):
                # (the year of the story told; the month told for "on Tuesday the eighteenth")
                # (and "In June of that year": the year the timeline told before)
                # (and "that Wednesday": the Wednesday the story told, as the timeline reads it)
                te = next((x for x in tl.dates_in(te.start, te.end) if (x.start, x.end) == (te.start, te.end)), te)
            week = in_told_week(te, tl.week_told(te.start), ctx.masked) if te.date is not None and not definite and \
                te.date.earliest <= tl.published else None
            if week is None and te.date is not None and _BARE_WEEKDAY.fullmatch(te.text) and not definite:
                week = _narrative_weekday(te, narrative_time(te.start), tl.reference(te.start))
                if _NEXT_DAY_APPOSED.match(ctx.masked, te.end) is not None:  # ("On Thursday, the very next day, …")
                    week = next_day_named(te, tl.last_day_before(te.start)) or week
            if week is not None:
                te = type(te)(te.start, te.end, te.text, week)
            if stmt.channel == "interview" and zlo < stmt.start and _RECORD_RELEASED.search(ctx.masked, max(zlo, te.start - 40), te.start):
                continue  # ("the transcript that the ministry published on Tuesday 25 May": not when it was said)
            if from_event and counts_from_event(ctx.masked, te) or te.text[:6].lower() == "since " or corrected(ctx.masked, te) or \
                    _AHEAD_OF_SCHEDULE.search(te.text) or \
                    _OF_A_WEEK_AFTER.match(ctx.masked, te.end) or \
                    weekday_of_event(ctx.masked, te) or todays_date(ctx.masked, te) or \
                    te.end <= stmt.start and reported_across(ctx.masked, te):
                continue  # (nor "who has held the post since 2010": a time since when, no time of speaking)
            if te.date is not None and te.date.earliest > tl.published:
                skipped_ahead = True
                continue  # ("which a company opens next week": a time after the article is no time of speaking)
            if skipped_ahead and te.start >= stmt.start:
                continue  # (and then not a date told after the words: "…, repeating a line he first used on 15 March 2024")
            if _may_be_anothers_text(ctx.masked, te.start) and _of_anothers_text(ctx, te, stmt.speaker, zlo):
                continue  # ("rejected Chad's denial of the previous day: “…”": the day of the other's words answered)
            if te.date is not None and v.MASK not in te.text and not tl.in_dateline(te.start) and \
                    not attributive(ctx.masked, te) and \
                    not (tl.leads and tl.in_lead(te.start)) and not (zlo < stmt.start and _in_pluperfect(ctx, te) and not _told_before_the_story(ctx, stmt)):
                # (a day told later in the same zone within a coarser time: "A year later, at his press
                # conference of Thu 9 Oct 2025:" is that day)
                # (or, after a time counted to a day, a day told in figures: "Two weeks later, at his
                # briefing of Thu 2 Nov 2023:" is 2 November, whatever the count gives)
                date = next((x.date for x in found[k + 1:] if x.date is not None and x.date.precision == "day" and
                             (te.date.earliest <= x.date.earliest <= te.date.latest or
                              any(ch.isdigit() for ch in x.text) and not _COUNTED_TIME.search(x.text) and
                              _OCCASION_OF.search(ctx.masked, max(te.end, x.start - 40), x.start) is not None)), None) \
                    if _COUNTED_TIME.search(te.text) else None
                date = date or (_day_within(ctx, zones[zi + 1:], te.date) if te.date.precision != "day" else None)
                date = date or te.date  # ("Five years later, Orbán said on Friday 31 October 2025": that day)
                stmt.said_on, stmt.precision = date.value, date.precision
                return
        # (not in a transcript's lead-in: "[Vučić then listed the agreements …]" is what came next)
        if stmt.channel != "interview" and _at_that_time(zone, zlo, stmt.verb_pos, stmt.verb) and narrative_time(stmt.start) is not None:
            t = narrative_time(stmt.start)
            stmt.said_on, stmt.precision = t.value, t.precision  # "said at the time"
            return
        if from_event:
            return
    prev = stmt.inherit_from
    if prev is not None and prev.said_on:
        if not stmt.days_after and stmt.quote_inner and not ctx.masked[ctx.paras[ctx.para_index(stmt.start)].start:stmt.quote_inner[0]].strip(" \t>*_\"“‘'") \
                and (own := tl.section_at(stmt.start)) is not None and own != tl.section_at(prev.start):
            # (the voice goes on under a header of another day, "**Sisi** posted · 24 July 2021" over
            # a quote standing alone in its paragraph: that day, not the day of the words above it;
            # not a lead's "From the same speech:", nor a writer's closing note)
            stmt.said_on, stmt.precision = own.value, own.precision
            return
        _take(stmt, prev)
        if stmt.days_after and stmt.precision == "day":  # ("— Ibid., the next morning.": the day after the words above)
            stmt.said_on = (dt.date.fromisoformat(stmt.said_on) + dt.timedelta(days=stmt.days_after)).isoformat()
        return
    if stmt.verb_pos is not None and ctx.masked.find("ha", max(0, stmt.verb_pos - 30), stmt.verb_pos) >= 0 and \
            _PERFECT_BEFORE.search(ctx.masked, max(0, stmt.verb_pos - 30), stmt.verb_pos):
        return  # "He has also said that …": said at some time before, not on the day just told
    # (not when the paragraph tells a time of its own before the words' end, nor words said habitually:
    # "On 2 March Orbán gave a speech. He says in it …", "tells Hungarians every year")
    if tl.signed and stmt.verb and _PRESENT_REPORT.fullmatch(stmt.verb) and stmt.verb_pos is not None and \
            not _TEXT_SAYS.search(ctx.masked, max(0, stmt.verb_pos - 30), stmt.verb_pos) and \
            (signed := tl.signed_at(stmt.start)) and \
            not any(te.start < ctx.sents[stmt.sent_hi].end and te.date != signed
                    for te in tl._expressions(tl._para_index(stmt.start))) and \
            not _HABITUAL.search(ctx.masked, ctx.sents[stmt.sent_lo].start, ctx.sents[stmt.sent_hi].end):
        stmt.said_on, stmt.precision = signed.value, signed.precision  # "He now says …  — X (talk) 15:26, 9 October 2025"
        return
    # "objections from the EU": no occasion of speaking is told, so no narrative time dates it
    if row_names_same_occasion(ctx.body, stmt.start) and _same_occasion(ctx, stmt):
        return  # ("| 30/07/2025 | Hun Manet, same address | “…” |": that address's day, not a day the table tells above)
    date = (_occasion_date(ctx, stmt) or _occasion_after(ctx, stmt) or _occasion_before(ctx, stmt)) \
        if stmt.verb_pos is not None or stmt.quote_inner else None
    if date is None and _same_occasion(ctx, stmt):
        return  # (after the occasion told: "On Thursday Tusk held another press conference. At the same press conference …")
    # (under a letter's "Sent:" field, a story told back: the time it has told, not the day of writing)
    # (not a dated section's day for an excerpt of another text, a paragraph cut at both ends with
    # ellipses: a digest's "... Vrajolli said: “…” ..." under the day the digest was sent)
    date = date or (tl.story_in_field(stmt.start) if tl.field_sections and _told_back(ctx, stmt) else None) or \
        (tl.section_at(stmt.start) if not _EXCERPT.match(ctx.body, (para := ctx.paras[ctx.para_index(stmt.start)]).start, para.end)
         and not tl.in_printed_section(stmt.start) else None) or \
        tl.lead_at(stmt.start)
    if date is not None:
        stmt.said_on, stmt.precision = date.value, date.precision
        return
    for other in reversed(ctx.statements):
        if other is stmt or other.start >= stmt.start:
            continue
        if other.speaker == stmt.speaker and stmt.sent_lo - other.sent_hi <= 2 and other.said_on and \
                not _told_before_the_story(ctx, other):
            _take(stmt, other)
            return
        break
    if tl.narrative(stmt.start) is None and (lead_in := tl.lead_in(stmt.start)) is not None:
        stmt.said_on, stmt.precision = lead_in.value, lead_in.precision  # (an item of a list under its dated lead-in)
        return
    occasion = tl.standfirst_occasion()
    first = tl.first_passage
    if occasion is not None and _TOLD_US.search(ctx.masked, first.start, first.end) and \
            (teller := _teller(ctx, first)) is not None and teller != stmt.speaker:
        return  # "*She spoke to us on Friday*": the day an account was told, not the day of the words it tells
    if occasion is not None and not first.start <= stmt.start < first.end and tl.narrative(stmt.start) is None:
        stmt.said_on, stmt.precision = occasion.value, occasion.precision  # the article's occasion
        return
    lead = tl.lead_occasion() if occasion is None else None
    if lead is not None and tl.narrative(stmt.start) is None and _occasion_of_speaker(ctx, lead[1], stmt.speaker) and \
            not _told_as_older(ctx, stmt) and \
            not any(_ANOTHER_OCCASION.search(ctx.masked, zlo, zhi) for zlo, zhi in stmt.date_zone
                    if zhi <= lead[1][0] or zlo >= lead[1][1]):
        # (not words its attribution gives another time or occasion: "came from an interview he gave years
        # ago", "In a television interview, Ninova said …")
        stmt.said_on, stmt.precision = lead[0].value, lead[0].precision  # the occasion the lead names, the speaker's


def _year_opens_sentence(ctx: ArticleContext, pos: int) -> bool:
    """Whether the sentence of ``pos`` opens with a bare year before it, "In 2024, on 20 September":
    a day told without its year there is of that year (``dates``), not of the story's year told
    before."""
    lo = ctx.sents[ctx.sent_index(pos)].start
    return _YEAR_LEAD.match(ctx.masked, lo, pos) is not None


#: A sentence's opening bare year: "In 2024, ", "During the summer of the year 2023, " (what comes
#: before the year as ``dates`` reads it, ``YEAR_OPENS_SENTENCE``).
_YEAR_LEAD = re.compile(YEAR_OPENS_SENTENCE.pattern + r"(?:19|20)[0-9]{2}(?![0-9])")


#: Between a time and the finer one apposed to it: ", on the evening of", ", on", ", in".
_APPOSED_TIME = re.compile(r"\s*,\s*(?:(?:on|in|at)\s+)?(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?(?:the\s+)?")
_PRECISION_RANK = {"year": 0, "month": 1, "week": 1, "day": 2}


#: A verb of speech in the present: "says", "now says", "issues (the following statement)".
_PRESENT_VERB = re.compile(r"[a-z]+[^s\W]s")
#: A verb of speech in the present in a quote's lead-in: "Tusk issues the following statement:".
_PRESENT_LEAD = re.compile(r"(?<![\w-])(?:says|tells|writes|adds|issues|states|declares|argues|insists|warns)(?![\w-])")
#: A perfect before a verb of speech: "has said", "have repeatedly warned".
_HAS_BEFORE = re.compile(r"(?<![\w-])(?:has|have)\s+(?:[a-z]+ly\s+|also\s+|long\s+)?$")
#: The writer's own day: "at today's briefing", "this morning".
_OWN_DAY = re.compile(r"(?i)(?<![\w-])(?:today|tonight|this\s+(?:morning|afternoon|evening))(?![\w-])")
#: The writer's own occasion: "We asked Rama about …", "told us", "for this newsletter".
_OWN_OCCASION = re.compile(r"(?i)(?<![\w-])(?:we\s+asked|asked\s+by\s+us|told\s+us|(?:to|with)\s+us|for\s+this\s+"
                           r"(?:newsletter|paper|letter|email))(?![\w-])")


def _told_back(ctx: ArticleContext, stmt: Statement) -> bool:
    """Whether a statement is told as past under a message's "Sent:" field (``story_in_field``):
    its verb in the past, not "says", "now says", "has said many times", nor words given at the
    writer's own occasion ("told us", "at today's briefing", "We asked Rama …" the sentence before)."""
    if stmt.verb and (_PRESENT_VERB.fullmatch(stmt.verb.split()[0].lower()) or stmt.verb_pos is not None and
                      _HAS_BEFORE.search(ctx.masked, max(0, stmt.verb_pos - 20), stmt.verb_pos)):
        return False  # ("Tusk now says …", "Pashinyan has said many times …")
    lead_end = stmt.quote_inner[0] if stmt.quote_inner else stmt.start
    if not stmt.verb and _PRESENT_LEAD.search(ctx.masked, ctx.sents[stmt.sent_lo].start, max(lead_end, ctx.sents[stmt.sent_lo].start)):
        return False  # ("Prime Minister Donald Tusk issues the following statement: “…”")
    lo, hi = ctx.sents[max(0, stmt.sent_lo - 1)].start, ctx.sents[stmt.sent_hi].end
    if _OWN_DAY.search(ctx.masked, lo, hi):
        return False
    # (the writer's own occasion keeps the sending day, unless its paragraph tells its day: "On
    # Tuesday, we travelled to Yerevan. Pashinyan told us …")
    return _OWN_OCCASION.search(ctx.masked, lo, hi) is None or ctx.timeline.narrative(stmt.start) is not None


def _day_within(ctx: ArticleContext, zones: list, coarse: DateValue) -> DateValue | None:
    """A day stated with its month (digits in it) in the later zones of an attribution that lies
    within the coarser time a zone before told ("Five years later, Orbán said on Friday 31 October
    2025": the day, not the year five years on), else None."""
    tl = ctx.timeline
    for zlo, zhi in zones:
        if zhi <= zlo:
            continue
        for te in find_temporal_expressions(ctx.masked[zlo:zhi], tl.reference(zlo), zlo, retrospective=tl.retrospective,
                                            published=tl.published, story_year=tl.story_year, slash_order=tl.slash_order):
            if te.date is not None and te.date.precision == "day" and any(ch.isdigit() for ch in te.text) and \
                    coarse.earliest <= te.date.earliest <= coarse.latest and te.date.earliest <= tl.published and \
                    v.MASK not in te.text and not tl.in_dateline(te.start) and not attributive(ctx.masked, te) and \
                    not corrected(ctx.masked, te) and not weekday_of_event(ctx.masked, te) and \
                    not todays_date(ctx.masked, te) and te.text[:6].lower() != "since " and \
                    "," not in ctx.masked[zlo:te.start]:
                return te.date  # (the zones' own filters; and not in an aside: "in a post, corrected on 29 October,")
    return None


#: Between a time counted from an event and the day apposed to it: the event, a comma and "on"/"in"
#: (" the first launch, on ").
_EVENT_THEN_APPOSED = re.compile(r"\s+[^,;:.\n]{1,50}?,\s*(?:(?:on|in)\s+)?")


def _apposed_finer(text: str, te, nxt):
    """The expression apposed right after ``te`` when it is finer ("Four months ago, on the evening
    of Wednesday 8 October": the day; "Last year, in March 2024": the month), or when it names the
    day that one counted from an event only points to ("Two days before the first launch, on Sunday
    26 May": that Sunday), else None."""
    if nxt.date is not None and counts_from_event(text, te) and any(c.isdigit() for c in nxt.text) and \
            _EVENT_THEN_APPOSED.fullmatch(text, te.end, nxt.start):
        return nxt
    if nxt.date is None or not _APPOSED_TIME.fullmatch(text, te.end, nxt.start) or \
            _PRECISION_RANK.get(nxt.date.precision, 0) <= _PRECISION_RANK.get(te.date.precision, 0) or \
            not te.date.earliest <= nxt.date.earliest <= te.date.latest:
        return None
    return nxt


def _same_occasion(ctx: ArticleContext, stmt: Statement) -> bool:
    """Dates ``stmt`` by "the same post", "from the same press conference" in its attribution:
    the day of that occasion, the speaker's last words dated before on its channel (or on none
    named, just before: "… told the diplomats: “…” In the same tweet he thanked …"). Whether it did."""
    same = next((m for zlo, zhi in stmt.date_zone if "same" in ctx.masked[zlo:zhi].lower()  # (a string test first)
                 and (m := _SAME_OCCASION.search(ctx.masked, zlo, zhi))), None)
    if same is not None:
        channels = next((c for rx, c in _OCCASION_CHANNELS if rx.match(same.group(1))), None)
        pi = ctx.para_index(stmt.start)
        before = sorted((o for o in ctx.statements if o is not stmt and o.start < stmt.start and o.speaker == stmt.speaker
                         and o.said_on and (channels is None or o.channel in channels or
                                            o.channel == UNSPECIFIED and pi - ctx.para_index(o.start) <= 1)),
                        key=lambda o: o.start)
        if before:
            _take(stmt, before[-1])
            return True
        # (a source line that names the speaker before "same", "Lee, the same speech", "Koulamallah,
        # same statement", whose occasion was told on a channel of another name, "in Parliament": the
        # speaker's words dated last, when no one else's words came between; not "From the same
        # statement:", which may go back past the speaker's other words)
        line_lo = ctx.body.rfind("\n", 0, same.start()) + 1
        last = max((o for o in ctx.statements if o is not stmt and o.start < stmt.start), key=lambda o: o.start, default=None)
        if last is not None and last.speaker == stmt.speaker and last.said_on and \
                any(mt.actor == stmt.speaker for mt in ctx.mentions_in(line_lo, same.start())):
            _take(stmt, last)
            return True
    return False


#: An occasion named as one told before: "the same post", "in the same interview", a table's or a
#: list's "Macron, same address".
_SAME_OCCASION = re.compile(r"(?i)(?<![\w-])same\s+(post|tweet|message|interview|statement|speech|address|"
                            r"letter|article|piece|op-ed|column|press\s+conference|news\s+conference|briefing|remarks|"
                            r"conversation|call|broadcast|appearance|video|thread|visit|trip|summit|meeting|hearing|"
                            r"session|debate|rally)(?![\w-])")
#: The channels (``channels.CHANNELS``) of the occasions ``_SAME_OCCASION`` names, where one is known.
_OCCASION_CHANNELS = [(re.compile(r"(?i)post|tweet|message|thread|video"), ("post on X", "social media")),
                      (re.compile(r"(?i)press|news|briefing"), ("press conference",)),
                      (re.compile(r"(?i)interview"), ("interview",)),
                      (re.compile(r"(?i)statement"), ("statement",)),
                      (re.compile(r"(?i)speech|address"), ("speech", "media address"))]
#: The occasions a standfirst tells an article reports: "*Our sketch of Tuesday's sitting*",
#: "*… spoke to reporters on Sunday; the words below are from that day*", "*The session was held on
#: Thursday 9 May 2024*".
_STANDFIRST_OCCASION_WORDS = (r"sitting|session|debate|hearing|(?:was|were)\s+(?:held|recorded|conducted)|press\s+conference|"
                              r"news\s+conference|interview|speech|address|briefing|spoke|speaking|rally|meeting|talks")
_STANDFIRST_OCCASION = re.compile(letter_branches(split_alternatives(_STANDFIRST_OCCASION_WORDS), r"(?![\w-])",
                                                  ignorecase=True, not_after=r"[\w-]"))
#: A standfirst that says when the text was spoken: "*… Transcribed from the broadcast*",
#: "*Transcript of …*", "*Recorded in our studio on Monday …*", "*… live broadcast of the Sejm
#: debate, Wednesday …*" (not "*A recording of Tuesday's meeting has leaked*", nor "*Commentary: our
#: correspondent answers …*").
_TRANSCRIBED = re.compile(r"(?i)(?<![\w-])(?:transcribed|(?:recorded|filmed|taped|broadcast|aired)\s+(?:live\s+)?"
                          r"(?:on|in|at|from)|live\s+broadcast)(?![\w-])")
#: A standfirst's words right before the day a recording was made: "Recorded on ", "taped live in
#: our studio on " (the day the words were spoken, where the standfirst also gives the broadcast's).
_RECORDED_ON_DAY = re.compile(r"(?i)(?<![\w-])(?:" + _RECORDING_VERBS + r")(?:\s+live)?(?:\s+[\w'’-]+){0,5}?\s+on\s+$")
#: A standfirst's words for the occasion of the telling itself: "a lecture given on Tuesday evening",
#: "Transcript of …", "recorded on Monday", "read by the Public Orator … on Friday".
_TOLD_OCCASION = re.compile(r"(?i)(?<![\w-])(?:transcript|transcribed|recorded|broadcast|aired|lecture|talk|"
                            r"sermon|homily|(?:was\s+)?(?:given|delivered|read)\s+(?:by|at|on|in))(?![\w-])")
#: A turn's label that marks it as added later: "MAREK (update):", "HOST (added later):".
_LATER_TURN = re.compile(r"[^:\n]{1,60}\((?i:update[ds]?|later|added[^()]*)\)\s*:")
#: A standfirst that tells an account given to the outlet: "She spoke to us on Friday", "as told to".
_TOLD_US = re.compile(r"(?i)(?<![\w-])(?:(?:spoke|talked|told|speaking|talking)\s+(?:to\s+|with\s+)?(?:us|this\s+(?:paper|magazine|newspaper))|"
                      r"as\s+told\s+to)(?![\w-])")


def _teller(ctx: ArticleContext, first) -> str | None:
    """Who gave the outlet the account a standfirst introduces: the first person it names ("*Arta
    Berisha, 34, has covered … She spoke to us on Friday*": Arta Berisha, no actor); None when a
    role or a pronoun comes first ("*The foreign minister spoke to us*": whom it means is not
    sure) or it names no one."""
    for c in ctx.cands_in(first.start, first.end):
        if c.kind in ("role", "pronoun"):
            return None
        if c.kind in ("mention", "name") and c.person:
            return c.ref
    return None


#: A standfirst that previews, updates or announces, rather than tells what the article reports.
_NOT_A_REPORT = re.compile(r"(?i)(?<![\w-])(?:ahead\s+of|updated?|preview|upcoming|in\s+the\s+run-up)(?![\w-])")


#: What follows "the day after" when it names a speaker's occasion: "Rubio's post", "his speech".
_WHOSE_OCCASION = re.compile(r"\s+(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?['’]s|his|her|their|its)\s+"
                             r"(?:[\w-]+\s+)?(?:post|statement|speech|interview|remarks|outburst|tweet|letter|"
                             r"announcement|address|comments|declaration)(?![\w-])")


def _occasion_of(ctx: ArticleContext, stmt: Statement, found: list) -> DateValue | None:
    """For "the day after Rubio's post" / "the day before his speech": the day of that
    speaker's statement made on that occasion (its sentence names the occasion, or a post's
    platform is its channel), else of their first dated statement before this one, which the
    expression counts from; else None."""
    from rhetoric.extract.mentions import Cand
    from rhetoric.extract.resolve import resolve

    for te in found:
        if te.date is not None or not _DAY_AFTER.fullmatch(te.text):
            continue
        m = _WHOSE_OCCASION.match(ctx.masked, te.end)
        if m is None:
            continue
        who = m.group("who")
        if who[0].isupper():
            ref = ctx.reg.resolve(re.sub(r"['’]s$", "", who))
        else:
            ref = resolve(ctx, Cand(m.start("who"), m.end("who"), "poss", None, who))
        theirs = [o for o in ctx.statements if o is not stmt and o.start < stmt.start and o.speaker == ref
                  and o.said_on and o.precision == "day"]
        if theirs:  # the one told as that occasion (a post: on a platform), else their first
            noun = m.group().split()[-1].lower()
            told = [o for o in theirs if noun in ctx.masked[o.frame[0]:o.frame[1]].lower()
                    or noun in ("post", "tweet") and o.channel.startswith("on ")]
            return DateValue.day(dt.date.fromisoformat((told or theirs)[0].said_on))
    return None


_DAY_AFTER = re.compile(r"(?i)the\s+day\s+(?:after|before)")


#: A present perfect before a reporting verb: "has also said", "have repeatedly warned".
_PERFECT_BEFORE = re.compile(r"(?<![\w-])(?:has|have)\s+(?:also|repeatedly|often|long|previously|already|since|"
                             r"in\s+the\s+past)\s+$")  # (a bare "has said" is a liveblog's or a lede's: just said)


#: A possessive's noun and "of" before a date: "Chad's denial of (the previous day)", "Kurti's post of
#: (Wednesday)".
_OWNED_NOUN_OF = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+of\s+(?:the\s+)?$")
#: … or another's words or act and where, right before its day: "(said of Abbott)'s first answer in
#: parliament (on Monday)", "(Kurti)'s post (on Wednesday)".
_OWNED_WORDS_BEFORE_DAY = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}?(?:answer|reply|speech|remarks|comments|post|tweet|"
                                     r"statement|interview|letter|address|outburst|words|visit|decision)"
                                     r"(?:\s+(?:in|at|to|before)\s+[^,;:.!?¤]{1,30}?)?\s+(?P<on>on\s+)?$")


def _may_be_anothers_text(text: str, pos: int) -> bool:
    """A quick test before ``_of_anothers_text``: "of" right before ``pos`` or a possessive near it."""
    near = text[max(0, pos - 70):pos]
    return "of" in text[max(0, pos - 8):pos] or "'s " in near or "’s " in near


def _of_anothers_text(ctx: ArticleContext, te, speaker: str, zlo: int) -> bool:
    """Whether a date is the day of another's thing named by its owner's possessive and "of"
    ("rejected Chad's denial of the previous day") or told right before it ("said of Abbott's first
    answer in parliament on Monday"): not the speaker's own ("Vučić's post of Wednesday")."""
    m = _OWNED_NOUN_OF.search(ctx.masked, max(zlo, te.start - 60), te.start)
    if m is None and (m := _OWNED_WORDS_BEFORE_DAY.search(ctx.masked, max(zlo, te.start - 70), te.start)) is not None and \
            not (m.group("on") or te.text[:3].lower() == "on "):
        m = None  # (only a day told with "on": not "declined to comment on Erdoğan's remarks today", the day of speaking)
    if m is None:
        return False
    owner = next((mt for mt in reversed(ctx.mentions_in(max(0, m.start() - 60), m.start() + 1)) if mt.end == m.start()), None)
    if owner is None or owner.actor == speaker:
        return False
    state = ctx.reg.state_of(owner.actor)
    return state is None or state != ctx.reg.state_of(speaker)  # (not the speaker's own side's: "Serbia's post of …")


#: A time no date resolves, told of a statement's occasion: "years ago", "long before", "once said".
_ANOTHER_TIME = re.compile(letter_branches([r"years\s+(?:ago|before|earlier)", r"decades\s+(?:ago|before|earlier)",
                                            r"long\s+(?:ago|before|earlier)", r"once\s+said"],
                                           r"(?![\w-])", ignorecase=True, not_after=r"[\w-]"))


#: An occasion of its own in a statement's attribution, brought in by an indefinite or a possessive:
#: "In a television interview, (Ninova said)", "in a video posted online", "at his own rally".
_ANOTHER_OCCASION = re.compile(r"(?:[Ii]n|[Aa]t|[Dd]uring)\s+(?:an?|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:interview|speech|"
                               r"address|statement|post|letter|briefing|video|broadcast|rally|op-ed|column|podcast)(?![\w-])")


def _told_as_older(ctx: ArticleContext, stmt: Statement) -> bool:
    """Whether the statement's attribution tells its words as older than the story ("an interview
    he gave years ago"; not the words' own "had stopped being a partner years ago")."""
    return any(_ANOTHER_TIME.search(ctx.masked, zlo, zhi) for zlo, zhi in stmt.date_zone)


def _occasion_of_speaker(ctx: ArticleContext, sentence: tuple[int, int], speaker: str) -> bool:
    """Whether the occasion the lead's ``sentence`` tells is the speaker's: the sentence names the
    speaker, or names no other person and its paragraph names the speaker ("I watched yesterday's
    press conference in Belgrade three times … from the moment President Aleksandar Vučić reached
    the lectern"; not "Orbán was speaking on Tuesday" for Tusk's words)."""
    named = {mt.actor for mt in ctx.mentions_in(*sentence)}
    if speaker in named:
        return True
    from rhetoric.extract.resolve import is_person  # (resolve imports this module)

    if any(is_person(ctx, a) for a in named):
        return False
    para = ctx.paras[ctx.para_index(sentence[0])]
    return any(mt.actor == speaker and not ctx.masked.startswith(("'s", "’s"), mt.end)
               for mt in ctx.mentions_in(para.start, para.end))  # (not "Ninova's Socialists")


def _at_that_time(zone: str, zlo: int, verb_pos: int | None, verb: str | None) -> bool:
    """Whether a date zone says the words were said at the time told ("said at the time", "he
    said then", "that day", "Then Erdoğan said": the story's moment); not a "then" before a verb in
    the present, which tells what comes next in a scene described ("Then he says …")."""
    present = verb is not None and _PRESENT_REPORT.fullmatch(verb) is not None
    return any(m.group().lower() != "then" or not present or verb_pos is None or zlo + m.start() > verb_pos
               for m in _THAT_TIME.finditer(zone))


#: A time counted in years from another: "a year earlier", "two years before", "a decade later".
_YEARS_COUNTED = re.compile(r"(?i)(?<![\w-])(?:years?|decades?)\s+(?:earlier|before|later|after)(?![\w-])")


def _told_before_the_story(ctx: ArticleContext, stmt: Statement) -> bool:
    """Whether a statement is told in the past perfect ("who in January had said"): what the
    same speaker says next is not of its time."""
    if stmt.verb_pos is None:
        return False
    return re.search(r"\bhad\s+(?:\w+\s+){0,3}$", ctx.masked[max(0, stmt.verb_pos - 40):stmt.verb_pos]) is not None


def _take(stmt: Statement, other: Statement) -> None:
    stmt.said_on, stmt.precision = other.said_on, other.precision
    stmt.date_from = other


_SCHEDULE_WORDS = r"scheduled|originally|planned|was\s+due|were\s+due|due\s+to|was\s+expected|were\s+expected|deadline"
_SCHEDULE_CUE_PLAIN = re.compile(r"\b(?:" + _SCHEDULE_WORDS + r")\b", re.I)
#: The same matches, found where a word starts (``rhetoric.regexes.at_word_start``): ``re`` skips
#: to the characters before words, where the plain pattern (``\b``, re.I) is entered at every
#: character of every sentence of an article (a sixth of the events' time in patterns).
_SCHEDULE_CUE = at_word_start(split_alternatives(_SCHEDULE_WORDS), r"\b", ignorecase=True, not_after=r"[\w]")
#: expressions dated from the scheduled date ("three months ahead of schedule", "a year early")
_AHEAD_ONLY = re.compile(r"(?i)^\S+(?:\s+\S+)?\s+(?:days?|weeks?|months?|years?)\s+(?:ahead\s+of|early|earlier\s+than)")


def _ahead_only(text: str) -> bool:
    """``_AHEAD_ONLY`` of an expression's text, its words looked for as plain text first."""
    low = text.lower()
    return ("ahead" in low or "earl" in low) and _AHEAD_ONLY.search(text) is not None


#: "December of that year", "the same year": a month of the year told before (``EventAnchors``)
_THAT_YEAR = re.compile(r"(?i)(?:that|the\s+same)\s+year")
#: Months or years counted from a date told ("A month later", "two years before", "the following
#: month"): a month told ("in December 2022") is enough to count them from, where days and weeks
#: need a day.
_MONTHS_COUNTED = re.compile(r"(?i)(?:(?:\S+\s+){1,2}(?P<unit>month|year)s?\s+(?:later|after|earlier|before)|"
                             r"the\s+following\s+(?P<next>month|year)|(?:that|the)\s+same\s+(?P<same>month|year))")


#: "the same day", "that same day": the day told before, no day after it (``_statement_date``'s list items).
_SAME_DAY = re.compile(r"(?i)(?<![\w-])same\s+day(?![\w-])")
#: A time told from the one before, a day at most apart: "the same day", "same month", "that
#: evening", "the next day" (not "a week later").
_SAME_TOLD = re.compile(r"(?i)(?<![\w-])(?:same|that\s+(?:day|morning|afternoon|evening|night|month|year)|"
                        r"(?:next|following|previous)\s+(?:day|morning|afternoon|evening|night)|day\s+(?:after|before))(?![\w-])")
#: A bare month that ends a signature, after a comma, a note's mark perhaps after it: ", February [2]".
_MONTH_ENDS_SIGNATURE = re.compile(r",\s*(?P<m>January|February|March|April|May|June|July|August|September|October|"
                                   r"November|December)\s*(?:\[\d{1,3}\])?[\s*_.]*$")


def _previous_said(ctx: ArticleContext, stmt: Statement, zlo: int, paragraphs: int | None = None) -> DateValue | None:
    """The date of the last dated statement before the zone at ``zlo`` of ``stmt`` (within
    ``paragraphs`` before the statement's, when given: entries one under another), when no time is
    told in the text between them: what "the same month" on a lead line counts from, in a list of
    quotations each with its own line."""
    prev = next((o for o in reversed(ctx.statements) if o.end <= zlo and o.said_on), None)
    span = stated_span(prev.said_on, prev.precision) if prev is not None else None
    if span is None or prev.precision not in ("day", "month", "year") or \
            paragraphs is not None and ctx.para_index(stmt.start) - ctx.para_index(prev.end) > paragraphs or \
            any(te.date is None or te.date.value != prev.said_on
                for te in find_temporal_expressions(ctx.masked[prev.end:zlo], ctx.timeline.published)):
        return None  # (but its own signature's day, "— Gentiloni, on Twitter, 8 Apr" under its words)
    return DateValue(prev.said_on, prev.precision, *span)


def month_anchor(te, told) -> dt.date | None:
    """What ``te``, unresolved, counts from when only ``told`` (a date coarser than a day, or a
    day) was told before it: the start of ``told`` for months or years counted from a month (or
    from a year, for years); else None."""
    m = _MONTHS_COUNTED.fullmatch(te.text)
    if m is None or told is None:
        return None
    unit = (m.group("unit") or m.group("next") or m.group("same")).lower()
    if told.precision == "day" or told.precision == "month" or (told.precision == "year" and unit == "year"):
        return told.earliest
    return None
#: an expression that states its year ("September 2022", "20 December 2022", "in 2022")
_YEAR_TOLD = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")


#: Blank lines between two paragraphs, however many.
_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+")
#: A line of a block quotation ("> I just want him to apologize."), with its line break.
_BLOCK_QUOTE_LINE = re.compile(r"(?m)^[ \t]*>[^\n]*\n?")


#: Words that count from the moment of speaking: "today", "yesterday", "tonight", "this morning".
_DEICTIC = re.compile(r"(?i)(?:today|yesterday|tomorrow|tonight|this\s+(?:morning|afternoon|evening))\b")


def _inside_quotation(text: str, i: int) -> bool:
    """Whether position ``i`` of a sentence stands inside a quotation. A date there is the
    speaker's time, not the narration's: a deictic day ("“Delighted to inaugurate the road
    today,” he tweeted") anchors no relative date after it, and any other only when the
    sentence narrates no day of its own ("On Tuesday 24 September the ministry said that “… on
    October 1 …”. Sánchez, speaking the next day": the 25th; but "“… the referendum will take
    place on December 3rd.” It did. … on the Friday before": the 1st)."""
    before = text[:i]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


class EventAnchors:
    """The anchors of an article's event dates (module doc), sentence by sentence."""

    def __init__(self, sentences: list, found: list[list], headings: list | None = None,
                 dateline: tuple[int, int] | None = None):
        #: the article's story date: its first day-precision date, the dateline's left out (a wire
        #: filed on the 27th tells of "late on Sunday", the 26th: "a day earlier" is the 25th)
        self.story = next((te.date.earliest for exprs in found for te in exprs
                           if te.date is not None and te.date.precision == "day"
                           and not (dateline and dateline[0] <= te.start < dateline[1])), None)
        #: the date stated after the first "scheduled/planned/due …" of the article
        self.schedule = None
        for s, exprs in zip(sentences, found):
            cue = _SCHEDULE_CUE.search(s.text)
            if not cue:
                continue
            after = [te for te in exprs if te.date is not None and te.start - s.start >= cue.end()]
            if after:
                self.schedule = after[0].date.earliest
                break
        self.prev_day: dt.date | None = None
        self.prev_end = -1  # where the sentence that stated prev_day ends
        self.days_told: list[dt.date] = []  # the last days dated in figures, for "that Wednesday" (``_told_weekday``)
        #: the last day of the story told (``ArticleTimeline.last_day_before``'s for events)
        self.story_day: dt.date | None = None
        #: the year of the last date told with its year ("in September 2022"): what "December
        #: of that year" counts from
        self.prev_year: int | None = None
        #: the last date told that can be a story's time (a day or a month) and where its sentence
        #: ends: what a month without its year moves forward from (``forward_month``)
        self.told: DateValue | None = None
        self.told_end = -1
        #: the last days told ("on 10, 11 and 12 December", ``days_told``) and where their sentence
        #: ends: what "the second day" counts from
        self.listed: DateValue | None = None
        self.listed_end = -1
        #: whether the article tells a date coarser than a day and a month without its year or a
        #: relative date, or a day without its year: else no month or day is moved from the time
        #: told, nor a relative date left uncounted, and the time told is not kept
        coarse = any(te.date is not None and te.date.precision != "day" for exprs in found for te in exprs)
        yearless = [te for exprs in found for te in exprs if te.date is None or _YEARLESS.fullmatch(te.text)]
        self.keeps_told = bool(yearless) and (coarse or any(te.date is not None and te.date.precision == "day"
                                                            for te in yearless))
        #: the week told (``next_week``: from the last weekday-and-date, "On Wednesday 8 October",
        #: and where a day of it was last told): the week a bare weekday after it is in
        #: (``in_told_week``) while the story is told in it
        self.week: tuple[dt.date, int] | None = None
        #: the article's headings (passages): no paragraphs between two of its text's ("**4.
        #: Moscow's answer**" does not part the evening told from "The next day")
        self.headings = [(p.start, p.end) for p in headings or ()]
        #: whether the weekdays count from publication (``weekday_lead``)
        self.weekday_lead = weekday_lead(" ".join(s.text for s in sentences))

    def _told_weekday(self, weekday: str, counted: dt.date) -> dt.date | None:
        """The day "that Wednesday" names when the story told a Wednesday in the week before the
        day it counts to from the day told last (``counted``), and told no day of a later week
        after it ("On Monday 11 December the board met. The vote came that Wednesday": the 13th):
        that Wednesday; else None."""
        k = next((i for i in range(len(self.days_told) - 1, -1, -1) if WEEKDAYS[self.days_told[i].weekday()] == weekday), None)
        if k is None or not 0 < (counted - (told := self.days_told[k])).days <= 7:
            return None
        sunday = told + dt.timedelta(days=6 - told.weekday())
        return told if all(d <= sunday for d in self.days_told[k + 1:]) else None

    def _breaks(self, text: str, lo: int, hi: int) -> int:
        """The line breaks between ``lo`` and ``hi``, headings and the blank lines around them
        left out."""
        gap = text[lo:hi]
        for h_lo, h_hi in reversed(self.headings):
            if lo <= h_lo and h_hi <= hi:
                gap = gap[:h_lo - lo] + gap[h_hi - lo:]
        # (a block quotation, "> …", belongs to the sentence that introduces it: no paragraph of its own)
        return _BLANK_LINES.sub("\n\n", _BLOCK_QUOTE_LINE.sub("", gap)).count("\n")

    def resolve(self, s, exprs: list, ref: dt.date, text: str = "",
                year_fixed: bool = False, written: dt.date | None = None,
                scene: dt.date | None = None,
                section: tuple[int, dt.date] | None = None) -> tuple[list, dict[tuple[int, int], dt.date]]:
        """The sentence's expressions with the unresolved ones resolved from their anchor, and
        the anchor each of those used. The anchor is the last day date told before: in the
        sentences before, up to the paragraph before (``text``: the body, to count paragraphs),
        else the story date. ``year_fixed``: a year section or lead tells the sentence's year
        (``ArticleTimeline.year_fixed``): no month moves forward from the time told. ``written``:
        the day the sentence was written on, when not ``ref`` (a scene's day, ``ArticleTimeline.written_at``);
        ``scene``: the day of the title card the sentence is under, what a relative day counts from
        when no day was told just before (``ArticleTimeline.scene_at``); ``section``: the start and the
        day of the dated section the sentence is in, what it counts from when its heading comes after
        the last day told ("**Setor 3 · … · segunda-feira, 17 de abril**" over "In Brasília the same
        day, …", after a paragraph that told 4 May 2022)."""
        used: dict[tuple[int, int], dt.date] = {}
        if any(te.date is None for te in exprs):
            recent = self.prev_day is not None and (not text or self._breaks(text, self.prev_end, s.start) <= 2)
            # ("At a press conference the following day", "Five days later", a paragraph or two after the
            # day told, headings aside: counted from that day; not from a date of the background further back)
            told_day = all(te.date is not None or _counted_from_told_day(te.text) for te in exprs) and \
                self.prev_day is not None and self.prev_day == self.story_day and \
                (not text or self._breaks(text, self.prev_end, s.start) <= 2 * NEXT_DAY_PARAGRAPHS)
            # (the day of the section's heading, when it is newer than the day told last, or is that day)
            headed = section[1] if section is not None and (section[0] > self.prev_end or self.prev_day == section[1]) else None
            anchor = (headed if headed is not None and section[0] > self.prev_end else None) or \
                (self.prev_day if recent or told_day else None) or headed or scene or self.story
            month_told = None
            if self.told is not None and self.told.precision != "day" and self.told_end > self.prev_end and \
                    self.told.latest < (anchor or ref) - dt.timedelta(days=STORY_TOLD_BACK) and \
                    (not text or self._breaks(text, self.told_end, s.start) <= 2):
                # ("In July 2023 … The next day": in that month; "A week later": no day told to
                # count from, nor the story's)
                anchor, month_told = None, self.told
            redo = {(te.start, te.end): te
                    for te in find_temporal_expressions(s.text, ref, s.start, anchor)} if anchor else {}
            ahead = {(te.start, te.end): te
                     for te in find_temporal_expressions(s.text, ref, s.start, self.schedule)} if self.schedule else {}
            year_told = dt.date(self.prev_year, 1, 1) if self.prev_year else None
            that_year = {(te.start, te.end): te for te in find_temporal_expressions(s.text, ref, s.start, year_told)} \
                if year_told and any(te.date is None and _THAT_YEAR.search(te.text) for te in exprs) else {}
            # ("held on 10, 11 and 12 December" … "On the second day": from the first of the days told)
            first_day = self.listed.earliest if self.listed is not None and \
                (not text or self._breaks(text, self.listed_end, s.start) <= 2 * NEXT_DAY_PARAGRAPHS) and \
                any(te.date is None and _nth_day(te) for te in exprs) else None
            nth = {(te.start, te.end): te for te in find_temporal_expressions(s.text, ref, s.start, first_day)} \
                if first_day else {}
            new = []
            for te in exprs:
                if te.date is None:
                    key = (te.start, te.end)
                    if _nth_day(te):
                        if key in nth and nth[key].date is not None:
                            te, used[key] = nth[key], first_day
                    elif _ahead_only(te.text):
                        # ("three months ahead of schedule": from the day the text gave as scheduled; from
                        # no other, and no day when it gave none)
                        if key in ahead and ahead[key].date is not None:
                            te, used[key] = ahead[key], self.schedule
                    elif _THAT_YEAR.search(te.text) and key in that_year and that_year[key].date is not None:
                        te, used[key] = that_year[key], year_told
                    elif key in redo and redo[key].date is not None and not \
                            (redo[key].date.earliest > (written or ref) and not FUTURE_CUE.search(s.text)):
                        # (not a day counted past the day written on in a sentence that tells no future:
                        # "Two days later, on the feast of …" from a sermon's "today")
                        te, used[key] = redo[key], anchor
                        if (that := _THAT_WEEKDAY.fullmatch(te.text)) is not None and \
                                (told := self._told_weekday(that.group(1), te.date.earliest)) is not None:
                            # ("on Wednesday 20 September … by Thursday … that Wednesday": the Wednesday told)
                            te, used[key] = type(te)(te.start, te.end, te.text, DateValue.day(told)), told
                    elif month_told is not None and _NEXT_DAY_TOLD.fullmatch(te.text):
                        te, used[key] = type(te)(te.start, te.end, te.text, month_told), month_told.earliest
                    elif not anchor and (base := month_anchor(te, month_told or self.told)) is not None:
                        # ("In December 2022 … A month later": counted from the month told)
                        counted = {(x.start, x.end): x for x in find_temporal_expressions(s.text, ref, s.start, base)}
                        if key in counted and counted[key].date is not None:
                            te, used[key] = counted[key], base
                new.append(te)
            exprs = new
        exprs = in_last_week(exprs)  # ("last week: fury on Wednesday, and on Thursday …")
        if self.week is not None and not self.weekday_lead and \
                (not text or self._breaks(text, self.week[1], s.start) <= 2 * TOLD_WEEK_PARAGRAPHS):
            placed = []
            for te in exprs:
                # (not a day ahead of the writing: "The judges will rule on Monday")
                moved = in_told_week(te, self.week[0], text or None) if te.date is None or te.date.earliest <= (written or ref) \
                    else None
                if moved is not None:
                    te, used[(te.start, te.end)] = type(te)(te.start, te.end, te.text, moved), self.week[0]
                placed.append(te)
            exprs = placed
        if self.story_day is not None and any(te.date is not None and _BARE_WEEKDAY.fullmatch(te.text) for te in exprs):
            # ("On Thursday, the very next day, …": the day after the day told, however far back)
            told = DateValue.day(self.story_day)
            exprs = [type(te)(te.start, te.end, te.text, day) if te.date is not None and _BARE_WEEKDAY.fullmatch(te.text)
                     and _NEXT_DAY_APPOSED.match(s.text, te.end - s.start) is not None
                     and (day := next_day_named(te, told)) is not None else te for te in exprs]
        if self.prev_day is not None and (not text or self._breaks(text, self.prev_end, s.start) <= 2):
            told = DateValue.day(self.prev_day)  # "A day later … on Monday": the Monday just told
            exprs = [type(te)(te.start, te.end, te.text, day) if te.date is not None and _BARE_WEEKDAY.fullmatch(te.text)
                     and (day := _narrative_weekday(te, told, ref)) is not None else te for te in exprs]
        forward = set()
        if self.told is not None and not year_fixed and any(te.date is not None and _YEARLESS.fullmatch(te.text) for te in exprs) \
                and (not text or self._breaks(text, self.told_end, s.start) <= 2 * FORWARD_MONTH_PARAGRAPHS) \
                and not any(self.told_end <= h_lo < s.start for h_lo, _ in self.headings):  # (nor across a heading)
            exprs = list(exprs)
            for i, te in enumerate(exprs):
                if (moved := forward_month(te, self.told, ref, in_pluperfect(s.text, 0, te.start - s.start))) is not None:
                    exprs[i] = type(te)(te.start, te.end, te.text, moved)
                    forward.add((te.start, te.end))
        for te in exprs:
            if not (te.date is not None and _DEICTIC.match(te.text) and _inside_quotation(s.text, te.start - s.start)):
                self.week = next_week(self.week, te)  # (not "“The devil came here yesterday,” Chávez said": the
                # speaker's day, not one the story reaches)
            if days_told(te.date):
                self.listed, self.listed_end = te.date, s.end
        for te in reversed(exprs) if self.keeps_told else ():  # (the last one the sentence tells)
            if te.date is not None and _narrative(te.date) and (te.start, te.end) not in used and \
                    ((te.start, te.end) in forward or tells_story_time(text or " " * s.start + s.text, s.start, te)) and \
                    not _ahead_only(te.text) and \
                    not _SINCE_OR_OF_BEFORE.search(s.text, max(0, te.start - s.start - 30), te.start - s.start):
                # (a day, or a month told as the time of what the sentence tells: "In July 2023 Kurti
                # published …"; not one counted from another, nor a month named in passing, "due in January")
                self.told, self.told_end = te.date, s.end
                break
        said_days = [(te, _inside_quotation(s.text, te.start - s.start)) for te in exprs
                     if te.date is not None and te.date.precision == "day" and not attributive(s.text, te, s.start)
                     and not corrected(s.text, te, s.start)
                     # (nor the day a thing was made, in an aside: "an interview, recorded on the Tuesday,")
                     and not _RECORDED_IN_ASIDE.search(s.text, max(0, te.start - s.start - 40), te.start - s.start)]
        narrated = not all(quoted for _, quoted in said_days)  # (a day told outside the sentence's quotations)
        day_dates = [te.date.earliest for te, quoted in said_days if not (quoted and (narrated or _DEICTIC.match(te.text)))]
        if day_dates:
            self.prev_day, self.prev_end = day_dates[-1], s.end
            # (days the text dates in figures: "Wednesday 20 September", not a weekday alone, which the timeline
            # may yet place in another week)
            self.days_told = (self.days_told + [te.date.earliest for te, quoted in said_days if not quoted and
                                                any(c.isdigit() for c in te.text)])[-_DAYS_TOLD_KEPT:]
        story_days = [te for te in exprs if _counts_next_day_from(te, ref) and not attributive(s.text, te, s.start)]
        if story_days:  # (the last day of the story told, not a time since when or of a war: "since
            # Russia invaded on 24 February 2022")
            at = story_days[-1].start - s.start
            self.story_day = None if _SINCE_CLAUSE.search(s.text, max(0, at - 50), at) or \
                _SINCE_OR_OF_BEFORE.search(s.text, max(0, at - 30), at) else story_days[-1].date.earliest
        years = [te.date.earliest.year for te in exprs if te.date is not None and _YEAR_TOLD.search(te.text)]
        if years:
            self.prev_year = years[-1]
        return exprs, used
