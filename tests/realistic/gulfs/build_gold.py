#!/usr/bin/env python3
"""Writes the three gold CSVs of the gulfs set (kept so that the coding can be re-read and re-run).

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
a = "g-chat-press-room"  # published Thursday 2025-10-09; newsroom chat between two reporters, timestamps only
st(a, "vucic", "turkey", "brutal violation of the UN Charter and UN Security Council Resolution 1244", "-1", "2025-10-08")
st(a, "vucic", "turkey", "Turkey does not want the stability of the Western Balkans and dreams of restoring the Ottoman Empire again", "-1", "2025-10-08|")
st(a, "kurti", "ksf|kosovo", "significantly strengthens Kosovo's defense capabilities and modernizes its military force", "1", "2025-10-08|")
st(a, "djuric", "turkey", "represents pouring oil on the fire and a prime example of malign interference in regional affairs with destabilizing consequences", "-1", "2025-10-08|")
st(a, "djuric", "turkey", "he warned that trust is difficult to build and much easier to undermine", "-1", "2025-10-08|")
st(a, "osmani", "vucic", "she accused him of threatening Turkey, a NATO member", "-1", "2025-10-08")
st(a, "vucic", "erdogan", "When it comes to President Erdogan, I will always be a good host", "1", "2025-10-09|")
st(a, "vucic", "erdogan", "We are talking about a great leader and a great and successful country", "1", "2025-10-09|")
st(a, "vucic", "turkey", "We are talking about a great leader and a great and successful country", "1", "2025-10-09|")
st(a, "vucic", "turkey", "He says Serbia is too small to threaten Turkey", "1", "2025-10-09|")
st(a, "author", "vucic", "this is a climbdown dressed up as a clarification", "-1", "")
ev(a, "2025-10-09", "This one ran on Thursday, 9 October")
ev(a, "2025-10-08", "Yesterday at 17:14 he posted on X")
ev(a, "2025-10-08", "Mojsilović phoned KFOR's commander, Ulutaş, last night about Kosovo's arming")
ev(a, "2025-10-12", "Kosovo votes in local elections on Sunday")
ev(a, "2025-10-08", "they arrived on Wednesday, three months before the January date")
ns(a, "some would say sharply, maybe too sharply", "self-description (his own reaction, no other actor)")
ns(a, "his comments were misunderstood", "self-description (own words said to be misread)")
ns(a, "is that an apology?", "a reporter's question")
ns(a, "The defence ministry says Mojsilović phoned KFOR's commander", "attributed fact (a phone call)")

a = "g-letter-belgrade"  # published Saturday 2025-10-18; "Letter from Belgrade", correspondent's first-person essay
st(a, "vucic", "turkey", "once again dreaming of restoring the Ottoman Empire", "-1", "2025-10-08|")
st(a, "djuric", "turkey", "I strongly condemn this unilateral and unlawful move, which constitutes a step backward in efforts to normalize relations in the region", "-1", "2025-10-08|")
st(a, "djuric", "kosovo", "what so-called Kosovo needs are not kamikaze drones but respect for the basic human rights", "-1", "2025-10-08|")
st(a, "osmani", "turkey", "claimed that Türkiye contributed to maintaining peace and stability in the region", "1", "2025-10-08|")
st(a, "vucic", "turkey", "Our relations are important for the future of Serbia", "1", "2017-10|2017-10-10")
st(a, "vucic", "turkey", "naturally, it will tell on our relations", "-1", "2022-12|2022-12-20")
st(a, "vucic", "erdogan", "He added that Serbia respected Erdoğan", "1", "2022-12|2022-12-20|")
st(a, "vucic", "turkey", "he said Serbia was \"too small to threaten\" Turkey", "1", "2025-10-09")
st(a, "vucic", "erdogan", "promised to remain a good host to its president", "1", "2025-10-09")
st(a, "author", "vucic|serbia", "An Ottoman villain is a useful guest on such a night", "-1", "")
ev(a, "2025-10-08", "I heard it on the evening of Wednesday, 8 October")
ev(a, "2017-10", "In October 2017, with Recep Tayyip Erdoğan standing beside him in this city")
ev(a, "2022-12", "In December 2022, when the first reports said Turkish Bayraktar drones were bound for Pristina")
ev(a, "2024-10", "Erdoğan came to Belgrade again in October last year")
ev(a, "2025-10-08", "Washington's sanctions on the oil company NIS took effect the same Wednesday the drones landed")
ev(a, "2025-10-12", "by Sunday, when Kosovo voted in its local elections without incident")
ns(a, "Albin Kurti had announced them himself in the afternoon, on Facebook", "attributed fact (an announcement, no stance)")
ns(a, "The Turkish embassy in Belgrade did not answer my request for an interview", "absence (no answer to the outlet)")
ns(a, "Had Ankara replied in kind to the president's post", "hypothetical")

a = "g-explainer-you"  # published Saturday 2025-10-11; second-person explainer ("You may have seen ...")
st(a, "vucic", "turkey", "Serbia's president accusing Turkey of wanting its empire back", "-1", "2025-10|2025-10-08|")
st(a, "vucic", "erdogan", "the same president calling Turkey's leader a great man", "1", "2025-10-09|2025-10|")
st(a, "kurti", "ksf|kosovo", "contributing to the ongoing effort to build and modernize the military through new technologies and contemporary combat tactics", "1", "2025-10-08|")
st(a, "vucic", "turkey", "I am appalled by Turkey's behavior and brutal violation of the UN Charter", "-1", "2025-10-08|")
st(a, "djuric", "turkey", "Serbia will have to take this move into consideration in its further actions", "-1", "2025-10-08|")
st(a, "vucic", "turkey", "telling reporters that Serbia is \"too small to threaten\" Turkey", "1", "2025-10-09")
st(a, "nato", "kosovo", "it is essential that any activity in Kosovo's airspace be conducted in proper coordination", "0", "|2025-10")
st(a, "nato", "turkey", "praised Turkey as a long-standing contributor to KFOR and to regional stability", "1", "|2025-10")
st(a, "vrajolli", "", "This is a kind of arms race that is taking place in the region", "", "|2025-10")
st(a, "kurc", "", "Essentially, they raise the cost of any military operation against Kosovo", "", "|2025-10")
st(a, "osmani", "nato", "We will continue to deepen ties with NATO allies, modernizing our defense capabilities according to NATO standards", "1", "2025-10-08")
ev(a, "2025-10-08", "On Wednesday, 8 October, Kosovo received Turkish-made Skydagger kamikaze drones")
ev(a, "2023", "Kosovo already had Baykar's larger TB2 drones, bought in 2023")
ev(a, "2008", "which declared independence in 2008")
ev(a, "2025-10-09", "By Thursday the president was telling reporters")
ev(a, "2025-10-12", "Kosovo votes in local elections tomorrow")
ns(a, "neither of them said what those actions might be", "absence (no detail given)")
ns(a, "Asked under what circumstances Kosovo could use the drones, he did not answer", "absence (a question not answered)")
ns(a, "Radio Free Europe also asked Ankara for comment", "absence (no answer to the broadcaster)")

a = "g-phonein-ankara"  # published Friday 2026-02-13; radio phone-in transcript (host, studio guest, callers)
st(a, "vucic", "turkey", "Serbia's president accused Turkey of dreaming of the Ottoman Empire", "-1", "2025-10|2025-10-08")
st(a, "vucic", "erdogan", "When I speak to you, I do so with the utmost respect, as a great leader, not only of Türkiye, but also of the region", "1", "2026-02-12|")
st(a, "vucic", "turkey", "describe Turkey as an extremely important partner for Serbia", "1", "2026-02-12|")
st(a, "vucic", "erdogan", "Erdogan is a great world leader, Türkiye is one of our most important partners", "1", "2026-02-12")
st(a, "vucic", "turkey", "Erdogan is a great world leader, Türkiye is one of our most important partners", "1", "2026-02-12")
st(a, "vucic", "turkey", "he wrote that he was appalled by Turkey's behaviour", "-1", "2025-10-08")
st(a, "erdogan", "serbia|vucic", "God willing, we will also pay a visit to Belgrade and Novi Pazar in May or June with a large delegation", "1", "2026-02-12|")
st(a, "erdogan", "vucic|serbia", "called the Serbian president's visit highly valuable for peace, stability and prosperity in the region", "1", "2026-02-12|")
st(a, "vucic", "balkan_peace_platform|erdogan", "I strongly support President Erdoğan's Balkan Peace Platform initiative", "1", "2026-02-12|")
st(a, "vucic", "erdogan", "that Erdoğan was wise enough to keep quiet and let it settle", "1", "2026-02-12|")
st(a, "vucic", "turkey", "that if Turkey and Serbia cooperate well on the Western Balkans, everyone together can preserve the peace", "1", "2026-02-12|")
st(a, "author", "vucic", "he has spent four months repairing damage he did in one evening", "-1", "")
st(a, "vucic", "turkey", "you cannot say we are going to sell drones to both Serbia and Kosovo", "-1", "2023-01|2023-01-19")
ev(a, "2026-02-13", "Transcript of this morning's Open Line, Friday 13 February")
ev(a, "2026-02-12", "He flew in on Thursday for talks at the Presidential Complex")
ev(a, "2025-10-08", "Compare that with October the eighth")
ev(a, "2026-01-23", "The platform met for the second time in Istanbul on 23 January")
ev(a, "2023-01", "In Davos in January 2023 he told Anadolu")
ns(a, "Did he take back what he said about the Ottoman Empire, or not?", "a caller's question")
ns(a, "If there is a war, will Turkey help Kosovo or us?", "a caller's hypothetical question")
ns(a, "We asked the presidency in Belgrade for an interview this morning and had no answer", "absence (no answer to the station)")

# --- The Philippines and Canada ------------------------------------------------------------------
a = "g-email-garbage"  # published Saturday 2019-06-01; published email exchange ("The reply, in full") and what followed
st(a, "global_affairs_canada|canada", "philippines", "Canada is disappointed by this decision to recall the Philippines ambassador and consuls general", "-1", "2019-05-16|")
st(a, "panelo", "canada", "That recall shows that we are very serious in asking them to get back their garbage otherwise we're gonna sever relations with them", "-1", "2019-05-16")
st(a, "duterte", "canada", "I'll give a warning to Canada maybe next week that they better pull that thing out", "-1", "2019-04-23|")
st(a, "duterte", "canada", "Let's fight Canada. I will declare war against them", "-1", "2019-04-23|")
st(a, "locsin", "canada", "we shall maintain a diminished diplomatic presence in Canada until its garbage is ship bound there", "-1", "2019-05-15")
st(a, "panelo", "canada", "We are extremely disappointed with Canada's neither-here-nor-there pronouncements on the matter", "-1", "2019-05-22|")
st(a, "panelo", "canada", "The Filipino people are gravely insulted about Canada treating this country as a dumpsite", "-1", "2019-05-22|")
st(a, "panelo", "canada", "warned that if Canada would not accept the trash, Manila would leave it within its territorial waters", "-1", "2019-05-22|")
st(a, "locsin", "duterte", "To President Duterte for pushing the right button", "1", "2019-05-27|")
st(a, "locsin", "canada", "to Canada for fully cooperating to get it done as he wanted: pronto", "1", "2019-05-27|")
st(a, "locsin", "canada", "he thanked Canada's chargé d'affaires, Mucci, by name", "1", "2019-05-31|")
ev(a, "2019-05-16", "On Thursday 16 May, at 10:12 Ottawa time, we emailed Global Affairs Canada")
ev(a, "2013", "had been shipped by a private Canadian company in 2013 and 2014")
ev(a, "2019-04-23", "On 23 April, visiting an area north of Manila hit by an earthquake")
ev(a, "2019-05-22", "on 22 May, the palace escalated again")
ev(a, "2019-05-31", "Yesterday at 7:20 a.m. the container ship MV Bavaria left Subic")
ns(a, "Canada has repeatedly conveyed to the Philippines government its commitment to promptly ship and dispose of the Canadian waste", "self-description (one's own commitment)")
ns(a, "said a contract to bring the waste back had been awarded to Bolloré Logistics", "attributed fact (a contract)")
ns(a, "To our recalled posts, get your flights back", "instruction to one's own diplomats, no other actor")

# --- France and Turkey ---------------------------------------------------------------------------
a = "g-diary-paris-ankara"  # published Saturday 2020-10-31; agency's "Diplomatic diary" of the week, capitalised day headers
st(a, "erdogan", "macron", "What is Macron's problem with Islam? What is his problem with Muslims?", "-1", "2020-10-24|")
st(a, "erdogan", "macron", "Macron needs some sort of mental treatment", "-1", "2020-10-24|")
st(a, "macron|france", "erdogan", "We demand that Erdoğan change the course of his policy because it is dangerous in every respect", "-1", "2020-10-24|")
st(a, "erdogan", "macron", "repeating that the French president needed checks on his mental health", "-1", "2020-10-25|")
st(a, "macron", "erdogan|turkey", "We do not accept hate speech and defend reasonable debate", "-1", "2020-10-25|")
st(a, "erdogan", "france", "I am calling to all my citizens from here to never help French brands or buy them", "-1", "2020-10-26|")
st(a, "seibert", "erdogan", "They are defamatory comments that are completely unacceptable", "-1", "2020-10-26|")
st(a, "maas", "erdogan", "had already called the personal attacks on Macron completely unacceptable", "-1", "2020-10-26|2020-10|")
st(a, "riester", "turkey", "There is no retaliation on the agenda", "0", "2020-10-26|")
st(a, "riester", "erdogan", "while repeating the government's condemnation of Erdoğan's comments", "-1", "2020-10-26|")
st(a, "stano|eu", "turkey", "We clearly expect a change in action and declarations from the Turkish side", "-1", "2020-10-26|")
st(a, "european_commission", "turkey", "The Commission warned that calls to boycott any member state's products", "-1", "2020-10-27|")
st(a, "riester", "turkey", "Europe will have to make a decision to strengthen the balance of power with Turkey", "-1", "2020-10-27|")
st(a, "author", "turkey|erdogan", "this was a week in which Ankara did the insulting", "-1", "")
ev(a, "2020-10-24", "Addressing a congress of his Justice and Development Party in the central Anatolian city of Kayseri")
ev(a, "2020-10-16", "after the beheading of the history teacher Samuel Paty outside Paris on 16 October")
ev(a, "2020-10-24", "In the evening France recalled its ambassador in Ankara")
ev(a, "2020-10-26", "In a televised speech in Ankara, Erdoğan called for a boycott")
ev(a, "2020-10-27", "Riester, before the National Assembly, said that at the next European Council")
ns(a, "He did not say what that decision should contain", "absence (no detail given)")
ns(a, "The Turkish presidency did not answer our questions", "absence (no answer to the agency)")
ns(a, "France recalled its ambassador in Ankara, Hervé Magro, for consultations", "an act, not words")

# --- China and the Czech Republic ----------------------------------------------------------------
a = "g-onthisday-heavy-price"  # published Tuesday 2021-08-31; "On this day" archive piece a year later
st(a, "china", "vystrcil", "Beijing had warned against the trip for months", "-1", "2020|")
st(a, "chinese_embassy_prague|china", "vystrcil", "called it a serious violation of China's internal affairs", "-1", "2020-08-28")
st(a, "wang_yi", "vystrcil", "We must make him pay a heavy price for his short-sighted actions and political opportunism", "-1", "2020-08-31|")
st(a, "petricek", "wang_yi|china", "Minister Wang's statement has crossed the line, such strong words don't belong in relations between two sovereign countries", "-1", "2020-08-31|")
st(a, "babis", "china", "also considered the Chinese comment inappropriate", "-1", "2020-08-31|")
st(a, "vystrcil", "wang_yi|china", "I am sorry for the statement, because it interferes with the internal affairs of the Czech Republic", "-1", "2020-08-31|")
st(a, "vystrcil", "taiwan", "Please let me also express in person my support to Taiwan and the ultimate value of freedom", "1", "2020-09-01|")
st(a, "wang_yi", "vystrcil", "You've crossed a red line,\" he said of the senator", "-1", "2020-09-01|")
st(a, "maas", "wang_yi|china", "we offer our international partners respect, and we expect the exact same from them", "-1", "2020-09-01|")
st(a, "french_foreign_ministry|france", "wang_yi|china", "The French foreign ministry called Wang's comments unacceptable the same day", "-1", "2020-09-01")
st(a, "zeman", "vystrcil", "I consider it boyish provocation,\" President", "-1", "2020-09-06|")
st(a, "zeman", "vystrcil", "Those who do not follow the rules of the game cannot play the game", "-1", "2020-09-06|")
st(a, "zeman", "china", "conceded Beijing's displeasure was understandable but called its comments exaggerated", "-1", "2020-09-06|")
st(a, "vystrcil", "zeman", "saying Zeman's policies had made the country \"addicted\" to China", "-1", "2020-09-06")
st(a, "zhao_lijian", "zeman", "said China appreciated President Zeman's goodwill", "1", "2020-09|")
st(a, "zhao_lijian", "czechia", "we hope the Czech side could develop the relations on the basis of equality and mutual respect", "0", "2020-09|")
st(a, "author", "wang_yi|china", "the threat did more for the senator than any speech", "-1", "")
ev(a, "2020-08-30", "On Sunday 30 August 2020 Miloš Vystrčil, the president of the Czech Senate, landed in Taipei")
ev(a, "2020-01", "who had made Taipei a sister city of the Czech capital that January")
ev(a, "2020-08-31", "On the morning of Monday 31 August, China's foreign minister, Wang Yi")
ev(a, "2020-09-01", "On 1 September Vystrčil addressed Taiwan's Legislative Yuan")
ev(a, "2020-09-06", "told the Prima broadcaster on Sunday 6 September")
ns(a, "who had made Taipei a sister city of the Czech capital", "attributed fact (an act, no statement)")
ns(a, "and summoned the Chinese ambassador", "an act, not words")
ns(a, "We asked the Chinese embassy in Prague this week", "absence (no answer to the outlet)")

# --- Brazil and France ---------------------------------------------------------------------------
a = "g-ticktock-amazon"  # published Saturday 2019-08-31; reconstruction ("tick-tock") under day-and-place headings
st(a, "macron", "g7", "Members of the G7 Summit, let's discuss this emergency first order in two days", "0", "2019-08-22|")
st(a, "bolsonaro", "macron", "he charges Macron with using the fires for", "-1", "2019-08-22|")
st(a, "bolsonaro", "macron", "evokes a misplaced colonialist mindset in the 21st century", "-1", "2019-08-22|")
st(a, "macron|france", "bolsonaro", "the president can only conclude that President Bolsonaro lied to him at the Osaka summit", "-1", "2019-08-23|")
st(a, "macron|france", "brazil|mercosur", "will now oppose the trade agreement between the European Union and the Mercosur countries", "-1", "2019-08-23|")
st(a, "bolsonaro", "macron", "Do not humiliate the guy, ha ha", "-1", "2019-08-25|")
st(a, "macron", "bolsonaro", "He has made some extraordinarily rude comments about my wife", "-1", "2019-08-26|")
st(a, "macron", "bolsonaro", "I think Brazilian women will probably be ashamed to read that from their president", "-1", "2019-08-26|")
st(a, "macron", "bolsonaro", "I hope that they will very soon have a president who behaves in the right way", "-1", "2019-08-26|")
st(a, "macron", "brazil", "As I feel friendship and respect towards the Brazilian people", "1", "2019-08-26|")
st(a, "bolsonaro", "macron", "We cannot accept that a President, Macron, issues inappropriate and gratuitous attacks against the Amazon", "-1", "2019-08-26|")
st(a, "lorenzoni", "g7", "maybe those resources are more relevant to reforest Europe", "-1", "2019-08-26|")
st(a, "lorenzoni", "macron", "Macron cannot even avoid a foreseeable fire in a church that is a world heritage site", "-1", "2019-08-26|")
st(a, "bolsonaro", "macron", "First he withdraws, then offers (aid), then I will answer", "-1", "2019-08-27|")
st(a, "macron", "bolsonaro", "Macron calls Bolsonaro's reading of the G7 offer a mistake", "-1", "2019-08-27|")
st(a, "trump", "bolsonaro", "is working very hard on the Amazon fires and in all respects doing a great job for the people of Brazil", "1", "2019-08-27|")
st(a, "serra", "g7|france", "We refuse the aid because we see interference", "-1", "2019-08-27|2019-08|")
ev(a, "2019-08-22", "Two days before the G7 summit he is hosting in Biarritz, the French president writes")
ev(a, "2019-06", "referring to the G20 in June")
ev(a, "2019-08-26", "Macron announces that the G7 will release some $20 million to fight the fires")
ev(a, "2019-04", "with a jab about the fire at Notre-Dame in April")
ev(a, "2019-08-27", "Leaving the Alvorada Palace, Bolsonaro softens, a little")
ns(a, "Now you understand why Macron is persecuting Bolsonaro?", "a supporter's post (no actor's words), quoted inside the story")
ns(a, "open to dialogue based on objective data and mutual respect", "self-description")
ns(a, "The Élysée did not respond to our request for comment", "absence (no answer to the outlet)")

if __name__ == "__main__":
    write_gold(HERE, S, E, N)
