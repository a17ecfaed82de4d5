#!/usr/bin/env python3
"""Writes the three gold CSVs of the glaciers set (kept so that the coding can be re-read and re-run).

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
a = "gl-cards-skydagger"  # published Friday 2025-11-14; policy-debate evidence file, cites dated MM-DD-YYYY
# Halili 25 (10-8-2025): "on Wednesday morning" is 8 October
st(a, "kurti", "ksf|kosovo", "significantly strengthens Kosovo's defense capabilities and modernizes its military force", "1", "2025-10-08")
# Vučić 25: the post itself, dated by its cite (10-8-2025), not by Telegrafi's date (10-9-2025)
st(a, "vucic", "turkey", "I am appalled by Turkey's behavior and brutal violation of the UN Charter", "-1", "2025-10-08")
st(a, "vucic", "turkey", "Turkey does not want the stability of the Western Balkans and dreams of restoring the Ottoman Empire again", "-1", "2025-10-08")
st(a, "vucic", "turkey", "Serbia is a small country, but **we understood the message well**", "-1", "2025-10-08")
# Marković 25 (10-8-2025): "late that evening"
st(a, "djuric", "turkey", "pouring oil on the fire and a prime example of malign interference in regional affairs", "-1", "2025-10-08")
st(a, "djuric", "turkey", "I strongly condemn this unilateral and unlawful move", "-1", "2025-10-08")
st(a, "djuric", "turkey", "Serbia will have to take this move into consideration in its further actions.", "-1", "2025-10-08")
# Rexhepi 25 (10-10-2025): the official's and Vrajolli's words carry no day of their own
st(a, "nato", "kosovo", "any activity in Kosovo's airspace be conducted in proper coordination with", "0", "2025-10|")
st(a, "nato", "turkey", "He praised Turkey as a long-standing contributor to the mission", "1", "2025-10|")
st(a, "vrajolli", "", "This is a kind of arms race that is taking place in the region", "", "2025-10|")
# Kostić 25 (10-9-2025): "on Thursday"
st(a, "vucic", "turkey", "Serbia was too small to threaten a country he called a great power", "1", "2025-10-09")
st(a, "vucic", "erdogan", "When it comes to President Erdogan, I will always be a good host", "1", "2025-10-09")
st(a, "vucic", "erdogan", "a great leader and a great and successful country", "1", "2025-10-09")
st(a, "vucic", "turkey", "a great leader and a great and successful country", "1", "2025-10-09")
st(a, "vucic", "turkey", "Can you imagine if we behaved like that with some territory that is problematic in Turkey?", "-1", "2025-10-09")
# Berisha 25 (10-9-2025): "the president's post of the previous evening"
st(a, "osmani", "erdogan", "President Erdogan, a man of his word", "1", "2025-10-08")
st(a, "osmani", "vucic", "Vučić seems to believe he can threaten a big NATO country like Turkey", "-1", "2025-10-08")
st(a, "osmani", "vucic", "he is pushing forward military cooperation with Russia, China and Iran", "-1", "2025-10-08")
ev(a, "2025-10-08", "The containers were unloaded at Adem Jashari airport on Wednesday morning")
ev(a, "2026-01", "three months ahead of the January date")
ev(a, "2024-12", "in a contract signed last December")
ev(a, "2025-10-08", "Foreign Minister Marko Đurić posted on X late that evening")
ev(a, "2025-10-09", "At a press conference on Thursday the president said")
ns(a, "Serbia vows military retaliation against Ankara", "a tag that puts words in a mouth (Đurić's card says nothing of the kind)")
ns(a, "would not say under what circumstances Kosovo could use the drones", "absence (he did not say)")
ns(a, "Ankara had not replied to either post by the time of writing.", "absence")
ns(a, "if Ankara answers in kind, the 2024 talks on building drones together are dead", "hypothetical (the debater's analytic)")

a = "gl-forum-skydagger"  # published Friday 2025-10-10; forum thread, posts dated by their headers
st(a, "kurti", "ksf|kosovo", "significantly strengthens Kosovo's defense capabilities and modernizes its military force", "1", "2025-10-08")
st(a, "vucic", "turkey", "I am appalled by Turkey's behavior and brutal violation of the UN Charter", "-1", "2025-10-08")
st(a, "vucic", "turkey", "Turkey does not want the stability of the Western Balkans and dreams of restoring the Ottoman Empire again", "-1", "2025-10-08")
st(a, "djuric", "turkey", "I strongly condemn this unilateral and unlawful move", "-1", "2025-10-08")
st(a, "osmani", "vucic", "Vučić seems to believe he can threaten a big NATO country like Turkey", "-1", "2025-10-08")
st(a, "osmani", "erdogan", "She ends by thanking \"President Erdogan and the brotherly people of Turkey\"", "1", "2025-10-08")
st(a, "osmani", "turkey", "She ends by thanking \"President Erdogan and the brotherly people of Turkey\"", "1", "2025-10-08")
st(a, "vucic", "turkey", "he said Serbia is \"too small to threaten\" Turkey, which he called \"a great power\"", "1", "2025-10-09")
st(a, "vucic", "erdogan", "When it comes to President Erdogan, I will always be a good host.", "1", "2025-10-09")
st(a, "vucic", "turkey|erdogan", "My job is to build good relations, just as it is my job", "0", "2025-10-09")
# post #7 (Thursday) about Đurić's post: "Different men, same evening" = Wednesday 8 October
st(a, "djuric", "turkey", "calling it \"pouring oil on the fire and a prime example of malign interference", "-1", "2025-10-08")
st(a, "djuric", "turkey", "\"Serbia will have to take this move into consideration in its further actions\"", "-1", "2025-10-08")
# post #8 (Friday): "NATO has finally said something"; the interview's day is not given
st(a, "nato", "kosovo", "essential that any activity in Kosovo's airspace be conducted in proper coordination", "0", "2025-10-10|2025-10|")
st(a, "nato", "turkey", "He praised Turkey as a long-standing contributor to the mission.", "1", "2025-10-10|2025-10|")
st(a, "vrajolli", "", "This is a kind of arms race that is taking place in the region", "", "2025-10-10|2025-10|")
ev(a, "2025-10-08", "Kurti posted on Facebook from the airport a couple of hours ago")
ev(a, "2026-01", "three months ahead of the January date")
ev(a, "2025-10-08", "Đurić posted about an hour ago")
ev(a, "2025-10-09", "Press conference at lunchtime, and per Telegrafi's English write-up")
ns(a, "I can't find a word from the presidency or the foreign ministry since yesterday afternoon.", "absence")
ns(a, "Is anyone else reading the Ottoman line as a threat?", "question")
ns(a, "Wasn't it Đurić who wrote that Turkey dreams of the Ottoman Empire?", "question that misattributes Vučić's words (corrected in the next post)")

a = "gl-runningorder-skydagger"  # published Thursday 2025-10-09; radio running order, "yesterday" and "last night" = 8 October
st(a, "vucic", "turkey", "had accused Ankara of dreaming of a new Ottoman Empire", "-1", "2025-10-08")
st(a, "kurti", "ksf|kosovo", "said it significantly strengthened Kosovo's defence capabilities", "1", "2025-10-08|")
st(a, "vucic", "turkey", "I am appalled by Turkey's behavior and brutal violation", "-1", "2025-10-08")
st(a, "vucic", "turkey", "Serbia is a small country, but we understood the message well.", "-1", "2025-10-08")
st(a, "osmani", "erdogan", "I am proud to have worked closely with President Erdogan, a man of his word", "1", "2025-10-08")
st(a, "osmani", "vucic", "he is pushing forward military cooperation with Russia, China and Iran.", "-1", "2025-10-08")
st(a, "djuric", "turkey", "calling the delivery \"pouring oil on the fire\"", "-1", "2025-10-08|")
st(a, "djuric", "turkey", "will have to take this move into consideration in its further actions", "-1", "2025-10-08|")
# the revised cue's present tense ("says") reports the posts of the evening before
st(a, "vucic|serbia", "turkey", "Serbia says Turkey's delivery of combat drones to Kosovo breaks UN Security Council Resolution 1244", "-1", "2025-10-08|")
st(a, "osmani", "vucic", "says Mr Vučić believes he can threaten Turkey the way he threatens his neighbours", "-1", "2025-10-08|")
# the 13:00 update: "just after one o'clock", "today"
st(a, "vucic", "turkey", "said Serbia was too small to threaten Turkey", "1", "2025-10-09")
st(a, "vucic", "erdogan", "When it comes to President Erdogan, I will always be a good host.", "1", "2025-10-09")
st(a, "vucic", "erdogan", "a great leader and a great and successful country", "1", "2025-10-09")
st(a, "vucic", "turkey", "a great leader and a great and successful country", "1", "2025-10-09")
st(a, "vucic", "erdogan", "I will always respect Erdogan, he is a great leader who raised Ankara from the ashes", "1", "2025-10-09")
ev(a, "2025-10-08", "Turkish-made kamikaze drones landed in Pristina yesterday")
ev(a, "2025-10-08", "At 17:14 Aleksandar Vučić posted this on X")
ev(a, "2023-01", "in Davos in January 2023")
ev(a, "2025-10-09", "Vučić addresses the nation at 13:00 today.")
ev(a, "2025-10-09", "At a press conference in Belgrade just after one o'clock")
ns(a, "How unusual is this, from a president who called Erdoğan a \"true friend\" in Davos in January 2023?", "question (a suggested question for the correspondent)")
ns(a, "held an urgent telephone call with KFOR's commander, Major General Özkan Ulutaş, about Kosovo's arming", "attributed fact without stance (a phone call)")
ns(a, "none had come by the time we went on air", "absence")

a = "gl-edition-skydagger"  # published Monday 2026-03-02; critical edition, each text dated by its heading
st(a, "vucic", "turkey", "I am appalled by Turkey's behavior and brutal violation of the UN Charter", "-1", "2025-10-08")
st(a, "vucic", "turkey", "Turkey does not want the stability of the Western Balkans and dreams of restoring the Ottoman Empire again", "-1", "2025-10-08")
st(a, "vucic", "turkey", "Serbia is a small country, but we understood the message well.", "-1", "2025-10-08")
st(a, "vucic", "turkey", "Turkey clearly dreams of restoring the Ottoman Empire again", "-1", "2025-10-08|")
st(a, "djuric", "turkey", "represents pouring oil on the fire and a prime example of malign interference", "-1", "2025-10-08")
st(a, "djuric", "turkey", "I strongly condemn this unilateral and unlawful move", "-1", "2025-10-08")
st(a, "osmani", "erdogan", "I am proud to have worked closely with President Erdogan, a man of his word", "1", "2025-10-08")
st(a, "osmani", "vucic", "Vučić seems to believe he can threaten a big NATO country like Turkey in the same way", "-1", "2025-10-08")
st(a, "osmani", "vucic", "he is pushing forward military cooperation with Russia, China and Iran", "-1", "2025-10-08")
st(a, "osmani", "vucic", "But for his hegemonic mentality, stuck in the past and fixated on intimidating others", "-1", "2025-10-08")
st(a, "osmani", "vucic", "hegemonic mind, captured by the past", "-1", "2025-10-08|")
st(a, "osmani", "vucic", "shamelessly attacking Turkey — a NATO member state helping to preserve stability", "-1", "2025-10-08|")
st(a, "osmani", "turkey", "shamelessly attacking Turkey — a NATO member state helping to preserve stability", "1", "2025-10-08|")
st(a, "vucic", "erdogan", "I will always respect Erdogan, he is a great leader who raised Ankara from the ashes", "1", "2025-10-09")
st(a, "vucic", "turkey", "Can you imagine if we behaved like that with some territory that is problematic in Turkey?", "-1", "2025-10-09")
st(a, "vucic", "turkey", "I call on my Turkish colleagues to dialogue", "1", "2025-10-09")
st(a, "vucic", "turkey", "Serbia is \"too small to threaten\" Turkey, \"a great power\"", "1", "2025-10-09|")
ev(a, "2025-10-08", "Aleksandar Vučić, post on X, Wednesday 8 October")
ev(a, "2025-10-08", "Marko Đurić, post on X, Wednesday 8 October")
ev(a, "2025-10-08", "Vjosa Osmani, post on X, Wednesday 8 October")
ev(a, "2025-10-09", "address to the public, Thursday 9 October 2025")
ns(a, "until yesterday I was hugging Erdogan, and now he has served us this", "critics' words the speaker quotes inside his own quotation")
ns(a, "my only goal is to protect the Serbian people in Kosovo and Metohija", "self-description with no other target")
ns(a, "he may have reacted too harshly to the news", "self-description (reported), no other target")


# --- Spain and the United Kingdom: Gibraltar, 2013 ------------------------------------------------
a = "gl-reviews-gibraltar"  # published Monday 2013-08-12; traveller reviews, each dated by its "Reviewed" line
st(a, "rajoy", "gibraltar|united_kingdom", "it's clear that Spain has to defend its national interest and that's what we're going to do", "-1", "2013-08-09")
st(a, "rajoy", "gibraltar|united_kingdom", "We will take legal measures which are proportionate to defend the interests of Spaniards", "-1", "2013-08-09")
st(a, "cameron", "spain", "it is not acceptable, what has been happening with the people of Gibraltar", "-1", "2013-08-07")
st(a, "cameron", "gibraltar", "will always stand up for the people of Gibraltar", "1", "2013-08-07")
st(a, "rajoy|spanish_government", "gibraltar", "to the current situation caused by the authorities in Gibraltar", "-1", "2013-08-07")
st(a, "cameron|united_kingdom", "spain", "Downing Street said the Prime Minister was \"seriously concerned\" about the border", "-1", "2013-08-05")
st(a, "foreign_office", "spain", "we will not compromise on our sovereignty over Gibraltar, nor our commitment to its people", "-1", "2013-08-04")
st(a, "picardo", "garcia_margallo|spain", "What we have seen this weekend is sabre-rattling of the sort that we haven't seen", "-1", "2013-08-05")
st(a, "picardo", "garcia_margallo", "more reminiscent of the type of statement you'd hear from North Korea", "-1", "2013-08-05")
st(a, "garcia_margallo", "gibraltar", "told ABC yesterday that \"the party is over\"", "-1", "2013-08-04")
st(a, "garcia_margallo", "gibraltar", "floated a €50 fee on every car", "-1", "2013-08-04")
st(a, "gibraltar", "garcia_margallo|spain", "described Madrid's latest proposals as \"threatening and reactionary\"", "-1", "2013-08-04")
st(a, "gibraltar", "spain", "it has condemned what it calls \"excessive, deliberate and disproportionate delays\"", "-1", "2013-07-28|2013-07-27|2013-07|")
ev(a, "2013-08-10", "queued nearly five hours to get back into Spain on Saturday")
ev(a, "2013-07", "Gibraltar Broadcasting Corporation crews were interviewing people in the queue back in July")
ev(a, "2013-08-07", "Yesterday it was ninety minutes each way")
ev(a, "2013-08-07", "Cameron rang Rajoy in the morning")
ev(a, "2013-08-09", "Rajoy said yesterday in Mallorca")
ev(a, "2013-08-05", "On Monday Downing Street said the Prime Minister was")
ev(a, "2013-08-04", "the Spanish foreign minister told ABC yesterday")
ns(a, "Gibraltar Broadcasting Corporation crews were interviewing people in the queue", "an outlet whose name contains an actor's alias, as the subject of a sentence (no statement)")
ns(a, "told everyone Margallo had promised to close the border for good", "words put in a mouth by a bystander; the reviewer says he did not say it")
ns(a, "says the checks respect \"randomness, proportionality and non-discrimination\"", "self-description of the speaker's own measures, no other target")


# --- Japan and Russia: Kunashir, 2010-2011 -----------------------------------------------------------
a = "gl-styleguide-kurils"  # published Monday 2011-02-14; style guide entries; "Revised" dates are the desk's
st(a, "kan", "medvedev", "when he called Medvedev's visit to the islands the previous November an \"unforgivable outrage\"", "-1", "2011-02-07")
st(a, "kan", "russia", "Kan said Japan would \"tenaciously\" pursue the islands' return", "-1", "2011-02-07")
st(a, "kan", "medvedev", "the visit \"is an unforgiveable and reckless act\"", "-1", "2011-02-07")
st(a, "prikhodko", "kan", "if these were Kan's exact words, \"he had better prepare for a tough time ahead\"", "-1", "2011-02-07")
st(a, "lavrov", "kan", "Foreign Minister Sergei Lavrov called the prime minister \"not diplomatic\"", "-1", "2011-02-07")
st(a, "medvedev", "", "There are so many picturesque places in Russia. Kunashir.", "", "2010-11-01")
st(a, "kan", "medvedev", "the president's visit there is very regrettable", "-1", "2010-11-01")
st(a, "lavrov", "japan", "Japan's reaction is unacceptable. It is our land.", "-1", "2010-11-01")
st(a, "maehara|japanese_foreign_ministry", "medvedev", "contradicts with Japan's basic position and neglects the feelings of the Japanese people", "-1", "2010-11-01")
st(a, "bely", "japan", "I said that this visit is purely Russia's domestic issue", "-1", "2010-11-01")
st(a, "medvedev", "japan", "in order to ensure the security of the islands as an integral part of Russia", "-1", "2011-02-09")
st(a, "lukashevich|russian_foreign_ministry", "japan", "those very unfriendly remarks addressed to Russia by the Japanese leadership", "-1", "2011-02-09")
st(a, "lavrov", "japan", "We are not going to take steps, which will hamper Russian-Japanese cooperation. But Japan should draw conclusions.", "-1", "2010-11-01|")
ev(a, "2011-02-07", "at the national rally in Tokyo on Monday 7 February 2011")
ev(a, "2010-11-01", "On 1 November 2010 Medvedev became the first Russian or Soviet leader to set foot there")
ev(a, "2010-11-01", "He summoned Russia's ambassador, Mikhail Bely, on 1 November 2010")
ev(a, "2010-11-02", "The next day Maehara recalled Ambassador Masaharu Kono to Tokyo.")
ev(a, "2010-11-07", "On his return to Moscow on 7 November Kono said")
ev(a, "2011-02-09", "On Wednesday 9 February 2011 he ordered more weapons for the islands")
ev(a, "1855", "marks the 1855 border treaty")
ns(a, "*Wrong:* Kan calls Medvedev rude.", "a style-guide counter-example: words nobody said")
ns(a, "I am returning because the purpose of my temporary homecoming has been accomplished.", "self-description with no other target")
ns(a, "*Wrong:* Russia tells Japan to forget the islands.", "a style-guide counter-example (a headline that puts words in a mouth)")


# --- Egypt and Turkey: 2013-2014 --------------------------------------------------------------------
a = "gl-calendar-cairoankara"  # published Monday 2014-12-01; desk-calendar pages dated in 2015; "a year ago today" counts from the page
st(a, "erdogan", "sisi", "Is Sisi a party (to a ceasefire)? Sisi is a tyrant himself.", "-1", "2014-07-18")
st(a, "shoukry", "erdogan", "have no link with the events in Gaza and do not help in the protection", "-1", "2014-07-18")
st(a, "turkish_prime_ministry|erdogan|turkey", "egypt", "The incumbent administration which intervened in the democratic and civilian regime through a coup d'etat", "-1", "2013-08-14")
st(a, "erdogan", "egypt", "This is a very serious massacre... against the Egyptian people who were only protesting peacefully.", "-1", "2013-08-15")
st(a, "gul", "egypt", "Turkey's warnings \"should be seen as reflecting a friend's warnings\"", "1", "2013-08-16")
st(a, "erdogan", "israel", "Israel is behind the coup in Egypt, we have evidence.", "-1", "2013-08-20")
st(a, "erdogan", "un|sisi", "If we are going to defend people who come to power through coups", "-1", "2014-09-24")
st(a, "erdogan", "sisi", "I do not legitimize the military coup in Egypt by staying at the same table with its perpetrator.", "-1", "2014-09-24")
st(a, "egyptian_foreign_ministry|egypt", "erdogan", "The Turkish President speech included lies and fabrications", "-1", "2014-09-25")
st(a, "erdogan", "morsi", "I applaud Mr Morsi's stance against the judiciary. I respect him.", "1", "2013-11-21")
st(a, "erdogan", "sisi|egypt", "I will never respect those who come to power through military coups.", "-1", "2013-11-23")
st(a, "abdelatty|egyptian_foreign_ministry", "turkey", "He accused Ankara of \"attempting to influence public opinion against Egyptian interests\"", "-1", "2013-11-23")
st(a, "gul", "egypt", "I hope our relations will again get back on track.", "1", "2013-11-23")
ev(a, "2013-08-14", "as security forces cleared the Rabaa al-Adawiya and Nahda sit-ins")
ev(a, "2013-08-15", "Cairo and Ankara recalled their ambassadors for consultations the next day.")
ev(a, "2014-09-24", "Earlier he had left the Secretary-General's lunch rather than share a table")
ev(a, "2014-09-25", "Shoukry cancelled his meeting with the Turkish foreign minister the same morning.")
ev(a, "2013-11-23", "hours after Egypt expelled Turkey's ambassador, Hüseyin Avni Botsalı")
ev(a, "2013-08-15", "to reporters in Ankara, on the Thursday after the crackdown, 2013")
ev(a, "2013-11-21", "in Ankara before flying to Russia, two years ago today")
ev(a, "2014-09-24", "by then president, at the UN General Assembly, a year ago today")
ns(a, "First to expel the Turkish ambassador and downgrade our ties to the level of charge d'affaires", "announcement of measures")
ns(a, "a line shared widely as Sisi's answer to Erdoğan, \"Let him look after his own house\", which we could not find in any record", "words attributed to Sisi that no record holds")
ns(a, "Shoukry cancelled his meeting with the Turkish foreign minister the same morning.", "an act, not words")


# --- Colombia and Venezuela: 2015 --------------------------------------------------------------------
a = "gl-rollcall-venezuela"  # published Tuesday 2015-09-22; vote record; the vote on Monday 31 August; day headers in the bullets
st(a, "chaderton", "oas", "My government does not favour debating this matter in the OAS", "-1", "2015-08-31")
st(a, "chaderton", "colombia", "he said Venezuela offers refuge to all the Colombians fleeing violence and poverty in their own country", "-1", "2015-08-31")
st(a, "andres_gonzalez", "", "We have a majority, but not a sufficient one in the OAS", "", "2015-08-31")
st(a, "holguin", "oas", "\"It was the continent that was defeated.\"", "-1", "2015-08-31")
st(a, "holguin", "oas", "We need to rethink what the (spirit of the) OAS is", "-1", "2015-08-31")
st(a, "maduro", "colombian_paramilitaries|colombia", "press conference at Miraflores: \"Venezuela won't tolerate this anymore.\"", "-1", "2015-08-24")
st(a, "maduro", "uribe", "He called former Colombian president Álvaro Uribe a \"nefarious paramilitary boss\"", "-1", "2015-08-24")
st(a, "maduro", "santos", "And President Santos has the nerve to ask us to respect Colombians?", "-1", "2015-08-25")
st(a, "santos", "venezuela", "demanding that Venezuelan authorities respect the dignity of Colombians", "-1", "2015-08-26")
st(a, "santos", "venezuela", "I cannot allow Venezuela to treat Colombia and Colombians this way", "-1", "2015-08-27")
st(a, "maduro", "colombia", "he hoped the Colombian government would \"regain its sanity\"", "-1", "2015-08-27")
st(a, "maduro", "colombia", "Until that happens, I won't open the border.", "-1", "2015-08-27")
st(a, "santos", "venezuela", "We demand respect for the human rights of all these Colombians", "-1", "2015-08-28")
st(a, "maduro", "", "there is no room for hatred, for intolerance or for revenge", "", "2015-09-21")
st(a, "santos", "maduro|venezuela", "Santos called the talks \"respectful and productive\"", "1", "2015-09-21")
st(a, "santos", "venezuela", "But we can work toward common goals agreed to by our two peoples.", "1", "2015-09-21")
ev(a, "2015-08-31", "**Date:** Monday 31 August 2015")
ev(a, "2015-08-24", "Nicolás Maduro, press conference at Miraflores")
ev(a, "2015-08-26", "in Cúcuta after meeting deportees")
ev(a, "2015-08-25", "Maduro on his television programme")
ev(a, "2015-08-27", "Santos recalls his ambassador from Caracas")
ev(a, "2015-08-27", "Caracas recalls its own within hours.")
ev(a, "2015-09-21", "Santos and Maduro met for five hours at the Carondelet Palace yesterday")
ns(a, "had one abstainer voted yes, the meeting would have been convened", "hypothetical")
ns(a, "Correa read a joint declaration providing for \"the immediate return of the respective ambassadors\"", "content of an agreement (a measure), read by the host")
ns(a, "**Colombia, Ambassador Andrés González** presented the request.", "an act, not words")


if __name__ == "__main__":
    GOLD.write(HERE)
