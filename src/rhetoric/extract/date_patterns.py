"""The temporal expressions ``rhetoric.extract.dates`` finds, as one regular expression: each
alternative a named group (its *kind*) that the resolution rules of ``dates`` turn into a date;
and the cues around an expression that change what it means (a future tense before it, a
counted noun after a number, "Resolution" before a year).
"""

from __future__ import annotations

import re

from rhetoric.extract.vocabulary import COMMON_PAST
from rhetoric.regexes import (
    CASE_VARIANTS,
    FirstCharDispatch,
    WordStartPattern,
    letter_branches,
    letter_led,
    split_alternatives,
)

# --- vocabulary ------------------------------------------------------------------------------

#: What may stand before a date that opens its sentence, the time the sentence tells: "In July
#: 2023 …", "**Early in** …", "On 28 December 2023 the vote passed" (``dates`` takes the year of a
#: day told after it from it; ``anchoring.tells_story_time``).
OPENS_SENTENCE = re.compile(r"[\s*_\"“‘'(-]*(?:(?i:in|on|by|during|at|early|late|then|and|but|from)\s+)*")
#: The key of a record's field that holds its date: "pubDate:", "Date:", "dc.date.issued:", a
#: calendar's "DTSTART;TZID=Europe/Belgrade:", "Start:", "Created:" (``anchoring`` reads a heading
#: so dated; ``dates`` reads "20251008" only after one).
DATE_FIELD_KEY = r"[\w.-]*(?i:date|time|published|posted|sent|filed|issued|start|created)[\w.-]*(?:;[\w=/.-]+)*\s*:[*_]*\s*"


_MON = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
        r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![A-Za-z])")
#: A month's name, in full or abbreviated (``anchoring`` reads "Saturday, November 1st" with it).
MONTH_NAME = _MON
#: A month named alone (no day, no year): an abbreviation without its full stop is a first name
#: when a capitalised word follows ("and Jan Hamáček", "with Dec Murphy"), not a month.
_MON_ALONE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
              r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|(?![A-Za-z])(?!\s+[A-Z][a-z])))(?![A-Za-z])")
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![0-9])"
#: What stands between a day and its month: nothing, "of", or a deed's "day of" ("the 28th day of
#: August", "the twenty-eighth day of August").
_DAY_TO_MONTH = r"\s+(?:(?i:day\s+of)\s+|of\s+)?"
#: The days of a month spelt out as ordinals (``date_values.day_num`` reads them).
ORDINAL_WORDS = (r"twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirty-first|"
                 r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
                 r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth")
#: A day of the month spelt out, after "the" and before "of" ("on Monday, the fifth of June 2017",
#: a memoir's or a speech's way of writing a date), or before "day of", a deed's or a chronicle's
#: way ("on the twenty-eighth day of August"): ``date_values.day_num`` reads it.
DAY_WORD = r"(?<=[Tt]he\s)(?i:" + ORDINAL_WORDS + r")(?=\s+(?:(?i:day)\s+)?of\s)"
#: What may follow a day of the month told in words, so that it is a day and no ordinal going on:
#: punctuation, a year, or a clause going on ("It was on October the eighth that …", "On September
#: the twelfth I told …", "On Thursday the eighteenth our foreign ministry answered"; not "in March the
#: first shipments", "On Monday the first and second readings", "On Tuesday the first the public heard").
ORDINAL_DAY_ENDS = r"(?=\s*[,.;:!?)]|\s*$|,?\s+(?:19|20)[0-9]{2}(?![0-9])|\s+(?:that|when|at|I|we|he|she|they|our|his|her|their)\s)"
#: A day of the month after its month and "the", spoken ("October the eighth", "October the
#: 8th", a transcript's or a speech's way): a word only before ``ORDINAL_DAY_ENDS``.
DAY_AFTER_MONTH = (r"(?i:the)\s+(?:[12][0-9]|3[01]|0?[1-9])(?i:st|nd|rd|th)(?![\w-])|(?i:the)\s+"
                   r"(?i:" + ORDINAL_WORDS + ")" + ORDINAL_DAY_ENDS)
_YEAR = r"(?:19[0-9]{2}|20[0-9]{2})(?![0-9])"
WEEKDAY_NAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])"
#: A weekday's name, whole or shortened ("Wed", "Thurs", "Wednesday"), and no other word that begins
#: as one does ("Wedding", "Sunset").
WEEKDAY_ABBR = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)"
WEEKDAY_SHORT = WEEKDAY_ABBR + r"(?:day|nesday|sday|urday)?(?![A-Za-z])"
#: A count, in figures or words; a compound of tens ("sixty-two years ago") whole, so that its
#: last word ("two years ago") is not read alone (``date_values.count_of`` reads it).
_NUM = (r"(?<![\w-])(?:[0-9]{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|"
        r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
        r"fifteen|sixteen|seventeen|eighteen|nineteen|a few|few|several|a couple of|a couple|some)")
_UNIT = r"(?:days?|weeks?|months?|years?)"
_PART = (r"(?:early|mid|late|the end of|the beginning of|the start of|the middle of|end of|start of|beginning of|"
         # ("in the last days of February", "the first weeks of 2024")
         r"the (?:first|last|final|closing|opening) (?:few )?(?:days|weeks) of)")
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_FUTURE_PREP = r"(?:in|during|since|until|till|by|from|of|through|throughout|before|after|for|between|and|or)"
_COUNTED = (r"(?:people|persons|soldiers|troops|seats|votes|members|units|drones|kilometers|kilometres|"
            r"km|miles|meters|metres|tons|tonnes|euros|dollars|hours|days|men|women|children|"
            r"residents|voters|cases|deaths|workers|employees|households|pages|acres|hectares|feet|"
            r"yards|rounds|vehicles|homes|jobs|points|percent|per\s+cent|police|officers|"
            r"containers|missiles|shells|tanks|[mb]illion)\b")


#: A thing or a season named after Christmas, which is no day: "a Christmas present", "the
#: Christmas holidays", "Christmas shopping".
_NOT_A_HOLIDAYS_THING = (r"(?!\s+(?:presents?|gifts?|trees?|cards?|markets?|parties|party|spirit|carols?|"
                         r"shopping|decorations|lights|truce|bonus|season|holidays?|break|period|wish(?:es)?|list|"
                         r"recess|rush|sales?|specials?|edition|number|jumpers?|songs?|films?|movies?)(?![\w-]))")


#: The months in Roman numerals, longest first ("VIII" before "VII"): a date line's "26.II.22", a
#: commonplace book's or a letter's "21.viii.17" (either case).
ROMAN_MONTHS = "XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I"
ROMAN_MONTH_NUMBER = {r: n for n, r in enumerate("I II III IV V VI VII VIII IX X XI XII".split(), 1)}


def _g(name: str, body: str) -> str:
    return f"(?P<{name}>{body})"


