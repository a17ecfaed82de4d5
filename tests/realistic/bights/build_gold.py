#!/usr/bin/env python3
"""Writes the three gold CSVs of the bights set (kept so that the coding can be re-read and re-run).

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
OCT = "2025-10|"                 # the NATO official and Vrajolli to Radio Free Europe: October, no day given
F12 = "2026-02-12"
F12X = "2026-02-12|2026-02-13"   # Vučić's X post after the Ankara talks: "late" on the 12th, reported on the 13th
GOOD_HOST = "When it comes to President Erdogan, I will always be a good host."
KFOR_Q = "KFOR regularly monitors Kosovo's airspace, using all means and resources at its disposal"
ARMS_RACE = "This is a kind of arms race that is taking place in the region."
GOD_WILLING = "God willing, we will also pay a visit to Belgrade and Novi Pazar"
OSMANI_Q = "shamelessly attacking Turkey — a NATO member state helping to preserve stability."

# --- Skydagger ----------------------------------------------------------------------------------
a = "bt-overnights-skydagger"  # published Friday 2025-10-10; TV overnight ratings under day headers, peaks by clock time
st(a, "kurti", "ksf|kosovo", "we are continuing to build and modernise our military force through new technologies and contemporary combat tactics", "1", O8)
st(a, "vucic", "turkey", "I am appalled by Turkey's behavior and brutal violation of the UN Charter", "-1", O8)
st(a, "vucic", "turkey", "Turkey does not want the stability of the Western Balkans and dreams of restoring the Ottoman Empire again", "-1", O8)
st(a, "djuric", "turkey", "pouring oil on the fire and a prime example of malign interference in regional affairs", "-1", O8)
st(a, "osmani", "vucic", OSMANI_Q, "-1", O8)
st(a, "osmani", "turkey", OSMANI_Q, "1", O8)
st(a, "trump", "erdogan", "extraordinary leadership in promoting global peace", "1", O8)
st(a, "vucic", "osmani", "Osmani is not in a neighbouring country, she lives on our territory", "-1", O9)
st(a, "vucic", "erdogan", GOOD_HOST, "1", O9)
st(a, "vucic", "erdogan", "We are talking about a great leader and a great and successful country", "1", O9)
st(a, "vucic", "turkey", "We are talking about a great leader and a great and successful country", "1", O9)
st(a, "vucic", "turkey", "said Serbia was \"too small to threaten\" Turkey, a country he called \"a great power\"", "1", O9)
st(a, "vucic", "kosovo", "You don't know? Sultan Murat. How nice,", "-1", O9)
ev(a, "2025-10-17", "Consolidated seven-day figures follow on Friday 17 October.")
ev(a, O8, "The second was the President's post on X at 17:14.")
ev(a, O8, "announced on Facebook that thousands of Turkish Skydagger drones had landed")
ev(a, O9, "Yesterday's address was RTS1's most-watched daytime programme of the year.")
ev(a, O8, "account of General Mojsilović's urgent call with KFOR's Turkish commander, issued late on Wednesday")
ev(a, "2025-10-12", "extended bulletins for Kosovo's local elections on Sunday 12 October")
ns(a, "VUČIĆ: THE SULTAN IS BACK", "a channel's strap in the form Speaker: phrase, the channel's own line")
ns(a, "Yesterday, I reacted strongly, some would say sharply, maybe too sharply.", "self-description with no other target")
ns(a, "No channel had a word from Ankara to put beside them.", "absence (Ankara's silence)")

a = "bt-shorthand-skydagger"  # published Monday 2025-10-20; dictated Thursday 16 October; passages with their own datelines
st(a, "vucic", "turkey", "said today that his country was too small to threaten Turkey", "1", O9)
st(a, "vucic", "turkey", "he accused Ankara of breaking international law by arming Kosovo", "-1", O8)
st(a, "vucic", "erdogan", GOOD_HOST, "1", O9)
st(a, "vucic", "erdogan", "We are talking about a great leader and a great and successful country.", "1", O9)
st(a, "vucic", "turkey", "We are talking about a great leader and a great and successful country.", "1", O9)
st(a, "vucic", "turkey", "appalled by Turkey's behavior and brutal violation of the UN Charter", "-1", O8)
st(a, "djuric", "turkey", "Serbia will have to take this move into consideration in its further actions.", "-1", O8)
st(a, "osmani", "vucic", "replied that Vucic was \"shamelessly attacking Turkey\"", "-1", "2025-10-08|2025-10-09")
st(a, "nato", "kosovo", KFOR_Q, "0", "2025-10|2025-10-09")
st(a, "vrajolli", "", ARMS_RACE, "", "2025-10|2025-10-10")
st(a, "kurc", "", "Essentially, they raise the cost of any military operation against Kosovo.", "", "2025-10|2025-10-10")
st(a, "osmani", "nato", "modernizing our defense capabilities according to NATO standards.", "1", "2025-10|2025-10-10")
st(a, "vucic", "osmani", "President Vucic said Osmani did not live in a neighbouring country but on Serbian territory", "-1", O9)
ev(a, "2025-10-16", "Passage 7 was dictated in Room 4 on Thursday 16 October")
ev(a, "2025-10-12", "Kosovo holds local elections on Sunday")
ev(a, O8, "The post went up on the Wednesday, 8 October, the evening before the press conference.")
ev(a, "2025-10-23", "Passage 8 (for Thursday 23 October")
ev(a, "2025-11-03", "Speed tests resume after reading week, on Monday 3 November.")
ns(a, "Vucic \"excused\" Ankara of breaking the law", "a student's mis-transcription that reverses the meaning")
ns(a, "Kurti said the drones had arrived three months ahead of schedule", "attributed fact without stance (a delivery date)")
ns(a, "Radio Free Europe said Ankara had not answered its questions.", "absence (Ankara's unanswered questions)")

a = "bt-critique-skydagger"  # published Saturday 2026-02-21; a dog-show judge's critique: owners, "whelped" dates, classes
st(a, "vucic", "turkey", "I am appalled by Turkey's behavior and brutal violation of the UN Charter and UN Security Council Resolution 1244", "-1", O8)
st(a, "vucic", "turkey", "dreams of restoring the Ottoman Empire again", "-1", O8)
st(a, "djuric", "turkey", "represents pouring oil on the fire and a prime example of malign interference", "-1", O8)
st(a, "vucic", "erdogan", GOOD_HOST, "1", O9)
st(a, "vucic", "erdogan", "a great leader and a great and successful country", "1", O9)
st(a, "vucic", "turkey", "a great leader and a great and successful country", "1", O9)
st(a, "suljagic", "vucic", "Vučić’s entire political career rests on denial, revisionism, and threats.", "-1", O9)
st(a, "kurti", "ksf|kosovo", "we are continuing to build and modernize our military force through new technologies", "1", O8)
st(a, "nato", "kosovo", KFOR_Q, "0", OCT)
st(a, "nato", "turkey", "The same official praised Turkey as a long-standing contributor to the mission", "1", OCT)
st(a, "kurti", "ksf|kosovo", "We have added to the arsenal of our army the TB-2 Bayraktar drones", "1", "2023-07-16")
st(a, "kfor|nato", "kosovo", "Kosovo Force (KFOR) Commander has the primary authority for airspace over Kosovo", "0", "2023-07-17")
st(a, "vucic", "erdogan", "Erdogan is a great world leader, Türkiye is one of our most important partners.", "1", F12X)
st(a, "vucic", "turkey", "Erdogan is a great world leader, Türkiye is one of our most important partners.", "1", F12X)
st(a, "erdogan", "serbia", GOD_WILLING, "1", F12)
st(a, "vucic", "united_states", "The Americans are arming Albanians in Kosovo, as is Türkiye.", "-1", "2025-12|")
st(a, "vucic", "turkey", "The Americans are arming Albanians in Kosovo, as is Türkiye.", "-1", "2025-12|")
st(a, "author", "vucic", "I have rarely seen an exhibitor change type so completely.", "-1", "")
ev(a, "2026-01-31", "Entries closed on Saturday 31 January.")
ev(a, O8, "born the day the drones landed")
ev(a, "2026-01", "three months before they were due in January")
ev(a, "2026-02-14", "A strong show, held in Belgrade on Saturday 14 February.")
ns(a, "Entered in the catalogue and never shown.", "absence (Ankara's reply to Belgrade, never made)")
ns(a, "Belgrade will learn its place", "a withdrawn exhibit: words attributed to Erdoğan that he never said")
ns(a, "catalogued from Türkiye Today's report", "an outlet whose name contains an actor's alias (Türkiye of turkey)")

a = "bt-casting-skydagger"  # published Wednesday 2026-03-18; a casting breakdown: roles by first name, sides with their days
st(a, "vucic", "turkey", "I am appalled by Turkey's behavior and brutal violation of the UN Charter and UN Security Council Resolution 1244", "-1", O8)
st(a, "vucic", "erdogan", GOOD_HOST, "1", O9)
st(a, "vucic", "erdogan", "When I speak to you, I do so with the utmost respect, as a great leader", "1", F12)
st(a, "osmani", "vucic", OSMANI_Q, "-1", O8)
st(a, "osmani", "turkey", OSMANI_Q, "1", O8)
st(a, "osmani", "nato", "We will continue to deepen ties with NATO allies, modernizing our defense capabilities", "1", "2025-10|2025-10-08")
st(a, "djuric", "turkey", "I strongly condemn this unilateral and unlawful move", "-1", O8)
st(a, "kurti", "", "combat drones equipped with explosive payloads intended to neutralise enemy targets", "", O8)
st(a, "nato", "kosovo", KFOR_Q, "0", OCT)
st(a, "vrajolli", "", ARMS_RACE, "", OCT)
st(a, "erdogan", "serbia", GOD_WILLING, "1", F12)
st(a, "vucic", "croatia|albania|kosovo", "We are preparing for their attack, they are forming an alliance to attack us.", "-1", "2026-03-12")
st(a, "vucic", "turkey", "goes from accusing Ankara to praising its leader", "-1", "2025-10|2025-10-08")
st(a, "vucic", "erdogan", "goes from accusing Ankara to praising its leader", "1", "2025-10|2025-10-09")
ev(a, "2026-03-27", "Friday 27 March 2026, 18:00")
ev(a, "2026-05", "May and June 2026, Belgrade, Pristina and Ankara")
ev(a, "2025-10", "In October 2025 a consignment of Turkish kamikaze drones lands in Pristina.")
ev(a, "2026-03-12", "television interview of Thursday 12 March 2026 on the pact between Zagreb, Tirana and Pristina")
ns(a, "Call Ankara. Now.", "a line written for the series; nobody said it")
ns(a, "The contract was signed last December with Baykar", "attributed fact without stance (a contract)")
ns(a, "Episodes 1 and 2: non-speaking.", "absence (Erdoğan's silence in October)")

# --- Iceland and the Philippines ---------------------------------------------------------------------
a = "bt-assembly-reykjavik"  # published Monday 2019-09-16; a school assembly script: LEADER and READER labels, dates in words
st(a, "thordarson", "philippines", "situation in the Philippines continues to deteriorate.", "-1", "2019-07-11|")
st(a, "thordarson", "unhrc", "demonstrated that it can address urgent and important issues that warrant its attention", "1", "2019-07-11|")
st(a, "locsin", "unhrc|iceland", "straight from the mouth of the queen in Alice in Wonderland", "-1", "2019-07-11")
st(a, "locsin", "iceland", "and warned that \"there will be consequences\"", "-1", "2019-07-11")
st(a, "duterte", "iceland", "What is the problem of Iceland? Ice only. That is your problem.", "-1", "2019-07-12")
st(a, "duterte", "iceland", "They don't understand the social, economic, political problems of the Philippines.", "-1", "2019-07-12|")
st(a, "panelo", "iceland|unhrc", "The adopted Iceland resolution is grotesquely one-sided, outrageously narrow, and maliciously partisan.", "-1", "2019-07-15")
st(a, "panelo", "iceland", "He said the President was thinking of cutting ties with Iceland.", "-1", "2019-07-15|")
st(a, "locsin", "iceland", "I never considered for a second cutting any ties over this small matter.", "0", "2019-07-15|2019-07-16")
st(a, "duterte", "iceland", "I hope they would not do it, but I would not also take it sitting down.", "-1", "2019-07-16|2019-07-17|2019-07")
st(a, "iceland_mfa|thordarson|iceland", "philippines", "Icelandic authorities sincerely hope that the Philippine authorities will engage the UN", "0", "2019-07-18")
st(a, "locsin", "iceland", "Iceland can go to hell with its resolution condemning the Philippines", "-1", "2019-07-18|2019-07-19|2019-07")
st(a, "locsin", "unhrc|iceland", "It’s a nothing resolution because at the end of the road it failed.", "-1", "2019-09-11")
st(a, "locsin", "iceland", "The Iceland resolution is forgiven; it was nothing anyway.", "1", "2019-09-11|")
ev(a, "2019-07-11", "the United Nations Human Rights Council voted on a resolution put forward by Iceland")
ev(a, "2019-07-12", "ran our minister's interview in English the day after the vote")
ev(a, "2019-09-16", "Written for this morning's assembly at an international school")
ev(a, "2019-07-18", "On Thursday the eighteenth our foreign ministry answered in a statement")
ns(a, "human rights situation in the Philippines continues to deepen", "a reader's misreading, corrected by the leader; nobody said it")
ns(a, "Iceland Monitor", "an outlet whose name contains an actor's alias (Iceland of iceland)")
ns(a, "what would you have said on the Friday", "a hypothetical question to the pupils")
ns(a, "Why do you think the joke about ice was remembered", "a discussion question")

# --- Latvia and Belarus ---------------------------------------------------------------------------
a = "bt-gamesheet-riga"  # published Friday 2021-05-28; an ice-hockey game summary: periods are days, clock times are not
st(a, "stakis", "belarusian_opposition", "Riga is demonstrating solidarity with Belarus' people, opposition and refugees.", "1", "2021-05-24")
st(a, "stakis", "lukashenko|belarus", "There must be no flags in Riga that symbolize a regime that engages in state terrorism", "-1", "2021-05-24")
st(a, "makei", "latvia", "We cannot leave such provocative actions without response.", "-1", "2021-05-24")
st(a, "makei", "latvia", "We requested Latvia to carry out an investigation. To apologize", "-1", "2021-05-24")
st(a, "makei", "latvia|rinkevics", "Makei also called the swap an act of \"national vandalism\"", "-1", "2021-05-24")
st(a, "makei", "latvia", "Latvia will surely give a tit-for-tat response and we are ready for that.", "-1", "2021-05-24")
st(a, "iihf", "rinkevics|latvia", "The IIHF does not agree with the actions taken yesterday by the Mayor of Riga and the Latvian Foreign Minister", "-1", "2021-05-25")
st(a, "iihf", "latvia", "This is in direct contradiction to the host country slogan", "-1", "2021-05-25")
st(a, "fasel", "rinkevics|latvia", "calls the swap not acceptable and asks for the official flag back", "-1", "2021-05-25")
st(a, "stakis", "lukashenko", "We have to pick sides - a people striving for freedom or a dictator.", "-1", "2021-05-25")
st(a, "stakis", "iihf|fasel", "We will proceed with removing IIHF flags.", "-1", "2021-05-25")
st(a, "stakis", "lukashenko|belarus", "I love hockey, but sport cannot be used to veil one's crimes.", "-1", "2021-05-25")
st(a, "levits", "rinkevics|latvia", "calls the swap an \"appropriate political reaction\"", "1", "2021-05-25")
st(a, "levits", "lukashenko|belarus", "a sign that Latvia does not recognise the regime in Minsk", "-1", "2021-05-25")
st(a, "shved", "rinkevics", "accuses them of fuelling \"national enmity\"", "-1", "2021-05-28")
st(a, "rinkevics", "lukashenko|belarus", "shows desperation and the insanity of the Lukashenko region", "-1", "2021-05-28")
st(a, "stakis", "lukashenko", "I offer Mr Lukashenko to seek justice in The Hague Tribunal.", "-1", "2021-05-28")
ev(a, "2021-01", "Belarus was stripped of co-hosting in January")
ev(a, "2021-06-06", "the tournament runs in Riga alone until Sunday 6 June")
ev(a, "2021-05-23", "On Sunday 23 May a Ryanair flight from Athens to Vilnius was forced down in Minsk")
ev(a, "2021-05-24", "Latvian ambassador Einars Semanis summoned; 24 hours to leave, staff 48.")
ev(a, "2021-05-25", "The Latvian ambassador leaves Minsk.")
ev(a, "2021-05-28", "Belarus opens a criminal case against Rinkevics and Stakis")
ev(a, "2021-05-28", "still flying outside the hotel when we filed on Friday afternoon")
ns(a, "No public word on the flag all week.", "absence (Lukashenko)")
ns(a, "Latvian Foreign Ministry expels the Belarusian chargé d'affaires and staff in reply.", "an act, not words")
ns(a, "Had Minsk ignored the flag", "hypothetical")

# --- Australia and South Africa --------------------------------------------------------------------
a = "bt-scorecard-pretoria"  # published Wednesday 2018-04-04; a cricket scorecard: days of play are the days of the words
DAY1 = "2018-03-14|2018-03-13|2018-03"   # Dutton to the Daily Telegraph, published on the 14th
st(a, "dutton", "south_africa", "you hear the accounts, it’s a horrific circumstance they face.", "-1", DAY1)
st(a, "dutton", "south_africa", "We have the potential to help some of these people that are being persecuted.", "-1", DAY1)
st(a, "dutton", "south_africa", "they need help from a civilised country like ours.", "-1", DAY1)
st(a, "mabaya|dirco", "australia", "chose not to use the available diplomatic channels to raise concerns", "-1", "2018-03-14")
st(a, "dirco|mabaya", "dutton|australia", "The South African government is offended by the statements which have been attributed to the Australian Home Affairs Minister", "-1", "2018-03-15")
st(a, "sisulu", "dutton", "We will not allow anybody, right wing or not, to use an opportunity", "-1", "2018-03-16")
st(a, "bishop", "dutton", "that’s what Peter Dutton as home affairs minister does everyday.", "1", "2018-03-16")
st(a, "sisulu", "australia", "We welcome the assurance by the Australian Government as reported in the media", "1", "2018-04-02")
st(a, "sisulu", "dutton", "no-one is being persecuted in South Africa, including white farmers.", "-1", "2018-04-02|")
st(a, "mabaya", "australia", "The minister of international relations has welcomed the communication we have from Australia", "1", "2018-04-02")
st(a, "dutton", "sisulu", "I’m not sure how it can be interpreted the way that the South African Minister has interpreted it.", "-1", "2018-04-03")
st(a, "dutton", "sisulu", "it’s not based on any factual statement by anyone in the Australian Government.", "-1", "2018-04-03|")
st(a, "mabaya", "dutton", "immigration policy — not on what a member of Cabinet has said.", "-1", "2018-04-03")
ev(a, "2018-03-22", "the Newlands Test, 22 to 25 March")
ev(a, "2018-03-14", "Dutton opened in the Daily Telegraph.")
ev(a, "2018-03-15", "Pretoria summoned the High Commissioner.")
ev(a, "2018-03-29", "On Thursday 29 March the row was formally closed.")
ns(a, "Our program is thoroughly non-discriminatory.", "self-description with no other target")
ns(a, "for now, said nothing", "absence (the High Commissioner)")
ns(a, "Had Canberra retracted on Day 2", "hypothetical")

# --- Brazil and Norway (and Germany) ----------------------------------------------------------------
a = "bt-clock-amazon"  # published Tuesday 2023-01-24; a "doomsday clock" statement: settings and years that are no dates of words
st(a, "bolsonaro", "galvao", "could be \"at the service of some NGO\"", "-1", "2019-07")
st(a, "galvao", "bolsonaro", "He [Bolsonaro] behaves as if he were in a tavern.", "-1", "2019-07-20")
st(a, "bolsonaro", "inpe|galvao", "the President said \"bad Brazilians\" had released \"lying numbers\"", "-1", "2019-08-05")
st(a, "schulze", "brazil", "leaves doubts as to whether a consistent reduction in deforestation rates is still being pursued", "-1", "2019-08-10|2019-08-11")
st(a, "bolsonaro", "germany", "She can make good use of that money. Brazil does not need it.", "-1", "2019-08-11")
st(a, "elvestuen", "brazil", "said his country would withhold its payment", "-1", "2019-08-15")
st(a, "elvestuen", "brazil", "They cannot do that without Norway and Germany agreeing.", "-1", "2019-08-15")
st(a, "bolsonaro", "norway", "Isn’t Norway that country that kills whales up there in the North Pole?", "-1", "2019-08-15")
st(a, "bolsonaro", "merkel|germany", "Take that money and help Angela Merkel reforest Germany.", "-1", "2019-08-15|")
st(a, "bolsonaro", "norway", "See the killing of whales sponsored by Norway.", "-1", "2019-08-18|2019-08-19")
st(a, "elvestuen", "brazil", "until further notice, there will be no more Norwegian contributions to the fund", "-1", "2019-11")
st(a, "lula", "", "A standing tree is worth more than tons of wood extracted illegally", "", "2022-10-30")
st(a, "barth_eide", "lula", "championed the protection of the Amazon and its people throughout his campaign", "1", "2022-10-31")
st(a, "barth_eide", "brazil", "Norway looks forward to revitalizing our extensive climate and forest partnership with Brazil.", "1", "2022-10-31")
st(a, "barth_eide", "bolsonaro", "Then we entered into direct confrontation with Bolsonaro", "-1", "2022-10-31")
st(a, "lula", "bolsonaro", "reverse damage done in recent years by the previous government.", "-1", "2022-11|2022-11-15|2022-11-16")
ev(a, "2023-01-24", "Today the Board moves the hand back three minutes")
ev(a, "2019-08", "where it has stood since August 2019")
ev(a, "2008", "The Amazon Fund opens, with Norway as its main donor")
ev(a, "2019-07", "In July 2019 the satellite institute INPE reported a sharp rise in clearing.")
ev(a, "2019-08-02", "He was dismissed on Friday 2 August")
ev(a, "2019-08-15", "On Thursday 15 August Norway's climate minister")
ev(a, "2022-10-30", "On the night of his election victory, 30 October 2022")
ns(a, "Brazil is ready to resume its leading role in the fight against the climate crisis", "self-description with no other target")
ns(a, "If the fund were frozen a second time", "hypothetical")
ns(a, "received no reply", "absence (the fictional Board's unanswered request)")

if __name__ == "__main__":
    GOLD.write(HERE)
