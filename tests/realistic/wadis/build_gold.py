#!/usr/bin/env python3
"""Writes the three gold CSVs of the wadis set (kept so that the coding can be re-read and re-run).

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
F12 = "2026-02-12"
MONTH = "2025-10|"          # the NATO official to Radio Free Europe: the text gives no day
MOJ = "mojsilovic|serbian_defense_ministry"   # the Defence Ministry's account of the general's call

# --- Skydagger ----------------------------------------------------------------------------------
a = "wd-quizbowl-skydagger"  # published Saturday 2025-11-22; a quiz-bowl packet, speakers named only in the ANSWER lines
st(a, "vucic", "turkey", "appalled by Turkey's behavior and brutal violation of the UN Charter", "-1", O8)
st(a, "vucic", "turkey", "dreams of restoring the Ottoman Empire again", "-1", O8)
st(a, "vucic", "turkey", "Serbia is a small country, but we understood the message well", "-1", O8)
st(a, "vucic", "turkey", "this man told a press conference that his country was \"too small to threaten\" Turkey", "1", O9)
st(a, "osmani", "vucic", "Vučić seems to believe that he can threaten a major NATO country", "-1", O8 + "|")
st(a, "osmani", "vucic", "he deepens military cooperation with Russia, China and Iran", "-1", O8 + "|")
st(a, "osmani", "erdogan", "proud to have worked closely with President Erdogan", "1", O8)
st(a, "kurti", "ksf|kosovo", "significantly strengthens Kosovo's defense capabilities and modernizes its military force", "1", O8)
st(a, "kfor", "kosovo", "Commander has the primary authority for airspace over Kosovo", "0", "2023-07-17")
st(a, "djuric", "turkey", "pouring oil on the fire and a prime example of malign interference", "-1", O8 + "|")
st(a, "djuric", "turkey", "I strongly condemn this unilateral and unlawful move", "-1", O8 + "|")
st(a, "djuric", "turkey", "Serbia will have to take this move into consideration in its further actions", "-1", O8 + "|")
st(a, MOJ, "ksf|kosovo", "continued arming of the so-called Kosovo Security Force", "-1", O8)
st(a, "nato", "kosovo", "KFOR regularly monitors Kosovo's airspace, using all means and resources", "0", MONTH)
st(a, "nato", "turkey", "praised this country as a long-standing contributor to KFOR", "1", MONTH)
st(a, "vucic", "erdogan", "When it comes to President Erdogan, I will always be a good host", "1", O9)
st(a, "vucic", "erdogan|turkey", "Last year I begged Erdoğan to stop arming Pristina", "-1", O9)
st(a, "vucic", "united_states", "I also asked the Americans to stop doing it", "-1", O9)
st(a, "erdogan", "serbia", "We are experiencing a golden era in our relations with Serbia", "1", "2024-10-11")
ev(a, O8, "On 8 October 2025 this man posted on X")
ev(a, O9, "The next day (*) this man told a press conference")
ev(a, O8, "the arrival of this company's Skydagger drones on 8 October 2025")
ev(a, "2023-07-16", "on Sunday 16 July 2023, Albin Kurti had posted")
ev(a, "2023-07-17", "The following day (*) KFOR replied")
ev(a, O8, "rang KFOR's commander on 8 October")
ev(a, "2024-10-11", "On 11 October 2024 in Belgrade, Erdoğan had told a joint press conference")
ns(a, "We have added to the arsenal of our army the TB-2 Bayraktar drones", "self-description (a purchase announced by the buyer), no other target")
ns(a, "who threatened Turkey with war", "a clue the editors cut because nobody said it")
ns(a, "Ankara made no public reply that week", "absence")

a = "wd-sms-skydagger"  # published Friday 2025-10-10; readers' texts under day headers, the paper's bracketed notes
st(a, "kurti", "ksf|kosovo", "significantly strengthens Kosovo's defense capabilities and modernizes its military force", "1", O8)
st(a, "vucic", "turkey", "Vucic just posted he is \"appalled by Turkey's behavior\"", "-1", O8)
st(a, "vucic", "turkey", "I am appalled by Turkey's behavior and brutal violation of the UN Charter", "-1", O8)
st(a, "djuric", "turkey", "Now Đurić on X: \"pouring oil on the fire\"", "-1", O8)
st(a, "djuric", "turkey", "Serbia will have to take this move into consideration in its further actions", "-1", O8)
st(a, "osmani", "vucic", "Vučić seems to believe that he can threaten a major NATO country", "-1", O8)
st(a, "vucic", "turkey", "His post said Turkey \"dreams of restoring the Ottoman Empire again\"", "-1", O8)
st(a, "mojsilovic", "ksf|kosovo", "continued arming of the so-called Kosovo Security Force", "-1", O8)
st(a, "vucic", "turkey", "Vucic says Serbia is \"too small to threaten\" Turkey", "1", O9)
st(a, "vucic", "erdogan", "When it comes to President Erdogan, I will always be a good host", "1", O9)
st(a, "vucic", "erdogan", "We are talking about a great leader and a great and successful country", "1", O9)
st(a, "vucic", "turkey", "We are talking about a great leader and a great and successful country", "1", O9)
st(a, "vucic", "erdogan|turkey", "he begged Erdogan last year to stop arming Pristina", "-1", O9)
st(a, "vucic", "united_states", "and that he asked the Americans too", "-1", O9)
st(a, "vucic", "erdogan|turkey", "Last year I begged Erdoğan to stop arming Pristina", "-1", O9 + "|")
st(a, "vucic", "united_states", "I also asked the Americans to stop doing it", "-1", O9 + "|")
st(a, "nato", "kosovo", "KFOR regularly monitors Kosovo's airspace, using all means and resources", "0", MONTH + O9 + "|")
st(a, "nato", "turkey", "He also praised Turkey as a long-standing contributor to KFOR", "1", MONTH + O9 + "|")
st(a, "osmani", "vucic", "he \"deepens military cooperation with Russia, China and Iran\"", "-1", O8)
st(a, "djuric", "turkey", "I strongly condemn this unilateral and unlawful move", "-1", O8 + "|")
ev(a, O8, "Kurti on Facebook with the containers, says it")
ev(a, O8, "General Mojsilovic phoned KFOR yesterday about the")
ev(a, O9, "Vucic says Serbia is \"too small to threaten\" Turkey")
ev(a, O8, "on Wednesday Osmani also said he")
ev(a, "2025-10-12", "Elections in Kosovo on Sunday")
ns(a, "Vucic said Turkey wants to take Kosovo back", "a reader's misquotation, which the paper corrects")
ns(a, "today he will be a good host, you watch", "a reader's forecast of words not yet said")
ns(a, "Is it true Erdogan called Vucic back to complain?", "a question about a call that did not happen")

a = "wd-logic-skydagger"  # published Saturday 2025-10-18; a logic puzzle, the speakers of the remarks only in the solution
st(a, "vucic", "erdogan", "When it comes to President Erdogan, I will always be a good host", "1", O9 + "|")
st(a, "djuric", "turkey", "pouring oil on the fire and a prime example of malign interference", "-1", O8 + "|")
st(a, "kurti", "ksf|kosovo", "significantly strengthens Kosovo's defense capabilities and modernizes its military force", "1", O8 + "|")
st(a, "osmani", "vucic", "Vučić seems to believe that he can threaten a major NATO country", "-1", O8 + "|")
st(a, MOJ, "ksf|kosovo", "continued arming of the so-called Kosovo Security Force", "-1", O8 + "|")
st(a, "vucic", "turkey", "He also said Serbia was \"too small to threaten\" Turkey", "1", O9)
st(a, "djuric", "turkey", "Serbia will have to take this move into consideration in its further actions", "-1", O8)
st(a, "kurti", "ksf|kosovo", "contributing to the ongoing effort to build and modernize the military", "1", O8)
st(a, "osmani", "vucic", "he deepens military cooperation with Russia, China and Iran", "-1", O8)
st(a, MOJ, "ksf|kosovo", "the Republic of Serbia regards KFOR as the sole legitimate armed formation", "-1", O8)
st(a, "vucic", "turkey", "since it begins \"I am appalled by Turkey's behavior\"", "-1", O8)
ev(a, O8, "the Turkish drones that reached Kosovo on Wednesday 8 October")
ev(a, O9, "Aleksandar Vučić at his press conference of Thursday 9 October")
ev(a, O8, "Marko Đurić on X on the Wednesday")
ev(a, O8, "as Serbia's Defence Ministry reported it that day")
ev(a, O8, "His post of Wednesday, sent at 17:14")
ns(a, "The general did not type his remark.", "a clue of the puzzle, nobody's words")
ns(a, "Kosovo's president made no post on Facebook that day", "absence (a clue)")
ns(a, "Ankara itself made no public reply to any of the five", "absence")

a = "wd-coverage-skydagger"  # published Friday 2026-03-13; a script reader's coverage, the synopsis in the present tense
st(a, "kurti", "ksf|kosovo", "significantly strengthens Kosovo's defense capabilities and modernizes its military force", "1", O8)
st(a, "vucic", "turkey", "I am appalled by Turkey's behavior and brutal violation of the UN Charter", "-1", O8)
st(a, "vucic", "turkey", "Serbia is a small country, but we understood the message well", "-1", O8)
st(a, "djuric", "turkey", "posts that Turkey's move is \"pouring oil on the fire\"", "-1", O8)
st(a, "osmani", "vucic", "Vučić seems to believe that he can threaten a major NATO country", "-1", O8 + "|")
st(a, "vucic", "turkey", "Vučić tells reporters that Serbia is \"too small to threaten\" Turkey", "1", O9)
st(a, "vucic", "erdogan", "When it comes to President Erdogan, I will always be a good host", "1", O9)
st(a, "vucic", "erdogan|turkey", "Last year I begged Erdoğan to stop arming Pristina", "-1", O9)
st(a, "erdogan", "serbia", "We are experiencing a golden era in our relations with Serbia", "1", "2024-10-11")
st(a, "vucic", "erdogan", "as a great leader, not only of Türkiye, but also of the region", "1", F12)
st(a, "erdogan", "serbia", "God willing, we will also pay a visit to Belgrade and Novi Pazar", "1", F12)
st(a, "vucic", "erdogan", "that Erdoğan is more experienced, that he himself sometimes says things Erdoğan does not like", "1", F12)
st(a, "vucic", "erdogan", "Erdogan is a great world leader, Türkiye is one of our most important partners", "1", F12 + "|2026-02-13|")
st(a, "vucic", "turkey", "Erdogan is a great world leader, Türkiye is one of our most important partners", "1", F12 + "|2026-02-13|")
ev(a, O8, "Wednesday 8 October 2025, Pristina airport")
ev(a, O8, "Belgrade, the same day, 17:14")
ev(a, O9, "Vučić tells reporters that Serbia is")
ev(a, "2024-10-11", "Flashback: Belgrade, 11 October 2024")
ev(a, F12, "On Thursday 12 February 2026 Vučić flies to Ankara")
ns(a, "These things cannot fly without permission from a Turkish general", "a line the writer invented for a fictional character")
ns(a, "the script has Erdoğan telephone Vučić on the night of 8 October to complain", "an invented scene; the call never happened")
ns(a, "Turkey made no public reply to the post", "absence")


# --- Venezuela and the United States ---------------------------------------------------------------
a = "wd-bestsellers-chomsky"  # published Friday 2006-09-29; a book trade's chart with the desk's notes
st(a, "chavez", "chomsky", "an excellent book to help us understand what has been happening in the world", "1", "2006-09-20")
st(a, "chavez", "bush", "And it smells of sulfur still today", "-1", "2006-09-20")
st(a, "chavez", "united_states", "The people of the United States should read this . . . instead of watching Superman movies", "-1", "2006-09-20|")
st(a, "bolton", "chavez", "We're not going to address that kind of comic strip approach to international affairs", "-1", "2006-09-20|")
st(a, "rice", "chavez", "I think it is not becoming for a head of state", "-1", "2006-09-20|")
st(a, "rangel", "chavez", "you don't come into my congressional district and you don't condemn my president", "-1", "2006-09-21|")
st(a, "pelosi", "chavez", "I think Hugo Chavez fancies himself a modern-day Simon Bolivar, but all he is is an everyday thug", "-1", "2006-09-21|")
st(a, "chomsky", "chavez", "he would be \"happy to meet\" the Venezuelan leader", "1", "2006-09|")
st(a, "chomsky", "bush|united_states", "The Bush administration backed a coup to overthrow his government", "-1", "2006-09|")
st(a, "sundwall", "", "The phenomenon is not new. Although it may be new for Chomsky", "", "2006-09-21")
st(a, "chavez", "", "Now it's among the world's best-sellers. It's sold out", "", "2006-09-23")
ev(a, "2003", "Hegemony or Survival*, a 2003 title that sat at 20,664")
ev(a, "2006-09-20", "in the online retailer's rankings on Wednesday 20 September")
ev(a, "2006-09-20", "Addressing the General Assembly that Wednesday")
ev(a, "2006-09-19", "the man who had spoken from the same rostrum the day before")
ev(a, "2006-09-21", "The sharpest words came on Thursday from two of Bush's own opponents")
ev(a, "2006-09-23", "Chávez, back in Caracas on Saturday, noticed")
ns(a, "America's Quest for Global Dominance", "a book title in the chart, nobody's statement")
ns(a, "Chávez thought he had died", "an attributed mistake, no stance")
ns(a, "The desk did not receive a query from Metropolitan this week", "absence")


# --- India and Italy -------------------------------------------------------------------------------
a = "wd-casualty-enricalexie"  # published Thursday 2013-03-28; shipping casualty reports under datelines with no year
st(a, "italian_embassy_india|italy", "", "The Italian ship was attacked yesterday in international waters", "", "2012-02-16")
st(a, "antony", "italy", "called it \"a very serious and unfortunate incident\"", "-1", "2012-02-16")
st(a, "italian_navy", "", "the attitude of the fishing boat was judged to be clearly hostile, typical of pirates", "", "2012-02-16")
st(a, "italian_navy", "", "It did not respond to warning signals. The crew on board the tanker used standard procedures", "", "2012-02-16")
st(a, "basra|indian_coast_guard", "italian_navy|italy", "Firing on unarmed fishermen was not right", "-1", "2012-02-17")
st(a, "basra|indian_coast_guard", "italian_navy|italy", "Our waters are not piracy waters, they are fishing waters", "-1", "2012-02-17")
st(a, "mancini", "india", "we tried and we also put forward several proposals to the Indian authorities", "0", "2013-03-13")
st(a, "manmohan_singh", "italy", "Prime Minister Manmohan Singh called Italy's refusal \"unacceptable\"", "-1", "2013-03-13")
st(a, "vahanvati", "italy", "is a breach of undertaking given to the highest court of the land", "-1", "2013-03-14")
st(a, "khurshid", "italy", "Everything that is necessary to ensure the dignity and the primacy of India", "-1", "2013-03-14")
st(a, "kabir", "italy", "We never expected the Italian government to act in this manner", "-1", "2013-03-18")
st(a, "indian_supreme_court|kabir", "italian_marines", "Strictly speaking they have not violated our order", "0", "2013-03-18")
st(a, "terzi", "italy|monti", "I resign in contention with the decision to send the marines back to India", "-1", "2013-03-26")
st(a, "monti", "terzi", "Prime Minister Mario Monti said he was astonished by the resignation", "-1", "2013-03-26|")
ev(a, "2012-02-15", "Arrived anchorage 2300, Feb 15, escorted by Coast Guard")
ev(a, "2012-02-16", "Italian ambassador Giacomo Sanfelice di Monteforte summoned to the Ministry of External Affairs")
ev(a, "2013-03-11", "Following notice from Rome on Mar 11 that the two marines")
ev(a, "2013-03-12", "India's foreign secretary summoned the ambassador, now Daniele Mancini")
ev(a, "2013-03-14", "Supreme Court restrained the ambassador from leaving India without its permission")
ev(a, "2013-03-22", "Mar 22: Both marines arrived")
ev(a, "2013-03-26", "Foreign Minister Giulio Terzi resigned in the Chamber of Deputies")
ns(a, "I want to underline that the Italians moved the ship voluntarily into the port", "self-description with no other target")
ns(a, "The government decided, also in the interests of the marines, to maintain the commitment", "a government's announcement of its own decision, no other target")
ns(a, "No further reports on the fishing vessel involved in the Feb 15, 2012 incident have been received", "absence")


# --- Malawi and the United Kingdom -----------------------------------------------------------------
a = "wd-panelgame-lilongwe"  # published (broadcast) Monday 2011-07-25, recorded Tuesday 2011-07-19; a radio panel game
st(a, "cochrane_dyet", "mutharika", "is becoming ever more autocratic and intolerant of criticism", "-1", "2011-03")
st(a, "cochrane_dyet", "malawi", "the governance situation continues to deteriorate in terms of media freedom", "-1", "2011-03")
st(a, "cochrane_dyet", "", "he wrote: \"They seem genuinely afraid.\"", "", "2011-03")
st(a, "foreign_office|united_kingdom", "malawi", "there were likely to be consequences affecting the full range of issues", "-1", "2011-04-19")
st(a, "kaunda", "cochrane_dyet", "Government has decided to expel high commissioner Fergus Cochrane-Dyet because the tone", "-1", "2011-04-27")
st(a, "hague", "malawi", "the decision was \"totally unacceptable and unwarranted\"", "-1", "2011-04-27")
st(a, "hague", "cochrane_dyet", "an able and effective diplomat who has behaved with integrity", "1", "2011-04-27")
st(a, "eu_delegation_malawi|eu", "malawi", "said the expulsion was \"unjustified and inappropriate\"", "-1", "2011-04-27|2011-04|")
st(a, "mitchell|dfid", "malawi", "But poor people in Malawi and British taxpayers alike have been let down", "-1", "2011-07-14")
st(a, "etta_banda", "united_kingdom", "Malawi and United Kingdom did not sever relationship", "0", "2011-07-07")
st(a, "etta_banda", "united_kingdom", "We want to see if we can go and visit UK or if they can come and visit us", "1", "2011-07-07")
st(a, "mutharika", "cochrane_dyet", "What do we apologize for? Here is an envoy who insulted our country", "-1", "2011-07-18")
st(a, "mutharika", "cochrane_dyet|united_kingdom", "should come here and start insulting the government, starts insulting me, your leader", "-1", "2011-04|2011-05|")
ev(a, "2011-03", "In March our High Commissioner in Lilongwe, Fergus Cochrane-Dyet, sent London a telegram")
ev(a, "2011-04-16", "On Saturday the sixteenth of April the Weekend Nation printed the lot")
ev(a, "2011-04-18", "The Malawians summoned him that Monday")
ev(a, "2011-07-14", "And last Thursday Andrew Mitchell cut budget support")
ev(a, "2011-07-18", "the President himself gave an interview to AFP only yesterday")
ns(a, "And then Hague called Mutharika a dictator", "a misattribution, challenged and upheld as deviation")
ns(a, "who as far as I can find has said nothing about the telegram at all", "absence (a second Banda)")
ns(a, "It had not replied when this transcript was published.", "absence")


# --- France and Israel -----------------------------------------------------------------------------
a = "wd-prereg-paris"  # registered (published) Monday 2024-11-04; a study preregistration, the statements as stimuli
MAC = "2024-10-01|2024-10-05"   # the France Inter interview: recorded on Tuesday 1 October, broadcast on Saturday 5 October
st(a, "macron", "israel", "he called for a halt to arms deliveries for the fighting in Gaza", "-1", MAC)
st(a, "macron", "israel", "said that \"Lebanon cannot become a new Gaza\"", "-1", MAC)
st(a, "netanyahu", "macron", "calling the call for an embargo \"a disgrace\"", "-1", "2024-10-05")
st(a, "macron", "israel", "that we stop delivering weapons to fight in Gaza", "-1", MAC)
st(a, "macron", "israel|netanyahu", "I think we are not being heard. I think it is a mistake, including for the security of Israel", "-1", MAC)
st(a, "netanyahu", "iran", "As Israel fights the forces of barbarism led by Iran", "-1", "2024-10-05")
st(a, "netanyahu", "macron", "Yet President Macron and other Western leaders are now calling for arms embargoes against Israel", "-1", "2024-10-05")
st(a, "elysee|macron", "israel", "France is \"a steadfast friend of Israel\"", "1", "2024-10-05")
st(a, "elysee|macron", "netanyahu", "excessive and detached from the friendship between France and Israel", "-1", "2024-10-05")
st(a, "macron", "netanyahu", "Mr Netanyahu must not forget that his country was created by a decision of the UN", "-1", "2024-10-15")
st(a, "netanyahu_office|netanyahu", "macron", "A reminder to the French President: It was not a U.N. decision that established the State of Israel", "-1", "2024-10-15")
st(a, "netanyahu_office|netanyahu", "france", "many of whom were Holocaust survivors, including from the Vichy regime in France", "-1", "2024-10-15")
st(a, "netanyahu_office|netanyahu", "un", "the U.N. has approved hundreds of antisemitic decisions against the State of Israel", "-1", "2024-10-15")
ev(a, "2024-10-05", "On Saturday 5 October 2024 France Inter broadcast an interview")
ev(a, "2024-10-01", "interview with Emmanuel Macron, recorded on the Tuesday, in which he called")
ev(a, "2024-10-05", "That evening Benjamin Netanyahu answered in a video statement")
ev(a, "2024-10-06", "The two leaders spoke by telephone on the Sunday")
ev(a, "2024-10-15", "On Tuesday 15 October the exchange resumed over the founding of Israel")
ns(a, "The two governments have held talks on the situation in the region.", "a control item written by the researchers, attributed to nobody")
ns(a, "Please select 'strongly disagree' for this item.", "an attention-check instruction")
ns(a, "A statement is rated as more hostile when its speaker is shown", "a hypothesis of the study")
ns(a, "Netanyahu's later interview with Le Figaro is not used.", "a design decision naming an interview without its words")

if __name__ == "__main__":
    GOLD.write(HERE)
