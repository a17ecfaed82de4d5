#!/usr/bin/env python3
"""Writes the three gold CSVs of the arroyos set (kept so that the coding can be re-read and re-run).

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
DEC = "2025-12|"                 # Vučić before the ambassadors: "late December", no day in the reports
F12 = "2026-02-12"
F12X = "2026-02-12|2026-02-13"   # Vučić's X post after the Ankara visit: "late" on the 12th, reported on the 13th
APPALLED = "I am appalled by Turkey's behavior and brutal violation of the UN Charter"
OTTOMAN = "does not want the stability of the Western Balkans and dreams of restoring the Ottoman Empire again"
OIL = "pouring oil on the fire and a prime example of malign interference in regional affairs"
OSMANI_Q = "shamelessly attacking Turkey — a NATO member state helping to preserve stability."
GOOD_HOST = "When it comes to President Erdogan, I will always be a good host."
GREAT_LEADER = "We are talking about a great leader and a great and successful country"
AMERICANS = "The Americans are arming Albanians in Kosovo, as is Türkiye."
KFOR_Q = "KFOR regularly monitors Kosovo's airspace, using all means and resources at its disposal"

# --- Skydagger ----------------------------------------------------------------------------------
a = "ar-frontdesk-skydagger"  # published Friday 2025-10-17; a hotel's front-desk logbook: shift headers, room numbers
st(a, "kurti", "ksf|kosovo", "significantly strengthens Kosovo's defense capabilities and modernizes its military force", "1", O8)
st(a, "vucic", "turkey", APPALLED, "-1", O8)
st(a, "vucic", "turkey", "It is now completely clear that Turkey " + OTTOMAN, "-1", O8)
st(a, "osmani", "vucic", OSMANI_Q, "-1", O8)
st(a, "osmani", "turkey", OSMANI_Q, "1", O8)
st(a, "djuric", "turkey", OIL, "-1", O8)
st(a, "djuric", "turkey", "Serbia will have to take this move into consideration in its further actions", "-1", O8)
st(a, "vucic", "turkey", "Serbia is \"too small to threaten\" Turkey, which he called \"a great power\"", "1", O9)
st(a, "vucic", "erdogan", GOOD_HOST, "1", O9)
st(a, "vucic", "erdogan", GREAT_LEADER, "1", O9)
st(a, "vucic", "turkey", GREAT_LEADER, "1", O9)
st(a, "nato", "kosovo", KFOR_Q, "0", OCT)
st(a, "nato", "turkey", "The official praised Turkey as a long-standing contributor to the mission.", "1", OCT)
st(a, "vrajolli", "", "a kind of arms race that is taking place in the region", "", OCT)
ev(a, "2026-01", "the drones were due only in January 2026")
ev(a, O8, "the Defence Ministry says General Mojsilović had an urgent phone call with the KFOR commander")
ev(a, O9, "The President holds a press conference at 13:00 tomorrow.")
ev(a, "2025-10-12", "Kosovo votes for mayors on Sunday 12th")
ev(a, "2025-10-10", "Lift 2 fixed Friday 10.10.")
ns(a, "Ankara is saying nothing tonight, not even the embassy", "absence (a guest's report that Ankara said nothing)")
ns(a, "VUČIĆ: THE TURKS WANT THEIR EMPIRE BACK", "a tabloid headline that puts words in Vučić's mouth")
ns(a, "Thank you for being a good host.", "a departing guest's card echoing Vučić's phrase, addressed to the hotel")

a = "ar-moderation-skydagger"  # published Monday 2025-10-27; a moderation queue export: Posted / Reported / Actioned times
st(a, "vucic", "turkey", APPALLED + " and UN Security Council Resolution 1244", "-1", O8)
st(a, "vucic", "turkey", OTTOMAN + ".\"", "-1", O8)
st(a, "vucic", "turkey", "I am horrified by Turkey's behavior and its brutal violation of the UN Charter", "-1", O8)
st(a, "djuric", "turkey", "represents pouring oil on the fire and a prime example of malign interference", "-1", O8)
st(a, "djuric", "turkey", "I strongly condemn this unilateral and unlawful move, which constitutes a step backward", "-1", O8)
st(a, "trump", "erdogan", "\"extraordinary leadership in promoting global peace,\"", "1", O8)
st(a, "osmani", "vucic", OSMANI_Q, "-1", O8)
st(a, "osmani", "turkey", OSMANI_Q, "1", O8)
st(a, "kurti", "ksf|kosovo", "contributing to the ongoing effort to build and modernize the military", "1", O8)
st(a, "suljagic", "vucic", "Vučić's entire political career rests on denial, revisionism, and threats.", "-1", O9)
st(a, "suljagic", "serbia", "Serbia forfeited the moral right to dictate what stability means in this region", "-1", O9)
st(a, "vucic", "erdogan", GOOD_HOST, "1", O9)
st(a, "vucic", "erdogan", GREAT_LEADER, "1", O9)
st(a, "vucic", "turkey", GREAT_LEADER, "1", O9)
ev(a, O9, "Volume peaked on the 9th and fell")
ev(a, "2025-10-12", "fell after Kosovo's local elections on Sunday 12 October")
ev(a, "2025-10-24", "The contractor's assignment ended on Friday 24 October.")
ns(a, "Serbia will soon learn its place in the Balkans", "a fabricated screenshot, removed as manipulated media; nobody said it")
ns(a, "too small to threaten, big enough to sulk", "a parody account's invention")
ns(a, "If Ankara's official accounts reply to any of the above, escalate straight to tier 3.", "hypothetical (a queue instruction)")

a = "ar-quiz-skydagger"  # published Friday 2026-02-20; a personality quiz: quotes in the options, speakers in the results, "you"
st(a, "vucic", "turkey", "\"Serbia is a small country, but we understood the message well.\"", "-1", O8)
st(a, "djuric", "turkey", "\"Trust is difficult to build, and unfortunately, much easier to undermine.\"", "-1", O8)
st(a, "vucic", "turkey", "appalled by Turkey's behavior and brutal violation of the UN Charter", "-1", O8)
st(a, "vucic", "erdogan", GOOD_HOST, "1", O9)
st(a, "vucic", "united_states", AMERICANS, "-1", DEC)
st(a, "vucic", "turkey", AMERICANS, "-1", DEC)
st(a, "vucic", "erdogan", "When I speak to you, I do so with the utmost respect, as a great leader", "1", F12)
st(a, "vucic", "erdogan", "\"Erdogan is a great world leader, Türkiye is one of our most important partners.\"", "1", F12X)
st(a, "vucic", "turkey", "\"Erdogan is a great world leader, Türkiye is one of our most important partners.\"", "1", F12X)
st(a, "author", "vucic", "Our verdict: you are a weathervane with a blue tick.", "-1", "")
st(a, "osmani", "vucic", OSMANI_Q, "-1", O8)
st(a, "osmani", "turkey", OSMANI_Q, "1", O8)
st(a, "author", "osmani", "Our verdict: quickest on the draw in the whole region.", "1", "")
st(a, "djuric", "turkey", OIL + " with destabilizing consequences", "-1", O8)
st(a, "erdogan", "serbia", "God willing, we will also pay a visit to Belgrade and Novi Pazar", "1", "2026-02|2026-02-12")
ev(a, O8, "who announced on 8 October that the drones had come three months ahead")
ev(a, "2026-02", "In February you were back in Ankara, in the delegation.")
ev(a, "2026-02", "In February you hosted the man who had accused you, gave him dinner")
ev(a, "2026-01-23", "the Balkan Peace Platform, which met in Istanbul on 23 January 2026")
ns(a, "that you are too small to threaten anyone", "the quiz's own answer option, a paraphrase in the second person")
ns(a, "In October you did not answer Belgrade at all, not even once.", "absence (Erdoğan's silence)")
ns(a, "Would you invite your critic to dinner?", "a question of the quiz")

a = "ar-profile-skydagger"  # published Wednesday 2026-03-04; a country profile: Key facts, Leaders, Media, a year-first timeline
st(a, "vucic", "turkey", "brutal violation of the UN Charter", "-1", O8)
st(a, "vucic", "turkey", "of restoring the Ottoman Empire again", "-1", O8)
st(a, "vucic", "turkey", "he said Serbia was \"too small to threaten\" Turkey", "1", O9)
st(a, "djuric", "turkey", "I strongly condemn this unilateral and unlawful move", "-1", O8)
st(a, "analysts", "", "critics say pro-government outlets dominate prime time and the tabloid front pages", "", "")
st(a, "kurti", "ksf|kosovo", "We have added to the arsenal of our army the TB-2 Bayraktar drones which we purchased from Turkey!", "1", "2023-07-16")
st(a, "kurti", "kosovo|ksf", "\"Kosovo is now safer and always proud!\"", "1", "2023-07-16")
st(a, "kfor|nato", "kosovo", "has the primary authority for airspace over Kosovo", "0", "2023-07-17")
st(a, "vucic", "erdogan", GOOD_HOST, "1", "2025-10-09|2025-10")
st(a, "nato", "kosovo", "regularly monitors Kosovo's airspace, using all means and resources at its disposal", "0", OCT)
st(a, "vucic", "united_states", AMERICANS, "-1", DEC)
st(a, "vucic", "turkey", AMERICANS, "-1", DEC)
st(a, "vucic", "erdogan|balkan_peace_platform", "I strongly support President Erdoğan's Balkan Peace Platform initiative", "1", F12)
st(a, "vucic", "turkey", "an extremely important partner for Serbia", "1", F12)
ev(a, "2025-04", "Mr Macut took office in April 2025")
ev(a, "1999", "NATO bombs Yugoslavia for 78 days")
ev(a, "2006-06", "Serbia becomes a separate state after Montenegro votes for independence.")
ev(a, "2008-02", "Kosovo declares independence; Belgrade refuses to recognise it.")
ev(a, "2013-04", "The Brussels Agreement on normalising relations with Kosovo is signed.")
ev(a, "2017", "Aleksandar Vučić is elected president.")
ev(a, "2023-09", "Serb gunmen attack Kosovo police at Banjska.")
ev(a, "2024-10", "Turkish President Recep Tayyip Erdoğan visits Belgrade.")
ev(a, "2024-11", "The collapse of a railway station canopy in Novi Sad kills 16 people")
ev(a, O8, "Turkish Skydagger drones reach Kosovo on 8 October.")
ev(a, F12, "Vučić visits Ankara on 12 February.")
ns(a, "Türkiye Today, an English-language site whose Balkans newsletter covered the October row",
   "an outlet whose name contains an alias of turkey (Türkiye), named as a medium")
ns(a, "including Kosovo, whose independence Serbia does not recognise", "attributed position without a quotation (a key fact)")
ns(a, "In February 2026 he was received in Ankara with full honours.", "attributed fact without stance")

# --- Iran and Ukraine ---------------------------------------------------------------------------
a = "ar-travellog-kyiv"  # published Friday 2021-01-08; a radio travel desk's log under day headers, [NEWS] lines, a note a year on
K21 = "2021-01-05|2021-01|"      # Kuleba's interview, published on Tuesday 5 January 2021; the day of the words is not given
st(a, "trudeau", "iran", "The evidence indicates that the plane was shot down by an Iranian surface-to-air missile.", "-1", "2020-01-09")
st(a, "abedzadeh", "united_kingdom|canada", "One thing is for certain, this airplane was not hit by a missile", "-1", "2020-01-10")
st(a, "abedzadeh", "united_kingdom|canada", "Scientifically, it is impossible that a missile hit the Ukrainian plane, and such rumors are illogical.", "-1", "2020-01-10")
st(a, "rouhani", "iran_armed_forces|iran", "Investigations continue to identify & prosecute this great tragedy & unforgivable mistake.", "-1", "2020-01-11")
st(a, "zarif", "united_states", "Human error at time of crisis caused by US adventurism led to disaster", "-1", "2020-01-11")
st(a, "zarif", "ukraine|canada", "Our profound regrets, apologies and condolences to our people, to the families of all victims", "1", "2020-01-11")
st(a, "zelensky", "iran", "We insist on full recognition of the fault", "-1", "2020-01-11")
st(a, "zelensky", "iran", "We expect Iran to conduct a full and open investigation, bring those responsible to justice", "-1", "2020-01-11")
st(a, "zelensky", "iran|rouhani", "Acknowledging plane shot down is a step in the right direction.", "1", "2020-01-11")
st(a, "zelensky", "iran", "And: \"The perpetrators must be held accountable.\"", "-1", "2020-01-11")
st(a, "kuleba", "iran", "Now the word is confirmed by deed.", "1", K21)
st(a, "kuleba", "iran", "we should be extremely careful with the information of the Iranian media and filter every message", "-1", K21)
st(a, "kuleba", "iran", "can be explained by the purely internal political alignments in Iran.", "0", K21)
ev(a, "2020-01-08", "A year ago this morning a Ukraine International Airlines Boeing bound for Kyiv was shot down")
ev(a, "2020-01-08", "UIA suspends all its flights to Tehran until further notice.")
ev(a, "2020-01-08", "The President is cutting short a holiday in Oman and returning to Kyiv.")
ev(a, "2020-01-08", "Kyiv-Lviv Intercity running 25 minutes late after a points failure")
ev(a, "2020-01-09", "flowers and candles by the UIA desk")
ev(a, "2020-12-31", "We received the draft report on December 31")
ns(a, "The Islamic Republic of Iran deeply regrets this disastrous mistake.", "self-description (Iran's regret for its own act)")
ns(a, "the government will pay 8,000 dollars to each family of the Ukrainian victims", "attributed fact without stance (a payment)")
ns(a, "Iran Front Page, a Tehran news site in English, runs Zarif's tweet in full.",
   "an outlet whose name contains an alias of iran, carrying another's words")
ns(a, "the armed forces say the plane was shot down unintentionally, because of human error",
   "attributed finding without a stance toward another actor (the armed forces on their own act)")

# --- Pakistan and Saudi Arabia ------------------------------------------------------------------
a = "ar-agenda-islamabad"  # published Wednesday 2020-12-23; an annotated provisional agenda (mock): items, annotations, addendum
A5 = "2020-08-05"
A6 = "2020-08-06|2020-08-07"     # "At the weekly briefing the next day" (Thursday 6 August), reported on the 7th
st(a, "qureshi", "oic", "If you cannot convene it, then I'll be compelled to ask Prime Minister Imran Khan", "-1", A5)
st(a, "qureshi", "saudi_arabia", "Pakistan is asking you to play the role that Muslim Ummah expects from you.", "-1", A5 + "|")
st(a, "qureshi", "india", "I know the foreign office will get tense from what I said, but Kashmiris are being killed.", "-1", A5 + "|")
st(a, "qureshi", "saudi_arabia", "Pakistan would have to move forward for the cause of Kashmir \"with or without\" Saudi Arabia", "-1", A5 + "|")
st(a, "farooqui|pakistan_foreign_office", "qureshi", "said the Minister's remarks were not against diplomatic norms", "1", A6)
st(a, "farooqui|pakistan_foreign_office", "oic", "The OIC has consistently supported Pakistan on Jammu and Kashmir dispute.", "1", A6)
st(a, "qureshi", "saudi_arabia", "Mr. Qureshi said Riyadh was still Islamabad's ally.", "1", "2020-08-07")
st(a, "imran_khan", "saudi_arabia", "The rumours that our relations with Saudi Arabia have soured are totally false.", "1", "2020-08-18")
st(a, "imran_khan", "oic", "On the Kashmir issue, there is a view that OIC should have stepped forward.", "-1", "2020-08-18")
st(a, "imran_khan", "saudi_arabia", "Saudi has its own foreign policy. We shouldn't think that because we want something Saudi will do just that.", "0", "2020-08-18")
st(a, "qureshi", "saudi_arabia", "The kingdom has neither asked Islamabad to return its loan nor has it suspended oil supply to Pakistan", "1", "2020-08-24")
st(a, "qureshi", "saudi_arabia", "They understood our difficulties and we have to understand their difficulties.", "1", "2020-08")
st(a, "imran_khan", "saudi_arabia", "But let me make it clear: Saudi Arabia will always be a friend of Pakistan", "1", "2020-09|2020-09-03")
st(a, "pakistan_foreign_office|pakistan", "china", "\"China has come to our rescue,\"", "1", "2020-12-16")
st(a, "imran_khan|pakistan", "saudi_arabia", "The resolve to further strengthen the strong, longstanding Pakistan-Saudi Arabia fraternal ties was reaffirmed", "1", "2020-12-21")
ev(a, "2020-06-22", "An OIC contact group on Kashmir, set up in 1994, met on 22 June 2020.")
ev(a, "2019-08-05", "since India revoked the region's special status on 5 August 2019")
ev(a, "2020-08-17", "General Qamar Javed Bajwa, the army chief, flew to Riyadh on Monday 17 August")
ev(a, "2020-07", "on the loan Pakistan had repaid in July")
ev(a, "2020-12-16", "On 16 December officials said Pakistan had repaid a second $1 billion of the Saudi loan")
ev(a, "2020-12-21", "the Saudi ambassador, Nawaf bin Saeed Al-Maliki, called on the Prime Minister")
ns(a, "The Kingdom made no public statement on any of these remarks.", "absence (Saudi Arabia's silence)")
ns(a, "in an interview with Al Jazeera reported by Pakistan Today on 3 September",
   "an outlet whose name contains an alias of pakistan, reporting another's words")
ns(a, "had the Council met, item 3 would have been the only item of substance", "hypothetical (the workshop's note)")

# --- Italy and Brazil ---------------------------------------------------------------------------
a = "ar-edl-battisti"  # published Friday 2019-01-25; an edit decision list (CMX 3600): clip names carry speaker and day
st(a, "amorim", "italy", "SUPER: Rome's warnings of the day before were \"very strange\" and \"impertinent\".", "-1", "2010-12-31")
st(a, "la_russa", "lula|brazil", "SOT: \"The worst case scenario has happened\".", "-1", "2010-12-31")
st(a, "la_russa", "brazil|lula", "\"backs down on this unjust and seriously offensive decision.\"", "-1", "2010-12-31")
st(a, "berlusconi", "brazil", "We are going to go to The Hague, we have no other option.", "-1", "2011-06-09")
st(a, "berlusconi", "brazil_supreme_court|brazil", "denies justice to the Italian people and in particular to Battisti's victims", "-1", "2011-06-09")
st(a, "frattini", "brazil_supreme_court|brazil", "appears to breach international agreements between the two countries", "-1", "2011-06-09")
st(a, "rousseff|brazil", "brazil_supreme_court", "her only comment is that a decision by the STF must be abided by", "1", "2011-06-09")
st(a, "campagna", "brazil_supreme_court", "a moral slap in the face", "-1", "2011-06-09")
st(a, "eduardo_bolsonaro", "salvini", "Matteo Salvini, the 'little gift' is on its way.", "1", "2019-01-12|2019-01-13")
st(a, "salvini", "battisti", "The free ride is over: life in jail.", "-1", "2019-01-13")
st(a, "conte", "", "We are satisfied with this result that our country has been waiting for too many years", "", "2019-01-13|2019-01-14")
st(a, "bolsonaro", "conte", "I must tell Conte that he does not need to thank us; we too are very grateful to him", "1", "2019-01-15")
st(a, "bolsonaro", "battisti", "we have rid ourselves of an element who bothered the majority of Brazilian citizens", "-1", "2019-01-15")
st(a, "bolsonaro", "", "\"a refuge for criminals or bandits under the cloak of political prisoners\"", "", "2019-01-22")
ev(a, "2019-01-21", "went out on Monday night")
ev(a, "1981", "a prison escape in 1981")
ev(a, "1993", "a life sentence in his absence in 1993")
ev(a, "2010-12-31", "Lula's last day in office.")
ev(a, "2011-06-08", "Day after the supreme court upholds Lula, 6-3.")
ev(a, "2019-01-12", "Arrest in Santa Cruz, Bolivia.")
ev(a, "2019-01-14", "Battisti landed at Ciampino on Monday 14 January")
ns(a, "What are we going to do, wage war on Brazil?", "a rhetorical question")
ns(a, "LULA: BATTISTI IS INNOCENT", "a killed graphic that puts words in Lula's mouth; he never said it")
ns(a, "I am proud and moved!", "self-description (Salvini on his own feelings)")

# --- The United Kingdom and India ---------------------------------------------------------------
a = "ar-takedown-delhi"  # published Thursday 2023-03-02; a notice-database record: field table, annotations dated by their day
J19 = "2023-01-19|2023-01-20"    # the BBC's statement: Thursday in some reports, Friday in others
st(a, "gupta", "bbc", "hostile propaganda and anti-India garbage, disguised as 'documentary'", "-1", "2023-01-21")
st(a, "gupta", "bbc", "BBC's vile propaganda was found to be undermining the sovereignty and integrity of India", "-1", "2023-01-21")
st(a, "straw", "modi", "There were very serious claims that Chief Minister Modi had played a proactive part in pulling back the police", "-1", "2023-01-17|")
st(a, "united_kingdom", "modi", "directly responsible for a climate of impunity", "-1", "2002")
st(a, "sunak", "modi", "But I am not sure I agree at all with the characterisation that the honourable gentleman has put forward", "1", "2023-01-18")
st(a, "sunak", "imran_hussain", "But I am not sure I agree at all with the characterisation that the honourable gentleman has put forward", "-1", "2023-01-18")
st(a, "bagchi|indian_mea", "bbc", "we think this is a propaganda piece designed to push a particular discredited narrative", "-1", "2023-01-19")
st(a, "bagchi|indian_mea", "bbc", "this film or documentary is a reflection on the agency and individuals that are peddling this narrative again", "-1", "2023-01-19")
st(a, "bbc", "india|indian_mea", "We offered the Indian Government a right to reply to the matters raised in the series – it declined to respond.", "0", J19)
st(a, "derek_obrien", "twitter", "Censorship. Twitter has taken down my tweet about the BBC documentary.", "-1", "2023-01-21|")
st(a, "derek_obrien", "modi", "He added that the film \"exposes how PM hates minorities\".", "-1", "2023-01-21|")
st(a, "shannon", "india", "this was a deliberate act of intimidation following the release of an unflattering documentary", "-1", "2023-02-21")
st(a, "rutley", "bbc", "We stand up for the BBC. We fund the BBC. We think the BBC World Service is vital.", "1", "2023-02-21")
ev(a, "2023-01-17", "Episode 1 airs in the UK.")
ev(a, "2023-01-18", "At Prime Minister's Questions, Labour MP Imran Hussain asks about the film.")
ev(a, "2023-02-14", "Income tax officials carry out a \"survey\" at the BBC's offices in New Delhi and Mumbai.")
ev(a, "2023-01-24", "no blocking order for episode 2, broadcast on January 24")
ns(a, "The documentary was rigorously researched according to the highest editorial standards.",
   "self-description (the BBC on its own film)")
ns(a, "Neither firm was available for comment that weekend.", "absence (the platforms' silence)")
ns(a, "We have found no blocking order for episode 2", "absence (the tracker's own finding)")

if __name__ == "__main__":
    GOLD.write(HERE)