#: A day told from the one before, or a part of it: "the same day", "that evening", "the next
#: day", "a day later", "in the afternoon"; the articles may be left out, as telegraphic
#: copy does ("Vučić next day reversed tone", "same evening held urgent call") (the anchored kind ``anch_fixed``; ``anchoring`` reads
#: it too, as a day the story is still told by).
#: A day told right after a part of the day, which the part only narrows: "By lunchtime (the next day)",
#: "in the evening (of the same day)": the day's expression is read, not the part's.
_DAY_TOLD_AFTER = r"(?!\s+(?:of\s+)?(?:the\s+(?:next|following|same|previous)\s+day|that\s+(?:same\s+)?day|the\s+day\s+(?:before|after))(?![\w-]))"
ANCHORED_DAY = (r"(?i:(?:on\s+)?(?:(?:that|the)\s+same|that\s+very)\s+(?:day|morning|afternoon|evening|night)(?![\w-])|"
                # (without the article only before a verb or a comma: "Osmani same day accused", not
                # "same day delivery", "a next day summit")
                # (or before a label's dash or its bold's end: "**Same day — CAMERON**, in Preston:")
                # (or before a note's mark: "— Renzi, same day [6]")
                r"(?:same|next|following|previous)\s+(?:day|morning|afternoon|evening|night)(?=\s*(?:[,.;:—–]|\*\*|\[\d|$)|\s+[a-z]+ed\b|"
                r"\s+(?:said|told|held|met|went|wrote|spoke|took|made|gave|came|sent|saw|left|flew|began|won|lost|was|"
                r"were|had|hit|put|set|led|cut|rang|sat|stood|ran|got|found|kept|brought|thought|felt|did)\b)|"
                # (or opening a sentence before its subject's name: "Next day Rex Tillerson told …")
                r"(?-i:(?:Next|Same|Following)\s+(?:day|morning|afternoon|evening|night))(?=\s+(?-i:[A-ZÀ-ÖØ-Þ]))|"
                r"(?:later\s+|earlier\s+|on\s+)?that\s+(?:day|morning|afternoon|evening|night)(?![\w-])|"
                r"the\s+(?:very\s+)?(?:next|following)\s+(?:day|morning|afternoon|evening|night)(?![\w-])|"
                r"the\s+day\s+(?:before|after)(?!\s+(?:yesterday|tomorrow)(?![\w-]))|the\s+previous\s+day|"
                r"a\s+day\s+(?:later|earlier|after\s+that|before\s+that)(?![\w-])|(?:earlier|later)\s+in\s+the\s+day|"
                # "By evening", "by nightfall": a later part of the day told
                # (not "by the evening of 20 November", "By evening standards", "By lunchtime on Monday")
                r"by\s+(?:that\s+|the\s+)?(?:evening|nightfall|midday|noon|lunchtime|mid-?afternoon|late\s+afternoon)(?![\w-])"
                r"(?!\s+(?:of|on|standards?|news|papers?|classes|shifts?|meals?|prayers?|dress|wear)\b)" + _DAY_TOLD_AFTER + r"|"
                # "in the afternoon": a part of the day told (a story told hour by hour)
                r"(?:(?:early|late|later|earlier)\s+)?in\s+the\s+(?:morning|afternoon|evening)(?![\w-])" + _DAY_TOLD_AFTER + r")")


#: "on the first day", "during the second day of the hearings": a day of the days told (the
#: kind ``anch_nth``), counted from the first; after "on" or "during" only (not "skipped the
#: second day": ``NTH_DAY``; ``NTH_DAY_WORDS`` is the expression alone), and of nothing but the
#: meeting told ("of the hearings", "of the summit"; not "of the war", "of the month", "of Eid").
_NTH_OF = (r"(?:the|its|their)\s+(?:hearings?|talks|summit|meetings?|visit|trial|conference|sessions?|negotiations|"
           r"debate|congress|council|assembly|forum|tour|proceedings)(?![\w-])")
NTH_DAY_WORDS = (r"(?i:the)\s+(?P<anch_nth_n>(?i:first|second|third|fourth|fifth|opening))\s+(?i:day)(?![\w-])"
                 r"(?!\s+(?i:of)(?![\w-])(?!\s+" + _NTH_OF + r"))")
NTH_DAY = r"(?:(?<=(?<![\w-])[Oo]n\s)|(?<=(?<![\w-])[Dd]uring\s))" + NTH_DAY_WORDS


#: Saints' fixed feasts (month, day), by the Gregorian calendar (the churches on the Julian one keep
#: them thirteen days later: St Nicholas on 19 December in Serbia).
SAINTS_DAYS = {"Andrew": (11, 30), "Nicholas": (12, 6), "Spyridon": (12, 12), "Patrick": (3, 17), "George": (4, 23),
               "Stephen": (12, 26), "David": (3, 1), "Lucy": (12, 13), "Martin": (11, 11), "Demetrius": (10, 26),
               "Catherine": (11, 25), "Barbara": (12, 4), "Swithin": (7, 15), "Valentine": (2, 14), "Sava": (1, 27),
               "Basil": (1, 1), "Joseph": (3, 19), "John the Baptist": (6, 24)}


