#!/usr/bin/env python3
"""Writes the three gold CSVs of the buttes set (kept so that the coding can be re-read and re-run).

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

KDAN = "kdan|berisha|author"  # the fundraising email's "we": the (fictional) group, its signing director, or the article's voice
HOLLIS = "hollis|author"  # the bookmaker's (fictional) trader who writes the commentary


# --- Skydagger ----------------------------------------------------------------------------------
a = "bu-crossword-skydagger"  # published Saturday 2025-10-18; a setter's notes on the puzzle of Saturday 11 October
st(a, "vucic", "turkey", "Serbia is a small country, but we understood the message well.", "-1", "2025-10-08")
st(a, "vucic", "turkey", "I am appalled by Turkey's behavior and brutal violation of the UN Charter", "-1", "2025-10-08|")
st(a, "vucic", "turkey", "In the same post Vučić said Turkey \"dreams of restoring the Ottoman Empire again.\"", "-1", "2025-10-08|")
st(a, "vucic", "erdogan", "When it comes to President Erdogan, I will always be a good host.", "1", "2025-10-09")
st(a, "vucic", "erdogan", "We are talking about a great leader", "1", "2025-10-09|")
st(a, "vucic", "turkey", "a great leader and a great and successful country.", "1", "2025-10-09|")
st(a, "osmani", "vucic", "called the Serbian leader's remarks \"shameful and hypocritical\"", "-1", "2025-10-08")
st(a, "osmani", "turkey", "She also thanked Türkiye for its \"constructive contribution to peace and stability.\"", "1", "2025-10-08|")
st(a, "djuric", "kosovo|kurti", "the decision to deliver lethal weapons to \"Kurti's regime\"", "-1", "2025-10-08")
st(a, "djuric", "turkey", "pouring oil on the fire and a prime example of malign interference in regional affairs", "-1", "2025-10-08")
st(a, "djuric", "turkey", "Serbia will have to take this move into consideration in its further actions.", "-1", "2025-10-08|")
st(a, "vucic", "turkey", "Vučić said his words had been misunderstood and that Serbia was \"too small to threaten\" a country", "1", "2025-10-09")
st(a, "vrajolli", "", "This is a kind of arms race that is taking place in the region.", "", "2025-10")
st(a, "kurti", "ksf|kosovo", "significantly strengthens Kosovo's defense capabilities and modernizes its military force", "1", "2025-10-08")
ev(a, "2025-10-17", "Prize entries closed last night")
ev(a, "2025-10-11", "here are my notes on last Saturday's puzzle")
ev(a, "2025-10-09", "I wrote most of this one on Thursday 9 October")
ev(a, "2025-10-08", "on Wednesday 8 October, the day Baykar's Skydagger drones landed in Pristina")
ev(a, "2025-10-10", "The editor cut it on the Friday as \"true but unkind\"")
ns(a, "nobody in Ankara said anything in public that week", "absence")
ns(a, "Wasn't \"pouring oil on the fire\" Vučić himself, though?", "a reader's question that misattributes the words (the setter corrects it)")

a = "bu-poem-skydagger"  # published Monday 2025-10-20; a found poem whose speakers and dates are only in the notes after it
st(a, "vucic", "turkey", "I am appalled by Turkey's behavior", "-1", "2025-10-08")
st(a, "djuric", "turkey", "Serbia will have to take this move into consideration", "-1", "2025-10-08")
st(a, "osmani", "vucic", "shameful and hypocritical.\na man of his word", "-1", "2025-10-08")
st(a, "osmani", "erdogan", "who has shown genuine care for all the people of the region.", "1", "2025-10-08")
st(a, "osmani", "turkey", "constructive contribution to peace and stability.", "1", "2025-10-08")
st(a, "kurti", "ksf|kosovo", "significantly strengthens Kosovo's defense capabilities and modernizes its military force.", "1", "2025-10-08")
st(a, "vucic", "erdogan", "I will always be a good host.", "1", "2025-10-09")
st(a, "vucic", "turkey", "and a great and successful country.", "1", "2025-10-09")
st(a, "suljagic", "vucic", "Vučić's entire political career rests on denial, revisionism, and threats.", "-1", "2025-10-09")
st(a, "nato", "kosovo", "It is essential that any activity in Kosovo's airspace", "0", "2025-10")
st(a, "vrajolli", "", "This is a kind of arms race", "", "2025-10")
st(a, "author", "vucic", "section I is the most reckless thing a Serbian president has posted about Turkey in years", "-1", "")
st(a, "author", "osmani", "Osmani comes out of it best, I think", "1", "")
ev(a, "2025-10-08", "in a post on X on Wednesday 8 October, at about a quarter past five in the afternoon")
ev(a, "2025-10-08", "on Facebook on the morning of 8 October, when the drones arrived")
ev(a, "2025-10-09", "at a press conference in Belgrade on Thursday 9 October")
ev(a, "2025-10-09", "Srebrenica Memorial Center, on X on 9 October")
ns(a, "The government of Türkiye, which said nothing in public.", "absence")
ns(a, "Had Ankara answered, section VIII would be the longest in the poem.", "hypothetical")

a = "bu-email-skydagger"  # published Friday 2025-10-10; a diaspora group's fundraising email as received, with the outlet's note
st(a, "kurti", "ksf|kosovo", "significantly strengthens Kosovo's defense capabilities and modernizes its military force", "1", "2025-10-08")
st(a, "vucic", "turkey", "appalled by Turkey's behavior and brutal violation of the UN Charter and UN Security Council Resolution 1244", "-1", "2025-10-08")
st(a, "vucic", "turkey", "He accused Türkiye of dreaming \"of restoring the Ottoman Empire again.\"", "-1", "2025-10-08|")
st(a, "djuric", "turkey", "called the delivery \"pouring oil on the fire\"", "-1", "2025-10-08")
st(a, "djuric", "kosovo|kurti", "accused Kosovo's government of \"the policy of aggression toward the Serb and other non-majority communities.\"", "-1", "2025-10-08|")
st(a, "vucic", "turkey", "Vučić told reporters in Belgrade that Serbia was too small to threaten Türkiye.", "1", "2025-10-09")
st(a, "vucic", "erdogan", "When it comes to President Erdogan, I will always be a good host", "1", "2025-10-09|")
st(a, "osmani", "vucic", "She called his remarks \"shameful and hypocritical\"", "-1", "2025-10-08|2025-10")
st(a, "osmani", "turkey", "thanked Türkiye for its \"constructive contribution to peace and stability.\"", "1", "2025-10-08|2025-10")
st(a, KDAN, "kosovo", "Kosovo has every right to defend itself", "1", "|2025-10-10")
st(a, KDAN, "vucic|serbia", "no amount of outrage on X changes that", "-1", "|2025-10-10")
st(a, "djuric", "turkey", "Đurić ended his post with a warning: \"Serbia will have to take this move into consideration in its further actions.\"", "-1", "2025-10-08|")
st(a, "djuric", "kosovo|kurti", "an encouragement to the policy of aggression toward the Serb and other non-majority communities in Kosovo and Metohija", "-1", "2025-10-08|2025-10")
st(a, "djuric", "kosovo|kurti", "the decision to send \"lethal weapons to Kurti's regime\"", "-1", "2025-10-08|2025-10")
st(a, "djuric", "turkey", "a prime example of malign interference in regional affairs with destabilizing consequences", "-1", "2025-10-08|2025-10")
ev(a, "2025-10-10", "Friday, October 10, 2025 7:02 AM")
ev(a, "2025-10-08", "On Wednesday morning a cargo plane landed in Pristina")
ev(a, "2025-10-09", "Then, yesterday, the tone changed.")
ns(a, "He called it a \"brutal violation.\"", "a subject line that quotes words the body attributes later")
ns(a, "Ankara, for the record, has said nothing at all.", "absence")
ns(a, "Will you stand with Kosovo today?", "a question (the ask)")
ns(a, "If Serbia moves troops towards the boundary, as it did two years ago, we will need to act within hours", "hypothetical")

a = "bu-odds-skydagger"  # published Friday 2026-02-13; a bookmaker's politics-specials update (odds table, trader's commentary, rules)
st(a, "vucic", "erdogan", "as a great leader, not only of Türkiye, but also of the region and indeed a leader with global influence", "1", "2026-02-12")
st(a, "vucic", "balkan_peace_platform|erdogan", "I strongly support President Erdoğan's Balkan Peace Platform initiative.", "1", "2026-02-12|")
st(a, "vucic", "turkey", "today we have returned relations between Turkey and Serbia to the best path of cooperation", "1", "2026-02-12|")
st(a, "vucic", "turkey", "If Turkey and Serbia can cooperate well on important issues in the Western Balkans", "1", "2026-02-12|")
st(a, "vucic", "erdogan", "Erdoğan is more experienced, and sometimes I say something and he doesn't like it, but he is wise enough to keep quiet about it.", "1", "2026-02-12|")
st(a, "erdogan", "serbia", "God willing, we will also pay a visit to Belgrade and Novi Pazar in May or June with a large delegation", "1", "2026-02-12|")
st(a, "vucic", "erdogan", "on X: \"Erdogan is a great world leader", "1", "2026-02-12")
st(a, "vucic", "turkey", "Türkiye is one of our most important partners", "1", "2026-02-12")
st(a, "vucic", "turkey", "does not want the stability of the Western Balkans and dreams of restoring the Ottoman Empire again", "-1", "2025-10-08")
st(a, "vucic", "erdogan", "he would \"always be a good host\" to Erdoğan", "1", "2025-10-09")
st(a, "vucic", "erdogan", "the greatest Turkish leader after Mustafa Kemal Atatürk", "1", "2025-10-09|")
st(a, HOLLIS, "vucic", "Vučić's October post was noise, and we priced it as signal.", "-1", "")
st(a, "djuric", "turkey", "warning that evening that Serbia \"will have to take this move into consideration in its further actions.\"", "-1", "2025-10-08")
ev(a, "2026-02-13", "Odds correct at 10:40 GMT, Friday 13 February 2026, and may change.")
ev(a, "2026-02-12", "Thursday's joint press conference in Ankara did most of the work.")
ev(a, "2026-05", "pay a visit to Belgrade and Novi Pazar in May or June")
ev(a, "2025-10", "Four months ago we opened a market on Vučić visiting Ankara within six months")
ev(a, "2025-10-08", "That price reflected his post of 8 October")
ev(a, "2026-06-30", "in an official capacity on or before 30 June 2026")
ns(a, "Vučić to call Erdoğan \"brother\" in public before 30 June", "a betting market's name, not words anyone said")
ns(a, "Four months on, nobody has said what the move was.", "absence")
ns(a, "Ankara has not confirmed a date", "absence")


# --- Slovenia and Croatia -------------------------------------------------------------------------
a = "bu-notice-piran"  # published Thursday 2018-02-01; a notice to mariners with a political note
PLK = "plenkovic"
st(a, "croatia", "arbitral_tribunal", "which had withdrawn from the arbitration in 2015, rejected the award the same day", "-1", "2017-06-29")
st(a, PLK, "arbitral_tribunal|slovenia", "today's arbitration decision does not bind us in any way nor are we thinking about applying its contents", "-1", "2017-06-29")
st(a, PLK, "slovenia", "He recalled the \"scandalous and unlawful conduct\" of Slovenia's representative", "-1", "2017-06-29|")
st(a, PLK, "slovenia", "said Croatia remained willing to talk", "1", "2017-06-29|")
st(a, PLK, "slovenia", "Croatia has ways to protect its territory and its interests.", "-1", "2017-06-29|")
st(a, PLK, "arbitral_tribunal|slovenia", "as was the case in the terminated Arbitration Process between Croatia and Slovenia, makes their decisions legally void.", "-1", "2017-09")
st(a, "cerar", "plenkovic|croatia", "It is a completely unacceptable position for Slovenia, which leaves no room for the talks in Zagreb", "-1", "2017-09")
st(a, "cerar", "arbitral_tribunal", "Slovenia considers the arbitration ruling, by which the Arbitral Tribunal determined the land and sea borders, to be binding", "1", "2017-12-19")
st(a, "erjavec", "croatia", "said afterwards that \"Croatia has lost all its credibility.\"", "-1", "2017-12-19|2017-12-20")
st(a, "cerar", "croatia", "Cerar said Slovenia would not provoke incidents and expected the same from Croatia", "-1", "2017-12-27")
st(a, "sefic", "croatian_fishermen|croatia", "We will do everything to prevent this from happening but if it does we will, of course, act in accordance with the law and also issue fines.", "-1", "2017-12-30|")
st(a, "croatian_foreign_ministry|croatia", "slovenia", "strong dissatisfaction and protest in relation to the Slovenian authorities' having started fining Croatian fishermen", "-1", "2018-01-27")
st(a, PLK, "slovenia", "This option of theirs to send misdemeanour orders to our fishermen is deeply incorrect.", "-1", "2018-01-30")
st(a, PLK, "slovenian_fishermen|slovenia", "respond with the same measure to the trespassing of our territory by Slovenian fishermen", "-1", "2018-01-30|")
ev(a, "2018-02-01", "WEEKLY EDITION 05/2018 — THURSDAY 1 FEBRUARY 2018")
ev(a, "2017-12-29", "Since 29 December 2017 Slovenian police vessels have patrolled Piran Bay")
ev(a, "2017-06-29", "The arbitral tribunal in The Hague announced its award on 29 June 2017.")
ev(a, "2015", "which had withdrawn from the arbitration in 2015")
ev(a, "2017-09", "In September, at the UN General Assembly")
ev(a, "2017-12-19", "The two prime ministers finally met in Zagreb on 19 December without result.")
ev(a, "2017-12-30", "On the morning of 30 December three Croatian fishing vessels")
ev(a, "2018-01-27", "Last Saturday, 27 January, the Slovenian police sent the first fourteen fines.")
ns(a, "said the Slovenian authorities controlled the entire Slovenian sea and had the situation under control", "self-description")
ns(a, "The Slovenia Times keeps a running count of incidents in the bay", "an outlet whose name contains an actor's alias; no statement")
ns(a, "Should a foreign yacht be fined by either side, members should pay nothing", "hypothetical")


# --- Estonia and Russia ---------------------------------------------------------------------------
a = "bu-corrections-tallinn"  # published Saturday 2007-05-12; a readers' editor's weekly corrections log
EFM = "estonian_foreign_ministry|estonia"
st(a, "mironov", "estonia", "we've had enough of this mocking the dead.", "-1", "2007-04-27")
st(a, "paet", "russia", "The European Union is under attack, because Russia is attacking Estonia.", "-1", "2007-05-01")
st(a, "paet", "russia", "The attacks are virtual, psychological and real.", "-1", "2007-05-01|")
st(a, "paet", "russia", "including the administration of the President of the Russian Federation", "-1", "2007-05-01|")
st(a, "putin", "estonia|ansip", "are desecrating monuments to war heroes, and in doing that are insulting their own people", "-1", "2007-05-09")
st(a, EFM, "duma_delegation|russia", "expresses surprise over the behaviour of the Russian Duma delegation", "-1", "2007-04-30")
st(a, EFM, "duma_delegation|russia", "cannot agree with absurd statements and unreasonable demands", "-1", "2007-04-30|")
st(a, "slutsky|slutski", "ansip", "had demanded the resignation of Prime Minister Andrus Ansip", "-1", "2007-04")
st(a, "ansip", "russia", "that our sovereign state is under a violent attack", "-1", "2007-05-02")
st(a, "ansip", "russia", "a coordinated and gross interference in the affairs of the state of Estonia", "-1", "2007-05-02")
st(a, "lavrov", "estonia", "had had \"serious negative consequences\" for relations between the two countries", "-1", "2007-05-03")
st(a, "lavrov", "eu", "he criticised the European Union for supporting Estonia", "-1", "2007-05-03|")
st(a, "glushko|russian_foreign_ministry|russia", "eu", "expressed deep concern about a lack of response from the European Union to Tallinn's actions", "-1", "2007-05-03")
ev(a, "2007-05-05", "Entries correct reports published between Saturday 5 May and Friday 11 May")
ev(a, "2007-04-27", "Putting to the vote a motion on breaking off relations with Estonia, on 27 April")
ev(a, "2007-05-01", "In a statement on 1 May he said")
ev(a, "2007-05-09", "in his speech on Red Square the day before")
ev(a, "2007-04-30", "Its statement of 30 April does not use that word.")
ev(a, "2007-04-28", "In a televised address on 28 April he said")
ev(a, "2007-05-02", "Speaking in parliament on 2 May")
ns(a, "as saying \"Estonia will pay for this.\"", "a misquotation the correction withdraws (never said)")
ns(a, "had accused the Kremlin of waging \"cyber war\"", "words the paper put in a minister's mouth")
ns(a, "If we had not been outside the embassy building, some drunk or aggressive individuals would have torn it to pieces.", "self-justification of Nashi, no actor targeted (speaker Yakemenko, unregistered)")
ns(a, "had called the visit of a Russian State Duma delegation \"a provocation\"", "a misquotation the correction withdraws")
ns(a, "said Mr Ansip had \"apologised to Russia\" for the riots", "words a leading article put in a prime minister's mouth (withdrawn)")
ns(a, "Lavrov: Estonia has damaged relations", "a headline in the form speaker: phrase, not his words")


# --- Mongolia and China ---------------------------------------------------------------------------
a = "bu-grant-ulaanbaatar"  # published Wednesday 2017-03-15; the context section of a grant application, dates partly in notes
GENG = "geng_shuang|chinese_foreign_ministry"
HUA = "hua_chunying|chinese_foreign_ministry"
UNUUDUR = "2016-12-20|2016-12-21|2016-12"  # the interview: published 20 December (note 4), "Wednesday" in Bloomberg's report
st(a, GENG, "mongolia", "Do not allow the Dalai Lama to visit.", "-1", "2016-11-18")
st(a, GENG, "dalai_lama", "Do not support or facilitate the separatist activities of the Dalai clique.", "-1", "2016-11-18")
st(a, GENG, "mongolia", "He urged Mongolia \"to keep their promises made on this issue\".", "-1", "2016-11-18|")
st(a, GENG, "mongolia", "the wrong doing by Mongolia on this issue diminished political foundation between the two countries", "-1", "2016-11-23")
st(a, GENG, "dalai_lama", "Dalai is a political exile under the cloak of religion", "-1", "2016-11-23|")
st(a, "munkh_orgil", "china", "Unfortunately, the Chinese side responded that this visit was unacceptable.", "-1", "2016-11-24")
st(a, "munkh_orgil", "dalai_lama", "Under this current government, the Dalai Lama will not be invited to Mongolia, even for religious reasons.", "-1", UNUUDUR)
st(a, "munkh_orgil", "dalai_lama", "negatively affected two countries and these two countries have a misunderstanding", "-1", UNUUDUR)
st(a, "munkh_orgil", "china", "The government feels sorry for this.", "1", UNUUDUR)
st(a, HUA, "munkh_orgil|mongolia", "attaches great importance to the explicit statement made by the Mongolian foreign minister", "1", "2016-12-21")
st(a, HUA, "mongolia", "We hope that Mongolia will truly learn lessons from this incident", "-1", "2016-12-21|")
st(a, "wang_yi", "dalai_lama", "The Dalai Lama's furtive visit to Mongolia brought a negative impact to China-Mongolia relations.", "-1", "2017-01-24")
st(a, "wang_yi", "mongolia", "We hope that Mongolia has taken this lesson to heart.", "-1", "2017-01-24")
st(a, "munkh_orgil", "china", "The Government of Mongolia regrets that the Dalai Lama's visit at the invitation of Gandan Monastery negatively affected relations", "1", "2017-01-24")
st(a, "author", "china", "a concession extracted by economic pressure rather than a change of Mongolian policy on religion", "-1", "")
st(a, "author", "mongolia|munkh_orgil", "In our assessment the apology cost the government more at home than it gained in Beijing.", "-1", "")
ev(a, "2016-11-18", "The Dalai Lama arrived in Ulaanbaatar on 18 November 2016")
ev(a, "2016-11-23", "On 23 November Geng said that")
ev(a, "2016-11-24", "The next day Foreign Minister Tsend Munkh-Orgil told reporters")
ev(a, "2016-12-21", "Hua Chunying, said on 21 December that China")
ev(a, "2017-01-24", "On 24 January 2017 Munkh-Orgil spoke by telephone with the Chinese foreign minister")
ev(a, "2006", "for the visit of 2006, after which China briefly cancelled flights between Beijing and Ulaanbaatar")
ns(a, "The Mongolian government held that the visit was purely religious and that it had played no role in the invitation.", "self-description (the government on its own role)")
ns(a, "We have found no public comment on the pledge from Gandan Monastery or from the Dalai Lama's office.", "absence")


# --- Guatemala and Belize -------------------------------------------------------------------------
a = "bu-cartoon-sarstoon"  # published Friday 2016-04-29; a cartoonist's blog post: image description, then the record
st(a, "author", "barrow|belize", "his government's first statement talked about Belize's reputation before it talked about a dead child", "-1", "")
st(a, "author", "guatemalan_armed_forces|guatemala|jimmy_morales", "his navy had been blocking Belizeans from the Sarstoon for months", "-1", "")
st(a, "jimmy_morales", "bdf|belize", "called the shooting a \"cowardly and excessive attack\"", "-1", "2016-04-21")
st(a, "jimmy_morales", "bdf|belize", "I want to express an energetic condemnation for this cowardly aggression and excessive use of force against minors by the Belize Defense Forces.", "-1", "2016-04-21|")
st(a, "guatemalan_foreign_ministry|guatemala", "bdf|belize", "It is regrettable that the defense forces of Belize are the only army in the Latin America and Caribbean region", "-1", "2016-04-21|2016-04-22|2016-04")
st(a, "mansilla", "belize", "It is not a declaration of war.", "0", "2016-04")
st(a, "oas", "bdf|belize", "repudiates the death of a Guatemalan minor at the hands of a Belizean patrol", "-1", "2016-04")
st(a, "oas", "guatemala|belize", "urges both sides to redouble efforts to establish a lasting peace in the adjacency zone", "0", "2016-04")
st(a, "united_states", "guatemala|belize", "Washington said it was \"deeply concerned\" and urged \"calm and restraint by both sides\".", "0", "2016-04")
st(a, "barrow", "guatemala|jimmy_morales", "There has therefore been success in defusing the situation to a point where the return to normalcy has begun.", "1", "2016-04-25")
st(a, "barrow", "bdf", "Our military had every right to defend itself and our patrimony.", "1", "2016-04-25|")
st(a, "jimmy_morales|barrow", "bdf", "President Morales said that the killing of Guatemalans by the BDF could not continue", "-1", "2016-04-22|2016-04-25")
st(a, "briceno", "guatemala", "Guatemala has embarked on a dangerous and confrontational course; we reject it.", "-1", "2016-02|2016-03")
st(a, "belize|barrow", "guatemalan_armed_forces|guatemala", "behaved in an extremely hostile and threatening manner, insisting that our troops should not be at the Sarstoon.", "-1", "2016-03-13")
st(a, "author", "guatemala", "Guatemala's claim to half of this country is older than anyone reading this, and it is still absurd.", "-1", "")
ev(a, "2016-04-29", "This one ran in today's paper.")
ev(a, "2016-04-20", "On Wednesday 20 April a 13-year-old Guatemalan boy, Julio René Alvarado, was shot dead")
ev(a, "2016-04-21", "in a televised statement the next day, Thursday 21 April")
ev(a, "2016-04-22", "after meeting Morales at the UN in New York on Friday 22 April")
ev(a, "2016-04-25", "at a press conference on Monday")
ev(a, "2016-02", "In February, after Guatemalan navy boats turned back a party of Belizean civilians")
ev(a, "2016-03-13", "On 13 March the government said Guatemalan forces had")
ns(a, "This river is ours. So is half of your country.", "a cartoon's speech bubble that puts words in a leader's mouth (the post says so)")
ns(a, "We are calm! We are peaceful! We are VERY calm!", "a cartoon's speech bubble that puts words in a leader's mouth")
ns(a, "has a long history and tradition as a peace-loving country, respectful of international law (and) human rights", "self-description (Belize's government on Belize)")


GOLD.write(HERE)
