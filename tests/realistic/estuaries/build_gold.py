#!/usr/bin/env python3
"""Writes the three gold CSVs of the estuaries set (kept so that the coding can be re-read and re-run).

Run from this folder: python3 build_gold.py. The conventions are those of ../devset/README.md;
this set's own decisions are in README.md. Rows: st(article, speaker, target, fragment, sign,
said_on), ev(article, date, fragment), ns(article, fragment, why); `|` separates acceptable
alternatives, an empty alternative accepts a blank.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_check import write_gold  # noqa: E402

S = []  # article_id, speaker, target, fragment, stance_sign, said_on
E = []  # article_id, date, fragment
N = []  # article_id, fragment, why


def st(a, sp, tg, fr, sign, d):
    S.append([a, sp, tg, fr, sign, d])


def ev(a, d, fr):
    E.append([a, d, fr])


def ns(a, fr, why):
    N.append([a, fr, why])


# --- Skydagger ----------------------------------------------------------------------------------
a = "e-posts-osmani-evening"  # published Thursday 2025-10-09; wire reaction story built around one person's posts
st(a, "vucic", "turkey", "appalled by Türkiye's behaviour and the brutal violation of the UN Charter", "-1", "2025-10-08")
st(a, "osmani", "vucic", "shamelessly attacking Turkey — a NATO member state helping to preserve stability", "-1", "2025-10-08")
st(a, "osmani", "turkey", "a NATO member state helping to preserve stability", "1", "2025-10-08")
st(a, "osmani", "vucic", "seemed to believe he could threaten a big NATO country like Turkey", "-1", "2025-10-08|")
st(a, "osmani", "vucic", "Vucic should try to do the same, instead of constantly attacking his neighbours", "-1", "2025-10-08|")
st(a, "osmani", "vucic", "the Serbian leader was pushing forward military cooperation with Russia, China and Iran", "-1", "2025-10-08|")
st(a, "osmani", "vucic", "hegemonic mind, captured by the past and always obsessed with intimidating others", "-1", "2025-10-08|")
st(a, "osmani", "erdogan", "a man of his word, a leader who has always shown deep and sincere care for all the people of our region", "1", "2025-10-08|")
st(a, "osmani|trump", "erdogan|turkey", "extraordinary leadership in promoting global peace", "1", "2025-10-08|")
st(a, "osmani", "erdogan", "Thank you, President Erdogan, and the brotherly people of Turkey", "1", "2025-10-08|")
st(a, "osmani", "turkey", "Thank you, President Erdogan, and the brotherly people of Turkey", "1", "2025-10-08|")
st(a, "djuric", "turkey", "a prime example of malign interference in regional affairs with destabilizing consequences", "-1", "2025-10-08|")
st(a, "vucic", "osmani|kosovo", "Osmani is not in a neighbouring country, she lives on our territory and lives well", "-1", "2025-10-09")
st(a, "vucic", "turkey", "he said Serbia was too small to threaten Turkey", "1", "2025-10-09|")
st(a, "kfor", "kosovo", "a purchase that drew a warning from NATO's peacekeeping mission at the time", "-1", "2023")
ev(a, "2025-10-08", "Kosovo President Vjosa Osmani spent Wednesday evening answering Serbia's president")
ev(a, "2025-10-08", "Acting Prime Minister Albin Kurti had announced the delivery in the afternoon")
ev(a, "2025-10-09", "Vucic replied the next day, at an extraordinary press conference in Belgrade")
ev(a, "2024-12", "Kosovo signed the Skydagger contract in December last year")
ev(a, "2023", "The country bought Bayraktar TB2 drones from the same manufacturer in 2023")
ns(a, "her office declined to comment", "absence (declined to comment)")
ns(a, "did not repeat his charge that Turkey dreamed of restoring the Ottoman Empire", "absence (did not repeat)")
ns(a, "Had Belgrade answered Wednesday's posts in kind", "hypothetical")
ns(a, "Kosovo, she wrote, would keep strengthening its ties with NATO allies", "self-description with no other target")

a = "e-tvscript-vucic-turn"  # published Thursday 2025-10-09; TV package script (ANCHOR, SUPER, VO, SOT, QUOTE CARD, PTC)
st(a, "vucic", "turkey", "Serbia's president accused Turkey of dreaming of a new Ottoman Empire", "-1", "2025-10-08")
st(a, "vucic", "erdogan", "This afternoon he called Turkey's president a great leader", "1", "2025-10-09")
st(a, "kurti", "ksf|kosovo", "we are continuing to strengthen and increase the striking power of our army", "1", "2025-10-08|")
st(a, "vucic", "turkey", "the Serbian president wrote that he was appalled by Turkey's behaviour", "-1", "2025-10-08|")
st(a, "djuric", "turkey|kosovo", "which constitutes a step backward in efforts to normalize relations in the region", "-1", "2025-10-08|")
st(a, "osmani", "vucic", "accused Vucic of shamelessly attacking a NATO ally", "-1", "2025-10-08")
st(a, "vucic", "erdogan", "We are talking about a great leader and a great and successful country", "1", "2025-10-09")
st(a, "vucic", "turkey", "We are talking about a great leader and a great and successful country", "1", "2025-10-09")
st(a, "vucic", "turkey", "He insisted he had threatened nobody", "1", "2025-10-09|")
st(a, "vucic", "turkey", "We are small, Turkey is the second largest power in NATO, but it does not matter how small we are", "1", "2025-10-09|")
st(a, "vucic", "turkey|kfor", "Do you know what name they gave to the barracks in Kosovo", "-1", "2025-10-09|")
st(a, "author", "vucic|serbia", "Belgrade has spent the day trying to put the genie back in the bottle", "-1", "")
st(a, "author", "vucic", "the president's second performance was an apology that was never quite an apology", "-1", "")
ev(a, "2025-10-08", "Twenty-four hours ago Serbia's president accused Turkey")
ev(a, "2025-10-08", "The containers arrived at Pristina airport on Wednesday afternoon")
ev(a, "2025-10-09", "at an extraordinary press conference at the presidency")
ev(a, "2025-10-12", "Kosovo votes in local elections on Sunday")
ns(a, "He did not take back what he had written the day before", "absence (did not take back)")
ns(a, "the alliance remained closely involved in this important issue", "self-description with no other target (NATO)")

a = "e-table-thirty-hours"  # published Sunday 2025-10-12; data piece: a table of every public word, by time
st(a, "kurti", "ksf|kosovo", "contributing to the ongoing effort to build and modernize the military through new technologies", "1", "2025-10-08")
st(a, "vucic", "turkey", "does not want stability in the Western Balkans and is once again dreaming of restoring the Ottoman Empire", "-1", "2025-10-08")
st(a, "djuric", "turkey", "to deliver lethal weapons to Kurti's regime represents pouring oil on the fire", "-1", "2025-10-08")
st(a, "djuric", "kosovo", "What so-called Kosovo needs are not kamikaze drones, but respect for the basic human rights", "-1", "2025-10-08")
st(a, "osmani", "vucic", "Accused Vučić of attacking a NATO member state that was helping to preserve stability", "-1", "2025-10-08")
st(a, "osmani", "turkey", "a NATO member state that was helping to preserve stability", "1", "2025-10-08")
st(a, "osmani", "vucic", "Said Vučić was pushing military cooperation with Russia, China and Iran", "-1", "2025-10-08")
st(a, "vucic", "erdogan", "he is a great leader who raised Ankara from the ashes", "1", "2025-10-09")
st(a, "nato", "turkey", "Praised Turkey as a long-standing contributor to the mission in Kosovo", "1", "2025-10-09|2025-10-08|2025-10|")
st(a, "author", "vucic", "Nothing in between, as far as the public record shows, explains the change", "-1", "")
ev(a, "2025-10-08", "Announced the arrival of the containers")
ev(a, "2025-10-08", "had spoken by phone with the Turkish commander of KFOR on Wednesday")
ev(a, "2025-10-09", "| from 13:00 | Vučić | press conference, Belgrade |")
ev(a, "2025-10-12", "Kosovo votes in local elections today")
ns(a, "Turkey's foreign ministry posted nothing about the delivery in those thirty hours", "absence")
ns(a, "Had Turkey said anything at all, it would have needed a row of its own", "hypothetical")

a = "e-longread-ankara-thaw"  # published Sunday 2026-02-15; Sunday long read, months after the crisis
st(a, "vucic", "erdogan", "Erdogan is a great world leader, Turkiye is one of our most important partners", "1", "2026-02-12")
st(a, "vucic", "turkey", "Erdogan is a great world leader, Turkiye is one of our most important partners", "1", "2026-02-12")
st(a, "vucic", "turkey", "to the best paths that were built in previous years", "1", "2026-02-12|")
st(a, "erdogan", "serbia", "we will also pay a visit to Belgrade and Novi Pazar in May or June", "1", "2026-02-12|")
st(a, "erdogan", "serbia", 'he spoke of a "golden age" in relations with Serbia', "1", "2024-10")
st(a, "vucic", "baykar|turkey", "Vučić made no secret of wanting Turkish drones for his own army", "1", "2024-10|")
st(a, "vucic", "turkey", "Vučić wrote that afternoon that he was appalled", "-1", "2025-10-08")
st(a, "djuric", "turkey", "will have to take this move into consideration in its further actions", "-1", "2025-10-08|")
st(a, "vucic", "erdogan", "At his press conference he called Erdoğan a great leader", "1", "2025-10-09")
st(a, "vucic", "turkey", "Can you imagine if we behaved like that with some territory that is problematic for Turkey", "-1", "2025-10-09|")
st(a, "vucic", "kosovo", "Belgrade had information that Kosovo was seeking artillery systems and more anti-tank weapons", "-1", "2026-02")
ev(a, "2026-02-12", "On Thursday evening, before his plane had left Ankara")
ev(a, "2026-02-12", "A few hours earlier he had been the guest of honour at a dinner")
ev(a, "2026-02-12", "Speaking to Serbian reporters before he flew home")
ev(a, "2024-10", "go back to Belgrade in October 2024")
ev(a, "2025-10-08", "On 8 October Kosovo received thousands of Skydagger kamikaze drones")
ns(a, "He did not say where the information came from", "absence (He did not say ...)")
ns(a, "If Erdoğan does come in May, the question of the drones will travel with him", "hypothetical")

# --- Other disputes -----------------------------------------------------------------------------
a = "e-timeline-thai-cambodia"  # published Friday 2025-07-25; live-updating timeline, times in ICT under day headers
st(a, "hun_manet", "thailand", "accusing the Thai army of deliberate attacks on Cambodian positions around several temples", "-1", "2025-07-24")
st(a, "hun_manet", "thailand", "but also a blow to the spirit of neighborly friendship that we have consistently strived to uphold", "-1", "2025-07-24")
st(a, "hun_manet", "thailand", "we have no choice but to respond with armed force against this armed invasion", "-1", "2025-07-24")
st(a, "hun_sen", "thailand", "Cambodia's soldiers have no choice but to fight back", "-1", "2025-07-24")
st(a, "phumtham", "cambodia", "says Cambodian forces used heavy weapons to fire into Thai territory without a clear target", "-1", "2025-07-24")
st(a, "phumtham", "cambodia", "He condemns the use of force as a violation of international law", "-1", "2025-07-24")
st(a, "phumtham", "", "Today, we are fulfilling our duty to the fullest in protecting ourselves", "", "2025-07-24")
st(a, "maly_socheata|cambodia_defence_ministry", "thailand", "no choice but to defend its territory against Thai threats", "-1", "2025-07-25|2025-07-24")
st(a, "guterres|haq|un", "thailand", "to exercise maximum restraint and address any issues through dialogue", "0", "2025-07-25|2025-07-24")
st(a, "guterres|haq|un", "cambodia", "to exercise maximum restraint and address any issues through dialogue", "0", "2025-07-25|2025-07-24")
ev(a, "2025-07-23", "Five Thai soldiers are wounded by a landmine near Chong An Ma")
ev(a, "2025-07-23", "Bangkok recalls its ambassador from Phnom Penh and says it will expel Cambodia's envoy")
ev(a, "2025-07-24", "Troops clash near the Ta Muen Thom temple on the border of Surin province")
ev(a, "2025-07-24", "After a special meeting of the National Security Council")
ev(a, "2025-07-24", "Hun Manet writes to the president of the UN Security Council to request an emergency meeting")
ev(a, "2025-07-25", "Prak Sokhonn briefs foreign diplomats and defence attachés on the fighting")
ev(a, "2025-07-25", "Fighting was reported again along parts of the border this afternoon")
ns(a, "says the air strikes were an act of self-defence", "self-description with no other target")
ns(a, "says at least 11 civilians and one soldier have been killed on the Thai side", "attributed fact without stance (a toll)")
ns(a, "focused on the military places, not on any other place", "self-description with no other target")
ns(a, "If the Security Council meets tonight in New York", "hypothetical")

a = "e-quiz-iran-azerbaijan"  # published Friday 2023-02-03; news quiz, quotes in the questions, speakers in the answers
st(a, "aliyev", "", "I fiercely condemn the terrorist attack perpetrated against our Embassy in Tehran today", "", "2023-01-27")
st(a, "aliyev", "iran", "We demand that this terrorist act be swiftly investigated and the terrorists punished", "-1", "2023-01-27|")
st(a, "hacizada", "iran", "All responsibility for the attack lies with Iran", "-1", "2023-01-27")
st(a, "hacizada", "iran", "a recent anti-Azerbaijani campaign in Iranian media had", "-1", "2023-01-27|")
st(a, "azerbaijan_foreign_ministry|azerbaijan", "iran", "the Iranian side had to fulfill its obligations under the Vienna Convention", "-1", "2023-01-27|")
st(a, "azerbaijan_foreign_ministry|azerbaijan", "iran", "the serious consequences of not showing proper sensitivity to our urgent appeals", "-1", "2023-01-27|")
st(a, "kanani", "", "said Tehran strongly condemned the attack, but added", "", "2023-01-27|")
st(a, "kanani", "", "which unfortunately resulted in the death of one person", "", "2023-01-27|")
st(a, "amir_abdollahian", "", "said the incident was not a terrorist attack", "", "2023-01-27")
st(a, "amir_abdollahian", "azerbaijan", "without providing any pretexts for the enemies of the two countries' amicable relations", "1", "2023-01-27")
st(a, "erdogan", "azerbaijan", "We convey our condolences to our Azerbaijani brothers and wish a speedy recovery", "1", "2023-01-27")
st(a, "erdogan", "azerbaijan", 'his country stood by "its dear friend and brother Azerbaijan"', "1", "2023-01-27|")
st(a, "raisi", "azerbaijan", "will not allow bilateral relations to be affected by ill-wishers", "1", "2023-01-29")
st(a, "khalafov", "iran", "that Iran was responsible for the attack and its consequences", "-1", "2023-01-29")
ev(a, "2023-01-27", "a man with a Kalashnikov forced his way into Azerbaijan's embassy in Tehran")
ev(a, "2023-01-27", "The same day his government summoned Iran's ambassador in Baku")
ev(a, "2023-01-29", "were flown home to Baku on Sunday night")
ev(a, "2023-01-29", "The special plane landed at Heydar Aliyev International Airport at 10 p.m. local time on Sunday")
ev(a, "2023-01-29", "The same day Iran's president, Ebrahim Raisi, spoke to Aliyev by phone")
ns(a, "According to the preliminary investigation, these are personal motives", "attributed finding without stance")
ns(a, "Iran's police said the gunman had come to settle a family matter", "attributed claim without stance, inside a quiz question")
ns(a, "True or false: Iran's foreign minister said the shooting was a terrorist attack", "a quiz question")
ns(a, "would Baku have evacuated if Tehran had called the attack terrorism on the first day", "hypothetical")

a = "e-release-morocco-germany"  # published Friday 2021-05-07; a ministry's statement reproduced in full, then the newsroom's notes
MFA = "morocco_foreign_ministry|morocco"
st(a, MFA, "germany", "exacerbated hostile acts that are detrimental to the higher interests of the Kingdom of Morocco", "-1", "2021-05-06|")
st(a, MFA, "germany", "distanced itself from the spirit of constructive solution with a destructive attitude", "-1", "2021-05-06|")
st(a, MFA, "germany", "is a serious act that remains unexplained so far", "-1", "2021-05-06|")
st(a, MFA, "germany", "German authorities act with complicity towards an individual formerly convicted of acts of terror", "-1", "2021-05-06|")
st(a, MFA, "germany", "Germany exhibits a continued determination to counter Morocco's regional influence", "-1", "2021-05-06|")
st(a, MFA, "germany", "due to this constant and unacceptable hostility, the Kingdom of Morocco has decided to recall", "-1", "2021-05-06|")
st(a, "morocco", "germany", 'citing "deep misunderstandings" on "issues fundamental for Morocco"', "-1", "2021-03-02|2021-03-01|2021-03")
st(a, "german_foreign_office|germany", "morocco", "We are all the more surprised by this measure as we are working with the Moroccan side", "-1", "2021-05-06|2021-05-07|")
st(a, "author", "morocco", "Rabat has chosen escalation with a partner that is one of its largest donors of development aid", "-1", "")
st(a, "author", "morocco_foreign_ministry|morocco", "its list of grievances reads less like an explanation than an indictment", "-1", "")
ev(a, "2021-05-06", "issued the following statement on Thursday")
ev(a, "2020-12", "the decision of the outgoing US administration, in December")
ev(a, "2020-01", "is the conference on Libya of January 2020")
ev(a, "2020-12", "Germany then asked for a closed meeting of the UN Security Council")
ev(a, "2021-03-02", "On 2 March Rabat suspended all contact between its ministries and the German embassy")
ev(a, "2021-03", "Germany summoned the Moroccan ambassador in response")
ns(a, "the ministry did not answer our question about who he is", "absence")
ns(a, "It did not say whether it would recall its own ambassador", "absence (did not say)")
ns(a, "If Berlin were to move toward Washington's position on the Sahara", "hypothetical")

a = "e-numbers-hungary-ukraine"  # published Thursday 2017-10-12; "the row in numbers", each section headed by a number
st(a, "szijjarto", "ukraine", "Ukraine has stabbed Hungary in the back by amending its education act", "-1", "2017-09-07")
st(a, "szijjarto", "ukraine", "but for Ukraine to ignore its international commitments also goes against European values", "-1", "2017-09-07|")
st(a, "szijjarto", "ukraine", "It is unacceptable that Hungarians living in Ukraine have been stripped of their right", "-1", "2017-09-07|")
st(a, "szijjarto", "ukraine", "Szijjártó told the broadcaster ATV that the law was", "-1", "2017-09-10")
st(a, "szijjarto", "ukraine", "The Ukrainians should think over how they treat their minorities and how they treat Hungarians", "-1", "2017-09-10|")
st(a, "hungary_foreign_ministry|hungary", "ukraine", "Hungary's foreign ministry said it would block any further rapprochement between Ukraine and the EU", "-1", "2017-09-26")
st(a, "lazar", "ukraine", "warned that Kyiv was losing Budapest as a friend", "-1", "2017-09|")
st(a, "szijjarto", "ukraine", "Szijjártó said the law violated the principles of Ukraine's Association Agreement with the EU", "-1", "2017-10-09")
st(a, "klimkin", "szijjarto|hungary", "For us, the revision of the Association Agreement is possible only in terms of ensuring a clear European prospect for Ukraine", "-1", "2017-10-10")
ev(a, "2017-10-12", "Ukraine's foreign minister is due in Budapest today")
ev(a, "2017-09-05", "The day in September on which the Verkhovna Rada adopted the new law on education")
ev(a, "2018", "From 2018, teaching in minority languages is to stop after the fourth grade")
ev(a, "2017-09-07", "Two days after the vote he called the Hungarian news agency MTI")
ev(a, "2017-09", "President Petro Poroshenko signed it in the last week of September")
ev(a, "2017-10-09", "On Monday, visiting Uzhhorod, Szijjártó said the law")
ev(a, "2017-10-10", "On Tuesday Pavlo Klimkin answered on Twitter")
ns(a, "according to Daily News Hungary", "an outlet whose name contains an actor's alias (Hungary), not a speaker")
ns(a, "Forints of humanitarian aid that Hungary had given Ukraine", "attributed fact without stance")
ns(a, "We were the most vociferous supporters of granting Ukraine visa-free status", "self-description")
ns(a, "If the commission finds against Article 7, Budapest will claim victory", "hypothetical")

if __name__ == "__main__":
    write_gold(HERE, S, E, N)
