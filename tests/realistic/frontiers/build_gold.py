#!/usr/bin/env python3
"""Writes the three gold CSVs of the frontiers set (kept so that the coding can be re-read and re-run).

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
a = "f-social-skydagger-posts"  # published Thursday 2025-10-09; day headers date the posts
st(a, "kurti", "ksf|kosovo", "significantly strengthens Kosovo's defense capabilities and modernizes its military force", "1", "2025-10-08")
st(a, "kurti", "ksf|kosovo", "contributing to the ongoing effort to build and modernize the military through new technologies", "1", "2025-10-08")
st(a, "vucic", "turkey", "wrote that he was \"appalled\" by Turkey's behaviour", "-1", "2025-10-08")
st(a, "vucic", "turkey", "brutal violation of the UN Charter and UN Security Council Resolution 1244", "-1", "2025-10-08")
st(a, "vucic", "turkey", "Serbia is a small country, but we understand their real intentions", "-1", "2025-10-08")
st(a, "djuric", "turkey", "pouring oil on the fire and a prime example of malign interference", "-1", "2025-10-08")
st(a, "djuric", "turkey", "I strongly condemn this unilateral and unlawful move", "-1", "2025-10-08")
st(a, "osmani", "turkey", "She thanked Türkiye for its \"constructive contribution to peace and stability\" in the region", "1", "2025-10-08")
st(a, "osmani", "vucic", "Vučić's outburst was \"shameful and hypocritical,\" she said", "-1", "2025-10-08")
st(a, "osmani", "serbia", "pointing to Serbia's own arms deals with Russia, China and Iran", "-1", "2025-10-08")
st(a, "vucic", "erdogan", "He called Erdoğan \"a great leader\" and promised", "1", "2025-10-09")
st(a, "vucic", "erdogan", "When it comes to President Erdogan, I will always be a good host", "1", "2025-10-09")

a = "f-editorial-drones-and-words"  # published Saturday 2025-10-11; the board's own claims are `author`
st(a, "author", "kosovo", "We think Pristina had every right to buy them", "1", "")
st(a, "author", "kosovo|ksf", "A small army that borders a larger and better-armed neighbour is entitled to defend itself", "1", "")
st(a, "kurti", "ksf|kosovo", "said the delivery \"significantly strengthens Kosovo's defense capabilities\"", "1", "2025-10-08|")
st(a, "author", "kosovo|kurti", "a government which celebrates a weapons delivery on the airport tarmac should not be surprised", "-1", "")
st(a, "vucic", "turkey", "Within hours Aleksandar Vučić accused Turkey of a", "-1", "2025-10-08|")
st(a, "vucic", "turkey", "declared that Ankara was \"once again dreaming of restoring the Ottoman Empire.\"", "-1", "2025-10-08|")
st(a, "author", "vucic", "Serbia's president knows better than anyone that Turkey has been one of his most generous partners", "-1", "")
st(a, "author", "vucic", "The charge of empire-building came from a man who spent the previous three years calling Erdoğan a friend", "-1", "")
st(a, "djuric", "turkey", "Marko Đurić called the delivery \"pouring oil on the fire\"", "-1", "2025-10-08|")
st(a, "djuric", "turkey", "will have to take this move into consideration in its further actions", "-1", "2025-10-08|")
st(a, "author", "djuric", "We regret that a foreign minister should make threats he does not describe", "-1", "")
st(a, "vucic", "erdogan", "told reporters that Erdoğan was \"a great leader\"", "1", "2025-10-09")
st(a, "author", "vucic", "We do not admire the route to it", "-1", "")
st(a, "osmani", "vucic", "called Vučić's remarks \"shameful and hypocritical\"", "-1", "2025-10-08|")
st(a, "author", "osmani", "The words are hers, and they are harsh, but we cannot say they are wrong", "1", "")
st(a, "author", "serbia", "A government that buys Chinese air defences is in a weak position to lecture its neighbours", "-1", "")
st(a, "author", "turkey", "which may be the wisest contribution anyone made this week", "1", "")
st(a, "author", "eu", "should say plainly that arms purchases are not a subject for that dialogue", "0", "")
st(a, "author", "nato|kfor", "We urge NATO, whose KFOR mission is now led by a Turkish general", "0", "")
st(a, "author", "serbia|vucic", "we ask Serbia's leaders to measure their words before they post them", "-1", "")

a = "f-podcast-softer-tone"  # published Friday 2025-10-10; hosts' own framing is not coded
st(a, "vucic", "turkey", "Vučić posts that Turkey is dreaming of the Ottoman Empire", "-1", "2025-10-08")
st(a, "vucic", "turkey", "Serbia is a small country, but we understand their real intentions", "-1", "2025-10-08")
st(a, "djuric", "turkey", "will have to take this move into consideration in its further actions", "-1", "2025-10-08|")
st(a, "vucic", "turkey", "All I said in the message was that Turkey is a great power and that we understood", "1", "2025-10-09")
st(a, "vucic", "erdogan", "When it comes to President Erdogan, I will always be a good host", "1", "2025-10-09|")
st(a, "vucic", "turkey", "a great leader and a great and successful country", "1", "2025-10-09|")
st(a, "vucic", "erdogan", "he described Erdoğan as the greatest Turkish leader after Atatürk", "1", "2025-10-09|")
st(a, "turkeytoday", "vucic", "a common rhetorical weapon in the Balkans whenever national interests clash", "-1", "")
st(a, "osmani", "vucic", "she called Vučić's remarks shameful and hypocritical", "-1", "2025-10-08")
st(a, "osmani", "erdogan", "proud to work closely with President Erdoğan, a man of his word", "1", "2025-10-08|")

a = "f-longread-road-to-ankara"  # published Saturday 2026-02-14; flashbacks in the past perfect
st(a, "vucic", "erdogan", "Erdogan is a great world leader, Turkiye is one of our most important partners", "1", "2026-02-12")
st(a, "vucic", "turkey", "We had exceptionally productive talks on all issues", "1", "2026-02-12")
st(a, "vucic", "turkey", "the talks had brought relations back \"to the best paths that were built in previous years.\"", "1", "2026-02-12|")
st(a, "erdogan", "serbia|vucic", "God willing, we will also pay a visit to Belgrade and Novi Pazar", "1", "2026-02-12|")
st(a, "vucic", "turkey", "now completely clear that Turkiye does not want stability in the Western Balkans", "-1", "2025-10-08")
st(a, "vucic", "erdogan", "A day later he had called Erdoğan a great leader", "1", "2025-10-09")
st(a, "vucic", "baykar|turkey", "We want to buy the Bayraktar UAV, but can see that the whole world wants them", "1", "2022-09|2022-09-07")
st(a, "vucic", "turkey", "When the Turks say they will supply Bayraktars to Pristina, it is a very bad news for us", "-1", "2022-12|2022-12-20")
st(a, "vucic", "erdogan", "We respect [Turkish President Recep Tayyip] Erdogan", "1", "2022-12|2022-12-20|")
st(a, "vucic", "turkey", "but, naturally, it will tell on our relations", "-1", "2022-12|2022-12-20|")
st(a, "vucic", "kosovo|turkey", "Vučić had claimed that Belgrade had information that Kosovo was now seeking artillery systems", "-1", "2026-02")
st(a, "djuric", "turkey", "who in October had accused Turkey of \"pouring oil on the fire\"", "-1", "2025-10")

# --- Ethiopia-Somalia: the Somaliland memorandum ----------------------------------------------
a = "f-cable-somaliland-port"  # published Monday 2024-01-08
st(a, "somalia", "ethiopia", "null and void with no legal basis", "-1", "2024-01-02")
st(a, "somalia", "ethiopia", "so Somalia finds this step to be a clear violation against its sovereignty and unity", "-1", "2024-01-02")
st(a, "somalia", "ethiopia", "The government described the deal as \"naked aggression\"", "-1", "2024-01-02|")
st(a, "somalia", "ethiopia", "to stand with the right for Somalia to defend its sovereignty and force Ethiopia to adhere to international laws", "-1", "2024-01-02|")
st(a, "barre", "ethiopia", "We will not allow an inch of land, sea, and skies to be violated", "-1", "2024-01-02|")
st(a, "guterres|un", "somalia", "Guterres said the Security Council had repeatedly affirmed its respect for Somalia's sovereignty", "1", "2024-01-03")
st(a, "guterres|un", "ethiopia|somalia", "The Secretary-General hopes all parties will engage in peaceful and constructive dialogue", "0", "2024-01-03|")
st(a, "hassan_sheikh", "ethiopia", "I signed the law nullifying the illegal MoU between the Gov't of Ethiopia & Somaliland", "-1", "2024-01-06")
st(a, "ateye", "bihi", "Somaliland President entered into agreement with Ethiopian over our ports, it is not acceptable", "-1", "2024-01-07")
st(a, "ateye", "bihi", "Ateye also criticised Bihi for not consulting ministers", "-1", "2024-01-07|")

# --- India-Maldives ------------------------------------------------------------------------------
a = "f-markets-maldives-bookings"  # published Monday 2024-01-15
st(a, "shiuna", "modi", "had called him a \"clown\" and a \"puppet of Israel\"", "-1", "2024-01|")
st(a, "maldives", "shiuna", "These opinions are personal and do not represent the views of the government of Maldives", "-1", "2024-01-07")
st(a, "maldives", "shiuna", "will not hesitate to take action against those who make such derogatory remarks", "-1", "2024-01-07|")
st(a, "shahid", "shiuna", "Former foreign minister Abdulla Shahid called the remarks", "-1", "")
st(a, "shahid", "india", "India is a time-tested friend and an unwavering ally", "1", "")
st(a, "india", "maldives", "India's high commissioner in Malé reportedly raised the matter", "-1", "")
st(a, "china|muizzu", "india", "firmly opposes external interference in the internal affairs of the Maldives", "-1", "2024-01|")
st(a, "muizzu", "india", "We may be small but this doesn't give them the license to bully us", "-1", "2024-01-13")
st(a, "muizzu", "india", "We aren't in anyone's backyard. We are an independent and sovereign state", "-1", "2024-01-13|")
st(a, "muizzu", "india", "adding that the Indian Ocean \"does not belong to a specific country.\"", "-1", "2024-01-13|")
st(a, "nazim|muizzu", "india", "said the Maldives had formally asked India to withdraw its military personnel by 15 March", "-1", "2024-01-14")

# --- Sweden-Turkey: the Quran burning and the NATO bid ------------------------------------------
a = "f-radio-stockholm-bulletin"  # published Monday 2023-01-23
st(a, "erdogan", "sweden", "has told Sweden not to expect Turkey's backing for its membership of NATO", "-1", "2023-01-23|")
st(a, "erdogan", "sweden", "those who caused such a disgrace in front of our country's embassy can no longer expect", "-1", "2023-01-23|")
st(a, "erdogan", "sweden", "He also attacked the pro-Kurdish demonstrations held in Stockholm this month", "-1", "2023-01-23|")
st(a, "erdogan", "sweden", "So you will let terror organizations run wild and then expect our support", "-1", "2023-01-23|")
st(a, "erdogan", "sweden", "then we advise you to seek their support for your countries' security", "-1", "2023-01-23|")
st(a, "kristersson", "paludan", "Burning sacred books for many is a deeply disrespectful act", "-1", "2023-01-21")
st(a, "billstrom", "turkey", "Sweden will respect the agreement that exists between Sweden, Finland and Turkey", "1", "2023-01-23")
st(a, "stoltenberg", "paludan", "freedom of expression was precious in NATO countries but that acts like Saturday's were inappropriate", "-1", "")
st(a, "saudi_arabia|jordan|kuwait", "paludan|sweden", "Saudi Arabia, Jordan and Kuwait have all condemned the burning in Stockholm", "-1", "")

# --- Lithuania-China: the Taiwanese Representative Office ------------------------------------
a = "f-obituary-vilnius-embassy"  # published Friday 2021-12-17
st(a, "joseph_wu", "lithuania", "Wu told a video briefing that Lithuania was a suitable partner for Taiwan", "1", "2021-07-20")
st(a, "chinese_foreign_ministry", "lithuania", "the Lithuanian government had ignored China's \"repeated representations", "-1", "2021-08-10")
st(a, "chinese_foreign_ministry", "lithuania", "severely challenges China's sovereignty and territorial integrity", "-1", "2021-08-10")
st(a, "chinese_foreign_ministry", "lithuania", "The Chinese government categorically opposes this move", "-1", "2021-08-10|")
st(a, "chinese_foreign_ministry", "lithuania", "and demanded that Vilnius recall its own", "-1", "2021-08-10|")
st(a, "chinese_foreign_ministry", "lithuania", "The Chinese side expresses its strong indignation and protest against this move", "-1", "2021-11-21")
st(a, "chinese_foreign_ministry", "lithuania", "the Lithuanian government must bear all the ensuing consequences", "-1", "2021-11-21|")
st(a, "chinese_foreign_ministry", "taiwan", "had a message for Taipei: \"Taiwan is never a country.\"", "-1", "2021-11-21|")
st(a, "lithuania", "china", "Vilnius expressed regret at the decision but defended its right to expand cooperation with Taiwan", "-1", "2021-11-21|")
st(a, "lithuanian_foreign_ministry|lithuania", "china", "ready to continue the dialogue with China and restore the functions of the embassy", "1", "2021-12-15|")


a = "f-social-skydagger-posts"
ev(a, "2025-10-08", "The Turkish drones landed in Pristina on Wednesday morning")
ev(a, "2025-10-08", "had held an urgent phone call with KFOR's Turkish commander")
ev(a, "2025-10-09", "Vučić's press conference was streamed live")

a = "f-editorial-drones-and-words"
ev(a, "2025-10-08", "On Wednesday, Kosovo took delivery of several thousand Turkish Skydagger kamikaze drones")

a = "f-podcast-softer-tone"
ev(a, "2025-10-08", "On Wednesday the Kosovo Security Force took delivery of Turkish Skydagger drones")
ev(a, "2026-01", "They were due in January")
ev(a, "2025-10-09", "Then yesterday, Thursday, the press conference")
ev(a, "2025-10-08", "phoned the KFOR commander on Wednesday")
ev(a, "2025-10-08", "On Wednesday she called Vučić's remarks shameful and hypocritical")

a = "f-longread-road-to-ankara"
ev(a, "2026-02-12", "The talks in Ankara ended with a dinner late on Thursday")
ev(a, "2025-10", "Four months earlier, none of this had seemed possible")
ev(a, "2025-10-08", "containers of Skydagger kamikaze drones made by Baykar had been unloaded at Pristina airport")
ev(a, "2022-09", "Vučić had stood beside Erdoğan in Belgrade and admitted to envy")
ev(a, "2022-12", "By December of that year the envy had turned to alarm")
ev(a, "2026-02-12", "The delegation that flew to Ankara on Thursday was a large one")

a = "f-cable-somaliland-port"
ev(a, "2024-01-01", "signed the memorandum in Addis Ababa")
ev(a, "2024-01-02", "The Somali cabinet met in emergency session the next day")
ev(a, "2024-01-03", "spoke to President Hassan Sheikh Mohamud by phone on Wednesday")
ev(a, "2024-01-06", "the president signed a law nullifying the memorandum")
ev(a, "2024-01-07", "resigned over the deal on Sunday evening")
ev(a, "2024-01-02", "Prime Minister Hamza Abdi Barre addressed the nation after the meeting")

a = "f-markets-maldives-bookings"
ev(a, "2024-01-04", "On 4 January Modi posted photographs of himself snorkelling")
ev(a, "2024-01", "Within days a deputy minister of youth, Mariyam Shiuna, had called him")
ev(a, "2024-01-07", "it said in a statement on Sunday, 7 January")
ev(a, "2023-09", "who won the presidency in September")
ev(a, "2024-01-13", "Muizzu landed back in Malé on Saturday in a combative mood")
ev(a, "2024-01-14", "A day later his office's public policy secretary")
ev(a, "2024-01-13", "lost the Malé mayoral election on Saturday")

a = "f-radio-stockholm-bulletin"
ev(a, "2023-01-23", "He was speaking in Ankara this evening after a cabinet meeting")
ev(a, "2023-01-21", "had already distanced the government from the burning on Saturday")
ev(a, "2023-01-22", "In Istanbul yesterday, dozens of protesters gathered outside the Swedish consulate")
ev(a, "2022-05", "Sweden and Finland applied to join NATO last May")
ev(a, "2023-01", "the pro-Kurdish demonstrations held in Stockholm this month")

a = "f-obituary-vilnius-embassy"
ev(a, "1991-09", "Served relations established September 1991")
ev(a, "2021-12-15", "which went dark on Wednesday when the last of its diplomats flew home")
ev(a, "2021-07-20", "On 20 July, Taiwan's foreign minister, Joseph Wu, announced")
ev(a, "2021-08-10", "Beijing's answer came on 10 August")
ev(a, "2021-09-03", "Vilnius complied with the demand on 3 September")
ev(a, "2021-11-18", "The office opened on 18 November")
ev(a, "2021-11-21", "Three days later, on a Sunday, Beijing downgraded relations")
ev(a, "2021-11-19", "had predicted on the Friday before")
ev(a, "2021-12-15", "On Wednesday the Foreign Ministry in Vilnius announced")


ns("f-social-skydagger-posts", "the Skydagger drones were scheduled to arrive in January 2026",
   "attributed fact without stance (a delivery schedule)")
ns("f-social-skydagger-posts", "Turkey has not officially reacted to the Serbian president's claims", "absence of a statement")
ns("f-social-skydagger-posts", "Had the press conference come first", "hypothetical")
ns("f-social-skydagger-posts", "he said Serbia was too small to threaten Turkey",
   "de-escalating self-description (we threaten no one)")
ns("f-editorial-drones-and-words", "say what those actions would be", "absence of a statement (\"did not say\")")
ns("f-editorial-drones-and-words", "If Ankara were to respond in kind, the row would harden", "hypothetical")
ns("f-podcast-softer-tone", "Turkey has not responded", "absence of a statement")
ns("f-podcast-softer-tone", "If Vučić had held Thursday's press conference on Wednesday", "a host's hypothetical question")
ns("f-podcast-softer-tone", "The ministry said only that they had talked about Kosovo's arming",
   "attributed fact without stance (a ministry's account of a phone call)")
ns("f-longread-road-to-ankara", "publicly responded to the Ottoman charge", "absence of a statement (\"never publicly responded\")")
ns("f-longread-road-to-ankara", "Had the row dragged on into the spring", "hypothetical")
ns("f-cable-somaliland-port", "in return Ethiopia would formally recognise Somaliland, becoming the first country to do so",
   "attributed claim about the terms of the deal, no stance")
ns("f-cable-somaliland-port", "There is nothing to be afraid of", "reassurance addressed to the speaker's own public, no other actor evaluated")
ns("f-cable-somaliland-port", "no party or country would be adversely affected by the agreement",
   "de-escalating self-description (the deal harms no one)")
ns("f-cable-somaliland-port", "Addis Ababa has not published the text of the memorandum", "absence (a text not published), not a statement")
ns("f-cable-somaliland-port", "MOGADISHU REJECTS ETHIOPIA-SOMALILAND MEMORANDUM", "cable subject line (a heading), not a statement")
ns("f-markets-maldives-bookings", "praised their \"pristine beaches\"", "praise of a place in the speaker's own country, no actor evaluated")
ns("f-markets-maldives-bookings", "announced that all three had been suspended", "attributed fact without stance (a procedural step)")
ns("f-markets-maldives-bookings", "Should the boycott outlast the winter", "hypothetical")
ns("f-radio-stockholm-bulletin", "declined to comment on Erdoğan's remarks today", "absence of a statement")
ns("f-radio-stockholm-bulletin", "Turkey's president says Sweden cannot count on his support for NATO", "bulletin headline, not a statement")
ns("f-radio-stockholm-bulletin", "Had Turkey ratified in the autumn", "hypothetical")
ns("f-obituary-vilnius-embassy", "did not respond when reporters asked for comment that day", "absence of a statement")
ns("f-obituary-vilnius-embassy", "Taiwan News, the English-language daily in Taipei, published the picture",
   "an outlet whose name contains the alias Taiwan; it published a photograph, not a statement by Taiwan")
ns("f-obituary-vilnius-embassy", "was returning to Vilnius for consultations", "attributed fact without stance (a procedural step)")
ns("f-obituary-vilnius-embassy", "Had China renewed the accreditations", "hypothetical")
ns("f-obituary-vilnius-embassy", "Beijing has not said whether it will let the Lithuanian diplomats return", "absence of a statement")

if __name__ == "__main__":
    GOLD.write(HERE)
