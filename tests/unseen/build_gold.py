"""Writes tests/unseen/corpus/*.md and tests/unseen/gold.csv from the hand-written cases below.

Each case: the article text (wire-style, written for the tests, not from the corpus) and its
expected statements, coded by hand: (quote text, occurrence, speaker, target, kind, said_on,
precision, channel, cameo, stance, note). Offsets are computed from the quote text so that
quote == body[start:end]. Run: python tests/unseen/build_gold.py
"""
import csv
from pathlib import Path

HERE = Path(__file__).parent
CASES = {
"u01_greece_cyprus": ("2025-03-14", """Greek Foreign Minister Giorgos Gerapetritis on Tuesday accused Turkey of undermining talks on Cyprus.
"Ankara is once again trying to impose a two-state solution that violates every UN resolution," Gerapetritis told reporters in Athens. "We will not accept it."
Cypriot President Nikos Christodoulides thanked Greece for its support, calling Athens "a steadfast partner".
""", [
 ("accused Turkey of undermining talks on Cyprus", "gerapetritis", "turkey", "reported", "2025-03-11", "day", "statement (unspecified)", "112", -2),
 ("Ankara is once again trying to impose a two-state solution that violates every UN resolution,", "gerapetritis", "turkey", "direct", "2025-03-11", "day", "press conference", "112", -2),
 ("We will not accept it.", "gerapetritis", "turkey", "direct", "2025-03-11", "day", "press conference", "120", -1),
 ("a steadfast partner", "christodoulides", "greece", "partial", "", "", "statement (unspecified)", "051", 2),
]),
"u02_hungary_eu": ("2025-05-09", """Hungarian Prime Minister Viktor Orbán lashed out at the European Union on Thursday, saying Brussels was "waging a war against Hungarian families".
Speaking on state radio, Orbán was blunt: "The bureaucrats in Brussels want to decide who lives in our country. They will fail."
Opposition leader Péter Magyar said Orbán had isolated Hungary and urged the government to work with its European partners.
""", [
 ("waging a war against Hungarian families", "orban", "eu", "partial", "2025-05-08", "day", "statement (unspecified)", "111", -2),
 ("The bureaucrats in Brussels want to decide who lives in our country. They will fail.", "orban", "eu", "direct", "2025-05-08", "day", "broadcast", "111", -2),
 ("said Orbán had isolated Hungary and urged the government to work with its European partners", "magyar", "orban", "reported", "", "", "statement (unspecified)", "111", -1),
]),
"u03_trade": ("2025-09-19", """China's commerce ministry on Wednesday condemned new US tariffs on electric vehicles as "naked protectionism" and vowed to defend Chinese companies.
"The United States is abusing trade rules and destabilizing global supply chains," ministry spokesperson Shu Jueting said at a regular briefing on Wednesday.
US Trade Representative Jamieson Greer defended the tariffs, saying they protected American workers from unfair competition.
Greer added that he was ready to talk with his Chinese counterpart next month.
""", [
 ("naked protectionism", "mofcom", "united_states", "partial", "2025-09-17", "day", "statement (unspecified)", "111", -2),
 ("The United States is abusing trade rules and destabilizing global supply chains,", "shu", "united_states", "direct", "2025-09-17", "day", "press conference", "112", -2),
 ("defended the tariffs, saying they protected American workers from unfair competition", "greer", "", "reported", "", "", "statement (unspecified)", "010", 0),
 ("added that he was ready to talk with his Chinese counterpart next month", "greer", "", "reported", "", "", "statement (unspecified)", "036", 0),
]),
"u04_paraphrase": ("2025-02-07", """Polish Prime Minister Donald Tusk criticized Germany on Monday for tightening border controls, arguing that the checks were hurting trade in the region.
German Chancellor Friedrich Merz rejected the criticism and said Germany remained a reliable partner for Poland.
The two leaders are expected to meet in Brussels next week.
""", [
 ("criticized Germany on Monday for tightening border controls, arguing that the checks were hurting trade in the region", "tusk", "germany", "reported", "2025-02-03", "day", "statement (unspecified)", "111", -1),
 ("rejected the criticism and said Germany remained a reliable partner for Poland", "merz", "poland", "reported", "", "", "statement (unspecified)", "051", 1),
]),
"u05_multiparagraph": ("2025-06-20", """Kenyan President William Ruto defended the deployment of Kenyan police officers to Haiti on Thursday.
"Our officers have restored order in parts of Port-au-Prince that were controlled by gangs for years.
"We will stay until the job is done, and we thank the United States for its support," Ruto said in a televised address.
""", [
 ("defended the deployment of Kenyan police officers to Haiti on Thursday", "ruto", "haiti", "reported", "2025-06-19", "day", "statement (unspecified)", "010", 0),
 ('Our officers have restored order in parts of Port-au-Prince that were controlled by gangs for years.\n"We will stay until the job is done, and we thank the United States for its support,', "ruto", "united_states", "direct", "2025-06-19", "day", "media address", "051", 2),
]),
"u06_colon_pronoun_role": ("2025-11-04", """Finnish Foreign Minister Elina Valtonen warned on Monday that Russia posed a long-term threat to the Nordic region.
Valtonen told a security conference in Helsinki: "Moscow is trying to intimidate its neighbours every single day."
She added that Finland would keep working closely with Sweden and Norway.
""", [
 ("warned on Monday that Russia posed a long-term threat to the Nordic region", "valtonen", "russia", "reported", "2025-11-03", "day", "statement (unspecified)", "111", -2),
 ("Moscow is trying to intimidate its neighbours every single day.", "valtonen", "russia", "direct", "2025-11-03", "day", "speech", "111", -2),
 ("added that Finland would keep working closely with Sweden and Norway", "valtonen", "sweden", "reported", "2025-11-03", "day", "statement (unspecified)", "051", 1),
 ("added that Finland would keep working closely with Sweden and Norway", "valtonen", "norway", "reported", "2025-11-03", "day", "statement (unspecified)", "051", 1),
]),
"u07_unbalanced": ("2025-08-15", """Armenian Prime Minister Nikol Pashinyan said on Thursday that the peace deal with Azerbaijan was "a historic opportunity for the whole South Caucasus.
Azerbaijani President Ilham Aliyev called the agreement "a victory for common sense" and thanked Washington for its mediation.
Russian Foreign Ministry spokeswoman Maria Zakharova said Washington was "meddling in a region it does not understand."
""", [
 ("a historic opportunity for the whole South Caucasus.", "pashinyan", "azerbaijan", "partial", "2025-08-14", "day", "statement (unspecified)", "051", 1),
 ("a victory for common sense", "aliyev", "", "partial", "", "", "statement (unspecified)", "051", 0),
 ("thanked Washington for its mediation", "aliyev", "united_states", "reported", "", "", "statement (unspecified)", "051", 2),
 ("meddling in a region it does not understand.", "zakharova", "united_states", "partial", "", "", "statement (unspecified)", "111", -2),
]),
"u08_according_inverted": ("2025-04-11", """Egypt will host new talks in Cairo next week, according to Foreign Minister Badr Abdelatty.
"There is nothing to discuss while Hamas holds hostages and threatens our citizens," said Netanyahu.
Abdelatty told reporters on Wednesday that Egypt would not give up on mediation.
""", [
 ("Egypt will host new talks in Cairo next week, according to Foreign Minister Badr Abdelatty", "abdelatty", "", "reported", "", "", "statement (unspecified)", "036", 0),
 ("There is nothing to discuss while Hamas holds hostages and threatens our citizens,", "netanyahu", "hamas", "direct", "", "", "statement (unspecified)", "112", -2),
 ("told reporters on Wednesday that Egypt would not give up on mediation", "abdelatty", "", "reported", "2025-04-09", "day", "press conference", "010", 0),
]),
"u09_gender_pronouns": ("2025-07-04", """Italian Prime Minister Giorgia Meloni met Albanian Prime Minister Edi Rama in Rome on Tuesday.
Rama praised Italy as "a true friend of Albania" and thanked Meloni for her support.
"We have shown that cooperation works," Meloni said. "Others will follow."
He added that Albania would open accession talks on two more chapters this year.
""", [
 ("a true friend of Albania", "rama", "italy", "partial", "2025-07-01", "day", "statement (unspecified)", "051", 2),
 ("We have shown that cooperation works,", "meloni", "", "direct", "2025-07-01", "day", "statement (unspecified)", "010", 0),
 ("Others will follow.", "meloni", "", "direct", "2025-07-01", "day", "statement (unspecified)", "010", 0),
 ("added that Albania would open accession talks on two more chapters this year", "rama", "", "reported", "2025-07-01", "day", "statement (unspecified)", "010", 0),
]),
"u10_two_quotes": ("2025-11-14", """China's foreign ministry summoned Japan's ambassador on Monday, according to Xinhua.
"Japan must immediately stop its provocations," ministry spokesman Lin Jian said, calling Tokyo's remarks "reckless and dangerous".
Japanese Prime Minister Sanae Takaichi said she would not retract her comments.
""", [
 ("China's foreign ministry summoned Japan's ambassador on Monday, according to Xinhua", "xinhua", "japan", "reported", "", "", "statement (unspecified)", "010", 0),
 ("Japan must immediately stop its provocations,", "lin_jian", "japan", "direct", "", "", "statement (unspecified)", "112", -2),
 ("reckless and dangerous", "lin_jian", "japan", "partial", "", "", "statement (unspecified)", "111", -2),
 ("said she would not retract her comments", "takaichi", "", "reported", "", "", "statement (unspecified)", "120", 0),
]),
"u11_called_said_of": ("2025-12-05", """Venezuelan President Nicolás Maduro on Thursday called the US naval deployment in the Caribbean "an act of aggression" and urged Latin American governments to reject it.
Colombian President Gustavo Petro condemned the strikes on boats in the region, which he characterized as "extrajudicial executions".
"He is a dictator who has destroyed his own country," US Secretary of State Marco Rubio said of Maduro in an interview.
""", [
 ("an act of aggression", "maduro", "united_states", "partial", "2025-12-04", "day", "statement (unspecified)", "111", -2),
 ("urged Latin American governments to reject it", "maduro", "united_states", "reported", "2025-12-04", "day", "statement (unspecified)", "020", -1),
 ("extrajudicial executions", "petro", "", "partial", "", "", "statement (unspecified)", "111", 0),
 ("He is a dictator who has destroyed his own country,", "rubio", "maduro", "direct", "", "", "interview", "111", -2),
]),
"u13_site_demonstrative": ("2025-09-26", """Norway has opened the Vardø Radar Station in the Arctic, close to its border with Russia.
Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow views this facility as a dangerous provocation.
""", [
 ("said on Tuesday that Moscow views this facility as a dangerous provocation", "peskov", "vardo_station", "reported", "2025-09-23", "day", "statement (unspecified)", "111", -2),
]),
"u14_addressee": ("2025-10-17", """Polish Foreign Minister Radosław Sikorski phoned Hungarian Foreign Minister Péter Szijjártó on Wednesday to protest the visit of a sanctioned Russian official to Budapest.
Szijjártó later told state television that Hungary would not take lessons from Warsaw.
""", [
 ("protest the visit of a sanctioned Russian official to Budapest", "sikorski", "szijjarto", "reported", "2025-10-15", "day", "statement (unspecified)", "114", 0),
 ("protest the visit of a sanctioned Russian official to Budapest", "sikorski", "hungary", "reported", "2025-10-15", "day", "statement (unspecified)", "114", -1),
 ("told state television that Hungary would not take lessons from Warsaw", "szijjarto", "poland", "reported", "", "", "broadcast", "120", -1),
]),
"u15_own_force": ("2025-06-12", """Lithuanian Defence Minister Dovilė Šakalienė welcomed the first German Leopard tanks on Monday, calling them a milestone in Lithuania's effort to build a capable army on NATO's eastern flank.
"These tanks will strengthen Lithuania's military capabilities for decades," Šakalienė told reporters in Vilnius.
Moscow condemned the delivery and accused Berlin of militarising the region.
""", [
 ("welcomed the first German Leopard tanks on Monday, calling them a milestone in Lithuania's effort to build a capable army on NATO's eastern flank", "sakaliene", "lithuanian_armed_forces", "reported", "2025-06-09", "day", "statement (unspecified)", "051", 1),
 ("welcomed the first German Leopard tanks on Monday, calling them a milestone in Lithuania's effort to build a capable army on NATO's eastern flank", "sakaliene", "germany", "reported", "2025-06-09", "day", "statement (unspecified)", "051", 1),
 ("These tanks will strengthen Lithuania's military capabilities for decades,", "sakaliene", "lithuanian_armed_forces", "direct", "2025-06-09", "day", "press conference", "013", 1),
 ("condemned the delivery and accused Berlin of militarising the region", "russia", "germany", "reported", "", "", "statement (unspecified)", "112", -2),
]),
"u12_no_statements": ("2025-03-03", """The so-called "green corridor" for grain exports has reopened after a week of disruption.
Ships carrying wheat left Odesa on Sunday, and prices on European markets fell sharply.
""", []),
}


