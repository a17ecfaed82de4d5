#!/usr/bin/env python3
"""Writes the three gold CSVs of the harbours set (kept so that the coding can be re-read and re-run).

Run from this folder: python3 build_gold.py. The conventions are those of ../devset/README.md;
this set's own decisions are in README.md.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_check import GoldRows  # noqa: E402

GOLD = GoldRows()
st, ev, ns = GOLD.st, GOLD.ev, GOLD.ns


# --- Skydagger --------------------------------------------------------------------------------
a = "h-inbrief-skydagger-digest"  # published Friday 2025-10-10; items in the order of events
st(a, "kurti", "ksf|kosovo", "significantly strengthens Kosovo's defense capabilities and modernizes its military force", "1", "2025-10-08")
st(a, "kurti", "ksf|kosovo", "through new technologies and contemporary combat tactics", "1", "2025-10-08|")
st(a, "vucic", "turkey", "He was \"appalled\" by Turkey's behaviour, he wrote, and by a brutal violation", "-1", "2025-10-08")
st(a, "vucic", "turkey", "does not want stability in the Western Balkans and is once again dreaming of restoring the Ottoman Empire", "-1", "2025-10-08|")
st(a, "djuric", "turkey", "a prime example of malign interference in regional affairs with destabilizing consequences", "-1", "2025-10-08")
st(a, "djuric", "turkey", "will have to take this move into consideration in its further actions", "-1", "2025-10-08|")
st(a, "osmani", "turkey", "She thanked Turkey for its \"constructive contribution to peace and stability\"", "1", "2025-10-08|")
st(a, "osmani", "vucic", "called the Serbian president's words \"shameful and hypocritical\"", "-1", "2025-10-08|")
st(a, "osmani", "serbia", "has itself been buying arms from Russia, China and Iran", "-1", "2025-10-08|")
st(a, "vucic", "erdogan", "At a press conference the president called Erdoğan \"a great leader\"", "1", "2025-10-09")
st(a, "vucic", "erdogan", "I will talk to Erdogan, he is always welcome in Serbia", "1", "2025-10-09|")
st(a, "vucic", "osmani|kosovo", "Osmani is not in a neighbouring country, she lives on our territory and lives well", "-1", "2025-10-09|")
st(a, "turkeytoday", "vucic", "a common rhetorical weapon in the Balkans whenever national interests clash", "-1", "2025-10-09")

a = "h-presser-belgrade-transcript"  # published Thursday 2025-10-09; the dateline dates the answers
st(a, "vucic", "turkey", "his post on X accusing Turkey of a \"brutal violation of the UN Charter\"", "-1", "2025-10-08")
st(a, "vucic", "turkey", "last night you wrote that Turkey is dreaming of restoring the Ottoman Empire", "-1", "2025-10-08")
st(a, "vucic", "erdogan", "I will always respect Erdogan, he is a great leader who raised Ankara from the ashes", "1", "2025-10-09")
st(a, "osmani", "vucic", "President Osmani said last night that you should strengthen ties with NATO instead of threatening your neighbours", "-1", "2025-10-08")
st(a, "vucic", "osmani|kosovo", "Osmani is not in a neighbouring country, she lives on our territory and lives well", "-1", "2025-10-09")
st(a, "vucic", "turkey", "Turkey is the second largest power in NATO, but it does not matter how small we are", "0", "2025-10-09")
st(a, "vucic", "erdogan", "I will talk to Erdogan, he is always welcome in Serbia", "1", "2025-10-09")
st(a, "vucic", "erdogan", "When it comes to President Erdogan, I will always be a good host", "1", "2025-10-09")
st(a, "vucic", "turkey", "We are talking about a great leader and a great and successful country", "1", "2025-10-09")
st(a, "vucic", "turkey", "Can you imagine if we behaved like that with some territory that is problematic for Turkey", "-1", "2025-10-09")
st(a, "vucic", "turkey|kfor", "Do you know what name they gave to the barracks in Kosovo", "-1", "2025-10-09")
st(a, "djuric", "turkey", "Your foreign minister said yesterday that Serbia will take the delivery into consideration", "-1", "2025-10-08")
st(a, "djuric", "turkey", "The minister's post of Wednesday evening called the delivery \"pouring oil on the fire\"", "-1", "2025-10-08")
st(a, "osmani", "vucic", "shamelessly attacking Turkey — a NATO member state", "-1", "2025-10-08")
st(a, "osmani", "turkey", "a NATO member state helping to preserve stability", "1", "2025-10-08")

a = "h-academic-skydagger-review"  # published Monday 2026-03-02; bracketed dates are those of the reports
st(a, "vucic", "baykar|turkey", "We want to buy the Bayraktar UAV, but can see that the whole world wants them", "1", "2022-09-07")
st(a, "vucic", "turkey", "When the Turks say they will supply Bayraktars to Pristina, it is a very bad news for us", "-1", "2022-12|2022-12-20")
st(a, "vucic", "erdogan", "We respect [Turkish President Recep Tayyip] Erdogan", "1", "2022-12|2022-12-20")
st(a, "vucic", "turkey", "but, naturally, it will tell on our relations", "-1", "2022-12|2022-12-20")
st(a, "erdogan", "serbia", "he hailed a \"golden age\" in relations between the two countries", "1", "2024-10|2024-10-11")
st(a, "vucic", "turkey", "the president wrote that he was appalled by Turkey's behaviour", "-1", "2025-10-08")
st(a, "djuric", "turkey", "calling the delivery \"pouring oil on the fire\"", "-1", "2025-10-08|")
st(a, "osmani", "vucic", "captured by the past and always obsessed with intimidating others", "-1", "2025-10-08")
st(a, "nato", "turkey", "praised Turkey as a long-standing contributor to KFOR and to regional stability", "1", "|2025-10")
st(a, "vucic", "erdogan", "described Erdoğan as \"a great leader who raised Ankara from the ashes\"", "1", "2025-10-09")
st(a, "vucic", "erdogan", "promised to be \"a good host\" to him", "1", "2025-10-09")
st(a, "author", "vucic", "an accusation withdrawn within eighteen hours was never meant to carry policy", "-1", "")
st(a, "vucic", "kosovo|turkey", "Vučić claimed that Belgrade had information that Kosovo was now seeking artillery systems", "-1", "2026-02")
st(a, "vucic", "erdogan", "Erdogan is a great world leader", "1", "2026-02-12")
st(a, "vucic", "turkey", "Turkiye is one of our most important partners", "1", "2026-02-12")
st(a, "erdogan", "serbia|vucic", "God willing, we will also pay a visit to Belgrade and Novi Pazar", "1", "2026-02-12|")
st(a, "author", "turkey", "Ankara's silence was the wiser of the two responses", "1", "")

a = "h-column-reply-skydagger"  # published Saturday 2025-10-18; the columnist's claims (this week's and last week's) are `author`
st(a, "author", "turkey", "I wrote that Turkey had been careless to send Kosovo its drones three months early", "-1", "")
st(a, "kurti", "ksf|kosovo", "posted that the delivery \"significantly strengthens Kosovo's defense capabilities", "1", "2025-10-08")
st(a, "vucic", "turkey", "does not want stability in the Western Balkans and is once again dreaming of restoring the Ottoman Empire", "-1", "2025-10-08|")
st(a, "djuric", "turkey", "I strongly condemn this unilateral and unlawful move, which constitutes a step backward", "-1", "2025-10-08|")
st(a, "author", "serbia", "A government that buys its air defences from China and flies Russian fighter jets cannot tell a neighbour where to shop", "-1", "")
st(a, "author", "vucic", "a president who accuses a friendly state of imperial dreams on a Wednesday owes more than an explanation", "-1", "")
st(a, "vucic", "erdogan", "Vučić told reporters that Erdoğan was \"a great leader\"", "1", "2025-10-09")
st(a, "vucic", "turkey", "We are talking about a great leader and a great and successful country", "1", "2025-10-09")
st(a, "author", "vucic", "I said last week that this showed a statesman's flexibility", "1", "")
st(a, "author", "vucic", "A man who calls a country an empire-builder one day and a great and successful country the next", "-1", "")
st(a, "osmani", "vucic", "shamelessly attacking Turkey — a NATO member state", "-1", "2025-10-08")
st(a, "osmani", "turkey", "a NATO member state helping to preserve stability", "1", "2025-10-08")
st(a, "author", "osmani", "It was blunt, but it was accurate", "1", "")
st(a, "author", "kosovo|kurti", "Kosovo's government did itself no favours by treating a shipment of kamikaze drones as a victory parade", "-1", "")
st(a, "author", "eu", "should have said something in the first forty-eight hours", "-1", "")
st(a, "author", "turkey", "I wrote last week that its silence was arrogant", "-1", "")
st(a, "author", "turkey", "Turkey's restraint was the wisest contribution anyone made that week", "1", "")

# --- Ireland-Israel: the recognition of Palestine ---------------------------------------------
a = "h-debate-dail-recognition"  # published Wednesday 2024-05-29; "Tuesday's sitting" = 2024-05-28
st(a, "connolly", "israel", "It is clear that Israel is out of control", "-1", "2024-05-28")
st(a, "connolly", "israel", "she said that the Israeli government and army were acting with impunity", "-1", "2024-05-28")
st(a, "connolly", "harris", "I welcome the Taoiseach's very good decision", "1", "2024-05-28")
st(a, "connolly", "harris|ireland", "I welcome that but it has taken too long", "-1", "2024-05-28")
st(a, "connolly", "harris|ireland", "she asked Simon Harris to spell out what steps would now give the decision meaning", "0", "2024-05-28")
st(a, "harris", "ofearghail", "the Taoiseach thanked the Ceann Comhairle for a warning to members", "1", "2024-05-28")
st(a, "harris", "eu", "There was an onus on every country and on the European Union", "0", "2024-05-28")
st(a, "harris", "israel", "and when they're not being adhered to, that too must have consequences", "-1", "2024-05-28")
st(a, "harris", "netanyahu", "to bring about a cessation of violence before Netanyahu's next tragic mistake", "-1", "2024-05-28")
st(a, "israeli_embassy_ireland|israel", "ireland", "viewed the move as \"undermining its sovereignty and security\"", "-1", "2024-05-22")
st(a, "katz", "ireland", "if your goal was to reward terrorism by declaring support for a Palestinian state", "-1", "2024-05-23")
st(a, "katz", "harris", "the Taoiseach: \"Hamas thanks you for your service", "-1", "2024-05-23")
st(a, "mcgrath", "katz|israel", "The video in question is particularly distasteful", "-1", "2024-05-23")
st(a, "mcgrath", "israel", "adding that Israel was \"clearly very sore\" over the decision", "-1", "2024-05-23")
st(a, "harris", "israel|katz", "What I will not tolerate is any country misrepresenting the position of the Irish people", "-1", "2024-05-23")
st(a, "mcdonald", "harris|ireland", "It is regrettable that it has taken the government so long to formally enact this motion", "-1", "2024-05-22")

# --- Canada-China: the expulsion of diplomats -------------------------------------------------
a = "h-briefing-beijing-expulsions"  # published Wednesday 2023-05-10
st(a, "joly", "china|zhao_wei", "Diplomats in Canada have been warned that if they engage in this type of behaviour", "-1", "2023-05-08|")
st(a, "chong", "canada|joly", "said he was \"comforted\" by the government's decision", "1", "2023-05|2023-05-08|")
st(a, "chinese_embassy_canada|china", "canada", "In a statement on Monday it called the allegations \"groundless\"", "-1", "2023-05-08")
st(a, "chinese_foreign_ministry|china", "canada", "China \"strongly condemns and firmly opposes\" Canada's move, the ministry said", "-1", "2023-05-09")
st(a, "chinese_foreign_ministry|china", "canada", "China \"reserves the right to take further steps,\" the ministry warned", "-1", "2023-05-09|")
st(a, "wang_wenbin|chinese_foreign_ministry", "canada", "In response to the Canadian side's unreasonable provocation, China has adopted corresponding retaliatory measures", "-1", "2023-05-09")
st(a, "wang_wenbin|chinese_foreign_ministry", "canada", "We urge Canada to immediately stop its unreasonable provocations", "-1", "2023-05-09|")
st(a, "trudeau", "china", "We understand there is retaliation but we will not be intimidated", "-1", "2023-05-09|")

# --- Niger-France: the French ambassador ------------------------------------------------------
a = "h-translated-niamey-statement"  # published Monday 2023-09-25
st(a, "cnsp|niger", "", "This Sunday, we celebrate a new step towards the sovereignty of Niger", "", "2023-09-24")
st(a, "macron", "cnsp", "we will consult with the putschists, because we want this to be done peacefully", "0", "2023-09-24|")
st(a, "macron", "cnsp", "He also accused the military rulers of no longer wanting to fight against terrorism", "-1", "2023-09-24|")
st(a, "niger_foreign_ministry|cnsp", "itte", "French Ambassador Sylvain Itte's refusal to reply to an invitation by the ministry", "-1", "2023-08-25")
st(a, "niger_foreign_ministry|cnsp", "france", "due to other actions of the French government contrary to Niger's interests", "-1", "2023-08-25")
st(a, "french_foreign_ministry|france", "cnsp", "The putschists do not have the authority to make this request", "-1", "2023-08-25")
st(a, "macron", "cnsp", "which are being literally held hostage at the French embassy, and food is prevented from being delivered", "-1", "2023-09-15")
st(a, "macron", "bazoum", "he is the legitimate authority and I speak with him every day", "1", "2023-09-15|")

# --- United States-South Africa: Ambassador Rasool --------------------------------------------
a = "h-prose-rasool-return"  # published Monday 2025-03-24; "he says" = Sunday 23 March at the airport
st(a, "rasool", "united_states|rubio", "then I will wear my persona non grata as a badge of dignity", "-1", "2025-03-23|")
st(a, "rubio", "rasool", "Ebrahim Rasool is a race-baiting politician who hates America", "-1", "2025-03-14")
st(a, "rasool", "trump", "by mobilizing a supremacism against the incumbency at home", "-1", "|2025-03-14|2025-03")
st(a, "rasool", "musk", "that Elon Musk had involved himself in British politics", "-1", "|2025-03-14|2025-03")
st(a, "rasool", "", "so I stand by my analysis because we were analyzing a political phenomenon", "", "2025-03-23|")
st(a, "rasool", "united_states", "Nor, he insists, is he against the country that expelled him", "1", "2025-03-23|")
st(a, "rasool", "united_states", "We are not here to call on you to throw away our interests with the United States", "1", "2025-03-23|")
st(a, "ramaphosa|south_africa", "united_states", "the presidency said it \"noted the regrettable expulsion\"", "-1", "2025-03-15")
st(a, "ramaphosa|south_africa", "united_states", "remains committed to building a mutually beneficial relationship with the United States of America", "1", "2025-03-15")
st(a, "magwenya|ramaphosa", "rasool", "there are lessons to be drawn from the experience, and we will reflect on that lesson", "-1", "2025-03|")
st(a, "south_africa", "rasool", "You can't criticise your host country in the manner that he did", "-1", "|2025-03|2025-03-16")
st(a, "lamola", "united_states", "Washington did not follow the correct diplomatic process in expelling him", "-1", "|2025-03")


a = "h-inbrief-skydagger-digest"
ev(a, "2025-10-08", "was at Pristina airport on Wednesday to greet containers")
ev(a, "2025-10-08", "On Wednesday evening Serbian President Aleksandar Vučić answered on X")
ev(a, "2025-10-08", "Marko Đurić, Serbia's foreign minister, followed the same evening")
ev(a, "2025-10-03", "the Turkish officer who took over KFOR on 3 October")
ev(a, "2025-10-09", "By Thursday the tone in Belgrade had changed")
ev(a, "2025-10-09", "Türkiye Today, an English-language Turkish news site, wrote on Thursday")
ev(a, "2024-12", "Kurti said the contract had been signed in December last year")

a = "h-presser-belgrade-transcript"
ev(a, "2025-10-09", "The Serbian president called the press conference at short notice")
ev(a, "2025-10-08", "The minister's post of Wednesday evening called the delivery")
ev(a, "2025-10-08", "Kosovo's president had written on Wednesday that Vučić was")

a = "h-academic-skydagger-review"
ev(a, "2022-09-07", "he said in Belgrade on 7 September 2022, standing beside Recep Tayyip Erdoğan")
ev(a, "2022-12", "Three months later the subject was Pristina")
ev(a, "2024-10", "When Erdoğan came to Belgrade in October 2024")
ev(a, "2025-10-08", "On 8 October 2025, hours after Skydagger drones reached Pristina")
ev(a, "2025-10-09", "On 9 October the president described Erdoğan")
ev(a, "2026-02-12", "Yet after talks on 12 February 2026 he wrote")
ev(a, "2026-02", "The week before his visit to Ankara, Vučić claimed")

a = "h-column-reply-skydagger"
ev(a, "2025-10-11", "Last Saturday, in this space, I wrote that Turkey")
ev(a, "2025-10-08", "On Wednesday 8 October he posted that the delivery")
ev(a, "2024-12", "Kurti said the contract had been signed in December last year")
ev(a, "2025-10-09", "And on Thursday the explanation did not come")
ev(a, "2025-10-08", "Vjosa Osmani said on 8 October that Vučić was")

a = "h-debate-dail-recognition"
ev(a, "2024-05-28", "The Palestinian flag had been raised outside Leinster House that morning")
ev(a, "2024-05-28", "The chair suspended the sitting until ushers had cleared the gallery")
ev(a, "2024-05-22", "when the Government announced the recognition together with Norway and Spain")
ev(a, "2024-05-22", "Israel recalled its ambassador in Dublin the same morning")
ev(a, "2024-05-23", "On Thursday the Israeli foreign minister, Israel Katz, posted a video on X")
ev(a, "2024-05-23", "Mr Harris, interviewed on CNN that evening, was sharper")
ev(a, "2014-12", "the Dáil passed it in December 2014")

a = "h-briefing-beijing-expulsions"
ev(a, "2023-05-08", "On Monday Canada declared Zhao Wei")
ev(a, "2023-05", "The Globe and Mail had reported last week")
ev(a, "2023-05-09", "Beijing's reply was posted on the ministry's English website early on Tuesday")
ev(a, "2023-05-13", "was declared persona non grata and told to leave China before 13 May")
ev(a, "2023-05-09", "Asked at Tuesday's regular press conference about the expulsion")
ev(a, "2023-05-09", "spoke to reporters on Tuesday morning as he walked into a cabinet meeting")
ev(a, "2023-05-13", "Lalonde has until Saturday to leave")
ev(a, "2021", "the arrest of the Huawei executive Meng Wanzhou, which ended in 2021")

a = "h-translated-niamey-statement"
ev(a, "2023-09-24", "answered President Emmanuel Macron's announcement within hours on Sunday")
ev(a, "2023-07-26", "the key word of the military government's texts since the coup of 26 July")
ev(a, "2023-09-24", "Macron spoke on French television on Sunday evening")
ev(a, "2023-08-25", "The foreign ministry installed by the military gave the ambassador 48 hours to leave")
ev(a, "2023-08-31", "A statement on national radio told the police to expel the ambassador")
ev(a, "2023-09-15", "On a visit to Burgundy, Macron described the embassy as besieged")

a = "h-prose-rasool-return"
ev(a, "2025-03-23", "spoke to supporters and reporters at Cape Town International Airport on Sunday")
ev(a, "2025-03-14", "The declaration came from Marco Rubio, on X, on Friday the 14th")
ev(a, "2025-03-15", "On the day after Rubio's post, the presidency said")
ev(a, "2025-03-23", "he says on Sunday, \"but we come home with no regrets")


ns("h-inbrief-skydagger-digest", "Belgrade: \"appalled\"", "heading in the form speaker: quoted word; the body attributes the word")
ns("h-inbrief-skydagger-digest", "Kosovo Online, a Serbian-language portal in the north of Kosovo, carried the full text of the post",
   "an outlet whose name contains the alias Kosovo; it republished a post, it made no statement")
ns("h-inbrief-skydagger-digest", "say what those actions would be", "absence of a statement (\"He did not say\")")
ns("h-inbrief-skydagger-digest", "The ministry said only that the two men had discussed the arming of Kosovo",
   "attributed fact without stance (a ministry's account of a phone call)")
ns("h-inbrief-skydagger-digest", "Had the drones arrived in January, as the contract foresaw", "hypothetical")
ns("h-presser-belgrade-transcript", "until yesterday I was hugging Erdogan, and now he has served us this",
   "nested quote: words Vučić puts in the mouths of unnamed critics, inside his own answer")
ns("h-presser-belgrade-transcript", "did not answer the question about what measures Serbia might take", "absence of an answer (an editor's bracket)")
ns("h-presser-belgrade-transcript", "Ankara had made no public comment on any of it", "absence of a statement")
ns("h-presser-belgrade-transcript", "If the Turkish president were to call Belgrade this week", "hypothetical")
ns("h-academic-skydagger-review", "never publicly answered the charge of empire-building", "absence of a statement")
ns("h-academic-skydagger-review", "had Turkey answered in kind, we would know far more", "hypothetical")
ns("h-column-reply-skydagger", "Turkey has not answered Belgrade publicly", "absence of a statement")
ns("h-column-reply-skydagger", "If Ankara had replied in the same register", "hypothetical")
ns("h-debate-dail-recognition", "Much thought, analysis and diplomatic effort has informed the timing and context of this decision",
   "self-description of the government's own decision, no other actor evaluated")
ns("h-debate-dail-recognition", "asked those watching from above to respect the speakers", "procedural request by the chair to the public gallery")
ns("h-debate-dail-recognition", "Had the Government waited for a common European position", "hypothetical")
ns("h-briefing-beijing-expulsions", "taken after careful consideration of all factors at play", "self-description of the decision, no actor evaluated")
ns("h-briefing-beijing-expulsions", "had no immediate comment on the expulsion order", "absence of a statement")
ns("h-translated-niamey-statement", "This is a historic moment, which speaks to the determination and will of the Nigerien people",
   "self-description (the speaker's own people), no other actor evaluated")
ns("h-translated-niamey-statement", "France has decided to withdraw its ambassador", "announcement of a decision, no stance")
ns("h-translated-niamey-statement", "The diplomatic cards and visas of the former ambassador of his country to Niger and his family are invalidated",
   "procedural step (a quoted administrative decision)")
ns("h-translated-niamey-statement", "Had Paris recalled him in August", "hypothetical")
ns("h-prose-rasool-return", "respond to reporters' requests for comment in the days after Rubio's post", "absence of a statement (\"did not respond\")")
ns("h-prose-rasool-return", "If he had spoken then, he might have said less", "hypothetical")
ns("h-prose-rasool-return", "It was not our choice to come home", "self-description, no other actor evaluated")

if __name__ == "__main__":
    GOLD.write(HERE)