# Each alternative is a named group; the first alternative that matches at the leftmost position
# wins, so longer forms come first. Lower-case keywords are matched case-insensitively via (?i:).
_ALTERNATIVES = [
    # Wednesday, October 8[, 2025] / Wednesday 8 October [2025]
    _g("wd_mdy", rf"(?:(?i:on|last|this)\s+)?(?P<wd_mdy_wd>{WEEKDAY_NAME}),?\s+(?:the\s+)?(?P<wd_mdy_m>{_MON})\s+(?P<wd_mdy_d>{_DAY})(?:,?\s+(?P<wd_mdy_y>{_YEAR}))?"),
    _g("wd_dmy", rf"(?:(?i:on|last|this)\s+)?(?P<wd_dmy_wd>{WEEKDAY_NAME}),?\s+(?:the\s+)?(?P<wd_dmy_d>{_DAY}|{DAY_WORD}){_DAY_TO_MONTH}(?P<wd_dmy_m>{_MON})(?:,?\s+(?P<wd_dmy_y>{_YEAR}))?"),
    # for 11 months as of October 2025
    _g("for_asof", rf"(?i:for)\s+(?P<for_asof_n>{_NUM})\s+(?P<for_asof_u>{_UNIT}),?\s+(?i:as\s+of|until|through|by)\s+(?P<for_asof_m>{_MON}),?\s+(?P<for_asof_y>{_YEAR})"),
    # since <period>
    _g("since_mdy", rf"(?i:since)\s+(?P<since_mdy_m>{_MON})\s+(?P<since_mdy_d>{_DAY})(?:,?\s+(?P<since_mdy_y>{_YEAR}))?"),
    _g("since_my", rf"(?i:since)\s+(?P<since_my_m>{_MON})(?:,?\s+(?P<since_my_y>{_YEAR}))?(?!\s*[0-9])"),
    _g("since_y", rf"(?i:since)\s+(?:(?i:the\s+(?:start|beginning|end)\s+of)\s+)?(?P<since_y_y>{_YEAR})(?!\s*{_COUNTED})"),
    # ranges of days
    _g("mdd", rf"(?P<mdd_m>{_MON})\s+(?P<mdd_d1>{_DAY})\s*(?:-|–)\s*(?P<mdd_d2>{_DAY})(?:,?\s+(?P<mdd_y>{_YEAR}))?"),
    # (and "between 14 and 16 September 2022", "from 3 to 5 May", "the Test, 22 to 25 March": a range told in words)
    # (and a list of days of one month after "on" or "weekend of", "on 10, 11 and 12 December 2019",
    # "the weekend of 10 and 11 August": from the first)
    # (the days' weekdays may stand before them: "from Friday 26 to Sunday 28 January 2024")
    _g("ddm", rf"(?:(?<![0-9.,])(?P<ddm_d1>{_DAY})(?:\s*(?:-|–)\s*|\s+to\s+)|(?:(?<=[Bb]etween\s)|(?<=[Ff]rom\s))(?:{WEEKDAY_NAME},?\s+)?(?P<ddm_w1>{_DAY})"
              rf"\s+(?:and|to|until)\s+(?:{WEEKDAY_NAME},?\s+)?|"
              # (or with the first day's weekday alone: a heading's "covers Saturday 19 to Wednesday 23 October",
              # "Monday 28 and Tuesday 29 October")
              rf"(?<![\w-])(?:(?i:on)\s+)?(?P<ddm_vw>{WEEKDAY_NAME}),?\s+(?P<ddm_v1>{_DAY})\s+(?:and|to|until)\s+{WEEKDAY_NAME},?\s+|(?:(?<=(?<![\w-])[Oo]n\s)|(?<=[Ww]eekend\sof\s))(?P<ddm_l1>{_DAY})(?:,\s*{_DAY}){{0,5}},?\s+and\s+)"
              rf"(?P<ddm_d2>{_DAY})\s+(?P<ddm_m>{_MON})(?:,?\s+(?P<ddm_y>{_YEAR}))?"),
    # a day or month of a year told relative to the reference: "18 March last year",
    # "March 18 this year", "December last year"
    _g("dm_rel", rf"(?<![0-9.,])(?P<dm_rel_d>{_DAY})\s+(?:of\s+)?(?P<dm_rel_m>{_MON}),?\s+(?P<dm_rel_r>(?i:last|this|next))\s+(?i:year)"),
    _g("md_rel", rf"(?P<md_rel_m>{_MON})\s+(?P<md_rel_d>{_DAY}),?\s+(?P<md_rel_r>(?i:last|this|next))\s+(?i:year)"),
    _g("m_rel", rf"(?P<m_rel_m>{_MON}),?\s+(?P<m_rel_r>(?i:last|this|next))\s+(?i:year)"),
    # holidays on a fixed day: "on Christmas Day", "New Year's Eve" (the last one, or the next
    # one with a future cue; "Christmas Day 2024" in that year); not a thing or a season named
    # after one ("an unexpected Christmas present", "the Christmas holidays")
    _g("holiday", rf"(?P<holiday_h>Christmas\s+Day|Christmas\s+Eve|Orthodox\s+Christmas|Christmas{_NOT_A_HOLIDAYS_THING}|New\s+Year['’]s\s+Day|"
                  rf"New\s+Year['’]s\s+Eve|Boxing\s+Day|Valentine['’]s\s+Day|Halloween|Bastille\s+Day)"
                  rf"(?:,?\s+(?P<holiday_y>{_YEAR}))?"),
    # a saint's fixed feast, by the Gregorian calendar: "Saint Andrew's day", "St Patrick's Day", "the
    # feast of Saint Spyridon, 2019" (not a church or a school named after the saint, "St Nicholas's
    # church": the day or the feast must be told, ``dates._rejected``)
    _g("saint", rf"(?:(?i:feast)\s+(?i:of)\s+)?(?:St\.?|Saint)\s+(?P<saint_n>{'|'.join(SAINTS_DAYS)})"
                rf"(?P<saint_e>(?:['’]s?|s)?\s+(?:[Dd]ay|[Ee]ve))?(?:,?\s+(?P<saint_y>{_YEAR}))?(?![\w'’-])"),
    # full dates
    _g("mdy", rf"(?P<mdy_m>{_MON})\s+(?P<mdy_d>{_DAY}|{DAY_AFTER_MONTH}),?\s+(?P<mdy_y>{_YEAR})"),
    _g("dmy", rf"(?<![0-9.,])(?P<dmy_d>{_DAY}|{DAY_WORD}){_DAY_TO_MONTH}(?P<dmy_m>{_MON}),?\s+(?P<dmy_y>{_YEAR})"),
    # (an archive's order, the year first: "2025 October 8", a finding aid's "2025 October 8-13" read as its first day)
    _g("ymd", rf"(?<![0-9,.$€£#/-])(?P<ymd_y>{_YEAR})\s+(?P<ymd_m>{_MON})\s+(?P<ymd_d>{_DAY})(?![0-9]|:|\s*[-–]\s*[0-9]|\s+[a-z])"),  # (not a count: "In 2025 October 3 ministers …")
    # (and with slashes, as a web page's date line writes it: "2020/07/01")
    # (not a web address's path: ".../speech/2023/10/02/text")
    _g("iso", r"(?<![0-9/])(?P<iso_y>(?:19|20)[0-9]{2})(?P<iso_sep>[-/])(?P<iso_m>0[1-9]|1[0-2])(?P=iso_sep)(?P<iso_d>0[1-9]|[12][0-9]|3[01])(?![0-9/])"),
    # (a file's or a slate's day, its month abbreviated in capitals: "…_31DEC2010_…", "12JAN2019"; the year in two
    # digits too, as a military message, a flight plan or a visa bulletin writes it: "28SEP21"; "17MAY21" is
    # "17May21" once ``dates.in_running_case`` has read MAY as the month's name; and with hyphens, as a
    # database, a log or a TalkBank CHAT header writes it: "@Date: 09-OCT-2025", "15-Dec-2024")
    _g("dmony", r"(?<![A-Za-z0-9])(?P<dmony_d>0[1-9]|[12][0-9]|3[01])(?P<dmony_sep>-?)"
                r"(?P<dmony_m>JAN|FEB|MAR|APR|MAY|May|JUN|JUL|AUG|SEP|OCT|NOV|DEC|(?<=-)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
                r"(?P=dmony_sep)(?P<dmony_y>(?:19|20)[0-9]{2}|[0-9]{2})(?![A-Za-z0-9])"),
    # 20251008, 20251008T171400Z: ISO 8601's basic format, as a calendar feed's or a log's fields write it
    # (its time of day with it; without one, only after a date field's key, ``DATE_FIELD_KEY``)
    _g("compact", r"(?<![\w.,/-])(?P<compact_y>(?:19|20)[0-9]{2})(?P<compact_m>0[1-9]|1[0-2])(?P<compact_d>0[1-9]|[12][0-9]|3[01])(?:T[0-9]{4}(?:[0-9]{2})?Z?)?(?![\w.,/])"),
    # 24.3.2025, 13.01.2025: the day, the month and the year with dots, as European documents write them
    # (the year in two digits after a weekday only, as a notebook's entry opens: "Wed 8.10.25";
    # ``dates._rejected``)
    # (the month in Roman numerals too, as a visitors' book or a letter's date line writes it: "26.II.22")
    # (a range of days before it, "25–27.07.2024", read from its first day, as "25–27 July 2024" is)
    _g("dotted", r"(?<![0-9.,])(?:(?P<dotted_d0>0?[1-9]|[12][0-9]|3[01])\.?[ \t]*[–-][ \t]*)?(?P<dotted_d>0?[1-9]|[12][0-9]|3[01])\.(?P<dotted_m>0?[1-9]|1[0-2]|(?i:" + ROMAN_MONTHS + r"))\.(?P<dotted_y>(?:19|20)[0-9]{2}|[0-9]{2})(?![0-9]|\.[0-9])"),
    # 14.11., 20.11.: the day and the month with dots and no year, as a European register's or
    # minutes' lines open ("- 14.11. PM Petteri Orpo said …"); not "version 1.2." (``dates._rejected``)
    # (two digits each: "3.5." is a figure's end, "rose to 3.5.")
    _g("dotdm", r"(?<![0-9.,])(?P<dotdm_d>0[1-9]|[12][0-9]|3[01])\.(?P<dotdm_m>0[1-9]|1[0-2])\.(?![0-9]|\.[0-9]|[^\W\d_])"),
    # 10/10/2025, 21/01/2026, 1/27/2025: the day and the month with slashes, in either order (a
    # form's or a record's way); "08/10/2025" in the order the text's other dates use, else as the
    # reading nearer the reference (``dates._slashed``)
    _g("slashed", r"(?<![0-9/.,])(?P<slashed_a>0?[1-9]|[12][0-9]|3[01])/(?P<slashed_b>0?[1-9]|[12][0-9]|3[01])/(?P<slashed_y>(?:19|20)[0-9]{2})(?![0-9]|/[0-9])"),
    # 31/12, 02/01: the day and the month with slashes and no year, two digits each, as a digest's or
    # a log's entries open ("**31/12, BEIJING.** …"); only at a line's start (``dates._rejected``)
    _g("slashdm", r"(?<![0-9/.,])(?P<slashdm_a>0[1-9]|[12][0-9]|3[01])/(?P<slashdm_b>0[1-9]|[12][0-9]|3[01])(?![0-9]|/[0-9]|\.[0-9]|[^\W\d_])"),
    # part of a month / year, seasons, quarters
    _g("part_m", rf"(?P<part_m_p>(?i:{_PART}))(?:-|\s+)(?P<part_m_m>{_MON})(?:,?\s+(?P<part_m_y>{_YEAR}))?"),
    _g("half_y", rf"(?i:the\s+)?(?P<half_y_h>(?i:first|second|1st|2nd))\s+(?i:half)\s+(?:(?i:of)\s+)?(?P<half_y_y>{_YEAR})"),
    _g("part_rel_y", r"(?P<part_rel_y_p>(?i:early|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|end\s+of|start\s+of|beginning\s+of))\s+(?P<part_rel_y_r>(?i:the|this|last|next))\s+(?i:year)"),
    _g("part_y", rf"(?P<part_y_p>(?i:{_PART}))(?:-|\s+)(?P<part_y_y>{_YEAR})"),
    _g("season", rf"(?:(?P<season_rel>(?i:last|this|next|past))\s+)?(?P<season_s>(?i:{_SEASON}))(?![\w-])(?:\s+(?:of\s+)?(?P<season_y>{_YEAR}))?"),
    _g("quarter", rf"(?i:the\s+)?(?P<quarter_q>(?i:first|second|third|fourth|1st|2nd|3rd|4th))\s+(?i:quarter)\s+(?:(?i:of)\s+)?(?P<quarter_y>{_YEAR})"),
    _g("qshort", rf"(?<![A-Za-z0-9])Q(?P<qshort_q>[1-4])\s+(?P<qshort_y>{_YEAR})"),
    _g("decade", r"(?i:the\s+)(?P<decade_y>(?:19|20)[0-9]0)['’]?s\b"),
    # "Sunday the 19th": the last date with that day of the month that was that weekday
    # (the day in words too, before a mark or a clause's next word: "on Tuesday the eighteenth, Sudan's …")
    _g("wd_d", rf"(?:(?i:on)\s+)?(?P<wd_d_w>{WEEKDAY_NAME}),?\s+(?:the\s+)(?P<wd_d_d>{_DAY}|(?i:{ORDINAL_WORDS})"
               rf"{ORDINAL_DAY_ENDS})(?!\s+(?:of\s+)?{_MON})"),
    # "the last day of March", "the first day of June 2024": that day (not "the last day": yesterday);
    # "the last weekend of July": its Saturday
    # (or a weekday counted in it, and the month counted from the reference: "On the first Saturday
    # of this month", "the last Friday of last month")
    _g("edge_m", rf"(?i:the)\s+(?P<edge_m_e>(?i:first|second|third|fourth|last))\s+(?P<edge_m_w>(?i:day|weekend)|{WEEKDAY_NAME})\s+(?i:of)\s+"
                 rf"(?:(?P<edge_m_m>{_MON_ALONE})(?:,?\s+(?P<edge_m_y>{_YEAR}))?|(?P<edge_m_rel>(?i:this|last|next))\s+(?i:month))(?![\w-])"),
    # "on the 21st", "by the 26th": a day of the month named alone (the last one, or the next one
    # with a future cue); not "the 21st of …" with a month, a year after it, or a noun ("the 20th
    # anniversary", "the 21st century")
    # (only before a stop, the clause going on or a verb: "on the 21st, when", "on the 26th were
    # these"; an ordinal before a noun is no day: "the 11th hour", "the 2nd reading", "the 3rd
    # Infantry Division")
    # (after a part of the day, "On the evening of the eighth", the day may be spelt out, and a
    # name may follow, "… of the 3rd Poland recalled …" (not one that a noun of an era follows, "the
    # second Orbán government"), but no noun of its own: not "the morning of the second day", "the
    # evening of the 20th anniversary dinner")
    _g("dom", r"(?i:on|by|until|till|from|since|before|after)\s+(?i:the)\s+(?P<dom_p>(?i:morning|afternoon|evening|night)\s+(?i:of)\s+(?i:the)\s+)?"
              r"(?P<dom_d>(?:[12][0-9]|3[01]|0?[1-9])(?i:st|nd|rd|th)|(?(dom_p)(?i:" + ORDINAL_WORDS + r")(?![\w-])"
              r"(?!\s+[A-ZÀ-Ž][\w'’-]*\s+(?:government|cabinet|administration|coalition|term|era|republic|presidency|"
              r"mandate|war|world|round|summit|congress|council|reich|empire)\b)|(?!)))(?![\w-])"
              r"(?(dom_p)(?!\s+(?!(?:that|when|while|as|at|in|on|of|I|we|he|she|they|it|the|his|her|its|their|was|were|is|are|"
              r"will|would|had|has|have|did|after|before|with|for|to|until|and)\b)[a-z])|"
              r"(?=\s*[,.;:!?)]|\s*$|\s+(?:that|when|while|as|at|in|I|we|he|she|they|it|the|his|her|its|their|"
              r"was|were|is|are|will|would|had|has|have|did|after|before|with|for|to|until|and\s+(?!(?:[12][0-9]|3[01]|0?[1-9])))\b))"),
    # day and month without year
    _g("md", rf"(?P<md_m>{_MON})\s+(?P<md_d>{_DAY}|{DAY_AFTER_MONTH})(?!\s*(?:-|–)\s*[0-9])(?!,?\s*[0-9])"),
    _g("dm", rf"(?<![0-9.,$€£])(?P<dm_d>{_DAY}|{DAY_WORD}){_DAY_TO_MONTH}(?P<dm_m>{_MON})"),
    # "(by) December of that year", "in March the same year": that month of the year told before
    _g("m_that_y", rf"(?:(?i:{_FUTURE_PREP})\s+)?(?P<m_that_y_m>{_MON}),?\s+(?:(?i:of)\s+)?(?i:that|the\s+same)\s+(?i:year)(?![\w-])"),
    # month and year
    _g("my", rf"(?P<my_m>{_MON}),?\s+(?:of\s+)?(?P<my_y>{_YEAR})"),
    # (a timeline's entry, the year first and then its month, at the line's start and before the entry's dash or
    # colon: "2006 June - …"; not "Room 2020 May - ask at desk")
    _g("ym", rf"(?:(?<![^\n])|(?<=^\*\*)|(?<=\n\*\*)|(?<=\n- )|(?<=\n\* )|(?<=\n• )|(?<=^- )|(?<=^\* ))(?P<ym_y>{_YEAR})\s+(?P<ym_m>{_MON_ALONE})(?=[*_]*\s*[-–—:|]\s|[*_.]*\s*$)"),
    # last/next/this December
    _g("rel_m", rf"(?P<rel_m_r>(?i:last|next|this|past|this\s+coming))\s+(?P<rel_m_m>{_MON_ALONE})(?!\.?\s*[0-9])"),
    # in July (a preposition is required so that "May" the verb is not a month)
    _g("prep_m", rf"(?i:{_FUTURE_PREP})\s+(?P<prep_m_m>{_MON_ALONE})(?!\.?\s*[0-9])(?!,?\s+(?i:last|this|next)\s+year)"),
    # a month alone as an entry's heading in emphasis: "*February.* Prime Minister …", "**March:**"
    _g("head_m", rf"(?P<head_m_m>{_MON_ALONE})(?=[.:]?(?:\*\*|__|\*|_)(?:\s|$))"),
    # weekdays
    _g("wd", rf"(?:(?P<wd_r>(?i:last|next|this\s+coming|this|on|coming))\s+)?(?P<wd_w>{WEEKDAY_NAME})"
             rf"(?:,?\s+(?i:of\s+)?(?P<wd_week>(?i:last|next|this))\s+(?i:week)|\s+(?P<wd_bl>(?i:before\s+last))(?![\w'’-]|\s+(?i:year|week|weekend|month|night|time|season|christmas|easter|summer|winter|spring|autumn)\b))?"),
    # a weekday shortened, where a timetable or a table writes it: before a time of day or a part of
    # the day ("Wed 17:14", "Thu 1pm", "Wed eve."), or alone in a table's cell ("| Wed — |"); not in
    # running text, where "Sun", "Sat" and "Wed" are other words; or opening a list's item before a
    # comma or a colon, as a notebook's dated notes do ("- Wed, evening, on X: …", "- Fri: met …")
    _g("wd_short", r"(?:(?P<wd_short_item>(?<=\n- )|(?<=\n\* )|(?<=\n• )|(?<=^- )|(?<=^\* )|(?<=^• ))|)(?P<wd_short_w>" + WEEKDAY_ABBR + r")\.?"
                   r"(?=,?\s+(?:[0-9]{1,2}:[0-9]{2}|[0-9]{1,2}\s*[ap]\.?m\.?(?!\w)|"
                   r"(?i:morning|afternoon|evening|night|eve|midday|noon|am|pm)(?!\w))|[ \t]*(?:[—–-][ \t]*)?\||"
                   r"(?(wd_short_item)[ \t]*[,:]|(?!)))"),
    # relative to the anchor
    _g("ahead", rf"(?P<ahead_n>{_NUM})\s+(?P<ahead_u>{_UNIT})\s+(?i:ahead\s+of\s+(?:schedule|time|plan)|early|earlier\s+than\s+(?:planned|scheduled|expected))"),
    # ("the same Sunday", "that same Friday": the one told)
    _g("anch_wd", rf"(?i:that(?:\s+(?:same|very))?|the\s+(?:same|very)|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+(?P<anch_wd_w>{WEEKDAY_NAME})"),
    # "on the Friday before", "the Monday after": that weekday before or after the date told
    _g("anch_wd_ba", rf"(?i:the)\s+(?P<anch_wd_ba_w>{WEEKDAY_NAME})\s+(?P<anch_wd_ba_d>(?i:before|after))(?![\w-])"
                       r"(?!\s+(?:the|a|an|his|her|its|their|our|last(?![\w-])|[A-Z0-9])|\s+that\s*[.,;:!?])"),
    # "the same day", "that evening", "later that day", "the next morning": the day told, or the one after
    _g("anch_fixed", ANCHORED_DAY),
    # "on the first day", "the second day of the hearings": a day of the days told, counted from
    # the first (not "the first day of the month", of a month named: ``edge_m``)
    _g("anch_nth", NTH_DAY),
    # "that same month", "the same week", "later in the month": the month or week of the day told
    # ("later that year" is left: it points back as often to a month or a year told as to the day;
    # "earlier that week" too: a week before the day told is no time of it)
    # "the following month", "the following week": the one after the day told
    # (and a label's "Same week:", "**Same month:**" in a timeline, no article)
    _g("anch_period", r"(?i:(?:(?:later\s+|earlier\s+|in\s+)?(?:that|the)\s+same\s+|(?:later|earlier)\s+(?:in\s+the|that)\s+"
                      r"(?=month\b)|(?-i:Same)\s+(?=(?:week|month)(?:[ \t]*[:—–]|\*\*))|"
                      r"(?P<anch_period_next>the\s+following\s+))(?P<anch_period_u>week|month|year))"
                      r"(?![\w'’-])"),
    _g("within", r"(?i:within\s+(?P<within_w>hours|days|a\s+day|a\s+week|weeks|a\s+month|months|24\s+hours|48\s+hours))"),
    _g("anch_vague", r"(?i:(?:just\s+|only\s+|mere\s+)?(?P<anch_vague_u>hours|days|weeks|months)\s+(?P<anch_vague_d>before|after|later|earlier))"),
    # "twenty-four hours ago", "a few hours ago": that many whole days before the reference
    _g("hours_ago", rf"(?P<hours_ago_n>(?i:twenty-four|forty-eight|seventy-two|a\s+few|several|{_NUM}))\s+"
                    r"(?i:hours?)\s+(?i:ago)(?![\w-])"),
    # (and "two years ago last month", "a year ago this week": that month or week, so many years or
    # months back)
    _g("ago", rf"(?P<ago_n>(?i:{_NUM}))\s+(?P<ago_u>(?i:{_UNIT}))\s+(?P<ago_d>(?i:ago|later|after|earlier|before))"
              r"(?:\s+(?P<ago_today>(?i:today|this\s+morning|this\s+afternoon|this\s+evening|tonight))|(?<=ago)\s+(?P<ago_then>(?i:last|this))\s+(?P<ago_then_u>(?i:week|month))(?![\w-]))?"),
    # relative to the reference
    _g("recent_vague", r"(?i:in\s+recent\s+years|over\s+the\s+(?:past|last)\s+(?:few\s+|several\s+)?years|the\s+next\s+[0-9]+(?:-|–)[0-9]+\s+(?:days|weeks|months|years))"),
    _g("next_n", rf"(?i:(?:in|over|within|during|for)\s+)?(?i:the\s+(?:next|coming))\s+(?:(?P<next_n_n>{_NUM})\s+)?(?P<next_n_u>(?i:{_UNIT}))"),
    _g("past_n", rf"(?i:(?:in|over|during)\s+)?(?i:the\s+(?:past|last))\s+(?:(?P<past_n_n>{_NUM})\s+)?(?P<past_n_u>(?i:{_UNIT}))(?![\w-])"
                 r"(?!(?<=[Dd]ay|ays|eek|eks)\s+(?i:of)(?![\w-]))"),  # (not "the last day of the month", "the last days of February")
    _g("recent", r"(?i:(?P<recent_w>recently|in\s+recent\s+days|in\s+recent\s+weeks|in\s+recent\s+months))"),
    _g("earlier_this", r"(?i:(?P<earlier_this_w>earlier|later)\s+this\s+(?P<earlier_this_u>week|month|year))"),
    _g("this_unit", r"(?P<this_unit_r>(?i:this|last|next|past))\s+(?P<this_unit_u>(?i:week|month|year|weekend))(?!['’]s)(?![\w-])"),
    # (not "over the weekend of 10 and 11 August": those days, ``ddm``)
    _g("weekend", r"(?i:(?:over|at|during)\s+the\s+weekend)(?!\s+of\s+(?:\d|" + MONTH_NAME + "))"),
    _g("part_day", r"(?P<part_day_w>(?i:this\s+morning|this\s+afternoon|this\s+evening|last\s+night|overnight))(?![A-Za-z])"),
    # ("the day before yesterday", "the day after tomorrow": two days from today)
    _g("deictic", r"(?<![A-Za-z])(?P<deictic_pre>(?i:the\s+day\s+(?:before|after)\s+))?"
                  r"(?P<deictic_w>(?i:yesterday|today|tonight|tomorrow))(?:(?![A-Za-z'’])|"
                  # (or its possessive before an occasion: "today's press conference", "yesterday's
                  # post", "yesterday's 13:00 briefing"; not "today's Europe")
                  r"(?=['’]s\s+(?:[0-9]{1,2}(?:[:.][0-9]{2}|\s*[ap]\.?m\.?)\s+)?(?:[a-z-]+\s+)?(?i:press|news|conference|briefing|post|tweet|statement|speech|"
                  r"address|interview|meeting|talks|summit|session|sitting|debate|remarks|announcement|vote|"
                  r"rally|call|visit|hearing)(?![A-Za-z])))"),
    # year ranges and bare years
    _g("yy", rf"(?<![0-9,.$€£#])(?P<yy_a>{_YEAR})\s*(?:-|–|(?i:to|through|and))\s*(?P<yy_b>{_YEAR})(?!\s*{_COUNTED})"),
    _g("year", rf"(?<![0-9,.$€£#/A-Za-z-])(?P<year_y>{_YEAR})(?![.,][0-9])(?!-?[A-Za-z])(?!\s*(?:-|–)\s*[0-9])(?!\s*{_COUNTED})"),
]
# Every expression starts at the start of a word (the guard makes the scan ~6x faster).
_WORD_LEAD = r"(?<![A-Za-z0-9])(?=[A-Za-z0-9])"
PATTERN = re.compile(_WORD_LEAD + "(?:" + "|".join(_ALTERNATIVES) + ")")
#: The same matches, found by skipping in C to the starts of words, and trying there only the
#: alternatives that can begin with the word's first character (``rhetoric.regexes``).
PATTERN_AT = WordStartPattern(FirstCharDispatch(_WORD_LEAD, _ALTERNATIVES), r"[A-Za-z0-9]",
                              not_after=r"[A-Za-z0-9]")
