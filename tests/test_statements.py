"""Behaviour of rhetoric.extract.statements on small wire-style texts written for the tests, on the
unseen cases of tests/unseen (hand-coded gold), and on the corpus against its gold file."""
from pathlib import Path

import pandas as pd
import pytest

from rhetoric.actors import load_actors
from rhetoric.corpus import read_article
from rhetoric.extract.evaluation import evaluate
from rhetoric.extract.statements import extract_article, extract_corpus

ROOT = Path(__file__).resolve().parents[1]
UNSEEN = ROOT / "tests" / "unseen"
REG = load_actors(UNSEEN / "actors.yml")


def extract(tmp_path, body, published="2025-05-09"):
    p = tmp_path / "t1.md"
    p.write_text(f"---\nid: t1\ntitle: t\noutlet: null\npublished: {published}\nlanguage: en\n---\n{body}",
                 encoding="utf-8")
    a = read_article(p)
    rows = extract_article(a, REG)
    for r in rows:
        assert a.body[r["start"]:r["end"]] == r["quote"]
    return [r for r in rows if r["kind"] != "authorial"]


def test_quote_then_said_name_attributes_speaker_and_target(tmp_path):
    rows = extract(tmp_path, '"Ankara is violating every UN resolution," Gerapetritis said.\n')
    assert [(r["speaker"], r["target"], r["kind"]) for r in rows] == [("gerapetritis", "turkey", "direct")]
    assert rows[0]["stance"] < 0


def test_inverted_said_name_after_quote(tmp_path):
    rows = extract(tmp_path, '"Hamas threatens our citizens," said Netanyahu.\n')
    assert rows[0]["speaker"] == "netanyahu" and rows[0]["target"] == "hamas"


def test_curly_quotes_and_colon_attribution(tmp_path):
    rows = extract(tmp_path, "Orbán told state radio: “The bureaucrats in Brussels want to destroy our families.”\n")
    assert rows[0]["speaker"] == "orban" and rows[0]["kind"] == "direct" and rows[0]["target"] == "eu"


def test_quote_continuing_over_two_paragraphs_keeps_speaker(tmp_path):
    body = ('Ruto spoke on Thursday.\n"Our officers restored order in Port-au-Prince.\n'
            '"We thank the United States for its support," Ruto said.\n')
    rows = extract(tmp_path, body)
    quote = [r for r in rows if r["kind"] == "direct"]
    assert len({r["statement_id"] for r in quote}) == 1
    assert quote[0]["speaker"] == "ruto" and "\n" in quote[0]["quote"]
    assert {r["target"] for r in quote} >= {"united_states"}


def test_second_quote_sentence_continues_previous_speaker(tmp_path):
    rows = extract(tmp_path, '"We have shown that cooperation works," Meloni said. "Others will follow."\n')
    assert [r["speaker"] for r in rows] == ["meloni", "meloni"]


def test_pronoun_speaker_resolves_to_previous_named_speaker(tmp_path):
    body = ("Finnish Foreign Minister Elina Valtonen warned that Russia posed a threat.\n"
            "She added that Finland would keep working closely with Sweden.\n")
    rows = extract(tmp_path, body)
    assert {r["speaker"] for r in rows} == {"valtonen"}
    assert len({r["statement_id"] for r in rows}) == 2


def test_pronoun_gender_skips_speaker_of_other_gender(tmp_path):
    body = ('Rama thanked Meloni for her support.\n"Cooperation works," Meloni said.\n'
            "He added that Albania admired the courage of Italy.\n")
    rows = extract(tmp_path, body)
    assert rows[-1]["speaker"] == "rama"


def test_according_to_gives_reported_statement(tmp_path):
    rows = extract(tmp_path, "Israel is violating the ceasefire in Gaza, according to Badr Abdelatty.\n")
    assert rows[0]["speaker"] == "abdelatty" and rows[0]["kind"] == "reported"


def test_an_attributed_fact_without_stance_is_not_a_statement(tmp_path):
    # the codebook: facts without evaluation are not coded ("Egypt will host talks", "he said
    # the delivery came early"); a quotation stays a statement whatever its stance
    assert extract(tmp_path, "Egypt will host new talks next week, according to Badr Abdelatty.\n") == []
    assert extract(tmp_path, "The ministry said the minister had spoken to Ruto by phone on Monday.\n") == []
    assert len(extract(tmp_path, '"We will host the talks next week," Abdelatty said.\n')) == 1


