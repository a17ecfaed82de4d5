#!/usr/bin/env python3
"""Writes the three gold CSVs of the crags set (kept so that the coding can be re-read and re-run).

Run from this folder: python3 build_gold.py. The conventions are those of ../devset/README.md;
this set's own decisions are in README.md. Rows: st(article, speaker, target, fragment, sign,
said_on), ev(article, date, fragment), ns(article, fragment, why); `|` separates acceptable
alternatives, an empty alternative accepts a blank.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_check import GoldRows  # noqa: E402

GOLD = GoldRows()
st, ev, ns = GOLD.st, GOLD.ev, GOLD.ns


# --- Skydagger ----------------------------------------------------------------------------------
a = "cr-01-slang-skydagger"  # published Saturday 2025-10-11; a crowd-written slang dictionary: each definition is dated by its own "by user, October 9, 2025" line, and its "yesterday", "last night", "this week" count from that line, not from the page
st(a, "vucic", "turkey", "Serbia is a small country, but we understood the message well.", "-1", "2025-10-08")
st(a, "vucic", "turkey", "I am appalled by Turkey's behavior and brutal violation of the UN Charter and UN Security Council Resolution 1244, as well as the continued arming of Kosovo.", "-1", "2025-10-08")
st(a, "vucic", "turkey", "Serbia is a small country, but we understand their real intentions.", "-1", "2025-10-08|")
st(a, "vucic", "turkey", "all he had said in the post, he claimed, was that Türkiye is a great power", "1", "2025-10-09")
st(a, "vucic", "turkey", "does not want the stability of the Western Balkans and dreams of restoring the Ottoman Empire again", "-1", "2025-10-08")
st(a, "vucic", "erdogan", "When it comes to President Erdogan, I will always be a good host.", "1", "2025-10-09")
GREAT = "We are talking about a great leader and a great and successful country..."
st(a, "vucic", "erdogan", GREAT, "1", "2025-10-09")
st(a, "vucic", "turkey", GREAT, "1", "2025-10-09")
st(a, "vucic", "erdogan", "he called Erdoğan the greatest Turkish leader after Mustafa Kemal Atatürk", "1", "2025-10-09|")
st(a, "djuric", "turkey", "pouring oil on the fire and a prime example of malign interference in regional affairs with destabilizing consequences", "-1", "2025-10-08")
st(a, "djuric", "turkey", "Serbia will have to take this move into consideration in its further actions.", "-1", "2025-10-08")
st(a, "osmani", "erdogan", "I am proud to have worked closely with President Erdogan, a man of his word, who has shown sincere care for all the people of the region", "1", "2025-10-08|")
st(a, "osmani", "vucic", "seems to believe that he can threaten a major NATO country like Turkey in the same way that he threatens neighboring countries.", "-1", "2025-10-08|")
st(a, "kurti", "ksf|kosovo", "significantly strengthens Kosovo's defense capabilities and modernizes its military force", "1", "2025-10-08")
st(a, "nato", "kosovo|ksf", "any activity in Kosovo's airspace be conducted in proper coordination with NATO's peacekeeping mission in Kosovo, KFOR", "0", "2025-10|")
st(a, "nato", "turkey", "The official praised Turkey as a long-standing contributor to KFOR.", "1", "2025-10|")
st(a, "vrajolli", "", "This is a kind of arms race that is taking place in the region.", "", "2025-10|")
ev(a, "2025-10-08", "Coined by Serbia's president in a post on X on Wednesday evening")
ev(a, "2025-10-09", "At yesterday's press conference the author explained himself")
ev(a, "2025-10-09", "Serbia's president, to reporters in Belgrade yesterday")
ev(a, "2025-10-08", "Marko Đurić, Serbia's foreign minister, on X last night")
ev(a, "2025-10-08", "Compare Prime Minister Albin Kurti's Facebook post earlier that Wednesday")
ev(a, "2025-10-08", "Kosovo's president Vjosa Osmani, answering Belgrade the same evening")
ns(a, "Vučić: Turkey is neo-Ottoman", "a headline that puts a word in his mouth (the definition says he did not write it)")
ns(a, "say what the consideration would involve", "absence (he did not say)")
ns(a, "Yesterday, I reacted strongly, some would say sharply, maybe too sharply.", "self-description with no other target")

a = "cr-02-quake-skydagger"  # published Friday 2026-02-13; an earthquake event page (parody): origin and aftershock times in UTC (17:14 in Belgrade = 15:14 UTC), "by 18:13" = the time of the first report, "October, day not reported", a post "late on Thursday" that an agency dated Friday
st(a, "vucic", "turkey", "I am appalled by Turkey's behavior and brutal violation of the UN Charter and UN Security Council Resolution 1244, as well as the continued arming of Kosovo.", "-1", "2025-10-08")
st(a, "vucic", "turkey", "It is now completely clear that Turkey does not want the stability of the Western Balkans and dreams of restoring the Ottoman Empire again.", "-1", "2025-10-08")
st(a, "kurti", "ksf|kosovo", "significantly strengthens Kosovo's defense capabilities and modernizes its military force", "1", "2025-10-08")
st(a, "djuric", "turkey", "pouring oil on the fire and a prime example of malign interference in regional affairs with destabilizing consequences", "-1", "2025-10-08")
st(a, "osmani", "vucic", "Osmani called Vučić's remarks \"shameful and hypocritical\"", "-1", "2025-10-08")
st(a, "mojsilovic|serbian_defense_ministry", "ksf", "protesting the \"continued arming of the so-called Kosovo Security Force\"", "-1", "2025-10-08")
st(a, "vucic", "turkey", "Serbia is \"too small to threaten\" Turkey, a \"great power\"", "1", "2025-10-09")
st(a, "vucic", "turkey", "his comments, Vučić said, had been misunderstood", "1", "2025-10-09")
st(a, "nato", "turkey", "Turkey praised as a long-standing contributor to KFOR", "1", "2025-10|")
st(a, "vucic", "erdogan", "When I speak to you, I do so with the utmost respect, as a great leader, not only of Türkiye, but also of the region and indeed a leader with global influence.", "1", "2026-02-12")
st(a, "erdogan", "serbia", "God willing, we will also pay a visit to Belgrade and Novi Pazar in May or June with a large delegation.", "1", "2026-02-12")
XPOST = "Erdogan is a great world leader, Türkiye is one of our most important partners."
st(a, "vucic", "erdogan", XPOST, "1", "2026-02-12|2026-02-13")
st(a, "vucic", "turkey", XPOST, "1", "2026-02-12|2026-02-13")
st(a, "author", "vucic", "Stress of this kind is released in public, usually by the same leader who later insists that the ground never moved.", "-1", "")
ev(a, "2025-10-08", "Prime Minister Albin Kurti announced on Facebook that the Skydagger drones had landed")
ev(a, "2024-12", "The contract with Baykar was signed in December 2024")
ev(a, "2026-01", "the delivery had been due in January 2026")
ev(a, "2026-02-12", "after the visit ended late on Thursday")
ev(a, "2026-02-12", "At a joint press conference Vučić told President Recep Tayyip Erdoğan")
ev(a, "2023", "since Pristina bought its first Bayraktar drones in 2023")
ev(a, "2025-10-12", "Kosovo's local elections on 12 October fell inside the aftershock window.")
ns(a, "made no public reply to the October post", "absence (the Turkish presidency)")
ns(a, "Vučić had \"declared war on Turkey\"", "a respondent's misquotation, corrected in the same sentence")
ns(a, "If Belgrade repeats the Ottoman line before Erdoğan's visit, a larger event cannot be excluded.", "hypothetical (the page's forecast)")

a = "cr-03-bodylanguage-skydagger"  # published Friday 2025-10-10; a body-language column in the first person: feed times "03:10" that are no clock times, "yesterday's press conference" (9 October), "Some twenty hours earlier" (the post of 8 October)
st(a, "vucic", "turkey", "he had written on X that Turkey \"dreams of restoring the Ottoman Empire again\"", "-1", "2025-10-08")
st(a, "osmani", "vucic", "who had accused him of threatening Turkey", "-1", "2025-10-08|")
st(a, "vucic", "turkey", "he says Serbia is too small to threaten Turkey, \"NATO's second biggest power\"", "1", "2025-10-09")
st(a, "vucic", "turkey", "His words, he says, were misunderstood.", "1", "2025-10-09")
st(a, "vucic", "erdogan", "When it comes to President Erdogan, I will always be a good host,", "1", "2025-10-09")
GREAT3 = "We are talking about a great leader and a great and successful country..."
st(a, "vucic", "erdogan", GREAT3, "1", "2025-10-09")
st(a, "vucic", "turkey", GREAT3, "1", "2025-10-09")
st(a, "vucic", "erdogan", "I will always respect Erdogan, he is a great leader who raised Ankara from the ashes, but it is also my duty to protect the people of my country.", "1", "2025-10-09")
st(a, "vucic", "turkey", "Can you imagine if we had behaved like that with some territory that is problematic in Turkey?", "-1", "2025-10-09")
st(a, "vucic", "turkey", "Respect is important, and I invite my Turkish colleagues to dialogue.", "1", "2025-10-09")
st(a, "vucic", "erdogan", "Erdoğan, he said, is the greatest Turkish leader after Mustafa Kemal Atatürk.", "1", "2025-10-09|")
st(a, "author", "vucic", "A man who still believes what he wrote on Wednesday does not hold a lectern like a railing.", "-1", "")
st(a, "author", "vucic", "the camera caught a politician doing in public what he usually does in private: changing his mind while talking.", "-1", "")
ev(a, "2025-10-09", "I watched yesterday's press conference in Belgrade three times")
ev(a, "2025-10-08", "Some twenty hours earlier he had written on X")
ev(a, "2025-10-08", "whose Facebook post had announced the drones on Wednesday")
ev(a, "2025-10-12", "The next test comes on Sunday, when Kosovo votes in local elections")
ns(a, "until yesterday I was hugging Erdogan, and now he has done this to us", "words he attributes to unnamed writers, inside his own quote")
ns(a, "He said nothing about Prime Minister Albin Kurti", "absence")
ns(a, "Had he read a written statement from paper, there would be almost nothing here to analyse.", "hypothetical")

a = "cr-04-tierlist-skydagger"  # published Saturday 2026-02-14; a tier list: quotes in bold with "— speaker, channel, day" lines under them (8.10.2025, 9.10.2025, "Wed 8 Oct, 17:14", "that evening", "late on Thursday after the talks" = 12 February 2026, "October"); the ranker's comments are the author's
st(a, "vucic", "erdogan", "called him a great leader \"not only of Türkiye, but also of the region\"", "1", "2026-02-12")
st(a, "vucic", "turkey", "he had accused Turkey of dreaming of restoring the Ottoman Empire", "-1", "2025-10|2025-10-08")
st(a, "djuric", "turkey", "pouring oil on the fire and a prime example of malign interference in regional affairs with destabilizing consequences", "-1", "2025-10-08")
st(a, "author", "djuric", "A foreign minister saying what his president meant, and leaving the president free to say something else the next day.", "1", "")
st(a, "vucic", "erdogan", "When it comes to President Erdogan, I will always be a good host", "1", "2025-10-09")
st(a, "author", "vucic", "A retreat dressed as hospitality, less than a day after the post.", "-1", "")
st(a, "kurti", "ksf|kosovo", "significantly strengthens Kosovo's defense capabilities and modernizes its military force", "1", "2025-10-08")
st(a, "osmani", "erdogan", "I am proud to have worked closely with President Erdogan, a man of his word", "1", "2025-10-08|")
XPOST4 = "Erdogan is a great world leader, Türkiye is one of our most important partners."
st(a, "vucic", "erdogan", XPOST4, "1", "2026-02-12")
st(a, "vucic", "turkey", XPOST4, "1", "2026-02-12")
st(a, "erdogan", "serbia", "God willing, we will also pay a visit to Belgrade and Novi Pazar in May or June with a large delegation.", "1", "2026-02-12")
st(a, "nato", "kosovo|ksf", "It is essential that any activity in Kosovo's airspace be conducted in proper coordination with NATO's peacekeeping mission in Kosovo", "0", "2025-10|")
st(a, "vrajolli", "", "This is a kind of arms race that is taking place in the region", "", "|2025-10")
st(a, "author", "vrajolli", "The most accurate line on this list, and so the least quoted.", "1", "")
st(a, "vucic", "turkey", "Serbia is a small country, but we understood the message well", "-1", "2025-10-08")
st(a, "vucic", "turkey", "It is now completely clear that Turkey does not want the stability of the Western Balkans and dreams of restoring the Ottoman Empire again.", "-1", "2025-10-08")
st(a, "vucic", "turkey", "he was in Ankara calling Turkey one of Serbia's most important partners", "1", "2026-02-12")
st(a, "author", "vucic", "Lines do not get more F than this.", "-1", "")
st(a, "vucic", "croatia|albania|kosovo", "every military alliance is a threat and is directed against someone", "-1", "2026-02-12")
st(a, "author", "vucic", "Said in the capital of the country that sold Pristina its drones.", "-1", "")
ev(a, "2026-02-12", "On Thursday Aleksandar Vučić stood next to Recep Tayyip Erdoğan in Ankara")
ev(a, "2025-10-08", "the day the drones landed (8 October)")
ev(a, "2026-01-23", "which Serbia attended in Istanbul on 23 January")
ev(a, "2025-10", "went round Telegram in October as a Vučić quote")
ns(a, "Ankara never answered the post", "absence")
ns(a, "Kosovo belongs to Turkey", "a fabricated quotation (the list says he never said it)")
ns(a, "no Turkish official answered Vučić in public", "absence")
ns(a, "If Erdoğan does come to Belgrade in May, this list will need a new S tier.", "hypothetical")


# --- India and Turkey ----------------------------------------------------------------------------
a = "cr-05-labreport-newdelhi"  # published Saturday 2020-09-26; a school practical write-up (satire): the speakers' names only in "Apparatus" and "Method", the trials' dates only in the method's steps and in a results column of "Time taken" (10 days, 1 day, 3 days, a few hours); "Six days later", "By the next morning", "On the Monday"
st(a, "erdogan", "india", "Despite the resolutions adopted by the United Nations Security Council, Kashmir is still besieged and eight million people are still stuck in Kashmir.", "-1", "2019-09-24|")
st(a, "imran_khan", "erdogan", "I appreciate President Erdogan's statement that the stability and prosperity of South Asia cannot be separated from the Kashmir issue.", "1", "2019-09-24")
st(a, "raveesh_kumar|indian_mea", "turkey", "We, therefore, deeply regret that since August 6, there have been repeated statements by the Turkish Government on a matter completely internal to India.", "-1", "2019-10-04|2019-10")
st(a, "raveesh_kumar|indian_mea", "turkey", "The statements, he said, were \"factually incorrect, biased and unwarranted\"", "-1", "2019-10-04|2019-10")
st(a, "indian_mea|raveesh_kumar", "turkey", "We are deeply concerned at the unilateral military offensive by Turkey in north-east Syria.", "-1", "2019-10-10")
st(a, "indian_mea|raveesh_kumar", "turkey", "It called on Turkey to \"exercise restraint and respect the sovereignty and territorial integrity of Syria\"", "-1", "2019-10-10")
st(a, "erdogan", "india", "Our Kashmiri brothers and sisters have suffered from inconveniences for decades and these sufferings have become graver due to unilateral steps taken in recent times.", "-1", "2020-02-14|")
st(a, "erdogan", "india", "It was Çanakkale yesterday and Kashmir today.", "-1", "2020-02-14|")
st(a, "erdogan", "pakistan", "He called the two countries a brotherhood \"strengthened by history and reinforced by historical events\"", "1", "2020-02-14|")
st(a, "raveesh_kumar|indian_mea", "erdogan|turkey", "India rejects all references to Jammu & Kashmir, which is an integral and inalienable part of India.", "-1", "2020-02-15")
FACTS = "develop a proper understanding of the facts, including the grave threat posed by terrorism emanating from Pakistan to India and the region"
st(a, "raveesh_kumar|indian_mea", "turkey", FACTS, "-1", "2020-02-15")
st(a, "raveesh_kumar|indian_mea", "pakistan", FACTS, "-1", "2020-02-15")
st(a, "raveesh_kumar|indian_mea", "erdogan", "Kumar said the remarks \"reflect neither an understanding of history nor of the conduct of diplomacy\"", "-1", "2020-02-17")
st(a, "swarup|indian_mea", "turkey", "This recent episode is but one more example of a pattern of Turkey interfering in the internal affairs of other countries.", "-1", "2020-02-17")
st(a, "erdogan", "", "Kashmir was \"still a burning issue\", said the recording", "", "2020-09-22|")
st(a, "tirumurti", "erdogan|turkey", "constitute gross interference in India's internal affairs and are completely unacceptable.", "-1", "2020-09-22")
st(a, "tirumurti", "turkey", "Turkey should learn to respect the sovereignty of other nations and reflect on its policies more deeply.", "-1", "2020-09-22")
ev(a, "2019-09-24", "Apply the first stimulus at the General Assembly on Tuesday 24 September 2019.")
ev(a, "2020-02-14", "Repeat in Islamabad on Friday 14 February 2020.")
ev(a, "2020-09-22", "Repeat, pre-recorded, at the General Assembly on Tuesday 22 September 2020.")
ev(a, "2019-10-10", "Six days later New Delhi reacted to a Turkish action unrelated to Kashmir")
ev(a, "2020-02-17", "Secretary (West) Vikas Swarup summoned Turkey's ambassador")
ev(a, "2019-10", "A visit that Prime Minister Narendra Modi was to make to Ankara in October 2019 was dropped")
ns(a, "gave no reading we could record", "absence (Turkey's ambassador gives no reply)")
ns(a, "was dropped without any statement, so it is not in the results", "absence (a cancelled visit, announced by no one)")
ns(a, "Had Erdoğan left Kashmir out of his first speech, there would have been no experiment.", "hypothetical")


# --- Romania and Hungary ---------------------------------------------------------------------
a = "cr-06-statement-bucharest"  # published Monday 2020-06-01; a bank statement (satire): "Payee:" names the speaker, dates are posting dates ("27 APR" … "04 MAY") that may be a day after a late-evening transaction, so the MFA's and Orbán's rows also accept the day before
LAW = "PSD helped UDMR to pass through the Chamber of Deputies a law that gives wide autonomy to the Szekler Land."
st(a, "iohannis", "psd", LAW, "-1", "2020-04-29")
st(a, "iohannis", "udmr", LAW, "-1", "2020-04-29")
PROMISE = "What did the leader from Budapest, Viktor Orbán, promise you in exchange for this agreement?"
st(a, "iohannis", "ciolacu|psd", PROMISE, "-1", "2020-04-29")
st(a, "iohannis", "orban", PROMISE, "-1", "2020-04-29")
st(a, "kelemen|udmr", "iohannis", "Klaus Iohannis, while looking hysterical and nervous, has made a statement that is unworthy of a president,", "-1", "2020-04-29")
st(a, "kelemen|udmr", "iohannis", "The President needs to apologize for this dangerous deviation.", "-1", "2020-04-29")
st(a, "szijjarto", "iohannis", "the president \"had made a rude statement that incites to hatred\"", "-1", "2020-04-29")
st(a, "szijjarto", "iohannis", "our request and call for Romania's President is simple: more respect for Magyars!", "-1", "2020-04-29")
st(a, "romanian_foreign_ministry", "szijjarto", "The Hungarian official has distorted in an absolutely unfortunate way the meaning of the statements of the President of Romania,", "-1", "2020-04-30|2020-04-29")
st(a, "romanian_foreign_ministry", "hungary", "for the Hungarian side to revise its own attitudes and actions that betray disrespect to Romania and high-ranking Romanian officials", "-1", "2020-04-30|2020-04-29")
st(a, "orban", "iohannis", "he said he knew Romania's president as an honourable man", "1", "2020-05-01|2020-04-30")
st(a, "orban", "iohannis", "Of course, if we have to, we'll take up the gauntlet, but for now I won't recommend to bend over it", "-1", "2020-05-01|2020-04-30")
st(a, "orban", "iohannis", "He had never heard such statements in Romania, he added, not even \"in the most tumultuous anti-democratic times\"", "-1", "2020-05-01|2020-04-30")
st(a, "hungarian_parliament_fac", "iohannis", "The Committee on Foreign Affairs was shocked to learn about the April 29, 2020 statement of Klaus Iohannis, President of Romania", "-1", "2020-05-04")
st(a, "levente_magyar", "iohannis", "told the committee the president's words were especially suited to incite hatred", "-1", "2020-05-04")
ev(a, "2020-04-29", "Payee: Foreign Minister Péter Szijjártó, in a Facebook video that afternoon.")
ev(a, "2020-04-29", "was shocked to learn about the April 29, 2020 statement")
ev(a, "2020-05-04", "The same Monday, state secretary Levente Magyar told the committee")
ev(a, "2020-04-29", "The Senate rejected the autonomy bill on 29 April.")
ev(a, "2020-04-29", "which carried Szijjártó's answer that day")
ns(a, "say whether the president would apologize", "absence (Cotroceni did not say)")
ns(a, "almost falling in the category of tragicomedy", "an outlet whose name contains an actor's alias (Daily News Hungary), judging no actor")
ns(a, "Had the Chamber of Deputies voted on the bill instead of passing it tacitly, this account would have closed April in credit.", "hypothetical")


# --- Bulgaria and Russia -------------------------------------------------------------------------
a = "cr-07-appraisal-sofia"  # published Monday 2023-01-16; a performance review (satire): evidence lines dated "18.03.2022", "the same day", "the day the note arrived" (30 June); the employee is the ambassador; the objectives, ratings, reviewer's comments and line manager's note are invented
st(a, "mitrofanova", "bulgaria", "she perceived the act as extremely unfriendly, and \"Moscow reserves the right to reciprocate\"", "-1", "2022-03-18")
st(a, "petkov", "russia", "anyone who works against the interests of Bulgaria will be sent back.", "-1", "2022-06-28")
st(a, "mitrofanova|russia", "bulgaria", "calls the expulsions \"unprecedented, slanderous, absolutely unfounded and provocative, and undermining the basis of our relations\"", "-1", "2022-06-30")
st(a, "bulgarian_foreign_ministry", "mitrofanova", "the note \"in ultimatum terms requested the withdrawal\" of the expulsion orders", "-1", "2022-06-30")
st(a, "mitrofanova", "bulgarian_foreign_ministry", "Unfortunately, our appeal to the Bulgarian Foreign Ministry was ignored.", "-1", "2022-07-01")
st(a, "mitrofanova", "petkov", "The responsibility for any further grave consequences of this step lies with the government of Kiril Petkov.", "-1", "2022-07-01")
st(a, "petkov", "mitrofanova", "not a single diplomat should issue ultimatums to Bulgaria.", "-1", "2022-06-30")
st(a, "radev", "petkov|bulgaria", "It is unacceptable that decisions concerning the security of Bulgaria do not take into account the risks of escalation and their economic consequences.", "-1", "|2022")
st(a, "ninova", "petkov|bulgaria", "the decision to expel 70 Russian diplomats is an unprecedented act in Bulgarian diplomacy that will have long-term consequences.", "-1", "2022-06-28")
st(a, "zakharova", "bulgaria", "This was doing the bidding of external forces.", "-1", "2022-06-29")
st(a, "zakharova", "bulgaria", "no one can break the centuries-old cultural and spiritual ties that bind our peoples.", "1", "2022-06-29")
st(a, "russian_foreign_ministry", "bulgaria", "the responsibility for the consequences of these counterproductive measures rests entirely with the Bulgarian government", "-1", "2022-08-05")
st(a, "author", "mitrofanova", "The employee set a deadline she could not enforce", "-1", "")
st(a, "author", "mitrofanova", "That is not a mistake an ambassador is allowed twice.", "-1", "")
ev(a, "2022-03-18", "Sofia declares ten diplomats persona non grata.")
ev(a, "2022-06-28", "Seventy staff are told to leave by 3 July.")
ev(a, "2022-07-01", "sets a deadline of noon the next day")
ev(a, "2022-06-29", "Maria Zakharova, the ministry's spokeswoman, at her weekly briefing on 29 June")
ev(a, "2022-07-01", "On 1 July the Kremlin's spokesman, Dmitry Peskov, said the closure")
ev(a, "2022-08-05", "On 5 August Moscow expelled fourteen Bulgarian diplomats")
ns(a, "will be considered by the Foreign Ministry and, if necessary, reported to the president.", "an attributed statement of procedure without stance (Peskov)")
ns(a, "that closing the embassy had only been her hypothesis", "self-description with no other target")
ns(a, "Keep the lights on in Sofia.", "invented words put in a real office's mouth (the line manager's note)")


# --- Chad and Sudan ------------------------------------------------------------------------------
a = "cr-08-airspace-ndjamena"  # published Tuesday 2025-03-25; an airspace-risk database entry: updates newest first under "24 MAR 2025" headers, dates in UTC, "the previous day", "the day before", "27–28 NOV 2023" (reports disagree), "DEC 2023"
st(a, "al_atta", "chad", "has named two Chadian airports as targets", "-1", "2025-03-23|")
st(a, "ibrahim_adam_mahamat|chad_foreign_ministry|chad", "al_atta|sudan", "could be interpreted as a declaration of war if followed through", "-1", "2025-03-24")
st(a, "ibrahim_adam_mahamat|chad_foreign_ministry|chad", "sudan|al_atta", "Such rhetoric could lead to a dangerous escalation for the entire sub-region.", "-1", "2025-03-24")
st(a, "ibrahim_adam_mahamat|chad_foreign_ministry|chad", "sudan", "Chad reserves the legitimate right to respond vigorously to any attempted aggression.", "-1", "2025-03-24")
st(a, "kebzabo", "sudan", "Sudan has just declared war on Chad.", "-1", "2025-03-24|2025-03-23")
st(a, "kebzabo", "", "We must take this very seriously, prepare for it militarily, and mobilize.", "", "2025-03-24|2025-03-23")
st(a, "al_atta", "deby", "We will take retaliatory action against Mohamed Kaka [Mahamat Idriss Deby Itno], the president of Chad.", "-1", "2025-03-23")
st(a, "al_atta", "chad|deby", "we warn him that the airports of N'Djamena and Amdjarass are legitimate targets for the Sudanese Armed Forces.", "-1", "2025-03-23")
SUPPORT = "Chad's continued support for this terrorist militia — the Rapid Support Forces — needs no further explanation."
st(a, "sudan_foreign_ministry|sudan", "chad", SUPPORT, "-1", "2024-11-09")
st(a, "sudan_foreign_ministry|sudan", "rsf", SUPPORT, "-1", "2024-11-09")
st(a, "sudan_foreign_ministry|sudan", "chad", "It called Chad \"the main crossing point for weapons and mercenaries\"", "-1", "2024-11-09")
st(a, "chad_foreign_ministry|koulamallah", "sudan", "The misleading accusations by Sudanese authorities aim to divert attention from their responsibility for the deteriorating situation in their country.", "-1", "2024-11-08")
st(a, "koulamallah", "minnawi", "He dismissed the claims as \"fanciful information\"", "-1", "2024-10-24")
st(a, "minnawi", "chad", "to halt the role of the Chadian government in the transit through its territory of non-humanitarian aid", "-1", "2024-10-23")
st(a, "al_sadiq", "chad", "had refused Chad's demand for an apology in an interview with Sudan TV", "-1", "2023-12|")
st(a, "al_atta", "chad", "but within them are some mercenary agents and traitors to the African peoples, and they are agents of modern colonialism.", "-1", "2023-11-27|2023-11-28")
st(a, "chad", "al_atta", "Chad's government called these \"grave statements that lacks any basis\"", "-1", "2023-11|2023-11-27|2023-11-28")
ev(a, "2025-03-23", "spoke at a memorial for an officer killed in a drone strike")
ev(a, "2025-03-23", "a video was broadcast the same day by Al Jazeera")
ev(a, "2024-11-08", "rejected Chad's denial of the previous day")
ev(a, "2024-10-23", "who had told the same broadcaster the day before")
ev(a, "2023-12", "Chad expels four Sudanese diplomats")
ev(a, "2025-03-24", "raised from THREE on 24 March 2025")
ev(a, "2025-03-24", "Chad's Ministry of Foreign Affairs responded through its spokesman, Ibrahim Adam Mahamat.")
ns(a, "Chad has no interest in amplifying the war in Sudan by supplying weapons.", "self-description (a denial with no other target)")
ns(a, "whether the general spoke for it", "absence (Sudan's government had not said)")
ns(a, "If either airport is struck, this entry moves to level ONE within the hour", "hypothetical (the desk's contingency)")


if __name__ == "__main__":
    GOLD.write(HERE)
