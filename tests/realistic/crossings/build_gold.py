#!/usr/bin/env python3
"""Writes the three gold CSVs of the crossings set (kept so that the coding can be re-read and re-run).

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


a = "c-transcript-evening-bulletin"
st(a, "vucic", "turkey", "he had written on X that he was appalled by Ankara's behaviour", "-1", "2025-10-08")
st(a, "vucic", "turkey", "Serbia's president accused Turkey of dreaming of an empire", "-1", "2025-10-08")
st(a, "vucic", "erdogan", "Today he called its president a great leader", "1", "2025-10-09")
st(a, "vucic", "turkey", "All I said in the message was that Turkey is a great power and that we understood the message given to us", "1", "2025-10-09")
st(a, "vucic", "erdogan", "We are talking about a great leader and a great and successful country", "1", "2025-10-09|")
st(a, "vucic", "turkey", "We are talking about a great leader and a great and successful country", "1", "2025-10-09|")
st(a, "djuric", "turkey", "Marko Đurić wrote last night that the Turkish decision was pouring oil on the fire", "-1", "2025-10-08")
st(a, "djuric", "turkey", "I strongly condemn this unilateral and unlawful move, which constitutes a step backward", "-1", "2025-10-08|")
st(a, "djuric", "turkey", "will have to take this move into consideration in its further actions", "-1", "2025-10-08|")
st(a, "osmani", "vucic", "Vjosa Osmani called the Serbian president's remarks shameful and hypocritical", "-1", "2025-10-08|")
st(a, "osmani", "serbia", "she pointed to Serbia's own arms cooperation with Russia, China and Iran", "-1", "2025-10-08|")
st(a, "osmani", "erdogan", "She said she was proud to work closely with Erdoğan, whom she called a man of his word", "1", "2025-10-08|")
st(a, "kurti", "ksf|kosovo", "significantly strengthens Kosovo's defense capabilities and modernizes its military force", "1", "2025-10-08")

a = "c-review-drone-press"
st(a, "turkeytoday", "serbia|turkey", "saw the delivery as a test of the \"golden age\" in Ankara's relations with Belgrade", "0", "2025-10-09|")
st(a, "turkeytoday", "vucic", "a common rhetorical weapon in the Balkans whenever national interests clash with Turkey's growing engagement", "-1", "2025-10-09")
st(a, "turkeytoday", "vucic", "Vučić's own government is modernising its army with Russian and Chinese help", "-1", "2025-10-09|")
st(a, "halktv", "vucic", "its headline said that Vučić's \"Turk paranoia\" had resurfaced", "-1", "")
st(a, "ensonhaber", "vucic|serbia", "called Thursday's press conference in Belgrade Serbia's \"step back\"", "-1", "")
st(a, "vucic", "erdogan", "Vučić described Erdoğan as the greatest Turkish leader after Mustafa Kemal Atatürk", "1", "2025-10-09|")
st(a, "vucic", "turkey", "his explanation that the post of Wednesday had only meant that Turkey is a great power", "1", "2025-10-09|")
st(a, "turkish_media", "serbia", "Behind the rhetoric of regional stability, Serbia's actions tell a different story", "-1", "")
st(a, "turkish_media", "serbia|vucic", "a sale that Turkish commentators read as a slap in Erdoğan's face", "-1", "")
st(a, "vreme", "vucic", "the news had stirred up a great deal of dust in Serbia and seemingly made him terribly angry", "-1", "")
st(a, "vreme", "vucic|erdogan", "with a lot of mutual flattery in their statements, had discussed the idea", "-1", "")
st(a, "vucic", "turkey", "Serbia is a small country, but we understood the message well", "-1", "2025-10-08|")
st(a, "osmani", "erdogan", "As a NATO member state, Türkiye is helping us defend peace", "1", "2025-10-08|")
st(a, "osmani", "turkey", "As a NATO member state, Türkiye is helping us defend peace", "1", "2025-10-08|")
st(a, "osmani", "vucic", "Vučić goes the opposite way, threatening Turkey", "-1", "2025-10-08|")

a = "c-factcheck-drone-claims"
st(a, "vucic", "turkey", "brutal violation of the UN Charter and UN Security Council Resolution 1244", "-1", "2025-10-08")
st(a, "vucic", "turkey", "does not want stability in the Western Balkans and is once again dreaming of restoring the Ottoman Empire", "-1", "2025-10-08|")
st(a, "vucic", "baykar|turkey", "We know that the whole world wants to buy them, so we are in the line, waiting", "1", "2022-09-07")
st(a, "osmani", "vucic", "Vučić's attack on Turkey was \"shameful and hypocritical,\" given Serbia's own arms cooperation", "-1", "2025-10-08")
st(a, "djuric", "turkey", "pouring oil on the fire and a prime example of malign interference in regional affairs", "-1", "2025-10-08")
st(a, "djuric", "kosovo", "the minister argued that what Kosovo needs is not kamikaze drones but respect for the basic human rights", "-1", "2025-10-08|")
st(a, "djuric", "turkey", "His claim that the move was \"unlawful\"", "-1", "2025-10-08|")

a = "c-timeline-bayraktar-to-skydagger"
st(a, "vucic", "baykar|turkey", "We want to buy the Bayraktar UAV, but can see that the whole world wants them", "1", "2022-09-07")
st(a, "vucic", "turkey", "When the Turks say they will supply Bayraktars to Pristina, it is a very bad news for us", "-1", "2022-12-20")
st(a, "vucic", "erdogan", "We respect [Turkish President Recep Tayyip] Erdogan", "1", "2022-12-20|2022-12")
st(a, "vucic", "turkey", "but, naturally, it will tell on our relations", "-1", "2022-12-20|2022-12")
st(a, "kurti", "kosovo|ksf", "Albin Kurti declares that \"Kosovo is now even safer.\"", "1", "2023")
st(a, "vucevic|serbian_defense_ministry", "turkey", "he calls Türkiye a major power with significant influence in the Western Balkans", "1", "2023")
st(a, "kurti", "ksf|kosovo", "We continue to build a competent and compatible force", "1", "2025-10-08")
st(a, "vucic", "turkey", "Vučić writes on X that Turkey is dreaming of restoring the Ottoman Empire", "-1", "2025-10-08")
st(a, "vucic", "turkey", "Serbia is a small country, but we understand their real intentions", "-1", "2025-10-08")
st(a, "osmani", "vucic", "accuses him of threatening a NATO ally", "-1", "2025-10-08")
st(a, "osmani", "turkey", "praises Türkiye's \"constructive contribution to peace and stability\" in the region", "1", "2025-10-08")
st(a, "vucic", "erdogan", "calls his Turkish counterpart \"a great leader.\"", "1", "2025-10-09")
st(a, "nato", "kosovo", "every aerial activity in Kosovo, the new drones included, has to be coordinated with KFOR", "0", "2025-10-13|2025-10-12")

a = "c-wire-colombia-flights"
st(a, "united_states|leavitt", "colombia", "The Government of Colombia has agreed to all of President Donald Trump's terms", "0", "2025-01-26|")
st(a, "united_states|leavitt", "colombia", "The tariffs, already drafted, would be held in reserve unless Bogota broke the agreement", "-1", "2025-01-26|")
st(a, "united_states|leavitt", "colombia", "Visa sanctions and enhanced customs inspections would stay in place", "-1", "2025-01-26|")
st(a, "murillo", "united_states", "we have overcome the impasse with the United States government", "1", "2025-01-26|")
st(a, "petro", "united_states", "I deny the entry of American planes carrying Colombian migrants into our territory", "-1", "2025-01-26")
st(a, "petro", "united_states", "had to establish a protocol for the dignified treatment of migrants before Colombia would receive them", "-1", "2025-01-26|")
st(a, "trump", "petro", "Petro's denial of these flights has jeopardized the National Security and Public Safety of the United States", "-1", "2025-01-26|")
st(a, "trump", "colombia", "He announced emergency 25% tariffs on all Colombian goods", "-1", "2025-01-26|")
st(a, "petro", "trump", "Do not disrespect it, and it will offer you its sweetness", "-1", "2025-01-26|")
st(a, "petro", "trump", "he called Trump, among other things, a slaver", "-1", "2025-01-26|")
st(a, "petro", "trump|united_states", "promised to answer tariffs with tariffs", "-1", "2025-01-26|")
st(a, "petro", "trump|united_states", "imposing a 50% tariff on our human labor product to enter the U.S., I will do the same", "-1", "2025-01-26|")
st(a, "brazil", "united_states", "complaints from Brazil a day earlier about deportees who had arrived in handcuffs", "-1", "2025-01-25")

a = "c-newsletter-tokyo-beijing"
st(a, "takaichi", "china", "no matter how you look at it, this could become a survival-threatening situation", "-1", "2025-11-07")
st(a, "xue", "takaichi", "We have no choice but cut off that dirty neck that has been lunged at us", "-1", "2025-11-08")
st(a, "kihara", "xue", "we must say the comment ... was extremely inappropriate", "-1", "2025-11-10")
st(a, "japan_foreign_ministry", "xue|china", "The Foreign Ministry lodged a strong protest and asked for the post to be removed", "-1", "2025-11-10|")
st(a, "takaichi", "", "I made the remark in line with the government's conventional position, so I will not retract it", "", "2025-11-10")
st(a, "glass", "xue|china", "reacted to the consul's post on X: \"The mask slips — again.\"", "-1", "")
st(a, "lin_chia_lung", "xue|china", "as an isolated incident or just a personal remark", "-1", "")
st(a, "sun_weidong", "takaichi|japan", "summoned Japan's ambassador, Kenji Kanasugi, and demanded that the remarks be withdrawn", "-1", "2025-11-13")
st(a, "lin_jian", "japan", "stop playing with fire on the Taiwan question", "-1", "2025-11-13")
st(a, "lin_jian", "japan", "Does Japan try to once again make an enemy of the Chinese and other Asian peoples", "-1", "2025-11-13|")
st(a, "chinese_foreign_ministry", "takaichi|japan", "Japanese leaders have made blatantly provocative remarks regarding Taiwan", "-1", "2025-11-14")
st(a, "hashimoto", "takaichi", "if we can no longer offer any rebuttal, then we shouldn't have made such remarks in the first place", "-1", "2025-11-16")
st(a, "mao_ning", "japan", "Beijing would keep asking Japan to reflect on and correct its wrongdoing", "-1", "2025-11-17")

a = "c-feature-essequibo-fortnight"
st(a, "ali", "venezuela", "said Guyana would not give up a single square inch of the Essequibo", "-1", "2023-10-27")
st(a, "venezuela_foreign_ministry|venezuela", "ali", "rejects the warlike statements issued by the President of the Cooperative Republic of Guyana", "-1", "2023-10-28")
st(a, "venezuela_foreign_ministry|venezuela", "ali", "claiming that he was acting on instructions from the United States Southern Command", "-1", "2023-10-28")
st(a, "maduro", "exxonmobil", "said the American oil company that pumps crude off our coast was paying his opponents", "-1", "2023-11-22")
st(a, "maduro", "exxonmobil", "A lot of money is flowing from ExxonMobil to buy far-right politicians", "-1", "2023-11-22")
st(a, "maduro", "guyana|united_states", "Get very nervous because, come rain or shine, the referendum will take place", "-1", "2023-11-22|")
st(a, "maduro", "guyana", "arrogantly, high-handedly, badly advised by ExxonMobil, took the path of sterile confrontation", "-1", "2023-12-03")
st(a, "ali", "maduro|venezuela", "The rhetoric out of Venezuela and the behaviour and attitude of the President and Vice President", "-1", "2023-12-03")
st(a, "ali", "venezuelan_people|venezuela", "We are your neighbours and we are taught to love our neighbours as we love ourselves", "1", "2023-12-03")
st(a, "ali", "venezuela", "He asked Venezuela to use the moment to show maturity and responsibility", "0", "2023-12-03|")
st(a, "ali", "maduro|venezuela", "is a direct threat to Guyana's territorial integrity, sovereignty and political independence", "-1", "2023-12-05")

a = "c-qa-second-thomas-shoal"
st(a, "china_coast_guard", "philippines", "illegally entered the area adjacent to Ren'ai Reef", "-1", "2024-06-17")
st(a, "brawner", "china_coast_guard", "This reckless and aggressive behavior has caused bodily harm", "-1", "2024-06|2024-06-19|2024-06-20")
st(a, "lin_jian", "philippines", "the Philippines' ignoring of China's dissuasion and deliberate intrusion into the waters of Ren'ai Jiao", "-1", "2024-06-19")
st(a, "lin_jian", "china_coast_guard", "He called the coast guard's action professional and restrained", "1", "2024-06-19|")
st(a, "lin_jian", "philippines", "he accused Manila of secretly trying to bring construction materials and even weapons", "-1", "2024-06-19|")
st(a, "chinese_foreign_ministry|lin_jian", "china_coast_guard", "said the measures taken were lawful, professional and beyond reproach", "1", "2024-06-20")
st(a, "united_states", "china", "Washington condemned China's actions and reaffirmed", "-1", "")
st(a, "united_states", "philippines", "reaffirmed its ironclad commitments to the Philippines under the 1951 Mutual Defense Treaty", "1", "")
st(a, "marcos", "philippine_military", "He praised them for exercising restraint \"amidst intense provocation,\"", "1", "2024-06-23|")
st(a, "marcos", "china", "Our calm and peaceful disposition should not be mistaken for acquiescence", "-1", "2024-06-23|")
st(a, "marcos", "china", "said it was a \"deliberate act\" to stop a legitimate Philippine operation", "-1", "2024-06-27")


a = "c-transcript-evening-bulletin"
ev(a, "2025-10-08", "a few hours after the drones landed in Pristina")
ev(a, "2025-10-09", "called an extraordinary press conference at the presidency shortly after noon")
ev(a, "2025-10-08", "was at the airport yesterday afternoon when the containers were unloaded")
ev(a, "2025-10", "the Turkish officer who took command of KFOR this month")
ev(a, "2025-10-12", "Kosovo votes in local elections on Sunday")

a = "c-review-drone-press"
ev(a, "2025-10-08", "Two days after Turkish Skydagger drones reached Pristina")
ev(a, "2025-10-09", "called Thursday's press conference in Belgrade")
ev(a, "2024", "It recalled that only a year ago Vučić and Erdoğan")
ev(a, "2024-10", "When Erdoğan was in Belgrade in October last year")
ev(a, "2025-10-12", "after Kosovo's local elections of Sunday")

a = "c-factcheck-drone-claims"
ev(a, "2025-10-08", "A week ago today, containers of Turkish-made Skydagger kamikaze drones were unloaded")
ev(a, "2024-12", "the contract with Baykar was signed in December 2024")
ev(a, "1999-06", "Resolution 1244 of June 1999 set up the international civil and security presence")
ev(a, "2022-09-07", "standing beside Recep Tayyip Erdoğan in Belgrade on 7 September 2022")
ev(a, "2022-04", "Serbia took delivery of Chinese FK-3 air-defence missiles in April 2022")
ev(a, "2025-07", "its special forces trained with a Chinese unit in July")

a = "c-timeline-bayraktar-to-skydagger"
ev(a, "2022-09-07", "At their joint news conference Vučić says Serbia is in the queue")
ev(a, "2022-12", "Reports that Turkey will also supply Bayraktars to Kosovo reach Belgrade")
ev(a, "2022-12-20", "On 20 December Vučić is blunt in an interview with Pink television")
ev(a, "2023", "Kosovo's first Bayraktar TB2 drones arrive from Turkey")
ev(a, "2024-12", "Kosovo signs a contract with Baykar for Skydagger kamikaze drones")
ev(a, "2025-10-08", "The Skydaggers land at Pristina airport, three months early")
ev(a, "2025-10-09", "At an extraordinary press conference the Serbian president says")
ev(a, "2025-10-12", "The Serbian List wins in the Serb-majority municipalities")
ev(a, "2025-10-13", "NATO tells Radio Free Europe that every aerial activity")

a = "c-wire-colombia-flights"
ev(a, "2025-01-26", "Colombia agreed late on Sunday to accept deported migrants")
ev(a, "2025-01-26", "deportees who had been due to arrive on Sunday morning")
ev(a, "2025-01-26", "Petro wrote early on Sunday")
ev(a, "2025-01-25", "The standoff followed complaints from Brazil a day earlier")
ev(a, "2025-01-27", "Correction, Jan 27: An earlier version of this story")

a = "c-newsletter-tokyo-beijing"
ev(a, "2025-11-07", "On 7 November Prime Minister Sanae Takaichi was asked")
ev(a, "2025-11-08", "The next day Xue Jian, China's consul general in Osaka")
ev(a, "2025-11-10", "On Monday last week Chief Cabinet Secretary Minoru Kihara")
ev(a, "2025-11-13", "On Thursday Vice Foreign Minister Sun Weidong summoned Japan's ambassador")
ev(a, "2025-11-14", "Late on Friday the Chinese Foreign Ministry told its citizens")
ev(a, "2025-11-15", "On Saturday Air China, China Eastern and China Southern offered free refunds")
ev(a, "2025-11-16", "said on a Fuji TV programme on Sunday")
ev(a, "2025-11-17", "At the Foreign Ministry's daily briefing, spokeswoman Mao Ning")

a = "c-feature-essequibo-fortnight"
ev(a, "2023-10-27", "It had begun in this very town on 27 October")
ev(a, "2023-10-28", "Caracas answered the next day")
ev(a, "2023-11-22", "Speaking to military cadets on 22 November, the Venezuelan leader")
ev(a, "2023-12-01", "The International Court of Justice had ordered Venezuela on the Friday before")
ev(a, "2023-12-03", "After casting his own vote on that Sunday")
ev(a, "2023-12-04", "ran the interview the next morning under the headline")
ev(a, "2023-12-05", "Two days later Maduro announced his measures")
ev(a, "2023-12-14", "on Thursday, the two men shook hands in Argyle")

a = "c-qa-second-thomas-shoal"
ev(a, "2024-06-17", "Before dawn that Monday, Philippine navy boats")
ev(a, "1999", "the old warship that Manila ran aground on the shoal in 1999")
ev(a, "2024-06-19", "foreign ministry spokesman Lin Jian said on Wednesday last week")
ev(a, "2024-06-23", "On Sunday he spoke to the troops of the Western Command")
ev(a, "2024-06-27", "By Thursday he was sharper")
ev(a, "2016", "an arbitral tribunal in 2016 found")

ns("c-transcript-evening-bulletin", "its duty is to protect the freedom of its people and their right to survival",
   "de-escalating self-description (Vučić on Serbia's duty), no other actor evaluated")
ns("c-transcript-evening-bulletin", "The Turkish foreign ministry has not commented on either president's remarks",
   "absence of a statement")
ns("c-transcript-evening-bulletin", "If the drones had arrived in January, as the contract foresaw, would we be having this row at all",
   "the anchor's hypothetical question, attributed to nobody")
ns("c-transcript-evening-bulletin", "General Milan Mojsilović phoned Major General Özkan Ulutaş",
   "a ministry's account of a phone call: attributed fact without stance")
ns("c-review-drone-press", "Vucic softens words", "a headline quoted in the review (the outlet's heading, not a statement by anyone)")
ns("c-review-drone-press", "Turkish officials did not answer our questions about the exchange", "absence of a statement")
ns("c-review-drone-press", "Had the shipment kept to its original January schedule, the row would have broken out",
   "hypothetical in the article's own voice")
ns("c-factcheck-drone-claims", "were scheduled to arrive in January 2026",
   "a fact-check's Claim line quoting an attributed fact without stance (the delivery schedule)")
ns("c-factcheck-drone-claims", "Verdict: Unsupported", "a fact-check verdict label in the form heading: phrase, the article's own rating")
ns("c-factcheck-drone-claims", "Serbia is \"too small to threaten Turkey.\"", "de-escalating self-description (Vučić on Serbia)")
ns("c-timeline-bayraktar-to-skydagger", "If Ankara offered Serbia a comparable package, the quarrel could end as quickly as it began",
   "hypothetical in the article's own voice")
ns("c-wire-colombia-flights", "Today's events make clear to the world that America is respected again",
   "self-praise of the United States in the White House statement, no other actor evaluated")
ns("c-wire-colombia-flights", "misattributed the words \"the heart of the world\" to Foreign Minister Murillo",
   "an editor's correction about an attribution, not a statement by Murillo")
ns("c-wire-colombia-flights", "Petro's office did not say what had changed his mind", "absence of a statement")
ns("c-newsletter-tokyo-beijing", "Hashimoto: \"shouldn't have.\"", "bold lead-in in the form speaker: phrase; headings are not statements")
ns("c-newsletter-tokyo-beijing", "refrain from making comments assuming specific cases going forward",
   "self-description: Takaichi's promise about her own future answers")
ns("c-feature-essequibo-fortnight", "We have to be on high alert",
   "headline of the Guyana Chronicle, an outlet whose name contains the alias Guyana; not a statement by Guyana")
ns("c-feature-essequibo-fortnight", "He said he had informed the UN Secretary-General",
   "attributed fact without stance (a procedural step)")
ns("c-qa-second-thomas-shoal", "We are not in the business of instigating wars",
   "de-escalating self-description (we threaten no one)")
ns("c-qa-second-thomas-shoal", "The Chinese embassy in Manila did not reply to reporters' requests for comment",
   "absence of a statement")
ns("c-qa-second-thomas-shoal", "Manila said there was no reason to invoke the treaty",
   "attributed legal assessment without stance toward an actor")
ns("c-qa-second-thomas-shoal", "Does this trigger our treaty with the Americans",
   "a reader's question (Q&A), not a statement")

if __name__ == "__main__":
    GOLD.write(HERE)