def test_reported_accusation_is_hostile_toward_object(tmp_path):
    rows = extract(tmp_path, "Gerapetritis accused Turkey of undermining talks.\n")
    assert (rows[0]["speaker"], rows[0]["target"], rows[0]["kind"]) == ("gerapetritis", "turkey", "reported")
    assert rows[0]["stance"] < 0 and rows[0]["cameo"] == "112"


def test_unbalanced_quote_is_extracted_and_flagged(tmp_path):
    rows = extract(tmp_path, 'Pashinyan said the deal with Azerbaijan was "a historic opportunity for peace.\n')
    assert rows and rows[0]["speaker"] == "pashinyan" and rows[0]["flag"] == "unbalanced quote"
    # a partial quote inside reported speech: the statement is the reported clause, quote included
    assert rows[0]["quote"].startswith("Pashinyan said") and "a historic opportunity" in rows[0]["quote"]


def test_scare_quote_is_not_a_statement(tmp_path):
    assert extract(tmp_path, 'The so-called "green corridor" has reopened in Odesa.\n') == []


def test_unknown_speaker_is_kept_by_name(tmp_path):
    rows = extract(tmp_path, '"Turkey is a reliable partner," Jane Doe said.\n')
    assert rows[0]["speaker"] == "Jane Doe"


def test_said_on_resolves_weekday_against_publication_date(tmp_path):
    rows = extract(tmp_path, "Tusk criticized Germany on Monday for tightening border controls.\n",
                   published="2025-02-07")
    assert rows[0]["said_on"] == "2025-02-03" and rows[0]["said_on_precision"] == "day"


def test_said_on_carries_to_next_quote_of_same_speaker(tmp_path):
    body = ('In a media address on October 9, Orbán called Merz "a great leader".\n'
            '"I asked Berlin to stop," Orbán said.\n')
    rows = extract(tmp_path, body, published="2025-10-15")
    assert {r["said_on"] for r in rows} == {"2025-10-09"}
    assert rows[0]["channel"] == "media address"


def test_said_of_names_target_of_pronoun_in_quote(tmp_path):
    rows = extract(tmp_path, '"He is a dictator who destroyed his own country," Rubio said of Maduro.\n')
    assert rows[0]["target"] == "maduro" and rows[0]["stance"] == -2


def test_target_sensitive_stance_praise_and_attack(tmp_path):
    body = ('"I am proud to have worked closely with Meloni, a man of his word, but Orbán threatens '
            'his neighbours," Rama said.\n')
    st = {r["target"]: r["stance"] for r in extract(tmp_path, body)}
    assert st["meloni"] == 2 and st["orban"] == -2


def test_one_row_per_target_and_statement_ids_stable(tmp_path):
    rows = extract(tmp_path, "Valtonen said Finland would keep working closely with Sweden and Norway.\n")
    assert {r["target"] for r in rows} == {"sweden", "norway"}
    assert len({r["statement_id"] for r in rows}) == 1


def test_demonstrative_names_the_site_not_the_last_state(tmp_path):
    body = ("Norway opened the Vardø Radar Station close to its border with Russia.\n"
            "Peskov said Moscow views this facility as a dangerous provocation.\n")
    rows = extract(tmp_path, body)
    assert [(r["speaker"], r["target"]) for r in rows] == [("peskov", "vardo_station")]
    assert rows[0]["stance"] < 0  # the verdict after "views X as" is X's


def test_addressee_of_a_protest_is_a_target_and_not_the_speaker(tmp_path):
    body = ("Sikorski phoned Hungarian Foreign Minister Péter Szijjártó on Wednesday to protest the "
            "continued arming of Russia.\n")
    rows = extract(tmp_path, body, published="2025-10-17")
    assert {r["speaker"] for r in rows} == {"sikorski"}
    assert {"szijjarto", "russia"} <= {r["target"] for r in rows}


