#!/usr/bin/env python3
"""Writes the three gold CSVs of the basins set (kept so that the coding can be re-read and re-run).

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
O10 = "2025-10-10"
MONTH = "2025-10|"          # the NATO official and Vrajolli to Radio Free Europe: the text gives no day
PACT = "croatia|albania|kosovo"

# --- Skydagger ----------------------------------------------------------------------------------
a = "bn-meditation-skydagger"  # published Saturday 2025-10-11; a guided meditation script, the week's words as "thoughts"
st(a, "vucic", "turkey", "I am appalled by Turkey's behavior and brutal violation of the UN Charter", "-1", O8)
st(a, "vucic", "turkey", "does not want the stability of the Western Balkans and dreams of restoring the Ottoman Empire again", "-1", O8)
st(a, "djuric", "turkey", "The decision of the Turkish authorities to deliver lethal weapons to Kurti's regime represents pouring oil on the fire", "-1", O8)
st(a, "djuric", "kosovo|kurti", "The decision of the Turkish authorities to deliver lethal weapons to Kurti's regime represents pouring oil on the fire", "-1", O8)
st(a, "osmani", "vucic", "shamelessly attacking Turkey — a NATO member state helping to preserve stability", "-1", O8)
st(a, "osmani", "turkey", "shamelessly attacking Turkey — a NATO member state helping to preserve stability", "1", O8)
st(a, "kurti", "ksf|kosovo", "was adding to \"the striking power of our army\"", "1", O8)
st(a, "petkovic", "kurti|kosovo", "handing lethal weapons to the pyromaniac Albin Kurti, if not against the peaceful Serbian people", "-1", O8)
st(a, "vucic", "turkey", "said Serbia was \"too small to threaten\" Turkey", "1", O9)
st(a, "vucic", "erdogan", "When it comes to President Erdogan, I will always be a good host", "1", O9)
st(a, "vucic", "turkey", "He called Turkey \"a great power\".", "1", O9)
st(a, "vucic", "erdogan", "I will always respect Erdogan, he is a great leader who raised Ankara from the ashes", "1", O9)
st(a, "vucic", "turkey", "Can you imagine if we had behaved like that with some territory that is problematic in Turkey", "-1", O9)
st(a, "mojsilovic", "ksf|kosovo|turkey", "protested once more that arming the Kosovo Security Force threatened the stability of the whole region", "-1", O10)
ev(a, O8, "Now bring to mind Wednesday evening.")
ev(a, O8, "Albin Kurti, Kosovo's prime minister, wrote on the day they landed")
ev(a, O9, "On Thursday, at a press conference in Belgrade")
ev(a, O10, "Yesterday the chief of Serbia's general staff, Milan Mojsilović, sat down with KFOR's new Turkish commander")
ev(a, "2025-10-12", "Tomorrow is Sunday, and Kosovo votes in local elections.")
ns(a, "serves them right", "the listener's imagined inner voice (a hypothetical), nobody's words")
ns(a, "Nobody in the Turkish government has said a word in public about either post", "absence")
ns(a, "Whatever is said tomorrow has not been said yet.", "a future that has not happened; nothing said")

a = "bn-classification-skydagger"  # published Friday 2025-11-14; a classification notice (parody), captions date the footage
st(a, "vucic", "turkey", "I am appalled by Turkey's behavior and brutal violation of the UN Charter", "-1", O8)
st(a, "vucic", "turkey", "Serbia is a small country, but we understood the message well", "-1", O8)
st(a, "vucic", "turkey", "the charge that Turkey \"dreams of restoring the Ottoman Empire again\"", "-1", O8)
st(a, "djuric", "turkey", "Serbia will have to take this move into consideration in its further actions", "-1", O8)
st(a, "djuric", "turkey", "pouring oil on the fire and a prime example of malign interference in regional affairs", "-1", O8)
st(a, "mojsilovic", "ksf|kosovo|turkey", "warned that such moves \"represent a very bad signal\"", "-1", O8)
st(a, "vucic", "erdogan", "We are talking about a great leader and a great and successful country", "1", O9)
st(a, "vucic", "turkey", "We are talking about a great leader and a great and successful country", "1", O9)
st(a, "osmani", "erdogan", "a man of his word who has shown genuine care for all the people of the region", "1", O8)
st(a, "osmani", "vucic", "believes he can intimidate a major NATO country like Turkey the same way he intimidates smaller neighbors", "-1", O8)
st(a, "kfor", "kosovo", "the KFOR commander has primary authority over the airspace above Kosovo", "0", "2023-07-17")
st(a, "nato", "kosovo|ksf", "must be coordinated with KFOR \"to prevent tensions and guarantee security\"", "0", MONTH)
st(a, "nato", "turkey", "praises Turkey as a long-standing contributor to the mission", "1", MONTH)
st(a, "vrajolli", "", "This is a kind of arms race that is taking place in the region", "", MONTH)
ev(a, O8, "the arrival of Turkish Skydagger drones in Kosovo on Wednesday 8 October 2025")
ev(a, O8, "a caption reads \"BELGRADE, WEDNESDAY 8 OCTOBER, 17:14\"")
ev(a, O9, "Under the caption \"THURSDAY 9 OCTOBER\" Vučić tells a press conference")
ev(a, "2023-07-16", "On Sunday 16 July Albin Kurti posted pictures of his first Turkish drones")
ev(a, "2023-07-17", "The next day KFOR answered that")
ns(a, "Kosovo is now safer and still proud!", "self-description with no other target")
ns(a, "The closing caption says that Turkey's government made no public reply", "absence")
ns(a, "TURKEY HAS DECLARED WAR", "a trailer line that nobody said")

a = "bn-climbing-skydagger"  # published Friday 2026-03-20; a climbing guide (parody), "FA" lines give speaker and day
st(a, "kfor", "kosovo", "the KFOR commander has primary authority over the airspace above Kosovo", "0", "2023-07-17")
st(a, "vucic", "turkey", "I am appalled by Turkey's behavior and brutal violation of the UN Charter", "-1", O8)
st(a, "vucic", "turkey", "It is now completely clear that Turkey does not want the stability of the Western Balkans", "-1", O8)
st(a, "djuric", "turkey", "I strongly condemn this unilateral and unlawful move, which constitutes a step backward", "-1", O8)
st(a, "djuric", "kosovo|turkey", "his view that what so-called Kosovo needed were not kamikaze drones", "-1", O8)
st(a, "osmani", "erdogan", "I am proud to have worked closely with President Erdogan", "1", O8)
st(a, "osmani", "vucic", "believes he can intimidate a major NATO country like Turkey the same way he intimidates smaller neighbors", "-1", O8)
st(a, "vucic", "turkey", "Serbia \"too small to threaten\" Turkey, \"a great power\"", "1", O9)
st(a, "vucic", "erdogan", "I will talk to Erdogan, he is always welcome in Serbia.", "1", O9)
st(a, "vucic", "erdogan", "he is a great leader who raised Ankara from the ashes", "1", O9)
st(a, "vucic", PACT, "They have opened an arms race in the region. This is a difficult situation for us", "-1", "2025-03-19")
st(a, "kosovo_foreign_ministry|kosovo", "serbia", "No state in the region and beyond has contributed more to the destabilization of the Western Balkans than Serbia", "-1", "2025-03|2025-03-19|2025-03-20")
st(a, "vucic", "erdogan", "President Recep Tayyip Erdoğan is a great world leader.", "1", "2026-02-12")
st(a, "vucic", "turkey", "Türkiye, for its part, is one of our most important partners.", "1", "2026-02-12")
st(a, "vucic", "erdogan", "We do not always have to think the same about everything, but we have never entered into personal conflicts", "1", "2026-02-12")
st(a, "vucic", PACT, "every military alliance is a threat and is directed against someone", "-1", "2026-02-12")
ev(a, "2023-07-16", "the day after the first Turkish drones were unpacked in Pristina")
ev(a, O8, "FA: Aleksandar Vučić, Wednesday 8 October 2025, on X, shortly after five in the afternoon.")
ev(a, O9, "FA: Vučić, Thursday 9 October 2025, at his press conference.")
ev(a, "2025-03-18", "the day after Croatia, Albania and Kosovo signed their defence declaration in Tirana")
ev(a, "2026-02-12", "FA: Vučić, Thursday 12 February 2026, on X, after a day in Ankara")
ns(a, "Ankara has never answered in public the route that made this wall famous.", "absence")
ns(a, "Turkey Is Our Enemy", "a route name that nobody said (withdrawn)")
ns(a, "whose owner has never answered the club's letters", "absence (fictional)")

a = "bn-leavingcard-skydagger"  # published Friday 2025-10-31; a leaving card, messages dated by their writers
st(a, "vucic", "turkey", "It is now completely clear that Turkey does not want stability in the Western Balkans and dreams again", "-1", O8)
st(a, "vucic", "turkey", "Serbia is a small country, but it understands very well the goals of this policy.", "-1", O8)
st(a, "osmani", "vucic", "Osmani's line that he was \"shamelessly attacking Turkey\"", "-1", O8)
st(a, "osmani", "erdogan", "a man who \"made an outstanding contribution to stability and security\"", "1", O8)
st(a, "vucic", "erdogan", "When it comes to President Erdogan, I will always be a good host.", "1", O9)
st(a, "djuric", "turkey", "Serbia will have to take this move into consideration in its further actions", "-1", O8)
st(a, "djuric", "turkey", "Trust is difficult to build, and unfortunately, much easier to undermine.", "-1", O8)
st(a, "mojsilovic", "kfor", "Mojsilović asking KFOR to carry out its mandate \"strictly, fully and impartially\"", "0", O10)
st(a, "nato", "kosovo|ksf", "would only say that KFOR \"regularly monitors Kosovo's airspace\"", "0", MONTH)
st(a, "vrajolli", "", "calling it \"a kind of arms race that is taking place in the region\"", "", MONTH)
st(a, "petkovic", "turkey", "saying the drones came early to give Kurti \"the necessary support before the elections of 12 October", "-1", O8)
st(a, "petkovic", "kurti", "so that he would be in a position to continue terrorising the Serbian people", "-1", O8)
ev(a, "2025-10-31", "Our Belgrade correspondent, Ana Ilić, leaves today for the Ankara bureau.")
ev(a, O8, "Wednesday 8 October, 17:14, you shouted")
ev(a, O9, "Thursday 9 October, row three, the press conference.")
ev(a, O10, "Remember Friday the 10th, when the general's meeting ran late?")
ev(a, "2025-10-12", "the necessary support before the elections of 12 October")
ns(a, "he's posted!", "a fictional colleague's exclamation reporting a fact")
ns(a, "really called Turkey \"our enemy\"", "words the president never said (denied in the card)")
ns(a, "and some might say too harsh", "self-description with no other target")
ns(a, "Three weeks and not one word from Ankara about any of it.", "absence")

# --- Colombia and El Salvador -------------------------------------------------------------------
a = "bn-scouting-sansalvador"  # published Monday 2023-03-13; a scouting report (parody), "Games seen" lines date the words
M1 = "2023-03-01"
M9 = "2023-03-09"
st(a, "petro", "el_salvador|bukele", "You can see on the networks the concentration camp in El Salvador", "-1", M1)
st(a, "petro", "bukele|el_salvador", "I think there are people who like that: seeing the youth in prisons", "-1", M1)
st(a, "petro", "el_salvador|bukele", "of the concentration camp in El Salvador, full of thousands and thousands of young people imprisoned, it makes one shudder", "-1", M1)
st(a, "petro", "bukele|el_salvador", "Better than making government pacts under the table is that justice can make them on the table", "-1", M9)
st(a, "petro", "bukele", "Here the president does not remove judges or magistrates; he fights for a more autonomous and stronger justice.", "-1", M9)
st(a, "author", "petro", "Chases pitches well out of the zone and picks fights with bigger crowds than his own.", "-1", "")
st(a, "bukele", "petro", "the results outweigh the rhetoric. I hope that Colombia actually manages to lower the homicide rates", "-1", M1)
st(a, "bukele", "petro", "Isn't your son the one who makes pacts under the table and also for money?", "-1", M9)
st(a, "bukele", "petro", "Presumption of innocence? I imagine that he has never accused any opponent of his.", "-1", M9)
st(a, "bukele", "petro", "it was you who attacked me (again), and our internal affairs", "-1", M9)
st(a, "author", "bukele", "Makeup questions: cannot let a slight go unanswered.", "-1", "")
ev(a, "2023-02-24", "On Friday 24 February El Salvador moved the first 2,000 inmates into its new mega-prison")
ev(a, M1, "Opened the series on Wednesday 1 March at a ceremony at the District University in Bogotá")
ev(a, M9, "On Thursday 9 March he came back without naming anyone")
ev(a, M1, "Answered the same Wednesday, within hours")
ns(a, "who denies any wrongdoing", "a denial with no other target (and a second Petro, not the president)")
ns(a, "Neither foreign ministry has said a word", "absence")
ns(a, "Bukele to Petro: \"What's your obsession with El Salvador?\"", "a headline that puts words in a mouth, by an outlet whose name contains the alias Bogotá")

# --- Italy and Russia ---------------------------------------------------------------------------
a = "bn-audit-rome"  # published Thursday 2025-11-20; an internal audit report (parody) on a statements database
F14 = "2025-02-14"
st(a, "mattarella", "russia", "This was the project of the Third Reich in Europe. The current Russian aggression against Ukraine is of this nature", "-1", "2025-02-05")
st(a, "zakharova", "mattarella", "Maria Zakharova, called his words \"blasphemous inventions\"", "-1", F14)
st(a, "zakharova", "mattarella", "spoke of \"outrageous blatantly false historical parallels\"", "-1", F14)
st(a, "meloni", "zakharova|russia", "offend the entire Italian nation, which the Head of State represents", "-1", F14 + "|")
st(a, "meloni", "mattarella", "I express my full solidarity, as well as that of the entire Government, to President Mattarella", "1", F14 + "|")
st(a, "tajani", "mattarella", "voiced solidarity with the president over Moscow's \"offensive words\"", "1", F14 + "|")
st(a, "tajani", "russia|zakharova", "voiced solidarity with the president over Moscow's \"offensive words\"", "-1", F14 + "|")
st(a, "la_russa", "zakharova", "called the spokeswoman's statements \"inappropriate and out of place\"", "-1", F14 + "|")
st(a, "zakharova", "mattarella", "Mattarella's comments \"cannot and will never be left without consequences\"", "-1", "2025-02-16")
st(a, "zakharova", "mattarella", "who had spoken of Russian nuclear threats, was spreading \"lies\" and \"disinformation\"", "-1", "2025-03-13")
st(a, "tajani", "zakharova|russia", "Strong condemnation of the umpteenth verbal attack against the President of the Republic", "-1", "2025-03-13")
st(a, "tajani", "mattarella", "A man of peace and a symbol of national and European unity", "1", "2025-03-13")
st(a, "zakharova", "italy", "They have nothing to defend themselves with. So they decided to attack.", "-1", "2025-03-14")
st(a, "italian_foreign_ministry|tajani", "russia", "to be a provocation against the country and the Italian people", "-1", "2025-07")
st(a, "zakharova", "italy", "Italy will completely collapse, from its economy to its towers.", "-1", "2025-11|2025-11-03")
st(a, "italian_foreign_ministry", "russia", "All of Russia's aggressive statements only reinforce the Italian people's belief", "-1", "2025-11-04")
ev(a, "2025-02-05", "He spoke on Wednesday 5 February.")
ev(a, F14, "on Friday 14 February the Russian foreign ministry's spokeswoman, Maria Zakharova, called his words")
ev(a, "2025-11-12", "All dates were corrected on 12 November.")
ev(a, "2025-03-13", "and the summons of the Russian ambassador that followed")
ev(a, "2025-07", "the summons of July, when the ministry said that")
ev(a, "2025-11-03", "the summons of Monday 3 November, after Zakharova tied a collapsed tower in Rome to Italian aid for Kyiv")
ns(a, "said only that the president was \"absolutely serene\"", "self-description by the president's office, no target")
ns(a, "We will assign an owner when resources allow.", "a fictional manager's words, no target")
ns(a, "carrying Tajani's March post as a statement by the Kyiv Post", "an outlet whose name contains the alias Kyiv, not a speaker")
ns(a, "the list being Moscow's catalogue of \"Russophobes\"", "a label quoted from a list, no statement in the text")

# --- Ghana and Burkina Faso ---------------------------------------------------------------------
a = "bn-badge-accra"  # published Friday 2023-01-20; merit badge requirements (parody)
D14 = "2022-12-14"
D16 = "2022-12-16"
st(a, "akufo_addo", "burkina_faso", "Burkina Faso has now entered into an arrangement to go along with Mali in employing the Wagner forces there", "-1", D14)
st(a, "akufo_addo", "burkina_faso", "I believe a mine in southern Burkina has been allocated to them as a form of payment", "-1", D14)
st(a, "akufo_addo", "wagner", "To have them operating on our northern border is particularly distressing for us in Ghana.", "-1", D14)
st(a, "ouedraogo|burkina_faso", "akufo_addo", "We have no reaction. I leave him the responsibility for what he said.", "-1", "2022-12-15")
st(a, "karamoko_traore|burkinabe_foreign_ministry", "akufo_addo", "expressed the disapproval of the Burkinabè government towards these declarations of the Head of State of Ghana", "-1", D16)
st(a, "burkina_faso", "akufo_addo", "A government source called them \"serious and inaccurate\".", "-1", D16)
st(a, "adagbila", "burkina_faso", "were not intended to condemn Burkina Faso, nor to sow doubt in people's minds", "1", D16)
st(a, "adagbila", "akufo_addo", "The Ghanaian president's words were hypothetical.", "0", D16)
st(a, "karamoko_traore", "ghana", "Ghana could have undertaken exchanges with the Burkinabe authorities on the security issue", "-1", D16)
st(a, "karamoko_traore", "ghana|united_states", "It would have been more interesting to initiate a dialogue between participating and non-participating African countries", "-1", D16)
st(a, "legendre|french_foreign_ministry", "wagner", "Wagner has distinguished itself in Africa by a policy of predation", "-1", "2022-12-15")
st(a, "blinken", "wagner", "Wherever we've seen Wagner deploy, countries find themselves weaker, poorer", "-1", "2022-12|2022-12-13|2022-12-14|2022-12-15")
st(a, "kan_dapaah", "burkina_faso", "The two countries reviewed the strong cooperation between them", "1", "2022-12-21")
st(a, "burkinabe_foreign_ministry", "ghana", "the visit was meant \"to strengthen the ties of cooperation and clear the grey areas\"", "1", "2022-12-21|2022-12")
st(a, "boussim", "akufo_addo", "took the occasion to deny that any mine had been granted to Wagner", "-1", "2022-12-21|2022-12")
ev(a, D14, "On Wednesday 14 December 2022, at a meeting in Washington with the US Secretary of State")
ev(a, "2022-12-15", "The next day Burkina's government spokesman, Jean-Emmanuel Ouédraogo, told a news agency")
ev(a, D16, "On Friday 16 December the foreign ministry summoned Ghana's ambassador.")
ev(a, D16, "Burkina recalled its own ambassador from Accra the same day.")
ev(a, "2022-12-21", "On Wednesday 21 December Ghana's national security minister, Albert Kan-Dapaah, led a delegation to Ouagadougou.")
ev(a, "2022-12-17", "Modern Ghana ran the ambassador's explanation the next day")
ns(a, "he made no public statement about the remark", "absence (the other Traoré)")
ns(a, "do not ask scouts to guess what Captain Traoré would have said", "hypothetical")
ns(a, "under a headline saying the ambassador \"settles doubt\"", "an outlet whose name contains the alias Ghana; a headline's word")

# --- Ukraine and the Holy See -------------------------------------------------------------------
a = "bn-flags-kyiv"  # published Friday 2024-03-15; flag register entries (parody), "Invoked" lines date the words
S9 = "2024-03-09"
S10 = "2024-03-10"
WEEKEND = "2024-03|2024-03-09|2024-03-10"
st(a, "pope_francis", "ukraine", "has the courage of the white flag, and negotiates", "0", "2024-02|2024-03-09")
st(a, "pope_francis", "", "Later in the same answer: \"The word 'negotiate' is courageous\".", "", "2024-02|2024-03-09")
st(a, "bruni", "pope_francis", "to indicate with it the cessation of hostilities, the truce reached with the courage of negotiation", "0", S9)
st(a, "kuleba", "pope_francis", "Our flag is a yellow and blue one. This is the flag by which we live, die, and prevail.", "-1", S10)
st(a, "kuleba", "holy_see", "we know [the] Vatican's strategy from the first half of the twentieth century", "-1", S10)
st(a, "kuleba", "pope_francis", "It ended by thanking the Pope for his \"constant prayers for peace\".", "1", S10)
st(a, "zelensky", "pope_francis|holy_see", "not two and a half thousand kilometers away somewhere, virtually mediating", "-1", S10)
st(a, "shevchuk", "ukraine", "Ukraine is wounded but unconquered! Ukraine is exhausted, but it is standing and will stand!", "1", S9)
st(a, "kuleba", "pope_francis", "I will say frankly that the Ukrainian heart is torn by the pope's words.", "-1", "2022-08|2022-08-25")
st(a, "ukrainian_foreign_ministry", "pope_francis", "told him that Ukraine was \"disappointed\" by the Pope's remarks", "-1", "2024-03-11")
st(a, "ukrainian_foreign_ministry", "pope_francis", "normalise the 'might makes right' mentality and encourage them [the aggressors]", "-1", "2024-03-11")
st(a, "ukrainian_foreign_ministry", "pope_francis", "It expects the Pope \"to address the aggressor, not the victim\".", "-1", "2024-03-11")
st(a, "kulbokas", "pope_francis", "To stop the war, the Pope first raises the white flag – in the sense that he invites everyone to dialogue", "1", "2024-03|")
st(a, "strack_zimmermann", "pope_francis", "the Pope should loudly and unmistakably call on the brutal Russian perpetrators to take down their pirate flag", "-1", WEEKEND)
st(a, "strack_zimmermann", "russia", "the Pope should loudly and unmistakably call on the brutal Russian perpetrators to take down their pirate flag", "-1", WEEKEND)
st(a, "sikorski", "putin", "How about, for balance, encouraging Putin to have the courage to withdraw his army from Ukraine?", "-1", WEEKEND)
st(a, "sikorski", "pope_francis", "How about, for balance, encouraging Putin to have the courage to withdraw his army from Ukraine?", "-1", WEEKEND)
ev(a, "2024-02", "in an interview with the Swiss broadcaster RSI recorded early in February")
ev(a, S9, "partly released on Saturday 9 March")
ev(a, S10, "by the foreign minister, Dmytro Kuleba, on X on Sunday 10 March")
ev(a, S9, "And the day before, in New York, by the head of the Ukrainian Greek Catholic Church")
ev(a, "2022-08", "in August 2022, after Francis called Darya Dugina an innocent victim of war")
ev(a, "2024-03-11", "On Monday 11 March the foreign ministry in Kyiv summoned the apostolic nuncio, Visvaldas Kulbokas")
ns(a, "The interviewer, not the Pope, first used the words \"white flag\".", "attributed fact without stance")
ns(a, "Vatican News carried Bruni's clarification the same evening.", "an outlet whose name contains the alias Vatican, not a speaker")

if __name__ == "__main__":
    GOLD.write(HERE)
