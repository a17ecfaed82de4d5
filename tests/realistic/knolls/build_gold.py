#!/usr/bin/env python3
"""Writes the three gold CSVs of the knolls set (kept so that the coding can be re-read and re-run).

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

GOOD_HOST = "When it comes to President Erdogan, I will always be a good host"
GREAT = "We are talking about a great leader and a great and successful country..."
X_FEB = "Erdogan is a great world leader, Türkiye is one of our most important partners."
GOD_WILLING = "God willing, we will also pay a visit to Belgrade and Novi Pazar in May or June with a large delegation"


# --- Skydagger ----------------------------------------------------------------------------------
a = "kn-01-tracking-skydagger"  # published Friday 2025-10-10; a parcel-tracking page (parody): events newest first under bold "day, time · place · status" lines; "today" is the Friday of the top event; speakers as "the neighbour", "the complainant", "the recipient's neighbour", "Signed for by: A. Kurti"
st(a, "mojsilovic|serbian_defense_ministry", "ksf", "the general protested once more against the equipping of the Kosovo Security Force with Turkish combat drones", "-1", "2025-10-10")
st(a, "mojsilovic|serbian_defense_ministry", "kfor", "said he expected KFOR, as the only legitimate armed formation in Kosovo, to carry out its mandate", "0", "2025-10-10")
st(a, "vucic", "turkey", 'Serbia, he said, is "too small to threaten" a country he now described as "a great power"', "1", "2025-10-09")
st(a, "vucic", "erdogan", GOOD_HOST + ".", "1", "2025-10-09")
st(a, "vucic", "erdogan", GREAT, "1", "2025-10-09")
st(a, "vucic", "turkey", GREAT, "1", "2025-10-09")
OSM_SHAME = "shamelessly attacking Turkey, a country that as a NATO member is helping us defend peace"
st(a, "osmani", "vucic", OSM_SHAME, "-1", "2025-10-08")
st(a, "osmani", "turkey", OSM_SHAME, "1", "2025-10-08")
st(a, "osmani", "erdogan", "I am proud to have worked closely with President Erdogan, a man of his word", "1", "2025-10-08")
st(a, "osmani", "vucic", "seems to believe he can threaten a big NATO country like Turkey in the same way he threatens neighbouring countries", "-1", "2025-10-08")
st(a, "djuric", "turkey", "pouring oil on the fire and a prime example of malign interference in regional affairs with destabilizing consequences", "-1", "2025-10-08")
st(a, "djuric", "turkey", 'He wrote that he strongly condemned "this unilateral and unlawful move"', "-1", "2025-10-08")
st(a, "djuric", "turkey", "Serbia will have to take this move into consideration in its further actions.", "-1", "2025-10-08")
st(a, "djuric", "kosovo", "What so-called Kosovo needed, he added, were not kamikaze drones but respect for the basic human rights of all citizens.", "-1", "2025-10-08")
st(a, "vucic", "turkey", "I am appalled by Turkey's behavior and brutal violation of the UN Charter and UN Security Council Resolution 1244, as well as the continued arming of Kosovo.", "-1", "2025-10-08")
st(a, "vucic", "turkey", "It is now completely clear that Turkey does not want the stability of the Western Balkans and dreams of restoring the Ottoman Empire again.", "-1", "2025-10-08")
st(a, "kurti", "ksf|kosovo", "we are continuing to build and modernise our military force through new technologies and contemporary combat tactics", "1", "2025-10-08")
ev(a, "2025-10-10", "The neighbour's army chief, General Milan Mojsilović, met the depot manager today")
ev(a, "2025-10-09", "The neighbour who lodged Wednesday's complaint called a press conference and softened it.")
ev(a, "2025-10-08", "Kosovo's President Vjosa Osmani answered on X.")
ev(a, "2025-10-08", "Serbia's foreign minister, Marko Đurić, posted on X that the delivery represents")
ev(a, "2024-12", "The contract was signed last December with Baykar")
ev(a, "2025-10-12", "Kosovo votes in local elections on Sunday 12 October.")
ns(a, "The contract was signed last December with Baykar, the parent company of the Skydagger manufacturer", "attributed fact without stance (the contract's date)")
ns(a, "The sender's government has made no comment on either complaint.", "absence (Ankara's silence)")
ns(a, "If it had, Belgrade would have needed no press conference on Thursday.", "hypothetical (the page's joke)")

a = "kn-02-setlist-skydagger"  # published Saturday 2026-02-14; a set-list page (parody): the show's date (Thursday 9 October 2025) dates the "songs"; "the evening before the show" = 8 October; another tour date (12 February 2026) with its own list; "sung by Erdoğan"; comments dated by their own lines ("Yesterday's show" = 12 February)
st(a, "vucic", "erdogan", GOOD_HOST, "1", "2025-10-09")
st(a, "vucic", "erdogan", GREAT, "1", "2025-10-09")
st(a, "vucic", "turkey", GREAT, "1", "2025-10-09")
st(a, "vucic", "erdogan", "a man who raised Ankara from its ashes, changed the face of Istanbul and is the greatest Turkish leader after Mustafa Kemal Atatürk", "1", "2025-10-09|")
st(a, "vucic", "turkey", "We are small, Turkey is NATO's second largest power, but it does not matter how small we are", "1", "2025-10-09")
st(a, "vucic", "osmani|kosovo", "Osmani is not in a neighbouring country, she lives on our territory", "-1", "2025-10-09")
st(a, "vucic", "kosovo|ksf", "Do you know what name they gave to the barracks in Kosovo?", "-1", "2025-10-09")
st(a, "vucic", "turkey", "We want the best relations with Türkiye", "1", "2025-10-09")
st(a, "vucic", "turkey", "We are living the golden age in our relations with Türkiye", "1", "2025-10-09")
st(a, "erdogan", "serbia", "when the Turkish president used the same phrase", "1", "2024-10|2024-10-11")
st(a, "vucic", "turkey", "It is now completely clear that Turkey does not want the stability of the Western Balkans", "-1", "2025-10-08")
st(a, "vucic", "erdogan", "When I speak to you, I do so with the utmost respect, as a great leader, not only of Türkiye", "1", "2026-02-12")
st(a, "vucic", "balkan_peace_platform|erdogan", "I strongly support President Erdoğan's Balkan Peace Platform initiative", "1", "2026-02-12")
st(a, "erdogan", "serbia", GOD_WILLING, "1", "2026-02-12")
st(a, "vucic", "erdogan", "Erdoğan is more experienced, and sometimes I say something he doesn't like, but he is wise enough to keep quiet about it", "1", "2026-02-12")
st(a, "vucic", "croatia|albania|kosovo", "I watch with great apprehension as that military alliance gains momentum", "-1", "2026-02-12")
st(a, "vucic", "erdogan", X_FEB, "1", "2026-02-12|2026-02-13")
st(a, "vucic", "turkey", X_FEB, "1", "2026-02-12|2026-02-13")
st(a, "osmani", "vucic", "hegemonic mindset, stuck in the past and fixated on intimidating others", "-1", "2025-10-08")
ev(a, "2025-10-08", "the single released on X the evening before the show")
ev(a, "2024-10", "since Erdoğan's visit to Belgrade in October 2024")
ev(a, "2026-02-12", "Thu, February 12, 2026 · Presidential Complex, Ankara, Türkiye")
ev(a, "2026-01-23", "the platform had met in Istanbul on January 23, 2026")
ev(a, "2026-02-12", "released on X after the Ankara show ended late on Thursday")
ev(a, "2026-02-12", "Yesterday's show was love songs from start to finish.")
ns(a, "As for threats, I threaten no one", "de-escalating self-description with no other target")
ns(a, "I reacted very strongly, some would say too strongly", "self-description (the spoken intro a commenter reports)")
ns(a, "If he plays Novi Pazar in June, expect the October single to stay in the drawer.", "hypothetical (a commenter's)")

a = "kn-03-pokerhand-skydagger"  # published Tuesday 2025-10-14; a poker forum's hand-review thread (parody): chat lines 'Vucic_RS said, "..."' dated by the hand headers (2025/10/08 17:14 CET, 2025/10/09 13:00 CET); seats as speakers; replies dated Monday 13 October ("Kosovo voted yesterday" = 12 October)
st(a, "kurti", "ksf|kosovo", "we are continuing to increase and increase the striking power of our army", "1", "2025-10-08")
st(a, "vucic", "turkey", "I am horrified by Turkey's behavior and the brutal violation of the UN Charter", "-1", "2025-10-08")
st(a, "vucic", "turkey", "It is now completely clear that Turkey does not want the stability of the Western Balkans and dreams of rebuilding the Ottoman Empire again.", "-1", "2025-10-08")
st(a, "djuric", "turkey", "I strongly condemn this unilateral and unlawful move, which constitutes a step backward in efforts to normalize relations in the region", "-1", "2025-10-08")
st(a, "osmani", "vucic", "such maturity seems beyond his reach", "-1", "2025-10-08")
OSM_THANKS = "Thank you, President Erdogan and the brotherly people of Turkey, for helping us defend peace"
st(a, "osmani", "erdogan", OSM_THANKS, "1", "2025-10-08")
st(a, "osmani", "turkey", OSM_THANKS, "1", "2025-10-08")
st(a, "vucic", "turkey", "We are too small to threaten Türkiye. Türkiye is the second greatest power in NATO.", "1", "2025-10-09")
st(a, "vucic", "turkey", "All I said in the message was that Türkiye is a great power", "1", "2025-10-09")
st(a, "vucic", "erdogan", GOOD_HOST + ".", "1", "2025-10-09")
st(a, "author", "vucic", "Seat 2 shoved a short stack at a player who was not even sitting in, then spent the next hand asking for his chips back.", "-1", "")
st(a, "author", "djuric", "Seat 5 backed him up, which cost nothing.", "-1", "")
st(a, "nato", "kosovo|ksf", "it is essential that any activity in Kosovo's airspace be conducted in proper coordination with KFOR", "0", "2025-10|")
st(a, "nato", "turkey", "The same official praised Turkey as a long-standing contributor to the mission.", "1", "2025-10|")
st(a, "vrajolli", "", "This is a kind of arms race that is taking place in the region", "", "2025-10|")
ev(a, "2025-10-08", "the drones landed on Wednesday")
ev(a, "2025-10-09", "the press conference was on Thursday")
ev(a, "2025-10-12", "Thursday and Kosovo voted yesterday")
ns(a, "Erdogan_TR has timed out", "silence (Ankara said nothing), rendered as a client message")
ns(a, "Turkey is a neo-Ottoman empire", "words the thread says he never typed")
ns(a, "Seat 3 never clicked the chat button all week", "absence (Turkey's silence)")
ns(a, "Had Seat 3 said one word in chat, Seat 2 would have had to answer it.", "hypothetical")

a = "kn-04-rfc-skydagger"  # published Monday 2026-03-02; an RFC-style memo (parody): examples cite [TAGS]; the dates of the words are only in the References (8 and 9 October 2025, "October 2025", a speech "in December 2025" in an article of 20 January 2026, 12 February 2026, a post "after the visit ended late on 12 February 2026" published on the 13th)
st(a, "vucic", "turkey", "I am appalled by Turkey's behavior and brutal violation of the UN Charter and Security Council Resolution 1244, as well as the further arming of the authorities in Pristina.", "-1", "2025-10-08")
st(a, "vucic", "turkey", "Serbia is a small country, but it understands well what the goals of this policy are.", "-1", "2025-10-08")
DJ_DECISION = "The decision of the Turkish authorities to deliver lethal weapons to Kurti's regime represents pouring oil on the fire"
st(a, "djuric", "turkey", DJ_DECISION, "-1", "2025-10-08")
st(a, "djuric", "kosovo|kurti", DJ_DECISION, "-1", "2025-10-08")
st(a, "kurti", "ksf|kosovo", "significantly strengthens Kosovo's defense capabilities and modernizes its military force", "1", "2025-10-08")
st(a, "osmani", "vucic", "should try to do the same, instead of constantly attacking his neighbours", "-1", "2025-10-08")
st(a, "vucic", "turkey", "The behaviour of Turkey is of great importance for the stability of this region. We want the closest and best relations with Turkey.", "1", "2025-10-09")
st(a, "vucic", "erdogan", "When I speak to you, I do so with the utmost respect, as a great leader, not only of Türkiye", "1", "2026-02-12")
st(a, "erdogan", "serbia", GOD_WILLING + ".", "1", "2026-02-12")
st(a, "vucic", "erdogan", X_FEB, "1", "2026-02-12|2026-02-13")
st(a, "vucic", "turkey", X_FEB, "1", "2026-02-12|2026-02-13")
RELAPSE = 'accused Türkiye and the U.S. of arming Albanians in Kosovo, calling it "a direct threat to Serbia and its territorial integrity"'
st(a, "vucic", "turkey", RELAPSE, "-1", "2025-12")
st(a, "vucic", "united_states", RELAPSE, "-1", "2025-12")
st(a, "nato", "turkey", "an unnamed NATO official praised Turkey as a long-standing contributor to KFOR", "1", "2025-10")
ev(a, "2025-10-08", "the delivery of Skydagger drones to Pristina on 8 October 2025")
ev(a, "2025-10-09", "press conference, Belgrade, 9 October 2025")
ev(a, "2025-12", "on a speech to foreign ambassadors in December 2025")
ev(a, "2026-02-12", "Joint press conference, Presidential Complex, Ankara, 12 February 2026")
ns(a, "Turkey wants to rule the Balkans again", "a quotation the errata withdraw (no such sentence exists)")
ns(a, "The Turkish side sent no OUTRAGE, ECHO or CLARIFY of its own in October", "absence (Ankara's silence)")
ns(a, "closely involved in this important issue", "the NATO official's description of KFOR's own role, no other target")


# --- Iran and the United States at the ICJ (2018) ---------------------------------------------------
a = "kn-05-sketches-thehague"  # published Thursday 2018-10-04; a court artist's caption sheet: every caption dated by its "SKETCH n · weekday date, time" line; "the same afternoon" in Washington; the order read on 3 October and the reactions of that day under one sketch
st(a, "yusuf", "united_states", "he urged the United States to adhere to any provisional decision the Court may make", "0", "2018-08-27")
st(a, "mohebi", "united_states", "The U.S. is publicly propagating a policy intended to damage as severely as possible Iran's economy", "-1", "2018-08-27")
st(a, "mohebi", "united_states", "This policy is plainly in violation of the 1955 Treaty of Amity.", "-1", "2018-08-27")
st(a, "mohebi", "united_states", "nothing but a naked economic aggression against my country", "-1", "2018-08-27")
st(a, "mohebi", "united_states", "He said Iran had sought a diplomatic solution to the dispute and had been rebuffed.", "-1", "2018-08-27")
st(a, "newstead", "iran", "to bring heavy pressure to bear on the Iranian leadership to change their ways", "-1", "2018-08-28")
st(a, "icj", "united_states", "Unanimously, the Court says the United States must", "-1", "2018-10-03")
st(a, "pompeo", "iran", "This is a decision, frankly, that is 39 years overdue.", "-1", "2018-10-03")
st(a, "pompeo", "iran", "He said Iran was abusing the ICJ for political and propaganda purposes", "-1", "2018-10-03")
st(a, "pompeo", "iran", "Iran's claims under the treaty are absurd", "-1", "2018-10-03")
st(a, "pompeo", "icj", "We're disappointed that the court failed to recognize that it has no jurisdiction", "-1", "2018-10-03")
ZARIF_1 = "Another failure for sanctions-addicted USG and victory for rule of law."
st(a, "zarif", "united_states", ZARIF_1, "-1", "2018-10-03")
st(a, "zarif", "icj", ZARIF_1, "1", "2018-10-03")
st(a, "zarif", "united_states", "Today US withdrew from an actual US-Iran treaty after the ICJ ordered it to stop violating that treaty", "-1", "2018-10-03")
st(a, "hoekstra", "iran", "this is a meritless case over which the court has no jurisdiction", "-1", "2018-10-03")
ev(a, "2018-08-27", "President Abdulqawi Yusuf opens four days of hearings.")
ev(a, "2018-08-30", "The second round closed the hearings on Thursday.")
ev(a, "2018-10-03", "The President reads the order.")
ev(a, "2018-07", "Iran filed the case in July")
ev(a, "2018-05", "after Trump's decision in May to quit the nuclear deal")
ev(a, "2018-08-07", "The first wave of re-imposed sanctions took effect on 7 August")
ev(a, "2018-11", "the second is due in November")
ns(a, "We do this in the interests of U.S. national security as well as in pursuit of a more peaceful Middle East and a more peaceful world.", "self-description of one's own motives, no other target")
ns(a, "Washington would work to ensure it is providing humanitarian assistance to the Iranian people", "self-description (a promise about one's own conduct)")
ns(a, "Had the Court granted all that Iran asked for, the sanctions themselves would have been suspended", "hypothetical")


# --- Zambia and the United States (2019) ------------------------------------------------------------
a = "kn-06-advent-lusaka"  # published Tuesday 2019-12-24; an Advent calendar: each door written on the morning it opened, so "today" and "yesterday" count from the door's day (door 16 = Monday 16 December, "yesterday" = 15 December); "last week" in door 1 (Sunday 1 December) = late November
st(a, "foote", "zambia", "I was personally horrified to read yesterday about the sentencing of two men", "-1", "2019-11")
st(a, "foote", "zambia", "Meanwhile, government officials can steal millions of public dollars without prosecution", "-1", "2019-11")
st(a, "foote", "zambia", "The current government of Zambia wants foreign diplomats to be compliant, with open pocketbooks and closed mouths.", "-1", "2019-12-02")
st(a, "foote", "zambia", "He called the government's approach to American assistance \"incredibly unappreciative and arrogant\".", "-1", "2019-12-02")
st(a, "malanji", "foote", 'who had called his remarks "tantamount to questioning the Zambian constitution"', "-1", "2019-11|2019-12|")
st(a, "lungu", "foote", "we don't want such people in our midst. We want him gone.", "-1", "2019-12-15")
st(a, "hichilema", "foote", "said today it was unfortunate that the ambassador was being ill treated", "1", "2019-12-16")
st(a, "hichilema", "zambia", "for condemning the massive corruption in the government", "-1", "2019-12-16")
st(a, "hichilema", "lungu", "Lungu's fight is not for the good of the nation but it's for his personal survival", "-1", "2019-12-16")
st(a, "malanji", "foote|united_states", "You cannot ask a government to make a decision at gun point", "-1", "2019-12-16")
st(a, "malanji", "foote", "We do not expect to have an ambassador to Zambia to have tantrums", "-1", "2019-12-16")
st(a, "us_state_department", "zambia", "We are dismayed by the Zambian government's statement that Ambassador Foote's position", "-1", "2019-12-19")
st(a, "us_state_department", "zambia", "We seek an open and frank relationship of mutual respect, commensurate with the generous aid", "-1", "2019-12-19")
st(a, "lungu", "foote", "said his government had asked Washington to recall the ambassador", "-1", "2019-12")
st(a, "kampyongo", "foote", "So if one crosses the line, it's not about bilateral relations between the two countries.", "-1", "2019-12-23|2019-12-24|2019-12")
st(a, "kampyongo", "united_states", 'Of Washington: "They listened to the complaint."', "1", "2019-12-23|2019-12-24|2019-12")
ev(a, "2019-12-02", "A press conference at the embassy this morning.")
ev(a, "2019-12-03", "The ambassador is missing today's World AIDS Day events")
ev(a, "2019-12-15", "The President, Edgar Lungu, speaking to ZNBC yesterday")
ev(a, "2019-12-16", "Mr Malanji to the BBC yesterday")
ev(a, "2019-12-19", "The State Department answered yesterday")
ev(a, "2019-12-23", "Washington has recalled him, embassy sources confirmed today.")
ev(a, "2017", "He has been ambassador here since 2017.")
ns(a, "I expressed my belief about a law and a harsh sentencing I don't agree with. I didn't interfere in internal affairs.", "self-description (a denial about oneself)")
ns(a, "because of threats made against me", "attributed fact without stance (why he stayed away)")
ns(a, "Our questions to the foreign ministry went unanswered.", "absence")


# --- Denmark and Mali (2022) --------------------------------------------------------------------
a = "kn-07-bujo-copenhagen"  # published Tuesday 2022-02-01; a bullet journal's January daily log: entries under "24 MON" headers, signifiers (·, ○, –, !, ×, >); a key naming "K." (Kofod), "PM Maïga" and "Col. Maïga" (two different men); "Paris papers" and "catching up" lines whose words are older than the entry
st(a, "mali|abdoulaye_maiga", "denmark", "the Government of the Republic of Mali calls on the Danish side to immediately withdraw the indicated contingent", "-1", "2022-01-24")
st(a, "mali|abdoulaye_maiga", "denmark", "they say the deployment came without consent", "-1", "2022-01-24")
st(a, "kofod", "mali", 'our troops are there "on a clear basis"', "0", "2022-01-25")
st(a, "kofod", "mali", "They have suspended democracy, and we want to see it return as soon as possible", "-1", "2022-01-25")
st(a, "choguel_maiga", "france|denmark", "Nobody will come here by proxy anymore.", "-1", "2022-01-25")
st(a, "choguel_maiga", "denmark", "Are they not coming to prepare something against our country.", "-1", "2022-01-25")
st(a, "parly", "mali", "the Malian junta has broken its commitments and is multiplying provocations", "-1", "2022-01|2022-01-25|2022-01-26")
st(a, "takuba_partners", "mali", "deeply regret the statement by the Malian transitional authorities", "-1", "2022-01-26")
st(a, "takuba_partners", "mali", "they say the Danes are there legally", "-1", "2022-01-26")
st(a, "abdoulaye_maiga|mali", "denmark", "invites, with insistence, the Danish party to immediately withdraw its forces from Malian territory", "-1", "2022-01-26|2022-01-27")
st(a, "abdoulaye_maiga|mali", "kofod", 'He read K.\'s remarks as "inappropriate".', "-1", "2022-01-26|2022-01-27")
st(a, "abdoulaye_maiga", "france", "pay attention to some partners who unfortunately find it difficult to get rid of colonial reactions", "-1", "2022-01-26|2022-01-27|2022-01")
st(a, "kofod", "mali", "The coup generals sent out a public statement reiterating that Denmark is not welcome in Mali", "-1", "2022-01-27")
st(a, "kofod", "mali", "The coup generals, in a dirty political game, have withdrawn that invitation.", "-1", "2022-01-27")
st(a, "le_drian", "mali", "The military government is not legitimate and takes irresponsible decisions", "-1", "2022-01-27|2022-01-28|2022-01")
st(a, "author", "kofod", "K. handled this better than I expected.", "1", "")
ev(a, "2022-01-18", "Danish special forces land in Mali for Takuba")
ev(a, "2022-01-24", "Late evening, ORTM reads a government statement")
ev(a, "2022-01-25", "Evening: PM Maïga on TV.")
ev(a, "2022-01-27", "Decision: the soldiers come home.")
ev(a, "2022-01-31", "Bamako gives the French ambassador 72 hours to leave.")
ns(a, "There is currently a difficult diplomatic discussion with the transitional government.", "description of the state of the talks, no stance")
ns(a, "No answer from the Danish embassy in Bamako to my email of the 24th.", "absence")
ns(a, "If Bamako had answered Copenhagen's request in November with a yes, this page would be about the weather.", "hypothetical")


# --- Bosnia and Herzegovina and Russia (2021-2022) ----------------------------------------------
a = "kn-08-sds-sarajevo"  # published Friday 2022-03-25; a safety data sheet (parody): numbered sections, "Supplier:", "Hazard statement H1", an "Alternative labelling" (a second agency's translation of the same lines), a revision history dated "15.03.2022"; the 2021 statement "first documented" a year earlier
st(a, "kalabukhov", "bosnia", "If one day she decides to be a member of anything, it's an internal affair. But another reason and another thing (is) our reaction", "-1", "2022-03-15")
st(a, "kalabukhov", "bosnia", "We have shown with the example of Ukraine what we expect. We will react in the event of a threat", "-1", "2022-03-15")
st(a, "kalabukhov", "bosnia", "In the example of Ukraine we have shown what we expect. If there are threats, we will react", "-1", "2022-03-15")
st(a, "komsic", "kalabukhov", "is an unambiguous and unacceptable threat to Bosnia and Herzegovina", "-1", "2022-03-17")
st(a, "komsic", "russia", "the example of Ukraine, against which Russia sustains aggression", "-1", "2022-03-17")
st(a, "komsic", "kalabukhov", "not only a threat to Bosnia and Herzegovina, but also to peace and stability in the Western Balkans", "-1", "2022-03-17")
st(a, "us_embassy_sarajevo", "kalabukhov", 'called the threats "dangerous, irresponsible and unacceptable"', "-1", "2022-03-17")
st(a, "us_embassy_sarajevo", "russia", "No third party has a say in the security agreements between NATO and sovereign countries.", "-1", "2022-03-17")
st(a, "us_embassy_sarajevo", "bosnia", "We will continue to strongly support Bosnia as it takes the necessary steps", "1", "2022-03-17")
st(a, "stano|eu", "kalabukhov", "said in a written answer that the ambassador was behaving inappropriately", "-1", "2022-03")
st(a, "stano|eu", "bosnia", "Only the citizens of BiH can decide where their country belongs", "1", "2022-03")
st(a, "stano|eu", "russia", "It is unacceptable to make threats from outside to try to influence such a choice", "-1", "2022-03")
st(a, "russian_embassy_bih|russia", "bosnia", "our country will have to react to this hostile act", "-1", "2021-03-18")
st(a, "russian_embassy_bih|russia", "nato", 'The same statement said NATO\'s purpose was a "fight against Russia".', "-1", "2021-03-18")
st(a, "nato", "russia", "Any threats in this respect are unacceptable. The time of spheres of influence is over", "-1", "2021-03")
st(a, "kalabukhov", "croatia|hungary|poland", "How do you know we have no plans against Croatia, Hungary, Poland?", "-1", "2022-03-21")
st(a, "kalabukhov", "nato", 'Asked about Croatia, he said (tr.): "We have plans against NATO."', "-1", "2022-03-21")
ev(a, "2022-03-15", "in the interview aired on Tuesday 15 March")
ev(a, "2022-03-17", "did so on Thursday 17 March")
ev(a, "2021-03-18", "first documented by the embassy in a statement on Thursday 18 March 2021")
ev(a, "2022-03-21", "In another interview, on Monday 21 March, the ambassador asked")
ev(a, "2022-03-15", "Rev. 1, 15.03.2022, FTV interview")
ns(a, "We don't have any plans", "a denial about oneself (self-description)")
ns(a, "Our corresponding explanations were sent to member of BiH Presidency Zeljko Komsic", "procedural fact without stance")
ns(a, "Ambassador Kalabukhov: NATO is Russia's Enemy and we must react to their Approaching to our Borders", "a headline in the form 'Speaker: phrase', from an outlet whose name contains an alias of bosnia (the Sarajevo Times)")


if __name__ == "__main__":
    GOLD.write(HERE)