def test_state_named_as_owner_of_a_military_is_its_armed_force(tmp_path):
    rows = extract(tmp_path, '"These tanks will strengthen Lithuania\'s military capabilities," Šakalienė said.\n')
    assert [(r["target"], r["stance"]) for r in rows] == [("lithuanian_armed_forces", 1)]
    rows = extract(tmp_path, '"Lithuania\'s military cooperation with Poland is close," Šakalienė said.\n')
    assert "lithuanian_armed_forces" not in {r["target"] for r in rows}


def test_extract_corpus_returns_frame_with_columns(tmp_path):
    df = extract_corpus(UNSEEN / "corpus", REG, progress=False)
    for col in ["article_id", "statement_id", "speaker", "target", "kind", "quote", "start", "end",
                "said_on", "said_on_precision", "stance", "channel", "cameo", "goldstein", "flag"]:
        assert col in df.columns
    assert len(df) > 0


# --- scores -----------------------------------------------------------------------------------

def _scores(corpus, gold, registry):
    pred = extract_corpus(corpus, registry, progress=False)
    table = evaluate(pred, pd.read_csv(gold, dtype=str, keep_default_na=False))
    att = table[table.subset == "attributed"].set_index("metric")["value"]
    return att


UNSEEN_BAR = 0.75  # statements, speakers, targets (recall) and stance sign on the unseen cases


@pytest.mark.parametrize("metric", ["statement_recall", "statement_precision", "speaker_accuracy",
                                    "target_recall", "stance_sign_accuracy"])
def test_unseen_cases_meet_bar(metric):
    att = _scores(UNSEEN / "corpus", UNSEEN / "gold.csv", REG)
    assert att[metric] >= UNSEEN_BAR, f"{metric} = {att[metric]:.3f}"


CORPUS_GOLD = ROOT / "data" / "annotations" / "statements.csv"
CORPUS_BAR = 0.9
CORPUS_TARGET_RECALL_BAR = 0.9  # reached 0.938 on data/corpus (61/65 gold statement-target pairs)


@pytest.mark.parametrize("metric", ["statement_recall", "statement_precision", "speaker_accuracy",
                                    "target_recall", "stance_sign_accuracy"])
def test_corpus_attributed_statements_meet_targets(metric):
    assert CORPUS_GOLD.is_file(), "the gold file data/annotations/statements.csv is missing"
    att = _scores(ROOT / "data" / "corpus", CORPUS_GOLD, load_actors())
    bar = CORPUS_TARGET_RECALL_BAR if metric == "target_recall" else CORPUS_BAR
    assert att[metric] >= bar, f"{metric} = {att[metric]:.3f}"


def test_single_quotation_marks_make_a_quote(tmp_path):
    rows = extract(tmp_path, "Orbán said Brussels was 'waging a war against Hungarian families', on state radio.\n")
    assert any(r["kind"] == "partial" and r["speaker"] == "orban" and "waging a war" in r["quote"] for r in rows)


def test_single_quotes_inside_a_quote_are_not_a_quote_of_their_own(tmp_path):
    body = '"People write that \'we have betrayed our friends\', which is simply untrue," Rama said.\n'
    rows = extract(tmp_path, body)
    assert len({r["statement_id"] for r in rows}) == 1 and rows[0]["speaker"] == "rama"


def test_a_list_of_quotes_each_with_its_speaker_on_the_line_below(tmp_path):
    # a "words of the week" list: the quotation alone (numbered, in bold, a fragment or a
    # sentence), then a line without a verb of its own that opens with the speaker
    body = ("*The week's words, chosen by our desk.*\n\n"
            "**1. “a shameful capitulation to Beijing”**\n\n"
            "A slogan painted on the ferry terminal in Helsinki on Tuesday, as the row grew.\n\n"
            "**2. “Hungary will not be blackmailed by Brussels.”**\n\n"
            "Viktor Orbán again, at a rally in Szeged on Saturday.\n\n"
            "**3. “a reckless gamble with European security”**\n\n"
            "The Polish foreign minister, Radosław Sikorski, later that evening.\n")
    rows = extract(tmp_path, body, published="2025-05-12")
    got = {r["quote"][:18]: (r["speaker"], r["said_on"]) for r in rows}
    assert got["Hungary will not b"] == ("orban", "2025-05-10")
    assert got["a reckless gamble "][0] == "sikorski"
    # the first line names no speaker: nobody is named for that quote
    assert "a shameful capitul" not in got