# A text without any of these words or a digit has no temporal expression: skipped at once.
_TRIGGER_NAMES = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Christmas|New Year|Boxing|Valentine|Halloween|Bastille"
_TRIGGER_WORDS = (r"today|tonight|tomorrow|yesterday|morning|afternoon|evening|night|overnight|midday|noon|lunchtime|recent|days?\b|weeks?|months?|years?|weekend|"
                  r"spring|summer|autumn|fall\b|winter|quarter|half|hours?|feast")
TRIGGER_PLAIN = re.compile(rf"[0-9]|\b(?:{_TRIGGER_NAMES})|(?i:\b(?:{_TRIGGER_WORDS}))")
#: The same, every alternative led by a literal character, so that ``re`` skips ahead to them.
_TRIGGER_NAMES_AT = letter_branches(_TRIGGER_NAMES.split("|"), not_after=r"[\w]")
_TRIGGER_WORDS_AT = letter_branches(split_alternatives(_TRIGGER_WORDS), ignorecase=True, not_after=r"[\w]")
TRIGGER = re.compile("|".join([*"0123456789", _TRIGGER_NAMES_AT, _TRIGGER_WORDS_AT]))
#: ``TRIGGER``'s words alone, found only where a word starts (``WordStartPattern``): ``TRIGGER``
#: begins with a class of a third of the letters, so ``re`` entered it inside most words.
_TRIGGER_WORD = WordStartPattern(
    re.compile(_TRIGGER_NAMES_AT + "|" + _TRIGGER_WORDS_AT),
    letter_branches(_TRIGGER_NAMES.split("|"), not_after=None) + "|"
    + letter_branches(split_alternatives(_TRIGGER_WORDS), ignorecase=True, not_after=None),
    not_after=r"[\w]")
