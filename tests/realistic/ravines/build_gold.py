#!/usr/bin/env python3
"""Writes the three gold CSVs of the ravines set (kept so that the coding can be re-read and re-run).

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
a = "rv-shotlist-skydagger"  # published Thursday 2025-10-09; video agency shotlist, blocks dated by their headers
# shots 4-10 sit under "… - 8 October 2025" headers; shots 12 and 14 under "Belgrade, Serbia - 9 October 2025"
st(a, "kurti", "ksf|kosovo", "significantly strengthens Kosovo's defense capabilities and modernizes its military force", "1", "2025-10-08")
st(a, "vucic", "turkey", "I am appalled by Turkey's behavior and brutal violation of the UN Charter", "-1", "2025-10-08")
st(a, "vucic", "turkey", "Turkey does not want the stability of the Western Balkans and dreams of restoring the Ottoman Empire again", "-1", "2025-10-08")
st(a, "djuric", "turkey", "The decision of the Turkish authorities to deliver lethal weapons to Kurti's regime represents pouring oil on the fire", "-1", "2025-10-08")
st(a, "djuric", "kosovo|kurti", "to deliver lethal weapons to Kurti's regime", "-1", "2025-10-08")
st(a, "osmani", "vucic", "Vucic seems to believe he can threaten a big NATO country like Turkey", "-1", "2025-10-08")
st(a, "osmani", "erdogan", "I am proud to have worked closely with President Erdogan, a man of his word", "1", "2025-10-08")
st(a, "vucic", "erdogan", "When it comes to President Erdogan, I will always be a good host", "1", "2025-10-09")
st(a, "vucic", "turkey", "We are too small a country for that. Turkey is a great power", "1", "2025-10-09")
# STORYLINE: "on Thursday" (the day of publication), "On Wednesday evening", "later on Wednesday"
st(a, "vucic", "turkey", "Serbia was too small to threaten a country he called a great power", "1", "2025-10-09")
st(a, "vucic", "turkey", "he had written on X that Turkey was destabilising the Western Balkans", "-1", "2025-10-08")
st(a, "djuric", "turkey", "will have to take this move into consideration in its further actions", "-1", "2025-10-08")
st(a, "djuric", "turkey", "He also called the delivery unilateral and unlawful", "-1", "2025-10-08")
st(a, "petkovic", "kurti", "Kurti does not acquire weapons systems for the sake of democracy and security", "-1", "2025-10-08")
st(a, "petkovic", "osmani", "He accused Osmani of \"meaningless sophistries\" about Turkey's reasons for arming Pristina", "-1", "2025-10-08")
# the storyline gives no day for Osmani's accusation; the shots date her post to 8 October
st(a, "osmani", "vucic", "accused Vucic of pushing forward military cooperation with Russia, China and Iran", "-1", "2025-10-08|")
ev(a, "2025-10-09", "Serbian President Aleksandar Vucic on Thursday tried to cool a row with Turkey")
ev(a, "2025-10-08", "On Wednesday evening he had written on X")
ev(a, "2025-10-08", "Skydagger drones arrived at Pristina's airport on Wednesday")
ev(a, "2026-01", "three months ahead of a delivery planned for January")
ev(a, "2025-10-12", "Kosovo holds local elections on Sunday")
ns(a, "had held an urgent telephone call with KFOR's Turkish commander", "attributed fact without stance (a ministry's account of a call)")
ns(a, "say whether he had spoken to Erdogan since", "absence (he did not say)")
ns(a, "The Turkish government had not commented by the time of this update.", "absence")

a = "rv-deposition-skydagger"  # published Wednesday 2026-04-08; deposition taken 17 March 2026; exhibits date the words
st(a, "vucic", "turkey", "I am appalled by Turkey's behavior and brutal violation of the UN Charter", "-1", "2025-10-08")
st(a, "vucic", "turkey", "Serbia is a small country, but we understood the message well", "-1", "2025-10-08")
st(a, "djuric", "turkey", "I strongly condemn this unilateral and unlawful move, which constitutes a step backward", "-1", "2025-10-08")
st(a, "djuric", "turkey", "Serbia will have to take this move into consideration in its further actions.", "-1", "2025-10-08")
st(a, "djuric", "kosovo", "he says that what so-called Kosovo needs are not kamikaze drones", "-1", "2025-10-08")
# Exhibit 14: the claimant's translation of Osmani's post; paragraph two is one span
st(a, "osmani", "vucic", "Vučić should try to do the same, instead of constantly attacking his neighbours", "-1", "2025-10-08")
st(a, "osmani", "erdogan", "I am proud to have worked closely with President Erdogan, a man of his word", "1", "2025-10-08")
# Exhibit 16: the press conference of 9 October
st(a, "vucic", "erdogan", "When it comes to President Erdogan, I will always be a good host", "1", "2025-10-09")
st(a, "vucic", "erdogan", "We are talking about a great leader and a great and successful country", "1", "2025-10-09")
st(a, "vucic", "turkey", "We are talking about a great leader and a great and successful country", "1", "2025-10-09")
ev(a, "2026-04-03", "Filed as Exhibit D to the defendant's motion of 3 April")
ev(a, "2026-03-17", "DEPOSITION OF TOMAS REINER, taken 17 March 2026")
ev(a, "2025-10-08", "you were the night editor on October 8 of last year")
ev(a, "2025-10-09", "The next day the agency ran a correction")
ev(a, "2025-10-09", "President Vučić at his press conference on October 9")
ev(a, "2026-05-12", "The motion is listed for hearing on 12 May.")
ns(a, "We asked the embassy that night and heard nothing back.", "absence (no answer)")
ns(a, "It read OSMANI: VUČIĆ A THREAT TO NATO.", "a headline that put words in a mouth (the witness says the words are in no translation)")
ns(a, "Would you agree the headline put words in the president's mouth?", "question")
ns(a, "that the minister said Serbia would answer with force", "a claim the agency never had from Đurić (a reader's email)")

a = "rv-findingaid-skydagger"  # published Monday 2026-03-02; finding aid, folder dates (and bracketed dates) date the words
st(a, "vucic", "turkey", "Vučić accused Turkey on X of a \"brutal violation of the UN Charter\"", "-1", "2025-10-08")
st(a, "vucic", "turkey", "wrote that Turkey \"dreams of restoring the Ottoman Empire again.\"", "-1", "2025-10-08")
st(a, "vucic", "turkey", "Vučić said Serbia was \"too small to threaten\" Turkey", "1", "2025-10-09")
st(a, "kurti", "ksf|kosovo", "significantly strengthens Kosovo's defense capabilities and modernizes its military force", "1", "2025-10-08")
st(a, "vucic", "turkey", "It is now completely clear that Turkey does not want the stability of the Western Balkans", "-1", "2025-10-08")
st(a, "djuric", "turkey", "pouring oil on the fire and a prime example of malign interference in regional affairs", "-1", "2025-10-08")
st(a, "djuric", "kosovo|kurti", "in which the delivery to \"Kurti's regime\" represents", "-1", "2025-10-08")
st(a, "djuric", "turkey", "I strongly condemn this unilateral and unlawful move", "-1", "2025-10-08")
st(a, "osmani", "vucic", "he is pushing forward military cooperation with Russia, China and Iran", "-1", "2025-10-08")
# Folder 6: an undated clipping, "[2025 October]"
st(a, "nato", "kosovo", "any activity in Kosovo's airspace be conducted in proper coordination with NATO's peacekeeping mission", "0", "2025-10|")
st(a, "vrajolli", "", "This is a kind of arms race that is taking place in the region", "", "2025-10|")
# Folders 7-9: the bracketed day of the words, not the clipping's date
st(a, "vucic", "erdogan", "When it comes to President Erdogan, I will always be a good host", "1", "2025-10-09")
st(a, "vucic", "turkey", "Am I threatening Turkey? We are too small a country for that.", "1", "2025-10-09")
st(a, "osmani", "vucic", "shamelessly attacking Turkey — a NATO member state helping to preserve stability", "-1", "2025-10-08")
ev(a, "2025-10-08", "On 8 October 2025 Kosovo took delivery of Skydagger loitering munitions")
ev(a, "2025-10-09", "At a news conference the next day")
ev(a, "2025-10-12", "Kosovo held local elections on 12 October.")
ev(a, "2025-10-09", "Email from an editor, 2025 October 9")
ev(a, "2026-02-12", "Programme of Vučić's visit to Ankara, 2026 February 12")
ns(a, "none was issued while she collected", "absence (an empty folder)")
ns(a, "Screenshot of a post attributed to President Erdoğan, \"Serbia will answer for its insolence\"", "a fabricated post")
ns(a, "asking whether Vučić had apologised", "question")

a = "rv-datacard-skydagger"  # published Thursday 2025-11-20; dataset card, JSON instances carry speaker and said_on
st(a, "kurti", "ksf|kosovo", "significantly strengthens Kosovo's defense capabilities and modernizes its military force", "1", "2025-10-08")
st(a, "vucic", "turkey", "I am appalled by Turkey's behavior and brutal violation of the UN Charter", "-1", "2025-10-08")
st(a, "petkovic", "kosovo", "Aggression is the only policy to which the separatists in Kosovo and Metohija are continuously devoted.", "-1", "2025-10-08")
st(a, "djuric", "turkey", "Serbia will have to take this move into consideration in its further actions.", "-1", "2025-10-08")
st(a, "nato", "kosovo", "KFOR regularly monitors Kosovo's airspace, using all means and resources at its disposal", "0", "2025-10|")
st(a, "vucic", "erdogan", "We are talking about a great leader and a great and successful country", "1", "2025-10-09")
st(a, "vucic", "turkey", "We are talking about a great leader and a great and successful country", "1", "2025-10-09")
# the annotators' own disagreement: Erdoğan or Turkey; the card dates neither Osmani line
st(a, "osmani", "erdogan|turkey", "a man of his word, who has always shown deep and sincere care for all the peoples of our region", "1", "2025-10|")
st(a, "osmani", "vucic", "Vučić should try to do the same, instead of constantly attacking his neighbours", "-1", "2025-10|")
st(a, "vrajolli", "", "This is a kind of arms race that is taking place in the region", "", "2025-10|")
st(a, "djuric", "turkey", "pouring oil on the fire and a prime example of malign interference in regional affairs", "-1", "2025-10|")
ev(a, "2025-11-20", "Version 1.1, released today, has 13 instances.")
ev(a, "2025-11-03", "Version 1.0, released on 3 November, dated bs-011 to 10 October")
ev(a, "2025-10-09", "corrects it to the press conference of Thursday 9 October")
ns(a, "a line attributed to President Erdoğan telling Serbia to mind its own business", "a line with no source, removed from the dataset")
ns(a, "No Turkish official spoke on the record during the period", "absence")


# --- Slovakia and Hungary -------------------------------------------------------------------------
a = "rv-marker-komarno"  # published Friday 2019-08-23; historical marker entry with dated commentaries
st(a, "solyom", "slovakia", "This is a situation unheard of, inexcusable and unexplainable in the relationship of two allied countries", "-1", "2009-08-21")
st(a, "fico", "solyom|hungary", "Komarno lies in Slovakia's territory, it's not a Hungarian town.", "-1", "2009-08-21")
st(a, "fico", "solyom", "He called a visit on that day \"mere provocation\"", "-1", "2009-08-21")
st(a, "fico", "solyom", "He wants to spark a conflict, we want to avoid it", "-1", "2009-08-21")
st(a, "fico", "solyom", "would be a violation of international law and Slovakia's sovereignty", "-1", "2009-08-21")
st(a, "fico", "solyom", "We won't prevent him from crossing the border by force.", "0", "2009-08-21")
st(a, "gasparovic", "solyom", "had asked the Hungarian ambassador to urge Sólyom to reconsider", "-1", "2009-08")
st(a, "gasparovic", "solyom", "even on a private visit, he said, a head of state should meet the authorities", "-1", "2009-08")
# Balázs and Bajnai: no day is given; the paragraph follows Fico's words of "that day"
st(a, "balazs", "slovakia", "called the ban \"unprecedented and unacceptable\"", "-1", "2009-08-21|2009-08|")
st(a, "bajnai", "slovakia", "cannot under any circumstances be regarded as an attack on Slovak sovereignty", "-1", "2009-08|2009-08-21")
st(a, "solyom", "slovakia", "you could see for yourself that there is no security risk", "-1", "2009-08-21")
st(a, "solyom", "slovakia", "No extremist are gathering there, nobody is planning to beat up anybody there.", "-1", "2009-08-21")
st(a, "solyom", "slovakia", "because of the reasoning behind the ban: that my presence would mean a security threat.", "-1", "2009-08-21")
st(a, "solyom", "", "to express my deep regret for the peoples of then-Czechoslovakia", "", "2008")
st(a, "fico", "hungary", "he was unhappy with the permanent campaign in Hungary about alleged oppression", "-1", "2009-09-10")
st(a, "bajnai", "slovakia", "Bajnai spoke of possibilities that would let both sides solve the disputed issues", "1", "2009-09-10")
st(a, "fico", "hungary|bajnai", "Fico called the meeting useful and successful and invited Bajnai to Slovakia", "1", "2009-09-10")
ev(a, "2009-08-21", "On 21 August 2009 the President of the Republic of Hungary")
ev(a, "1968", "the 1968 invasion of Czechoslovakia by Warsaw Pact troops")
ev(a, "2012", "2012 by the Komárno Civic Circle")
ev(a, "2014-06-02", "It was originally submitted on June 2, 2014")
ev(a, "2019-08-23", "This page was last revised on August 23, 2019.")
ev(a, "2009-09-10", "met at Szécsény, on the Hungarian side, on 10 September 2009")
ns(a, "handed the Hungarian embassy a diplomatic note saying that he would not be allowed to enter Slovakia", "the content of a measure (a note), no stance")
ns(a, "The speech he had prepared would have quoted Stephen's advice to his son", "an undelivered speech (hypothetical) quoting a medieval text")
ns(a, "Did anyone from the Slovak government ever come to see the panel?", "question")


# --- The Czech Republic and Poland ---------------------------------------------------------------
a = "rv-topline-turow"  # published Monday 2022-02-14; pollster's topline, quotations with the dates shown on screen
st(a, "morawiecki", "cjeu|czech_republic", "we are of course not going to stop mining, not stop the operation of the power plant", "-1", "2021-05-24")
st(a, "babis", "poland", "Definitely not. We are not withdrawing the lawsuit.", "-1", "2021-05-25")
st(a, "ziobro", "cjeu|european_commission|eu", "Zbigniew Ziobro, said Poland \"cannot and should not pay a single zloty\"", "-1", "2021-10")
# split sample B: the same words without the name
st(a, "ziobro|poland", "cjeu|european_commission|eu", "A Polish minister said in October 2021 that Poland", "-1", "2021-10")
st(a, "jasinski", "poland", "a lack of empathy, a lack of understanding and a lack of willingness to engage in dialogue", "-1", "2022-01")
st(a, "muller", "jasinski", "Every Polish diplomat's duty is to support Polish interests", "-1", "2022-01|")
st(a, "sasin", "jasinski", "reckless repetition of foreign narratives harms Polish interests", "-1", "2022-01|")
st(a, "fiala", "poland", "We have managed to remove a boulder that weighed on relations between Poland and the Czech Republic", "1", "2022-02-03")
st(a, "morawiecki", "czech_republic|fiala", "the negotiations \"were difficult and bumpy, but they ended in success.\"", "1", "2022-02-03")
st(a, "morawiecki", "czech_republic|babis", "until the elections in the Czech Republic we are not going to discuss Turow further", "-1", "2021-10-06")
ev(a, "2022-02-07", "7-10 February 2022 (Czech Republic); 8-11 February 2022 (Poland)")
ev(a, "2021-05-21", "The EU's Court of Justice had ordered mining to stop three days earlier.")
ev(a, "2021-09-20", "From 20 September 2021 the court fined Poland 500,000 euros a day.")
ev(a, "2022-02-03", "On 3 February 2022 the two prime ministers signed an agreement.")
ev(a, "2021-10", "Talks had broken down before the Czech election of October 2021.")
ns(a, "The mine is a Polish matter and Prague should mind its own business.", "an invented control statement (nobody said it)")
ns(a, "If the agreement had not been signed, should the Czech government have asked the court for higher fines?", "hypothetical question")
ns(a, "Was the government right to recall him?", "question")


# --- France, the United Kingdom and Jersey -------------------------------------------------------
a = "rv-logbook-jersey"  # published Thursday 2021-05-20; skipper's log, entries dated by their day headers
st(a, "girardin", "jersey", "We're ready to resort to retaliatory measures", "-1", "2021-05-04")
st(a, "girardin", "jersey", "Concerning Jersey, I'll remind you of the transport of electricity via submarine cables", "-1", "2021-05-04")
st(a, "girardin", "jersey", "I would regret it if we have to do it, but we'll do it if we have to", "-1", "2021-05-04")
st(a, "gorst", "france|girardin", "It would seem disproportionate to cut off electricity for the sake of needing", "-1", "2021-05-05")
st(a, "gorst", "france", "This is not the first threat that the French have made", "-1", "2021-05-05")
st(a, "united_kingdom", "france|girardin", "To threaten Jersey like this is clearly unacceptable and disproportionate.", "-1", "2021-05-05")
# the statement on the government website: heard on Wednesday, issued the same day or before
st(a, "gorst", "french_fishermen|france", "We are entering a new era, and it takes time for all to adjust.", "0", "2021-05-05|")
st(a, "gorst", "french_fishermen", "If French fishermen or the authorities have further evidence they would like to submit", "0", "2021-05-05|")
st(a, "johnson|united_kingdom", "jersey", "The Prime Minister stressed his unwavering support for Jersey.", "1", "2021-05-05")
st(a, "johnson|united_kingdom", "french_fishermen|france", "He said any blockade would be totally unjustified.", "-1", "2021-05-05")
st(a, "united_kingdom", "france", "At least when the Germans invaded they kept the lights on.", "-1", "2021-05-05|2021-05")
st(a, "le_fondre|gorst|jersey", "united_kingdom|johnson", "We welcome the ongoing support from the Prime Minister and UK Government", "1", "2021-05-05")
st(a, "french_fishermen", "jersey", "Don't change anything. Let's be friends. Jersey Government steal our historical wrights.", "-1", "2021-05-06")
st(a, "morel", "united_kingdom|johnson", "the island is \"a pawn in a bigger game\"", "-1", "2021-05-06")
st(a, "johnson|united_kingdom", "jersey", "the Prime Minister \"reiterated his unequivocal support for Jersey\"", "1", "2021-05-06")
st(a, "united_kingdom", "french_fishermen", "We are pleased that French fishing boats have now left the vicinity of Jersey.", "0", "2021-05-06")
ev(a, "2021-04-30", "the 41 licences Jersey issued to French boats on 30 April")
ev(a, "2021-05-04", "Annick Girardin, told the National Assembly this afternoon")
ev(a, "2021-05-05", "The PM spoke to the Chief Minister this evening.")
ev(a, "2021-05-06", "Counted fifty-odd fishing boats in St Aubin's Bay, flares.")
ev(a, "2021-05-06", "HMS Severn on station to the south.")
ev(a, "2021-05-06", "Boats leaving in twos and threes.")
ns(a, "Would Paris really switch off the lights?", "question")
ns(a, "Jersey's essential infrastructure will not be disrupted as local facilities are able to meet our power requirements", "self-description with no other target")
ns(a, "The Jersey Evening Post reports that skippers met officials on a boat in the harbour.", "an outlet whose name contains an actor's alias, reporting a fact")


# --- Montenegro and Serbia -----------------------------------------------------------------------
a = "rv-wotd-podgorica"  # published Tuesday 2020-12-01; word-of-the-day email, "In the News" by weekday
st(a, "montenegrin_foreign_ministry", "bozovic", "humiliating in this way once again the state that offered him diplomatic hospitality", "-1", "2020-11-28")
st(a, "montenegrin_foreign_ministry", "bozovic", "also humiliated in this way the highest legislative and representative authority", "-1", "2020-11-28")
# Božović's own words of Friday 27 November, in the ministry's report: they evaluate a historical assembly, no actor
st(a, "bozovic", "", "he had called the 1918 Podgorica Assembly the \"liberation\" and \"free will\"", "", "2020-11-27")
st(a, "serbian_foreign_ministry", "montenegro|tarzan_milosevic", "the Ministry of Foreign Affairs of Serbia acted in a reciprocal manner", "-1", "2020-11-28")
st(a, "krivokapic", "montenegro|montenegrin_foreign_ministry", "The outgoing regime, even in its last days, is not refraining from the polarization", "-1", "2020-11-29")
st(a, "krivokapic", "serbia", "He has promised to work on \"healing Montenegro's relations with Serbia\"", "1", "2020-11-29|2020-11|")
st(a, "brnabic", "montenegro", "We decided that Serbia already tonight unilaterally revokes the decision", "1", "2020-11-29")
st(a, "vucic", "montenegro", "life, friendship and cooperation with Montenegro were more important", "1", "2020-11-29")
st(a, "brnabic", "montenegro", "We do not want a hostile act of this type against Montenegro", "1", "2020-11-29")
st(a, "brnabic", "bozovic", "Božović's statement could not be considered offensive", "1", "2020-11-29")
st(a, "brnabic", "montenegro|montenegrin_foreign_ministry", "the Montenegrin government had only been waiting for an excuse to expel him", "-1", "2020-11-29")
st(a, "varhelyi", "serbia", "I welcome the decision of the Government of Serbia to withdraw the decision", "1", "2020-11-29")
st(a, "varhelyi", "montenegro", "the expulsion of the Montenegrin ambassador. I invite Montenegro to do the same.", "0", "2020-11-29")
st(a, "montenegro", "serbia", "the outgoing government in Podgorica welcomed Serbia's decision not to expel its ambassador", "1", "2020-11-30")
st(a, "montenegrin_foreign_ministry", "tarzan_milosevic", "represents his country respecting the Republic of Serbia, not interfering in its internal affairs", "1", "2020-11-30")
st(a, "montenegrin_foreign_ministry", "serbia", "rudely insulted and humiliated from various addresses in Serbia", "-1", "2020-11-30")
st(a, "montenegrin_foreign_ministry", "bozovic", "continuously interfered in the internal affairs of the country where he serves", "-1", "2020-11-30")
st(a, "montenegrin_foreign_ministry", "bozovic", "Unfortunately, in vain and without understanding", "-1", "2020-11-30")
ev(a, "2020-11-28", "On Saturday, November 28, Montenegro's Ministry of Foreign Affairs declared")
ev(a, "1918", "The assembly in question met in 1918")
ev(a, "2018-11-29", "Montenegro's parliament annulled its decisions on November 29, 2018")
ev(a, "2006", "the country has been independent again since 2006")
ev(a, "2020-08-30", "the parties that won the election of August 30")
ev(a, "2020-12-02", "due to swear in a new government on Wednesday")
ns(a, "After what you said at the reunion, you're persona non grata in this house.", "an invented usage example")
ns(a, "the ministry replied that it would not withdraw its own decision", "refusal")
ns(a, "lets the receiving state declare a diplomat persona non grata at any time", "a treaty's provision, not a statement")
ns(a, "Which country declared the other's ambassador persona non grata first?", "question")


if __name__ == "__main__":
    GOLD.write(HERE)
