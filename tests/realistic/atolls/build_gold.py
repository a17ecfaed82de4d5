#!/usr/bin/env python3
"""Writes the three gold CSVs of the atolls set (kept so that the coding can be re-read and re-run).

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
a = "a-twoway-belgrade"  # published Thursday 2025-10-09; TV two-way, anchor and correspondent
st(a, "vucic", "erdogan", "When it comes to President Erdogan, I will always be a good host", "1", "2025-10-09|")
st(a, "vucic", "erdogan", "We are talking about a great leader and a great and successful country", "1", "2025-10-09|")
st(a, "vucic", "turkey", "We are talking about a great leader and a great and successful country", "1", "2025-10-09|")
st(a, "vucic", "turkey", "He also insisted that Serbia was too small to threaten Turkey", "1", "2025-10-09|")
st(a, "vucic", "erdogan", "I will always respect Erdogan, he is a great leader who raised Ankara from the ashes", "1", "2025-10-09|")
st(a, "vucic", "turkey", "he said he was calling on his Turkish colleagues to dialogue", "0", "2025-10-09|")
st(a, "vucic", "turkey", "the brutal violation of the UN Charter and UN Security Council Resolution 1244, as well as the continued arming of the authorities in Pristina", "-1", "2025-10-08|")
st(a, "djuric", "turkey", "pouring oil on the fire and a prime example of malign interference in regional affairs with destabilizing consequences", "-1", "2025-10-08")
st(a, "osmani", "vucic", "seems to believe he can threaten a large NATO country like Turkey, in the same way he threatens neighbouring countries", "-1", "2025-10-08|")
st(a, "kurti", "ksf|kosovo", "significantly strengthens Kosovo's defense capabilities and modernizes its military force", "1", "2025-10-08")
st(a, "author", "vucic", "he picked a fight with the one partner he cannot afford to lose, and spent today trying to take it back without saying sorry", "-1", "")
ev(a, "2025-10-08", "Yesterday, shortly after five in the afternoon, he posted on X")
ev(a, "2025-10-09", "he held a long press conference here at the Presidency")
ev(a, "2025-10-08", "Albin Kurti announced their arrival on Wednesday")
ev(a, "2026-01", "They were due in January, so they came three months early")
ev(a, "2024-12", "The contract itself was signed in December last year")
ev(a, "2025-10-12", "Kosovo votes in local elections on Sunday")
ns(a, "he said his comments had been misunderstood", "self-description (own words said to be misread)")
ns(a, "We asked the Turkish embassy here for a comment this morning and had no reply", "absence (unanswered request of the outlet)")
ns(a, "If Ankara had wanted to punish him for last night, would we know by now?", "the anchor's hypothetical question")

a = "a-paper-hedging"  # published Monday 2026-03-16; working paper excerpt, author-year citations, footnotes
st(a, "vucic", "turkey", "When the Turks say they will supply Bayraktars to Pristina, it is a very bad news for us", "-1", "2022-12|2022-12-20")
st(a, "vucic", "erdogan", "He added, in the same breath, that Serbia respected Erdoğan", "1", "2022-12|2022-12-20|")
st(a, "vucic", "erdogan", "he called the Turkish president a \"true friend\" of Serbia", "1", "2023-01|2023-01-19")
st(a, "vucic", "turkey", "you cannot say we are going to sell drones to both Serbia and Kosovo. That is unacceptable to us", "-1", "2023-01|2023-01-19")
st(a, "vucic", "turkey", "Turkey does not want the stability of the Western Balkans and dreams of restoring the Ottoman Empire again", "-1", "2025-10-08")
st(a, "djuric", "turkey", "Serbia will have to take this move into consideration in its further actions", "-1", "2025-10-08|")
st(a, "djuric", "turkey", "The minister's full post also described the decision as a unilateral and unlawful move", "-1", "2025-10-08|")
st(a, "osmani", "vucic", "But for his hegemonic mindset, stuck in the past and fixated on intimidating others, such maturity seems unattainable", "-1", "2025-10-08|2025-10|")
st(a, "vrajolli", "", "This is a kind of arms race that is taking place in the region", "", "|2025-10")
st(a, "vucic", "turkey", "the president described Serbia as \"too small to threaten\" Turkey", "1", "2025-10-09")
st(a, "vucic", "erdogan", "When I speak to you, I do so with the utmost respect, as a great leader", "1", "2026-02-12")
st(a, "vucic", "turkey", "He described Türkiye as \"an extremely important partner for Serbia\"", "1", "2026-02-12|")
st(a, "vucic", "erdogan|turkey", "We had exceptionally productive talks on all issues", "1", "2026-02-12|")
st(a, "erdogan", "vucic|serbia", "God willing, we will also pay a visit to Belgrade and Novi Pazar in May or June with a large delegation", "1", "2026-02-12|")
st(a, "author", "vucic|serbia", "We argue that the rupture was rhetorical rather than strategic", "-1", "")
ev(a, "2025-10-08", "The pattern broke on 8 October 2025, the day Kosovo took delivery of Skydagger loitering munitions")
ev(a, "2025-10-09", "At a press conference on 9 October the president described Serbia")
ev(a, "2026-02-12", "At the joint press conference in Ankara on 12 February 2026 he told Erdoğan")
ev(a, "2022-12-20", "The interview aired on 20 December 2022")
ev(a, "2023-01", "A month later, at the World Economic Forum in Davos")
ev(a, "2026-03-02", "written request for comment, sent on 2 March 2026")
ns(a, "No Turkish official is on record answering the accusation of October", "absence (no answer on record)")
ns(a, "no retraction of the Ottoman remark appears in the sources we reviewed", "absence (no retraction)")
ns(a, "The Turkish presidency did not respond to the author's written request for comment", "absence (unanswered request)")

a = "a-reactions-wiki"  # published Monday 2025-10-20; wiki-style "Reactions" section by country, bracketed references
st(a, "vucic", "turkey", "appalled by Turkey's behavior and brutal violation of the UN Charter and UN Security Council Resolution 1244", "-1", "2025-10-08")
st(a, "vucic", "turkey", "In the same post he wrote that Turkey \"dreams of restoring the Ottoman Empire again\"", "-1", "2025-10-08|")
st(a, "vucic", "erdogan", "We are talking about a great leader and a great and successful country", "1", "2025-10-09")
st(a, "vucic", "turkey", "We are talking about a great leader and a great and successful country", "1", "2025-10-09")
st(a, "djuric", "turkey", "I strongly condemn this unilateral and unlawful move, which constitutes a step backward in efforts to normalize relations in the region", "-1", "2025-10-08|")
st(a, "djuric", "kosovo", "He argued that what so-called Kosovo needs are not kamikaze drones but respect for the basic human rights", "-1", "2025-10-08|")
st(a, "kurti", "ksf|kosovo", "contributing to the ongoing effort to build and modernize the military through new technologies and contemporary combat tactics", "1", "2025-10-08")
st(a, "osmani", "erdogan", "I am proud to have worked closely with President Erdoğan, a man of his word", "1", "2025-10-08")
st(a, "osmani", "vucic", "Instead of cooperating closely with NATO member states, he is pushing forward military cooperation with Russia, China and Iran", "-1", "2025-10-08|")
st(a, "nato", "kosovo", "It is essential that any activity in Kosovo's airspace be conducted in proper coordination with NATO's peacekeeping mission in Kosovo", "0", "|2025-10")
st(a, "nato", "turkey", "The official praised Turkey as a long-standing contributor to KFOR and to regional stability", "1", "|2025-10")
st(a, "kurc", "", "Essentially, they raise the cost of any military operation against Kosovo", "", "|2025-10")
ev(a, "2025-10-08", "condemned the delivery on the evening of 8 October in a post on X")
ev(a, "2025-10-09", "At a press conference the following day he adopted a softer tone")
ev(a, "2025-10-08", "announced the arrival of the drones on Facebook on 8 October")
ev(a, "2024-12", "the contract was signed with Baykar in December 2024")
ev(a, "2025-10-12", "Kosovo held local elections on 12 October without incident")
ns(a, "the Turkish government had not commented publicly on the delivery or on Vučić's remarks", "absence (no public comment)")
ns(a, "declined to say under what circumstances Kosovo could use the drones", "absence (declined to say)")
ns(a, "had held an urgent telephone call with KFOR's commander, Major General Özkan Ulutaş", "attributed fact (a phone call)")
ns(a, "Djuric: Serbia will have to take Turkey's decision to deliver kamikaze drones to Pristina into consideration", "a reference title in the form speaker: phrase")

a = "a-docreview-drones"  # published Saturday 2026-02-21; documentary review with acts and a verdict
st(a, "kurti", "ksf|kosovo", "building a capable and coherent force with new technological developments and contemporary warfare tactics", "1", "2025-10-08|")
st(a, "vucic", "turkey", "Serbia is a small country, but we understood the message well", "-1", "2025-10-08|")
st(a, "djuric", "turkey", "his warning that trust is difficult to build and much easier to undermine", "-1", "2025-10-08|")
st(a, "nato", "turkey", "He praised Turkey as a long-standing contributor to KFOR and to regional stability", "1", "|2025-10")
st(a, "vucic", "turkey", "Can you imagine if we behaved like that with some territory that is problematic in Turkey?", "-1", "2025-10-09|")
st(a, "vucic", "turkey", "Moments later he was inviting his Turkish colleagues to dialogue", "0", "2025-10-09|")
st(a, "kurc", "", "Essentially, they raise the cost of any military operation against Kosovo", "", "|2025-10")
st(a, "vucic", "erdogan", "Erdogan is a great world leader, Türkiye is one of our most important partners", "1", "2026-02-12|")
st(a, "vucic", "turkey", "Erdogan is a great world leader, Türkiye is one of our most important partners", "1", "2026-02-12|")
st(a, "vucic", "erdogan", "Infinite thanks for the exceptional hospitality to President Erdogan, we look forward to welcoming you in Serbia", "1", "2026-02-12|")
st(a, "erdogan", "vucic|serbia", "describing the visit as highly valuable for peace, stability and prosperity in the region", "1", "2026-02-12|")
st(a, "author", "vucic", "is kinder to the Serbian president than his own archive is", "-1", "")
ev(a, "2025-10-08", "on the tarmac at Pristina airport on the afternoon of Wednesday 8 October 2025")
ev(a, "2025-10-09", "The second act rests on a single press conference, on Thursday 9 October")
ev(a, "2026-02-12", "The final act jumps four months, to the visit of 12 February")
ev(a, "2026-02-22", "Broadcast on Sunday at 21:00")
ns(a, "insists he threatens nobody", "self-description (no other actor)")
ns(a, "the Turkish presidency declined their request for an interview", "absence (declined interview)")
ns(a, "Had the film ended in October, it would have been a study of a man losing his temper", "hypothetical")


# --- The United Kingdom and the United States, July 2019 ----------------------------------------
a = "a-background-darroch"  # published Wednesday 2019-07-10; agency background paragraph bank
st(a, "darroch", "united_states|trump", "We don't really believe this Administration is going to become substantially more normal", "-1", "")
st(a, "trump", "darroch", "The ambassador has not served the U.K. well, I can tell you that", "-1", "2019-07-07")
st(a, "trump", "darroch", "he is not liked or well thought of within the U.S. We will no longer deal with him", "-1", "2019-07-08")
st(a, "trump", "theresa_may", "What a mess she and her representatives have created", "-1", "2019-07-08|")
st(a, "theresa_may|united_kingdom", "darroch", "Sir Kim Darroch continues to have the Prime Minister's full support", "1", "2019-07-08")
st(a, "trump", "darroch", "The wacky Ambassador that the U.K. foisted upon the United States is not someone we are thrilled with, a very stupid guy", "-1", "2019-07-09")
st(a, "trump", "darroch", "Trump said he had been told the ambassador was a pompous fool", "-1", "2019-07-09|")
st(a, "hunt", "trump", "friends speak frankly so I will: these comments are disrespectful and wrong to our Prime Minister and my country", "-1", "2019-07-09|")
st(a, "hunt", "darroch", "He added that if he became prime minister, \"our Ambassador stays\"", "1", "2019-07-09|")
st(a, "theresa_may", "darroch", "it is a matter of great regret that he has felt it necessary to leave his position", "1", "2019-07-10")
st(a, "simon_mcdonald", "darroch", "you were the target of a malicious leak; you were simply doing your job", "1", "2019-07-10|")
st(a, "duncan", "darroch", "I think we have lost a supreme diplomat who was serving the interests of this country extremely well", "1", "2019-07-10")
st(a, "duncan", "boris_johnson", "Duncan also accused Johnson of a complete failure of leadership and decency", "-1", "2019-07-10|")
st(a, "trump", "theresa_may", "she went her own foolish way-was unable to get it done. A disaster!", "-1", "2019-07-09")
ev(a, "2019-07-10", "Sir Kim Darroch resigned as British ambassador to the United States on Wednesday")
ev(a, "2019-07-07", "The Mail on Sunday published extracts from the cables on Sunday 7 July")
ev(a, "2019-07-08", "Darroch was dropped that evening from a dinner Treasury Secretary Steven Mnuchin hosted")
ev(a, "2019-07-09", "In a televised debate with Hunt on Tuesday evening")
ev(a, "2019", "His posting had been due to end at the end of this year")
ev(a, "2016-01", "January 2016: Darroch takes up the Washington post")
ns(a, "Johnson repeatedly declined to say whether he would keep Darroch in post", "absence (declined to say)")
ns(a, "The current situation is making it impossible for me to carry out my role as I would like", "self-description (his own position)")
ns(a, "The White House did not immediately respond to our requests for comment on Wednesday", "absence (unanswered request)")


# --- Germany and Ukraine, April - June 2022 ------------------------------------------------------
a = "a-panel-liverwurst"  # published Friday 2022-06-17; moderator's summary of a televised panel
st(a, "steinmeier", "ukraine|zelensky", "I was ready to do it, but apparently, and I must take note of it, it was not desired in Kyiv", "-1", "2022-04-12|")
st(a, "scholz", "ukraine", "Scholz said it remained a \"remarkable event\" that Ukraine had uninvited a German head of state", "-1", "2022-05-02")
st(a, "scholz", "ukraine", "It's a problem that the President of the Federal Republic of Germany was not invited", "-1", "2022-05-04")
st(a, "melnyk", "scholz|germany", "It's about the most brutal war of annihilation since the Nazi attack on Ukraine, it's not a kindergarten", "-1", "2022-05-03|")
st(a, "melnyk", "germany", "What Ukraine would look forward to much more than any symbolic visits is that the traffic light government will swiftly implement", "-1", "2022-05-03|")
st(a, "wadephul", "melnyk", "The Christian Democrat Johann Wadephul called it inappropriate", "-1", "|2022-05|2022-05-03")
st(a, "gysi", "melnyk", "Gregor Gysi of the Left called the remarks unacceptable", "-1", "|2022-05|2022-05-03")
st(a, "german_presidency|steinmeier", "zelensky|ukraine", "the irritations had been dispelled and that Zelensky had invited the president and the whole federal government to Kyiv", "1", "2022-05-05|")
st(a, "steinmeier|german_presidency", "ukraine", "solidarity, respect and support in the courageous struggle of the Ukrainian people against the Russian aggressor", "1", "2022-05-05|")
st(a, "steinmeier|german_presidency", "russia", "solidarity, respect and support in the courageous struggle of the Ukrainian people against the Russian aggressor", "-1", "2022-05-05|")
st(a, "yermak", "germany", "Germany remains a powerful ally of Ukraine.", "1", "2022-05-05|")
st(a, "scholz", "russia", "This says a lot about the brutality of Russian aggression, which is simply out to destroy and conquer", "-1", "2022-06-16|")
st(a, "scholz", "ukraine", "Ukraine belongs to the European family", "1", "2022-06-16|")
st(a, "author", "germany|scholz", "cost Germany six weeks it spent nursing a protocol grievance while Ukraine was fighting for its survival", "-1", "")
ev(a, "2022-06-16", "recorded on Thursday 16 June, a few hours after the German chancellor arrived in Kyiv")
ev(a, "2022-04-12", "Jonas took us back to 12 April")
ev(a, "2022-05-02", "Interviewed by ZDF on the evening of 2 May")
ev(a, "2022-04-28", "The Bundestag had voted for heavy weapons deliveries on 28 April")
ev(a, "2022-05-05", "The turn came on 5 May")
ev(a, "2022-06-16", "Scholz arrived yesterday morning on the night train, with Emmanuel Macron and Mario Draghi")
ns(a, "I asked the panel one question: who blinked?", "the moderator's question")
ns(a, "the president's office said it did not report on confidential discussions", "absence (declined to comment)")
ns(a, "Had Steinmeier simply been received in April, he said, none of this would have happened", "hypothetical")


# --- Rwanda and South Africa, January 2025 -------------------------------------------------------
a = "a-fivethings-kigali"  # published Friday 2025-01-31; "five things to know" newsletter
st(a, "ramaphosa", "rdf|rwanda", "escalation by the rebel group M23 and Rwanda Defence Force (RDF) militia engaging the Armed Forces of the DRC", "-1", "2025-01-29|")
st(a, "ramaphosa", "m23", "escalation by the rebel group M23 and Rwanda Defence Force (RDF) militia engaging the Armed Forces of the DRC", "-1", "2025-01-29|")
st(a, "ramaphosa", "sandf", "We bow our heads in honour of their heroic and gallant fight for peace", "1", "2025-01-29|")
st(a, "motshekga|ramaphosa", "rwanda", "Ramaphosa had warned the Rwandan government that firing at South African troops would be a declaration of war", "-1", "2025-01-29|")
st(a, "kagame", "ramaphosa|south_africa", "contains a lot of distortion, deliberate attacks, and even lies", "-1", "2025-01-29|")
st(a, "kagame", "ramaphosa", "President Ramaphosa has never given a 'warning' of any kind, unless it was delivered in his local language", "-1", "2025-01-29|")
st(a, "kagame", "south_africa", "And if South Africa prefers confrontation, Rwanda will deal with the matter in that context any day", "-1", "2025-01-29|")
st(a, "kagame", "ramaphosa", "Cyril Ramaphosa is pretending to be playing a peacemaker role in eastern DRC", "-1", "2025-01-29")
st(a, "lamola", "rwanda|kagame", "We do not really want to go into a tit-for-tat diplomatic spat on these matters", "0", "2025-01-30|")
st(a, "lamola", "kagame|rwanda", "We are not there on a frolic of our own, as it is suggested in some of the tweets", "-1", "2025-01-30|")
ev(a, "2025-01-29", "On Wednesday Cyril Ramaphosa blamed Rwanda's army by name")
ev(a, "2025-01-29", "Paul Kagame replied on X at about 11pm on Wednesday, in a numbered list")
ev(a, "2025-01-30", "chose a lower register in a radio interview yesterday")
ev(a, "2025-01-31", "Leaders of the Southern African Development Community meet in Harare today")
ev(a, "2025-01-27", "Ramaphosa's office had confirmed on Monday that he spoke with Kagame by telephone")
ns(a, "South Africa's military presence in the eastern DRC is not a declaration of war against any country or state", "self-description (own troops)")
ns(a, "The Rwanda Defence Force is an army, not a militia.", "self-description (own army)")
ns(a, "neither presidency answered our questions by the time this newsletter went out", "absence (unanswered questions)")


# --- Sweden and Saudi Arabia, January - March 2015 -----------------------------------------------
a = "a-stylenote-riyadh"  # published Monday 2015-03-30; newsroom standards note to all desks
st(a, "wallstrom", "saudi_arabia", "She told parliament in February that the kingdom was a \"dictatorship\" that violated women's rights", "-1", "2015-02")
st(a, "wallstrom", "saudi_arabia", "in January she used it for the flogging of the blogger Raif Badawi", "-1", "2015-01")
st(a, "saudi_foreign_ministry|saudi_arabia", "wallstrom|sweden", "flagrant interference in internal affairs, which is not accepted in international conventions", "-1", "2015-03-11|2015-03|")
st(a, "saudi_foreign_ministry|saudi_arabia", "wallstrom", "It also called her criticism \"harmful to the kingdom\"", "-1", "2015-03-11|2015-03|")
st(a, "arab_league", "wallstrom", "expressed \"condemnation and astonishment\" at her remarks", "-1", "2015-03|2015-03-10|")
st(a, "arab_league", "wallstrom", "The ministers consider her comments as irresponsible and unacceptable", "-1", "2015-03|2015-03-10|")
st(a, "saudi_arabia", "wallstrom", "The recalling of the ambassador is a response to the offensive comments made by the Swedish foreign minister", "-1", "2015-03|2015-03-11|")
st(a, "lofven", "", "This is not a game. It's a serious issue that must be treated seriously.", "", "2015-03-11")
st(a, "lofven", "saudi_arabia|king_salman", "deep sorrow and regret over the current crisis in the relations between the two countries", "1", "2015-03-27|2015-03|")
st(a, "lofven", "king_salman", "he said the role of King Salman in protecting Islam and its holy places is clear", "1", "2015-03-27|2015-03|")
st(a, "lofven", "saudi_arabia", "he hoped Saudi Arabia would understand Sweden's honest concerns about human rights", "0", "2015-03-27|2015-03|")
st(a, "wallstrom", "saudi_arabia", "I'm very pleased that we can resume our normal diplomatic ties", "1", "2015-03-28")
st(a, "author", "saudi_arabia", "Riyadh's case has rested on treating criticism of its courts as an insult to Islam", "-1", "")
ev(a, "2015-03-30", "This one went to all desks on Monday 30 March")
ev(a, "2015-03-10", "Sweden's government decided on Tuesday 10 March not to renew its defence cooperation agreement")
ev(a, "2015-03-11", "Saudi Arabia recalled its ambassador from Stockholm on Wednesday 11 March")
ev(a, "2015-03-27", "met King Salman in Riyadh on Friday 27 March")
ev(a, "2015-03-28", "On Saturday Swedish officials said the Saudi ambassador would return")
ns(a, "diplomatic relations are not broken", "attributed fact (a description of the relations)")
ns(a, "She also said Sweden could now clear up the misunderstanding that it had insulted Islam", "self-description (own country)")
ns(a, "Stefan Löfven has denied that ending the agreement had anything to do with the blocked speech in Cairo", "self-description (own government's decision)")


if __name__ == "__main__":
    GOLD.write(HERE)