_DIGIT = re.compile(r"[0-9]")


def trigger_starts(text: str) -> list[int]:
    """Where ``TRIGGER`` matches in ``text`` (``m.start()`` of its ``finditer``), from two scans
    that ``re`` skips ahead in: the digits, and the words at word starts. The same positions: a
    digit is one character and no trigger word holds one or begins right after one, so neither
    scan's matches hide the other's (tests/test_regexes.py checks it)."""
    words = [m.start() for m in _TRIGGER_WORD.finditer(text)]
    digits = [m.start() for m in _DIGIT.finditer(text)]
    return sorted(words + digits) if words and digits else words or digits

#: Every expression holds a trigger within this many characters of its start (the longest
#: lead seen, "within the next three days" or "the following Thursday", is about 20);
#: ``matches`` tries only the starts this close before a trigger. tests/test_dates.py checks
#: that the scan finds what the full scan finds.
MAX_LEAD = 80


def matches(text: str):
    """``PATTERN_AT.finditer(text)``, tried only where an expression can start: at most
    ``MAX_LEAD`` characters before a trigger (a fifth of a news text, where the full scan
    tries every word)."""
    tried = 0  # every start before this was tried, or lies inside a match
    for at in trigger_starts(text):
        if at < tried or (at == tried and at and text[at - 1] in _ALNUM):
            # the window [tried, at] holds no start of a word: the second and later digits of a
            # number (two thirds of the triggers), or a trigger inside a match
            tried = max(tried, at + 1)
            continue
        lo, hi = max(tried, at - MAX_LEAD), at + 1
        for m in PATTERN_AT.finditer(text, lo, hi, match_end=len(text)):
            yield m
            lo = m.end()
        tried = max(lo, hi)