def main() -> None:
    corpus = HERE / "corpus"
    corpus.mkdir(exist_ok=True)
    rows = []
    for aid, (published, body, statements) in CASES.items():
        front = (f"---\nid: {aid}\ntitle: \"Unseen test article {aid}\"\noutlet: null\n"
                 f"published: {published}\nlanguage: en\n---\n")
        (corpus / f"{aid}.md").write_text(front + body, encoding="utf-8")
        ids: dict[str, str] = {}
        for quote, speaker, target, kind, said_on, prec, channel, cameo, stance in statements:
            start = body.find(quote)
            assert start >= 0 and body.count(quote) >= 1, (aid, quote)
            sid = ids.setdefault(quote, f"{aid}-S{len(ids) + 1:02d}")
            rows.append({"article_id": aid, "statement_id": sid, "speaker": speaker, "target": target,
                         "kind": kind, "quote": quote, "start": start, "end": start + len(quote),
                         "said_on": said_on, "said_on_precision": prec, "channel": channel,
                         "cameo": cameo, "plover": "", "goldstein": "", "stance": stance, "note": ""})
    cols = ["article_id", "statement_id", "speaker", "target", "kind", "quote", "start", "end", "said_on",
            "said_on_precision", "channel", "cameo", "plover", "goldstein", "stance", "note"]
    with (HERE / "gold.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=cols)
        w.writeheader()
        w.writerows(rows)
    print(f"{len(CASES)} articles, {len(rows)} gold rows")


if __name__ == "__main__":
    main()