def test_a_line_that_is_a_sentence_of_its_own_names_no_speaker(tmp_path):
    body = "“We will not be lectured.”\n\nOrbán, however, did not repeat it in Brussels.\n"
    assert extract(tmp_path, body) == []


def test_a_quotation_nobody_is_named_for_is_not_the_authors_statement(tmp_path):
    p = tmp_path / "t1.md"
    p.write_text("---\nid: t1\ntitle: t\noutlet: null\npublished: 2025-05-09\nlanguage: en\n---\n"
                 "“Turkey is a shameless aggressor that betrays its allies.”\n\nThe talks resume on Monday.\n",
                 encoding="utf-8")
    assert extract_article(read_article(p), REG) == []


def test_a_pronoun_refers_to_a_role_that_is_the_subject_of_the_sentence_before(tmp_path):
    # "the Polish prime minister" (a role of the registry) is who "he" is, not the person a
    # letter before named
    body = ('Senator Kaja Kallas said in the video that "Russia has tried to bully us into silence." She is right.\n\n'
            'It is easy to forget that the Polish prime minister kept the door open on Monday. '
            '"I would ask Moscow again to return to talks," he said.\n')
    rows = extract(tmp_path, body)
    assert [r["speaker"] for r in rows if r["quote"].startswith("I would ask")] == ["tusk"]
    # but a role with the name in apposition is that name: "The Minister for Europe, Magdalena Sobkowiak,"
    body = ('The Polish prime minister spoke first.\n\nThe Minister for Europe, Magdalena Sobkowiak, answered '
            'the same day. "The video is particularly distasteful," she said.\n')
    rows = extract(tmp_path, body)
    assert [r["speaker"] for r in rows if r["quote"].startswith("The video")] == ["Magdalena Sobkowiak"]


def test_called_with_a_possessive_object_reports_speech_and_the_span_keeps_its_subject(tmp_path):
    # "called his remarks “…”", "called their decision “…”" are speech; "she had called" opens the statement
    body = ("Tusk answered Orbán on Monday. Earlier he had called his remarks “a disgrace to Europe”.\n\n"
            "Sikorski called their decision “a betrayal”.\n")
    rows = extract(tmp_path, body)
    got = {r["quote"]: r["speaker"] for r in rows}
    assert got.get("Earlier he had called his remarks “a disgrace to Europe”") == "tusk"
    assert "sikorski" in got.values()
    # a call is no speech: "called his counterpart", "called their bluff" ("review of session 11")
    body = ("Tusk called his Hungarian counterpart on Monday to discuss the aid package.\n\n"
            "Poland called their bluff: it vetoed the package.\n")
    assert extract(tmp_path, body) == []


def test_a_pronoun_after_a_long_quote_looks_past_the_quotes_sentences(tmp_path):
    # the three sentences of the quote are not "the sentences before" in which "he" is named
    body = ("Orbán answered on Monday. Magyar, the opposition leader, spoke in Debrecen that evening. "
            "He warned of a long winter. \"It is not Brussels that ruins us. It is the government. It steals. "
            "It lies to every family,\" he said.\n")
    rows = extract(tmp_path, body)
    assert {r["speaker"] for r in rows if r["quote"].startswith("It is not Brussels")} == {"magyar"}


def test_he_is_the_subject_of_the_subordinate_clause_the_sentence_opens_with(tmp_path):
    body = ("Tusk spoke first.\n\nIf Orbán keeps his word, it will be his first visit to Warsaw since May, "
            "when he called Poland \"a brother nation\".\n")
    rows = extract(tmp_path, body)
    assert [r["speaker"] for r in rows if "brother nation" in r["quote"]] == ["orban"]
    # but a person named after the subordinate clause is nearer ("review of session 11")
    body = "When Orbán vetoed the aid package on Monday, Tusk was in Kyiv, where he called the veto “a betrayal”.\n"
    assert [r["speaker"] for r in extract(tmp_path, body)] == ["tusk"]