_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")  # what _WORD_LEAD tests


NOT_YEAR_BEFORE = re.compile(
    r"(?<![a-z])(?:resolution|resolutions|no\.?|number|nos\.?|article|articles|section|chapter|flight|route|"
    r"highway|room|model|page|pp?\.|code|paragraph|law|decree|act|bill|regulation|item|unit|"
    r"squadron|brigade|battalion|division|\bu-?|mig-?|f-?)\s*$", re.I)
#: Words before a weekday that make it no date: a name ("Good Friday" is a feast, dated as such
#: elsewhere), or a weekday that describes a day told otherwise or none ("three days later, on a
#: Sunday", "every Friday", "one Monday").
NOT_WEEKDAY_BEFORE = re.compile(r"(?:\b(?:bloody|black|good|easter|super|ash|cyber|palm|holy|maundy)|"
                                r"(?<![\w-])(?:every|each|any))\s+$", re.I)
#: "on a Sunday," (which day it was, told of a day told otherwise), but not "a Sunday interview"
#: (the weekday of an occasion, a date).
INDEFINITE_WEEKDAY = re.compile(r"(?<![\w-])(?:a|an|one)\s+$", re.I)
WEEKDAY_AS_NOUN = re.compile(r"\s*(?:[,.;:!?)—–]|$|\s(?:and|or|but|when|in|at|of|that|which|afternoon|morning|"
                             r"evening|night)\b)")
