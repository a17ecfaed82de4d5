#!/usr/bin/env python3
"""Writes the three gold CSVs of the skerries set (kept so that the coding can be re-read and re-run).

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
OCT = "2025-10|"                 # the NATO official, Vrajolli and Kürç to Radio Free Europe: October, no day given
F12 = "2026-02-12"
F12X = "2026-02-12|2026-02-13"   # Vučić's X post after the Ankara talks: "late" on the 12th, reported on the 13th
APPALLED = "I am appalled by Turkey's behavior and brutal violation of the UN Charter and UN Security Council Resolution 1244"
OTTOMAN = "Turkey does not want the stability of the Western Balkans and dreams of restoring the Ottoman Empire again."
GOOD_HOST = "When it comes to President Erdogan, I will always be a good host."
GREAT_LEADER = "We are talking about a great leader and a great and successful country"
WORLD_LEADER = "Erdogan is a great world leader, Türkiye is one of our most important partners."
UTMOST = "When I speak to you, I do so with the utmost respect, as a great leader"
GOD_WILLING = "God willing, we will also pay a visit to Belgrade and Novi Pazar"
OSMANI_Q = "shamelessly attacking Turkey — a NATO member state helping to preserve stability."
KURTI_Q = "we are continuing to build and modernise our military force through new technologies and contemporary combat tactics"
FURTHER_ACTIONS = "Serbia will have to take this move into consideration in its further actions."
AMERICANS = "The Americans are arming Albanians in Kosovo, as is Türkiye."
TB2 = "We have added to the arsenal of our army the TB-2 Bayraktar drones which we purchased from Turkey!"
ARMS_RACE = "This is a kind of arms race that is taking place in the region"

# --- Skydagger ----------------------------------------------------------------------------------
a = "sk-precedence-vienna"  # published Thursday 2025-10-16; an order of precedence with receiving-line notes
st(a, "trump", "turkey", "Turkey was fantastic too. President Erdoğan was fantastic. He really helped a lot", "1", "2025-10-12")
st(a, "trump", "erdogan", "Turkey was fantastic too. President Erdoğan was fantastic. He really helped a lot", "1", "2025-10-12")
st(a, "trump", "erdogan", "He's a tough cookie, but he's been my friend", "1", "2025-10-13")
st(a, "vucic", "turkey", APPALLED, "-1", O8)
st(a, "vucic", "turkey", OTTOMAN, "-1", O8)
st(a, "djuric", "turkey", "pouring oil on the fire and a prime example of malign interference in regional affairs", "-1", O8)
st(a, "vucic", "erdogan", GOOD_HOST, "1", O9)
st(a, "vucic", "erdogan", GREAT_LEADER, "1", O9)
st(a, "vucic", "turkey", GREAT_LEADER, "1", O9)
st(a, "kurti", "ksf|kosovo", KURTI_Q, "1", O8)
st(a, "osmani", "vucic", OSMANI_Q, "-1", O8)
st(a, "osmani", "turkey", OSMANI_Q, "1", O8)
st(a, "mojsilovic", "ksf|kosovo|turkey", "he said that such moves endanger the stability of the whole region", "-1", "2025-10-10")
st(a, "nato", "kosovo", "KFOR regularly monitors Kosovo's airspace, using all means and resources at its disposal", "0", OCT)
st(a, "nato", "turkey", "The same official praised Turkey as a long-standing contributor to the mission.", "1", OCT)
st(a, "vrajolli", "", "where I think it is expected that Kosovo will react in such a race", "", OCT)
ev(a, "2025-10-16", "Issued by the Protocol Office of the Danube Circle on Thursday 16 October 2025")
ev(a, "2022-03-14", "credentials presented 14 March 2022")
ev(a, "2022-09-02", "credentials presented 2 September 2022")
ev(a, "2024-01-09", "credentials presented 9 January 2024")
ev(a, "2025-10-10", "On Friday, receiving General Ulutaş in Belgrade")
ev(a, O8, "Her President posted on X at 17:14 on Wednesday of last week")
ns(a, "Ankara has said nothing in public about the delivery.", "absence (Ankara's silence)")
ns(a, "telephoned KFOR's Turkish commander on the day the drones landed, the Defence Ministry said", "attributed fact without stance (a phone call)")
ns(a, "No guest has asked to speak.", "absence")

a = "sk-names-skydagger"  # published Friday 2026-02-20; a baby-name site's entries, "Famous bearers" with days
st(a, "vucic", "turkey", "appalled by Turkey's behavior and brutal violation of the UN Charter", "-1", O8)
st(a, "vucic", "turkey", "Serbia is a small country, but we understood the message well.", "-1", O8)
st(a, "vucic", "erdogan", WORLD_LEADER, "1", F12X)
st(a, "vucic", "turkey", WORLD_LEADER, "1", F12X)
st(a, "osmani", "vucic", OSMANI_Q, "-1", O8)
st(a, "osmani", "turkey", OSMANI_Q, "1", O8)
st(a, "osmani", "nato", "We will continue to deepen ties with NATO allies, modernizing our defense capabilities", "1", O8)
st(a, "kurti", "ksf|kosovo", TB2, "1", "2023-07-16")
st(a, "kurti", "", "combat drones equipped with explosive payloads intended to neutralise enemy targets", "", O8)
st(a, "djuric", "turkey", "I strongly condemn this unilateral and unlawful move, which constitutes a step backward", "-1", O8)
st(a, "djuric", "turkey", FURTHER_ACTIONS, "-1", O8)
st(a, "erdogan", "serbia", GOD_WILLING, "1", F12)
st(a, "vrajolli", "", "This is a kind of arms race that is taking place in the region", "", "2025-10")
st(a, "kurc", "", "Essentially, they raise the cost of any military operation against Kosovo.", "", OCT)
ev(a, O8, "Answering the Serbian president on X on 8 October 2025")
ev(a, "2023-07-16", "On 16 July 2023, beside a Turkish drone")
ev(a, "2024-12", "The contract was signed last December with Baykar")
ev(a, F12, "late on 12 February 2026, after talks in Ankara")
ev(a, "2019", "We chose Aleksandar in 2019, long before all this.")
ns(a, "Wasn't it Vjosa who said Turkey dreams of the Ottoman Empire?", "a reader's question that misattributes a post")
ns(a, "the parent company of the Skydagger manufacturer", "attributed fact without stance (a contract)")
ns(a, "My mentor at work says every diplomat should read the Odyssey.", "a private person's advice; \"mentor\" as a common noun, not Mentor Vrajolli")

a = "sk-timetable-skydagger"  # published Saturday 2026-02-14; a parody railway timetable, notices keyed by letters
st(a, "vucic", "turkey", "We respect [Turkish President Recep Tayyip] Erdogan, but, naturally, it will tell on our relations", "-1", "2022-12-20")
st(a, "vucic", "erdogan", "We respect [Turkish President Recep Tayyip] Erdogan, but, naturally, it will tell on our relations", "1", "2022-12-20")
st(a, "kurti", "ksf|kosovo", TB2, "1", "2023-07-16")
st(a, "kfor|nato", "kosovo", "has the primary authority for airspace over Kosovo", "0", "2023-07-17")
st(a, "kurti", "ksf|kosovo", KURTI_Q, "1", O8)
st(a, "vucic", "turkey", APPALLED, "-1", O8)
st(a, "vucic", "turkey", OTTOMAN, "-1", O8)
st(a, "djuric", "turkey", "The decision of the Turkish authorities to deliver lethal weapons to Kurti's regime represents pouring oil on the fire", "-1", O8)
st(a, "osmani", "vucic", OSMANI_Q, "-1", O8)
st(a, "osmani", "turkey", OSMANI_Q, "1", O8)
st(a, "vucic", "erdogan", GOOD_HOST, "1", O9)
st(a, "vucic", "turkey", "was \"too small to threaten\" Turkey, which he called \"a great power\"", "1", O9)
st(a, "vucic", "erdogan", UTMOST, "1", F12)
st(a, "erdogan", "serbia", GOD_WILLING, "1", F12)
st(a, "vucic", "erdogan", WORLD_LEADER, "1", F12X)
st(a, "vucic", "turkey", WORLD_LEADER, "1", F12X)
ev(a, "2022-12-20", "Tue 20 Dec 2022 only | Belgrade, TV studio")
ev(a, O9, "Thu 9 Oct 2025 only | Belgrade, Presidency press hall")
ev(a, F12, "Thu 12 Feb 2026 only | Ankara, Presidential Complex")
ev(a, "2023-07-17", "The next day, Monday, KFOR answered that its commander")
ev(a, O8, "on Facebook, the day the containers landed")
ev(a, "2026-02-14", "Timetable compiled on Saturday 14 February 2026.")
ns(a, "Yesterday, I reacted strongly, some would say sharply, maybe too sharply.", "self-description with no other target")
ns(a, "No words from Ankara on the delivery were announced.", "absence (Ankara's silence)")
ns(a, "Belgrade, this is your last stop", "words the timetable says nobody said")

a = "sk-crm-skydagger"  # published Monday 2026-02-16; a CRM opportunity record, activity notes newest first
st(a, "vucic", "erdogan", UTMOST, "1", F12)
st(a, "vucic", "erdogan", WORLD_LEADER, "1", F12X)
st(a, "vucic", "turkey", WORLD_LEADER, "1", F12X)
st(a, "erdogan", "serbia", GOD_WILLING, "1", F12)
st(a, "vucic", "united_states", AMERICANS, "-1", "2025-12|")
st(a, "vucic", "turkey", AMERICANS, "-1", "2025-12|")
st(a, "vucic", "erdogan", GOOD_HOST, "1", O9)
st(a, "vucic", "erdogan", GREAT_LEADER, "1", O9)
st(a, "vucic", "turkey", GREAT_LEADER, "1", O9)
st(a, "vucic", "turkey", "The President also said Serbia was too small to threaten Turkey.", "1", O9)
st(a, "vucic", "turkey", OTTOMAN, "-1", O8)
st(a, "djuric", "turkey", FURTHER_ACTIONS, "-1", "2025-10-08|")
st(a, "kurti", "ksf|kosovo", KURTI_Q, "1", O8)
st(a, "osmani", "vucic", OSMANI_Q, "-1", O8)
st(a, "osmani", "turkey", OSMANI_Q, "1", O8)
ev(a, "2026-02-13", "Jasmin signed for the full 18 t.")
ev(a, F12, "He watched the press conference in Ankara yesterday")
ev(a, O8, "Turkish drones landed in Pristina today.")
ev(a, "2026-02", "deliver 18 t before the end of February")
ev(a, "2025-12", "The President told foreign ambassadors in Belgrade this week")
ns(a, "Our Ankara office approved a two per cent hold on the price until Friday.", "Ankara is the confectioner's office, not the state (alias trap)")
ns(a, "Jasmin asked whether we would cut the price if shops boycott Turkish goods.", "a question by a fictional buyer")
ns(a, "Jasmin forwarded a Türkiye Today link.", "an outlet whose name contains an actor's alias (Türkiye of turkey)")

# --- El Salvador and the United States ----------------------------------------------------------------
a = "sk-fara-sansalvador"  # published Monday 2021-11-29; a FARA supplemental statement, informational materials by item
st(a, "gonzalez", "el_salvador|sv_assembly|bukele", "This is not how things are done in a democratic state", "-1", "2021-05-01|2021-05-02")
st(a, "blinken|state_department", "sv_assembly|el_salvador", "grave concern over the Legislative Assembly’s vote to remove all five magistrates", "-1", "2021-05-02")
st(a, "blinken|state_department", "melara", "is fighting corruption and impunity and is an effective partner of efforts to combat crime", "1", "2021-05-02")
st(a, "blinken", "el_salvador|bukele", "Democratic governance requires respecting the separation of powers, for the good of all Salvadorans.", "-1", "2021-05-02")
st(a, "harris", "el_salvador|sv_assembly", "We have deep concerns about El Salvador’s democracy", "-1", "2021-05-02|2021-05-03")
st(a, "bukele", "united_states", "With all due respect, we are cleaning our house and this is not your responsibility", "-1", "2021-05-01|2021-05-02|2021-05")
st(a, "harris", "sv_assembly|el_salvador", "The Parliament of El Salvador acted to undermine the highest court in the nation", "-1", "2021-05-04")
st(a, "harris", "el_salvador|sv_assembly", "She added that the United States \"must respond\" to the vote.", "-1", "2021-05-04|")
st(a, "bukele", "", "The people did not send us to negotiate. They are leaving. Everyone", "", "2021-05-03")
st(a, "blinken", "el_salvador", "the United States will continue to use the tools at its disposal", "-1", "2021-09-20")
st(a, "bukele", "united_states", "it’s pure politics and the lowest kind of interference.", "-1", "2021-09-20|2021-09-21")
st(a, "author", "sv_assembly", "is that the Assembly acted within its constitutional powers.", "1", "")
ev(a, "2021-05-01", "Two-page background note on the vote of Saturday 05/01/2021")
ev(a, "2021-05-02", "on the removal of Attorney General Raúl Melara shortly after midnight")
ev(a, "2021-03-15", "Agreement dated 03/15/2021, filed as Exhibit B.")
ev(a, "2021-09-20", "Note on the State Department's list of 09/20/2021")
ev(a, "2021-11-29", "Date: 11/29/2021 · Signature: /s/")
ns(a, "The Registrant did not arrange meetings with executive branch officials during the period.", "absence")
ns(a, "to a post on the English-language blog El Salvador Perspectives", "an outlet whose name contains an actor's alias (El Salvador of el_salvador)")
ns(a, "swears or affirms under penalty of perjury that the contents of this statement are true", "the fictional signatory's oath, a self-description")

# --- Niger and the United States ---------------------------------------------------------------------
a = "sk-accounts-niamey"  # published Friday 2024-05-31; notes to an annual report's accounts and the auditor's key audit matter
st(a, "phee", "cnsp|niger", "announce a timeline for a swift and credible transition to a civilian-led and democratically elected government.", "-1", "2023-12-13")
st(a, "phee", "cnsp|niger", "We have confirmed that we are prepared to resume our cooperation if the CNSP (military authority) takes the steps", "0", "2023-12-13|")
st(a, "abdramane|cnsp", "united_states|phee", "Niger regrets the intention of the American delegation to deny the sovereign Nigerien people the right to choose their partners", "-1", "2024-03-16")
st(a, "abdramane|cnsp", "united_states|phee", "He also condemned the delegation's \"condescending attitude\".", "-1", "2024-03-16|")
st(a, "matthew_miller|state_department", "cnsp|niger", "which follows frank discussions at senior levels in Niamey this week about our concerns with the CNSP's trajectory", "-1", "2024-03-17|2024-03-16")
st(a, "state_department", "niger|zeine", "They’ve agreed that we do it in an orderly and responsible way.", "0", "2024-04-19")
st(a, "zeine", "united_states|phee", "First, you come here to threaten us in our country. This is unacceptable.", "-1", "2024-05-14")
st(a, "zeine", "united_states", "the Americans had stayed on Nigerien soil doing nothing while terrorists killed people", "-1", "2024-05-14|")
st(a, "zeine", "united_states", "It is not a sign of friendship to come on our soil but let the terrorists attack us.", "-1", "2024-05-14|")
ev(a, "2023-07-26", "After the change of government in Niamey on 26 July 2023")
ev(a, "2023-12-13", "In Niamey on Wednesday 13 December 2023")
ev(a, "2024-03-16", "On Saturday 16 March 2024, a day after a US delegation led by Ms Phee left Niamey")
ev(a, "2024-04-19", "On Friday 19 April 2024, after a meeting in Washington between Deputy Secretary of State Kurt Campbell")
ev(a, "2024-05-24", "The Directors approved these financial statements on 24 May 2024")
ev(a, "2012", "the status agreement of 2012 between the two governments")
ns(a, "The prime minister has asked us to withdraw U.S. troops, and we have agreed to do that.", "attributed fact without stance (an agreement to withdraw)")
ns(a, "No date for the withdrawal had been agreed when these statements were approved.", "absence")
ns(a, "We consider that the material uncertainty is adequately disclosed.", "the fictional auditor's opinion on a disclosure; no actor as target")

# --- France and Morocco --------------------------------------------------------------------------------
a = "sk-bulletin-rabat"  # published Monday 2022-12-19; a parody visa bulletin, dates written 28SEP21
st(a, "attal", "morocco|algeria|tunisia", "these countries do not accept to take back nationals that we do not want and cannot keep in France", "-1", "2021-09-28")
st(a, "attal", "morocco|algeria|tunisia", "There was a dialogue, then there were threats; today we are carrying out this threat.", "-1", "2021-09-28|")
st(a, "bourita", "france", "We have taken note of this decision, we consider it unjustified", "-1", "2021-09-28")
st(a, "bourita", "france", "Morocco will study it, but the reasons which justify it require precision, a dialogue, because they do not reflect reality", "-1", "2021-09-28|")
st(a, "bourita", "france", "He called the matter a Franco-French problem.", "-1", "2021-09-28|")
st(a, "algeria", "france", "lodged a formal protest against what it called a unilateral decision of the French government", "-1", "2021-09-29")
st(a, "french_foreign_ministry", "morocco", "We have noted some very positive changes regarding readmission", "1", "2022-12-14")
st(a, "colonna", "morocco", "We have taken measures, with our Moroccan partners, to restore a normal consular relationship", "1", "2022-12-16")
st(a, "colonna", "morocco", "She said France wanted an \"exemplary, exceptional, fraternal, and modern partnership\" with Morocco", "1", "2022-12-16")
st(a, "colonna", "morocco", "a new page in a context where France and Morocco need each other more than ever", "1", "2022-12-16")
st(a, "colonna", "morocco", "exchanges between our two societies are and will remain the foundation of our bilateral relationship", "1", "2022-12-16|")
st(a, "bourita", "colonna", "I am happy to receive my colleague and my friend Catherine Colonna.", "1", "2022-12-16")
st(a, "bourita", "france", "the French move to normalise relations \"goes in the right direction\"", "1", "2022-12-16")
st(a, "bourita", "france", "described the ties between the two countries as \"solid, but with constraints.\"", "0", "2022-12-16")
st(a, "bourita", "france", "Morocco had officially refrained, out of respect, from commenting on a unilateral and sovereign decision", "-1", "2022-12-16")
ev(a, "2021-09-28", "On 28SEP21 (a Tuesday), the French government's spokesman, Gabriel Attal, confirmed on Europe 1")
ev(a, "2021-09-29", "On 29SEP21 Algiers summoned the French ambassador")
ev(a, "2022-12-16", "On 16DEC22, at a joint press conference in Rabat")
ev(a, "2023-01", "The chart in section A shows all categories current from January.")
ns(a, "Morocco has always managed the migration issue and the flow of people, with a logic of responsibility and balance", "self-description with no other target")
ns(a, "We did what was needed. It’s done.", "self-description (France's own act)")
ns(a, "Should readmissions fall again, a category could retrogress without notice.", "hypothetical")
ns(a, "Applicants who read about the change in Morocco World News", "an outlet whose name contains an actor's alias (Morocco of morocco)")

# --- Nicaragua and Taiwan -----------------------------------------------------------------------------
a = "sk-apostille-managua"  # published Monday 2022-01-10; parody apostilles and authentications; field 6 is the certification day
CHINA_Q = "The People's Republic of China is the only legitimate government that represents all of China and Taiwan is an inalienable part of the Chinese territory."
st(a, "moncada|nicaragua", "taiwan", CHINA_Q, "-1", "2021-12-09")
st(a, "moncada|nicaragua", "china", CHINA_Q, "1", "2021-12-09")
st(a, "moncada|nicaragua", "taiwan", "As of today, Nicaragua breaks its diplomatic relations with Taiwan", "-1", "2021-12-09|")
st(a, "taiwan_mofa|taiwan", "ortega|nicaragua", "Taiwan deeply regrets that the Ortega government has decided to disregard the long-standing and close friendship", "-1", "2021-12-10")
st(a, "price|state_department", "ortega|nicaragua", "the sham election on November 7 did not provide it with any mandate", "-1", "2021-12-09")
st(a, "price|state_department", "ortega|nicaragua", "this deprives Nicaragua's people of a steadfast partner in its democratic and economic growth", "-1", "2021-12-09|")
st(a, "price|state_department", "taiwan", "this deprives Nicaragua's people of a steadfast partner in its democratic and economic growth", "1", "2021-12-09|")
st(a, "price|state_department", "taiwan", "We encourage all countries that value democratic institutions, transparency, the rule of law", "1", "2021-12-09|")
st(a, "joseph_wu", "china", "The minister also condemned Beijing for snatching away another of Taiwan's allies.", "-1", "2021-12-14")
st(a, "nicaragua_ag|nicaragua", "taiwan", "The attempted donation was a manoeuvre and subterfuge to take what doesn’t belong to them", "-1", "2021-12-26")
st(a, "taiwan_mofa|taiwan", "nicaragua", "it is totally unacceptable to our government and for this, we express our strong protest", "-1", "2021-12-27")
st(a, "joseph_wu", "nicaragua|ortega", "Minister Wu, on Twitter, called the seizure \"unlawful and utterly disgusting.\"", "-1", "|2021-12-27|2021-12-26|2021-12")
st(a, "taiwan_mofa|taiwan", "nicaragua", "ensure that Nicaragua is held accountable for its unlawful act", "-1", "2021-12-30")
st(a, "china", "nicaragua", "which praised Nicaragua for \"respecting China’s sovereignty and the one-China principle\"", "1", "|2021-12")
ev(a, "2021-12-09", "televised announcement of Thursday 9 December 2021")
ev(a, "2021-12-20", "Authenticated at Taipei, 20 December 2021")
ev(a, "2021-12-26", "on Taiwan's gift of its former embassy to the Archdiocese of Managua")
ev(a, "2023-11", "It joined the Convention in November 2023.")
ev(a, "1961", "in the form of the apostille of the Hague Convention of 1961")
ns(a, "As a responsible member of the international community, Taiwan has the right to conduct exchanges", "self-description with no other target")
ns(a, "It was heartbreaking for us to lose a diplomatic ally.", "self-description (the ministry's grief)")
ns(a, "the Register certifies signatures and capacities, not the truth of what was said", "the fictional registry's self-description")

if __name__ == "__main__":
    GOLD.write(HERE)
