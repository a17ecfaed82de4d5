#!/usr/bin/env python3
"""Writes the three gold CSVs of the islands set (kept so that the coding can be re-read and re-run).

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
a = "i-quotes-skydagger-week"  # published Saturday 2025-10-11; the quote is on the bold line, the speaker on the line below
st(a, "kurti", "ksf|kosovo", "significantly strengthens Kosovo's defense capabilities and modernizes its military force", "1", "2025-10-08")
st(a, "kurti", "ksf|kosovo", "the ongoing effort to build and modernize the military through new technologies", "1", "2025-10-08|")
st(a, "vucic", "turkey", "does not want stability in the Western Balkans and is once again dreaming of restoring the Ottoman Empire", "-1", "2025-10-08")
st(a, "vucic", "turkey", "In the same post he said he was “appalled” by Turkey's behaviour", "-1", "2025-10-08|")
st(a, "vucic", "turkey", "called the delivery a “brutal violation of the UN Charter", "-1", "2025-10-08|")
st(a, "djuric", "turkey", "a prime example of malign interference in regional affairs with destabilizing consequences", "-1", "2025-10-08|")
st(a, "djuric", "turkey", "will have to take this move into consideration in its further actions", "-1", "2025-10-08|")
st(a, "osmani", "vucic", "shamelessly attacking Turkey — a NATO member", "-1", "2025-10-08")
st(a, "osmani", "turkey", "a NATO member state helping to preserve stability", "1", "2025-10-08")
st(a, "osmani", "vucic", "Earlier she had called his words “shameful and hypocritical”", "-1", "2025-10-08|")
st(a, "osmani", "turkey", "thanked Turkey for its “constructive contribution to peace and stability”", "1", "2025-10-08|")
st(a, "vucic", "erdogan", "he is a great leader who raised Ankara from the ashes", "1", "2025-10-09")
st(a, "vucic", "turkey|erdogan", "We are talking about a great leader and a great and successful country", "1", "2025-10-09|")
st(a, "vucic", "osmani|kosovo", "Osmani is not in a neighbouring country, she lives on our territory and lives well", "-1", "2025-10-09|")
st(a, "osmani", "vucic", "Osmani's advice that he should strengthen ties with NATO instead of threatening his neighbours", "-1", "|2025-10-08")
st(a, "turkeytoday", "vucic", "a common rhetorical weapon in the Balkans whenever national interests clash", "-1", "2025-10-09")
st(a, "vucic", "baykar|turkey", "We want to buy the Bayraktar UAV, but can see that the whole world wants them", "1", "2022-09")

a = "i-explainer-skydagger-known"  # published Friday 2025-10-10
st(a, "kurti", "ksf|kosovo", "Kurti wrote that the delivery \"significantly strengthens Kosovo's defense capabilities", "1", "2025-10-08|")
st(a, "vucic", "turkey", "accused Turkey on X of a \"brutal violation of the UN Charter\"", "-1", "2025-10-08")
st(a, "djuric", "turkey", "I strongly condemn this unilateral and unlawful move, which constitutes a step backward", "-1", "2025-10-08|")
st(a, "djuric", "turkey", "and he called the delivery \"pouring oil on the fire\"", "-1", "2025-10-08|")
st(a, "osmani", "vucic", "captured by the past and always obsessed with intimidating others", "-1", "|2025-10-08")
st(a, "osmani", "serbia", "She pointed out that Serbia has itself been buying arms from Russia, China and Iran", "-1", "|2025-10-08")
st(a, "vucic", "turkey", "Turkey is the second largest power in NATO, but it does not matter how small we are", "0", "2025-10-09|")
st(a, "vucic", "turkey", "Can you imagine if we behaved like that with some territory that is problematic for Turkey", "-1", "2025-10-09|")
st(a, "vucic", "turkey|kfor", "Do you know what name they gave to the barracks in Kosovo", "-1", "2025-10-09|")
st(a, "nato", "turkey", "praised Turkey as a long-standing contributor to KFOR and to stability in the region", "1", "|2025-10")
st(a, "vucic", "turkey", "Vučić spoke of Turkey almost as a friend", "1", "2025-10-09|")
st(a, "djuric", "turkey", "warned on Wednesday that Serbia \"will have to take this move into consideration", "-1", "2025-10-08")
st(a, "vucic", "erdogan", "I will talk to Erdogan, he is always welcome in Serbia", "1", "2025-10-09")

a = "i-encyclopedia-skydagger-entry"  # published 2026-03-20; past tense, bracketed numbers are source notes
st(a, "vucic", "baykar|turkey", "President Aleksandar Vučić said that Serbia wanted to buy the Bayraktar", "1", "2022-09")
st(a, "vucic", "turkey", "When the Turks say they will supply Bayraktars to Pristina, it is a very bad news for us", "-1", "2022-12")
st(a, "vucic", "erdogan", "We respect [Turkish President Recep Tayyip] Erdogan", "1", "2022-12")
st(a, "vucic", "turkey", "but, naturally, it will tell on our relations", "-1", "2022-12")
st(a, "erdogan", "serbia", "described them as having entered a \"golden age\"", "1", "2024-10")
st(a, "kurti", "ksf|kosovo", "significantly strengthens Kosovo's defense capabilities and modernizes its military force", "1", "2025-10-08")
st(a, "vucic", "turkey", "does not want stability in the Western Balkans and is once again dreaming of restoring the Ottoman Empire", "-1", "2025-10-08")
st(a, "djuric", "turkey", "a prime example of malign interference in regional affairs with destabilizing consequences", "-1", "2025-10-08|")
st(a, "osmani", "serbia", "replied that Serbia had itself been buying arms from Russia, China and Iran", "-1", "|2025-10-08")
st(a, "vucic", "erdogan", "a great leader who raised Ankara from the ashes", "1", "2025-10-09")
st(a, "vucic", "erdogan", "that he would always be \"a good host\" to him", "1", "2025-10-09")
st(a, "turkeytoday", "vucic", "a common rhetorical weapon in the Balkans whenever national interests clash", "-1", "|2025-10-09|2025-10")
st(a, "vucic", "kosovo|turkey", "Vučić alleged that Kosovo was seeking artillery systems and anti-tank weapons from Turkey", "-1", "2026-02")
st(a, "vucic", "erdogan", "Afterwards Vučić wrote: \"Erdogan is a great world leader", "1", "2026-02-12")
st(a, "vucic", "turkey", "Turkiye is one of our most important partners", "1", "2026-02-12")
st(a, "erdogan", "serbia|vucic", "Erdoğan said he would visit Belgrade and Novi Pazar", "1", "2026-02-12|")
st(a, "vucic", "croatia|albania|kosovo", "a great threat to the citizens of Serbia and the Serbian people as a whole", "-1", "2026-02-12|")

a = "i-summit-ankara-presser"  # published Friday 2026-02-13; the press conference is Thursday 12 February, named in the lead
st(a, "erdogan", "serbia|expo_2027", "We consider this event important because it will contribute to the cultural ties between our countries", "1", "2026-02-12|")
st(a, "erdogan", "serbia|vucic", "God willing, we will also pay a visit to Belgrade and Novi Pazar in May or June", "1", "2026-02-12|")
st(a, "vucic", "erdogan", "described the talks as \"a very open and sincere dialogue\" between two old friends", "1", "2026-02-12|")
st(a, "vucic", "erdogan", "as a great leader, not only of Türkiye, but also of the region", "1", "2026-02-12|")
st(a, "vucic", "turkey", "The Serbian president called Turkey \"an extremely important partner for Serbia\"", "1", "2026-02-12|")
st(a, "vucic", "balkan_peace_platform|erdogan", "I strongly support President Erdoğan's Balkan Peace Platform initiative", "1", "2026-02-12|")
st(a, "vucic", "erdogan", "but he is wise enough to pass over it in silence, wait for it to settle", "1", "2026-02-12|")
st(a, "vucic", "turkey", "I believe that we will all together be able to preserve peace", "1", "2026-02-12|")
st(a, "vucic", "kosovo|turkey", "A week earlier Vučić had claimed that Kosovo was seeking artillery systems", "-1", "2026-02|2026-02-05")
st(a, "vucic", "turkey", "In October he had accused Turkey of dreaming of restoring the Ottoman Empire", "-1", "2025-10")
st(a, "vucic", "croatia|albania|kosovo", "a great threat to the citizens of Serbia and the Serbian people as a whole", "-1", "2026-02-12")
st(a, "vucic", "croatia|albania|kosovo", "I watch with great apprehension as that military alliance gains full momentum", "-1", "2026-02-12|")
st(a, "vucic", "erdogan", "After the talks he wrote on X: \"Erdogan is a great world leader", "1", "2026-02-12|")
st(a, "vucic", "turkey", "Turkiye is one of our most important partners", "1", "2026-02-12|")
st(a, "erdogan", "serbia", "when he spoke of a \"golden age\" in relations between the two countries", "1", "2024-10")

# --- Australia-China: the fabricated image and the wine duties ----------------------------------
a = "i-letters-canberra-image"  # published Saturday 2020-12-05; each letter's own views are its signatory's (`author`, surname accepted)
st(a, "zhao_lijian", "australian_defence_force|australia", "Shocked by murder of Afghan civilians & prisoners by Australian soldiers", "-1", "2020-11-30")
st(a, "morrison", "zhao_lijian|china", "The Prime Minister was right to call the image \"truly repugnant\"", "-1", "|2020-11-30")
st(a, "author|holloway", "chinese_foreign_ministry|china", "That gives no foreign ministry the right to forge pictures of our soldiers", "-1", "")
st(a, "author|holloway", "china|chinese_foreign_ministry", "A government that does this has lost any claim to lecture others about human rights", "-1", "")
st(a, "morrison", "china|chinese_foreign_ministry", "Scott Morrison demanded an apology within hours", "-1", "|2020-11-30")
st(a, "morrison", "china", "The Chinese government should be utterly ashamed of this post", "-1", "|2020-11-30")
st(a, "hua_chunying", "australia", "it is the Australian government who should feel ashamed for their soldiers killing", "-1", "|2020-11-30")
st(a, "author|whitcombe", "morrison", "by shouting at a tweet the Prime Minister made sure that millions more people saw the picture", "-1", "")
st(a, "chinese_commerce_ministry|china", "australia", "duties of between 107 and 212 per cent on our wine, calling it dumping", "-1", "2020-11-27")
st(a, "author|castellano", "china", "this is punishment dressed up as trade law", "-1", "")
st(a, "author|castellano", "ipac", "I was touched by the video in which politicians from nineteen countries", "1", "")
st(a, "kitching", "china", "China has cancelled a whole range of Australian imports in an attempt to bully us", "-1", "|2020-12")
st(a, "author|lindqvist", "morrison", "the Prime Minister kept the door open even on Monday", "1", "")
st(a, "morrison", "china", "I would ask again and call on China to re-engage in that dialogue", "0", "2020-11-30")
st(a, "morrison", "zhao_lijian|china", "the post \"containing false images of Australian soldiers", "-1", "2020-12-01")
st(a, "morrison", "china", "nor does it diminish our friendship with the Chinese people", "1", "2020-12-01")
st(a, "china|chinese_embassy_australia", "australia|morrison", "Beijing accused Canberra of trying to \"stoke domestic nationalism\"", "-1", "|2020-12")
st(a, "author|lindqvist", "morrison", "Mr Morrison deserves credit for keeping his temper when others lost theirs", "1", "")
st(a, "wang_xining", "morrison", "people wondered why a national leader would have such a strong opinion to an artwork", "-1", "2020-12-04")
st(a, "payne", "zhao_lijian|china", "had called the post the most \"egregious\" piece of disinformation she had seen", "-1", "|2020-11|2020-11-30|2020-12")
st(a, "author|marchetti", "wang_xining|chinese_embassy_australia", "the deputy ambassador's word choice makes her point for her", "-1", "")

# --- Czechia-Russia: Vrbětice -------------------------------------------------------------------
a = "i-casestudy-vrbetice"  # published Monday 2021-10-04; the case is told in the past tense with absolute anchors
st(a, "babis", "gru|russia", "We have good reason to suspect the involvement of GRU officers from unit 29155", "-1", "2021-04-17")
st(a, "babis", "gru|russia", "But above all, two of our compatriots were killed there", "-1", "2021-04-17|")
st(a, "hamacek", "russia", "sorry that the affair would \"fundamentally damage Czech-Russian relations\"", "-1", "2021-04-17|")
st(a, "zakharova", "czechia", "Prague is well aware of what will follow such tricks", "-1", "2021-04-17")
st(a, "russian_foreign_ministry", "czechia", "will take response measures that make the perpetrators of this provocation realize their full responsibilities", "-1", "2021-04-18")
st(a, "russian_foreign_ministry", "czechia", "It described Prague's step as an attempt to satisfy the United States", "-1", "2021-04-18|")
st(a, "peskov", "czechia", "We strongly disagree with such conclusions. We consider them provocative and unfriendly", "-1", "2021-04-19")
st(a, "babis", "gru|russia", "an attack by officers of the Russian secret services on goods belonging to a Bulgarian arms dealer", "-1", "2021-04-19")
st(a, "hamacek", "russia", "If there is a state that has a unit of killers like this, it simply has to bear the consequences", "-1", "2021-04-20")
st(a, "zakharova", "czechia", "for seven years the Czech authorities had not been able to say who was to blame", "-1", "|2021-04")
st(a, "kulhanek", "russia", "gave Moscow until noon on Thursday to let the expelled Czechs return", "-1", "|2021-04|2021-04-21")
st(a, "peskov", "czechia", "We, of course, view all this hysteria negatively", "-1", "2021-04-22")

# --- France-Azerbaijan: New Caledonia ----------------------------------------------------------
a = "i-gallery-noumea-baku"  # published Saturday 2024-05-18; captions of a picture gallery
st(a, "darmanin", "azerbaijan", "It's not a fantasy about Azerbaijan, it's a reality", "-1", "2024-05-16")
st(a, "darmanin", "new_caledonia_independence|azerbaijan", "that some of the Caledonian independence fighters have made a deal with Azerbaijan", "-1", "2024-05-16|")
st(a, "darmanin", "azerbaijan", "in the same interview he called the country a dictatorship", "-1", "2024-05-16|")
st(a, "hajizadeh|azerbaijani_foreign_ministry", "darmanin|france", "We refute any connection between the leaders of the freedom struggle", "-1", "2024-05-16|")
st(a, "azerbaijani_foreign_ministry|azerbaijan", "darmanin", "The ministry described the minister's remarks as insulting", "-1", "2024-05-16|")
st(a, "vanabo", "france", "resolutely fighting to save themselves from the colonial oppression of France", "-1", "2023-10")
st(a, "baku_initiative_group", "france", "aimed at fighting against the colonial power of France", "-1", "2024-02")
st(a, "glucksmann", "azerbaijan", "He warned of an attempt at interference by Azerbaijan", "-1", "|2024-05")
st(a, "glucksmann", "france", "In this case, it's a constitutional reform, it's an internal problem", "-1", "|2024-05")
st(a, "glucksmann", "azerbaijan|russia|china", "seize on the slightest flaw in our societies to create chaos", "-1", "|2024-05")

# --- Algeria-Mali: the Tinzaouaten drone --------------------------------------------------------
a = "i-brief-sahel-drone"  # published Thursday 2025-04-10; numbered paragraphs; the analysts' "We judge", "We consider" are `author`
st(a, "algerian_defence_ministry|algeria", "mali|malian_armed_forces", "had shot down an \"armed surveillance drone\" that had violated Algerian airspace", "-1", "2025-04-01")
st(a, "mali", "algeria", "destroyed in a premeditated hostile action by the Algerian regime", "-1", "2025-04-06")
st(a, "mali", "algeria", "strongly condemns this hostile, unfriendly, and condescending act by the Algerian authorities", "-1", "2025-04-06|")
st(a, "aes", "algeria", "condemned the \"irresponsible act by the Algerian regime\"", "-1", "2025-04-06")
st(a, "algerian_foreign_ministry|algeria", "mali", "only conceal very imperfectly the search for outlets and diversions from the manifest failure", "-1", "2025-04-07")
st(a, "algerian_defence_ministry|algeria", "mali", "Due to repeated violations of our airspace by the Malian state", "-1", "2025-04-07")
st(a, "mali_transport_ministry|mali", "algeria", "accusing Algeria of \"persistent sponsorship of international terrorism\"", "-1", "2025-04-07|")
st(a, "author", "algeria|mali", "Both governments have chosen maximal language; neither has published the evidence", "-1", "")
st(a, "author", "mali", "Bamako's exit from the joint staff committee is the most damaging step of the week", "-1", "")
st(a, "author", "algeria", "it turns a dispute about a drone into a dispute about a regime's legitimacy", "-1", "")


a = "i-quotes-skydagger-week"
ev(a, "2025-10-08", "on Wednesday, as the first containers were unloaded at Pristina airport")
ev(a, "2024-12", "The contract, signed in December 2024, had foreseen delivery")
ev(a, "2025-10-08", "in a post on X on Wednesday evening")
ev(a, "2025-10-09", "at a press conference in Belgrade on Thursday")
ev(a, "2022-09", "Vučić in September 2022, when Serbia itself hoped to buy Turkish drones")
ev(a, "2025-10-03", "has been commanded since 3 October by a Turkish general")

a = "i-explainer-skydagger-known"
ev(a, "2025-10-08", "On Wednesday Kosovo's prime minister, Albin Kurti, posted photographs")
ev(a, "2024-12", "The contract was signed in December last year")
ev(a, "2025-10-08", "On Wednesday evening President Aleksandar Vučić accused Turkey on X")
ev(a, "2025-10-09", "By Thursday the tone had changed")
ev(a, "2025-10-09", "On Thursday Vučić said: \"I will talk to Erdogan")

a = "i-encyclopedia-skydagger-entry"
ev(a, "2022-09", "In September 2022 President Aleksandar Vučić said")
ev(a, "2022-12", "When it became known in December of that year that Turkey would also supply Kosovo")
ev(a, "2024-10", "During a visit to Belgrade in October 2024")
ev(a, "2025-10-08", "The drones arrived at Pristina airport on 8 October 2025")
ev(a, "2025-10-08", "That evening Vučić wrote on X")
ev(a, "2025-10-09", "On 9 October Vučić moderated his language considerably")
ev(a, "2026-02-12", "The visit nevertheless went ahead on 12 February 2026")

a = "i-summit-ankara-presser"
ev(a, "2026-02-12", "the presidents of Turkey and Serbia stood side by side at the Presidential Complex on Thursday")
ev(a, "2026-02", "A week earlier Vučić had claimed that Kosovo was seeking artillery systems")
ev(a, "2026-02-12", "Also in Ankara on Thursday, Vučić was less gentle about his neighbours")
ev(a, "2024-10", "it will be his first to Serbia since October 2024")

a = "i-letters-canberra-image"
ev(a, "2020-11-30", "On Monday Zhao Lijian, a spokesman for China's foreign ministry, put on Twitter a fabricated picture")
ev(a, "2020-11-27", "Beijing's commerce ministry announced last Friday duties")
ev(a, "2020-12-01", "On Tuesday he wrote to Chinese readers on WeChat")
ev(a, "2020-12-04", "Yesterday China's deputy head of mission in Canberra, Wang Xining, said")

a = "i-casestudy-vrbetice"
ev(a, "2014-10-16", "On 16 October 2014 a warehouse in Vrbětice, in the east of the country, exploded")
ev(a, "2014-12", "A second depot nearby blew up in December 2014")
ev(a, "2021-04-17", "On Saturday 17 April 2021 Prime Minister Andrej Babiš and Jan Hamáček")
ev(a, "2021-04-18", "The next day the ministry summoned the Czech ambassador")
ev(a, "2021-04-19", "On the Monday the Kremlin's spokesman, Dmitry Peskov, joined in")
ev(a, "2021-04-19", "The same Monday Babiš narrowed the charge")
ev(a, "2021-04-20", "he told MPs on Tuesday")
ev(a, "2021-04-22", "On Thursday Peskov said: \"We, of course, view")

a = "i-gallery-noumea-baku"
ev(a, "2024-05-14", "A barricade burns on a road into Nouméa on Tuesday morning")
ev(a, "2024-05-13", "The riots began on Monday evening, as the National Assembly in Paris debated the reform")
ev(a, "2024-05-15", "the day the government declared a state of emergency in the territory")
ev(a, "2024-05-16", "Interior Minister Gérald Darmanin in the studio of France 2 on Thursday")
ev(a, "2024-04", "Last month a memorandum of cooperation between the Congress")
ev(a, "2024-02", "In February this year the group said its conference in Istanbul")
ev(a, "2024-05-16", "A gendarme died on Thursday of what the authorities called an accidental gunshot")

a = "i-brief-sahel-drone"
ev(a, "2025-04-01", "On 1 April Algeria's defence ministry said its army had shot down")
ev(a, "2025-04-06", "In a statement read on national television on Sunday")
ev(a, "2025-04-06", "The Alliance of Sahel States followed the same day")
ev(a, "2025-04-07", "Algiers replied in kind on Monday")
ev(a, "2025-04-07", "The same day the defence ministry in Algiers announced")
ev(a, "2023-12", "had already recalled their ambassadors in December 2023")


ns("i-quotes-skydagger-week", "spell out which actions he had in mind", "absence of a statement (\"He did not spell out\")")
ns("i-quotes-skydagger-week", "had made no public comment on either Serbian post by Friday evening", "absence of a statement")
ns("i-quotes-skydagger-week", "Had Ankara answered, this list would have been longer", "hypothetical")
ns("i-quotes-skydagger-week", "Not quoted: Ankara", "heading in the form speaker-like name: phrase")
ns("i-explainer-skydagger-known", "Baykar has not explained the timing", "absence of a statement")
ns("i-explainer-skydagger-known", "If it means a formal protest to Ankara, none has been announced", "hypothetical")
ns("i-explainer-skydagger-known", "had not replied to our questions by the time of publication", "absence of a statement")
ns("i-explainer-skydagger-known", "spoke by telephone with the Turkish commander of KFOR", "attributed fact without stance (a ministry's account of a phone call)")
ns("i-encyclopedia-skydagger-entry", "The Turkish government issued no statement on the dispute at any stage", "absence of a statement")
ns("i-encyclopedia-skydagger-entry", "had the drones arrived on the contractual date", "hypothetical")
ns("i-summit-ankara-presser", "We previously announced that we will take part in Expo 2027, which Serbia will host", "announcement of a decision, no stance")
ns("i-summit-ankara-presser", "Erdoğan has never publicly answered that charge", "absence of a statement")
ns("i-summit-ankara-presser", "Radio Television of Serbia carried the press conference live", "an outlet whose name contains the alias Serbia; it broadcast, it made no statement")
ns("i-summit-ankara-presser", "If Erdoğan keeps his promise of a spring visit", "hypothetical")
ns("i-letters-canberra-image", "letters may be edited for length", "editor's procedural note")
ns("i-letters-canberra-image", "The Brereton report is our shame, and we are dealing with it in our courts", "self-description (the writer's own country), no other actor evaluated")
ns("i-letters-canberra-image", "If the embassy had simply condemned the killings and left the pictures alone", "hypothetical")
ns("i-casestudy-vrbetice", "the Czech Republic is a sovereign state and must react accordingly", "self-description, no other actor evaluated")
ns("i-casestudy-vrbetice", "Prague then ordered Russia to cut its embassy to the size of the Czech mission in Moscow", "administrative act, no statement")
ns("i-casestudy-vrbetice", "What would have changed had Prague published the intelligence report?", "discussion question with a hypothetical, the casebook's own")
ns("i-gallery-noumea-baku", "is sovereign on its own territory, and so much the better", "self-description, no other actor evaluated")
ns("i-gallery-noumea-baku", "Had the reform been withdrawn, as the pro-independence parties demanded", "hypothetical")
ns("i-brief-sahel-drone", "The wreckage, it said, lay 9.5 kilometres south of the border", "attributed technical finding without stance")
ns("i-brief-sahel-drone", "said it regretted having to apply reciprocity", "self-description of the speaker's own measure")
ns("i-brief-sahel-drone", "Had either side published its radar or wreckage data", "hypothetical")

if __name__ == "__main__":
    GOLD.write(HERE)