#: "would have fallen after …" looks back (a past counterfactual), "would have arrived by Monday"
#: still ahead (a future perfect): after the modal, "have", a participle and not "by".
_COUNTERFACTUAL = r"\s+have\s+[\w-]+\s+(?!by\b)"
#: A future of remembering, which looks back: "Nobody will forget Spirit Week (6–10 October)",
#: "we shall always remember 9 November" (not "will remember to vote on …", nor "will recall its
#: ambassador on …", "will be remembered at a service on Sunday": acts ahead).
_RECALLED = r"\s+(?:(?:never|not|always|long|ever|all)\s+){0,2}(?:forget|remember(?!\s+to\b))(?![\w-])"
_FUTURE_WORDS = (r"will(?!" + _RECALLED + r")|would(?!" + _COUNTERFACTUAL + r")|shall(?!" + _RECALLED + r")|won['’]t(?!" + _RECALLED + r")|could(?!" + _COUNTERFACTUAL + r")|"
                 r"might(?!" + _COUNTERFACTUAL + r")|scheduled|set\s+to|planned|plans?\s+to|"
                 r"due\s+to|is\s+due|are\s+due|expected|upcoming|forthcoming|coming|next|ahead\s+of(?!\s+schedule)|going\s+to|"
                 r"to\s+be\s+held|holds|votes|meets|hosts|opens|begins|starts|heads\s+to|travels\s+to|"
                 # (a rule or a tariff that starts later: "take effect on Sunday", "comes into force on Monday")
                 r"takes?\s+effect|taking\s+effect|comes?\s+into\s+force|coming\s+into\s+force|runs?\s+until|"
                 # (and one that ends later: "a trade law which expires in September")
                 r"expires|runs\s+out|"
                 # a deadline that lies ahead: "has until Saturday to leave", "have until Friday"
                 r"has\s+until|have\s+until|"
                 # what is put off to a later day: "(was) held over for Thursday's session", "postponed
                 # until Friday" (from the particle on: "was" before the verb is no past schedule here)
                 # (not in the past perfect: "which had been postponed until Thursday, passed …")
                 r"(?<=(?<!been\s)held\s)over\s+(?:to|until|till|for)|(?<=(?<!been\s)put\s)off\s+(?:to|until|till)|"
                 r"(?<=(?<!been\s)pushed\s)back\s+(?:to|until|till)|"
                 r"(?<=(?<!been\s)postponed\s)to|(?<=(?<!been\s)postponed\s)until|"
                 r"(?<=(?<!been\s)deferred\s)to|(?<=(?<!been\s)deferred\s)until|"
                 # (the thing put off named between: "put the hearing off again, to 22 June", "adjourned
                 # the case until Monday", "postponed the vote to Friday")
                 r"put\s+(?:(?:the|a|an|its|their|his|her)\s+)?[\w-]+\s+off(?:\s+again)?,?\s+(?:to|until|till)|"
                 r"(?:adjourned|postponed|deferred|delayed)\s+(?:the|its|their)\s+[\w-]+(?:\s+again)?,?\s+(?:to|until|till)")
_NOT_FUTURE_AFTER = ("was ", "were ", "been ", "had ", "than ")  # ("earlier than planned": a schedule compared)
FUTURE_CUE_PLAIN = re.compile(
    r"(?<!was )(?<!were )(?<!been )(?<!had )(?<!than )"
    r"\b(?:['’]ll(?!" + _RECALLED + r")|" + _FUTURE_WORDS + r")\b", re.I)


def _future_cue() -> re.Pattern:
    """``FUTURE_CUE_PLAIN`` with every alternative led by its first letter (its case variants
    spelt out) or by the apostrophe of "'ll", and the tests of what stands before it after that
    character: ``re`` skips to those characters, where it entered the plain pattern (four
    look-behinds, re.I) at every character of the window before each date."""
    groups: dict[str, list[str]] = {}
    for alt in split_alternatives(_FUTURE_WORDS):
        for a in letter_led(alt):
            groups.setdefault(a[0].lower(), []).append(a[1:])
    branches = []
    for c, rests in sorted(groups.items()):
        for v in CASE_VARIANTS.get(c, c + c.upper()):
            behind = "".join(f"(?<!(?i:{w}){v})" for w in _NOT_FUTURE_AFTER)
            branches.append(rf"{v}(?<!\w{v}){behind}(?i:(?:" + "|".join(rests) + r"))\b")
    for q in "'’":  # "we'll": a word before the apostrophe (the plain pattern's \b)
        behind = "".join(f"(?<!(?i:{w}){q})" for w in _NOT_FUTURE_AFTER)
        branches.append(rf"{q}(?<=\w{q}){behind}(?i:ll)\b(?!{_RECALLED})")
    return re.compile("|".join(branches))


