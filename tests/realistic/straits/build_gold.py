#!/usr/bin/env python3
"""Writes the three gold CSVs of the straits set (kept so that the coding can be re-read and re-run).

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
a = "st-ownwords-skydagger"  # published Saturday 2026-02-14; analysis with an "In their own words" box; "Thursday" = 12 Feb 2026
st(a, "vucic", "turkey", "Four months ago Serbia's president accused Turkey of wanting to rebuild an empire", "-1", "2025-10|2025-10-08")
st(a, "vucic", "erdogan", "this week he called its president a great world leader", "1", "2026-02-12|2026-02")
st(a, "kurti", "ksf|kosovo", "presented the delivery as the modernisation of a small army", "1", "2025-10-08")
st(a, "vucic", "turkey", "Vučić wrote that he was appalled by Turkey's conduct", "-1", "2025-10-08")
st(a, "djuric", "turkey", "accusing Turkey of malign interference and warning that Serbia would weigh the delivery", "-1", "2025-10-08")
st(a, "osmani", "vucic", "President Vjosa Osmani accused Vučić of threatening his neighbours", "-1", "2025-10-08")
st(a, "osmani", "erdogan", "in the same post, praised Recep Tayyip Erdoğan by name", "1", "2025-10-08")
st(a, "vucic", "turkey", "Vučić admitted that he had reacted sharply", "1", "2025-10-09")
st(a, "vucic", "erdogan", "promised that the Turkish president would always find him a good host", "1", "2025-10-09")
st(a, "vucic", "turkey|kosovo|kfor", "he still grumbled that a barracks in Kosovo had been named after an Ottoman sultan", "-1", "2025-10-09")
st(a, "osmani", "vucic", "Osmani went on calling Vučić's outlook hegemonic", "-1", "2025-10|2025-10-08|")
st(a, "nato", "kosovo|ksf|kfor", "reminded everyone that any flight in Kosovo's airspace had to be coordinated with KFOR", "0", "2025-10|")
st(a, "vucic", "erdogan", "Vučić called Erdoğan a great world leader", "1", "2026-02-12")
st(a, "vucic", "turkey", "and Turkey one of Serbia's most important partners", "1", "2026-02-12")
st(a, "erdogan", "serbia|vucic", "Erdoğan promised to come to Belgrade and Novi Pazar in return", "1", "2026-02-12")
st(a, "author", "vucic", "Vučić's October anger was real, but he spent it on the one capital in the region", "-1", "")
st(a, "author", "vucic", "His retreat was less a change of heart than a change of audience", "-1", "")
st(a, "author", "kurti", "Kurti, who never raised his voice, ended the episode with his drones and without a quarrel", "1", "")
st(a, "vucic", "turkey", "I am appalled by Turkey's behavior and brutal violation of the UN Charter", "-1", "2025-10-08")
st(a, "djuric", "turkey", "Serbia will have to take this move into consideration in its further actions.", "-1", "2025-10-08")
st(a, "kurti", "ksf|kosovo", "we are continuing to build and modernise our military force", "1", "2025-10-08")
st(a, "osmani", "erdogan", "A man of his word who has shown genuine care for all the people of the region.", "1", "2025-10-08")
st(a, "vucic", "erdogan", "When it comes to President Erdogan, I will always be a good host.", "1", "2025-10-09")
st(a, "nato", "kosovo|ksf|kfor", "It is essential that any activity in Kosovo's airspace be conducted in proper coordination", "0", "2025-10|")
st(a, "vucic", "erdogan", "Erdoğan is more experienced, and I sometimes say something that he does not like", "1", "2026-02-12")
ev(a, "2026-02-12", "When Aleksandar Vučić walked across the red carpet in Ankara on Thursday")
ev(a, "2025-10-08", "On Wednesday 8 October a consignment of Skydagger kamikaze drones built by Baykar reached Pristina")
ev(a, "2025-10-08", "Late that afternoon Vučić wrote that he was appalled")
ev(a, "2025-10-08", "Marko Đurić, his foreign minister, followed in the evening")
ev(a, "2025-10-09", "At a press conference the following day Vučić admitted")
ns(a, "Ankara itself said nothing at all, then or since.", "absence")
ns(a, "Neither man mentioned the drones in public.", "absence")

a = "st-student-skydagger"  # published Thursday 2025-10-16; student opinion piece; "last Wednesday" = 8 Oct, "On Thursday, the very next day" = 9 Oct
ME = "author|haxhiu"
st(a, "kurti", "ksf|kosovo", "wrote on Facebook that Kosovo was building and modernising its military force", "1", "2025-10-08")
st(a, "vucic", "turkey", "It is now completely clear that Turkey does not want the stability of the Western Balkans", "-1", "2025-10-08")
st(a, ME, "vucic", "Over a few crates of drones that Serbia itself could buy tomorrow?", "-1", "")
st(a, "osmani", "vucic", "seems to believe he can threaten a large NATO country like Turkey", "-1", "2025-10-08")
st(a, ME, "osmani", "It was a good line, but it was a line, and lines are what our region produces instead of agreements.", "-1", "")
st(a, "vucic", "turkey", "Yesterday, I reacted strongly, some would say sharply, maybe too sharply.", "1", "2025-10-09")
st(a, "vucic", "erdogan", "We are talking about a great leader and a great and successful country", "1", "2025-10-09")
st(a, "vucic", "turkey", "We are talking about a great leader and a great and successful country", "1", "2025-10-09")
st(a, ME, "vucic", "You cannot have both before the weekend.", "-1", "")
st(a, "vrajolli", "", "This is a kind of arms race that is taking place in the region.", "", "2025-10|")
st(a, "kurc", "", "Essentially, they raise the cost of any military operation against Kosovo.", "", "2025-10|")
st(a, ME, "vucic", "Vučić did not discover a sudden respect for Turkey overnight; he discovered its size", "-1", "")
st(a, ME, "osmani|kurti|kosovo", "our own leaders, whom I mostly support, enjoyed the fight a little too much", "-1", "")
ev(a, "2025-10-08", "I spent last Wednesday evening in the library")
ev(a, "2025-10-08", "Turkish drones had landed in Pristina that morning")
ev(a, "2025-10-09", "On Thursday, the very next day, Vučić stood in front of reporters")
ns(a, "Did anyone in Ankara even read the post?", "question")
ns(a, "the Turkish government never replied to any of it", "absence")
ns(a, "If my roommate had posted what Vučić posted, she would have deleted it by morning and apologised in person.", "hypothetical")

a = "st-talkshow-skydagger"  # published Friday 2025-10-10; recap of a talk show broadcast Thursday 9 Oct 2025; "yesterday" spoken on air = 8 Oct
SHOW = "2025-10-09"
st(a, "djuric", "turkey", "represents pouring oil on the fire and a prime example of malign interference", "-1", "2025-10-08")
st(a, "ilic", "kosovo|ksf", "that will not change the balance on the ground", "-1", SHOW)
st(a, "ilic", "mojsilovic|serbian_armed_forces", "which he calls the right channel", "1", SHOW)
st(a, "vucic", "osmani|kosovo", "Osmani is not in a neighbouring country, she lives on our territory and lives well", "-1", SHOW)
st(a, "gashi", "vucic", "that sentence will be read as proof of exactly what Osmani said", "-1", SHOW)
st(a, "osmani", "vucic", "hegemonic mind, captured by the past and always obsessed with intimidating others", "-1", "2025-10-08")
st(a, "vucic", "turkey", "Our obligation is to protect the freedom, life and right to survival of our people.", "-1", SHOW)
st(a, "peric", "vucic", "the president has spent the afternoon climbing down while sounding defiant", "-1", SHOW)
st(a, "peric", "vucic", "He cannot afford a quarrel with Erdoğan,", "0", SHOW)
st(a, "vucic", "turkey|kosovo|kfor", "Do you know what name they gave to the barracks in Kosovo?", "-1", SHOW)
st(a, "ilic", "vucic", "was right to be angry yesterday and right to be calm today", "1", SHOW)
st(a, "ilic", "turkey", "Turkey, not Serbia, owes the region an explanation", "-1", SHOW)
st(a, "ilic", "ksf|kosovo|nato", "Kosovo's army is now a NATO problem, and NATO should say so", "-1", SHOW)
st(a, "gashi", "serbia|vucic", "Belgrade got a sultan's name to complain about", "-1", SHOW)
ev(a, "2025-10-09", "Point of View, Kanal Sever, Thursday 9 October 2025")
ev(a, "2025-10-08", "telephoned KFOR's Turkish commander on Wednesday about the delivery")
ev(a, "2025-10-09", "First clip, from the president's press conference this afternoon.")
ev(a, "2025-10-08", "He reminds the studio that yesterday she described Vučić")
ns(a, "was the president's post of yesterday a mistake, or a tactic?", "question")
ns(a, "Turkey has not said a word since the drones landed", "absence")
ns(a, "he declines to answer on air", "refusal")
ns(a, "laughed at Serbia", "a viewer's message putting words in the Turkish ambassador's mouth (nobody on record said them)")

a = "st-quotesheet-skydagger"  # published Thursday 2025-10-09; photo desk's quote sheet of Wed 8 Oct 21:52 and ADD 1 of Thu 9 Oct 14:20
st(a, "kurti", "ksf|kosovo", "we are continuing to build and modernise our military force through new technologies", "1", "2025-10-08")
st(a, "vucic", "turkey", "Serbia is a small country, but we understood the message well.", "-1", "2025-10-08")
st(a, "vucic", "turkey", "It is now completely clear that Turkey does not want the stability of the Western Balkans and dreams", "-1", "2025-10-08")
st(a, "djuric", "turkey", "Serbia will have to take this move into consideration in its further actions.", "-1", "2025-10-08")
st(a, "osmani", "vucic", "shamelessly attacking Turkey — a NATO member state", "-1", "2025-10-08")
st(a, "osmani", "turkey", "a NATO member state helping to preserve stability", "1", "2025-10-08")
st(a, "vucic", "turkey", "Yesterday, I reacted strongly, some would say sharply, maybe too sharply.", "1", "2025-10-09")
st(a, "vucic", "erdogan", "When it comes to President Erdogan, I will always be a good host.", "1", "2025-10-09")
st(a, "vucic", "erdogan", "We are talking about a great leader and a great and successful country.", "1", "2025-10-09|")
st(a, "vucic", "turkey", "We are talking about a great leader and a great and successful country.", "1", "2025-10-09|")
st(a, "nato", "kosovo|kfor", "regularly monitors Kosovo's airspace, using all means and resources at its disposal", "0", "2025-10|2025-10-09|")
st(a, "nato", "turkey", "The official praised Turkey as a long-standing contributor to the mission", "1", "2025-10|2025-10-09|")
st(a, "vrajolli", "", "This is a kind of arms race that is taking place in the region.", "", "2025-10|2025-10-09|")
st(a, "djuric", "turkey", "a prime example of malign interference in regional affairs with destabilizing consequences", "-1", "2025-10-08")
ev(a, "2025-10-08", "Wednesday 8 October 2025, 21:52 CEST")
ev(a, "2025-10-09", "Thursday 9 October 2025, 14:20 CEST")
ev(a, "2024-12", "Kurti also wrote that the contract was signed last December")
ev(a, "2026-01", "the drones had been due in January")
ev(a, "2025-10-09", "Vučić at his Belgrade press conference today")
ns(a, "Turkey will pay for this.", "killed quote: words attributed to Đurić by an impostor account (nobody said them)")
ns(a, "would not say whether Kosovo needs KFOR's permission to fly the drones", "refusal")
ns(a, "Turkey's foreign ministry has not commented.", "absence")
ns(a, "Kurti also wrote that the contract was signed last December and the drones had been due in January.", "attributed fact without stance (contract and schedule)")


# --- Belgium and Rwanda -------------------------------------------------------------------------
a = "st-rating-kigali"  # published Friday 2025-03-21; a rating agency's rating action commentary; "on Monday" = 17 March
RATING = "2025-03-21|"
st(a, "rwandan_mfa", "belgium", "Rwanda's decision has been taken after careful consideration of several factors, all linked with Belgium's pitiful attempts", "-1", "2025-03-17")
st(a, "rwandan_mfa", "belgium", "has taken sides in a regional conflict and continues to systematically mobilise against Rwanda", "-1", "2025-03-17")
st(a, "prevot", "rwanda", "This is disproportionate and shows that when we disagree with Rwanda they prefer not to engage in dialogue.", "-1", "2025-03-17")
st(a, "prevot", "rwanda", "He said that Belgium regretted the decision and would take similar measures", "-1", "2025-03-17")
st(a, "kagame", "belgium", "accused Belgium of lobbying for sanctions against Rwanda", "-1", "2025-03-16")
st(a, "kagame", "belgium", "Belgians go to Kinshasa and point a finger towards Rwanda and say they will impose sanctions on us", "-1", "2025-03-16")
st(a, "kagame", "belgium", "We are going to defend ourselves with what we have, no matter how small.", "-1", "2025-03-16")
st(a, "meridian|author", "rwanda", "the speech and the rupture the following day signal that the authorities are prepared to accept economic costs", "-1", RATING)
st(a, "meridian|author", "rwanda", "Meridian believes the government's public tone toward donors has hardened more quickly", "-1", RATING)
ev(a, "2025-03-21", "Meridian Sovereign Ratings - London - 21 Mar 2025")
ev(a, "2025-03-17", "the government's decision on 17 March to sever diplomatic relations with Belgium")
ev(a, "2025-03-17", "Belgium answered in kind the same day.")
ev(a, "2025-03-16", "a speech by President Paul Kagame at BK Arena in Kigali on Sunday 16 March")
ev(a, "2025-03-17", "The EU was due to adopt sanctions on nine Rwandan and M23 officials on 17 March.")
ev(a, "2025-01", "Since January the United States, the United Kingdom, Germany and Canada have announced sanctions")
ns(a, "The Government of Rwanda today notified the Government of Belgium of its decision to sever diplomatic relations, effective immediately.", "attributed fact without stance (the notification)")
ns(a, "A broadening of sanctions to multilateral lenders, or a sustained loss of budget support, could lead to a downgrade.", "hypothetical")
ns(a, "it had not replied by the time of publication", "absence")
ns(a, "Rwandan diplomats were declared unwelcome in Brussels", "attributed act without words; Brussels here is Belgium's capital, not the EU")


# --- The Philippines and Kuwait -----------------------------------------------------------------
a = "st-catalogue-manila"  # published Monday 2023-04-24; an archive's item-level catalogue records; each record's Date(s) field dates its words
st(a, "duterte", "kuwait", "The President says the deployment ban to Kuwait will stay.", "-1", "2018-02")
st(a, "duterte", "kuwait", "If a ban is what is needed, then let it be so.", "-1", "2018-02")
st(a, "duterte", "kuwait", "When will this inhuman treatment of Filipinos end?", "-1", "2018-02")
st(a, "cayetano", "kuwait", "I apologise to my counterpart and we apologise to the Kuwait government", "1", "2018-04-24")
st(a, "cayetano", "kuwait", "done in the spirit of emergency action to protect Filipinos", "0", "2018-04-24")
st(a, "kuwaiti_mfa", "philippine_embassy_kuwait|philippines", "the \"undiplomatic acts\" of the embassy's staff", "-1", "2018-04-25")
st(a, "kuwaiti_mfa", "philippine_embassy_kuwait|philippines", "smuggling Filipino maids in flagrant violation of Kuwait's laws", "-1", "2018-04")
st(a, "dfa", "kuwait", "The action taken by the Kuwaiti Government is deeply disturbing,", "-1", "2018-04-25")
st(a, "roque", "kuwait|althwaikh", "Everyone was really surprised by these developments", "0", "2018-04-26|2018-04")
st(a, "roque", "duterte", "Roque adds that the President's main concern is the welfare of our people", "1", "2018-04-26|2018-04")
st(a, "dfa", "kuwait", "note conveying \"strong surprise and great displeasure\"", "-1", "2018-04-26")
st(a, "duterte", "kuwait", "I now appeal to your sense of patriotism: Come home", "-1", "2018-04-28")
st(a, "duterte", "kuwait", "He asks Kuwaitis to \"treat them deserving of a human being\"", "-1", "2018-04-28")
st(a, "villa", "kuwait", "I will always have fond memories of Kuwait and its hospitable people", "1", "2018-05-02")
st(a, "cayetano", "kuwait", "will allow us to move forward and hurdle the challenges we face", "1", "2018-05-02")
st(a, "duterte", "kuwait", "I'm sorry for the language that I was using but I'm very satisfied", "1", "2018-06-03")
ev(a, "2018-02", "the body of the domestic worker Joanna Demafelis had been found in a freezer in Kuwait earlier that month")
ev(a, "2018-04-24", "Alan Peter Cayetano speaks to reporters.")
ev(a, "2018-04-25", "Kuwait's Foreign Ministry gives Ambassador Renato Pedro Villa a week to leave")
ev(a, "2018-04-28", "Duterte addresses the Filipino community in Singapore")
ev(a, "2018-05-02", "Villa, met at the airport by Cayetano, speaks briefly")
ev(a, "2018-05", "after the two countries signed a labour agreement in May")
ev(a, "2023-04-24", "Record last revised:** 24 April 2023")
ns(a, "Transcription checked against the Kuwait Times report of the speech.", "an outlet whose name contains an actor's alias (the Kuwait Times), not a speaker")
ns(a, "Kuwait's Foreign Ministry gives Ambassador Renato Pedro Villa a week to leave", "attributed act (an expulsion), not words")


# --- China and Sweden ---------------------------------------------------------------------------
a = "st-dictionary-stockholm"  # published Monday 2024-06-03; a historical dictionary's draft entry with dated quotations
st(a, "gui_congyou", "swedish_pen", "China resolutely opposes Swedish PEN awarding a criminal and lie fabricator.", "-1", "2019-11-14")
st(a, "gui_congyou", "gui_minhai", "China resolutely opposes Swedish PEN awarding a criminal and lie fabricator.", "-1", "2019-11-14")
st(a, "gui_congyou", "sweden|lind", "We oppose even more resolutely any Swedish government officials attending the award ceremony.", "-1", "2019-11-14")
st(a, "gui_congyou", "sweden", "some people in Sweden shouldn't expect to feel at ease after hurting the feelings", "-1", "2019-11-14|2019")
st(a, "gui_congyou", "lind|sweden", "If Amanda Lind, despite our advice, participates in the award ceremony", "-1", "2019-11-15")
st(a, "lofven", "china|gui_congyou|chinese_embassy_sweden", "We are not going to give in to this type of threat. Never.", "-1", "2019-11-15")
st(a, "lind", "china|gui_congyou", "Those in power should never take the liberty to attack free artistic expression or free speech.", "-1", "2019-11-15")
st(a, "chinese_embassy_sweden", "sweden", "serious mistake by the Swedish side undoubtedly creates serious difficulties", "-1", "2019-11")
st(a, "gui_congyou", "sweden", "We treat our friends with fine wine, but for our enemies we have shotguns.", "-1", "2019-11")
st(a, "economist", "gui_congyou", "Interviewed on Swedish public radio in November, he sounded like a gangster.", "-1", "2020-02-22|2020-02-20|2020-02")
st(a, "gui_congyou", "sweden", "a 48kg weight boxer keeps challenging an 86kg weight boxer to a fight", "-1", "2020-01")
st(a, "linde", "china|gui_congyou", "made it clear that Sweden would not accept threats from China", "-1", "2020-01")
ev(a, "2019-11-15", "at a ceremony in Stockholm on 15 November 2019")
ev(a, "2019-11-14", "remarks published on the embassy's website, 14 Nov.")
ev(a, "2020-01", "The citation of January 2020 followed calls by three parliamentary parties")
ev(a, "2024-06-30", "open for comment until 30 June 2024")
ns(a, "Often wrongly attributed to Xi Jinping, who is not on record using it.", "misattribution: words nobody is on record saying")
ns(a, "(*heading*) Shotgun diplomacy.", "a headline (the phrase as a heading, not anybody's statement)")
ns(a, "the Chinese embassy did not answer our request to confirm the radio wording", "absence")


# --- Algeria and Spain --------------------------------------------------------------------------
a = "st-filing-algiers"  # published Monday 2023-03-06; an excerpt from a (fictional) request for arbitration with exhibits
st(a, "albares", "morocco", "stated that Spain considered Morocco's 2007 autonomy initiative the", "1", "2022-03-18")
st(a, "algerian_mfa", "spanish_government|spain", "Its statement declared the Ministry \"completely stunned\"", "-1", "2022-03-19")
st(a, "algerian_presidency", "spanish_government|spain", "accused the Spanish authorities of a \"fait accompli using fallacious arguments\"", "-1", "2022-06-08")
st(a, "algerian_presidency", "spanish_government|spain", "This attitude of the Spanish government is a violation of the international legality", "-1", "2022-06-08")
st(a, "spanish_government", "algeria", "The Spanish government regards Algeria as a friendly neighbor country", "1", "2022-06-08")
st(a, "albares", "algeria", "told reporters that Spain would \"firmly defend\" its national interests", "-1", "2022-06-09")
st(a, "borrell|dombrovskis|eu", "algeria", "to be in violation of the EU-Algeria Association Agreement, in particular in the area of trade and investment", "-1", "2022-06-10")
st(a, "borrell|dombrovskis|eu", "algeria", "This would lead to a discriminatory treatment of an EU member state", "-1", "2022-06-10")
st(a, "albares", "algeria", "Spain and the EU agree that Algeria's unilateral move yesterday violates the association agreement", "-1", "2022-06-10")
st(a, "levante", "algeria", "The Claimant submits that the freeze was adopted for a political purpose", "-1", "2023-03-06|")
ev(a, "2022-03-18", "On Friday 18 March 2022 the Royal Cabinet of Morocco made public a letter")
ev(a, "2022-03-19", "The following day the Respondent's Ministry of Foreign Affairs recalled its ambassador in Madrid for consultations.")
ev(a, "2022-06-08", "On Wednesday 8 June 2022, after a meeting of the High Security Council")
ev(a, "2002", "Good Neighbourliness and Cooperation concluded with Spain in 2002")
ev(a, "2022-06-09", "On 9 June 2022 the Respondent's banking association instructed banks")
ev(a, "2022-06-10", "On 10 June 2022 the High Representative of the European Union")
ev(a, "2022-06-08", "The Spanish Government answered that evening")
ns(a, "The Respondent has not, to the Claimant's knowledge, published any legal instrument ordering the freeze.", "absence")
ns(a, "The Claimant takes no position on whether Spain's change of policy was wise", "refusal")
ns(a, "instructed banks to stop processing imports of goods and services from Spain", "attributed instruction without stance")

if __name__ == "__main__":
    GOLD.write(HERE)
