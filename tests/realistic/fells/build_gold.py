#!/usr/bin/env python3
"""Writes the three gold CSVs of the fells set (kept so that the coding can be re-read and re-run).

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

O8 = "2025-10-08"
O9 = "2025-10-09"
MONTH = "2025-10|"          # the NATO official to Radio Free Europe: the reports give no day
MOJ = "mojsilovic|serbian_defense_ministry"   # the Defence Ministry's account of the general's call
KSF = "ksf|kosovo"
OSMANI_Q = "shamelessly attacking Turkey — a NATO member state helping to preserve stability"
GOOD_HOST = "When it comes to President Erdogan, I will always be a good host."
GREAT_LEADER = "We are talking about a great leader and a great and successful country"
APPALLED = "I am appalled by Turkey's behavior and brutal violation of the UN Charter"
KURTI_Q = "significantly strengthens Kosovo's defense capabilities and modernizes its military force"
AMERICANS = "The Americans are arming Albanians in Kosovo, as is Türkiye."
WORLD_LEADER = "Erdogan is a great world leader, Türkiye is one of our most important partners."
F12 = "2026-02-12"

# --- Skydagger ----------------------------------------------------------------------------------
a = "fl-bluebook-skydagger"  # published Saturday 2025-11-01; a Blue Book pastiche: numbered telegrams, "(Received ...)"
st(a, "kurti", KSF, KURTI_Q, "1", O8)
st(a, "vucic", "turkey", APPALLED, "-1", O8)
st(a, "djuric", "turkey", "pouring oil on the fire and a prime example of malign interference", "-1", O8)
st(a, "djuric", "turkey", "Serbia will have to take this move into consideration in its further actions.", "-1", O8)
st(a, MOJ, KSF, "to protest at the continued arming of the so-called Kosovo Security Force", "-1", O8)
st(a, "osmani", "vucic", OSMANI_Q, "-1", O8)
st(a, "osmani", "turkey", OSMANI_Q, "1", O8)
st(a, "osmani", "vucic", "dismisses his remarks as \"shameful and hypocritical\"", "-1", O8)
st(a, "osmani", "turkey", "praises Turkey's \"constructive contribution to peace and stability\"", "1", O8)
st(a, "vucic", "turkey", "Serbia was \"too small to threaten\" Turkey, which he called \"a great power\"", "1", O9)
st(a, "vucic", "erdogan", GOOD_HOST, "1", O9)
st(a, "vucic", "erdogan", GREAT_LEADER, "1", O9)
st(a, "vucic", "turkey", GREAT_LEADER, "1", O9)
st(a, "vucic", "erdogan", "I will always respect Erdogan, he is a great leader who raised Ankara from the ashes", "1", O9)
st(a, "vucic", "turkey", "Can you imagine if we had behaved like that with some territory in Turkey", "-1", O9)
st(a, "nato", "kosovo", "KFOR regularly monitors Kosovo's airspace, using all means and resources", "0", MONTH)
st(a, "nato", "turkey", "praised Turkey as a long-standing contributor to the mission", "1", MONTH)
ev(a, O8, "went to the airport today to receive thousands of")
ev(a, "2026-01", "machines of the Baykar company, due only in January 2026")
ev(a, "2024-12", "The contract was signed last December with Baykar")
ev(a, "2025-10-12", "Municipal elections are held throughout Kosovo on Sunday")
ev(a, O8, "At 5.14 this afternoon the President of the Republic published")
ev(a, O9, "The President held a press conference at one o'clock this afternoon")
ns(a, "the parent company of the Skydagger manufacturer", "attributed fact without stance (who signed the contract, and when)")
ns(a, "The Turkish Government have made no public reply", "absence")
ns(a, "Should Ankara reply, I shall telegraph at once.", "hypothetical (an invented envoy's conditional)")
ns(a, "many are writing that until yesterday I was hugging Erdogan", "words Vucic attributes to unnamed critics inside his own quote")

a = "fl-crier-skydagger"  # published Saturday 2025-10-11; a town crier's proclamation (satire), dates in words
st(a, "kurti", KSF, KURTI_Q, "1", O8)
st(a, "vucic", "turkey", APPALLED, "-1", O8)
st(a, "vucic", "turkey", "did declare that Turkey \"dreams of restoring the Ottoman Empire again\"", "-1", O8 + "|")
st(a, "vucic", "turkey", "Serbia is a small country, but we understood the message well.", "-1", O8 + "|")
st(a, "djuric", "turkey", "I strongly condemn this unilateral and unlawful move", "-1", O8)
st(a, "osmani", "vucic", OSMANI_Q, "-1", O8)
st(a, "osmani", "turkey", OSMANI_Q, "1", O8)
st(a, "vucic", "turkey", "Serbia is \"too small to threaten\" Turkey, \"a great power\"", "1", O9)
st(a, "vucic", "erdogan", GOOD_HOST, "1", O9)
st(a, "author", "vucic", "A swifter turning your crier has not seen since the weathercock", "-1", "")
st(a, "vucic", "turkey", "Turkey is the second largest power in NATO, but it does not matter how small we are", "0", O9 + "|")
st(a, "vucic", "osmani", "Osmani is not in a neighbouring country, she lives on our territory", "-1", O9 + "|")
st(a, "vucic", "kosovo", "Osmani is not in a neighbouring country, she lives on our territory", "-1", O9 + "|")
st(a, "nato", "kosovo", "did tell Radio Free Europe that KFOR \"regularly monitors Kosovo's airspace\"", "0", MONTH)
st(a, "nato", "turkey", "did praise Turkey as a long-standing contributor to the mission", "1", MONTH)
ev(a, O8, "upon Wednesday last, being the eighth day of October, there came by air to the town of Pristina")
ev(a, "2026-01", "which were promised for January next")
ev(a, O8, "at fourteen minutes past five of the clock in the afternoon")
ev(a, O9, "upon the morrow, being Thursday the ninth day of October, the President of Serbia did summon the scriveners of the press")
ev(a, "1987", "broke loose in the gale of 1987")
ev(a, "2025-10-12", "go to the polls to choose their mayors upon Sunday next")
ns(a, "from Ankara there came no word at all", "absence")
ns(a, "its President spoke not one syllable upon the matter in public", "absence")
ns(a, "should any of the great persons aforesaid speak again before next Saturday", "hypothetical")

a = "fl-murals-skydagger"  # published Friday 2026-03-13; a street-art survey: "Recorded" dates, texts, "Echoes" lines
st(a, "vucic", "turkey", "Serbia is a small country, but we understood the message well.", "-1", O8)
st(a, "vucic", "turkey", APPALLED, "-1", O8)
st(a, "osmani", "vucic", OSMANI_Q, "-1", O8)
st(a, "osmani", "turkey", OSMANI_Q, "1", O8)
st(a, "djuric", "turkey", "I strongly condemn this unilateral and unlawful move, which constitutes a step backward", "-1", O8)
st(a, "djuric", "kosovo", "what so-called Kosovo needed was not kamikaze drones", "-1", O8)
st(a, "erdogan", "serbia", "when he hailed a \"golden age\" in ties with Serbia", "1", "2024-10-11")
st(a, "vucic", "turkey", "saw \"room for great cooperation\" with the Turkish arms industry", "1", "2024-10-11")
st(a, "vucic", "erdogan", GOOD_HOST, "1", O9)
st(a, "vucic", "united_states", AMERICANS, "-1", "2025-12-24")
st(a, "vucic", "turkey", AMERICANS, "-1", "2025-12-24")
st(a, "vucic", "erdogan", "as a great leader, not only of Türkiye, but also of the region", "1", F12)
st(a, "vucic", "erdogan", WORLD_LEADER, "1", F12 + "|2026-02-13")
st(a, "vucic", "turkey", WORLD_LEADER, "1", F12 + "|2026-02-13")
st(a, "erdogan", "serbia", "God willing, we will also pay a visit to Belgrade and Novi Pazar", "1", F12)
ev(a, "2025-10-14", "Recorded: 14.10.2025 · stencil, black on grey")
ev(a, "2025-10-10", "Recorded: 10.10.2025 · spray, white")
ev(a, "2025-10-22", "Recorded: 22.10.2025 · spray, red")
ev(a, "2025-10-18", "Recorded: 18.10.2025 · acrylic mural, about 4 × 2 m")
ev(a, "2026-01-03", "Recorded: 03.01.2026 · marker, blue")
ev(a, "2026-02-15", "Recorded: 15.02.2026 · paste-up poster, torn")
ev(a, "2024-10-11", "Recep Tayyip Erdoğan in Belgrade, Fri 11 Oct 2024")
ev(a, "2025-12-24", "Vučić to the conference of ambassadors in Belgrade, Wed 24 Dec 2025")
ev(a, F12, "Vučić at the joint press conference in Ankara, Thu 12 Feb 2026")
ns(a, "we are continuing to build and modernise our military force", "self-description (the buyer on its own forces), no other target")
ns(a, "No Turkish official has commented on any of these works.", "absence")
ns(a, "The Ottomans again?", "a wall's question (anonymous graffiti), nobody's statement")

a = "fl-stepsheet-skydagger"  # published Friday 2026-02-20; a line-dance step sheet (parody): "Cue" and "Said" lines, counts
st(a, "kurti", KSF, KURTI_Q, "1", O8)
st(a, "vucic", "turkey", APPALLED, "-1", O8)
st(a, "vucic", "turkey", "dreams of restoring the Ottoman Empire again", "-1", O8)
st(a, "djuric", "turkey", "pouring oil on the fire and a prime example of malign interference", "-1", O8)
st(a, MOJ, KSF, "phoning the KFOR commander to protest at the continued arming", "-1", O8)
st(a, "vucic", "erdogan", GOOD_HOST, "1", O9)
st(a, "vucic", "erdogan", GREAT_LEADER, "1", O9 + "|")
st(a, "vucic", "turkey", GREAT_LEADER, "1", O9 + "|")
st(a, "vucic", "turkey", "Serbia is \"too small to threaten\" Turkey, \"a great power\"", "1", O9)
st(a, "osmani", "vucic", OSMANI_Q, "-1", O8)
st(a, "osmani", "turkey", OSMANI_Q, "1", O8)
st(a, "vucic", "united_states", AMERICANS, "-1", "2025-12-24")
st(a, "vucic", "turkey", AMERICANS, "-1", "2025-12-24")
st(a, "vucic", "erdogan", "as a great leader, not only of Türkiye, but also of the region", "1", F12)
st(a, "vucic", "erdogan", WORLD_LEADER, "1", F12 + "|2026-02-13")
st(a, "vucic", "turkey", WORLD_LEADER, "1", F12 + "|2026-02-13")
st(a, "erdogan", "serbia", "God willing, we will also pay a visit to Belgrade and Novi Pazar", "1", F12)
ev(a, "2026-02", "Choreographed by: the Thursday beginners' class, February 2026")
ev(a, O8, "Said: Aleksandar Vučić, post on X, Wed 8 Oct 2025, 17:14")
ev(a, O9, "Said: Vučić, press conference, Thu 9 Oct 2025")
ev(a, "2025-12-24", "Said: Vučić, to ambassadors in Belgrade, Wed 24 Dec 2025")
ev(a, F12, "Said: Vučić, beside Erdoğan in Ankara, Thu 12 Feb 2026")
ns(a, "Nobody apologised at count 17", "absence (nobody apologised)")
ns(a, "There is no step for Ankara's answer in October because there was none.", "absence")
ns(a, "if we ever dance this at a wedding, the tag goes", "hypothetical")

# --- France and Pakistan, October - November 2020 -------------------------------------------------
a = "fl-deleted-mazari"  # published Tuesday 2020-11-24; a deleted-posts archive page: capture times, replies under day labels
FR = "von_der_muhll|french_foreign_ministry|french_embassy_pakistan"
st(a, "mazari", "macron", "Macron is doing to Muslims what the Nazis did to the Jews", "-1", "2020-11-21|")
st(a, FR, "mazari", "in terms that are deeply shocking and insulting for the President of the Republic", "-1", "2020-11-21")
st(a, FR, "mazari", "These despicable words are blatant lies, loaded with an ideology of hatred and violence.", "-1", "2020-11-21")
st(a, FR, "pakistan", "Pakistan must rectify this statement and return to the path of dialogue based on respect.", "-1", "2020-11-21")
st(a, "mazari", "french_embassy_pakistan|france", "if fake then get retraction of story published", "-1", "2020-11-22")
st(a, "mazari", "france", "why are nuns allowed to wear their \"habit\" in public places", "-1", "2020-11-22")
st(a, "french_embassy_pakistan", "mazari", "freedom of expression and debates are essential in democracies", "1", "2020-11-22")
st(a, "imran_khan", "macron", "This is a time when Pres Macron could have put healing touch", "-1", "2020-10-25")
st(a, "imran_khan", "macron", "It is unfortunate that he has chosen to encourage Islamophobia by attacking Islam", "-1", "2020-10-25")
st(a, "pakistan_national_assembly", "macron", "accused Macron of \"hate-mongering\" against Muslims", "-1", "2020-10")
ev(a, "2020-11-21", "First captured | Sat 21 Nov 2020, 16:48 PKT")
ev(a, "2020-11-22", "Missing at | Sun 22 Nov 2020, 18:35 PKT")
ev(a, "2020-11-21", "The French foreign ministry's spokeswoman, Agnès von der Mühll, issued a statement")
ev(a, "2020-11-22", "Mazari replied to the embassy's account")
ev(a, "2020-10-16", "the killing of the teacher Samuel Paty near Paris on 16 October")
ev(a, "2020-10-25", "On Sun 25 Oct Prime Minister Imran Khan wrote on Twitter")
ev(a, "2020-10", "At the end of October Pakistan's National Assembly passed a resolution")
ns(a, "We respect all differences in a spirit of peace.", "self-description (Macron), no other target")
ns(a, "I have also deleted my tweet on the same", "self-description (the minister explains her own deletion), no stance")
ns(a, "Forced ID Numbers for Children: France's Macron Introduces New Charter for French Muslims", "the title of the linked article (a publication's headline, since corrected), not a statement of a coded speaker")

# --- China and France, April 2023 -------------------------------------------------------------------
a = "fl-digest-lushaye"  # published Friday 2024-03-15; a yearbook's digest of State practice: entries, source lines
SOVIET = "ukraine|latvia|lithuania|estonia"   # "these ex-Soviet Union countries", "the member states"
QUAI = "2023-04-23|2023-04-22"                # the digest dates the statement 23 April and notes reports of the 22nd
st(a, "lu_shaye", SOVIET, "the Ambassador questioned the legal status of all the former Soviet republics", "-1", "2023-04-21")
st(a, "lu_shaye", "ukraine", "There is a history. Crimea was originally Russian.", "-1", "2023-04-21")
st(a, "lu_shaye", SOVIET, "Even these ex-Soviet Union countries do not have effective status", "-1", "2023-04-21")
st(a, "french_foreign_ministry", "lu_shaye", "took note \"with consternation\" of the remarks", "-1", QUAI)
st(a, "french_foreign_ministry", "china", "to say if these comments reflect its position, which we hope not to be the case", "-1", QUAI)
st(a, "french_foreign_ministry", SOVIET, "We stress our full solidarity with all of our allies and partners concerned", "1", QUAI)
st(a, "french_foreign_ministry", "russia", "The annexation of Crimea by Russia in 2014 is illegal under international law.", "-1", QUAI)
st(a, "french_foreign_ministry", "lu_shaye", "reviewed the appalling remarks made in public by Mr Lu Shaye", "-1", "2023-04-24")
st(a, "mao_ning|chinese_foreign_ministry", SOVIET, "The Chinese side respects the status of the member states as sovereign states", "1", "2023-04-24")
st(a, "mao_ning|chinese_foreign_ministry", "ukraine", "The country you mentioned is a full member of the United Nations.", "1", "2023-04-24")
st(a, "chinese_embassy_france", "lu_shaye", "an expression of personal views during a televised debate", "0", "2023-04-24")
st(a, "landsbergis", "china", "why the Baltic states don't trust China to 'broker peace in Ukraine'", "-1", "2023-04-22")
st(a, "landsbergis", "lu_shaye", "here's a Chinese ambassador arguing that Crimea is Russian", "-1", "2023-04-22")
st(a, "rinkevics", "lu_shaye", "Edgars Rinkēvičs, called the comments \"completely unacceptable\"", "-1", "2023-04-23|2023-04-22|")
st(a, "borrell", "lu_shaye", "Josep Borrell, called the remarks \"unacceptable\"", "-1", "2023-04-24|2023-04-23|2023-04-22|")
st(a, "borrell", "china", "can only suppose these declarations do not represent China's official policy", "0", "2023-04-24|2023-04-23|2023-04-22|")
st(a, "bondaz", "lu_shaye", "denies the very existence of countries like Ukraine, Lithuania, Estonia, Kazakhstan", "-1", "")
st(a, "author", "china", "The episode is a clear case of a State disowning, within three days", "0", "")
st(a, "author", "lu_shaye", "the Ambassador's premise has no support in the practice recorded in this Part", "-1", "")
ev(a, "2023-04-21", "On Friday 21 April 2023 the French news channel LCI broadcast an interview")
ev(a, "2023-04-24", "Latvia, Lithuania and Estonia summoned Chinese diplomats on Monday 24 April")
ev(a, "2014", "The annexation of Crimea by Russia in 2014 is illegal")
ev(a, "2023-04-24", "At the meeting of 24 April the Minister's Principal Private Secretary")
ns(a, "The Ambassador was neither recalled nor reprimanded in public", "absence")
ns(a, "Asked whether China recognised Ukraine as a sovereign State", "a journalist's question")
ns(a, "summoned Chinese diplomats on Monday 24 April", "an act (a summons) reported without words")

# --- India and Germany, March - April 2024 -------------------------------------------------------------
a = "fl-orgmode-kejriwal"  # published Friday 2024-04-05; an org-mode notes file: <event> and [capture] stamps, wrapped lines
GER = "germany|german_foreign_office|fischer"
MEA = "indian_mea|jaiswal"
st(a, "fischer|german_foreign_office", "india", "judiciary and fundamental democratic principles will also apply in this", "0", "2024-03-22")
st(a, "fischer|german_foreign_office", "kejriwal", "entitled to a fair and impartial trial, this includes he can make use", "1", "2024-03-22")
st(a, "fischer|german_foreign_office", "india", "\"basic democratic principles will also be applied\"", "0", "2024-03-22")
st(a, MEA, GER, "summoned today and conveyed India's strong protest on", "-1", "2024-03-23")
st(a, MEA, GER, "We see such remarks as interfering in our judicial process and", "-1", "2024-03-23")
st(a, MEA, GER, "Biased assumptions made on this account are most unwarranted.", "-1", "2024-03-23")
st(a, "jaishankar", "germany", "old habits, these are bad habits.", "-1", "2024-04-02")
st(a, "jaishankar", "united_states", "old habits, these are bad habits.", "-1", "2024-04-02")
st(a, "jaishankar", "germany|united_states", "sovereign countries, we should not be interfering in each other's", "-1", "2024-04-02")
st(a, "jaishankar", "germany|united_states", "very strong reply from us, and that is what has happened.", "-1", "2024-04-02")
ev(a, "2024-03-21", "on <2024-03-21 Thu>, late in the day.")
ev(a, "2024-03-22", "court today sent him to ED custody till 28 March.")
ev(a, "2024-03-23", "Georg Enzweiler seen leaving South Block today.")
ev(a, "2024-03-27", "Same day New Delhi summoned a senior US diplomat over the State")
ev(a, "2024-04-19", "Lok Sabha polls start <2024-04-19 Fri>.")
ns(a, "rang the press line: no comment on the protest.", "absence (the embassy's no comment)")
ns(a, "would not comment on the case again", "refusal")
ns(a, "would Berlin have spoken if the arrest had come after the vote?", "the correspondent's hypothetical question")

# --- Malaysia and Indonesia, September 2019 -------------------------------------------------------------
a = "fl-hotline-haze"  # published Friday 2019-09-20; a telephone information line's scripts, each dated by its recording
S11 = "2019-09-11"
st(a, "siti_nurbaya", "malaysia", "said the smoke over Kuala Lumpur had not come from her country alone", "-1", S11)
st(a, "siti_nurbaya", "malaysia", "There is information that they covered up.", "-1", S11)
st(a, "siti_nurbaya", "malaysia", "The Malaysian government should explain this objectively.", "-1", S11)
st(a, "yeo_bee_yin", "siti_nurbaya", "Let the data speak for itself.", "-1", S11)
st(a, "yeo_bee_yin", "siti_nurbaya", "As for her claim that the haze is from Sarawak, just look at the wind direction.", "-1", S11)
st(a, "yeo_bee_yin", "siti_nurbaya", "Minister Siti Nurbaya should not be in denial.", "-1", S11)
st(a, "uggah", "indonesia", "Sarawak was itself a victim of haze from West Kalimantan", "-1", S11)
st(a, "uggah", "siti_nurbaya", "I suggest that she should get the right information", "-1", S11)
st(a, "mahathir", "siti_nurbaya", "Never mind, that is just her own comment.", "0", "2019-09-12|2019-09-11|")
st(a, "yeo_bee_yin", "indonesia", "We hope Indonesia will be responsible for the fires in their own country.", "-1", "2019-09-12")
st(a, "mahathir", "indonesia", "We will see the evidence, because they (the Indonesians) claim", "0", "2019-09-15")
st(a, "mahathir", "indonesia", "long-term plan but it requires cooperation from other countries", "-1", "2019-09-15|")
st(a, "mahathir", "indonesia", "said Indonesia had not taken up Malaysia's offer of water-bombing aircraft", "-1", "2019-09-19")
st(a, "mahathir", "indonesia", "I don't know why Indonesia is not accepting our help.", "-1", "2019-09-19")
st(a, "mahathir", "jokowi", "I would also like to ask (Jokowi) why the government", "-1", "2019-09-19")
st(a, "jokowi", "", "Strict action by way of penalty is needed for those who burn forests", "", "2019-09|")
ev(a, S11, "Yesterday Indonesia's Minister of Environment and Forestry, Siti Nurbaya Bakar, said the smoke")
ev(a, S11, "Sarawak's Deputy Chief Minister, Douglas Uggah Embas, also said yesterday")
ev(a, "2019-09-12", "Today in Johor, Yeo Bee Yin said the Prime Minister would write")
ev(a, "2019-09-15", "Yesterday in Putrajaya Dr Mahathir said he had not yet written to President Joko.")
ev(a, "2019-09-19", "Yesterday the Prime Minister said Indonesia had not taken up Malaysia's offer")
ns(a, "I spoke to Prime Minister and he agreed to write a letter to President Jokowi", "attributed fact without stance (a letter to be written)")
ns(a, "If the index where you live passes 300, please stay indoors.", "hypothetical (the line's own advice)")
ns(a, "had no reply before this recording", "absence")

if __name__ == "__main__":
    GOLD.write(HERE)