#: A future tense or a plan before a date ("will meet on Monday", "scheduled for March").
FUTURE_CUE = _future_cue()
#: how far before an expression a future cue is looked for (within the same sentence)
FUTURE_WINDOW = 80
#: A vote a weekday dates, right before it or in its possessive: a day set in advance, so the
#: weekday is the one ahead ("Kosovo goes to the polls in local elections on Sunday", "before
#: Kosovo's local elections on Sunday", "voting in Sunday's local elections", ``dates``) …
VOTE_BEFORE_WEEKDAY = re.compile(r"(?i)(?<![\w-])(?:elections?|polls|referendum|ballot|run-?off|vote)"
                                 r"\s+(?:(?:of|on|this|next)\s+)?$")  # (the match may hold its "on")
VOTE_AFTER_WEEKDAY = re.compile(r"(?i)['’]s\s+(?:[a-z]+\s+){0,2}?(?:elections?|polls|referendum|ballot|run-?off|vote)(?![\w-])")
#: … unless its clause tells the vote as done (``dates._vote_clause``): "On Sunday we voted", "the election held on Sunday",
#: "conceded after the election on Sunday", "congratulated Magyar on Sunday's election victory" (a verb
#: in the past, a result, or the vote as what came before).
VOTE_DONE = re.compile(r"(?i)(?<![\w-])(?:took\s+place|turned\s+out|went\s+to\s+the\s+polls|results?|victory|defeat|"
                       r"count|was|were|had|"
                       r"(?!(?:scheduled|expected|planned|called|set|united|due|needed|based|elected)(?![\w-]))[a-z]+ed|"
                       r"won|lost|held|elected)(?![\w-])")
#: A date in the possessive before a noun, after a verb that calls it off or looks ahead to it,
#: names an event that did not take place then or was still to come: "cancelled Tuesday's
#: meeting", "ahead of Sunday's vote". It tells no time of the sentence and is no anchor of "that
#: afternoon" after it (``possessive_event``); an occasion ("told Tuesday's cabinet meeting",
#: "at Thursday's summit") or words said then ("Wednesday's message") still tell the time.
POSSESSIVE_AFTER_DATE = re.compile(r"['’]s\s+(?!(?:a|an|the|not|been|over|too|when)\s)[a-z]")
_CALLED_OFF_BEFORE = re.compile(r"(?i)(?<![\w-])(?:cancell?(?:ed|s|ing)?|call(?:ed|s|ing)?\s+off|postpon(?:ed|es|ing)|"
                                r"scrap(?:ped|s|ping)?|delay(?:ed|s|ing)?|ahead\s+of|before|in\s+the\s+run-up\s+to|"
                                r"prepar(?:ed|es|ing)\s+for|boycott(?:ed|s|ing)?|pull(?:ed|s|ing)?\s+out\s+of|"
                                r"withdr[ea]w(?:s|n)?\s+from)\s+$")


def possessive_event(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is in the possessive and names an event called off or
    still ahead (``POSSESSIVE_AFTER_DATE``)."""
    return POSSESSIVE_AFTER_DATE.match(text, end) is not None and \
        _CALLED_OFF_BEFORE.search(text, max(0, start - 30), start) is not None


#: A time that opens its sentence, before a main clause in the future: "On Friday(, Vučić will
#: travel …)", "On Wednesday (Erdoğan is due to host …)", "Next Monday (the ministers are expected
#: …)". The subject between holds no finite verb ("On Monday he said he will …", "On Monday,
#: Vučić insisted Serbia will …" are the past: no word in "-ed", no past of a common verb) and
#: no relative clause ("approved a law that will …").
FUTURE_AFTER_OPENING = re.compile(
    r"[,\s*_]+(?:(?!(?:" + COMMON_PAST + r"|tells|added|warned|announced|was|were|had|has|did|is|are|that|which|"
    r"who|chose|sold|swore|understood|unveiled|plans?)\b)"
    r"(?![\w'’.-]*ed\b)[\w'’.-]+,?\s+){0,8}?(?:will|shall|(?:is|are)\s+(?:due|set|expected|scheduled|to\s+\w+|"
    r"going\s+to)|plans?\s+to)\b", re.I)
#: A clause in the past after a time that opens it ("On the last day of March the Brazilian news
#: site UOL reported …", "On 3 April Ecuador's police raided …"): a day told without its year is
#: the last one, not the next (``dates.yearless_day``'s ``told_past``).
PAST_AFTER_OPENING = re.compile(
    r"[\s*_]+(?:(?!(?:will|shall|would|is|are|to|that|which|who)\b)[\w'’.-]+\s+){1,6}?"
    r"(?:(?:" + COMMON_PAST + r")(?=\s+(?:to|on|in|at|with|for|from|by)(?![\w'’-]))|"
    r"(?:" + COMMON_PAST + r"|(?<!\bis )(?<!\bare )(?<!\bbe )[a-z]{2,}(?<!e)ed)"
    # (a verb, not an adjective before its noun, "the revised rules", "the long delayed summit", nor
    # a participle before its complement, "the report commissioned by the Sejm is published")
    r"(?=\s+(?:(?:the|a|an|that|his|her|its|their|it|him|them|us|me)(?![\w'’-])|[A-Z]|\d)|"
    r"\s*[,.;:!?]|\s*$))")
#: A time ahead in the rest of the clause: "…, Orbán said, Hungary will veto …" (no clause in the past).
FUTURE_IN_CLAUSE = re.compile(r"(?i)(?<![\w'’-])(?:will|shall|['’]ll|going\s+to|(?:is|are)\s+to|(?:is|are)\s+due)(?![\w'’-])")
#: What may stand before such an opening time: the sentence start, emphasis, a preposition.
OPENING_TIME_LEAD = re.compile(r"[\s*_—–-]*(?:(?i:on|by|this|next|from|early|late)\s+)?")
#: A schedule told in the past right before a month ("They were due in January", "was scheduled
#: for March"): the month is the nearer one, before or after the reference.
PAST_SCHEDULE = re.compile(r"(?i)(?<![\w-])(?:was|were|had\s+been)\s+(?:originally\s+|only\s+|first\s+|initially\s+)?(?:due|scheduled|planned|"
                           r"expected|supposed|set)(?:\s+to\s+\w+(?:\s+\w+)?)?\s+(?:only\s+|originally\s+|not\s+until\s+)?$")
COUNTED_AFTER = re.compile(rf"\s*{_COUNTED}")
SENTENCE_STOP_PLAIN = re.compile(r"[.!?](?=\s)|\n")
#: The same, led by a class of characters so that ``re`` skips ahead to them.
SENTENCE_STOP = re.compile(r"[.!?\n](?:(?<=\n)|(?=\s))")
