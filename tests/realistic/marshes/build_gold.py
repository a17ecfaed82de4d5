#!/usr/bin/env python3
"""Writes the three gold CSVs of the marshes set (kept so that the coding can be re-read and re-run).

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
a = "m-briefing-thursday-hosts"  # published Thursday 2025-10-09; morning audio briefing read by two hosts
st(a, "kurti", "ksf|kosovo", "the drones significantly strengthen Kosovo's defense capabilities and modernize its military force", "1", "2025-10-08|")
st(a, "kurti", "ksf|kosovo", "we are continuing to strengthen and increase the striking power of our army", "1", "2025-10-08|")
st(a, "vucic", "turkey", "I am appalled by Turkey's behavior and brutal violation of the UN Charter", "-1", "2025-10-08|")
st(a, "vucic", "turkey", "Turkey did not want stability in the Western Balkans and was dreaming of restoring the Ottoman Empire", "-1", "2025-10-08|")
st(a, "djuric", "turkey", "a prime example of malign interference in regional affairs with destabilizing consequences", "-1", "2025-10-08|")
st(a, "djuric", "turkey", "he warned that Serbia would have to take the move into consideration in its further actions", "-1", "2025-10-08|")
st(a, "osmani", "vucic", "shamelessly attacking Turkey — a NATO member state helping to preserve stability", "-1", "2025-10-08|")
st(a, "osmani", "turkey", "a NATO member state helping to preserve stability", "1", "2025-10-08|")
st(a, "osmani", "erdogan", "a man of his word, a leader who has always shown deep and sincere care for all the people of our region", "1", "2025-10-08|")
st(a, "author", "serbia|vucic", "Belgrade has rarely sounded this angry about Ankara, and it has a great deal to lose by it", "-1", "")
ev(a, "2025-10-08", "They landed at Pristina airport yesterday, three months early")
ev(a, "2025-10-08", "Albin Kurti, announced it on Facebook in the afternoon")
ev(a, "2025-10-08", "had an urgent phone call yesterday with the commander of NATO's force in Kosovo")
ev(a, "2025-10-09", "Vučić has called a press conference for later today")
ev(a, "2025-10-12", "Kosovo holds local elections on Sunday")
ns(a, "had no answer by the time we came on air", "absence (no answer to the outlet's question)")
ns(a, "Had Ankara answered Vučić in kind last night", "hypothetical")
ns(a, "said they discussed the ongoing arming of Kosovo", "attributed fact without stance (a phone call)")

a = "m-kids-drone-row"  # published Friday 2025-10-10; children's news edition with a word box
st(a, "kurti", "ksf|kosovo", "He said the drones would make Kosovo's army stronger", "1", "2025-10-08|")
st(a, "vucic", "turkey", "dreams of restoring the Ottoman Empire again", "-1", "2025-10-08")
st(a, "osmani", "vucic", "She said Mr Vučić was \"shamelessly attacking Turkey\"", "-1", "2025-10-08|")
st(a, "osmani", "erdogan", "She also thanked Turkey's president, Mr Recep Tayyip Erdoğan", "1", "2025-10-08|")
st(a, "vucic", "turkey", "Yesterday I reacted strongly, some would say harshly, perhaps too harshly", "1", "2025-10-09|")
st(a, "vucic", "turkey", "He also said that Serbia was \"too small to threaten Turkey\"", "1", "2025-10-09|")
st(a, "vucic", "erdogan", "When it comes to President Erdogan, I will always be a good host", "1", "2025-10-09|")
st(a, "vucic", "erdogan", "We are talking about a great leader and a great and successful country", "1", "2025-10-09|")
st(a, "vucic", "turkey", "We are talking about a great leader and a great and successful country", "1", "2025-10-09|")
st(a, "vucic|author", "erdogan", "So Mr Vučić was saying he still likes the Turkish president", "1", "2025-10-09|")
ev(a, "2025-10-08", "On Wednesday afternoon, planes brought the drones to Pristina")
ev(a, "2025-10-08", "On Wednesday evening he wrote on X, the website")
ev(a, "2025-10-09", "The next morning Mr Vučić spoke to reporters in Belgrade")
ev(a, "2025-10-12", "People in Kosovo will vote in local elections on Sunday")
ev(a, "2024", "A year ago Mr Erdoğan visited Belgrade")
ns(a, "it did not reply before this page was printed", "absence (no reply to the outlet)")
ns(a, "If they stopped being friends, both countries could lose out", "hypothetical")
ns(a, "Is it brave to say \"I was too harsh\"?", "question to readers quoting a paraphrase, not anyone's words")

a = "m-digest-neighbours-press"  # published Monday 2025-10-13; translated digest of the region's press
st(a, "vucic", "turkey", "We want the best relations with Turkey", "1", "2025-10-09|")
st(a, "vucic", "turkey", "that the two countries were \"living a golden age\" in their relations", "1", "2025-10-09|")
st(a, "osmani", "serbia|vucic", "the Kosovo president said that Serbia should work with NATO members rather than with Russia, China and Iran", "-1", "2025-10-08")
st(a, "vucic", "erdogan", "I will always respect Erdogan, he is a great leader who raised Ankara from the ashes", "1", "2025-10-09|")
st(a, "vucic", "turkey", "Yesterday I reacted strongly, some would say harshly, perhaps too harshly", "1", "2025-10-09")
st(a, "osmani", "vucic", "Vucic should try to do the same, instead of constantly attacking his neighbours", "-1", "2025-10-08|")
st(a, "osmani", "erdogan", "Thank you, President Erdogan, and the brotherly people of Turkey", "1", "2025-10-08|")
st(a, "osmani", "turkey", "Thank you, President Erdogan, and the brotherly people of Turkey", "1", "2025-10-08|")
st(a, "vucic", "turkey", "Vučić said Serbia was \"too small to threaten Turkey\"", "1", "2025-10-09|")
st(a, "petkovic", "kosovo", "as saying that Pristina was nervous over the massive turnout in Serb communities", "-1", "2025-10-12|")
st(a, "vucic", "kosovo", "saying that Albanians were \"nervous\" about how many Serbs had voted", "-1", "2025-10-12")
st(a, "osmani", "serbia", "Serbia, she said on Sunday, had continuously interfered in Kosovo's elections", "-1", "2025-10-12")
st(a, "author", "vucic", "the Serbian president's anger lasted less than a day", "-1", "")
ev(a, "2025-10-09", "The pro-government daily reported Thursday's press conference in Belgrade in detail")
ev(a, "2025-10-08", "Sabah also carried Vjosa Osmani's post of the evening before")
ev(a, "2025-10-08", "The portal reproduced Osmani's Wednesday posts nearly in full")
ev(a, "2025-10-12", "By Sunday the drones had given way to the vote")
ev(a, "2025-10-12", "On election day RTK carried a charge from Osmani")
ns(a, "Vučić repents: I spoke a bit harshly last night about Turkey", "heading (an outlet's headline in the form speaker: phrase)")
ns(a, "Had the Turkish government answered Wednesday's post", "hypothetical")
ns(a, "claimed that his comments had been misunderstood", "self-description with no other target")

a = "m-faq-ankara-visit"  # published Saturday 2026-02-14; FAQ explainer ("Who said what?")
st(a, "vucic", "turkey", "he was appalled by Turkey's behaviour and that Ankara was \"once again dreaming of restoring the Ottoman Empire\"", "-1", "2025-10-08|")
st(a, "djuric", "turkey", "the decision of the Turkish authorities to deliver lethal weapons to Kurti's regime represents pouring oil on the fire", "-1", "2025-10-08|")
st(a, "osmani", "vucic", "replied that evening that Vučić was \"shamelessly attacking Turkey\"", "-1", "2025-10-08|")
st(a, "osmani", "erdogan", "and praised Erdoğan as a man of his word", "1", "2025-10-08|")
st(a, "vucic", "turkey", "At a press conference the next day he said Serbia was \"too small to threaten Turkey\"", "1", "2025-10-09")
st(a, "vucic", "erdogan", "he said Serbia was \"too small to threaten Turkey\" and called Erdoğan \"a great leader\"", "1", "2025-10-09")
st(a, "nato", "ksf|kosovo", "told Radio Free Europe that every aerial activity in Kosovo had to be coordinated with KFOR", "0", "2025-10|")
st(a, "vucic", "kosovo", "the Serbian president said Belgrade had information that Kosovo was seeking artillery systems", "-1", "2026-02")
st(a, "vucic", "erdogan", "Erdogan is a great world leader, Turkiye is one of our most important partners", "1", "2026-02-12|2026-02-13")
st(a, "vucic", "turkey", "Erdogan is a great world leader, Turkiye is one of our most important partners", "1", "2026-02-12|2026-02-13")
st(a, "vucic", "turkey", "that this visit will further strengthen relations between Serbia and Turkey", "1", "2026-02-12")
st(a, "vucic", "erdogan", "Infinite thanks for the exceptional hospitality to President Erdogan, we look forward to welcoming you in Serbia", "1", "2026-02-12|2026-02-13|")
st(a, "vucic", "turkey", "he wanted relations to return \"to the best paths that were built in previous years\"", "1", "2026-02-12|")
st(a, "erdogan", "serbia|vucic", "God willing, we will also pay a visit to Belgrade and Novi Pazar in May or June with a large delegation", "1", "2026-02-12|")
st(a, "erdogan", "serbia", "when he spoke in Belgrade of a \"golden age\" in relations", "1", "2024-10")
ev(a, "2026-02-12", "spent Thursday in Ankara with Recep Tayyip Erdoğan")
ev(a, "2025-10", "Four months earlier he had accused Turkey of wanting its empire back")
ev(a, "2025-10-08", "On 8 October last year Turkey delivered Skydagger kamikaze drones")
ev(a, "2025-10-08", "Albin Kurti, announced the delivery that afternoon")
ev(a, "2026-02", "The visit came a week after an uncomfortable remark of his own")
ev(a, "2024-10", "it will be his first visit to Serbia since October 2024")
ns(a, "The alliance did not criticise the sale", "absence (did not criticise)")
ns(a, "Nothing in public, then or since, about the post or the drones", "absence (Turkey said nothing)")
ns(a, "If Erdoğan comes in May or June, as he promised", "hypothetical")

# --- Other disputes -----------------------------------------------------------------------------
a = "m-panel-munich-holocaust-law"  # published Monday 2018-02-19; write-up of a conference session
st(a, "bergman", "poland|morawiecki", "What are you trying to do? You are pouring oil on the fire", "-1", "2018-02-17|")
st(a, "author", "morawiecki", "Morawiecki did not hesitate, which was part of the problem", "-1", "")
st(a, "morawiecki", "", "not going to be seen as criminal, to say that there were Polish perpetrators, as there were Jewish perpetrators", "", "2018-02-17|")
st(a, "bergman", "morawiecki", "On Twitter he called the prime minister's reply unbelievable", "-1", "2018-02-17|")
st(a, "livni", "morawiecki", "said the comparison between Poles and Jews, between victims and those who actively took part in the killing, was unacceptable", "-1", "2018-02-17|")
st(a, "netanyahu", "morawiecki", "There is a problem here of an inability to understand history and a lack of sensitivity to the tragedy of our people", "-1", "2018-02-17|")
st(a, "kopcinska", "morawiecki", "by no means intended to deny the Holocaust, or charge the Jewish victims of the Holocaust", "1", "2018-02-17|2018-02-18|")
st(a, "kopcinska", "morawiecki", "should be interpreted as a sincere call for open discussion of crimes committed against Jews", "1", "2018-02-17|2018-02-18|")
st(a, "lauder", "morawiecki", "he called the remark an \"absurd and unconscionable\" allegation", "-1", "2018-02-18")
st(a, "lauder", "poland", "demanded an immediate retraction and apology from the Polish government", "-1", "2018-02-18")
st(a, "netanyahu", "poland|sejm", "One cannot change history and the Holocaust cannot be denied", "-1", "2018-01|2018-01-27")
st(a, "lapid", "poland", "I utterly condemn the new Polish law which tries to deny Polish complicity in the Holocaust", "-1", "2018-01|2018-01-27")
st(a, "polish_embassy_israel", "lapid", "The Polish embassy in Israel answered him that weekend by calling him shameless", "-1", "2018-01|2018-01-27|2018-01-28")
ev(a, "2018-02-17", "a discussion with Poland's prime minister at the Munich Security Conference on Saturday afternoon")
ev(a, "2018-02-18", "Benjamin Netanyahu was in Munich too, for a speech of his own the next morning")
ev(a, "2018-02-17", "countered in a statement sent to the Polish news agency late on Saturday")
ev(a, "2018-02-18", "On Sunday he called the remark")
ev(a, "2018-01", "The law had already soured relations last month")
ns(a, "He added that he intended to speak with his Polish counterpart", "attributed intention without stance")
ns(a, "Had he answered with the story of the Poles who hid Jews", "hypothetical")
ns(a, "which makes it a crime to ascribe Nazi German crimes to the Polish nation", "description of a law (a document)")

a = "m-debate-commons-gulf"  # published Tuesday 2019-07-23; summary of a Commons debate ("the Member for ...")
st(a, "hunt", "iran|irgc", "That, however, in no way excuses the illegal actions of the intruders", "-1", "2019-07-22|")
st(a, "hunt", "iran|irgc", "He called it an act of state piracy", "-1", "2019-07-22|")
st(a, "hunt", "iran", "If Iran continues on this dangerous path, they must accept the price will be a larger Western military presence", "-1", "2019-07-22|")
st(a, "hamilton", "hunt", "the welcome change in tone and the very welcome change in work ethic", "1", "2019-07-22|")
st(a, "hamilton", "iran", "Iran's actions in recent weeks in the strait of Hormuz have been utterly unacceptable", "-1", "2019-07-22|")
st(a, "hamilton", "iran", "were applying the simple and ruthless logic of the tanker war of the 1980s", "-1", "2019-07-22|")
st(a, "zarif", "united_kingdom", "Unlike the piracy in the Strait of Gibraltar, our action in the Persian Gulf is to uphold int'l maritime rules", "-1", "2019-07-20")
st(a, "zarif", "united_kingdom", "he said the UK must cease being an accessory to the economic terrorism of the United States", "-1", "2019-07-20|")
st(a, "zarif", "united_states", "he said the UK must cease being an accessory to the economic terrorism of the United States", "-1", "2019-07-20|")
st(a, "zarif", "united_kingdom|gibraltar", "he had called the Grace 1 detention \"piracy, pure and simple\"", "-1", "2019-07")
st(a, "soames", "hunt", "I entirely support what the Foreign Secretary has said and the actions that he intends to take", "1", "2019-07-22|")
st(a, "debbonaire", "hunt", "she shared the Foreign Secretary's concerns that the region might descend into conflict", "1", "2019-07-22|")
st(a, "hunt", "debbonaire", "Mr Hunt called hers intelligent questions and promised", "1", "2019-07-22|")
st(a, "author", "hunt", "the Foreign Secretary's best afternoon at the dispatch box", "1", "")
ev(a, "2019-07-22", "The Foreign Secretary came to the House late yesterday afternoon")
ev(a, "2019-07-19", "three days after Iranian forces seized the British-flagged tanker Stena Impero")
ev(a, "2019-07-19", "On Friday afternoon, he told MPs, four fast boats of the Revolutionary Guard")
ev(a, "2019-07-04", "the Iranian tanker held off Gibraltar since 4 July")
ev(a, "2019-07-20", "On Saturday Iran's foreign minister, Javad Zarif, wrote on Twitter")
ns(a, "The Foreign Secretary said he would write to him with the exact time", "attributed promise without stance")
ns(a, "the United Kingdom did not endorse that detention by the Gibraltarian authorities", "self-description (a denial about his own government)")

a = "m-speech-moon-whitelist"  # published Saturday 2019-08-03; leader's statement with the paper's bracketed notes
st(a, "moon", "japan", "This is a very reckless decision that rebuffs the diplomatic efforts to resolve the problem", "-1", "2019-08-02|")
st(a, "moon", "japan", "It did not even accept the United States' suggestion that both countries set a specific deadline", "-1", "2019-08-02|")
st(a, "moon", "japan", "I unequivocally warn that Japan will be entirely held accountable for what will unfold", "-1", "2019-08-02|")
st(a, "moon", "japan", "Japan's decision is undeniable trade retaliation against our Supreme Court's rulings", "-1", "2019-08-02|")
st(a, "moon", "japan", "The Japanese government through its action is refuting the free trade order it championed", "-1", "2019-08-02|")
st(a, "moon", "japan", "will face criticism from the international community for its selfish actions", "-1", "2019-08-02|")
st(a, "moon", "japan", "If we take the current challenges as an opportunity to make a new economic leap forward, we can triumph over Japan", "-1", "2019-08-02|")
st(a, "moon", "japan", "A vicious cycle of action and reaction is certainly not desirable for either of our countries", "0", "2019-07-08")
st(a, "kono", "south_korea", "What South Korea is doing is equivalent to overturning the post-World War II international order", "-1", "2019-07-19|")
st(a, "nam", "japan", "unilateral imposition of (tighter export controls on semiconductor materials) is injurious to both nations", "-1", "2019-07-19|")
st(a, "kono", "nam|south_korea", "It is extremely contemptuous to feign ignorance and make the proposal again", "-1", "2019-07-19|")
ev(a, "2019-08-02", "On Friday afternoon President Moon Jae-in opened an emergency Cabinet meeting")
ev(a, "2019-08-02", "Shinzo Abe's cabinet approved the change on Friday morning")
ev(a, "2019-08-28", "it takes effect on 28 August")
ev(a, "2018-10", "In October and November last year the court ordered Japanese companies")
ev(a, "2019-07-04", "Japan first tightened exports of three chemicals used to make chips and displays on 4 July")
ev(a, "2019-07-19", "On 19 July Foreign Minister Taro Kono received South Korea's ambassador")
ns(a, "This Cabinet meeting has been urgently convened to respond to the diplomatic and economic emergency situation", "self-description (the meeting's purpose)")
ns(a, "as published in full by The Korea Herald", "outlet whose name contains an actor's alias (The Korea Herald)")
ns(a, "If the Cabinet follows through on the countermeasures Moon promised", "hypothetical")
ns(a, "Tokyo says the matter was settled by the 1965 treaty", "attributed standing position in the newsroom's note, no occasion and no stance")

a = "m-decoder-italy-france"  # published Saturday 2019-02-09; "diplomatic language, decoded"
st(a, "di_maio", "france", "some European countries, and France in particular, have never stopped colonising Africa", "-1", "2019-01-20|2019-01-19|2019-01|")
st(a, "di_maio", "france", "The EU should sanction all those countries like France that are impoverishing African countries", "-1", "2019-01-20|2019-01-19|2019-01|")
st(a, "author", "di_maio", "This was an election speech aimed at Italian voters, with France as the villain", "-1", "")
st(a, "france|french_foreign_ministry", "italy", "It's not the first time the Italian authorities have made unacceptable and aggressive comments", "-1", "2019-01-21|")
st(a, "france|french_foreign_ministry", "di_maio|italy", "the remarks \"must be read in a context of Italian internal politics\"", "-1", "2019-01-21|")
st(a, "di_maio", "macron", "first lectures us (on migrants), then continues to finance public debt with the money with which he exploits Africa", "-1", "2019-01-21|")
st(a, "salvini", "macron", "that the French would be able to free themselves from \"a terrible president\"", "-1", "2019-01|")
st(a, "author", "italy|salvini|di_maio", "Rome's two governing parties compete over who can insult Paris more effectively", "-1", "")
st(a, "di_maio", "yellow_vests", "The wind of change has crossed the Alps", "1", "2019-02-05|")
st(a, "author", "di_maio", "had just campaigned, on French soil, with people demanding the French president's resignation", "-1", "")
st(a, "french_foreign_ministry", "italy", "For several months France had been the target of repeated accusations", "-1", "2019-02-07|")
st(a, "french_foreign_ministry", "italy|di_maio", "The latest interference is an additional and unacceptable provocation", "-1", "2019-02-07|")
st(a, "french_foreign_ministry", "italy|di_maio", "violates the respect that democratically and freely elected governments owe each other", "-1", "2019-02-07|")
st(a, "von_der_muhll|french_foreign_ministry", "italy", "The campaign for the European elections cannot justify the lack of respect for each people", "-1", "2019-02-07|")
st(a, "salvini", "france", "We are serious people and we are defending Italian interests", "1", "2019-02-07|")
st(a, "salvini", "france", "He then listed three demands, on migrants pushed back at the border", "-1", "2019-02-07|")
ev(a, "2019-02-07", "France recalled its ambassador to Italy, Christian Masset, on Thursday")
ev(a, "2019-01", "at a rally in Abruzzo on the weekend of 19-20 January")
ev(a, "2019-01-21", "after Italy's ambassador, Teresa Castaldo, had been summoned in Paris")
ev(a, "2019-02-05", "on Tuesday, after meeting leaders of France's yellow-vest protest movement near Paris")
ev(a, "2019-02-07", "The French foreign ministry, in a statement on Thursday")
ns(a, "it did not respond by Friday evening", "absence (did not respond)")
ns(a, "Had Rome sent an apology on Thursday morning", "hypothetical")
ns(a, "He did not tell the French government he was coming", "absence (did not tell)")
ns(a, "We are angry, but we know you are campaigning", "the newsroom's decoding put in the first person: words nobody said")

write_gold(HERE, S, E, N)