def test_a_line_with_a_verb_of_its_own_or_a_blockquote_names_no_speaker_of_the_quote_before(tmp_path):
    # "review of session 11": narrative sentences are no attribution lines, however they open
    for line in ("Orbán, in contrast, stayed at home.", "Orbán on Monday vetoed the aid package again.",
                 "Viktor Orbán, Hungary's prime minister since 2010, has vetoed every aid package."):
        assert extract(tmp_path, f"Tusk was in Kyiv on Monday.\n\n“Ukraine will never be alone.”\n\n{line}\n") == []
    body = "Orbán wrote on Facebook on Monday:\n\n> “Brussels wants war, and Hungary wants peace.”\n\nTusk replied within an hour.\n"
    assert [r for r in extract(tmp_path, body) if r["speaker"] == "tusk"] == []
    # a title or a dash before the speaker still names them
    for line in ("Polish Prime Minister Donald Tusk, on Wednesday.", "— Donald Tusk, Poland's prime minister, on Wednesday."):
        rows = extract(tmp_path, f"“Ukraine will never be alone.”\n\n{line}\n")
        assert [(r["speaker"], r["said_on"]) for r in rows] == [("tusk", "2025-05-07")]


def test_a_role_with_its_name_in_apposition_after_a_complement_or_a_dash_is_that_name(tmp_path):
    # "review of session 11"
    for line in ("Then the foreign minister of neighbouring Poland, Radosław Sikorski, replied.",
                 "Then the foreign minister — Radosław Sikorski — replied."):
        rows = extract(tmp_path, f"Péter Szijjártó spoke first. {line} “Russia is at war with us,” he said.\n")
        assert [r["speaker"] for r in rows] == ["sikorski"]


def test_a_background_sentence_in_the_past_perfect_does_not_date_the_quote_after_it(tmp_path):
    body = ("Donald Tusk arrived in Brussels on Thursday. The prime minister had spent Monday in Kyiv. "
            "“Ukraine will never be alone,” he said.\n")
    assert [r["said_on"] for r in extract(tmp_path, body, published="2025-05-09")] == ["2025-05-08"]


def test_second_review_of_session_11_attribution_lines_and_calls(tmp_path):
    # a participle or a time clause in an attribution line is no verb of its own
    for line in ("Viktor Orbán, in a prepared statement on Monday.", "Viktor Orbán in an interview published on Sunday.",
                 "Viktor Orbán, Hungary's prime minister, on Wednesday, after Hungary vetoed the package."):
        rows = extract(tmp_path, f"“Ukraine will never be alone.”\n\n{line}\n")
        assert [r["speaker"] for r in rows] == ["orban"], line
    # a blockquoted pull quote with its line below is attributed; one brought in by a colon is not the next speaker's
    rows = extract(tmp_path, "> “Ukraine will never be alone.”\n\nDonald Tusk, Poland's prime minister, on Wednesday.\n")
    assert [r["speaker"] for r in rows] == ["tusk"]
    body = "Orbán wrote on Facebook on Monday:\n\n> “Brussels wants war, and Hungary wants peace.”\n\nTusk replied within an hour.\n"
    assert [r for r in extract(tmp_path, body) if r["speaker"] == "tusk"] == []
    # "called his …" with an evaluative word after a long object is speech; a phone call is not
    assert [r["speaker"] for r in extract(tmp_path, "Tusk called his Hungarian counterpart's veto shameful.\n")] == ["tusk"]
    assert extract(tmp_path, "Meloni called her counterpart in Budapest on Monday.\n") == []
    # the subject of an opening subordinate clause, with its own object named in it
    body = ("If Orbán keeps his promise to meet Tusk in Warsaw, it will be his first visit since 2022, "
            "when he called the sanctions “a disaster for Europe.”\n")
    assert [r["speaker"] for r in extract(tmp_path, body)] == ["orban"]
    # a background "had important talks on Monday" is no past perfect
    body = "Tusk had important talks on Monday with Merz in Berlin. “Germany stands with Poland,” he said afterwards.\n"
    assert [r["said_on"] for r in extract(tmp_path, body)] == ["2025-05-05"]
