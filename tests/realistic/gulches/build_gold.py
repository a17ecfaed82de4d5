#!/usr/bin/env python3
"""Writes the three gold CSVs of the gulches set (kept so that the coding can be re-read and re-run).

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
F12X = "2026-02-12|2026-02-13"   # Vučić's X post after the Ankara visit: "late" on the 12th, reported on the 13th
DEC = "2025-12|"                 # the meeting with the ambassadors: "late December", no day in the text
APPALLED = "I am appalled by Turkey's behavior and brutal violation of the UN Charter"
OTTOMAN = "does not want the stability of the Western Balkans and dreams of restoring the Ottoman Empire again"
OIL = "pouring oil on the fire and a prime example of malign interference"
FURTHER = "Serbia will have to take this move into consideration in its further actions."
OSMANI_Q = "shamelessly attacking Turkey — a NATO member state helping to preserve stability"
GOOD_HOST = "When it comes to President Erdogan, I will always be a good host."
GREAT_LEADER = "We are talking about a great leader and a great and successful country"
KFOR = "KFOR regularly monitors Kosovo's airspace, using all means and resources at its disposal"
AMERICANS = "The Americans are arming Albanians in Kosovo, as is Türkiye."
WORLD_LEADER = "Erdogan is a great world leader, Türkiye is one of our most important partners."

# --- Skydagger ----------------------------------------------------------------------------------
a = "gc-renpy-skydagger"  # published Monday 2025-10-20; a visual novel's Ren'Py script: speakers as variables, days in title cards
st(a, "vucic", "turkey", APPALLED, "-1", O8)
st(a, "vucic", "turkey", OTTOMAN, "-1", O8)
st(a, "vucic", "turkey", "Serbia is a small country, but we understood the message well.", "-1", O8)
st(a, "djuric", "turkey", OIL, "-1", O8)
st(a, "djuric", "turkey", FURTHER, "-1", O8)
st(a, "osmani", "vucic", OSMANI_Q, "-1", O8)
st(a, "osmani", "turkey", OSMANI_Q, "1", O8)
st(a, "vucic", "erdogan", GOOD_HOST, "1", O9)
st(a, "vucic", "erdogan", GREAT_LEADER, "1", O9)
st(a, "vucic", "turkey", GREAT_LEADER, "1", O9)
st(a, "vucic", "turkey", "he says Serbia is too small to threaten Turkey, which he calls a great power", "1", O9)
st(a, "nato", "kosovo", KFOR, "0", "2025-10")
st(a, "nato", "turkey", "praises Turkey as a long-standing contributor to the mission", "1", "2025-10")
ev(a, "2025-10-20", "uploaded to the jam page on Monday 20 October 2025")
ev(a, O8, "Containers come down a ramp at the airport, three months before anyone expected them.")
ev(a, "2024-12", "The contract was signed last December with Baykar")
ev(a, "2026-01", "The drones had been promised for January 2026.")
ev(a, O9, "He has called the press in.")
ev(a, "2025-10-12", "On Sunday 12 October, Kosovo votes for its mayors.")
ns(a, "The contract was signed last December with Baykar, the parent company of the Skydagger manufacturer.",
   "attributed fact without stance (the contract's terms)")
ns(a, "we are continuing to build and modernise our military force", "self-description (Kurti on his own forces), no other target")
ns(a, "Yesterday, I reacted strongly, some would say sharply, maybe too sharply.", "self-description (Vučić on his own reaction)")
ns(a, "Ankara said nothing in public in October, so Erdoğan has no line yet", "absence (a developers' comment)")

a = "gc-posters-skydagger"  # published Monday 2026-02-16; lost-pet posters (parody): "the owner", dates at the foot that are posting days
st(a, "erdogan", "serbia", "Recep Tayyip Erdoğan spoke of a \"golden age\" in the two countries' ties", "1", "2024-10-11")
st(a, "vucic", "turkey", "Aleksandar Vučić called Turkey an \"important power\"", "1", "2024-10-11")
st(a, "erdogan", "serbia", "We will evaluate these as two friendly countries.", "1", "2024-10-11")
st(a, "vucic", "turkey", APPALLED, "-1", O8)
st(a, "vucic", "turkey", "dreams of restoring the Ottoman Empire again. Serbia is a small country", "-1", O8)
st(a, "djuric", "turkey", OIL, "-1", O8)
st(a, "vucic", "erdogan", GOOD_HOST, "1", O9 + "|")
st(a, "vucic", "erdogan", GREAT_LEADER, "1", O9 + "|")
st(a, "vucic", "turkey", GREAT_LEADER, "1", O9 + "|")
st(a, "vucic", "turkey", "The owner also said that Serbia is \"too small to threaten\" Turkey", "1", O9 + "|")
st(a, "osmani", "vucic", OSMANI_Q, "-1", O8)
st(a, "osmani", "turkey", OSMANI_Q, "1", O8)
st(a, "vucic", "united_states", AMERICANS, "-1", DEC)
st(a, "vucic", "turkey", AMERICANS, "-1", DEC)
st(a, "vucic", "erdogan", "as a great leader, not only of Türkiye, but also of the region", "1", F12)
st(a, "vucic", "erdogan", WORLD_LEADER, "1", F12X)
st(a, "vucic", "turkey", WORLD_LEADER, "1", F12X)
st(a, "erdogan", "serbia", "God willing, we will also pay a visit to Belgrade and Novi Pazar", "1", F12 + "|")
ev(a, "2026-02-16", "We transcribed them on Monday 16 February 2026, bottom layer first.")
ev(a, "2025-10-10", "yellow, bottom layer, dated 10.10.2025")
ev(a, "2024-10-11", "Last seen at the Palace of Serbia on Friday 11 October 2024")
ev(a, O8, "Went missing on Wednesday 8 October 2025, about 17:14.")
ev(a, "2026-02-13", "green, top layer, dated 13.02.2026")
ev(a, F12, "Returned in Ankara on Thursday 12 February 2026.")
ns(a, "HAVE YOU HEARD THIS FRIENDSHIP?", "a poster's question heading, nobody's statement")
ns(a, "For anyone who heard Ankara say anything about the drones in October 2025. Nothing has been heard.", "absence")
ns(a, "they did not answer me either", "absence (the embassy's unanswered inquiry)")

a = "gc-gherkin-skydagger"  # published Friday 2025-10-17; a Gherkin feature file: Given/When/Then, docstrings, an Examples table
st(a, "vucic", "turkey", APPALLED, "-1", O8)
st(a, "vucic", "turkey", OTTOMAN, "-1", O8)
st(a, "djuric", "turkey", FURTHER, "-1", O8)
st(a, "djuric", "turkey", "I strongly condemn this unilateral and unlawful move", "-1", O8)
st(a, "osmani", "vucic", OSMANI_Q, "-1", O8)
st(a, "osmani", "turkey", OSMANI_Q, "1", O8)
st(a, "vucic", "erdogan", GOOD_HOST, "1", O9)
st(a, "vucic", "erdogan", GREAT_LEADER, "1", O9)
st(a, "vucic", "turkey", GREAT_LEADER, "1", O9)
st(a, "vucic", "turkey", "he says that Serbia is \"too small to threaten\" Turkey", "1", O9)
st(a, "nato", "kosovo", KFOR, "0", "2025-10|")
st(a, "nato", "turkey", "the official praised Turkey as a long-standing contributor to the mission", "1", "2025-10|")
ev(a, "2025-10-17", "as committed on Friday 17 October 2025")
ev(a, O8, "Given a post by Aleksandar Vučić on X at 17:14 on Wednesday 8 October 2025")
ev(a, O9, "Given a press conference by Aleksandar Vučić at 13:00 on Thursday 9 October 2025")
ev(a, "2025-10-12", "Given Kosovo holds local elections on Sunday 12 October 2025")
ns(a, "Vučić: Turkey dreams of empire", "a headline in the form speaker: phrase that puts words in his mouth")
ns(a, "no statement about the drones from the Turkish government by Friday 10 October 2025", "absence")
ns(a, "Given Recep Tayyip Erdoğan posts about Serbia", "hypothetical (a test with no real fixture)")

a = "gc-lqa-skydagger"  # published Monday 2026-02-16; a translation quality review: Serbian sources, delivered and reference English
st(a, "vucic", "turkey", "Užasnut sam ponašanjem Turske i brutalnim kršenjem Povelje UN", "-1", O8)
st(a, "vucic", "turkey", "I am horrified by Turkey's behavior and the brutal violation", "-1", O8)
st(a, "vucic", "turkey", "I am appalled by Turkey's behavior and brutal violation", "-1", O8)
st(a, "vucic", "turkey", "Sada je potpuno jasno da Turska ne želi stabilnost Zapadnog Balkana", "-1", O8)
st(a, "vucic", "turkey", "Turkey clearly dreams of restoring the Ottoman Empire again.", "-1", O8)
st(a, "vucic", "turkey", "It is now completely clear that Turkey does not want the stability", "-1", O8)
st(a, "vucic", "erdogan", "Uvek ću da budem dobar domaćin Erdoganu", "1", O9)
st(a, "vucic", "erdogan", "I will always be a good host to the Turkish President Erdogan", "1", O9)
st(a, "vucic", "erdogan", GOOD_HOST, "1", O9)
st(a, "vucic", "erdogan", "he is the greatest Turkish leader since Atatürk", "1", O9)
st(a, "vucic", "turkey", "Ponašanje Turske je od najvećeg značaja za stabilnost ovog regiona.", "0", O9)
st(a, "vucic", "turkey", "Turkey's behaviour is of the greatest importance for the stability of this region.", "0", O9)
st(a, "vucic", "erdogan", "Erdogan je veliki svetski lider, Turska je jedan od naših najvažnijih partnera.", "1", F12X)
st(a, "vucic", "turkey", "Erdogan je veliki svetski lider, Turska je jedan od naših najvažnijih partnera.", "1", F12X)
st(a, "vucic", "erdogan", WORLD_LEADER, "1", F12X)
st(a, "vucic", "turkey", WORLD_LEADER, "1", F12X)
st(a, "vucic", "united_states", AMERICANS, "-1", DEC)
st(a, "vucic", "turkey", AMERICANS, "-1", DEC)
ev(a, O8, "since the Turkish drones reached Kosovo on Wednesday 8 October 2025")
ev(a, "2026-02-18", "rework due Wednesday 18 February 2026")
ev(a, F12, "after his visit to Ankara that day")
ev(a, "2025-12", "meeting with ambassadors · late December 2025")
ns(a, "Vučić: Erdoğan the greatest since Atatürk", "the client's headline in the form speaker: phrase")
ns(a, "The client also asked for a Turkish government statement on the drones from October; there is none to review.", "absence")
ns(a, "Had the source been supplied, we would have checked it.", "hypothetical (the reviewer's)")

# --- Serbia and Albania, October 2014 - July 2015 --------------------------------------------------
a = "gc-scrapbook-tirana"  # published Tuesday 2025-10-14; a press-cuttings scrapbook: pencilled sources and dates, marginalia
M1 = "2014-10-15|2014-10-14"   # a cutting of 15 October on the match of the 14th; no day for the words
st(a, "vucic", "albania", "It was clear they came with the plain and obvious intention to provoke their hosts", "-1", M1)
st(a, "vucic", "albania", "he told Večernje Novosti that \"Albanian extremists\" were out to make Serbia look intolerant", "-1", M1)
st(a, "dacic", "albania", "Underlined twice: \"This was a political provocation.\"", "-1", M1)
st(a, "dacic", "eu|uefa", "The main question for me is how will the European Union and UEFA react", "-1", M1)
st(a, "bushati", "serbia", "The ambassador was told that we would not tolerate for any Albanian citizen to be threatened in Belgrade",
   "-1", "2014-10-15")
st(a, "rama", "serbia", "it was the duty of the Serb authorities to guarantee security in the stadium", "-1", "2014-10-16")
st(a, "rama", "serbia", "the Serb government chose, through its rhetoric, to follow Serb fans", "-1", "2014-10-16|")
st(a, "vucic|rama", "albania|serbia", "we must not and we will not miss the opportunity to meet", "1", "2014-10-19")
st(a, "vucic|rama", "albania|serbia", "It is time we turned a new page in the political and economic relations", "1", "2014-10-19|")
st(a, "rama", "serbia", "About Kosovo we have different views, but the reality is one and unquestionable", "-1", "2014-11-10")
st(a, "rama", "kosovo", "Kosovo's independence has made the Balkans safer.", "1", "2014-11-10|")
st(a, "vucic", "rama|albania", "Vučić answered that Kosovo \"has nothing to do with Albania\"", "-1", "2014-11-10")
st(a, "vucic", "rama|albania", "not allow anyone to humiliate Serbia in Belgrade", "-1", "2014-11-10")
st(a, "vucic", "rama|albania", "I regret this incident, that Kosovo was mentioned,", "-1", "2014-11-10|")
st(a, "rama", "cas", "That is European justice! 3 points for the Red-and-Black National Team", "1", "2015-07-10")
CAS = "2015-07-10|2015-07-11|"   # Vučić's answer: the day only in the AP cutting beside it
st(a, "vucic", "cas", "Those who caused the incident have been awarded, while the victim has been punished", "-1", CAS)
st(a, "vucic", "albania", "Those who caused the incident have been awarded, while the victim has been punished", "-1", CAS)
st(a, "vucic", "cas", "Lausanne Court decision is an embarrassment for justice, judiciary", "-1", CAS)
st(a, "rama", "cas", "3 points for the Red-and-Black National Team in Belgrade!!!", "1", "2015-07-10|")
ev(a, "2014-10-14", "Eleven years to the day after the abandoned Serbia–Albania qualifier")
ev(a, "2014-10-14", "over the flag a drone flew over the pitch the night before")
ev(a, "2014-10-19", "The two prime ministers spoke by telephone on Sunday")
ev(a, "1946", "the first Albanian prime minister to visit since 1946")
ev(a, "2015-07-10", "The sports court in Lausanne awards the match to Albania on Friday.")
ns(a, "I was neither arrested nor detained.", "self-description (Olsi Rama on himself), no other target")
ns(a, "Not one word about the drone.", "absence (the keeper's margin)")
ns(a, "If they had beaten us on the pitch, I would have kept no album.", "hypothetical (the keeper's)")

# --- Zimbabwe and the United States, May - July 2020 -----------------------------------------------
a = "gc-html-harare"  # published Wednesday 2020-07-29; the HTML source of a live page: <time> elements, embed markup, comments
J27 = "2020-07-27"
st(a, "zanu_pf|chinamasa", "nichols", "The ruling party threatens to expel the US ambassador", "-1", J27 + "|")
st(a, "chinamasa", "nichols", "mobilising and funding disturbances, coordinating violence and training insurgency", "-1", J27)
st(a, "chinamasa", "nichols", "Diplomats should not behave like thugs and Brian Nichols is a thug.", "-1", J27)
st(a, "chinamasa", "nichols", "We remind him that he is not a super diplomat in this country.", "-1", J27)
st(a, "chinamasa", "nichols", "Diplomats should not behave like thugs, and Brian Nichols is a thug.", "-1", J27)
st(a, "chinamasa", "nichols", "who had also called Nichols an \"Uncle Tom\"", "-1", J27)
st(a, "chinamasa", "united_states", "Zimbabwe is not one of the states or provinces that make the United States of America.", "-1", J27)
st(a, "nagy", "zanu_pf", "are deeply offensive. We have summoned the Ambassador of Zimbabwe to explain.", "-1", "2020-07-28")
st(a, "senate_foreign_relations", "zanu_pf",
   "governing party pursuing a policy of name-calling, deflection, and misinformation", "-1", "2020-07-28|")
st(a, "senate_foreign_relations", "nichols", "Keep up the good work, Amb Nichols.", "1", "2020-07-28|")
st(a, "obrien", "zimbabwe", "I want to tell our foreign adversaries, whether it’s a Zimbabwe or a China", "-1", "2020-05-31")
st(a, "obrien", "china", "I want to tell our foreign adversaries, whether it’s a Zimbabwe or a China", "-1", "2020-05-31")
st(a, "mangwana", "united_states", "Zimbabwe does not consider itself America's adversary.", "1", "2020-05-31")
st(a, "sb_moyo", "obrien|united_states", "false and deeply damaging to a relationship already complicated", "-1", "2020-06-01|2020-05-31|")
st(a, "nichols", "zimbabwe", "Patrick Nabanyama, Itai Dzamara and Paul Chizuze will get justice", "-1", "2020-06-01")
ev(a, "2020-07-29", "Saved on the morning of Wednesday 29 July 2020")
ev(a, J27, "At the party's headquarters in Harare, the acting spokesman, Patrick Chinamasa, tells reporters")
ev(a, "2020-05-31", "the US national security adviser, Robert O'Brien, named Zimbabwe alongside China")
ev(a, "2020-06-01", "called Nichols in for a meeting on Monday 1 June")
ev(a, "2020-07-31", "Live coverage resumes on Friday 31 July, the day of the planned protests.")
ns(a, "Chinamasa: \"Nichols must go\"", "a heading in the form speaker: phrase that puts words in his mouth (he spoke of 'marching orders')")
ns(a, "The US embassy in Harare had not responded by the time of this entry.", "absence")
ns(a, "if the US embassy replies tonight, embed its post above e3", "hypothetical (an editor's comment)")

# --- Italy and Slovenia, with Croatia, February - June 2019 ----------------------------------------
a = "gc-progress-basovizza"  # published Monday 2019-07-15; an EU project's interim report: deviations, context, risk register
FEB = "2019-02|"               # "In the days that followed" / "In Croatia": no day in the text
JUN = "2019-06-05|2019-06-06|"  # Šarec at the Three Seas summit: the day only in the sentence before
st(a, "tajani", "", "Long live Trieste, long live Italian Istria, long live Italian Dalmatia.", "", "2019-02-10")
st(a, "pahor", "italy", "unacceptable statements by high-level representatives of the Italian Republic", "-1", "2019-02-11")
st(a, "sarec", "tajani|italy", "Marjan Šarec spoke of \"unprecedented historical revisionism\"", "-1", FEB)
st(a, "cerar", "tajani",
   "any distortion of historical facts about the events in the border area between Slovenia and Italy is unacceptable.",
   "-1", FEB)
st(a, "grabar_kitarovic", "tajani", "Such statements are not conducive to reconciliation, coexistence", "-1", FEB)
st(a, "plenkovic", "tajani", "I told him we were extremely displeased with such a statement", "-1", FEB)
st(a, "tomc", "tajani", "such reckless statements introduce unnecessary disquiet", "-1", "2019-02-12")
st(a, "tajani", "slovenia|croatia",
   "I sincerely regret and I apologise for using the words which may have offended your citizens", "1", "2019-02-13")
st(a, "pahor", "tajani", "I expect Tajani to fully distance himself from his words", "-1", "2019-02-13")
st(a, "plenkovic", "tajani",
   "clarified the context of his remarks, and I expect that such remarks will not be repeated in future", "0", "2019-02-14")
st(a, "mattarella", "tajani", "agreed that some inappropriate statements had been made at Basovizza", "-1", "2019-02-14|2019-02")
st(a, "slovenian_foreign_ministry", "giorgi", "Historical revisionism opposes the basic principles of the European system",
   "-1", "2019-06-05")
st(a, "sarec", "tajani", "he had never found Tajani's apology sincere and so had not accepted it", "-1", JUN)
st(a, "sarec", "giorgi", "Such things not only bother us but are an outright stab in the heart.", "-1", JUN)
ev(a, "2019-02-28", "was planned for 28 February 2019 at Basovizza")
ev(a, "2019-05-22", "It was moved to Koper and held on 22 May 2019")
ev(a, "2019-02-10", "On the Day of Remembrance, Sunday 10 February 2019, the President of the European Parliament")
ev(a, "2019-02-11", "In the plenary the next afternoon Tajani said")
ev(a, "2019-06-02", "On 2 June a Trieste councillor, Lorenzo Giorgi, posted a map claiming parts of Slovenia and Croatia.")
ev(a, "2019-02-13", "On Wednesday 13 February, after meeting Slovenian and Croatian MEPs, Tajani said")
ev(a, "2019-06-05", "On Wednesday 5 June the Slovenian Foreign Ministry said")
ns(a, "With my presence [at the ceremony], I wanted to remember thousands of victims", "self-description (Tajani on his intention), no other target")
ns(a, "The European Parliament's press service did not answer our request for comment.", "absence")
ns(a, "Should tension rise again before the autumn, WP2 will move online.", "hypothetical")

# --- Denmark and China, January 2020 ---------------------------------------------------------------
a = "gc-journey-copenhagen"  # published Friday 2020-02-07; a stakeholder journey map in text: stages, "When:" and "What was said:" lanes
EMB = "chinese_embassy_denmark"
JPB = "jyllands_posten|bojesen"
EMBC = "chinese_embassy_denmark|china"
D28 = "2020-01-28|2020-01-27"   # the embassy's statement: Tuesday in most reports, Monday in one
T28 = "2020-01-28"
st(a, EMB, JPB, "it has crossed the bottom line of civilized society and the ethical boundary of free speech", "-1", D28)
st(a, EMB, JPB, "is an insult to China and hurts the feelings of the Chinese people", "-1", D28)
st(a, EMB, JPB, "We express our strong indignation and demand that Jyllands-Posten and Niels Bo Bojesen regret their mistake",
   "-1", D28)
st(a, EMB, JPB, "reproach themselves for their mistake and publicly apologize", "-1", D28)
st(a, EMB, JPB, "repent their mistake and publicly apologise", "-1", D28)
st(a, "nybroe", EMBC, "We cannot apologise for something that we don't believe is wrong.", "-1", T28)
st(a, "nybroe", EMBC, "We have no intention of demeaning or mocking the situation in China", "-1", T28)
st(a, "nybroe", EMBC, "There is no mockery or scorn in the drawing", "-1", T28)
st(a, "nybroe|jyllands_posten", EMBC, "can’t apologise for something we don’t think is wrong", "-1", T28)
st(a, "kofod", EMBC, "I would like to stress that we have freedom of speech and freedom of assembly in Denmark", "-1", T28)
st(a, "frederiksen", EMBC, "We have a very, very strong tradition in Denmark not only for freedom of expression", "-1", T28)
st(a, "frederiksen", EMBC, "It is a well-known Danish position, and we will not change that.", "-1", T28 + "|")
st(a, "pape_poulsen", "jyllands_posten", "Søren Pape Poulsen tweeted: \"Full support for Jyllands-Posten.\"", "1", T28)
st(a, "author", EMB, "The embassy turned a drawing most Danes had not seen into the day's main story.", "-1", "")
st(a, "author", "frederiksen", "The Prime Minister's answer was short and said nothing about China, and that was its strength.", "1", "")
ev(a, "2020-01-27", "When: Monday 27 January 2020")
ev(a, "2005", "The paper's drawings of the Prophet Muhammad in 2005 were on every reporter's mind.")
ev(a, "2020-01", "When: Wednesday 29 – Friday 31 January")
ev(a, "1940", "recalled how quickly Denmark fell in 1940")
ev(a, "2020-02-01", "When: from Saturday 1 February")
ns(a, "It is not for me to discuss the cartoon or comment on this here.", "refusal (Kofod declines to comment)")
ns(a, "nothing new by either government", "absence")
ns(a, "Had the paper apologised on the Tuesday, there would have been no stage 4.", "hypothetical (the agency's)")

if __name__ == "__main__":
    GOLD.write(HERE)
