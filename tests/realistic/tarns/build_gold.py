#!/usr/bin/env python3
"""Writes the three gold CSVs of the tarns set (kept so that the coding can be re-read and re-run).

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

V_APPALLED = ("I am appalled by Turkey's behavior and brutal violation of the UN Charter and UN Security Council "
              "Resolution 1244, as well as the continued arming of Kosovo.")
V_OTTOMAN = ("It is now completely clear that Turkey does not want the stability of the Western Balkans and dreams "
             "of restoring the Ottoman Empire again.")
V_SMALL = "Serbia is a small country, but we understood the message well."
HOST = "When it comes to President Erdogan, I will always be a good host."
GREAT = "We are talking about a great leader and a great and successful country."
D_OIL = ("The decision of the Turkish authorities to deliver lethal weapons to Kurti's regime represents pouring oil "
         "on the fire and a prime example of malign interference in regional affairs with destabilizing consequences.")
D_REGIME = "The decision of the Turkish authorities to deliver lethal weapons to Kurti's regime"
D_MOVE = "Serbia will have to take this move into consideration in its further actions."
KURTI = ("we are continuing to build and modernise our military force through new technologies and contemporary "
         "combat tactics.")
NATO_COORD = ("conducted in proper coordination with NATO's peacekeeping mission in Kosovo, KFOR, to prevent tensions "
              "and guarantee security")
ARMS_RACE = "This is a kind of arms race that is taking place in the region."
KURC = "Essentially, they raise the cost of any military operation against Kosovo."
O_NATO = "We will continue to deepen ties with NATO allies, modernizing our defense capabilities according to NATO standards"

# --- Skydagger ----------------------------------------------------------------------------------
a = "tn-01-recall-skydagger"  # published Friday 2025-10-10; a product recall notice (parody); fields and headers carry speaker and day
st(a, "vucic", "turkey", V_APPALLED, "-1", "2025-10-08")
st(a, "vucic", "turkey", V_OTTOMAN, "-1", "2025-10-08")
st(a, "vucic", "turkey", V_SMALL, "-1", "2025-10-08")
st(a, "vucic", "erdogan", HOST, "1", "2025-10-09")
st(a, "vucic", "erdogan", GREAT, "1", "2025-10-09")
st(a, "vucic", "turkey", GREAT, "1", "2025-10-09")
st(a, "vucic", "turkey", "In the same appearance the supplier described Turkey as \"a great power\" that Serbia was too small to threaten", "1", "2025-10-09")
st(a, "vucic", "turkey", "\"We want the best relations with Türkiye.\"", "1", "2025-10-09")
st(a, "djuric", "turkey", D_OIL, "-1", "2025-10-08")
st(a, "djuric", "kosovo|kurti", D_REGIME, "-1", "2025-10-08")
st(a, "djuric", "turkey", D_MOVE, "-1", "2025-10-08")
st(a, "kurti", "ksf|kosovo", KURTI, "1", "2025-10-08")
st(a, "osmani", "vucic", "Vučić should try to do the same, instead of constantly attacking his neighbours.", "-1", "2025-10-08")
st(a, "nato", "kosovo|turkey", NATO_COORD, "0", "|2025-10")
st(a, "nato", "turkey", "The official praised Turkey as a long-standing contributor to KFOR", "1", "|2025-10")
st(a, "vrajolli", "", ARMS_RACE, "", "|2025-10")
ev(a, "2025-10-08", "First placed on the market** | Wednesday 8 October 2025, 17:14")
ev(a, "2025-10-09", "The replacement was issued at a press conference in Belgrade on Thursday 9 October.")
ev(a, "2025-10-08", "Posted on X on the Wednesday evening and still on sale")
ev(a, "2025-10-08", "Albin Kurti, Prime Minister of Kosovo, on Facebook on 8 October")
ev(a, "2025-10-12", "Kosovo holds local elections on Sunday 12 October")
ns(a, "say under what circumstances Kosovo could use the drones", "refusal (the NATO official)")
ns(a, "The government in Ankara, whose conduct part one describes, has made no statement at all.", "absence (Turkey's silence)")
ns(a, "Had the supplier waited a day before posting, no recall would have been needed.", "hypothetical (the desk's own)")

a = "tn-02-voicemail-skydagger"  # published Monday 2025-10-13; voicemail transcripts, each dated by its "Received" line
st(a, "vucic", "turkey", "I am appalled by Türkiye's behaviour and the brutal violation of the UN Charter and UN Security Council Resolution 1244, as well as the continued arming of the authorities in Pristina.", "-1", "2025-10-08")
st(a, "vucic", "turkey", "he says Serbia is a small country but \"we understood the message well\"", "-1", "2025-10-08")
st(a, "djuric", "turkey", "I strongly condemn this unilateral and unlawful move, which constitutes a step backward in efforts to normalize relations in the region.", "-1", "2025-10-08")
st(a, "djuric", "turkey", "Trust is difficult to build, and unfortunately, much easier to undermine.", "-1", "2025-10-08")
st(a, "osmani", "nato", "We will continue to deepen ties with NATO allies, modernizing our defense capabilities according to NATO standards, ensuring peace and stability for our people and actively contributing to collective security.", "1", "2025-10-08")
st(a, "osmani", "vucic", "for his \"hegemonic mind, captured by the past and always obsessed with intimidating others\"", "-1", "2025-10-08")
st(a, "vucic", "erdogan", HOST, "1", "2025-10-09")
st(a, "vucic", "erdogan", GREAT, "1", "2025-10-09")
st(a, "vucic", "turkey", GREAT, "1", "2025-10-09")
st(a, "vucic", "turkey", "He says his words were misunderstood, that Serbia is too small to threaten Turkey.", "1", "2025-10-09")
st(a, "nato", "turkey", "who praised Turkey as a long-standing contributor to KFOR", "1", "|2025-10")
st(a, "kurc", "", KURC, "", "|2025-10")
st(a, "vucic", "osmani", "Vučić said yesterday about Osmani that she doesn't live in a neighbouring country, she lives on \"our territory\"", "-1", "2025-10-09")
ev(a, "2024-12", "The contract was signed last December with Baykar")
ev(a, "2025-10-08", "Kurti just put it on Facebook, containers at the airport, thousands of drones")
ev(a, "2025-10-08", "Vučić posted on X at quarter past five, and it's bad.")
ev(a, "2025-10-08", "Osmani answered him this evening, long post.")
ev(a, "2025-10-09", "He's backing off, live, right now.")
ev(a, "2025-10-12", "Kosovo's local elections took place on Sunday 12 October.")
ns(a, "The contract was signed last December with Baykar, the parent company of the Skydagger manufacturer.", "attributed fact without stance")
ns(a, "Nobody in Ankara is picking up.", "absence (Turkey's silence)")
ns(a, "answer when they asked under what circumstances Kosovo could fly the drones", "refusal (the NATO official)")

a = "tn-03-cryptoquote-skydagger"  # published Saturday 2026-02-14; a puzzle page: enciphered quotes, last week's solutions with notes
st(a, "vucic", "erdogan", "When I speak to you, I do so with the utmost respect, as a great leader, not only of Türkiye, but also of the region and indeed a leader with global influence.", "1", "2026-02-12")
st(a, "vucic", "turkey", "He called Türkiye \"an extremely important partner for Serbia\"", "1", "2026-02-12")
st(a, "vucic", "erdogan", "I strongly support President Erdoğan's Balkan Peace Platform initiative.", "1", "2026-02-12")
st(a, "vucic", "turkey", V_APPALLED.upper(), "-1", "2025-10-08")
st(a, "djuric", "turkey", "TRUST IS DIFFICULT TO BUILD, AND UNFORTUNATELY, MUCH EASIER TO UNDERMINE.", "-1", "2025-10-08")
st(a, "djuric", "turkey", "he called the delivery \"pouring oil on the fire and a prime example of malign interference in regional affairs with destabilizing consequences\"", "-1", "2025-10-08")
st(a, "djuric", "turkey", "and warned that \"Serbia will have to take this move into consideration in its further actions\"", "-1", "2025-10-08")
st(a, "vucic", "erdogan", HOST.upper(), "1", "2025-10-09")
st(a, "osmani", "nato", O_NATO.upper(), "1", "2025-10-08")
st(a, "vrajolli", "", ARMS_RACE.upper(), "", "2025-10")
st(a, "kurc", "", KURC.upper(), "", "2025-10")
ev(a, "2026-02-12", "Both come from the Serbian president's visit to Ankara on Thursday.")
ev(a, "2026-02-12", "No. 1 was posted on X late that night, after the visit ended")
ev(a, "2026-02-07", "Solutions to last Saturday's cryptoquotes (7 February)")
ev(a, "2025-10-08", "Posted on X at 17:14 on Wednesday 8 October 2025, the day Turkish Skydagger drones reached Pristina.")
ev(a, "2025-10-09", "The day after No. 1, at a press conference in Belgrade.")
ns(a, "WMKHFXA TU X FMWXO IHMRK RWXKWM, OPMJTSW TU HAW HB HPM QHUO TQVHMOXAO VXMOAWMU.", "enciphered puzzle text: no readable words (its plain text is not printed)")
ns(a, "Turkey's government made no public reply to No. 1 then or later.", "absence (Turkey's silence)")
ns(a, "If Belgrade and Ankara sign the documents promised for the Turkish president's visit, the setter may add a bonus puzzle.", "hypothetical")

a = "tn-04-classifieds-skydagger"  # published Friday 2025-10-17; small ads (parody), each dated by "Placed d.m."
st(a, "kurti", "ksf|kosovo", KURTI, "1", "2025-10-08")
st(a, "vucic", "turkey", V_OTTOMAN, "-1", "2025-10-08")
st(a, "djuric", "turkey", D_MOVE, "-1", "2025-10-08")
st(a, "djuric", "kosovo|kurti", "He adds that what so-called Kosovo needs are not kamikaze drones but respect for human rights, normalisation and economic development.", "-1", "2025-10-08")
st(a, "djuric", "turkey", "Trust is difficult to build, and unfortunately, much easier to undermine.", "-1", "2025-10-08")
st(a, "vucic", "erdogan", HOST, "1", "2025-10-09")
st(a, "vucic", "erdogan", GREAT, "1", "2025-10-09")
st(a, "vucic", "turkey", GREAT, "1", "2025-10-09")
st(a, "osmani", "turkey", "writes on X that Turkey is \"a NATO member state helping to preserve stability\"", "1", "2025-10-08|2025-10-09|2025-10")
st(a, "osmani", "vucic", "and that her Belgrade neighbour has been \"shamelessly attacking\" it", "-1", "2025-10-08|2025-10-09|2025-10")
st(a, "nato", "kosovo|turkey", NATO_COORD, "0", "|2025-10")
st(a, "nato", "turkey", "The same official praised Turkey as a long-standing contributor to KFOR.", "1", "|2025-10")
st(a, "osmani", "nato", O_NATO + ".", "1", "2025-10-08")
st(a, "vrajolli", "", ARMS_RACE, "", "2025-10")
st(a, "vucic", "turkey", V_SMALL, "-1", "2025-10-08")
ev(a, "2025-10-08", "Containers, several, Pristina airport, Wednesday 8 October.")
ev(a, "2025-10-08", "Full text as posted on X at 17:14 on Wednesday")
ev(a, "2025-10-09", "Said at his press conference on Thursday 9 October")
ev(a, "2025-10-12", "Kosovo voted in local elections on Sunday 12 October.")
ns(a, "Owner says it was never lost.", "words the parody puts in a leader's mouth; nobody said them")
ns(a, "the advertiser could not produce one, and Ankara has said nothing this week.", "absence (Turkey's silence)")
ns(a, "nobody quoted in it said anything of the kind.", "a declined ad: words nobody said")

# --- Italy and Luxembourg -----------------------------------------------------------------------
a = "tn-05-refereereport-vienna"  # published Monday 2018-09-17; a referee's misconduct report (parody); minute marks are no dates
OPP = "asselborn|luxembourg"
st(a, "salvini", OPP, "I have a totally different view. I am in government, paid by my fellow citizens, in order to encourage our own young people to have children... and not to uproot the best of Africa's young people.", "-1", "2018-09-14")
st(a, "salvini", OPP, "In Italy we feel it's necessary to help our children make more children. And not to have new slaves to replace the children we're no longer having.", "-1", "2018-09-14")
st(a, "asselborn", "salvini", "Exact words used:** \"That's going too far!\"", "-1", "2018-09-14")
st(a, "salvini", "luxembourg|asselborn", "If you in Luxembourg need more immigration, I prefer to keep Italy for Italians and that we start having children again.", "-1", "2018-09-14")
st(a, "asselborn", "salvini|italy", "In Luxembourg, sir, we have dozens of thousands of Italians! They came as migrants, they worked in Luxembourg so you in Italy would have money for your children.", "-1", "2018-09-14")
st(a, "asselborn", "salvini", "The player ended with \"merde alors\" and threw down his headset.", "-1", "2018-09-14")
st(a, "salvini", "asselborn", "compares our grandparents who emigrated to the illegals who arrive today, wants more immigrants in Europe and concludes screaming", "-1", "2018-09-14")
st(a, "salvini", "luxembourg", "He called Luxembourg \"a tax haven that cannot give lessons to Italy\".", "-1", "2018-09-14")
st(a, "salvini", "asselborn", "Someone well brought up would have let me finish my speech.", "-1", "2018-09-14")
WEEKEND = "2018-09-15|2018-09-16|2018-09"
st(a, "asselborn", "salvini", "He said Salvini used \"the methods and tone of the fascists from the 30s\".", "-1", WEEKEND)
st(a, "asselborn", "", "Also: \"I stand by what I said.\"", "", WEEKEND)
st(a, "asselborn", "salvini", "And: \"It was a calculated provocation.\"", "-1", WEEKEND)
st(a, "asselborn", "salvini", "He told the magazine that the video had been filmed without his knowledge.", "-1", WEEKEND)
st(a, "asselborn", "salvini", "When Salvini said that Europe does not need new slaves to replace the children we no longer have, I thought the cup was full.", "-1", WEEKEND)
FASCIST = "The Socialist minister of the fiscal paradise of Luxembourg calls me a 'fascist' today"
st(a, "salvini", "asselborn", FASCIST, "-1", "2018-09-16")
st(a, "salvini", "luxembourg", FASCIST, "-1", "2018-09-16")
st(a, "salvini", "asselborn", "If he likes immigrants so much, he can have them all, we've already received too many in Italy.", "-1", "2018-09-16")
ev(a, "2018-09-14", "Date of match:** Friday 14 September 2018")
ev(a, "2018-09-14", "Our sports desk has written up Friday's row at the EU ministers' meeting in Vienna")
ev(a, "2018-09-17", "Report submitted:** Monday 17 September 2018, 09:30")
ev(a, "2018-09-14", "published the video of the closed session on Facebook the same day")
ev(a, "2018-09-16", "Salvini, on Twitter, Sunday 16 September.")
ev(a, "2018-09-20", "Hearing before the (fictional) disciplinary committee: Thursday 20 September 2018")
ns(a, "The player did not appear in the family photograph after the session.", "an act (absence from the photograph), no words")
ns(a, "The referee did not hear what the Austrian chair said to either captain", "absence (the fictional referee)")
ns(a, "Had the session been open to the press, the first incident would probably have been played differently.", "hypothetical")

# --- Chile and Israel ---------------------------------------------------------------------------
a = "tn-06-tickets-santiago"  # published Wednesday 2022-09-28; an event-ticketing page (parody), organiser updates newest first
st(a, "urrejola", "boric", "The President made a decision that we talked about, and I think it is the right decision.", "1", "2022-09")
st(a, "urrejola", "israel", "I will stay with what the (Israeli) ambassador himself said, that we have turned the page.", "1", "2022-09")
st(a, "boric", "israel", "It is an impasse that has been overcome.\"", "1", "2022-09-18")
st(a, "boric", "israel", "He added that Chile is there to contribute to peace and that international law and the 1967 borders must be respected.", "-1", "2022-09-18")
st(a, "ushpiz", "chile|boric", "\"a serious incident that could have caused grave damage to relations between Israel and Chile\"", "-1", "2022-09-18")
st(a, "israeli_foreign_ministry", "chile|boric", "Israel views with severity the puzzling and unprecedented behavior of Chile. This seriously harms the relations between the countries.", "-1", "2022-09-16")
st(a, "artzyeli", "chilean_foreign_ministry|chile", "They apologized to me and the state of Israel numerous times.", "1", "2022-09-15")
st(a, "artzyeli", "chile", "And we will overcome this morning's incident for the good of Chile, for the good of Israel and our bilateral relations.", "1", "2022-09-15")
st(a, "chilean_foreign_ministry", "israel", "\"permanent willingness to maintain a fraternal and constructive relationship with the State of Israel and its people, based on respect, dialogue and cooperation\"", "1", "2022-09")
st(a, "comunidad_judia", "boric", "called the snub \"an offense to the friendship of more than 70 years between Chile and Israel\"", "-1", "2022-09")
st(a, "chilean_opposition", "boric", "President Boric boycotts bilateral relations, improvising a decision at the moment the ambassador was in the Foreign Relations Ministry.", "-1", "2022-09")
st(a, "al_deek", "boric", "We welcome the position of the Chilean president, which is in line with international law and resolutions.", "1", "2022-09")
st(a, "boric", "israel", "Boric once called Israel a murderous state", "-1", "2021")
ev(a, "2022-09-28", "Parody, captured Wednesday 28 September 2022, 12:00 Santiago time.")
ev(a, "2022-09-15", "Original date:** ~~Thursday 15 September 2022, 10:00~~")
ev(a, "2022-09-30", "New date:** Friday 30 September 2022 (time to be confirmed)")
ev(a, "2022-09-18", "The acting foreign minister, Ximena Fuentes, telephoned the director-general of Israel's Foreign Ministry, Alon Ushpiz")
ev(a, "2022-09-15", "After more than an hour at Chile's foreign ministry, the ambassador told reporters")
ev(a, "2021", "This comment paraphrases a remark from his campaign of 2021")
ns(a, "called it \"a measure of an exceptional nature\"", "self-description (the ministry on its own measure)")
ns(a, "Chile's ambassador in Israel is to be called in for a reprimand.", "an announced act, no words")
ns(a, "World Israel News reported that the envoy had reached the palace before he was turned away.", "an outlet whose name contains the alias 'Israel'; it reported a fact")

# --- Latvia and Russia --------------------------------------------------------------------------
a = "tn-07-tei-riga"  # published Wednesday 2023-02-01; a TEI-XML record: speakers by xml:id codes, days in `when`/`notAfter`
RU, LV = "russian_foreign_ministry|russia", "latvia"
st(a, "karins", "putin|russia", "should focus first and foremost on the overarching goal of defeating Russian President Vladimir Putin", "-1", "")
RINK = ("Due to the ongoing brutal Russian aggression against Ukraine and in solidarity with Estonia, Latvia will lower level "
        "of diplomatic relations with Russia effective February 24, demanding Russia to act accordingly")
st(a, "rinkevics", "russia", RINK, "-1", "2023-01-23")
st(a, "rinkevics", "estonia", RINK, "1", "2023-01-23")
st(a, "latvian_foreign_ministry|latvia", "russia", "The decision has been taken in view of the fact that Russia continues its full-scale military aggression against Ukraine launched on 24 February 2022, as well as in solidarity with Estonia and Lithuania.", "-1", "2023-01-23")
st(a, RU, LV, "This manifestation of new unfriendly steps taken by Riga is not a surprise to anyone. It is a natural result of the ruling Latvian elite's policy aimed at the consistent destruction of bilateral relations.", "-1", "2023-01-24")
st(a, RU, LV, "The authorities clearly do not care about the consequences of this action for the country and its people. We will, of course, respond harshly to any such hostile actions.", "-1", "2023-01-24")
st(a, RU, LV, "The statement said that Riga's solidarity with its Baltic neighbours showed itself in cave-like Russophobia and hostility towards anything Russian.", "-1", "2023-01-24")
st(a, RU, LV, "The arguments (for the decision) given now by the Latvian side are groundless and far-fetched.", "-1", "2023-01-24")
st(a, RU, LV, "The provocative moves of the Latvian authorities to lower the level of diplomatic relations will have consequences.", "-1", "2023-01-27")
st(a, RU, LV, "The ministry called Latvia's justification completely unacceptable", "-1", "2023-01-27")
st(a, RU, "latvia|estonia|lithuania", "said the only solidarity the Baltic states had shown lay in their total Russophobia.", "-1", "2023-01-27")
st(a, RU, LV, "It added that relations had already been largely destroyed by the destructive line of Latvia's ruling elite.", "-1", "2023-01-27")
ev(a, "2023-02-01", "as released on Wednesday 1 February 2023")
ev(a, "2023-01-23", "called in the Russian ambassador, Mikhail Vanin, the same day.")
ev(a, "2023-02-24", "Latvia will lower level of diplomatic relations with Russia effective February 24")
ev(a, "2022-02-24", "full-scale military aggression against Ukraine launched on 24 February 2022")
ev(a, "2023-01-23", "Earlier that Monday Moscow had lowered its relations with Estonia")
ev(a, "2023-02-07", "told the Estonian ambassador to leave by 7 February")
ev(a, "2023-01-27", "The Latvian chargé d'affaires, Dace Rutka, was summoned to the ministry.")
ns(a, "The Ambassador of Russia shall leave Latvia by 24 February 2023.", "an order (an act), no stance")
ns(a, "Latvian Ambassador Riekstins has been ordered to leave Russia within two weeks.", "an announced act, no stance")
ns(a, "No reply from Riga to the Friday statement is recorded in our sources.", "absence")
ns(a, "Had Moscow waited for 24 February, both ambassadors would have left on the anniversary of the invasion.", "hypothetical (the editors')")

# --- The United Kingdom and China ---------------------------------------------------------------
a = "tn-08-webarchive-hongkong"  # published Friday 2020-07-24; web-archive captures: capture stamps are no dates of words, date lines are
BEIJING = "china|chinese_government"
st(a, "raab", BEIJING, "We don't oppose Hong Kong passing its own national security law, we do strongly oppose such an authoritarian law being imposed by China in breach of international law.", "-1", "2020-06-02")
st(a, "raab", BEIJING, "There is time for China to reconsider, there is a moment for China to step back from the brink and respect Hong Kong's autonomy and respect China's own international obligations.", "-1", "2020-06-02")
st(a, "zhao_lijian|chinese_foreign_ministry", "united_kingdom", "accused the United Kingdom of a \"Cold War mindset\" and a \"colonial mentality\" over Hong Kong", "-1", "2020-06-03")
st(a, "boris_johnson", BEIJING, "The enactment and imposition of this national security law constitute a clear and serious breach of the Sino-British Joint Declaration.", "-1", "2020-07-01")
st(a, "raab", BEIJING, "China, through this national security legislation, is not living up to its promises to the people of Hong Kong.", "-1", "2020-07-01")
st(a, "patel", BEIJING, "China's decision to enact this legislation constitutes a clear & serious breach of the Joint Declaration.", "-1", "2020-07-01")
st(a, "liu_xiaoming", "united_kingdom", "called Britain's recent statements \"irresponsible and unreasonable\"", "-1", "2020-07-01")
st(a, "liu_xiaoming", "united_kingdom", "They \"constitute gross interference in the internal affairs of China\"", "-1", "2020-07-01")
st(a, "chinese_embassy_uk|liu_xiaoming", "united_kingdom", "We firmly oppose this and reserve the right to take the corresponding countermeasures.", "-1", "2020-07-02")
st(a, "liu_xiaoming|chinese_embassy_uk", "united_kingdom", "The UK government keeps making irresponsible remarks on Hong Kong affairs.", "-1", "2020-07|")
st(a, "raab", BEIJING, "the real issue here is one of trust, and whether China can be trusted to live up to its international obligations and its international responsibilities.", "-1", "2020-07|")
st(a, "chinese_embassy_uk", "united_kingdom", "Now the UK side has gone even further down the wrong road in disregard of China's solemn position and repeated representations.", "-1", "2020-07-21")
st(a, "chinese_embassy_uk", "united_kingdom", "China urges the UK side to immediately stop interfering in Hong Kong affairs, which are China's internal affairs, in any form.", "-1", "2020-07-21")
ev(a, "2020-06-02", "statement on Hong Kong · date line: 2 June 2020")
ev(a, "2020-07-01", "Prime Minister's Questions · date line: 1 July 2020")
ev(a, "2020-07-01", "the capture of 16:33 adds the Foreign Secretary's words later that day")
ev(a, "2020-07-02", "the second capture adds the embassy's statement of 2 July")
ev(a, "2020-07-07", "the capture shows only that the words were online by 7 July")
ev(a, "2020-07-20", "Britain had suspended its extradition treaty with Hong Kong the day before.")
ns(a, "Ultimately if they follow through on something like that there would be little that we could do to coercively force them.", "hypothetical (the minister on what Britain could not do)")
ns(a, "No captured page says what the \"corresponding countermeasures\" would be.", "absence")
ns(a, "Hong Kong Free Press has no page in this record.", "an outlet whose name contains the alias 'Hong Kong'; the sentence says nothing of what it said")

if __name__ == "__main__":
    GOLD.write(HERE)
