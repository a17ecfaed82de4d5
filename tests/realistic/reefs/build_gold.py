#!/usr/bin/env python3
"""Writes the three gold CSVs of the reefs set (kept so that the coding can be re-read and re-run).

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
a = "r-channel-skydagger-posts"  # published Thursday 2025-10-09; Telegram posts under day headers ("8 October", "9 October")
st(a, "kurti", "ksf|kosovo", "we continue to build and add to the striking power of our army", "1", "2025-10-08")
st(a, "vucic", "turkey", "I am appalled by Turkey’s behavior and brutal violation of the UN Charter", "-1", "2025-10-08")
st(a, "vucic", "turkey", "Turkey does not want the stability of the Western Balkans and dreams of restoring the Ottoman Empire again", "-1", "2025-10-08")
st(a, "djuric", "turkey", "pouring oil on the fire and a prime example of malign interference", "-1", "2025-10-08")
st(a, "djuric", "turkey", "Serbia will have to take this move into consideration in its further actions", "-1", "2025-10-08")
st(a, "trump", "erdogan", "extraordinary leadership in promoting global peace", "1", "2025-10-08|")
st(a, "osmani", "vucic", "the Serbian president was “shamelessly attacking Turkey", "-1", "2025-10-08")
st(a, "osmani", "turkey", "a NATO member state helping to preserve stability", "1", "2025-10-08")
st(a, "osmani", "erdogan", "a man of his word, who has always shown sincere care for the peoples of our region", "1", "2025-10-08")
st(a, "vucic", "turkey", "he says Serbia is “too small to threaten Turkey”", "1", "2025-10-09")
st(a, "vucic", "erdogan", "When it comes to President Erdogan, I will always be a good host", "1", "2025-10-09")
st(a, "vucic", "erdogan|turkey", "We are talking about a great leader and a great and successful country", "1", "2025-10-09")
st(a, "nato", "turkey", "praised Turkey as a long-standing contributor to KFOR and to regional stability", "1", "2025-10-09|")
ev(a, "2025-10-08", "Containers of Turkish-made Skydagger kamikaze drones have been unloaded in Pristina")
ev(a, "2026-01", "The Skydagger drones were scheduled to arrive in January 2026")
ev(a, "2025-10-09", "the president will address the public tomorrow at 13:00")
ev(a, "2025-10-08", "Foreign Minister Marko Đurić has joined in, also on X")
ev(a, "2025-10-09", "Asked about Osmani’s charge that he had threatened Turkey")
ns(a, "Vučić: Ankara is dreaming of an empire", "heading in the form speaker: phrase (a paraphrase, not his words)")
ns(a, "The Skydagger drones were scheduled to arrive in January 2026, but we received them three months earlier", "attributed fact without stance (a delivery schedule)")
ns(a, "say under what circumstances Kosovo could use the new drones", "absence (would not say)")

a = "r-speech-vucic-address"  # published Friday 2025-10-10; the address is Thursday 9 October, named in the lead
st(a, "vucic", "turkey", "appalled by Turkey's behavior and brutal violation of the UN Charter", "-1", "2025-10-08")
st(a, "osmani", "vucic", "had written that evening that Vučić was \"shamelessly attacking Turkey\"", "-1", "2025-10-08|")
st(a, "vucic", "osmani", "her charge that he had threatened Turkey rested on a misreading of his words", "-1", "2025-10-09|")
st(a, "vucic", "turkey", "Serbia was far too small to threaten anyone, least of all the second-largest power in NATO", "1", "2025-10-09|")
st(a, "vucic", "turkey", "told reporters that he wanted the best relations with Turkey", "1", "2025-10-09|")
st(a, "vucic", "erdogan|turkey", "We are talking about a great leader and a great and successful country", "1", "2025-10-09|")
st(a, "vucic", "erdogan", "who raised Ankara from its ashes, changed the face of Istanbul", "1", "2025-10-09|")
st(a, "vucic", "erdogan", "He added that Erdoğan would always be welcome in Serbia", "1", "2025-10-09|")
st(a, "vucic", "erdogan", "When it comes to President Erdogan, I will always be a good host", "1", "2025-10-09|")
st(a, "vucic", "erdogan", "the two of them had discussed such questions before and that he would see the Turkish leader again", "0", "2025-10-09|")
st(a, "turkeytoday", "vucic|serbia", "a textbook example of Belgrade's calibrated foreign policy", "-1", "2025-10-10")
st(a, "turkeytoday", "turkey", "is far from being a destabilizing force in the Balkans", "1", "2025-10-10|")
st(a, "osmani", "serbia|vucic", "had also urged Serbia to work with NATO's members rather than with Russia, China and Iran", "-1", "2025-10-08")
ev(a, "2025-10-09", "Aleksandar Vučić spoke to the nation for a little over an hour on Thursday")
ev(a, "2025-10-08", "The Serbian president had called the extraordinary address the day before")
ev(a, "2025-10-10", "On Friday the news site Türkiye Today, in its Balkans newsletter")
ev(a, "2025-10-08", "In her post of Wednesday Osmani had also urged Serbia")
ns(a, "it is our duty to protect the freedom of our people and their right to survive", "self-description with no other target")
ns(a, "the statement of someone who loves his country more than anything in the world", "self-description with no other target")
ns(a, "Had Vučić repeated Wednesday's words from the podium", "hypothetical")

a = "r-preview-ankara-week"  # published Monday 2026-02-09; a week-ahead preview in the future tense; "Last week" -> 2026-02
st(a, "vucic", "turkey", "does not want stability in the Western Balkans and is once again dreaming of restoring the Ottoman Empire", "-1", "2025-10|2025-10-08")
st(a, "djuric", "turkey", "warned that trust was difficult to build and much easier to undermine", "-1", "2025-10|2025-10-08")
st(a, "vucic", "erdogan", "A day later Vučić was calling Erdoğan \"a great leader\"", "1", "2025-10|2025-10-09")
st(a, "vucic", "turkey", "saying that Serbia was too small to threaten Turkey", "1", "2025-10|2025-10-09")
st(a, "vucic", "kosovo", "Vučić said Serbia had intelligence that Pristina would ask the Americans and the Turks for more weapons", "-1", "2026-02")
st(a, "vucic", "kosovo", "I am learning from Pristina that it will ask for 105 mm Hawkeye systems", "-1", "2026-02")
st(a, "vucic", "kosovo", "warned that such purchases could raise tensions across the region", "-1", "2026-02|")
st(a, "vucic", "croatia|albania|kosovo", "which he says poses a security risk for Serbia", "-1", "")
st(a, "vucic", "turkey", "wanted closer military-technical cooperation with Ankara", "1", "2023-01")
st(a, "vucic", "turkey", "you cannot say we are going to sell drones to both Serbia and Kosovo", "-1", "2023-01|")
st(a, "vucic", "erdogan", "he called Erdoğan a \"true friend\" of Serbia", "1", "2023-01|")
st(a, "author", "vucic", "Vučić deserves some credit for walking back his October words within a day", "1", "")
st(a, "author", "vucic", "the Serbian president still treats a purchase by Pristina as an insult from Ankara", "-1", "")
ev(a, "2026-02-12", "when Aleksandar Vučić flies to Ankara for a one-day visit")
ev(a, "2025-10", "It will be their first meeting since October, when Turkey delivered thousands of Skydagger kamikaze drones")
ev(a, "2023-01", "In January 2023, on the sidelines of the World Economic Forum in Davos")
ev(a, "2024-12", "a contract that Baykar signed with Pristina in December 2024")
ev(a, "2026-02-11", "On Wednesday Erdoğan is due to host the Greek prime minister")
ns(a, "he is unlikely to apologise for a contract that Baykar signed with Pristina", "prediction by the author (not anyone's statement)")
ns(a, "If he is asked about the delivery at the press conference, he may answer with a line about friendship", "hypothetical")
ns(a, "we will allocate a budget of over one billion euros", "self-description with no other target (a budget pledge)")

a = "r-biography-osmani-drones"  # published Thursday 2026-05-14; a book extract in the past tense with absolute anchors
st(a, "kurti", "kosovo|ksf", "Kosovo is now even safer and will always be proud", "1", "2023-07")
st(a, "kfor", "kosovo", "KFOR reminded Pristina that its commander held primary authority over every drone", "-1", "2023-07")
st(a, "vucic", "turkey", "wrote that he was \"appalled by Turkey's behavior\" and that Ankara was dreaming", "-1", "2025-10-08|")
st(a, "trump", "erdogan", "Donald Trump had praised Recep Tayyip Erdoğan", "1", "2025-10-08|")
st(a, "osmani", "vucic", "while Vučić was \"shamelessly attacking Turkey", "-1", "2025-10-08|")
st(a, "osmani", "turkey", "a NATO member state helping to preserve stability", "1", "2025-10-08|")
st(a, "osmani", "serbia", "should work closely with NATO's members instead of with Russia, China and Iran", "-1", "2025-10-08|")
st(a, "osmani", "erdogan", "a man of his word, who has always shown sincere care for the peoples of our region", "1", "2025-10-08|")
st(a, "author", "osmani", "It was, in its way, the most effective post of her presidency", "1", "")
st(a, "vucic", "turkey", "Serbia, he told reporters, was too small to threaten Turkey", "1", "2025-10-09")
st(a, "vucic", "erdogan|turkey", "Erdoğan was \"a great leader\" of \"a great and successful country\"", "1", "2025-10-09")
st(a, "vucic", "osmani", "Osmani is not in a neighbouring country, she lives on our territory", "-1", "2025-10-09|")
st(a, "osmani", "serbia", "in order to prevent Serbia's destabilising tactics", "-1", "2025-10|")
st(a, "author", "osmani", "used it better than anyone who was", "1", "")
ev(a, "2023-07", "In July 2023 Albin Kurti posed beside a Bayraktar TB2")
ev(a, "2025-10-08", "That changed on 8 October 2025")
ev(a, "2025-10-08", "Osmani's reply went out that evening")
ev(a, "2025-10-12", "fallen after the local elections of 12 October")
ev(a, "2025-10", "That same month she received the KFOR commander")
ns(a, "had increased the number of troops by 80 per cent and the defence budget by 100 per cent", "self-description with no other target")
ns(a, "Osmani said little that summer", "absence")
ns(a, "Had the delivery kept to its January date", "hypothetical")

# --- United Kingdom-Russia: the Salisbury poisoning at the Security Council -------------------
a = "r-minute-unsc-salisbury"  # published Thursday 2018-03-15; timed entries of "Wednesday's emergency session" (14 March), named only in the standfirst
st(a, "may", "russia", "she had told the Commons that it was \"highly likely\" that Russia was responsible", "-1", "2018-03-12")
st(a, "lavrov", "united_kingdom", "if the United Kingdom will deign to fulfil its obligations according to the same convention", "-1", "2018-03-13")
st(a, "allen", "russia", "This was no common crime. It was an unlawful use of force", "-1", "2018-03-14|")
st(a, "allen", "russia", "One of the key tactics in the Russian playbook is to delay, delay, delay", "-1", "2018-03-14|")
st(a, "allen", "russia", "in serious breach of the Chemical Weapons Convention through its failure to declare", "-1", "2018-03-14|")
st(a, "haley", "united_kingdom", "the United States stands in absolute solidarity with Great Britain", "1", "2018-03-14|")
st(a, "haley", "russia", "The United States believes that Russia is responsible for the attack on two people", "-1", "2018-03-14|")
st(a, "haley", "russia", "The credibility of this council will not survive if we fail to hold Russia accountable", "-1", "2018-03-14|")
st(a, "delattre", "united_kingdom", "offers the full support and complete solidarity of France to the United Kingdom", "1", "2018-03-14|")
st(a, "delattre", "", "We have reached a new stage: the use of a substance never declared to the OPCW", "", "2018-03-14|")
st(a, "nebenzia", "united_kingdom|may", "contains completely irresponsible statements which are even difficult for me to comment on", "-1", "2018-03-14|")
st(a, "nebenzia", "united_kingdom", "Most probable source of this agent are the countries who have carried out research", "-1", "2018-03-14|")
st(a, "nebenzia", "united_kingdom|may", "We were given an ultimatum to admit that we had committed a crime", "-1", "2018-03-14|")
st(a, "nebenzia", "opcw", "told reporters afterwards that the case belonged at the OPCW in The Hague", "0", "2018-03-14|")
st(a, "author", "haley", "Haley, for the line everyone will quote tomorrow", "1", "")
ev(a, "2018-03-14", "Earlier in the day in London, Theresa May expelled 23 Russian diplomats")
ev(a, "2018-03-12", "On Monday she had told the Commons")
ev(a, "2018-03-13", "In Moscow on Tuesday, Sergei Lavrov said Russia was ready")
ev(a, "2018-03-14", "in the chair for March, opens the 8203rd meeting")
ev(a, "2018-03-13", "a letter dated 13 March from the British mission")
ns(a, "No scientific research or development under the title novichok were carried out", "self-description with no other target (a denial about his own country)")
ns(a, "slipping in and out of consciousness", "attributed fact without stance (the victims' condition)")
ns(a, "Had the Council agreed even a short press statement", "hypothetical")

# --- Netherlands-Turkey: the referendum rallies ------------------------------------------------
a = "r-notebook-rotterdam-row"  # published Wednesday 2017-03-15 (election day); first-person entries under day headers
st(a, "netherlands", "cavusoglu", "The Hague said the decision followed the minister's \"threat\" to impose sanctions", "-1", "2017-03-11")
st(a, "cavusoglu", "netherlands", "to impose sanctions if he was kept out", "-1", "|2017-03-11|2017-03-10|2017-03")
st(a, "erdogan", "netherlands", "you'll jump once, you'll jump twice, but my people will thwart your game", "-1", "2017-03-11")
st(a, "erdogan", "netherlands", "They don't know diplomacy or politics. They are Nazi remnants", "-1", "2017-03-11")
st(a, "rutte", "erdogan|turkey", "I understand they're angry, but this of course was way out of line", "-1", "2017-03-11")
st(a, "wilders", "kaya", "take all your Turkish fans from The Netherlands with you please", "-1", "2017-03-11")
st(a, "kaya", "netherlands", "the whole world must take action against this fascist practice", "-1", "2017-03-12")
st(a, "aboutaleb", "turkey", "the Turkish consul general, he said, had engaged in a \"scandalous deception\"", "-1", "2017-03-12")
st(a, "kurtulmus", "netherlands", "footsteps of the far-right, of the neo-fascism and neo-Nazism", "-1", "|2017-03-13|2017-03-12|2017-03-11|2017-03")
st(a, "erdogan", "netherlands", "We know how rotten their character is from their massacre of 8,000 Bosnians there", "-1", "2017-03-14")
st(a, "erdogan", "netherlands", "He promised to call the Dutch to account", "-1", "2017-03-14")
st(a, "rutte", "erdogan", "He called the remark a \"vile falsification of history\"", "-1", "2017-03-14")
st(a, "rutte", "erdogan", "We will not stoop to his level. This is really unacceptable and extremely annoying", "-1", "2017-03-14")
st(a, "author", "rutte", "it is the prime minister who spent the weekend saying no, calmly", "1", "")
ev(a, "2017-03-11", "the Dutch government had withdrawn landing permission for Mevlüt Çavuşoğlu's plane")
ev(a, "2017-04-16", "speak in Rotterdam for a \"yes\" vote in Turkey's referendum of 16 April")
ev(a, "2017-03-10", "the city had already banned the rally on Friday")
ev(a, "2017-03-12", "towards dawn she was escorted back to the German border")
ev(a, "2017-03-14", "Erdoğan raised the stakes again in a televised speech in Ankara")
ns(a, "say what further sanctions might follow", "absence (did not say)")
ns(a, "The Dutch ambassador would not be allowed back", "administrative act without an attributed claim")
ns(a, "the city had already banned the rally on Friday", "administrative act")

# --- Egypt-Ethiopia: the Nile dam ---------------------------------------------------------------
a = "r-glossary-nile-dam"  # published Sunday 2021-07-11; an A-to-Z glossary whose entries jump between 2015 and 2021
st(a, "thomas_greenfield", "au", "should be held under the leadership of the African Union, the most appropriate venue", "1", "2021-07-08")
st(a, "abiy|ethiopia", "trump|united_states", "These threats and affronts to Ethiopian sovereignty are misguided, unproductive, and clear violations of international law", "-1", "2020-10-24")
st(a, "egyptian_foreign_ministry|egypt", "abiy|ethiopia", "is bewildered by such statements as it is not appropriate to engage in such propositions", "-1", "2019-10|2019-10-22")
st(a, "trump", "ethiopia", "And I said it and I say it loud and clear – they'll blow up that dam", "-1", "2020-10-23")
st(a, "trump", "ethiopia", "He also said that Ethiopia had broken a deal he had arranged", "-1", "2020-10-23|")
st(a, "hailemariam", "trump", "The man doesn't have a clue on what he is talking about", "-1", "2020-10-24|")
st(a, "sisi", "ethiopia", "nobody will take a drop of water from Egypt, otherwise there will be a state of unimaginable instability", "-1", "2021-03-30")
st(a, "shoukry", "ethiopia", "Egypt – a nation of over one hundred million souls – is facing an existential threat", "-1", "2021-07-08")
st(a, "shoukry", "ethiopia", "a long and dark shadow over the future and fate of the people of Egypt", "-1", "2021-07-08|")
st(a, "gedu|ethiopia", "trump|united_states", "the incitement of war between Ethiopia and Egypt from a sitting U.S. president", "-1", "2020-10-24|2020-10|2020")
st(a, "abiy", "egypt", "no force could stop Ethiopia from building a dam", "-1", "2019-10-22")
st(a, "shoukry", "ethiopia", "will be left with no alternative, but to uphold and protect its inherent right to life", "-1", "2021-07-08")
st(a, "shoukry", "ethiopia", "he called its argument weak and said the session itself was an achievement", "-1", "2021-07-10")
ev(a, "2021-07-08", "After Thursday's Security Council session on Ethiopia's dam")
ev(a, "2020-10-24", "in a statement of 24 October 2020, the day after Donald Trump's remarks")
ev(a, "2020-10-23", "On 23 October 2020, with the leaders of Sudan and Israel on the speakerphone")
ev(a, "2021-03-30", "at the Suez Canal on 30 March this year")
ev(a, "2021-07", "Ethiopia began the second filling of the reservoir in the first days of July")
ev(a, "2019-10-22", "Abiy told his parliament on 22 October 2019")
ev(a, "2015-03", "since the Declaration of Principles of March 2015")
ev(a, "2021-07-10", "in a telephone interview with ONtv late last night")
ns(a, "The statement named nobody", "absence")
ns(a, "Had the Washington talks of 2020 ended in a signature", "hypothetical")
ns(a, "Ethiopia began the second filling of the reservoir", "an act, not a statement")

# --- Armenia-Russia: the CSTO freeze -----------------------------------------------------------
a = "r-qa-pashinyan-csto"  # published Saturday 2024-03-02; magazine Q&A, bold questions, "PASHINYAN:" before each answer; the interview is Thursday 22 February (standfirst)
st(a, "armenia", "csto", "Yerevan appealed to the alliance for help and got, in its view, nothing", "-1", "|2022|2021")
st(a, "pashinyan", "csto", "The CSTO hasn't fulfilled its security obligations towards Armenia", "-1", "2024-02-22|")
st(a, "pashinyan", "russia", "That's an entirely different legal-contractual framework, and we haven't had the occasion", "0", "2024-02-22|")
st(a, "pashinyan", "russia", "Russia's highest-ranking representatives directly called on the citizens of Armenia to take to the streets", "-1", "2024-02-22|")
st(a, "pashinyan", "russia", "for six years Russian media had run \"systematic, consistent, and purposeful\" propaganda", "-1", "2024-02-22|")
st(a, "pashinyan", "azerbaijan", "Baku considers today's Armenia to be 'Western Azerbaijan'", "-1", "2024-02-22|")
st(a, "pashinyan", "azerbaijan", "He called a new Azerbaijani attack \"very likely\"", "-1", "2024-02-22|")
st(a, "pashinyan", "russia", "He called it a \"kidnapping\" and warned Moscow of \"consequences\"", "-1", "2024-02-22|")
st(a, "peskov", "armenia|pashinyan", "We intend to get in touch with our colleagues and clarify the meaning of these statements", "0", "2024-02-23")
st(a, "russian_foreign_ministry|russia", "pashinyan|armenia", "We expect comprehensive clarification through bilateral channels regarding Nikol Pashinyan's statements", "-1", "|2024-02-23|2024-02")
st(a, "zakharova", "armenia", "Moscow categorically did not accept the reproaches of the Armenian authorities", "-1", "2024-02-28")
st(a, "zakharova", "armenia", "was rejected by the Armenian authorities under a baseless pretext", "-1", "2024-02-28|")
st(a, "zakharova", "eu|armenia", "Yerevan demonstratively chose to invite fake monitors from the EU", "-1", "2024-02-28|")
ev(a, "2024-02-22", "gave the interview that set off this week's quarrel with Moscow to France 24")
ev(a, "2021", "When Azerbaijani troops crossed into Armenian territory in 2021 and 2022")
ev(a, "2023-12", "In December Russian soldiers detained a deserter, Dmitry Setrakov")
ev(a, "2024-02-28", "By Wednesday the tone had hardened")
ev(a, "2022-09", "in September 2022 the alliance had prepared a monitoring mission")
ns(a, "As for what comes next, we shall have to see", "no claim (declines to say what comes next)")
ns(a, "the Armenian side has not taken any official action in this regard", "attributed fact without stance")
ns(a, "France 24, which broadcast it on Thursday 22 February", "outlet whose name contains an actor's alias (France 24 is not France)")
ns(a, "Has the CSTO kept its promises to Armenia?", "the interviewer's question")

if __name__ == "__main__":
    write_gold(HERE, S, E, N)
